#!/usr/bin/env bash
# Runs the assistant with the embedded defaults: the web host on http://127.0.0.1:5000 with the Web Chat page at /,
# the knowledge/ folder, SQLite state under data/, no cloud services. Extra arguments go to the host (e.g. --urls).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Vacancy assistant: open http://127.0.0.1:5000/ (Ctrl+C stops)"
exec dotnet run --project src/Assistant.Web -c Release -- "$@"
