//! Freight and insurance as forwarders and insurers quote them, each case worked by hand:
//! ICC (A) for CIP and ICC (C) for CIF with a minimum premium, air chargeable weight in half
//! kilograms, minimum charges on LCL and air rates, and a fee on the customs value that is not
//! duty (the US merchandise processing fee).

use crate::{d, total};
use rust_decimal::Decimal;
use tapak::model::base::currency::Currency::*;
use tapak::model::base::incoterms::{Chain, Component, CustomsBasis, Fee, Incoterm, Missing, Stage, TermError};
use tapak::model::base::money::Frac;
use tapak::model::base::packing::{self, Carton, Mode};
use tapak::model::explain::examples;
use tapak::model::export::quote::{export_line_cost, quote};
use tapak::model::sheet::document::{Basis, ExportCost};

/// The shared sample chain (CFR = 11.600), with ICC (A) at 0,8 % and the US customs basis.
fn chain() -> Chain {
    Chain { insurance_rate_a: Some(d("0.008")), customs_basis: CustomsBasis::Fob, ..crate::chain() }
}

#[test]
fn cif_insures_under_icc_c_and_cip_under_icc_a() {
    let c = chain();
    // CIF = 11.600 ÷ (1 − 1,1 × 0,5 %) = 11.600 ÷ 0,9945 = 11.664,1528…
    assert_eq!(total(&c, Incoterm::Cif).round_dp(4), d("11664.1528"));
    // CIP = 11.600 ÷ (1 − 1,1 × 0,8 %) = 11.600 ÷ 0,9912 = 11.702,9862…
    assert_eq!(total(&c, Incoterm::Cip).round_dp(4), d("11702.9863"));
    // Without an ICC (A) rate CIP says what it lacks; CIF still prices.
    let c = Chain { insurance_rate_a: None, ..chain() };
    assert_eq!(c.price(Incoterm::Cip).map(|_| ()), Err(TermError::Missing(vec![Missing::InsuranceRateA])));
    assert!(c.price(Incoterm::Cif).is_ok());
}

#[test]
fn a_minimum_premium_is_a_fixed_cost_in_closed_form() {
    // A small shipment: EXW 1.000, no other costs. 0,3 % on 110 % would be
    // 1.000 ÷ 0,9967 × 0,0033 = 3,31; the insurer's minimum is 25, so CIF = 1.000 + 25 = 1.025.
    let small = Chain {
        ex_factory: Frac::from(d("1000")),
        stages: Stage::ALL.iter().map(|&s| (s, Some(Frac::ZERO))).collect(),
        insurance_rate: Some(d("0.003")),
        min_premium: Some(d("25")),
        ..chain()
    };
    let cif = small.price(Incoterm::Cif).unwrap();
    assert!(cif.premium_floor);
    assert_eq!(cif.total_money().unwrap().amount(), d("1025"));
    assert_eq!(cif.part(Component::Insurance).unwrap().amount(), d("25"));
    // With 5 % commission: (1.000 + 25) ÷ 0,95 = 1.078,947… and the premium stays 25.
    let with_commission = Chain { commission: d("0.05"), ..small.clone() };
    assert_eq!(total(&with_commission, Incoterm::Cif).round_dp(4), d("1078.9474"));
    // Above the minimum the premium is the rate's: CFR 11.600 at 0,5 % → 64,15 > 25.
    let big = Chain { min_premium: Some(d("25")), ..chain() };
    let cif = big.price(Incoterm::Cif).unwrap();
    assert!(!cif.premium_floor);
    assert_eq!(cif.total_money().unwrap().amount().round_dp(4), d("11664.1528"));
}

#[test]
fn a_fee_on_the_customs_value_is_not_duty_and_not_taxed() {
    // US DDP on the FOB value 10.600: duty 10 % = 1.060; taxes 10 % × (10.600 + 1.060) = 1.166,
    // unchanged by the fee; MPF 0,3464 % × 10.600 = 36,7184 (between 32,71 and 634,62).
    // DDP = 11.600 + 400 + 150 + 1.060 + 1.166 + 36,7184 = 14.412,7184 (no insurance: the CIF
    // value is insured only on a CIF customs basis or with a rate; here the rate insures the
    // CIF value too: + 0,0055 × 11.664,1528 = 64,1528 → 14.476,8712).
    let mpf = Fee { rate: d("0.003464"), min: Frac::from(d("32.71")), max: Some(Frac::from(d("634.62"))) };
    let c = Chain { import_fee: Some(mpf), ..chain() };
    let ddp = c.price(Incoterm::Ddp).unwrap();
    assert_eq!(ddp.part(Component::ImportFee).unwrap().amount(), d("36.7184"));
    assert_eq!(ddp.part(Component::ImportTaxes).unwrap().amount(), d("1166"));
    assert_eq!(ddp.total_money().unwrap().amount().round_dp(4), d("14476.8712"));
    // A small entry pays the minimum, a large one the maximum.
    let small = Chain { ex_factory: Frac::from(d("100")), ..c.clone() };
    assert_eq!(small.price(Incoterm::Ddp).unwrap().part(Component::ImportFee).unwrap().amount(), d("32.71"));
    let large = Chain { ex_factory: Frac::from(d("1000000")), ..c };
    let fee = large.price(Incoterm::Ddp).unwrap();
    assert_eq!(fee.part(Component::ImportFee).unwrap().amount(), d("634.62"));
    assert_eq!(fee.fee_bound, Some(true));
}

#[test]
fn air_chargeable_weight_is_billed_in_half_kilograms() {
    // 7 cartons of 41 × 31 × 21 cm, 4 kg each: 7 × 26.691 cm³ ÷ 6.000 = 31,1395 kg > 28 kg
    // gross → 31,5 kg.
    let carton =
        Carton { pairs_per_carton: 6, length_cm: d("41"), width_cm: d("31"), height_cm: d("21"), gross_kg: d("4") };
    let plan = packing::plan(42, 6, &carton).unwrap();
    assert_eq!(packing::chargeable_kg(&plan, &carton, d("6000")), Ok(d("31.5")));
    // Exactly on a half kilogram stays: 10 cartons of 60 × 40 × 35 ÷ 6.000 = 140 kg.
    let carton =
        Carton { pairs_per_carton: 12, length_cm: d("60"), width_cm: d("40"), height_cm: d("35"), gross_kg: d("9") };
    let plan = packing::plan(120, 12, &carton).unwrap();
    assert_eq!(packing::chargeable_kg(&plan, &carton, d("6000")), Ok(d("140")));
}

#[test]
fn lcl_and_air_rates_carry_their_minimum_charge() {
    let mut doc = examples::sneaker_busan();
    doc.article.order_pairs = 300;
    doc.sizes.sizes.clear();
    doc.terms.tiers.clear();
    // 300 pairs, 12 a carton → 25 cartons × 0,084 m³ = 2,1 m³, 225 kg → 2,1 RT.
    doc.shipping.mode = Mode::SeaLcl;
    let line = |basis, amount: &str, minimum: Option<&str>| ExportCost {
        id: 99,
        stage: Stage::MainCarriage,
        name: "freight".into(),
        basis,
        amount: d(amount),
        currency: USD,
        minimum: minimum.map(d),
        example: false,
    };
    doc.fx.retain(|r| r.base == USD || r.quote == USD);
    let ship = |doc: &tapak::model::sheet::document::Document| quote(doc).tiers[0].shipment.unwrap();
    let s = ship(&doc);
    assert_eq!(s.revenue_tons, Some(d("2.1")));
    // USD 40 per RT × 2,1 = 84, below the USD 100 minimum → 100, in rupiah at 16.244 = 1.624.400.
    let cost =
        |doc: &tapak::model::sheet::document::Document, l: &ExportCost| export_line_cost(doc, l, &ship(doc)).unwrap();
    assert_eq!(cost(&doc, &line(Basis::PerRevenueTon, "40", Some("100"))).amount(), d("1624400"));
    assert_eq!(cost(&doc, &line(Basis::PerRevenueTon, "60", Some("100"))).amount(), d("2046744")); // 126 × 16.244
                                                                                                   // By air: 25 cartons of 60 × 40 × 35 ÷ 6.000 = 350 kg; USD 2,50 a kg = 875 over a 400 minimum.
    doc.shipping.mode = Mode::Air;
    assert_eq!(ship(&doc).chargeable_kg, Some(d("350")));
    assert_eq!(cost(&doc, &line(Basis::PerChargeableKg, "2.5", Some("400"))).amount(), d("14213500")); // 875 × 16.244
    assert_eq!(cost(&doc, &line(Basis::PerChargeableKg, "1", Some("400"))).amount(), d("6497600"));
    // 400 × 16.244
}

#[test]
fn a_target_price_is_solved_across_the_minimum_premium() {
    // The Busan order CIF with a Rp200.000 minimum premium. At an ex-factory price of zero the
    // premium is the minimum (0,33 % of the export costs is less); at the buyer's target it is
    // the rate's. The price is a straight line only piece by piece, and the solver must land
    // on the right piece.
    let mut doc = examples::sneaker_busan();
    doc.terms.tiers.clear();
    doc.terms.incoterm = Incoterm::Cif;
    doc.terms.min_premium = Some(d("200000"));
    doc.terms.fx_buffer_pct = Decimal::ZERO;
    doc.terms.target = Some(tapak::model::sheet::document::TargetPrice {
        amount: d("190000"),
        currency: IDR,
        incoterm: Incoterm::Cif,
    });
    let q = quote(&doc);
    let outcome = q.target.clone().unwrap().unwrap();
    let mut c = q.chain.clone().unwrap();
    c.ex_factory = Frac::from(d("0"));
    assert!(c.price(Incoterm::Cif).unwrap().premium_floor, "at zero the minimum applies");
    // Priced at the ex-factory price the target allows, the chain gives the target.
    c.ex_factory = Frac::from(outcome.ex_factory_per_pair.amount() * d("3250"));
    let cif = c.price(Incoterm::Cif).unwrap();
    assert!(!cif.premium_floor, "at the target the rate applies");
    let per_pair = cif.total_money().unwrap().amount() / d("3250");
    assert!((per_pair - d("190000")).abs() < d("0.000001"), "{per_pair}");
}

#[test]
fn a_minimum_charge_only_applies_to_a_rate() {
    // A per-shipment line keeps its amount whatever minimum a file carries (the field is only
    // offered on rates per revenue ton, kg and m³).
    let mut doc = examples::sneaker_busan();
    let fob = |d: &tapak::model::sheet::document::Document| quote(d).tiers[0].unit_price;
    let before = fob(&doc);
    let line = doc.export_costs.iter_mut().find(|c| c.basis == Basis::PerShipment).unwrap();
    line.minimum = Some(d("100000000"));
    assert_eq!(fob(&doc), before);
}
