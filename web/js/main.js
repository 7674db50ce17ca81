// Wiring of the page: editor → engine (worker) → result JSON → summary, findings, annotated
// report, tables, rules. Every value from the report or the result reaches the DOM as text.
import { h, clear, $ } from './dom.js';
import { createEngine } from './engine.js';
import { createEditor } from './editor.js';
import { decodeText, decodeHtml, unifyLineBreaks } from './decode.js';
import { pdfPositionedText, refusePdf } from './pdf-text.js';
import { renderAnnotated } from './annotated.js';
import { attachTooltip } from './tooltip.js';
import { renderSummary } from './summary.js';
import { renderFindings, renderOutline } from './findings.js';
import { renderTables } from './tables.js';
import { renderRules, ruleAnchor } from './rules.js';
import { SEVERITY_LABEL } from './labels.js';

// The engine starts loading before anything else is set up: its worker takes the longest to start.
performance.mark('nianbao-engine-start');
const enginePromise = createEngine();
enginePromise.catch(() => {});

const state = {
  engine: null,
  seq: 0,            // id of the latest check sent
  shown: 0,          // id of the check whose result is on screen
  last: null,        // {text, json, result, report, options, ms}
  rules: null,
  fileName: null,
  switchToView: false,
  dirty: { view: true, tables: true },
  annotated: null,
  timer: 0,
};

const el = {
  input: $('#input'), gutter: $('#gutter'), annotated: $('#annotated'), tables: $('#tables'),
  rules: $('#rules'), summary: $('#summary'), findings: $('#findings'), outline: $('#outline'),
  status: $('#status'), notice: $('#notice'), edition: $('#edition'), kind: $('#kind'), sample: $('#sample'),
  file: $('#file'), open: $('#open'), check: $('#check'), exportJson: $('#export-json'),
  exportSarif: $('#export-sarif'), print: $('#print'), tabs: [...document.querySelectorAll('[role=tab]')],
};

const editor = createEditor(el.input, el.gutter, $('#backdrop'), {
  onInput: () => scheduleCheck(),
  onPaste: () => { state.fileName = null; state.switchToView = true; hideNotice(); runCheck(); },
  htmlToText: async (html) => {
    if (!state.engine) throw new Error('校验引擎尚未就绪');
    return (await state.engine.htmlToText(html)).text;
  },
  onPasteError: (err) => showNotice(`粘贴的网页表格无法转换，已按纯文本粘贴：${err.message}`, 'error'),
});
attachTooltip(el.annotated, () => (state.last ? state.last.report.findings || [] : []));

// ---- tabs ---------------------------------------------------------------------------------
function showTab(name, { focus = false } = {}) {
  for (const tab of el.tabs) {
    const on = tab.dataset.tab === name;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(`#${tab.getAttribute('aria-controls')}`).hidden = !on;
    if (on && focus) tab.focus();
  }
  document.body.dataset.tab = name;
  if (name === 'view') ensureAnnotated();
  if (name === 'tables') ensureTables();
  if (name === 'rules') ensureRules();
}
for (const tab of el.tabs) {
  tab.addEventListener('click', () => showTab(tab.dataset.tab));
  tab.addEventListener('keydown', (e) => {
    const i = el.tabs.indexOf(tab);
    let j = null;
    if (e.key === 'ArrowRight') j = (i + 1) % el.tabs.length;
    else if (e.key === 'ArrowLeft') j = (i - 1 + el.tabs.length) % el.tabs.length;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = el.tabs.length - 1;
    if (j !== null) { e.preventDefault(); showTab(el.tabs[j].dataset.tab, { focus: true }); }
  });
}

// ---- checking -----------------------------------------------------------------------------
function options() {
  const o = { edition: el.edition.value, kind: el.kind.value };
  if (state.fileName) o.file = state.fileName;
  return o;
}

function scheduleCheck() {
  clearTimeout(state.timer);
  // Longer pauses for long texts: a 200 KB report is not re-checked on every keystroke.
  const delay = Math.min(1500, 300 + Math.floor(el.input.value.length / 500));
  state.timer = setTimeout(runCheck, delay);
}

async function runCheck() {
  clearTimeout(state.timer);
  const text = el.input.value;
  const id = ++state.seq;
  if (!text.trim()) {
    state.last = null;
    state.shown = id;
    clearResults();
    setStatus('请粘贴或打开一份政府信息公开工作年度报告。');
    document.documentElement.dataset.checked = String(id);
    return;
  }
  if (!state.engine) { setStatus('校验引擎加载中…'); return; }
  setStatus('校验中…', 'busy');
  const opts = options();
  try {
    const { json, ms } = await state.engine.check(text, opts);
    if (id !== state.seq) return; // a newer check is on its way
    const result = JSON.parse(json);
    const report = (result.reports && result.reports[0]) || { findings: [], sections: [], tables: [], meta: {}, summary: {} };
    state.last = { text, json, result, report, options: opts, ms };
    state.shown = id;
    render();
    const s = report.summary || {};
    setStatus(`已校验 · 用时 ${ms.toFixed(0)} 毫秒 · ${s.error || 0} 个错误，${s.warning || 0} 个警告，${s.info || 0} 个提示`, 'done');
    document.documentElement.dataset.checked = String(id);
    if (state.switchToView) { state.switchToView = false; showTab('view'); }
  } catch (err) {
    if (id !== state.seq) return;
    setStatus(`校验失败：${err.message}${err.toolError ? '（校验引擎已重新启动，可再试一次）' : ''}`, 'error');
    document.documentElement.dataset.checked = String(id);
  }
}

function clearResults() {
  clear(el.summary); clear(el.findings); clear(el.outline); clear(el.annotated); clear(el.tables);
  el.summary.appendChild(h('p', { class: 'muted' }, '尚未校验。'));
  state.dirty.view = state.dirty.tables = true;
  el.exportJson.disabled = el.exportSarif.disabled = true;
}

function render() {
  const { report } = state.last;
  editor.paint(state.last.text, report.findings || []);
  renderSummary(el.summary, report);
  renderFindings(el.findings, report, { onSelect: selectFinding, ruleHref: (id) => `#${ruleAnchor(id)}` });
  renderOutline(el.outline, report, { onSelect: selectSection });
  state.dirty.view = state.dirty.tables = true;
  el.exportJson.disabled = el.exportSarif.disabled = false;
  const tab = document.body.dataset.tab;
  if (tab === 'view') ensureAnnotated();
  if (tab === 'tables') ensureTables();
}

function ensureAnnotated() {
  if (!state.dirty.view) return;
  state.dirty.view = false;
  if (!state.last) { clear(el.annotated); el.annotated.appendChild(h('p', { class: 'empty-note' }, '尚未校验：请在“编辑原文”中粘贴报告。')); return; }
  state.annotated = renderAnnotated(el.annotated, state.last.text, state.last.report);
}

function ensureTables() {
  if (!state.dirty.tables) return;
  state.dirty.tables = false;
  if (!state.last) { clear(el.tables); el.tables.appendChild(h('p', { class: 'empty-note' }, '尚未校验。')); return; }
  renderTables(el.tables, state.last.report, { onJump: jumpToOffset, ruleHref: (id) => `#${ruleAnchor(id)}` });
}

async function ensureRules() {
  if (state.rules) return state.rules;
  if (!state.engine) return null;
  const { rules, version } = await state.engine.rules();
  state.rules = rules;
  renderRules(el.rules, rules, version);
  return rules;
}

function selectFinding(i) {
  showTab('view');
  const mark = state.annotated && state.annotated.markOf(i);
  if (mark) {
    mark.scrollIntoView({ block: 'center', inline: 'nearest' });
    mark.focus({ preventScroll: true });
  } else {
    const f = state.last.report.findings[i];
    jumpToOffset(f.start);
  }
}

function selectSection(si) {
  jumpToOffset(state.last.report.sections[si].start);
}

function jumpToOffset(offset) {
  showTab('view');
  const row = state.annotated && state.annotated.rowOfOffset(offset);
  if (!row) return;
  row.tabIndex = -1;
  row.scrollIntoView({ block: 'start' });
  row.focus({ preventScroll: true });
}

function setStatus(text, kind = '') {
  el.status.textContent = text;
  el.status.dataset.kind = kind;
}

// What a file could not give, or what was done to read it: shown as text, never as markup.
function showNotice(text, kind) {
  // The role first, so that screen readers announce the text as an alert when it is one.
  el.notice.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  el.notice.dataset.kind = kind;
  el.notice.hidden = false;
  el.notice.textContent = text;
}
function hideNotice() {
  el.notice.hidden = true;
  el.notice.textContent = '';
}

// ---- input: samples, files ------------------------------------------------------------------
function loadText(text, name) {
  state.fileName = name || null;
  editor.set(unifyLineBreaks(text));
  state.switchToView = true;
  runCheck();
}

async function loadSamples() {
  const inline = document.getElementById('nianbao-samples');
  let samples;
  if (inline) samples = JSON.parse(inline.textContent);
  else {
    try { samples = await (await fetch('samples/index.json')).json(); } catch { samples = []; }
  }
  for (const s of samples) el.sample.appendChild(h('option', { value: s.file }, s.title));
  el.sample.addEventListener('change', async () => {
    const s = samples.find((x) => x.file === el.sample.value);
    el.sample.value = '';
    if (!s) return;
    const text = s.text ?? await (await fetch(`samples/${encodeURIComponent(s.file)}`)).text();
    hideNotice();
    loadText(text, s.file);
  });
}

// A file is read by what it is (the core sniffs its bytes), not by its name: a .txt that is a PDF
// reads as a PDF, a .docx that is an old .doc gets the core's message about 另存为 .docx.
async function openFile(file) {
  const name = file.name;
  hideNotice();
  setStatus(`正在读取 ${name}…`, 'busy');
  try {
    if (!state.engine) throw new Error('校验引擎尚未就绪，请稍候再打开文件。');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = await state.engine.readFile(bytes);
    let text;
    const notes = [...(read.notes || [])];
    if (read.kind === 'text') {
      const decoded = decodeText(bytes);
      text = decoded.text;
      if (decoded.encoding !== 'UTF-8') notes.push(`已按 ${decoded.encoding} 编码读取。`);
    } else if (read.kind === 'pdf') {
      setStatus(`正在读取 PDF ${name}…`, 'busy');
      // Measures (performance entries nianbao-pdf-items, nianbao-pdf-layout): the time to text.
      const t0 = performance.now();
      const positioned = await pdfPositionedText(bytes);
      const t1 = performance.now();
      const layout = await state.engine.layoutToText({ pages: positioned.pages, items: positioned.items });
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
      const converted = await state.engine.htmlToText(decoded.text);
      text = converted.text;
      notes.push(...(converted.notes || []), `已按 ${decoded.encoding} 编码读取。`);
    } else {
      text = read.text;
    }
    document.documentElement.dataset.fileKind = read.kind;
    loadText(text, name);
    if (notes.length) showNotice(notes.join(' '), 'info');
  } catch (err) {
    document.documentElement.dataset.fileKind = 'unreadable';
    // What is on screen stays; say that it is not this file's.
    setStatus(`无法读取文件 ${name}${state.last ? '；下面仍是此前校验的报告' : ''}`, 'error');
    showNotice(err.message || String(err), 'error');
  }
}

el.open.addEventListener('click', () => el.file.click());
el.file.addEventListener('change', () => { if (el.file.files[0]) openFile(el.file.files[0]); el.file.value = ''; });
const dropZone = $('#panel-edit');
dropZone.addEventListener('dragover', (e) => { if (e.dataTransfer.types.includes('Files')) { e.preventDefault(); dropZone.classList.add('drop'); } });
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('drop'));
dropZone.addEventListener('drop', (e) => {
  dropZone.classList.remove('drop');
  const file = e.dataTransfer.files && e.dataTransfer.files[0];
  if (file) { e.preventDefault(); openFile(file); }
});

el.check.addEventListener('click', () => { state.switchToView = true; runCheck(); });
el.edition.addEventListener('change', () => runCheck());
el.kind.addEventListener('change', () => runCheck());

// ---- export, print ------------------------------------------------------------------------
function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
function baseName() {
  return (state.fileName || 'nianbao-report').replace(/\.[^.]+$/, '');
}
el.exportJson.addEventListener('click', () => {
  if (state.last) download(`${baseName()}.nianbao.json`, state.last.json, 'application/json');
});
// SARIF is written by the core (the CLI's writer) from the text and options of the shown check.
el.exportSarif.addEventListener('click', async () => {
  if (!state.last) return;
  try {
    const sarif = await state.engine.sarif(state.last.text, state.last.options);
    download(`${baseName()}.sarif`, sarif, 'application/sarif+json');
  } catch (err) {
    setStatus(`导出 SARIF 失败：${err.message}`, 'error');
  }
});
el.print.addEventListener('click', () => window.print());
window.addEventListener('beforeprint', () => ensureAnnotated());

// ---- rule links ---------------------------------------------------------------------------
async function followHash() {
  const hash = decodeURIComponent(location.hash.slice(1));
  if (!hash.startsWith('rule-')) return;
  showTab('rules');
  await ensureRules();
  const target = document.getElementById(hash);
  if (target) { target.scrollIntoView({ block: 'start' }); target.focus({ preventScroll: true }); }
}
window.addEventListener('hashchange', followHash);

// ---- start --------------------------------------------------------------------------------
async function start() {
  clearResults();
  showTab('edit');
  loadSamples();
  setStatus('校验引擎加载中…', 'busy');
  try {
    state.engine = await enginePromise;
    document.documentElement.dataset.ready = 'true';
    document.documentElement.dataset.engine = state.engine.where;
    performance.mark('nianbao-ready');
    // Offline support: precache the site once the page works (not competing with the first load).
    if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol) && !document.getElementById('nianbao-wasm')) {
      navigator.serviceWorker.register('sw.js').catch((err) => console.warn('service worker', err));
    }
    setStatus('就绪：粘贴报告、载入示例或打开文件。全部校验在本机浏览器中完成，文本不会上传。');
    if (el.input.value.trim()) runCheck();
    if (location.hash) followHash();
  } catch (err) {
    document.documentElement.dataset.ready = 'error';
    setStatus(`校验引擎无法加载：${err.message}`, 'error');
  }
}
start();
