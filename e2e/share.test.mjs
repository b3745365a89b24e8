// End-to-end: the buyer link. Made in the editor, opened on a Korean phone: the quoted figures,
// in Korean and then Spanish, no cost figure anywhere, no request beyond the app's own files,
// an "expired" banner (the example is dated 2025-07-29, valid 30 days); a damaged link shows no
// prices. And the worksheet link, which carries the costs, opens only when the user agrees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fillNumber, openEditor, useApp, worksheetLink } from './harness.mjs';

const app = useApp();

test('a buyer opens the link on a phone in Korean and sees exactly the quoted figures', async () => {
  const { context: maker, page } = await openEditor(app);
  await page.click('#tab-quote');
  const link = await page.locator('#buyer-link').inputValue();
  assert.ok(link.length <= 600, `buyer link is ${link.length} characters`);
  assert.match(await page.locator('#buyer-link-info').textContent(), /QR versi \d+/);
  await maker.close();

  const phone = await app.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ko-KR', isMobile: true });
  const buyer = await phone.newPage();
  const errors = [];
  const foreign = [];
  buyer.on('pageerror', (e) => errors.push(e.message));
  buyer.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) errors.push(m.text()); });
  buyer.on('request', (r) => { if (!r.url().startsWith(app.url)) foreign.push(r.url()); });
  await buyer.goto(link);
  const prices = buyer.locator('#buyer-prices');
  await prices.waitFor();
  assert.equal(await buyer.getAttribute('html', 'lang'), 'ko');
  // 2.000 × 12,01 = 24.020,00; 3.250 × 11,48 = 37.310,00; 5.000 × 11,26 = 56.300,00
  const rows = await prices.locator('tbody tr').allTextContents();
  assert.deepEqual(rows, ['2,00012.0124,020.00', '3,25011.4837,310.00', '5,00011.2656,300.00']);
  assert.match(await prices.textContent(), /켤레당 단가/);
  assert.match(await buyer.locator('#expired').textContent(), /유효 기한이 지났습니다/);
  const overflow = await buyer.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `buyer view is ${overflow}px wider than the phone`);

  await buyer.getByRole('button', { name: 'Español' }).click();
  // (Spanish's texts are fetched on first choice, then the page is rebuilt in them.)
  await buyer.waitForFunction(() => document.documentElement.lang === 'es');
  assert.deepEqual(await prices.locator('tbody tr').allTextContents(), ['2.00012,0124.020,00', '3.25011,4837.310,00', '5.00011,2656.300,00']);
  assert.match(await buyer.locator('#reply-whatsapp').getAttribute('href'), /^https:\/\/wa\.me\/6281200000000\?text=Sobre%20la%20cotizaci%C3%B3n%20Q-2025-031/);

  const page_text = await buyer.locator('body').textContent();
  for (const secret of ['Rp', 'HPP', 'Kulit sapi', 'JISDOR', '16.244', '16,244', 'Mikrofiber', 'Ocean freight']) {
    assert.ok(!page_text.includes(secret), `the buyer view must not show "${secret}"`);
  }
  assert.deepEqual(foreign, [], 'opening a link makes no request beyond the app itself');

  // A link cut short by a chat app, pasted into the same tab (no reload: issue 27 #14, the old
  // quotation stayed): no figures, a clear message.
  await buyer.evaluate((hash) => { location.hash = hash; }, new URL(link.slice(0, -12)).hash);
  await buyer.locator('#link-error').waitFor();
  assert.match(await buyer.locator('#link-error').textContent(), /손상되었거나 변경/);
  assert.equal(await buyer.locator('#buyer-prices').count(), 0);
  assert.deepEqual(errors, []);
  await phone.close();
});

test('the worksheet link asks before copying and before replacing the open sheet', async () => {
  const ctx = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await ctx.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.accept(); });
  await page.goto(app.url);
  await page.locator('#hpp-per-pair').waitFor();
  await page.getByLabel('Nama artikel').fill('Sandal Busan');
  await page.click('#tab-quote');
  await page.click('#copy-worksheet');
  assert.match(dialogs.at(-1), /struktur biaya lengkap/);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#w=/);

  const other = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const colleague = await other.newPage();
  await colleague.goto(link);
  const banner = colleague.locator('#incoming-worksheet');
  await banner.waitFor();
  assert.match(await banner.textContent(), /Sandal Busan/);
  assert.equal(await colleague.getByLabel('Nama artikel').inputValue(), 'Sneaker kasual kulit (contoh)', 'nothing replaced before the user agrees');
  await banner.getByRole('button', { name: 'Buka sebagai lembar baru' }).click();
  assert.equal(await colleague.getByLabel('Nama artikel').inputValue(), 'Sandal Busan');
  await other.close();
  await ctx.close();
});

test('a worksheet link with hostile values is refused field by field and the page stays alive', async () => {
  const ctx = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => d.accept());
  await page.goto(app.url);
  await page.locator('#hpp-per-pair').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-file')]);
  const doc = JSON.parse(await readFile(await download.path(), 'utf8'));
  doc.materials[2].net_consumption = '-2.4';
  doc.materials[0].unit_price = '1' + '0'.repeat(20);
  doc.shipping.carton.pairs_per_carton = 0;
  doc.terms.commission_pct = '-5';

  await page.goto(worksheetLink(app.url, JSON.stringify(doc)));
  await page.reload();
  const refused = page.locator('#incoming-refused');
  await refused.waitFor();
  assert.match(await refused.textContent(), /Bahan baku, baris 3 · Kebutuhan bersih\/pasang: Tidak boleh negatif\./);
  assert.match(await refused.textContent(), /Bahan baku, baris 1 · Harga satuan: Paling besar 1\.000\.000\.000\.000\./);
  assert.match(await refused.textContent(), /Komisi broker\/agen \(%\): Tidak boleh negatif\./);
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp162.566', 'the open sheet is unchanged');
  // Still alive: an edit recomputes.
  await page.locator('[id^="mat-"][id$="-net"]').first().fill('1,7');
  await page.locator('[id^="mat-"][id$="-net"]').first().blur();
  assert.notEqual(await page.locator('#hpp-per-pair').textContent(), 'Rp162.566');
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('on the maker own computer the panel says a buyer could not open the link, and builds it on the published address', async () => {
  const { context, page, errors } = await openEditor(app);
  await page.click('#tab-quote');
  assert.match(await page.locator('#page-unreachable').textContent(), /komputer Anda sendiri \(localhost\)/);
  assert.ok((await page.locator('#buyer-link').inputValue()).startsWith(`${app.url}#q=`));

  // Refused: the maker's own address, then a half-typed one. Nothing changes, and it says why.
  const field = page.locator('#published-address');
  await fillNumber(field, 'http://127.0.0.1:8080/');
  assert.match(await page.locator('#published-error').textContent(), /hanya ada di komputer Anda/);
  await fillNumber(field, 'ikm-mojokerto.github.io/tapak');
  assert.match(await page.locator('#published-error').textContent(), /diawali https:\/\//);
  assert.ok((await page.locator('#buyer-link').inputValue()).startsWith(`${app.url}#q=`));
  assert.equal(await page.evaluate(() => localStorage.getItem('tapak.published')), null);

  // Accepted: links and the QR code now open on the published Tapak, and it is remembered.
  await fillNumber(field, 'https://ikm-mojokerto.github.io/tapak');
  assert.equal(await page.locator('#published-error').count(), 0);
  const link = await page.locator('#buyer-link').inputValue();
  assert.ok(link.startsWith('https://ikm-mojokerto.github.io/tapak/#q='), link);
  assert.match(await page.locator('#links-on').textContent(), /https:\/\/ikm-mojokerto\.github\.io\/tapak\//);
  await page.reload();
  await page.click('#tab-quote');
  assert.ok((await page.locator('#buyer-link').inputValue()).startsWith('https://ikm-mojokerto.github.io/tapak/#q='));

  // A stored value that fails the check (edited by hand, or by another program) is not used,
  // and not overwritten either.
  await page.evaluate(() => localStorage.setItem('tapak.published', 'javascript:alert(1)'));
  await page.reload();
  await page.click('#tab-quote');
  assert.ok((await page.locator('#buyer-link').inputValue()).startsWith(`${app.url}#q=`));
  assert.equal(await page.evaluate(() => localStorage.getItem('tapak.published')), 'javascript:alert(1)');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the buyer page shows whatever the link carries as text, never as markup, and keeps focus on the chosen language', async () => {
  const { context: maker, page } = await openEditor(app);
  await page.click('#tab-quote');
  const notes = '<img src=x onerror="window.__owned=1"><b>bold</b> & "quoted"';
  await page.locator('#q-notes').fill(notes);
  await page.locator('#q-notes').blur();
  const link = await page.locator('#buyer-link').inputValue();
  await maker.close();

  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  const buyer = await context.newPage();
  const errors = [];
  buyer.on('pageerror', (e) => errors.push(e.message));
  await buyer.goto(link);
  await buyer.locator('#buyer-prices').waitFor();
  // Notes are the last row of the terms, in any language.
  const cell = buyer.locator('.qs-terms tbody tr').last().locator('td');
  assert.equal(await cell.textContent(), notes);
  assert.equal(await buyer.locator('.buyer img, .buyer b').count(), 0, 'no element was made from the text');
  assert.equal(await buyer.evaluate(() => window.__owned), undefined);

  // The page is rebuilt in the chosen language; the keyboard stays on that language's button.
  await buyer.getByRole('button', { name: 'Español' }).focus();
  await buyer.keyboard.press('Enter');
  // Spanish is fetched on first choice (texts-es.txt), then the page is rebuilt in it.
  await buyer.waitForFunction(() => document.documentElement.lang === 'es');
  await buyer.locator('.qs-h', { hasText: 'Cotización' }).waitFor();
  assert.equal(await buyer.evaluate(() => document.activeElement?.getAttribute('data-lang')), 'es');
  assert.equal(await buyer.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await cell.textContent(), notes);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a quotation past its date asks before it leaves and can renew its date; it goes by the share sheet or WhatsApp', async () => {
  // The example is dated 29/07/2025 for 30 days: valid until 28/08/2025, long past.
  const { context, page, errors } = await openEditor(app, { permissions: ['clipboard-read', 'clipboard-write'] });
  // A phone's share sheet, as a browser that has one offers it.
  await page.addInitScript(() => { navigator.share = (data) => { window.__shared = data; return Promise.resolve(); }; });
  await page.reload();
  await page.locator('#hpp-per-pair').waitFor();
  await page.click('#guide-skip').catch(() => {});
  await page.click('#tab-quote');
  const warning = page.locator('#expired-warning');
  await warning.waitFor();
  assert.match(await warning.textContent(), /berlaku s\.d\. 28\/08\/2025/);
  // WhatsApp carries the quotation's number and the link, in English (the trade's language).
  const wa = await page.locator('#send-whatsapp').getAttribute('href');
  assert.ok(wa.startsWith('https://wa.me/?text=Quotation%20Q-2025-031%20%C2%B7%20Sneaker'), wa);

  // Copy: the panel asks first (the tap that answers is the one that sends). As it is: the link
  // keeps the old date, and the buyer sees it expired.
  await page.click('#copy-link');
  const ask = page.locator('#renew-ask');
  assert.match(await ask.textContent(), /28\/08\/2025/);
  await page.click('#send-as-is');
  assert.equal(await ask.count(), 0);
  const old = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(old, await page.locator('#buyer-link').inputValue());
  assert.equal(await page.locator('#q-date').inputValue(), '29/07/2025');
  // The share sheet, renewing: the date becomes today and the link sent carries it.
  await page.click('#send-link');
  await page.click('#renew-and-send');
  await page.waitForFunction(() => window.__shared);
  const shared = await page.evaluate(() => window.__shared);
  assert.equal(shared.title, 'Quotation Q-2025-031 · Sneaker kasual kulit (contoh)');
  assert.notEqual(shared.url, old);
  const today = await page.evaluate(() => { const t = new Date(); return `${String(t.getDate()).padStart(2, '0')}/${String(t.getMonth() + 1).padStart(2, '0')}/${t.getFullYear()}`; });
  assert.equal(await page.locator('#q-date').inputValue(), today);
  assert.equal(await warning.count(), 0, 'a renewed quotation has no warning');
  assert.equal(await page.locator('#buyer-link').inputValue(), shared.url, 'what was sent is what the panel shows');
  // A quotation within its date goes at once.
  await page.click('#copy-link');
  assert.equal(await ask.count(), 0);

  const buyer = await context.newPage();
  await buyer.goto(old);
  await buyer.locator('#buyer-prices').waitFor();
  assert.equal(await buyer.locator('#expired').count(), 1);
  await buyer.goto('about:blank');
  await buyer.goto(shared.url);
  await buyer.locator('#buyer-prices').waitFor();
  assert.equal(await buyer.locator('#expired').count(), 0, 'the renewed link is valid');
  assert.deepEqual(errors, []);
  await context.close();
});
