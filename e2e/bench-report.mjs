// Collects the benchmark figures into bench-out/bench.json and prints one table: each figure, its
// budget from issue #7 (e2e/budgets.json "target") and whether it is met. Figures, not a test.
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
const [perf, large, lighthouse] = await Promise.all(['perf.json', 'large-doc.json', 'lighthouse.json'].map(load));
const cargo = await readFile(new URL('cargo-bench.txt', out), 'utf8').catch(() => '');

// Sizes: brotli quality 11 (KB = 1024 bytes); first load as e2e/bundle.mjs defines it.
const sizes = await bundle(root);
const kb = (bytes) => Math.round(bytes / 102.4) / 10;
const firstLoad = kb(sizes.first_load.brotli);
const wasm = kb(sizes.wasm[0]?.brotli ?? NaN);

// Rows: [what, figure, unit, budget text, met (true/false/null = no budget or not measured)].
const rows = [];
const row = (what, value, unit, budget, ok) => rows.push({ what, value: value ?? null, unit, budget: budget ?? '', met: value == null || ok === undefined ? null : ok(value) });
row('first load, brotli (html, css, js, wasm, favicon, manifest)', firstLoad, 'KB', `≤ ${target.first_load_brotli_kb}`, (v) => v <= target.first_load_brotli_kb);
row('wasm, brotli', wasm, 'KB', `ceiling ${budgets.wasm_brotli_max_kb} (test)`, (v) => v <= budgets.wasm_brotli_max_kb);
for (const r of perf?.results ?? []) {
  const budgeted = r.cpu === 4 && !r.network;
  row(`interactive, ${r.page}, ${r.profile} (median of ${r.interactive_ms.n})`, Math.round(r.interactive_ms.median), 'ms',
    budgeted ? `≤ ${target.interactive_4x_cpu_ms}` : '', budgeted ? (v) => v <= target.interactive_4x_cpu_ms : undefined);
}
if (large) {
  row(`keystroke → paint, median (${large.keystroke_ms.n} edits)`, Math.round(large.keystroke_ms.median * 10) / 10, 'ms');
  row('  keydown → DOM updated (app work, no frame wait), p95', Math.round(large.keydown_to_dom_ms.p95 * 10) / 10, 'ms');
  row(`keystroke → paint, p95 (${large.document.materials} lines, ${large.document.sizes} sizes)`, Math.round(large.keystroke_ms.p95 * 10) / 10, 'ms',
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

const cells = rows.map((r) => [r.what, r.value == null ? 'not run' : `${r.value} ${r.unit}`.trim(), r.budget, r.met == null ? '' : r.met ? 'met' : 'NOT MET']);
const widths = [0, 1, 2, 3].map((i) => Math.max(...[['what', 'measured', 'budget', ''], ...cells].map((c) => c[i].length)));
const line = (c) => `| ${c.map((x, i) => (i === 1 ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join(' | ')} |`;
console.log(`Tapak benchmarks, ${date}, ${machine}`);
console.log(line(['what', 'measured', 'budget', 'met?']));
console.log(`|${widths.map((w, i) => (i === 1 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
for (const c of cells) console.log(line(c));
console.log(`written: bench-out/bench.json`);
