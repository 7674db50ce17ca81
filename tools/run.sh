#!/usr/bin/env bash
# The main job: set up the machine, build the CLI, the wasm core and the page, check a sample with
# the CLI, then serve the page on http://127.0.0.1:${PORT:-8080}/ (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash tools/setup.sh
bash tools/build-native.sh
echo "== nianbao check ../shared/samples/001_88afcdf2753bf816.txt"
sample=../shared/samples/001_88afcdf2753bf816.txt
[ -f "$sample" ] && { build/native/bin/nianbao check --format text "$sample" || true; }
bash tools/build-wasm.sh
bash tools/build-web.sh
port="${PORT:-8080}"
echo "== serving build/web/site on http://127.0.0.1:$port/ (single file: build/web/nianbao.html)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory build/web/site
