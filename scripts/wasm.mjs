// What the editor's and the buyer's modules share when they are built (postbuild.mjs): one cargo
// build of both programs and one set of wasm-opt parameters.
//
// Trunk copies the page, the styles and the assets; the two wasm modules are built here, because
// Trunk 0.21 builds one Rust program per page and cannot split one into chunks (editor.mjs).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const release = process.env.TRUNK_PROFILE === 'release';
export const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();

export const run = (cmd, args, env = {}) =>
  execFileSync(cmd, args, { cwd: source, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });

// Size first (`-Oz`, twice: once more after --generate-global-effects has told the optimiser
// which functions have no side effects), with the wasm features every current browser has.
const optParams = ['--generate-global-effects', '-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
  '--strip-debug', '--strip-producers'];

/** wasm-opt `input` into `output` (release builds only; returns the file to use); `more`: further
 * passes (the buyer's small module also runs `--converge`, which repeats the passes until the
 * module stops shrinking: about 0.1 KB brotli there, seconds; minutes on the editor's). */
export function optimise(input, output, more = []) {
  if (!release) return input;
  run('wasm-opt', ['-Oz', ...optParams, ...more, input, '-o', output]);
  return output;
}

/**
 * Builds both programs in one cargo run (one compile of the library), with the `split` feature
 * and relocations kept in the output, which wasm-split-cli needs to move code between chunks.
 * Returns the path of each program's wasm.
 */
export function cargoBuild() {
  run('cargo', ['build', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', 'tapak-web', '--bin', 'tapak-buyer',
    '--features', 'split', ...(release ? ['--release'] : [])],
  // (Cargo ignores the per-target variable when RUSTFLAGS is set: then the flag joins those.)
  process.env.RUSTFLAGS
    ? { RUSTFLAGS: `${process.env.RUSTFLAGS} -Clink-args=--emit-relocs` }
    : { CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS: '-Clink-args=--emit-relocs' });
  const target = process.env.CARGO_TARGET_DIR ?? join(source, 'target');
  const out = join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug');
  return { editor: join(out, 'tapak-web.wasm'), buyer: join(out, 'tapak-buyer.wasm') };
}

/**
 * `bytes` without the linker's relocation sections (`linking`, `reloc.*`), which the build keeps
 * for wasm-split-cli: a module that is not split (the buyer's) does not need them, and wasm-opt
 * cannot optimise a module that has them.
 */
export function withoutRelocations(bytes) {
  const leb = (at) => {
    let value = 0, shift = 0, byte;
    do { byte = bytes[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return [value, at];
  };
  const kept = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = leb(at + 1);
    const end = body + size;
    let drop = false;
    if (id === 0) {
      const [length, name] = leb(body);
      const title = new TextDecoder().decode(bytes.subarray(name, name + length));
      drop = title === 'linking' || title.startsWith('reloc.');
    }
    if (!drop) kept.push(bytes.subarray(at, end));
    at = end;
  }
  return Buffer.concat(kept);
}
