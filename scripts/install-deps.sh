#!/usr/bin/env bash
# Installs what the portal needs to build, run and test on Debian 12, and nothing when all is there.
# Idempotent and non-interactive: Debian packages with apt-get, front-end packages with `npm ci`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config make git clang-format clang-tidy
  # libraries (see docs/ARCHITECTURE.md for why each)
  libboost1.81-dev libboost-url1.81-dev libboost-json1.81-dev libctemplate-dev
  libsoci-dev libsqlite3-dev libpq-dev libsodium-dev libcli11-dev libspdlog-dev libfmt-dev
  libmd4c-dev libmd4c-html0-dev zlib1g-dev libxlsxwriter-dev libjemalloc-dev
  libcurl4-openssl-dev  # SMTP for the notifications' mail (issue 16)
  # tests and measurement
  libgtest-dev libgmock-dev libbenchmark-dev postgresql chromium curl wrk
  libical-dev       # validates the generated calendars (issue 16)
  python3-aiosmtpd openssl  # a real SMTP server (with a test certificate) for the mail tests (issue 16)
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
# Node.js may come from Debian or elsewhere; install Debian's only when there is none at all.
if ! command -v node >/dev/null 2>&1; then missing+=(nodejs); fi
if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Front-end packages (dkfds, playwright-core, axe-core): only when the lock file changed.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.lp-installed-lock; then
  echo "install-deps: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.lp-installed-lock
fi
