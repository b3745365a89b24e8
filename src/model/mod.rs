//! The pure core, in layers, one folder each; a layer imports only from the layers above it in
//! this list (`tests/it/architecture.rs` fails on an upward import or an import cycle):
//!
//! 1. `base` — money, currencies, FX, units, dates, markup, packing, Incoterms, sizes;
//! 2. `sheet` — the document, its plain data and its edits;
//! 3. `cost` — the cost of production;
//! 4. `export` — the quote, the cash timeline, the broker comparison, the papers;
//! 5. `quotation` — a quotation of several articles, its PI, the company profile;
//! 6. `explain` — the formula trail, what-if, charts, outline, examples;
//! 7. `rules` — the one set of rules every door passes, for every record.
//!
//! Nothing here imports `yew`, `web_sys`, `js_sys`, `gloo`, the screens' words (`i18n`) or the
//! screens (`ui`), and nothing uses floats. The same core runs in the browser and natively.

pub mod base;
pub mod cost;
pub mod explain;
pub mod export;
pub mod quotation;
pub mod rules;
pub mod sheet;
