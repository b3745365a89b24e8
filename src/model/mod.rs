//! The pure costing core: money, currencies, FX, units, the document, its edits and `compute`.
//!
//! Nothing here imports `yew`, `web_sys`, `js_sys` or `gloo`, and nothing uses floats; a test
//! (`tests/it/architecture.rs`) keeps it so. The same core runs in the browser and natively.

pub mod allocation;
pub mod broker;
pub mod cash;
pub mod chart;
pub mod combined;
pub mod compute;
pub mod costing;
pub mod currency;
pub mod date;
pub mod document;
pub mod edit;
pub mod examples;
pub mod fx;
pub mod incoterms;
pub mod money;
pub mod outline;
pub mod packing;
pub mod paperwork;
pub mod phrases;
pub mod pricing;
pub mod profile;
pub mod proforma;
pub mod quotation;
pub mod quote;
pub mod rules;
pub mod sizes;
pub mod trail;
pub mod units;
pub mod whatif;
