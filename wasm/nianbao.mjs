// Nianbao Check (年报校验) for JavaScript: the C++ core compiled to WebAssembly behind a small API.
//
//   import { createChecker } from './nianbao.mjs';
//   const checker = await createChecker();          // browser: fetches ./nianbao-core.wasm
//   const checker = await createChecker({ wasmBinary }); // or give the bytes (any environment)
//   checker.check(text, { edition: 'auto', kind: 'auto', file: 'a.txt' })  // → result object
//   checker.checkJson(text, options)  // → the exact JSON text `nianbao check --format json` prints
//   checker.checkSarif(text, options) // → the exact SARIF text `nianbao check --format sarif` prints
//   checker.rules()                   // → [{id, severity, summary, what, why, basis, fires, quiet}]
//   checker.version()                 // → "0.1.0"
//
// Errors: bad input (too large) throws an Error with .code; a failure inside the module (a wasm trap,
// out of memory) throws an Error with .toolError = true, and the module is re-instantiated so the
// next call works.
import createNianbaoCore from './nianbao-core.mjs';

const WASM_FILE = 'nianbao-core.wasm';
const isNode = typeof process === 'object' && process !== null && typeof process.versions === 'object' &&
               process.versions !== null && typeof process.versions.node === 'string';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

// The compiled WebAssembly.Module, from the given bytes, the file beside this module (Node), or fetch.
async function compileCore(wasmBinary) {
  if (wasmBinary) return WebAssembly.compile(wasmBinary);
  const url = new URL(WASM_FILE, import.meta.url);
  if (isNode && url.protocol === 'file:') {
    // Node's fetch rejects file: URLs. The specifier is a variable so that bundlers leave it alone.
    const fsName = 'node:fs/promises';
    const { readFile } = await import(fsName);
    return WebAssembly.compile(await readFile(url));
  }
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`nianbao: cannot load ${url}: HTTP ${response.status}`);
  if (typeof WebAssembly.compileStreaming === 'function' &&
      (response.headers.get('content-type') || '').startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

// A fresh, initialized instance of the core. Synchronous (the module is already compiled), so that
// the synchronous check() can recover from a trap before it returns.
function instantiateCore(wasmModule) {
  const core = {
    instantiateWasm(imports, receiveInstance) {
      receiveInstance(new WebAssembly.Instance(wasmModule, imports), wasmModule);
      return {};
    },
    // Never used for loading (instantiateWasm does that), but it keeps the glue from resolving its
    // .wasm against import.meta.url, which throws when the glue itself is loaded from a blob: URL.
    locateFile: (file) => file,
    print() {},
    printErr() {},
  };
  // With instantiateWasm answering synchronously the factory initializes `core` before it returns;
  // the promise it returns resolves to the same object.
  const ready = createNianbaoCore(core);
  ready.catch(() => {});
  if (!core.calledRun || typeof core._nianbao_check !== 'function') {
    throw new Error('nianbao: the WebAssembly module did not initialize');
  }
  return core;
}

function toolError(message, cause) {
  const e = new Error(`nianbao: ${message}`, cause === undefined ? undefined : { cause });
  e.toolError = true;
  return e;
}

class Checker {
  #wasmModule;
  #core;

  constructor(wasmModule) {
    this.#wasmModule = wasmModule;
    this.#core = instantiateCore(wasmModule);
  }

  version() {
    return this.#call((core) => readString(core, core._nianbao_version()));
  }

  rules() {
    return JSON.parse(this.#call((core) => takeString(core, core._nianbao_rules())));
  }

  check(text, options = {}) {
    return JSON.parse(this.checkJson(text, options));
  }

  checkJson(text, options = {}) {
    return this.#run(text, optionsObject(options));
  }

  // SARIF 2.1.0 written by the core (core/output/sarif.cpp), the same bytes as the CLI's.
  checkSarif(text, options = {}) {
    return this.#run(text, { ...optionsObject(options), format: 'sarif' });
  }

  #run(text, optionsObj) {
    if (typeof text !== 'string') throw new TypeError('nianbao: check(text): text must be a string');
    const optionsJson = JSON.stringify(optionsObj);
    const json = this.#call((core) => {
      const bytes = encoder.encode(text);
      const opts = encoder.encode(optionsJson);
      const input = core._nianbao_alloc(bytes.length);
      const optsPtr = core._nianbao_alloc(opts.length);
      try {
        if (!input || !optsPtr) throw Object.assign(new Error('nianbao: input too large for memory'),
                                                     { code: 'input-too-large' });
        core.HEAPU8.set(bytes, input);
        core.HEAPU8.set(opts, optsPtr);
        core.HEAPU8[optsPtr + opts.length] = 0;
        return takeString(core, core._nianbao_check(input, bytes.length, optsPtr));
      } finally {
        if (input) core._nianbao_free(input);
        if (optsPtr) core._nianbao_free(optsPtr);
      }
    });
    if (json.startsWith('{"error":')) {
      const { error } = JSON.parse(json);
      const e = new Error(`nianbao: ${error.message}`);
      e.code = error.code;
      if (error.code === 'internal' || error.code === 'out-of-memory') e.toolError = true;
      throw e;
    }
    return json;
  }

  // Test hook: makes the module trap, to test recovery. Not part of the API.
  _testTrap() {
    this.#call((core) => core._nianbao_test_trap());
  }

  // Runs fn against the live instance; a trap (or any failure inside the module) replaces the instance.
  #call(fn) {
    try {
      return fn(this.#core);
    } catch (e) {
      if (e && (e.code === 'input-too-large')) throw e;
      this.#core = null;
      try {
        this.#core = instantiateCore(this.#wasmModule);
      } catch (again) {
        throw toolError(`the module failed and could not be restarted (${again && again.message})`, e);
      }
      throw toolError(`internal failure in the WebAssembly module (${e && e.message}); it was restarted`, e);
    }
  }
}

function optionsObject(options) {
  const o = {};
  if (options == null) return o;
  if (options.edition !== undefined) o.edition = String(options.edition);
  if (options.kind !== undefined) o.kind = String(options.kind);
  if (options.file !== undefined && options.file !== null) o.file = String(options.file);
  if (options.assume_report !== undefined) o.assume_report = Boolean(options.assume_report);
  // Last year's report and a reviewer's decisions (issue #12), as CheckOptions::from_json reads them.
  if (options.previous && typeof options.previous.text === 'string') {
    o.previous = { text: options.previous.text };
    if (options.previous.file !== undefined && options.previous.file !== null) o.previous.file = String(options.previous.file);
  }
  if (Array.isArray(options.decisions)) {
    o.decisions = options.decisions.map((d) => ({
      fingerprint: String(d.fingerprint ?? ''), rule: String(d.rule ?? ''), status: String(d.status ?? ''), note: String(d.note ?? ''),
    }));
  }
  if (options.hide_dismissed !== undefined) o.hide_dismissed = Boolean(options.hide_dismissed);
  return o;
}

// The terminating NUL: TypedArray.indexOf is native (a byte-by-byte JS loop cost 1 % of a check).
function cStringEnd(heap, ptr) {
  const end = heap.indexOf(0, ptr);
  if (end < 0) throw toolError('the module returned an unterminated string');
  return end;
}

// A string the module keeps (static storage).
function readString(core, ptr) {
  if (!ptr) throw toolError('the module returned no string');
  const heap = core.HEAPU8;
  return decoder.decode(heap.subarray(ptr, cStringEnd(heap, ptr)));
}

// A string the module allocated for us: copy it out, then free it.
function takeString(core, ptr) {
  if (!ptr) throw toolError('out of memory in the WebAssembly module');
  try {
    return readString(core, ptr);
  } finally {
    core._nianbao_free(ptr);
  }
}

/**
 * Loads the WebAssembly core and returns a checker.
 * @param {{wasmBinary?: ArrayBuffer|Uint8Array, wasmModule?: WebAssembly.Module}} [options]
 */
export async function createChecker(options = {}) {
  const wasmModule = options.wasmModule instanceof WebAssembly.Module
    ? options.wasmModule
    : await compileCore(options.wasmBinary);
  return new Checker(wasmModule);
}

export default createChecker;
