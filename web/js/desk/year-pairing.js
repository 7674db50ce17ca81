// Each report of the batch paired with the batch's report of the same agency for the year before
// (the first such), by the agency and year the core read: the rule of core/check/year_pairs.cpp,
// which the CLI applies to a batch. entries[i].report.meta → index of last year's entry, or -1.
export function pairWithPreviousYear(entries) {
  const key = (agency, year) => `${year}\u0000${agency}`;
  const byAgencyYear = new Map();
  entries.forEach((e, i) => {
    const m = e.report && e.report.meta;
    if (m && m.agency && m.year && !byAgencyYear.has(key(m.agency, m.year))) byAgencyYear.set(key(m.agency, m.year), i);
  });
  return entries.map((e) => {
    const m = e.report && e.report.meta;
    if (!m || !m.agency || !m.year) return -1;
    const found = byAgencyYear.get(key(m.agency, m.year - 1));
    return found === undefined ? -1 : found;
  });
}
