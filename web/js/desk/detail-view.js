// One report of the batch, opened from its row: the single-report page's renderers (summary,
// findings, annotated text, tables) with 确认 / 忽略 beside each finding, and 返回 to the table.
// Built when opened and cleared when left, so the batch holds no report's DOM.
import { h, clear, appendChildren } from '../dom.js';
import { renderSummary } from '../summary.js';
import { renderFindings } from '../findings.js';
import { renderAnnotated } from '../annotated.js';
import { renderTables } from '../tables.js';
import { ruleAnchor } from '../rules.js';
import { attachDecisionControls } from './decision-controls.js';

const ruleHref = (id) => `rules.html#${ruleAnchor(id)}`;

// Returns {annotated} (annotated.js's handle: markOf, rowOfOffset) for the tooltip and jumps.
export function renderDetail(container, entry, { onBack, onDecide, onPrint, previousName }) {
  clear(container);
  const report = entry.report;
  const s = report.summary || {};
  const tabs = { view: null, tables: null };
  const panels = { view: h('div', { class: 'annotated', id: 'annotated', 'aria-label': '标注后的报告' }), tables: h('div', { id: 'tables', class: 'scroll-pad' }) };
  const show = (name) => {
    for (const key of Object.keys(panels)) {
      panels[key].hidden = key !== name;
      tabs[key].setAttribute('aria-selected', String(key === name));
    }
  };
  tabs.view = h('button', { type: 'button', role: 'tab', id: 'dtab-view', onclick: () => show('view') }, '标注视图');
  tabs.tables = h('button', { type: 'button', role: 'tab', id: 'dtab-tables', onclick: () => show('tables') }, '表格');

  const summary = h('div', { id: 'summary' });
  const findings = h('div', { id: 'findings' });
  const pairing = previousName
    ? `与上一年度报告 ${previousName} 比对（上年结转、表二存量、文字重复）`
    : '批次中没有同一机关上一年度的报告，未作跨年度比对';
  appendChildren(container, [
    h('div', { class: 'detail-head' },
      h('button', { type: 'button', id: 'back', onclick: onBack }, '← 返回列表'),
      h('h2', { id: 'detail-title' }, entry.name),
      h('span', { class: 'muted detail-counts' }, `${s.error || 0} 个错误，${s.warning || 0} 个警告，${s.info || 0} 个提示${s.dismissed ? `，已忽略 ${s.dismissed} 个` : ''}`),
      h('button', { type: 'button', id: 'print-fix', class: 'primary', onclick: onPrint }, '打印整改清单')),
    h('p', { class: 'pairing', id: 'pairing' }, pairing),
    entry.notes && entry.notes.length ? h('p', { class: 'notice', dataset: { kind: 'info' } }, entry.notes.join(' ')) : null,
    h('div', { class: 'detail-grid' },
      h('section', { class: 'detail-left', 'aria-label': '报告' },
        h('div', { class: 'tabs', role: 'tablist', 'aria-label': '视图' }, tabs.view, tabs.tables),
        panels.view, panels.tables),
      h('aside', { class: 'detail-right', 'aria-label': '校验结果' },
        h('section', { class: 'card' }, h('h2', null, '概要'), summary),
        h('section', { class: 'card' }, h('h2', null, '发现的问题'), findings)))]);

  renderSummary(summary, report);
  const annotated = renderAnnotated(panels.view, entry.text || '', report);
  const jump = (offset) => {
    show('view');
    const row = annotated.rowOfOffset(offset);
    if (row) { row.tabIndex = -1; row.scrollIntoView({ block: 'start' }); row.focus({ preventScroll: true }); }
  };
  renderFindings(findings, report, {
    ruleHref,
    onSelect: (i) => {
      show('view');
      const mark = annotated.markOf(i);
      if (mark) { mark.scrollIntoView({ block: 'center' }); mark.focus({ preventScroll: true }); } else jump(report.findings[i].start);
    },
  });
  attachDecisionControls(findings, report, { onDecide });
  renderTables(panels.tables, report, { onJump: jump, ruleHref });
  show('view');
  return { annotated };
}
