#!/usr/bin/env bash
# Does a large tree fit a small heap, and does the time grow linearly? (issue 14: 500 MB within -Xmx512m.)
# Builds synthetic trees of the given sizes from the Elixir files of real projects, copied as many times as it
# takes (hard links under WORK, so the disk holds one copy; every copy has its own paths, so nothing is shared
# between copies in the analysis), then runs `analyze --format json` on each with the heap given, one whole
# process each, and prints wall time, peak RSS and whether it finished.
#
#   scripts/memory-check.sh [-x HEAP] [-j JAR] [-w WORK] SIZE_MB... -- DIR...
#   e.g. scripts/memory-check.sh -x 512m 100 250 500 -- /work/apps/*
#
#   -x HEAP   the -Xmx to run with (default 512m)
#   -j JAR    the runnable jar (default: advisor-core/target/otp-advisor-core-*-cli.jar)
#   -w WORK   where the trees are built (default /tmp/otp-advisor-memory; reused when already there)
#   JAVA_OPTS more JVM options (default: the launcher's -XX:TieredStopAtLevel=1 -XX:+UseParallelGC)
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
heap=512m
jar=""
work=/tmp/otp-advisor-memory
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    -x) heap="$2"; shift 2 ;;
    -j) jar="$2"; shift 2 ;;
    -w) work="$2"; shift 2 ;;
    --) shift; break ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
dirs=("$@")
if [ ${#sizes[@]} -eq 0 ] || [ ${#dirs[@]} -eq 0 ]; then
  echo "usage: scripts/memory-check.sh [-x HEAP] [-j JAR] [-w WORK] SIZE_MB... -- DIR..." >&2
  exit 2
fi
if [ -z "$jar" ]; then
  jar="$(ls "$root"/advisor-core/target/otp-advisor-core-*-cli.jar 2>/dev/null | head -1)"
fi
if [ ! -f "$jar" ] || [ ! -x /usr/bin/time ]; then
  echo "needs the runnable jar (-j JAR, or mvn -q package -DskipTests -pl advisor-core) and /usr/bin/time" >&2
  exit 2
fi

for size in "${sizes[@]}"; do
  tree="$work/${size}mb"
  python3 - "$tree" "$size" "${dirs[@]}" <<'PY'
import os, sys
tree, size, dirs = sys.argv[1], int(sys.argv[2]) * 1024 * 1024, sys.argv[3:]
if os.path.isdir(tree):
    sys.exit(0)
skip = {"deps", "_build", "node_modules", ".git", ".elixir_ls", "cover"}
files = []
for d in dirs:
    for base, subdirs, names in os.walk(d):
        subdirs[:] = sorted(s for s in subdirs if s not in skip)
        files += [os.path.join(base, n) for n in sorted(names) if n.endswith((".ex", ".exs"))]
if not files:
    sys.exit("no Elixir files under " + " ".join(dirs))
total, copy = 0, 0
while total < size:
    copy += 1
    for f in files:
        if total >= size:
            break
        target = os.path.join(tree, "copy%d" % copy, os.path.relpath(f, "/"))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        os.link(f, target)
        total += os.path.getsize(f)
PY
  bytes=$(find "$tree" -type f -print0 | xargs -0 cat | wc -c)
  count=$(find "$tree" -type f | wc -l)
  /usr/bin/time -f "%e %M" -o "$work/time" java ${JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseParallelGC} \
    -Xmx"$heap" -jar "$jar" analyze --format json --fail-on none --no-cache "$tree" > /dev/null 2> "$work/err"
  status=$?
  read -r wall rss < <(tail -1 "$work/time")
  outcome=$(grep -a -E "findings|OutOfMemory|out of memory" "$work/err" | tail -1)
  printf '%6.1f MB %7d files  -Xmx%s  %7.2f s  %5d MB peak RSS  exit %d  %s\n' \
    "$(echo "$bytes / 1048576" | bc -l)" "$count" "$heap" "$wall" "$((rss / 1024))" "$status" "$outcome"
done
