// The reviewer's desk (desk.html, issue #12) in Chromium: a folder of the shared samples and corpus
// opened at once and compared with the CLI's batch (counts, pairing with last year), the table
// sorted and filtered, a row opened and back; CSV (parsed strictly), JSON and SARIF (validated
// against the SARIF 2.1.0 schema) exports; a dismissal that survives a reload and a revised report;
// the 整改清单 in print media; and 300 reports in one batch, timed, with the page's heap.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync, mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startServer, launch, launchPersistent, screenshot, screenshotDir, samplesDir, siteDir, singleFile, repo, cliPath, nativeCli } from './helpers.mjs';
import { OLE_WORD } from './fixtures.mjs';

const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');
// The SARIF 2.1.0 schema (sarif-2.1.0-rtm.5.json, the OASIS final) as shipped in the npm package
// @microsoft/jest-sarif (MIT), lib/schemas/; copied here so the test needs no network.
const SARIF_SCHEMA = JSON.parse(readFileSync(path.join(repo, 'tests/web/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// Not unicode regular expressions: the schema's language-tag pattern has a stray ']' that only
// unicode mode rejects. Formats (uri, date-time …) are checked.
function sarifValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(SARIF_SCHEMA);
}

const corpusDir = path.resolve(samplesDir, '../corpus');
const txt = (dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
const BATCH = [...txt(samplesDir), ...txt(corpusDir)];
const CSV_HEADER = ['文件', '机关', '年度', '版本', '机关类型', '错误', '警告', '提示', '已忽略', '最严重的部分', '发布日期', '法定期限', '上一年度报告', '逾期发布', '无法校验'];

// One folder as a reviewer receives it: every report flat, the Huai'an report also as Word, web
// page and PDF in a subfolder (each read by the worker's file reader, the PDF through pdf.js), and
// a picture the desk must skip.
const folder = mkdtempSync(path.join(os.tmpdir(), 'desk-batch-'));
for (const f of BATCH) copyFileSync(f, path.join(folder, path.basename(f)));
const OTHER_KINDS = { 'huaian.docx': path.join(repo, 'tests/files/huaian.docx'), 'huaian.html': path.join(repo, 'tests/files/huaian.html'),
  'huaian.pdf': path.join(samplesDir, 'pdf/2024_huaian_szf.pdf') };
mkdirSync(path.join(folder, '收到的文件'));
for (const [name, from] of Object.entries(OTHER_KINDS)) copyFileSync(from, path.join(folder, '收到的文件', name));
writeFileSync(path.join(folder, 'scan.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
// An old Word file (.doc): listed with the core's reason, not checked.
writeFileSync(path.join(folder, '收到的文件', '旧格式.doc'), OLE_WORD);
const folderName = path.basename(folder);

let server, browser;
before(async () => {
  assert.ok(existsSync(path.join(siteDir, 'desk.html')), `no desk.html in ${siteDir}: build the site (tools/build-web.sh)`);
  server = await startServer();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

async function openDesk(context) {
  context ??= await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(`${server.url}desk.html`);
  await waitDeskReady(page);
  return page;
}

async function waitDeskReady(page) {
  await page.waitForFunction(() => document.documentElement.dataset.ready, null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.ready), 'true', await page.textContent('#status'));
}

// Runs a batch through `pick` (a setInputFiles) and waits for it to end.
async function runBatch(page, pick, timeout = 60000) {
  const runs = await page.evaluate(() => Number(document.documentElement.dataset.runs || 0));
  await pick();
  await page.waitForFunction((r) => Number(document.documentElement.dataset.runs || 0) > r, runs, { timeout });
}

async function tableRows(page) {
  return page.$$eval('#summary-table tbody tr', (trs) => trs.map((tr) => {
    const cell = (k) => tr.querySelector(`td.c-${k}`).textContent.trim();
    const num = (k) => (cell(k) === '' ? null : Number(cell(k).replace(/[^\d]/g, '')));
    return { file: tr.dataset.file, agency: cell('agency'), year: cell('year'), edition: cell('edition'), error: num('error'),
      warning: num('warning'), info: num('info'), dismissed: num('dismissed'), previous: cell('previous'), worst: cell('worst'),
      late: Boolean(tr.querySelector('td.c-deadline .late')) };
  }));
}

async function downloaded(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const chunks = [];
  for await (const c of await download.createReadStream()) chunks.push(c);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

async function decide(page, fingerprint, button, note) {
  const before = await page.evaluate(() => Number(document.documentElement.dataset.rechecked || 0));
  const item = page.locator(`#findings li[data-fingerprint="${fingerprint}"]`);
  if (note !== undefined) await item.locator('input.note').fill(note);
  await item.locator(`button.${button}`).click();
  await page.waitForFunction((b) => Number(document.documentElement.dataset.rechecked || 0) > b, before);
}

async function openRow(page, fileSuffix) {
  await page.locator(`#summary-table tr[data-file$="${fileSuffix}"] .open-row`).click();
  await page.waitForSelector('#detail:not([hidden]) #findings');
}

// Strict RFC 4180: quoted fields with doubled quotes or plain fields without quotes, CRLF rows.
function parseCsv(text) {
  const rows = [];
  let i = 0;
  while (i < text.length) {
    const row = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error('unterminated quoted field');
          if (text[i] === '"' && text[i + 1] === '"') { field += '"'; i += 2; } else if (text[i] === '"') { i++; break; } else field += text[i++];
        }
      } else {
        while (i < text.length && !/[,\r\n]/.test(text[i])) {
          if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
          field += text[i++];
        }
      }
      row.push(field);
      if (text[i] === ',') { i++; continue; }
      if (text[i] === '\r' && text[i + 1] === '\n') { i += 2; break; }
      if (i >= text.length) break;
      throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i} (rows end with CRLF)`);
    }
    rows.push(row);
  }
  return rows;
}

// The CLI's batch of the same folder: the reference for counts and pairing.
function cliBatch() {
  if (!existsSync(cliPath)) return null;
  const out = JSON.parse(nativeCli(['check', '--format', 'json', ...BATCH.map((f) => path.basename(f))], { cwd: folder }));
  return new Map(out.reports.map((r) => [r.file, r]));
}

test('a folder of samples and corpus at once: one row per report, the CLI\'s counts and pairing, sorted, filtered, opened and back', async () => {
  const page = await openDesk();
  await runBatch(page, () => page.setInputFiles('#folder', folder));
  const status = await page.textContent('#status');
  const kinds = Object.keys(OTHER_KINDS).length;
  console.log(`desk: folder of ${BATCH.length + kinds + 1} files (.txt, .docx, .html, PDF, .doc) in ${await page.evaluate(() => document.documentElement.dataset.batchSeconds)} s`);
  assert.match(status, new RegExp(`已校验 ${BATCH.length + kinds + 1} 个文件`));
  assert.match(status, /其中 1 份无法读取或校验/);
  assert.match(status, /跳过 1 个非报告文件/, 'the picture in the folder is skipped and counted');
  const listed = await tableRows(page);
  const failed = await page.$$eval('#summary-table tr.failed', (trs) => trs.map((tr) => tr.textContent));
  assert.equal(failed.length, 1);
  assert.match(failed[0], /旧格式\.doc.*另存为/, 'the .doc row says what to do (the core\'s words)');
  const all = listed.filter((r) => !r.file.endsWith('.doc'));
  assert.equal(all.length, BATCH.length + kinds);
  assert.deepEqual(all.map((r) => r.file).sort(), [...BATCH.map((f) => `${folderName}/${path.basename(f)}`),
    ...Object.keys(OTHER_KINDS).map((n) => `${folderName}/收到的文件/${n}`)].sort(), 'file names are the paths in the folder');
  // Word, web page and PDF: read and checked as the same report as the text sample.
  const huaianText = all.find((r) => r.file.endsWith('2024_huaian_szf.txt'));
  for (const name of Object.keys(OTHER_KINDS)) {
    const r = all.find((x) => x.file.endsWith(`/${name}`));
    assert.deepEqual([r.agency, r.year, r.edition], [huaianText.agency, huaianText.year, huaianText.edition], `${name} read by content`);
    assert.equal(r.error, 0, `${name}: no error (as its text)`);
  }
  const rows = all.filter((r) => r.file.endsWith('.txt'));

  const pingtan22 = rows.find((r) => r.file.endsWith('2022_pingtan_gwh.txt'));
  assert.equal(pingtan22.previous, `${folderName}/2021_pingtan_gwh.txt`, 'Pingtan 2022 is paired with its 2021 report');
  assert.equal(rows.find((r) => r.file.endsWith('2023_pingtan_gwh.txt')).previous, `${folderName}/2022_pingtan_gwh.txt`);
  assert.equal(rows.find((r) => r.file.endsWith('2025_pingtan_gwh.txt')).previous, '—', 'no 2024 report: 2025 is not paired');

  const cli = cliBatch();
  if (cli) {
    for (const r of rows) {
      const c = cli.get(path.basename(r.file));
      assert.ok(c, `CLI has ${r.file}`);
      assert.deepEqual([r.error, r.warning, r.info], [c.summary.error, c.summary.warning, c.summary.info], `${r.file}: counts as the CLI's batch`);
      assert.equal(r.previous === '—' ? null : path.basename(r.previous), c.previous ? path.basename(c.previous.file) : null, `${r.file}: same pairing as the CLI`);
      assert.equal(r.agency, c.meta.agency || '');
    }
  } else {
    console.log(`desk: no CLI at ${cliPath}, counts not compared`);
  }
  await screenshot(page, 'desk-table');

  // Sorted by errors: worst first, then reversed.
  await page.click('button.sort[data-key="error"]');
  // The unread .doc (no count) stays last whichever the direction.
  let errors = (await tableRows(page)).map((r) => r.error);
  assert.equal(errors.at(-1), null);
  errors = errors.slice(0, -1);
  assert.deepEqual(errors, [...errors].sort((a, b) => b - a));
  assert.ok(errors[0] > 0);
  assert.equal(await page.getAttribute('th:has(button.sort[data-key="error"])', 'aria-sort'), 'descending');
  await page.click('button.sort[data-key="error"]');
  errors = (await tableRows(page)).map((r) => r.error);
  assert.equal(errors.at(-1), null);
  errors = errors.slice(0, -1);
  assert.deepEqual(errors, [...errors].sort((a, b) => a - b));

  // Only the reports with errors, then words in the agency.
  await page.check('#only-errors');
  // Reports with errors, and the file that could not be read (it needs the reviewer too).
  const withErrors = await tableRows(page);
  assert.ok(withErrors.length > 1 && withErrors.length < listed.length);
  assert.equal(withErrors.length, all.filter((r) => r.error > 0).length + 1);
  assert.ok(withErrors.every((r) => r.error > 0 || r.file.endsWith('.doc')));
  assert.match(await page.textContent('#row-count'), new RegExp(`显示 ${withErrors.length} / ${listed.length}`));
  await page.uncheck('#only-errors');
  await page.fill('#filter-words', '平潭综合实验区');
  assert.deepEqual((await tableRows(page)).map((r) => r.file).sort(), all.filter((r) => r.agency.includes('平潭综合实验区')).map((r) => r.file).sort());
  await page.fill('#filter-words', '收到的文件');
  assert.equal((await tableRows(page)).length, kinds + 1, 'words in the file path');
  await page.fill('#filter-words', '');

  // A row opened in the detail view (the page's renderers), and back to the same table.
  await openRow(page, '2022_pingtan_gwh.txt');
  assert.equal(await page.isHidden('#table-view'), true);
  assert.equal(await page.textContent('#detail-title'), `${folderName}/2022_pingtan_gwh.txt`);
  assert.match(await page.textContent('#pairing'), /2021_pingtan_gwh\.txt/);
  const lines = readFileSync(path.join(corpusDir, '2022_pingtan_gwh.txt'), 'utf8').replace(/\r\n?/g, '\n').split('\n').length;
  assert.equal(await page.locator('#annotated .row').count(), lines, 'the annotated report, line by line');
  assert.equal(await page.locator('#findings li.fitem').count(), pingtan22.error + pingtan22.warning + pingtan22.info);
  assert.match(await page.textContent('#summary'), /平潭综合实验区/);
  await screenshot(page, 'desk-detail');
  await page.click('#dtab-tables');
  assert.ok(await page.locator('#tables table').count() >= 3, 'the 表格 tab redraws the report\'s tables');
  await page.click('#back');
  assert.equal(await page.isHidden('#detail'), true);
  assert.equal((await tableRows(page)).length, listed.length);
  // A click anywhere on a row opens it too; back with Escape, focus on the row's button again.
  await page.locator('#summary-table tr[data-file$="2021_pingtan_gwh.txt"] td.c-agency').click();
  await page.waitForSelector('#detail:not([hidden]) #findings');
  assert.match(await page.textContent('#detail-title'), /2021_pingtan_gwh\.txt$/);
  await page.keyboard.press('Escape');
  assert.equal(await page.isHidden('#detail'), true);
  assert.match(await page.evaluate(() => document.activeElement.closest('tr').dataset.file), /2021_pingtan_gwh\.txt$/);
  assert.equal(await page.locator('#detail *').count(), 0, 'the detail view\'s DOM is dropped when left');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('exports: CSV with BOM for Excel (strictly parsed), the batch as JSON, SARIF valid against the 2.1.0 schema', async () => {
  const page = await openDesk();
  await runBatch(page, () => page.setInputFiles('#files', BATCH));
  const rows = await tableRows(page);

  const csv = await downloaded(page, '#export-csv');
  assert.match(csv.name, /\.csv$/);
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const table = parseCsv(csv.bytes.subarray(3).toString('utf8'));
  assert.deepEqual(table[0], CSV_HEADER);
  assert.equal(table.length, rows.length + 1);
  for (const [i, r] of rows.entries()) {
    const line = Object.fromEntries(CSV_HEADER.map((k, j) => [k, table[i + 1][j]]));
    assert.equal(line['文件'], r.file);
    assert.equal(line['机关'], r.agency);
    assert.equal(Number(line['错误']), r.error);
    assert.equal(Number(line['警告']), r.warning);
    assert.equal(Number(line['提示']), r.info);
    assert.equal(line['最严重的部分'], r.worst);
    assert.equal(line['上一年度报告'], r.previous === '—' ? '' : r.previous);
    assert.equal(line['逾期发布'], r.late ? '是' : '');
    assert.equal(line['无法校验'], '');
  }
  assert.equal(table.find((l) => l[0] === '2022_pingtan_gwh.txt')[12], '2021_pingtan_gwh.txt');

  const json = JSON.parse((await downloaded(page, '#export-json')).bytes.toString('utf8'));
  assert.equal(json.reports.length, BATCH.length);
  assert.deepEqual(json.reports.map((r) => r.file), rows.map((r) => r.file).sort());
  assert.equal(json.reports.find((r) => r.file === '2022_pingtan_gwh.txt').previous.file, '2021_pingtan_gwh.txt');
  assert.ok(json.reports.every((r) => r.findings.every((f) => typeof f.fingerprint === 'string' && f.fingerprint)));

  const sarif = JSON.parse((await downloaded(page, '#export-sarif')).bytes.toString('utf8'));
  const validate = sarifValidator();
  assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5)));
  assert.equal(sarif.runs.length, 1, 'one run');
  const total = rows.reduce((n, r) => n + r.error + r.warning + r.info, 0);
  assert.equal(sarif.runs[0].results.length, total, 'every finding of every file');
  assert.deepEqual(new Set(sarif.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri)), new Set(rows.map((r) => r.file)));
  await page.context().close();
});

test('a dismissal with a note survives a reload and a revised report; SARIF carries it as a suppression; decisions export and import', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  let page = await openDesk(context);
  const name = '001_88afcdf2753bf816.txt';
  const original = readFileSync(path.join(samplesDir, name), 'utf8');
  await runBatch(page, () => page.setInputFiles('#files', [path.join(samplesDir, name)]));
  await openRow(page, name);
  // The last finding with a fingerprint (so a paragraph added near the top comes before it).
  const target = await page.evaluate(() => {
    const items = [...document.querySelectorAll('#findings li[data-fingerprint]')];
    const li = items[items.length - 1];
    return { fingerprint: li.dataset.fingerprint, line: Number(/第 (\d+) 行/.exec(li.textContent)[1]), text: li.querySelector('.fmsg').textContent };
  });
  const before = (await page.evaluate(() => document.querySelector('#detail .detail-counts').textContent));
  await decide(page, target.fingerprint, 'dismiss', '原表如此，已电话核实');
  const li = page.locator(`#findings li[data-fingerprint="${target.fingerprint}"]`);
  assert.match(await li.getAttribute('class'), /\bdismissed\b/);
  assert.equal(await page.evaluate(() => document.activeElement.closest('li')?.dataset.fingerprint), target.fingerprint,
    'after the re-check the focus is back on the finding decided');
  assert.match(await li.textContent(), /已忽略/);
  assert.notEqual(await page.textContent('#detail .detail-counts'), before);
  assert.match(await page.textContent('#detail .detail-counts'), /已忽略 1 个/);
  await screenshot(page, 'desk-dismissed');
  await page.click('#back');
  assert.equal((await tableRows(page))[0].dismissed, 1);

  // SARIF of the batch: the dismissed result is suppressed (external, accepted, the note).
  const sarif = JSON.parse((await downloaded(page, '#export-sarif')).bytes.toString('utf8'));
  const validate = sarifValidator();
  assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5)));
  const suppressed = sarif.runs[0].results.filter((r) => r.suppressions);
  assert.equal(suppressed.length, 1);
  assert.equal(suppressed[0].partialFingerprints['nianbao/v1'], target.fingerprint);
  assert.deepEqual(suppressed[0].suppressions, [{ kind: 'external', status: 'accepted', justification: '原表如此，已电话核实' }]);

  const exported = JSON.parse((await downloaded(page, '#export-decisions')).bytes.toString('utf8'));
  assert.equal(exported.decisions.length, 1);
  assert.equal(exported.decisions[0].fingerprint, target.fingerprint);
  assert.equal(exported.decisions[0].status, 'dismissed');
  assert.equal(exported.decisions[0].note, '原表如此，已电话核实');
  assert.equal(exported.decisions[0].file, name);

  // A reload: the batch is gone, the decision is not. The revised report (a paragraph added near
  // the top, so the finding moves down a line) comes back with the finding still dismissed.
  await page.reload();
  await waitDeskReady(page);
  assert.match(await page.textContent('#decision-count'), /已保存决定 1 条/);
  const lines = original.split('\n');
  const at = lines.findIndex((l, i) => i > 3 && i < target.line - 2 && /。\s*$/.test(l));
  assert.ok(at > 0, 'a paragraph before the finding');
  lines.splice(at + 1, 0, '本单位还组织开展了政府信息公开业务培训。');
  const revised = lines.join('\n');
  await runBatch(page, () => page.setInputFiles('#files', { name, mimeType: 'text/plain', buffer: Buffer.from(revised, 'utf8') }));
  const row = (await tableRows(page))[0];
  assert.equal(row.dismissed, 1, 'still dismissed after the reload and the edit');
  await openRow(page, name);
  const moved = page.locator(`#findings li[data-fingerprint="${target.fingerprint}"]`);
  assert.match(await moved.getAttribute('class'), /\bdismissed\b/);
  assert.match(await moved.textContent(), new RegExp(`第 ${target.line + 1} 行`), 'the finding moved down a line, its fingerprint did not change');
  assert.equal(await moved.locator('input.note').inputValue(), '原表如此，已电话核实');
  // Opening the same name again replaced the entry (a revised report), no second row.
  await page.click('#back');
  assert.equal((await tableRows(page)).length, 1);
  assert.deepEqual(page.errors, []);
  await context.close();

  // Another browser profile: the exported decisions imported, the same finding dismissed.
  const other = await openDesk();
  await runBatch(other, () => other.setInputFiles('#files', [path.join(samplesDir, name)]));
  assert.equal((await tableRows(other))[0].dismissed, 0);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'desk-decisions-'));
  writeFileSync(path.join(dir, 'decisions.json'), JSON.stringify(exported));
  const imports = await other.evaluate(() => Number(document.documentElement.dataset.imported || 0));
  await other.setInputFiles('#decisions-file', path.join(dir, 'decisions.json'));
  await other.waitForFunction((n) => Number(document.documentElement.dataset.imported || 0) > n, imports);
  assert.match(await other.textContent('#status'), /已导入 1 条决定/);
  assert.equal((await tableRows(other))[0].dismissed, 1);
  await other.context().close();
});

test('整改清单: the findings to fix grouped by section, with rule, basis and expected value, in print media', async () => {
  const page = await openDesk();
  await runBatch(page, () => page.setInputFiles('#files', BATCH));
  await page.evaluate(() => { window.print = () => { document.documentElement.dataset.printed = 'yes'; }; });
  const row = (await tableRows(page)).find((r) => r.file === '001_88afcdf2753bf816.txt');
  await openRow(page, '001_88afcdf2753bf816.txt');
  await page.click('#print-fix');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.printed), 'yes');
  const list = await page.evaluate(() => ({
    title: document.querySelector('#fix-list h1').textContent,
    groups: [...document.querySelectorAll('#fix-list h2')].map((e) => e.textContent),
    items: [...document.querySelectorAll('#fix-list .fix-item')].map((e) => e.textContent),
  }));
  assert.equal(list.title, '政府信息公开工作年度报告整改清单');
  assert.equal(list.items.length, row.error + row.warning, 'errors and warnings (nothing dismissed here)');
  assert.ok(list.groups.length >= 1);
  assert.ok(list.items.every((t) => /第 \d+ 行：/.test(t) && /规则：[a-z]+\.[a-z-]+/.test(t)));
  assert.ok(list.items.some((t) => /应为：/.test(t)), 'an expected value is given where the core has one');
  assert.ok(list.items.some((t) => /依据：/.test(t)));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#fix-list'), true);
  assert.equal(await page.isVisible('#summary-table'), false);
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, 'desk-fix-list.png'), fullPage: true });
  await page.context().close();
});

test('300 reports in one batch: completes, the page stays responsive, memory measured; 取消 stops a batch', async () => {
  const page = await openDesk();
  const texts = BATCH.map((f) => ({ base: path.basename(f, '.txt'), buffer: readFileSync(f) }));
  const files = Array.from({ length: 300 }, (_, i) => {
    const t = texts[i % texts.length];
    return { name: `${String(i).padStart(3, '0')}_${t.base}.txt`, mimeType: 'text/plain', buffer: t.buffer };
  });
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await cdp.send('HeapProfiler.collectGarbage');
  const heapBefore = await heap();
  // The longest gap between two timer ticks on the page while the batch runs: overall, and once the
  // first file is checked (before that, Playwright builds the 300 File objects from base64 on the
  // page's main thread, which a user's file picker does not).
  await page.evaluate(() => {
    window.longestGap = 0;
    window.longestGapRunning = 0;
    let last = performance.now();
    window.gapProbe = setInterval(() => {
      const now = performance.now();
      window.longestGap = Math.max(window.longestGap, now - last);
      if (Number(document.querySelector('#progress-bar').value) >= 1) window.longestGapRunning = Math.max(window.longestGapRunning, now - last);
      last = now;
    }, 20);
  });
  const t0 = Date.now();
  await runBatch(page, () => page.setInputFiles('#files', files), 240000);
  const seconds = (Date.now() - t0) / 1000;
  const [longestGap, longestGapRunning] = await page.evaluate(() => { clearInterval(window.gapProbe); return [window.longestGap, window.longestGapRunning]; });
  const rows = await tableRows(page);
  assert.equal(rows.length, 300);
  assert.ok(rows.every((r) => r.error !== null), 'every report checked');
  assert.ok(rows.some((r) => r.previous !== '—'), 'copies of Pingtan 2022 paired with a 2021 copy');
  await cdp.send('HeapProfiler.collectGarbage');
  const heapAfter = await heap();
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  const reported = await page.evaluate(() => document.documentElement.dataset.batchSeconds);
  console.log(`desk: 300 reports in ${seconds.toFixed(1)} s (page's own count ${reported} s), longest main-thread gap ${longestGap.toFixed(0)} ms (${longestGapRunning.toFixed(0)} ms once checking), ` +
    `JS heap ${(heapBefore / 1048576).toFixed(1)} → ${(heapAfter / 1048576).toFixed(1)} MB after GC, ${domNodes} elements`);
  assert.ok(seconds < 180, `300 reports took ${seconds} s`);
  assert.ok(heapAfter - heapBefore < 200 * 1048576, 'results kept, not DOM: heap growth bounded');
  assert.ok(domNodes < 300 * 25 + 500, 'one table row per report, no report DOM');
  assert.ok(longestGap < 2000, `the page froze for ${longestGap} ms`);
  assert.ok(longestGapRunning < 1000, `the page froze for ${longestGapRunning} ms while checking`);
  await screenshot(page, 'desk-300');

  // 取消: a new batch stops after the file being checked; what was checked stays.
  await page.click('#clear-batch');
  const runs = await page.evaluate(() => Number(document.documentElement.dataset.runs || 0));
  await page.setInputFiles('#files', files);
  await page.waitForFunction(() => Number(document.querySelector('#progress-bar').value) >= 5);
  await page.click('#cancel');
  await page.waitForFunction((r) => Number(document.documentElement.dataset.runs || 0) > r, runs, { timeout: 60000 });
  assert.match(await page.textContent('#status'), /已取消：\d+ 个文件未校验/);
  const kept = (await tableRows(page)).length;
  assert.ok(kept >= 5 && kept < 300, `${kept} rows after cancel`);
  await page.context().close();
});

test('files dropped on the desk are checked as a batch', async () => {
  const page = await openDesk();
  const files = ['2021_pingtan_gwh.txt', '2022_pingtan_gwh.txt'].map((n) => ({ name: n, text: readFileSync(path.join(corpusDir, n), 'utf8') }));
  // A DataTransfer made in the page: its items have no file-system entry (only a drag from the
  // desktop has), so this covers the path through dataTransfer.files; folders need a real drag.
  await runBatch(page, () => page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    const zone = document.querySelector('#drop');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files));
  const rows = await tableRows(page);
  assert.deepEqual(rows.map((r) => r.file), ['2021_pingtan_gwh.txt', '2022_pingtan_gwh.txt']);
  assert.equal(rows[1].previous, '2021_pingtan_gwh.txt');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('last year revised: the report paired with it is checked again, 上年结转 against the new 结转下年度, column by column', async () => {
  const page = await openDesk();
  const files = ['2021_pingtan_gwh.txt', '2022_pingtan_gwh.txt'].map((n) => path.join(corpusDir, n));
  await runBatch(page, () => page.setInputFiles('#files', files));
  const before = await tableRows(page);
  assert.equal(before[1].error, 0);
  // 2021 sent again with one more application carried over (新收 and 结转 of 自然人 both +1, so 2021
  // itself still adds up): 2022's 上年结转 (1) no longer continues it.
  const text = readFileSync(files[0], 'utf8');
  const revised = text.replace('四、结转下年度继续办理1000001', '四、结转下年度继续办理2000002')
    .replace('一、本年新收政府信息公开申请数量640020470', '一、本年新收政府信息公开申请数量650020471');
  assert.notEqual(revised, text);
  await runBatch(page, () => page.setInputFiles('#files', { name: '2021_pingtan_gwh.txt', mimeType: 'text/plain', buffer: Buffer.from(revised, 'utf8') }));
  const after = await tableRows(page);
  assert.equal(after.length, 2);
  assert.equal(after[0].error, 0, 'the revised 2021 report still adds up');
  assert.equal(after[1].error, 2, '2022 re-checked against the revised 2021: 自然人 and 总计');
  await openRow(page, '2022_pingtan_gwh.txt');
  const carry = await page.$$eval('#findings li.fitem', (lis) => lis.map((li) => li.textContent).filter((t) => t.includes('year.carryover')));
  assert.equal(carry.length, 2);
  assert.ok(carry.some((t) => /“自然人”列为 1.*应为 2/.test(t)));
  assert.ok(carry.some((t) => /“总计”列为 1.*应为 2/.test(t)));
  await page.context().close();
});

test('offline: the desk opened once online opens and checks with the server gone', async () => {
  const online = await startServer();
  const context = await launchPersistent();
  const page = context.pages()[0] || await context.newPage();
  await page.goto(online.url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 30000 });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  // Through the page's link, as a reviewer gets there; the service worker keeps the desk's files.
  await page.click('a[href="desk.html"]');
  await waitDeskReady(page);
  // One file opened online: the file reader (fetched on first use, as in the page) is kept too.
  await runBatch(page, () => page.setInputFiles('#files', [path.join(samplesDir, '001_88afcdf2753bf816.txt')]));
  assert.equal((await tableRows(page)).length, 1);
  await online.close();
  await context.setOffline(true);
  await page.reload();
  await waitDeskReady(page);
  assert.equal(await page.title(), '审核台 · 年报校验', 'the desk itself, not the page the worker answers an unknown navigation with');
  await runBatch(page, () => page.setInputFiles('#files', [path.join(corpusDir, '2021_pingtan_gwh.txt'), path.join(corpusDir, '2022_pingtan_gwh.txt')]));
  const rows = await tableRows(page);
  assert.equal(rows.length, 2);
  assert.equal(rows[1].previous, '2021_pingtan_gwh.txt', 'checked and paired offline');
  await context.close();
});

test('the page links to the desk; the single file (opened from disk, no desk beside it) does not', () => {
  assert.match(readFileSync(path.join(siteDir, 'index.html'), 'utf8'), /<a href="desk.html"/);
  assert.doesNotMatch(readFileSync(singleFile, 'utf8'), /href="desk.html"/);
});
