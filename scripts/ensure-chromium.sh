#!/usr/bin/env bash
# Make sure Debian's Chromium is at /usr/bin/chromium: the browser tests (pytest -m browser) drive it
# through Playwright for Python (executable_path), never a browser build downloaded by Playwright.
# Installs the `chromium` package with apt-get when it is missing (needs root, as in CI).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: no /usr/bin/chromium and cannot apt-get here; install Debian's chromium package for the browser tests" >&2
    exit 1
fi
echo "ensure-chromium: installing chromium with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
