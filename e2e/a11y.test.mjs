// Accessibility: axe-core finds no violation on the editor's steps, the workshop (trail, projector,
// first-visit guide), the library, the print
// view and the buyer view, in Indonesian and English (and the buyer view in Korean and Spanish).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { useApp } from './harness.mjs';

const app = useApp();

async function check(page, where) {
  // A part loaded on first use (a chunk) is checked once it is in, not its "Loading…" line.
  await page.waitForFunction(() => !document.querySelector('.part-loading, .part-failed'));
  const result = await new AxeBuilder({ page }).analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  assert.deepEqual(found, [], `axe violations on ${where}`);
}

for (const lang of ['id', 'en']) {
  test(`the editor, library and print view have no axe violation (${lang})`, async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(app.url);
    await page.locator('#hpp-per-pair').waitFor();
    await page.click(`#lang-${lang}`);
    await check(page, `first-visit guide (${lang})`);
    await page.click('#guide-skip');
    for (const tab of ['costing', 'export', 'quote', 'workshop']) {
      await page.click(`#tab-${tab}`);
      await check(page, `${tab} (${lang})`);
    }
    // The workshop's dialog and projector.
    await page.click('#why-price');
    await check(page, `formula trail (${lang})`);
    await page.click('#trail-close');
    await page.click('#projector-open');
    for (let step = 1; step <= 8; step++) {
      await check(page, `projector step ${step} (${lang})`);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
    await page.click('#tab-quote');
    await page.click('#library-button');
    await check(page, `library (${lang})`);
    await page.emulateMedia({ media: 'print' });
    await check(page, `print view (${lang})`);
    await context.close();
  });
}

test('the buyer view has no axe violation in any of its languages', async () => {
  const maker = await app.browser.newPage();
  await maker.goto(app.url);
  await maker.click('#tab-quote');
  const link = await maker.locator('#buyer-link').inputValue();
  await maker.close();
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(link);
  await page.locator('#buyer-prices').waitFor();
  for (const name of ['English', '한국어', 'Español', 'Bahasa Indonesia']) {
    await page.getByRole('button', { name }).click();
    await check(page, `buyer view (${name})`);
  }
  await context.close();
});
