#!/usr/bin/env bash
# Load test (a benchmark, not part of the test command): 100 concurrent conversations against our
# /api/messages (expectReplies) and against a Bot Framework JS SDK echo bot measured the same way.
#   tests/load/run.sh [--seconds 20] [--conversations 100]
# Everything binds to 127.0.0.1 and stops by itself.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds=20; conversations=100
while [ $# -gt 0 ]; do case "$1" in --seconds) seconds="$2"; shift 2;; --conversations) conversations="$2"; shift 2;; *) echo "unknown option $1"; exit 2;; esac; done
[ -d "$here/echo-bot/node_modules/botbuilder" ] || npm ci --prefix "$here/echo-bot" --no-audit --no-fund >/dev/null 2>&1 || npm install --prefix "$here/echo-bot" --no-audit --no-fund >/dev/null
dotnet build "$root/src/Assistant.Web" -c Release -v q -nologo >/dev/null
data="$(mktemp -d)"
cleanup() { kill "${web:-}" "${echo_pid:-}" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
( cd "$root" && Assistant__Storage__DataPath="$data" Assistant__Web__PermitsPerIpPerMinute=1000000 Assistant__Web__PermitsPerConversationPerMinute=1000000 \
    Logging__LogLevel__Default=Warning dotnet "src/Assistant.Web/bin/Release/net10.0/Assistant.Web.dll" --urls http://127.0.0.1:5081 ) & web=$!
node "$here/echo-bot/index.js" 3979 & echo_pid=$!
for i in $(seq 1 60); do curl -sf http://127.0.0.1:5081/readyz >/dev/null 2>&1 && break; sleep 1; done
sleep 1
node "$here/load.js" http://127.0.0.1:5081/api/messages --conversations "$conversations" --seconds 3 --label warm-up >/dev/null || true
node "$here/load.js" http://127.0.0.1:5081/api/messages --conversations "$conversations" --seconds "$seconds" --label "assistant /api/messages"
node "$here/load.js" http://127.0.0.1:3979/api/messages --conversations "$conversations" --seconds 3 --label warm-up >/dev/null || true
node "$here/load.js" http://127.0.0.1:3979/api/messages --conversations "$conversations" --seconds "$seconds" --label "botbuilder echo bot"
