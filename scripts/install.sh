#!/usr/bin/env bash
# Installs what muniseo needs on a fresh machine: a system Chromium (Debian/Ubuntu: apt-get,
# when none is found) and the npm dependencies (which also builds muniseo).
set -euo pipefail
cd "$(dirname "$0")/.."

have_chrome() {
  [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ] && return 0
  for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
    command -v "$candidate" >/dev/null 2>&1 && return 0
  done
  return 1
}

if ! have_chrome; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "muniseo: no Chromium or Chrome found; installing Debian's chromium" >&2
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
  else
    echo "muniseo: no Chromium or Chrome found. Install one, or set CHROME_PATH." >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund
