//! Starts the web app; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    tapak::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("tapak-web is the browser build; serve it with `./scripts/serve` (see README).");
}
