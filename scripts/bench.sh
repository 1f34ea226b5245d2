#!/usr/bin/env bash
# Whole-process timings of `analyze`, the way users run it (cold JVM, JVM start included), beside Elixir's own
# parser and, when pointed at one, Credo, over the same directories. Prints the medians and the ratios the
# performance notes quote (issue 14).
#
#   scripts/bench.sh [-n RUNS] [-j JAR] [--credo | --credo-dir CREDO] DIR...
#
#   -n RUNS          runs per measurement, the median is kept (default 3)
#   -j JAR           the runnable jar (default: advisor-core/target/otp-advisor-core-*-cli.jar)
#   --credo          also time `mix credo --strict` in each DIR that has a mix.exs (Credo must be among that
#                    project's dependencies, fetched and compiled beforehand: the timing is Credo's run only)
#   --credo-dir CREDO   instead, a Credo built by scripts/credo-build.sh: `mix credo --strict --working-dir DIR`
#                    from there, with DIR's own .credo.exs unless it requires files (its own checks), else with
#                    Credo's default configuration
#   JAVA_OPTS        extra options for java (e.g. -XX:TieredStopAtLevel=1 to compare JIT settings)
#   JAVA_HOME        the JDK both ways run on (default: java on PATH); the launcher makes an ahead-of-time cache
#                    on JDK 25+, a class-data sharing archive before
#
# Measurements (each a whole process, wall time and peak RSS from /usr/bin/time):
#   analyze   java -jar JAR analyze --format json --fail-on none DIR...  (output discarded, no cache: cold)
#   warm      the same with --cache DIR, after one run that filled the cache: nothing changed since
#   launcher  both again through scripts/otp-advisor (its JVM settings and archive of loaded classes, made by a
#             run before the timed ones); the ratios to Elixir and Credo are the launcher's
#   warm-1    the launcher with a warm cache after one file changed (a hard-linked copy of the folders, one .ex
#             file of it given a new last line before each run): one file's work plus the linking
#   elixir    Elixir's Code.string_to_quoted over the same .ex/.exs files (skipped without `elixir`)
#   credo     mix credo --strict in each DIR with a mix.exs (only with --credo), and the ratio to a cold launcher
#             analyze of that DIR, the two alternating run by run
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=3
jar=""
credo=""
credo_dir=""
dirs=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    -j) jar="$2"; shift 2 ;;
    --credo) credo=1; shift ;;
    --credo-dir) credo_dir="$(cd "$2" && pwd)"; credo=1; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) dirs+=("$1"); shift ;;
  esac
done
if [ ${#dirs[@]} -eq 0 ]; then
  echo "usage: scripts/bench.sh [-n RUNS] [-j JAR] [--credo | --credo-dir CREDO] DIR..." >&2
  exit 2
fi
if [ -z "$jar" ]; then
  jar="$(ls "$root"/advisor-core/target/otp-advisor-core-*-cli.jar 2>/dev/null | head -1)"
fi
if [ ! -f "$jar" ]; then
  echo "no runnable jar: build it with mvn -q package -DskipTests -pl advisor-core, or pass -j JAR" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "needs /usr/bin/time (apt-get install -y time)" >&2
  exit 2
fi

java=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# The files Elixir reads: what otp-advisor's scan reads (dependency and build folders left out).
find "${dirs[@]}" \( -name deps -o -name _build -o -name node_modules -o -name .elixir_ls -o -name cover \
  -o -name .git \) -prune -o -type f \( -name '*.ex' -o -name '*.exs' \) -print > "$tmp/files"
count=$(wc -l < "$tmp/files")
bytes=$(tr '\n' '\0' < "$tmp/files" | xargs -0 cat | wc -c)

# One measurement: RUNS whole-process runs of "$@"; prints "median_wall_s median_peak_mb median_cpu_s" (CPU is
# user + system time: on a shared machine it moves less than the wall time).
measure() {
  local i
  : > "$tmp/t"
  for ((i = 0; i < runs; i++)); do
    once "$tmp/t" "$@"
  done
  medians "$tmp/t"
}

# One whole-process run of "$@", its /usr/bin/time line appended to the file $1.
once() {
  local to="$1"
  shift
  /usr/bin/time -f "%e %M %U %S" -o "$tmp/one" "$@" > /dev/null 2> "$tmp/err" || true
  tail -1 "$tmp/one" >> "$to"
}

# The medians of a file of /usr/bin/time lines ("wall peak_kb user system"): "wall_s peak_mb cpu_s".
medians() {
  python3 - "$1" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
print(f"{statistics.median(float(r[0]) for r in rows):.2f} {statistics.median(int(r[1]) for r in rows) / 1024:.0f}"
      f" {statistics.median(float(r[2]) + float(r[3]) for r in rows):.2f}")
PY
}

cat > "$tmp/parse.exs" <<'EXS'
files = File.read!(System.fetch_env!("BENCH_FILES")) |> String.split("\n", trim: true)
Enum.each(files, fn f ->
  try do
    Code.string_to_quoted(File.read!(f), columns: true, token_metadata: true)
  rescue
    _ -> :error
  end
end)
EXS

printf '%s files, %.1f MB, %s runs each (medians, whole processes), %s\n' "$count" "$(echo "$bytes / 1048576" | bc -l)" "$runs" \
  "$("$java" -version 2>&1 | head -1)"
read -r a_wall a_mb a_cpu < <(measure "$java" ${JAVA_OPTS:-} -jar "$jar" analyze --format json --fail-on none --no-cache \
  "${dirs[@]}")
printf '%-10s %8s s %7s MB %7s s CPU\n' analyze "$a_wall" "$a_mb" "$a_cpu"
"$java" ${JAVA_OPTS:-} -jar "$jar" analyze --format json --fail-on none --cache "$tmp/cache" "${dirs[@]}" > /dev/null 2>&1
read -r w_wall w_mb w_cpu < <(measure "$java" ${JAVA_OPTS:-} -jar "$jar" analyze --format json --fail-on none \
  --cache "$tmp/cache" "${dirs[@]}")
printf '%-10s %8s s %7s MB %7s s CPU   %.1fx faster than cold\n' warm "$w_wall" "$w_mb" "$w_cpu" \
  "$(echo "$a_wall / $w_wall" | bc -l)"
export OTP_ADVISOR_JAR="$jar" OTP_ADVISOR_CDS="$tmp/cds"
launcher=("$root/scripts/otp-advisor" analyze --format json --fail-on none)
"${launcher[@]}" --no-cache "${dirs[@]}" > /dev/null 2>&1 # writes the archive of loaded classes
read -r a_wall a_mb a_cpu < <(measure "${launcher[@]}" --no-cache "${dirs[@]}")
printf '%-10s %8s s %7s MB %7s s CPU   (scripts/otp-advisor)\n' analyze "$a_wall" "$a_mb" "$a_cpu"
read -r w_wall w_mb w_cpu < <(measure "${launcher[@]}" --cache "$tmp/cache" "${dirs[@]}")
printf '%-10s %8s s %7s MB %7s s CPU   (scripts/otp-advisor) %.1fx faster than cold\n' warm "$w_wall" "$w_mb" \
  "$w_cpu" "$(echo "$a_wall / $w_wall" | bc -l)"
# One file changed since the cached run: a copy of the folders (hard links), one .ex file of it rewritten (its link
# broken first, so the original stays as it is) with a new last line before each run.
copies=()
for i in "${!dirs[@]}"; do
  mkdir -p "$tmp/tree/$i" && cp -al "${dirs[$i]}" "$tmp/tree/$i/" && copies+=("$tmp/tree/$i/$(basename "${dirs[$i]}")")
done
changed="$(find "${copies[0]}" -name '*.ex' -not -path '*/deps/*' -not -path '*/_build/*' | sort | head -1)"
if [ -n "$changed" ]; then
  "${launcher[@]}" --cache "$tmp/cache2" "${copies[@]}" > /dev/null 2>&1
  {
    echo '#!/usr/bin/env bash'
    printf 'f=%q; keep=%q\n' "$changed" "$tmp/changed.ex"
    echo 'cp "$f" "$keep" && rm -f "$f" && { cat "$keep"; echo "# bench $RANDOM"; } > "$f"'
    printf 'exec %s --cache %q %s\n' "${launcher[*]@Q}" "$tmp/cache2" "${copies[*]@Q}"
  } > "$tmp/changed.sh"
  chmod +x "$tmp/changed.sh"
  read -r o_wall o_mb o_cpu < <(measure "$tmp/changed.sh")
  printf '%-10s %8s s %7s MB %7s s CPU   (scripts/otp-advisor) one file changed: %.1fx faster than cold\n' warm-1 \
    "$o_wall" "$o_mb" "$o_cpu" "$(echo "$a_wall / $o_wall" | bc -l)"
fi
if command -v elixir > /dev/null; then
  read -r e_wall e_mb e_cpu < <(BENCH_FILES="$tmp/files" measure elixir "$tmp/parse.exs")
  printf '%-10s %8s s %7s MB %7s s CPU   analyze is %.1fx faster than Elixir parse-only (warm: %.1fx)\n' elixir \
    "$e_wall" "$e_mb" "$e_cpu" "$(echo "$e_wall / $a_wall" | bc -l)" "$(echo "$e_wall / $w_wall" | bc -l)"
fi
if [ -n "$credo" ]; then
  for d in "${dirs[@]}"; do
    [ -f "$d/mix.exs" ] || continue
    if [ -n "$credo_dir" ]; then
      config=()
      # A project configuration that requires files of its own tooling (not in a copy of its sources) cannot load.
      if [ ! -f "$d/.credo.exs" ] || grep -q 'requires: \[[^]]' "$d/.credo.exs"; then
        config=(--config-file "$credo_dir/../default.credo.exs")
      fi
      credo_cmd=(env MIX_ENV=prod mix credo --strict "${config[@]}" --working-dir "$(cd "$d" && pwd)")
      credo_in="$credo_dir"
    else
      credo_cmd=(mix credo --strict)
      credo_in="$d"
    fi
    # Credo and analyze alternate, one run of each per round: a shared machine drifts by a fifth within minutes,
    # and the ratio should compare runs made under the same load.
    : > "$tmp/credo"
    : > "$tmp/alone"
    for ((i = 0; i < runs; i++)); do
      (cd "$credo_in" && once "$tmp/credo" "${credo_cmd[@]}")
      once "$tmp/alone" "${launcher[@]}" --no-cache "$d"
    done
    read -r c_wall c_mb _ < <(medians "$tmp/credo")
    read -r d_wall _ < <(medians "$tmp/alone")
    printf '%-10s %8s s %7s MB   (%s)\n' credo "$c_wall" "$c_mb" "$d"
    printf '%-10s %8s s            analyze of %s alone (runs alternating with Credo): %.1fx faster than Credo\n' \
      '' "$d_wall" "$d" "$(echo "$c_wall / $d_wall" | bc -l)"
  done
fi
