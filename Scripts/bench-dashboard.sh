#!/usr/bin/env bash
# The full-screen dashboard against the C + ncursesw floor, measured in the same run under a
# real pty at 120x40 (the machines are noisy: compare within one run, and the ratio to C).
#
# Usage: Scripts/bench-dashboard.sh
# Environment:
#   RUNS (default 20), WARMUP (default 2)     ttff.py runs per measurement
#   ROUNDS (default 3)                        rounds of first frame / j / quit, alternating
#                                             the C floor and btap; medians over the rounds
#   KEYS (default 30)                         navigation keys sent by the byte-count harness
#   SCRATCH (default .build)                  scratch path of the release build (one static
#                                             executable: see Package.swift)
#   OUT (default: a temporary directory)      keep the raw outputs there
#   COMPARE (default: none)                   NAME:PATH of another btap build measured in the
#                                             same rounds (e.g. the previous release)
#
# Figures: time to first frame (and x C), navigation key latency (`j` in the Parties pane),
# bytes written per navigation key (Scripts/dashboard-pty.py), mark-to-screen latency (Enter
# in the mark dialog until the new party count shows; the journal is fsync'd before the
# redraw; measured with the harness), the journal line checked on disk after every run, quit
# to exit, terminal restored (ttff's verdict), peak RSS (VmHWM before quitting); and, unless
# SCALE=0, first frame and `j` on the shipped data plus 10 000 parties and 10 000 news items
# (written by `btap-bench --write-synthetic`), measured in every round right after the shipped
# first frame, its ratio to that figure taken round by round.
# Exits 1 when a budget is missed, 3 when the terminal was not restored.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-20}
rounds=${ROUNDS:-3}
warmup=${WARMUP:-2}
keys=${KEYS:-30}
scratch=${SCRATCH:-.build}
ttff=../shared/tools/ttff.py
floor_source=../shared/perf/peers/c-floor.c
harness=Scripts/dashboard-pty.py

for needed in "$ttff" "$floor_source"; do
  [[ -f "$needed" ]] || { echo "bench-dashboard: $needed is missing" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${OUT:-$work/out}
mkdir -p "$out"

echo "== building btap (release) in $scratch" >&2
swift build -c release --product btap --scratch-path "$scratch" >&2
variants=("btap:$PWD/$scratch/release/btap")
if [[ -n "${COMPARE:-}" ]]; then variants+=("$COMPARE"); fi

echo "== compiling the C floor" >&2
# shellcheck disable=SC2046  # pkg-config prints several words on purpose
gcc -O2 -o "$work/c-floor" "$floor_source" $(pkg-config --cflags --libs ncursesw)

# ttff.py, keeping going on a timeout or an unrestored terminal (the summary reports them).
run_ttff() {
  local name=$1
  shift
  local status=0
  python3 "$ttff" -n "$runs" -w "$warmup" --quiet "$@" >"$out/$name.txt" 2>&1 || status=$?
  echo "$status" >"$out/$name.status"
  sed 's/^/  /' "$out/$name.txt" >&2
}

echo "== C floor: bytes per key, peak RSS" >&2
python3 "$harness" --count "$keys" -- "$work/c-floor" >"$out/c-floor.pty.json"

if [[ "${SCALE:-1}" == 1 ]]; then
  # The scale budget: the shipped data plus 10 000 parties and 10 000 news items.
  echo "== building btap-bench (release) for the synthetic data" >&2
  swift build -c release --product btap-bench --scratch-path "$scratch" >&2
  "$scratch/release/btap-bench" --write-synthetic "$work/synthetic"
fi

# First frame, `j` and quit: rounds that alternate the C floor and btap (on the shipped data,
# then on the synthetic data), so that a slow spell of the machine falls on all of them; each
# figure is the median over the rounds, and each ratio the median of the rounds' ratios.
for ((round = 1; round <= rounds; round++)); do
  echo "== round $round of $rounds: C floor, first frame and j" >&2
  run_ttff "c-floor.nav.r$round" --ready READY --step j 'SEL 2 ' -- "$work/c-floor"
  for variant in "${variants[@]}"; do
    name=${variant%%:*}
    binary=${variant#*:}
    mkdir -p "$work/$name-data" "$work/$name-state"
    echo "== round $round of $rounds: $name, first frame, j in Parties (Algeria -> Botswana), quit" >&2
    # The key hint bar is the last row ncurses sends; Botswana's detail shows only after `j`.
    run_ttff "$name.nav.r$round" --ready 'time travel' --step j 'Botswana \(BW\)' \
      --env "XDG_STATE_HOME=$work/$name-state" --env LANG=C.UTF-8 \
      -- "$binary" --data-dir "$work/$name-data"
    if [[ "${SCALE:-1}" == 1 ]]; then
      rm -rf "$work/$name-data"/* "$work/$name-state/btap"
      echo "== round $round of $rounds: $name on 10 000 parties and 10 000 news: first frame, j, quit" >&2
      run_ttff "$name.scale.r$round" --ready 'time travel' --step j 'Botswana \(BW\)' \
        --env "XDG_STATE_HOME=$work/$name-state" --env LANG=C.UTF-8 \
        -- "$binary" --resources "$work/synthetic" --data-dir "$work/$name-data"
      rm -rf "$work/$name-data"/* "$work/$name-state/btap"
    fi
  done
done

# A fresh data directory and interface state for every mark run (the mark must be new).
cat >"$work/fresh.sh" <<'SH'
#!/bin/sh
rm -rf "$2"/* "$3"/btap
exec "$1" --data-dir "$2"
SH

backspaces=$(printf '\\x7f%.0s' 1 2 3 4 5 6 7 8 9 10)
for variant in "${variants[@]}"; do
  name=${variant%%:*}
  binary=${variant#*:}
  data="$work/$name-data"
  state="$work/$name-state"
  mkdir -p "$data" "$state"
  env_args=(--env "XDG_STATE_HOME=$state" --env LANG=C.UTF-8)

  echo "== $name: mark a ratification (United Kingdom), Enter -> 49 parties shown" >&2
  # Our harness, not ttff.py: ttff drops the rest of a frame read after a step's match, so
  # its screen goes stale over a multi-step dialog. A fresh data directory and interface
  # state for every run (the mark must be new); the first run is a warm-up.
  : >"$out/$name.mark.jsonl"
  for ((run = 0; run <= runs; run++)); do
    rm -rf "${data:?}"/* "$state/btap"
    python3 "$harness" --count 0 "${env_args[@]}" \
      --step '/United K' '/United K━' \
      --step '\r' 'q quit' \
      --step m 'Mark a change for United Kingdom' \
      --step "${backspaces}2026-01-15" '│ 2026-01-15 ' \
      --step '\r' '49 parties · 30 needed' \
      -- "$binary" --data-dir "$data" >"$work/mark.json" || true
    grep -q $'\tGB\tratification\t2026-01-15\t' "$data/marks.tsv" 2>/dev/null \
      || echo '{"not_saved": true}' >>"$out/$name.mark.jsonl"
    ((run == 0)) || cat "$work/mark.json" >>"$out/$name.mark.jsonl"
  done
  rm -rf "${data:?}"/* "$state/btap"

  echo "== $name: bytes per j, peak RSS" >&2
  python3 "$harness" --count "$keys" --env "XDG_STATE_HOME=$state" --env LANG=C.UTF-8 \
    -- "$binary" --data-dir "$data" >"$out/$name.pty.json"
done

python3 - "$out" "${variants[@]%%:*}" <<'PY'
import json, os, re, statistics, sys

out, names = sys.argv[1], sys.argv[2:]


def ttff(name):
    """Medians by phase, and the restored verdict, from one ttff.py output."""
    text = open(f"{out}/{name}.txt").read()
    status = int(open(f"{out}/{name}.status").read())
    medians, restored = {}, None
    for line in text.splitlines():
        m = re.match(r"\s+(time to first frame|step (\d+):.*?|quit .*?)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", line)
        if m:
            key = "first" if m.group(1).startswith("time") else (
                "step" + m.group(2) if m.group(2) else "exit")
            medians[key] = float(m.group(4))
        if "terminal restored:" in line:
            restored = line.split("terminal restored:", 1)[1].strip()
    if status == 1:
        restored = "TIMEOUT (see the raw output)"
    return medians, restored, status


def pty(name):
    return json.load(open(f"{out}/{name}.pty.json"))


def nav(name, kind="nav"):
    """Medians over the rounds, the restored verdict, the worst status, and each round's
    first frame."""
    rounds, round_number = [], 1
    while os.path.exists(f"{out}/{name}.{kind}.r{round_number}.txt"):
        rounds.append(ttff(f"{name}.{kind}.r{round_number}"))
        round_number += 1
    medians = {}
    for key in ("first", "step1", "exit"):
        values = [r[0][key] for r in rounds if key in r[0]]
        if values:
            medians[key] = statistics.median(values)
    restored = next((r[1] for r in rounds if not (r[1] or "").startswith("yes")),
                    rounds[0][1] if rounds else None)
    return medians, restored, max(r[2] for r in rounds), [r[0].get("first") for r in rounds]


floor_nav, floor_restored, _, floor_firsts = nav("c-floor")
floor_pty = pty("c-floor")
floor_first = floor_nav.get("first")
keys = len(floor_pty["bytes_per_key"])
rows, missed, unrestored = [], [], False


def fmt(value, unit="ms", digits=2):
    return "—" if value is None else f"{value:.{digits}f} {unit}"


def verdict(ok):
    return "met" if ok else "**MISSED**"


columns = ["C floor"] + names
table = {
    "time to first frame (median of the rounds' medians)": [fmt(floor_first)],
    "  × C floor (budget ≤ 2×)": ["1.00"],
    "`j` in Parties: key → new detail shown (budget ≤ 1 ms)": [fmt(floor_nav.get("step1"))],
    "bytes per `j`, median of all (budget ≤ 500 B)": [f"{floor_pty['median_bytes_per_key']:.0f} B"],
    "bytes per `j`, median within the page / when the list scrolls": ["—"],
    "mark: Enter → fsync'd and new count shown (budget ≤ 10 ms)": ["—"],
    "quit `q` → exit (budget ≤ 3 ms)": [fmt(floor_nav.get("exit"))],
    "terminal restored (ttff)": [floor_restored or "?"],
    f"peak RSS, VmHWM after {keys} `j` (budget ≤ 16 MiB)": [
        fmt(floor_pty["peak_rss_kib"] / 1024, "MiB", 1)],
    "peak RSS, VmHWM after the mark (budget ≤ 16 MiB)": ["—"],
}
for name in names:
    medians, restored, nav_status, firsts = nav(name)
    mark_runs = [json.loads(line) for line in open(f"{out}/{name}.mark.jsonl") if line.strip()]
    mark_times = [r["steps_ms"][-1] for r in mark_runs
                  if r.get("steps_ms") and r["steps_ms"][-1] is not None]
    mark_failures = [r.get("timeout") or "journal line missing" for r in mark_runs
                     if "timeout" in r or r.get("not_saved")]
    harness = pty(name)
    per_key = harness["bytes_per_key"]
    # The list shows 13 rows below Algeria's: the first 11 moves stay on the page.
    in_page, scrolling = per_key[:11], per_key[11:]
    first, step, leave = medians.get("first"), medians.get("step1"), medians.get("exit")
    marked = statistics.median(mark_times) if mark_times and not mark_failures else None
    round_ratios = [b / c for b, c in zip(firsts, floor_firsts) if b and c]
    ratio = statistics.median(round_ratios) if round_ratios else None
    mark_rss = [r["peak_rss_kib"] / 1024 for r in mark_runs if r.get("peak_rss_kib")]
    rss = max([harness["peak_rss_kib"] / 1024] + mark_rss)
    median_bytes = harness["median_bytes_per_key"]
    checks = {
        "first frame ≤ 2× C": ratio is not None and ratio <= 2,
        "navigation key ≤ 1 ms": step is not None and step <= 1,
        "≤ 500 B per navigation key": median_bytes <= 500,
        "mark shown and saved ≤ 10 ms": marked is not None and marked <= 10,
        "quit ≤ 3 ms": leave is not None and leave <= 3,
        "peak RSS ≤ 16 MiB": rss <= 16,
    }
    scale_first = scale_step = scale_ratio = None
    scale_ratios = []
    if os.path.exists(f"{out}/{name}.scale.r1.txt"):
        scale, scale_restored, _, scale_firsts = nav(name, "scale")
        scale_first, scale_step = scale.get("first"), scale.get("step1")
        # Each round's scale first frame over the shipped one measured just before it.
        scale_ratios = [s / b for s, b in zip(scale_firsts, firsts) if s and b]
        scale_ratio = statistics.median(scale_ratios) if scale_ratios else None
        if not scale_restored or not scale_restored.startswith("yes"):
            unrestored = True
    else:
        scale = None  # SCALE=0
    if scale is not None:
        checks["10 000 parties and news: first frame ≤ 3× shipped"] = (
            scale_ratio is not None and scale_ratio <= 3)
        checks["10 000 parties and news: navigation key ≤ 1 ms"] = (
            scale_step is not None and scale_step <= 1)
    missed += [f"{name}: {check}" for check, ok in checks.items() if not ok]
    if not restored or not restored.startswith("yes"):
        unrestored = True
    table["time to first frame (median of the rounds' medians)"].append(fmt(first))
    table["  × C floor (budget ≤ 2×)"].append(
        "—" if ratio is None else f"{ratio:.2f} ({verdict(checks['first frame ≤ 2× C'])}); rounds: "
        + ", ".join(f"{r:.2f}" for r in round_ratios))
    table["`j` in Parties: key → new detail shown (budget ≤ 1 ms)"].append(
        f"{fmt(step)} ({verdict(checks['navigation key ≤ 1 ms'])})")
    table["bytes per `j`, median of all (budget ≤ 500 B)"].append(
        f"{median_bytes:.0f} B ({verdict(checks['≤ 500 B per navigation key'])})")
    table["bytes per `j`, median within the page / when the list scrolls"].append(
        f"{statistics.median(in_page):.0f} B / "
        + (f"{statistics.median(scrolling):.0f} B" if scrolling else "—"))
    table["mark: Enter → fsync'd and new count shown (budget ≤ 10 ms)"].append(
        f"{fmt(marked)} ({verdict(checks['mark shown and saved ≤ 10 ms'])})"
        + (f" failed runs: {mark_failures}" if mark_failures else ""))
    table["quit `q` → exit (budget ≤ 3 ms)"].append(
        f"{fmt(leave)} ({verdict(checks['quit ≤ 3 ms'])})")
    table["terminal restored (ttff)"].append(restored or "?")
    table[f"peak RSS, VmHWM after {keys} `j` (budget ≤ 16 MiB)"].append(
        fmt(harness["peak_rss_kib"] / 1024, "MiB", 1))
    table["peak RSS, VmHWM after the mark (budget ≤ 16 MiB)"].append(
        (fmt(max(mark_rss), "MiB", 1) + " (max of the runs)" if mark_rss else "—")
        + f"; peak of both {rss:.1f} MiB ({verdict(checks['peak RSS ≤ 16 MiB'])})")
    if scale is not None:
        # Beside the shipped figure and the C floor of the same run.
        table.setdefault("10 000 parties and news: first frame (budget ≤ 3× shipped)", ["—"])
        table["10 000 parties and news: first frame (budget ≤ 3× shipped)"].append(
            f"{fmt(scale_first)}, "
            + ("—" if scale_ratio is None else f"{scale_ratio:.2f}×")
            + f" the shipped {fmt(first)}"
            + ("" if not scale_ratios else
               " (rounds: " + ", ".join(f"{r:.2f}" for r in scale_ratios) + ")")
            + ("" if not (scale_first and floor_first) else f", {scale_first / floor_first:.1f}× C")
            + f" ({verdict(checks['10 000 parties and news: first frame ≤ 3× shipped'])})")
        table.setdefault("10 000 parties and news: `j` (budget ≤ 1 ms)", ["—"])
        table["10 000 parties and news: `j` (budget ≤ 1 ms)"].append(
            f"{fmt(scale_step)} ({verdict(checks['10 000 parties and news: navigation key ≤ 1 ms'])})")

print("| metric | " + " | ".join(columns) + " |")
print("|---|" + "---|" * len(columns))
for metric, cells in table.items():
    print(f"| {metric} | " + " | ".join(cells) + " |")
print()
print("budgets missed: " + ("none" if not missed else "; ".join(missed)))
print("terminal restored in every run: " + ("NO" if unrestored else "yes"))
sys.exit(3 if unrestored else 1 if missed else 0)
PY
