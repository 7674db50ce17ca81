// What both wasm test files need: where the builds are, the wasm checker, the native CLI, the
// shared samples. Not a test file itself (node --test runs *.test.mjs).
// NIANBAO_WASM_DIST / NIANBAO_CLI / NIANBAO_SAMPLES_DIR point elsewhere.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = process.env.NIANBAO_WASM_DIST || path.join(root, 'build/wasm/dist');
export const cli = process.env.NIANBAO_CLI || path.join(root, 'build/native/bin/nianbao');
export const samplesDir = process.env.NIANBAO_SAMPLES_DIR || path.resolve(root, '../shared/samples');

assert.ok(fs.existsSync(path.join(dist, 'nianbao.mjs')), `no wasm build at ${dist}: run tools/build-wasm.sh`);
export const { createChecker } = await import(pathToFileURL(path.join(dist, 'nianbao.mjs')).href);
export const wasmBinary = fs.readFileSync(path.join(dist, 'nianbao-core.wasm'));
export const checker = await createChecker({ wasmBinary });

// The native CLI's stdout; exit 0 or 1 (findings) is success.
export function nativeCli(args, input) {
  assert.ok(fs.existsSync(cli), `no native CLI at ${cli}: run cmake --preset native && cmake --build build/native`);
  const r = spawnSync(cli, args, { input, encoding: 'utf8', maxBuffer: 256 << 20 });
  assert.ok(r.status === 0 || r.status === 1, `nianbao ${args.join(' ')} exited ${r.status} (${r.signal ?? ''}): ${r.stderr}`);
  return r.stdout;
}

// The shared sample file names, sorted.
export const sampleNames = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();
