// SARIF 2.1.0 from the result JSON — the same shape as the CLI's `--format sarif`: one run, one
// result per finding, regions in UTF-16 code units (charOffset/charLength, startLine/startColumn).

const LEVEL = { error: 'error', warning: 'warning', info: 'note' };

export function toSarif(result, rules = [], artifactUri = 'report.txt') {
  const tool = result.tool || { name: 'nianbao', version: '' };
  const ruleIndex = new Map();
  const driverRules = [];
  const addRule = (id) => {
    if (ruleIndex.has(id)) return ruleIndex.get(id);
    const doc = rules.find((r) => r.id === id);
    const entry = { id };
    if (doc) {
      entry.shortDescription = { text: doc.summary };
      if (doc.what) entry.fullDescription = { text: doc.what };
      entry.defaultConfiguration = { level: LEVEL[doc.severity] || 'warning' };
    }
    ruleIndex.set(id, driverRules.length);
    driverRules.push(entry);
    return ruleIndex.get(id);
  };
  for (const r of rules) addRule(r.id);

  const results = [];
  for (const report of result.reports || []) {
    const uri = report.file || artifactUri;
    for (const f of report.findings || []) {
      const res = {
        ruleId: f.rule,
        ruleIndex: addRule(f.rule),
        level: LEVEL[f.severity] || 'warning',
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri },
            region: { startLine: f.line, startColumn: f.column, charOffset: f.start, charLength: Math.max(0, f.end - f.start) },
          },
        }],
      };
      const props = {};
      if (f.expected !== undefined && f.expected !== null) props.expected = f.expected;
      if (f.actual !== undefined && f.actual !== null) props.actual = f.actual;
      if (f.basis) props.basis = f.basis;
      if (Object.keys(props).length) res.properties = props;
      results.push(res);
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: tool.name, version: tool.version, rules: driverRules } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}
