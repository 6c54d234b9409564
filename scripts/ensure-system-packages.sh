#!/usr/bin/env bash
# Install the system packages the test suite needs, when they are missing, with one apt-get run
# (needs root, as in CI):
#   - a Java runtime (default-jre-headless): `kg check` runs the HermiT OWL reasoner (owlready2) on it;
#   - Debian's Chromium at /usr/bin/chromium: the browser tests (pytest -m browser) drive it through
#     Playwright for Python (executable_path), never a browser build downloaded by Playwright.
set -euo pipefail
missing=()
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-system-packages: missing ${missing[*]} and cannot apt-get here; install them with your package manager" >&2
    exit 1
fi
echo "ensure-system-packages: installing ${missing[*]} with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
java -version 2>&1 | head -1
/usr/bin/chromium --version 2>/dev/null || true
