// A tiny static server for the release build in dist/, for end-to-end tests and benchmarks.
// Usage: node e2e/serve-dist.mjs [port]   (prints "listening <url>" when ready)
// DIST=/path/to/build serves another build (default: ../dist/ beside this folder).
//
// serve(port, { dir, base, site }) serves `dir` under the path `base` only (404 elsewhere), and
// with `site: true` behaves like a static host given the folder of scripts/site: it sends the
// precompressed .br/.gz copy the browser accepts and the headers its _headers file names.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const root = process.env.DIST ? resolve(process.env.DIST) + '/' : new URL('../dist/', import.meta.url).pathname;
export const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png' };

/** The rules of a _headers file: [{ pattern: RegExp, headers: [[name, value]] }]. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push({ pattern, headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

export async function serve(port = 0, { dir = root, base = '/', site = false } = {}) {
  const rules = site ? parseHeaders(await readFile(join(dir, '_headers'), 'utf8')) : [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(base)) return res.writeHead(404).end('not found');
    const path = normalize(decodeURIComponent(url.pathname.slice(base.length - 1))).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? 'index.html' : path);
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    for (const rule of rules) if (rule.pattern.test(url.pathname)) for (const [k, v] of rule.headers) headers[k] = v;
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encodings = site ? [['br', '.br'], ['gzip', '.gz']].filter(([e]) => accepts.includes(e)) : [];
    for (const [encoding, suffix] of [...encodings, [null, '']]) {
      try {
        const body = await readFile(file + suffix);
        if (encoding) headers['content-encoding'] = encoding;
        res.writeHead(200, headers);
        return res.end(body);
      } catch {
        // try the next copy
      }
    }
    res.writeHead(404).end('not found');
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve(Number(process.argv[2] ?? 8090));
  console.log(`listening http://127.0.0.1:${server.address().port}/`);
}
