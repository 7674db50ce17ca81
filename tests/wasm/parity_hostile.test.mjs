// Native and wasm agree on hostile inputs (issue #6): the CLI (stdin) and the wasm wrapper over every
// shared sample and small versions of the hostile inputs of tests/core/hostile_inputs.cpp, compared
// byte for byte as JSON text. Run: node --test tests/wasm/   (build first: tools/build-wasm.sh and
// cmake --build build/native; NIANBAO_WASM_DIST / NIANBAO_CLI point elsewhere).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { checker, cli, dist, nativeCli, sampleNames, samplesDir } from './setup.mjs';

const nativeCheck = (text, edition) => nativeCli(['check', '--format', 'json', '--edition', edition, '-'], text);

const samples = sampleNames
  .map((f) => [f, fs.readFileSync(path.join(samplesDir, f), 'utf8')]);
const report = fs.readFileSync(path.join(samplesDir, '2024_huaian_szf.txt'), 'utf8');

// A deterministic generator (the same inputs on every run).
function rng(seed) {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}
function randomText(n, seed) {
  const r = rng(seed);
  const pools = [[0x20, 0x7e], [0x4e00, 0x9fff], [0x3000, 0x303f], [0xff00, 0xffef], [0x1f600, 0x1f64f], [0x0, 0x1f]];
  let s = '';
  while (s.length < n) {
    const [lo, hi] = pools[Math.floor(r() * pools.length)];
    s += String.fromCodePoint(lo + Math.floor(r() * (hi - lo + 1)));
  }
  return s;
}
const heading = (i) => '一二三四五六七八九十'[i % 10] + '、概述\n';
const digits = '9'.repeat(1000);

// (An empty input is not compared: the CLI refuses an empty file before checking — see the test of
// it in nianbao.test.mjs.)
const HOSTILE = {
  whitespace: ' \t\n\r\n\u3000\u00a0\n\u2028 ',
  random_text: randomText(20000, 1),
  single_line: '本年新收政府信息公开申请数量12件，办结11件（其中予以公开3件）；'.repeat(2000),
  controls_and_nul: report.replace(/\n/g, (m, at) => (at % 7 === 0 ? '\u0000\u0001\u001b\n' : m)),
  lone_surrogates: report.slice(0, 3000) + '\ud800x\udfff' + report.slice(3000),
  nested_brackets: '某县政府2023年政府信息公开工作年度报告\n' + '('.repeat(5000) + '一' + ')'.repeat(5000) + '\n' +
                   '（（【《“'.repeat(1000) + '\n',
  heading_lines: Array.from({ length: 5000 }, (_, i) => heading(i)).join(''),
  long_number: report.replace('本年新收政府信息公开申请数量', `本年新收政府信息公开申请数量${digits}`) +
               `\n本年共受理政府信息公开申请${digits}件。\n`,
  table_rows: report + '\n附表\n项目\t数量\t金额\t备注\n' +
              Array.from({ length: 1000 }, (_, i) => `项目${i}\t${i}\t${i * 3}\t无\n`).join(''),
  html: ('<!DOCTYPE html><html><head><script>alert("年度报告");for(;;){}</script></head><body>' +
         '<p>2023年政府信息公开工作年度报告</p><img src=x onerror=alert(1)></body></html>\n').repeat(100),
  html_wrapped_report: '<html><body><div class="content">\n' + report + '\n</div><script>var a = "<p>";</script></body></html>\n',
};

// The CLI reads its input as a file, by content (a web page is converted, binary data refused); the
// page does the same with an opened file through the file-reader module. So each input goes the
// page's way here — sniff, then decode a text or convert a web page, or the core's refusal — and the
// result is compared with the CLI's: the same JSON, or the same refusal.
const { createFileReader } = await import(pathToFileURL(path.join(dist, 'nianbao-files.mjs')).href);
const reader = await createFileReader();

function pageReads(text) {
  const bytes = new TextEncoder().encode(text);
  const kind = reader.sniff(bytes);
  if (kind === 'text') return { text: new TextDecoder('utf-8').decode(bytes) };
  try {
    return { text: reader.extract(bytes).text };
  } catch (err) {
    return { refused: err.message };
  }
}

for (const [name, text] of [...samples, ...Object.entries(HOSTILE)]) {
  test(`native and wasm give the same JSON: ${name}`, () => {
    const read = pageReads(text);
    if (read.refused) {
      const r = spawnSync(cli, ['check', '--format', 'json', '-'], { input: text, encoding: 'utf8' });
      assert.equal(r.status, 2, `${name}: the page refuses it, the CLI exits ${r.status}`);
      assert.ok(r.stderr.includes(read.refused), `${name}: the CLI says ${r.stderr}, the page ${read.refused}`);
      return;
    }
    for (const edition of ['auto', '2008']) {
      const wasm = checker.checkJson(read.text, { edition });
      const native = nativeCheck(text, edition);
      assert.ok(JSON.parse(wasm).reports.length === 1);
      assert.equal(wasm, native, `${name} (edition ${edition}) differs`);
    }
  });
}
