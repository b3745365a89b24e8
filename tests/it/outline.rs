//! The folded cards' lines (`model::explain::outline`, worded by `i18n::outline`): what each card holds,
//! its result, and which card a phone opens by itself.

use tapak::i18n::{outline::line, Lang};
use tapak::model::cost::compute::compute;
use tapak::model::explain::examples;
use tapak::model::explain::outline::{costing, export, first_open, quote_details, Card, Needs};
use tapak::model::export::quote::quote;
use tapak::model::sheet::document::Document;

fn worded(lines: &[tapak::model::explain::outline::CardLine], lang: Lang) -> Vec<String> {
    lines.iter().map(|l| line(l, lang)).collect()
}

#[test]
fn an_empty_sheet_opens_its_article_and_says_what_each_card_lacks() {
    let d = Document::empty();
    let l = costing(&d, &compute(&d));
    assert_eq!(first_open(&l), Some(Card::Article));
    assert_eq!(
        worded(&l, Lang::Id),
        [
            "IDR · belum diisi",
            "0 kurs · belum diisi",
            "0 baris · belum diisi",
            "0 operasi · belum diisi",
            "Rp0 / pasang · belum diisi",
            "0 biaya"
        ]
    );
    // With a name and a quantity, the quote to USD lacks a rate: the rates card is next.
    let mut d = d;
    d.article.name = "Sandal".into();
    d.article.order_pairs = 2000;
    let l = costing(&d, &compute(&d));
    assert_eq!(first_open(&l), Some(Card::Rates));
    assert_eq!(line(&l[1], Lang::En), "0 rates · to fill in");
    assert_eq!(quote_details(&d).needs, Needs::Filling);
}

#[test]
fn the_example_needs_nothing_and_each_line_carries_the_cards_result() {
    // Materials Rp117.908, labour Rp27.429, overhead Rp7.500 and one-off Rp9.729 a pair: the
    // summary's figures, rounded to whole rupiah as the summary shows them.
    let d = examples::sneaker_busan();
    let l = costing(&d, &compute(&d));
    assert_eq!(first_open(&l), None);
    assert_eq!(
        worded(&l, Lang::Id),
        [
            "Sneaker kasual kulit (contoh) · 3.250 pasang · IDR",
            "3 kurs",
            "13 baris · Rp117.908 / pasang",
            "7 operasi · Rp27.429 / pasang",
            "Rp7.500 / pasang",
            "3 biaya · Rp9.729 / pasang",
        ]
    );
    assert_eq!(line(&l[3], Lang::En), "7 operations · Rp27,429 / pair");
}

#[test]
fn a_stage_the_term_includes_without_any_line_asks_for_export_costs() {
    // 3.250 pairs at 12 to a carton: 271 cartons.
    let mut d = examples::sneaker_busan();
    let l = export(&d, &quote(&d));
    assert_eq!(first_open(&l), None);
    assert!(line(&l[2], Lang::Id).contains("271 karton"), "{}", line(&l[2], Lang::Id));
    let stage = d.terms.incoterm.stages()[0];
    d.export_costs.retain(|c| c.stage != stage);
    let l = export(&d, &quote(&d));
    assert_eq!(l[3].needs, Needs::Filling);
    assert_eq!(first_open(&l), Some(Card::ExportCosts));
    // No port named for FOB: the terms come first.
    d.terms.port_of_shipment.clear();
    assert_eq!(first_open(&export(&d, &quote(&d))), Some(Card::Terms));
}
