//! Editing the sheet: lines are added, duplicated, moved within their section and removed.

use rust_decimal_macros::dec;
use tapak::codec::{document_from_json, document_to_json, LoadError, MAX_DOCUMENT_BYTES};
use tapak::model::explain::examples::sneaker_busan;
use tapak::model::sheet::document::{Document, Section};
use tapak::model::sheet::edit::*;

fn names(doc: &Document, section: Section) -> Vec<String> {
    doc.materials.iter().filter(|m| m.section == section).map(|m| m.name.clone()).collect()
}

#[test]
fn add_duplicate_move_remove_materials() {
    let mut doc = Document::empty();
    assert!(doc.apply(Edit::Add(List::Material(Section::Upper))));
    assert!(doc.apply(Edit::Add(List::Material(Section::Bottom))));
    assert!(doc.apply(Edit::Add(List::Material(Section::Upper))));
    let ids: Vec<u32> = doc.materials.iter().map(|m| m.id).collect();
    // New upper line sits with the other upper line, before the bottom line.
    assert_eq!(
        doc.materials.iter().map(|m| m.section).collect::<Vec<_>>(),
        vec![Section::Upper, Section::Upper, Section::Bottom]
    );
    let (a, b) = (ids[0], ids[1]);
    doc.apply(Edit::Material(a, MaterialField::Name("Kulit".into())));
    doc.apply(Edit::Material(b, MaterialField::Name("PU".into())));
    assert_eq!(names(&doc, Section::Upper), ["Kulit", "PU"]);

    // Moving down within the section swaps; moving the last one down does nothing.
    assert!(doc.apply(Edit::Move(a, Move::Down)));
    assert_eq!(names(&doc, Section::Upper), ["PU", "Kulit"]);
    assert!(!doc.apply(Edit::Move(a, Move::Down)));

    // Duplicate copies every field under a new id, right after the original.
    doc.apply(Edit::Material(a, MaterialField::UnitPrice(dec!(38000))));
    assert!(doc.apply(Edit::Duplicate(a)));
    assert_eq!(names(&doc, Section::Upper), ["PU", "Kulit", "Kulit"]);
    let copy = doc.materials.iter().filter(|m| m.name == "Kulit").nth(1).unwrap();
    assert_ne!(copy.id, a);
    assert_eq!(copy.unit_price, dec!(38000));

    assert!(doc.apply(Edit::Remove(a)));
    assert_eq!(names(&doc, Section::Upper), ["PU", "Kulit"]);
    assert!(!doc.apply(Edit::Remove(a)));
}

#[test]
fn changing_a_section_moves_the_line_there() {
    let mut doc = sneaker_busan();
    let lining = doc.materials.iter().find(|m| m.section == Section::Lining).unwrap().id;
    assert!(doc.apply(Edit::Material(lining, MaterialField::Section(Section::Packaging))));
    let last = doc.materials.last().unwrap();
    assert_eq!((last.id, last.section), (lining, Section::Packaging));
    assert!(names(&doc, Section::Lining).is_empty());
}

#[test]
fn a_no_op_edit_reports_no_change() {
    let mut doc = sneaker_busan();
    let id = doc.materials[0].id;
    let price = doc.materials[0].unit_price;
    assert!(!doc.apply(Edit::Material(id, MaterialField::UnitPrice(price))));
    assert!(!doc.apply(Edit::Material(9999, MaterialField::UnitPrice(price))));
    assert!(!doc.apply(Edit::Replace(Box::new(sneaker_busan()))));
}

#[test]
fn ids_stay_unique_across_lists() {
    let mut doc = sneaker_busan();
    doc.apply(Edit::Add(List::Operation));
    doc.apply(Edit::Add(List::Rate));
    doc.apply(Edit::Add(List::OneOff));
    let mut ids: Vec<u32> = doc
        .materials
        .iter()
        .map(|m| m.id)
        .chain(doc.fx.iter().map(|r| r.id))
        .chain(doc.labour.operations.iter().map(|o| o.id))
        .chain(doc.one_off.iter().map(|c| c.id))
        .collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n);
}

#[test]
fn documents_round_trip_through_json_with_decimals_as_text() {
    let doc = sneaker_busan();
    let json = document_to_json(&doc);
    assert!(json.contains("\"schema\": 7"));
    // Legacy fields are never written.
    assert!(!json.contains("shipment_place") && !json.contains("port_of_loading") && !json.contains("check_places"));
    assert!(json.contains("\"net_consumption\": \"1.6\""), "decimals are strings: {json}");
    assert_eq!(document_from_json(&json), Ok(doc));
}

#[test]
fn a_schema_1_file_opens_with_the_new_parts_empty() {
    // What the first release wrote: no sizes, shipping, export costs, terms or quote details.
    let mut v1: serde_json::Value = serde_json::from_str(&document_to_json(&sneaker_busan())).unwrap();
    let obj = v1.as_object_mut().unwrap();
    for key in ["sizes", "shipping", "export_costs", "terms", "quote"] {
        obj.remove(key);
    }
    obj.insert("schema".into(), 1.into());
    for m in obj["materials"].as_array_mut().unwrap() {
        m.as_object_mut().unwrap().remove("grading_pct");
    }
    let doc = document_from_json(&v1.to_string()).expect("v1 opens");
    assert_eq!(doc.schema, 7);
    assert_eq!(doc.materials, sneaker_busan().materials);
    assert_eq!(doc.terms, Default::default());
}

#[test]
fn bad_files_are_refused_with_a_reason() {
    assert!(matches!(document_from_json("not json"), Err(LoadError::Unreadable { .. })));
    assert!(matches!(document_from_json("{\"schema\": 1}"), Err(LoadError::Unreadable { .. })));
    assert_eq!(document_from_json("{\"schema\": 99}"), Err(LoadError::TooNew { schema: 99 }));
    let huge = " ".repeat(MAX_DOCUMENT_BYTES + 1);
    assert!(matches!(document_from_json(&huge), Err(LoadError::TooLarge { .. })));
}

#[test]
fn backups_round_trip_and_accept_single_sheets_and_old_schemas() {
    use tapak::codec::backup::{from_backup, to_backup, Named};
    let a = Named { id: "d1".into(), name: "Busan".into(), document: sneaker_busan() };
    let b = Named { id: "d2".into(), name: "Kosong".into(), document: Document::empty() };
    let text = to_backup(&[a.clone(), b.clone()], &[], None);
    assert_eq!(from_backup(&text, "x").map(|b| b.sheets), Ok(vec![a.clone(), b]));
    // A single saved sheet imports as one entry named after its article.
    let single = from_backup(&document_to_json(&sneaker_busan()), "d9").unwrap().sheets;
    assert_eq!(
        single,
        vec![Named { id: "d9".into(), name: "Sneaker kasual kulit (contoh)".into(), document: sneaker_busan() }]
    );
    // One bad document refuses the whole file: nothing half-imported.
    let broken = text.replacen("\"schema\": 7", "\"schema\": 99", 1);
    assert_eq!(from_backup(&broken, "x"), Err(LoadError::TooNew { schema: 99 }));
    assert!(matches!(from_backup("[1, 2", "x"), Err(LoadError::Unreadable { .. })));
    // A backup whose marker or list has the wrong shape is refused as a backup, whole.
    assert!(matches!(from_backup(r#"{"tapak_backup": "1", "documents": []}"#, "x"), Err(LoadError::Unreadable { .. })));
    assert!(matches!(from_backup(r#"{"tapak_backup": 1, "documents": {}}"#, "x"), Err(LoadError::Unreadable { .. })));
    assert!(matches!(from_backup("[1, 2]", "x"), Err(LoadError::Unreadable { .. })));
    // Documents inside are read from their own text, so their errors point into them.
    let nested = text.replacen("\"order_pairs\": 3250", "\"order_pairs\": -5", 1);
    assert_ne!(nested, text);
    assert!(
        matches!(from_backup(&nested, "x"), Err(LoadError::Invalid(_)) | Err(LoadError::Unreadable { .. })),
        "{nested}"
    );
}

#[test]
fn a_schema_2_file_moves_its_places_and_keeps_its_kodi_figures() {
    // What schema 2 wrote: one shipment place for EXW/FCA/FAS/FOB, the port of loading in the
    // quotation, and "Kodi" meaning 20 pieces.
    let mut v2: serde_json::Value = serde_json::from_str(&document_to_json(&sneaker_busan())).unwrap();
    v2["schema"] = 2.into();
    let terms = v2["terms"].as_object_mut().unwrap();
    terms.remove("seller_place");
    terms.remove("port_of_shipment");
    terms.remove("insurance_rate_a_pct");
    terms.remove("min_premium");
    terms.remove("import_fee");
    terms.insert("shipment_place".into(), "Mojokerto".into());
    terms.insert("incoterm".into(), "Exw".into());
    v2["quote"]["port_of_loading"] = "Tanjung Perak, Surabaya".into();
    v2["materials"][0]["price_unit"] = "Kodi".into();
    v2["materials"][0]["unit"] = "Kodi".into();
    let before = {
        // The same line as schema 2 computed it: priced per 20 pieces.
        let mut d = sneaker_busan();
        d.materials[0].unit = tapak::model::base::units::Unit::KodiPcs;
        d.materials[0].price_unit = tapak::model::base::units::Unit::KodiPcs;
        tapak::model::cost::compute::compute(&d).per_pair
    };
    let doc = document_from_json(&v2.to_string()).expect("schema 2 opens");
    assert_eq!(doc.schema, 7);
    assert_eq!(doc.terms.seller_place, "Mojokerto");
    assert_eq!(doc.terms.port_of_shipment, "Tanjung Perak, Surabaya");
    assert_eq!(doc.terms.named_place(tapak::model::base::incoterms::Incoterm::Exw), "Mojokerto");
    assert!(doc.terms.check_places, "the user is asked to check the moved places");
    assert_eq!(doc.materials[0].unit, tapak::model::base::units::Unit::KodiPcs);
    assert_eq!(tapak::model::cost::compute::compute(&doc).per_pair, before);
    // Editing a place (or dismissing the note) clears it.
    let mut edited = doc.clone();
    edited.apply(tapak::model::sheet::edit::Edit::Terms(tapak::model::sheet::edit::TermsField::PlacesChecked));
    assert!(!edited.terms.check_places);
    // A FOB file keeps its title's place as the port, even beside a shorter port of loading.
    v2["terms"]["incoterm"] = "Fob".into();
    v2["terms"]["shipment_place"] = "Tanjung Perak, Surabaya".into();
    v2["quote"]["port_of_loading"] = "Tanjung Perak".into();
    let doc = document_from_json(&v2.to_string()).unwrap();
    assert_eq!(doc.terms.named_place(tapak::model::base::incoterms::Incoterm::Fob), "Tanjung Perak, Surabaya");
    assert_eq!(doc.terms.seller_place, "");
    // CIP was priced at the one premium rate: it still is (as ICC (A)), so the figure holds.
    assert_eq!(doc.terms.insurance_rate_a_pct, doc.terms.insurance_rate_pct);
    // A free-text date that is not a date opens, kept aside for the user, not on the quotation.
    v2["quote"]["date"] = "30 Nov 26".into();
    let doc = document_from_json(&v2.to_string()).expect("a schema-2 sheet with a loose date opens");
    assert_eq!((doc.quote.date.as_str(), doc.quote.old_date.as_str()), ("", "30 Nov 26"));
}

#[test]
fn only_the_examples_and_copies_that_keep_their_code_are_called_illustrative() {
    use tapak::model::explain::examples::{self, ExampleId};
    for e in ExampleId::ALL {
        assert!(examples::is_example(&e.document()), "{e:?}");
    }
    assert!(!examples::is_example(&tapak::model::sheet::document::Document::empty()));
    // A maker who takes the Busan example as a start and gives the article its own code.
    let mut mine = examples::sneaker_busan();
    mine.article.code = "KIM-2027-01".into();
    assert!(!examples::is_example(&mine));
}

#[test]
fn indonesian_export_paperwork_is_added_once_under_export_clearance() {
    use tapak::model::base::incoterms::Stage;
    use tapak::model::sheet::document::Basis;
    let mut doc = tapak::model::sheet::document::Document::empty();
    assert!(doc.apply(tapak::model::export::paperwork::add_defaults(None)));
    let names: Vec<(&str, Stage, Basis, String)> =
        doc.export_costs.iter().map(|c| (c.name.as_str(), c.stage, c.basis, c.amount.to_string())).collect();
    assert_eq!(names.len(), 2);
    assert_eq!(names[0], ("PEB melalui PPJK", Stage::ExportClearance, Basis::PerShipment, "1500000".to_string()));
    assert!(names[1].0.starts_with("SKA/COO (form AK/IK-CEPA Korea"));
    assert!(doc.export_costs.iter().all(|c| c.example), "sample figures, to replace");
    assert_ne!(doc.export_costs[0].id, doc.export_costs[1].id);
    // Again: nothing new, and the edit says so.
    assert!(!doc.apply(tapak::model::export::paperwork::add_defaults(None)));
    assert_eq!(doc.export_costs.len(), 2);
}
