//! Exact where exact exists: a figure whose exact value is a half-unit tie (x.xx5) must round
//! up to the next cent half-up, which only happens if no formula divides before it multiplies.
//! One case per formula family, each worked by hand; then properties over random inputs whose
//! exact result is known by construction.

use crate::{d, line, rate};
use proptest::prelude::*;
use rust_decimal::Decimal;
use tapak::model::base::currency::Currency::{self, *};
use tapak::model::base::incoterms::{Component, Incoterm};
use tapak::model::base::money::{Money, Rounding};
use tapak::model::base::pricing::{Profit, ProfitBasis};
use tapak::model::base::units::Unit;
use tapak::model::cost::compute::{compute, Breakdown};
use tapak::model::export::quote::quote;
use tapak::model::sheet::document::*;

/// An empty sheet kept in USD (two decimals), so a tie sits at the third decimal.
fn usd_sheet() -> Document {
    let mut doc = Document::empty();
    doc.article.costing_currency = USD;
    doc.display_currency = USD;
    doc.terms.quote_currency = USD;
    doc.article.order_pairs = 1;
    doc
}

fn cents(m: Money) -> Decimal {
    Rounding::HalfUp.round(m.amount(), 2)
}

fn line_cost(b: &Breakdown, id: u32) -> Money {
    b.line(id).and_then(|l| l.per_pair).expect("line costed")
}

fn wage(monthly: &str, days: &str, minutes: &str, efficiency: &str) -> WageBasis {
    WageBasis {
        monthly_wage: d(monthly),
        working_days: d(days),
        minutes_per_day: d(minutes),
        efficiency_pct: d(efficiency),
    }
}

#[test]
fn material_line_with_a_multiplying_rate_keeps_its_tie() {
    // 4,06 pcs at EUR 1 per dozen, 1 EUR = 3 USD: 4,06 ÷ 12 × 3 = 1,015 exactly → USD 1,02.
    // Dividing first leaves 0,33833…3 × 3 = 1,01499…9 → 1,01.
    let mut doc = usd_sheet();
    doc.fx = vec![rate(9, EUR, USD, "3")];
    doc.materials = vec![line(1, Section::Upper, Unit::Piece, "4.06", "0", "1", Unit::Dozen, EUR)];
    let b = compute(&doc);
    assert_eq!(line_cost(&b, 1).amount(), d("1.015"));
    assert_eq!(cents(line_cost(&b, 1)), d("1.02"));
    assert_eq!(b.per_pair.amount(), d("1.015"));
}

#[test]
fn material_line_with_a_dividing_rate() {
    // USD 1,005 a pair is Rp16.325,22 at 1 USD = 16.244 IDR; priced in IDR, costed in USD:
    // 16.325,22 ÷ 16.244 = 1,005 exactly → USD 1,01.
    let mut doc = usd_sheet();
    doc.fx = vec![rate(9, USD, IDR, "16244")];
    doc.materials = vec![line(1, Section::Bottom, Unit::Pair, "1", "0", "16325.22", Unit::Pair, IDR)];
    let b = compute(&doc);
    assert_eq!(line_cost(&b, 1).amount(), d("1.005"));
    assert_eq!(cents(line_cost(&b, 1)), d("1.01"));
}

#[test]
fn labour_by_operation_multiplies_before_it_divides() {
    // Wage USD 1 a month, 1 day × 3 min at 100 %: USD 1/3 a minute. 3,015 min → 1,005 → 1,01.
    // Dividing first: 0,333…3 × 3,015 = 1,00499…9 → 1,00.
    let mut doc = usd_sheet();
    doc.labour.wage = wage("1", "1", "3", "100");
    doc.labour.operations =
        vec![Operation { id: 1, name: "stitching".into(), standard_minutes: d("3.015"), step: None }];
    let b = compute(&doc);
    assert_eq!(b.labour.operations[0].1.map(|m| m.amount()), Some(d("1.005")));
    assert_eq!(cents(b.per_pair), d("1.01"));
    // 1 ÷ 24 a minute × 12 minutes is exactly 0,50, not 0,5000…0004.
    doc.labour.wage = wage("1", "1", "24", "100");
    doc.labour.operations[0].standard_minutes = d("12");
    let b = compute(&doc);
    assert_eq!(b.labour.operations[0].1.map(|m| m.amount()), Some(d("0.5")));
    assert_eq!(b.per_pair.amount(), d("0.5"));
}

#[test]
fn piece_rates_per_dozen_and_kodi() {
    // USD 12,06 a dozen pairs → 1,005 a pair; USD 20,10 a kodi (20 pairs) → 1,005 a pair.
    let mut doc = usd_sheet();
    doc.labour.method = LabourMethod::PieceRate;
    doc.labour.piece_rates = vec![
        PieceRate { id: 1, name: "upper".into(), rate: d("12.06"), per: PiecePer::Dozen, step: None },
        PieceRate { id: 2, name: "lasting".into(), rate: d("20.10"), per: PiecePer::Kodi, step: None },
    ];
    let b = compute(&doc);
    assert_eq!(b.labour.piece_rates[0].1.map(cents), Some(d("1.01")));
    assert_eq!(b.labour.piece_rates[1].1.map(cents), Some(d("1.01")));
    assert_eq!(b.per_pair.amount(), d("2.01"));
}

#[test]
fn overhead_per_pair_and_one_off_spread() {
    // Overhead USD 3.015 a month over 3.000 pairs = 1,005; a one-off EUR 1.005 at 1 EUR = 3 USD
    // over 3.000 pairs = 3.015 ÷ 3.000 = 1,005.
    let mut doc = usd_sheet();
    doc.overhead.monthly_overhead = d("3015");
    doc.overhead.monthly_output_pairs = d("3000");
    doc.fx = vec![rate(9, EUR, USD, "3")];
    doc.one_off = vec![OneOffCost { id: 1, name: "moulds".into(), amount: d("1005"), currency: EUR }];
    doc.article.order_pairs = 3000;
    let b = compute(&doc);
    let cat = |i: usize| b.categories[i].per_pair;
    assert_eq!(cat(2).amount(), d("1.005"));
    assert_eq!(cat(3).amount(), d("1.005"));
    assert_eq!((cents(cat(2)), cents(cat(3))), (d("1.01"), d("1.01")));
}

/// A one-pair order whose cost is exactly `cost` USD, quoted EXW in `to`.
fn quoted(cost: &str, to: Currency, rate_to: &str) -> Document {
    let mut doc = usd_sheet();
    doc.labour.method = LabourMethod::PieceRate;
    doc.labour.piece_rates =
        vec![PieceRate { id: 1, name: "pair".into(), rate: d(cost), per: PiecePer::Pair, step: None }];
    doc.fx = vec![rate(9, USD, to, rate_to)];
    doc.terms.quote_currency = to;
    doc.terms.incoterm = Incoterm::Exw;
    doc.terms.profit = Profit { basis: ProfitBasis::MarkupOnCost, pct: Decimal::ZERO };
    doc
}

#[test]
fn commission_in_closed_form_then_fx_divides_once() {
    // Cost USD 0,25375, commission 25 %: 0,25375 ÷ 0,75 = 0,3383… a pair; at 1 USD = 3 EUR that is
    // EUR 1,015 exactly → EUR 1,02 (dividing first: 1,01499…9 → 1,01).
    let mut doc = quoted("0.25375", EUR, "3");
    doc.terms.commission_pct = d("25");
    let q = quote(&doc);
    let tier = &q.tiers[0];
    assert_eq!(tier.unit_exact.map(|m| m.amount()), Some(d("1.015")));
    assert_eq!(tier.unit_price.map(|m| m.amount()), Some(d("1.02")));
    // Its commission part is exactly a quarter of it.
    let part = tier.parts_per_pair.iter().find(|(c, _)| *c == Component::Commission).map(|(_, m)| m.amount());
    assert_eq!(part, Some(d("0.25375")));
}

#[test]
fn insurance_in_closed_form_then_fx_divides_once() {
    // CIF = CFR ÷ (1 − 1,1 × 0,5 %) = CFR ÷ 0,9945. Cost USD 0,5075 with free freight, at
    // 1 USD = 1,989 EUR (= 2 × 0,9945): 0,5075 ÷ 0,9945 × 1,989 = EUR 1,015 exactly → 1,02.
    let mut doc = quoted("0.5075", EUR, "1.989");
    doc.terms.incoterm = Incoterm::Cif;
    doc.terms.insurance_rate_pct = Some(d("0.5"));
    for stage in tapak::model::base::incoterms::Stage::ALL {
        doc.export_costs.push(ExportCost {
            id: 100 + stage as u32,
            stage,
            name: "free".into(),
            basis: Basis::PerShipment,
            amount: Decimal::ZERO,
            currency: USD,
            minimum: None,
            example: false,
        });
    }
    let q = quote(&doc);
    assert_eq!(q.tiers[0].unit_exact.map(|m| m.amount()), Some(d("1.015")));
    assert_eq!(q.tiers[0].unit_price.map(|m| m.amount()), Some(d("1.02")));
}

#[test]
fn tiers_each_keep_their_exact_price() {
    // One-off USD 3,015 spread: over 1 pair 3,015; over 3 pairs 1,005; over 9 pairs 0,335.
    // Markup 0 on a cost of the one-off alone, at 1 USD = 3 EUR: EUR 9,045 / 3,015 / 1,005.
    let mut doc = quoted("0", EUR, "3");
    doc.one_off = vec![OneOffCost { id: 1, name: "sample".into(), amount: d("3.015"), currency: USD }];
    doc.terms.tiers = vec![3, 9];
    let q = quote(&doc);
    let units: Vec<Option<Decimal>> = q.tiers.iter().map(|t| t.unit_price.map(|m| m.amount())).collect();
    assert_eq!(units, vec![Some(d("9.05")), Some(d("3.02")), Some(d("1.01"))]);
}

#[test]
fn export_costs_in_another_currency_join_the_one_division() {
    // Costing in USD at 1 USD = 3 IDR: a material of IDR 1,015 a pair and two FCA clearance
    // lines of IDR 1 each, 1 pair: FCA = (1,015 + 1 + 1) ÷ 3 = USD 1,005 exactly → USD 1,01
    // (dividing each IDR amount first gives 1,00499…9 → 1,00).
    let mut doc = quoted("0", USD, "1");
    doc.labour.piece_rates.clear();
    doc.fx = vec![rate(9, USD, IDR, "3")];
    doc.materials = vec![line(1, Section::Upper, Unit::Pair, "1", "0", "1.015", Unit::Pair, IDR)];
    doc.terms.incoterm = Incoterm::Fca;
    let clearance = |id| ExportCost {
        id,
        stage: tapak::model::base::incoterms::Stage::ExportClearance,
        name: "PEB".into(),
        basis: Basis::PerShipment,
        amount: Decimal::ONE,
        currency: IDR,
        example: false,
        minimum: None,
    };
    doc.export_costs = vec![clearance(20), clearance(21)];
    let q = quote(&doc);
    assert_eq!(q.tiers[0].unit_exact.map(|m| m.amount()), Some(d("1.005")));
    assert_eq!(q.tiers[0].unit_price.map(|m| m.amount()), Some(d("1.01")));
}

#[test]
fn a_tiny_quotient_is_never_taken_for_exact() {
    // 0,00001 ÷ 0,3 × 3 is 0,0001 exactly; a quotient cut at 28 places and checked by a rounded
    // multiplication would give 0,0000999…9.
    use tapak::model::base::money::Frac;
    let f = Frac::new(d("0.00001"), d("0.3")).unwrap().times(Decimal::from(3)).unwrap();
    assert_eq!(f.value().unwrap(), d("0.0001"));
}

fn exact_3dp() -> impl Strategy<Value = Decimal> {
    (1i64..10_000_000).prop_map(|n| Decimal::new(n, 3))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    /// `x` per dozen at a rate that is a multiple of 3: `x ÷ 12 × 3k = x × k ÷ 4`, always a finite
    /// decimal, computed exactly.
    #[test]
    fn material_lines_with_a_finite_result_are_exact(x in exact_3dp(), k in 1u32..40) {
        let mut doc = usd_sheet();
        doc.fx = vec![rate(9, EUR, USD, &(3 * k).to_string())];
        doc.materials = vec![line(1, Section::Upper, Unit::Piece, &x.to_string(), "0", "1", Unit::Dozen, EUR)];
        let expected = x * Decimal::from(k) / Decimal::from(4);
        prop_assert_eq!(line_cost(&compute(&doc), 1).amount(), expected);
    }

    /// `w ÷ e` a minute for `e × s` minutes is exactly `w × s`, whatever `e`.
    #[test]
    fn operations_with_a_finite_result_are_exact(w in exact_3dp(), s in exact_3dp(), e in prop::sample::select(vec![3u32, 7, 9, 21, 420])) {
        let mut doc = usd_sheet();
        doc.labour.wage = wage(&w.to_string(), "1", &e.to_string(), "100");
        let minutes = s * Decimal::from(e);
        doc.labour.operations = vec![Operation { id: 1, name: "op".into(), standard_minutes: minutes, step: None }];
        prop_assert_eq!(compute(&doc).labour.operations[0].1.map(|m| m.amount()), Some(w * s));
    }
}
