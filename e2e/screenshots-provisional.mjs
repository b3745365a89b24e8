// Screenshots of issue 28's provisional price: the example switched to DDP before its
// destination costs are known (the price with each missing stage named and counted as zero,
// not sendable), and the export costs card with a plain sentence per stage, the sample lines
// on offer, and a sample added, marked as an example to replace or keep. Desktop 1280 px and
// phone 390 px, Indonesian and English.
// Usage: node e2e/screenshots-provisional.mjs (after a release build)
import { editorPage, shoot, VIEWPORTS } from './shots.mjs';
import { unfold } from './fold.mjs';

await shoot(async ({ browser, url, out }) => {
  for (const [name, viewport] of VIEWPORTS) {
    for (const lang of ['id', 'en']) {
      const { context, page } = await editorPage(browser, url, viewport, lang);
      await page.click('#tab-export');
      await page.locator('#h-terms').waitFor();
      await unfold(page, 'h-terms');
      await page.locator('#incoterm').selectOption({ index: 6 }); // DDP
      await page.locator('#destination-country').selectOption('CL');
      await page.locator('#h-price').scrollIntoViewIfNeeded();
      await page.locator('section[aria-labelledby="h-price"]').screenshot({ path: `${out}${name}-${lang}-provisional.png` });
      await unfold(page, 'h-export');
      const dest = page.locator('[aria-labelledby="h-stage-importclearance"]');
      await dest.scrollIntoViewIfNeeded();
      await dest.screenshot({ path: `${out}${name}-${lang}-sample-offer.png` });
      await dest.locator('button.sample').first().click();
      const card = page.locator('section[aria-labelledby="h-export"]');
      await card.locator('.row-example').first().scrollIntoViewIfNeeded();
      await page.locator('[aria-labelledby="h-stage-importclearance"]').screenshot({ path: `${out}${name}-${lang}-sample-line.png` });
      await context.close();
    }
  }
});
