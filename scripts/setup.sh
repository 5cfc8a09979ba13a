#!/usr/bin/env bash
# Installs what building and testing need. Idempotent; safe to run on every test run.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)."; exit 1; }
dotnet restore Assistant.sln -nologo -v q
