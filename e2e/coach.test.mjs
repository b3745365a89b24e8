// End-to-end: for coaches (issue 28). The terms side by side and markup against margin in the
// workshop tab, and the projector at 1280 × 720: both as steps, the article's whole name in the
// header, keys that always change the step (a slider's focus too), the rate slider's direction
// in words, a formula trail in projector type, and nothing under 18 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './harness.mjs';

const app = useApp();

/** A fresh visitor (the Busan sneaker, FOB USD 11,48) at 1280 × `height` on the workshop tab. */
async function openWorkshop(height, lang = 'id') {
  const context = await app.browser.newContext({ viewport: { width: 1280, height } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.url);
  await page.locator('#hpp-per-pair').waitFor();
  await page.click('#guide-skip');
  await page.click(`#lang-${lang}`);
  await page.click('#tab-workshop');
  await page.locator('#terms-table').waitFor();
  return { context, page, errors };
}

/** Each body row of the terms table as its cells' text. */
const rows = (page) => page.locator('#terms-table tbody tr').evaluateAll((trs) =>
  trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));

test('terms side by side: who pays each stage, each term’s price per pair, the terms a coach ticks', async () => {
  const { context, page, errors } = await openWorkshop(900);
  const heads = () => page.locator('#terms-table thead th').allTextContents();
  assert.deepEqual((await heads()).map((h) => h.slice(0, 3)), ['Tah', 'EXW', 'FOB', 'CFR', 'CIF', 'DDP']);
  assert.match((await heads())[2], /syarat lembar ini/, 'the sheet’s own term is named');
  // Worked in tests/it/coach.rs: EXW 11,32, FOB 11,48, CFR 11,76, CIF 11,80; DDP lacks inputs.
  assert.equal(await page.locator('#terms-price-exw').textContent(), 'USD 11,32');
  assert.equal(await page.locator('#terms-price-fob').textContent(), 'USD 11,48');
  assert.equal(await page.locator('#terms-price-cfr').textContent(), 'USD 11,76');
  assert.equal(await page.locator('#terms-price-cif').textContent(), 'USD 11,80');
  // DDP has no price: a dash, and why in words under the table.
  assert.equal(await page.locator('#terms-price-ddp').textContent(), '—');
  assert.equal(await page.locator('#terms-why-ddp').textContent(),
    'DDP — belum diisi: Kepabeanan impor, Bea masuk % (untuk DDP), Pajak impor % (PPN/GST, untuk DDP)');
  const r = await rows(page);
  assert.equal(r.length, 9);
  // Main carriage: the buyer's under EXW and FOB, the seller's from CFR on (the word, and a mark).
  assert.deepEqual(r[3].slice(1), ['□ Pembeli', '□ Pembeli', '■ Penjual', '■ Penjual', '■ Penjual']);
  // Insurance: the seller's under CIF and DDP; duty and taxes under DDP only.
  assert.deepEqual(r[7].slice(1), ['□ Pembeli', '□ Pembeli', '□ Pembeli', '■ Penjual', '■ Penjual']);
  assert.deepEqual(r[8].slice(1), ['□ Pembeli', '□ Pembeli', '□ Pembeli', '□ Pembeli', '■ Penjual']);
  // The coach ticks FCA and unticks DDP: the columns follow, in the order the seller's part grows.
  await page.check('#term-pick-fca');
  await page.uncheck('#term-pick-ddp');
  assert.deepEqual((await heads()).map((h) => h.slice(0, 3)), ['Tah', 'EXW', 'FCA', 'FOB', 'CFR', 'CIF']);
  assert.equal(await page.locator('#terms-price-fca').textContent(), 'USD 11,42');
  for (const t of ['exw', 'fca', 'fob', 'cfr', 'cif']) await page.uncheck(`#term-pick-${t}`);
  assert.match(await page.locator('#terms-none').textContent(), /Centang setidaknya satu syarat/);
  await page.check('#term-pick-ddp');
  assert.deepEqual(errors, []);
  await context.close();
});

test('markup against margin: both readings, profit per pair, a slider in points on a copy', async () => {
  const { context, page, errors } = await openWorkshop(900);
  assert.equal(await page.locator('#mm-equation').textContent(), '12 % markup = 10,71 % margin');
  assert.equal(await page.locator('#mm-profit').textContent(), 'Rp19.508');
  assert.equal(await page.locator('#mm-output').textContent(), 'markup 12 %');
  // 3 points more, said as points: 15 ÷ 115 = 13,04 %; HPP × 15 % = Rp24.385; FOB USD 11,79.
  await page.locator('#mm-slider').fill('15');
  assert.equal(await page.locator('#mm-equation').textContent(), '15 % markup = 13,04 % margin');
  assert.equal(await page.locator('#mm-output').textContent(), 'markup 12 % → 15 %');
  assert.equal(await page.locator('#mm-slider').getAttribute('aria-valuetext'), 'markup 12 % → 15 %');
  assert.equal(await page.locator('#mm-profit').textContent(), 'Rp24.385');
  assert.equal(await page.locator('#mm-price').textContent(), 'USD 11,79');
  // The sheet itself is unchanged: its price in the bar, and the terms beside.
  assert.match(await page.locator('#bar-price').textContent(), /FOB USD 11,48/);
  assert.equal(await page.locator('#terms-price-fob').textContent(), 'USD 11,48');
  await page.click('#mm-reset');
  assert.equal(await page.locator('#mm-equation').textContent(), '12 % markup = 10,71 % margin');
  // In English too.
  await page.click('#lang-en');
  assert.equal(await page.locator('#mm-equation').textContent(), '12 % markup = 10.71 % margin');
  assert.equal(await page.locator('#terms-price-fob').textContent(), 'USD 11.48');
  assert.deepEqual((await rows(page))[3].slice(1, 3), ['□ Buyer', '□ Buyer']);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The smallest computed font size of any text in `root`, with the text that has it. */
const smallest = (page, root) => page.evaluate((sel) => {
  let min = { px: Infinity, text: '' };
  for (const el of document.querySelectorAll(`${sel}, ${sel} *`)) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.closest('[aria-hidden="true"]') && !el.closest('.pay-mark')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const px = parseFloat(getComputedStyle(el).fontSize);
    if (px < min.px) min = { px, text: `${el.tagName}.${el.className}: ${el.textContent.trim().slice(0, 40)}` };
  }
  return min;
}, root);

test('projector at 1280 × 720: eight steps that fit, 18 px at least, the name whole, keys always move', async () => {
  const { context, page, errors } = await openWorkshop(720);
  await page.click('#projector-open');
  await page.locator('#projector').waitFor();
  // The article's whole name in the header, not cut.
  const title = page.locator('#p-title');
  assert.equal(await title.textContent(), 'Sneaker kasual kulit (contoh)');
  assert.ok(await title.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1
    && getComputedStyle(el).textOverflow !== 'ellipsis'), 'the title is shown whole');
  const step = () => page.locator('.p-step > h2').textContent();
  assert.match(await step(), /Langkah 1\/8/);
  // Every step fits the screen, and nothing in it is under 18 px.
  for (let i = 0; i < 8; i++) {
    assert.ok(await page.evaluate(() => document.scrollingElement.scrollHeight) <= 720, `step ${i + 1} fits`);
    const min = await smallest(page, '#p-main');
    assert.ok(min.px >= 18, `step ${i + 1}: ${min.px} px in ${min.text}`);
    await page.keyboard.press('ArrowRight');
  }
  const keys = await page.locator('.p-keys').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(keys >= 18, `the keys line is ${keys} px`);
  assert.match(await step(), /Langkah 8\/8/);

  // Markup against margin and the terms are steps 5 and 6.
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageUp');
  assert.match(await step(), /Langkah 5\/8 Markup atau margin\?/);
  assert.equal(await page.locator('#mm-equation').textContent(), '12 % markup = 10,71 % margin');
  // A slider dragged with the mouse moves; the arrows still change the step after it.
  const box = await page.locator('#mm-slider').boundingBox();
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height / 2);
  assert.notEqual(await page.locator('#mm-output').textContent(), 'markup 12 %', 'the slider follows the mouse');
  assert.match(await page.locator('.p-price').textContent(), /Skenario/);
  await page.keyboard.press('ArrowRight');
  assert.match(await step(), /Langkah 6\/8 Syarat penyerahan berdampingan/);
  assert.doesNotMatch(await page.locator('.p-price').textContent(), /Skenario/, 'the header is back at the sheet');
  assert.equal(await page.locator('#terms-price-fob').textContent(), 'USD 11,48');
  assert.equal(await page.locator('#terms-table tbody tr').count(), 9);
  await page.keyboard.press('PageDown');
  assert.match(await step(), /Langkah 7\/8/);

  // The rate slider, focused and moved by keys (↑ ↓ move it), says which way the rupiah goes.
  const rate = page.locator('#whatif-exchangerate');
  await rate.focus();
  await page.keyboard.press('ArrowUp');
  assert.match(await page.locator('#whatif-exchangerate-out').textContent(), /^\+1 % · rupiah melemah → 16\.406,44 IDR\/USD/);
  await rate.fill('-10');
  assert.match(await page.locator('#whatif-exchangerate-out').textContent(), /^-10 % · rupiah menguat/);
  assert.match(await page.locator('#rate-help').textContent(), /Kurs naik = lebih banyak rupiah .* = rupiah melemah/);
  // Still focused on the slider: ← and → change the step, and leave the slider where it was.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'whatif-exchangerate');
  await page.keyboard.press('ArrowLeft');
  assert.match(await step(), /Langkah 6\/8/);
  await page.keyboard.press('ArrowRight');
  await page.locator('#whatif-exchangerate').fill('5');
  await page.keyboard.press('ArrowRight');
  assert.match(await step(), /Langkah 8\/8/);
  await page.keyboard.press('ArrowLeft');
  await page.locator('#whatif-exchangerate').fill('5');
  await page.keyboard.press('PageUp');
  assert.match(await step(), /Langkah 6\/8/);

  // A formula trail from the projector is in projector type; Esc closes it, not the projector.
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
  assert.match(await step(), /Langkah 4\/8/);
  await page.locator('.p-formula .ref').first().click();
  await page.locator('.trail-dialog').waitFor();
  const size = await page.locator('#trail-formula').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(size >= 24, `the trail's formula is ${size} px`);
  const inDialog = await smallest(page, '.trail-dialog');
  assert.ok(inDialog.px >= 18, `${inDialog.px} px in ${inDialog.text}`);
  await page.keyboard.press('ArrowRight');
  assert.match(await step(), /Langkah 4\/8/, 'keys in the dialog are the dialog’s');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.trail-dialog').count(), 0);
  assert.equal(await page.locator('#projector').count(), 1);
  await page.keyboard.press('Escape');
  await page.locator('#tab-workshop').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('projector in English: the rate slider’s words and the two new steps', async () => {
  const { context, page, errors } = await openWorkshop(720, 'en');
  await page.click('#projector-open');
  await page.locator('#projector').waitFor();
  for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
  assert.match(await page.locator('.p-step > h2').textContent(), /Step 5\/8 Markup or margin\?/);
  assert.equal(await page.locator('#mm-equation').textContent(), '12 % markup = 10.71 % margin');
  await page.keyboard.press('PageDown');
  assert.match(await page.locator('.p-step > h2').textContent(), /Step 6\/8 Terms side by side/);
  await page.keyboard.press('PageDown');
  await page.locator('#whatif-exchangerate').fill('10');
  assert.match(await page.locator('#whatif-exchangerate-out').textContent(), /^\+10 % · rupiah weakens → 17,868\.4 IDR\/USD/);
  await page.locator('#whatif-exchangerate').fill('-5');
  assert.match(await page.locator('#whatif-exchangerate-out').textContent(), /^-5 % · rupiah strengthens/);
  assert.deepEqual(errors, []);
  await context.close();
});
