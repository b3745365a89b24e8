//! One integration-test binary for the native core. Each case shows its arithmetic.
#![cfg(not(target_arch = "wasm32"))]

mod allocation;
mod architecture;
mod cash;
mod cli;
mod coach;
mod costing;
mod deal;
mod doors;
mod edits;
mod exact;
mod exercise;
mod format;
mod freight;
mod hostile;
mod library;
mod money;
mod outline;
mod phrases;
mod properties;
mod quotation;
mod quote;
mod refused;
mod session;
mod share;
mod trail;
mod whatif;

use rust_decimal::Decimal;
use tapak::model::base::currency::Currency;
use tapak::model::base::fx::ExchangeRate;
use tapak::model::base::units::Unit;
use tapak::model::sheet::document::{MaterialLine, Section};

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
        buyer_supplied: false,
    }
}

/// 1 `base` = `r` `quote`, dated 2025-07-29.
pub fn rate(id: u32, base: Currency, quote: Currency, r: &str) -> ExchangeRate {
    ExchangeRate { id, base, quote, rate: d(r), date: "2025-07-29".into(), source: "JISDOR".into() }
}

/// A shipment's chain of costs in USD: EXW 10.000; export clearance 100; inland 200; origin
/// THC/docs 300; freight 1.000; destination 400; unloading 50; import clearance 150. Premium
/// 0,5 % under both ICC (C) and (A) (so CIF and CIP agree), duty and import taxes 10 %, customs
/// value on CIF.
pub fn chain() -> tapak::model::base::incoterms::Chain {
    use tapak::model::base::incoterms::{Chain, CustomsBasis, Stage};
    let s = |stage, amount: &str| (stage, Some(tapak::model::base::money::Frac::from(d(amount))));
    Chain {
        currency: Currency::USD,
        ex_factory: tapak::model::base::money::Frac::from(d("10000")),
        stages: vec![
            s(Stage::ExportClearance, "100"),
            s(Stage::InlandHaulage, "200"),
            s(Stage::OriginTerminal, "300"),
            s(Stage::MainCarriage, "1000"),
            s(Stage::DestinationCharges, "400"),
            s(Stage::Unloading, "50"),
            s(Stage::ImportClearance, "150"),
        ],
        commission: Decimal::ZERO,
        commission_base: Default::default(),
        bank: Decimal::ZERO,
        insurance_rate: Some(d("0.005")),
        insurance_rate_a: Some(d("0.005")),
        min_premium: None,
        duty_rate: Some(d("0.10")),
        customs_basis: CustomsBasis::Cif,
        import_tax_rate: Some(d("0.10")),
        assists: tapak::model::base::money::Frac::ZERO,
        import_fee: None,
    }
}

/// An export cost of `amount` rupiah per shipment at `stage`.
pub fn shipment_cost(
    id: u32,
    stage: tapak::model::base::incoterms::Stage,
    amount: &str,
) -> tapak::model::sheet::document::ExportCost {
    tapak::model::sheet::document::ExportCost {
        id,
        stage,
        name: String::new(),
        basis: tapak::model::sheet::document::Basis::PerShipment,
        amount: d(amount),
        currency: Currency::IDR,
        minimum: None,
        example: false,
    }
}

/// A term's price for the shipment, which must exist.
pub fn total(c: &tapak::model::base::incoterms::Chain, t: tapak::model::base::incoterms::Incoterm) -> Decimal {
    c.price(t).unwrap_or_else(|e| panic!("{t:?}: {e:?}")).total_money().unwrap().amount()
}
