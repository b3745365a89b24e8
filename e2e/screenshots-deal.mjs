// Screenshots of the maker's side of the deal (issue 16), phone 390 px in Indonesian and desktop
// 1280 px in English: the cash timeline and the broker comparison (the Los Angeles example),
// work bought from three workshops (the consolidator example), and a CMT order's materials and
// quotation. Usage: node e2e/screenshots-deal.mjs  (after `trunk build --release`)
import { shoot } from './shots.mjs';
import { unfold } from './fold.mjs';

const open = async (page, example) => {
  await page.click('#tab-workshop');
  await page.click(`#example-${example}`);
};
const top = (page, id) => page.locator(`#${id}`).evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 150));

await shoot(async ({ browser, url, out }) => {
  for (const [name, viewport, lang] of [['phone', { width: 390, height: 844 }, 'id'], ['desktop', { width: 1280, height: 900 }, 'en']]) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: lang });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('#hpp-per-pair').waitFor();
    await page.click(`#lang-${lang}`);
    await page.click('#guide-skip');
    await open(page, 'sandallosangeles');
    await page.click('#tab-export');
    await page.locator('#h-cash').waitFor();
    await unfold(page, 'h-cash');
    await top(page, 'h-cash');
    await page.screenshot({ path: `${out}${name}-${lang}-cash.png` });
    await page.locator('#cash-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}${name}-${lang}-cash-chart.png` });
    await unfold(page, 'h-broker');
    await top(page, 'h-broker');
    await page.screenshot({ path: `${out}${name}-${lang}-broker.png` });
    await open(page, 'consolidator');
    await page.click('#tab-costing');
    await page.locator('#h-labour').waitFor();
    await unfold(page, 'h-labour');
    await page.locator('#bought').evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 150));
    await page.screenshot({ path: `${out}${name}-${lang}-workshops.png` });
    await open(page, 'cmt');
    await page.click('#tab-costing');
    await page.locator('#h-materials').waitFor();
    await unfold(page, 'h-materials');
    await top(page, 'h-materials');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: `${out}${name}-${lang}-cmt.png` });
    await page.click('#tab-quote');
    await page.locator('#cmt-covers').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}${name}-${lang}-cmt-quote.png` });
    await context.close();
  }
});
