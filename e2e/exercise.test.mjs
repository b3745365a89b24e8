// End-to-end: a coach's exercise (issue 28). Hide the FOB price: the workshop tab, the price bar
// and the projector show "?" and the price is nowhere in the page's text until "Tampilkan
// jawaban"; the A4 handout prints alone, on at most two pages, with "?" boxes or the answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openEditor } from './harness.mjs';

const app = useApp();
const FOB = 'USD 11,48';

/** The editor at a 1280 × 720 projector's size, the guide skipped, on the workshop tab, where
 *  the first visit's sheet (the Busan sneaker, FOB USD 11,48) is open. */
async function workshop() {
  const { context, page, errors } = await openEditor(app, { viewport: { width: 1280, height: 720 } });
  await page.click('#guide-skip');
  await page.click('#tab-workshop');
  await page.locator('#h-exercise').waitFor();
  return { context, page, errors };
}

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('hide the FOB price: "?" on the tab, the price bar and the projector until shown', async () => {
  const { context, page, errors } = await workshop();
  assert.equal(await page.locator('#whatif-price').textContent(), FOB);
  assert.equal(await page.locator('#exercise-reveal').count(), 0, 'nothing to reveal before anything is hidden');

  await page.check('#hide-fob');
  // The quoted term is FOB: the quoted price is the FOB price, hidden wherever it is shown.
  for (const at of ['#whatif-price', '#compare-unit', '#bar-price strong', '#terms-price-fob', '#mm-price']) {
    assert.equal(await page.locator(at).textContent(), '?', at);
  }
  assert.equal(await page.locator('#whatif-price .hidden-answer').getAttribute('aria-label'), 'jawaban disembunyikan');
  assert.equal(await page.locator('#bar-price .hidden-answer').getAttribute('aria-label'), 'jawaban disembunyikan');
  // Not in the page's text anywhere, the charts that would give it away included (nor in the
  // handout, which is in the page for printing).
  assert.ok(!(await page.evaluate(() => document.body.innerText)).includes('11,48'));
  assert.ok(!(await page.evaluate(() => document.body.textContent)).includes('11,48'));
  assert.ok(!(await page.evaluate(() => document.body.textContent)).includes('11,4829'));
  // The other answers stay: the HPP, the order total (an answer of its own).
  assert.equal(await page.locator('#compare-total').textContent(), 'USD 37.310,00');
  assert.match(await page.locator('#hpp-bar').textContent(), /Rp162\.566/);
  // The trail would show the price: its button waits for the answers.
  assert.ok(await page.locator('#why-price').isDisabled());

  // The projector hides it too, on every step.
  await page.click('#projector-open');
  await page.locator('#projector').waitFor();
  assert.equal(await page.locator('#p-price').textContent(), '?');
  await page.click('#p-mode');
  assert.ok(!(await page.locator('#projector').innerText()).includes('11,48'));
  assert.match(await page.locator('#projector').innerText(), /Rp162\.565,58/, 'the HPP, a given, is shown');
  // "Tampilkan jawaban" on the projector shows it; "Sembunyikan lagi" hides it again.
  assert.equal(await page.locator('#p-reveal').textContent(), 'Tampilkan jawaban');
  await page.click('#p-reveal');
  assert.equal(await page.locator('#p-price').textContent(), FOB);
  assert.match(await page.locator('#projector').innerText(), /USD 11,4829/);
  assert.equal(await page.locator('#p-reveal').textContent(), 'Sembunyikan lagi');
  await page.click('#p-reveal');
  assert.equal(await page.locator('#p-price').textContent(), '?');
  await page.keyboard.press('Escape');

  // Back on the tab, still hidden; "Tampilkan jawaban" reveals it, keeping the choice.
  await page.locator('#h-exercise').waitFor();
  assert.equal(await page.locator('#whatif-price').textContent(), '?');
  assert.ok(await page.locator('#hide-fob').isChecked());
  await page.click('#exercise-reveal');
  assert.equal(await page.locator('#whatif-price').textContent(), FOB);
  assert.equal(await page.locator('#bar-price strong').textContent(), FOB);
  assert.ok(await page.locator('#why-price').isEnabled());
  assert.equal(await page.locator('#exercise-reveal').textContent(), 'Sembunyikan lagi');
  await page.click('#exercise-reveal');
  assert.equal(await page.locator('#whatif-price').textContent(), '?');

  // The price bar (shown below 1100 px) has "?" for the HPP too, on the workshop tab only: a
  // teaching view, the sheet is unchanged and the other tabs show their figures.
  await page.setViewportSize({ width: 1000, height: 720 });
  await page.check('#hide-hpp');
  assert.equal(await page.locator('#hpp-bar .hpp-masked').getAttribute('aria-label'), 'jawaban disembunyikan');
  assert.doesNotMatch(await page.locator('#hpp-bar').innerText(), /Rp162\.566|11,48/);
  assert.match(await page.locator('#hpp-bar').innerText(), /\?\s*· FOB \?/);
  await page.click('#tab-costing');
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp162.566');
  assert.match(await page.locator('#hpp-bar').innerText(), /Rp162\.566\s*· FOB USD 11,48/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the handout prints alone on at most two A4 pages, with "?" boxes or with the answers', async () => {
  const { context, page, errors } = await workshop();
  await page.check('#hide-fob');
  await page.check('#hide-margin');

  // On screen the handout is not shown; in print only the handout is.
  assert.ok(!(await page.locator('#handout').isVisible()));
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('#handout').isVisible());
  for (const chrome of ['#whatif-exchangerate', '#hide-fob', '#handout-print', '#tab-workshop', '#hpp-bar', '#projector-open']) {
    assert.ok(!(await page.locator(chrome).isVisible()), `${chrome} is not printed`);
  }
  const sheet = await page.locator('#handout').innerText();
  assert.match(sheet, /^Lembar latihan/);
  assert.match(sheet, /Harga ex-works = HPP × \(1 \+ markup\)/);
  assert.match(sheet, /Rp162\.565,58/, 'the HPP, a given');
  assert.match(sheet, /Rp182\.073,44/, 'the ex-works price, a given');
  assert.ok(!sheet.includes('11,48'), 'the FOB price is a blank box');
  assert.ok(!sheet.includes('Rp19.507,87'), 'so is the profit');
  assert.equal(await page.locator('#handout .h-box').count(), 4, 'FOB shipment, FOB per pair, quoted price, profit');
  assert.equal(await page.locator('#handout .h-box').first().getAttribute('aria-label'), 'jawaban disembunyikan');
  // What the body prints is the handout alone.
  assert.equal((await page.evaluate(() => document.body.innerText)).trim(), sheet.trim());
  const blank = await page.pdf({ format: 'A4', printBackground: true });
  assert.ok(pages(blank) >= 1 && pages(blank) <= 2, `${pages(blank)} pages`);

  // The coach's copy, with the answers.
  await page.emulateMedia({ media: 'screen' });
  await page.check('#handout-answers');
  await page.emulateMedia({ media: 'print' });
  const key = await page.locator('#handout').innerText();
  assert.match(key, /^Lembar jawaban/);
  assert.match(key, /USD 11,48\b/);
  assert.match(key, /USD 11,4829/);
  assert.match(key, /Rp19\.507,87/);
  assert.equal(await page.locator('#handout .h-box').count(), 0);
  const answers = await page.pdf({ format: 'A4', printBackground: true });
  assert.ok(pages(answers) >= 1 && pages(answers) <= 2, `${pages(answers)} pages`);

  // In English too, "?" is read as "answer hidden".
  await page.emulateMedia({ media: 'screen' });
  await page.uncheck('#handout-answers');
  await page.click('#lang-en');
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.locator('#handout').innerText(), /^Exercise handout/);
  assert.equal(await page.locator('#handout .h-box').first().getAttribute('aria-label'), 'answer hidden');
  assert.deepEqual(errors, []);
  await context.close();
});
