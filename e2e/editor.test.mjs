// End-to-end: the release build in Debian's Chromium. An exporter enters a small sheet from
// scratch, switches language, types a bad number, reloads; the figures are worked by hand.
//
//   Upper:  leather 2,4 sq ft × (1 + 8 %) × Rp38.000         = Rp98.496
//   Bottom: sole 1 pair × Rp15.000                            = Rp15.000
//   Labour: Rp4.800.000 ÷ (25 × 420 × 80 %) = Rp571,43/min × 9 min = Rp5.142,857…
//   Overhead: Rp45.000.000 ÷ 6.000 pairs                      = Rp7.500
//   HPP = 98.496 + 15.000 + 5.142,857 + 7.500 = Rp126.138,857… → Rp126.139
//   In USD at 16.244: 126.138,857 ÷ 16.244 = 7,7652… → USD 7,77
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, fillNumber } from './harness.mjs';

const app = useApp();

const hpp = (page) => page.locator('#hpp-per-pair');

test('enter a sheet from scratch, switch language, refuse a bad number, survive a reload', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) errors.push(m.text()); });
  page.on('dialog', (d) => d.accept());
  await page.goto(app.url);
  // The page runs under a strict CSP (no inline script): it is there and nothing breaks it.
  assert.match(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), /script-src 'self' 'wasm-unsafe-eval'/);

  // First visit: Indonesian, with the Busan example open.
  await assert.doesNotReject(hpp(page).waitFor());
  assert.equal(await page.getAttribute('html', 'lang'), 'id');
  assert.equal(await hpp(page).textContent(), 'Rp162.566');

  await page.click('#new-sheet');
  assert.equal(await hpp(page).textContent(), 'Rp0');

  await page.getByLabel('Nama artikel').fill('Sandal uji');
  await fillNumber(page.getByLabel('Jumlah pesanan (pasang)'), '1.000');

  // Materials: one line in the upper, one in the bottom.
  await page.getByRole('button', { name: 'Tambah bahan · Atasan (upper)' }).click();
  const upper = page.locator('.bom-section', { has: page.locator('#h-sec-upper') }).locator('.bom-row').last();
  await upper.getByLabel('Nama bahan').fill('Kulit sapi');
  await fillNumber(upper.getByLabel('Kebutuhan bersih/pasang'), '2,4');
  await upper.getByLabel('Satuan', { exact: true }).selectOption('sq ft');
  await fillNumber(upper.getByLabel('Susut %'), '8');
  await fillNumber(upper.getByLabel('Harga satuan'), '38.000');
  assert.equal(await upper.locator('.cost output').textContent(), 'Rp98.496');

  await page.getByRole('button', { name: 'Tambah bahan · Bagian bawah (sol, insole)' }).click();
  const bottom = page.locator('.bom-section', { has: page.locator('#h-sec-bottom') }).locator('.bom-row').last();
  await bottom.getByLabel('Nama bahan').fill('Sol karet');
  await fillNumber(bottom.getByLabel('Kebutuhan bersih/pasang'), '1');
  await bottom.getByLabel('Satuan', { exact: true }).selectOption('pasang');
  await fillNumber(bottom.getByLabel('Harga satuan'), '15.000');
  assert.equal(await hpp(page).textContent(), 'Rp113.496');

  // Labour by operation (the default method) and overhead per month.
  await fillNumber(page.getByLabel('Upah bulanan per operator'), '4.800.000');
  await page.getByRole('button', { name: 'Tambah operasi' }).click();
  const op = page.locator('.op-row').last();
  await op.getByLabel('Operasi').fill('Jahit');
  await fillNumber(op.getByLabel('Menit standar'), '9');
  assert.equal(await page.locator('#cost-per-minute').textContent(), 'Rp571,43');
  await fillNumber(page.getByLabel('Overhead per bulan'), '45.000.000');
  await fillNumber(page.getByLabel('Produksi per bulan (pasang)'), '6.000');
  assert.equal(await hpp(page).textContent(), 'Rp126.139');

  // USD needs a rate: until there is one the summary says what is missing.
  assert.match(await page.locator('.issues').textContent(), /belum ada kurs IDR → USD/);
  await page.getByRole('button', { name: 'Tambah kurs' }).click();
  await fillNumber(page.locator('.rate-row').last().getByLabel('Kurs', { exact: true }), '16.244');
  assert.equal(await page.locator('#hpp-display').textContent(), '≈ USD 7,77');
  assert.equal(await page.locator('.issues').count(), 0);

  // A bad number in Indonesian: marked in place, the last valid figure stays.
  const waste = upper.getByLabel('Susut %');
  await waste.fill('12.5');
  assert.match(await upper.locator('.error').textContent(), /Angka ini tidak jelas/);
  assert.equal(await waste.getAttribute('aria-invalid'), 'true');
  assert.equal(await hpp(page).textContent(), 'Rp126.139');
  await fillNumber(waste, '8');

  // English: labels, number style and messages switch; the figures do not.
  await page.click('#lang-en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await hpp(page).textContent(), 'Rp126,139');
  assert.equal(await page.locator('#hpp-display').textContent(), '≈ USD 7.77');
  const price = upper.getByLabel('Unit price');
  assert.equal(await price.inputValue(), '38,000');
  await price.fill('38,000.5x');
  assert.match(await upper.locator('.error').textContent(), /“x” is not part of a number/);
  assert.equal(await price.inputValue(), '38,000.5x', 'what the user typed stays on screen');
  assert.equal(await hpp(page).textContent(), 'Rp126,139');

  // Reload: the sheet (last valid values) and the language come back.
  await page.reload();
  await hpp(page).waitFor();
  assert.equal(await hpp(page).textContent(), 'Rp126,139');
  assert.equal(await page.getByLabel('Article name').inputValue(), 'Sandal uji');
  assert.deepEqual(errors, []);
  await context.close();
});

test('works on a 390-px phone without horizontal scrolling', async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(app.url);
  await hpp(page).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
  // The sticky bar keeps the cost per pair in view while editing; the quoted price follows the
  // first figure (it comes with the quote's code, `ui::lazy::Part::Price`).
  assert.equal(await page.locator('.hpp-bar strong').first().textContent(), 'Rp162.566');
  await page.locator('#bar-price').waitFor();
  assert.equal(await page.locator('.hpp-bar strong').nth(1).textContent(), 'USD 11,48');
  assert.ok(await page.locator('.hpp-bar').isVisible());
  await context.close();
});
