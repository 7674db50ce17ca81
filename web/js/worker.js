// The checker runs here, off the main thread, so typing never waits for a check.
// Protocol: {id, type: 'check', text, options} → {id, ok, json, ms}; {id, type: 'rules'} → {id, ok, rules, version}.

// Start downloading and compiling the wasm at once, in parallel with importing the JS wrapper
// (streaming compile needs application/wasm; otherwise the wrapper loads the file itself).
const wasmUrl = new URL('../wasm/nianbao-core.wasm', import.meta.url);
const compiled = typeof WebAssembly.compileStreaming === 'function'
  ? WebAssembly.compileStreaming(fetch(wasmUrl)).catch(() => null)
  : Promise.resolve(null);

let checkerPromise = null;

function loadChecker() {
  checkerPromise ??= Promise.all([import('../wasm/nianbao.mjs'), compiled])
    .then(([{ createChecker }, wasmModule]) => createChecker(wasmModule ? { wasmModule } : {}))
    .then((checker) => {
      // Warm up: the first check builds ICU's Traditional→Simplified transliterator (hundreds of
      // milliseconds in wasm). Doing it now, while the page is still being read, keeps the user's
      // first check fast.
      checker.checkJson('年度報告', {});
      return checker;
    });
  checkerPromise.catch(() => { checkerPromise = null; });
  return checkerPromise;
}
loadChecker();

self.onmessage = async (event) => {
  const { id, type, text, options } = event.data;
  try {
    const checker = await loadChecker();
    if (type === 'check') {
      const t0 = performance.now();
      const json = checker.checkJson(text, options);
      self.postMessage({ id, ok: true, json, ms: performance.now() - t0 });
    } else if (type === 'rules') {
      self.postMessage({ id, ok: true, rules: checker.rules(), version: checker.version() });
    } else if (type === 'load') {
      self.postMessage({ id, ok: true });
    }
  } catch (err) {
    self.postMessage({ id, ok: false, error: String((err && err.message) || err), toolError: Boolean(err && err.toolError) });
  }
};
