#!/usr/bin/env bash
# Installs what building and testing need. Idempotent; safe to run on every test run.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)."; exit 1; }
dotnet restore Assistant.sln -nologo -v q

# The judge-agreement tests run ../shared/eval/evalcheck.py, which needs python3 with PyYAML.
# Without them those tests only skip their evalcheck.py part.
if ! command -v python3 >/dev/null; then
  echo "warning: python3 not found; the evalcheck.py agreement checks will be skipped" >&2
elif ! python3 -c "import yaml" 2>/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "installing python3-yaml for the evalcheck.py agreement checks"
    { apt-get install -y -q python3-yaml >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q python3-yaml >/dev/null 2>&1; }; } \
      || echo "warning: apt-get could not install python3-yaml" >&2
  fi
  python3 -c "import yaml" 2>/dev/null \
    || echo "warning: python3 cannot import yaml (install python3-yaml or 'pip install pyyaml'); the evalcheck.py agreement checks will be skipped" >&2
fi

# The Adaptive Card tests validate cards with the adaptivecards npm package (tests/card-validation); they need node and npm.
if ! command -v npm >/dev/null && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "installing nodejs and npm for the Adaptive Card validation tests"
  { apt-get install -y -q nodejs npm >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q nodejs npm >/dev/null 2>&1; }; } \
    || echo "warning: apt-get could not install nodejs and npm" >&2
fi
if command -v npm >/dev/null; then
  [ -f tests/card-validation/node_modules/adaptivecards/package.json ] \
    || npm ci --prefix tests/card-validation --no-audit --no-fund >/dev/null \
    || echo "warning: npm ci in tests/card-validation failed; the card validation tests will fail" >&2
else
  echo "warning: npm not found; the Adaptive Card validation tests will fail (install nodejs and npm)" >&2
fi

# Real Direct Line client for the web tests (botframework-directlinejs 0.15.8, xhr2, ws).
if command -v npm >/dev/null; then
  [ -f tests/directline-client/node_modules/botframework-directlinejs/package.json ] \
    || npm ci --prefix tests/directline-client --no-audit --no-fund >/dev/null \
    || echo "warning: npm ci in tests/directline-client failed; the Direct Line client test will fail" >&2
fi

# Microsoft 365 Agents Playground as the Teams client of the web tests (@microsoft/m365agentsplayground 0.2.28, ws; loopback only, no browser).
if command -v npm >/dev/null; then
  [ -f tests/teams-playground/node_modules/@microsoft/m365agentsplayground/package.json ] \
    || npm ci --prefix tests/teams-playground --no-audit --no-fund >/dev/null \
    || echo "warning: npm ci in tests/teams-playground failed; the Agents Playground tests will fail" >&2
fi

# PostgreSQL for the multi-instance and PostgreSQL store tests: Debian's server binaries (/usr/lib/postgresql/*/bin). The
# tests start their own throwaway server (initdb + pg_ctl in a temp folder on a loopback port; as root they run it as the
# 'postgres' user the package creates); the packaged cluster service is not needed. Without it those tests are skipped.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "installing Debian postgresql for the PostgreSQL store and multi-instance tests"
    { DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql >/dev/null 2>&1; }; } \
      || echo "warning: apt-get could not install postgresql; the PostgreSQL tests will be skipped" >&2
  else
    echo "warning: PostgreSQL not found (sudo apt-get install -y postgresql); the PostgreSQL tests will be skipped" >&2
  fi
fi

# Headless browser for the Web Chat page test (tests/webchat-browser): Debian's chromium, never a downloaded browser.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "installing Debian chromium for the Web Chat browser test"
    { apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1; }; } \
      || echo "warning: apt-get could not install chromium; the Web Chat browser test will fail" >&2
  else
    echo "warning: /usr/bin/chromium missing (sudo apt-get install -y chromium); the Web Chat browser test will fail" >&2
  fi
fi
if command -v npm >/dev/null; then
  [ -f tests/webchat-browser/node_modules/playwright-core/package.json ] \
    || npm ci --prefix tests/webchat-browser --no-audit --no-fund >/dev/null \
    || echo "warning: npm ci in tests/webchat-browser failed; the Web Chat browser test will fail" >&2
fi
