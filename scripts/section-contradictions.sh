#!/usr/bin/env bash
# Counts contradictions between the sections of decision pages (issue 11): placement vs process needed, a
# start_link the Implementation defines vs "defines no start_link", a restart known in one place and not in
# another, Q4 answered yes with nothing cited, and the rest SectionContradictions lists.
#
#   scripts/section-contradictions.sh JAR DIR...
#
# JAR is the CLI jar (advisor-core/target/otp-advisor-core-0.1.0-SNAPSHOT-cli.jar); each DIR is a folder of
# reports written with --format md (one app's --out folder, or a folder of them). The check itself is
# advisor-core/src/test/java/io/github/otpadvisor/report/SectionContradictions.java, compiled by
# `mvn -o test-compile -pl advisor-core`. Prints each contradiction with its page, then the count per check.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -lt 2 ]; then
  echo "usage: $0 JAR DIR..." >&2
  exit 2
fi
jar="$1"
shift
classes="$root/advisor-core/target/test-classes"
if [ ! -f "$classes/io/github/otpadvisor/report/SectionContradictions.class" ]; then
  echo "$classes has no SectionContradictions: run mvn -o test-compile -pl advisor-core first" >&2
  exit 2
fi
exec java -cp "$jar:$classes" io.github.otpadvisor.report.SectionContradictions "$@"
