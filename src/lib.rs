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
