// The 表格 tab: each table the reader found (result tables[]) redrawn as an HTML table, with the
// cells named by table.* findings outlined and the expected value shown beside the wrong one.
import { h, clear } from './dom.js';
import { SEVERITY_LABEL, SEVERITY_ICON, topicLabel } from './labels.js';

const TABLE_NUMBER = { proactive: '二', applications: '三', review_litigation: '四' };

export function renderTables(container, report, { onJump, ruleHref }) {
  clear(container);
  const tables = report.tables || [];
  if (!tables.length) {
    container.appendChild(h('p', { class: 'empty-note' }, '报告中没有识别出统计表格。'));
    return;
  }
  // Findings about cells (table.fused-digits is about the whole table: its note says it).
  const tableFindings = (report.findings || []).filter((f) => typeof f.rule === 'string' && f.rule.startsWith('table.')
    && f.rule !== 'table.fused-digits');
  tables.forEach((t, ti) => {
    const status = t.status || 'ok';
    const inTable = tableFindings.filter((f) => f.start >= t.start && f.start < Math.max(t.end, t.start + 1));
    const used = new Set();
    const number = TABLE_NUMBER[t.topic];
    const title = `${number ? `表${number} ` : ''}${topicLabel(t.topic)}${t.edition ? `（${t.edition} 版）` : ''}`;
    const head = h('div', { class: 'tbl-head' },
      h('h3', { class: `st-${status}` }, h('span', { 'aria-hidden': 'true' }, SEVERITY_ICON[status] + ' '), title),
      h('span', { class: 'muted' }, `第 ${t.line} 行起${t.rows ? ` · ${t.rows} 行 × ${t.cols} 列` : ''} · ${SEVERITY_LABEL[status]}`),
      h('button', { type: 'button', class: 'linkish', onclick: () => onJump(t.start) }, '在原文中查看'));
    const block = h('section', { class: 'tbl-block', dataset: { table: ti } }, head);
    // Cells whose separators were lost (a one-line web copy): say how far the numbers can be trusted.
    if (t.fused_digits === 'split') {
      block.appendChild(h('p', { class: 'tbl-note' }, '原文单元格之间的分隔已丢失，数字是按列数和勾稽关系唯一拆分得到的，请对照原表确认。'));
    } else if (t.fused_digits === 'unsplit') {
      block.appendChild(h('p', { class: 'tbl-note' }, '原文单元格之间的分隔已丢失，数字无法唯一拆分，本表未作数字核对。'));
    }

    if (Array.isArray(t.cells) && t.cells.length) {
      const table = h('table', { class: 'dt' });
      const colLabels = Array.isArray(t.col_labels) ? t.col_labels : [];
      const rowLabels = Array.isArray(t.row_labels) ? t.row_labels : [];
      if (colLabels.length) {
        table.appendChild(h('thead', null, h('tr', null,
          rowLabels.length ? h('th', { scope: 'col' }, '') : null,
          colLabels.map((c) => h('th', { scope: 'col' }, labelText(c))))));
      }
      const body = h('tbody');
      t.cells.forEach((row, r) => {
        const tr = h('tr', null, rowLabels.length ? h('th', { scope: 'row' }, labelText(rowLabels[r])) : null);
        (row || []).forEach((cell, c) => {
          if (!cell) { tr.appendChild(h('td', { class: 'blank' }, '')); return; }
          const bad = inTable.filter((f) => f.start >= cell.start && f.start < Math.max(cell.end, cell.start + 1));
          bad.forEach((f) => used.add(f));
          const td = h('td', { class: 'num', dataset: { row: r, col: c } }, cell.raw ?? (cell.value ?? ''));
          if (bad.length) {
            const worst = bad.find((f) => f.severity === 'error') || bad[0];
            td.classList.add('bad', `sev-${worst.severity}`);
            td.tabIndex = 0;
            td.title = bad.map((f) => f.message).join('\n');
            td.setAttribute('aria-label', `${cell.raw ?? ''}，${bad.map((f) => f.message).join('；')}`);
            const exp = bad.find((f) => f.expected != null);
            if (exp) td.appendChild(h('span', { class: 'expected' }, `应为 ${exp.expected}`));
            td.addEventListener('click', () => onJump(cell.start));
          }
          tr.appendChild(td);
        });
        body.appendChild(tr);
      });
      table.appendChild(body);
      block.appendChild(h('div', { class: 'tbl-scroll' }, table));
    } else {
      block.appendChild(h('p', { class: 'muted' }, '（此版本的校验结果未提供单元格明细，仅显示表格位置与状态。）'));
    }
    const rest = inTable.filter((f) => !used.has(f));
    if (rest.length) {
      block.appendChild(h('ul', { class: 'tbl-findings' }, rest.map((f) =>
        h('li', { class: `sev-${f.severity}` },
          h('span', { 'aria-hidden': 'true' }, SEVERITY_ICON[f.severity] + ' '),
          h('a', { href: ruleHref(f.rule) }, f.rule), ' ', f.message,
          f.expected != null ? `（应为 ${f.expected}）` : ''))));
    }
    container.appendChild(block);
  });
}

function labelText(label) {
  if (label === null || label === undefined) return '';
  if (typeof label === 'string') return label;
  if (Array.isArray(label)) return label.filter(Boolean).join(' / ');
  return label.text || label.label || JSON.stringify(label);
}
