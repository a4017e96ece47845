#!/usr/bin/env bash
# Builds btap and runs every test suite: unit, snapshot, command-line and tmux end-to-end;
# then runs the command-line and end-to-end suites again against the release build, the one
# static executable that `swift run -c release btap` runs.
set -euo pipefail
cd "$(dirname "$0")/.."
swift test "$@"

echo "== the command-line and end-to-end tests against the release build" >&2
swift build -c release --product btap >&2
swift build -c release --product btap-feed >&2
release=$(swift build -c release --show-bin-path)
BTAP_BINARY="$release/btap" BTAP_E2E_BINARY="$release/btap" \
  swift test --skip-build --filter 'CommandLineTests|EndToEndTests'
