// End-to-end: a quotation of three articles (issue 14). A colourway made on the sneaker's sheet,
// then one quotation of the sneaker, its black colourway and the sandal, priced FOB and CIF,
// rounded up to USD 0,05, its shipment shared by m³; its buyer link on a Korean phone; its A4
// page; its proforma invoice with a 30 % deposit. The figures are worked in tests/it/quotation.rs
// (`the_worked_busan_order_prices_three_articles_in_one_container`) and by the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { useApp, openEditor, fillNumber, fillField } from './harness.mjs';
import jsQR from 'jsqr';
import pngjs from 'pngjs';

const { PNG } = pngjs;

const app = useApp();
const fixture = new URL('./fixtures/busan-and-sandal.backup.json', import.meta.url);
const shots = new URL('../test-results/', import.meta.url);

/** The editor with a new quotation of the open sheet on screen, the guide skipped. */
/** The tab's storage fills up: every write throws QuotaExceededError until `window.__full` is
 *  set back to false (room again). */
async function fillStorage(tab) {
  await tab.evaluate(() => {
    const write = Storage.prototype.setItem;
    window.__full = true;
    Storage.prototype.setItem = function (k, v) {
      if (window.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return write.call(this, k, v);
    };
  });
}

async function newQuotation(options) {
  const opened = await openEditor(app, options);
  await opened.page.click('#guide-skip');
  await opened.page.click('#tab-quote');
  await opened.page.click('#new-quotation');
  await opened.page.locator('#quotation-editor').waitFor();
  return opened;
}

test('three articles, one a colourway, FOB and CIF up to 0,05; a Korean phone; one A4 page; a PI', async () => {
  await mkdir(shots, { recursive: true });
  const { context, page, errors, dialogs } = await openEditor(app);
  await page.click('#guide-skip');
  // The library: the Busan sneaker and the sandal, from a backup.
  await page.click('#library-button');
  await page.setInputFiles('#import-backup', { name: 'backup.json', mimeType: 'application/json', buffer: await readFile(fixture) });
  await page.locator('.notice.ok', { hasText: 'Diimpor: 2 lembar' }).waitFor();
  await page.locator('.library-list li[data-name="Sneaker kulit Busan"]').getByRole('button', { name: 'Buka' }).click();
  await page.locator('#hpp-per-pair', { hasText: 'Rp162.566' }).waitFor();

  // A black colourway: upper leather Rp41.000 a square foot instead of 38.000, sole CNY 10,20
  // instead of 9,50. (1,6 × 1,08 × 3.000 + 1,02 × 0,70 × 2.265 = Rp6.801,21 more a pair.)
  const card = page.locator('#colourways');
  await card.locator('summary').click();
  await page.click('#add-colourway');
  const way = card.locator('.colourway').first();
  await way.locator('input[id$="-name"]').fill('Hitam / Black');
  await way.locator('input[id$="-name"]').blur();
  await way.locator('input[id$="-code"]').fill('TPK-SN01-BLK');
  await way.locator('input[id$="-code"]').blur();
  await way.locator('button[id$="-add-change"]').click();
  await fillNumber(way.locator('input[id*="-price-0"]'), '41.000');
  await way.locator('button[id$="-add-change"]').click();
  await way.locator('select[id*="-line-1"]').selectOption({ label: 'Sol karet (impor)' });
  await fillNumber(way.locator('input[id*="-price-1"]'), '10,20');
  // Rp162.566 + 6.801 (its one-off costs are still spread over the sheet's own 3.250 pairs).
  assert.match(await way.locator('[id$="-cost"]').textContent(), /Rp169\.367/);

  // The quotation, from this sheet: three lines.
  await page.click('#tab-quote');
  await page.click('#new-quotation');
  await fillNumber(page.locator('#ql-1-pairs'), '1.500');
  await page.click('#add-quote-line');
  await page.locator('#ql-2-variant').selectOption({ label: 'Hitam / Black' });
  await fillNumber(page.locator('#ql-2-pairs'), '1.000');
  await page.click('#add-quote-line');
  await page.locator('#ql-3-sheet').selectOption({ label: 'Sandal kasual EVA (contoh)' });
  await fillNumber(page.locator('#ql-3-pairs'), '750');
  await page.locator('#qn-term-2').selectOption({ label: 'CIF Busan' });
  await page.locator('#qn-key').selectOption({ label: 'dibagi per m³' });
  await fillNumber(page.locator('#qn-step'), '0,05');
  await page.locator('#qn-step-up').check();
  // The payment terms as a standard phrase (the buyer reads it in the buyer's language), and free
  // text typed in Indonesian is met with the hint to write it in English.
  await page.locator('#qn-pay-kind').selectOption({ index: 1 });
  await page.locator('#qn-payment').fill('');
  await page.locator('#qn-payment').blur();
  await fillNumber(page.locator('#qn-pay-n'), '30');
  await page.locator('#qn-remark-0').check();
  await page.locator('#qn-lead').fill('45 hari setelah sampel disetujui');
  await page.locator('#qn-lead').blur();
  await page.locator('.words .warn-text', { hasText: 'bahasa Inggris' }).waitFor();
  await page.locator('#qn-lead').fill('');
  await page.locator('#qn-lead').blur();
  await page.locator('#qn-lead-kind').selectOption({ index: 1 });

  // Each article's exact price and the quoted one, up to 0,05 (the exact stays the maker's).
  const prices = page.locator('#quotation-prices');
  const text = await prices.textContent();
  for (const seen of ['USD 11,7097 → USD 11,75', 'USD 12,0699 → USD 12,10', 'USD 12,1848 → USD 12,20', 'USD 12,5492 → USD 12,55', 'USD 5,0513 → USD 5,10', 'USD 5,2174 → USD 5,25']) {
    assert.ok(text.includes(seen), `${seen} in ${text}`);
  }
  // 1.500 × 11,75 + 1.000 × 12,20 + 750 × 5,10 = USD 33.650; CIF 34.637,50.
  assert.equal(await page.locator('#quotation-total-0').textContent(), 'USD 33.650,00');
  assert.equal(await page.locator('#quotation-total-1').textContent(), 'USD 34.637,50');
  // A further quantity of the sandal: 1.500 pairs (twice its 750), priced with the other
  // articles at their quantities: one more row (the sneaker has its sheet's 2.000 and 5.000),
  // the order's totals unchanged.
  await page.click('#ql-3-add-tier');
  assert.equal(await page.locator('#ql-3-tier-0').inputValue(), '1.500');
  await page.locator('#quotation-prices tbody tr', { hasText: '1.500' }).nth(1).waitFor();
  assert.equal(await page.locator('#quotation-prices tbody tr').count(), 6);
  assert.equal(await page.locator('#quotation-total-0').textContent(), 'USD 33.650,00');
  await page.click('#ql-3-tier-0-remove');
  await page.locator('#ql-3-tier-0').waitFor({ state: 'detached' });
  // The freight Rp14.619.600 shared by m³: 10,5 / 7,056 / 2,304 of 19,86 m³.
  assert.match(await page.locator('#quotation-shares').textContent(), /Rp14\.619\.600Rp7\.729\.396ƒRp5\.194\.154ƒRp1\.696\.050ƒ/);
  await page.locator('#quotation-editor').screenshot({ path: new URL('quotation-editor.png', shots).pathname });
  // On a phone the card stacks and nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(wide <= 0, `the quotation card is ${wide}px wider than the phone`);
  await page.locator('#quotation-editor').screenshot({ path: new URL('quotation-editor-390.png', shots).pathname });
  await page.setViewportSize({ width: 1280, height: 900 });

  // The buyer link on a Korean phone: every article at both terms, no cost.
  const link = await page.locator('#quotation-link').inputValue();
  // WhatsApp carries the quotation's title and its link.
  const wa = decodeURIComponent((await page.locator('#qn-whatsapp').getAttribute('href')).replace('https://wa.me/?text=', ''));
  assert.equal(wa, `Quotation Q-2025-031 · 3 artikel\n${link}`);
  assert.ok(link.length <= 1000, `${link.length} characters`);
  const phone = await app.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ko-KR', isMobile: true });
  const buyer = await phone.newPage();
  await buyer.goto(link);
  const table = buyer.locator('#buyer-prices');
  await table.waitFor();
  assert.equal(await buyer.getAttribute('html', 'lang'), 'ko');
  const rows = await table.locator('tbody tr').allTextContents();
  assert.ok(rows.includes('1,50011.7512.10'), rows.join(' | '));
  assert.ok(rows.some((r) => r.startsWith('Sneaker kulit Busan — Hitam / Black')), rows.join(' | '));
  assert.ok(rows.includes('1,00012.2012.55'), rows.join(' | '));
  assert.ok(rows.includes('7505.105.25'), rows.join(' | '));
  assert.match(await table.locator('tfoot').textContent(), /주문 합계 · 3,250 켤레33,650\.0034,637\.50/);
  // The phrases in Korean: 30 % deposit, balance before shipment; 45 days after deposit and
  // sample approval; Incoterms® 2020.
  const terms = await buyer.locator('.qs-terms').textContent();
  for (const seen of ['T/T 선금 30 %, 잔금은 선적 전 지급', '선금 입금 및 샘플 승인 후 45일', '인도 조건은 Incoterms® 2020에 따름.']) {
    assert.ok(terms.includes(seen), `${seen} in ${terms}`);
  }
  const seen = await buyer.locator('body').textContent();
  for (const secret of ['Rp', '11.7097', '11,7097', 'JISDOR', 'Kulit sapi']) {
    assert.ok(!seen.includes(secret), `the buyer must not see “${secret}”`);
  }
  const overflow = await buyer.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the buyer's page is ${overflow}px wider than the phone`);
  await buyer.screenshot({ path: new URL('quotation-buyer-ko-390.png', shots).pathname, fullPage: true });
  await phone.close();

  // The A4 page: the buyer's page itself, three articles on one sheet of paper.
  await page.evaluate(() => document.body.setAttribute('data-printing', 'quotation'));
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.quotation-print .quote-sheet');
  assert.equal(await sheet.locator('.qs-art').count(), 3);
  await page.screenshot({ path: new URL('quotation-a4.png', shots).pathname, fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  await writeFile(new URL('quotation.pdf', shots), pdf);
  assert.equal(pages, 1, `the quotation prints on ${pages} pages`);
  // Its QR code, printed with each module 4 dots of a 300-dpi printer (about 4 cm), read back at
  // 300 dpi with the ink's spread (a 3 × 3 blur): it gives the buyer link exactly. (A camera on
  // paper was not available here.)
  // (The printed picture drawn at 300 dpi: its size on paper, in a page of 300 / 96 device pixels
  // to the CSS pixel.)
  const src = await sheet.locator('.qs-qr img').getAttribute('src');
  const size = await sheet.locator('.qs-qr img').evaluate((img) => getComputedStyle(img).width);
  const printer = await app.browser.newContext({ deviceScaleFactor: 300 / 96 });
  const paper = await printer.newPage();
  await paper.setContent(`<img src="${src.replace(/"/g, '&quot;')}" style="width:${size};height:${size};display:block">`);
  const shot = await paper.locator('img').screenshot();
  await writeFile(new URL('quotation-qr-300dpi.png', shots), shot);
  const qr = PNG.sync.read(shot);
  await printer.close();
  const mm = parseFloat(size) / 96 * 25.4;
  assert.ok(mm > 30 && mm < 45, `the QR code prints ${mm.toFixed(1)} mm wide`);
  const blurred = new Uint8ClampedArray(qr.data.length);
  for (let y = 0; y < qr.height; y++) {
    for (let x = 0; x < qr.width; x++) {
      let sum = 0, n = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
        const xx = x + dx, yy = y + dy;
        if (xx >= 0 && yy >= 0 && xx < qr.width && yy < qr.height) { sum += qr.data[(yy * qr.width + xx) * 4]; n++; }
      }
      const i = (y * qr.width + x) * 4;
      blurred[i] = blurred[i + 1] = blurred[i + 2] = sum / n;
      blurred[i + 3] = 255;
    }
  }
  const read = jsQR(blurred, qr.width, qr.height);
  assert.equal(read?.data, link, `the printed QR (${qr.width} px at 300 dpi) reads back as the link`);
  await page.emulateMedia({ media: 'screen' });

  // The proforma invoice: 30 % deposit of USD 33.650,00 = 10.095,00; balance 23.555,00. The
  // deposit comes from the payment phrase (30 %).
  assert.equal(await page.locator('#pi-deposit').inputValue(), '30');
  await page.click('#print-pi');
  const pi = page.locator('.quotation-print .proforma');
  await pi.waitFor({ state: 'attached' });
  assert.match(await pi.locator('#pi-total').textContent(), /33\.650,00$/);
  assert.match(await pi.locator('#pi-deposit-amount').textContent(), /Uang muka \(30 %\)10\.095,00$/);
  assert.match(await pi.locator('#pi-balance').textContent(), /23\.555,00$/);
  assert.equal(await pi.locator('.qs-art').count(), 3);
  // (The print button's own print has run once the page is marked no longer printing.)
  await page.waitForFunction(() => !document.body.hasAttribute('data-printing'));
  await page.evaluate(() => document.body.setAttribute('data-printing', 'pi'));
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: new URL('proforma-print.png', shots).pathname, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => document.body.removeAttribute('data-printing'));
  // Its own frozen link: the buyer opens the PI, in Spanish here, with the same figures.
  const piLink = await page.locator('#pi-link').inputValue();
  const es = await app.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'es-MX', isMobile: true });
  const piPage = await es.newPage();
  await piPage.goto(piLink);
  await piPage.locator('.proforma #pi-balance').waitFor();
  assert.match(await piPage.locator('.qs-h').textContent(), /Factura proforma/);
  assert.match(await piPage.locator('#pi-deposit-amount').textContent(), /Anticipo \(30 %\)10\.095,00$/);
  assert.match(await piPage.locator('#pi-balance').textContent(), /Saldo23\.555,00$/);
  await piPage.screenshot({ path: new URL('proforma-buyer-es-390.png', shots).pathname, fullPage: true });
  await es.close();

  // Deleting a sheet the quotation uses asks first (and can still be undone).
  // (The library panel is still open from the import.)
  if (!(await page.locator('.library-list').first().isVisible())) await page.click('#library-button');
  await page.locator('.library-list li[data-name="Sandal kasual EVA (contoh)"]').getByRole('button', { name: /^Hapus/ }).click();
  await page.locator('#undo-delete').waitFor();
  assert.ok(dialogs.some((m) => m.startsWith('Lembar ini dipakai di 1 penawaran')), dialogs.join(' | '));
  assert.deepEqual(errors, []);
  await context.close();
});

test("two tabs on one quotation: the later save is refused, and the other tab's version can be taken", async () => {
  const { context, page, errors } = await openEditor(app);
  await page.click('#guide-skip');
  await page.click('#library-button');
  await page.setInputFiles('#import-backup', { name: 'backup.json', mimeType: 'application/json', buffer: await readFile(fixture) });
  await page.locator('.notice.ok', { hasText: 'Diimpor: 2 lembar' }).waitFor();
  await page.click('#tab-quote');
  await page.click('#new-quotation');
  await page.locator('#qn-number').fill('Q-TAB-A');
  await page.locator('#qn-number').blur();
  // A second tab opens the same quotation and changes it.
  const other = await context.newPage();
  await other.goto(app.url);
  await other.locator('#hpp-per-pair').waitFor();
  if (await other.locator('#guide-skip').isVisible()) await other.click('#guide-skip');
  await other.click('#tab-quote');
  await other.locator('.open-quotation', { hasText: 'Q-TAB-A' }).click();
  await other.locator('#qn-number').fill('Q-TAB-B');
  await other.locator('#qn-number').blur();
  await other.locator('.open-quotation', { hasText: 'Q-TAB-B' }).waitFor();
  // This tab's next change is refused, and says so; nothing of the other tab's is lost.
  await fillNumber(page.locator('#ql-1-pairs'), '999');
  await page.locator('#quotation-editor .notice[role=alert]').waitFor();
  await page.click('#qn-take-theirs');
  assert.equal(await page.locator('#qn-number').inputValue(), 'Q-TAB-B');
  assert.equal(await page.locator('#quotation-editor .notice[role=alert]').count(), 0);
  // And this tab saves again from there.
  await fillNumber(page.locator('#ql-1-pairs'), '999');
  assert.equal(await page.locator('#quotation-editor .notice[role=alert]').count(), 0);
  await other.reload();
  await other.locator('#hpp-per-pair').waitFor();
  await other.click('#tab-quote');
  await other.locator('.open-quotation', { hasText: 'Q-TAB-B' }).click();
  assert.equal(await other.locator('#ql-1-pairs').inputValue(), '999');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the company profile: entered once, put over a quotation, its logo on the print only; a logo too large is refused', async () => {
  const { context, page, errors } = await openEditor(app);
  await page.click('#guide-skip');
  await page.click('#tab-quote');
  await page.locator('#company-profile summary').click();
  await page.locator('#pf-name').fill('CV Tapak Jaya');
  await page.locator('#pf-name').blur();
  await page.locator('#pf-bank').fill('Bank Jatim · SWIFT PDJTIDJ1');
  await page.locator('#pf-bank').blur();
  await page.locator('#pf-pay-kind').selectOption({ index: 3 });
  // A 1 × 1 PNG as the logo; then a picture too large, refused with the reason, the logo kept.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  await page.setInputFiles('#pf-logo', { name: 'logo.png', mimeType: 'image/png', buffer: png });
  await page.locator('#company-profile .logo-preview').waitFor();
  await page.setInputFiles('#pf-logo', { name: 'big.png', mimeType: 'image/png', buffer: Buffer.alloc(90_000, 1) });
  await page.locator('#pf-error', { hasText: '75 KB' }).waitFor();
  assert.equal(await page.locator('#company-profile .logo-preview').count(), 1);
  await page.locator('#company-profile').screenshot({ path: new URL('company-profile.png', shots).pathname });
  // A new quotation of the example sheet, then the profile's words over it.
  await page.click('#new-quotation');
  await page.click('#qn-from-profile');
  assert.equal(await page.locator('#qn-pay-kind').evaluate((s) => s.selectedIndex), 3);
  await page.locator('#quotation-link').waitFor();
  // The print has the logo and the profile's exporter; the buyer's page has no picture.
  await page.evaluate(() => document.body.setAttribute('data-printing', 'quotation'));
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.quotation-print .quote-sheet');
  await sheet.locator('.qs-logo').waitFor({ state: 'attached' });
  assert.match(await sheet.locator('.qs-exporter').textContent(), /CV Tapak Jaya/);
  await page.screenshot({ path: new URL('quotation-a4-logo.png', shots).pathname });
  await page.emulateMedia({ media: 'screen' });
  const link = await page.locator('#quotation-link').inputValue();
  const buyer = await context.newPage();
  await buyer.goto(link);
  await buyer.locator('#buyer-prices').waitFor();
  assert.equal(await buyer.locator('img').count(), 0);
  assert.match(await buyer.locator('.qs-terms').textContent(), /T\/T 100 % in advance/);
  // The profile is kept: a reload shows it.
  await page.reload();
  await page.locator('#hpp-per-pair').waitFor();
  await page.click('#tab-quote');
  await page.locator('#company-profile summary').click();
  assert.equal(await page.locator('#pf-name').inputValue(), 'CV Tapak Jaya');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a line of 0 pairs holds the quotation and says which; a stored quotation that fails its checks is said, kept and not opened', async () => {
  const { context, page, errors } = await newQuotation();
  await page.locator('#quotation-link').waitFor();
  // A second article, no pairs yet: not priced, not counted, and named (issue 27 #7).
  await page.click('#add-quote-line');
  await page.locator('#quotation-issues', { hasText: '2 · Sneaker kasual kulit (contoh): isi jumlah pasangnya (paling sedikit 1)' }).waitFor();
  assert.equal(await page.locator('#quotation-link').count(), 0);
  await fillNumber(page.locator('#ql-2-pairs'), '0');
  assert.equal(await page.locator('#quotation-link').count(), 0, 'a typed 0 is no order either');
  await fillNumber(page.locator('#ql-2-pairs'), '500');
  await page.locator('#quotation-link').waitFor();
  // A refused entry holds the link and the prints, and says which field (issue 27 #9).
  await fillNumber(page.locator('#ql-2-pairs'), '-5');
  await page.locator('#quotation-held', { hasText: 'Jumlah pesanan' }).waitFor();
  assert.equal(await page.locator('#quotation-link').count(), 0);
  assert.equal(await page.locator('#print-quotation').count(), 0);
  await fillNumber(page.locator('#ql-2-pairs'), '500');
  await page.locator('#quotation-link').waitFor();

  // Four terms written into storage by hand: the quotation is not opened, the card says why,
  // and the stored text is left as it was (issue 27 #13).
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('tapak.quotation.')));
  const bad = await page.evaluate((key) => {
    const q = JSON.parse(localStorage.getItem(key));
    q.terms = ['EXW', 'FOB', 'CFR', 'CIF'];
    localStorage.setItem(key, JSON.stringify(q));
    return localStorage.getItem(key);
  }, key);
  await page.reload();
  await page.locator('#hpp-per-pair').waitFor();
  await page.click('#tab-quote');
  const id = key.slice('tapak.quotation.'.length);
  const notice = page.locator(`#quotation-unreadable-${id}`);
  await notice.waitFor();
  assert.match(await notice.textContent(), /tidak bisa dibaca/);
  assert.equal(await page.locator('.open-quotation').count(), 0);
  await page.waitForTimeout(600);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), key), bad, 'never overwritten');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with storage full, the profile and a quotation keep what was typed, say so, and save once there is room', async () => {
  const { context, page, errors } = await newQuotation();
  // The browser's storage fills up (issue 27 #3).
  await fillStorage(page);
  await page.locator('#company-profile summary').click();
  await fillField(page.locator('#pf-name'), 'CV Penuh Jaya');
  await page.locator('#pf-error').waitFor();
  assert.equal(await page.locator('#pf-name').inputValue(), 'CV Penuh Jaya', 'the typed name stays on the page');
  await fillField(page.locator('#qn-buyer'), 'Jeddah Shoes LLC');
  await page.locator('#qn-save-again').waitFor();
  assert.equal(await page.locator('#qn-buyer').inputValue(), 'Jeddah Shoes LLC');
  // The PI's consignee, typed while storage is full, stays too, and is saved with the rest.
  await fillField(page.locator('#pi-consignee'), 'Jeddah Port Agent');
  assert.equal(await page.locator('#pi-consignee').inputValue(), 'Jeddah Port Agent');
  assert.equal(await page.locator('#quotation-editor .notice[role=alert]').count(), 1, 'the notice is said once');
  const stored = () => page.evaluate(() => Object.keys(localStorage).filter((k) => /^tapak\.(quotation|profile)/.test(k)).map((k) => localStorage.getItem(k)).join('\n'));
  assert.ok(!(await stored()).includes('Jeddah Shoes') && !(await stored()).includes('CV Penuh'));
  // Room again: "Try again" saves both, and the notices go.
  await page.evaluate(() => { window.__full = false; });
  await page.click('#pf-save-again');
  await page.click('#qn-save-again');
  assert.equal(await page.locator('#pf-error').count(), 0);
  assert.equal(await page.locator('#qn-save-again').count(), 0);
  assert.ok((await stored()).includes('Jeddah Shoes') && (await stored()).includes('CV Penuh Jaya'));
  assert.ok((await stored()).includes('Jeddah Port Agent'));
  assert.deepEqual(errors, []);
  await context.close();
});

test("two tabs on one quotation: this tab's version is held, kept as a copy on request or when the tab closes, never dropped", async () => {
  const { context, page, errors } = await newQuotation();
  await fillField(page.locator('#qn-number'), 'Q-TWO');
  const open = async () => {
    const other = await context.newPage();
    await other.goto(app.url);
    await other.locator('#hpp-per-pair').waitFor();
    if (await other.locator('#guide-skip').isVisible()) await other.click('#guide-skip');
    await other.click('#tab-quote');
    return other;
  };
  // Every stored quotation as "number:pairs of its first line", as a tab reads them.
  const stored = (tab = page) => tab.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tapak.quotation.'))
    .map((k) => JSON.parse(localStorage.getItem(k))).map((q) => `${q.details.number}:${q.lines[0].pairs}`).sort());
  // B opens it and changes the pairs: 900.
  const b = await open();
  await b.locator('.open-quotation', { hasText: 'Q-TWO' }).click();
  await fillNumber(b.locator('#ql-1-pairs'), '900');
  // A changes it too: refused, said as a quotation's conflict, its link held (issue 27 #4).
  await fillNumber(page.locator('#ql-1-pairs'), '1.200');
  await page.locator('#qn-keep-mine').waitFor();
  assert.match(await page.locator('#quotation-editor .notice[role=alert]').textContent(), /Penawaran ini diubah di tab lain/);
  assert.equal(await page.locator('#quotation-link').count(), 0, "a version no one kept is not sent");
  // A keeps its own as a copy: both versions are kept.
  await page.click('#qn-keep-mine');
  await page.locator('#quotation-link').waitFor();
  assert.equal(await page.locator('#qn-number').inputValue(), 'Q-TWO (salinan)');
  assert.deepEqual(await stored(), ['Q-TWO (salinan):1200', 'Q-TWO:900']);
  // A reopens the original; B changes it, then A, and A's tab closes without choosing: A's
  // version is kept as a copy all the same, as an open sheet's would be.
  await page.locator('.open-quotation', { hasText: 'Q-TWO ·' }).first().click();
  await page.locator('#qn-number', { hasText: '' }).waitFor();
  await fillNumber(b.locator('#ql-1-pairs'), '800');
  await fillNumber(page.locator('#ql-1-pairs'), '700');
  await page.locator('#qn-keep-mine').waitFor();
  await page.close({ runBeforeUnload: true });
  assert.deepEqual(await stored(b), ['Q-TWO (salinan):1200', 'Q-TWO (salinan):700', 'Q-TWO:800']);
  assert.deepEqual(errors, []);
  await context.close();
});

test("two tabs on the company profile: an idle tab follows the other's changes; a change that meets another is shown side by side and waits for the user", async () => {
  const { context, page, errors } = await openEditor(app);
  await page.click('#guide-skip');
  const open = async (tab) => {
    await tab.click('#tab-quote');
    await tab.locator('#company-profile summary').click();
  };
  await open(page);
  await fillField(page.locator('#pf-name'), 'CV Satu');
  const b = await context.newPage();
  await b.goto(app.url);
  await b.locator('#hpp-per-pair').waitFor();
  await open(b);
  assert.equal(await b.locator('#pf-name').inputValue(), 'CV Satu');
  // A changes the bank; B, with nothing unsaved, shows it at once.
  await fillField(page.locator('#pf-bank'), 'Bank Jatim');
  await b.waitForFunction(() => document.querySelector('#pf-bank').value === 'Bank Jatim');
  // B's storage is full when it renames the company: kept on the page, said.
  await fillStorage(b);
  await fillField(b.locator('#pf-name'), 'CV Dua');
  await b.locator('#pf-error').waitFor();
  // Meanwhile A changes the bank again; B, with an unsaved change, does not follow.
  await fillField(page.locator('#pf-bank'), 'Bank BNI');
  assert.equal(await b.locator('#pf-name').inputValue(), 'CV Dua');
  // Room again: B's "Try again" meets A's change. Both are shown, part by part; nothing is saved.
  await b.evaluate(() => { window.__full = false; });
  await b.click('#pf-save-again');
  await b.locator('#pf-conflict').waitFor();
  assert.match(await b.locator('#pf-conflict').textContent(), /Profil perusahaan diubah di tab lain/);
  const rows = await b.locator('#pf-differences tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent).join(' | ')));
  assert.deepEqual(rows, ['Nama | CV Satu | CV Dua', 'Rekening bank | Bank BNI | Bank Jatim']);
  await b.locator('#pf-conflict').screenshot({ path: new URL('profile-two-tabs.png', shots).pathname });
  await b.setViewportSize({ width: 390, height: 844 });
  await b.locator('#pf-conflict').screenshot({ path: new URL('profile-two-tabs-phone.png', shots).pathname });
  await b.setViewportSize({ width: 1280, height: 900 });
  const storedName = (tab) => tab.evaluate(() => JSON.parse(localStorage.getItem('tapak.profile')).exporter.name);
  assert.equal(await storedName(b), 'CV Satu');
  // "Load the other tab's version": B shows A's profile.
  await b.click('#pf-take-theirs');
  assert.equal(await b.locator('#pf-conflict').count(), 0);
  assert.equal(await b.locator('#pf-name').inputValue(), 'CV Satu');
  assert.equal(await b.locator('#pf-bank').inputValue(), 'Bank BNI');
  // Again, and this time "keep mine": saved over A's, which A, idle, then shows.
  await b.evaluate(() => { window.__full = true; });
  await fillField(b.locator('#pf-name'), 'CV Dua');
  await b.locator('#pf-error').waitFor();
  await fillField(page.locator('#pf-contact'), '+62 811');
  await b.evaluate(() => { window.__full = false; });
  await b.click('#pf-save-again');
  await b.locator('#pf-conflict').waitFor();
  await b.click('#pf-keep-mine');
  assert.equal(await b.locator('#pf-conflict').count(), 0);
  assert.equal(await storedName(page), 'CV Dua');
  await page.waitForFunction(() => document.querySelector('#pf-name').value === 'CV Dua');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a PI of three articles with a consignee, and a quotation of four articles at two terms, each print on one A4 page', async () => {
  await mkdir(shots, { recursive: true });
  const { context, page, errors } = await openEditor(app, { dialogs: (d) => d.dismiss() });
  await page.click('#guide-skip');
  await page.click('#tab-quote');
  await page.click('#quotation-example');
  await fillField(page.locator('#pi-consignee'), 'Busan Footwear Logistics Center Co., Ltd.');
  await fillField(page.locator('#pi-consignee-address'), '123 Jungang-daero, Jung-gu, Busan 48939, Republic of Korea');
  await fillField(page.locator('#pi-shipment'), 'Maret 2027');
  await page.evaluate(() => { window.print = () => {}; });
  const pages = async (button, what) => {
    await page.click(button);
    await page.waitForFunction(() => !document.body.hasAttribute('data-printing'));
    await page.evaluate((w) => document.body.setAttribute('data-printing', w), what);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(new URL(`${what}-one-page.pdf`, shots), pdf);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => document.body.removeAttribute('data-printing'));
    return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  };
  // (Issue 27 #15: the QR code went alone onto a second page.)
  assert.equal(await pages('#print-pi', 'pi'), 1, 'the PI prints on one page');
  await page.click('#add-quote-line');
  await fillNumber(page.locator('#ql-4-pairs'), '500');
  // Three terms: FOB, CFR and CIF as columns.
  await page.locator('#qn-term-1').selectOption({ label: 'CFR Busan' });
  await page.locator('#qn-term-2').selectOption({ label: 'CIF Busan' });
  assert.equal(await page.locator('#quotation-prices thead th').count(), 4);
  assert.equal(await pages('#print-quotation', 'quotation'), 1, 'four articles print on one page');
  assert.deepEqual(errors, []);
  await context.close();
});
