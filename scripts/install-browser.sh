#!/usr/bin/env bash
# Installs Debian's Chromium (and its faster headless shell) when missing, for the browser tests
# and the runner. Playwright cannot download its own browsers on machines without internet;
# where Playwright's browsers are installed, Nyx uses those instead.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && [ -x /usr/lib/chromium/chromium-headless-shell ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing and apt-get is not available: install Chromium or Chrome, or set browser.executablePath in nyx.yaml." >&2
  exit 1
fi
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-headless-shell >/dev/null
echo "Installed $(chromium --version 2>/dev/null || echo chromium)"
