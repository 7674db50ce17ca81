// The paste area: a textarea without wrapping and a line-number gutter kept in step with it.
// Pasted HTML that holds a table is converted (tables → tab-separated rows) before it is inserted,
// so what the editor shows is exactly what gets checked.
import { htmlToText, htmlHasTable } from './html-to-text.js';
import { unifyLineBreaks } from './decode.js';

export function createEditor(textarea, gutter, { onInput, onPaste }) {
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
    gutter.scrollTop = textarea.scrollTop;
  };
  textarea.addEventListener('scroll', () => { gutter.scrollTop = textarea.scrollTop; }, { passive: true });
  textarea.addEventListener('input', () => { updateGutter(); onInput('type'); });
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
      textarea.value = text;
      textarea.setSelectionRange(0, 0);
      textarea.scrollTop = 0;
      updateGutter();
    },
    refresh: updateGutter,
  };
}
