#!/usr/bin/env bash
# One command for the WebAssembly build: ICU for wasm (cached under ~/.cache/nianbao, built once),
# then the core + bindings with Emscripten into build/wasm, outputs in build/wasm/dist/:
#   nianbao.mjs (wrapper), nianbao.d.ts, nianbao-core.mjs (Emscripten glue), nianbao-core.wasm
# usage: tools/build-wasm.sh [-O3|-O2|-Os|-Oz]   (default -O3, the shipped build; another level builds
#        into build/wasm-O2, build/wasm-Oz …, for comparisons: see docs/performance.md, "wasm profile")
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"  # emcc's JS optimizer needs it with Node 20

opt="${1:--O3}"
case "$opt" in -Oz|-Os|-O2|-O3) ;; *) echo "usage: $0 [-O3|-O2|-Os|-Oz]" >&2; exit 2 ;; esac
build="$here/build/wasm"
[ "$opt" = -O3 ] || build="$here/build/wasm-${opt#-}"

# Several sessions may build at once: one build of a build directory at a time. (Not through
# CMAKE_MAKE_PROGRAM like tools/ninja-locked.sh: a re-configure during the build runs
# `ninja --version`, which would wait for the lock its own build holds.)
exec 9>"${TMPDIR:-/tmp}/nianbao-build-$(echo "$build" | md5sum | cut -c1-8).lock"
flock 9

"$here/tools/build-icu-wasm.sh" >/dev/null
"$here/tools/build-files-deps-wasm.sh" >/dev/null  # pugixml, gumbo, zlib for wasm/files (cached)
cd "$here"
if [ "$opt" = -O3 ]; then
  cmake --preset wasm -DNIANBAO_WASM_OPT="$opt" >/dev/null
else
  cmake --preset wasm -B "$build" -DNIANBAO_WASM_OPT="$opt" >/dev/null
fi
cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)"

dist="$build/dist"
wasm="$dist/nianbao-core.wasm"
raw=$(wc -c < "$wasm")
gz=$(gzip -9c "$wasm" | wc -c)
br=$( (command -v brotli >/dev/null && brotli -q 11 -c "$wasm" | wc -c) || echo "?")
echo "build-wasm: $dist ($opt): nianbao-core.wasm $raw bytes, gzip -9 $gz, brotli $br;" \
     "glue $(wc -c < "$dist/nianbao-core.mjs") bytes"
