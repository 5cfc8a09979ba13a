#!/usr/bin/env bash
# Builds the Teams app package (a zip with manifest.json, the icons and the localisation files).
# The bot id comes from configuration: the environment variable Assistant__Bot__MicrosoftAppId, else
# Assistant:Bot:MicrosoftAppId in the repository's appsettings.json. The app id defaults to the bot id.
#   deploy/teams/package.sh [OUTPUT.zip]      (default: deploy/teams/out/vacancy-assistant.zip)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$here/out/vacancy-assistant.zip}"
exec python3 "$here/package.py" "$here" "$root/appsettings.json" "$out"
