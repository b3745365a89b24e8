// Turns a release build (trunk build --release) into a folder any static host can serve, from any
// sub-path. Usage: node scripts/site.mjs <folder> [base]   (base: the path it is served from, for
// the headers file only; default "/"). Called by scripts/site; the sub-path e2e test calls it too.
//
// Adds, beside the build's files:
//   - <file>.br and <file>.gz of every text and wasm file (brotli q11, gzip -9), for hosts and
//     servers that send a precompressed copy when the browser accepts it;
//   - _headers (Netlify, Cloudflare Pages and others read it): the Content-Security-Policy and the
//     security headers for every path; a year's `immutable` cache for the content-hashed files
//     (their name changes whenever their content does); `no-cache` for index.html, sw.js and the
//     manifest, so a new build is seen on the next visit;
//   - .nojekyll, so GitHub Pages publishes the folder as it is.
// GitHub Pages reads no headers file: there the policy comes from the page's <meta> tag (the
// same policy, without frame-ancestors, which only a header can carry).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { policy, headerOnly } from './csp.mjs';

const [dir, baseArg = '/'] = process.argv.slice(2);
if (!dir) throw new Error('usage: node scripts/site.mjs <folder> [base]');
const base = `/${baseArg.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const names = (await readdir(dir)).filter((n) => !/\.(br|gz)$/.test(n) && !n.startsWith('_') && !n.startsWith('.')).sort();
const compressible = /\.(html|js|mjs|css|wasm|svg|json|webmanifest)$/;
for (const name of names.filter((n) => compressible.test(n))) {
  const body = await readFile(join(dir, name));
  await writeFile(join(dir, `${name}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
  await writeFile(join(dir, `${name}.gz`), gzipSync(body, { level: 9 }));
}

// Trunk writes its hash in hexadecimal without leading zeros, so it may be shorter than 16 digits.
const hashed = names.filter((n) => /-[0-9a-f]{8,}(_bg)?\.[a-z]+$/.test(n));
const fresh = ['', 'index.html', 'sw.js', 'manifest.webmanifest'];
const headers = [
  `${base}*`,
  `  Content-Security-Policy: ${[...policy, ...headerOnly].join('; ')}`,
  '  X-Content-Type-Options: nosniff',
  '  Referrer-Policy: no-referrer',
  '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  '  Cross-Origin-Opener-Policy: same-origin',
  '  X-Frame-Options: DENY',
  '',
  ...hashed.flatMap((n) => [`${base}${n}`, '  Cache-Control: public, max-age=31536000, immutable', '']),
  ...fresh.flatMap((n) => [`${base}${n}`, '  Cache-Control: no-cache', '']),
];
await writeFile(join(dir, '_headers'), headers.join('\n'));
await writeFile(join(dir, '.nojekyll'), '');
console.log(`site: ${names.length} files in ${dir}, precompressed copies and _headers for ${base}`);
