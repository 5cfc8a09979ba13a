#!/usr/bin/env bash
# Runs the assistant with the embedded defaults: the web host on http://127.0.0.1:5000 with the Web Chat page at /,
# the knowledge/ folder, SQLite state under data/, no cloud services. Extra arguments go to the host (e.g. --urls).
set -euo pipefail
cd "$(dirname "$0")/.."

# The address the host will listen on: --urls beats ASPNETCORE_URLS beats the default (RepositorySettings).
url="${ASPNETCORE_URLS:-http://127.0.0.1:5000}"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    --urls) url="${args[i+1]:-$url}" ;;
    --urls=*) url="${args[i]#--urls=}" ;;
  esac
done
url="${url%%;*}"

echo "Vacancy assistant: building (a fresh clone restores packages and compiles first, which takes a minute or two)..."
dotnet build src/Assistant.Web -c Release -nologo -v q -clp:ErrorsOnly
echo "Vacancy assistant: starting; open ${url%/}/ once it says it is listening (Ctrl+C stops)"
exec dotnet run --no-build --project src/Assistant.Web -c Release -- "$@"
