// The paste area: a textarea without wrapping and a line-number gutter kept in step with it.
// Pasted HTML that holds a table is converted by the core's HTML converter (tables → tab-separated
// rows, the same converter the CLI uses on .html files) before it is inserted, so what the editor
// shows is exactly what gets checked. Pasted plain text never loads the converter.
import { unifyLineBreaks } from './decode.js';
import { clear } from './dom.js';
import { SEVERITY_RANK } from './labels.js';

// backdrop: an element behind the (transparent) textarea where the last check's spans are painted
// while the text is still exactly the text that was checked.
// htmlToText(html) → Promise<text>: the converter; a rejection falls back to the plain text.
export function createEditor(textarea, gutter, backdrop, { onInput, onPaste, htmlToText, onPasteError }) {
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
  const insert = (text) => {
    text = unifyLineBreaks(text);
    // insertText keeps the paste undoable (Ctrl+Z); very large pastes skip the editing pipeline.
    if (text.length > 50000 || !document.execCommand('insertText', false, text)) {
      textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, 'end');
    }
    updateGutter();
    onPaste();
  };
  textarea.addEventListener('paste', (e) => {
    const dt = e.clipboardData;
    if (!dt) return;
    const html = dt.getData('text/html');
    const plain = dt.getData('text/plain');
    if (html && htmlHasTable(html)) {
      e.preventDefault();
      // The selection is kept: the converter answers asynchronously.
      const { selectionStart, selectionEnd } = textarea;
      htmlToText(html).then((text) => ({ text }), (err) => ({ text: plain, err })).then(({ text, err }) => {
        if (text) {
          textarea.focus();
          textarea.setSelectionRange(selectionStart, selectionEnd);
          insert(text);
        }
        if (err) onPasteError(err);
      });
      return;
    }
    if (!plain) return;
    e.preventDefault();
    insert(plain);
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

// A table on the clipboard (a web page's or Word's): only then is the converter worth loading.
function htmlHasTable(html) {
  return /<table[\s>]/i.test(html);
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
