// End-to-end: the library of sheets in this browser, and work that survives reloads, deleted
// sheets, backups and a browser that refuses to store anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, fillNumber } from './harness.mjs';

const app = useApp();
const hpp = (page) => page.locator('#hpp-per-pair');
const names = (page) => page.locator('.library-list input[type=text]').evaluateAll((els) => els.map((e) => e.value));
/** Waits until the library lists `n` sheets (the list follows each action once it has run). */
const listed = (page, n) => page.waitForFunction((n) => document.querySelectorAll('.library-list input[type=text]').length === n, n);

test('sheets are kept, renamed, duplicated, deleted with undo, backed up and imported', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(app.url);
  await hpp(page).waitFor();

  // A second sheet; the example stays in the library.
  await page.click('#new-sheet');
  await page.getByLabel('Nama artikel').fill('Sandal pantai');
  await fillNumber(page.getByLabel('Jumlah pesanan (pasang)'), '2.000');
  await page.click('#library-button');
  // (The panel is a part of its own: read its list once it has arrived.)
  await page.locator('.library-list:not(.aside-list) li').nth(1).waitFor();
  assert.deepEqual((await names(page)).sort(), ['Lembar tanpa nama', 'Sneaker kasual kulit (contoh)']);

  // Rename the new one, duplicate the example, delete the copy and undo.
  const current = page.locator('.library-list li.current input[type=text]');
  await current.fill('Sandal pantai 2026');
  await current.blur();
  const example = page.locator('.library-list li[data-name="Sneaker kasual kulit (contoh)"]');
  await example.getByRole('button', { name: 'Gandakan' }).click();
  await listed(page, 3);
  const copy = page.locator('.library-list li[data-name="Sneaker kasual kulit (contoh) (salinan)"]');
  await copy.getByRole('button', { name: /^Hapus/ }).click();
  await listed(page, 2);
  await page.click('#undo-delete');
  await listed(page, 3);

  // Reload at once, inside the autosave delay: the sheet is saved when the page is hidden, so it
  // comes back as it was left, and the library with it.
  await page.getByLabel('Nama artikel').fill('Sandal pantai');
  await page.reload();
  await hpp(page).waitFor();
  assert.equal(await page.getByLabel('Nama artikel').inputValue(), 'Sandal pantai');
  assert.equal(await page.getByLabel('Jumlah pesanan (pasang)').inputValue(), '2.000');

  // Open the example from the library.
  await page.click('#library-button');
  await example.getByRole('button', { name: 'Buka' }).click();
  await page.locator('#hpp-per-pair', { hasText: 'Rp162.566' }).waitFor();

  // Back up everything; importing the backup asks before touching a sheet with the same id
  // (the dialog is dismissed: keep both), so the library doubles and nothing is overwritten.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#backup-all')]);
  const backup = await readFile(await download.path(), 'utf8');
  assert.equal(JSON.parse(backup).documents.length, 3);
  await page.setInputFiles('#import-backup', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await page.locator('.notice.ok', { hasText: 'Diimpor: 3 lembar' }).waitFor();
  assert.equal(dialogs.filter((m) => m.includes('nomor yang sama')).length, 3);
  await listed(page, 6);
  await context.close();
});

test('a browser that refuses storage says so, and the work stays on the page', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const page = await context.newPage();
  await page.goto(app.url);
  await hpp(page).waitFor();
  await fillNumber(page.getByLabel('Jumlah pesanan (pasang)'), '1.000');
  await page.locator('.notice', { hasText: 'Browser menolak menyimpan' }).waitFor();
  // One-off Rp31.620.000 now spreads over 1.000 pairs: HPP changes and the figures keep working.
  assert.notEqual(await hpp(page).textContent(), 'Rp162.566');
  assert.equal(await page.getByLabel('Jumlah pesanan (pasang)').inputValue(), '1.000');
  await context.close();
});
