// Size budgets of the release build: the first load (what the page fetches before it can be used,
// brotli quality 11; see bundle.mjs) and the wasm alone stay under the ceilings in budgets.json.
// Sizes are deterministic, so they are asserted; timings are only measured (scripts/bench).
// DIST=/path/to/build checks another build (default dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { bundle } from './bundle.mjs';
import { root } from './serve-dist.mjs';

const budgets = JSON.parse(await readFile(new URL('budgets.json', import.meta.url), 'utf8'));
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

test('the release build stays under its brotli size ceilings', async () => {
  const b = await bundle(root);
  assert.equal(b.wasm.length, 1, `one wasm file in ${root}`);
  assert.ok(b.first_load.brotli <= budgets.first_load_brotli_max_kb * 1024,
    `first load is ${kb(b.first_load.brotli)} KB brotli, over the ceiling of ${budgets.first_load_brotli_max_kb} KB (target ${budgets.target.first_load_brotli_kb} KB)`);
  assert.ok(b.wasm[0].brotli <= budgets.wasm_brotli_max_kb * 1024,
    `${b.wasm[0].name} is ${kb(b.wasm[0].brotli)} KB brotli, over the ceiling of ${budgets.wasm_brotli_max_kb} KB`);
  // What the first load counts: the app itself, never the home-screen icons or the service worker.
  const counted = b.files.filter((f) => f.first_load).map((f) => f.file).sort();
  assert.deepEqual(counted, ['favicon.svg', 'index.html', 'main.css', 'manifest.webmanifest', 'start.js', 'tapak-web.js', 'tapak-web_bg.wasm']);
});
