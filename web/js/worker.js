// The checker runs here, off the main thread, so typing never waits for a check; so do the file
// converters (loaded on first use, see file-reader.js).
// Protocol ({id, type, …} → {id, ok, …}; on failure {id, ok: false, error, code, toolError}):
//   check  {text, options}  → {json, ms}       sarif {text, options} → {sarif}
//   rules                   → {rules, version} load {wasmModule?}     → {marks} once the checker can check
//   read   {bytes}          → {kind, text?, notes?}   (file-reader.js readFile)
//   html   {html}           → {text, notes}           layout {positioned} → {text, pages, table_rows, dropped_lines}

// When each step of loading ended (epoch milliseconds): the page turns them into performance marks
// (nianbao-worker-*), which is how the browser test sees where the time to "ready" goes.
const marks = {};
const mark = (name) => { marks[name] = performance.timeOrigin + performance.now(); };
mark('start');

// The page compiles the wasm while this worker starts (engine.js) and hands the module over with
// the 'load' request; meanwhile the worker imports the JS wrapper. Without a module from the page
// the wrapper fetches and compiles the file itself. The glue is requested at once too, not only
// once the wrapper has been parsed.
const wrapper = Promise.all([import('../wasm/nianbao.mjs'), import('../wasm/nianbao-core.mjs')])
  .then(([m]) => { mark('wrapper-imported'); return m; });

let checkerPromise = null;
let warmed = null;

function loadChecker(wasmModule) {
  checkerPromise ??= wrapper
    .then(({ createChecker }) => createChecker(wasmModule instanceof WebAssembly.Module ? { wasmModule } : {}))
    .then((checker) => { mark('instantiated'); return checker; });
  checkerPromise.catch(() => { checkerPromise = null; });
  return checkerPromise;
}

// The first check builds ICU's Traditional→Simplified transliterator (100–500 ms in wasm). It is
// done right after the page is told "ready", so ready is not held up by it; a check that arrives
// meanwhile waits for it (it would have paid for it anyway), one that comes later finds it built.
function warmUp(checker) {
  warmed ??= new Promise((resolve) => setTimeout(() => {
    const t0 = performance.now();
    try { checker.checkJson('年度報告', {}); } catch { /* the real check reports any failure */ }
    mark('warmed');
    resolve(performance.now() - t0);
  }, 0));
  return warmed;
}

const fileReader = () => import('./file-reader.js');

const handlers = {
  async load({ wasmModule }) {
    const checker = await loadChecker(wasmModule);
    warmUp(checker);
    return { marks };
  },
  async check({ text, options }) {
    const checker = await loadChecker();
    await warmUp(checker);
    const t0 = performance.now();
    const json = checker.checkJson(text, options);
    return { json, ms: performance.now() - t0 };
  },
  async sarif({ text, options }) {
    const checker = await loadChecker();
    return { sarif: checker.checkSarif(text, options) };
  },
  async rules() {
    const checker = await loadChecker();
    return { rules: checker.rules(), version: checker.version() };
  },
  async warmup() {
    return { ms: await warmUp(await loadChecker()), marks };
  },
  // Imported on first use: the worker starts fetching the checker without waiting for it.
  read: async ({ bytes }) => (await fileReader()).readFile(bytes),
  html: async ({ html }) => (await fileReader()).htmlToText(html),
  layout: async ({ positioned }) => (await fileReader()).layoutToText(positioned),
};

self.onmessage = async (event) => {
  const { id, type } = event.data;
  try {
    const handler = handlers[type];
    if (!handler) throw new Error(`unknown request ${type}`);
    self.postMessage({ id, ok: true, ...(await handler(event.data)) });
  } catch (err) {
    self.postMessage({
      id, ok: false, error: String((err && err.message) || err),
      code: err && typeof err.code === 'string' ? err.code : undefined,
      toolError: Boolean(err && err.toolError),
    });
  }
};
