//! The formula trail: each figure's formula, with the document's numbers, gives the figure.

use crate::d;
use tapak::model::base::currency::Currency;
use tapak::model::base::incoterms::{Component, Incoterm, Stage};
use tapak::model::base::money::Money;
use tapak::model::cost::compute::compute;
use tapak::model::explain::examples;
use tapak::model::explain::trail::{mismatches, refs, trail, Expr, Fig, Operand};
use tapak::model::export::quote::quote;

#[test]
fn every_figure_of_every_example_is_explained_by_a_formula_that_gives_it() {
    for doc in examples::all().into_iter().map(|e| e.document) {
        let t = trail(&doc);
        assert_eq!(mismatches(&t), vec![], "{}", doc.article.name);
        let b = compute(&doc);
        let q = quote(&doc);
        // The trail's figures are the screen's figures.
        assert_eq!(t.get(Fig::Hpp).unwrap().value, Operand::Money(b.per_pair));
        let tier = &q.tiers[0];
        assert_eq!(
            t.get(Fig::UnitPrice).unwrap().value,
            Operand::Money(tier.unit_price.unwrap()),
            "{}",
            doc.article.name
        );
        assert_eq!(t.get(Fig::OrderTotal).unwrap().value, Operand::Money(tier.total.unwrap()));
        // Every reference leads to an explained figure, so the way down never breaks.
        for n in &t.nodes {
            for r in refs(&n.expr) {
                assert!(t.get(r).is_some(), "{:?} refers to {:?}, which has no trail", n.fig, r);
            }
        }
    }
}

#[test]
fn a_material_line_reads_like_the_cost_sheet() {
    // Kulit sapi atasan: 1.6 sq ft × (1 + 8 %) × Rp38.000 = Rp65.664.
    let doc = examples::sneaker_busan();
    let t = trail(&doc);
    let n = t.get(Fig::Material(10)).unwrap();
    assert_eq!(n.value, Operand::Money(Money::new(d("65664"), Currency::IDR)));
    let Expr::Product(factors) = &n.expr else { panic!("{:?}", n.expr) };
    assert_eq!(factors[0], Expr::Lit(Operand::Qty(d("1.6"), tapak::model::base::units::Unit::SqFt)));
    assert_eq!(t.eval(&factors[1]), Some(d("1.08")));
    // Microfiber in USD: 0.12 m × (1 + 10 %) × USD 4.20 × 16,244 IDR/USD = Rp9.006,1…
    let n = t.get(Fig::Material(11)).unwrap();
    assert_eq!(t.eval(&n.expr), Some(d("0.12") * d("1.1") * d("4.20") * d("16244")));
    // Eyelets priced per gross: 16 pcs × (1 + 2 %) × Rp14.400 ÷ 144 = Rp1.632.
    let n = t.get(Fig::Material(18)).unwrap();
    assert_eq!(n.value, Operand::Money(Money::new(d("1632"), Currency::IDR)));
    assert!(matches!(n.expr, Expr::Quotient(_, _)));
}

#[test]
fn the_way_up_from_a_material_reaches_the_quoted_price() {
    let doc = examples::sneaker_busan();
    let t = trail(&doc);
    // Walk up through the figures that use each one, breadth first.
    let mut seen = vec![Fig::Material(10)];
    let mut i = 0;
    while i < seen.len() {
        for up in t.used_by(seen[i]) {
            if !seen.contains(&up) {
                seen.push(up);
            }
        }
        i += 1;
    }
    for f in [
        Fig::SizeMaterials(63),
        Fig::Materials,
        Fig::Hpp,
        Fig::ExFactoryPerPair,
        Fig::TermTotal(Incoterm::Fob),
        Fig::UnitPrice,
        Fig::OrderTotal,
    ] {
        assert!(seen.contains(&f), "{f:?} not reached: {seen:?}");
    }
}

#[test]
fn fob_build_up_names_its_stages_and_cif_its_insurance() {
    let doc = examples::sneaker_busan();
    let t = trail(&doc);
    let fob = t.get(Fig::TermTotal(Incoterm::Fob)).unwrap();
    let r = refs(&fob.expr);
    assert_eq!(
        r,
        vec![
            Fig::ExFactoryTotal,
            Fig::Stage(Stage::ExportClearance),
            Fig::Stage(Stage::InlandHaulage),
            Fig::Stage(Stage::OriginTerminal)
        ]
    );
    // CIF = (FOB costs + freight) ÷ (1 − 1.1 × 0.3 %); the insurance is 1.1 × 0.3 % of it.
    let cif = t.get(Fig::TermTotal(Incoterm::Cif)).unwrap();
    assert!(matches!(cif.expr, Expr::Quotient(_, _)));
    let ins = t.get(Fig::Part(Incoterm::Cif, Component::Insurance)).unwrap();
    let Operand::Money(total) = cif.value else { panic!() };
    assert_eq!(ins.value, Operand::Money(total.times(d("0.0033")).unwrap()));
}

#[test]
fn the_workshop_examples_show_certification_spread_and_broker_commission() {
    // Safety shoe: SNI Rp30,000,000 + lab tests Rp7,500,000 + lasts Rp9,000,000 over 1,500 pairs
    // = Rp31,000 a pair.
    let t = trail(&examples::safety_shoe_sni());
    assert_eq!(t.get(Fig::OneOffPerPair).unwrap().value, Operand::Money(Money::new(d("31000"), Currency::IDR)));
    // Sandal, DDP Los Angeles via a Korean broker: commission is 5 % of the DDP price; duty is
    // 6 % of the FOB value (US customs basis).
    let t = trail(&examples::sandal_los_angeles());
    let Operand::Money(ddp) = t.get(Fig::TermTotal(Incoterm::Ddp)).unwrap().value else { panic!() };
    let Operand::Money(fob) = t.get(Fig::TermTotal(Incoterm::Fob)).unwrap().value else { panic!() };
    // (Each part is its own exact quotient, divided once: equal to 15 places to the share of
    // the rounded-to-28-digits price.)
    let to20 = |o: &Operand| o.value().round_dp_with_strategy(15, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    let commission = t.get(Fig::Part(Incoterm::Ddp, Component::Commission)).unwrap();
    assert_eq!(to20(&commission.value), to20(&Operand::Money(ddp.times(d("0.05")).unwrap())));
    let duty = t.get(Fig::Part(Incoterm::Ddp, Component::ImportDuty)).unwrap();
    assert_eq!(to20(&duty.value), to20(&Operand::Money(fob.times(d("0.06")).unwrap())));
    assert_eq!(refs(&duty.expr), vec![Fig::TermTotal(Incoterm::Fob)]);
}

#[test]
fn formulas_read_in_indonesian_and_english_with_the_sheet_numbers() {
    use tapak::i18n::trail::formula_text;
    use tapak::i18n::Lang;
    let doc = examples::sneaker_busan();
    let t = trail(&doc);
    assert_eq!(
        formula_text(Fig::Material(10), &t, &doc, Lang::Id).unwrap(),
        "Kulit sapi atasan: 1,6 sq ft × (1 + 8 %) × Rp38.000 = Rp65.664"
    );
    assert_eq!(
        formula_text(Fig::Material(18), &t, &doc, Lang::En).unwrap(),
        "Mata ayam (eyelet): 16 pcs × (1 + 2 %) × Rp14,400 ÷ 144 = Rp1,632"
    );
    // Rp4.800.000 ÷ (25 × 420 × 80 %) = Rp571,43 a minute (shown with two more decimals).
    assert_eq!(
        formula_text(Fig::CostPerMinute, &t, &doc, Lang::Id).unwrap(),
        "Biaya per menit: Rp4.800.000 ÷ (25 hari × 420 menit/hari × 80 %) = Rp571,43"
    );
    let fob = formula_text(Fig::UnitExact(Incoterm::Fob), &t, &doc, Lang::En).unwrap();
    assert!(fob.starts_with("Price/pair before rounding (FOB): [Shipment price FOB Rp"), "{fob}");
    // The FX buffer is named, not a bare "(1 − 1 %)" (issue 15).
    assert!(fob.contains("÷ 3,250 pairs ÷ 16,244 IDR/USD ÷ (1 − FX buffer 1 %)"), "{fob}");
    let fob_id = formula_text(Fig::UnitExact(Incoterm::Fob), &t, &doc, Lang::Id).unwrap();
    assert!(fob_id.contains("÷ 16.244 IDR/USD ÷ (1 − cadangan selisih kurs 1 %)"), "{fob_id}");
    let unit = formula_text(Fig::UnitPrice, &t, &doc, Lang::Id).unwrap();
    assert!(unit.ends_with(", dibulatkan 2 desimal (0,5 ke atas) = USD 11,48"), "{unit}");
}

#[test]
fn the_price_step_is_in_the_trail_and_recomputes() {
    use tapak::i18n::trail::formula_text;
    use tapak::i18n::Lang;
    // USD 11,4829 up to a multiple of 0,05 = USD 11,50.
    let mut doc = examples::sneaker_busan();
    doc.terms.price_step = Some(d("0.05"));
    doc.terms.step_up = true;
    let t = trail(&doc);
    assert_eq!(mismatches(&t), vec![]);
    let unit = formula_text(Fig::UnitPrice, &t, &doc, Lang::Id).unwrap();
    assert!(unit.ends_with(", dibulatkan ke atas ke kelipatan 0,05 = USD 11,50"), "{unit}");
    let en = formula_text(Fig::UnitPrice, &t, &doc, Lang::En).unwrap();
    assert!(en.ends_with(", rounded up to a multiple of 0.05 = USD 11.50"), "{en}");
}

#[test]
fn an_articles_share_of_the_shipment_is_explained_from_the_container_down_to_its_price() {
    use tapak::i18n::trail::formula_text;
    use tapak::i18n::Lang;
    use tapak::model::explain::trail::article;
    use tapak::model::quotation::allocation::Key;
    use tapak::model::quotation::combined::price;
    let (q, lib) = examples::busan_order();
    let p = price(&q, &lib);
    // The sneaker at CIF Busan: its 125 cartons (10,5 m³) of the shipment's 241 (19,86 m³).
    let a = article(&p, 0, 1).unwrap();
    let t = &a.trail;
    assert_eq!(mismatches(t), vec![]);
    let v = |f: Fig| t.get(f).unwrap().value.value();
    assert_eq!((v(Fig::Cartons), v(Fig::ShipmentCartons)), (d("125"), d("241")));
    assert_eq!((v(Fig::Cbm), v(Fig::ShipmentCbm)), (d("10.5"), d("19.86")));
    assert_eq!(v(Fig::ShipmentPairs), d("3250"));
    // One 20' container for all of them: USD 900 × 16.244 = Rp14.619.600 of ocean freight, of
    // which the sneaker carries 10,5 ÷ 19,86 = 52,87 %: Rp7.729.395,77.
    assert_eq!(v(Fig::Containers), d("1"));
    assert_eq!(v(Fig::ShipmentStage(Stage::MainCarriage)), d("14619600"));
    assert_eq!(v(Fig::Share(Key::PerCbm)).round_dp(6), d("0.528701"));
    assert_eq!(v(Fig::Stage(Stage::MainCarriage)).round_dp(2), d("7729395.77"));
    assert_eq!(
        refs(&t.get(Fig::Stage(Stage::MainCarriage)).unwrap().expr),
        vec![Fig::ShipmentStage(Stage::MainCarriage), Fig::Share(Key::PerCbm)]
    );
    assert_eq!(
        formula_text(Fig::Share(Key::PerCbm), t, &a.doc, Lang::En).unwrap(),
        "This article's share (shared by m³): [Volume (m³) 10.5 m³] ÷ [Volume of the whole shipment (m³) 19.86 m³] = 52.8701 %"
    );
    assert_eq!(
        formula_text(Fig::ShipmentCbm, t, &a.doc, Lang::Id).unwrap(),
        "Volume seluruh pengiriman (m³): [Volume (m³) 10,5 m³] + 7,056 m³ + 2,304 m³ = 19,86 m³"
    );
    // The way up from the share reaches the quoted price.
    let mut up = vec![Fig::Share(Key::PerCbm)];
    let mut seen = Vec::new();
    while let Some(f) = up.pop() {
        if !seen.contains(&f) {
            seen.push(f);
            up.extend(t.used_by(f));
        }
    }
    assert!(seen.contains(&Fig::UnitPrice), "{seen:?}");
    // The trail's price is the quotation's.
    assert_eq!(t.get(Fig::UnitPrice).unwrap().value, Operand::Money(p.lines[0].quotes[1].tiers[0].unit_price.unwrap()));
    // The sandal (750 pairs, 2,304 m³) carries 11,6 % and is explained the same way.
    let sandal = article(&p, 2, 1).unwrap();
    assert_eq!(sandal.trail.get(Fig::Share(Key::PerCbm)).unwrap().value.value().round_dp(6), d("0.116012"));
    // 14.619.600 × 2,304 ÷ 19,86 = Rp1.696.050,27 (Rp1.696.050 in the quotation's whole rupiah).
    assert_eq!(sandal.trail.get(Fig::Stage(Stage::MainCarriage)).unwrap().value.value().round_dp(2), d("1696050.27"));
}

#[test]
fn every_key_every_article_and_every_term_of_the_worked_order_explains_itself() {
    use tapak::model::explain::trail::article;
    use tapak::model::quotation::allocation::Key;
    use tapak::model::quotation::combined::price;
    let (mut q, lib) = examples::busan_order();
    for key in Key::ALL {
        q.key = key;
        let p = price(&q, &lib);
        for k in 0..p.terms.len() {
            let mut shares = Vec::new();
            for i in 0..p.lines.len() {
                let a = article(&p, i, k).unwrap();
                assert_eq!(mismatches(&a.trail), vec![], "{key:?} line {i} term {k}");
                shares.push(a.trail.get(Fig::Share(key)).unwrap().value.value());
                assert_eq!(
                    a.trail.get(Fig::UnitPrice).unwrap().value,
                    Operand::Money(p.lines[i].quotes[k].tiers[0].unit_price.unwrap())
                );
            }
            // The shares add up to the whole shipment.
            assert_eq!(shares.iter().sum::<rust_decimal::Decimal>().round_dp(20), d("1"), "{key:?}");
        }
    }
    // By pair: 1.500 of 3.250 pairs.
    q.key = Key::PerPair;
    let p = price(&q, &lib);
    let a = article(&p, 0, 0).unwrap();
    assert_eq!(a.trail.get(Fig::Share(Key::PerPair)).unwrap().value.value().round_dp(6), d("0.461538"));
    // A quotation of one article is that sheet's own trail, with no shipment of others.
    q.lines.truncate(1);
    let p = price(&q, &lib);
    let one = article(&p, 0, 1).unwrap();
    assert_eq!(one.trail, trail(&one.doc));
    assert!(one.trail.get(Fig::ShipmentCbm).is_none());
}

#[test]
fn an_article_is_explained_among_the_articles_that_could_be_priced() {
    use tapak::model::explain::trail::article;
    use tapak::model::quotation::allocation::Key;
    use tapak::model::quotation::combined::price;
    let (mut q, mut lib) = examples::busan_order();
    // The sandal's sheet is gone: the sneaker and its colourway share the container alone,
    // 10,5 of 17,556 m³ and 7,056 of 17,556.
    lib.remove("example-sandal");
    let p = price(&q, &lib);
    assert_eq!(p.lines.len(), 2);
    let black = article(&p, 1, 1).unwrap();
    assert_eq!(mismatches(&black.trail), vec![]);
    assert_eq!(black.trail.get(Fig::ShipmentCbm).unwrap().value.value(), d("17.556"));
    assert_eq!(black.trail.get(Fig::Share(Key::PerCbm)).unwrap().value.value().round_dp(6), d("0.401914"));
    // A line with no order quantity yet is not priced at all (it holds the quotation and is
    // named): the others share the shipment, and their trails are whole.
    q.lines[0].pairs = 0;
    let (_, lib) = examples::busan_order();
    let p = price(&q, &lib);
    assert_eq!(p.lines.len(), 2);
    assert!(p.issues.contains(&tapak::model::quotation::combined::QuotationIssue::NoPairs { line: q.lines[0].id }));
    assert!(mismatches(&article(&p, 1, 0).unwrap().trail).is_empty());
}
