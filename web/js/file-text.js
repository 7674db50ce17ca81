// An opened file → the text the checker reads, by what the file is (the core sniffs its bytes), not
// by its name: a .txt that is a PDF reads as a PDF, a .docx that is an old .doc gets the core's
// message about 另存为 .docx. Used for the report and for last year's report alike.
//   → {text, notes: [Chinese sentences for the user], kind}; throws the reason a file cannot be read.
import { decodeText, decodeHtml } from './decode.js';
import { pdfPositionedText, refusePdf } from './pdf-text.js';

export async function fileToText(engine, file, onStatus = () => {}) {
  const name = file.name;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await engine.readFile(bytes);
  let text;
  const notes = [...(read.notes || [])];
  if (read.kind === 'text') {
    const decoded = decodeText(bytes);
    text = decoded.text;
    if (decoded.encoding !== 'UTF-8') notes.push(`已按 ${decoded.encoding} 编码读取。`);
  } else if (read.kind === 'pdf') {
    onStatus(`正在读取 PDF ${name}…`);
    // Measures (performance entries nianbao-pdf-items, nianbao-pdf-layout): the time to text.
    const t0 = performance.now();
    const positioned = await pdfPositionedText(bytes);
    const t1 = performance.now();
    const layout = await engine.layoutToText({ pages: positioned.pages, items: positioned.items });
    performance.measure('nianbao-pdf-items', { start: t0, end: t1, detail: { items: positioned.items.length } });
    performance.measure('nianbao-pdf-layout', { start: t1, end: performance.now() });
    if (!layout.text.trim()) throw refusePdf('pdf-no-text-layer');  // as the CLI decides
    text = layout.text;
    if (positioned.truncated) {
      notes.push(`这个 PDF 的文字片段过多（超过 ${positioned.items.length} 个），只读取了前 ${positioned.truncated.pagesRead} 页` +
        `（共 ${positioned.truncated.pageCount} 页）的部分文字，检查结果不完整。`);
    }
    notes.push(`已从 PDF 读取 ${layout.pages} 页，其中表格 ${layout.table_rows} 行，去掉页眉、页脚和页码 ${layout.dropped_lines} 行。` +
      '编辑区显示的是按版面重建的文本，问题位置指向这段文本，请对照原 PDF 核实。');
  } else if (read.needsDecoding) {
    // A web page in GBK or UTF-16: decoded here (its <meta charset> first), converted by the core.
    const decoded = decodeHtml(bytes);
    const converted = await engine.htmlToText(decoded.text);
    text = converted.text;
    notes.push(...(converted.notes || []), `已按 ${decoded.encoding} 编码读取。`);
  } else {
    text = read.text;
  }
  return { text, notes, kind: read.kind };
}
