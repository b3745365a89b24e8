//! Refused entries: a field whose text was refused holds the sheet (the quotation) back from
//! sending until it is fixed, and a field that goes away with an edit takes its entry with it,
//! so nothing is held by a field the user can no longer see. Keyed by the field, not the page.

use tapak::format::refused::{FieldId, LineList, Refused, RefusedAction, RefusedEntry};
use tapak::model::base::packing::ContainerType;
use tapak::model::quotation::edit::QuotationEdit;
use tapak::model::sheet::document::{LineChange, OverheadMethod, Variant};
use tapak::model::sheet::edit::{Edit, OverheadField, ShippingField, TermsField};

fn refuse(r: &mut Refused, field: FieldId) {
    let entry = RefusedEntry { field, label: field.element_id(), text: "-5".into(), generation: 0 };
    assert!(r.apply(RefusedAction::Refuse(entry)));
}

fn left(r: &Refused) -> Vec<String> {
    r.list(0).into_iter().map(|(f, _)| f.element_id()).collect()
}

fn holding(fields: &[FieldId]) -> Refused {
    let mut r = Refused::default();
    for f in fields {
        refuse(&mut r, *f);
    }
    r
}

#[test]
fn a_removed_line_takes_its_fields_refused_entries_with_it_and_nothing_else() {
    // A workshop's rate "-5000" on line 5 kept the sheet's link held after the line was gone.
    let mut r = holding(&[
        FieldId::Line(LineList::Bought, 5, "rate"),
        FieldId::Line(LineList::Material, 12, "price"),
        FieldId::Grading(5),
        FieldId::Line(LineList::Material, 5, "waste"),
        FieldId::Card("wage"),
    ]);
    let epoch = r.epoch;
    assert!(r.apply(RefusedAction::Edited(Edit::Remove(5))));
    assert_eq!(left(&r), ["mat-12-price", "wage"]);
    // Forgetting changes the epoch, so a field still showing refused text reports it again.
    assert_ne!(r.epoch, epoch);
    // An edit that removes no field changes nothing, not even the epoch.
    let before = r.clone();
    assert!(!r.apply(RefusedAction::Edited(Edit::Remove(99))));
    assert!(!r.apply(RefusedAction::Edited(Edit::Overhead(OverheadField::Method(OverheadMethod::PerMonth)))));
    assert_eq!(r, before);
}

#[test]
fn a_switched_method_or_mode_and_an_emptied_fee_take_their_fields_with_them() {
    let all = [
        FieldId::Overhead("month"),
        FieldId::Freight("lcl-min"),
        FieldId::Container(ContainerType::Gp40, "kg"),
        FieldId::ImportFee("min"),
        FieldId::Tier(1),
        FieldId::Card("wage"),
    ];
    let mut r = holding(&all);
    r.apply(RefusedAction::Edited(Edit::Overhead(OverheadField::Method(OverheadMethod::PerMonth))));
    assert_eq!(left(&r), ["lcl-min", "cont-40GP-kg", "import-fee-min", "tier-1", "wage"]);
    r.apply(RefusedAction::Edited(Edit::Shipping(ShippingField::Mode(Default::default()))));
    assert_eq!(left(&r), ["import-fee-min", "tier-1", "wage"]);
    r.apply(RefusedAction::Edited(Edit::Terms(TermsField::ImportFeePct(None))));
    assert_eq!(left(&r), ["tier-1", "wage"]);
    // A further quantity removed (any of them: positions shift) forgets every tier's entry.
    r.apply(RefusedAction::Edited(Edit::Terms(TermsField::Tier(0, None))));
    assert_eq!(left(&r), ["wage"]);
}

#[test]
fn a_removed_colourway_or_change_forgets_its_prices_entries() {
    let change = |line| LineChange { line, name: None, net_consumption: None, unit_price: None, currency: None };
    let variant =
        |id, n| Variant { id, name: "Hitam".into(), code: String::new(), changes: (0..n).map(change).collect() };
    let mut r = holding(&[FieldId::ColourwayPrice(1, 0), FieldId::ColourwayPrice(1, 1), FieldId::ColourwayPrice(2, 0)]);
    // Colourway 1 keeps one change, colourway 2 is removed.
    r.apply(RefusedAction::Edited(Edit::Variants(vec![variant(1, 1)])));
    assert_eq!(left(&r), ["cw-1-price-0"]);
}

#[test]
fn a_quotations_removed_line_or_further_quantity_takes_its_entries_with_it() {
    let mut r = holding(&[
        FieldId::QuoteLine(3, "pairs"),
        FieldId::QuoteLineTier(3, 0),
        FieldId::QuoteLineTier(4, 1),
        FieldId::QuoteLine(4, "pairs"),
    ]);
    r.apply(RefusedAction::QuotationEdited(QuotationEdit::DropTier { line: 4, k: 0 }));
    assert_eq!(left(&r), ["ql-3-pairs", "ql-3-tier-0", "ql-4-pairs"]);
    r.apply(RefusedAction::QuotationEdited(QuotationEdit::RemoveLine(3)));
    assert_eq!(left(&r), ["ql-4-pairs"]);
    // The sheet's edits never touch a quotation's fields, nor the other way round.
    assert!(!r.apply(RefusedAction::Edited(Edit::Remove(4))));
    let mut s = holding(&[FieldId::Line(LineList::Material, 3, "net")]);
    assert!(!s.apply(RefusedAction::QuotationEdited(QuotationEdit::RemoveLine(3))));
}

#[test]
fn an_entry_is_kept_once_per_field_and_counts_only_on_its_own_sheet() {
    let field = FieldId::Words(tapak::format::refused::WordsOf::Quotation, "lead-days");
    let mut r = holding(&[field]);
    assert_eq!(r.text(field, 0).as_deref(), Some("-5"));
    // The same text again changes nothing; other text replaces it in place.
    let again = RefusedEntry { field, label: "qn-lead-days".into(), text: "-5".into(), generation: 0 };
    assert!(!r.apply(RefusedAction::Refuse(again.clone())));
    assert!(r.apply(RefusedAction::Refuse(RefusedEntry { text: "1,2,3".into(), ..again })));
    assert_eq!(r.list(0).len(), 1);
    assert_eq!(r.text(field, 0).as_deref(), Some("1,2,3"));
    // Another sheet (generation 1) does not see it; accepting the text forgets it.
    assert!(r.is_empty(1));
    assert!(r.apply(RefusedAction::Accept(field)));
    assert!(r.is_empty(0));
    assert_eq!(field.element_id(), "qn-lead-days");
}

#[test]
fn another_term_takes_the_insurance_and_import_fields_entries_with_it() {
    use tapak::model::base::incoterms::Incoterm;
    let mut r =
        holding(&[FieldId::Card("insurance"), FieldId::Card("duty"), FieldId::ImportFee("max"), FieldId::Card("wage")]);
    assert!(r.apply(RefusedAction::Edited(Edit::Terms(TermsField::Incoterm(Incoterm::Fob)))));
    assert_eq!(left(&r), ["wage"]);
}
