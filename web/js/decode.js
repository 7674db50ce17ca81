// Bytes of an opened text file → string. UTF-8 first (strict), then GB18030 (a superset of GBK,
// which older government sites and Word exports on Chinese Windows use). UTF-16 when a BOM says so.

export function decodeText(bytes) {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (u8.length >= 2 && u8[0] === 0xff && u8[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(u8), encoding: 'UTF-16LE' };
  if (u8.length >= 2 && u8[0] === 0xfe && u8[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(u8), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(u8), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(u8), encoding: 'GB18030' };
  }
}

// The editor (a textarea) only knows '\n'; offsets returned by the checker are relative to the
// exact string checked, so line endings are unified before the text is shown or checked.
export function unifyLineBreaks(text) {
  let t = text;
  if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
  return t.replace(/\r\n?/g, '\n');
}

// <meta charset=…> of an HTML file, if any, overrides the guess.
export function decodeHtml(bytes) {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const head = new TextDecoder('latin1').decode(u8.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  if (m) {
    const label = m[1].toLowerCase();
    if (/^(gb2312|gbk|gb18030)$/.test(label)) return { text: new TextDecoder('gb18030').decode(u8), encoding: 'GB18030' };
  }
  return decodeText(u8);
}
