// The 整改清单 a reviewer sends back to a department: the findings to fix (errors and warnings,
// and whatever the reviewer confirmed; not what they dismissed), grouped by section in document
// order, each with where, what, the rule, its basis and the value expected. Made to be printed
// (desk.css @media print shows only this).
import { h, clear } from '../dom.js';
import { SEVERITY_LABEL } from '../labels.js';
import { isDismissed } from './row-facts.js';

export function findingsToFix(report) {
  return (report.findings || []).filter((f) => !isDismissed(f)
    && (f.severity === 'error' || f.severity === 'warning' || (f.decision && f.decision.status === 'confirmed')));
}

export function renderFixList(container, entry) {
  clear(container);
  const report = entry.report;
  const meta = report.meta || {};
  const sections = report.sections || [];
  const todo = findingsToFix(report).sort((a, b) => a.start - b.start);
  container.appendChild(h('h1', null, '政府信息公开工作年度报告整改清单'));
  const facts = h('dl', { class: 'fix-facts' });
  const add = (term, value) => { if (value) facts.append(h('dt', null, term), h('dd', null, value)); };
  add('报告', meta.title || entry.name);
  add('机关', meta.agency);
  add('报告年度', meta.year ? `${meta.year} 年` : '');
  add('文件', entry.name);
  add('对照的上一年度报告', report.previous ? report.previous.file : '');
  add('生成日期', new Date().toISOString().slice(0, 10));
  container.appendChild(facts);
  if (!todo.length) {
    container.appendChild(h('p', null, '本报告没有需要整改的问题。'));
    return;
  }
  container.appendChild(h('p', null, `共 ${todo.length} 项需要整改或核实。请逐项修改后重新提交；行号指提交稿中的行。`));
  const groups = new Map();
  for (const f of todo) {
    const key = Number.isInteger(f.section) && sections[f.section] ? f.section : -1;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(f);
  }
  let n = 0;
  for (const [key, list] of groups) {
    container.appendChild(h('h2', null, key < 0 ? '全文' : sections[key].heading || `第 ${key + 1} 部分`));
    const ol = h('ol', { class: 'fix-items', start: n + 1 });
    for (const f of list) {
      n++;
      ol.appendChild(h('li', { class: `fix-item sev-${f.severity}` },
        h('p', { class: 'fix-what' }, h('b', null, `【${SEVERITY_LABEL[f.severity]}】`), `第 ${f.line} 行：${f.message}`),
        f.actual != null || f.expected != null
          ? h('p', { class: 'fix-value' }, f.actual != null ? `现为：${f.actual}` : null, f.actual != null && f.expected != null ? '；' : null,
            f.expected != null ? `应为：${f.expected}` : null)
          : null,
        h('p', { class: 'fix-basis' }, `规则：${f.rule}`, f.basis ? `；依据：${f.basis}` : null),
        f.decision && f.decision.note ? h('p', { class: 'fix-note' }, `审核意见：${f.decision.note}`) : null));
    }
    container.appendChild(ol);
  }
}
