// What the summary table (and its CSV) says about one report of the batch, taken from the core's
// JSON: one flat object per row, the same values on screen and in the export.
import { KIND_LABEL, SEVERITY_RANK } from '../labels.js';
import { legalDeadline } from '../summary.js';

// The columns, in order: key, header, and whether it sorts as a number.
export const COLUMNS = [
  { key: 'file', label: '文件' },
  { key: 'agency', label: '机关' },
  { key: 'year', label: '年度', numeric: true },
  { key: 'edition', label: '版本' },
  { key: 'kind', label: '机关类型' },
  { key: 'error', label: '错误', numeric: true },
  { key: 'warning', label: '警告', numeric: true },
  { key: 'info', label: '提示', numeric: true },
  { key: 'dismissed', label: '已忽略', numeric: true },
  { key: 'worst', label: '最严重的部分' },
  { key: 'published', label: '发布日期' },
  { key: 'deadline', label: '法定期限' },
  { key: 'previous', label: '上一年度报告' },
];

export function rowFacts(entry) {
  const report = entry.report;
  if (!report) {
    return { file: entry.name, agency: '', year: null, edition: '', kind: '', error: null, warning: null, info: null,
      dismissed: null, worst: '', published: '', deadline: '', late: false, previous: '', failure: entry.error || '' };
  }
  const meta = report.meta || {};
  const s = report.summary || {};
  const deadline = legalDeadline(meta);
  return {
    file: entry.name,
    agency: meta.agency || '',
    year: meta.year || null,
    edition: meta.edition || '',
    kind: meta.kind ? KIND_LABEL[meta.kind] || meta.kind : '',
    error: s.error || 0,
    warning: s.warning || 0,
    info: s.info || 0,
    dismissed: s.dismissed || 0,
    worst: worstSection(report),
    published: meta.published || '',
    deadline: deadline ? deadline.date : '',
    late: Boolean(deadline && meta.published && meta.published > deadline.date)
      || (report.findings || []).some((f) => f.rule === 'publish.late' && !isDismissed(f)),
    previous: report.previous ? report.previous.file || '' : '',
    failure: '',
  };
}

export const isDismissed = (f) => Boolean(f.decision && f.decision.status === 'dismissed');

// The heading of the section in the worst state (the core's section status, which already leaves
// dismissed findings out); among equals, the one with most open findings. '' when all pass.
function worstSection(report) {
  const sections = report.sections || [];
  const open = new Map();
  for (const f of report.findings || []) {
    if (Number.isInteger(f.section) && !isDismissed(f)) open.set(f.section, (open.get(f.section) || 0) + 1);
  }
  let best = -1;
  sections.forEach((sec, i) => {
    const rank = SEVERITY_RANK[sec.status] || 0;
    if (rank === 0) return;
    if (best < 0) { best = i; return; }
    const bestRank = SEVERITY_RANK[sections[best].status] || 0;
    if (rank > bestRank || (rank === bestRank && (open.get(i) || 0) > (open.get(best) || 0))) best = i;
  });
  return best < 0 ? '' : sections[best].heading || `第 ${best + 1} 部分`;
}
