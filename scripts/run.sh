#!/usr/bin/env bash
# Runs the assistant with the embedded defaults (knowledge/ folder, no cloud services).
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run --project src/Assistant.Cli -c Release -- "${@:-facts}"
