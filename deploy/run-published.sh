#!/usr/bin/env bash
# Validates the deployment without a container tool: publishes the web host to a temporary folder and runs it exactly as
# deploy/Dockerfile's entrypoint does: `dotnet Assistant.Web.dll` from the publish folder as working directory, as a
# non-root user, with the folder read-only except data/ (as the image: /app read-only, /app/data a volume), with the
# image's environment. Then checks: /readyz 200 (appsettings.json and the knowledge were published), a question answered
# with its date, the page served with its CSP and Web Chat's bundle, and a start with a missing knowledge folder logging
# an error with the path. Not part of the test command (publishing takes minutes); run it by hand or in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
user=${RUN_AS:-nobody}
port=${PORT:-18080}
work=$(mktemp -d)
app="$work/app"
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

echo "publishing to $app"
dotnet publish src/Assistant.Web -c Release -o "$app" -nologo -v q
for needed in appsettings.json knowledge/vacancies wwwroot/index.html wwwroot/lib/webchat.js; do
  [ -e "$app/$needed" ] || { echo "FAIL: the publish output lacks $needed"; exit 1; }
done

mkdir -p "$app/data"
chown -R root:root "$app" && chmod -R a-w "$app" && chmod 0755 "$app" && chown "$user" "$app/data" && chmod u+w "$app/data"
# The user must be able to traverse to the app.
chmod 0755 "$work"

start() { # $1 = log file, rest = extra environment
  local log=$1; shift
  (cd "$app" && env -i PATH="$PATH" HOME=/tmp DOTNET_CLI_HOME=/tmp \
      ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production DOTNET_EnableDiagnostics=0 \
      Assistant__Storage__DataPath="$app/data" Assistant__Knowledge__Watch=false "$@" \
      runuser -u "$user" -- dotnet Assistant.Web.dll >"$log" 2>&1) &
  pid=$!
}

wait_ready() {
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  return 1
}

start "$work/run.log"
if ! wait_ready; then echo "FAIL: /readyz never became 200"; cat "$work/run.log"; exit 1; fi
echo "ok - /readyz 200 as $user from the read-only publish folder"

reply=$(curl -fsS -X POST "http://127.0.0.1:$port/api/messages" -H 'Content-Type: application/json' \
  -d '{"type":"message","id":"m1","channelId":"webchat","from":{"id":"u1"},"recipient":{"id":"b1"},"conversation":{"id":"deploy-check"},"text":"Tot wanneer kan ik solliciteren in Harelbeke?","deliveryMode":"expectReplies"}')
grep -q "december 2025" <<<"$reply" || { echo "FAIL: no dated answer: $reply"; exit 1; }
echo "ok - a question is answered from the published knowledge"

headers=$(curl -fsS -D - -o /dev/null "http://127.0.0.1:$port/")
grep -qi "^content-security-policy: .*script-src 'self'" <<<"$headers" || { echo "FAIL: no CSP on /"; exit 1; }
curl -fsS -o /dev/null "http://127.0.0.1:$port/lib/webchat.js" || { echo "FAIL: webchat.js not served"; exit 1; }
echo "ok - the page is served with its Content-Security-Policy and Web Chat's bundle"
[ -n "$(ls -A "$app/data")" ] && echo "ok - state written to data/ only ($(ls "$app/data" | tr '\n' ' '))"
kill "$pid"; wait "$pid" 2>/dev/null || true

start "$work/missing.log" Assistant__Knowledge__Path=/nonexistent/knowledge
sleep 8
kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
grep -q "fail: .*KnowledgeStarter" "$work/missing.log" && grep -q "/nonexistent/knowledge" "$work/missing.log" \
  || { echo "FAIL: a missing knowledge folder was not logged as an error with its path"; cat "$work/missing.log"; exit 1; }
echo "ok - a missing knowledge folder is logged as an error with its path"
echo "all deployment checks passed"
