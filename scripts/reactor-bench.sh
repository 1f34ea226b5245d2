#!/usr/bin/env bash
# The plugin in a polyglot reactor, timed the way users build it (issue 13): an Elixir application copied in as
# a Maven module (elixir/) beside a small Java module (java/), under a folder holding .git, built with
#   verify                              the lifecycle build, analyze in every module (formats json,sarif,html),
#                                       its facts cache warm after the first run
#   verify -Dotp-advisor.analysisCache=false   the same, every file parsed (cold analysis, warm Maven)
#   verify -Dotp-advisor.skip=true      the same build without the plugin: the difference is what analyze adds
#   verify -Dotp-advisor.formats=json   the goal's default format only, with and without the analysis cache
#   otp-advisor:analyze                 the goal invoked at the root (runs in every module)
#   -T 2 verify                         the parallel build
#   site                                the site report (target/site/otp-advisor.html and otp-advisor/)
# Each is a whole Maven process, median of RUNS. The plugin and core are installed into a private local
# repository (a copy of ~/.m2/repository), so other builds on the machine cannot swap them mid-run.
#
#   scripts/reactor-bench.sh [-n RUNS] APP_DIR [WORK_DIR]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=3
if [ "${1:-}" = "-n" ]; then runs="$2"; shift 2; fi
app="${1:?usage: reactor-bench.sh [-n RUNS] APP_DIR [WORK_DIR]}"
work="${2:-$(mktemp -d /tmp/otp-reactor-bench.XXXXXX)}"
repo="$work/m2"
reactor="$work/reactor"

if [ ! -d "$repo" ]; then
  mkdir -p "$repo" && cp -r "$HOME/.m2/repository/." "$repo/"
fi
(cd "$root" && mvn -q -B -o install -DskipTests -Dinvoker.skip -Dmaven.repo.local="$repo")
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)" # the reactor's own version

rm -rf "$reactor" && mkdir -p "$reactor/.git" "$reactor/elixir" "$reactor/java/src/main/java/shop"
(cd "$app" && tar --exclude=.git --exclude=deps --exclude=_build --exclude=node_modules -cf - .) | tar -xf - -C "$reactor/elixir"
echo 'package shop; public class Price { public static int twice(int x) { return 2 * x; } }' \
  > "$reactor/java/src/main/java/shop/Price.java"
pins=""
for p in clean:3.4.0 resources:3.3.1 compiler:3.13.0 surefire:3.5.2 jar:3.4.2 install:3.1.3 site:3.21.0; do
  pins="$pins<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-${p%%:*}-plugin</artifactId><version>${p##*:}</version></plugin>"
done
plugin="<groupId>io.github.otpadvisor</groupId><artifactId>otp-advisor-maven-plugin</artifactId>"
cat > "$reactor/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>measure</groupId><artifactId>reactor</artifactId><version>1.0</version><packaging>pom</packaging>
  <modules><module>elixir</module><module>java</module></modules>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <otp-advisor.formats>json,sarif,html</otp-advisor.formats>
    <otp-advisor.failOnSeverity>none</otp-advisor.failOnSeverity>
  </properties>
  <build>
    <pluginManagement><plugins>$pins<plugin>$plugin<version>$version</version></plugin></plugins></pluginManagement>
    <plugins><plugin>$plugin<executions><execution><goals><goal>analyze</goal></goals></execution></executions></plugin></plugins>
  </build>
  <reporting><excludeDefaults>true</excludeDefaults><plugins><plugin>$plugin<version>$version</version></plugin></plugins></reporting>
</project>
POM
for m in elixir java; do
  packaging=$([ "$m" = elixir ] && echo pom || echo jar)
  cat > "$reactor/$m/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>measure</groupId><artifactId>reactor</artifactId><version>1.0</version></parent>
  <artifactId>$m</artifactId><packaging>$packaging</packaging>
</project>
POM
done
mkdir -p "$reactor/src/site"
cat > "$reactor/src/site/site.xml" <<SITE
<?xml version="1.0" encoding="UTF-8"?>
<site xmlns="http://maven.apache.org/SITE/2.0.0">
  <skin><groupId>org.apache.maven.skins</groupId><artifactId>maven-fluido-skin</artifactId><version>2.1.0</version></skin>
  <body><menu ref="reports"/></body>
</site>
SITE
files=$(find "$reactor/elixir" -name '*.ex' -o -name '*.exs' | wc -l)
echo "reactor: $reactor ($files Elixir files from $app), $runs runs each, median wall seconds"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # label, then the maven arguments
  local label="$1"; shift
  local times=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e" -o "$work/time.txt" mvn -B -o -Dmaven.repo.local="$repo" -f "$reactor/pom.xml" "$@" \
      > "$work/last.log" 2>&1 || true
    grep -q "BUILD SUCCESS" "$work/last.log" || { echo "$label failed, see $work/last.log"; exit 1; }
    times+=("$(tail -1 "$work/time.txt")")
  done
  printf '%-40s %s\n' "$label" "$(printf '%s\n' "${times[@]}" | median)"
}
measure "verify" verify
measure "verify, no analysis cache" verify -Dotp-advisor.analysisCache=false
measure "verify -Dotp-advisor.skip=true" verify -Dotp-advisor.skip=true
# The goal's default format alone (json): what a build that does not ask for the pages pays.
measure "verify, formats json (the default)" verify -Dotp-advisor.formats=json
measure "verify, formats json, no analysis cache" verify -Dotp-advisor.formats=json -Dotp-advisor.analysisCache=false
measure "otp-advisor:analyze (at the root)" "io.github.otpadvisor:otp-advisor-maven-plugin:$version:analyze"
measure "-T 2 verify" -T 2 verify
measure "site" site
echo "site report: $reactor/target/site/otp-advisor.html, $reactor/elixir/target/site/otp-advisor.html"
