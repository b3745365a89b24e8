//! What-if and sensitivity: changes on a copy, moving the price the right way by the right amount.

use crate::d;
use rust_decimal::Decimal;
use tapak::model::cost::compute::compute;
use tapak::model::explain::examples;
use tapak::model::explain::whatif::{apply, main_material, outcome, sensitivity, unit_price, Driver};

#[test]
fn a_what_if_changes_a_copy_and_one_means_no_change() {
    let doc = examples::sneaker_busan();
    let same = apply(&doc, &[(Driver::ExchangeRate, Decimal::ONE), (Driver::Profit, Decimal::ONE)]);
    assert_eq!(same, doc);
    let changed = apply(&doc, &[(Driver::ExchangeRate, d("1.1"))]);
    assert_eq!(doc.fx[0].rate, d("16244"), "the original stays");
    // USD/IDR moves; CNY and KRW do not (the quote is in USD).
    assert_eq!(changed.fx[0].rate, d("17868.4"));
    assert_eq!(changed.fx[1].rate, doc.fx[1].rate);
}

#[test]
fn the_main_material_is_the_costliest_line() {
    // Leather: 1.6 × 1.08 × 38,000 = Rp65,664 per pair, far above the CNY outsole (Rp21,945.15).
    assert_eq!(main_material(&examples::sneaker_busan()), Some(10));
}

#[test]
fn ten_percent_more_profit_moves_fob_by_hand_worked_amount() {
    // FOB has no price shares, so the unit price is
    //   (HPP × (1 + markup) × pairs + stages) ÷ pairs ÷ 16,244 ÷ (1 − 1 %).
    // Markup 12 % → 13.2 % adds HPP × 1.2 % per pair: the high − low swing (10.8 % → 13.2 %)
    // is HPP × 2.4 % ÷ 16,244 ÷ 0.99.
    let doc = examples::sneaker_busan();
    let hpp = compute(&doc).per_pair.amount();
    let s = sensitivity(&doc);
    let profit = s.iter().find(|s| s.driver == Driver::Profit).unwrap();
    let want = hpp * d("0.024") / d("16244") / d("0.99");
    assert!((profit.swing() - want).abs() < d("0.000001"), "{} vs {}", profit.swing(), want);
    // About USD 0.24 a pair on a FOB of USD 11.48.
    assert_eq!(want.round_dp(2), d("0.24"));
    let base = unit_price(&doc).unwrap().amount();
    assert!(profit.low.amount() < base && base < profit.high.amount());
}

#[test]
fn a_weaker_rupiah_lowers_the_dollar_price_and_freight_raises_it() {
    let doc = examples::sneaker_busan();
    let s = sensitivity(&doc);
    let fx = s.iter().find(|s| s.driver == Driver::ExchangeRate).unwrap();
    assert!(fx.swing() < Decimal::ZERO, "more rupiah per dollar → fewer dollars per pair");
    // The widest bar comes first.
    assert!(s.windows(2).all(|w| w[0].swing().abs() >= w[1].swing().abs()));
    // FOB does not include ocean freight, so freight moves nothing; CIF moves.
    let freight = s.iter().find(|s| s.driver == Driver::Freight).unwrap();
    assert_eq!(freight.swing(), Decimal::ZERO);
    let mut cif = doc.clone();
    cif.terms.incoterm = tapak::model::base::incoterms::Incoterm::Cif;
    let freight = sensitivity(&cif).into_iter().find(|s| s.driver == Driver::Freight).unwrap();
    assert!(freight.swing() > Decimal::ZERO);
}

#[test]
fn more_pairs_spread_one_off_costs_thinner() {
    let doc = examples::sneaker_busan();
    let more = apply(&doc, &[(Driver::OrderQuantity, d("2"))]);
    // The size run doubles with the order, so the assortment still adds up.
    assert_eq!(more.article.order_pairs, 6500);
    assert_eq!(more.sizes.total_quantity(), 6500);
    let (a, b) = (outcome(&doc), outcome(&more));
    assert!(b.cost_per_pair.amount() < a.cost_per_pair.amount());
    assert!(b.unit_price.unwrap().amount() < a.unit_price.unwrap().amount());
}
