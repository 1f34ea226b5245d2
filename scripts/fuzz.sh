#!/usr/bin/env bash
# Fuzzes one target of advisor-core with Jazzer for MINUTES minutes (default 10), then prints the
# executions. Usage: scripts/fuzz.sh tokenizer|parser|one-file|pipeline [MINUTES] [MAVEN ARGS...]
#
# The @FuzzTest methods otherwise only replay their inputs in `mvn verify`. A finding stops the run
# (exit 1) and leaves its input as crash-*/timeout-* in the target's inputs folder under
# advisor-core/src/test/resources/io/github/otpadvisor/fuzz/, where `mvn verify` replays it from then
# on; the corpus grown along the way stays in advisor-core/.cifuzz-corpus/ (not committed).
#
# jazzer-junit 0.24.0 reads no duration option (only @FuzzTest(maxDuration)), so the libFuzzer flag
# -max_total_time is handed over through its jazzer.internal.arg.N parameters. JUnit's @Timeout is
# switched off: Jazzer passes it to libFuzzer as -timeout, the bound on each input.
set -euo pipefail

case "${1:-}" in
  tokenizer) test='FrontEndFuzzTest#tokenizer' ;;
  parser) test='FrontEndFuzzTest#parser' ;;
  one-file) test='OneFileFuzzTest#oneFileAnalysis' ;;
  pipeline) test='ProjectFuzzTest#wholePipeline' ;;
  *) echo "usage: scripts/fuzz.sh tokenizer|parser|one-file|pipeline [MINUTES] [MAVEN ARGS...]" >&2; exit 2 ;;
esac
target=$1
minutes=${2:-10}
shift $(( $# >= 2 ? 2 : 1 ))

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log="$root/advisor-core/target/fuzz-$target.log"
mkdir -p "$(dirname "$log")"
echo "fuzzing $target for $minutes min; log: $log"

status=0
JAZZER_FUZZ=1 mvn -B -f "$root/pom.xml" -pl advisor-core test -Dtest="$test" \
  -Djazzer.hooks=true -Djunit.jupiter.execution.timeout.mode=disabled -DargLine=-Xmx2g \
  -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1="-max_total_time=$(( minutes * 60 ))" \
  -Djazzer.internal.arg.2=-print_final_stats=1 "$@" >"$log" 2>&1 || status=$?

# libFuzzer's own summary, e.g. "Done 123456 runs in 600 second(s)".
grep -E '^Done [0-9]+ runs|^stat::number_of_executed_units|^stat::average_exec_per_sec' "$log" || true
grep -E 'Test unit written to|== Java Exception|FuzzTestFindingException' "$log" || true
if [ "$status" -ne 0 ]; then
  echo "fuzz.sh: $target failed (status $status); see $log" >&2
fi
exit "$status"
