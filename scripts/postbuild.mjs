// Trunk's post_build hook (one hook: Trunk runs hooks of a stage concurrently, and each step here
// needs the one before). Trunk has copied the page, the styles and the assets into its staging
// folder; this builds the rest:
//   1. wasm.mjs     — one cargo build of both programs;
//   2. editor.mjs   — the editor: a first module and the chunks it loads on first use;
//      buyer.mjs    — the buyer's page as a second, small wasm module;
//   3. here         — the start script and the Content-Security-Policy;
//   4. offline.mjs  — the service worker that precaches both modules.
//
// The start script picks the module by the address: a buyer link (`#q=…`) loads the buyer's page
// alone, anything else the editor; it fetches the chosen wasm while importing its JavaScript. The
// CSP forbids inline scripts, and Trunk's preload links would make every buyer download the
// editor, so the page has neither. Every path is relative (Trunk.toml `public_url = "./"`), so the
// folder works under any sub-path.
//
// The Content-Security-Policy is in csp.mjs.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildBuyer } from './buyer.mjs';
import { policy } from './csp.mjs';
import { buildEditor } from './editor.mjs';
import { writeServiceWorker } from './offline.mjs';
import { cargoBuild } from './wasm.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('postbuild.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is unset)');

const built = cargoBuild();
const editorBuild = await buildEditor(dir, built.editor);
const buyer = await buildBuyer(dir, built.buyer);

// The stylesheets lose their comments and indentation (they document the styles in the source;
// both first loads paid about 1.5 KB brotli for them). Safe here: no string or url in the styles
// holds a comment marker. The page's links carry Trunk's integrity hash of each file, so the
// hash of the new text replaces it below (a stale one would make the browser refuse the styles).
const integrity = {};
for (const name of (await readdir(dir)).filter((n) => n.endsWith('.css'))) {
  const css = (await readFile(join(dir, name), 'utf8')).replace(/\/\*[^]*?\*\//g, '').replace(/^\s+/gm, '').replace(/\n+/g, '\n');
  await writeFile(join(dir, name), css);
  integrity[name] = `sha384-${createHash('sha384').update(css).digest('base64')}`;
}

const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');
// index.html's placeholder that stops Trunk from building the crate itself, and its comment.
html = html.replace(/\s*<!--(?:(?!-->)[^])*-->\s*<link data-trunk[^>]*data-trunk-skip[^>]*>/, '');
if (html.includes('data-trunk')) throw new Error('a data-trunk element is left in index.html');
html = html.replace(/href="\.\/([^"]+\.css)" integrity="[^"]*"/g, (all, name) => {
  if (!integrity[name]) throw new Error(`no stylesheet ${name} was rewritten`);
  return `href="./${name}" integrity="${integrity[name]}"`;
});
if (/<script/.test(html)) throw new Error('index.html has a script: the start script is the only one (is a Rust app linked in index.html again?)');
const editor = { js: editorBuild.js, wasm: editorBuild.wasm };
// The editor's stylesheet is loaded by the start script for the editor only.
const editorCss = /<link rel="stylesheet" href="\.\/(editor-[0-9a-f]+\.css)"[^>]*>/;
editor.css = html.match(editorCss)?.[1];
if (!editor.css) throw new Error("cannot find the editor's stylesheet link in index.html: did Trunk change?");
html = html.replace(editorCss, '');
// The workshop's stylesheet comes with the workshop's or the projector's chunk, the first time
// either is opened (ui::shell::lazy): the start script names it on <html data-workshop-css>.
const workshopCss = /<link rel="stylesheet" href="\.\/(workshop-[0-9a-f]+\.css)"[^>]*>/;
const workshopCssName = html.match(workshopCss)?.[1];
if (!workshopCssName) throw new Error("cannot find the workshop's stylesheet link in index.html: did Trunk change?");
html = html.replace(workshopCss, '');

// The start script. Its comments stay here, not in the file every visitor downloads:
//   - a buyer link (#q=) loads the buyer's module, anything else the editor; paths are relative to
//     the script, so any sub-path works;
//   - the editor's stylesheet is fetched beside its wasm, and the page is built once it is in;
//     the workshop's is named for the editor to fetch when that part is first opened;
//   - a buyer link: the buyer's language's texts (texts-<tag>.txt: Korean, Spanish, Indonesian;
//     English is in the module) are fetched beside the wasm, by the same rule as
//     `BuyerLang::from_browser` (the page fetches another itself should the two ever differ);
//     then the buyer's module opens the link (`start`, added to its JavaScript by buyer.mjs, so
//     the editor's first load does not carry it);
//   - a buyer link changed in the same tab (another link pasted, a damaged one, a PI's link) is
//     opened as a new page: the one door every link goes through is the page's start;
//   - offline use (sw.js, see offline.mjs), scoped to the folder the script is served from: the
//     editor installs the worker that keeps every file (`sw.js?all`); a buyer link installs the one
//     that keeps the buyer's page only, and only where no worker is installed yet. Registered after
//     the page has loaded, so the precache never competes with the first load (the wasm start
//     awaits, so the load event may already be past).
const start = `// Generated by scripts/postbuild.mjs; see there.
const buyerLink = location.hash.startsWith('#q=');
const app = buyerLink ? ${JSON.stringify(buyer)} : ${JSON.stringify(editor)};
const here = (path) => new URL(path, import.meta.url);
if (!buyerLink) document.documentElement.dataset.workshopCss = here(${JSON.stringify(workshopCssName)}).href;
const wasm = fetch(here(app.wasm));
const styled = app.css && new Promise((done) => {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: here(app.css).href });
  link.onload = link.onerror = done;
  document.head.append(link);
});
const tag = buyerLink && { ko: 'ko', es: 'es', id: 'id', in: 'id', ms: 'id' }[(navigator.language || '').slice(0, 2).toLowerCase()];
const texts = tag ? fetch(here(\`texts-\${tag}.txt\`)).then((r) => (r.ok ? r.text() : '')).catch(() => '') : '';
const mod = await import(here(app.js).href);
await styled;
await mod.default({ module_or_path: wasm });
if (buyerLink) await mod.start(tag || 'en', texts);
dispatchEvent(new CustomEvent('TrunkApplicationStarted'));
addEventListener('hashchange', () => { if (buyerLink || location.hash.startsWith('#q=')) location.reload(); });
if ('serviceWorker' in navigator) {
  const sw = navigator.serviceWorker;
  const register = async () => {
    if (!buyerLink) return sw.register(here('sw.js?all'));
    if (!(await sw.getRegistration(here('./')))) return sw.register(here('sw.js'));
  };
  const go = () => register().catch(() => {});
  if (document.readyState === 'complete') go(); else addEventListener('load', go);
}
`;
const name = `start-${createHash('sha256').update(start).digest('hex').slice(0, 16)}.js`;
await writeFile(join(dir, name), start);
html = html.replace('</head>', `  <script type="module" src="./${name}"></script>\n</head>`);
html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('an inline script is left in index.html');
if (html.includes('tapak-web-')) throw new Error('index.html still names the editor module: it would be preloaded for buyers too');

const csp = policy.join('; ');
if (!html.includes('<meta charset="utf-8">')) throw new Error('index.html has no <meta charset="utf-8"> to put the Content-Security-Policy after');
html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`);
await writeFile(file, html);

await writeServiceWorker(dir, [...editorBuild.files, editor.css, workshopCssName]);
