#!/usr/bin/env bash
# Soak run (not part of the test command): N conversations for M minutes across TWO instances of the web host on one
# PostgreSQL database, every conversation alternating between the instances turn by turn (POST /api/messages with
# expectReplies, closed loop). Prints turns/s, p50/p99, errors, lost turns (acknowledged by a host but not in the store)
# and each host's memory (RSS, the resident set of the host process) after the warm-up, every --sample seconds (30) and
# at the end, then the whole memory series per host and its growth from the warm-up to the end.
#   tests/load/soak.sh [--minutes 10] [--conversations 200] [--warmup 15] [--sample 30] [--rate R] [--connection "Host=...;Database=..."] [--echo]
# --echo is the baseline: the same harness (client, two instances, conversations alternating, duration, sampling) against
# two instances of the Bot Framework JS SDK echo bot (tests/load/echo-bot: the engine, the store and PostgreSQL replaced by
# an echo), so turns/s and p99 can be compared; lost turns are not counted there (an echo stores nothing).
# Without --rate the loop is closed (saturation: turns/s is the capacity, latency includes queueing); with --rate R the
# conversations send R turns/s in total (open loop: latency from the scheduled send time).
# Without --connection a throwaway PostgreSQL is started from Debian's binaries (initdb + pg_ctl in a temp folder on
# 127.0.0.1, as the postgres user when run as root), like the tests do. Everything binds to 127.0.0.1 and stops by itself.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
minutes=10; conversations=200; warmup=15; sample=30; connection=""; rate_args=(); echo_mode=0
ports=(5091 5092); pg_port=5491
usage() { echo "usage: $0 [--minutes 10] [--conversations 200] [--warmup 15] [--sample 30] [--rate R] [--connection CONNECTION_STRING] [--echo]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes="$2"; shift 2;;
    --conversations) conversations="$2"; shift 2;;
    --warmup) warmup="$2"; shift 2;;
    --connection) connection="$2"; shift 2;;
    --rate) rate_args=(--rate "$2"); shift 2;;
    --sample) sample="$2"; shift 2;;
    --echo) echo_mode=1; shift;;
    *) echo "unknown option $1" >&2; usage;;
  esac
done
seconds="$(awk -v m="$minutes" 'BEGIN { printf "%d", m * 60 }')"

for port in "${ports[@]}"; do
  if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then echo "127.0.0.1:$port is already in use" >&2; exit 1; fi
done

build() { for attempt in 1 2 3 4 5; do dotnet build "$1" -c Release -v q -nologo >/dev/null && return 0; sleep 5; done; dotnet build "$1" -c Release -v q -nologo; }
if [ "$echo_mode" = 1 ]; then
  [ -d "$here/echo-bot/node_modules/botbuilder" ] || npm ci --prefix "$here/echo-bot" --no-audit --no-fund >/dev/null 2>&1 || npm install --prefix "$here/echo-bot" --no-audit --no-fund >/dev/null
else
  build "$root/src/Assistant.Web"
fi
build "$here/LoadClient"
client="$here/LoadClient/bin/Release/net10.0/LoadClient.dll"

work="$(mktemp -d)"
hosts=()
cleanup() {
  for pid in "${hosts[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "${sampler:-}" ] && kill "$sampler" 2>/dev/null || true
  wait 2>/dev/null || true
  if [ -n "${pg_ctl:-}" ]; then as_pg "$pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

as_pg() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$echo_mode" = 1 ]; then
  psql_cmd=()
elif [ -z "$connection" ]; then
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (scripts/setup.sh installs Debian's postgresql), or pass --connection" >&2; exit 1; }
  pg_ctl="$bin/pg_ctl"
  mkdir -p "$work/pg"; chmod 711 "$work"; [ "$(id -u)" = "0" ] && chown postgres "$work/pg"
  as_pg "$bin/initdb" -D "$work/pg/data" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
  as_pg "$pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $work/pg -c max_connections=300" start >/dev/null
  as_pg "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE soak;" >/dev/null
  connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=soak;Maximum Pool Size=100"
  psql_cmd=(as_pg "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d soak -tAc)
else
  psql_cmd=()
fi

secret="$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
signing="$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')"
for port in "${ports[@]}"; do
  if [ "$echo_mode" = 1 ]; then
    node "$here/echo-bot/index.js" "$port" >"$work/host-$port.log" 2>&1 &
    hosts+=($!)
    continue
  fi
  ( cd "$root/src/Assistant.Web" && exec env \
      Assistant__Storage__Provider=postgres \
      Assistant__Storage__ConnectionString="$connection" \
      Assistant__Knowledge__Watch=false \
      Assistant__Web__PermitsPerIpPerMinute=1000000 \
      Assistant__Web__PermitsPerConversationPerMinute=1000000 \
      Assistant__DirectLine__Secret="$secret" \
      Assistant__DirectLine__SigningKey="$signing" \
      Logging__LogLevel__Default=Warning \
      dotnet bin/Release/net10.0/Assistant.Web.dll --urls "http://127.0.0.1:$port" --contentRoot "$root/src/Assistant.Web" ) >"$work/host-$port.log" 2>&1 &
  hosts+=($!)
done
ready_path=/readyz; [ "$echo_mode" = 1 ] && ready_path=/
ready() { if [ "$echo_mode" = 1 ]; then curl -s -o /dev/null "http://127.0.0.1:$1$ready_path"; else curl -sf -o /dev/null "http://127.0.0.1:$1$ready_path"; fi; }
for port in "${ports[@]}"; do
  for _ in $(seq 1 90); do ready "$port" 2>/dev/null && break; sleep 1; done
  ready "$port" || { echo "the host on $port did not get ready:" >&2; tail -20 "$work/host-$port.log" >&2; exit 1; }
done

# The process of each host (the subshell execs dotnet, so the pid is the host's; the echo bot's node process).
rss() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
rss_all() { local out=""; for pid in "${hosts[@]}"; do out+="$(rss "$pid") MB "; done; echo "${out% }"; }

what="the assistant on PostgreSQL"; [ "$echo_mode" = 1 ] && what="the botbuilder echo bot (baseline)"
echo "soak: $conversations conversations alternating between 2 instances of $what (ports ${ports[*]}), ${warmup} s warm-up + ${minutes} min, memory every ${sample} s; $(nproc) cores;$(uptime | sed 's/.*load average/ load average/')"
dotnet "$client" --url "http://127.0.0.1:${ports[0]}" --url2 "http://127.0.0.1:${ports[1]}" --conversations "$conversations" \
  --seconds "$seconds" --warmup "$warmup" "${rate_args[@]}" --label soak --json >"$work/result.json" 2>"$work/client.err" &
client_pid=$!
sleep "$warmup"
start_rss="$(rss_all)"
echo "RSS after warm-up: $start_rss"
# One line per sample, "seconds host1 host2", into a file the summary reads (and echoed as it goes).
echo "0 $start_rss" | sed 's/ MB//g' >"$work/memory"
( t=0; while sleep "$sample"; do t=$((t + sample)); line="$(rss_all)"; echo "$t $line" | sed 's/ MB//g' >>"$work/memory"; echo "  RSS at +${t} s: $line"; done ) & sampler=$!
wait "$client_pid" || true
kill "$sampler" 2>/dev/null || true
end_rss="$(rss_all)"
echo "end $end_rss" | sed 's/ MB//g' >>"$work/memory"

result="$(cat "$work/result.json")"
[ -n "$result" ] || { echo "the load client failed:" >&2; cat "$work/client.err" >&2; exit 1; }
field() { echo "$result" | sed -n "s/.*\"$1\":\([0-9.]*\).*/\1/p"; }
answered="$(field answered)"; errors="$(field errors)"
if [ "$echo_mode" = 1 ]; then
  stored="n/a (echo)"; unpaired=0; lost=0
elif [ ${#psql_cmd[@]} -gt 0 ]; then
  stored="$("${psql_cmd[@]}" "SELECT COUNT(*) FROM transcript WHERE role = 'user' AND conversation_id LIKE 'webchat:load-%';")"
  unpaired="$("${psql_cmd[@]}" "SELECT COUNT(*) FROM (SELECT conversation_id FROM transcript WHERE conversation_id LIKE 'webchat:load-%' GROUP BY conversation_id HAVING SUM(CASE WHEN role = 'user' THEN 1 ELSE 0 END) <> SUM(CASE WHEN role = 'assistant' THEN 1 ELSE 0 END)) x;")"
  lost=$(( answered > stored ? answered - stored : 0 ))
else
  stored="n/a (--connection given: count webchat:load-% user lines yourself)"; unpaired="n/a"; lost="n/a"
fi
echo "$result"
sed 's/^/  client: /' "$work/client.err"
echo "soak result: $(field throughput) turns/s; p50 $(field p50) ms, p99 $(field p99) ms, max $(field max) ms; errors $errors; answered $answered, stored $stored, lost turns $lost, conversations with a half-written turn $unpaired"
echo "memory (RSS per host): after warm-up $start_rss; at the end $end_rss"
for i in "${!hosts[@]}"; do
  col=$((i + 2))
  series="$(awk -v c="$col" '{ printf "%s%s", (NR > 1 ? " " : ""), $c }' "$work/memory")"
  growth="$(awk -v c="$col" 'NR == 1 { first = $c } { last = $c } END { printf "%+d MB (%+.1f%%)", last - first, first ? (last - first) * 100 / first : 0 }' "$work/memory")"
  echo "memory series, instance $((i + 1)) (MB, after warm-up then every ${sample} s, last at the end): $series; growth $growth"
done
[ "$errors" = "0" ] && [ "$lost" = "0" ] && [ "$unpaired" = "0" ]
