#!/usr/bin/env bash
# Idempotent machine setup for Nianbao Check (Debian 12, run as root).
# Installs only from Debian's packages and the npm registry.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

need_pkgs=(
  build-essential cmake ninja-build pkg-config python3
  libicu-dev icu-devtools nlohmann-json3-dev catch2 libbenchmark-dev
  emscripten binaryen
  clang-14 lld-14 libclang-rt-14-dev
  dpkg-dev brotli gzip
  chromium fonts-wqy-zenhei
  libpoppler-cpp-dev libpugixml-dev libgumbo-dev zlib1g-dev
)
missing=()
for p in "${need_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# deb-src entry for ICU's source package (same mirror as the configured deb entry).
if ! grep -rqs "deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null; then
  src=/etc/apt/sources.list.d/debian.sources
  if [ -f "$src" ]; then
    sed -e 's/^Types: deb$/Types: deb-src/' "$src" > /etc/apt/sources.list.d/nianbao-src.sources
  else
    grep -h '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' > /etc/apt/sources.list.d/nianbao-src.list
  fi
  apt-get update -qq
fi

# ICU source (for the WebAssembly build), fetched once into the cache.
cache="${NIANBAO_CACHE:-$HOME/.cache/nianbao}"
mkdir -p "$cache/src"
if [ ! -d "$cache/src/icu-72.1/source/common" ]; then
  ( cd "$cache/src" && rm -rf icu-* icu_* && apt-get source -qq icu=72.1-3+deb12u1 >/dev/null 2>&1 || apt-get source -qq icu >/dev/null )
  d=$(ls -d "$cache"/src/icu-72*/ | head -1)
  [ "$d" = "$cache/src/icu-72.1/" ] || mv "$d" "$cache/src/icu-72.1"
fi

# npm packages: playwright-core for the browser tests (never a browser download) and pdfjs-dist,
# which the page serves for PDFs (without its optional native canvas: the page only reads text).
if [ -f "$here/package.json" ] && { [ ! -d "$here/node_modules/playwright-core" ] || [ ! -d "$here/node_modules/pdfjs-dist" ]; }; then
  ( cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --omit=optional --no-audit --no-fund --silent )
fi
echo "setup: ok"
