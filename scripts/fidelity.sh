#!/usr/bin/env bash
# Fidelity of otp-advisor's Elixir front end against Elixir 1.14 itself, over local copies of real
# projects.
#
#   scripts/fidelity.sh [JAR_OR_CMD]
#
# JAR_OR_CMD: the runnable jar (default: the single advisor-core/target/otp-advisor-core-*-cli.jar),
# or any command line that behaves like `java -jar JAR` (e.g. "java -cp classes io....Main"); a
# value ending in .jar is run with `java -jar`.
#
# Environment (all optional):
#   FIDELITY_CORPUS    projects to read, one sub-directory each      (default /work/corpus)
#   FIDELITY_DIR       where expected/, actual/ and report.txt live   (default /work/fidelity)
#   FIDELITY_PROJECTS  space-separated subset of projects            (default: every sub-directory)
#   FIDELITY_REGEN=1   regenerate expected/<project> with Elixir (scripts/dump.exs) even if present;
#                      it is also generated when missing and `elixir` is on PATH
#   JAVA_OPTS          extra options for `java` when a jar is given
#
# For every project P it runs `CMD ast --out FIDELITY_DIR/actual/P FIDELITY_CORPUS/P` (stderr kept in
# FIDELITY_DIR/actual/P.stderr), then compares actual/P/<rel>.ast with expected/P/<rel>.ast|.err
# byte for byte, prints a table and writes the differing files, with the first differing position
# of each, to FIDELITY_DIR/report.txt. Exit status: 0 when every file Elixir accepted is identical
# and nothing Elixir rejected was accepted, 1 otherwise, 2 on usage/setup errors.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${FIDELITY_CORPUS:-/work/corpus}"
fdir="${FIDELITY_DIR:-/work/fidelity}"

if [[ $# -gt 1 ]]; then
  echo "usage: scripts/fidelity.sh [JAR_OR_CMD]" >&2
  exit 2
fi

if [[ $# -eq 1 ]]; then
  target="$1"
else
  shopt -s nullglob
  jars=("$root"/advisor-core/target/otp-advisor-core-*-cli.jar)
  shopt -u nullglob
  if [[ ${#jars[@]} -ne 1 ]]; then
    echo "fidelity.sh: expected exactly one advisor-core/target/otp-advisor-core-*-cli.jar, found ${#jars[@]};" \
      "build it (mvn -q -B package -DskipTests) or pass the jar" >&2
    exit 2
  fi
  target="${jars[0]}"
fi

if [[ "$target" == *.jar ]]; then
  [[ -f "$target" ]] || { echo "fidelity.sh: no such jar: $target" >&2; exit 2; }
  # shellcheck disable=SC2206
  cmd=(java ${JAVA_OPTS:-} -jar "$target")
else
  # shellcheck disable=SC2206
  cmd=($target)
fi

[[ -d "$corpus" ]] || { echo "fidelity.sh: no corpus directory $corpus (set FIDELITY_CORPUS)" >&2; exit 2; }

if [[ -n "${FIDELITY_PROJECTS:-}" ]]; then
  read -r -a projects <<<"$FIDELITY_PROJECTS"
else
  projects=()
  for d in "$corpus"/*/; do projects+=("$(basename "$d")"); done
fi
[[ ${#projects[@]} -gt 0 ]] || { echo "fidelity.sh: no projects under $corpus" >&2; exit 2; }

mkdir -p "$fdir/expected" "$fdir/actual"

for p in "${projects[@]}"; do
  src="$corpus/$p"
  [[ -d "$src" ]] || { echo "fidelity.sh: no project directory $src" >&2; exit 2; }
  exp="$fdir/expected/$p"
  if [[ "${FIDELITY_REGEN:-}" == "1" || ! -d "$exp" ]]; then
    if ! command -v elixir >/dev/null 2>&1; then
      echo "fidelity.sh: $exp is missing and 'elixir' (1.14) is not on PATH to generate it" >&2
      exit 2
    fi
    echo "fidelity.sh: generating expected dumps for $p with $(elixir --version 2>/dev/null | grep '^Elixir')" >&2
    rm -rf "$exp"
    find "$src" -type f \( -name '*.ex' -o -name '*.exs' \) | LC_ALL=C sort \
      | elixir "$root/scripts/dump.exs" "$exp" "$src" || { echo "fidelity.sh: dump.exs failed for $p" >&2; exit 2; }
  fi

  act="$fdir/actual/$p"
  rm -rf "$act"
  mkdir -p "$act"
  start=$(date +%s%N)
  "${cmd[@]}" ast --out "$act" "$src" >"$act.stdout" 2>"$act.stderr"
  rc=$?
  end=$(date +%s%N)
  echo "$rc $(((end - start) / 1000000))" >"$act.status"
  if [[ $rc -ne 0 && $rc -ne 1 ]] || [[ $rc -ne 0 && -z "$(find "$act" -type f -print -quit)" ]]; then
    echo "fidelity.sh: '${cmd[*]} ast' exited with $rc for $p; see $act.stderr:" >&2
    head -n 5 "$act.stderr" >&2
  fi
done

python3 - "$corpus" "$fdir" "${projects[@]}" <<'PY'
import os
import sys

corpus, fdir, projects = sys.argv[1], sys.argv[2], sys.argv[3:]
report_path = os.path.join(fdir, "report.txt")


def dumps_under(base, exts):
    """{relative source path: extension} for every <rel><ext> file below base."""
    found = {}
    if not os.path.isdir(base):
        return found
    for dirpath, _dirs, files in os.walk(base):
        for name in files:
            for ext in exts:
                if name.endswith(ext):
                    full = os.path.join(dirpath, name)
                    found[os.path.relpath(full, base)[: -len(ext)]] = ext
    return found


def read(path):
    with open(path, "rb") as f:
        return f.read()


def first_difference(a, b):
    n = min(len(a), len(b))
    i = 0
    # compare in blocks first, then byte by byte
    step = 4096
    while i + step <= n and a[i:i + step] == b[i:i + step]:
        i += step
    while i < n and a[i] == b[i]:
        i += 1
    return i


def context(data, pos, width=60):
    lo = max(0, pos - width)
    return data[lo:pos + width].decode("utf-8", "replace").replace("\n", "\\n")


def stderr_errors(path, src_root):
    """Maps relative source path -> first line of our error message from `path:L:C: msg` lines."""
    errors = {}
    if not os.path.exists(path):
        return errors
    prefix = src_root.rstrip("/") + "/"
    with open(path, "rb") as f:
        for raw in f:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            if not line.startswith(prefix):
                continue
            rest = line[len(prefix):]
            # the relative path ends with .ex or .exs followed by ':'
            for ext in (".exs:", ".ex:"):
                k = rest.find(ext)
                if k >= 0:
                    rel = rest[: k + len(ext) - 1]
                    errors.setdefault(rel, rest[k + len(ext):])
                    break
    return errors


rows = []
report = []
totals = dict(accepted=0, identical=0, differing=0, we_failed=0, we_accepted=0, both_failed=0,
              same_error=0, missing=0)

for p in projects:
    exp_dir = os.path.join(fdir, "expected", p)
    act_dir = os.path.join(fdir, "actual", p)
    src_root = os.path.join(corpus, p)
    expected = dumps_under(exp_dir, (".ast", ".err"))
    actual = dumps_under(act_dir, (".ast",))
    ours = stderr_errors(os.path.join(fdir, "actual", p + ".stderr"), src_root)
    status_file = os.path.join(fdir, "actual", p + ".status")
    ms = "?"
    if os.path.exists(status_file):
        ms = open(status_file).read().split()[1]
    c = dict(accepted=0, identical=0, differing=0, we_failed=0, we_accepted=0, both_failed=0,
             same_error=0, missing=0)
    for rel in sorted(expected):
        ext = expected[rel]
        exp_file = os.path.join(exp_dir, rel + ext)
        act_file = os.path.join(act_dir, rel + ".ast")
        have = rel in actual
        if ext == ".ast":
            c["accepted"] += 1
            if not have:
                c["we_failed"] += 1
                msg = ours.get(rel)
                if msg is None:
                    c["missing"] += 1
                    msg = "(no dump and no error line on stderr)"
                report.append(f"{p}/{rel}: WE FAILED, Elixir accepted: {msg}")
                continue
            e, a = read(exp_file), read(act_file)
            if e == a:
                c["identical"] += 1
            else:
                c["differing"] += 1
                pos = first_difference(e, a)
                line = e.count(b"\n", 0, pos) + 1
                report.append(
                    f"{p}/{rel}: DIFFERS at byte {pos} (dump line {line}; expected {len(e)} bytes, actual {len(a)})\n"
                    f"    expected: ...{context(e, pos)}...\n"
                    f"    actual:   ...{context(a, pos)}...")
        else:
            if have:
                c["we_accepted"] += 1
                first = read(exp_file).decode("utf-8", "replace").split("\n", 1)[0]
                report.append(f"{p}/{rel}: WE ACCEPTED, Elixir failed: {first}")
            else:
                c["both_failed"] += 1
                first = read(exp_file).decode("utf-8", "replace").split("\n", 1)[0]
                if ours.get(rel, "").strip() == first.strip():
                    c["same_error"] += 1
                else:
                    report.append(f"{p}/{rel}: both failed, different message\n"
                                  f"    elixir: {first}\n    ours:   {ours.get(rel, '(none)')}")
    # dumps we wrote for files Elixir never saw (should not happen)
    for rel in sorted(set(actual) - set(expected)):
        report.append(f"{p}/{rel}: EXTRA dump, no expected file (stale expected/? set FIDELITY_REGEN=1)")
    for k in totals:
        totals[k] += c[k]
    rows.append((p, c, ms))


def pct(c):
    return 100.0 * c["identical"] / c["accepted"] if c["accepted"] else 100.0


hdr = f"{'project':<12}{'accepted':>9}{'identical':>10}{'differ':>8}{'we fail':>9}{'we accept':>10}{'both fail':>10}{'same err':>9}{'identical%':>11}{'ms':>8}"
print(hdr)
print("-" * len(hdr))
for p, c, ms in rows:
    print(f"{p:<12}{c['accepted']:>9}{c['identical']:>10}{c['differing']:>8}{c['we_failed']:>9}"
          f"{c['we_accepted']:>10}{c['both_failed']:>10}{c['same_error']:>9}{pct(c):>10.2f}%{ms:>8}")
print("-" * len(hdr))
t = totals
print(f"{'TOTAL':<12}{t['accepted']:>9}{t['identical']:>10}{t['differing']:>8}{t['we_failed']:>9}"
      f"{t['we_accepted']:>10}{t['both_failed']:>10}{t['same_error']:>9}{pct(t):>10.2f}%")
print()
print("accepted = files Elixir 1.14 parsed; identical = our dump byte-identical to Elixir's;")
print("we fail = Elixir accepted, we did not; we accept = Elixir rejected, we produced a dump;")
print("same err = both rejected with the same first line of `line:column: message`.")
if t["missing"]:
    print(f"warning: {t['missing']} file(s) have neither a dump nor an error line from our CLI")

with open(report_path, "w", encoding="utf-8") as f:
    f.write(hdr + "\n")
    for p, c, ms in rows:
        f.write(f"{p:<12}{c['accepted']:>9}{c['identical']:>10}{c['differing']:>8}{c['we_failed']:>9}"
                f"{c['we_accepted']:>10}{c['both_failed']:>10}{c['same_error']:>9}{pct(c):>10.2f}%{ms:>8}\n")
    f.write(f"TOTAL identical {t['identical']}/{t['accepted']} = {pct(t):.2f}%\n\n")
    for line in report:
        f.write(line + "\n")
print(f"details: {report_path} ({len(report)} entries)")

sys.exit(0 if t["identical"] == t["accepted"] and t["we_accepted"] == 0 else 1)
PY
