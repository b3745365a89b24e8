// Prints the release bundle's sizes: each file raw / gzip -9 / brotli q11, the first load of the
// editor (E) and of a buyer link (B) (what each page fetches before it can be used; see bundle.mjs)
// and all files. Writes bench-out/sizes.json. Usage: node e2e/sizes.mjs (after `trunk build --release`).
import { mkdir, writeFile } from 'node:fs/promises';
import { bundle } from './bundle.mjs';
import { root } from './serve-dist.mjs';

const b = await bundle(root);
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${'file'.padEnd(30)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}  first load`);
for (const r of b.files) console.log(`${r.file.padEnd(30)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}  ${r.editor ? 'E' : ' '}${r.buyer ? 'B' : ' '}`);
console.log(`${'first load, editor (E)'.padEnd(30)} ${kb(b.editor.raw)} ${kb(b.editor.gzip)} ${kb(b.editor.brotli)}`);
console.log(`${'first load, buyer link (B)'.padEnd(30)} ${kb(b.buyer.raw)} ${kb(b.buyer.gzip)} ${kb(b.buyer.brotli)}`);
console.log(`${'all files'.padEnd(30)} ${kb(b.all.raw)} ${kb(b.all.gzip)} ${kb(b.all.brotli)}`);
await mkdir(new URL('../bench-out/', import.meta.url), { recursive: true });
await writeFile(new URL('../bench-out/sizes.json', import.meta.url), JSON.stringify(b, null, 2));
