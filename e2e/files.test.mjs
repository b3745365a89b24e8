// End-to-end: save the sheet as a file, open it again; a bad file is refused with a message
// in the UI language and the sheet on screen is untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, fillNumber, fillField, openEditor } from './harness.mjs';

const app = useApp();

test('save a sheet to a file, open it back; a bad file changes nothing', async () => {
  const { context, page } = await openEditor(app, { acceptDownloads: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-file')]);
  assert.equal(download.suggestedFilename(), 'TPK-SN01.tapak.json');
  const saved = await readFile(await download.path(), 'utf8');
  assert.equal(JSON.parse(saved).schema, 7);
  assert.match(saved, /"net_consumption": "1.6"/, 'decimals are written as strings');

  // A new sheet, then the saved file brings the example back.
  await page.click('#new-sheet');
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp0');
  await page.setInputFiles('#open-file', { name: 'busan.tapak.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await page.locator('.notice.ok').waitFor();
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp162.566');

  // Damaged or foreign files: a clear message, and the open sheet stays as it was.
  await page.setInputFiles('#open-file', { name: 'foto.json', mimeType: 'application/json', buffer: Buffer.from('{"foo": 1') });
  await page.locator('#file-refused', { hasText: 'rusak atau bukan lembar Tapak' }).waitFor();
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp162.566');
  // The parser's own words are only behind the details toggle.
  assert.doesNotMatch(await page.locator('#file-refused > p').textContent(), /EOF|line \d+ column/);
  assert.equal(await page.locator('#file-refused details code').isVisible(), false);
  // With the notice's part loaded, every other part still opens as itself (each is kept by name).
  await page.click('#tab-export');
  await page.locator('#unit-price').waitFor();
  await page.click('#tab-costing');

  // Hostile values: refused field by field, in Indonesian; the page stays alive and unchanged.
  const hostile = JSON.parse(saved);
  hostile.materials[2].net_consumption = '-2.4';
  hostile.shipping.carton.length_cm = '-60';
  hostile.terms.commission_pct = '100000000000000000000';
  await page.setInputFiles('#open-file', { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
  const refused = page.locator('#file-refused');
  await refused.locator('li', { hasText: 'Bahan baku, baris 3 · Kebutuhan bersih/pasang: Tidak boleh negatif.' }).waitFor();
  assert.equal(await refused.locator('li').count(), 3);
  assert.match(await refused.textContent(), /Komisi broker\/agen \(%\): Paling besar 100\./);
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp162.566');
  await fillNumber(page.locator('[id^="mat-"][id$="-net"]').first(), '1,7');
  assert.notEqual(await page.locator('#hpp-per-pair').textContent(), 'Rp162.566', 'the page still computes');
  await fillNumber(page.locator('[id^="mat-"][id$="-net"]').first(), '1,6');
  await page.click('#lang-en');
  await page.setInputFiles('#open-file', { name: 'new.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": 9}') });
  await page.locator('.notice', { hasText: 'newer Tapak (schema 9)' }).waitFor();
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp162,566');
  await context.close();
});

test('opening the same file twice asks first; "Batal" opens the sheet already in the library', async () => {
  const { context, page, errors, dialogs } = await openEditor(app, { acceptDownloads: true, dialogs: (d) => d.dismiss() });
  // The example says its figures are illustrative; the maker's own sheet does not.
  assert.equal(await page.locator('#illustrative').count(), 1);
  await fillField(page.getByLabel('Nama artikel'), 'Sepatu Kulit Pak Kim');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-file')]);
  const saved = await readFile(await download.path(), 'utf8');
  await page.click('#new-sheet');
  assert.equal(await page.locator('#illustrative').count(), 0, 'a new sheet is not an example');
  await page.click('#library-button');
  const entries = page.locator('#library .library-list:not(.aside-list) > li');
  await entries.first().waitFor();
  const before = await entries.count();
  await page.setInputFiles('#open-file', { name: 'kim.tapak.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await page.waitForFunction(() => document.querySelector('#hpp-per-pair')?.textContent === 'Rp162.566');
  assert.deepEqual(dialogs, ['Isi berkas ini sama dengan lembar di pustaka “Sepatu Kulit Pak Kim”. Tambahkan sebagai salinan kedua? (Batal: buka yang sudah ada.)']);
  assert.equal(await entries.count(), before, 'no second copy');
  assert.equal(await page.locator('#library li.current').getAttribute('data-name'), 'Sepatu Kulit Pak Kim', 'the sheet already there is open, under the name that follows its article');
  assert.deepEqual(errors, []);
  await context.close();
});
