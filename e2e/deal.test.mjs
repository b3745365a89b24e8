// End-to-end on a 390 × 844 phone, in Indonesian: the maker's side of the deal. A 30/70 T/T
// order's cash timeline (the peak cash, the financing, the chart and the table) and direct
// export against a broker's offer, with the figures worked by hand (tests/it/deal.rs works the
// same order natively).
//
// The order (e2e/fixtures/order-30-70.json): 2.000 pairs costing Rp85.000 (materials 75.000,
// sewing 10.000), 20 % profit, FOB costs Rp4.000.000: FOB Rp104.000 a pair, Rp208.000.000.
// T/T 30 % on day 7, the balance before shipment on day 42, materials paid on day 0, 1 % a month.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, openEditor, fillNumber, unfold } from './harness.mjs';

const app = useApp();
const PHONE = { viewport: { width: 390, height: 844 }, locale: 'id-ID' };
const text = async (page, sel) => (await page.locator(sel).textContent()).replace(/\s+/g, ' ').trim();
/** A table row's cells, one space between them. */
const cells = (page, sel) => page.locator(sel).evaluate((tr) => [...tr.cells].map((c) => c.textContent.trim()).filter(Boolean).join(' '));

test("a 30/70 order's cash and a broker's offer on a phone, in Indonesian", async () => {
  const { context, page, errors } = await openEditor(app, PHONE);
  await page.click('#guide-skip');
  const json = await readFile(new URL('./fixtures/order-30-70.json', import.meta.url));
  await page.setInputFiles('#open-file', { name: 'order-30-70.json', mimeType: 'application/json', buffer: json });
  await page.locator('#hpp-per-pair', { hasText: 'Rp85.000' }).waitFor();
  await page.click('#tab-export');
  await page.locator('#h-cash').waitFor();

  // Folded, the cards say what they hold: the peak, and what each route keeps a pair.
  assert.equal(await text(page, '#h-cash-line'), 'puncak Rp153.333.333 hari 7');
  // Each route after its financing: 32.511.333,33 ÷ 2.000 and 18.448.333,33 ÷ 2.000.
  assert.equal(await text(page, '#h-broker-line'), 'langsung Rp16.256 · broker Rp9.224');
  await unfold(page, 'h-cash');

  // Day 0: materials −150.000.000. Day 7: the week's wages (20.000.000 ÷ 6) go out before the
  // deposit (30 % × 208.000.000 = 62.400.000) comes in: −153.333.333,33, the peak.
  assert.equal(await text(page, '#cash-peak'), 'Rp153.333.333 · Hari 7 ƒ');
  assert.equal(await text(page, '#cash-last'), 'Hari 42');
  // Need-days (150 × 7 + 488 × 7 million = 4.466.000.000) × 1 % ÷ 30 = Rp1.488.667.
  assert.match(await text(page, '#cash-financing'), /^Rp1\.488\.667 /);
  // After every cost, the financing too: 208.000.000 − 150.000.000 − 20.000.000 − 4.000.000
  // − 1.488.666,67 = 32.511.333,33 (the chart's last bar is the cash: 34.000.000).
  assert.equal(await text(page, '#cash-leaves'), 'Rp32.511.333 ƒ');
  // The chart: one bar a day with events, below zero until the balance arrives.
  const rows = page.locator('#cash-chart tbody tr');
  assert.equal(await rows.count(), 7);
  assert.equal(await cells(page, '#cash-chart tbody tr:first-child'), 'Hari 0 -Rp150.000.000');
  assert.equal(await cells(page, '#cash-chart tbody tr:last-child'), 'Hari 42 Rp34.000.000');
  await page.click('details.cash-events summary');
  assert.equal(await cells(page, '#cash-table tbody tr:nth-child(2)'), '7 Upah dan overhead (mingguan) -Rp3.333.333 -Rp153.333.333');

  // The deposit arrives on the order's day instead: the peak is the materials, on day 0.
  await fillNumber(page.locator('#cash-deposit-day'), '0');
  await page.locator('#cash-peak', { hasText: 'Rp150.000.000 · Hari 0' }).waitFor();
  await fillNumber(page.locator('#cash-deposit-day'), '7');
  await page.locator('#cash-peak', { hasText: 'Rp153.333.333 · Hari 7' }).waitFor();

  // A half-typed or hostile entry is refused in place and changes nothing.
  await fillNumber(page.locator('#cash-deposit'), '120');
  await page.locator('#cash-deposit-err', { hasText: 'Paling besar 100' }).waitFor();
  assert.equal(await text(page, '#cash-leaves'), 'Rp32.511.333 ƒ');
  await fillNumber(page.locator('#cash-deposit'), '30');

  // The financing added to the cost: (85.000 + 744,33) × 1,2 + 2.000 = Rp104.893 a pair.
  assert.equal(await text(page, '#bar-price'), '· FOB Rp104.000');
  await page.click('#cash-in-price');
  await page.locator('#bar-price', { hasText: 'Rp104.893' }).waitFor();
  assert.match(await text(page, '#cash-financing'), /Rp744 \/ pasang \(masuk harga\)/);
  await page.click('#cash-in-price');
  await page.locator('#bar-price', { hasText: 'Rp104.000' }).waitFor();

  // Direct FOB keeps 208.000.000 − 4.000.000 − 170.000.000 − the financing 1.488.666,67 =
  // Rp32.511.333, the cash card's figure; a broker paying Rp95.000 ex-works, on the same
  // plan, 190.000.000 − 170.000.000 − 1.551.666,67 = Rp18.448.333 (tests/it/deal.rs).
  await unfold(page, 'h-broker');
  assert.equal(await text(page, '#keep-direct'), 'Rp32.511.333');
  assert.equal(await text(page, '#keep-broker'), 'Rp18.448.333');
  assert.equal(await cells(page, '#broker-table tbody tr:nth-child(4)'), 'Biaya modal kerja (bunga) Rp1.488.667 Rp1.551.667');
  assert.equal(await text(page, '#broker-difference'), 'Lewat broker Anda menyimpan lebih sedikit: Rp14.063.000');
  assert.equal(await text(page, '#broker-break-even'), 'Harga impas dari broker: Rp102.007 / pasang');
  // An offer at the break-even leaves the same, to the rounding of the typed price.
  await fillNumber(page.locator('#broker-price'), '102007');
  await page.locator('#keep-broker', { hasText: 'Rp32.511.' }).waitFor();
  // As a commission on an FCA price: 207.000.000 − 3.000.000 − 8 % (16.560.000) − 170.000.000
  // = 17.440.000, less the route's financing: deposit 30 % of 207.000.000 on day 7, so
  // (1.050 + 7 × 489,5) million × 1 % ÷ 30 = 1.492.166,67 → Rp15.947.833. Break-even: the
  // same equation as above with the FCA costs, 3.010,5R = 623.184.000.000 → Rp103.502.
  await page.click('label[for="broker-pays-1"]');
  await page.locator('#broker-term').selectOption('FCA');
  await fillNumber(page.locator('#broker-commission'), '8');
  await page.locator('#keep-broker', { hasText: 'Rp15.947.833' }).waitFor();
  assert.equal(await text(page, '#broker-break-even'), 'Harga impas dari broker: Rp103.502 / pasang');

  // Nothing sticks out of the 390-px screen.
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth <= window.innerWidth));
  assert.deepEqual(errors, []);
  await context.close();
});
