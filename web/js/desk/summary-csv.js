// The summary table as CSV for Excel: UTF-8 with a BOM (without it Excel on Chinese Windows reads
// GBK and garbles every name), CRLF line ends, every field quoted, quotes doubled (RFC 4180).
// A field that starts with = + - @ is prefixed with ' so a spreadsheet never runs it as a formula.
import { COLUMNS } from './row-facts.js';

// Beyond the table's columns: whether the report was published late (the table marks the deadline
// cell instead) and why a file could not be checked.
const EXTRA = [{ label: '逾期发布', value: (r) => (r.late ? '是' : '') }, { label: '无法校验', value: (r) => r.failure }];

export function summaryCsv(rows) {
  const header = [...COLUMNS.map((c) => c.label), ...EXTRA.map((x) => x.label)];
  const lines = [header, ...rows.map((r) => [...COLUMNS.map((c) => r[c.key]), ...EXTRA.map((x) => x.value(r))])];
  return `\ufeff${lines.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function csvField(value) {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}
