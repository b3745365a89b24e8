//! The buyer's page alone: a `#q=` link's quotation, read-only. A separate wasm module so a
//! buyer downloads only link decoding and the quotation page (no editor, workshop, storage or
//! JSON); `scripts/postbuild.mjs` builds it, and its start script calls the two functions below:
//!
//! 1. `unseal(bytes)`: the link's checksum and version (`share::link::unseal_bytes`; the start
//!    script decodes the base64 with the browser's `atob`), giving the version byte and the
//!    deflated body, or a fault code;
//! 2. the start script inflates the body with the browser's own `DecompressionStream` (so this
//!    module carries no inflater and no async executor), at most `MAX_BUYER_BYTES`;
//! 3. `show(version, body, fault, tag, texts)`: reads the body and shows the page, in the buyer's
//!    language, whose texts the start script fetched (`texts-<tag>.txt`) beside the module.
//!
//! Fault codes (the start script uses the same numbers): 1 damaged, 2 too large, 3 a browser
//! without `DecompressionStream`, 256 + v a link of an unknown version v.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn unseal(payload: &[u8]) -> Result<Vec<u8>, u32> {
    tapak::ui::buyer_unseal(payload)
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn show(version: u8, body: Option<Vec<u8>>, fault: u32, tag: String, texts: String) {
    tapak::ui::show_buyer(version, body, fault, &tag, &texts);
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("tapak-buyer is the browser build of the buyer page; see README.");
}
