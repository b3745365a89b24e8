// The release build's files and their sizes (raw, gzip -9, brotli q11; bytes), and which of them
// each page fetches on its first load: index.html, what it links (css, favicon, manifest, start
// script) and the one module the start script picks — the editor's js, wasm and stylesheet, or for a
// buyer link (#q=) the buyer's js and wasm, with the JavaScript they import. The rest (the other
// module, the editor's chunks, which are fetched when their part is first opened, home-screen
// icons, the service worker and the offline precache it fills) comes after the page has loaded. One definition for e2e/sizes.mjs,
// the size test and the benchmark report.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export async function bundle(dir) {
  const names = (await readdir(dir)).sort();
  const text = async (name) => readFile(join(dir, name), 'utf8');
  const html = await text('index.html');
  const start = names.find((n) => /^start-[0-9a-f]+\.js$/.test(n));
  const startText = start ? await text(start) : '';
  const linked = (name) => new RegExp(`["'/]${name.replace(/\./g, '\\.')}["']`).test(html);
  const shell = names.filter((n) => n === 'index.html' || n === start || (!n.endsWith('.png') && linked(n)));
  // The start script's two choices, in its order: `#q=` ? buyer : editor.
  const modules = [...startText.matchAll(/\{"js":"([^"]+)","wasm":"([^"]+)"(?:,"css":"([^"]+)")?\}/g)].map((m) => m.slice(1).filter(Boolean));
  const [buyerModule = [], editorModule = []] = modules;
  // A module's JavaScript may import more (the editor's imports its chunk loader): fetched with it.
  for (const module of [buyerModule, editorModule]) {
    const js = module.find((n) => n.endsWith('.js'));
    if (js) for (const m of (await text(js)).matchAll(/from\s*["']\.\/([^"']+\.js)["']/g)) module.push(m[1]);
  }
  const files = [];
  for (const name of names) {
    const body = await readFile(join(dir, name));
    files.push({
      name,
      file: name.replace(/-[0-9a-f]{8,}(?=[._])/, ''),
      editor: shell.includes(name) || editorModule.includes(name),
      buyer: shell.includes(name) || buyerModule.includes(name),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length,
    });
  }
  // A buyer whose language is not English fetches its texts too (texts-<tag>.txt): the largest
  // counts, so the figure is every buyer's worst case.
  const texts = files.filter((f) => /^texts-[a-z]+\.txt$/.test(f.name)).sort((a, b) => b.brotli - a.brotli);
  if (texts[0]) texts[0].buyer = true;
  const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const wasm = (page) => files.find((f) => f[page] && f.name.endsWith('_bg.wasm'));
  return {
    files,
    editor: { ...sum(files.filter((f) => f.editor)), wasm: wasm('editor') },
    buyer: { ...sum(files.filter((f) => f.buyer)), wasm: wasm('buyer') },
    all: sum(files),
  };
}
