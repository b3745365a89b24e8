//! The trade's arithmetic that needs no cost sheet: exact money and its rounding, currencies,
//! exchange rates, units, dates, markup and margin, cartons and containers, Incoterms' chains,
//! size runs, and a bar's scale. Imports nothing else of the model.

pub mod country;
pub mod currency;
pub mod date;
pub mod fx;
pub mod incoterms;
pub mod money;
pub mod packing;
pub mod pricing;
pub mod scale;
pub mod sizes;
pub mod units;
