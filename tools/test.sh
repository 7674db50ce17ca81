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
exit $status
