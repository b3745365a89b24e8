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
