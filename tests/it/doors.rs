//! One validation at every door, and "not ready means not sendable".
//!
//! Values typing would refuse are refused the same way from a file, a backup, a worksheet link
//! and storage (all through `codec::document_from_json`), each problem naming its field; a sheet
//! with a cost left out is priced provisionally but cannot be issued to a buyer.

use crate::d;
use rust_decimal::Decimal;
use tapak::codec::backup::{from_backup, to_backup, Named};
use tapak::codec::{document_from_json, document_to_json, LoadError};
use tapak::i18n::{self, Lang};
use tapak::model::base::currency::Currency::*;
use tapak::model::base::date::Date;
use tapak::model::base::incoterms::{Incoterm, TermError};
use tapak::model::base::money::Money;
use tapak::model::cost::compute::{compute, Issue, Place};
use tapak::model::explain::examples;
use tapak::model::export::quote::{quote, QuoteIssue};
use tapak::model::rules::{validate, At, Fault, Num, Problem, RuleError};
use tapak::share::buyer::{BuyerQuote, NotReady};
use tapak::share::link::{decode_worksheet, encode_worksheet, LinkError};

fn hostile() -> tapak::model::sheet::document::Document {
    let mut doc = examples::sneaker_busan();
    doc.materials[2].net_consumption = d("-2.4");
    doc.shipping.carton.length_cm = d("-60");
    doc.terms.commission_pct = d("100000000000000000000");
    doc
}

fn expected() -> Vec<Problem> {
    vec![
        Problem { at: At::Material(3), fault: Fault::Number(Num::NetConsumption, RuleError::Negative) },
        Problem { at: At::Shipping, fault: Fault::Number(Num::CartonCm, RuleError::Negative) },
        Problem { at: At::Terms, fault: Fault::Number(Num::CommissionPct, RuleError::AboveMax(Decimal::ONE_HUNDRED)) },
    ]
}

#[test]
fn every_example_passes_the_rules_typing_obeys() {
    for e in examples::all() {
        assert_eq!(validate(&e.id.document()), vec![], "{:?}", e.id);
    }
}

#[test]
fn a_file_with_hostile_values_is_refused_naming_each_field() {
    let text = document_to_json(&hostile());
    assert_eq!(document_from_json(&text), Err(LoadError::Invalid(expected())));
    let words = i18n::load_message(&LoadError::Invalid(expected()), Lang::Id);
    assert_eq!(words.lines[0], "Bahan baku, baris 3 · Kebutuhan bersih/pasang: Tidak boleh negatif.");
    assert!(words.detail.is_none());
}

#[test]
fn a_worksheet_link_and_a_backup_with_hostile_values_are_refused_too() {
    let link = encode_worksheet(&hostile());
    assert_eq!(decode_worksheet(&link), Err(LinkError::Document(LoadError::Invalid(expected()))));
    let good = Named { id: "a".into(), name: "good".into(), document: examples::sneaker_busan() };
    let bad = Named { id: "b".into(), name: "bad".into(), document: hostile() };
    // All or nothing: one refused sheet refuses the backup, so nothing half-imported appears.
    assert_eq!(from_backup(&to_backup(&[good, bad], &[], None), "x"), Err(LoadError::Invalid(expected())));
}

#[test]
fn a_value_of_the_wrong_type_names_its_place_not_the_parsers_line_and_column() {
    let mut v: serde_json::Value = serde_json::from_str(&document_to_json(&examples::sneaker_busan())).unwrap();
    v["materials"][2]["unit_price"] = serde_json::json!({"x": 1});
    let e = document_from_json(&v.to_string()).unwrap_err();
    let LoadError::Unreadable { path, .. } = &e else { panic!("{e:?}") };
    assert_eq!(path.as_deref(), Some("materials[2].unit_price"));
    let m = i18n::load_message(&e, Lang::En);
    assert!(m.summary.contains("Materials, row 3 · Unit price"), "{}", m.summary);
    assert!(!m.summary.contains("line"), "{}", m.summary);
    assert!(m.detail.is_some());
    // A file cut short says so in the user's language, with the parser's words only as detail.
    let cut = &document_to_json(&examples::sneaker_busan())[..500];
    let m = i18n::load_message(&document_from_json(cut).unwrap_err(), Lang::Id);
    assert!(m.summary.starts_with("File ini rusak atau bukan lembar Tapak"), "{}", m.summary);
    assert!(!m.summary.contains("EOF"), "{}", m.summary);
}

#[test]
fn quote_dates_are_read_day_first_and_stored_as_iso() {
    assert_eq!(Date::parse_typed("30/11/2026").map(|d| d.to_string()), Some("2026-11-30".into()));
    assert_eq!(Date::parse_typed("1-2-2027").map(|d| d.to_string()), Some("2027-02-01".into()));
    assert_eq!(Date::parse_typed("2026-11-30").map(|d| d.to_string()), Some("2026-11-30".into()));
    // Month first is never guessed; impossible days are refused.
    assert_eq!(Date::parse_typed("11/30/2026"), None);
    assert_eq!(Date::parse_typed("31/02/2026"), None);
    assert_eq!(Date::parse_typed("30 days"), None);
    // A file saved with a day-first date opens with the ISO date; an unreadable one is refused.
    let mut doc = examples::sneaker_busan();
    doc.quote.date = "30/11/2026".into();
    let opened = document_from_json(&document_to_json(&doc)).unwrap();
    assert_eq!(opened.quote.date, "2026-11-30");
    doc.quote.date = "next week".into();
    assert_eq!(
        document_from_json(&document_to_json(&doc)),
        Err(LoadError::Invalid(vec![Problem { at: At::Quote, fault: Fault::Date }]))
    );
}

#[test]
fn a_material_without_a_rate_makes_the_quote_provisional_and_unsendable() {
    let mut doc = examples::sneaker_busan();
    let leather = doc.materials[0].id;
    doc.materials[0].currency = KWD;
    let q = quote(&doc);
    // A price is still shown (too low, without the leather) but the quote says it is not ready.
    assert!(q.tiers[0].unit_price.is_some());
    assert!(!q.is_ready());
    assert_eq!(q.cost_issues, vec![Issue::MissingRate { from: KWD, to: IDR, at: Place::Material(leather) }]);
    assert!(q.blockers().contains(&QuoteIssue::CostIncomplete));
    assert_eq!(BuyerQuote::issue(&doc, &q).map(|_| ()), Err(NotReady::Incomplete));
    let lines = i18n::not_ready_lines(&doc, &q, Lang::En);
    assert!(lines.iter().any(|l| l.contains("KWD → IDR")), "{lines:?}");
    // The complete example is ready.
    let q = quote(&examples::sneaker_busan());
    assert!(q.is_ready());
}

#[test]
fn labour_with_zero_efficiency_is_not_a_free_pair() {
    let mut doc = examples::sneaker_busan();
    doc.labour.wage.efficiency_pct = Decimal::ZERO;
    let q = quote(&doc);
    assert!(!q.is_ready());
    assert!(q.cost_issues.contains(&Issue::NoWorkingTime));
}

#[test]
fn a_missing_display_rate_does_not_block_the_quote() {
    let mut doc = examples::sneaker_busan();
    doc.display_currency = KWD;
    assert!(!compute(&doc).is_complete());
    assert!(quote(&doc).is_ready());
}

#[test]
fn a_missing_quote_currency_rate_is_named_in_the_side_by_side_list() {
    let mut doc = examples::sneaker_busan();
    doc.terms.quote_currency = KWD;
    let q = quote(&doc);
    let (_, fob) = q.side_by_side.iter().find(|(t, _)| *t == Incoterm::Fob).unwrap();
    let Err(e) = fob else { panic!("{fob:?}") };
    assert!(matches!(e, TermError::Rate(_)));
    assert_eq!(i18n::term_error(e, Lang::En), "no IDR → KWD exchange rate");
}

#[test]
fn with_grading_the_sections_and_the_grading_row_add_up_to_materials() {
    // The Busan run is symmetric around its base size (its average is the base cost); with the
    // base moved to the smallest size every larger size costs more, so the average rises.
    let mut doc = examples::sneaker_busan();
    doc.sizes.base_size = doc.sizes.sizes.first().map(|s| s.id);
    assert!(compute(&doc).grading_adjustment.is_some(), "grading moves the average off the base size");
    for sheet in examples::all().into_iter().map(|e| e.id.document()).chain([doc]) {
        let b = compute(&sheet);
        let sum = Money::sum(b.currency, b.sections.iter().map(|s| s.per_pair).chain(b.grading_adjustment)).unwrap();
        let materials = b.categories[0].per_pair;
        assert!((sum.amount() - materials.amount()).abs() < d("0.0000000001"), "{sum:?} vs {materials:?}");
        let parts = Money::sum(b.currency, b.categories.iter().map(|c| c.per_pair)).unwrap();
        assert!((parts.amount() - b.per_pair.amount()).abs() < d("0.0000000001"));
    }
}

#[test]
fn the_path_of_a_bad_value_is_found_in_nested_lists() {
    use tapak::codec::path_at;
    let text = "{\n \"a\": [1, {\"b\": \"x{,]\"}, {\"c\": [0, 0, true]}],\n \"d\": 1 }";
    // Line 2, just after `true`.
    let col = text.lines().nth(1).unwrap().find("true").unwrap() + 4;
    assert_eq!(path_at(text, 2, col).as_deref(), Some("a[2].c[2]"));
    assert_eq!(path_at(text, 3, 7).as_deref(), Some("d"));
    assert_eq!(path_at("", 9, 9), None);
    assert_eq!(path_at("\"ü", 1, 2), None);
}

proptest::proptest! {
    #[test]
    fn finding_a_path_never_panics(text in "\\PC{0,80}", line in 0usize..5, col in 0usize..90) {
        let _ = tapak::codec::path_at(&text, line, col);
    }
}

#[test]
fn a_backup_round_trips_names_with_quotes_and_line_breaks() {
    let docs = vec![
        Named {
            id: "a\"1".into(), name: "Sandal \"Busan\"\nbaris 2 \\ ü".into(), document: examples::sneaker_busan()
        },
        Named { id: "b".into(), name: String::new(), document: examples::sandal_los_angeles() },
    ];
    let text = to_backup(&docs, &[], None);
    assert!(serde_json::from_str::<serde_json::Value>(&text).is_ok(), "{text}");
    assert_eq!(from_backup(&text, "x").map(|b| b.sheets), Ok(docs));
    assert_eq!(from_backup(&to_backup(&[], &[], None), "x"), Ok(Default::default()));
}

#[test]
fn sea_only_terms_are_flagged_for_air_and_the_chosen_one_blocks() {
    use tapak::model::base::packing::Mode;
    let mut doc = examples::sneaker_busan();
    doc.shipping.mode = Mode::Air;
    let q = quote(&doc);
    for term in [Incoterm::Fas, Incoterm::Fob, Incoterm::Cfr, Incoterm::Cif] {
        assert!(!q.fits_transport(term), "{term:?}");
    }
    for term in [Incoterm::Exw, Incoterm::Fca, Incoterm::Cpt, Incoterm::Cip, Incoterm::Dap, Incoterm::Ddp] {
        assert!(q.fits_transport(term), "{term:?}");
    }
    // The Busan example quotes FOB: by air it may not be sent until the term is changed.
    assert!(q.blockers().contains(&QuoteIssue::SeaTermByAir { term: Incoterm::Fob }));
    assert!(!q.is_ready());
}

#[test]
fn chart_positions_stay_on_the_scale_for_any_figure() {
    use tapak::model::base::scale::position;
    use tapak::model::explain::chart::share_width;
    assert_eq!(position(d("5"), d("10")), 500);
    assert_eq!(position(d("2.5"), d("1000")), 3); // 2,5 → 2,5 ‰ rounds half-up to 3
    assert_eq!(position(Decimal::MAX, d("0.0000000001")), 1000);
    assert_eq!(position(Decimal::MIN, d("1")), 0);
    assert_eq!(position(d("1"), Decimal::ZERO), 0);
    assert_eq!(share_width(Some(d("0.539"))), 53);
    assert_eq!(share_width(None), 0);
}

#[test]
fn an_import_fee_floor_above_its_ceiling_is_refused() {
    let mut doc = examples::sandal_los_angeles();
    if let Some(f) = doc.terms.import_fee.as_mut() {
        f.min = d("700");
        f.max = Some(d("30"));
    }
    assert_eq!(
        validate(&doc),
        vec![Problem { at: At::Terms, fault: Fault::Number(Num::ImportFeeMin, RuleError::AboveMax(d("30"))) }]
    );
}

#[test]
fn a_target_price_without_a_rate_does_not_stop_the_quote() {
    // The target is the seller's own analysis: a missing EUR rate is said, not blocking.
    let mut doc = examples::sneaker_busan();
    doc.terms.target =
        Some(tapak::model::sheet::document::TargetPrice { amount: d("10"), currency: EUR, incoterm: Incoterm::Fob });
    let q = quote(&doc);
    assert!(q.issues.iter().any(|i| matches!(i, QuoteIssue::TargetRate(_))));
    assert!(q.is_ready());
}

/// Issue 28's new fields pass the same door: a buyer's country this build does not know, or an
/// example flag that is not a yes/no, refuses the file, the worksheet link and the backup alike,
/// naming the place; a file that says nothing of them opens as the user's own figures.
#[test]
fn the_buyers_country_and_the_example_flags_are_held_at_every_door() {
    let good = document_to_json(&examples::sneaker_busan());
    let mut v: serde_json::Value = serde_json::from_str(&good).unwrap();
    assert_eq!(v["terms"]["destination_country"], "KR");
    assert!(v["shipping"].get("example").is_none() && v["export_costs"][0].get("example").is_none());
    for (place, value, path) in [
        ("country", serde_json::json!("XX"), "terms.destination_country"),
        ("country", serde_json::json!(""), "terms.destination_country"),
        ("country", serde_json::json!(82), "terms.destination_country"),
        ("packing", serde_json::json!("ya"), "shipping.example"),
        ("line", serde_json::json!(1), "export_costs[0].example"),
    ] {
        let mut bad = v.clone();
        match place {
            "country" => bad["terms"]["destination_country"] = value,
            "packing" => bad["shipping"]["example"] = value,
            _ => bad["export_costs"][0]["example"] = value,
        }
        let e = document_from_json(&bad.to_string()).unwrap_err();
        let LoadError::Unreadable { path: at, .. } = &e else { panic!("{place}: {e:?}") };
        assert_eq!(at.as_deref(), Some(path));
    }
    // The flags, when there, read back as they were written.
    v["shipping"]["example"] = serde_json::json!(true);
    v["export_costs"][0]["example"] = serde_json::json!(true);
    let doc = document_from_json(&v.to_string()).unwrap();
    assert!(doc.shipping.example && doc.export_costs[0].example);
    assert!(decode_worksheet(&encode_worksheet(&doc)).is_ok_and(|d| d == doc));
}
