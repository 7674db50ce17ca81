// The JS wrapper over the wasm build (build/wasm/dist), and its parity with the native CLI
// (build/native/bin/nianbao). Run: node --test tests/wasm/
// Build first: tools/build-wasm.sh && cmake --build build/native
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { checker, cli, createChecker, nativeCli, sampleNames, samplesDir } from './setup.mjs';

const samples = sampleNames;

// Short texts that exercise the normalization paths (Traditional, full-width, pinyin, CRLF, astral
// characters for UTF-16 offsets) and odd inputs; compared with the CLI reading them from stdin.
const TRADITIONAL = [
  '臺北市政府2020年政府資訊公開工作年度報告',
  '一、總體情況',
  '（一）主動公開情況。本機關全年主動公開政府資訊１２３條，發佈時間為2021年1月15日。',
  '二、主動公開政府資訊情況',
  '三、收到和處理政府資訊公開申請情況',
  '四、政府資訊公開行政復議、行政訴訟情況',
  '五、存在的主要問題及改進情況',
  '六、其他需要報告的事項',
].join('\n');
const SMALL_TEXTS = {
  traditional: TRADITIONAL,
  fullwidth_crlf: '２０２０年度政府信息公开工作年度报告\r\n一、总体情况\r\n（一）主动公开。全年公开信息１２条。\r\n',
  pinyin_and_astral: '单(dān)位2020年政府信息公开工作年度报告😀\n一、总体情况\n𠀀𠀁 本年度收到申请3件。\n',
  not_a_report: 'hello world\n',
};

test('version() is the tool version and matches the CLI', () => {
  assert.equal(checker.version(), '0.1.0');
  assert.equal(nativeCli(['--version']).trim(), `nianbao ${checker.version()}`);
});

test('rules() is the catalog, identical to `nianbao rules --format json`', () => {
  const rules = checker.rules();
  assert.ok(Array.isArray(rules) && rules.length > 0, 'at least one rule');
  for (const r of rules) {
    for (const k of ['id', 'severity', 'summary', 'what', 'why', 'basis', 'fires', 'quiet']) {
      assert.equal(typeof r[k], 'string', `rule ${r.id} has a string ${k}`);
    }
  }
  assert.deepEqual(rules, JSON.parse(nativeCli(['rules', '--format', 'json'])));
});

test('NFKC and Hant→Hans run inside the wasm (Traditional text is recognized as such)', () => {
  const result = checker.check(TRADITIONAL);
  assert.equal(result.schema, 1);
  assert.equal(result.tool.name, 'nianbao');
  assert.equal(result.reports.length, 1);
  const report = result.reports[0];
  assert.equal(report.file, null);
  assert.equal(report.meta.script, 'hant', 'Traditional characters were converted by ICU Hant-Hans');
  // The year comes from the title; the publication date from the full-width text after NFKC.
  assert.equal(report.meta.year, 2020);
  assert.equal(report.meta.published, '2021-01-15');
  // Simplified text of the same report is "hans": the conversion is what made the difference.
  const simplified = checker.check('2020年政府信息公开工作年度报告\n一、总体情况\n');
  assert.equal(simplified.reports[0].meta.script, 'hans');
});

for (const name of samples) {
  test(`parity with the native CLI: ${name}`, () => {
    const file = path.join(samplesDir, name);
    const text = fs.readFileSync(file, 'utf8');
    const wasm = checker.checkJson(text, { file });
    const native = nativeCli(['check', '--format', 'json', file]);
    assert.ok(wasm === native, `wasm and native JSON differ for ${name}:\n${firstDifference(wasm, native)}`);
    assert.deepEqual(checker.check(text, { file }), JSON.parse(native));
  });
}

for (const [name, text] of Object.entries(SMALL_TEXTS)) {
  test(`parity with the native CLI on stdin: ${name}`, () => {
    for (const edition of ['auto', '2019']) {
      const wasm = checker.checkJson(text, { edition });
      const native = nativeCli(['check', '--format', 'json', '--edition', edition, '-'], text);
      assert.ok(wasm === native, `differ (${edition}):\n${firstDifference(wasm, native)}`);
    }
  });
}

// An empty input is a file problem for the CLI (it reads files by content and refuses an empty one,
// exit 2); the library checks whatever text it is given (the page never sends an empty text).
test('empty input: the CLI refuses it as a file, the library still answers with one report', () => {
  const r = spawnSync(cli, ['check', '--format', 'json', '-'], { input: '', encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(JSON.parse(r.stdout).reports[0].error, /空/);
  const result = checker.check('');
  assert.equal(result.reports.length, 1);
  assert.equal(result.reports[0].error, undefined);
});

test('options reach the core: edition and kind overrides as in the CLI', () => {
  const file = path.join(samplesDir, samples[0]);
  const text = fs.readFileSync(file, 'utf8');
  const wasm = checker.checkJson(text, { edition: '2021', kind: 'government', file });
  const native = nativeCli(['check', '--format', 'json', '--edition', '2021', '--kind', 'government', file]);
  assert.equal(wasm, native);
  assert.equal(JSON.parse(wasm).reports[0].meta.edition, '2021');
});

test('checkSarif() is the core\'s SARIF, byte for byte what `nianbao check --format sarif` prints', () => {
  for (const name of samples) {
    const file = path.join(samplesDir, name);
    const text = fs.readFileSync(file, 'utf8');
    const wasm = checker.checkSarif(text, { file });
    const native = nativeCli(['check', '--format', 'sarif', file]);
    assert.ok(wasm === native, `wasm and native SARIF differ for ${name}:\n${firstDifference(wasm, native)}`);
    const sarif = JSON.parse(wasm);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0].results.length, checker.check(text).reports[0].findings.length);
  }
  // Options reach the SARIF path too (the edition changes what fires), and stdin is "stdin".
  const text = fs.readFileSync(path.join(samplesDir, samples[0]), 'utf8');
  assert.equal(checker.checkSarif(text, { edition: '2008' }),
               nativeCli(['check', '--format', 'sarif', '--edition', '2008', '-'], text));
});

test('finding offsets are UTF-16 offsets into the string as given', () => {
  for (const name of samples) {
    const text = fs.readFileSync(path.join(samplesDir, name), 'utf8');
    const report = checker.check(text).reports[0];
    for (const f of report.findings) {
      assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${name}: ${f.rule} span in range`);
      const before = text.slice(0, f.start).split('\n');
      assert.equal(f.line, before.length, `${name}: ${f.rule} line`);
      assert.equal(f.column, before[before.length - 1].length + 1, `${name}: ${f.rule} column`);
    }
  }
});

test('input over the size limit throws a plain Error with a code, and the checker still works', () => {
  const big = 'a'.repeat(20 * 1024 * 1024 + 1);
  assert.throws(() => checker.checkJson(big), (e) => e.code === 'input-too-large' && !e.toolError);
  assert.equal(checker.check('').reports.length, 1);
});

test('a trap throws a tool error and the module is re-instantiated', () => {
  const text = fs.readFileSync(path.join(samplesDir, samples[0]), 'utf8');
  const before = checker.checkJson(text);
  assert.throws(() => checker._testTrap(), (e) => e.toolError === true && e instanceof Error);
  assert.equal(checker.checkJson(text), before, 'the fresh instance gives the same answer');
  assert.throws(() => checker._testTrap(), (e) => e.toolError === true);
  assert.equal(checker.version(), '0.1.0');
});

test('createChecker() without wasmBinary finds the .wasm beside the wrapper (Node)', async () => {
  const other = await createChecker();
  assert.equal(other.checkJson(TRADITIONAL), checker.checkJson(TRADITIONAL));
});

test('bad arguments are rejected in JS', () => {
  assert.throws(() => checker.check(42), TypeError);
});

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at ${i}: wasm …${JSON.stringify(a.slice(Math.max(0, i - 80), i + 80))}\n` +
         `      native …${JSON.stringify(b.slice(Math.max(0, i - 80), i + 80))}`;
}
