// Post-build step (see postbuild.mjs): the editor as a first module and chunks loaded on first
// use (src/ui/lazy.rs says which parts).
//   1. wasm-split-cli reads cargo's output (built with relocations, wasm.mjs) and writes main.wasm,
//      one wasm per chunk and __wasm_split.js, the loader the main module imports;
//   2. wasm-bindgen makes main.wasm a web module, keeping the table and globals the chunks import
//      (--keep-lld-exports);
//   3. wasm-opt optimises the main module and every chunk (release only);
//   4. every file is named by one hash of the whole build (the loader and the main module import
//      each other, so a hash per file cannot be had), and the names inside them are rewritten.
// Files: tapak-web-<hash>.js and _bg.wasm (the first module), tapak-web-split-<hash>.js (the
// loader, fetched with it), tapak-web-<part>-<hash>.wasm (the chunks, fetched on first use).
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { optimise, run } from './wasm.mjs';

/** `built`: the editor program's wasm from cargo. Returns { js, wasm, files } (files: every file written). */
export async function buildEditor(dir, built) {
  const tmp = await mkdtemp(join(tmpdir(), 'tapak-editor-'));
  try {
    const split = join(tmp, 'split');
    run('wasm-split-cli', [built, split]);
    run('wasm-bindgen', ['--keep-lld-exports', '--target', 'web', '--no-typescript', '--out-dir', tmp, join(split, 'main.wasm')]);
    const chunks = (await readdir(split)).filter((f) => f.endsWith('.wasm') && f !== 'main.wasm').sort();
    if (chunks.length === 0) throw new Error('wasm-split-cli wrote no chunk: is the `split` feature on?');
    const bins = { main: await readFile(optimise(join(tmp, 'main_bg.wasm'), join(tmp, 'main.opt.wasm'))) };
    for (const c of chunks) bins[c] = await readFile(optimise(join(split, c), join(tmp, `${c}.opt`)));
    let js = await readFile(join(tmp, 'main.js'), 'utf8');
    let loader = await readFile(join(split, '__wasm_split.js'), 'utf8');

    const hash = createHash('sha256').update(js).update(loader);
    for (const [name, bin] of Object.entries(bins)) hash.update(name).update(bin);
    const h = hash.digest('hex').slice(0, 16);
    const part = (chunk) => chunk.replace(/\.wasm$/, '').replace(/^split_/, '').replace(/[^a-z0-9]+/gi, '');
    const names = { js: `tapak-web-${h}.js`, wasm: `tapak-web-${h}_bg.wasm`, loader: `tapak-web-split-${h}.js` };
    const chunkNames = Object.fromEntries(chunks.map((c) => [c, `tapak-web-${part(c)}-${h}.wasm`]));

    const swap = (text, from, to, what) => {
      if (!text.includes(from)) throw new Error(`${what} does not name ${from}: did wasm-split-cli or wasm-bindgen change?`);
      return text.split(from).join(to);
    };
    // Only the import statement: the same text is also the wasm's import module name, a key.
    js = swap(js, 'from "./__wasm_split.js"', `from "./${names.loader}"`, 'the main module');
    loader = swap(loader, '"./main.js"', `"./${names.js}"`, 'the chunk loader');
    for (const [c, n] of Object.entries(chunkNames)) loader = swap(loader, `"./${c}"`, `"./${n}"`, 'the chunk loader');

    await writeFile(join(dir, names.js), js);
    await writeFile(join(dir, names.wasm), bins.main);
    await writeFile(join(dir, names.loader), loader);
    for (const [c, n] of Object.entries(chunkNames)) await writeFile(join(dir, n), bins[c]);
    return { js: names.js, wasm: names.wasm, files: [names.js, names.wasm, names.loader, ...Object.values(chunkNames)] };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
