#!/usr/bin/env bash
# Whole-process start-up of `btap status` against a C hello-world, measured in the same
# hyperfine run (the machines are noisy: compare the ratio, not absolute times).
#
# Usage: Scripts/bench-cli.sh   # the release build: one static executable (Package.swift)
# The runs are made in ROUNDS hyperfine runs of every command in turn, so that a slow spell
# of the machine falls on all of them; each figure is the median over the rounds of the
# rounds' medians, and each ratio the median of the rounds' ratios.
# Environment: RUNS (default 300, over all the rounds), ROUNDS (default 5), WARMUP (default
#   30, in each round), SCRATCH (default .build),
#   BENCH_FLOORS=0 to skip the Swift hello-world floors, SCALE=0 to skip the scale row
#   (`btap status` on the shipped data plus 10 000 parties and 10 000 news items).
# Exits 1 when a budget is missed: median <= 10 ms and <= 4x the C hello-world, and the
# scale row <= 3x btap status on the shipped data.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-300}
rounds=${ROUNDS:-5}
warmup=${WARMUP:-30}
scratch=${SCRATCH:-.build}

if ! command -v hyperfine >/dev/null; then
  echo "bench-cli: hyperfine is missing (Debian: apt-get install -y hyperfine)" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data"

echo "== building btap (release) in $scratch" >&2
swift build -c release --scratch-path "$scratch" --product btap >&2
cp "$scratch/release/btap" "$work/btap"
commands=(-n "btap status" "$work/btap status --data-dir $work/data")

printf '#include <stdio.h>\nint main(void) { puts("hello, world"); return 0; }\n' >"$work/hello.c"
cc -O2 -o "$work/hello" "$work/hello.c"

# Floors: a Swift hello-world linked the way btap is (one static executable), and one with
# the Swift runtime linked statically into a dynamic executable.
if [[ "${BENCH_FLOORS:-1}" == 1 ]]; then
  printf 'print("hello, world")\n' >"$work/hello.swift"
  swiftc -O -static-executable "$work/hello.swift" -o "$work/hello-static-swift" 2>/dev/null
  swiftc -O -static-stdlib "$work/hello.swift" -o "$work/hello-swift" 2>/dev/null
  commands=(-n "Swift hello-world, static executable" "$work/hello-static-swift"
    -n "Swift hello-world, static runtime" "$work/hello-swift" "${commands[@]}")
fi

# The output must be the real paragraph, not an error.
if [[ "${SCALE:-1}" == 1 ]]; then
  # The scale budget: the shipped data plus 10 000 parties and 10 000 news items.
  swift build -c release --scratch-path "$scratch" --product btap-bench >&2
  "$scratch/release/btap-bench" --write-synthetic "$work/synthetic"
  commands+=(-n "btap status, 10 000 more rows"
    "$work/btap status --resources $work/synthetic --data-dir $work/data")
fi

"$work/btap" status --data-dir "$work/data" | grep -q "parties" \
  || { echo "bench-cli: btap status failed" >&2; exit 2; }

for ((round = 1; round <= rounds; round++)); do
  echo "== round $round of $rounds" >&2
  hyperfine -N --warmup "$warmup" --runs $(((runs + rounds - 1) / rounds)) \
    --export-json "$work/bench.$round.json" \
    -n "C hello-world" "$work/hello" "${commands[@]}" >&2
done

python3 - "$work" "$rounds" <<'PY'
import json, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
# Per round: each command's median (ms), mean and minimum.
per_round = [json.load(open(f"{work}/bench.{r}.json"))["results"] for r in range(1, rounds + 1)]
names = [result["command"] for result in per_round[0]]
medians = {n: [statistics.median(next(x for x in rs if x["command"] == n)["times"]) * 1000
               for rs in per_round] for n in names}
means = {n: statistics.mean([next(x for x in rs if x["command"] == n)["mean"] * 1000
                             for rs in per_round]) for n in names}
minimums = {n: min(next(x for x in rs if x["command"] == n)["min"] * 1000 for rs in per_round)
            for n in names}
floor = names[0]
print(f"{'command':34} {'median':>9} {'mean':>9} {'min':>9} {'x C':>6}")
ok = True
for name in names:
    median = statistics.median(medians[name])
    ratio = statistics.median([m / c for m, c in zip(medians[name], medians[floor])])
    print(f"{name:34} {median:7.2f}ms {means[name]:7.2f}ms {minimums[name]:7.2f}ms {ratio:6.2f}")
    if name == "btap status" and (median > 10 or ratio > 4):
        ok = False
    if name.startswith("btap status, 10 000") and "btap status" in medians:
        ratios = [m / s for m, s in zip(medians[name], medians["btap status"])]
        scale = statistics.median(ratios)
        print(f"{'':34} {scale:8.2f}x btap status on the shipped data (budget <= 3x); rounds: "
              + ", ".join(f"{r:.2f}" for r in ratios))
        ok = ok and scale <= 3
print("budget (btap status: median <= 10 ms and <= 4x C; with 10 000 more rows <= 3x):",
      "met" if ok else "MISSED")
sys.exit(0 if ok else 1)
PY
