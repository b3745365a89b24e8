// End-to-end: the typing robot (issue 27). It walks every screen of the editor on a desktop and on
// a 390-px phone and, in every visible enabled input, types as a person does, key by key with a
// pause: a valid value, then a refused one, then the field's own value again. It asserts that
//   - focus stays in the field while typing, and the field shows exactly what was typed;
//   - the figures follow only committed values: nothing moves until the field is left;
//   - leaving the field keeps its element (nothing is rebuilt under the cursor) and moves focus on;
//   - a refused value is marked in place, the figures keep the last accepted value, the price bar
//     says so, and the quotation's link waits;
//   - typing the first value back brings every figure back to what it was.
// Screens join by being rendered: the robot finds the inputs, no list names them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openEditor } from './harness.mjs';
import { robotRun } from './robot.mjs';

const app = useApp();

test('the typing robot on every screen (desktop)', { timeout: 480_000 }, () => robotRun(app, 'desktop', { width: 1280, height: 900 }));

/** Issue 27 #1, as it was found: a new workshop line's rate typed key by key kept only its first
 *  keys (the row was rebuilt under the cursor when the line's step became bought). Typed key by
 *  key it must price exactly as the same rate entered at once; after a refused -5000, typing
 *  5000 again must be what is used. */
test("a new workshop line's rate typed key by key is the rate used", async () => {
  const { context, page, errors } = await openEditor(app);
  await page.click('#guide-skip');
  const hpp = () => page.locator('#hpp-per-pair').textContent();
  assert.equal(await hpp(), 'Rp162.566');
  await page.click('#bought button.add');
  const row = page.locator('#bought .bought-row').last();
  const rate = row.locator('input[id$="-rate"]');
  const id = await rate.getAttribute('id');
  // The new line's 0 is selected on focus, so typing replaces it (5000, not 50000).
  await rate.click();
  await page.keyboard.type('5000', { delay: 80 });
  assert.equal(await page.evaluate(() => document.activeElement.id), id, 'focus stayed while typing');
  assert.equal(await hpp(), 'Rp162.566', 'nothing is priced before the field is left');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), id.replace('-rate', '-per'), 'Tab goes on to the next field');
  assert.equal(await rate.inputValue(), '5.000');
  const keyed = await hpp();
  assert.notEqual(keyed, 'Rp162.566');
  // The same rate entered at once prices the same.
  await rate.fill('0');
  await rate.blur();
  assert.equal(await hpp(), 'Rp162.566');
  await rate.fill('5000');
  await rate.blur();
  assert.equal(await hpp(), keyed);
  // A refused -5000 changes nothing and is marked; 5000 typed over it is what is used.
  await rate.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('-5000', { delay: 40 });
  await page.keyboard.press('Tab');
  assert.equal(await page.locator(`#${id}-err`).count(), 1);
  assert.equal(await hpp(), keyed);
  assert.equal(await page.locator('#bar-refused').count(), 1);
  await rate.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('4000', { delay: 40 });
  await page.keyboard.press('Enter');
  assert.equal(await rate.inputValue(), '4.000');
  assert.equal(await page.locator(`#${id}-err`).count(), 0);
  assert.equal(await page.locator('#bar-refused').count(), 0);
  assert.notEqual(await hpp(), keyed, 'the new rate is used');
  assert.deepEqual(errors, []);
  await context.close();
});
