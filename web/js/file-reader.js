// The file-reader module (wasm/nianbao-files.{mjs,wasm}: the core's .docx/HTML converters, file
// kinds by content and the PDF layout reconstruction) is loaded only when a file is opened or HTML
// is pasted, so the first check of pasted text never pays for it. Used by the worker and, where
// there is no worker, by the main thread; both live in js/, so the relative paths hold for both.
//
// readFile(bytes) is the one reading of an opened file:
//   {kind: 'text'}                      → the caller decodes the bytes (UTF-8 / GB18030 / UTF-16)
//   {kind: 'pdf'}                       → the caller extracts positioned text (pdf.js) and calls layoutToText()
//   {kind: 'html'|'docx', text, notes}  → converted by the core, as the CLI converts it
//   {kind: 'html', needsDecoding: true} → a page not in UTF-8: the caller decodes it, then htmlToText()
//   unsupported kinds                   → throws the core's Chinese message (.code set)

let readerPromise = null;

// source: {wasmModule?, importWrapper?}: the single-file build gives its own (inlined) pieces.
export function loadFileReader(source = {}) {
  readerPromise ??= (async () => {
    const wasmUrl = new URL('../wasm/nianbao-files.wasm', import.meta.url);
    const [wrapper, wasmModule] = await Promise.all([
      source.importWrapper ? source.importWrapper() : import('../wasm/nianbao-files.mjs'),
      source.wasmModule ?? (typeof WebAssembly.compileStreaming === 'function'
        ? WebAssembly.compileStreaming(fetch(wasmUrl))
        : fetch(wasmUrl).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b))),
    ]);
    // The hook has no way to report a failure: a failed instantiation rejects this race instead of
    // leaving createFileReader waiting for ever.
    let instantiationFailed;
    const failed = new Promise((resolve, reject) => { instantiationFailed = reject; });
    return Promise.race([failed, wrapper.createFileReader({
      // The standard Emscripten hook: instantiate the module compiled above (streaming, in parallel
      // with the import), never a second fetch by the glue.
      instantiateWasm(imports, receiveInstance) {
        WebAssembly.instantiate(wasmModule, imports)
          .then((instance) => receiveInstance(instance, wasmModule), instantiationFailed);
        return {};
      },
      locateFile: (file) => file,
      print() {},
      printErr() {},
    })]);
  })();
  readerPromise.catch(() => { readerPromise = null; });
  return readerPromise;
}

export class FileReadError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

const NEEDS_CALLER = new Set(['text', 'pdf']);

export async function readFile(bytes, source) {
  const reader = await loadReader(source);
  const kind = reader.sniff(bytes);
  if (NEEDS_CALLER.has(kind)) return { kind };
  // extract() throws the core's message for what it cannot read (.doc, images, ZIPs, empty files).
  try {
    const { text, notes } = reader.extract(bytes);
    return { kind, text, notes: notes || [] };
  } catch (err) {
    if (err && err.code === 'needs-decoding' && kind === 'html') return { kind, needsDecoding: true };
    throw err;
  }
}

export async function htmlToText(html, source) {
  const reader = await loadReader(source);
  const { text, notes } = reader.htmlToText(html);
  return { text, notes: notes || [] };
}

export async function layoutToText(positioned, source) {
  const reader = await loadReader(source);
  return reader.layoutToText(positioned);
}

async function loadReader(source) {
  try {
    return await loadFileReader(source);
  } catch (err) {
    throw new FileReadError('reader-unavailable',
      `文件读取组件无法加载（${err && err.message}）。如果正在离线使用，请联网后再打开文件一次，之后即可离线读取。`);
  }
}
