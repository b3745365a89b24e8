// Takes the README's screenshots of the release build: desktop 1280 px and phone 390 px,
// Indonesian and English. Usage: node e2e/screenshots.mjs  (after `trunk build --release`)
import { shoot } from './shots.mjs';
import { unfold } from './fold.mjs';

await shoot(async ({ browser, url, out }) => {
  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
    for (const lang of ['id', 'en']) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: lang });
      const page = await context.newPage();
      await page.goto(url);
      await page.locator('#hpp-per-pair').waitFor();
      await page.click(`#lang-${lang}`);
      // The first visit's guide, then the editor without it.
      await page.screenshot({ path: `${out}${name}-${lang}-guide.png` });
      await page.click('#guide-skip');
      await page.screenshot({ path: `${out}${name}-${lang}.png` });
      // The bill of materials, where most of the typing happens (a tap opens it on a phone).
      await unfold(page, 'h-materials');
      await page.locator('#h-materials').evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 60));
      // Material lines are laid out when they come near the screen (content-visibility): two frames.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.screenshot({ path: `${out}${name}-${lang}-materials.png` });
      if (process.env.FULL === '1') {
        await page.screenshot({ path: `/tmp/${name}-${lang}-full.png`, fullPage: true });
      }
      // Step 2 (export & price) and step 3 (the quotation).
      // (The other tabs are chunks fetched on first use: each shot waits for its part.)
      await page.click('#tab-export');
      await page.locator('#unit-price').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${out}${name}-${lang}-export.png` });
      await page.click('#tab-quote');
      await page.locator('.quote-sheet').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${out}${name}-${lang}-quote.png` });
      // Workshop: what-if and charts, then a formula trail.
      await page.click('#tab-workshop');
      await page.locator('#h-examples').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${out}${name}-${lang}-workshop.png` });
      await page.locator('#chart-tornado').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${out}${name}-${lang}-charts.png` });
      await page.click('#why-price');
      await page.locator('#trail-formula .ref').first().click();
      await page.screenshot({ path: `${out}${name}-${lang}-trail.png` });
      await page.click('#trail-close');
      if (name === 'desktop') {
        // The projector at 1280 × 720: the price step and the tornado step.
        await page.setViewportSize({ width: 1280, height: 720 });
        await page.click('#projector-open');
        await page.locator('#projector').waitFor();
        for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
        await page.screenshot({ path: `${out}projector-${lang}-price.png` });
        for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
        await page.screenshot({ path: `${out}projector-${lang}-tornado.png` });
        await page.keyboard.press('Escape');
        await page.setViewportSize(viewport);
        await page.click('#tab-quote');
        await page.locator('#h-share').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${out}${name}-${lang}-share.png` });
        await page.click('#library-button');
        await page.locator('#library').waitFor();
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `${out}${name}-${lang}-library.png` });
        await page.click('#library-button');
        await page.click('#tab-quote');
        // The A4 print as the browser lays it out (794 × 1123 CSS px at 96 dpi).
        await page.setViewportSize({ width: 794, height: 1123 });
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: `${out}print-a4-${lang}.png` });
        await page.emulateMedia({ media: 'screen' });
      }
      await context.close();
    }
  }
  // The buyer's view of the example's link: a Korean phone and an English desktop.
  const maker = await browser.newPage();
  await maker.goto(url);
  await maker.click('#tab-quote');
  const link = await maker.locator('#buyer-link').inputValue();
  for (const [name, viewport, locale] of [['buyer-phone-ko', { width: 390, height: 844 }, 'ko-KR'], ['buyer-desktop-en', { width: 1280, height: 900 }, 'en-US']]) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale });
    const page = await context.newPage();
    await page.goto(link);
    await page.locator('#buyer-prices').waitFor();
    await page.screenshot({ path: `${out}${name}.png`, fullPage: name.startsWith('buyer-phone') });
    await context.close();
  }
});
