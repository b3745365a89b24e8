// Post-build step (see postbuild.mjs): the buyer's page as its own wasm module.
// A buyer link (`#q=`) needs only link decoding and the read-only quotation (src/main_buyer.rs):
// wasm-bindgen --target web, then wasm-opt (release only). The files are named by their content
// hash: tapak-buyer-<hash>.js and tapak-buyer-<hash>_bg.wasm.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { optimise, run, withoutRelocations } from './wasm.mjs';

/** `built`: the buyer program's wasm from cargo (wasm.mjs `cargoBuild`). */
export async function buildBuyer(dir, built) {
  const tmp = await mkdtemp(join(tmpdir(), 'tapak-buyer-'));
  try {
    const plain = join(tmp, 'tapak-buyer.wasm');
    await writeFile(plain, withoutRelocations(await readFile(built)));
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', tmp, plain]);
    const wasm = optimise(join(tmp, 'tapak-buyer_bg.wasm'), join(tmp, 'opt.wasm'), ['--converge']);
    const js = await readFile(join(tmp, 'tapak-buyer.js'));
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
