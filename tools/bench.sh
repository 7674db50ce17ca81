#!/usr/bin/env bash
# One command for the benchmarks: native (Google Benchmark, build/bench) and wasm (Node, build/wasm),
# on the same inputs; prints both and the wasm/native ratio. Results land in build/bench/results/.
# usage: tools/bench.sh [--quick]   (--quick: short runs, for a smoke test)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
quick="${1:-}"
out=build/bench/results
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
cmake --preset bench >/dev/null
cmake --build build/bench -j2 --target nianbao_bench
mkdir -p "$out"
min_time=0.5
[ "$quick" = --quick ] && min_time=0.05
echo "== native (build/bench/bin/nianbao_bench)"
build/bench/bin/nianbao_bench --benchmark_min_time="$min_time" \
  --benchmark_out="$out/native.json" --benchmark_out_format=json
echo "== wasm (build/wasm/dist)"
[ -f build/wasm/dist/nianbao-core.wasm ] || bash tools/build-wasm.sh
node tools/bench-wasm.mjs --native "$out/native.json" --json "$out/wasm.json" $quick
