// Screenshots of issue 28's exercise mode: the workshop tab with the FOB price and the profit
// hidden (the exercise card, "?" in the what-if card and the price bar), desktop 1280 px and
// phone 390 px, Indonesian and English; and the A4 handout as it prints (emulated print media,
// an A4-sized viewport of 794 × 1123), with its PDF beside it (not committed).
// Usage: node e2e/screenshots-exercise.mjs (after a release build)
import { editorPage, shoot, VIEWPORTS } from './shots.mjs';

await shoot(async ({ browser, url, out }) => {
  for (const [name, viewport] of VIEWPORTS) {
    for (const lang of ['id', 'en']) {
      const { context, page } = await editorPage(browser, url, viewport, lang);
      await page.click('#tab-workshop');
      await page.locator('#h-exercise').waitFor();
      await page.check('#hide-fob');
      await page.check('#hide-margin');
      // Desktop: the whole tab. Phone: the exercise card and the what-if price below it, under
      // the sticky price bar with its "?".
      if (name === 'phone') await page.locator('#h-exercise').evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 110));
      await page.screenshot({ path: `${out}${name}-${lang}-exercise.png`, fullPage: name === 'desktop' });
      if (name === 'desktop') {
        await page.setViewportSize({ width: 794, height: 1123 });
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: `${out}handout-${lang}.png`, fullPage: true });
        await page.pdf({ path: `${out}handout-${lang}.pdf`, format: 'A4', printBackground: true });
      }
      await context.close();
    }
  }
});
