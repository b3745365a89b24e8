// Screenshots of the trust work (issue 12): a refused file listing its fields, the price marked
// provisional with what to fix, the share panel holding the link back, the terms card with its
// named places, ICC rates, minimum premium and import fee, and a rate with a minimum charge.
// Desktop 1280 px and phone 390 px. Usage: node e2e/screenshots-trust.mjs (after a release build)
import { editorPage, shoot, VIEWPORTS } from './shots.mjs';
import { unfold } from './fold.mjs';
import { readFile } from 'node:fs/promises';

await shoot(async ({ browser, url, out }) => {
  for (const [name, viewport] of VIEWPORTS) {
    for (const lang of ['id', 'en']) {
      const { context, page } = await editorPage(browser, url, viewport, lang);
      // A file with hostile values.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-file')]);
      const doc = JSON.parse(await readFile(await download.path(), 'utf8'));
      const hostile = structuredClone(doc);
      hostile.materials[2].net_consumption = '-2.4';
      hostile.terms.commission_pct = '100000000000000000000';
      await page.setInputFiles('#open-file', { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
      await page.locator('#file-refused').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${out}${name}-${lang}-refused-file.png` });
      // A material without a rate, and a refused price typed half-way.
      await unfold(page, 'h-materials');
      await page.locator('[id^="mat-"][id$="-cur"]').first().selectOption({ label: 'KWD' });
      await page.locator('[id^="mat-"][id$="-price"]').nth(2).fill(lang === 'id' ? '2.4' : '2,4');
      await page.click('#tab-export');
      await page.locator('#price-provisional').waitFor();
      if (name === 'desktop') {
        await page.locator('#price-not-ready').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${out}${name}-${lang}-not-ready.png` });
        await page.locator('#h-terms').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${out}${name}-${lang}-terms.png` });
      } else {
        await page.locator('#price-not-ready').screenshot({ path: `${out}${name}-${lang}-not-ready.png` });
        await unfold(page, 'h-terms');
        await page.locator('section[aria-labelledby="h-terms"]').screenshot({ path: `${out}${name}-${lang}-terms.png` });
      }
      await page.click('#tab-quote');
      await page.locator('#share-not-ready').waitFor();
      await page.locator('#share-not-ready').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${out}${name}-${lang}-share-not-ready.png` });
      await context.close();
    }
  }
});
