// --pre-js for the Emscripten glue (emitted inside the module factory, before environment detection).
// Emscripten 3.1.6's ES6 output still reads the CommonJS `__dirname` under Node, which an ES module
// does not have. The wrapper (nianbao.mjs) always supplies the compiled module through
// instantiateWasm, so the glue never reads files and an empty directory is enough.
var __dirname = '';
