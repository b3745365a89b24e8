// End-to-end: the published site, served under a sub-path as GitHub Pages serves a project
// (https://<owner>.github.io/tapak/). dist/ is turned into the site folder by scripts/site.mjs
// and served under /tapak/ only, by a server that sends the precompressed copies and the
// _headers file's headers, as a static host does. Then:
//   - the editor opens and computes, asking for nothing outside /tapak/, under the header CSP;
//   - a version-1 buyer link (tests/it/v1-buyer-link.txt, made 2026-11-24) opens with its figures
//     and downloads the buyer's module only, never the editor's;
//   - the editor's other parts are chunks fetched when first opened;
//   - after one visit both open again with no connection (service worker scoped to /tapak/), the
//     editor with every part.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, serve } from './serve-dist.mjs';
import { launch } from './browser.mjs';

const V1_LINK = (await readFile(new URL('../tests/it/v1-buyer-link.txt', import.meta.url), 'utf8')).trim();
let server, browser, dir, origin, site;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tapak-site-'));
  await cp(root, dir, { recursive: true });
  execFileSync('node', [new URL('../scripts/site.mjs', import.meta.url).pathname, dir, '/tapak/'], { stdio: 'ignore' });
  server = await serve(0, { dir, base: '/tapak/', site: true });
  origin = `http://127.0.0.1:${server.address().port}`;
  site = `${origin}/tapak/`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A page that records what it fetches and any error. */
async function open(context) {
  const page = await context.newPage();
  const seen = { requests: [], failed: [], errors: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) seen.failed.push(`${r.status()} ${r.url()}`); });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
  return { page, seen };
}

const fetched = (seen, pattern) => seen.requests.filter((u) => pattern.test(u));

test('under /tapak/ the editor opens and computes, fetching nothing outside its folder', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const { page, seen } = await open(context);
  const encodings = {};
  page.on('response', (r) => { encodings[r.url().replace(/.*\//, '').replace(/-[0-9a-f]{8,}(?=[._])/, '')] = r.headers()['content-encoding']; });
  const response = await page.goto(site);
  assert.match(response.headers()['content-security-policy'], /frame-ancestors 'none'/);
  await page.locator('#hpp-per-pair').waitFor();
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp162.566');
  assert.deepEqual(seen.requests.filter((u) => !u.startsWith(site)), [], 'nothing outside /tapak/');
  assert.equal(fetched(seen, /tapak-web-[0-9a-f]+_bg\.wasm$/).length, 1);
  // The site's precompressed copies are what travels (and they decode: the page works).
  assert.deepEqual([encodings['tapak-web_bg.wasm'], encodings['tapak-web.js'], encodings['']], ['br', 'br', 'br']);
  assert.deepEqual(fetched(seen, /tapak-buyer/), [], 'the editor does not download the buyer module');
  // The other parts are chunks fetched when first opened, each once.
  const chunks = () => fetched(seen, /tapak-web-(export|quote|workshop)-[0-9a-f]+\.wasm$/).map((u) => u.replace(/.*tapak-web-(\w+)-.*/, '$1'));
  assert.deepEqual(chunks(), [], 'the first screen fetches no other part');
  await page.click('#tab-export');
  await page.locator('#unit-price').waitFor();
  await page.click('#tab-costing');
  await page.click('#tab-export');
  assert.deepEqual(chunks(), ['export']);
  assert.equal(encodings['tapak-web-export.wasm'], 'br');
  await page.click('#tab-quote');
  await page.locator('.print-area .quote-sheet').waitFor();
  await page.click('#tab-workshop');
  await page.locator('#h-examples').waitFor();
  assert.deepEqual(chunks(), ['export', 'quote', 'workshop']);
  assert.deepEqual([seen.failed, seen.errors], [[], []]);
  await context.close();
});

test('a part that cannot be fetched says so in the user\'s language, and loads when tried again', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const { page, seen } = await open(context);
  const chunk = /tapak-web-export-[0-9a-f]+\.wasm$/;
  await page.route(chunk, (route) => route.abort('internetdisconnected'));
  await page.goto(site);
  await page.locator('#hpp-per-pair').waitFor();
  await page.click('#tab-export');
  const failed = page.locator('.part-failed');
  await failed.waitFor();
  assert.match(await failed.textContent(), /Bagian ini belum bisa dimuat\. Periksa sambungan internet/);
  // The sheet is untouched: back on the cost tab the figure is there.
  await page.click('#tab-costing');
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp162.566');
  // Back on the tab, the part is asked for again and fails again while the chunk is unreachable
  // (wait for that before the connection returns, or a slow machine would simply load it).
  await page.click('#tab-export');
  await failed.waitFor();
  await page.unroute(chunk);
  await page.click('.part-failed button');
  await page.locator('#unit-price').waitFor();
  assert.equal(await page.locator('.part-failed').count(), 0);
  assert.deepEqual(seen.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|failed to load split|TypeError: Failed to fetch/i.test(e)), []);
  await context.close();
});

test('a version-1 buyer link opens under /tapak/ with its figures, downloading the buyer module only', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB', serviceWorkers: 'block' });
  const { page, seen } = await open(context);
  await page.goto(`${site}#q=${V1_LINK}`);
  const prices = page.locator('#buyer-prices');
  await prices.waitFor();
  // The golden link's tiers: 2,000 × 12.01 = 24,020.00; 3,250 × 11.48 = 37,310.00; 5,000 × 11.26 = 56,300.00
  assert.deepEqual(await prices.locator('tbody tr').allTextContents(), ['2,00012.0124,020.00', '3,25011.4837,310.00', '5,00011.2656,300.00']);
  assert.match(await prices.textContent(), /USD · FOB/);
  assert.equal(fetched(seen, /tapak-buyer-[0-9a-f]+_bg\.wasm$/).length, 1);
  assert.deepEqual(fetched(seen, /tapak-web/), [], 'a buyer never downloads the editor');
  assert.deepEqual([seen.failed, seen.errors], [[], []]);
  await context.close();
});

test('after one visit, the editor and a buyer link open under /tapak/ with no connection', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const { page, seen } = await open(context);
  await page.goto(site);
  await page.locator('#hpp-per-pair').waitFor();
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, site);

  // The precache is complete once the worker is active (it installs after the page has loaded).
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await context.setOffline(true);
  await page.reload();
  await page.locator('#hpp-per-pair').waitFor();
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp162.566');
  // Every part of the editor opens offline, though none was opened online: the worker keeps the chunks.
  await page.click('#tab-export');
  await page.locator('#unit-price').waitFor();
  await page.click('#tab-quote');
  await page.locator('.print-area .quote-sheet').waitFor();
  await page.click('#tab-workshop');
  await page.locator('#h-examples').waitFor();
  await page.click('#projector-open');
  await page.locator('#projector').waitFor();
  await page.keyboard.press('Escape');
  // The buyer module was precached with the editor, though this visitor never opened a link.
  // (A buyer link put in the editor's address opens the buyer's page: the start script reloads.)
  await Promise.all([page.waitForEvent('load'), page.goto(`${site}#q=${V1_LINK}`)]);
  await page.locator('#buyer-prices').waitFor();
  assert.equal(await page.locator('#buyer-prices tbody tr').count(), 3);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('a buyer who opens a link keeps only the buyer page for offline use, never the editor', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const { page, seen } = await open(context);
  await page.goto(`${site}#q=${V1_LINK}`);
  await page.locator('#buyer-prices').waitFor();
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope), site);
  const cached = await page.evaluate(async () => {
    const names = [];
    for (const key of await caches.keys()) for (const r of await (await caches.open(key)).keys()) names.push(r.url);
    return names;
  });
  assert.ok(cached.some((u) => /tapak-buyer-[0-9a-f]+_bg\.wasm$/.test(u)), 'the buyer module is kept');
  assert.deepEqual(cached.filter((u) => /tapak-web/.test(u)), [], 'the editor is not downloaded for a buyer');
  assert.deepEqual(fetched(seen, /tapak-web/), []);

  await context.setOffline(true);
  await page.reload();
  await page.locator('#buyer-prices').waitFor();
  assert.equal(await page.locator('#buyer-prices tbody tr').count(), 3);
  // Another page on the same host is not Tapak's to answer: offline, it fails as the network does.
  const other = await page.goto(`${origin}/tapak/other/`).catch(() => null);
  assert.ok(other === null || other.status() !== 200 || !(await page.content()).includes('start-'), 'the worker answered a page outside Tapak');
  assert.deepEqual(seen.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  await context.close();
});
