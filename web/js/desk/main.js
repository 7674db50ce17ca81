// 审核台 (desk.html): a reviewer's batch of reports — open many files or a folder, check each in the
// worker, pair each with last year's report of the same agency, a sortable summary table, a row
// opened in the detail view, decisions kept in IndexedDB, CSV / JSON / SARIF exports, 整改清单.
// Test hooks on <html>: data-ready (engine loaded), data-batch ('running' | 'done'), data-runs
// (batches finished), data-rechecked (re-checks after a decision).
import { createEngine } from '../engine.js';
import { h, clear, $ } from '../dom.js';
import { attachTooltip } from '../tooltip.js';
import { batchFromFileList, batchFromDrop } from './batch-files.js';
import { createBatch } from './batch.js';
import { openDecisionStore, decisionsFromJson } from './decision-store.js';
import { rowFacts } from './row-facts.js';
import { createSummaryTable } from './summary-table.js';
import { summaryCsv } from './summary-csv.js';
import { batchJson, batchSarif } from './batch-exports.js';
import { download } from './download.js';
import { renderDetail } from './detail-view.js';
import { renderFixList } from './fix-list.js';

const el = {
  status: $('#status'), files: $('#files'), folder: $('#folder'), drop: $('#drop'),
  progress: $('#progress'), bar: $('#progress-bar'), progressText: $('#progress-text'), cancel: $('#cancel'),
  onlyErrors: $('#only-errors'), words: $('#filter-words'), tableView: $('#table-view'), table: $('#table'),
  detail: $('#detail'), fixList: $('#fix-list'), decisionsFile: $('#decisions-file'), decisionCount: $('#decision-count'),
};
const root = document.documentElement;
const state = { engine: null, batch: null, decisions: null, open: null };

const setStatus = (text, kind = '') => { el.status.textContent = text; el.status.dataset.kind = kind; };
const stamp = (key) => { root.dataset[key] = String(Number(root.dataset[key] || 0) + 1); };

const table = createSummaryTable(el.table, { onOpen: openEntry });
attachTooltip(el.detail, () => (state.open && state.open.report ? state.open.report.findings || [] : []));

async function start() {
  setStatus('校验引擎加载中…', 'busy');
  try {
    const [engine, decisions] = await Promise.all([createEngine(), openDecisionStore()]);
    state.engine = engine;
    state.decisions = decisions;
    state.batch = createBatch(engine, decisions);
    showDecisionCount();
    setStatus(`就绪。选择多个文件或一个文件夹（.pdf、.docx、.html、.txt），也可以直接拖到下面。${decisions.persistent ? '' : '（本浏览器不允许保存审核决定，关闭页面后决定会丢失，请导出。）'}`);
    root.dataset.ready = 'true';
  } catch (err) {
    setStatus(`校验引擎无法加载：${err.message || err}`, 'error');
    root.dataset.ready = 'false';
  }
}

function showDecisionCount() {
  const list = state.decisions.list();
  const dismissed = list.filter((d) => d.status === 'dismissed').length;
  el.decisionCount.textContent = list.length ? `已保存决定 ${list.length} 条（忽略 ${dismissed}，确认 ${list.length - dismissed}）` : '尚无保存的决定';
}

function refreshTable() {
  const t0 = performance.now();
  table.setRows(state.batch.entries.map((entry) => ({ entry, facts: rowFacts(entry) })));
  for (const id of ['export-csv', 'export-json', 'export-sarif']) $(`#${id}`).disabled = !state.batch.entries.length;
  performance.measure('nianbao-desk-table', { start: t0, detail: { rows: state.batch.entries.length } });
}

// ---- a batch -------------------------------------------------------------------------------
async function runBatch({ files, skipped }) {
  if (!state.batch) return;
  if (state.batch.running) { setStatus('上一批文件仍在校验：请等它结束或点“取消”后再打开。', 'error'); return; }
  if (!files.length) { setStatus(skipped ? `没有可校验的报告文件（跳过 ${skipped} 个其他文件）。` : '没有选择文件。', 'error'); return; }
  showTable();
  root.dataset.batch = 'running';
  el.progress.hidden = false;
  el.cancel.disabled = false;
  const t0 = performance.now();
  let lastPaint = 0;
  const onProgress = ({ phase, done, total, name }) => {
    el.bar.max = Math.max(total, 1);
    el.bar.value = done;
    const what = phase === 'pair' ? '与上一年度报告比对' : '读取并校验';
    el.progressText.textContent = `${what} ${done} / ${total}${name ? `：${name}` : ''}`;
    // The table is redrawn at most once a second while a batch runs (a 300-row table costs ~25 ms to build and ~100 ms to lay out), not once per file.
    const now = performance.now();
    if (now - lastPaint > 1000) { lastPaint = now; refreshTable(); }
  };
  try {
    const outcome = await state.batch.add(files, onProgress);
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    const failed = state.batch.entries.filter((e) => !e.report).length;
    setStatus(`${outcome.cancelled ? `已取消：${outcome.remaining} 个文件未校验。` : ''}已校验 ${outcome.checked} 个文件，用时 ${seconds} 秒；` +
      `批次共 ${state.batch.entries.length} 份${failed ? `，其中 ${failed} 份无法读取或校验` : ''}${skipped ? `；跳过 ${skipped} 个非报告文件` : ''}。`,
    outcome.cancelled ? 'error' : 'done');
    root.dataset.batchSeconds = seconds;
  } catch (err) {
    setStatus(`批量校验失败：${err.message || err}`, 'error');
  }
  el.progress.hidden = true;
  el.cancel.disabled = true;
  refreshTable();
  root.dataset.batch = 'done';
  stamp('runs');
}

el.cancel.addEventListener('click', () => { state.batch.cancel(); el.cancel.disabled = true; el.progressText.textContent += '（正在取消…）'; });
$('#pick-files').addEventListener('click', () => el.files.click());
$('#pick-folder').addEventListener('click', () => el.folder.click());
for (const input of [el.files, el.folder]) {
  input.addEventListener('change', () => {
    const picked = batchFromFileList(input.files);
    input.value = '';
    runBatch(picked);
  });
}
el.drop.addEventListener('dragover', (e) => { if (e.dataTransfer.types.includes('Files')) { e.preventDefault(); el.drop.classList.add('over'); } });
el.drop.addEventListener('dragleave', () => el.drop.classList.remove('over'));
el.drop.addEventListener('drop', async (e) => {
  e.preventDefault();
  el.drop.classList.remove('over');
  runBatch(await batchFromDrop(e.dataTransfer));
});
$('#clear-batch').addEventListener('click', () => {
  if (!state.batch) return;
  if (state.batch.running) { setStatus('正在校验：请先点“取消”，再清空批次。', 'error'); return; }
  state.batch.clear();
  showTable();
  refreshTable();
  setStatus('批次已清空。');
});

el.onlyErrors.addEventListener('change', () => table.setFilter({ onlyErrors: el.onlyErrors.checked }));
el.words.addEventListener('input', () => table.setFilter({ words: el.words.value }));

// ---- one report ----------------------------------------------------------------------------
function openEntry(entry) {
  if (!entry.report) { setStatus(`${entry.name}：${entry.error || '未校验'}`, 'error'); return; }
  state.open = entry;
  state.scrollY = window.scrollY;
  el.tableView.hidden = true;
  el.detail.hidden = false;
  drawDetail();
  $('#back').focus();
  window.scrollTo(0, 0);
}

function drawDetail() {
  const entry = state.open;
  const previous = state.batch.previousOf(entry);
  renderDetail(el.detail, entry, {
    previousName: entry.report.previous ? entry.report.previous.file : previous ? previous.name : null,
    onBack: showTable,
    onPrint: () => printFixList(entry),
    onDecide: (finding, status, note) => decide(entry, finding, status, note),
  });
}

// Escape goes back to the table (not while typing a note: there it leaves the field as usual).
el.detail.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !e.target.matches('input, textarea')) showTable();
});

function showTable() {
  const wasOpen = state.open;
  state.open = null;
  clear(el.detail);
  el.detail.hidden = true;
  el.tableView.hidden = false;
  if (wasOpen) {
    window.scrollTo(0, state.scrollY || 0);
    const button = el.table.querySelector(`tr[data-id="${wasOpen.id}"] .open-row`);
    if (button) button.focus({ preventScroll: true });
  }
}

async function decide(entry, finding, status, note) {
  if (status) await state.decisions.put({ fingerprint: finding.fingerprint, rule: finding.rule, status, note, file: entry.name });
  else await state.decisions.remove(finding.fingerprint);
  showDecisionCount();
  await state.batch.recheck(entry);
  refreshTable();
  if (state.open === entry) {
    // Redrawn in place: the reviewer stays where they were, on the same finding's controls.
    const y = window.scrollY;
    const annotatedScroll = $('#annotated') ? $('#annotated').scrollTop : 0;
    drawDetail();
    window.scrollTo(0, y);
    if ($('#annotated')) $('#annotated').scrollTop = annotatedScroll;
    const again = el.detail.querySelector(`li[data-fingerprint="${CSS.escape(finding.fingerprint)}"] .decision button.${status === 'confirmed' ? 'confirm' : 'dismiss'}`)
      || el.detail.querySelector(`li[data-fingerprint="${CSS.escape(finding.fingerprint)}"] .decision button`);
    if (again) again.focus({ preventScroll: true });
  }
  stamp('rechecked');
}

function printFixList(entry) {
  renderFixList(el.fixList, entry);
  window.print();
}

// ---- exports -------------------------------------------------------------------------------
const stampName = () => new Date().toISOString().slice(0, 10);

$('#export-csv').addEventListener('click', () => {
  download(`年报审核汇总-${stampName()}.csv`, summaryCsv(table.visibleRows().map((r) => r.facts)), 'text/csv;charset=utf-8');
});
$('#export-json').addEventListener('click', () => {
  download(`年报审核-${stampName()}.nianbao.json`, batchJson(state.batch.entries, state.batch.schema), 'application/json');
});
$('#export-sarif').addEventListener('click', async () => {
  const button = $('#export-sarif');
  button.disabled = true;
  try {
    const sarif = await batchSarif(state.batch.entries, (e) => state.batch.sarif(e),
      (done, total) => setStatus(`正在生成 SARIF ${done} / ${total}…`, 'busy'));
    if (sarif) { download(`年报审核-${stampName()}.sarif`, sarif, 'application/sarif+json'); setStatus('已导出 SARIF。', 'done'); } else setStatus('没有可导出的结果。', 'error');
  } catch (err) {
    setStatus(`导出 SARIF 失败：${err.message || err}`, 'error');
  }
  button.disabled = !state.batch.entries.length;
});
$('#export-decisions').addEventListener('click', () => {
  const decisions = state.decisions.list().sort((a, b) => (a.time < b.time ? -1 : 1));
  download(`年报审核决定-${stampName()}.json`, `${JSON.stringify({ decisions }, null, 2)}\n`, 'application/json');
});
$('#import-decisions').addEventListener('click', () => el.decisionsFile.click());
el.decisionsFile.addEventListener('change', async () => {
  const file = el.decisionsFile.files[0];
  el.decisionsFile.value = '';
  if (!file) return;
  try {
    const imported = decisionsFromJson(await file.text());
    for (const d of imported) await state.decisions.put(d);
    showDecisionCount();
    if (state.batch.entries.length) {
      await state.batch.recheckAll(({ done, total }) => setStatus(`按导入的决定重新校验 ${done} / ${total}…`, 'busy'));
      refreshTable();
      if (state.open) drawDetail();
    }
    setStatus(`已导入 ${imported.length} 条决定。`, 'done');
  } catch (err) {
    setStatus(`无法导入决定：${err.message || err}`, 'error');
  }
  stamp('imported');
});

start();
