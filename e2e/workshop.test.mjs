// End-to-end: a coach's session. The guide on a first visit, the worked examples, the formula
// trail from the quoted price down to a material, a what-if slider, the projector, and the app
// opening with no connection after one visit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, unfold } from './harness.mjs';

const app = useApp();

/** A fresh visitor at 1280 × `height`, the guide skipped, on the workshop tab. */
async function openWorkshop(height) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height } });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.locator('#hpp-per-pair').waitFor();
  await page.click('#guide-skip');
  await page.click('#tab-workshop');
  return { context, page };
}

test('first visit: a guide walks the steps and, once skipped, stays away', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.locator('#guide').waitFor();
  assert.match(await page.locator('#guide-text').textContent(), /^Artikel/);
  await page.click('#guide-next');
  assert.match(await page.locator('#guide-text').textContent(), /^Kurs/);
  await page.click('#guide-next');
  assert.match(await page.locator('#guide-text').textContent(), /^Bahan/);
  // Step 6 is on the export tab.
  for (let i = 0; i < 3; i++) await page.click('#guide-next');
  assert.equal(await page.locator('#tab-export').getAttribute('aria-selected'), 'true');
  await page.click('#guide-skip');
  assert.equal(await page.locator('#guide').count(), 0);
  await page.reload();
  await page.locator('#hpp-per-pair').waitFor();
  assert.equal(await page.locator('#guide').count(), 0, 'a skipped guide does not come back');
  await context.close();
});

test('open an example, follow the trail from the price to a material, move a slider', async () => {
  const { context, page } = await openWorkshop(900);

  // The SNI safety shoe opens as a copy: certification spread over 1,500 pairs.
  await page.click('#example-safetyshoe');
  await page.click('#tab-costing');
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp312.513');
  await page.click('#tab-workshop');
  await page.click('#example-sneakerbusan');

  // Why USD 11,48? Rounded from the exact FOB price per pair, which comes from the shipment price.
  await page.click('#why-price');
  assert.equal(await page.locator('#trail-title').textContent(), 'Harga satuan penawaran');
  assert.equal(await page.locator('#trail-value').textContent(), 'USD 11,48');
  await page.locator('#trail-formula .ref').first().click();
  assert.equal(await page.locator('#trail-title').textContent(), 'Harga/pasang sebelum pembulatan (FOB)');
  assert.equal(await page.locator('#trail-value').textContent(), 'USD 11,4829');
  assert.match(await page.locator('#trail-formula').textContent(), /÷ 3\.250 pasang ÷ 16\.244 IDR\/USD ÷ \(1 − cadangan selisih kurs 1 %\)/);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.trail-dialog').count(), 0);

  // A material line's own formula, with the sheet's numbers.
  await page.click('#tab-costing');
  // Each ƒ button is named after its figure for a screen reader.
  assert.equal(await page.locator('#mat-10-cost .why').getAttribute('aria-label'), 'Lihat rumus: Kulit sapi atasan');
  await page.locator('#mat-10-cost .why').click();
  assert.equal(await page.locator('#trail-title').textContent(), 'Kulit sapi atasan');
  assert.equal(await page.locator('#trail-formula').textContent(), '1,6 sq ft × (1 + 8 %) × Rp38.000 = Rp65.664');
  // Up from the leather to the materials per size: the way to the price.
  await page.locator('.trail-list .ref', { hasText: 'Atasan' }).first().click();
  assert.equal(await page.locator('#trail-title').textContent(), 'Atasan (upper)');
  await page.click('#trail-close');

  // What if the rupiah weakens 10 %? The dollar price falls; the sheet itself is unchanged.
  await page.click('#tab-workshop');
  assert.equal(await page.locator('#whatif-price').textContent(), 'USD 11,48');
  await page.locator('#whatif-exchangerate').fill('10');
  const moved = await page.locator('#whatif-price').textContent();
  assert.notEqual(moved, 'USD 11,48');
  const usd = (s) => Number(s.replace('USD ', '').replace(',', '.'));
  assert.ok(usd(moved) < 11.48 && usd(moved) > 10, moved);
  assert.equal(await page.locator('#compare-unit').textContent(), moved);
  assert.match(await page.locator('.whatif output').first().textContent(), /\+10 % · rupiah melemah → 17\.868,4 IDR\/USD/);
  await page.click('#whatif-reset');
  assert.equal(await page.locator('#whatif-price').textContent(), 'USD 11,48');
  // The tornado lists every driver with both moves in words.
  assert.equal(await page.locator('#chart-tornado tbody tr').count(), 6);
  assert.match(await page.locator('#chart-tornado tbody tr').first().textContent(), /Kurs.*−10 %: \+USD 1,2036.*\+10 %: -USD 0,9848/);
  await context.close();
});

test('the worked order of three articles: what each carries of the container, explained', async () => {
  const { context, page } = await openWorkshop(900);
  // The example opens in the quotation tab: the sneaker, its black colourway and the sandal in
  // one 20' container, FOB and CIF, up to USD 0,05 (worked in tests/it/quotation.rs).
  await page.click('#example-order');
  assert.equal(await page.locator('#tab-quote').getAttribute('aria-selected'), 'true');
  await page.locator('#quotation-prices').waitFor();
  assert.match(await page.locator('#quotation-prices tbody').textContent(), /USD 11,75.*USD 12,10.*USD 12,20.*USD 12,55.*USD 5,10.*USD 5,25/);
  // Their shipment together: 241 cartons, 19,86 m³, one 20' container.
  assert.match(await page.locator('#quotation-shipment').textContent(), /3\.250 pasang.*241.*19,860 m³.*1 × 20/);

  // Why USD 12,10 for the sneaker at CIF? Its trail, named after the article and the term.
  await page.click('#ql-1-why-cif');
  assert.match(await page.locator('#trail-of').textContent(), /Sneaker kasual kulit \(contoh\) · CIF Busan/);
  assert.equal(await page.locator('#trail-title').textContent(), 'Harga satuan penawaran');
  assert.equal(await page.locator('#trail-value').textContent(), 'USD 12,10');
  // The price step, applied once to the exact price.
  assert.match(await page.locator('#trail-formula').textContent(), /^Harga\/pasang sebelum pembulatan \(CIF\) USD 12,0699, dibulatkan ke atas ke kelipatan 0,05 = USD 12,10$/);
  // The keyboard stays in the dialog both ways, and Esc gives focus back to the ƒ it came from.
  const inDialog = () => page.evaluate(() => !!document.activeElement.closest('.trail-dialog'));
  for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
  assert.ok(await inDialog(), 'Tab stays in the dialog');
  for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+Tab');
  assert.ok(await inDialog(), 'Shift+Tab stays in the dialog');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'ql-1-why-cif');

  // Why does the sandal carry Rp1.696.050 of the ocean freight? The whole container's freight
  // × its share by m³: 2,304 of the shipment's 19,86 m³.
  await page.click('#qs-maincarriage-why-3');
  assert.match(await page.locator('#trail-of').textContent(), /Sandal/);
  assert.equal(await page.locator('#trail-value').textContent(), 'Rp1.696.050,27');
  // The card's part is in whole rupiah by largest remainder, and the dialog says so.
  assert.match(await page.locator('.trail-dialog .fine').textContent(), /sisa terbesar/);
  assert.match(await page.locator('#trail-formula').textContent(), /seluruh pengiriman Rp14\.619\.600 × Bagian artikel ini \(dibagi per m³\) 11,6012 %/);
  await page.locator('#trail-formula .ref', { hasText: 'Bagian artikel ini' }).click();
  assert.equal(await page.locator('#trail-formula').textContent(), 'Volume (m³) 2,304 m³ ÷ Volume seluruh pengiriman (m³) 19,86 m³ = 11,6012 %');
  await page.locator('#trail-formula .ref', { hasText: 'Volume seluruh pengiriman' }).click();
  assert.equal(await page.locator('#trail-formula').textContent(), 'Volume (m³) 2,304 m³ + 10,5 m³ + 7,056 m³ = 19,86 m³');
  await page.screenshot({ path: 'docs/screenshots/workshop-order-share.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'docs/screenshots/workshop-order-share-390.png' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.click('#trail-close');

  // Opened again, from the quotation card: a second quotation, but its sheets are not copied
  // again (the first visit's sneaker, the sneaker with its colourway, the sandal).
  await page.click('#quotation-example');
  await page.locator('.open-quotation').nth(1).waitFor();
  assert.equal(await page.locator('.open-quotation').count(), 2);
  // (The library panel is a part of its own: wait for its list.)
  await page.click('#library-button');
  await page.locator('.library-list li').nth(2).waitFor();
  assert.equal(await page.locator('.library-list li').count(), 3);
  await context.close();
});

test('projector view: big steps, keyboard only, Esc to leave', async () => {
  const { context, page } = await openWorkshop(720);
  await page.click('#projector-open');
  await page.locator('#projector').waitFor();
  assert.equal(await page.locator('.topbar').count(), 0, 'no editing chrome');
  assert.match(await page.locator('.p-step h2').textContent(), /Langkah 1\/8/);
  // Every step fits a 1280 × 720 projector screen at its large type: nothing to scroll to.
  const heights = [];
  for (let i = 0; i < 8; i++) {
    heights.push(await page.evaluate(() => document.scrollingElement.scrollHeight));
    await page.keyboard.press('ArrowRight');
  }
  assert.deepEqual(heights.map((h) => h <= 720), Array(8).fill(true), `step heights: ${heights}`);
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  assert.match(await page.locator('.p-step h2').textContent(), /Langkah 4\/8/);
  assert.match(await page.locator('.p-step').textContent(), /Harga satuan penawaran:.*= USD 11,48/);
  // Past markup against margin and the terms side by side (e2e/coach.test.mjs), to the rate.
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
  assert.equal(await page.locator('#p-price').textContent(), 'USD 11,48');
  await page.locator('#whatif-exchangerate').fill('-10');
  const scenario = await page.locator('#whatif-price').textContent();
  assert.notEqual(scenario, 'USD 11,48');
  // The header shows the scenario while the what-if step is on screen, and says it is one.
  assert.equal(await page.locator('#p-price').textContent(), scenario);
  assert.match(await page.locator('.p-price').textContent(), /Skenario/);
  await page.locator('#projector').focus();
  await page.keyboard.press('PageDown');
  assert.equal(await page.locator('#p-price').textContent(), 'USD 11,48', 'back to the sheet on the next step');
  assert.match(await page.locator('.p-step h2').textContent(), /Langkah 8\/8/);
  assert.equal(await page.locator('#chart-tornado').count(), 1);
  await page.keyboard.press('Escape');
  await page.locator('#tab-workshop').waitFor();
  await context.close();
});

test('a provisional price says so in the workshop and on the projector too', async () => {
  const { context, page } = await openWorkshop(900);
  assert.equal(await page.locator('#whatif-provisional').count(), 0, 'the example is ready to send');
  // DDP without its import stages and rates: a provisional price, counted with zeros.
  await page.click('#tab-export');
  await page.locator('#incoterm').selectOption('DDP');
  await page.locator('#price-provisional').waitFor();
  await page.click('#tab-workshop');
  assert.equal(await page.locator('#whatif-provisional').textContent(), 'sementara');
  await page.click('#projector-open');
  assert.equal(await page.locator('#p-provisional').textContent(), 'sementara');
  await context.close();
});

test('after one visit Tapak opens and computes with no connection', async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.locator('#hpp-per-pair').waitFor();
  const manifest = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
  assert.equal(manifest.short_name, 'Tapak');
  await page.evaluate(() => navigator.serviceWorker.ready);

  await context.setOffline(true);
  await page.reload();
  await page.locator('#hpp-per-pair').waitFor();
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp162.566');
  // Still a working calculator: a price change recomputes the cost.
  await unfold(page, 'h-materials');
  await page.locator('#mat-10-price').fill('40000');
  await page.locator('#mat-10-price').blur();
  // 1.6 × 1.08 × 2,000 more = Rp3,456 more per pair.
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp166.022');
  await context.close();
});
