#!/usr/bin/env bash
# Installs what muniseo needs on a fresh machine: a system Chromium and redis-server (Debian/Ubuntu:
# apt-get, when none is found) and the npm dependencies (which also builds muniseo). Redis serves
# studies run over a queue (README, "Running a national study") and the tests of the queue.
set -euo pipefail
cd "$(dirname "$0")/.."

have_chrome() {
  [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ] && return 0
  for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
    command -v "$candidate" >/dev/null 2>&1 && return 0
  done
  return 1
}

apt_updated=""
apt_install() {
  local package="$1"
  local sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  if [ -z "$apt_updated" ]; then
    $sudo_cmd apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$package" >/dev/null
}

if ! have_chrome; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "muniseo: no Chromium or Chrome found; installing Debian's chromium" >&2
    apt_install chromium
  else
    echo "muniseo: no Chromium or Chrome found. Install one, or set CHROME_PATH." >&2
    exit 1
  fi
fi

if ! command -v redis-server >/dev/null 2>&1 && [ -z "${REDIS_SERVER:-}" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "muniseo: no redis-server found; installing Debian's redis-server" >&2
    apt_install redis-server
  else
    echo "muniseo: no redis-server found. Install Redis 6.2 or later (or set REDIS_SERVER) for studies over a queue and the tests." >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund
