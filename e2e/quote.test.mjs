// End-to-end: the seed case built from an empty sheet — 3.250 pairs for Rp602.000.000 at
// 16.244 IDR/USD — quoted EXW, then FOB, then in KRW; the A4 print is rendered to PDF.
//
//   per pair Rp602.000.000 ÷ 3.250 = Rp185.230,769…
//   EXW in USD: 185.230,769 ÷ 16.244 = 11,40303… → USD 11,40; × 3.250 = 37.050,00;
//       exact 37.059,84; rounding −9,84
//   FOB: + PEB Rp1.625.000 ÷ 3.250 = Rp500/pair (inland and THC entered as 0)
//       185.730,769 ÷ 16.244 = 11,43380… → USD 11,43
//   in KRW at 1 KRW = 11,75 IDR: 185.730,769 ÷ 11,75 = 15.806,87… → KRW 15.807 (no decimals)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { useApp, fillNumber, fillField, openEditor } from './harness.mjs';

const app = useApp();

test('the Busan seed case from an empty sheet: EXW, FOB, KRW, and a clean A4 print', async () => {
  const { context, page, errors } = await openEditor(app);
  await page.click('#new-sheet');

  // Cost: the whole order as one one-off cost, spread over 3.250 pairs.
  await page.getByLabel('Nama artikel').fill('Sepatu kasual');
  await fillNumber(page.getByLabel('Jumlah pesanan (pasang)'), '3.250');
  await page.getByRole('button', { name: 'Tambah kurs' }).click();
  await fillNumber(page.locator('.rate-row').last().getByLabel('Kurs', { exact: true }), '16.244');
  await page.getByRole('button', { name: 'Tambah biaya' }).click();
  const oneOff = page.locator('.oneoff-row').last();
  await oneOff.getByLabel('Keterangan').fill('Seluruh pesanan');
  await fillNumber(oneOff.getByLabel('Jumlah'), '602.000.000');
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp185.231');

  // Price: EXW in USD.
  await page.click('#tab-export');
  await page.locator('#incoterm').selectOption('EXW');
  assert.equal(await page.locator('#unit-price').textContent(), 'USD 11,40');
  assert.equal(await page.locator('#order-total').textContent(), 'USD 37.050,00');
  assert.equal(await page.locator('#exact-total').textContent(), 'USD 37.059,84');
  assert.equal(await page.locator('#rounding-diff').textContent(), '-USD 9,84');
  // A new sheet's carton and container are examples: provisional until kept.
  assert.match(await page.locator('#price-not-ready').textContent(), /ukuran contoh/);
  await page.click('#packing-keep');
  assert.equal(await page.locator('#price-provisional').count(), 0);

  // FOB before any export cost: a provisional price, its missing stages named and counted as
  // zero (11,40, the ex-works price), never one that silently leaves costs out, and not sendable.
  await page.locator('#incoterm').selectOption('FOB');
  assert.equal(await page.locator('#unit-price').textContent(), 'USD 11,40');
  assert.equal(await page.locator('#price-provisional').textContent(), 'sementara');
  assert.match(await page.locator('#price-not-ready').textContent(),
    /Dokumen ekspor.*dihitung 0.*Angkutan darat.*dihitung 0.*THC asal.*dihitung 0/);
  assert.equal(await page.locator('.buildup .not-entered').count(), 3);
  assert.match(await page.locator('#bar-price').textContent(), /FOB USD 11,40/);
  const fobRow = page.locator('#all-terms tr', { hasText: 'FOB' });
  assert.match(await fobRow.textContent(), /belum diisi: Dokumen ekspor.*Angkutan darat.*THC asal/);
  // Each new line is waited for: the next button moves down as the line appears.
  const addCost = async (stage) => {
    const rows = page.locator('#h-export-card input[id$="-name"]');
    const n = await rows.count();
    await page.getByRole('button', { name: `Tambah biaya · ${stage}` }).click();
    await rows.nth(n).waitFor();
  };
  await addCost('Dokumen ekspor (PEB, PPJK, SKA/COO)');
  await fillNumber(page.locator('.export-row').last().getByLabel('Jumlah'), '1.625.000');
  await addCost('Angkutan darat ke pelabuhan');
  await addCost('THC asal, muat, B/L & dokumen');
  assert.equal(await page.locator('#unit-price').textContent(), 'USD 11,43');
  await page.locator('#price-provisional').waitFor({ state: 'detached' });
  await page.locator('#price-provisional').waitFor({ state: 'detached' });

  // KRW: needs its own rate; whole won.
  await page.click('#tab-costing');
  await page.getByRole('button', { name: 'Tambah kurs' }).click();
  const krw = page.locator('.rate-row').last();
  await krw.getByLabel('Dari (1 unit)').selectOption('KRW');
  await fillNumber(krw.getByLabel('Kurs', { exact: true }), '11,75');
  await page.click('#tab-export');
  await page.locator('#quote-currency').selectOption({ label: 'KRW · Won Korea Selatan' });
  assert.equal(await page.locator('#unit-price').textContent(), 'KRW 15.807');
  assert.equal(await page.locator('#order-total').textContent(), 'KRW 51.372.750');

  // The quotation: a buyer's document, with no cost structure on it.
  await page.click('#tab-quote');
  await fillField(page.getByLabel('Nomor'), 'Q-TEST-1');
  // Typed day first, as Indonesian writes it; stored and printed as an ISO date.
  await fillField(page.getByLabel('Tanggal', { exact: true }), '29/07/2025');
  const sheet = page.locator('.quote-sheet');
  const text = await sheet.textContent();
  // The very page a buyer's link shows (ui::quotation_page), in the editor's language.
  assert.match(text, /^Penawaran harga/);
  assert.match(text, /Berlaku sampai2025-08-28/);
  assert.match(text, /3\.25015\.80751\.372\.750/);
  for (const secret of ['Rp', 'HPP', 'Seluruh pesanan', '602', 'PEB', '16.244']) {
    assert.ok(!text.includes(secret), `the quotation must not show "${secret}"`);
  }
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.topbar').isVisible(), false, 'print hides the app chrome');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  assert.ok(pdf.length > 10_000, `PDF of ${pdf.length} bytes`);
  await writeFile(new URL('../test-results/quote.pdf', import.meta.url), pdf).catch(() => {});
  assert.deepEqual(errors, []);
  await context.close();
});

test('a commercial price step: USD 11,4829 up to 0,05 is USD 11,50; the buyer sees only 11,50', async () => {
  const { context, page, errors } = await openEditor(app);
  await page.click('#guide-skip');
  await page.click('#tab-export');
  // The step, the rounding and the FX buffer are folded under "Lainnya", their values on its line.
  assert.match(await page.locator('#terms-more > summary').textContent(), /^Lainnya · Cadangan selisih kurs [0-9,]+ % · .+ · Langkah harga/);
  await page.click('#terms-more > summary');
  await page.locator('#usual-steps').waitFor();
  // The usual steps of the quote currency, one tap each.
  assert.deepEqual(await page.locator('#usual-steps .chip').allTextContents(), ['0,01', '0,05', '0,10']);
  await page.locator('#usual-steps .chip', { hasText: '0,05' }).click();
  // To the nearest 0,05: 11,4829 ÷ 0,05 = 229,66 → 230 = 11,50 as well; up is never below it.
  assert.equal(await page.locator('#unit-price').textContent(), 'USD 11,50');
  // To 0,01: nearest 11,48, up 11,49 (up is never below the exact price).
  await page.locator('#usual-steps .chip', { hasText: '0,01' }).click();
  assert.equal(await page.locator('#unit-price').textContent(), 'USD 11,48');
  await page.locator('#step-up').selectOption({ index: 1 });
  assert.equal(await page.locator('#unit-price').textContent(), 'USD 11,49');
  await page.locator('#usual-steps .chip', { hasText: '0,05' }).click();
  assert.equal(await page.locator('#price-step').inputValue(), '0,05');
  assert.equal(await page.locator('#unit-price').textContent(), 'USD 11,50');
  assert.match(await page.locator('#unit-exact').textContent(), /USD 11,4829 → dibulatkan ke atas ke kelipatan 0,05/);
  // 11,50 − 11,4829… = USD 0,0171 a pair; 3.250 × 11,50 = USD 37.375,00.
  assert.match(await page.locator('#step-added').textContent(), /USD 0,0171 \/ pasang/);
  assert.equal(await page.locator('#order-total').textContent(), 'USD 37.375,00');
  // Typed badly, the step is refused in place and the price keeps the last accepted step.
  for (const [typed, why] of [['-5', /Tidak boleh negatif/], ['99999999', /Paling besar 1\.000\.000/], ['0,0,5', /./]]) {
    await page.fill('#price-step', typed);
    await page.locator('#price-step').blur();
    assert.match(await page.locator('#price-step-err').textContent(), why, typed);
    assert.equal(await page.locator('#unit-price').textContent(), 'USD 11,50', typed);
  }
  await page.fill('#price-step', '0,05');
  await page.locator('#price-step').blur();
  // A new quote currency starts without a step (0,05 was dollars): back to USD 11,48.
  await page.locator('#quote-currency').selectOption({ label: 'IDR · Rupiah Indonesia' });
  assert.deepEqual(await page.locator('#usual-steps .chip').allTextContents(), ['1', '100', '500', '1.000']);
  assert.equal(await page.locator('#price-step').inputValue(), '');
  await page.locator('#quote-currency').selectOption({ label: 'USD · Dolar Amerika Serikat' });
  assert.equal(await page.locator('#unit-price').textContent(), 'USD 11,49', 'still up, to the cent');
  await page.locator('#usual-steps .chip', { hasText: '0,05' }).click();
  assert.equal(await page.locator('#unit-price').textContent(), 'USD 11,50');

  await page.click('#tab-quote');
  const link = await page.locator('#buyer-link').inputValue();
  const buyer = await context.newPage();
  await buyer.goto(link);
  const prices = buyer.locator('#buyer-prices');
  await prices.waitFor();
  // (The buyer's page speaks the browser's language, English here, and lists quantities in order.)
  assert.ok((await prices.locator('tbody tr').allTextContents()).includes('3,25011.5037,375.00'));
  const seen = await buyer.locator('body').textContent();
  for (const secret of ['11.4829', '11,4829', '0.0171', '0,0171', 'multiple', 'kelipatan']) {
    assert.ok(!seen.includes(secret), `the buyer must not see “${secret}”`);
  }
  await page.click('#tab-export');
  await page.locator('#add-paperwork').waitFor();
  // The Indonesian export papers as sample lines, added once: PEB through a broker and the
  // SKA/COO of the buyer's country (Korea, in the example).
  const peb = page.locator('#h-export-card input[id$="-name"]');
  const before = await peb.count();
  await page.click('#add-paperwork');
  await page.click('#add-paperwork');
  const names = await peb.evaluateAll((all) => all.map((i) => i.value));
  assert.equal(names.length, before + 2);
  assert.ok(names.includes('PEB melalui PPJK') && names.includes('SKA/COO AKFTA Form AK / IK-CEPA (KR)'), names.join(' | '));
  assert.match(await page.locator('#ppn-note').textContent(), /PPN 0 %/);
  assert.deepEqual(errors, []);
  await context.close();
});
