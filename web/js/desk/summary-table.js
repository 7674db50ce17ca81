// The batch's summary table: one row per file, sortable by any column (click its header; again to
// reverse), filtered by "only reports with errors" and by words in the file name or agency.
// A row's file name is a button that opens the report.
import { h, clear } from '../dom.js';
import { COLUMNS } from './row-facts.js';

// One collator for every comparison (localeCompare with a locale builds one per call: a 300-row
// sort took ~100 ms that way).
const collator = new Intl.Collator('zh-CN', { numeric: true });

export function createSummaryTable(container, { onOpen }) {
  const view = { sortKey: 'file', descending: false, onlyErrors: false, words: '' };
  let rows = []; // [{entry, facts}]

  function compare(a, b) {
    const col = COLUMNS.find((c) => c.key === view.sortKey) || COLUMNS[0];
    const x = a.facts[col.key], y = b.facts[col.key];
    const empty = (v) => v === null || v === undefined || v === '';
    // Empty values (unread files, unknown dates) go last whichever the direction.
    if (empty(x) || empty(y)) return empty(x) === empty(y) ? collator.compare(a.facts.file, b.facts.file) : empty(x) ? 1 : -1;
    const order = col.numeric ? x - y : collator.compare(String(x), String(y));
    return (view.descending ? -order : order) || collator.compare(a.facts.file, b.facts.file);
  }

  function visible() {
    const words = view.words.trim().toLowerCase();
    return rows.filter(({ facts }) => (!view.onlyErrors || facts.error > 0 || facts.failure)
      && (!words || `${facts.file}\n${facts.agency}`.toLowerCase().includes(words)))
      .sort(compare);
  }

  function render() {
    clear(container);
    const shown = visible();
    const head = h('tr', null, COLUMNS.map((c) => {
      const sorted = view.sortKey === c.key;
      return h('th', { scope: 'col', 'aria-sort': sorted ? (view.descending ? 'descending' : 'ascending') : 'none', class: c.numeric ? 'num' : null },
        h('button', { type: 'button', class: 'sort', dataset: { key: c.key }, onclick: () => sortBy(c.key) },
          c.label, h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, sorted ? (view.descending ? ' ▼' : ' ▲') : '')));
    }));
    const body = h('tbody');
    for (const { entry, facts } of shown) body.appendChild(rowElement(entry, facts));
    container.append(
      h('p', { class: 'table-count muted', id: 'row-count' }, `显示 ${shown.length} / ${rows.length} 份报告`),
      h('table', { class: 'desk-table', id: 'summary-table' }, h('thead', null, head), body));
  }

  function rowElement(entry, facts) {
    const cell = (key, ...content) => h('td', { class: `c-${key}${COLUMNS.find((c) => c.key === key).numeric ? ' num' : ''}` }, ...content);
    const count = (key) => (facts[key] === null ? '' : h('span', { class: facts[key] > 0 ? `cnt cnt-${key}` : 'cnt zero' }, facts[key]));
    // The whole row opens the report for a mouse; the file name's button is the keyboard's way.
    const openFromRow = (e) => { if (!e.target.closest('button, a, input')) onOpen(entry); };
    return h('tr', { dataset: { id: entry.id, file: facts.file }, class: facts.failure ? 'failed' : facts.error > 0 ? 'has-error' : null, onclick: openFromRow },
      cell('file', h('button', { type: 'button', class: 'open-row linkish', onclick: () => onOpen(entry), title: '打开这份报告' }, facts.file),
        facts.failure ? h('div', { class: 'failure' }, facts.failure) : null),
      cell('agency', facts.agency),
      cell('year', facts.year ?? ''),
      cell('edition', facts.edition),
      cell('kind', facts.kind),
      cell('error', count('error')),
      cell('warning', count('warning')),
      cell('info', count('info')),
      cell('dismissed', count('dismissed')),
      cell('worst', facts.worst),
      cell('published', facts.published),
      cell('deadline', facts.deadline, facts.late ? h('span', { class: 'late', title: '晚于法定期限' }, ' ▲ 逾期') : null),
      cell('previous', facts.previous || (facts.failure ? '' : h('span', { class: 'muted' }, '—'))));
  }

  function sortBy(key) {
    if (view.sortKey === key) view.descending = !view.descending;
    else {
      view.sortKey = key;
      // Counts are most useful worst first.
      view.descending = Boolean(COLUMNS.find((c) => c.key === key).numeric && key !== 'year');
    }
    render();
    const button = container.querySelector(`button.sort[data-key="${key}"]`);
    if (button) button.focus();
  }

  return {
    view,
    setRows(next) { rows = next; render(); },
    setFilter(changes) { Object.assign(view, changes); render(); },
    visibleRows: () => visible(),
  };
}
