#!/usr/bin/env bash
# Builds Credo (the reference of issue 14: `mix credo --strict`, version 1.7.19) from source with path
# dependencies, so that scripts/bench.sh --credo-dir can time it beside otp-advisor without Hex. Nothing of
# Credo's is committed here: it is cloned into WORK.
#
#   scripts/credo-build.sh WORK [CREDO BUNT FILE_SYSTEM JASON]
#
# The four sources are git repositories (URLs or local clones; default: their GitHub repositories). Credo is
# checked out at v1.7.19; the dependencies at their default branch, with their own test and doc dependencies
# dropped (they need Hex). Prints the Credo folder to pass to bench.sh; WORK/default.credo.exs is Credo's
# default configuration (`mix credo gen.config`), used for projects whose own configuration needs files
# that are not there.
set -euo pipefail
work="${1:?usage: credo-build.sh WORK [CREDO BUNT FILE_SYSTEM JASON]}"
credo="${2:-https://github.com/rrrene/credo}"
bunt="${3:-https://github.com/rrrene/bunt}"
file_system="${4:-https://github.com/falood/file_system}"
jason="${5:-https://github.com/michalmuskala/jason}"
command -v mix > /dev/null || { echo "needs Elixir's mix (apt-get install -y elixir)" >&2; exit 2; }
mkdir -p "$work" && cd "$work"
rm -rf credo bunt file_system jason
git clone -q "$credo" credo && git -C credo checkout -q v1.7.19
for dep in bunt file_system jason; do
  # (a checkout that fails on a large test fixture is fine: only lib/ and mix.exs are needed)
  git clone -q --no-checkout "${!dep}" "$dep" && git -C "$dep" restore --source=HEAD -- lib mix.exs
done
python3 - <<'PY'
import re
def edit(path, fn):
    s = open(path).read(); open(path, 'w').write(fn(s))
def credo(s):
    s = s.replace('{:file_system, "~> 0.2 or ~> 1.0"}', '{:file_system, path: "../file_system"}')
    s = s.replace('{:bunt, "~> 0.2.1 or ~> 1.0"}', '{:bunt, path: "../bunt"}')
    s = s.replace('{:jason, "~> 1.0"}', '{:jason, path: "../jason"}')
    return re.sub(r'\n\s*\{:(ex_doc|inch_ex|mix_test_watch)[^\n]*', '', s)
def dep(s):
    s = re.sub(r'\n\s*\{:(ex_doc|inch_ex|dialyxir|benchee|benchee_html|poison|decimal|earmark|excoveralls)[^\n]*', '', s)
    return s.replace('[{:stream_data, "~> 1.0", only: :test}]', '[]')
edit('credo/mix.exs', credo)
for d in ('bunt', 'file_system', 'jason'):
    edit(d + '/mix.exs', dep)
PY
rm -f credo/mix.lock
# Its own .credo.exs is read while compiling, then moved aside: it requires checks of its repository's tooling.
(cd credo && MIX_ENV=prod mix compile > /dev/null && mv .credo.exs ../credo-own.credo.exs \
  && MIX_ENV=prod mix credo gen.config > /dev/null && mv .credo.exs ../default.credo.exs)
echo "$work/credo"
