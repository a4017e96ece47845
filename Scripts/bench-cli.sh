#!/usr/bin/env bash
# Whole-process start-up of `btap status` against a C hello-world, measured in the same
# hyperfine run (the machines are noisy: compare the ratio, not absolute times).
#
# Usage: Scripts/bench-cli.sh            # release build, Swift runtime linked statically
#        BENCH_DYNAMIC=1 Scripts/bench-cli.sh   # also the default (dynamic) release build
# Environment: RUNS (default 300), WARMUP (default 30), SCRATCH (default .build-bench).
# Exits 1 when a budget is missed: median <= 10 ms and <= 4x the C hello-world.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-300}
warmup=${WARMUP:-30}
scratch=${SCRATCH:-.build-bench}

if ! command -v hyperfine >/dev/null; then
  echo "bench-cli: hyperfine is missing (Debian: apt-get install -y hyperfine)" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data"

echo "== building btap (release, --static-swift-stdlib, non-PIE) in $scratch" >&2
swift build -c release --static-swift-stdlib -Xswiftc -Xclang-linker -Xswiftc -no-pie \
  --scratch-path "$scratch" --product btap >&2
cp "$scratch/release/btap" "$work/btap-static"
commands=(-n "btap status (static runtime)" "$work/btap-static status --data-dir $work/data")

if [[ "${BENCH_DYNAMIC:-0}" == 1 ]]; then
  echo "== building btap (release, dynamic runtime) in $scratch-dynamic" >&2
  swift build -c release --scratch-path "$scratch-dynamic" --product btap >&2
  cp "$scratch-dynamic/release/btap" "$work/btap-dynamic"
  commands+=(-n "btap status (dynamic runtime)" "$work/btap-dynamic status --data-dir $work/data")
fi

printf '#include <stdio.h>\nint main(void) { puts("hello, world"); return 0; }\n' >"$work/hello.c"
cc -O2 -o "$work/hello" "$work/hello.c"

# Floors, linked like btap (static Swift runtime, non-PIE): a Swift hello-world, and one that
# links Foundation and FoundationXML (as btap must, for `news import`) without using them.
if [[ "${BENCH_FLOORS:-1}" == 1 ]]; then
  printf 'print("hello, world")\n' >"$work/hello.swift"
  cat >"$work/hello-xml.swift" <<'SWIFT'
import Foundation
import FoundationXML
if CommandLine.arguments.count > 99 { print(XMLParser(data: Data()).parse()) }
print("hello, world")
SWIFT
  for name in hello hello-xml; do
    swiftc -O -static-stdlib -Xclang-linker -no-pie "$work/$name.swift" -o "$work/$name-swift" \
      2>/dev/null
  done
  commands=(-n "Swift hello-world" "$work/hello-swift"
    -n "Swift hello-world + FoundationXML" "$work/hello-xml-swift" "${commands[@]}")
fi

# The output must be the real paragraph, not an error.
"$work/btap-static" status --data-dir "$work/data" | grep -q "parties" \
  || { echo "bench-cli: btap status failed" >&2; exit 2; }

hyperfine -N --warmup "$warmup" --runs "$runs" --export-json "$work/bench.json" \
  -n "C hello-world" "$work/hello" "${commands[@]}" >&2

python3 - "$work/bench.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
floor = statistics.median(results[0]["times"]) * 1000
print(f"{'command':34} {'median':>9} {'mean':>9} {'min':>9} {'x C':>6}")
ok = True
for result in results:
    median = statistics.median(result["times"]) * 1000
    ratio = median / floor
    print(f"{result['command']:34} {median:7.2f}ms {result['mean']*1000:7.2f}ms "
          f"{result['min']*1000:7.2f}ms {ratio:6.2f}")
    if "static" in result["command"] and (median > 10 or ratio > 4):
        ok = False
print("budget (static build: median <= 10 ms and <= 4x C):", "met" if ok else "MISSED")
sys.exit(0 if ok else 1)
PY
