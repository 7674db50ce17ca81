// The paste area: a textarea without wrapping and a line-number gutter kept in step with it.
// Pasted HTML that holds a table is converted (tables → tab-separated rows) before it is inserted,
// so what the editor shows is exactly what gets checked.
import { htmlToText, htmlHasTable } from './html-to-text.js';
import { unifyLineBreaks } from './decode.js';
import { clear } from './dom.js';
import { SEVERITY_RANK } from './labels.js';

// backdrop: an element behind the (transparent) textarea where the last check's spans are painted
// while the text is still exactly the text that was checked.
export function createEditor(textarea, gutter, backdrop, { onInput, onPaste }) {
  let lineCount = 0;
  const updateGutter = () => {
    const text = textarea.value;
    let n = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
    if (n !== lineCount) {
      lineCount = n;
      // One text node: cheap even for tens of thousands of lines.
      let s = '';
      for (let i = 1; i <= n; i++) s += i + '\n';
      gutter.textContent = s;
    }
    syncScroll();
  };
  let painted = null;
  const syncScroll = () => {
    gutter.scrollTop = textarea.scrollTop;
    backdrop.scrollTop = textarea.scrollTop;
    backdrop.scrollLeft = textarea.scrollLeft;
  };
  const unpaint = () => { if (painted !== null) { clear(backdrop); painted = null; } };
  textarea.addEventListener('scroll', syncScroll, { passive: true });
  textarea.addEventListener('input', () => { unpaint(); updateGutter(); onInput('type'); });
  textarea.addEventListener('paste', (e) => {
    const dt = e.clipboardData;
    if (!dt) return;
    const html = dt.getData('text/html');
    let text;
    if (html && htmlHasTable(html)) text = htmlToText(html);
    else text = dt.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    text = unifyLineBreaks(text);
    // insertText keeps the paste undoable (Ctrl+Z); very large pastes skip the editing pipeline.
    if (text.length > 50000 || !document.execCommand('insertText', false, text)) {
      textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, 'end');
    }
    updateGutter();
    onPaste();
  });
  updateGutter();
  return {
    get value() { return textarea.value; },
    set(text) {
      unpaint();
      textarea.value = text;
      textarea.setSelectionRange(0, 0);
      textarea.scrollTop = 0;
      updateGutter();
    },
    refresh: updateGutter,
    // Paints the findings of a check of `text`, if the editor still holds exactly that text.
    paint(text, findings) {
      unpaint();
      if (textarea.value !== text || !findings.length || findings.length > 5000) return;
      paintSpans(backdrop, text, findings);
      painted = text;
      syncScroll();
    },
  };
}

function paintSpans(backdrop, text, findings) {
  const spans = findings.filter((f) => f.end > f.start && f.start >= 0 && f.end <= text.length);
  const points = [...new Set([0, text.length, ...spans.flatMap((f) => [f.start, f.end])])].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    let sev = null;
    for (const f of spans) {
      if (f.start <= a && f.end >= b && (!sev || SEVERITY_RANK[f.severity] > SEVERITY_RANK[sev])) sev = f.severity;
    }
    const piece = document.createTextNode(text.slice(a, b));
    if (sev) {
      const m = document.createElement('mark');
      m.className = `bd sev-${sev}`;
      m.appendChild(piece);
      frag.appendChild(m);
    } else frag.appendChild(piece);
  }
  frag.appendChild(document.createTextNode('\n'));
  backdrop.appendChild(frag);
}
