// The summary table as CSV for Excel: UTF-8 with a BOM (without it Excel on Chinese Windows reads
// GBK and garbles every name), CRLF line ends, every field quoted, quotes doubled (RFC 4180).
// A field that starts with = + - @ is prefixed with ' so a spreadsheet never runs it as a formula.
import { COLUMNS } from './row-facts.js';

const FAILURE_LABEL = '无法校验';

export function summaryCsv(rows) {
  const header = [...COLUMNS.map((c) => c.label), FAILURE_LABEL];
  const lines = [header, ...rows.map((r) => [...COLUMNS.map((c) => r[c.key]), r.failure])];
  return `\ufeff${lines.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function csvField(value) {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}
