// Lighthouse scores (performance, accessibility, best practices) for the editor, the quote tab and
// the buyer view, with Lighthouse's default mobile preset (simulated slow 4G and 4× CPU, Moto G
// Power screen). Chromium is Debian's (CHROME_PATH, default /usr/bin/chromium) with the flags of
// browser.mjs; Lighthouse never downloads a browser. The build is served brotli-compressed on
// localhost (perf.mjs serveBrotli).
// Usage: node e2e/lighthouse.mjs      (DIST=/path/to/build for another build)
// Writes bench-out/lighthouse.json. A run that fails prints why; the others still run.
//
// The quote tab has no URL of its own (the tab is component state), so it is measured as a
// Lighthouse user flow: a navigation to `/`, a click on `#tab-quote`, then a snapshot. A snapshot has
// accessibility and best-practices scores; its performance category has no load metrics, so the
// quote has no performance score of its own (printed as –): the quote is reached from the editor's load.
import { mkdir, writeFile } from 'node:fs/promises';
import lighthouse, { startFlow } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, launch } from './browser.mjs';
import { serveBrotli, buyerLink } from './perf.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Category scores 0–100; a snapshot's performance (no load metrics) is left out as meaningless. */
const scores = (lhr) => Object.fromEntries(CATEGORIES.map((c) => {
  const score = lhr.categories[c]?.score;
  return [c, score == null || (c === 'performance' && lhr.gatherMode === 'snapshot') ? null : Math.round(score * 100)];
}));
/** The audits that cost points: weighted in a category and scored below 1. */
const costly = (lhr) => CATEGORIES.flatMap((c) => (lhr.categories[c]?.auditRefs ?? [])
  .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
  .map((r) => `${r.id} ${lhr.audits[r.id].displayValue ?? lhr.audits[r.id].score}`.trim()));

/** Runs `measure(port)` against a fresh Chromium and returns its Lighthouse result (lhr). */
async function withChrome(measure) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
  try {
    return await measure(chrome.port);
  } finally {
    await chrome.kill();
  }
}

const navigation = (url) => withChrome(async (port) => (await lighthouse(url, { port, logLevel: 'error', onlyCategories: CATEGORIES })).lhr);

const quoteSnapshot = (url) => withChrome(async (port) => {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  const page = await browser.newPage();
  const flow = await startFlow(page, { flags: { onlyCategories: CATEGORIES, logLevel: 'error' } });
  await flow.navigate(url);
  await page.click('#tab-quote');
  await page.waitForSelector('#buyer-link');
  await flow.snapshot({ name: 'quote tab' });
  const { steps } = await flow.createFlowResult();
  await browser.disconnect();
  return steps.at(-1).lhr;
});

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serveBrotli();
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launch();
  const link = await buyerLink(browser, url);
  await browser.close();

  const results = [];
  console.log(`lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile preset: performance / accessibility / best practices`);
  for (const [page, run, target] of [['editor', navigation, url], ['quote tab', quoteSnapshot, url], ['buyer view', navigation, link]]) {
    try {
      const lhr = await run(target);
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      const s = scores(lhr);
      const failing = costly(lhr);
      results.push({ page, mode: lhr.gatherMode, scores: s, audits_below_1: failing });
      const f = (v) => String(v ?? '–').padStart(4);
      console.log(`${page.padEnd(11)} ${lhr.gatherMode.padEnd(10)} ${f(s.performance)} ${f(s.accessibility)} ${f(s['best-practices'])}   ${failing.join('; ')}`);
    } catch (e) {
      results.push({ page, error: String(e.message ?? e) });
      console.log(`${page.padEnd(11)} failed: ${e.message ?? e}`);
    }
  }
  server.close();
  const out = new URL('../bench-out/', import.meta.url);
  await mkdir(out, { recursive: true });
  await writeFile(new URL('lighthouse.json', out), JSON.stringify({ preset: 'mobile (default)', results }, null, 2));
}
