// Folded cards (ui/card.rs): a phone shows each card of the sheet as one line until tapped; a
// wide screen shows every card open and no fold button.

/** Opens a card that a phone shows folded, by its heading's id ("h-materials"), as a tap on its
 *  heading row does; an open card, or any card on a wide screen, stays as it is. */
export async function unfold(page, heading) {
  const fold = page.locator(`#${heading}-card > .card-head > .fold`);
  if (!(await fold.isVisible()) || (await fold.getAttribute('aria-expanded')) === 'true') return;
  await fold.click();
  await page.locator(`#${heading}-card:not(.folded)`).waitFor();
}

/** Opens every folded card on the page. */
export async function unfoldAll(page) {
  const folded = page.locator('.fold[aria-expanded="false"]:visible');
  for (let n = await folded.count(), left = n; left > 0; n = left) {
    await folded.first().click();
    left = await folded.count();
    if (left >= n) throw new Error('a tap on a folded card did not open it');
  }
}
