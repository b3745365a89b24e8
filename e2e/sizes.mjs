// Prints the release bundle's sizes: each file raw / gzip -9 / brotli q11, the first-load total
// (what the page fetches before it can be used; see bundle.mjs) and all files.
// Writes bench-out/sizes.json. Usage: node e2e/sizes.mjs (after `trunk build --release`).
import { mkdir, writeFile } from 'node:fs/promises';
import { bundle } from './bundle.mjs';
import { root } from './serve-dist.mjs';

const b = await bundle(root);
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${'file'.padEnd(30)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
for (const r of b.files) console.log(`${(r.file + (r.first_load ? ' *' : '')).padEnd(30)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
console.log(`${'first load (* files)'.padEnd(30)} ${kb(b.first_load.raw)} ${kb(b.first_load.gzip)} ${kb(b.first_load.brotli)}`);
console.log(`${'all files'.padEnd(30)} ${kb(b.all.raw)} ${kb(b.all.gzip)} ${kb(b.all.brotli)}`);
await mkdir(new URL('../bench-out/', import.meta.url), { recursive: true });
await writeFile(new URL('../bench-out/sizes.json', import.meta.url), JSON.stringify(b, null, 2));
