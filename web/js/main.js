// Wiring of the page: editor → engine (worker) → result JSON → summary, findings, annotated
// report, tables, rules. Every value from the report or the result reaches the DOM as text.
import { h, clear, $ } from './dom.js';
import { createEngine } from './engine.js';
import { createEditor } from './editor.js';
import { unifyLineBreaks } from './decode.js';
import { fileToText } from './file-text.js';
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
  previous: null,    // last year's report {text, file}: the year.* rules and text.reused compare with it
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
  previousOpen: $('#previous-open'), previousFile: $('#previous-file'), previousName: $('#previous-name'),
  previousClear: $('#previous-clear'),
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
  if (state.previous) o.previous = state.previous;
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

// A file is read by what it is (the core sniffs its bytes), not by its name (file-text.js).
async function openFile(file) {
  const name = file.name;
  hideNotice();
  setStatus(`正在读取 ${name}…`, 'busy');
  try {
    if (!state.engine) throw new Error('校验引擎尚未就绪，请稍候再打开文件。');
    const { text, notes, kind } = await fileToText(state.engine, file, (msg) => setStatus(msg, 'busy'));
    document.documentElement.dataset.fileKind = kind;
    loadText(text, name);
    if (notes.length) showNotice(notes.join(' '), 'info');
  } catch (err) {
    document.documentElement.dataset.fileKind = 'unreadable';
    // What is on screen stays; say that it is not this file's.
    setStatus(`无法读取文件 ${name}${state.last ? '；下面仍是此前校验的报告' : ''}`, 'error');
    showNotice(err.message || String(err), 'error');
  }
}

// ---- last year's report (上一年度报告): the cross-year rules compare the report with it -------
async function openPrevious(file) {
  hideNotice();
  setStatus(`正在读取上一年度报告 ${file.name}…`, 'busy');
  try {
    if (!state.engine) throw new Error('校验引擎尚未就绪，请稍候再打开文件。');
    const { text } = await fileToText(state.engine, file, (msg) => setStatus(msg, 'busy'));
    state.previous = { text, file: file.name };
  } catch (err) {
    state.previous = null;
    showNotice(`无法读取上一年度报告 ${file.name}：${err.message || String(err)}`, 'error');
  }
  showPrevious();
  runCheck();
}

function showPrevious() {
  el.previousName.textContent = state.previous ? state.previous.file : '';
  el.previousClear.hidden = !state.previous;
}

el.open.addEventListener('click', () => el.file.click());
el.previousOpen.addEventListener('click', () => el.previousFile.click());
el.previousFile.addEventListener('change', () => { if (el.previousFile.files[0]) openPrevious(el.previousFile.files[0]); el.previousFile.value = ''; });
el.previousClear.addEventListener('click', () => { state.previous = null; showPrevious(); runCheck(); });
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
