// Post-build step (see postbuild.mjs): the buyer's page as its own wasm module.
// A buyer link (`#q=`) needs only link decoding and the read-only quotation (src/main_buyer.rs):
// wasm-bindgen --target web, then wasm-opt (release only). The files are named by their content
// hash: tapak-buyer-<hash>.js and tapak-buyer-<hash>_bg.wasm.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { optimise, run, withoutRelocations } from './wasm.mjs';

// Added to the buyer's JavaScript (wasm-bindgen's module, whose `unseal` and `show` it calls):
// the start script calls `start` once the module is ready. It decodes the link's base64 (atob),
// the module checks it (`unseal`), this inflates its body with the browser's own
// DecompressionStream, at most 65536 bytes (`link::MAX_BUYER_BYTES`), and the module shows it
// (`show`) in the language whose texts the start script fetched. Fault codes as in
// src/main_buyer.rs: 1 damaged, 2 too large, 3 a browser without DecompressionStream.
const START = `
export async function start(tag, texts) {
  let sealed, body, fault = 0;
  try { sealed = unseal(Uint8Array.from(atob(location.hash.slice(3).replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))); } catch (code) { fault = typeof code === 'number' ? code : 1; }
  if (sealed) {
    try {
      const reader = new Blob([sealed.subarray(1)]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
      const parts = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.length;
        if (size > 65536) { reader.cancel(); throw 2; }
        parts.push(value);
      }
      body = new Uint8Array(size);
      size = 0;
      for (const p of parts) { body.set(p, size); size += p.length; }
    } catch (e) { fault = typeof e === 'number' ? e : typeof DecompressionStream === 'undefined' ? 3 : 1; }
  }
  show(sealed ? sealed[0] : 0, body, fault, tag, await texts);
}
`;

/** `built`: the buyer program's wasm from cargo (wasm.mjs `cargoBuild`). */
export async function buildBuyer(dir, built) {
  const tmp = await mkdtemp(join(tmpdir(), 'tapak-buyer-'));
  try {
    const plain = join(tmp, 'tapak-buyer.wasm');
    await writeFile(plain, withoutRelocations(await readFile(built)));
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', tmp, plain]);
    const wasm = optimise(join(tmp, 'tapak-buyer_bg.wasm'), join(tmp, 'opt.wasm'), ['--converge']);
    const js = Buffer.concat([await readFile(join(tmp, 'tapak-buyer.js')), Buffer.from(START)]);
    const bin = await readFile(wasm);
    const hash = createHash('sha256').update(js).update(bin).digest('hex').slice(0, 16);
    const names = { js: `tapak-buyer-${hash}.js`, wasm: `tapak-buyer-${hash}_bg.wasm` };
    await writeFile(join(dir, names.js), js);
    await writeFile(join(dir, names.wasm), bin);
    return names;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
