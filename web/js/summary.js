// The summary card: year, edition and why, agency and kind, publication date against the legal
// deadline, counts by severity.
import { h, clear } from './dom.js';
import { KIND_LABEL, SEVERITY_LABEL, SEVERITY_ICON, SEVERITY_ORDER } from './labels.js';
import { DEADLINES } from './edition-data.js';

export function legalDeadline(meta) {
  if (!meta || !meta.year || !meta.edition) return null;
  const table = DEADLINES[meta.edition];
  if (!table) return null;
  const d = table[meta.kind === 'government' ? 'government' : 'department'];
  if (!d) return null;
  const pad = (n) => String(n).padStart(2, '0');
  return { date: `${meta.year + 1}-${pad(d.month)}-${pad(d.day)}`, basis: d.basis };
}

export function renderSummary(container, report) {
  clear(container);
  const meta = report.meta || {};
  const unknown = (v) => (v === null || v === undefined || v === '' ? h('span', { class: 'muted' }, '未识别') : String(v));
  const dl = h('dl', { class: 'facts' });
  const add = (term, ...value) => dl.append(h('dt', null, term), h('dd', null, ...value));

  add('标题', unknown(meta.title));
  add('报告年度', meta.year ? `${meta.year} 年` : unknown(null));
  add('适用格式', meta.edition ? `${meta.edition} 版` : unknown(null),
    meta.edition_reason ? h('div', { class: 'reason' }, `依据：${meta.edition_reason}`) : null);
  add('机关', unknown(meta.agency));
  add('机关类型', meta.kind ? KIND_LABEL[meta.kind] || meta.kind : unknown(null));
  if (meta.period) add('统计期限', `${meta.period.from || '?'} 至 ${meta.period.to || '?'}`);

  const deadline = legalDeadline(meta);
  const late = (report.findings || []).some((f) => f.rule === 'publish.late');
  let pub;
  if (!meta.published) pub = [unknown(null), deadline ? h('div', { class: 'reason' }, `法定期限 ${deadline.date}`) : null];
  else if (!deadline) pub = [meta.published];
  else {
    const ok = !late && meta.published <= deadline.date;
    pub = [meta.published, ' ',
      h('span', { class: `badge ${ok ? 'st-ok' : 'st-warning'}` }, ok ? `✓ 未超过法定期限 ${deadline.date}` : `▲ 晚于法定期限 ${deadline.date}`),
      h('div', { class: 'reason' }, deadline.basis)];
  }
  add('发布日期', ...pub);
  // The report it was compared with (the 上一年度报告 slot, or a pairing on the desk).
  if (report.previous) {
    const p = report.previous;
    add('上一年度报告', `${p.file || '（未命名）'}${p.year ? `（${p.year} 年）` : ''}`);
  }

  const counts = report.summary || {};
  const countRow = h('div', { class: 'counts' }, SEVERITY_ORDER.map((s) =>
    h('span', { class: `count sev-${s}`, dataset: { sev: s } },
      h('span', { class: 'icon', 'aria-hidden': 'true' }, SEVERITY_ICON[s]), ` ${SEVERITY_LABEL[s]} `, h('b', null, counts[s] || 0))));
  container.append(countRow, dl);
}
