// The checking engine behind one interface, wherever it runs:
//  - a module Web Worker (the served site), or
//  - the main thread (the single-file build opened from disk, where workers of file:// pages
//    cannot load modules), with the wasm glue and binary taken from inert <script> blocks.
// check(text, options) → Promise<{json: string, ms: number}>; sarif(text, options) → Promise<string>
// (the core's SARIF writer); rules() → Promise<{rules, version}>; and the file readers, loaded on
// first use: readFile(bytes), htmlToText(html), layoutToText(positioned) (see file-reader.js).
import { readFile, htmlToText, layoutToText } from './file-reader.js';

export async function createEngine() {
  const inline = document.getElementById('nianbao-wasm');
  if (inline) return createInlineEngine(await loadInlineChecker(), inlineFileSource());
  if (typeof Worker === 'function' && location.protocol !== 'file:') {
    try {
      // Compiling here while the worker starts up overlaps the two (a worker takes a while to
      // start; index.html preloads the .wasm so its download began with the page's).
      const compiled = compileCore();
      const engine = createWorkerEngine(new Worker(new URL('./worker.js', import.meta.url), { type: 'module' }));
      await engine.load(await compiled);
      return engine;
    } catch (err) {
      console.warn('worker unavailable, checking on the main thread', err);
    }
  }
  const { createChecker } = await import('../wasm/nianbao.mjs');
  return createInlineEngine(await createChecker());
}

// The checker's wasm as a WebAssembly.Module (streaming when the server says application/wasm);
// null when it cannot be compiled here, and the worker then loads it itself.
async function compileCore() {
  const url = new URL('../wasm/nianbao-core.wasm', import.meta.url);
  try {
    const response = fetch(url, { credentials: 'same-origin' });
    const module = typeof WebAssembly.compileStreaming === 'function'
      ? await WebAssembly.compileStreaming(response).catch(async () => WebAssembly.compile(await (await fetch(url)).arrayBuffer()))
      : await WebAssembly.compile(await (await response).arrayBuffer());
    performance.mark('nianbao-wasm-compiled');
    return module;
  } catch {
    return null;
  }
}

function createWorkerEngine(worker) {
  let nextId = 1;
  const pending = new Map();
  worker.onmessage = (e) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.ok) p.resolve(e.data);
    else p.reject(Object.assign(new Error(e.data.error), { code: e.data.code, toolError: e.data.toolError }));
  };
  worker.onerror = (e) => {
    e.preventDefault();
    for (const p of pending.values()) p.reject(new Error(e.message || '校验引擎出错'));
    pending.clear();
  };
  const call = (msg) => new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    worker.postMessage({ ...msg, id });
  });
  return {
    where: 'worker',
    load: (wasmModule) => call({ type: 'load', wasmModule }).then(({ marks }) => recordMarks(marks)),
    // Resolves once the worker has built what the first check needs (the test's timing aid).
    warmedUp: () => call({ type: 'warmup' }).then(({ ms, marks }) => { recordMarks(marks); return ms; }),
    check: (text, options) => call({ type: 'check', text, options }).then((r) => ({ json: r.json, ms: r.ms })),
    sarif: (text, options) => call({ type: 'sarif', text, options }).then((r) => r.sarif),
    rules: () => call({ type: 'rules' }).then((r) => ({ rules: r.rules, version: r.version })),
    readFile: (bytes) => call({ type: 'read', bytes }).then(({ kind, text, notes, needsDecoding }) => ({ kind, text, notes, needsDecoding })),
    htmlToText: (html) => call({ type: 'html', html }).then(({ text, notes }) => ({ text, notes })),
    layoutToText: (positioned) => call({ type: 'layout', positioned })
      .then(({ text, pages, table_rows, dropped_lines }) => ({ text, pages, table_rows, dropped_lines })),
  };
}

// fileSource: how the main thread gets the file-reader module (inlined pieces in the single file).
// The worker's marks (epoch ms) as marks on the page's timeline: nianbao-worker-start, -wasm-compiled,
// -wrapper-imported, -instantiated, -warmed.
function recordMarks(marks = {}) {
  for (const [name, at] of Object.entries(marks)) {
    const markName = `nianbao-worker-${name}`;
    if (!performance.getEntriesByName(markName).length) performance.mark(markName, { startTime: at - performance.timeOrigin });
  }
}

function createInlineEngine(checker, fileSource) {
  return {
    where: 'main',
    load: async () => {},
    warmedUp: async () => 0,
    check: async (text, options) => {
      const t0 = performance.now();
      const json = checker.checkJson(text, options);
      return { json, ms: performance.now() - t0 };
    },
    sarif: async (text, options) => checker.checkSarif(text, options),
    rules: async () => ({ rules: checker.rules(), version: checker.version() }),
    readFile: (bytes) => readFile(bytes, fileSource),
    htmlToText: (html) => htmlToText(html, fileSource),
    layoutToText: (positioned) => layoutToText(positioned, fileSource),
  };
}

// Single-file build: the wrapper and the Emscripten glue are ES modules kept as base64 text; they are
// imported from blob: URLs (the wrapper's import of the glue re-pointed at the glue's blob).
async function loadInlineChecker() {
  const { createChecker } = await importInlineWrapper('nianbao-wrapper', 'nianbao-glue', 'nianbao-core.mjs');
  return createChecker({ wasmBinary: inlineBytes('nianbao-wasm') });
}

// The file-reader module of the single file, decoded and compiled only when a file is first opened.
function inlineFileSource() {
  if (!document.getElementById('nianbao-files-wasm')) return {};
  return {
    importWrapper: () => importInlineWrapper('nianbao-files-wrapper', 'nianbao-files-glue',
      document.getElementById('nianbao-files-glue').dataset.file),
    get wasmModule() { return WebAssembly.compile(inlineBytes('nianbao-files-wasm')); },
  };
}

const inlineBytes = (id) => base64ToBytes(document.getElementById(id).textContent);

// A wrapper module and its Emscripten glue kept as base64 text: both imported from blob: URLs, the
// wrapper's import of the glue ('./<glueFile>') re-pointed at the glue's blob.
async function importInlineWrapper(wrapperId, glueId, glueFile) {
  const glueUrl = URL.createObjectURL(new Blob([inlineBytes(glueId)], { type: 'text/javascript' }));
  const quoted = new RegExp(`(["'])\\./${glueFile.replace(/[.]/g, '\\.')}\\1`, 'g');
  const wrapperSource = new TextDecoder().decode(inlineBytes(wrapperId)).replace(quoted, JSON.stringify(glueUrl));
  const wrapperUrl = URL.createObjectURL(new Blob([wrapperSource], { type: 'text/javascript' }));
  return import(wrapperUrl);
}

export function base64ToBytes(b64) {
  const bin = atob(b64.replace(/\s+/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
