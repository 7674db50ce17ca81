#!/usr/bin/env bash
# Builds the native library, CLI and tests into build/native (the CLI: build/native/bin/nianbao).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cmake --preset native >/dev/null
cmake --build build/native -j"$(nproc)"
