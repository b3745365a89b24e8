// Trunk post-build hook: moves Trunk's inline start-up script into its own file and adds a
// Content-Security-Policy without 'unsafe-inline', so no injected text can ever run as script.
//   script-src 'self' 'wasm-unsafe-eval'  — our own files, and compiling our wasm
//   style-src 'self'                      — our stylesheet only (the UI sets no inline styles)
//   connect-src 'self'                    — the app fetches nothing but its own wasm
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('csp.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is unset)');
const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');

const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) throw new Error('no inline module script found in index.html: did Trunk change?');
const body = found[1].trim() + '\n';
const name = `start-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
await writeFile(join(dir, name), body);
html = html.replace(inline, `<script type="module" src="/${name}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('an inline script is left in index.html');

const csp = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`);
await writeFile(file, html);

// Then the service worker, which precaches the files as they now are.
await import('./offline.mjs');
