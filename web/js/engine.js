// The checking engine behind one interface, wherever it runs:
//  - a module Web Worker (the served site), or
//  - the main thread (the single-file build opened from disk, where workers of file:// pages
//    cannot load modules), with the wasm glue and binary taken from inert <script> blocks.
// check(text, options) → Promise<{json: string, ms: number}>; rules() → Promise<{rules, version}>.

export async function createEngine() {
  const inline = document.getElementById('nianbao-wasm');
  if (inline) return createInlineEngine(await loadInlineChecker());
  if (typeof Worker === 'function' && location.protocol !== 'file:') {
    try {
      const engine = createWorkerEngine(new Worker(new URL('./worker.js', import.meta.url), { type: 'module' }));
      await engine.load();
      return engine;
    } catch (err) {
      console.warn('worker unavailable, checking on the main thread', err);
    }
  }
  const { createChecker } = await import('../wasm/nianbao.mjs');
  return createInlineEngine(await createChecker());
}

function createWorkerEngine(worker) {
  let nextId = 1;
  const pending = new Map();
  worker.onmessage = (e) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.ok) p.resolve(e.data);
    else p.reject(Object.assign(new Error(e.data.error), { toolError: e.data.toolError }));
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
    load: () => call({ type: 'load' }),
    check: (text, options) => call({ type: 'check', text, options }).then((r) => ({ json: r.json, ms: r.ms })),
    rules: () => call({ type: 'rules' }).then((r) => ({ rules: r.rules, version: r.version })),
  };
}

function createInlineEngine(checker) {
  return {
    where: 'main',
    load: async () => {},
    check: async (text, options) => {
      const t0 = performance.now();
      const json = checker.checkJson(text, options);
      return { json, ms: performance.now() - t0 };
    },
    rules: async () => ({ rules: checker.rules(), version: checker.version() }),
  };
}

// Single-file build: the wrapper and the Emscripten glue are ES modules kept as base64 text; they are
// imported from blob: URLs (the wrapper's import of the glue re-pointed at the glue's blob).
async function loadInlineChecker() {
  const bytes = (id) => base64ToBytes(document.getElementById(id).textContent);
  const glueUrl = URL.createObjectURL(new Blob([bytes('nianbao-glue')], { type: 'text/javascript' }));
  const wrapperSource = new TextDecoder().decode(bytes('nianbao-wrapper')).replace(/(["'])\.\/nianbao-core\.mjs\1/g, JSON.stringify(glueUrl));
  const wrapperUrl = URL.createObjectURL(new Blob([wrapperSource], { type: 'text/javascript' }));
  const { createChecker } = await import(wrapperUrl);
  return createChecker({ wasmBinary: bytes('nianbao-wasm') });
}

export function base64ToBytes(b64) {
  const bin = atob(b64.replace(/\s+/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
