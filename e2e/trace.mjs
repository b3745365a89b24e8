// A Chrome trace of one cold first load at 4× CPU, editor and buyer link, summarised: where the
// main thread's time goes until the first figure is painted (the same mark as perf.mjs).
// Usage: node e2e/trace.mjs   (DIST=/path/to/build for another build). Writes bench-out/trace-editor.json
// and trace-buyer.json (open them in Chrome's Performance panel) and bench-out/trace.json (the summary).
// Figures, not a test.
//
// Self time of each main-thread trace event (its duration minus its children's), grouped:
//   fetch & compile wasm  wasm.* events (streaming compile, lazy compile of each function on first call)
//   script                JavaScript and wasm running (FunctionCall, EvaluateScript, async tasks, events);
//                         the DOM calls Yew makes are inside it
//   style, layout, paint  Blink's style recalculation, layout (with text shaping), paint
//   html & css            parsing the page and its stylesheet
//   other task time       the rest of the main thread's tasks (scheduling, resource loading)
//   idle                  the rest of the window (waiting for the network)
import { mkdir, writeFile } from 'node:fs/promises';
import { launch } from './browser.mjs';
import { buyerLink, CPU_SLOWDOWN, serveBrotli, watchInteractive } from './perf.mjs';

const GROUPS = [
  ['fetch & compile wasm', /^wasm\.|wasm/i],
  ['style', /recalcStyle|rebuildLayoutTree|UpdateLayoutTree|RecalculateStyles|StyleRecalc|SlotAssignment/],
  ['layout', /performLayout|^Layout$|ShapeText|UpdateStyleAndLayout|ForcedStyleAndLayout|InlineNode/],
  ['paint', /Paint|Layerize|^Commit$|CompositeLayers|UpdateLayer|Raster/],
  ['html & css', /^(ParseHTML|ParseAuthorStyleSheet|Document::FinishedParsing|Document::Initialize)$/],
  ['script (js and wasm running)', /^(FunctionCall|EvaluateScript|AsyncTask Run|EventDispatch|RunMicrotasks|TimerFire|FireAnimationFrame|v8\.|V8\.|HTMLSelectElement::selectOption)/],
];

async function traceOnce(browser, url, selector, name) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(watchInteractive, selector);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'blink', 'blink.user_timing', 'loading', 'disabled-by-default-v8.compile'] });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__interactive !== undefined, null, { timeout: 60_000, polling: 50 });
  const mark = await page.evaluate(() => window.__interactive);
  const buffer = await browser.stopTracing();
  await context.close();
  await writeFile(new URL(`../bench-out/trace-${name}.json`, import.meta.url), buffer);
  const events = JSON.parse(buffer.toString()).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' &&
    events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL)?.ts
    ?? Math.min(...events.filter((e) => e.pid === main.pid && e.ts > 0).map((e) => e.ts));
  const end = start + mark * 1000;
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= start && e.ts < end)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time by a stack of open events.
  const totals = Object.fromEntries([...GROUPS.map(([g]) => [g, 0]), ['other task time', 0]]);
  const stack = [];
  const group = (n) => GROUPS.find(([, re]) => re.test(n))?.[0];
  const close = (until) => { while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= until) stack.pop(); };
  const selfOf = new Map();
  for (const e of own) {
    close(e.ts);
    const parent = stack.at(-1);
    if (parent) selfOf.set(parent, (selfOf.get(parent) ?? parent.dur) - Math.min(e.dur, parent.ts + parent.dur - e.ts));
    stack.push(e);
    if (!selfOf.has(e)) selfOf.set(e, e.dur);
  }
  for (const [e, self] of selfOf) {
    totals[group(e.name) ?? 'other task time'] += Math.max(0, self) / 1000;
  }
  const busy = Object.values(totals).reduce((a, b) => a + b, 0);
  for (const g of Object.keys(totals)) totals[g] = Math.round(totals[g]);
  return { page: name, first_figure_ms: mark, main_thread_ms: totals, idle_ms: Math.max(0, mark - busy) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await mkdir(new URL('../bench-out/', import.meta.url), { recursive: true });
  const server = await serveBrotli();
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launch();
  const link = await buyerLink(browser, url);
  const results = [await traceOnce(browser, url, '#hpp-per-pair', 'editor'), await traceOnce(browser, link, '#buyer-prices', 'buyer')];
  await browser.close();
  server.close();
  const f = (v) => v.toFixed(0).padStart(6);
  console.log(`main thread until the first figure is painted, one cold load at ${CPU_SLOWDOWN}× CPU (ms, self time)`);
  console.log(`${''.padEnd(22)}${results.map((r) => r.page.padStart(8)).join('')}`);
  for (const g of Object.keys(results[0].main_thread_ms)) console.log(`${g.padEnd(22)}${results.map((r) => `  ${f(r.main_thread_ms[g])}`).join('')}`);
  console.log(`${'idle (network, waits)'.padEnd(22)}${results.map((r) => `  ${f(r.idle_ms)}`).join('')}`);
  console.log(`${'first figure painted'.padEnd(22)}${results.map((r) => `  ${f(r.first_figure_ms)}`).join('')}`);
  await writeFile(new URL('../bench-out/trace.json', import.meta.url), JSON.stringify({ cpu: CPU_SLOWDOWN, results }, null, 2));
}
