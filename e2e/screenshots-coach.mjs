// Screenshots of issue 28's coach views: the terms side by side and markup against margin in the
// workshop tab (desktop 1280 px and phone 390 px, Indonesian and English; the markup slider moved
// from 12 % to 15 %; the phone's on a 390 × 1200 screen so a whole card shows under the bars),
// and the terms side by side as a projector step at 1280 × 720.
// Usage: node e2e/screenshots-coach.mjs (after a release build)
import { editorPage, shoot, VIEWPORTS } from './shots.mjs';

await shoot(async ({ browser, url, out }) => {
  for (const [name, viewport] of VIEWPORTS) {
    for (const lang of ['id', 'en']) {
      const { context, page } = await editorPage(browser, url, viewport, lang);
      await page.click('#tab-workshop');
      await page.locator('#mm-slider').fill('15');
      for (const [id, file] of [['terms-side', 'terms-side'], ['markup-margin', 'markup-margin']]) {
        const card = page.locator(`#${id}`);
        if (name === 'phone') {
          // The phone's tabs and price bar stay on top: the card just below them, on a screen tall
          // enough for the whole card (a card's own screenshot would pass under the bars).
          await page.setViewportSize({ width: 390, height: 1200 });
          await card.evaluate((el) => {
            const bars = document.querySelector('.sticky-top')?.getBoundingClientRect().height ?? 0;
            window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - bars - 8);
          });
          await page.screenshot({ path: `${out}${name}-${lang}-${file}.png` });
        } else {
          await card.screenshot({ path: `${out}${name}-${lang}-${file}.png` });
        }
      }
      await context.close();
    }
  }
  for (const lang of ['id', 'en']) {
    const { context, page } = await editorPage(browser, url, { width: 1280, height: 720 }, lang);
    await page.click('#tab-workshop');
    await page.click('#projector-open');
    await page.locator('#projector').waitFor();
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
    await page.locator('#terms-table').waitFor();
    await page.screenshot({ path: `${out}projector-${lang}-terms.png` });
    await context.close();
  }
});
