#!/usr/bin/env bash
# Assembles the static web page: web/ + the wasm build (build/wasm/dist/) + the shared samples
# → build/web/site/ (serve it as static files; relative paths) and build/web/nianbao.html (one
# self-contained file that works from file://).
# Usage: tools/build-web.sh [--wasm DIR] [--samples DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
wasm="$root/build/wasm/dist"
samples="${NIANBAO_SAMPLES_DIR:-$root/../shared/samples}"
while [ $# -gt 0 ]; do
  case "$1" in
    --wasm) wasm="$2"; shift 2 ;;
    --samples) samples="$2"; shift 2 ;;
    *) echo "usage: $0 [--wasm DIR] [--samples DIR]" >&2; exit 2 ;;
  esac
done
exec node "$root/web/build/make-site.mjs" --root "$root" --wasm "$wasm" --samples "$samples" --out "$root/build/web"
