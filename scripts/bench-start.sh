#!/usr/bin/env bash
# Start-up benchmark: how long a cold process needs before it is useful. Publishes Release once (ReadyToRun, into
# artifacts/bench/; --build-output measures the plain `dotnet build` output in bin/ instead), then measures N times
# (default 10) in fresh processes:
#   ask (warm cache)   `assistant ask "…"` one-shot, wall clock, with the knowledge cache already written
#   ask (no cache)     the same with the cache folder removed before each run (the first run after a change)
#   facts (warm cache) `assistant facts`
#   host /healthz      host process start → first 200 on /healthz
#   host /readyz       host process start → first 200 on /readyz (knowledge loaded)
# and prints median/min/max in seconds per measure. A benchmark, not a test: it never fails on a figure.
#
# Usage: scripts/bench-start.sh [-n RUNS] [--knowledge DIR] [--no-build] [--build-output] [--port PORT]
# Everything runs against a temporary data folder (Assistant__Storage__DataPath), so data/ is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=10
knowledge="$PWD/knowledge"
build=1
plain=0
port=5391
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n|--runs) runs="$2"; shift 2 ;;
    --knowledge) knowledge="$(cd "$2" && pwd)"; shift 2 ;;
    --no-build) build=0; shift ;;
    --build-output) plain=1; shift ;;
    --port) port="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

for tool in curl awk sort; do
  command -v "$tool" >/dev/null || { echo "bench-start: $tool is needed" >&2; exit 2; }
done

if [[ $plain == 1 ]]; then
  cli="src/Assistant.Cli/bin/Release/net10.0/assistant.dll"
  web="src/Assistant.Web/bin/Release/net10.0/Assistant.Web.dll"
  if [[ $build == 1 ]]; then
    echo "bench-start: building Release (once)..."
    dotnet build src/Assistant.Cli -c Release -nologo -v q -clp:ErrorsOnly
    dotnet build src/Assistant.Web -c Release -nologo -v q -clp:ErrorsOnly
  fi
else
  cli="artifacts/bench/cli/assistant.dll"
  web="artifacts/bench/web/Assistant.Web.dll"
  if [[ $build == 1 ]]; then
    echo "bench-start: publishing Release with ReadyToRun into artifacts/bench/ (once)..."
    dotnet publish src/Assistant.Cli -c Release -o artifacts/bench/cli -nologo -v q -clp:ErrorsOnly
    dotnet publish src/Assistant.Web -c Release -o artifacts/bench/web -nologo -v q -clp:ErrorsOnly
  fi
fi
[[ -f $cli && -f $web ]] || { echo "bench-start: $cli or $web is missing (run without --no-build)" >&2; exit 2; }

question="Tot wanneer kan ik solliciteren?"
data="$(mktemp -d)"
host_pid=""
cleanup() {
  if [[ -n "$host_pid" ]]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
  rm -rf "$data"
}
trap cleanup EXIT
export Assistant__Storage__DataPath="$data"
export Assistant__Knowledge__Watch=false
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export Logging__LogLevel__Default=Warning

now() { date +%s%N; }
secs() { awk -v ns="$1" 'BEGIN { printf "%.3f", ns / 1e9 }'; }

declare -A results
record() { results["$1"]+="$2 "; }

time_cmd() { # name, command...
  local name="$1"; shift
  local start end
  start=$(now)
  "$@" >/dev/null 2>"$data/last.err" || { echo "bench-start: '$name' failed:" >&2; cat "$data/last.err" >&2; exit 1; }
  end=$(now)
  record "$name" "$(secs $((end - start)))"
}

wait_for() { # url, deadline-ns → prints elapsed ns since $2's start, or fails
  local url="$1" started="$2" limit=$(( $(now) + 60000000000 ))
  while (( $(now) < limit )); do
    if curl -fsS -o /dev/null --max-time 1 "$url" 2>/dev/null; then
      echo $(( $(now) - started ))
      return 0
    fi
    if ! kill -0 "$host_pid" 2>/dev/null; then echo "bench-start: the host exited" >&2; cat "$data/host.log" >&2; return 1; fi
    sleep 0.01
  done
  echo "bench-start: no 200 from $url within 60 s" >&2
  return 1
}

cache="$data/cache"
dotnet "$cli" ask --knowledge "$knowledge" "$question" >/dev/null # writes the cache when there is one
for ((i = 1; i <= runs; i++)); do
  printf '\rbench-start: run %d/%d' "$i" "$runs" >&2
  time_cmd "ask (warm cache)" dotnet "$cli" ask --knowledge "$knowledge" "$question"
  time_cmd "facts (warm cache)" dotnet "$cli" facts --knowledge "$knowledge"

  curl -fsS -o /dev/null --max-time 1 "http://127.0.0.1:$port/healthz" 2>/dev/null && { echo "bench-start: port $port is in use" >&2; exit 2; }
  started=$(now)
  dotnet "$web" --urls "http://127.0.0.1:$port" --Assistant:Knowledge:Path="$knowledge" >"$data/host.log" 2>&1 &
  host_pid=$!
  record "host /healthz" "$(secs "$(wait_for "http://127.0.0.1:$port/healthz" "$started")")"
  record "host /readyz" "$(secs "$(wait_for "http://127.0.0.1:$port/readyz" "$started")")"
  kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; host_pid=""
done
echo >&2 # end the progress line
rm -rf "$cache"
time_cmd "ask (no cache)" dotnet "$cli" ask --knowledge "$knowledge" "$question"
echo >&2

echo "bench-start: $([[ $plain == 1 ]] && echo "build output (bin/)" || echo "ReadyToRun publish (artifacts/bench/)"), $runs runs, knowledge $(find "$knowledge/vacancies" -mindepth 1 -maxdepth 1 | wc -l) vacancies, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-20s %8s %8s %8s %4s\n' measure median min max n
for name in "ask (warm cache)" "ask (no cache)" "facts (warm cache)" "host /healthz" "host /readyz"; do
  # shellcheck disable=SC2086
  printf '%s\n' ${results[$name]} | sort -g | awk -v name="$name" '
    { v[NR] = $1 }
    END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
          printf "%-20s %8.3f %8.3f %8.3f %4d\n", name, m, v[1], v[NR], NR }'
done
