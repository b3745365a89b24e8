//! Tapak: footwear costing and export quotation.
//!
//! - `model`: the pure, web-free costing core (money, currencies, FX, units, document, compute).
//! - `codec`: wire formats (the JSON document file), apart from core and UI.
//! - `format`: reading and writing numbers and money the Indonesian or English way.
//! - `i18n`: every word the UI shows, in Indonesian and English.
//! - `store`: the library of sheets over a key–value trait (browser storage in `ui`, a map in tests).
//! - `ui` (wasm only): Yew components that render `compute`'s breakdown and send edits.

pub mod codec;
pub mod format;
pub mod i18n;
pub mod model;
pub mod share;
pub mod store;

#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The wasm programs' allocator: Talc instead of the default dlmalloc, smaller in the module a
/// buyer or a maker downloads (about 2 KB brotli; `e2e/budgets.json`) and faster. Single-threaded,
/// with memory grown from the browser as needed.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
