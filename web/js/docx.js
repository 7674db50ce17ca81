// .docx → plain text, read in the browser: a small ZIP reader (central directory, stored or
// deflated entries inflated with DecompressionStream('deflate-raw')) and a walk over
// word/document.xml. Paragraphs become lines; table rows become tab-separated lines.

export async function docxToText(buffer) {
  const entries = readZipDirectory(new Uint8Array(buffer));
  const entry = entries.get('word/document.xml');
  if (!entry) throw new Error('不是有效的 .docx 文件：缺少 word/document.xml');
  const xml = new TextDecoder('utf-8').decode(await readEntry(new Uint8Array(buffer), entry));
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) throw new Error('无法解析 .docx 中的 document.xml');
  const body = doc.getElementsByTagNameNS('*', 'body')[0];
  if (!body) throw new Error('.docx 中没有正文');
  const lines = [];
  blockChildren(body, lines);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

function u16(b, o) { return b[o] | (b[o + 1] << 8); }
function u32(b, o) { return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0; }

export function readZipDirectory(b) {
  // End of central directory: the last 22 bytes plus at most a 64 KiB comment.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(b, i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('不是 ZIP/.docx 文件');
  const count = u16(b, eocd + 10);
  let p = u32(b, eocd + 16);
  const entries = new Map();
  for (let n = 0; n < count && p + 46 <= b.length; n++) {
    if (u32(b, p) !== 0x02014b50) break;
    const method = u16(b, p + 10), compressedSize = u32(b, p + 20), size = u32(b, p + 24);
    const nameLen = u16(b, p + 28), extraLen = u16(b, p + 30), commentLen = u16(b, p + 32);
    const localOffset = u32(b, p + 42);
    const name = new TextDecoder('utf-8').decode(b.subarray(p + 46, p + 46 + nameLen));
    entries.set(name, { method, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export async function readEntry(b, entry) {
  const o = entry.localOffset;
  if (u32(b, o) !== 0x04034b50) throw new Error('ZIP 文件已损坏');
  const start = o + 30 + u16(b, o + 26) + u16(b, o + 28);
  const data = b.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new Error(`不支持的 ZIP 压缩方式 ${entry.method}`);
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function blockChildren(parent, lines) {
  for (const el of parent.children) {
    if (el.localName === 'p') lines.push(paragraphText(el));
    else if (el.localName === 'tbl') table(el, lines);
    else if (el.localName === 'sdt' || el.localName === 'sdtContent' || el.localName === 'customXml') blockChildren(el, lines);
  }
}

function table(tbl, lines) {
  for (const tr of tbl.children) {
    if (tr.localName !== 'tr') continue;
    const cells = [];
    for (const tc of tr.children) {
      if (tc.localName !== 'tc') continue;
      const inner = [];
      blockChildren(tc, inner);
      cells.push(inner.map((s) => s.replace(/\t/g, ' ').trim()).filter(Boolean).join(' '));
      const span = tc.getElementsByTagNameNS('*', 'gridSpan')[0];
      const n = span ? Math.min(parseInt(span.getAttributeNS(span.namespaceURI, 'val') || span.getAttribute('w:val') || '1', 10) || 1, 50) : 1;
      for (let i = 1; i < n; i++) cells.push('');
    }
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    lines.push(cells.join('\t'));
  }
}

function paragraphText(p) {
  let s = '';
  const visit = (node) => {
    for (const el of node.children) {
      switch (el.localName) {
        case 't': s += el.textContent; break;
        case 'tab': s += '\t'; break;
        case 'br': case 'cr': s += '\n'; break;
        case 'noBreakHyphen': s += '-'; break;
        case 'del': case 'delText': case 'instrText': case 'pPr': case 'rPr': case 'fldData': break;
        default: visit(el);
      }
    }
  };
  visit(p);
  return s;
}
