// The typing robot (issue 27), shared by e2e/typing.test.mjs (desktop) and
// e2e/typing-phone.test.mjs (a 390-px phone): see typing.test.mjs for what it asserts.
import assert from 'node:assert/strict';
import { openEditor, unfoldAll } from './harness.mjs';

const KEY_DELAY = 20;

/** Every figure a user reads: the price bar and the quotation's prices and totals (not the bar's
 *  mark of a refused entry, which rightly shows while a refused text is typed). */
async function figures(page) {
  return page.evaluate(() =>
    ['#hpp-per-pair', '#hpp-bar', '#quotation-prices', '#pi-total']
      .map((s) => {
        const e = document.querySelector(s)?.cloneNode(true);
        e?.querySelector('#bar-refused')?.remove();
        return e?.textContent ?? '';
      })
      .join(' | '));
}

/** The ids of the visible, enabled, editable text inputs of the page, in page order. */
async function typedInputs(page) {
  return page.evaluate(() => [...document.querySelectorAll('input, textarea')]
    .filter((e) => e.id && !e.disabled && !e.readOnly && e.offsetParent !== null
      && (e.tagName === 'TEXTAREA' || ['text', 'search', ''].includes(e.getAttribute('type') ?? '')))
    .map((e) => ({ id: e.id, kind: e.getAttribute('inputmode') ?? 'text', value: e.value })));
}

/** Clicks into `id`, selects what is there and types `text` key by key with a human pause. The
 *  field is watched while typing: it must keep the focus (no blur), stay the same element (not
 *  rebuilt), and end up showing exactly what was typed; and no figure may move. */
async function typeInto(page, id, text, before, where) {
  const field = page.locator(`[id="${id}"]`);
  await field.scrollIntoViewIfNeeded();
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Backspace');
  await page.evaluate((id) => {
    const e = document.getElementById(id);
    e.__robot = { blurs: 0 };
    e.addEventListener('blur', () => { e.__robot.blurs += 1; }, { once: true });
  }, id);
  await page.keyboard.type(text, { delay: KEY_DELAY });
  const now = await page.evaluate((id) => {
    const e = document.getElementById(id);
    return { active: document.activeElement?.id, value: e?.value, same: !!e?.__robot, blurs: e?.__robot?.blurs };
  }, id);
  assert.ok(now.same, `${where}: ${id} was rebuilt while ${JSON.stringify(text)} was typed`);
  assert.equal(now.blurs, 0, `${where}: ${id} lost the focus while ${JSON.stringify(text)} was typed`);
  assert.equal(now.active, id, `${where}: focus left ${id} while ${JSON.stringify(text)} was typed`);
  assert.equal(now.value, text, `${where}: ${id} shows ${JSON.stringify(now.value)} after ${JSON.stringify(text)} was typed`);
  assert.equal(await figures(page), before, `${where}: the figures moved while ${id} was being typed`);
}

/** Leaves the field with Tab: the same element stays, and focus moves on (not to the page). */
async function leave(page, id, where) {
  await page.evaluate((id) => { document.getElementById(id).__robot = true; }, id);
  await page.keyboard.press('Tab');
  await page.waitForTimeout(30);
  const after = await page.evaluate((id) => ({
    same: document.getElementById(id)?.__robot === true,
    active: document.activeElement === document.body ? 'body' : document.activeElement?.id || document.activeElement?.tagName,
  }), id);
  assert.ok(after.same, `${where}: ${id} was rebuilt when it was left`);
  assert.notEqual(after.active, 'body', `${where}: focus fell to the page when ${id} was left`);
}

const invalid = (page, id) => page.evaluate((id) => document.getElementById(id)?.getAttribute('aria-invalid') === 'true', id);

/** Waits until the screen's parts have arrived (the tabs' parts are fetched on first use): the
 *  count of inputs holds still for half a second. */
async function settle(page) {
  let last = -1;
  for (let same = 0; same < 3;) {
    await page.waitForTimeout(250);
    const n = (await typedInputs(page)).length;
    same = n === last ? same + 1 : 0;
    last = n;
  }
}

/** The robot on the screen as it is now. Returns how many inputs it typed in. */
async function robot(page, where) {
  await settle(page);
  const inputs = await typedInputs(page);
  let n = 0;
  for (const { id, kind, value } of inputs) {
    if (!(await page.locator(`[id="${id}"]`).isVisible())) continue; // gone since (a method switch)
    const at = `${where} #${id}`;
    const started = Date.now();
    const before = await figures(page);
    const number = kind === 'decimal';
    const date = kind === 'numeric';
    // 1. A valid value.
    const valid = number ? '12' : date ? '01/02/2027' : `${value}Ab`;
    await typeInto(page, id, valid, before, at);
    await leave(page, id, at);
    // 2. A refused one (text has no refusal): marked in place, the figures keep the last value.
    if (number || date) {
      const accepted = await figures(page);
      const refused = number ? '1x' : '31/02/2026';
      await typeInto(page, id, refused, accepted, at);
      await leave(page, id, at);
      assert.ok(await invalid(page, id), `${at}: ${refused} was not marked refused`);
      assert.equal(await page.locator(`[id="${id}"]`).inputValue(), refused, `${at}: the refused text was not kept to fix`);
      assert.equal(await figures(page), accepted, `${at}: a refused entry moved a figure`);
      if (await page.locator('#hpp-bar').count()) {
        assert.equal(await page.locator('#bar-refused').count(), 1, `${at}: the price bar does not say an entry was refused`);
      }
      if (await page.locator('#quotation-editor').count()) {
        assert.equal(await page.locator('#quotation-link').count(), 0, `${at}: the quotation's link is offered over a refused entry`);
      }
    }
    // 3. The first value again: every figure is back.
    const shown = await page.locator(`[id="${id}"]`).inputValue();
    if (shown !== value) {
      await typeInto(page, id, value, await figures(page), at);
      await leave(page, id, at);
    }
    assert.ok(!(await invalid(page, id)), `${at}: still marked refused after its value was typed back`);
    assert.equal(await figures(page), before, `${at}: the figures did not come back with the first value`);
    if (process.env.ROBOT_DEBUG) console.log(at, Date.now() - started, 'ms');
    n++;
  }
  return n;
}

/** Each screen of the editor in turn, its folded cards opened. */
export async function everyScreen(page, where) {
  const counts = {};
  const screen = async (name) => {
    await settle(page); // the tab's part first, then its folded cards (a phone) opened
    await unfoldAll(page);
    // And what a card folds inside it ("Lainnya", the labour method not counted): typed in too.
    for (const summary of await page.locator('#panel details:not([open]) > summary').all()) {
      if (await summary.isVisible()) await summary.click();
    }
    counts[name] = await robot(page, `${where} ${name}`);
  };
  await page.click('#tab-costing');
  await screen('costing');
  await page.click('#tab-export');
  // The broker comparison's entries exist once it is started: started, so they are typed in too.
  await settle(page);
  await unfoldAll(page);
  if (await page.locator('#broker-compare').isVisible()) await page.click('#broker-compare');
  await screen('export');
  await page.click('#tab-workshop');
  await screen('workshop');
  await page.click('#tab-quote');
  await screen('quote');
  // A quotation of this sheet, with its PI and the company profile open.
  await page.click('#new-quotation');
  await page.locator('#quotation-editor').waitFor();
  for (const summary of await page.locator('#quotation-editor details:not([open]) > summary, #company-profile:not([open]) > summary').all()) {
    if (await summary.isVisible()) await summary.click();
  }
  await screen('quotation');
  // The library panel (its names are typed in too).
  await page.click('#library-button');
  await page.locator('.library-list li').first().waitFor();
  await screen('library');
  return counts;
}


/** Opens the editor at `viewport` and walks every screen; asserts each screen that has inputs
 *  had them typed in, and that the page raised no error. */
export async function robotRun(app, where, viewport) {
  const { context, page, errors } = await openEditor(app, { viewport, isMobile: where === 'phone', hasTouch: where === 'phone' });
  await page.click('#guide-skip');
  const counts = await everyScreen(page, where);
  console.log(`typing robot (${where}): ${JSON.stringify(counts)}`);
  // (The workshop tab has sliders and buttons only: nothing to type.)
  for (const screen of ['costing', 'export', 'quote', 'quotation']) assert.ok(counts[screen] > 0, `${where} ${screen}: no input was typed in`);
  assert.deepEqual(errors, []);
  await context.close();
}
