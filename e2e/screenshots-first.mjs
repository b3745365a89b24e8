// Screenshots of issue 28's first-timer work: the terms card of a plain FOB quote (no insurance,
// duty or import fields) with "Lainnya" folded and then open, the labour card with the method
// not counted folded away, a material line that says why it has no cost, and "1,5 jt" typed
// into a price. Desktop 1280 px and phone 390 px, Indonesian and English.
// Usage: node e2e/screenshots-first.mjs (after a release build)
import { editorPage, shoot, VIEWPORTS } from './shots.mjs';
import { unfold } from './fold.mjs';

await shoot(async ({ browser, url, out }) => {
  for (const [name, viewport] of VIEWPORTS) {
    for (const lang of ['id', 'en']) {
      const { context, page } = await editorPage(browser, url, viewport, lang);
      // A price typed the way makers write it, and a line whose units cannot meet.
      await unfold(page, 'h-materials');
      const price = page.locator('[id^="mat-"][id$="-price"]').first();
      await price.fill(lang === 'id' ? '1,5 jt' : '1.5m');
      await price.press('Enter');
      // Priced per kg while used in sq ft: the line says which units cannot meet.
      await page.locator('[id^="mat-"][id$="-per"]').first().selectOption({ label: 'kg' });
      const row = page.locator('.bom-row:visible', { has: page.locator('[id$="-price"]') }).first();
      await row.scrollIntoViewIfNeeded();
      await row.screenshot({ path: `${out}${name}-${lang}-shorthand.png` });
      // Piece rate: the operations' wage block folds away.
      await unfold(page, 'h-labour');
      await page.locator('input[name="labour-method"]').nth(1).check();
      await page.locator('section[aria-labelledby="h-labour"]').screenshot({ path: `${out}${name}-${lang}-labour-folded.png` });
      // The terms card of a FOB quote, "Lainnya" folded, then open.
      await page.click('#tab-export');
      await page.locator('#h-terms').waitFor();
      await unfold(page, 'h-terms');
      await page.locator('#incoterm').scrollIntoViewIfNeeded();
      await page.locator('#incoterm').selectOption({ index: 8 }); // FOB
      const terms = page.locator('section[aria-labelledby="h-terms"]');
      await terms.screenshot({ path: `${out}${name}-${lang}-terms-fob.png` });
      await page.click('#terms-more > summary');
      await terms.screenshot({ path: `${out}${name}-${lang}-terms-more.png` });
      await context.close();
    }
  }
});
