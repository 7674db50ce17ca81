#!/usr/bin/env node
// Times the wasm build (build/wasm/dist) on the inputs tests/bench/bench_check.cpp times natively:
// the first check of a fresh module (ICU services are built then), each shared sample, and the
// samples repeated up to 20 KB … 5 MB. With --native FILE (Google Benchmark JSON from nianbao_bench)
// it prints the wasm/native ratio for each input.
//
// usage: node tools/bench-wasm.mjs [--dist DIR] [--native native.json] [--json out.json] [--quick]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const dist = path.resolve(opt('--dist', process.env.NIANBAO_WASM_DIST || path.join(root, 'build/wasm/dist')));
const samplesDir = path.resolve(opt('--samples', path.resolve(root, '../shared/samples')));
const nativeFile = opt('--native', null);
const jsonOut = opt('--json', null);
const quick = args.includes('--quick');

const { createChecker } = await import(pathToFileURL(path.join(dist, 'nianbao.mjs')).href);
const wasmBinary = fs.readFileSync(path.join(dist, 'nianbao-core.wasm'));

const samples = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ name: path.basename(f, '.txt'), bytes: fs.readFileSync(path.join(samplesDir, f)) }));

// Same construction as grown_text() in tests/bench/bench_check.cpp: the samples in name order, each
// followed by a blank line, repeated, then cut after the last line break before `size` bytes.
function grownText(size) {
  const parts = [];
  let total = 0;
  outer: while (total < size) {
    for (const s of samples) {
      parts.push(s.bytes, Buffer.from('\n\n'));
      total += s.bytes.length + 2;
      if (total >= size) break outer;
    }
  }
  const all = Buffer.concat(parts);
  const cut = all.lastIndexOf(0x0a, size);
  return all.subarray(0, cut < 0 ? size : cut + 1).toString('utf8');
}

// Minimum and median of repeated runs, at least `reps` runs and at least `budgetMs` of work.
function time(fn, reps, budgetMs) {
  const times = [];
  const start = performance.now();
  while (times.length < reps || (performance.now() - start < budgetMs && times.length < 1000)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { min: times[0], median: times[Math.floor(times.length / 2)], runs: times.length };
}

const rows = [];
{
  const t0 = performance.now();
  const checker = await createChecker({ wasmBinary });
  const t1 = performance.now();
  checker.checkJson(samples[0].bytes.toString('utf8'));
  const t2 = performance.now();
  rows.push({ name: 'Instantiate', min: t1 - t0, median: t1 - t0, runs: 1 });
  rows.push({ name: 'FirstCheck', min: t2 - t1, median: t2 - t1, runs: 1, native: 'FirstCheck(process start)/iterations:1' });
}
const checker = await createChecker({ wasmBinary });
checker.checkJson(samples[0].bytes.toString('utf8'));  // warm: ICU services built once per instance
for (const s of samples) {
  const text = s.bytes.toString('utf8');
  rows.push({ name: `CheckJson/${s.name}`, native: `CheckJson/${s.name}`, kb: s.bytes.length / 1024,
              ...time(() => checker.checkJson(text), quick ? 5 : 20, quick ? 200 : 1000) });
}
for (const kb of quick ? [20, 100, 500] : [20, 100, 500, 1000, 5000]) {
  const text = grownText(kb * 1024);
  rows.push({ name: `ScalingCheckJson/${kb}`, native: `ScalingCheck/${kb}`, kb: Buffer.byteLength(text) / 1024,
              ...time(() => checker.checkJson(text), kb >= 1000 ? 2 : 3, quick ? 0 : 500) });
}

// Native figures (ms) from Google Benchmark's JSON, by benchmark name.
let native = {};
if (nativeFile) {
  const toMs = { ns: 1e-6, us: 1e-3, ms: 1, s: 1e3 };
  for (const b of JSON.parse(fs.readFileSync(nativeFile, 'utf8')).benchmarks) {
    if (b.run_type && b.run_type !== 'iteration') continue;
    native[b.name] = b.name.startsWith('FirstCheck') ? b.first_ms : b.real_time * toMs[b.time_unit || 'ns'];
  }
}

console.log(`wasm: ${dist} (${wasmBinary.length} bytes), node ${process.version}`);
console.log('input'.padEnd(34) + 'KB'.padStart(8) + 'min ms'.padStart(10) + 'median ms'.padStart(11) +
            'native ms'.padStart(11) + 'wasm/native'.padStart(13));
for (const r of rows) {
  const n = r.native ? native[r.native] : undefined;
  r.native_ms = n ?? null;
  r.ratio = n ? r.min / n : null;
  console.log(r.name.padEnd(34) + (r.kb ? r.kb.toFixed(1) : '').padStart(8) + r.min.toFixed(2).padStart(10) +
              r.median.toFixed(2).padStart(11) + (n ? n.toFixed(2) : '').padStart(11) +
              (r.ratio ? r.ratio.toFixed(2) + '×' : '').padStart(13));
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ dist, wasm_bytes: wasmBinary.length, rows }, null, 1));
