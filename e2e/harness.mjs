// Shared set-up for the end-to-end tests: one static server for dist/ and one Chromium per file.
import zlib from 'node:zlib';
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

/** Types into a field and leaves it, as a user does: every typed field commits its text when it
 *  is left (or on Enter), never while it is being typed (ui/fields.rs). */
export async function fillField(locator, text) {
  await locator.fill(text);
  await locator.blur();
}

/** A number field is a field like any other. */
export const fillNumber = fillField;

/** A worksheet link (`#w=`) for any JSON text, sealed as `share::link` seals it: version byte 1,
 *  raw deflate, CRC-32 of both, little-endian, base64url without padding. */
export function worksheetLink(base, json) {
  const body = Buffer.concat([Buffer.from([1]), zlib.deflateRawSync(Buffer.from(json))]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32LE(zlib.crc32(body));
  return `${base}#w=${Buffer.concat([body, crc]).toString('base64url')}`;
}

/** A new browser context with the editor open and its first figure shown (1280 × 900 unless
 *  `options` say otherwise; any other context option passes through). Page errors are collected
 *  in `errors`; dialogs (confirmations) are accepted, unless `options.dialogs` is a function
 *  (dialog) → Promise that answers them, and their messages are collected in `dialogs`. */
export async function openEditor(app, { dialogs: answer = (d) => d.accept(), ...options } = {}) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  const dialogs = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { dialogs.push(d.message()); return answer(d); });
  await page.goto(app.url);
  await page.locator('#hpp-per-pair').waitFor();
  return { context, page, errors, dialogs };
}


export { unfold, unfoldAll } from './fold.mjs';
