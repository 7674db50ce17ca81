// The file reader (年报校验's second WebAssembly module): the core's .docx and HTML converters, file
// kinds by content and the PDF layout reconstruction, loaded by the page only when a file is opened
// or HTML is pasted. The same C++ the CLI runs, so a file reads the same in both.
//
//   import { createFileReader } from './nianbao-files.mjs';
//   const reader = await createFileReader();      // Node: reads ./nianbao-files.wasm; browser: fetches it
//   const reader = await createFileReader({ instantiateWasm })  // or any Emscripten module argument
//   reader.sniff(bytes)        → 'empty'|'text'|'html'|'docx'|'pdf'|'legacy-word'|'zip'|'image'|'binary'
//   reader.extract(bytes)      → {text, notes}      (.docx; a UTF-8 web page)
//   reader.htmlToText(html)    → {text, notes}      (a string: the clipboard's text/html, a decoded page)
//   reader.layoutToText(pos)   → {text, pages, text_items, table_rows, dropped_lines}
//                                 (pos: {pages:[{width,height}], items:[{page,x,y,width,height,text}]})
//
// Errors: what a file cannot be read as throws an Error whose .code is the core's error code and whose
// .message is its Chinese sentence (what the file is, what to do): 'legacy-word', 'zip', 'image',
// 'binary', 'empty', 'docx-damaged', 'not-docx', 'encrypted', 'too-large', 'too-deep', …; and for what
// the caller must do first: 'needs-decoding' (plain text, or a page not in UTF-8: decode it, then
// htmlToText), 'needs-layout' (a PDF: positioned text, then layoutToText). A failure inside the module
// (a trap) throws an Error with .toolError = true, and the module is re-instantiated.
import createNianbaoFilesCore from './nianbao-files-glue.mjs';

const WASM_FILE = 'nianbao-files.wasm';
const isNode = typeof process === 'object' && process !== null && typeof process.versions === 'object' &&
               process.versions !== null && typeof process.versions.node === 'string';
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

async function compileBeside() {
  const url = new URL(WASM_FILE, import.meta.url);
  if (isNode && url.protocol === 'file:') {
    const fsName = 'node:fs/promises';  // a variable: bundlers leave it alone
    const { readFile } = await import(fsName);
    return WebAssembly.compile(await readFile(url));
  }
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`nianbao-files: cannot load ${url}: HTTP ${response.status}`);
  return WebAssembly.compile(await response.arrayBuffer());
}

const quiet = { locateFile: (file) => file, print() {}, printErr() {} };

// A fresh instance from an already compiled module, synchronously (so a call can recover before it returns).
function instantiateSync(wasmModule) {
  const core = {
    ...quiet,
    instantiateWasm(imports, receiveInstance) {
      receiveInstance(new WebAssembly.Instance(wasmModule, imports), wasmModule);
      return {};
    },
  };
  createNianbaoFilesCore(core).catch(() => {});
  if (!core.calledRun || typeof core._nianbao_files_extract !== 'function') {
    throw new Error('nianbao-files: the WebAssembly module did not initialize');
  }
  return core;
}

function toolError(message, cause) {
  const e = new Error(`nianbao-files: ${message}`, cause === undefined ? undefined : { cause });
  e.toolError = true;
  return e;
}

class FileReader {
  #core;
  #wasmModule;

  constructor(core, wasmModule) {
    this.#core = core;
    this.#wasmModule = wasmModule;
  }

  sniff(bytes) {
    return this.#call((core) => withBytes(core, toBytes(bytes), (ptr, n) => {
      const key = core._nianbao_files_sniff(ptr, n);
      return decoder.decode(core.HEAPU8.subarray(key, core.HEAPU8.indexOf(0, key)));
    }));
  }

  extract(bytes) {
    return this.#json((core) => withBytes(core, toBytes(bytes), (ptr, n) => core._nianbao_files_extract(ptr, n)));
  }

  htmlToText(html) {
    if (typeof html !== 'string') throw new TypeError('nianbao-files: htmlToText(html): html must be a string');
    return this.#json((core) => withBytes(core, encoder.encode(html), (ptr, n) => core._nianbao_files_html(ptr, n)));
  }

  layoutToText(positioned) {
    const json = encoder.encode(typeof positioned === 'string' ? positioned : JSON.stringify(positioned));
    return this.#json((core) => withBytes(core, json, (ptr, n) => core._nianbao_files_layout(ptr, n)));
  }

  // Test hook: makes the module trap, to test recovery. Not part of the API.
  _testTrap() {
    this.#call((core) => core._nianbao_files_test_trap());
  }

  #json(run) {
    const result = JSON.parse(this.#call((core) => takeString(core, run(core))));
    if (result.error) {
      const e = new Error(result.error.message);
      e.code = result.error.code;
      if (e.code === 'internal' || e.code === 'out-of-memory') e.toolError = true;
      throw e;
    }
    return result;
  }

  // Runs fn against the live instance; a trap replaces the instance (when the compiled module is known).
  #call(fn) {
    if (!this.#core) throw toolError('the module failed earlier and could not be restarted');
    try {
      return fn(this.#core);
    } catch (e) {
      if (e && e.code === 'input-too-large') throw e;
      this.#core = null;
      if (this.#wasmModule) {
        try {
          this.#core = instantiateSync(this.#wasmModule);
        } catch (again) {
          throw toolError(`the module failed and could not be restarted (${again && again.message})`, e);
        }
      }
      throw toolError(`internal failure in the WebAssembly module (${e && e.message})`, e);
    }
  }
}

function toBytes(bytes) {
  if (bytes instanceof Uint8Array) return bytes;
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  if (ArrayBuffer.isView(bytes)) return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  throw new TypeError('nianbao-files: expected a Uint8Array');
}

function withBytes(core, bytes, fn) {
  const ptr = core._nianbao_files_alloc(bytes.length);
  if (!ptr) throw Object.assign(new Error('文件太大，内存不足，无法读取。'), { code: 'input-too-large' });
  try {
    core.HEAPU8.set(bytes, ptr);
    return fn(ptr, bytes.length);
  } finally {
    core._nianbao_files_free(ptr);
  }
}

function takeString(core, ptr) {
  if (!ptr) throw toolError('out of memory in the WebAssembly module');
  try {
    const heap = core.HEAPU8;
    const end = heap.indexOf(0, ptr);
    if (end < 0) throw toolError('the module returned an unterminated string');
    return decoder.decode(heap.subarray(ptr, end));
  } finally {
    core._nianbao_files_free(ptr);
  }
}

/**
 * Loads the file-reader module.
 * @param {object} [moduleArg] an Emscripten module argument (instantiateWasm, locateFile, …), or
 *   {wasmModule: WebAssembly.Module} / {wasmBinary: bytes}; by default the .wasm beside this file.
 */
export async function createFileReader(moduleArg = {}) {
  if (typeof moduleArg.instantiateWasm === 'function' && !(moduleArg.wasmModule instanceof WebAssembly.Module)) {
    // The caller instantiates (the page compiles while this module is imported); keep the compiled
    // module it hands over, to re-instantiate after a trap.
    let wasmModule = null;
    const core = await createNianbaoFilesCore({
      ...quiet,
      ...moduleArg,
      instantiateWasm(imports, receiveInstance) {
        return moduleArg.instantiateWasm(imports, (instance, module) => {
          wasmModule = module instanceof WebAssembly.Module ? module : null;
          receiveInstance(instance, module);
        });
      },
    });
    return new FileReader(core, wasmModule);
  }
  const wasmModule = moduleArg.wasmModule instanceof WebAssembly.Module
    ? moduleArg.wasmModule
    : moduleArg.wasmBinary ? await WebAssembly.compile(moduleArg.wasmBinary) : await compileBeside();
  return new FileReader(instantiateSync(wasmModule), wasmModule);
}

export default createFileReader;
