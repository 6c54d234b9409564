#!/usr/bin/env bash
# Make sure a Java runtime is on PATH: `kg check` runs the HermiT OWL reasoner (owlready2) on it.
# Installs Debian's headless JRE with apt-get when java is missing (needs root, as in CI).
set -euo pipefail
if command -v java >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-java: no java on PATH and cannot apt-get here; install a JRE (default-jre-headless) for kg check" >&2
    exit 1
fi
echo "ensure-java: installing default-jre-headless with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
java -version
