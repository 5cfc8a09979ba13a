#!/usr/bin/env bash
# Load benchmark (not part of the test command): 100 concurrent conversations asking mixed questions
# (tests/load/questions.txt) against
#   - our /api/messages (deliveryMode expectReplies),
#   - our Direct Line 3.0 endpoint (start with the secret, POST the activity, the reply from the conversation's
#     WebSocket stream as Web Chat gets it; once more for saturation with polling: GET ?watermark= after each POST),
#   - a Bot Framework JS SDK echo bot (botbuilder 4.23.3 + express, no auth; tests/load/echo-bot) measured like /api/messages,
# each (a) closed loop = saturation throughput and (b) open loop at a fixed offered rate = latency (measured from the
# scheduled send time, so a slow server is not hidden). The client is tests/load/LoadClient (.NET, Release).
#   tests/load/run.sh [--seconds 20] [--warmup 5] [--conversations 100] [--rate 1000]
# Target of the issue: p99 <= 15 ms and throughput at least the echo bot's. Everything binds to 127.0.0.1 and stops by itself.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds=20; warmup=5; conversations=100; rate=1000
web_port=5081; echo_port=3979
usage() { echo "usage: $0 [--seconds 20] [--warmup 5] [--conversations 100] [--rate 1000]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2;;
    --warmup) warmup="$2"; shift 2;;
    --conversations) conversations="$2"; shift 2;;
    --rate) rate="$2"; shift 2;;
    *) echo "unknown option $1" >&2; usage;;
  esac
done

for port in "$web_port" "$echo_port"; do
  if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then echo "127.0.0.1:$port is already in use" >&2; exit 1; fi
done

# Builds may collide with other builds in the same checkout (file locks): retry a few times.
build() { for attempt in 1 2 3 4 5; do dotnet build "$1" -c Release -v q -nologo >/dev/null && return 0; sleep 5; done; dotnet build "$1" -c Release -v q -nologo; }
[ -d "$here/echo-bot/node_modules/botbuilder" ] || npm ci --prefix "$here/echo-bot" --no-audit --no-fund >/dev/null 2>&1 || npm install --prefix "$here/echo-bot" --no-audit --no-fund >/dev/null
build "$root/src/Assistant.Web"
build "$here/LoadClient"
client="$here/LoadClient/bin/Release/net10.0/LoadClient.dll"

data="$(mktemp -d)"
secret="$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
cleanup() {
  [ -n "${web:-}" ] && kill "$web" 2>/dev/null || true
  [ -n "${echo_pid:-}" ] && kill "$echo_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

# The host runs from its project folder so its content root (wwwroot) is found; appsettings.json and knowledge/ are
# found by walking up to the repository root. Rate limits are raised far above what the run can send: per client IP
# (/api/*, POST /v3/directline/conversations) and per conversation (/api/messages and Direct Line posts).
( cd "$root/src/Assistant.Web" && exec env \
    Assistant__Storage__DataPath="$data" \
    Assistant__Knowledge__Watch=false \
    Assistant__Web__PermitsPerIpPerMinute=1000000 \
    Assistant__Web__PermitsPerConversationPerMinute=1000000 \
    Assistant__DirectLine__Secret="$secret" \
    Logging__LogLevel__Default=Warning \
    dotnet bin/Release/net10.0/Assistant.Web.dll --urls "http://127.0.0.1:$web_port" --contentRoot "$root/src/Assistant.Web" ) & web=$!
node "$here/echo-bot/index.js" "$echo_port" >/dev/null & echo_pid=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$web_port/readyz" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "http://127.0.0.1:$web_port/readyz" >/dev/null || { echo "the web host did not get ready" >&2; exit 1; }
for _ in $(seq 1 30); do curl -s -o /dev/null "http://127.0.0.1:$echo_port/" && break; sleep 0.5; done

echo "load benchmark: $conversations conversations, ${warmup} s warm-up + ${seconds} s measured, open loop at $rate req/s; $(nproc) cores;$(uptime | sed 's/.*load average/ load average/')"
status=0
results=()
hz="$(getconf CLK_TCK)"
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; } # utime + stime of a process, in clock ticks
measure() { # measure LABEL URL MODE SERVER_PID [extra client options...]
  local label="$1" url="$2" mode="$3" pid="$4"; shift 4
  local line before after started ended
  before="$(cpu_ticks "$pid")"; started="$(date +%s.%N)"
  line="$(dotnet "$client" --url "$url" --mode "$mode" --secret "$secret" --conversations "$conversations" --seconds "$seconds" --warmup "$warmup" --label "$label" "$@" 2>"$data/client.err")" || status=1
  after="$(cpu_ticks "$pid")"; ended="$(date +%s.%N)"
  echo "$line"
  # The server's CPU over the whole client run (warm-up included) and what the client reported (its cores, errors by kind).
  awk -v b="$before" -v a="$after" -v hz="$hz" -v s="$started" -v e="$ended" 'BEGIN { printf "    server used %.2f cores;", (a - b) / hz / (e - s) }'
  awk -v l="$label: " '{ if (index($0, l) == 1) $0 = substr($0, length(l) + 1); printf " %s;", $0 } END { print "" }' "$data/client.err"
  results+=("$line")
  sleep 1
}
assistant="http://127.0.0.1:$web_port"; echo_bot="http://127.0.0.1:$echo_port"
# Warm the servers up first (JIT tiering, caches, SQLite): without this the first measured target came out up to 2x slower.
for target in "$assistant messages" "$assistant directline" "$echo_bot messages"; do
  set -- $target
  dotnet "$client" --url "$1" --mode "$2" --secret "$secret" --conversations "$conversations" --seconds 10 --warmup 0 --label "warm-up $2" >/dev/null 2>&1 || true
done
measure "assistant /api/messages, saturation" "$assistant" messages "$web"
measure "assistant Direct Line, saturation" "$assistant" directline "$web"
measure "assistant Direct Line polling, saturation" "$assistant" directline "$web" --transport polling
measure "botbuilder echo bot, saturation" "$echo_bot" messages "$echo_pid"
measure "assistant /api/messages, $rate/s" "$assistant" messages "$web" --rate "$rate"
measure "assistant Direct Line, $rate/s" "$assistant" directline "$web" --rate "$rate"
measure "botbuilder echo bot, $rate/s" "$echo_bot" messages "$echo_pid" --rate "$rate"

# The verdict: p99 <= 15 ms at the offered rate, and saturation throughput at least the echo bot's (a Direct Line
# "request" is a whole turn: POST the activity + the reply on the stream; with polling two HTTP round trips).
throughput() { printf '%s\n' "${results[@]}" | grep -F "$1" | sed -n 's/.* = \([0-9.]*\) req\/s.*/\1/p' | head -1; }
p99() { printf '%s\n' "${results[@]}" | grep -F "$1" | sed -n 's/.*p99 \([0-9.]*\) ms.*/\1/p' | head -1; }
echo_tp="$(throughput "botbuilder echo bot, saturation")"
for target in "assistant /api/messages" "assistant Direct Line"; do
  tp="$(throughput "$target, saturation")"; p="$(p99 "$target, $rate/s")"
  awk -v t="$target" -v tp="${tp:-0}" -v e="${echo_tp:-0}" -v p="${p:-999999}" -v r="$rate" 'BEGIN {
    printf "%s: throughput %.0f vs echo bot %.0f req/s (%s); p99 at %s/s %.2f ms (%s)\n", t, tp, e, (tp >= e ? "ok" : "BELOW"), r, p, (p <= 15 ? "ok" : "ABOVE 15 ms") }'
done
echo "load average after: $(uptime | sed 's/.*load average: //')"
exit "$status"
