#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the browser tests, when they are missing.
#
#   scripts/install-chromium.sh      # prints nothing on success; progress goes to standard error
#
# The browser tests (parley-server, *BrowserIT) drive /usr/bin/chromium headless through
# /usr/bin/chromedriver with Selenium. Test tools' own browser downloads (e.g. Selenium Manager,
# 'npx playwright install') cannot work on a machine without general internet, so the system
# packages are used instead. Exits 1 when they are missing and cannot be installed (not root).
set -euo pipefail

say() { echo "install-chromium: $*" >&2; }

if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
if [[ "$(id -u)" != 0 ]]; then
  say "chromium/chromium-driver are missing and installing them needs root (apt-get install chromium chromium-driver)"
  exit 1
fi
say "installing chromium and chromium-driver with apt-get"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq chromium chromium-driver >&2
[[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]] || { say "installed, but /usr/bin/chromium or /usr/bin/chromedriver is missing"; exit 1; }
