// The batch on the desk: one entry per file, checked one at a time in the worker (the page awaits
// each, so it stays responsive), then each report re-checked beside the batch's report of the same
// agency for the year before. An entry keeps what a re-check and the detail view need — the text
// (a string) and the core's report (parsed JSON) — and no DOM.
//   entry: {id, name, version, text, kind, notes[], report, error, checkedAgainst}
// A file whose name is already in the batch replaces that entry (a revised report): its decisions
// come back because they are keyed by fingerprint, not by file or offset.
import { fileToText } from '../file-text.js';
import { unifyLineBreaks } from '../decode.js';
import { pairWithPreviousYear } from './year-pairing.js';

export function createBatch(engine, decisions) {
  const entries = [];
  let nextId = 1;
  let running = null;

  const byName = (name) => entries.find((e) => e.name === name);

  const optionsFor = (entry, previous) => {
    const options = { file: entry.name, decisions: decisions.asOptions() };
    if (previous) options.previous = { text: previous.text, file: previous.name };
    return options;
  };

  async function check(entry, previous) {
    try {
      const { json } = await engine.check(entry.text, optionsFor(entry, previous));
      const result = JSON.parse(json);
      if (result.schema) batch.schema = result.schema;
      entry.report = (result.reports && result.reports[0]) || null;
      entry.error = entry.report ? null : '校验引擎没有返回结果';
    } catch (err) {
      entry.report = null;
      entry.error = `校验失败：${err.message || err}`;
    }
    entry.checkedAgainst = previous ? `${previous.id}#${previous.version}` : '';
  }

  // The entries whose pairing is not what their last check used, with their partner (or null).
  function stalePairs() {
    const pairs = pairWithPreviousYear(entries);
    const stale = [];
    entries.forEach((e, i) => {
      if (!e.text) return; // not read: nothing to check
      const prev = pairs[i] >= 0 ? entries[pairs[i]] : null;
      const wanted = prev ? `${prev.id}#${prev.version}` : '';
      if (e.checkedAgainst !== wanted) stale.push({ entry: e, previous: prev });
    });
    return stale;
  }

  const batch = {
    entries,
    schema: null,
    get running() { return Boolean(running); },
    cancel() { if (running) running.cancelled = true; },
    previousOf(entry) {
      const pairs = pairWithPreviousYear(entries);
      const i = pairs[entries.indexOf(entry)];
      return i >= 0 ? entries[i] : null;
    },

    // files: [{name, file}]. onProgress({phase: 'check'|'pair', done, total, name}).
    async add(files, onProgress = () => {}) {
      if (running) throw new Error('上一批文件仍在校验');
      const run = running = { cancelled: false };
      let checked = 0;
      try {
        for (let i = 0; i < files.length && !run.cancelled; i++) {
          const { name, file } = files[i];
          onProgress({ phase: 'check', done: i, total: files.length, name });
          let entry = byName(name);
          if (!entry) {
            entry = { id: nextId++, name, version: 0, text: null, kind: '', notes: [], report: null, error: null, checkedAgainst: null };
            entries.push(entry);
          }
          entry.version++;
          try {
            // Read by content, as the single-report page reads a file; offsets in the result are
            // into exactly this string, so line breaks are unified as the page does.
            const read = await fileToText(engine, file);
            Object.assign(entry, { text: unifyLineBreaks(read.text), kind: read.kind, notes: read.notes, error: null });
            await check(entry, null);
          } catch (err) {
            Object.assign(entry, { text: null, kind: 'unreadable', notes: [], report: null, error: err.message || String(err), checkedAgainst: '' });
          }
          checked++;
        }
        onProgress({ phase: 'check', done: checked, total: files.length, name: '' });
        if (!run.cancelled) await this.pairAll(onProgress, run);
      } finally {
        running = null;
      }
      return { checked, cancelled: run.cancelled, remaining: files.length - checked };
    },

    // Re-checks every report whose last year's partner changed (new, re-read, or none any more).
    async pairAll(onProgress = () => {}, run = { cancelled: false }) {
      const stale = stalePairs();
      for (let k = 0; k < stale.length && !run.cancelled; k++) {
        onProgress({ phase: 'pair', done: k, total: stale.length, name: stale[k].entry.name });
        await check(stale[k].entry, stale[k].previous);
      }
      onProgress({ phase: 'pair', done: stale.length, total: stale.length, name: '' });
    },

    // After a decision changed: the core marks the findings again (same text, same partner).
    async recheck(entry) {
      if (!entry.text) return;
      await check(entry, this.previousOf(entry));
    },

    async recheckAll(onProgress = () => {}) {
      const list = entries.filter((e) => e.text);
      for (let k = 0; k < list.length; k++) {
        onProgress({ phase: 'recheck', done: k, total: list.length, name: list[k].name });
        await this.recheck(list[k]);
      }
      onProgress({ phase: 'recheck', done: list.length, total: list.length, name: '' });
    },

    // The core's SARIF for one entry, checked exactly as its row was (decisions, last year's report).
    sarif(entry) { return engine.sarif(entry.text, optionsFor(entry, this.previousOf(entry))); },

    clear() { entries.length = 0; },
  };
  return batch;
}
