//! One integration-test binary for the native core. Each case shows its arithmetic.
#![cfg(not(target_arch = "wasm32"))]

mod architecture;
mod cli;
mod costing;
mod edits;
mod format;
mod money;
mod properties;
mod quote;

use rust_decimal::Decimal;

/// A decimal from a literal string; test data only.
pub fn d(s: &str) -> Decimal {
    s.parse().expect("test literal")
}
