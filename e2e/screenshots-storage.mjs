// Screenshots of what storage problems look like: the notice after a damaged library list and
// an unreadable sheet (with the library showing it set aside), and the banner when another tab
// changed the open sheet. Desktop 1280 px and phone 390 px, Indonesian and English.
// Usage: node e2e/screenshots-storage.mjs  (after `trunk build --release`)
import { shoot } from './shots.mjs';

await shoot(async ({ browser, url, out }) => {
  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
    for (const lang of ['id', 'en']) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(url);
      await page.locator('#hpp-per-pair').waitFor();
      await page.click('#guide-skip');
      await page.click(`#lang-${lang}`);
      await page.click('#new-sheet');
      const articleName = lang === 'id' ? 'Nama artikel' : 'Article name';
      await page.getByLabel(articleName).fill(lang === 'id' ? 'Sandal pantai' : 'Beach sandal');
      await page.click('#new-sheet');
      await page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith('tapak.doc.')).length === 3);
      // A damaged list and one sheet that is not JSON any more.
      await page.evaluate(() => {
        localStorage.setItem('tapak.index', '[{"id":"');
        const open = localStorage.getItem('tapak.current');
        const other = Object.keys(localStorage).find((k) => k.startsWith('tapak.doc.') && k !== `tapak.doc.${open}`);
        localStorage.setItem(other, '{"schema": 2, "article": {"name": "Sepa');
      });
      await page.reload();
      await page.locator('#notice').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${out}${name}-${lang}-storage.png` });
      if (name === 'phone') {
        await page.locator('#set-aside').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${out}${name}-${lang}-set-aside.png` });
      }
      // Another tab changes the open sheet.
      const other = await context.newPage();
      await other.goto(url);
      await other.locator('#hpp-per-pair').waitFor();
      await other.click(`#lang-${lang}`);
      await other.getByLabel(articleName).fill(lang === 'id' ? 'Diubah di tab lain' : 'Changed elsewhere');
      await page.locator('#conflict').waitFor();
      await page.click('#notice-dismiss');
      // The library (open already when it shows sheets set aside), with the banner above it.
      if ((await page.locator('#library').count()) === 0) await page.click('#library-button');
      await page.locator('#library').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${out}${name}-${lang}-conflict.png` });
      await context.close();
    }
  }
});
