// Reviewers' decisions kept in this browser (IndexedDB), keyed by the finding's fingerprint (the
// core's: rule + message + its line's text, never offsets), so a decision comes back on a reload
// and on a revised report. Records: {fingerprint, rule, status: 'confirmed'|'dismissed', note, file, time}.
// Falls back to memory when IndexedDB cannot be opened (a private window that refuses it).

const DB_NAME = 'nianbao-desk';
const STORE = 'decisions';

export async function openDecisionStore() {
  let db = null;
  try {
    db = await new Promise((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'fingerprint' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  } catch {
    db = null;
  }
  const memory = new Map();
  if (db) for (const d of await all(db)) memory.set(d.fingerprint, d);
  return {
    persistent: Boolean(db),
    list: () => [...memory.values()],
    get: (fingerprint) => memory.get(fingerprint) || null,
    // The core's options.decisions: every stored decision (a fingerprint names one finding's text).
    asOptions: () => [...memory.values()].map(({ fingerprint, rule, status, note }) => ({ fingerprint, rule, status, note })),
    async put(decision) {
      const record = { ...decision, time: decision.time || new Date().toISOString() };
      memory.set(record.fingerprint, record);
      if (db) await request(db, 'readwrite', (s) => s.put(record));
      return record;
    },
    async remove(fingerprint) {
      memory.delete(fingerprint);
      if (db) await request(db, 'readwrite', (s) => s.delete(fingerprint));
    },
  };
}

function all(db) {
  return request(db, 'readonly', (s) => s.getAll());
}

function request(db, mode, make) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const req = make(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

// {"decisions":[…]} as exported, or the core's accepted shapes; only well-formed entries are kept.
export function decisionsFromJson(text) {
  const parsed = JSON.parse(text);
  const list = Array.isArray(parsed) ? parsed : parsed && Array.isArray(parsed.decisions) ? parsed.decisions : null;
  if (!list) throw new Error('文件中没有 "decisions" 列表');
  return list.filter((d) => d && typeof d.fingerprint === 'string' && d.fingerprint
    && (d.status === 'confirmed' || d.status === 'dismissed'))
    .map((d) => ({ fingerprint: d.fingerprint, rule: String(d.rule || ''), status: d.status, note: String(d.note || ''),
      file: d.file ? String(d.file) : '', time: d.time ? String(d.time) : '' }));
}
