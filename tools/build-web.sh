#!/usr/bin/env bash
# Assembles the static web page: web/ + the wasm build (build/wasm/dist/: the checker and the
# file-reader module) + pdf.js (node_modules/pdfjs-dist) + the shared samples → build/web/site/
# (serve it as static files; relative paths) and build/web/nianbao.html (one self-contained file
# that works from file://).
# Usage: tools/build-web.sh [--wasm DIR] [--files-wasm DIR] [--samples DIR] [--out DIR]
# The same from the environment (a parallel session builds into its own directories):
#   NIANBAO_WASM_DIST, NIANBAO_FILES_WASM_DIST, NIANBAO_SAMPLES_DIR, NIANBAO_WEB_OUT
# (tests/web read NIANBAO_WEB_OUT too).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
wasm="${NIANBAO_WASM_DIST:-$root/build/wasm/dist}"
files_wasm="${NIANBAO_FILES_WASM_DIST:-}"
samples="${NIANBAO_SAMPLES_DIR:-$root/../shared/samples}"
out="${NIANBAO_WEB_OUT:-$root/build/web}"
while [ $# -gt 0 ]; do
  case "$1" in
    --wasm) wasm="$2"; shift 2 ;;
    --files-wasm) files_wasm="$2"; shift 2 ;;
    --samples) samples="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: $0 [--wasm DIR] [--files-wasm DIR] [--samples DIR] [--out DIR]" >&2; exit 2 ;;
  esac
done
exec node "$root/web/build/make-site.mjs" --root "$root" --wasm "$wasm" --files-wasm "${files_wasm:-$wasm}" \
  --samples "$samples" --out "$out"
