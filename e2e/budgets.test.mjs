// Size budgets of the release build: each page's first load (what it fetches before it can be
// used, brotli quality 11; see bundle.mjs) and its wasm stay under the ceilings in budgets.json —
// the editor's, and a buyer link's, which must never download the editor.
// Sizes are deterministic, so they are asserted; timings are only measured (scripts/bench).
// DIST=/path/to/build checks another build (default dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { bundle } from './bundle.mjs';
import { root } from './serve-dist.mjs';

const budgets = JSON.parse(await readFile(new URL('budgets.json', import.meta.url), 'utf8'));
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const b = await bundle(root);

for (const page of ['editor', 'buyer']) {
  test(`the ${page}'s first load stays under its brotli size ceilings`, () => {
    const first = b[page];
    const max = budgets[`${page}_first_load_brotli_max_kb`];
    const wasmMax = budgets[`${page}_wasm_brotli_max_kb`];
    assert.ok(first.wasm, `no ${page} module in ${root}`);
    assert.ok(first.brotli <= max * 1024, `the ${page}'s first load is ${kb(first.brotli)} KB brotli, over the ceiling of ${max} KB`);
    assert.ok(first.wasm.brotli <= wasmMax * 1024, `${first.wasm.name} is ${kb(first.wasm.brotli)} KB brotli, over the ceiling of ${wasmMax} KB`);
  });
}

test('each page counts its own module and the shared shell, never the other module or the icons', () => {
  const counted = (page) => b.files.filter((f) => f[page]).map((f) => f.file).sort();
  const shell = ['favicon.svg', 'index.html', 'main.css', 'manifest.webmanifest', 'start.js'];
  assert.deepEqual(counted('editor'), [...shell, 'editor.css', 'tapak-web.js', 'tapak-web-split.js', 'tapak-web_bg.wasm'].sort());
  // A buyer's language's texts, the largest file of them (English is in the module).
  assert.deepEqual(counted('buyer'), [...shell, 'tapak-buyer.js', 'tapak-buyer_bg.wasm', 'texts-ko.txt'].sort());
});

test("the editor's parts are chunks of their own, outside its first load", () => {
  const chunks = b.files.filter((f) => /^tapak-web-(export|quote|workshop)\.wasm$/.test(f.file));
  assert.deepEqual(chunks.map((f) => f.file).sort(), ['tapak-web-export.wasm', 'tapak-web-quote.wasm', 'tapak-web-workshop.wasm']);
  for (const c of chunks) {
    assert.equal(c.editor, false, `${c.name} is fetched on first use, not on first load`);
    // Each holds its part's code, not an empty shell (the parts weigh 20-40 KB brotli each).
    assert.ok(c.brotli > 10 * 1024, `${c.name} is only ${c.brotli} bytes: did the split point stop moving the part's code?`);
  }
});
