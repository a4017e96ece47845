#!/usr/bin/env bash
# Builds btap's fuzz targets (the Fuzz/ package: libFuzzer, with AddressSanitizer) and runs
# one or all of them for a bounded time, at the lowest CPU priority.
#
#   Scripts/fuzz.sh TARGET SECONDS [LIBFUZZER_OPTION...]   one target, e.g. parties 60
#   Scripts/fuzz.sh all SECONDS [LIBFUZZER_OPTION...]      every target, one after another
#   Scripts/fuzz.sh repro TARGET FILE                      runs one saved input, with a backtrace
#   Scripts/fuzz.sh list                                   names the targets
#
# A target starts from its committed seeds (Fuzz/Corpus/TARGET) and what earlier runs here
# found (.build-fuzz/corpus/TARGET, never committed). An input that crashes, breaks a checked
# property, runs longer than FUZZ_TIMEOUT seconds (default 10) or needs more than
# FUZZ_RSS_LIMIT_MB (default 2048; `feed` may grow to four times that) is saved under
# .build-fuzz/artifacts/TARGET/. Prints the executions and findings of each target; exits 1
# when any target crashed or hung. Extra options go to libFuzzer, for example -runs=1000000
# to stop after a million executions.
# See docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=.build-fuzz
timeout=${FUZZ_TIMEOUT:-10}
rss_limit=${FUZZ_RSS_LIMIT_MB:-2048}
targets=$(ls Fuzz/Targets)
# A quarantine of 64 MB of freed blocks (not the default 256) keeps long runs smaller.
asan_options=detect_leaks=0:quarantine_size_mb=64

usage() {
  echo "usage: Scripts/fuzz.sh TARGET|all SECONDS [LIBFUZZER_OPTION...]" >&2
  echo "       Scripts/fuzz.sh repro TARGET FILE | list" >&2
  echo "targets: $(echo $targets)" >&2
  exit 64
}

is_target() { grep -qx -- "$1" <<<"$targets"; }

build() {
  echo "== building the fuzz targets (release, libFuzzer, AddressSanitizer)" >&2
  local started=$SECONDS
  nice -n 19 swift build -c release --package-path Fuzz --scratch-path "$scratch" \
    --sanitize=fuzzer --sanitize=address >&2
  echo "fuzz: built in $((SECONDS - started)) s" >&2
  bin=$(swift build -c release --package-path Fuzz --scratch-path "$scratch" \
    --sanitize=fuzzer --sanitize=address --show-bin-path)
}

# The figure libFuzzer printed for `stat::NAME`, or what its last status line says.
stat() {
  local value
  value=$(sed -n "s/^stat::$1: *//p" "$2" | tail -n 1)
  if [ -z "$value" ] && [ "$1" = number_of_executed_units ]; then
    value=$(sed -n 's/^#\([0-9][0-9]*\).*/\1/p' "$2" | tail -n 1)
  fi
  echo "${value:-0}"
}

# Runs one target for $2 seconds; appends its line to the summary and sets `failed`.
run_target() {
  local name=$1 seconds=$2
  shift 2
  local corpus=$scratch/corpus/$name artifacts=$scratch/artifacts/$name
  local log=$scratch/logs/$name.log
  mkdir -p "$corpus" "$artifacts" "$scratch/logs"
  # FoundationXML leaks about 0.4 KB on every document it fails to parse (a plain XMLParser
  # loop shows it), about 1 GB per million `feed` executions: that target may grow four times
  # as large before a run stops on a false out-of-memory. One allocation past the limit still
  # stops any target.
  local memory_limit=$rss_limit
  [ "$name" = feed ] && memory_limit=$((rss_limit * 4))
  local options=(
    -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb="$memory_limit"
    -malloc_limit_mb="$rss_limit"
    -artifact_prefix="$artifacts/" -print_final_stats=1 -detect_leaks=0
  )
  local dictionary=Fuzz/Dictionaries/$name.dict
  [ -f "$dictionary" ] || dictionary=Fuzz/Dictionaries/tab-separated.dict
  options+=(-dict="$dictionary")
  local status=0
  touch "$log.start"
  echo "== fuzzing $name for at most $seconds s (log: $log)" >&2
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=$asan_options \
    nice -n 19 "$bin/fuzz-$name" "${options[@]}" "$@" "$corpus" "Fuzz/Corpus/$name" \
    >"$log" 2>&1 || status=$?
  local crashes hangs memory
  crashes=$(find "$artifacts" -type f -name 'crash-*' -newer "$log.start" | wc -l)
  hangs=$(find "$artifacts" -type f -name 'timeout-*' -newer "$log.start" | wc -l)
  memory=$(find "$artifacts" -type f -name 'oom-*' -newer "$log.start" | wc -l)
  local result=ok
  if [ "$status" -ne 0 ] || [ $((crashes + hangs + memory)) -gt 0 ]; then
    result="FAILED (exit $status; see $log and $artifacts/)"
    failed=1
    grep -m 3 -E 'property violated|Fatal error|ERROR: libFuzzer|ERROR: AddressSanitizer' \
      "$log" >&2 || true
  fi
  printf '%-14s %10s %8s %8s %6s %6s  %s\n' "$name" \
    "$(stat number_of_executed_units "$log")" "$(stat average_exec_per_sec "$log")" \
    "$crashes" "$hangs" "$memory" "$result" >>"$summary"
}

[ $# -ge 1 ] || usage
case $1 in
  list)
    echo "$targets"
    exit 0
    ;;
  repro)
    [ $# -eq 3 ] && is_target "$2" || usage
    build
    SWIFT_BACKTRACE=enable=yes,interactive=no ASAN_OPTIONS=$asan_options \
      "$bin/fuzz-$2" -detect_leaks=0 "$3"
    exit
    ;;
esac

[ $# -ge 2 ] || usage
selection=$1
seconds=$2
shift 2
if [ "$selection" = all ]; then
  selected=$targets
else
  is_target "$selection" || usage
  selected=$selection
fi
# libFuzzer reads a time limit of 0 as none.
[[ $seconds =~ ^[1-9][0-9]*$ ]] || usage

started=$SECONDS
build
summary=$(mktemp)
trap 'rm -f "$summary"' EXIT
failed=0
for name in $selected; do
  run_target "$name" "$seconds" "$@"
done

echo >&2
printf '%-14s %10s %8s %8s %6s %6s  %s\n' target executions exec/s crashes hangs oom result >&2
cat "$summary" >&2
echo "fuzz: $(echo "$selected" | wc -w) target(s) in $((SECONDS - started)) s" >&2
exit "$failed"
