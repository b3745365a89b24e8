// Post-build step 1 (see postbuild.mjs): builds the buyer's page as its own wasm module.
// A buyer link (`#q=`) needs only link decoding and the read-only quotation (src/main_buyer.rs);
// Trunk builds one Rust app per page, so this step builds the second one the way Trunk builds the
// first: cargo (same profile) → wasm-bindgen --target web → wasm-opt with the same parameters as
// index.html's `data-wasm-opt-params` (release only). The files are named by their content hash,
// like Trunk's: tapak-buyer-<hash>.js and tapak-buyer-<hash>_bg.wasm.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function buildBuyer(dir) {
  const release = process.env.TRUNK_PROFILE === 'release';
  const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: source, stdio: ['ignore', 'inherit', 'inherit'] });
  run('cargo', ['build', '--target', 'wasm32-unknown-unknown', '--bin', 'tapak-buyer', ...(release ? ['--release'] : [])]);
  const target = process.env.CARGO_TARGET_DIR ?? join(source, 'target');
  const built = join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'tapak-buyer.wasm');
  const tmp = await mkdtemp(join(tmpdir(), 'tapak-buyer-'));
  try {
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', tmp, built]);
    let wasm = join(tmp, 'tapak-buyer_bg.wasm');
    if (release) {
      const html = await readFile(process.env.TRUNK_HTML_FILE ?? join(source, 'index.html'), 'utf8');
      const params = html.match(/data-wasm-opt-params="([^"]*)"/)?.[1].split(/\s+/).filter(Boolean) ?? [];
      const level = html.match(/data-wasm-opt="([^"]*)"/)?.[1] ?? 'z';
      run('wasm-opt', [`-O${level}`, ...params, wasm, '-o', join(tmp, 'opt.wasm')]);
      wasm = join(tmp, 'opt.wasm');
    }
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
