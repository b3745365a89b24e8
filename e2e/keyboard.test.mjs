// The main job with the keyboard alone: start a new sheet, enter a material, get a quote and copy
// the buyer link — Tab, typing, Enter and Space only, no mouse. Focus is always visible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './harness.mjs';

const app = useApp();

/** Presses Tab until the focused element matches `selector` (at most `limit` times). */
async function tabTo(page, selector, limit = 200) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('enter a material, get a quote and copy the buyer link with the keyboard alone', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.locator('#hpp-per-pair').waitFor();

  await tabTo(page, '#new-sheet');
  await page.keyboard.press('Enter');
  await tabTo(page, '#article-pairs');
  await page.keyboard.type('1.000');
  // A material in the upper: the add button, then the new row's fields in order.
  await tabTo(page, 'button[aria-label^="Tambah bahan · Atasan"]');
  await page.keyboard.press('Enter');
  await tabTo(page, '[id$="-name"][id^="mat-"]');
  await page.keyboard.type('Kulit');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2,4'); // net consumption
  await tabTo(page, '[id$="-price"][id^="mat-"]');
  await page.keyboard.type('38.000');
  await page.keyboard.press('Tab');
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp91.200');
  // Focus is visible: the focused control has an outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');

  // Quote in IDR at EXW (no rate needed), then copy the buyer link.
  await tabTo(page, '#tab-export');
  await page.keyboard.press('Enter');
  await tabTo(page, '#incoterm');
  await page.keyboard.type('EXW');
  await tabTo(page, '#quote-currency');
  await page.keyboard.type('IDR');
  assert.equal(await page.locator('#unit-price').textContent(), 'Rp91.200');
  // A new sheet's carton is an example until kept or changed: keep it.
  await tabTo(page, '#packing-keep');
  await page.keyboard.press('Enter');
  await tabTo(page, '#tab-quote');
  await page.keyboard.press('Enter');
  await tabTo(page, '#copy-link');
  await page.keyboard.press('Enter');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#q=[A-Za-z0-9_-]+$/);
  await context.close();
});
