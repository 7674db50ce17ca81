#!/usr/bin/env bash
# Builds the libraries of the page's file-reader module (wasm/files) for WebAssembly: pugixml, gumbo
# and zlib's inflate, from Debian's own source packages (the versions the native build links), into a
# cache outside the source tree keyed by versions, Emscripten version, flags and this script's content:
#   ~/.cache/nianbao/files-deps-pugixml<v>-gumbo<v>-zlib<v>-em<v>-<hash>/{include,lib/*.a,build-info.txt}
# Sources come from `apt-get source` (deb-src). Debian's mirror no longer serves gumbo-parser's
# 0.10.1+dfsg tarball; the fallback is upstream 0.10.1 as the npm package gumbo-parser@0.3.0 carries
# it (deps/gumbo-parser/src, checked by hash; its gumbo.h is identical to Debian's).
# usage: tools/build-files-deps-wasm.sh [--print-dir]       (prints the cache directory on stdout)
set -euo pipefail
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"  # emcc's JS tools need it with Node 20

print_dir=0
[ "${1:-}" = --print-dir ] && print_dir=1

cache="${NIANBAO_CACHE:-$HOME/.cache/nianbao}"
pugixml_version=1.13-0.2
gumbo_version=0.10.1+dfsg-5
zlib_versions=("1:1.2.13.dfsg-1+deb12u1" "1:1.2.13.dfsg-1")  # the security update first; same inflate code
gumbo_npm=gumbo-parser@0.3.0
gumbo_npm_sha256=d47101b5182186c4646f7eba5107308dbf93392621ae8c12bd35a7d867c8e913
flags=(-O3 -fwasm-exceptions)

script_path="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
em_version=$(emcc --version | sed -n '1s/.*) \([0-9][0-9.]*\).*/\1/p')
[ -n "$em_version" ] || { echo "build-files-deps-wasm: cannot read the Emscripten version" >&2; exit 1; }
key_input="$(printf '%s\n' "$pugixml_version" "$gumbo_version" "${zlib_versions[*]}" "$em_version" "${flags[*]}"; cat "$script_path")"
hash=$(printf '%s' "$key_input" | sha256sum | cut -c1-12)
out="$cache/files-deps-pugixml${pugixml_version%%-*}-gumbo${gumbo_version%%+*}-zlib1.2.13-em$em_version-$hash"

if [ "$print_dir" = 1 ]; then echo "$out"; exit 0; fi
if [ -f "$out/.complete" ]; then
  echo "build-files-deps-wasm: cached $out" >&2
  echo "$out"
  exit 0
fi

start=$(date +%s)
work="$out.tmp.$$"
rm -rf "$work"
mkdir -p "$work"/{src,obj/pugixml,obj/gumbo,obj/zlib,lib,include}
trap 'rm -rf "$work"' EXIT
src="$work/src"

# ---- sources -------------------------------------------------------------------------------------
( cd "$src" && apt-get source -qq "pugixml=$pugixml_version" >/dev/null 2>&1 ) ||
  { echo "build-files-deps-wasm: apt-get source pugixml=$pugixml_version failed (deb-src enabled?)" >&2; exit 1; }
zlib_dir=""
for v in "${zlib_versions[@]}"; do
  if ( cd "$src" && apt-get source -qq "zlib=$v" >/dev/null 2>&1 ); then zlib_dir=$(ls -d "$src"/zlib-*/ | head -1); break; fi
done
[ -n "$zlib_dir" ] || { echo "build-files-deps-wasm: apt-get source zlib failed" >&2; exit 1; }
gumbo_src=""
if ( cd "$src" && apt-get source -qq "gumbo-parser=$gumbo_version" >/dev/null 2>&1 ); then
  gumbo_src=$(ls -d "$src"/gumbo-parser-*/src | head -1)
  gumbo_from="Debian source gumbo-parser $gumbo_version"
else
  ( cd "$src" && npm pack --silent "$gumbo_npm" >/dev/null 2>&1 ) ||
    { echo "build-files-deps-wasm: neither apt-get source gumbo-parser nor npm pack $gumbo_npm worked" >&2; exit 1; }
  tgz=$(ls "$src"/gumbo-parser-*.tgz)
  echo "$gumbo_npm_sha256  $tgz" | sha256sum -c --quiet - ||
    { echo "build-files-deps-wasm: $tgz does not have the expected sha256" >&2; exit 1; }
  mkdir -p "$src/npm" && tar xzf "$tgz" -C "$src/npm"
  gumbo_src="$src/npm/package/deps/gumbo-parser/src"
  gumbo_from="upstream gumbo 0.10.1 from $gumbo_npm (Debian's tarball is not served)"
fi
[ -f "$gumbo_src/parser.c" ] || { echo "build-files-deps-wasm: no gumbo source in $gumbo_src" >&2; exit 1; }
if [ -f /usr/include/gumbo.h ] && ! cmp -s "$gumbo_src/gumbo.h" /usr/include/gumbo.h; then
  echo "build-files-deps-wasm: warning: $gumbo_src/gumbo.h differs from the native /usr/include/gumbo.h" >&2
fi
pugixml_dir=$(ls -d "$src"/pugixml-*/ | head -1)

# ---- code ----------------------------------------------------------------------------------------
echo "build-files-deps-wasm: compiling pugixml, gumbo, zlib (inflate) with emcc ${flags[*]}" >&2
em++ "${flags[@]}" -std=c++17 -w -c "$pugixml_dir/src/pugixml.cpp" -o "$work/obj/pugixml/pugixml.o"
for f in "$gumbo_src"/*.c; do
  emcc "${flags[@]}" -std=c99 -w -I"$gumbo_src" -c "$f" -o "$work/obj/gumbo/$(basename "${f%.c}").o" &
done
wait
# Only what inflate needs: the module never compresses and never reads .gz files.
for f in adler32 crc32 inflate inffast inftrees zutil; do
  emcc "${flags[@]}" -w -DZ_HAVE_UNISTD_H -c "$zlib_dir/$f.c" -o "$work/obj/zlib/$f.o"
done
emar rcs "$work/lib/libpugixml.a" "$work"/obj/pugixml/*.o
emar rcs "$work/lib/libgumbo.a" "$work"/obj/gumbo/*.o
emar rcs "$work/lib/libz.a" "$work"/obj/zlib/*.o
cp "$pugixml_dir"/src/pugixml.hpp "$pugixml_dir"/src/pugiconfig.hpp "$gumbo_src"/gumbo.h \
   "$gumbo_src"/tag_enum.h "$zlib_dir"/zlib.h "$zlib_dir"/zconf.h "$work/include/"
end=$(date +%s)
{
  echo "emscripten $em_version, flags: ${flags[*]}"
  echo "pugixml: Debian source $(basename "$pugixml_dir"); zlib: Debian source $(basename "$zlib_dir"); gumbo: $gumbo_from"
  echo "time: $((end - start)) s"
} > "$work/build-info.txt"
rm -rf "$work/obj" "$src"
touch "$work/.complete"
rm -rf "$out"
mv "$work" "$out"
trap - EXIT
cat "$out/build-info.txt" >&2
echo "$out"
