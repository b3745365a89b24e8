// End-to-end on a 390 × 844 phone, in Indonesian: nothing scrolls sideways or is cut off, the
// tabs and the price bar stay in reach, each step ends with a button to the next, cards fold to
// one line and the first that needs the user opens by itself, a sheet goes from empty to a buyer
// link with only those, and the first-visit guide keeps its controls and its card on screen and
// survives a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openEditor, fillNumber, fillField, unfold, unfoldAll } from './harness.mjs';

const app = useApp();
const PHONE = { viewport: { width: 390, height: 844 }, locale: 'id-ID' };

/** What sticks out to the right of the screen: the page's own width, and any table cell, with
 *  every folded card opened. */
async function overflow(page) {
  await page.waitForFunction(() => !document.querySelector('.part-loading'));
  await unfoldAll(page);
  return page.evaluate(() => {
    const width = window.innerWidth;
    const out = [];
    if (document.scrollingElement.scrollWidth > width) out.push(`page ${document.scrollingElement.scrollWidth} px wide`);
    for (const cell of document.querySelectorAll('th, td')) {
      const r = cell.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 1) out.push(`${cell.closest('table')?.id || cell.closest('section')?.getAttribute('aria-labelledby') || 'table'}: “${cell.textContent.trim().slice(0, 20)}” ends at ${Math.round(r.right)} px`);
    }
    return out;
  });
}

test('at 390 px no tab scrolls sideways or cuts off a table column', async () => {
  const { context, page, errors } = await openEditor(app, PHONE);
  await page.click('#guide-skip');
  const found = {};
  for (const tab of ['costing', 'export', 'quote', 'workshop']) {
    await page.click(`#tab-${tab}`);
    found[tab] = await overflow(page);
  }
  await page.click('#why-price');
  found.trail = await overflow(page);
  await page.click('#trail-close');
  await page.click('#library-button');
  found.library = await overflow(page);
  assert.deepEqual(found, { costing: [], export: [], quote: [], workshop: [], trail: [], library: [] });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the tabs and the price bar stay in reach; each step ends with a button to the next', async () => {
  const { context, page } = await openEditor(app, PHONE);
  await page.click('#guide-skip');
  // Far down the cost sheet, the tabs and the bar are still on screen.
  await page.locator('#h-oneoff').scrollIntoViewIfNeeded();
  const top = async (sel) => (await page.locator(sel).boundingBox()).y;
  assert.ok((await top('#tab-export')) >= 0 && (await top('#hpp-bar')) < 200, 'tabs and bar in view');
  await page.locator('#bar-price').waitFor();
  assert.match(await page.locator('#hpp-bar').textContent(), /HPP per pasang\s*Rp162\.566.*FOB\s*USD 11,48/);
  // Tapping the bar shows the whole summary, below the sticky bars.
  await page.click('#hpp-bar');
  await page.waitForFunction(() => {
    const h = document.getElementById('h-summary').getBoundingClientRect();
    const bar = document.querySelector('.sticky-top').getBoundingClientRect();
    return h.top >= bar.bottom - 1 && h.top < window.innerHeight / 2;
  });
  // The cost sheet ends with the way to step 2, and step 2 with the way to step 3.
  await page.click('#next-step');
  assert.equal(await page.locator('#tab-export').getAttribute('aria-selected'), 'true');
  await page.locator('#unit-price').waitFor();
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the next step starts at its top');
  assert.match(await page.locator('#next-step').textContent(), /Langkah berikutnya: 3 · Penawaran/);
  await page.click('#next-step');
  assert.equal(await page.locator('#tab-quote').getAttribute('aria-selected'), 'true');
  await page.locator('#buyer-link').waitFor();
  assert.equal(await page.locator('#next-step').count(), 0, 'the quotation is the last step: it ends with sharing');
  await context.close();
});

test('on a phone the guide keeps its buttons and its card on screen, and a reload resumes it', async () => {
  const { context, page } = await openEditor(app, PHONE);
  const guide = page.locator('#guide');
  await guide.waitFor();
  // A reload before the first "Berikutnya" keeps the guide too.
  await page.reload();
  await guide.waitFor();
  assert.match(await page.locator('#guide-title').textContent(), /Langkah 1\/7/);
  // Each step opens the card it points at, folded or not.
  await page.locator('#h-article-card:not(.folded)').waitFor();
  const onScreen = async () => {
    const next = await page.locator('#guide-next').boundingBox();
    return next.y >= 0 && next.y + next.height <= 844;
  };
  for (let step = 2; step <= 5; step++) {
    await page.click('#guide-next');
    assert.match(await page.locator('#guide-title').textContent(), new RegExp(`Langkah ${step}/7`));
    assert.ok(await onScreen(), `step ${step}: the guide's buttons are on screen`);
    await page.locator(`#${['h-rates', 'h-materials', 'h-labour', 'h-overhead'][step - 2]}-card:not(.folded)`).waitFor();
  }
  // The box is a slim bar (one line and the buttons), never more than an eighth of the screen.
  const bar = await guide.boundingBox();
  assert.ok(bar.height <= 844 / 8, `the guide's bar is ${bar.height} px tall`);
  assert.ok(bar.y + bar.height >= 843, 'it sits at the bottom of the screen');
  // A field that takes the focus under the bar is scrolled clear of it.
  const field = page.locator('#oh-month');
  await field.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - (window.innerHeight - 20)));
  await field.focus();
  await page.waitForFunction(() => {
    const f = document.activeElement.getBoundingClientRect();
    return f.bottom <= document.getElementById('guide').getBoundingClientRect().top;
  });
  // Its one line shows the step whole on a tap.
  await page.click('#guide-line');
  await page.locator('#guide-line.whole').waitFor();
  // Step 5 (overhead): its card's heading is below the sticky bars and above the guide's box.
  await page.waitForFunction(() => {
    const h = document.getElementById('h-overhead').getBoundingClientRect();
    const bar = document.querySelector('.sticky-top').getBoundingClientRect();
    const box = document.getElementById('guide').getBoundingClientRect();
    return h.top >= bar.bottom - 1 && h.bottom <= box.top;
  });
  await page.reload();
  await guide.waitFor();
  assert.match(await page.locator('#guide-title').textContent(), /Langkah 5\/7/, 'the guide resumes where it was');
  await page.click('#guide-next');
  assert.equal(await page.locator('#tab-export').getAttribute('aria-selected'), 'true');
  assert.ok(await onScreen());
  await page.click('#guide-skip');
  await page.reload();
  await page.locator('#hpp-per-pair').waitFor();
  assert.equal(await guide.count(), 0, 'a skipped guide stays away');
  await context.close();
});

test('on a wide screen the guide covers neither the tabs nor the card it points at', async () => {
  for (const width of [1280, 900]) {
    const { context, page } = await openEditor(app, { viewport: { width, height: 800 }, locale: 'id-ID' });
    await page.locator('#guide').waitFor();
    // Article → rates → materials → labour.
    await page.click('#guide-next');
    await page.click('#guide-next');
    await page.click('#guide-next');
    const placed = () => page.evaluate(() => {
      const box = document.getElementById('guide').getBoundingClientRect();
      const h = document.getElementById('h-labour').getBoundingClientRect();
      const tabs = document.querySelector('.tabs').getBoundingClientRect();
      const clear = (r) => r.bottom <= box.top + 1 || r.top >= box.bottom - 1;
      const ok = h.top >= -1 && h.bottom <= window.innerHeight && clear(h) && (tabs.bottom <= 1 || clear(tabs));
      return { ok, heading: [h.top, h.bottom], box: [box.top, box.bottom], tabs: [tabs.top, tabs.bottom], scrollY: window.scrollY };
    });
    let seen;
    for (let i = 0; i < 20 && !(seen = await placed()).ok; i++) await page.waitForTimeout(100);
    assert.ok(seen.ok, `at ${width} px: ${JSON.stringify(seen)}`);
    await context.close();
  }
});

/** Each card of the open tab: its heading, whether it is open, and its folded line. */
const cards = (page) => page.$$eval('.sheet > section.card', (all) => all.map((c) => [
  c.querySelector('h2').textContent, c.querySelector('.fold').getAttribute('aria-expanded') === 'true',
  c.querySelector('.fold-line').textContent]));

test('on a phone the cards fold to one line and the first that needs the user opens by itself; wide screens show every card', async () => {
  const { context, page } = await openEditor(app, PHONE);
  await page.locator('#h-article-card:not(.folded)').waitFor();
  await page.click('#guide-skip');
  await page.locator('#h-oneoff').waitFor();
  // The example needs nothing: every card is folded but the article, which the guide's first
  // step opened; each line says what the card holds and its result.
  assert.deepEqual(await cards(page), [
    ['Artikel', true, 'Sneaker kasual kulit (contoh) · 3.250 pasang · IDR'],
    ['Kurs', false, '3 kurs'],
    ['Bahan baku', false, '13 baris · Rp117.908 / pasang'],
    ['Tenaga kerja langsung', false, '7 operasi · Rp27.429 / pasang'],
    ['Overhead pabrik (BOP)', false, 'Rp7.500 / pasang'],
    ['Biaya sekali untuk pesanan ini', false, '3 biaya · Rp9.729 / pasang'],
  ]);
  // A folded card shows its heading row only; a tap anywhere on that row opens it.
  const heading = await page.locator('#h-materials').boundingBox();
  assert.ok(heading.height < 60, `a folded card is one row (${heading.height} px)`);
  assert.equal(await page.locator('#h-materials-card .bom-section').first().isVisible(), false);
  await page.mouse.click(heading.x + 10, heading.y + heading.height / 2);
  await page.locator('#h-materials-card .bom-section').first().waitFor();
  // English words the lines too.
  await page.click('#lang-en');
  assert.equal((await cards(page))[3][2], '7 operations · Rp27,429 / pair');
  // A new sheet opens its article; the rest say what they lack.
  await page.click('#new-sheet');
  await page.click('#lang-id');
  await page.locator('#h-oneoff').waitFor();
  assert.deepEqual(await cards(page), [
    ['Artikel', true, 'IDR · belum diisi'],
    ['Kurs', false, '0 kurs · belum diisi'],
    ['Bahan baku', false, '0 baris · belum diisi'],
    ['Tenaga kerja langsung', false, '0 operasi · belum diisi'],
    ['Overhead pabrik (BOP)', false, 'Rp0 / pasang · belum diisi'],
    ['Biaya sekali untuk pesanan ini', false, '0 biaya'],
  ]);
  await context.close();

  // At 1280 px nothing folds and there is no fold button to see.
  const wide = await openEditor(app, { viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
  await wide.page.click('#guide-skip');
  await wide.page.locator('#h-oneoff').waitFor();
  assert.equal(await wide.page.locator('.fold:visible').count(), 0);
  assert.ok(await wide.page.locator('#h-materials-card input[id$="-price"]').first().isVisible(), 'the materials are open on a wide screen');
  await wide.context.close();
});

test('on a phone, an empty sheet becomes a buyer link with only the next-step buttons and the folded cards: a provisional FOB before any export cost, then sample lines replaced', async () => {
  const { context, page, errors } = await openEditor(app, PHONE);
  await page.click('#guide-skip');
  await page.click('#new-sheet');
  await page.locator('#h-oneoff').waitFor();
  const tap = async (heading) => {
    // A tap on the folded card's heading row, where a thumb would land.
    const box = await page.locator(`#${heading}`).boundingBox();
    if (box.y < 150 || box.y > 800) await page.locator(`#${heading}`).scrollIntoViewIfNeeded();
    const at = await page.locator(`#${heading}`).boundingBox();
    await page.mouse.click(at.x + 5, at.y + at.height / 2);
    await page.locator(`#${heading}-card:not(.folded)`).waitFor();
  };

  // Step 1: the article is open by itself.
  await page.fill('#article-name', 'Sandal kulit Mojokerto');
  await page.locator('#article-name').blur();
  await fillNumber(page.locator('#article-pairs'), '2000');
  // The rates: 1 USD = 16.000 IDR (a new rate proposes USD → IDR).
  await tap('h-rates');
  await page.click('#h-rates-card button.add');
  await fillNumber(page.locator('#h-rates-card input[id$="-rate"]'), '16000');
  // One material line: 2 pieces + 10 % waste × Rp25.000 = Rp55.000 a pair.
  await tap('h-materials');
  await page.locator('#h-materials-card button.add').first().click();
  await page.fill('#h-materials-card input[id$="-name"]', 'Kulit atasan');
  await fillNumber(page.locator('#h-materials-card input[id$="-net"]'), '2');
  await fillNumber(page.locator('#h-materials-card input[id$="-waste"]'), '10');
  await fillNumber(page.locator('#h-materials-card input[id$="-price"]'), '25000');
  // Labour: Rp3.000.000 ÷ (25 days × 420 min × 80 %) = Rp357,14 a minute; 28 minutes = Rp10.000.
  await tap('h-labour');
  await fillNumber(page.locator('#wage'), '3000000');
  await page.click('#h-labour-card button.add >> nth=0');
  await fillNumber(page.locator('#h-labour-card input[id$="-min"]'), '28');
  // Overhead: Rp20.000.000 a month ÷ 4.000 pairs = Rp5.000 a pair.
  await tap('h-overhead');
  await fillNumber(page.locator('#oh-month'), '20000000');
  await fillNumber(page.locator('#oh-output'), '4000');
  // HPP = 55.000 + 10.000 + 5.000 = Rp70.000.
  assert.match(await page.locator('#hpp-bar').textContent(), /HPP per pasang\s*Rp70\.000/);
  assert.deepEqual((await cards(page)).map((c) => c[2]).slice(1, 5), [
    '1 USD = 16.000 IDR', '1 baris · Rp55.000 / pasang', '1 operasi · Rp10.000 / pasang', 'Rp5.000 / pasang']);

  // Step 2: the terms open by themselves (no port named yet); the packing starts from a usual
  // carton.
  await page.click('#next-step');
  await page.locator('#h-terms-card').waitFor();
  assert.deepEqual((await cards(page)).map((c) => c[1]), [true, false, false, false, false, false]);
  // 20 % on cost: Rp70.000 × 1,2 = Rp84.000 ex factory.
  await fillNumber(page.locator('#profit-pct'), '20');
  await page.fill('#port-of-shipment', 'Tanjung Perak, Surabaya');
  await page.locator('#port-of-shipment').blur();
  // A new sheet's carton and container are Tapak's examples until changed or kept.
  await tap('h-shipping');
  await page.locator('#packing-example').waitFor();
  // 10 pairs to a 50 × 30 × 20 cm carton of 8 kg: 200 cartons, 6 m³.
  await fillNumber(page.locator('#ppc'), '10');
  await fillNumber(page.locator('#carton-l'), '50');
  await fillNumber(page.locator('#carton-w'), '30');
  await fillNumber(page.locator('#carton-h'), '20');
  await fillNumber(page.locator('#carton-kg'), '8');
  assert.equal(await page.locator('#packing-example').count(), 0, 'her own carton is no example');
  assert.equal((await cards(page))[2][2], 'FCL · 200 karton · 6,00 m³');
  // No export cost entered: a provisional FOB from the first minute, every missing stage
  // counted as zero (Rp84.000 ÷ 16.000 = USD 5,25), and marked.
  assert.match(await page.locator('#bar-price').textContent(), /FOB\s*USD 5,25/);
  assert.match(await page.locator('#hpp-bar').textContent(), /⚠/);
  assert.match((await cards(page))[3][2], /^0 biaya · belum diisi$/);
  // The buyer is in Chile: the certificate of origin's sample line says IC-CEPA.
  await page.locator('#destination-country').selectOption('CL');
  // Sample lines for each FOB stage, marked as examples: PEB Rp1.500.000 + SKA Rp250.000,
  // a truck ≤ 50 km Rp3.000.000 a container, THC Rp2.000.000 a container + B/L Rp750.000.
  await tap('h-export');
  for (const chip of ['#sample-exportclearance', '#sample-inlandhaulage-near', '#sample-originterminal']) {
    await page.locator(chip).scrollIntoViewIfNeeded();
    await page.click(chip);
  }
  const names = page.locator('#h-export-card input[id$="-name"]');
  await page.locator('#h-export-card .row-example').nth(4).waitFor();
  assert.equal(await names.nth(1).inputValue(), 'SKA/COO IC-CEPA (CL)');
  // Priced with the samples (Rp7.500.000 ÷ 2.000 = Rp3.750 a pair: (84.000 + 3.750) ÷ 16.000
  // = USD 5,48), but still examples: not sendable.
  assert.match(await page.locator('#bar-price').textContent(), /FOB\s*USD 5,48/);
  assert.match(await page.locator('#hpp-bar').textContent(), /⚠/);
  // Her forwarder's figures replace them; the PEB's she keeps: 1.500.000 + 500.000 + 4.000.000
  // + 1.500.000 + 500.000 = Rp8.000.000 ÷ 2.000 pairs = Rp4.000 a pair.
  const amounts = page.locator('#h-export-card input[id$="-amount"]');
  for (const [i, amount] of [[1, '500000'], [2, '4000000'], [3, '1500000'], [4, '500000']]) {
    await fillNumber(amounts.nth(i), amount);
  }
  await page.locator('#h-export-card button[id$="-keep"]').first().click();
  assert.equal(await page.locator('#h-export-card .row-example').count(), 0);
  // (84.000 + 4.000) ÷ 16.000 = USD 5,50 FOB, no longer provisional.
  assert.match(await page.locator('#hpp-bar').textContent(), /FOB\s*USD 5,50/);
  assert.doesNotMatch(await page.locator('#hpp-bar').textContent(), /⚠/);

  // Step 3: the quotation's details open by themselves (no exporter yet); then the link.
  await page.click('#next-step');
  await page.locator('#h-quote-details-card:not(.folded)').waitFor();
  await page.fill('#q-exp-name', 'CV Tapak Mojokerto');
  await page.locator('#q-exp-name').blur();
  await page.fill('#q-buy-name', 'Busan Trading Co.');
  await page.locator('#q-buy-name').blur();
  const link = await page.locator('#buyer-link').inputValue();
  assert.deepEqual(errors, []);

  const buyer = await context.newPage();
  await buyer.goto(link);
  const prices = buyer.locator('#buyer-prices');
  await prices.waitFor();
  // 2.000 pairs × USD 5,50 = USD 11.000,00.
  assert.deepEqual(await prices.locator('tbody tr').allTextContents(), ['2.0005,5011.000,00']);
  assert.match(await buyer.locator('body').textContent(), /CV Tapak Mojokerto/);
  // The packing facts an FOB buyer asks first, and the port with its country.
  const terms = await buyer.locator('.qs-terms').textContent();
  assert.match(terms, /Tanjung Perak, Surabaya, Indonesia/);
  assert.match(terms, /200 karton · 6,00 m³ · 1\.600 kg/);
  assert.match(await buyer.locator('.qs-ppc').textContent(), /10$/);
  await context.close();
});

test('a damaged guide step in storage starts the guide at its first step, without an error', async () => {
  for (const value of ['99', 'abc', '-1', '2.5', '', '１']) {
    const context = await app.browser.newContext(PHONE);
    await context.addInitScript((v) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('tapak.guide-step', v); sessionStorage.setItem('seeded', '1'); } }, value);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.url);
    await page.locator('#guide').waitFor();
    assert.match(await page.locator('#guide-title').textContent(), /Langkah 1\/7/, `stored “${value}”`);
    assert.equal(await page.evaluate(() => localStorage.getItem('tapak.guide-step')), '0', 'the damaged value is replaced');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("on a phone the quotation's shared-cost table scrolls inside its card, and a 500-character name wraps on the buyer's page", async () => {
  const { context, page, errors } = await openEditor(app, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await page.click('#guide-skip');
  await page.click('#tab-quote');
  await page.click('#quotation-example');
  await page.locator('#quotation-shares').waitFor();
  // (Issue 27 #16: the columns of articles 2 and 3 were cut off and could not be reached.)
  const shares = await page.evaluate(() => {
    const wrap = document.querySelector('#quotation-shares').parentElement;
    return { page: document.documentElement.scrollWidth - innerWidth, scrolls: wrap.scrollWidth > wrap.clientWidth && getComputedStyle(wrap).overflowX === 'auto' };
  });
  assert.deepEqual(shares, { page: 0, scrolls: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.click('#tab-costing');
  await fillField(page.getByLabel('Nama artikel'), 'X'.repeat(500));
  await page.click('#tab-quote');
  const link = await page.locator('#buyer-link').inputValue();
  const buyer = await context.newPage();
  await buyer.setViewportSize({ width: 390, height: 844 });
  await buyer.goto(link);
  await buyer.locator('#buyer-prices').waitFor();
  assert.equal(await buyer.evaluate(() => document.documentElement.scrollWidth - innerWidth), 0, 'the buyer page is no wider than the phone');
  assert.deepEqual(errors, []);
  await context.close();
});
