// A PDF's text layer as positioned text ({pages:[{width,height}], items:[{page,x,y,width,height,text}]},
// PDF points, top-left origin, y downwards: core/layout/items_json.h), plus `truncated`
// ({pagesRead, pageCount}) when it held more text pieces than the layout reads; read with pdf.js. pdf.js is
// served from our own origin (pdfjs/, copied by the build) and imported only when a PDF is opened;
// it parses in its own worker. The core's layout reconstruction turns the items into text, the same
// one the CLI uses on poppler's boxes.
import { FileReadError } from './file-reader.js';

const PDFJS_DIR = new URL('../pdfjs/', import.meta.url);
// The layout reads no more items than this (core/layout/reconstruct.h, kMaxItems): collecting a
// hostile PDF's million tiny items only to have them ignored would cost the page its memory.
const MAX_ITEMS = 400000;

// The CLI's words for a PDF it cannot read (core/files/unsupported.cpp, unsupported_pdf), so that
// both front ends say the same; the file-reader module does not export them.
const REFUSAL = {
  'pdf-encrypted': '这个 PDF 设置了打开密码（已加密），无法读取：请取消密码后另存，或使用原始 Word 文件',
  'pdf-no-text-layer': '这个 PDF 没有文字层（可能是扫描件或图片），无法读取文字：请使用原始 Word 文件或带文字的 PDF',
  'pdf-damaged': '这个 PDF 已损坏或不完整（可能未下载完），无法读取：请重新下载或另存为 PDF 后再检查',
};
export const refusePdf = (code) => new FileReadError(code, REFUSAL[code]);

// core/files/pdf_complete.h's test, as the CLI asks it before reading: "%%EOF" within the last
// 64 KiB. A download cut short would otherwise be rebuilt by pdf.js and checked half read.
function reachesEnd(bytes) {
  const from = Math.max(0, bytes.length - 65536);
  for (let i = bytes.length - 5; i >= from; i--) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x25 && bytes[i + 2] === 0x45 && bytes[i + 3] === 0x4f && bytes[i + 4] === 0x46) return true;
  }
  return false;
}

let pdfjsPromise = null;
function loadPdfjs() {
  pdfjsPromise ??= import(new URL('pdf.min.mjs', PDFJS_DIR).href).then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdf.worker.min.mjs', PDFJS_DIR).href;
    // One pdf.js worker for every PDF opened (each document would otherwise start its own).
    return { pdfjs, worker: new pdfjs.PDFWorker({ name: 'nianbao-pdf' }) };
  });
  pdfjsPromise.catch(() => { pdfjsPromise = null; });
  return pdfjsPromise;
}

// The single file opened from disk cannot load pdf.js (no second file beside it).
export function pdfSupported() {
  return !document.getElementById('nianbao-wasm') && location.protocol !== 'file:';
}

export async function pdfPositionedText(bytes) {
  if (!pdfSupported()) {
    throw new FileReadError('pdf-single-file',
      '单文件版（离线打开的 nianbao.html）不能读取 PDF。请用网站版页面打开，或用命令行 nianbao check 文件.pdf。');
  }
  if (!reachesEnd(bytes)) throw refusePdf('pdf-damaged');
  let pdfjs, worker;
  try {
    ({ pdfjs, worker } = await loadPdfjs());
  } catch (err) {
    throw new FileReadError('pdf-reader-unavailable',
      `PDF 读取组件无法加载（${err && err.message}）。如果正在离线使用，请联网后再打开 PDF 一次，之后即可离线读取。`);
  }
  const task = pdfjs.getDocument({
    data: bytes,
    worker,
    cMapUrl: new URL('cmaps/', PDFJS_DIR).href,
    cMapPacked: true,
    standardFontDataUrl: new URL('standard_fonts/', PDFJS_DIR).href,
    isEvalSupported: false,     // the page's CSP has no 'unsafe-eval'
    disableFontFace: true,      // text only: no fonts are installed in the page
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => {});
    throw refusePdf(err && err.name === 'PasswordException' ? 'pdf-encrypted' : 'pdf-damaged');
  }
  try {
    const pages = [];
    const items = [];
    for (let p = 1; p <= doc.numPages && items.length < MAX_ITEMS; p++) {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      pages.push({ width: viewport.width, height: viewport.height });
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (items.length >= MAX_ITEMS) break;
        if (typeof item.str === 'string' && item.str.trim()) pushItem(items, p - 1, item, content.styles[item.fontName], viewport, pdfjs.Util);
      }
      page.cleanup();
    }
    if (!items.length) throw refusePdf('pdf-no-text-layer');
    const truncated = items.length >= MAX_ITEMS ? { pagesRead: pages.length, pageCount: doc.numPages } : null;
    return { pages, items, truncated };
  } finally {
    await doc.destroy().catch(() => {});
  }
}

// One text run → items in page coordinates. The run's matrix is taken through the viewport's
// (which handles a page's /Rotate and a media box not at the origin): its translation is the
// baseline start, its vertical scale the font size. The box spans the font's ascent and descent
// (pdf.js reports both per font), as poppler's word boxes do for the CLI, so that both front ends
// hand the reconstruction the same boxes; without them, one font size above the baseline. A run
// that is not horizontal (rotated or vertical text) is given one item per character, placed along
// its direction, so the reconstruction can regroup the characters by geometry.
function pushItem(items, page, item, style, viewport, Util) {
  const [a, b, c, d, e, f] = Util.transform(viewport.transform, item.transform);
  const fontSize = Math.hypot(c, d) || item.height || 1;
  const ascent = style && style.ascent > 0 ? style.ascent : 1;
  const descent = style && style.ascent > 0 && style.descent < 0 ? style.descent : 0;
  const top = ascent * fontSize, height = (ascent - descent) * fontSize;
  const horizontal = Math.abs(b) < 1e-6 && Math.abs(c) < 1e-6 && a > 0 && !(style && style.vertical);
  if (horizontal) {
    items.push({ page, x: e, y: f - top, width: item.width, height, text: item.str });
    return;
  }
  const chars = [...item.str];
  const length = Math.hypot(a, b) || 1;
  const dx = a / length, dy = b / length;               // the text's direction on the page
  const advance = (item.width || fontSize * chars.length) / chars.length;
  chars.forEach((ch, i) => {
    if (!ch.trim()) return;
    const ox = e + dx * advance * i, oy = f + dy * advance * i;
    items.push({ page, x: Math.min(ox, ox + dx * advance), y: oy - top, width: Math.max(Math.abs(dx * advance), fontSize * 0.5), height, text: ch });
  });
}
