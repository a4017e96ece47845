#!/usr/bin/env bash
# Builds btap and runs every test suite: unit, snapshot, command-line and tmux end-to-end;
# then runs the command-line and end-to-end suites again against the release build, the one
# static executable that `swift run -c release btap` runs; then gives every reader of btap's
# files a short fuzzing pass (BTAP_FUZZ_SECONDS per target, default 5; 0 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
swift test "$@"

echo "== the command-line and end-to-end tests against the release build" >&2
swift build -c release --product btap >&2
swift build -c release --product btap-feed >&2
release=$(swift build -c release --show-bin-path)
BTAP_BINARY="$release/btap" BTAP_E2E_BINARY="$release/btap" \
  swift test --skip-build --filter 'CommandLineTests|EndToEndTests'

fuzz_seconds=${BTAP_FUZZ_SECONDS:-5}
if [ "$fuzz_seconds" -gt 0 ]; then
  echo "== a short fuzzing pass over every reader ($fuzz_seconds s each; docs/reliability.md)" >&2
  Scripts/fuzz.sh all "$fuzz_seconds"
fi
