// End-to-end: "not ready means not sendable". A figure resting on a missing rate or on a field
// holding a refused entry is provisional: the price panel says so and lists what to fix, and the
// buyer link, its QR code and the print refuse until it is fixed. Sea-only terms are flagged for
// an air shipment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, fillNumber, openEditor, worksheetLink } from './harness.mjs';

const app = useApp();

test('a refused entry and a missing rate keep the quote from being sent, and say why', async () => {
  const { context, page, errors } = await openEditor(app);
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp162.566');

  // Half-typed: "2" is accepted on the way, "2.4" is ambiguous in Indonesian and refused. The
  // figures keep the last accepted value, and the summary says which field and that.
  const price = page.locator('[id^="mat-"][id$="-price"]').first();
  await price.fill('2');
  await price.fill('2.4');
  const issues = page.locator('#summary-issues');
  await issues.waitFor();
  assert.match(await issues.textContent(), /Kulit sapi atasan · Harga satuan: isian ditolak; angka memakai nilai sah terakhir/);
  await page.click('#tab-quote');
  const notReady = page.locator('#share-not-ready');
  await notReady.waitFor();
  assert.match(await notReady.textContent(), /Belum siap dikirim/);
  assert.equal(await page.locator('#buyer-link').count(), 0, 'no link while a field is refused');
  assert.equal(await page.locator('.qr').count(), 0, 'no QR code either');
  assert.equal(await page.locator('#print-not-ready').count(), 1, 'the print shows what to fix, not a quotation');
  assert.equal(await page.locator('.quote-sheet').count(), 0);

  // Fixed: the link and the print come back.
  await page.click('#tab-costing');
  await fillNumber(page.locator('[id^="mat-"][id$="-price"]').first(), '38.000');
  await page.click('#tab-quote');
  await page.locator('#buyer-link').waitFor();
  assert.equal(await page.locator('.quote-sheet').count(), 1);

  // A material priced in a currency the sheet has no rate for: left out, price provisional.
  await page.click('#tab-costing');
  await page.locator('[id^="mat-"][id$="-cur"]').first().selectOption({ label: 'KWD' });
  await page.click('#tab-export');
  await page.locator('#price-provisional').waitFor();
  const panel = page.locator('#price-not-ready');
  assert.match(await panel.textContent(), /KWD → IDR/);
  await page.click('#tab-quote');
  await page.locator('#share-not-ready').waitFor();
  assert.equal(await page.locator('#buyer-link').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('by air, sea-only terms are struck through with the terms to use instead', async () => {
  const { context, page } = await openEditor(app, { acceptDownloads: true });
  // The Busan sheet sent by air, every export cost charged per shipment so that each term has
  // a price: opened from a worksheet link.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-file')]);
  const doc = JSON.parse(await readFile(await download.path(), 'utf8'));
  doc.shipping.mode = 'Air';
  for (const c of doc.export_costs) c.basis = 'PerShipment';
  await page.goto(worksheetLink(app.url, JSON.stringify(doc)));
  await page.reload();
  await page.locator('#incoming-worksheet').getByRole('button', { name: 'Buka sebagai lembar baru' }).click();
  await page.click('#tab-export');
  const terms = page.locator('#all-terms');
  await terms.locator('.unfit').first().waitFor();
  assert.equal(await terms.locator('.unfit').count(), 4, 'FAS, FOB, CFR, CIF');
  assert.match(await terms.textContent(), /bukan untuk kiriman udara \(pakai FCA, CPT atau CIP\)/);
  // The chosen term (FOB) by air blocks sending until it is changed.
  await page.locator('#price-not-ready').waitFor();
  await context.close();
});

test('a refused entry goes with its field, can be dropped, and a new sheet starts clean', async () => {
  const { context, page } = await openEditor(app);
  // Monthly overhead half-typed with a wrong grouping: refused.
  await page.locator('#oh-month').fill('45.000.00');
  await page.locator('#summary-issues').waitFor();
  // Switching to overhead as a % of prime cost removes that field, and its refused entry.
  await page.getByRole('radio', { name: '% dari biaya utama (bahan + tenaga kerja)' }).check();
  await page.click('#tab-quote');
  await page.locator('#buyer-link').waitFor();
  // A refused entry whose field is on another tab can be dropped from the list.
  await page.click('#tab-costing');
  await page.locator('#wage').fill('4.800.000,5,');
  await page.click('#tab-quote');
  const block = page.locator('#share-not-ready');
  await block.waitFor();
  await block.getByRole('button', { name: 'Buang isian ini' }).click();
  await page.locator('#buyer-link').waitFor();
  // A refused entry does not follow the user to a new sheet.
  await page.click('#tab-costing');
  await page.locator('#wage').fill('4.800.000,5,');
  await page.click('#new-sheet');
  await page.click('#tab-export');
  assert.doesNotMatch(await page.locator('#price-not-ready').textContent().catch(() => ''), /isian ditolak/);
  await context.close();
});
