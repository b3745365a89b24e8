// Collects the benchmark figures into bench-out/bench.json and prints one table: each figure, the
// previous run's (bench-out/previous.json, which scripts/bench keeps from the last run), its goal
// from issues #7 and #13 (e2e/budgets.json "target") and whether it is met. Figures, not a test.
// Usage: node e2e/bench-report.mjs    (after perf.mjs, large-doc.mjs, lighthouse.mjs; scripts/bench
// runs them all). Sizes are computed here from DIST (default dist/) with e2e/bundle.mjs;
// native compute time and link lengths are parsed from bench-out/cargo-bench.txt if present.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { bundle } from './bundle.mjs';
import { root } from './serve-dist.mjs';

const out = new URL('../bench-out/', import.meta.url);
const budgets = JSON.parse(await readFile(new URL('budgets.json', import.meta.url), 'utf8'));
const target = budgets.target;
const load = async (name) => JSON.parse(await readFile(new URL(name, out), 'utf8').catch(() => 'null'));
const [perf, large, lighthouse, previous, trace] = await Promise.all(['perf.json', 'large-doc.json', 'lighthouse.json', 'previous.json', 'trace.json'].map(load));
const cargo = await readFile(new URL('cargo-bench.txt', out), 'utf8').catch(() => '');

// Sizes: brotli quality 11 (KB = 1024 bytes); first load as e2e/bundle.mjs defines it.
const sizes = await bundle(root);
const kb = (bytes) => Math.round(bytes / 102.4) / 10;

// Rows: [what, figure, unit, budget text, met (true/false/null = no budget or not measured)].
const rows = [];
const row = (what, value, unit, budget, ok) => rows.push({ what, value: value ?? null, unit, budget: budget ?? '', met: value == null || ok === undefined ? null : ok(value) });
const goals = { editor: target.first_load_brotli_kb, buyer: target.buyer_first_load_brotli_kb };
for (const page of ['editor', 'buyer']) {
  const ceiling = budgets[`${page}_first_load_brotli_max_kb`];
  row(`${page === 'editor' ? 'editor' : 'buyer link'}: first load, brotli (html, css, start, js, wasm, favicon, manifest)`, kb(sizes[page].brotli), 'KB',
    `≤ ${goals[page]} (test ceiling ${ceiling})`, (v) => v <= goals[page]);
  row(`  of which wasm`, kb(sizes[page].wasm?.brotli ?? NaN), 'KB', `ceiling ${budgets[`${page}_wasm_brotli_max_kb`]} (test)`, (v) => v <= budgets[`${page}_wasm_brotli_max_kb`]);
}
// What the browser actually fetched on a cold load (Resource Timing, compressed bodies), beside the computed sizes.
for (const r of (perf?.results ?? []).filter((r) => r.cpu === 1 && !r.network && r.fetched_bytes)) {
  row(`  fetched by the browser until the first figure, ${r.page} (service workers blocked)`, kb(r.fetched_bytes.median), 'KB');
}
const paintGoal = { editor: target.first_figure_4x_cpu_ms, 'buyer view': target.buyer_painted_4x_cpu_ms };
for (const r of perf?.results ?? []) {
  const budgeted = r.cpu === 4 && !r.network && paintGoal[r.page] !== undefined;
  row(`first figure painted, ${r.page}, ${r.profile} (median of ${r.painted_ms.n})`, Math.round(r.painted_ms.median), 'ms',
    budgeted ? `≤ ${paintGoal[r.page]}` : '', budgeted ? (v) => v <= paintGoal[r.page] : undefined);
  row('  the first task after that frame (the mark before 2026-11-30)', Math.round(r.interactive_ms.median), 'ms');
  if (r.complete_ms) row(`  whole cost sheet built and painted`, Math.round(r.complete_ms.median), 'ms');
}
for (const r of trace?.results ?? []) {
  row(`trace of one first load, ${r.page}, ${trace.cpu}× CPU: first figure painted`, Math.round(r.first_figure_ms), 'ms');
  for (const [group, ms] of Object.entries(r.main_thread_ms)) row(`  main thread: ${group}`, ms, 'ms');
  row('  idle (waiting for the network)', Math.round(r.idle_ms), 'ms');
}
if (large) {
  row(`Enter → paint (a typed price committed), median (${large.keystroke_ms.n} edits)`, Math.round(large.keystroke_ms.median * 10) / 10, 'ms');
  row('  keydown → DOM updated (app work, no frame wait), p95', Math.round(large.keydown_to_dom_ms.p95 * 10) / 10, 'ms');
  row(`Enter → paint, p95 (${large.document.materials} lines, ${large.document.sizes} sizes)`, Math.round(large.keystroke_ms.p95 * 10) / 10, 'ms',
    `≤ ${target.keystroke_p95_ms}`, (v) => v <= target.keystroke_p95_ms);
}
const compute = cargo.match(/compute, 60-line BOM.*?median ([\d.]+) µs/);
row('native compute, 60-line BOM', compute && Number(compute[1]), 'µs');
for (const m of cargo.matchAll(/buyer link, (.*?): (\d+) characters, QR version (\S+) .*?naive JSON \+ base64: (\d+) characters/g)) {
  const typical = m[1].startsWith('typical');
  row(`buyer link, ${m[1]} (QR v${m[3]}; naive ${m[4]})`, Number(m[2]), 'chars', typical ? `≤ ${target.buyer_link_chars}` : '', typical ? (v) => v <= target.buyer_link_chars : undefined);
}
const worksheet = cargo.match(/worksheet link, (.*?): (\d+) characters/);
row(`worksheet link, ${worksheet?.[1] ?? 'Busan example'} (costs included)`, worksheet && Number(worksheet[2]), 'chars');
if (perf?.buyer_link_fragment_chars) {
  const origin = 'https://tapak.example/';
  row(`buyer link, Busan example made by the app, at ${origin}`, origin.length + perf.buyer_link_fragment_chars, 'chars', `≤ ${target.buyer_link_chars}`, (v) => v <= target.buyer_link_chars);
}
const lhTargets = { performance: target.lighthouse_performance, accessibility: target.lighthouse_accessibility, 'best-practices': target.lighthouse_best_practices };
for (const r of lighthouse?.results ?? []) {
  for (const [category, min] of Object.entries(lhTargets)) {
    const value = r.scores?.[category];
    if (value === null && !r.error) continue; // a snapshot has no performance score
    row(`lighthouse ${category}, ${r.page}${r.error ? ' (failed)' : ''}`, value, '', `≥ ${min}`, (v) => v >= min);
  }
}

const chromium = (() => { try { return execFileSync(process.env.CHROMIUM ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return 'unknown'; } })();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${process.platform} ${process.arch}, node ${process.version}, ${chromium}`;
const date = new Date().toISOString().slice(0, 10);
await writeFile(new URL('bench.json', out), JSON.stringify({ date, machine, build: root, rows, sizes, perf, large_doc: large, lighthouse, cargo: cargo.trim().split('\n').filter(Boolean) }, null, 2));

// Rows are matched by their text; indented rows by their text under the row above them.
const keyed = (list) => { let head = ''; return list.map((r) => { if (!r.what.startsWith('  ')) head = r.what; return [r.what.startsWith('  ') ? `${head}/${r.what}` : r.what, r]; }); };
const before = new Map(keyed(previous?.rows ?? []));
const keys = keyed(rows).map(([k]) => k);
const shown = (r) => (r?.value == null ? '' : `${r.value} ${r.unit}`.trim());
const cells = rows.map((r, i) => [r.what, r.value == null ? 'not run' : shown(r), shown(before.get(keys[i])), r.budget, r.met == null ? '' : r.met ? 'met' : 'NOT MET']);
const heads = ['what', 'measured', `previous (${previous?.date ?? 'none'})`, 'goal', 'met?'];
const widths = heads.map((_, i) => Math.max(...[heads, ...cells].map((c) => c[i].length)));
const right = (i) => i === 1 || i === 2;
const line = (c) => `| ${c.map((x, i) => (right(i) ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join(' | ')} |`;
console.log(`Tapak benchmarks, ${date}, ${machine}`);
console.log(line(heads));
console.log(`|${widths.map((w, i) => (right(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
for (const c of cells) console.log(line(c));
console.log(`written: bench-out/bench.json`);
