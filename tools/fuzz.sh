#!/usr/bin/env bash
# Builds the libFuzzer targets (preset fuzz: clang-14, ASan+UBSan, build/fuzz) and runs each one for
# SECONDS (default 30), seeded with the shared samples and tests/fuzz/seeds. Fails on a crash, a
# sanitizer report, a leak, or an input that takes more than 1 s (-timeout=1). The corpus grows in
# build/fuzz/corpus/<target>/ across runs; reproducers land in build/fuzz/artifacts/.
# usage: tools/fuzz.sh [SECONDS] [TARGET...]      (targets: fuzz_check fuzz_read fuzz_docx fuzz_html fuzz_layout)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-30}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_check fuzz_read fuzz_docx fuzz_html fuzz_layout)
cmake --preset fuzz >/dev/null
cmake --build build/fuzz -j2 --target "${targets[@]}"
mkdir -p build/fuzz/artifacts
status=0
for t in "${targets[@]}"; do
  corpus="build/fuzz/corpus/$t"
  mkdir -p "$corpus"
  echo "== $t: ${seconds} s"
  # -max_len: reports are ~10 KB; longer inputs are covered by tests/core/hostile_inputs.cpp.
  if ! ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
      "build/fuzz/bin/$t" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -max_len=16384 \
      -print_final_stats=1 -artifact_prefix="build/fuzz/artifacts/$t-" "$corpus" build/fuzz/fuzz-seeds \
      > "build/fuzz/$t.log" 2>&1; then
    status=1
    echo "$t FAILED: see build/fuzz/$t.log and build/fuzz/artifacts/"
    grep -m1 -A30 -E "ERROR|SUMMARY|timeout|leak" "build/fuzz/$t.log" || tail -40 "build/fuzz/$t.log"
  fi
  grep -E "^#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|^Done" "build/fuzz/$t.log" | tail -4 || true
  grep -E "^#[0-9]+" "build/fuzz/$t.log" | tail -1 || true
done
exit $status
