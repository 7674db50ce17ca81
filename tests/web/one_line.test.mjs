// A report whose whole body arrived on one line (../shared/corpus/2021_pingtan_gwh.txt: a site's
// archive lost every paragraph break and every table cell separator): the page lists the sections
// the core recovered from the inline headings and redraws the tables with the divided cells.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, waitReady, paste, screenshot, repo } from './helpers.mjs';

const corpusDir = process.env.NIANBAO_CORPUS_DIR || path.resolve(repo, '../shared/corpus');
const file = path.join(corpusDir, '2021_pingtan_gwh.txt');

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('one-line report: recovered sections in the outline, divided cells in the tables tab', { skip: !existsSync(file) }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await waitReady(page);
  await paste(page, readFileSync(file, 'utf8'));
  const outline = await page.$$eval('#outline li', (items) => items.map((li) => li.textContent));
  for (const title of ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况',
    '存在的主要问题及改进情况', '其他需要报告的事项']) {
    assert.ok(outline.some((t) => t.includes(title)), `the outline lists ${title}`);
  }
  assert.ok(!outline.some((t) => t.includes('结转下年度继续办理')), 'a table row is not a section');
  const findings = await page.$$eval('#findings .frule', (els) => els.map((e) => e.textContent));
  assert.ok(!findings.includes('section.missing'), 'no part is reported missing');
  assert.ok(!findings.includes('table.sum'), 'the divided tables add up');
  await screenshot(page, 'one-line-report');

  await page.click('#tab-tables');
  const blocks = await page.$$eval('#tables .tbl-block', (bs) => bs.map((b) => ({
    title: b.querySelector('h3').textContent,
    note: b.querySelector('.tbl-note')?.textContent || '',
    firstRow: [...(b.querySelector('tbody tr')?.querySelectorAll('td') || [])].map((td) => td.textContent.trim()),
  })));
  const applications = blocks.find((b) => b.title.includes('表三'));
  assert.ok(applications, 'table 三 is redrawn');
  assert.deepEqual(applications.firstRow.slice(0, 7).map((v) => v.replace(/\s.*$/, '')), ['64', '0', '0', '2', '0', '4', '70']);
  assert.match(applications.note, /唯一拆分/);
  assert.ok(blocks.some((b) => /未作数字核对/.test(b.note)), 'the ambiguous block of table 二 says it was not checked');
  await screenshot(page, 'one-line-report-tables');
  assert.deepEqual(errors, []);
});
