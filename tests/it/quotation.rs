//! A quotation of several articles (issue 14): the shipment they share, its costs allocated by
//! each key, two terms as columns, the price step up to USD 0,05, an article's further
//! quantity, and a quotation of one article that is its sheet's own quote. Worked by hand.

use crate::{d, line, rate, shipment_cost};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use std::collections::BTreeMap;
use tapak::model::base::currency::Currency::*;
use tapak::model::base::incoterms::{Incoterm, Stage};
use tapak::model::base::units::Unit;
use tapak::model::export::quote::quote;
use tapak::model::quotation::allocation::Key;
use tapak::model::quotation::combined::{price, QuotationIssue, QuotationPrice};
use tapak::model::quotation::{Quotation, QuoteLine};
use tapak::model::sheet::document::*;
use tapak::model::sheet::id::SheetId;

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
fn library() -> BTreeMap<SheetId, Document> {
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
    BTreeMap::from([("sneaker".into(), sneaker), ("sandal".into(), sandal)])
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
                    (t.unit_price.unwrap().amount(), t.unit_exact.unwrap().amount().round_dp(6))
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
    let amounts: Vec<Decimal> = thc.lines.iter().map(|m| m.amount()).collect();
    assert_eq!(amounts, vec![dec!(800000), dec!(400000), dec!(800000)]);
    // The order's value: FOB 1.200 × 7,65 + 600 × 8,40 + 1.200 × 4,65 = 9.180 + 5.040 + 5.580.
    assert_eq!(p.total(0).unwrap().amount(), dec!(19800));
    // CIF 1.200 × 8 + 600 × 8,75 + 1.200 × 5 = 9.600 + 5.250 + 6.000.
    assert_eq!(p.total(1).unwrap().amount(), dec!(20850));
    // The colourway is named and costed as its own article.
    assert_eq!(p.lines[1].colourway.as_deref(), Some("Hitam"));
    assert_eq!(p.lines[1].sheet.article.code, "SNK-BLK");
    assert_eq!(p.lines[1].quotes[0].tiers[0].cost_per_pair.amount(), dec!(110000));
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
    let amounts: Vec<Decimal> = clearance.lines.iter().map(|m| m.amount()).collect();
    assert_eq!(amounts, vec![dec!(1395349), dec!(767442), dec!(837209)]);
    assert_eq!(clearance.total.amount(), dec!(3000000));
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
        (t.unit_price.unwrap().amount(), t.unit_exact.unwrap().amount().round_dp(6))
    };
    assert_eq!(at(0), (dec!(4.60), dec!(4.572115)));
    assert_eq!(at(1), (dec!(4.85), dec!(4.828526)));
    // The order's own prices do not move.
    assert_eq!(units(&p)[2][0].0, dec!(4.65));
}

#[test]
fn a_quotation_of_one_article_is_its_sheets_own_quote() {
    for (name, doc) in [
        ("busan", tapak::model::explain::examples::sneaker_busan()),
        ("safety", tapak::model::explain::examples::safety_shoe_sni()),
        ("sandal", tapak::model::explain::examples::sandal_los_angeles()),
        ("cmt", tapak::model::explain::examples::cmt_busan()),
    ] {
        let q = Quotation::of_sheet(name, &doc);
        let lib = BTreeMap::from([(name.into(), doc.clone())]);
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
    let q = order(Key::PerPair);
    let p = price(&q, &lib);
    assert!(p.issues.contains(&QuotationIssue::CostingCurrency { line: 3 }));
    assert!(!p.is_ready());
    // The message names the article though it could not be priced (issue 27 #17: "3 · :").
    assert_eq!(q.line_title(3, &lib), "3 · Sandal");
    assert_eq!(q.line_title(2, &lib), "2 · Sneaker — Hitam");
    let said = tapak::i18n::quotation::quotation_issue(&p.issues[0], tapak::i18n::Lang::Id, &|n| q.line_title(n, &lib));
    assert!(said.starts_with("3 · Sandal: dihitung dalam mata uang lain"), "{said}");
}

/// A line with 0 pairs is not priced and not counted (issue 27 #7: with the sandal at 0 the
/// table showed a 2.000-pair sheet and a total of 3.750 pairs' worth). It is named, and the
/// quotation waits for its pairs.
#[test]
fn a_line_of_no_pairs_is_named_left_out_and_holds_the_quotation() {
    let mut q = order(Key::PerPair);
    q.lines[2].pairs = 0;
    let p = price(&q, &library());
    assert_eq!(p.blockers(), vec![QuotationIssue::NoPairs { line: 3 }]);
    assert!(!p.is_ready());
    // Only the 1.800 sneakers are priced and shipped: 150 cartons.
    assert_eq!(p.lines.iter().map(|l| l.id).collect::<Vec<_>>(), vec![1, 2]);
    assert_eq!(p.pairs(), 1800);
    assert_eq!(p.shipment.unwrap().plan.cartons, 150);
    let said =
        tapak::i18n::quotation::quotation_issue(&p.issues[0], tapak::i18n::Lang::En, &|n| q.line_title(n, &library()));
    assert_eq!(said, "3 · Sandal: enter its pairs (at least 1) to price it.");
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

/// The three-article order of `three_articles_share_one_container_per_pair`, as issued to the
/// buyer (the golden version-2 link holds it), with the exporter's and buyer's names.
pub fn three_articles_issued() -> tapak::share::buyer::BuyerQuote {
    let mut q = order(Key::PerPair);
    q.details.number = "Q-2026-114".into();
    q.details.date = "2026-11-30".into();
    q.details.exporter.name = "CV Contoh Alas Kaki Mojokerto".into();
    q.details.buyer.name = "Busan Footwear Trading Co.".into();
    q.details.payment_terms = "T/T 30% deposit, balance before shipment".into();
    let p = price(&q, &library());
    tapak::share::buyer::BuyerQuote::issue_quotation(&q, &p).expect("ready")
}

#[test]
fn the_buyer_sees_every_article_at_every_term_and_no_cost() {
    use tapak::share::buyer::{BuyerTerm, BuyerTier};
    let b = three_articles_issued();
    assert_eq!(
        b.terms,
        vec![
            BuyerTerm { incoterm: Incoterm::Fob, place: "Tanjung Perak, Surabaya".into() },
            BuyerTerm { incoterm: Incoterm::Cif, place: "Busan".into() }
        ]
    );
    let names: Vec<&str> = b.articles.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Sneaker", "Sneaker — Hitam", "Sandal"]);
    assert_eq!(b.articles[1].code, "SNK-BLK");
    assert_eq!(b.articles[1].tiers, vec![BuyerTier { pairs: 600, prices: vec![dec!(8.40), dec!(8.75)] }]);
    assert_eq!(b.order_total(0), Some((3000, dec!(19800))));
    assert_eq!(b.shipment.map(|s| (s.cartons, s.cbm)), Some((200, dec!(16.8))));
    let all = format!("{b:?}");
    for secret in ["70000", "80000", "16000", "line 1", "7.625", "7.958"] {
        assert!(!all.contains(secret), "the buyer must not see {secret:?}");
    }
    // Not ready, not sendable: a missing sheet refuses the whole quotation.
    let mut q = order(Key::PerPair);
    q.lines[2].sheet = "deleted".into();
    assert!(tapak::share::buyer::BuyerQuote::issue_quotation(&q, &price(&q, &library())).is_err());
}

/// A typical quotation: four articles (the Busan sneaker, its black colourway, the safety shoe
/// and the sandal), each with eight sizes and three quantities, at FOB and CIF; and the same at
/// three terms.
#[test]
fn a_typical_quotation_of_four_articles_fits_a_link_of_1000_characters() {
    use tapak::model::explain::examples::{safety_shoe_sni, sandal_los_angeles, sneaker_busan};
    use tapak::share::{link, qr};
    // (Each sheet without a per-size assortment: a line's pairs are then the order's.)
    let eight = |mut doc: Document| {
        doc.sizes.sizes.iter_mut().for_each(|s| s.quantity = 0);
        let mut k = 0;
        while doc.sizes.sizes.len() < 8 {
            k += 1;
            let id = doc.next_id();
            doc.sizes.sizes.push(tapak::model::base::sizes::Size {
                id,
                label: format!("{}", 45 + k),
                foot_mm: Decimal::from(275 + 5 * k),
                quantity: 0,
            });
        }
        doc.sizes.sizes.truncate(8);
        doc
    };
    let mut busan = eight(sneaker_busan());
    busan.variants = vec![Variant {
        id: 900,
        name: "Black".into(),
        code: "TPK-SN01-BLK".into(),
        changes: vec![LineChange {
            line: 10,
            name: None,
            net_consumption: None,
            unit_price: Some(d("41000")),
            currency: None,
        }],
    }];
    let mut safety = eight(safety_shoe_sni());
    let mut sandal = eight(sandal_los_angeles());
    for doc in [&mut safety, &mut sandal] {
        doc.terms.insurance_rate_pct = Some(dec!(0.3));
        doc.article.costing_currency = IDR;
    }
    let lib = BTreeMap::from([("busan".into(), busan), ("safety".into(), safety), ("sandal".into(), sandal)]);
    let line =
        |id, sheet: &str, variant, pairs, tiers: Vec<u32>| QuoteLine { id, sheet: sheet.into(), variant, pairs, tiers };
    let mut q = Quotation {
        terms: vec![Incoterm::Fob, Incoterm::Cif],
        port_of_shipment: "Tanjung Perak, Surabaya".into(),
        destination_place: "Busan".into(),
        price_step: Some(dec!(0.05)),
        lines: vec![
            line(1, "busan", None, 1200, vec![2000, 3000]),
            line(2, "busan", Some(900), 800, vec![1200, 2000]),
            line(3, "safety", None, 600, vec![1000, 1500]),
            line(4, "sandal", None, 650, vec![1000, 2000]),
        ],
        ..Quotation::of_sheet("busan", &lib["busan"])
    };
    let url = |q: &Quotation| {
        let p = price(q, &lib);
        let b =
            tapak::share::buyer::BuyerQuote::issue_quotation(q, &p).unwrap_or_else(|e| panic!("{e:?} {:?}", p.issues));
        assert_eq!(b.articles.len(), 4);
        assert!(b.articles.iter().all(|a| a.sizes.len() == 8 && a.tiers.len() == 3));
        format!("https://tapak.example/#q={}", link::encode_buyer(&b).unwrap())
    };
    let two = url(&q);
    let code = qr::encode(&two).unwrap();
    println!("4 articles × 3 tiers × 8 sizes, FOB + CIF: {} characters, QR version {}", two.len(), code.version);
    assert!(two.len() <= 1000, "the link is {} characters", two.len());
    q.terms = vec![Incoterm::Fob, Incoterm::Cfr, Incoterm::Cif];
    let three = url(&q);
    let code3 = qr::encode(&three).unwrap();
    println!("the same at FOB, CFR and CIF: {} characters, QR version {}", three.len(), code3.version);
    assert!(three.len() <= 1000, "the link is {} characters", three.len());
}

#[test]
fn a_line_of_other_pairs_keeps_its_sheets_size_mix() {
    // The Busan run, 150/400/650/850/650/400/150 of 3.250 pairs, for a line of 1.500 pairs:
    // 69,23 / 184,62 / 300 / 392,31 / 300 / 184,62 / 69,23 → cut 1.498, and the two pairs
    // left go to the largest remainders (the two 184,62): 69/185/300/392/300/185/69.
    let busan = tapak::model::explain::examples::sneaker_busan();
    let q = Quotation::of_sheet("busan", &busan);
    let line = QuoteLine { pairs: 1500, ..q.lines[0].clone() };
    let doc = q.line_sheet(&line, &busan, Incoterm::Fob).unwrap();
    let sizes: Vec<u32> = doc.sizes.sizes.iter().map(|s| s.quantity).collect();
    assert_eq!(sizes, vec![69, 185, 300, 392, 300, 185, 69]);
    // So the line's quote is not held back by a size run of another order.
    assert!(quote(&doc).is_ready());
}

#[test]
fn the_worked_busan_order_prices_three_articles_in_one_container() {
    use tapak::model::cost::compute::{compute, Category};
    let (q, lib) = tapak::model::explain::examples::busan_order();
    let p = price(&q, &lib);
    assert!(p.is_ready(), "{:?}", p.issues);
    // 1.500 sneakers in 125 cartons (10,5 m³), 1.000 black in 84 (7,056 m³), 750 sandals in
    // 32 cartons of 0,072 m³ (2,304 m³): 241 cartons, 19,86 m³, one 20' container.
    let s = p.shipment.unwrap();
    assert_eq!((s.plan.pairs, s.plan.cartons, s.plan.cbm), (3250, 241, dec!(19.860)));
    assert_eq!(s.load.unwrap().containers, 1);
    // Ocean freight USD 900 × 16.244 = Rp14.619.600 shared by m³: 14.619.600 × 10,5 ÷ 19,86 =
    // 7.729.395,77; × 7,056 ÷ 19,86 = 5.194.153,96; × 2,304 ÷ 19,86 = 1.696.050,27. In whole
    // rupiah the largest remainders (,96 and ,77) take the two rupiah the cutting left over.
    let freight = p.shares.iter().find(|s| s.stage == Stage::MainCarriage).unwrap();
    let parts: Vec<Decimal> = freight.lines.iter().map(|m| m.amount()).collect();
    assert_eq!(parts, vec![dec!(7729396), dec!(5194154), dec!(1696050)]);
    // The sneaker and its colourway share the lasts, the sole mould and the samples:
    // (12.000.000 + CNY 8.000 × 2.265 + 1.500.000) ÷ 2.500 pairs = Rp12.648 a pair on each.
    for l in &p.lines[..2] {
        let b = compute(&l.sheet);
        assert_eq!(b.category(Category::OneOff).unwrap().per_pair.amount(), dec!(12648), "{}", l.sheet.article.name);
    }
    // Each article at both terms, stepped up to USD 0,05 (the exact prices stay the exporter's).
    let quoted: Vec<Vec<Decimal>> =
        p.lines.iter().map(|l| l.quotes.iter().map(|q| q.tiers[0].unit_price.unwrap().amount()).collect()).collect();
    assert_eq!(
        quoted,
        vec![vec![dec!(11.75), dec!(12.10)], vec![dec!(12.20), dec!(12.55)], vec![dec!(5.10), dec!(5.25)]]
    );
    for l in &p.lines {
        for qt in &l.quotes {
            let t = &qt.tiers[0];
            let (exact, stepped) = (t.unit_exact.unwrap().amount(), t.unit_price.unwrap().amount());
            assert!(stepped >= exact && stepped - exact < dec!(0.05), "{exact} → {stepped}");
        }
    }
}

#[test]
fn quotations_are_stored_beside_the_sheets_and_never_overwritten_unseen() {
    use tapak::store::quotations::{list, remove, save, using};
    use tapak::store::StoreError;
    let mut s: BTreeMap<String, String> = BTreeMap::new();
    let (mut q, _) = tapak::model::explain::examples::busan_order();
    let first = save(&mut s, "q1", &q, None).unwrap();
    // Its sheets are the library's own: the stored text names them, it does not copy them.
    assert!(!first.contains("\"sheets\""));
    let listed = list(&s).unwrap();
    assert_eq!(listed.quotations.len(), 1);
    assert_eq!(listed.quotations[0].quotation.lines, q.lines);
    // Another tab saved meanwhile: this tab's save is refused, and what is stored stays.
    q.details.number = "Q-OTHER-TAB".into();
    let theirs = save(&mut s, "q1", &q, Some(&first)).unwrap();
    q.details.number = "Q-MINE".into();
    assert!(matches!(save(&mut s, "q1", &q, Some(&first)), Err(StoreError::Changed { .. })));
    assert_eq!(s["tapak.quotation.q1"], theirs);
    // A damaged quotation is listed as unreadable, and left as it is.
    s.insert("tapak.quotation.q2".into(), "{\"kind\": \"tapak-quotation\", \"schema\": 1, \"terms\": 5".into());
    let listed = list(&s).unwrap();
    assert_eq!((listed.quotations.len(), listed.unreadable.len()), (1, 1));
    assert!(s["tapak.quotation.q2"].ends_with("\"terms\": 5"));
    // Deleting a sheet asks first when a quotation uses it.
    assert_eq!(using(&s, "example-sandal").unwrap(), vec!["Q-OTHER-TAB".to_string()]);
    assert!(using(&s, "another").unwrap().is_empty());
    remove(&mut s, "q1").unwrap();
    assert!(using(&s, "example-sandal").unwrap().is_empty());
}

#[test]
fn a_hostile_quotation_file_is_refused_at_the_door_and_says_where() {
    use tapak::codec::quotation::{quotation_from_json, quotation_to_json};
    use tapak::codec::LoadError;
    use tapak::i18n::{load_message, Lang};
    let (q, lib) = tapak::model::explain::examples::busan_order();
    let good = quotation_to_json(&q, &lib);
    let back = quotation_from_json(&good).unwrap();
    assert_eq!((back.lines.clone(), back.sheets.len()), (q.lines.clone(), 2));
    // Negative pairs on a line: the field is named in the user's words.
    let bad = good.replacen("\"pairs\": 1000", "\"pairs\": -1000", 1);
    let e = quotation_from_json(&bad).unwrap_err();
    let m = load_message(&e, Lang::Id);
    assert_eq!(m.lines, vec!["Artikel penawaran, baris 2 · Jumlah pesanan (pasang)".to_string()]);
    // A newer quotation file, a sheet's file, and a damaged sheet inside it.
    assert_eq!(
        quotation_from_json(&good.replacen("\"schema\": 2", "\"schema\": 9", 1)),
        Err(LoadError::TooNew { schema: 9 })
    );
    assert!(matches!(
        quotation_from_json(&tapak::codec::document_to_json(&lib["example-busan"])),
        Err(LoadError::Unreadable { .. })
    ));
    let broken_sheet = good.replacen("\"net_consumption\": \"1.6\"", "\"net_consumption\": \"-1.6\"", 1);
    assert!(matches!(quotation_from_json(&broken_sheet), Err(LoadError::Invalid(_))));
    // Two lines with one id, or the same term twice: refused (an edit could not tell them apart).
    let twice = good.replacen("\"id\": 2,", "\"id\": 1,", 1);
    assert!(matches!(quotation_from_json(&twice), Err(LoadError::Invalid(_))));
    let same = good.replacen("\"Cif\"", "\"Fob\"", 1);
    assert!(matches!(quotation_from_json(&same), Err(LoadError::Invalid(_))));
}

#[test]
fn deleting_a_sheet_a_quotation_uses_is_noticed_without_reading_the_quotation() {
    use tapak::store::quotations::{naming, save};
    let mut s: BTreeMap<String, String> = BTreeMap::new();
    let (q, _) = tapak::model::explain::examples::busan_order();
    save(&mut s, "q1", &q, None).unwrap();
    let mut other = q.clone();
    other.lines.truncate(1);
    save(&mut s, "q2", &other, None).unwrap();
    assert_eq!(naming(&s, "example-busan").unwrap(), 2);
    assert_eq!(naming(&s, "example-sandal").unwrap(), 1);
    // An id that only starts like a used one is not taken for it.
    assert_eq!(naming(&s, "example-b").unwrap(), 0);
    assert_eq!(
        tapak::i18n::store::used_by_quotations(2, tapak::i18n::Lang::Id),
        "Lembar ini dipakai di 2 penawaran; artikelnya akan hilang dari penawaran itu. Tetap hapus?"
    );
}

#[test]
fn terms_stay_distinct_and_in_order_and_a_new_line_takes_the_last_sheet() {
    let mut q = order(Key::PerPair);
    // FOB, CIF → third column DDP; CIF chosen again in the third column is kept once.
    q.set_term(2, Some(Incoterm::Ddp));
    assert_eq!(q.terms, vec![Incoterm::Fob, Incoterm::Cif, Incoterm::Ddp]);
    q.set_term(2, Some(Incoterm::Cif));
    assert_eq!(q.terms, vec![Incoterm::Fob, Incoterm::Cif]);
    // Emptying the second column closes up.
    q.set_term(1, None);
    assert_eq!(q.terms, vec![Incoterm::Fob]);
    q.set_term(7, Some(Incoterm::Exw));
    assert_eq!(q.terms, vec![Incoterm::Fob]);
    q.add_line(&"first".into());
    assert_eq!((q.lines[3].id, q.lines[3].sheet.as_str(), q.lines[3].pairs), (4, "sandal", 0));
    let mut empty = Quotation::empty();
    empty.add_line(&"first".into());
    assert_eq!((empty.lines[0].id, empty.lines[0].sheet.as_str()), (1, "first"));
}

#[test]
fn a_backup_carries_the_quotations_and_their_lines_follow_their_sheets() {
    use tapak::codec::backup::{from_backup, to_backup, Named};
    use tapak::store::quotations::{import, list, save, text_of};
    let (q, sheets) = tapak::model::explain::examples::busan_order();
    let named: Vec<Named> = sheets
        .iter()
        .map(|(id, d)| Named { id: id.clone(), name: d.article.name.clone(), document: d.clone() })
        .collect();
    let mut bare = q.clone();
    bare.sheets.clear();
    let text = to_backup(&named, &[("q1".into(), text_of(&bare))], None);
    let back = from_backup(&text, "x").expect("the backup opens");
    assert_eq!(back.sheets, named);
    assert_eq!(back.quotations.len(), 1);
    assert_eq!((back.quotations[0].0.as_str(), &back.quotations[0].1.lines), ("q1", &q.lines));
    // A backup written before quotations were kept has none, and still opens.
    let old = to_backup(&named, &[], None).replace(",\n\"quotations\": [\n\n]", "");
    assert!(!old.contains("quotations"));
    assert_eq!(from_backup(&old, "x").map(|b| b.quotations.len()), Ok(0));
    // One refused quotation refuses the whole backup (all or nothing): 130 pairs negative.
    let bad = text.replacen("\"pairs\":1000", "\"pairs\":-1000", 1);
    assert_ne!(bad, text);
    assert!(from_backup(&bad, "x").is_err());

    // Importing: the sandal's id was taken by another sheet, so it was kept beside it as "d9";
    // the quotation's line 3 follows it there.
    let mut s: BTreeMap<String, String> = BTreeMap::new();
    let moved = vec![("example-busan".into(), "example-busan".into()), ("example-sandal".into(), "d9".into())];
    let n = import(&mut s, &back.quotations, &moved, |_| panic!("nothing to ask"), || "fresh".into()).unwrap();
    assert_eq!(n, 1);
    let stored = list(&s).unwrap().quotations;
    assert_eq!(
        stored[0].quotation.lines.iter().map(|l| l.sheet.as_str()).collect::<Vec<_>>(),
        ["example-busan", "example-busan", "d9"]
    );
    // The same again: nothing to write, nothing asked.
    assert_eq!(import(&mut s, &back.quotations, &moved, |_| panic!("nothing to ask"), || "fresh".into()), Ok(0));
    // Another quotation under the same id: asked by its number; "keep both" puts it beside.
    let mut other = bare.clone();
    other.details.number = "Q-OTHER".into();
    save(&mut s, "q1", &other, Some(&stored[0].text)).unwrap();
    let mut asked = Vec::new();
    let n = import(
        &mut s,
        &back.quotations,
        &moved,
        |name| {
            asked.push(name.to_string());
            false
        },
        || "fresh".into(),
    )
    .unwrap();
    assert_eq!((n, asked), (1, vec!["Q-2025-032".to_string()]));
    let ids: Vec<String> = list(&s).unwrap().quotations.into_iter().map(|q| q.id).collect();
    assert_eq!(ids, ["fresh", "q1"]);
    // Replacing, on the user's word.
    let n = import(&mut s, &back.quotations[..], &[], |_| true, || unreachable!()).unwrap();
    assert_eq!(n, 1);
    assert_eq!(
        list(&s).unwrap().quotations.iter().find(|q| q.id == "q1").map(|q| q.quotation.details.number.clone()),
        Some("Q-2025-032".into())
    );
}

#[test]
fn a_further_quantity_is_twice_the_largest_so_far() {
    let mut line =
        tapak::model::quotation::QuoteLine { id: 1, sheet: "s".into(), variant: None, pairs: 750, tiers: vec![] };
    line.add_tier();
    assert_eq!(line.tiers, vec![1500]);
    line.add_tier();
    assert_eq!(line.tiers, vec![1500, 3000]);
    let mut empty = tapak::model::quotation::QuoteLine { pairs: 0, tiers: vec![], ..line };
    empty.add_tier();
    assert_eq!(empty.tiers, vec![1000]);
}

#[test]
fn the_worked_order_comes_into_the_library_once_however_often_it_is_opened() {
    use tapak::store::library::{index, load};
    use tapak::store::quotations::{add_with_sheets, list};
    let mut s: BTreeMap<String, String> = BTreeMap::new();
    let (q, lib) = tapak::model::explain::examples::busan_order();
    let mut n = 0;
    let mut fresh = || {
        n += 1;
        format!("id{n}")
    };
    let (first, stored, _) = add_with_sheets(&mut s, &q, &lib, &mut fresh, "2026-11-30T10:00:00Z").unwrap();
    // Its two sheets are in the library under ids of their own, and the lines name them.
    let entries = index(&s).unwrap();
    assert_eq!(entries.len(), 2);
    let sheets: Vec<&str> = stored.lines.iter().map(|l| l.sheet.as_str()).collect();
    assert_eq!(sheets[0], sheets[1]);
    assert_ne!(sheets[0], sheets[2]);
    assert!(entries.iter().all(|e| sheets.contains(&e.id.as_str())));
    // Opened again: a second quotation, the same two sheets.
    let (second, again, _) = add_with_sheets(&mut s, &q, &lib, &mut fresh, "2026-11-30T10:05:00Z").unwrap();
    assert_ne!(first, second);
    assert_eq!(again.lines, stored.lines);
    assert_eq!(index(&s).unwrap().len(), 2);
    assert_eq!(list(&s).unwrap().quotations.len(), 2);
    // Priced from the library, it gives the worked figures: USD 11,75 / 12,10 for the sneaker.
    let library: BTreeMap<SheetId, Document> =
        entries.iter().map(|e| (e.id.clone(), load(&s, &e.id).unwrap().doc)).collect();
    let p = price(&again, &library);
    assert!(p.is_ready(), "{:?}", p.issues);
    let sneaker: Vec<Decimal> = p.lines[0].quotes.iter().map(|q| q.tiers[0].unit_price.unwrap().amount()).collect();
    assert_eq!(sneaker, vec![dec!(11.75), dec!(12.10)]);
}

#[test]
fn sheets_added_with_a_quotation_are_each_named_once_whatever_their_new_ids() {
    use tapak::store::quotations::add_with_sheets;
    let mut s: BTreeMap<String, String> = BTreeMap::new();
    let (mut q, lib) = tapak::model::explain::examples::busan_order();
    // The sneaker's new id is the sandal's old one: the sandal's line must not follow it.
    let sheets: BTreeMap<SheetId, Document> =
        BTreeMap::from([("a".into(), lib["example-busan"].clone()), ("b".into(), lib["example-sandal"].clone())]);
    q.lines[0].sheet = "a".into();
    q.lines[1].sheet = "a".into();
    q.lines[2].sheet = "b".into();
    let mut ids = ["b", "x", "q"].into_iter().map(String::from);
    let (_, stored, _) = add_with_sheets(&mut s, &q, &sheets, || ids.next().unwrap(), "2026-11-30T10:00:00Z").unwrap();
    let named: Vec<&str> = stored.lines.iter().map(|l| l.sheet.as_str()).collect();
    assert_eq!(named, vec!["b", "b", "x"]);
}

/// A step too fine or too large names the reason on each article, as the sheet does (issue 27
/// #10: each article said only "its price is not complete (open its sheet)").
#[test]
fn a_price_step_the_articles_cannot_take_is_named_as_the_reason() {
    let mut q = order(Key::PerPair);
    q.terms = vec![Incoterm::Fob];
    for (step, reason) in [
        (dec!(0.001), "The price step is finer than the quote currency's smallest unit; use a multiple of it."),
        (dec!(1000000), "The price step is larger than the price per pair; choose a smaller step."),
    ] {
        q.price_step = Some(step);
        let p = price(&q, &library());
        assert!(!p.is_ready());
        let said: Vec<String> = p
            .blockers()
            .iter()
            .map(|i| {
                tapak::i18n::quotation::quotation_issue(i, tapak::i18n::Lang::En, &|n| q.line_title(n, &library()))
            })
            .collect();
        assert_eq!(said[0], format!("1 · Sneaker · FOB: {reason}"), "{said:?}");
        assert_eq!(said.len(), 3);
    }
}

/// Every change to a quotation is an edit applied by `Quotation::apply` (issue 26): what each
/// does, that one naming a line that is not there changes nothing, and that two edits in a row
/// each apply to the quotation as it then is.
#[test]
fn a_quotation_changes_only_through_its_edits() {
    use tapak::model::quotation::edit::{ProformaEdit, QuotationEdit as E, QuotationText};
    use tapak::model::sheet::phrases::{Payment, PaymentKind};
    let mut q = Quotation::empty();
    q.lines = vec![QuoteLine { id: 1, sheet: "a".into(), variant: Some(2), pairs: 1_200, tiers: vec![] }];
    // Texts.
    assert!(q.apply(E::Text(QuotationText::Number, "Q-7".into())));
    assert!(q.apply(E::Text(QuotationText::Buyer, "Busan Footwear".into())));
    assert!(!q.apply(E::Text(QuotationText::Buyer, "Busan Footwear".into())), "the same text changes nothing");
    assert_eq!((q.details.number.as_str(), q.details.buyer.name.as_str()), ("Q-7", "Busan Footwear"));
    // Terms: a second column, then the first set to the second's term: one column each.
    assert!(q.apply(E::Term(1, Some(Incoterm::Cif))));
    assert_eq!(q.terms, vec![Incoterm::Fob, Incoterm::Cif]);
    assert!(q.apply(E::Term(0, Some(Incoterm::Cif))));
    assert_eq!(q.terms, vec![Incoterm::Cif]);
    // A step of 0 is no step (the currency's smallest unit).
    assert!(q.apply(E::PriceStep(Some(dec!(0.05)))));
    assert!(q.apply(E::PriceStep(Some(dec!(0)))));
    assert_eq!(q.price_step, None);
    // Lines: a new line takes the last line's sheet; changing a sheet drops the colourway (it
    // was the other sheet's); an empty sheet id, or a line that is not there, changes nothing.
    assert!(q.apply(E::AddLine { first_sheet: "z".into() }));
    assert_eq!((q.lines[1].id, q.lines[1].sheet.as_str(), q.lines[1].pairs), (2, "a", 0));
    assert!(q.apply(E::Sheet { line: 1, sheet: "b".into() }));
    assert_eq!((q.lines[0].sheet.as_str(), q.lines[0].variant), ("b", None));
    assert!(!q.apply(E::Sheet { line: 1, sheet: Default::default() }));
    assert!(!q.apply(E::Pairs { line: 9, pairs: 500 }));
    // Further quantities: the first is twice the largest (1.200 → 2.400); one out of range is
    // not dropped.
    assert!(q.apply(E::AddTier(1)));
    assert_eq!(q.lines[0].tiers, vec![2_400]);
    assert!(q.apply(E::Tier { line: 1, k: 0, pairs: 3_000 }));
    assert!(!q.apply(E::DropTier { line: 1, k: 5 }));
    assert!(q.apply(E::DropTier { line: 1, k: 0 }));
    assert!(q.lines[0].tiers.is_empty());
    assert!(q.apply(E::RemoveLine(2)));
    assert_eq!(q.lines.len(), 1);
    // The PI: the first change starts it from the quotation, dated today, its deposit from the
    // payment phrase (30 %); the next changes apply to it as it then is.
    q.details.payment = Some(Payment { kind: PaymentKind::DepositBeforeShipment, n: 30 });
    let pi = |edit| E::Proforma { today: "2026-12-07".into(), edit };
    assert!(q.apply(pi(ProformaEdit::Consignee("Busan Logistics".into()))));
    assert!(q.apply(pi(ProformaEdit::DepositPct(dec!(40)))));
    let kept = q.proforma.clone().expect("a PI");
    assert_eq!(
        (kept.date.as_str(), kept.consignee.name.as_str(), kept.deposit_pct),
        ("2026-12-07", "Busan Logistics", dec!(40))
    );
    // The company profile's words over the quotation's: the exporter, the buyer stays.
    let profile = tapak::model::quotation::profile::Profile {
        exporter: Party { name: "CV Tapak".into(), ..Party::default() },
        ..Default::default()
    };
    assert!(q.apply(E::FromProfile(Box::new(profile))));
    assert_eq!((q.details.exporter.name.as_str(), q.details.buyer.name.as_str()), ("CV Tapak", "Busan Footwear"));
}
