//! Starts the buyer's page alone: a `#q=` link's quotation, read-only. A separate wasm module so a
//! buyer downloads only link decoding and the quotation page (no editor, workshop, storage or
//! JSON); `scripts/postbuild.mjs` builds it and the start script picks it for `#q=` fragments.

#[cfg(target_arch = "wasm32")]
fn main() {
    tapak::ui::start_buyer();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("tapak-buyer is the browser build of the buyer page; see README.");
}
