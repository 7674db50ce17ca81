// Last year's report in the page (issue #12): the 上一年度报告 slot. The Huai'an 2024 report beside a
// "2023 report" whose 结转下年度继续办理 splits the same total otherwise: year.carryover blames the two
// cells, the summary names the file compared with, and clearing the slot takes the findings away.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitReady, paste, waitChecked, sampleText, screenshot } from './helpers.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const THIS_YEAR = sampleText('2024_huaian_szf.txt');
function lastYear() {
  let t = THIS_YEAR.replaceAll('2024', '2023');
  const at = t.indexOf('四、结转下年度继续办理');
  const eol = t.indexOf('\n', at);
  return t.slice(0, at) + '四、结转下年度继续办理          33     1     0     0     0     0     34' + t.slice(eol);
}

// The findings list's items of rule year.carryover (each item links to its rule).
const carryover = (page) => page.evaluate(() =>
  [...document.querySelectorAll('#findings .fitem')]
    .filter((li) => li.querySelector('.frule')?.textContent === 'year.carryover')
    .map((li) => li.textContent));

test('the 上一年度报告 slot compares the report with last year\'s, cell by cell', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await waitReady(page);
  await paste(page, THIS_YEAR);
  assert.equal((await carryover(page)).length, 0, 'nothing is compared without last year\'s report');

  const before = Number(await page.evaluate(() => document.documentElement.dataset.checked || 0));
  await page.setInputFiles('#previous-file', { name: '淮安2023年报.txt', mimeType: 'text/plain', buffer: Buffer.from(lastYear()) });
  await waitChecked(page, before);
  assert.equal(await page.textContent('#previous-name'), '淮安2023年报.txt');
  const found = await carryover(page);
  assert.equal(found.length, 2, `two cells blamed: ${found.join(' | ')}`);
  assert.ok(found.some((t) => t.includes('自然人') && t.includes('33')), found.join(' | '));
  assert.ok(found.some((t) => t.includes('商业企业')), found.join(' | '));
  const summary = await page.textContent('#summary');
  assert.ok(summary.includes('上一年度报告') && summary.includes('淮安2023年报.txt') && summary.includes('2023 年'), summary);
  await screenshot(page, 'previous-year-slot');

  // The exported JSON carries the comparison too (the core writes "previous").
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const chunks = [];
  for await (const c of await download.createReadStream()) chunks.push(c);
  assert.equal(JSON.parse(Buffer.concat(chunks).toString('utf8')).reports[0].previous.file, '淮安2023年报.txt');

  const again = Number(await page.evaluate(() => document.documentElement.dataset.checked || 0));
  await page.click('#previous-clear');
  await waitChecked(page, again);
  assert.equal((await carryover(page)).length, 0, 'cleared: no comparison');
  assert.equal(await page.textContent('#previous-name'), '');
  assert.deepEqual(errors, []);
  await page.close();
});
