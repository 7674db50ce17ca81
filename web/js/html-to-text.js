// HTML (a clipboard's text/html or an opened .html file) → plain text the checker can read.
// Tables become tab-separated rows, one row per line, so the reader sees the table the way a Word
// export shows it. The HTML is parsed by DOMParser into an inert document: no script runs, no
// image or stylesheet loads, and nothing of it is ever attached to the page.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT', 'EMBED',
  'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA', 'META', 'LINK']);
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'UL', 'TABLE', 'TR', 'BODY', 'HTML']);

export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return domToText(doc.body || doc.documentElement);
}

export function htmlHasTable(html) {
  return /<table[\s>]/i.test(html);
}

export function domToText(root) {
  const out = new TextBuilder();
  walk(root, out, false);
  return out.finish();
}

class TextBuilder {
  constructor() { this.parts = []; this.atLineStart = true; this.pendingSpace = false; }
  text(s) {
    if (!s) return;
    if (this.pendingSpace && !this.atLineStart) this.parts.push(' ');
    this.pendingSpace = false;
    this.parts.push(s);
    this.atLineStart = s.endsWith('\n');
  }
  space() { this.pendingSpace = true; }
  newline() {
    this.pendingSpace = false;
    if (!this.atLineStart) { this.parts.push('\n'); this.atLineStart = true; }
  }
  raw(s) { this.pendingSpace = false; this.parts.push(s); this.atLineStart = s.endsWith('\n'); }
  finish() { return this.parts.join('').replace(/ +\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim() + '\n'; }
}

function walk(node, out, pre) {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      inlineText(child.data, out, pre);
    } else if (child.nodeType === 1) {
      const tag = child.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') { out.raw('\n'); continue; }
      if (tag === 'TABLE') { out.newline(); table(child, out); out.newline(); continue; }
      if (tag === 'IMG') { const alt = child.getAttribute('alt'); if (alt) out.text(`[图片: ${alt}]`); else out.text('[图片]'); continue; }
      const block = BLOCK.has(tag);
      if (block) out.newline();
      walk(child, out, pre || tag === 'PRE');
      if (block) out.newline();
    }
  }
}

function inlineText(data, out, pre) {
  if (pre) { out.raw(data); return; }
  // Collapse runs of ASCII whitespace like a browser does; keep U+3000 and NBSP (the checker sees them).
  const parts = data.split(/[ \t\r\n\f]+/);
  parts.forEach((p, i) => {
    if (i > 0) out.space();
    if (p) out.text(p);
  });
}

function table(tableEl, out) {
  for (const row of rowsOf(tableEl)) {
    const cells = [];
    for (const cell of row.children) {
      const tag = cell.tagName.toUpperCase();
      if (tag !== 'TD' && tag !== 'TH') continue;
      cells.push(cellText(cell));
      const span = Math.min(Math.max(parseInt(cell.getAttribute('colspan') || '1', 10) || 1, 1), 50);
      for (let i = 1; i < span; i++) cells.push('');
    }
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    if (cells.length) out.raw(cells.join('\t') + '\n');
  }
}

// Rows of this table only (not of tables nested in its cells).
function rowsOf(tableEl) {
  const rows = [];
  for (const child of tableEl.children) {
    const tag = child.tagName.toUpperCase();
    if (tag === 'TR') rows.push(child);
    else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') {
      for (const r of child.children) if (r.tagName.toUpperCase() === 'TR') rows.push(r);
    }
  }
  return rows;
}

// One cell's text on one line: line breaks inside a cell become nothing between CJK characters
// (a label wrapped by the cell width) and a space otherwise.
function cellText(cell) {
  const text = domToText(cell).trim();
  return text.replace(/\s*\n\s*/g, (m, offset, s) => {
    const before = s.charCodeAt(offset - 1), after = s.charCodeAt(offset + m.length);
    return isCjk(before) && isCjk(after) ? '' : ' ';
  }).replace(/\t/g, ' ');
}

function isCjk(code) {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}
