#!/usr/bin/env bash
# Makes sure the system programs the tests drive are present: Debian's Chromium for the browser tests, and GNU PSPP
# and R, which check that our SPSS syntax and R script read the exports with the same numbers.
# On a Debian/Ubuntu machine where we are root, installs what is missing; elsewhere says exactly what to install.
set -euo pipefail

missing=()
command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v pspp >/dev/null 2>&1 || missing+=(pspp)
command -v Rscript >/dev/null 2>&1 || missing+=(r-base-core)

[ ${#missing[@]} -eq 0 ] && exit 0

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing test tools from Debian's packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "The tests need these system packages: ${missing[*]}." >&2
  echo "Install them (Debian/Ubuntu: sudo apt-get install ${missing[*]}); CHROMIUM_PATH may point to another Chromium." >&2
  exit 1
fi
