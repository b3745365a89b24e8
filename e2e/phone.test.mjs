// End-to-end on a 390 × 844 phone, in Indonesian: nothing scrolls sideways or is cut off, the
// tabs and the price bar stay in reach, each step ends with a button to the next, and the
// first-visit guide keeps its controls and its card on screen and survives a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openEditor } from './harness.mjs';

const app = useApp();
const PHONE = { viewport: { width: 390, height: 844 }, locale: 'id-ID' };

/** What sticks out to the right of the screen: the page's own width, and any table cell. */
async function overflow(page) {
  await page.waitForFunction(() => !document.querySelector('.part-loading'));
  return page.evaluate(() => {
    const width = window.innerWidth;
    const out = [];
    if (document.scrollingElement.scrollWidth > width) out.push(`page ${document.scrollingElement.scrollWidth} px wide`);
    for (const cell of document.querySelectorAll('th, td')) {
      const r = cell.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 1) out.push(`${cell.closest('table')?.id || cell.closest('section')?.getAttribute('aria-labelledby') || 'table'}: “${cell.textContent.trim().slice(0, 20)}” ends at ${Math.round(r.right)} px`);
    }
    return out;
  });
}

test('at 390 px no tab scrolls sideways or cuts off a table column', async () => {
  const { context, page, errors } = await openEditor(app, PHONE);
  await page.click('#guide-skip');
  const found = {};
  for (const tab of ['costing', 'export', 'quote', 'workshop']) {
    await page.click(`#tab-${tab}`);
    found[tab] = await overflow(page);
  }
  await page.click('#why-price');
  found.trail = await overflow(page);
  await page.click('#trail-close');
  await page.click('#library-button');
  found.library = await overflow(page);
  assert.deepEqual(found, { costing: [], export: [], quote: [], workshop: [], trail: [], library: [] });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the tabs and the price bar stay in reach; each step ends with a button to the next', async () => {
  const { context, page } = await openEditor(app, PHONE);
  await page.click('#guide-skip');
  // Far down the cost sheet, the tabs and the bar are still on screen.
  await page.locator('#h-oneoff').scrollIntoViewIfNeeded();
  const top = async (sel) => (await page.locator(sel).boundingBox()).y;
  assert.ok((await top('#tab-export')) >= 0 && (await top('#hpp-bar')) < 200, 'tabs and bar in view');
  assert.match(await page.locator('#hpp-bar').textContent(), /HPP per pasang\s*Rp162\.566.*FOB\s*USD 11,48/);
  // Tapping the bar shows the whole summary, below the sticky bars.
  await page.click('#hpp-bar');
  await page.waitForFunction(() => {
    const h = document.getElementById('h-summary').getBoundingClientRect();
    const bar = document.querySelector('.sticky-top').getBoundingClientRect();
    return h.top >= bar.bottom - 1 && h.top < window.innerHeight / 2;
  });
  // The cost sheet ends with the way to step 2, and step 2 with the way to step 3.
  await page.click('#next-step');
  assert.equal(await page.locator('#tab-export').getAttribute('aria-selected'), 'true');
  await page.locator('#unit-price').waitFor();
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the next step starts at its top');
  assert.match(await page.locator('#next-step').textContent(), /Langkah berikutnya: 3 · Penawaran/);
  await page.click('#next-step');
  assert.equal(await page.locator('#tab-quote').getAttribute('aria-selected'), 'true');
  await page.locator('#buyer-link').waitFor();
  assert.equal(await page.locator('#next-step').count(), 0, 'the quotation is the last step: it ends with sharing');
  await context.close();
});

test('on a phone the guide keeps its buttons and its card on screen, and a reload resumes it', async () => {
  const { context, page } = await openEditor(app, PHONE);
  const guide = page.locator('#guide');
  await guide.waitFor();
  // A reload before the first "Berikutnya" keeps the guide too.
  await page.reload();
  await guide.waitFor();
  assert.match(await page.locator('#guide-title').textContent(), /Langkah 1\/6/);
  const onScreen = async () => {
    const next = await page.locator('#guide-next').boundingBox();
    return next.y >= 0 && next.y + next.height <= 844;
  };
  for (let step = 2; step <= 4; step++) {
    await page.click('#guide-next');
    assert.match(await page.locator('#guide-title').textContent(), new RegExp(`Langkah ${step}/6`));
    assert.ok(await onScreen(), `step ${step}: the guide's buttons are on screen`);
  }
  // Step 4 (overhead): its card's heading is below the sticky bars and above the guide's box.
  await page.waitForFunction(() => {
    const h = document.getElementById('h-overhead').getBoundingClientRect();
    const bar = document.querySelector('.sticky-top').getBoundingClientRect();
    const box = document.getElementById('guide').getBoundingClientRect();
    return h.top >= bar.bottom - 1 && h.bottom <= box.top;
  });
  await page.reload();
  await guide.waitFor();
  assert.match(await page.locator('#guide-title').textContent(), /Langkah 4\/6/, 'the guide resumes where it was');
  await page.click('#guide-next');
  assert.equal(await page.locator('#tab-export').getAttribute('aria-selected'), 'true');
  assert.ok(await onScreen());
  await page.click('#guide-skip');
  await page.reload();
  await page.locator('#hpp-per-pair').waitFor();
  assert.equal(await guide.count(), 0, 'a skipped guide stays away');
  await context.close();
});

test('on a wide screen the guide covers neither the tabs nor the card it points at', async () => {
  for (const width of [1280, 900]) {
    const { context, page } = await openEditor(app, { viewport: { width, height: 800 }, locale: 'id-ID' });
    await page.locator('#guide').waitFor();
    await page.click('#guide-next');
    await page.click('#guide-next');
    const placed = () => page.evaluate(() => {
      const box = document.getElementById('guide').getBoundingClientRect();
      const h = document.getElementById('h-labour').getBoundingClientRect();
      const tabs = document.querySelector('.tabs').getBoundingClientRect();
      const clear = (r) => r.bottom <= box.top + 1 || r.top >= box.bottom - 1;
      const ok = h.top >= -1 && h.bottom <= window.innerHeight && clear(h) && (tabs.bottom <= 1 || clear(tabs));
      return { ok, heading: [h.top, h.bottom], box: [box.top, box.bottom], tabs: [tabs.top, tabs.bottom], scrollY: window.scrollY };
    });
    let seen;
    for (let i = 0; i < 20 && !(seen = await placed()).ok; i++) await page.waitForTimeout(100);
    assert.ok(seen.ok, `at ${width} px: ${JSON.stringify(seen)}`);
    await context.close();
  }
});
