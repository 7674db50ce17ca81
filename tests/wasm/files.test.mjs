// The file-reader module (build/wasm/dist/nianbao-files.*) in Node: the committed .docx/.html test
// files convert to exactly the text the native converter gives (tests/files/expected/*.txt, which the
// Catch2 tests in tests/core/files_*.cpp compare against too), and hostile files get the same answers.
// Run: node --test tests/wasm/      Build first: tools/build-wasm.sh
// NIANBAO_FILES_WASM_DIST (else NIANBAO_WASM_DIST, else build/wasm/dist) points elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = process.env.NIANBAO_FILES_WASM_DIST || process.env.NIANBAO_WASM_DIST || path.join(root, 'build/wasm/dist');
const cli = process.env.NIANBAO_CLI || path.join(root, 'build/native/bin/nianbao');
const files = path.join(root, 'tests/files');
assert.ok(fs.existsSync(path.join(dist, 'nianbao-files.mjs')), `no file-reader module at ${dist}: run tools/build-wasm.sh`);
const { createFileReader } = await import(pathToFileURL(path.join(dist, 'nianbao-files.mjs')).href);
const reader = await createFileReader();

const read = (name) => new Uint8Array(fs.readFileSync(path.join(files, name)));
const expected = (name) => fs.readFileSync(path.join(files, 'expected', `${path.basename(name)}.txt`), 'utf8');
const CONVERTED = ['huaian.docx', 'huaian.html', 'huaian.source.html', 'cases/numbering.docx', 'cases/merged.docx',
  'cases/tracked.docx', 'cases/footnote.docx', 'cases/textbox.docx', 'cases/libreoffice_numbering.docx',
  'cases/pictures.docx'];

function throwsCode(fn, code) {
  assert.throws(fn, (e) => {
    assert.equal(e.code, code, e.message);
    assert.match(e.message, /[\u4e00-\u9fff]/, 'a Chinese sentence for the user');
    return true;
  });
}

test('the test files convert to the text the native converter gives', () => {
  for (const name of CONVERTED) {
    const bytes = read(name);
    assert.equal(reader.sniff(bytes), name.endsWith('.docx') ? 'docx' : 'html', name);
    assert.equal(reader.extract(bytes).text, expected(name), name);
    if (name.endsWith('.html')) assert.equal(reader.htmlToText(new TextDecoder().decode(bytes)).text, expected(name), name);
  }
  // The report's page, its Word file and LibreOffice's HTML export read alike.
  assert.equal(expected('huaian.docx'), expected('huaian.html'));
  assert.match(expected('huaian.docx'), /\n三、本年度办理结果\t（一）予以公开\t\t1288\t21\t0\t0\t50\t3\t1362\n/);
});

test('notes say what was left out or added', () => {
  assert.deepEqual(reader.extract(read('cases/tracked.docx')).notes, ['已忽略修订中删除的文字']);
  assert.equal(reader.extract(read('cases/footnote.docx')).notes.length, 1);
  assert.deepEqual(reader.extract(read('huaian.docx')).notes, []);
});

test('the same text as the native CLI reads from the same file', { skip: !fs.existsSync(cli) && 'no native CLI' }, (t) => {
  const probe = spawnSync(cli, ['text', path.join(files, 'huaian.docx')], { encoding: 'utf8' });
  if (probe.status !== 0) return t.skip(`this CLI has no 'text' command yet (${probe.stderr.trim().slice(0, 80)})`);
  for (const name of CONVERTED) {
    const r = spawnSync(cli, ['text', path.join(files, name)], { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(reader.extract(read(name)).text, r.stdout, name);
  }
});

test('files it cannot read: the core\'s sentence and code', () => {
  throwsCode(() => reader.extract(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])), 'legacy-word');
  throwsCode(() => reader.extract(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])), 'image');
  throwsCode(() => reader.extract(new Uint8Array()), 'empty');
  // A download cut short (Python's zipfile writes no data descriptors, so sniff still sees word/).
  const docx = read('cases/numbering.docx');
  throwsCode(() => reader.extract(docx.subarray(0, docx.length - 30)), 'docx-damaged');
  throwsCode(() => reader.extract(read('cases/bomb.docx')), 'too-large');
  throwsCode(() => reader.extract(read('cases/images_only.docx')), 'no-text-layer');
  throwsCode(() => reader.extract(read('cases/empty.docx')), 'docx-empty');
  // Plain text, PDFs and pages in another encoding are the caller's to decode or lay out first.
  assert.throws(() => reader.extract(new TextEncoder().encode('一、总体情况\n')), { code: 'needs-decoding' });
  assert.throws(() => reader.extract(new TextEncoder().encode('%PDF-1.7\n')), { code: 'needs-layout' });
  const gbkPage = new TextEncoder().encode('<html><head><meta charset="gb2312"></head><body><p>x</p></body></html>');
  assert.throws(() => reader.extract(gbkPage), { code: 'needs-decoding' });
  assert.throws(() => reader.extract(new Uint8Array([...new TextEncoder().encode('<html><body>'), 0xd6, 0xd0])),
    { code: 'needs-decoding' });
});

test('sniff: the kinds by content', () => {
  const enc = (s) => new TextEncoder().encode(s);
  assert.equal(reader.sniff(new Uint8Array()), 'empty');
  assert.equal(reader.sniff(enc('一、总体情况')), 'text');
  assert.equal(reader.sniff(enc('<!DOCTYPE html><html><body>x</body></html>')), 'html');
  assert.equal(reader.sniff(enc('%PDF-1.4\n')), 'pdf');
  assert.equal(reader.sniff(read('cases/merged.docx')), 'docx');
  assert.equal(reader.sniff(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), 'legacy-word');
});

test('HTML nested 100,000 deep is refused in bounded time, and the module goes on working', () => {
  const t0 = performance.now();
  throwsCode(() => reader.htmlToText('<div>'.repeat(100000) + '深'), 'too-deep');
  throwsCode(() => reader.htmlToText('<span><div></span>'.repeat(100000)), 'too-deep');
  assert.ok(performance.now() - t0 < 5000);
  assert.equal(reader.htmlToText('<p>一、总体情况</p>').text, '一、总体情况\n');
});

test('a trap inside the module: a tool error, then a fresh instance', () => {
  assert.throws(() => reader._testTrap(), (e) => e.toolError === true);
  assert.equal(reader.extract(read('cases/merged.docx')).text, expected('merged.docx'));
});

test('the module is created from a caller\'s instantiateWasm too (as the page does)', async () => {
  const wasmModule = await WebAssembly.compile(fs.readFileSync(path.join(dist, 'nianbao-files.wasm')));
  const pageReader = await createFileReader({
    instantiateWasm(imports, receiveInstance) {
      WebAssembly.instantiate(wasmModule, imports).then((instance) => receiveInstance(instance, wasmModule));
      return {};
    },
    locateFile: (file) => file,
  });
  assert.equal(pageReader.extract(read('cases/numbering.docx')).text, expected('numbering.docx'));
  assert.throws(() => pageReader._testTrap(), (e) => e.toolError === true);
  assert.equal(pageReader.sniff(read('huaian.docx')), 'docx');
});

test('layoutToText: positioned text from a PDF becomes lines and table rows', () => {
  const items = fs.readFileSync(path.join(files, 'pdf/2024_huaian_szf.items.json'), 'utf8');
  const r = reader.layoutToText(JSON.parse(items));
  assert.equal(r.pages, 6);
  assert.ok(r.table_rows > 20, `table rows: ${r.table_rows}`);
  assert.match(r.text, /一、本年新收政府信息公开申请数量\t3001\t53\t0\t0\t61\t4\t3119/);
  assert.throws(() => reader.layoutToText('{"pages":'), { code: 'layout-bad-input' });
});
