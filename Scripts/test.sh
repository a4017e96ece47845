#!/usr/bin/env bash
# Builds btap and runs every test suite: unit, snapshot, command-line and tmux end-to-end.
set -euo pipefail
cd "$(dirname "$0")/.."
swift test "$@"
