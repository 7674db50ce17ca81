// The checked report, line by line, with line numbers, a gutter bar per line coloured by the
// status of the section it belongs to, and every finding's exact span wrapped in a focusable
// <mark>. Offsets are the result's UTF-16 offsets into exactly the text shown.
import { h, clear } from './dom.js';
import { SEVERITY_RANK, SEVERITY_LABEL, SEVERITY_ICON, worstSeverity } from './labels.js';

export function renderAnnotated(container, text, report) {
  clear(container);
  const findings = report ? report.findings || [] : [];
  const sections = report ? report.sections || [] : [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset) => upperBound(lineStarts, offset) - 1; // 0-based

  // Deepest section covering each line's start → that section's status colours the gutter.
  const lineSection = new Int32Array(lineStarts.length).fill(-1);
  sections.forEach((s, si) => {
    if (!(s.end > s.start)) return;
    const first = lineOf(s.start), last = lineOf(Math.max(s.start, s.end - 1));
    for (let l = first; l <= last; l++) {
      const cur = lineSection[l];
      if (cur < 0 || (sections[cur].level || 1) <= (s.level || 1)) lineSection[l] = si;
    }
  });

  const rows = [];
  const firstMark = new Map(); // finding index → its first mark element
  const frag = document.createDocumentFragment();
  let row = null, tx = null;
  const newRow = () => {
    const n = rows.length;
    const si = lineSection[n] ?? -1;
    const status = si >= 0 ? sections[si].status || 'ok' : 'none';
    row = h('div', { class: `row sec-${status}`, dataset: { line: n + 1 } },
      h('span', { class: 'ln', 'aria-hidden': 'true', text: n + 1 }));
    tx = h('span', { class: 'tx' });
    row.appendChild(tx);
    rows.push(row);
    frag.appendChild(row);
  };
  newRow();

  // Sweep over the boundaries of all spans; between two boundaries the set of covering findings
  // is constant, so each piece of text is emitted once, in or out of a mark.
  const order = findings.map((f, i) => i).filter((i) => validSpan(findings[i], text.length))
    .sort((a, b) => findings[a].start - findings[b].start || findings[b].end - findings[a].end);
  const bounds = new Set([0, text.length]);
  for (const i of order) { bounds.add(findings[i].start); bounds.add(findings[i].end); }
  const points = [...bounds].sort((a, b) => a - b);
  let active = [];
  let k = 0;
  for (let p = 0; p < points.length; p++) {
    const at = points[p];
    active = active.filter((i) => findings[i].end > at);
    const empties = [];
    while (k < order.length && findings[order[k]].start === at) {
      const i = order[k++];
      if (findings[i].end === at) empties.push(i); else active.push(i);
    }
    if (empties.length) tx.appendChild(makeMark(empties, findings, firstMark, true));
    const next = points[p + 1];
    if (next === undefined) break;
    const piece = text.slice(at, next);
    const lines = piece.split('\n');
    lines.forEach((part, li) => {
      if (li > 0) newRow();
      if (!part) return;
      if (active.length) {
        const m = makeMark(active, findings, firstMark, false);
        m.appendChild(document.createTextNode(part));
        tx.appendChild(m);
      } else {
        tx.appendChild(document.createTextNode(part));
      }
    });
  }

  // A badge on each section's heading line: the status in words and a glyph, not colour alone.
  sections.forEach((s) => {
    const r = rows[lineOf(s.start)];
    if (!r || r.querySelector('.sec-badge')) return;
    const status = s.status || 'ok';
    r.classList.add('sec-head');
    r.appendChild(h('span', { class: `sec-badge st-${status}`, title: `本部分：${SEVERITY_LABEL[status]}` },
      `${SEVERITY_ICON[status]} ${status === 'ok' ? '本部分通过' : '本部分有' + SEVERITY_LABEL[status]}`));
  });

  container.appendChild(frag);
  return {
    rows,
    markOf: (i) => firstMark.get(i) || null,
    rowOfOffset: (offset) => rows[lineOf(offset)] || null,
  };
}

function validSpan(f, length) {
  return Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end >= f.start && f.end <= length;
}

function makeMark(indices, findings, firstMark, empty) {
  let sev = 'info';
  for (const i of indices) sev = worstSeverity(findings[i].severity, sev);
  const m = h('mark', {
    class: `f sev-${sev}${empty ? ' empty' : ''}`,
    dataset: { findings: indices.join(' '), rules: [...new Set(indices.map((i) => findings[i].rule))].join(' ') },
    tabindex: '-1',
    'aria-label': empty ? indices.map((i) => `${SEVERITY_LABEL[findings[i].severity]}：${findings[i].message}`).join('；') : undefined,
  });
  for (const i of indices) {
    if (!firstMark.has(i)) { firstMark.set(i, m); m.tabIndex = 0; }
  }
  return m;
}

function upperBound(arr, x) {
  let lo = 0, hi = arr.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (arr[mid] <= x) lo = mid + 1; else hi = mid; }
  return lo;
}

export function severityRank(s) { return SEVERITY_RANK[s] || 0; }
