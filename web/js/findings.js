// The findings list, grouped by section in document order, and the thin section outline.
import { h, clear } from './dom.js';
import { SEVERITY_LABEL, SEVERITY_ICON } from './labels.js';

export function renderFindings(container, report, { onSelect, ruleHref }) {
  clear(container);
  const findings = report.findings || [];
  const sections = report.sections || [];
  if (!findings.length) {
    container.appendChild(h('p', { class: 'empty-note' }, '✓ 没有发现问题。'));
    return;
  }
  // Groups: whole-document findings first, then each section in the order it appears.
  const groups = new Map();
  const keyOf = (f) => (Number.isInteger(f.section) && sections[f.section] ? f.section : -1);
  findings.map((f, i) => i)
    .sort((a, b) => (findings[a].start - findings[b].start) || (a - b))
    .forEach((i) => {
      const key = keyOf(findings[i]);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(i);
    });
  const keys = [...groups.keys()].sort((a, b) => (a < 0 ? -1 : b < 0 ? 1 : sections[a].start - sections[b].start || a - b));
  for (const key of keys) {
    const title = key < 0 ? '全文' : sections[key].heading || `第 ${key + 1} 部分`;
    const status = key < 0 ? null : sections[key].status;
    const list = h('ol', { class: 'flist' });
    for (const i of groups.get(key)) {
      const f = findings[i];
      list.appendChild(h('li', { class: `fitem sev-${f.severity}` },
        h('button', { type: 'button', class: 'fbtn', dataset: { finding: i }, onclick: () => onSelect(i) },
          h('span', { class: 'fsev' }, h('span', { 'aria-hidden': 'true' }, SEVERITY_ICON[f.severity]), ` ${SEVERITY_LABEL[f.severity]}`),
          h('span', { class: 'floc' }, `第 ${f.line} 行`),
          h('span', { class: 'fmsg' }, f.message),
          f.expected != null || f.actual != null
            ? h('span', { class: 'fexp' },
              f.actual != null ? `表中/文中：${f.actual}` : null,
              f.actual != null && f.expected != null ? '，' : null,
              f.expected != null ? `应为：${f.expected}` : null)
            : null),
        h('a', { class: 'frule', href: ruleHref(f.rule), title: '查看规则说明' }, f.rule)));
    }
    container.appendChild(h('section', { class: 'fgroup' },
      h('h3', { class: `fgroup-h${status ? ' st-' + status : ''}` },
        status ? h('span', { 'aria-hidden': 'true' }, SEVERITY_ICON[status] + ' ') : null, title,
        h('span', { class: 'muted' }, ` · ${groups.get(key).length} 条`)),
      list));
  }
}

export function renderOutline(container, report, { onSelect }) {
  clear(container);
  const sections = report.sections || [];
  if (!sections.length) { container.appendChild(h('p', { class: 'muted' }, '未识别出章节。')); return; }
  const list = h('ol', { class: 'outline' });
  sections.forEach((s, i) => {
    const status = s.status || 'ok';
    list.appendChild(h('li', { class: `lvl-${s.level || 1}` },
      h('button', { type: 'button', class: `obtn st-${status}`, dataset: { section: i }, onclick: () => onSelect(i), title: `${SEVERITY_LABEL[status]}` },
        h('span', { class: 'oicon', 'aria-label': SEVERITY_LABEL[status] }, SEVERITY_ICON[status]), ' ', s.heading || `第 ${i + 1} 部分`)));
  });
  container.appendChild(list);
}
