// SARIF 2.1.0 from the result JSON, in the same shape as the CLI's `--format sarif`
// (core/output/sarif.cpp): one run, every rule of the catalog in the driver, one result per
// finding, regions in UTF-16 code units (charOffset/charLength, start/end line and column).

const LEVEL = { error: 'error', warning: 'warning', info: 'note' };

export function toSarif(result, rules, text) {
  const driverRules = (rules || []).map((r) => ({
    id: r.id,
    name: r.id,
    shortDescription: { text: r.summary },
    fullDescription: { text: `${r.what} ${r.why}` },
    help: { text: r.basis },
    defaultConfiguration: { level: LEVEL[r.severity] || 'warning' },
  }));
  const position = positionsOf(text || '');
  const results = [];
  for (const report of result.reports || []) {
    const uri = report.file || 'stdin';
    for (const f of report.findings || []) {
      const end = position(f.end);
      const res = {
        ruleId: f.rule,
        level: LEVEL[f.severity] || 'warning',
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri },
            region: {
              startLine: f.line, startColumn: f.column, endLine: end.line, endColumn: end.column,
              charOffset: f.start, charLength: f.end - f.start,
            },
          },
        }],
      };
      const props = {};
      if (f.expected != null) props.expected = f.expected;
      if (f.actual != null) props.actual = f.actual;
      if (f.basis) props.basis = f.basis;
      if (Object.keys(props).length) res.properties = props;
      results.push(res);
    }
  }
  const tool = result.tool || {};
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: tool.name || 'nianbao', version: tool.version || '', rules: driverRules } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}

// 1-based line and UTF-16 column of an offset, as the core's Source::position counts them.
function positionsOf(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0, hi = starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] <= offset) lo = mid + 1; else hi = mid; }
    return { line: lo, column: offset - starts[lo - 1] + 1 };
  };
}
