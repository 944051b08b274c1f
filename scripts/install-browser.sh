#!/usr/bin/env bash
# Installs Debian's Chromium (and its faster headless shell) when missing, for the browser tests
# and the runner. Playwright cannot download its own browsers on machines without internet;
# where Playwright's browsers are installed, Nyx uses those instead.
#
# `nyx demo` runs this same script (a copy built into the runner jar) when it finds no browser.
# Exit codes: 0 installed or already there; 10 no apt-get; 11 not root and no sudo;
# 12 apt-get failed (its errors are printed above).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && [ -x /usr/lib/chromium/chromium-headless-shell ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing and apt-get is not available: install Chromium or Chrome, or set browser.executablePath in nyx.yaml." >&2
  exit 10
fi
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "Chromium is missing; installing it needs root, and sudo is not available: run this as root." >&2
    exit 11
  fi
  sudo_cmd="sudo"
fi
$sudo_cmd apt-get update -qq || exit 12
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-headless-shell >/dev/null || exit 12
echo "Installed $(chromium --version 2>/dev/null || echo chromium)"
