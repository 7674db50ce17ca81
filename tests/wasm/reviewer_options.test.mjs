// The reviewer's options through the JS wrapper (issue #12): last year's report ("previous") and a
// reviewer's decisions reach the core and give exactly the CLI's JSON and SARIF for the same files
// (--previous, --baseline, --hide-suppressed). The page's 审核台 depends on this road.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checker, nativeCli, samplesDir } from './setup.mjs';

const corpus = path.resolve(samplesDir, '../corpus');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-reviewer-'));
for (const y of ['2021', '2022']) fs.copyFileSync(path.join(corpus, `${y}_pingtan_gwh.txt`), path.join(work, `${y}.txt`));
const last = fs.readFileSync(path.join(work, '2021.txt'), 'utf8');
const self = fs.readFileSync(path.join(work, '2022.txt'), 'utf8');
const cli = (...args) => nativeCli(['check', ...args.slice(0, -1), path.join(work, args.at(-1))]).replaceAll(`${work}/`, '');

test('previous: the report names last year\'s file and gives the CLI\'s --previous JSON', () => {
  const json = checker.checkJson(self, { file: '2022.txt', previous: { text: last, file: '2021.txt' } });
  const report = JSON.parse(json).reports[0];
  assert.equal(report.previous.file, '2021.txt');
  assert.equal(report.previous.year, 2021);
  assert.equal(json, cli('--format', 'json', '--previous', path.join(work, '2021.txt'), '2022.txt'));
  assert.equal(JSON.parse(checker.checkJson(self, { file: '2022.txt' })).reports[0].previous, undefined, 'nothing without it');
});

test('decisions: marked, counted apart, suppressed in SARIF, left out with hide_dismissed — as --baseline does', () => {
  const plain = JSON.parse(checker.checkJson(self, { file: '2022.txt' })).reports[0];
  const target = plain.findings.find((f) => f.severity === 'warning') || plain.findings[0];
  const decisions = [{ fingerprint: target.fingerprint, rule: target.rule, status: 'dismissed', note: '已核实' }];
  const marked = JSON.parse(checker.checkJson(self, { file: '2022.txt', decisions })).reports[0];
  const f = marked.findings.find((x) => x.fingerprint === target.fingerprint);
  assert.deepEqual(f.decision, { status: 'dismissed', note: '已核实' });
  assert.equal(marked.summary.dismissed, 1);
  assert.equal(marked.summary[target.severity], plain.summary[target.severity] - 1);

  const sarif = JSON.parse(checker.checkSarif(self, { file: '2022.txt', decisions }));
  const suppressed = sarif.runs[0].results.filter((r) => r.suppressions);
  assert.deepEqual(suppressed.map((r) => r.suppressions), [[{ kind: 'external', status: 'accepted', justification: '已核实' }]]);

  const hidden = JSON.parse(checker.checkJson(self, { file: '2022.txt', decisions, hide_dismissed: true })).reports[0];
  assert.equal(hidden.findings.length, plain.findings.length - 1);

  fs.writeFileSync(path.join(work, 'decisions.json'), JSON.stringify({ decisions }));
  assert.equal(checker.checkJson(self, { file: '2022.txt', decisions }), cli('--format', 'json', '--baseline', path.join(work, 'decisions.json'), '2022.txt'));
  assert.equal(checker.checkJson(self, { file: '2022.txt', decisions, hide_dismissed: true }),
    cli('--format', 'json', '--baseline', path.join(work, 'decisions.json'), '--hide-suppressed', '2022.txt'));
});
