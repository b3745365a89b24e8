//! One integration-test binary for the native core. Each case shows its arithmetic.
#![cfg(not(target_arch = "wasm32"))]

mod architecture;
mod cli;
mod costing;
mod doors;
mod edits;
mod exact;
mod format;
mod freight;
mod hostile;
mod library;
mod money;
mod properties;
mod quote;
mod share;
mod trail;
mod whatif;

use rust_decimal::Decimal;
use tapak::model::currency::Currency;
use tapak::model::document::{MaterialLine, Section};
use tapak::model::fx::ExchangeRate;
use tapak::model::units::Unit;

/// A decimal from a literal string; test data only.
pub fn d(s: &str) -> Decimal {
    s.parse().expect("test literal")
}

/// A material line: `net` `unit` per pair with `waste` %, at `price` per `price_unit` in `currency`.
#[allow(clippy::too_many_arguments)]
pub fn line(
    id: u32,
    section: Section,
    unit: Unit,
    net: &str,
    waste: &str,
    price: &str,
    price_unit: Unit,
    currency: Currency,
) -> MaterialLine {
    MaterialLine {
        id,
        section,
        name: format!("line {id}"),
        unit,
        net_consumption: d(net),
        waste_pct: d(waste),
        unit_price: d(price),
        price_unit,
        currency,
        grading_pct: None,
    }
}

/// 1 `base` = `r` `quote`, dated 2025-07-29.
pub fn rate(id: u32, base: Currency, quote: Currency, r: &str) -> ExchangeRate {
    ExchangeRate { id, base, quote, rate: d(r), date: "2025-07-29".into(), source: "JISDOR".into() }
}
