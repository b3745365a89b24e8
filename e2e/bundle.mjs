// The release build's files and their sizes (raw, gzip -9, brotli q11; bytes), and which of them
// the first load fetches: index.html, what it links (css, favicon, manifest, start script) and what
// the start script imports (the app's js and wasm). The rest (home-screen icons, the service worker
// and the offline precache it fills) comes after the page has loaded. One definition for
// e2e/sizes.mjs, the size test and the benchmark report.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export async function bundle(dir) {
  const names = (await readdir(dir)).sort();
  const text = async (name) => readFile(join(dir, name), 'utf8');
  const html = await text('index.html');
  const start = names.find((n) => /^start-[0-9a-f]+\.js$/.test(n));
  const entry = html + (start ? await text(start) : '');
  const linked = (name) => name === 'index.html' || (!name.endsWith('.png') && name !== 'sw.js' && new RegExp(`["'/]${name.replace(/\./g, '\\.')}["']`).test(entry));
  const files = [];
  for (const name of names) {
    const body = await readFile(join(dir, name));
    files.push({
      name,
      file: name.replace(/-[0-9a-f]{8,}(?=[._])/, ''),
      first_load: linked(name),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length,
    });
  }
  const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const wasm = files.filter((f) => f.name.endsWith('_bg.wasm'));
  return { files, first_load: sum(files.filter((f) => f.first_load)), all: sum(files), wasm };
}
