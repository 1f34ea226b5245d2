#!/usr/bin/env bash
# Counts, per application, what the Implementation sketches of its otp-decision.md reports drop (message tags,
# restart/shutdown options, init timers), the gen_statem modules rewritten as GenServers, and the Registry or
# supervisor names that exist neither in the project's production code nor as a '# new' entry of the report.
#
#   scripts/sketch-audit.sh OUT.tsv NAME=APP_ROOT=REPORT_DIR [NAME=APP_ROOT=REPORT_DIR ...]
#
# REPORT_DIR is the --out folder of 'analyze --format md APP_ROOT'. Writes OUT.tsv and OUT.details.tsv.
set -euo pipefail
if [ $# -lt 2 ]; then
  sed -n '2,8p' "$0" >&2
  exit 2
fi
out=$(realpath -m "$1"); shift
spec=""
for item in "$@"; do
  IFS='=' read -r name root reports <<<"$item"
  spec="${spec:+$spec,}$name=$(realpath "$root")=$(realpath "$reports")"
done
cd "$(dirname "$0")/../advisor-core"
mvn -q -B -o test -Dtest=SketchAuditRun -Dsurefire.failIfNoSpecifiedTests=false \
  -Dotp.audit="$spec" -Dotp.audit.out="$out"
cat "$out"
