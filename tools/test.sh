#!/usr/bin/env bash
# Sets up the machine and runs every test: Catch2 + the samples' expected findings (CTest), the
# wasm wrapper and native/wasm parity (node:test), and the page in headless Chromium (node:test).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash tools/setup.sh
bash tools/build-native.sh
status=0
echo "== core and samples (ctest)"
ctest --test-dir build/native --output-on-failure || status=1
echo "== wasm"
bash tools/build-wasm.sh
node --test tests/wasm/ || status=1
echo "== web"
bash tools/build-web.sh
node --test --test-concurrency=1 tests/web/ || status=1
# ---- robustness (issue #6): the whole suite under ASan+UBSan, and a short fuzz run ----------------
# The asan preset (clang-14, Debug) builds into build/asan; its ctest runs the Catch2 suite (hostile
# inputs at a tenth of their size), the samples and the CLI hostile files with the sanitized binaries.
echo "== sanitizers (ASan+UBSan: cmake --preset asan, ctest)"
if cmake --preset asan >/dev/null && cmake --build build/asan -j"$(nproc)"; then
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build/asan --output-on-failure || status=1
else
  status=1
fi
echo "== fuzz (libFuzzer, 30 s per target: tools/fuzz.sh)"
bash tools/fuzz.sh 30 || status=1
# ---- end robustness ------------------------------------------------------------------------------
exit $status
