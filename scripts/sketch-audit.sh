#!/usr/bin/env bash
# Counts, per application, what the Implementation sketches of its otp-decision.md reports drop (message tags,
# restart/shutdown options, init timers), the gen_statem modules rewritten as GenServers, the Registry or
# supervisor names that exist neither in the project's production code nor as a '# new' entry of the report,
# and the public functions reading or writing ETS/:atomics/:counters/:persistent_term directly that a sketch
# moved into a call to the process or dropped (bypass_lost; bypass_modules and bypass_redefined count the
# reports of modules that have such functions, and of those the rewritten ones). Of what a rewrite keeps around
# what it rewrites: publics_dropped/privates_dropped (today's functions it neither shows nor names), header_lost
# (alias/require/import/use/@behaviour lines its code needs, attributes it reads and does not define),
# named_singleton (started without a name today, named in the sketch), client_changed (a client of today's name
# that loses its {:ok, ..}/{:error, ..} wrapping or the struct its parameters matched).
#
#   scripts/sketch-audit.sh OUT.tsv NAME=APP_ROOT=REPORT_DIR [NAME=APP_ROOT=REPORT_DIR ...]
#
# REPORT_DIR is the --out folder of 'analyze --format md APP_ROOT'. Writes OUT.tsv and OUT.details.tsv.
# With BYPASS=1, each module with such functions is also rewritten to every decision (not only its own) and
# the functions lost there are counted in a second table (slower: each project is analyzed again).
set -euo pipefail
if [ $# -lt 2 ]; then
  sed -n '2,18p' "$0" >&2
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
  -Dotp.audit="$spec" -Dotp.audit.out="$out" -Dotp.audit.bypass="${BYPASS:+true}"
cat "$out"
