// Shared set-up for the end-to-end tests: one static server for dist/ and one Chromium per file.
import { before, after } from 'node:test';
import { serve } from './serve-dist.mjs';
import { launch } from './browser.mjs';

/** Starts the server and the browser before the file's tests and stops them after. */
export function useApp() {
  const app = { url: '', browser: null };
  let server;
  before(async () => {
    server = await serve();
    app.url = `http://127.0.0.1:${server.address().port}/`;
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    server?.close();
  });
  return app;
}

/** Types into a number field and leaves it, as a user does. */
export async function fillNumber(locator, text) {
  await locator.fill(text);
  await locator.blur();
}
