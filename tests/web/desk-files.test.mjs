// The desk's folder walk (web/js/desk/batch-files.js) on a dropped folder, in Node: a browser test
// cannot make a real drag from the desktop, so the file-system entries a drop gives
// (webkitGetAsEntry: directories read in chunks until an empty one) are made here as objects with
// the same interface. Also the pairing rule (year-pairing.js) on reports' meta.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { batchFromDrop, batchFromFileList } from '../../web/js/desk/batch-files.js';
import { pairWithPreviousYear } from '../../web/js/desk/year-pairing.js';

const fileEntry = (fullPath) => ({ isFile: true, isDirectory: false, fullPath, file: (ok) => setTimeout(() => ok({ name: fullPath.split('/').pop(), fullPath }), 0) });
// readEntries gives `chunk` entries a call, then [] (as Chromium gives 100 at a time).
const dirEntry = (fullPath, children, chunk = 2) => ({
  isFile: false, isDirectory: true, fullPath,
  createReader() {
    let at = 0;
    return { readEntries: (ok) => setTimeout(() => { ok(children.slice(at, at + chunk)); at += chunk; }, 0) };
  },
});
const dropOf = (entries) => ({ items: entries.map((e) => ({ kind: 'file', webkitGetAsEntry: () => e })), files: [] });

test('a dropped folder is walked to the bottom, chunk by chunk; hidden, lock and non-report files left out; path order', async () => {
  const folder = dirEntry('/报告', [
    fileEntry('/报告/b_2022.txt'), fileEntry('/报告/a_2021.pdf'), fileEntry('/报告/.DS_Store'), fileEntry('/报告/~$a_2021.docx'),
    fileEntry('/报告/logo.png'),
    dirEntry('/报告/乡镇', [fileEntry('/报告/乡镇/甲镇.docx'), fileEntry('/报告/乡镇/乙镇.html'), fileEntry('/报告/乡镇/丙镇.doc')], 1),
  ]);
  const { files, skipped } = await batchFromDrop(dropOf([folder, fileEntry('/单独.txt')]));
  assert.deepEqual(files.map((f) => f.name), ['单独.txt', '报告/a_2021.pdf', '报告/b_2022.txt', '报告/乡镇/丙镇.doc', '报告/乡镇/乙镇.html', '报告/乡镇/甲镇.docx']);
  assert.equal(files[0].file.name, '单独.txt', 'each entry gives its File');
  assert.equal(skipped, 1, 'logo.png counted as skipped; hidden and lock files silently left out');
});

test('a drop without file-system entries falls back to dataTransfer.files', async () => {
  const files = [{ name: 'b.txt' }, { name: 'a.pdf' }, { name: 'x.css' }];
  const picked = await batchFromDrop({ items: files.map(() => ({ kind: 'file', webkitGetAsEntry: () => null })), files });
  assert.deepEqual(picked.files.map((f) => f.name), ['a.pdf', 'b.txt']);
  assert.equal(picked.skipped, 1);
});

test('the folder picker\'s files are named by their path in the folder', () => {
  const picked = batchFromFileList([{ name: '2022.txt', webkitRelativePath: '收到/2022.txt' }, { name: '2021.txt', webkitRelativePath: '收到/2021.txt' }]);
  assert.deepEqual(picked.files.map((f) => f.name), ['收到/2021.txt', '收到/2022.txt']);
});

test('pairing: same agency, the year before, the first such; no agency or year, no pair', () => {
  const e = (agency, year) => ({ report: { meta: { agency, year } } });
  const entries = [e('平潭综合实验区', 2022), e('平潭综合实验区', 2021), e('平潭综合实验区', 2021), e('淮安市人民政府', 2023),
    e('', 2022), e('平潭综合实验区', null), { report: null }, e('平潭综合实验区', 2024)];
  assert.deepEqual(pairWithPreviousYear(entries), [1, -1, -1, -1, -1, -1, -1, -1]);
});
