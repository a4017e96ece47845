#!/usr/bin/env bash
# Feeds over HTTP, measured against a local server (Scripts/feed-server.py on 127.0.0.1):
#   - `btap news fetch` of 10 subscriptions, each a 30-item RSS feed: cold (every item new,
#     a fresh data directory each run) and warm (every feed answers 304 Not Modified);
#   - `j` in the dashboard while a fetch of 10 slow feeds runs in the background (`R`, each
#     feed answering after 1 s), beside `j` with no fetch and the C floor's key, same run;
#   - the start-up budgets in the same run: first frame against the C ncursesw floor, and
#     `btap status` against a C hello-world.
#
# Usage: Scripts/bench-fetch.sh        Environment: RUNS (default 10), SCRATCH (default .build)
# Exits 1 when a budget is missed (`j` while fetching <= 1 ms, first frame <= 2x C,
# `btap status` <= 4x the C hello-world).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-10}
scratch=${SCRATCH:-.build}
ttff=../shared/tools/ttff.py
floor_source=../shared/perf/peers/c-floor.c
feeds=10

work=$(mktemp -d)
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

echo "== building btap and its feed helper (release) in $scratch" >&2
swift build -c release --product btap --scratch-path "$scratch" >&2
btap="$PWD/$scratch/release/btap"
gcc -O2 -o "$work/c-floor" "$floor_source" $(pkg-config --cflags --libs ncursesw)
printf '#include <stdio.h>\nint main(void) { puts("hello, world"); return 0; }\n' >"$work/hello.c"
cc -O2 -o "$work/hello" "$work/hello.c"

# Ten feeds of 30 items, each served fast (/fast/N.xml, with an ETag it revalidates) and
# slow (/slow/N.xml, after 1 s).
python3 - "$work/routes.json" "$feeds" <<'PY'
import json, sys
path, count = sys.argv[1], int(sys.argv[2])
routes = {}
for feed in range(count):
    items = "".join(
        f"<item><title>Feed {feed} item {item}</title><link>/f{feed}/i{item}.html</link>"
        f"<description>Summary of item {item} of feed {feed}.</description>"
        f"<pubDate>{1 + item % 28:02d} Nov 2026 10:00:00 GMT</pubDate></item>"
        for item in range(30))
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {feed}</title>{items}</channel></rss>'
    etag = f'"feed-{feed}"'
    routes[f"/fast/{feed}.xml"] = [{"body": body, "headers": {"ETag": etag}, "not_modified_if": etag}]
    routes[f"/slow/{feed}.xml"] = [{"body": body, "delay": 1}]
json.dump(routes, open(path, "w"))
PY
: >"$work/log.jsonl"
python3 Scripts/feed-server.py --routes "$work/routes.json" --log "$work/log.jsonl" >"$work/port" &
server_pid=$!
for _ in $(seq 50); do [[ -s "$work/port" ]] && break; sleep 0.1; done
port=$(cat "$work/port")

subscribe() { # DATA-DIR fast|slow
  for ((feed = 0; feed < feeds; feed++)); do
    "$btap" feeds add "http://127.0.0.1:$port/$2/$feed.xml" --data-dir "$1" >/dev/null
  done
}
mkdir -p "$work/warm" "$work/slow" "$work/state"
subscribe "$work/warm" fast
subscribe "$work/slow" slow
"$btap" news fetch --data-dir "$work/warm" >/dev/null
cat >"$work/cold.sh" <<SH
#!/bin/sh
rm -rf "$work/cold" && mkdir -p "$work/cold" && cp "$work/warm/feeds.tsv" "$work/cold/"
sed -i 's/\t"feed-[0-9]*"\t/\t\t/' "$work/cold/feeds.tsv"
exec "$btap" news fetch --data-dir "$work/cold" >/dev/null
SH
chmod +x "$work/cold.sh"
printf '#!/bin/sh\n' >"$work/noop.sh" && chmod +x "$work/noop.sh"

echo "== btap news fetch of $feeds subscriptions; btap status beside a C hello-world" >&2
hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/fetch.json" \
  -n "sh (the cold run's preparation alone)" "$work/noop.sh" \
  -n "fetch, cold: 10 feeds x 30 new items" "$work/cold.sh" \
  -n "fetch, warm: 10 feeds answering 304" "$btap news fetch --data-dir $work/warm" \
  -n "C hello-world" "$work/hello" \
  -n "btap status" "$btap status --data-dir $work/warm" >&2

echo "== first frame and j: C floor; btap idle; btap while fetching $feeds slow feeds" >&2
python3 "$ttff" -n "$runs" -w 1 --quiet --ready READY --step j 'SEL 2 ' -- "$work/c-floor" \
  >"$work/c.txt" 2>&1 || true
python3 "$ttff" -n "$runs" -w 1 --quiet --ready 'time travel' --step j 'Botswana \(BW\)' \
  --env "XDG_STATE_HOME=$work/state" --env LANG=C.UTF-8 -- "$btap" --data-dir "$work/warm" \
  >"$work/idle.txt" 2>&1 || true
python3 "$ttff" -n "$runs" -w 1 --quiet --ready 'time travel' \
  --step R "Fetching 1 of $feeds" --step j 'Botswana \(BW\)' \
  --env "XDG_STATE_HOME=$work/state" --env LANG=C.UTF-8 -- "$btap" --data-dir "$work/slow" \
  >"$work/fetching.txt" 2>&1 || true
cat "$work/c.txt" "$work/idle.txt" "$work/fetching.txt" >&2

python3 - "$work" <<'PY'
import json, re, statistics, sys
work = sys.argv[1]
results = {r["command"]: statistics.median(r["times"]) * 1000
           for r in json.load(open(f"{work}/fetch.json"))["results"]}
def medians(name):
    found = {}
    for line in open(f"{work}/{name}.txt"):
        m = re.match(r"\s+(time to first frame|step (\d+):.*?|quit .*?)\s+([\d.]+)\s+([\d.]+)", line)
        if m:
            found["first" if m.group(1).startswith("time") else
                  "step" + m.group(2) if m.group(2) else "exit"] = float(m.group(3))
    return found
c, idle, fetching = medians("c"), medians("idle"), medians("fetching")
prep = results["sh (the cold run's preparation alone)"]
rows = [
    ("btap news fetch, 10 feeds, cold (30 new items each)", results["fetch, cold: 10 feeds x 30 new items"], ""),
    ("btap news fetch, 10 feeds, warm (all 304)", results["fetch, warm: 10 feeds answering 304"], ""),
    ("j, C floor", c.get("step1"), ""),
    ("j, btap, idle", idle.get("step1"), "≤ 1 ms"),
    ("j, btap, while fetching 10 slow feeds", fetching.get("step2"), "≤ 1 ms"),
    ("first frame, C floor", c.get("first"), ""),
    ("first frame, btap", idle.get("first"), "≤ 2x C"),
    ("btap status", results["btap status"], "≤ 4x C hello"),
    ("C hello-world", results["C hello-world"], ""),
]
print(f"{'':56} {'ms':>8}")
for name, value, budget in rows:
    print(f"{name:56} {value if value is not None else float('nan'):8.2f}  {budget}")
first_ratio = idle["first"] / c["first"]
status_ratio = results["btap status"] / results["C hello-world"]
print(f"first frame: {first_ratio:.2f}x C;  btap status: {status_ratio:.2f}x the C hello-world")
ok = (fetching.get("step2") or 99) <= 1 and first_ratio <= 2 and status_ratio <= 4
sys.exit(0 if ok else 1)
PY
