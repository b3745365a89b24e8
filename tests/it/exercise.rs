//! The workshop's exercise mode and its printed handout (`model::explain::{exercise, handout}`).

use crate::d;
use tapak::model::base::currency::Currency;
use tapak::model::base::incoterms::Incoterm;
use tapak::model::base::money::{Money, Rounding};
use tapak::model::cost::compute::compute;
use tapak::model::explain::examples;
use tapak::model::explain::exercise::{Answer, Exercise, ExerciseChange};
use tapak::model::explain::handout::{handout, Item, Rule};
use tapak::model::explain::trail::{build, Fig};
use tapak::model::export::quote::quote;

fn run(e: &Exercise, changes: &[ExerciseChange]) -> Exercise {
    changes.iter().fold(e.clone(), |e, &c| e.apply(c).unwrap_or(e))
}

#[test]
fn hiding_an_answer_then_revealing_and_hiding_it_again() {
    use ExerciseChange::*;
    let none = Exercise::default();
    assert!(!none.is_on() && !none.hides_any());
    // Revealing or hiding again with nothing chosen changes nothing.
    assert_eq!(none.apply(Reveal), None);
    assert_eq!(none.apply(HideAgain), None);

    let e = run(&none, &[Hide(Answer::Fob), Hide(Answer::Hpp)]);
    // Kept in the order of the build-up, whatever the order chosen.
    assert_eq!(e.chosen(), &[Answer::Hpp, Answer::Fob]);
    assert!(e.hides(Answer::Fob) && e.hides(Answer::Hpp) && !e.hides(Answer::Cif));
    // Choosing an answer twice changes nothing.
    assert_eq!(e.apply(Hide(Answer::Fob)), None);

    let shown = e.apply(Reveal).unwrap();
    assert!(shown.is_revealed() && !shown.hides(Answer::Fob) && !shown.hides_any());
    assert!(shown.is_chosen(Answer::Fob), "revealing keeps the choice");
    assert_eq!(shown.apply(Reveal), None);
    let again = shown.apply(HideAgain).unwrap();
    assert_eq!(again, e);

    // A new answer chosen while revealed starts a new question: everything hidden again.
    let more = shown.apply(Hide(Answer::Cif)).unwrap();
    assert!(more.hides(Answer::Cif) && more.hides(Answer::Fob));

    // Un-hiding the last answer ends the exercise, revealed or not.
    let last = run(&shown, &[Show(Answer::Fob), Show(Answer::Hpp)]);
    assert_eq!(last, Exercise::default());
    assert_eq!(e.apply(Clear), Some(Exercise::default()));
    assert_eq!(none.apply(Show(Answer::Fob)), None);
}

#[test]
fn which_figures_each_answer_hides() {
    let fob = Exercise::hiding(&[Answer::Fob]);
    // Quoted FOB: the FOB price is the quoted price, so the unit price is hidden with it.
    assert!(fob.hides_fig(Fig::UnitExact(Incoterm::Fob), Incoterm::Fob));
    assert!(fob.hides_fig(Fig::TermTotal(Incoterm::Fob), Incoterm::Fob));
    assert!(fob.hides_fig(Fig::UnitPrice, Incoterm::Fob));
    // …but not the order total, nor the CIF price, nor the HPP: each is an answer of its own.
    assert!(!fob.hides_fig(Fig::OrderTotal, Incoterm::Fob));
    assert!(!fob.hides_fig(Fig::UnitExact(Incoterm::Cif), Incoterm::Fob));
    assert!(!fob.hides_fig(Fig::Hpp, Incoterm::Fob));
    // Quoted CIF, hiding FOB leaves the quoted price shown.
    assert!(!fob.hides_fig(Fig::UnitPrice, Incoterm::Cif));
    // The quoted unit price hides whatever the term, here DDP.
    let unit = Exercise::hiding(&[Answer::UnitPrice]);
    assert!(unit.hides_fig(Fig::UnitPrice, Incoterm::Ddp));
    assert!(unit.hides_fig(Fig::UnitExact(Incoterm::Ddp), Incoterm::Ddp));
    assert!(!unit.hides_fig(Fig::UnitExact(Incoterm::Fob), Incoterm::Ddp));
    // Ex-works: per pair, for the order, and the EXW term's price.
    let exw = Exercise::hiding(&[Answer::ExWorks]);
    for f in [Fig::ExFactoryPerPair, Fig::ExFactoryTotal, Fig::UnitExact(Incoterm::Exw)] {
        assert!(exw.hides_fig(f, Incoterm::Fob), "{f:?}");
    }
    // The costs the class works from stay shown under every answer.
    let all = Exercise::hiding(&Answer::ALL);
    for f in [
        Fig::Materials,
        Fig::Labour,
        Fig::Overhead,
        Fig::Material(10),
        Fig::Stage(tapak::model::base::incoterms::Stage::MainCarriage),
    ] {
        assert!(!all.hides_fig(f, Incoterm::Fob), "{f:?}");
    }
    // Revealed, nothing is hidden.
    let shown = all.apply(ExerciseChange::Reveal).unwrap();
    assert!(!shown.hides_fig(Fig::UnitPrice, Incoterm::Fob));
    // The handout without answers hides the chosen ones even while the screen shows them; with
    // answers, none.
    assert_eq!(shown.for_print(false), all);
    assert_eq!(all.for_print(true), Exercise::default());
}

#[test]
fn the_busan_handout_lists_the_cost_and_the_price_with_their_figures() {
    let doc = examples::sneaker_busan();
    let (b, q) = (compute(&doc), quote(&doc));
    let t = build(&doc, &b, &q);
    let h = handout(&doc, &q, &t);
    assert_eq!((h.term, h.pairs), (Incoterm::Fob, 3250));
    let idr = |s: &str| Money::new(d(s), Currency::IDR);
    let at4 = |m: Money| m.round_to(4, Rounding::HalfUp);

    // The cost: the 13 material lines, then materials, labour, overhead, one-off and the HPP.
    assert_eq!(h.cost.len(), 13 + 5);
    assert!(h.cost[..13].iter().all(|r| matches!(r.item, Item::Material(_)) && r.rule == Rule::MaterialLine));
    // Kulit sapi atasan: 1,6 sq ft × (1 + 8 %) × Rp38.000 = Rp65.664.
    let leather = h.cost.iter().find(|r| r.item == Item::Material(10)).unwrap();
    assert_eq!(leather.value, idr("65664"));
    let items: Vec<Item> = h.cost[13..].iter().map(|r| r.item).collect();
    assert_eq!(items, [Item::Materials, Item::Labour, Item::Overhead, Item::OneOffPerPair, Item::Hpp]);
    // Rp117.907,7736 + Rp27.428,5714 + Rp7.500 (Rp45.000.000 ÷ 6.000 pairs a month)
    //   + Rp9.729,2308 (Rp31.620.000 ÷ 3.250) = Rp162.565,5758.
    let fig =
        |rows: &[tapak::model::explain::handout::Row], i: Item| at4(rows.iter().find(|r| r.item == i).unwrap().value);
    assert_eq!(fig(&h.cost, Item::Overhead), idr("7500"));
    assert_eq!(h.cost.iter().find(|r| r.item == Item::Overhead).unwrap().rule, Rule::OverheadPerMonth);
    assert_eq!(fig(&h.cost, Item::OneOffPerPair), idr("9729.2308"));
    assert_eq!(fig(&h.cost, Item::Hpp), idr("162565.5758"));
    // Materials averaged over the size run: the rule in words, no formula of seven sizes.
    assert_eq!(h.cost.iter().find(|r| r.item == Item::Materials).unwrap().expr, None);

    // The price: ex-works, the profit, the order at ex-works, FOB and CIF, the quoted price, the total.
    let items: Vec<Item> = h.price.iter().map(|r| r.item).collect();
    assert_eq!(
        items,
        [
            Item::ExWorks,
            Item::Profit,
            Item::ExWorksTotal,
            Item::TermTotal(Incoterm::Fob),
            Item::TermPerPair(Incoterm::Fob),
            Item::TermTotal(Incoterm::Cif),
            Item::TermPerPair(Incoterm::Cif),
            Item::UnitPrice,
            Item::OrderTotal
        ]
    );
    // Ex-works = HPP × (1 + 12 %) = Rp182.073,4449; the profit Rp182.073,4449 − Rp162.565,5758
    // = Rp19.507,8691 (12 % of the HPP).
    assert_eq!(h.price[0].rule, Rule::Markup);
    assert_eq!(fig(&h.price, Item::ExWorks), idr("182073.4449"));
    assert_eq!(fig(&h.price, Item::Profit), idr("19507.8691"));
    // The FOB shipment: Rp591.738.695,904 + 1.750.000 + 3.500.000 + 3.168.300 = Rp600.156.995,904;
    // ÷ 3.250 pairs ÷ 16.244 ÷ (1 − 1 %) = USD 11,4829, quoted USD 11,48; × 3.250 = USD 37.310,00.
    assert_eq!(fig(&h.price, Item::TermTotal(Incoterm::Fob)), idr("600156995.9040"));
    let usd = |s: &str| Money::new(d(s), Currency::USD);
    assert_eq!(fig(&h.price, Item::TermPerPair(Incoterm::Fob)), usd("11.4829"));
    assert_eq!(fig(&h.price, Item::TermPerPair(Incoterm::Cif)), usd("11.8016"));
    assert_eq!(fig(&h.price, Item::UnitPrice), usd("11.48"));
    assert_eq!(fig(&h.price, Item::OrderTotal), usd("37310.00"));

    // Every row with a formula gives its figure (the trail's own check, here for the profit too).
    for r in h.cost.iter().chain(&h.price) {
        if let Some(e) = &r.expr {
            assert_eq!(t.eval(e), Some(r.value.amount()), "{:?}", r.item);
        }
    }

    // Hiding FOB leaves blank boxes on the FOB rows and the quoted price, nowhere else.
    let ex = Exercise::hiding(&[Answer::Fob, Answer::Margin]);
    let hidden: Vec<Item> = h.cost.iter().chain(&h.price).filter(|r| ex.hides_row(r, h.term)).map(|r| r.item).collect();
    assert_eq!(
        hidden,
        [Item::Profit, Item::TermTotal(Incoterm::Fob), Item::TermPerPair(Incoterm::Fob), Item::UnitPrice]
    );
}

#[test]
fn a_handout_of_an_empty_sheet_has_no_rows_and_no_panic() {
    let doc = tapak::model::sheet::document::Document::empty();
    let (b, q) = (compute(&doc), quote(&doc));
    let h = handout(&doc, &q, &build(&doc, &b, &q));
    assert!(h.price.is_empty());
    // Every example prints a price build-up up to its quoted term.
    for id in examples::ExampleId::ALL {
        let doc = id.document();
        let (b, q) = (compute(&doc), quote(&doc));
        let h = handout(&doc, &q, &build(&doc, &b, &q));
        assert!(h.price.iter().any(|r| r.item == Item::UnitPrice), "{id:?}");
        assert!(h.cost.iter().any(|r| r.item == Item::Hpp), "{id:?}");
    }
}
