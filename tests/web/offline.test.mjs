// Private and offline: no request leaves the origin; the service worker lets the page work with
// the server gone; the single-file build works from file://. Also measures what a first check
// costs (bytes on the wire, time to ready, time per sample, typing on a 200 KB paste).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, launch, launchPersistent, waitReady, paste, openFile, readAnnotated, screenshot, screenshotDir, SAMPLES, sampleText, samplesDir, singleFile } from './helpers.mjs';

const metrics = {};
let browser;
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  await mkdir(screenshotDir, { recursive: true });
  await writeFile(path.join(screenshotDir, 'metrics.json'), JSON.stringify(metrics, null, 2));
  console.log('# metrics', JSON.stringify(metrics));
});

test('no request leaves the origin; first check bytes and timings', async (t) => {
  const server = await startServer();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  await page.goto(server.url);
  await waitReady(page);
  const ready = await page.evaluate(() => performance.getEntriesByName('nianbao-ready')[0].startTime);
  await paste(page, sampleText(SAMPLES[0]));
  await page.waitForTimeout(500); // let the service worker's precache run: it is counted apart
  const firstCheck = server.log.filter((e) => !e.url.startsWith('/samples/') && e.url !== '/sw.js');
  metrics.ready_ms = Math.round(ready);
  // Where the time to ready goes (page and worker steps on the page's timeline; see engine.js).
  metrics.ready_marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark')
    .filter((m) => m.name.startsWith('nianbao-')).map((m) => [m.name.slice(8), Math.round(m.startTime)])));
  const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0].toJSON());
  metrics.ready_marks.html_received = Math.round(nav.responseEnd);
  metrics.ready_marks.dom_content_loaded = Math.round(nav.domContentLoadedEventEnd);
  metrics.first_check_gzip_bytes_incl_precache = server.log.reduce((a, e) => a + e.bytes, 0);
  // What the page itself needs for a first check (each file once; the precache fetches it again).
  const seen = new Map();
  for (const e of firstCheck) seen.set(e.url, Math.max(seen.get(e.url) || 0, e.bytes));
  metrics.first_check_gzip_bytes = [...seen.values()].reduce((a, b) => a + b, 0);
  t.diagnostic(`ready after ${metrics.ready_ms} ms (${JSON.stringify(metrics.ready_marks)}); first check ${metrics.first_check_gzip_bytes} bytes gzip`);

  const times = {};
  for (const file of SAMPLES) {
    await paste(page, sampleText(file));
    const status = await page.textContent('#status');
    times[file] = Number(/用时 (\d+)/.exec(status)[1]);
  }
  metrics.check_ms = times;
  const foreign = requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'every request goes to the page origin');
  assert.ok(server.log.every((e) => e.status === 200 || e.status === 304), `no 404: ${server.log.filter((e) => e.status >= 400).map((e) => e.url)}`);
  assert.ok(metrics.first_check_gzip_bytes <= 1024 * 1024, 'first check ≤ 1 MB gzip');
  assert.deepEqual(firstCheck.map((e) => e.url).filter((u) => /\/(pdfjs|wasm\/nianbao-files)/.test(u)), [],
    'pdf.js and the file reader are not part of a first check');
  await context.close();
  await server.close();
});

// Keystroke → next frame, measured on the page and on a bare textarea holding the same text (the
// browser's own cost on this machine): the page must add little to it.
async function keyLatency(page, keys) {
  await page.evaluate(() => {
    const t = document.querySelector('textarea');
    t.focus();
    t.setSelectionRange(5000, 5000);
    window.__lat = [];
    t.addEventListener('keydown', () => {
      const t0 = performance.now();
      requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - t0)));
    });
  });
  await page.keyboard.type(keys, { delay: 80 });
  await page.waitForTimeout(400);
  const lat = (await page.evaluate(() => window.__lat)).sort((a, b) => a - b);
  return { median: Math.round(lat[lat.length >> 1]), max: Math.round(lat.at(-1)), keys: lat.length };
}

test('typing stays responsive on a 200 KB paste', async (t) => {
  const server = await startServer();
  let big = '';
  const base = sampleText(SAMPLES[1]);
  while (big.length < 200 * 1024) big += base;

  const bare = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await bare.setContent('<textarea wrap="off" style="width:820px;height:680px;font:14px sans-serif"></textarea>');
  await bare.evaluate((text) => { document.querySelector('textarea').value = text; }, big);
  const baseline = await keyLatency(bare, 'abcdefghijklmnop');
  await bare.close();

  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await waitReady(page);
  await paste(page, big);
  metrics.check_200kb_ms = Number(/用时 (\d+)/.exec(await page.textContent('#status'))?.[1]);
  await page.click('#tab-edit');
  const typing = await keyLatency(page, 'abcdefghijklmnop');
  metrics.typing_200kb_ms = { page: typing, bare_textarea: baseline };
  t.diagnostic(`typing on 200 KB: page ${JSON.stringify(typing)}, bare textarea ${JSON.stringify(baseline)}`);
  assert.ok(typing.median <= baseline.median * 2 + 50, 'the page adds little to the browser\'s own keystroke cost');
  // The debounced check of the edited 200 KB text still arrives.
  const before = Number(await page.evaluate(() => document.documentElement.dataset.checked));
  await page.waitForFunction((b) => Number(document.documentElement.dataset.checked) > b, before, { timeout: 30000 });
  await page.close();
  await server.close();
});

test('service worker: after the first visit the page works with the server gone', async () => {
  const server = await startServer();
  const context = await launchPersistent();
  const page = context.pages()[0] || await context.newPage();
  await page.goto(server.url);
  await waitReady(page);
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    return reg.active.state;
  });
  // A PDF opened once online: pdf.js and the file reader are kept by the service worker then.
  const pdf = readFileSync(path.join(samplesDir, 'pdf/2024_huaian_szf.pdf'));
  assert.equal(await openFile(page, '2024_huaian_szf.pdf', pdf), 'pdf');
  const online = await page.inputValue('#input');
  const precached = server.log.filter((e) => /\/(pdfjs|wasm\/nianbao-files)/.test(e.url)).map((e) => e.url);
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await waitReady(page);
  await paste(page, sampleText(SAMPLES[1]));
  const view = await readAnnotated(page);
  assert.ok(view.marks.length > 0, 'checked offline');
  assert.equal(await openFile(page, '2024_huaian_szf.pdf', pdf), 'pdf', `the PDF opens offline (fetched online: ${precached.join(' ')})`);
  assert.equal(await page.inputValue('#input'), online, 'the same text as online');
  // The bundled samples come from the cache too.
  const options = await page.$$eval('#sample option', (o) => o.map((x) => x.value).filter(Boolean));
  assert.ok(options.length >= 1);
  await screenshot(page, 'offline');
  await context.close();
});

test('single-file build works from file://', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(pathToFileURL(singleFile).href);
  await waitReady(page);
  await paste(page, sampleText(SAMPLES[0]));
  const view = await readAnnotated(page);
  assert.ok(view.marks.length > 0, 'findings marked');
  const options = await page.$$eval('#sample option', (o) => o.map((x) => x.value).filter(Boolean));
  assert.equal(options.length, SAMPLES.length, 'samples are inlined');
  await page.click('#tab-rules');
  await page.waitForSelector('#rules article.rule');
  assert.deepEqual(requests.filter((u) => !/^(file|blob|data):/.test(u)), [], 'no network request');
  assert.deepEqual(errors, []);
  await screenshot(page, 'single-file');
  await context.close();
});
