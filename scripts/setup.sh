#!/usr/bin/env bash
# Installs every build and test dependency of drieluik from Debian's packages.
# Idempotent: packages already present are left alone. Run as root (or with sudo).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libpugixml-dev libboost-dev libicu-dev doctest-dev
  rapidjson-dev libfmt-dev libcli11-dev
  libxml2-utils python3 python3-jsonschema python3-lxml
  clang libclang-rt-14-dev clang-tidy-14
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The SARIF validator of the end-to-end tests (tests/tools, pinned by its package-lock.json),
# from npm. npm does not run the package's install script here, which would make its binary
# executable, so that is done below. Without npm the SARIF test is skipped and says why.
if command -v npm >/dev/null 2>&1; then
  tools="$(cd "$(dirname "$0")/../tests/tools" && pwd)"
  validator="$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
  if [ ! -x "$validator" ]; then
    (cd "$tools" && npm ci --no-audit --no-fund --ignore-scripts)
    chmod +x "$validator"
  fi
fi
