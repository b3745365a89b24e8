//! A quotation of several articles (issue 14): the shipment they share, its costs allocated by
//! each key, two terms as columns, the price step up to USD 0,05, an article's further
//! quantity, and a quotation of one article that is its sheet's own quote. Worked by hand.

use crate::{d, line, rate, shipment_cost};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use std::collections::BTreeMap;
use tapak::model::allocation::Key;
use tapak::model::combined::{price, QuotationIssue, QuotationPrice};
use tapak::model::currency::Currency::*;
use tapak::model::document::*;
use tapak::model::incoterms::{Incoterm, Stage};
use tapak::model::quotation::{Quotation, QuoteLine};
use tapak::model::quote::quote;
use tapak::model::units::Unit;

/// A sheet in rupiah whose cost per pair is `upper + sole` (no labour or overhead), 20 % markup,
/// at 16.000 IDR to the dollar, in cartons of `per_carton` pairs of 60 × 40 × 35 cm (0,084 m³).
/// Its shipment costs: export clearance Rp3.000.000 a shipment, haulage Rp1.000.000 and
/// terminal handling Rp2.000.000 a container, sea freight Rp16.000.000 a container (20' GP,
/// 26,8 m³); insurance 0 %.
fn sheet(name: &str, upper: &str, sole: &str, per_carton: u32) -> Document {
    let mut doc = Document::empty();
    doc.article.name = name.into();
    doc.fx = vec![rate(90, USD, IDR, "16000")];
    doc.materials = vec![
        line(1, Section::Upper, Unit::Pair, "1", "0", upper, Unit::Pair, IDR),
        line(2, Section::Bottom, Unit::Pair, "1", "0", sole, Unit::Pair, IDR),
    ];
    doc.shipping.carton.pairs_per_carton = per_carton;
    let per_container =
        |id, stage, amount: &str| ExportCost { basis: Basis::PerContainer, ..shipment_cost(id, stage, amount) };
    doc.export_costs = vec![
        shipment_cost(10, Stage::ExportClearance, "3000000"),
        per_container(11, Stage::InlandHaulage, "1000000"),
        per_container(13, Stage::OriginTerminal, "2000000"),
        per_container(12, Stage::MainCarriage, "16000000"),
    ];
    doc.terms.profit.pct = dec!(20);
    doc.terms.insurance_rate_pct = Some(dec!(0));
    doc
}

/// The library: a sneaker (Rp100.000 a pair) with a black colourway whose upper costs
/// Rp80.000 instead of Rp70.000 (Rp110.000 a pair), and a sandal (Rp60.000, 24 to a carton).
fn library() -> BTreeMap<String, Document> {
    let mut sneaker = sheet("Sneaker", "70000", "30000", 12);
    sneaker.variants = vec![Variant {
        id: 50,
        name: "Hitam".into(),
        code: "SNK-BLK".into(),
        changes: vec![LineChange {
            line: 1,
            name: None,
            net_consumption: None,
            unit_price: Some(d("80000")),
            currency: None,
        }],
    }];
    let sandal = sheet("Sandal", "40000", "20000", 24);
    BTreeMap::from([("sneaker".to_string(), sneaker), ("sandal".to_string(), sandal)])
}

/// 1.200 sneakers (100 cartons, 8,4 m³), 600 black sneakers (50 cartons, 4,2 m³), 1.200
/// sandals (50 cartons, 4,2 m³): 3.000 pairs, 200 cartons, 16,8 m³, one 20' container. FOB
/// Surabaya and CIF Busan, in USD, up to 0,05.
fn order(key: Key) -> Quotation {
    let line =
        |id, sheet: &str, variant, pairs| QuoteLine { id, sheet: sheet.into(), variant, pairs, tiers: Vec::new() };
    Quotation {
        terms: vec![Incoterm::Fob, Incoterm::Cif],
        port_of_shipment: "Tanjung Perak, Surabaya".into(),
        destination_place: "Busan".into(),
        price_step: Some(dec!(0.05)),
        step_up: true,
        key,
        lines: vec![line(1, "sneaker", None, 1200), line(2, "sneaker", Some(50), 600), line(3, "sandal", None, 1200)],
        ..Quotation::empty()
    }
}

/// The unit prices of each article at each term, and the exact ones.
fn units(p: &QuotationPrice) -> Vec<Vec<(Decimal, Decimal)>> {
    p.lines
        .iter()
        .map(|l| {
            l.quotes
                .iter()
                .map(|q| {
                    let t = &q.tiers[0];
                    (t.unit_price.unwrap().amount, t.unit_exact.unwrap().amount.round_dp(6))
                })
                .collect()
        })
        .collect()
}

#[test]
fn three_articles_share_one_container_per_pair() {
    // Shared by pair (1.200 : 600 : 1.200 = 0,4 : 0,2 : 0,4), FOB's Rp6.000.000 (clearance 3,
    // haulage 1 and terminal 2 million) is Rp2.000 a pair on every article; CIF adds Rp16.000.000 ÷ 3.000 =
    // Rp5.333,33 a pair.
    // Sneaker: 120.000 + 2.000 = 122.000 ÷ 16.000 = USD 7,625 → up to 7,65;
    //   CIF 127.333,33 ÷ 16.000 = 7,958333 → 8,00.
    // Black:   132.000 + 2.000 = 134.000 → 8,375 → 8,40; CIF 139.333,33 → 8,708333 → 8,75.
    // Sandal:   72.000 + 2.000 =  74.000 → 4,625 → 4,65; CIF  79.333,33 → 4,958333 → 5,00.
    let p = price(&order(Key::PerPair), &library());
    assert!(p.is_ready(), "{:?}", p.issues);
    assert!(p.shared);
    assert_eq!(
        units(&p),
        vec![
            vec![(dec!(7.65), dec!(7.625)), (dec!(8.00), dec!(7.958333))],
            vec![(dec!(8.40), dec!(8.375)), (dec!(8.75), dec!(8.708333))],
            vec![(dec!(4.65), dec!(4.625)), (dec!(5.00), dec!(4.958333))],
        ]
    );
    let s = p.shipment.unwrap();
    assert_eq!((s.plan.pairs, s.plan.cartons, s.plan.cbm), (3000, 200, dec!(16.8)));
    assert_eq!(s.load.unwrap().containers, 1);
    // What each article carries, in rupiah: terminal handling 2.000.000 → 800 / 400 / 800
    // thousand.
    let thc = p.shares.iter().find(|s| s.stage == Stage::OriginTerminal).unwrap();
    let amounts: Vec<Decimal> = thc.lines.iter().map(|m| m.amount).collect();
    assert_eq!(amounts, vec![dec!(800000), dec!(400000), dec!(800000)]);
    // The order's value: FOB 1.200 × 7,65 + 600 × 8,40 + 1.200 × 4,65 = 9.180 + 5.040 + 5.580.
    assert_eq!(p.total(0).unwrap().amount, dec!(19800));
    // CIF 1.200 × 8 + 600 × 8,75 + 1.200 × 5 = 9.600 + 5.250 + 6.000.
    assert_eq!(p.total(1).unwrap().amount, dec!(20850));
    // The colourway is named and costed as its own article.
    assert_eq!(p.lines[1].colourway.as_deref(), Some("Hitam"));
    assert_eq!(p.lines[1].sheet.article.code, "SNK-BLK");
    assert_eq!(p.lines[1].quotes[0].tiers[0].cost_per_pair.amount, dec!(110000));
}

#[test]
fn by_volume_the_sandals_carry_less_freight() {
    // By m³ (8,4 : 4,2 : 4,2 = 0,5 : 0,25 : 0,25), FOB's Rp6.000.000 is 3 / 1,5 / 1,5 million:
    // Rp2.500, Rp2.500 and Rp1.250 a pair.
    // Sneaker 122.500 ÷ 16.000 = 7,65625 → 7,70; black 134.500 → 8,40625 → 8,45;
    // sandal 73.250 → 4,578125 → 4,60.
    let p = price(&order(Key::PerCbm), &library());
    let fob: Vec<(Decimal, Decimal)> = units(&p).iter().map(|l| l[0]).collect();
    assert_eq!(fob, vec![(dec!(7.70), dec!(7.65625)), (dec!(8.45), dec!(8.40625)), (dec!(4.60), dec!(4.578125))]);
}

#[test]
fn by_value_the_shares_add_back_to_the_rupiah() {
    // Ex-factory values: 1.200 × 120.000 = 144.000.000; 600 × 132.000 = 79.200.000;
    // 1.200 × 72.000 = 86.400.000; together 309.600.000. Clearance Rp3.000.000 shared so:
    // 1.395.348,84 / 767.441,86 / 837.209,30; cut to rupiah 1.395.348 + 767.441 + 837.209 =
    // 2.999.998, and the two rupiah left go to the largest remainders (,86 black, ,84 sneaker).
    let p = price(&order(Key::PerValue), &library());
    let clearance = p.shares.iter().find(|s| s.stage == Stage::ExportClearance).unwrap();
    let amounts: Vec<Decimal> = clearance.lines.iter().map(|m| m.amount).collect();
    assert_eq!(amounts, vec![dec!(1395349), dec!(767442), dec!(837209)]);
    assert_eq!(clearance.total.amount, dec!(3000000));
    // The sandal's FOB: 72.000 + 6.000.000 × 86,4 ÷ 309,6 ÷ 1.200 = 72.000 + 1.395,35 =
    // 73.395,35 ÷ 16.000 = 4,587209 → 4,60.
    assert_eq!(units(&p)[2][0], (dec!(4.60), dec!(4.587209)));
}

#[test]
fn a_further_quantity_of_one_article_is_priced_with_the_others_kept() {
    // 6.000 sandals instead of 1.200: 250 cartons, 21 m³; with the sneakers' 12,6 m³ that is
    // 33,6 m³, two 20' containers. By pair the sandals carry 6.000 ÷ 7.800 = 10/13 of
    // FOB's 3.000.000 + 2 × (1.000.000 + 2.000.000) = 9.000.000: Rp1.153,85 a pair → 73.153,85 ÷ 16.000 =
    // 4,572115 → 4,60; CIF adds 10/13 × 32.000.000 ÷ 6.000 = Rp4.102,56 → 4,828526 → 4,85.
    let mut q = order(Key::PerPair);
    q.lines[2].tiers = vec![6000];
    let p = price(&q, &library());
    assert!(p.is_ready(), "{:?}", p.issues);
    let sandal = &p.lines[2];
    let at = |k: usize| {
        let t = &sandal.quotes[k].tiers[1];
        assert_eq!(t.pairs, 6000);
        assert_eq!(t.shipment.unwrap().load.unwrap().containers, 2);
        (t.unit_price.unwrap().amount, t.unit_exact.unwrap().amount.round_dp(6))
    };
    assert_eq!(at(0), (dec!(4.60), dec!(4.572115)));
    assert_eq!(at(1), (dec!(4.85), dec!(4.828526)));
    // The order's own prices do not move.
    assert_eq!(units(&p)[2][0].0, dec!(4.65));
}

#[test]
fn a_quotation_of_one_article_is_its_sheets_own_quote() {
    for (name, doc) in [
        ("busan", tapak::model::examples::sneaker_busan()),
        ("safety", tapak::model::examples::safety_shoe_sni()),
        ("sandal", tapak::model::examples::sandal_los_angeles()),
        ("cmt", tapak::model::examples::cmt_busan()),
    ] {
        let q = Quotation::of_sheet(name, &doc);
        let lib = BTreeMap::from([(name.to_string(), doc.clone())]);
        let p = price(&q, &lib);
        assert!(!p.shared);
        assert_eq!(p.lines[0].quotes[0], quote(&doc), "{name}");
        assert_eq!(p.is_ready(), quote(&doc).is_ready(), "{name}");
    }
}

#[test]
fn a_missing_sheet_or_colourway_is_named_and_nothing_is_sent() {
    let mut q = order(Key::PerPair);
    q.lines[1].variant = Some(99);
    q.lines[2].sheet = "deleted".into();
    let p = price(&q, &library());
    assert!(!p.is_ready());
    assert!(p.issues.contains(&QuotationIssue::VariantMissing { line: 2 }));
    assert!(p.issues.contains(&QuotationIssue::SheetMissing { line: 3 }));
    // Four terms are one too many; none is none.
    let mut q = order(Key::PerPair);
    q.terms = vec![Incoterm::Exw, Incoterm::Fob, Incoterm::Cfr, Incoterm::Cif];
    assert!(price(&q, &library()).issues.contains(&QuotationIssue::TooManyTerms));
    q.terms.clear();
    assert!(!price(&q, &library()).is_ready());
}

#[test]
fn articles_costed_in_different_currencies_cannot_share_a_shipment() {
    let mut lib = library();
    lib.get_mut("sandal").unwrap().article.costing_currency = USD;
    let p = price(&order(Key::PerPair), &lib);
    assert!(p.issues.contains(&QuotationIssue::CostingCurrency { line: 3 }));
    assert!(!p.is_ready());
}

#[test]
fn a_colourway_naming_a_line_the_sheet_lacks_is_refused_at_the_door() {
    use tapak::codec::{document_from_json, document_to_json, LoadError};
    use tapak::model::rules::{At, Fault, Num, Problem, RuleError};
    let mut doc = library().remove("sneaker").unwrap();
    doc.schema = SCHEMA_VERSION;
    // A file that keeps its colourway opens with it, and costs it.
    let back = document_from_json(&document_to_json(&doc)).unwrap();
    assert_eq!(back.variants, doc.variants);
    doc.variants[0].changes[0].line = 7;
    doc.variants[0].changes.push(LineChange {
        line: 2,
        name: None,
        net_consumption: None,
        unit_price: Some(d("-1")),
        currency: None,
    });
    let Err(LoadError::Invalid(problems)) = document_from_json(&document_to_json(&doc)) else { panic!() };
    assert_eq!(
        problems,
        vec![
            Problem { at: At::Variant(1), fault: Fault::Choice },
            Problem { at: At::Variant(1), fault: Fault::Number(Num::UnitPrice, RuleError::Negative) },
        ]
    );
    assert_eq!(
        tapak::i18n::problem(&problems[1], tapak::i18n::Lang::Id),
        "Varian warna, baris 1 · Harga satuan: Tidak boleh negatif."
    );
}
