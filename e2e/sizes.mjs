// Prints the release bundle's sizes: each file raw / gzip -9 / brotli q11, and the first-load total.
// Writes bench-out/sizes.json. Usage: node e2e/sizes.mjs (after `trunk build --release`).
import { readdir, readFile, mkdir, writeFile } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const rows = [];
for (const name of (await readdir(dist)).sort()) {
  const body = await readFile(dist + name);
  rows.push({
    file: name.replace(/-[0-9a-f]{8,}(?=[._])/, ''),
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length,
  });
}
const total = rows.reduce((t, r) => ({ file: 'first load (all files)', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${'file'.padEnd(28)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
for (const r of [...rows, total]) console.log(`${r.file.padEnd(28)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
await mkdir(new URL('../bench-out/', import.meta.url), { recursive: true });
await writeFile(new URL('../bench-out/sizes.json', import.meta.url), JSON.stringify({ files: rows, total }, null, 2));
