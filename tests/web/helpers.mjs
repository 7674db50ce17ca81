// Shared pieces of the browser tests: a tiny static server for build/web/site (gzip, request
// log, byte count), Debian's Chromium through playwright-core, and page helpers.
import http from 'node:http';
import { readFile, stat, mkdtemp, mkdir } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');
// NIANBAO_WEB_OUT: another build of the page (tools/build-web.sh --out), as a parallel session makes.
const webOut = path.resolve(process.env.NIANBAO_WEB_OUT || path.join(repo, 'build/web'));
export const siteDir = path.join(webOut, 'site');
export const singleFile = path.join(webOut, 'nianbao.html');
export const samplesDir = process.env.NIANBAO_SAMPLES_DIR || path.resolve(repo, '../shared/samples');
export const screenshotDir = path.join(here, 'screenshots');

export const SAMPLES = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();
export function sampleText(file) { return readFileSync(path.join(samplesDir, file), 'utf8'); }
export function expectedFor(file) {
  const key = file.replace(/\.txt$/, '').replace(/_[0-9a-f]{16}$/, '');
  const p = path.join(samplesDir, 'expected', `${key}.json`);
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
};

// Serves `root` on 127.0.0.1 (a free port). log: every request with the bytes sent on the wire.
const gzipCache = new Map();

async function precompress(root) {
  const walk = async (dir) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, name.name);
      if (name.isDirectory()) await walk(p);
      else {
        const st = await stat(p);
        const key = `${p}\0"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
        if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(await readFile(p), { level: 9 }));
      }
    }
  };
  if (existsSync(root)) await walk(root);
}

export async function startServer(root = siteDir) {
  const log = [];
  // Compress before listening, as a production server serves pre-compressed files: compressing a
  // 1.6 MB .wasm on the first request blocked this one-threaded server for ~150 ms and showed up in
  // the page's time to ready.
  await precompress(root);
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, rel);
    const entry = { url: req.url, status: 200, bytes: 0, gzip: false };
    log.push(entry);
    if (!file.startsWith(root)) { entry.status = 403; res.writeHead(403).end(); return; }
    try {
      const st = await stat(file);
      if (!st.isFile()) throw new Error('not a file');
      // Revalidation like any static server: the service worker's precache then costs 304s, not a second download.
      const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
      if (req.headers['if-none-match'] === etag) { entry.status = 304; res.writeHead(304, { ETag: etag }).end(); return; }
      let body = await readFile(file);
      const gzipKey = `${file}\0${etag}`;
      const headers = { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache', ETag: etag };
      if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        // Pre-compressed once per file version, as a production static server would.
        if (!gzipCache.has(gzipKey)) gzipCache.set(gzipKey, gzipSync(body, { level: 9 }));
        body = gzipCache.get(gzipKey);
        headers['Content-Encoding'] = 'gzip';
        entry.gzip = true;
      }
      headers['Content-Length'] = body.length;
      entry.bytes = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      entry.status = 404;
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}/`,
    log,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-quic', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

// A persistent context on a fresh user-data-dir (needed for the service-worker tests).
export async function launchPersistent() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'nianbao-chromium-'));
  return chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-quic', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export async function waitReady(page) {
  await page.waitForFunction(() => document.documentElement.dataset.ready, null, { timeout: 20000 });
  const ready = await page.evaluate(() => document.documentElement.dataset.ready);
  if (ready !== 'true') throw new Error(`engine did not load: ${await page.textContent('#status')}`);
}

// Pastes like a user: a paste event with a clipboard carrying text/plain (and text/html if given).
export async function paste(page, text, html) {
  const before = Number(await page.evaluate(() => document.documentElement.dataset.checked || 0));
  await page.focus('#input');
  await page.evaluate(({ text, html }) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    if (html) dt.setData('text/html', html);
    document.querySelector('#input').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, { text, html });
  await waitChecked(page, before);
}

export async function waitChecked(page, before) {
  await page.waitForFunction((b) => Number(document.documentElement.dataset.checked || 0) > b
    && document.querySelector('#status').dataset.kind !== 'busy', before, { timeout: 30000 });
}

// Opens a file through the file input; resolves when the page has checked it or said why not.
export async function openFile(page, name, buffer) {
  const before = Number(await page.evaluate(() => document.documentElement.dataset.checked || 0));
  await page.evaluate(() => { delete document.documentElement.dataset.fileKind; });
  await page.setInputFiles('#file', { name, mimeType: 'application/octet-stream', buffer });
  await page.waitForFunction((b) => document.documentElement.dataset.fileKind === 'unreadable'
    || (Number(document.documentElement.dataset.checked || 0) > b && document.querySelector('#status').dataset.kind !== 'busy'),
  before, { timeout: 60000 });
  return page.evaluate(() => document.documentElement.dataset.fileKind);
}

export async function clearInput(page) {
  await page.evaluate(() => { const t = document.querySelector('#input'); t.value = ''; t.dispatchEvent(new Event('input')); });
}

// The annotated view as the user sees it: the text of all rows (joined by '\n'), every mark with
// its offsets in that text and the rules it carries, and the sections' badges by line.
export async function readAnnotated(page) {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll('#annotated .row')];
    let offset = 0;
    const marks = [];
    const badges = [];
    const parts = [];
    rows.forEach((row, i) => {
      const tx = row.querySelector('.tx');
      const walker = document.createTreeWalker(tx, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      let rowText = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeType === 3) rowText += n.data;
        else if (n.matches('mark.f')) {
          const start = offset + rowText.length;
          marks.push({ start, end: start + n.textContent.length, rules: n.dataset.rules.split(' '), sev: [...n.classList].find((c) => c.startsWith('sev-')).slice(4) });
        }
      }
      parts.push(rowText);
      offset += rowText.length + 1;
      const badge = row.querySelector('.sec-badge');
      if (badge) badges.push({ line: i + 1, status: [...badge.classList].find((c) => c.startsWith('st-')).slice(3), text: badge.textContent });
    });
    return { text: parts.join('\n'), marks, badges };
  });
}

export async function screenshot(page, name) {
  await mkdir(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// The native CLI's stdout (exit 0 or 1 = findings); NIANBAO_CLI points at another build.
export const cliPath = process.env.NIANBAO_CLI || path.join(repo, 'build/native/bin/nianbao');
export function nativeCli(args, { input, cwd } = {}) {
  const r = spawnSync(cliPath, args, { input, cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`nianbao ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

// The checker in Node, from the built site: the reference the page's rendering is compared with.
export async function nodeChecker() {
  const { createChecker } = await import(path.join(siteDir, 'wasm/nianbao.mjs'));
  return createChecker({ wasmBinary: await readFile(path.join(siteDir, 'wasm/nianbao-core.wasm')) });
}
