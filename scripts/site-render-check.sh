#!/usr/bin/env bash
# Renders every HTML page of the staged site (default target/staging, built by `mvn site site:stage`) in headless
# Chromium and fails if a page does not come back as a document with a body. Screenshots of a few pages go to
# OUT (default target/site-shots) for a person to look at.
set -euo pipefail
SITE=${1:-target/staging}
OUT=${OUT:-target/site-shots}
command -v chromium >/dev/null || { echo "chromium is not installed" >&2; exit 2; }
[ -f "$SITE/index.html" ] || { echo "no site at $SITE: run mvn site site:stage first" >&2; exit 2; }
SITE=$(cd "$SITE" && pwd)
mkdir -p "$OUT"
ok=0; bad=0
while IFS= read -r page; do
  dom=$(timeout 60 chromium --headless --no-sandbox --disable-gpu --dump-dom "file://$SITE/$page" 2>/dev/null || true)
  if grep -q "</body>" <<<"$dom"; then ok=$((ok + 1)); else bad=$((bad + 1)); echo "not rendered: $page"; fi
done < <(cd "$SITE" && find . -name '*.html' | sed 's#^\./##' | sort)
for page in index.html otp-advisor-maven-plugin/analyze-mojo.html otp-advisor-core/rules/OTP004.html; do
  [ -f "$SITE/$page" ] && timeout 60 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --window-size=1366,900 --screenshot="$OUT/$(tr '/' '_' <<<"${page%.html}").png" "file://$SITE/$page" 2>/dev/null || true
done
echo "$ok pages rendered, $bad not; screenshots in $OUT"
[ "$bad" -eq 0 ]
