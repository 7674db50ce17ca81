// One file of a batch → the text the checker reads, the same road as the single-report page takes
// (main.js openFile): the core sniffs the bytes in the worker ('read'); plain text is decoded here,
// a PDF goes through pdf.js and the core's layout, a page not in UTF-8 is decoded then converted.
// Throws the core's Chinese message for what cannot be read (.doc, pictures, scans …).
import { decodeText, decodeHtml, unifyLineBreaks } from '../decode.js';
import { pdfPositionedText, refusePdf } from '../pdf-text.js';

export async function reportText(engine, bytes) {
  const read = await engine.readFile(bytes);
  const notes = [...(read.notes || [])];
  let text;
  if (read.kind === 'text') {
    const decoded = decodeText(bytes);
    text = decoded.text;
    if (decoded.encoding !== 'UTF-8') notes.push(`已按 ${decoded.encoding} 编码读取。`);
  } else if (read.kind === 'pdf') {
    const positioned = await pdfPositionedText(bytes);
    const layout = await engine.layoutToText({ pages: positioned.pages, items: positioned.items });
    if (!layout.text.trim()) throw refusePdf('pdf-no-text-layer');
    text = layout.text;
    if (positioned.truncated) notes.push(`PDF 文字片段过多，只读取了前 ${positioned.truncated.pagesRead} 页，检查结果不完整。`);
    notes.push(`已从 PDF 读取 ${layout.pages} 页（表格 ${layout.table_rows} 行）。`);
  } else if (read.needsDecoding) {
    const decoded = decodeHtml(bytes);
    const converted = await engine.htmlToText(decoded.text);
    text = converted.text;
    notes.push(...(converted.notes || []), `已按 ${decoded.encoding} 编码读取。`);
  } else {
    text = read.text;
  }
  // Offsets in the result are into exactly this string: line breaks unified as the page does.
  return { kind: read.kind, text: unifyLineBreaks(text), notes };
}
