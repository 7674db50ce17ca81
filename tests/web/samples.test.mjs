// Each shared sample pasted into the page: the page must show exactly the text it checked, mark
// every section with the status the core gives it, mark every finding's exact span, and mark the
// spans that expected/*.json says a correct validator must report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitReady, paste, readAnnotated, screenshot, nodeChecker, SAMPLES, sampleText, expectedFor } from './helpers.mjs';

let server, browser, checker;
before(async () => { server = await startServer(); browser = await launch(); checker = await nodeChecker(); });
after(async () => { await browser?.close(); await server?.close(); });

const unify = (t) => t.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

for (const file of SAMPLES) {
  test(`sample ${file}: sections, findings and expected spans are marked`, async (t) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await waitReady(page);
    const text = unify(sampleText(file));
    await paste(page, text);
    assert.equal(await page.getAttribute('#tab-view', 'aria-selected'), 'true', 'a paste switches to the annotated view');
    const view = await readAnnotated(page);
    assert.equal(view.text, text, 'the annotated view shows exactly the pasted text');

    const report = checker.check(text, { edition: 'auto', kind: 'auto' }).reports[0];

    await t.test('sections are marked with their status', () => {
      const byLine = new Map(view.badges.map((b) => [b.line, b]));
      for (const s of report.sections) {
        const line = text.slice(0, s.start).split('\n').length;
        const badge = byLine.get(line);
        assert.ok(badge, `section "${s.heading}" (line ${line}) has a badge`);
        if (report.sections.filter((o) => text.slice(0, o.start).split('\n').length === line).length === 1) {
          assert.equal(badge.status, s.status, `section "${s.heading}" is marked ${s.status}`);
        }
      }
      const failing = report.sections.filter((s) => s.status === 'error').length;
      assert.equal(view.badges.filter((b) => b.status === 'error').length >= Math.min(failing, 1), true);
    });

    await t.test('every finding has its exact span marked', () => {
      for (const f of report.findings) {
        if (f.end > f.start) {
          // The marks carrying this rule must cover [start, end) without a gap.
          const covering = view.marks.filter((m) => m.rules.includes(f.rule) && m.end > f.start && m.start < f.end)
            .sort((a, b) => a.start - b.start);
          assert.ok(covering.length, `${f.rule} at ${f.start}-${f.end} is marked`);
          assert.ok(covering[0].start <= f.start && covering.at(-1).end >= f.end, `${f.rule} mark covers ${f.start}-${f.end}`);
          let at = f.start;
          for (const m of covering) { assert.ok(m.start <= at || text.slice(at, m.start).split('').every((c) => c === '\n'), `${f.rule}: no gap at ${at}`); at = Math.max(at, m.end); }
        } else {
          assert.ok(view.marks.some((m) => m.rules.includes(f.rule) && m.start === f.start && m.end === f.start), `${f.rule} (empty span at ${f.start}) is marked`);
        }
      }
      assert.equal(new Set(view.marks.flatMap((m) => m.rules)).size, new Set(report.findings.map((f) => f.rule)).size);
    });

    await t.test('the spans expected/*.json requires are marked', async () => {
      const expected = expectedFor(file);
      if (!expected) return;
      for (const must of expected.must) {
        if (must.at) {
          const at = must.at;
          const idx = text.indexOf(at);
          assert.ok(idx >= 0, `"${at}" occurs in the sample`);
          const hit = view.marks.some((m) => m.rules.includes(must.rule) && m.start < idx + at.length && m.end > idx);
          assert.ok(hit, `${must.rule} is marked at "${at.trim()}"`);
        } else {
          const items = await page.$$eval('#findings .fitem', (lis) => lis.map((li) => ({ rule: li.querySelector('.frule').textContent, msg: li.querySelector('.fmsg').textContent })));
          const re = must.msg ? new RegExp(must.msg) : /./;
          assert.ok(items.some((i) => i.rule === must.rule && re.test(i.msg)), `${must.rule} (${must.msg || ''}) is listed`);
        }
      }
    });

    await t.test('the summary shows the metadata the core found', async () => {
      const summary = await page.textContent('#summary');
      if (report.meta.year) assert.ok(summary.includes(`${report.meta.year} 年`));
      if (report.meta.edition) assert.ok(summary.includes(`${report.meta.edition} 版`));
      if (report.meta.published) assert.ok(summary.includes(report.meta.published));
      for (const sev of ['error', 'warning', 'info']) {
        assert.equal(await page.textContent(`#summary .count.sev-${sev} b`), String(report.summary[sev] || 0));
      }
    });

    await screenshot(page, `sample-${file.replace(/\.txt$/, '')}`);
    assert.deepEqual(errors, [], 'no script errors');
    await page.close();
  });
}
