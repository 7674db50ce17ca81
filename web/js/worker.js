// The checker runs here, off the main thread, so typing never waits for a check.
// Protocol: {id, type: 'check', text, options} → {id, ok, json, ms}; {id, type: 'rules'} → {id, ok, rules, version}.

let checkerPromise = null;

function loadChecker() {
  // The wrapper fetches nianbao-core.wasm beside itself (streaming compile when served as application/wasm).
  checkerPromise ??= import('../wasm/nianbao.mjs').then(({ createChecker }) => createChecker());
  checkerPromise.catch(() => { checkerPromise = null; });
  return checkerPromise;
}

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
