#!/usr/bin/env bash
# Builds btap and runs every test suite: unit, snapshot, command-line and tmux end-to-end;
# then the install test (Scripts/test-install.sh: install, run the copy, uninstall), short
# passes of the reliability scripts (docs/reliability.md), a short fuzzing pass over every
# reader of btap's files (BTAP_FUZZ_SECONDS per target, default 5; 0 skips it), and the
# command-line and end-to-end suites again, against the release build: the one static
# executable that `swift run -c release btap` runs.
set -euo pipefail
cd "$(dirname "$0")/.."
swift test "$@"

echo "== the release build" >&2
# Building btap builds its feed helper too (the README's first command relies on it).
swift build -c release --product btap >&2
release=$(swift build -c release --show-bin-path)

echo "== install into a temporary prefix, run the copy from elsewhere, uninstall" >&2
Scripts/test-install.sh

echo "== reliability: short passes of the kill, writer, resize, key and signal storms" >&2
export PYTHONDONTWRITEBYTECODE=1
python3 Scripts/kill-storm.py --binary "$release/btap" --kills 150
python3 Scripts/concurrent-writers.py --binary "$release/btap" --rounds 5
python3 Scripts/resize-storm.py --binary "$release/btap" --resizes 200
python3 Scripts/key-storm.py --binary "$release/btap" --keys 10000 --mouse-reports 500
python3 Scripts/signal-exits.py --binary "$release/btap" --rounds 1

fuzz_seconds=${BTAP_FUZZ_SECONDS:-5}
if [ "$fuzz_seconds" -gt 0 ]; then
  echo "== a short fuzzing pass over every reader ($fuzz_seconds s each; docs/reliability.md)" >&2
  Scripts/fuzz.sh all "$fuzz_seconds"
fi

echo "== the command-line and end-to-end tests against the release build" >&2
BTAP_BINARY="$release/btap" BTAP_E2E_BINARY="$release/btap" \
  swift test --skip-build --filter 'CommandLineTests|EndToEndTests'

