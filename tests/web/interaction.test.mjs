// Using the page: findings → spans, keyboard, rule links, pasted HTML tables, files (GBK .txt,
// .html, .docx), exports, overrides, and pasted markup that must stay text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitReady, paste, waitChecked, readAnnotated, screenshot, nodeChecker, sampleText, nativeCli, samplesDir } from './helpers.mjs';
import { docx, gbk, reportHtml } from './fixtures.mjs';

let server, browser, checker;
before(async () => { server = await startServer(); browser = await launch(); checker = await nodeChecker(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openPage(viewport = { width: 1280, height: 800 }) {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('dialog', (d) => { page.errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.goto(server.url);
  await waitReady(page);
  return page;
}

const S001 = '001_88afcdf2753bf816.txt';
const S003 = '003_4542ec8ee655ebbf.txt';

test('clicking a finding scrolls its span into view and focuses it', async () => {
  const page = await openPage();
  await paste(page, sampleText(S001));
  const buttons = await page.$$('#findings .fbtn');
  assert.ok(buttons.length > 2);
  for (const btn of [buttons.at(-1), buttons[1]]) {
    await btn.click();
    const state = await page.evaluate(() => {
      const el = document.activeElement;
      const r = el.getBoundingClientRect();
      const box = document.querySelector('#annotated').getBoundingClientRect();
      return { tag: el.tagName, cls: el.className, inView: r.top >= box.top && r.bottom <= box.bottom && r.height > 0, tip: !document.querySelector('#tip').hidden };
    });
    assert.equal(state.tag, 'MARK');
    assert.ok(state.inView, 'the focused span is visible');
    assert.ok(state.tip, 'its message is shown');
  }
  await screenshot(page, 'finding-focused');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('keyboard: tab to a finding, Enter focuses the span; tabs move with arrow keys', async () => {
  const page = await openPage();
  await paste(page, sampleText(S001));
  await page.focus('#findings .fbtn');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'MARK');
  await page.focus('#tab-view');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-tables');
  assert.equal(await page.isVisible('#panel-tables'), true);
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-rules');
  await page.close();
});

test('a finding links to its rule in the generated rule reference', async () => {
  const page = await openPage();
  await paste(page, sampleText(S001));
  const rule = await page.textContent('#findings .frule');
  await page.click('#findings .frule');
  await page.waitForFunction((id) => document.activeElement && document.activeElement.id === `rule-${id}`, rule);
  const rules = checker.rules();
  assert.equal(await page.$$eval('#rules article.rule', (a) => a.length), rules.length);
  assert.ok((await page.textContent(`#rules [id="rule-${rule}"]`)).includes(rules.find((r) => r.id === rule).summary));
  await screenshot(page, 'rules');
  await page.close();
});

test('pasting HTML with a table: the table arrives as tab-separated rows and is read as a table', async () => {
  const page = await openPage();
  const text = sampleText(S003);
  await paste(page, 'plain text fallback', reportHtml(text));
  const value = await page.inputValue('#input');
  assert.ok(value.includes('指标名称\t单位\t2017年\t历年累计'), 'header row as TSV');
  assert.ok(value.includes('主动公开文件数\t条\t35\t187'), 'data row as TSV');
  const view = await readAnnotated(page);
  assert.equal(view.text, value, 'what is shown is what was checked');
  const report = checker.check(value, { edition: 'auto', kind: 'auto' }).reports[0];
  assert.ok(report.tables.length >= 1, 'the core reads the pasted table');
  await page.click('#tab-tables');
  assert.equal(await page.$$eval('#tables .tbl-block', (b) => b.length), report.tables.length);
  await screenshot(page, 'html-table-paste');
  await page.close();
});

test('pasted markup is text: nothing executes, nothing loads', async () => {
  const page = await openPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const evil = '<img src=x onerror=alert(1)><script>alert(2)</script><svg onload=alert(3)>';
  await paste(page, `2020年政府信息公开工作年度报告\n${evil}\n`);
  const view = await readAnnotated(page);
  assert.ok(view.text.includes(evil), 'the markup is shown as text');
  await paste(page, evil, `<table><tr><td>${evil}</td><td><img src="http://203.0.113.9/x.png" onerror="alert(4)"></td></tr></table><p onclick="alert(5)">x</p>`);
  await page.click('#tab-view');
  await page.waitForTimeout(300);
  assert.equal(await page.$$eval('#annotated img, #annotated script, #annotated svg, body img', (e) => e.length), 0);
  assert.deepEqual(page.errors, [], 'no dialog opened, no error');
  assert.deepEqual(requests.filter((u) => !u.startsWith(server.origin)), [], 'no request leaves the origin');
  assert.ok(!requests.some((u) => /\/x(\.png)?$/.test(u)), 'the image is never fetched');
  await page.close();
});

test('opening files: GBK .txt, .html and .docx', async () => {
  const page = await openPage();
  const text = sampleText(S003);
  let before = Number(await page.evaluate(() => document.documentElement.dataset.checked || 0));
  await page.setInputFiles('#file', { name: 'gbk.txt', mimeType: 'text/plain', buffer: gbk(text) });
  await waitChecked(page, before);
  assert.equal(await page.inputValue('#input'), text, 'GBK decoded');
  assert.ok((await page.textContent('#status')).length > 0);

  before = Number(await page.evaluate(() => document.documentElement.dataset.checked));
  await page.setInputFiles('#file', { name: 'report.html', mimeType: 'text/html', buffer: Buffer.from(reportHtml(text)) });
  await waitChecked(page, before);
  assert.ok((await page.inputValue('#input')).includes('主动公开文件数\t条\t35\t187'));

  before = Number(await page.evaluate(() => document.documentElement.dataset.checked));
  const buf = docx(['2017年市残联政府信息公开工作年度报告', '一、概述', [['指标名称', '单位', '2017年'], ['主动公开文件数', '条', '35']], '二、主动公开政府信息情况']);
  await page.setInputFiles('#file', { name: 'report.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: buf });
  await waitChecked(page, before);
  assert.equal(await page.inputValue('#input'), '2017年市残联政府信息公开工作年度报告\n一、概述\n指标名称\t单位\t2017年\n主动公开文件数\t条\t35\n二、主动公开政府信息情况\n');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('exports: JSON is the core JSON byte for byte; SARIF is the CLI\'s --format sarif byte for byte', async () => {
  const page = await openPage();
  const text = sampleText(S001);
  await paste(page, text);
  const [jsonDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const json = await streamText(await jsonDl.createReadStream());
  assert.equal(json, checker.checkJson(text, { edition: 'auto', kind: 'auto' }));
  const [sarifDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-sarif')]);
  const sarif = await streamText(await sarifDl.createReadStream());
  // A pasted text is "stdin" to the core, as `nianbao check -` reads it.
  assert.equal(sarif, nativeCli(['check', '--format', 'sarif', '-'], { input: text }));
  const parsed = JSON.parse(sarif);
  assert.equal(parsed.version, '2.1.0');
  assert.equal(parsed.runs[0].results.length, JSON.parse(json).reports[0].findings.length);

  // A sample from the menu carries its file name: the CLI given the same name (run beside the file).
  const before = Number(await page.evaluate(() => document.documentElement.dataset.checked));
  await page.selectOption('#sample', S003);
  await waitChecked(page, before);
  const [namedDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-sarif')]);
  assert.equal(namedDl.suggestedFilename(), S003.replace(/\.txt$/, '.sarif'));
  assert.equal(await streamText(await namedDl.createReadStream()),
    nativeCli(['check', '--format', 'sarif', S003], { cwd: samplesDir }));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('edition and agency-kind overrides re-check', async () => {
  const page = await openPage();
  await paste(page, sampleText(S001));
  let before = Number(await page.evaluate(() => document.documentElement.dataset.checked));
  await page.selectOption('#edition', '2021');
  await waitChecked(page, before);
  assert.ok((await page.textContent('#summary')).includes('2021 版'));
  before = Number(await page.evaluate(() => document.documentElement.dataset.checked));
  await page.selectOption('#kind', 'government');
  await waitChecked(page, before);
  assert.ok((await page.textContent('#summary')).includes('人民政府'));
  await page.close();
});

test('samples load from the menu; tables tab; narrow window; print view', async () => {
  const page = await openPage();
  const options = await page.$$eval('#sample option', (o) => o.map((x) => x.value).filter(Boolean));
  assert.ok(options.length >= 4);
  const before = Number(await page.evaluate(() => document.documentElement.dataset.checked || 0));
  await page.selectOption('#sample', options.find((o) => o.startsWith('2024')));
  await waitChecked(page, before);
  await screenshot(page, 'sample-menu-2024-view');
  await page.click('#tab-tables');
  await screenshot(page, 'tables');
  await page.click('#tab-edit');
  await screenshot(page, 'editor');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.click('#tab-view');
  await screenshot(page, 'narrow');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'print');
  assert.equal(await page.isVisible('#annotated'), true, 'the print view shows the annotated report');
  assert.equal(await page.isVisible('.controls'), false);
  await page.close();
});

async function streamText(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}
