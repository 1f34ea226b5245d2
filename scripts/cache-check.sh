#!/usr/bin/env bash
# Differential check of the facts cache on real projects: the JSON, SARIF and Markdown reports must be
# byte-identical without a cache, with a cold one, a warm one, and a partly warm one (every third Elixir file
# edited after the cache was written). The same for runs that write only JSON and SARIF, whose warm run takes the
# last result (.otp-advisor-result) instead of analyzing. Each DIR is copied under a temporary folder first (the edits are made
# there), which is deleted at the end.
#
#   scripts/cache-check.sh [-j JAR] DIR...
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar=""
dirs=()
while [ $# -gt 0 ]; do
  case "$1" in
    -j) jar="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) dirs+=("$1"); shift ;;
  esac
done
if [ ${#dirs[@]} -eq 0 ]; then
  echo "usage: scripts/cache-check.sh [-j JAR] DIR..." >&2
  exit 2
fi
[ -n "$jar" ] || jar="$(ls "$root"/advisor-core/target/otp-advisor-core-*-cli.jar 2>/dev/null | head -1)"
if [ ! -f "$jar" ]; then
  echo "no runnable jar: build it with mvn -q package -DskipTests -pl advisor-core, or pass -j JAR" >&2
  exit 2
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failed=0

# run NAME SRC [cache options...]: the reports of one run, under $tmp/NAME (the cache, if any, elsewhere).
run() {
  local name="$1" src="$2"
  shift 2
  java -jar "$jar" analyze --fail-on none --format json --format sarif --format md --out "$tmp/$name" "$@" \
    "$src" > /dev/null 2> "$tmp/$name.err"
}

# summary NAME SRC [cache options...]: the same, JSON and SARIF only (the result cache's kind of run).
summary() {
  local name="$1" src="$2"
  shift 2
  java -jar "$jar" analyze --fail-on none --format json --format sarif --out "$tmp/$name" "$@" \
    "$src" > /dev/null 2> "$tmp/$name.err"
}

# same A B WHAT: the two report folders hold the same files with the same bytes (marker files and the cache aside).
same() {
  if diff -r -x '.otp-advisor*' "$tmp/$1" "$tmp/$2" > "$tmp/diff" 2>&1; then
    return 0
  fi
  echo "  DIFFERENT: $3"; head -20 "$tmp/diff" | sed 's/^/    /'
  failed=1
}

for d in "${dirs[@]}"; do
  name="$(basename "$d")"
  src="$tmp/src/$name"
  mkdir -p "$tmp/src"
  cp -r "$d" "$src"
  rm -rf "$tmp"/{none,cold,warm,none2,partly,snone,scold,swarm,snone2,spartly} "$tmp/cache" "$tmp/scache"
  run none "$src" --no-cache
  run cold "$src" --cache "$tmp/cache"
  run warm "$src" --cache "$tmp/cache"
  summary snone "$src" --no-cache
  summary scold "$src" --cache "$tmp/scache"
  summary swarm "$src" --cache "$tmp/scache"
  files=$(find "$src" \( -name deps -o -name _build -o -name node_modules -o -name .git \) -prune -o -type f \
    \( -name '*.ex' -o -name '*.exs' \) -print | sort)
  edited=0
  i=0
  while IFS= read -r f; do
    if [ $((i % 3)) -eq 0 ] && [ -w "$f" ]; then
      printf '\n# edited after the cache was written\n' >> "$f"
      edited=$((edited + 1))
    fi
    i=$((i + 1))
  done <<< "$files"
  run none2 "$src" --no-cache
  run partly "$src" --cache "$tmp/cache"
  summary snone2 "$src" --no-cache
  summary spartly "$src" --cache "$tmp/scache"
  echo "$name: $i files, $edited edited, $(find "$tmp/none" -type f | wc -l) report files"
  same none cold "$name: cold cache"
  same none warm "$name: warm cache"
  same none2 partly "$name: partly warm cache"
  same snone scold "$name: json and sarif, cold cache"
  same snone swarm "$name: json and sarif, the last result"
  same snone2 spartly "$name: json and sarif, after the edits"
  rm -rf "$src"
done
if [ "$failed" -eq 0 ]; then
  echo "identical reports without, cold, warm and partly warm cache, and from the last result"
fi
exit "$failed"
