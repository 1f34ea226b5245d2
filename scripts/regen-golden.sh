#!/usr/bin/env bash
# Regenerates the reference dumps beside the Elixir front-end fixtures, with Elixir 1.14 itself:
#
#   advisor-core/src/test/resources/elixir/golden/<topic>/<name>.ex(s) -> <name>.ex(s).ast
#   advisor-core/src/test/resources/elixir/errors/<name>.ex(s)         -> <name>.ex(s).err
#
# golden-1.15/ (syntax newer than 1.14) holds hand-written dumps and is NOT touched here.
# Every golden fixture must parse and every error fixture must fail; the script says which
# do not and exits 1. Usage: scripts/regen-golden.sh   (no arguments)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
res="$root/advisor-core/src/test/resources/elixir"
dump="$root/scripts/dump.exs"

if ! command -v elixir >/dev/null 2>&1; then
  echo "regen-golden.sh: 'elixir' is not on PATH; the golden dumps must be produced by Elixir 1.14" >&2
  echo "  (e.g. Debian/Ubuntu: apt-get install elixir)" >&2
  exit 2
fi

version="$(elixir --version 2>&1)"
echo "regen-golden.sh expects Elixir 1.14; found:"
echo "$version" | sed 's/^/  /'
if ! grep -q '^Elixir 1\.14\.' <<<"$version"; then
  echo "regen-golden.sh: WARNING: this is not Elixir 1.14; the dumps would not be the reference ones" >&2
  if [[ "${ALLOW_OTHER_ELIXIR:-}" != "1" ]]; then
    echo "regen-golden.sh: refusing to continue (set ALLOW_OTHER_ELIXIR=1 to force)" >&2
    exit 2
  fi
fi

status=0

regen() { # $1 = directory, $2 = kind expected (ast|err)
  local dir="$1" want="$2" other
  [[ -d "$dir" ]] || { echo "regen-golden.sh: no directory $dir" >&2; status=1; return; }
  [[ "$want" == ast ]] && other=err || other=ast
  # drop dumps whose fixture no longer exists
  while IFS= read -r -d '' d; do
    [[ -e "${d%.*}" ]] || { echo "removing stale ${d#$root/}"; rm -f "$d"; }
  done < <(find "$dir" -type f \( -name '*.ex.ast' -o -name '*.exs.ast' -o -name '*.ex.err' -o -name '*.exs.err' \) -print0)
  find "$dir" -type f \( -name '*.ex' -o -name '*.exs' \) | LC_ALL=C sort | elixir "$dump" "$dir" "$dir"
  while IFS= read -r -d '' f; do
    if [[ -e "$f.$other" ]]; then
      if [[ "$want" == ast ]]; then
        echo "regen-golden.sh: golden fixture does not parse with Elixir 1.14: ${f#$root/}: $(head -n1 "$f.err")" >&2
      else
        echo "regen-golden.sh: error fixture parses with Elixir 1.14: ${f#$root/}" >&2
      fi
      status=1
    fi
  done < <(find "$dir" -type f \( -name '*.ex' -o -name '*.exs' \) -print0)
}

regen "$res/golden" ast
regen "$res/errors" err

if [[ $status -eq 0 ]]; then
  echo "regen-golden.sh: done ($(find "$res/golden" -name '*.ast' | wc -l) .ast, $(find "$res/errors" -name '*.err' | wc -l) .err)"
fi
exit $status
