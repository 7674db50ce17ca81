// The whole batch as one file: JSON as the CLI prints a batch ({"reports": [...]}, one entry per
// file, {"file", "error"} for a file that could not be read or checked) and SARIF as one run whose
// results are every file's (the core writes each file's results, with its decisions as
// suppressions; they are merged here under one tool.driver, as the CLI's SarifWriter does).

export function batchJson(entries, schema) {
  const reports = entries.map((e) => e.report || { file: e.name, error: e.error || '未校验' });
  return `${JSON.stringify(schema ? { schema, reports } : { reports }, null, 2)}\n`;
}

// sarifOf(entry) → the core's SARIF log (text) for that entry's report.
export async function batchSarif(entries, sarifOf, onProgress = () => {}) {
  let log = null;
  const results = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    onProgress(i, entries.length);
    if (!e.report) {
      // As the CLI writes a file it could not check: one error result on the file itself.
      results.push({ ruleId: 'input', level: 'error', message: { text: e.error || '未校验' },
        locations: [{ physicalLocation: { artifactLocation: { uri: e.name } } }] });
      continue;
    }
    const one = JSON.parse(await sarifOf(e));
    log ??= one;
    results.push(...(one.runs[0].results || []));
  }
  if (!log) return null;
  log.runs = [{ ...log.runs[0], results }];
  return `${JSON.stringify(log, null, 2)}\n`;
}
