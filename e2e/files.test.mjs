// End-to-end: save the sheet as a file, open it again; a bad file is refused with a message
// in the UI language and the sheet on screen is untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, fillNumber } from './harness.mjs';

const app = useApp();

test('save a sheet to a file, open it back; a bad file changes nothing', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('dialog', (d) => d.accept());
  await page.goto(app.url);
  await page.locator('#hpp-per-pair').waitFor();

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-file')]);
  assert.equal(download.suggestedFilename(), 'TPK-SN01.tapak.json');
  const saved = await readFile(await download.path(), 'utf8');
  assert.equal(JSON.parse(saved).schema, 2);
  assert.match(saved, /"net_consumption": "1.6"/, 'decimals are written as strings');

  // A new sheet, then the saved file brings the example back.
  await page.click('#new-sheet');
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp0');
  await page.setInputFiles('#open-file', { name: 'busan.tapak.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await page.locator('.notice.ok').waitFor();
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp162.566');

  // Damaged or foreign files: a clear message, and the open sheet stays as it was.
  await page.setInputFiles('#open-file', { name: 'foto.json', mimeType: 'application/json', buffer: Buffer.from('{"foo": 1') });
  await page.locator('.notice', { hasText: 'bukan lembar Tapak atau rusak' }).waitFor();
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp162.566');
  await page.click('#lang-en');
  await page.setInputFiles('#open-file', { name: 'new.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": 9}') });
  await page.locator('.notice', { hasText: 'newer Tapak (schema 9)' }).waitFor();
  assert.equal(await page.locator('#hpp-per-pair').textContent(), 'Rp162,566');
  await context.close();
});
