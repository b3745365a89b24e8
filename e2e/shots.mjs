// Shared set-up for the screenshot scripts: the output folder, a static server for dist/ and
// one Chromium, closed whatever happens.
import { serve } from './serve-dist.mjs';
import { launch } from './browser.mjs';
import { mkdir } from 'node:fs/promises';

/** Runs `take({ browser, url, out })` against the release build and says where the files went. */
export async function shoot(take) {
  const out = new URL('../docs/screenshots/', import.meta.url).pathname;
  await mkdir(out, { recursive: true });
  const server = await serve();
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launch();
  try {
    await take({ browser, url, out });
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`screenshots in ${out}`);
}

/** The desktop (1280 px) and phone (390 px) viewports every screenshot script takes. */
export const VIEWPORTS = [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]];

/** A fresh page on the editor at `viewport`, the guide skipped, in `lang` (dialogs accepted). */
export async function editorPage(browser, url, viewport, lang) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, acceptDownloads: true });
  const page = await context.newPage();
  page.on('dialog', (d) => d.accept());
  await page.goto(url);
  await page.locator('#hpp-per-pair').waitFor();
  await page.click('#guide-skip').catch(() => {});
  await page.click(`#lang-${lang}`);
  return { context, page };
}
