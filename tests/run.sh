#!/usr/bin/env bash
# Installs everything the test suite needs (Debian packages and Python packages)
# and runs the whole suite: lint, types, tests. This is the README's test command
# and what .ci/run calls. Safe to re-run: installed packages are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: real servers and tools the tests talk to.
#   postfix        real MTA relaying through the gateway; smtp-source/smtp-sink for bench
#   redis-server   shared rate limits across gateway instances
#   libmail-dkim-perl  independent DKIM verifier (Perl Mail::DKIM)
#   chromium       headless browser for the portal journey (driven by Playwright)
#   prometheus     promtool, to check the alert rules in deploy/
#   swaks          the README's first-message example
DEBS=(postfix redis-server libmail-dkim-perl chromium prometheus swaks python3-venv)
if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${DEBS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
    echo "==> apt-get install ${missing[*]}"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
fi
for tool in postfix smtp-source smtp-sink redis-server perl chromium promtool; do
  command -v "$tool" >/dev/null || { echo "missing $tool after install" >&2; exit 1; }
done

# Python: a project-local virtual environment with the package and its test extras.
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"

echo "==> ruff"
.venv/bin/ruff check gateway tests bench
.venv/bin/ruff format --check gateway
echo "==> mypy --strict"
.venv/bin/mypy
echo "==> pytest"
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
