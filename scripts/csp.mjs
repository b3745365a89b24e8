// Tapak's Content-Security-Policy, one definition for the page's <meta> tag (postbuild.mjs) and
// the headers file of the published site (site.mjs). Without 'unsafe-inline', so no injected text
// can ever run as script:
//   script-src 'self' 'wasm-unsafe-eval'  — our own files, and compiling our wasm
//   style-src 'self'                      — our stylesheet only (the UI sets no inline styles)
//   connect-src 'self'                    — the app fetches nothing but its own files
export const policy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** What only a response header can say (a <meta> policy ignores frame-ancestors). */
export const headerOnly = ["frame-ancestors 'none'"];
