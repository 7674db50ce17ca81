// The files of a batch, from the file pickers (many files, or a folder) or from a drop of files and
// folders: [{name, file}] in path order, name being the path inside the chosen folder. Like the
// CLI's directory walk: hidden files and Office lock files (~$…) are left out, and files whose
// name says they are not a report (pictures, a saved page's .css/.js …) are skipped and counted.

const REPORT_NAME = /\.(txt|text|htm|html|docx|pdf|doc|wps)$/i;

export function batchFromFileList(fileList) {
  return selectReports([...fileList].map((file) => ({ name: file.webkitRelativePath || file.name, file })));
}

// A drop: DataTransferItem.webkitGetAsEntry() walks folders; a browser without it gives the files.
export async function batchFromDrop(dataTransfer) {
  const items = [...(dataTransfer.items || [])];
  const entries = items.map((item) => (item.kind === 'file' && item.webkitGetAsEntry ? item.webkitGetAsEntry() : null));
  if (!entries.length || entries.some((e) => !e)) return batchFromFileList(dataTransfer.files || []);
  const found = [];
  for (const entry of entries) await walkEntry(entry, found);
  return selectReports(found);
}

async function walkEntry(entry, found) {
  const path = entry.fullPath.replace(/^\//, '');
  if (entry.isFile) {
    found.push({ name: path, file: await new Promise((resolve, reject) => entry.file(resolve, reject)) });
    return;
  }
  const reader = entry.createReader();
  // readEntries gives a folder's entries in chunks (100 at a time in Chromium) until an empty one.
  for (;;) {
    const chunk = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
    if (!chunk.length) break;
    for (const child of chunk) await walkEntry(child, found);
  }
}

function selectReports(candidates) {
  const files = [];
  let skipped = 0;
  for (const c of candidates) {
    const base = c.name.split('/').pop();
    if (base.startsWith('.') || base.startsWith('~$')) continue;
    if (REPORT_NAME.test(base)) files.push(c);
    else skipped++;
  }
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, skipped };
}
