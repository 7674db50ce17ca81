// Files a reviewer receives, opened in the page: the Huai'an PDF (pdf.js → the core's layout
// reconstruction), .docx and .html made from real reports (the core's converters in the file-reader
// module), and files that cannot be read (old Word, images, ZIPs, scans, a password) — each read
// by its content, with the same result as the CLI, or a clear message. Also: nothing of this is
// downloaded before a file is opened.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, writeFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, launch, waitReady, paste, openFile, screenshot, screenshotDir, sampleText, SAMPLES, nativeCli, cliPath, samplesDir, repo, singleFile } from './helpers.mjs';
import { zip, gbk, scannedPdf, OLE_WORD, PNG } from './fixtures.mjs';

const HUAIAN_PDF = path.join(samplesDir, 'pdf/2024_huaian_szf.pdf');
const FILES = path.join(repo, 'tests/files');
const ON_DEMAND = /\/(pdfjs\/|wasm\/nianbao-files)/;

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  page.requests = [];
  context.on('request', (r) => page.requests.push(r.url()));
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('dialog', (d) => { page.errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.goto(server.url);
  await waitReady(page);
  return page;
}

async function exportedJson(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const chunks = [];
  for await (const c of await download.createReadStream()) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

async function notice(page) {
  return page.evaluate(() => {
    const n = document.querySelector('#notice');
    return { hidden: n.hidden, kind: n.dataset.kind, role: n.getAttribute('role'), text: n.textContent, elements: n.children.length };
  });
}

// The CLI's JSON for a file, run beside it so that "file" is the bare name the page shows; null when
// this CLI cannot read that kind of file yet (an older build).
function cliJson(file) {
  if (!existsSync(cliPath)) return null;
  try {
    const json = nativeCli(['check', '--format', 'json', path.basename(file)], { cwd: path.dirname(file) });
    const report = JSON.parse(json).reports[0];
    return report && report.meta && report.meta.year ? json : null;
  } catch {
    return null;
  }
}

// The message with which the CLI refuses a file (its report's "error"), or null with an older CLI.
function cliRefusal(name, bytes) {
  if (!existsSync(cliPath)) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-refused-'));
  writeFileSync(path.join(dir, name), bytes);
  const r = spawnSync(cliPath, ['check', '--format', 'json', name], { cwd: dir, encoding: 'utf8' });
  try {
    return JSON.parse(r.stdout).reports[0].error ?? null;
  } catch {
    return null;
  }
}

// Rows of numbers the 表格 tab shows, per table title (表二/表三/表四 …).
async function tableTab(page) {
  await page.click('#tab-tables');
  return page.$$eval('#tables .tbl-block', (blocks) => blocks.map((b) => ({
    title: b.querySelector('h3').textContent,
    rows: [...b.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td.num')]
      .map((td) => (td.firstChild ? td.firstChild.textContent : '').trim()).filter((v) => v !== '').map(Number)),
  })));
}

// The numbers of the Huai'an tables read off the PDF, shared with the core's tests.
function huaianTables() {
  const source = readFileSync(path.join(repo, 'tests/core/support/huaian_tables.h'), 'utf8');
  const rows = (name) => JSON.parse(new RegExp(`${name} = (\\{[^;]*\\});`).exec(source)[1].replace(/\{/g, '[').replace(/\}/g, ']'));
  return { applications: rows('kApplications'), review: rows('kReview'), regulations: rows('kRegulations') };
}

test('the first check of pasted text loads neither pdf.js nor the file reader', async () => {
  const page = await openPage();
  await paste(page, sampleText(SAMPLES[0]));
  await page.waitForTimeout(300);
  assert.ok(page.requests.some((u) => u.endsWith('/wasm/nianbao-core.wasm')), 'the checker was loaded');
  assert.deepEqual(page.requests.filter((u) => ON_DEMAND.test(u)), [], 'no pdf.js, no file reader');
  await page.context().close();
});

test('the Huai\'an PDF: every table cell right, the expected findings, the same JSON as the CLI', async (t) => {
  const page = await openPage();
  const t0 = Date.now();
  const kind = await openFile(page, '2024_huaian_szf.pdf', readFileSync(HUAIAN_PDF));
  const ms = Date.now() - t0;
  assert.equal(kind, 'pdf', `read as a PDF: ${(await notice(page)).text}`);
  t.diagnostic(`PDF of 6 pages → text → checked in ${ms} ms (first open: pdf.js and the file reader loaded)`);
  assert.ok(page.requests.some((u) => /\/pdfjs\/pdf\.worker\.min\.mjs$/.test(u)), 'pdf.js ran in its worker');
  assert.deepEqual(page.requests.filter((u) => !u.startsWith(server.origin) && !/^(blob|data):/.test(u)), [], 'no request leaves the origin');
  const info = await notice(page);
  assert.equal(info.kind, 'info');
  assert.match(info.text, /已从 PDF 读取 6 页/);

  const json = await exportedJson(page);
  const report = JSON.parse(json).reports[0];
  // Kept beside the screenshots (not committed) for comparing with the CLI by hand.
  mkdirSync(screenshotDir, { recursive: true });
  writeFileSync(path.join(screenshotDir, '2024_huaian_szf.pdf.page.json'), json);
  const rules = report.findings.map((f) => f.rule);
  assert.ok(rules.includes('content.missing-item'), 'content.missing-item');
  assert.ok(report.findings.some((f) => f.rule === 'content.missing-item' && /考核|评议|追究/.test(f.message)));
  assert.deepEqual(rules.filter((r) => /^(table|section|narrative|date|period)\./.test(r) || r === 'text.garbled' || r === 'report.not-annual-report'), [],
    'none of the rules the expected file rules out');
  assert.deepEqual({ year: report.meta.year, edition: report.meta.edition, kind: report.meta.kind }, { year: 2024, edition: '2021', kind: 'government' });
  const shown = await page.inputValue('#input');
  assert.match(shown, /^淮安市人民政府/, 'the editor holds the reconstructed text');
  assert.ok(shown.split('\n').some((line) => line.split('\t').length >= 8), 'table rows as tab-separated cells');
  assert.ok(report.findings.every((f) => f.end <= shown.length), 'findings point into the shown text');

  // Time to text, opened a second time (pdf.js and the file reader already loaded).
  assert.equal(await openFile(page, '2024_huaian_szf.pdf', readFileSync(HUAIAN_PDF)), 'pdf');
  const measures = await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('nianbao-pdf-'))
    .map((m) => `${m.name.slice(12)} ${Math.round(m.duration)} ms${m.detail && m.detail.items ? ` (${m.detail.items} items)` : ''}`));
  t.diagnostic(`PDF to text, first then second open: ${measures.join(', ')}; check ${/用时 (\d+)/.exec(await page.textContent('#status'))[1]} ms`);
  assert.equal(await exportedJson(page), json, 'the same PDF gives the same JSON again');

  const cli = cliJson(HUAIAN_PDF);
  if (cli) assert.equal(json, cli, 'page and CLI give byte-identical JSON for the PDF');
  else t.diagnostic(`the CLI at ${cliPath} does not read PDFs yet: compared with the expected file only`);

  await page.click('#tab-view');
  await screenshot(page, 'pdf-huaian-view');
  const tables = await tableTab(page);
  await screenshot(page, 'pdf-huaian-tables');
  const want = huaianTables();
  const byTitle = (re) => tables.find((x) => re.test(x.title));
  assert.deepEqual(byTitle(/^.?\s*表三/).rows.filter((r) => r.length), want.applications, '表三: every cell');
  assert.deepEqual(byTitle(/^.?\s*表四/).rows.filter((r) => r.length), want.review, '表四: every cell');
  const proactive = byTitle(/^.?\s*表二/).rows.filter((r) => r.length === 3);
  assert.deepEqual(proactive, want.regulations, '表二: 规章 and 行政规范性文件');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('.docx and .html made from the report: the page\'s JSON is the CLI\'s, byte for byte', async (t) => {
  const page = await openPage();
  for (const name of ['huaian.docx', 'huaian.html']) {
    const file = path.join(FILES, name);
    const kind = await openFile(page, name, readFileSync(file));
    assert.equal(kind, path.extname(name).slice(1), `${name} read by content: ${(await notice(page)).text}`);
    const json = await exportedJson(page);
    const report = JSON.parse(json).reports[0];
    assert.equal(report.file, name);
    assert.equal(report.meta.year, 2024);
    const cli = cliJson(file);
    if (cli) assert.equal(json, cli, `${name}: page and CLI JSON`);
    else t.diagnostic(`the CLI at ${cliPath} does not read ${name} yet: not compared`);
  }
  await page.click('#tab-view');
  await screenshot(page, 'html-file-view');
  // A page saved in GBK (<meta charset=gbk>): decoded by the page, converted by the core; the CLI
  // decodes it its own way, and both must read the same text.
  const gbkDir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-gbk-'));
  const gbkFile = path.join(gbkDir, 'huaian-gbk.html');
  writeFileSync(gbkFile, gbk(readFileSync(path.join(FILES, 'huaian.html'), 'utf8').replace('charset=utf-8', 'charset=gbk')));
  assert.equal(await openFile(page, 'huaian-gbk.html', readFileSync(gbkFile)), 'html');
  assert.match((await notice(page)).text, /GB18030/);
  const gbkJson = await exportedJson(page);
  const gbkCli = cliJson(gbkFile);
  if (gbkCli) assert.equal(gbkJson, gbkCli, 'GBK page: page and CLI JSON');
  // A plain-text report in GBK: decoded by the page (UTF-8 first, else GB18030) as the CLI decodes it.
  const txtFile = path.join(gbkDir, SAMPLES[0]);
  writeFileSync(txtFile, gbk(sampleText(SAMPLES[0])));
  assert.equal(await openFile(page, SAMPLES[0], readFileSync(txtFile)), 'text');
  const txtCli = cliJson(txtFile);
  if (txtCli) assert.equal(await exportedJson(page), txtCli, 'GBK text: page and CLI JSON');
  // Named by what it is, not by its extension: the .docx saved as .txt is still read as Word.
  const kind = await openFile(page, 'renamed.txt', readFileSync(path.join(FILES, 'huaian.docx')));
  assert.equal(kind, 'docx');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('files that cannot be read: a clear message as text, never a crash or an empty check', async () => {
  const page = await openPage();
  await paste(page, sampleText(SAMPLES[0]));
  const checkedText = await page.inputValue('#input');
  const cases = [
    { name: '报告.doc', bytes: OLE_WORD, expect: /docx/ },
    { name: '报告.wps', bytes: OLE_WORD, expect: /docx/ },
    { name: 'scan.png', bytes: PNG, expect: /图片|扫描|文字/ },
    { name: 'report.zip', bytes: zip({ 'a.txt': 'x' }), expect: /ZIP|压缩|docx/i },
    { name: 'scan.pdf', bytes: scannedPdf(2), expect: /没有文字层/, cli: true },
    { name: 'locked.pdf', bytes: readFileSync(path.join(FILES, 'pdf/encrypted_user_password.pdf')), expect: /密码/, cli: true },
    { name: 'cut.docx', bytes: readFileSync(path.join(FILES, 'huaian.docx')).subarray(0, 3000), expect: /./ },
    { name: 'cut.pdf', bytes: readFileSync(HUAIAN_PDF).subarray(0, 20000), expect: /损坏|不完整/, cli: true },
    // Only the last bytes (with %%EOF) lost: pdf.js alone would still read every page.
    { name: 'cut-end.pdf', bytes: readFileSync(HUAIAN_PDF).subarray(0, readFileSync(HUAIAN_PDF).length - 100), expect: /损坏|不完整/, cli: true },
  ];
  for (const c of cases) {
    const kind = await openFile(page, c.name, c.bytes);
    const info = await notice(page);
    if (kind !== 'unreadable') assert.fail(`${c.name}: read as ${kind}; notice: ${info.text}`);
    assert.equal(info.hidden, false, `${c.name}: the notice is shown`);
    assert.equal(info.kind, 'error');
    assert.equal(info.role, 'alert');
    assert.equal(info.elements, 0, `${c.name}: the message is text only`);
    assert.match(info.text, c.expect, `${c.name}: ${info.text}`);
    assert.match(info.text, /[\u4e00-\u9fff]/, `${c.name}: said in Chinese`);
    assert.equal(await page.inputValue('#input'), checkedText, `${c.name}: the report in the editor stays`);
    // A PDF the page refuses, the CLI refuses in the same words.
    const cli = c.cli && cliRefusal(c.name, c.bytes);
    if (cli) assert.equal(info.text, cli, `${c.name}: the CLI's message`);
  }
  await screenshot(page, 'file-refused');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('single file from file://: .docx is read (inlined reader), a PDF gets a message pointing to the site', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(singleFile).href);
  await waitReady(page);
  assert.equal(await openFile(page, 'huaian.docx', readFileSync(path.join(FILES, 'huaian.docx'))), 'docx');
  assert.equal(await openFile(page, '2024_huaian_szf.pdf', readFileSync(HUAIAN_PDF)), 'unreadable');
  assert.match((await notice(page)).text, /单文件版.*PDF/);
  await screenshot(page, 'single-file-pdf');
  assert.deepEqual(requests.filter((u) => !/^(file|blob|data):/.test(u)), [], 'no network request');
  assert.deepEqual(errors, []);
  await context.close();
});
