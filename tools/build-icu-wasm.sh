#!/usr/bin/env bash
# Builds ICU 72 for WebAssembly (static libs + a trimmed, embedded data file) into a cache directory
# outside the source tree, keyed by ICU version, Emscripten version, flags and this script's content:
#   ~/.cache/nianbao/icu-72.1-em3.1.6-Oz-<hash>/{include/unicode,lib/libicuuc.a,lib/libicui18n.a,
#                                               lib/icudata.o,data/icudt72l.dat,build-info.txt}
# A second run finds the cache and only prints its path.
#
# usage: tools/build-icu-wasm.sh [--print-dir] [-j N]
#   --print-dir  print the cache directory for the current inputs and exit (no build)
# env:   NIANBAO_CACHE (default ~/.cache/nianbao), ICU_SRC (default $NIANBAO_CACHE/src/icu-72.1/source)
#
# Why not em++ per file: em++'s Python start-up costs ~0.5 s per file (6.5 min vs 2.7 min for the
# 440 sources on 2 cores), so the sources are compiled by the clang em++ itself uses, with the
# flags `em++ --cflags` prints.
# Why ICU is built without exception support: ICU never throws and never calls code that throws
# (it uses its own error codes and a nothrow operator new), so landing pads would only add size.
set -euo pipefail
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"  # emcc's JS tools need it with Node 20

print_dir=0
jobs=$(nproc 2>/dev/null || echo 2)
while [ $# -gt 0 ]; do
  case "$1" in
    --print-dir) print_dir=1 ;;
    -j) jobs="$2"; shift ;;
    *) echo "build-icu-wasm: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

cache="${NIANBAO_CACHE:-$HOME/.cache/nianbao}"
src="${ICU_SRC:-$cache/src/icu-72.1/source}"
icu_version=72.1
opt="-Oz"
# Data items kept: NFKC (nfkc.nrm) and the Traditional/Simplified transliterators (translit/root.res,
# cut down to these entries). NFC, character properties and property names are compiled into the code.
translit_keep=(Hans-Hant Hant-Hans Simplified-Traditional Traditional-Simplified)

script_path="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
em_version=$(emcc --version | sed -n '1s/.*) \([0-9][0-9.]*\).*/\1/p')
[ -n "$em_version" ] || { echo "build-icu-wasm: cannot read the Emscripten version (emcc --version)" >&2; exit 1; }
llvm_root=$(em-config LLVM_ROOT)
cxx="$llvm_root/clang++"
cc="$llvm_root/clang"
ar="$llvm_root/llvm-ar"
[ -x "$ar" ] || ar=llvm-ar

# The exact flags em++ would use; -fvisibility etc. come from it, the ICU defines from ICU's own build.
read -r -a em_cflags <<<"$(em++ $opt --cflags)"
icu_defines=(-DU_STATIC_IMPLEMENTATION -DU_ATTRIBUTE_DEPRECATED= -DU_HAVE_STRTOD_L=1)
cxxflags=("${em_cflags[@]}" -std=c++17 -w "${icu_defines[@]}")

key_input="$(printf '%s\n' "$icu_version" "$em_version" "${cxxflags[*]}" "${translit_keep[*]}"; cat "$script_path")"
hash=$(printf '%s' "$key_input" | sha256sum | cut -c1-12)
out="$cache/icu-$icu_version-em$em_version-${opt#-}-$hash"

if [ "$print_dir" = 1 ]; then echo "$out"; exit 0; fi
if [ -f "$out/.complete" ]; then
  echo "build-icu-wasm: cached $out" >&2
  echo "$out"
  exit 0
fi

[ -d "$src/common" ] || { echo "build-icu-wasm: no ICU source at $src (run tools/setup.sh)" >&2; exit 1; }
for tool in icupkg genrb derb genccode; do
  command -v "$tool" >/dev/null || { echo "build-icu-wasm: $tool missing (Debian package icu-devtools)" >&2; exit 1; }
done

start=$(date +%s)
work="$out.tmp.$$"
rm -rf "$work"
mkdir -p "$work"/{obj/common,obj/i18n,lib,include/unicode,data,datawork}
trap 'rm -rf "$work"' EXIT

# ---- data ----------------------------------------------------------------------------------------
# The full data file: the one shipped in the ICU source package, else Debian's installed copy.
full=""
for c in "$src/data/in/icudt72l.dat" /usr/share/icu/$icu_version/icudt72l.dat; do
  [ -f "$c" ] && { full="$c"; break; }
done
[ -n "$full" ] || { echo "build-icu-wasm: no full icudt72l.dat found to extract from" >&2; exit 1; }
dw="$work/datawork"
mkdir -p "$dw/x/translit" "$dw/new/translit" "$dw/txt"
icupkg -d "$dw/x" -x nfkc.nrm "$full"
icupkg -d "$dw/x" -x translit/root.res "$full"
# derb writes nothing for an absolute .res path: run it on a relative one.
( cd "$dw" && derb -c x/translit/root.res ) > "$dw/txt/root-full.txt"
# Keep only RuleBasedTransliteratorIDs/{translit_keep}. The dump is indented by 4 spaces per level.
python3 - "$dw/txt/root-full.txt" "$dw/txt/root.txt" "${translit_keep[@]}" <<'PY'
import sys
src, dst, keep = sys.argv[1], sys.argv[2], set(sys.argv[3:])
lines = open(src, encoding="utf-8").read().split("\n")
out, i, found = [], 0, set()
out.append("root{")
out.append("    RuleBasedTransliteratorIDs{")
inside = False
while i < len(lines):
    line = lines[i]
    if line == "    RuleBasedTransliteratorIDs{":
        inside = True
    elif inside and line == "    }":
        inside = False
    elif inside and line.startswith("        ") and not line.startswith("         ") and line.endswith("{"):
        name = line.strip()[:-1]
        j = i + 1
        while lines[j] != "        }":
            j += 1
        if name in keep:
            out.extend(lines[i:j + 1])
            found.add(name)
        i = j
    i += 1
out.append("    }")
out.append("}")
missing = keep - found
if missing:
    sys.exit("build-icu-wasm: not in translit/root.res: " + ", ".join(sorted(missing)))
open(dst, "w", encoding="utf-8").write("\ufeff" + "\n".join(out) + "\n")
PY
genrb -q -e UTF-8 -s "$dw/txt" -d "$dw/new/translit" root.txt
# The kept rules must survive the derb → genrb round trip unchanged.
( cd "$dw" && derb -c new/translit/root.res ) > "$dw/txt/root-new.txt"
python3 - "$dw/txt/root-full.txt" "$dw/txt/root-new.txt" "${translit_keep[@]}" <<'PY'
import sys
def entries(path):
    lines, res, i = open(path, encoding="utf-8").read().split("\n"), {}, 0
    while i < len(lines):
        l = lines[i]
        if l.startswith("        ") and not l.startswith("         ") and l.endswith("{"):
            j = i + 1
            while lines[j] != "        }":
                j += 1
            res[l.strip()[:-1]] = lines[i:j + 1]
            i = j
        i += 1
    return res
a, b = entries(sys.argv[1]), entries(sys.argv[2])
for k in sys.argv[3:]:
    if a.get(k) != b.get(k):
        sys.exit("build-icu-wasm: translit entry %s changed in the rebuild" % k)
PY
cp "$dw/x/nfkc.nrm" "$dw/new/"
printf '%s\n' nfkc.nrm translit/root.res > "$dw/items.txt"
# icupkg takes the item prefix (icudt72l/) from the output file's name.
icupkg -tl -s "$dw/new" -a "$dw/items.txt" new "$work/data/icudt72l.dat"
icupkg -l "$work/data/icudt72l.dat" > "$work/data/items.txt"
# The data as a C array named icudt72_dat: ICU's static-data entry point, linked instead of stubdata.
# genccode names the array after the file (icudt72l_dat, with the endianness letter): rename it.
genccode -d "$dw" "$work/data/icudt72l.dat"
"$cc" "${em_cflags[@]}" "${icu_defines[@]}" -Dicudt72l_dat=icudt72_dat -I"$src/common" \
  -c "$dw/icudt72l_dat.c" -o "$work/lib/icudata.o"
"$llvm_root/llvm-nm" "$work/lib/icudata.o" | grep -q ' icudt72_dat$' ||
  { echo "build-icu-wasm: icudata.o does not define icudt72_dat" >&2; exit 1; }

data_done=$(date +%s)

# ---- code ----------------------------------------------------------------------------------------
echo "build-icu-wasm: compiling ICU $icu_version with $cxx ($jobs jobs)" >&2
{
  for f in "$src"/common/*.cpp; do printf 'common %s\n' "$f"; done
  for f in "$src"/i18n/*.cpp; do printf 'i18n %s\n' "$f"; done
} > "$work/sources.txt"
export ICU_CXX="$cxx" ICU_SRC_DIR="$src" ICU_OBJ="$work/obj" ICU_FLAGS="${cxxflags[*]}"
# shellcheck disable=SC2016
xargs -P "$jobs" -L 1 sh -c '
  part="$0"; f="$1"; o="$ICU_OBJ/$part/$(basename "${f%.cpp}").o"
  if [ "$part" = common ]; then d="-DU_COMMON_IMPLEMENTATION -I$ICU_SRC_DIR/common"
  else d="-DU_I18N_IMPLEMENTATION -I$ICU_SRC_DIR/i18n -I$ICU_SRC_DIR/common"; fi
  $ICU_CXX $ICU_FLAGS $d -c "$f" -o "$o" || { echo "failed: $f" >&2; exit 255; }
' < "$work/sources.txt"
"$ar" rcs "$work/lib/libicuuc.a" "$work"/obj/common/*.o
"$ar" rcs "$work/lib/libicui18n.a" "$work"/obj/i18n/*.o
cp "$src"/common/unicode/*.h "$src"/i18n/unicode/*.h "$work/include/unicode/"
end=$(date +%s)
{
  echo "icu $icu_version, emscripten $em_version, compiler $("$cxx" --version | head -1)"
  echo "flags: ${cxxflags[*]}"
  echo "data: $(wc -c < "$work/data/icudt72l.dat") bytes from $full; items: $(tr '\n' ' ' < "$work/data/items.txt")"
  echo "time: data $((data_done - start)) s, code $((end - data_done)) s, on $jobs jobs"
} > "$work/build-info.txt"
rm -rf "$work/obj" "$dw"
touch "$work/.complete"
rm -rf "$out"
mv "$work" "$out"
trap - EXIT
cat "$out/build-info.txt" >&2
echo "$out"
