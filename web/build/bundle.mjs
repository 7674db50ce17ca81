// A tiny bundler for the page's own ES modules (web/js), used by the single-file build: each
// module becomes a function scope, its named imports become destructurings of the module objects.
// It understands exactly the subset the page uses: one-line `import { a, b as c } from './x.js';`
// and `export function|async function|const|let|class NAME`. Anything else is an error, not a guess.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function bundle(entry, { overrides = {} } = {}) {
  const modules = new Map(); // absolute path → {name, code, exports, deps}
  const order = [];
  const visit = (file) => {
    if (modules.has(file)) return;
    const source = overrides[file] ?? readFileSync(file, 'utf8');
    const mod = { name: `__m${modules.size}_${path.basename(file, '.js').replace(/\W/g, '_')}`, deps: [], exports: [], code: '' };
    modules.set(file, mod);
    const lines = source.split('\n');
    const body = [];
    for (const line of lines) {
      const imp = /^import\s*\{([^}]*)\}\s*from\s*'(\.[^']+)';?\s*$/.exec(line);
      if (imp) {
        const dep = path.resolve(path.dirname(file), imp[2]);
        visit(dep);
        const names = imp[1].split(',').map((s) => s.trim()).filter(Boolean)
          .map((s) => s.replace(/^(\w+|\$)\s+as\s+(\w+|\$)$/, '$1: $2'));
        mod.deps.push({ dep, names });
        continue;
      }
      if (/^import\s/.test(line)) throw new Error(`${file}: unsupported import: ${line}`);
      if (/^export\s+(default|\{|\*)/.test(line)) throw new Error(`${file}: unsupported export: ${line}`);
      const exp = /^export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([\w$]+)/.exec(line);
      if (exp) { mod.exports.push(exp[1]); body.push(line.replace(/^export\s+/, '')); continue; }
      body.push(line);
    }
    mod.code = body.join('\n');
    order.push(file);
  };
  visit(path.resolve(entry));
  const out = [];
  for (const file of order) {
    const mod = modules.get(file);
    const imports = mod.deps.map(({ dep, names }) => `const { ${names.join(', ')} } = ${modules.get(dep).name};`).join('\n');
    out.push(`// ${path.basename(file)}\nconst ${mod.name} = (() => {\n${imports}\n${mod.code}\nreturn { ${mod.exports.join(', ')} };\n})();`);
  }
  return out.join('\n');
}
