//! The fields holding a refused entry, keyed by what each field is, not by its element.
//!
//! A refused text is never sent: the figures keep the field's last accepted value, so the sheet
//! (and the quotation, the PI, the profile) is not ready to send while any field holds one. The
//! entries live above the fields, so a tab switch does not drop them. A field that goes away with
//! an edit (its line removed, its method switched away) takes its entry with it: `goes_with`
//! says which, for the sheet's `Edit` and the quotation's `QuotationEdit` alike.
//!
//! Pure and web-free; the editor's reducer (`ui::shell::state`) only calls `Refused::apply`.

use crate::model::base::packing::ContainerType;
use crate::model::quotation::edit::QuotationEdit;
use crate::model::sheet::edit::{Edit, OverheadField, ShippingField, TermsField};

/// A list of the sheet whose lines hold fields of their own, each line known by its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineList {
    Material,
    Rate,
    Operation,
    PieceRate,
    /// A workshop's line of bought-in work.
    Bought,
    OneOff,
    ExportCost,
    Size,
}

impl LineList {
    fn prefix(self) -> &'static str {
        match self {
            LineList::Material => "mat",
            LineList::Rate => "rate",
            LineList::Operation => "op",
            LineList::PieceRate => "pr",
            LineList::Bought => "bw",
            LineList::OneOff => "oo",
            LineList::ExportCost => "ex",
            LineList::Size => "size",
        }
    }
}

/// Whose standard phrases a words field belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordsOf {
    Sheet,
    Quotation,
    Profile,
}

impl WordsOf {
    pub fn prefix(self) -> &'static str {
        match self {
            WordsOf::Sheet => "q",
            WordsOf::Quotation => "qn",
            WordsOf::Profile => "pf",
        }
    }
}

/// One field that can hold a refused entry. Lines are known by their ids, which survive a move;
/// further quantities by their position, which does not (removing one forgets them all).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldId {
    /// A card's own field: the wage, the carton's size, the PI's deposit.
    Card(&'static str),
    /// A field of one line of the sheet.
    Line(LineList, u32, &'static str),
    /// How a material line grades between sizes.
    Grading(u32),
    /// A field of the overhead method (they go when the method is switched).
    Overhead(&'static str),
    /// A field of the freight mode: the LCL minimum, the air divisor.
    Freight(&'static str),
    /// A container's practical m³ or payload.
    Container(ContainerType, &'static str),
    /// The import fee's rate, minimum and maximum (they go when the fee is emptied).
    ImportFee(&'static str),
    /// A further quantity of the sheet's price list, by position.
    Tier(usize),
    /// A number in a quotation's, the sheet's or the profile's standard phrases.
    Words(WordsOf, &'static str),
    /// A field of a quotation's line.
    QuoteLine(u32, &'static str),
    /// A further quantity of a quotation's line, by position.
    QuoteLineTier(u32, usize),
    /// The new price of a colourway's `k`-th change.
    ColourwayPrice(u32, usize),
}

impl FieldId {
    /// The field's element id on the page (`mat-12-price`), which its label and message point at.
    pub fn element_id(self) -> String {
        let with =
            |prefix: &str, name: &str| if name.is_empty() { prefix.to_string() } else { format!("{prefix}-{name}") };
        match self {
            FieldId::Card(name) | FieldId::Freight(name) => name.to_string(),
            FieldId::Line(list, id, name) => format!("{}-{id}-{name}", list.prefix()),
            FieldId::Grading(id) => format!("grade-{id}"),
            FieldId::Overhead(name) => format!("oh-{name}"),
            FieldId::Container(k, name) => format!("cont-{}-{name}", k.label().replace([' ', '\''], "")),
            FieldId::ImportFee(name) => with("import-fee", name),
            FieldId::Tier(i) => format!("tier-{i}"),
            FieldId::Words(of, name) => format!("{}-{name}", of.prefix()),
            FieldId::QuoteLine(id, name) => format!("ql-{id}-{name}"),
            FieldId::QuoteLineTier(id, k) => format!("ql-{id}-tier-{k}"),
            FieldId::ColourwayPrice(id, k) => format!("cw-{id}-price-{k}"),
        }
    }

    /// Whether this field goes away with the sheet's `edit`. Asked after the edit is applied, so
    /// the field is gone and cannot report its text again.
    pub fn goes_with(self, edit: &Edit) -> bool {
        match (edit, self) {
            (Edit::Remove(line), FieldId::Line(_, id, _) | FieldId::Grading(id)) => *line == id,
            (Edit::Terms(TermsField::Tier(_, None)), FieldId::Tier(_)) => true,
            (Edit::Shipping(ShippingField::Mode(_)), FieldId::Freight(_) | FieldId::Container(..)) => true,
            (Edit::Overhead(OverheadField::Method(_)), FieldId::Overhead(_)) => true,
            (Edit::Terms(TermsField::ImportFeePct(None)), FieldId::ImportFee(_)) => true,
            // Another term: its insurance and import fields go unless they hold a value
            // (`SalesTerms::shown_inputs`); one still shown reports its text again.
            (
                Edit::Terms(TermsField::Incoterm(_)),
                FieldId::Card(
                    "insurance" | "insurance-a" | "min-premium" | "duty" | "preferential-duty" | "import-tax",
                )
                | FieldId::ImportFee(_),
            ) => true,
            // A colourway removed, or one of its changes: its prices' positions no longer hold.
            (Edit::Variants(kept), FieldId::ColourwayPrice(id, k)) => {
                !kept.iter().any(|v| v.id == id && k < v.changes.len())
            }
            _ => false,
        }
    }

    /// Whether this field goes away with a quotation's `edit`.
    pub fn goes_with_quotation(self, edit: &QuotationEdit) -> bool {
        match (edit, self) {
            (QuotationEdit::RemoveLine(line), FieldId::QuoteLine(id, _) | FieldId::QuoteLineTier(id, _)) => *line == id,
            (QuotationEdit::DropTier { line, .. }, FieldId::QuoteLineTier(id, _)) => *line == id,
            _ => false,
        }
    }
}

/// One field holding a refused entry: which, its label as shown, the text as typed, and the
/// sheet (generation) it was typed in.
#[derive(Clone, Debug, PartialEq)]
pub struct RefusedEntry {
    pub field: FieldId,
    pub label: String,
    pub text: String,
    pub generation: u32,
}

/// Changes to the refused fields.
#[derive(Clone, Debug, PartialEq)]
pub enum RefusedAction {
    /// A field's text is refused (or refused differently).
    Refuse(RefusedEntry),
    /// A field's text is accepted, or emptied.
    Accept(FieldId),
    /// The user drops a refused entry whose field is gone (a switched method or mode): the
    /// figures keep the last accepted value, as they already do.
    Discard(FieldId),
    /// The sheet was edited: the fields that went with the edit are forgotten.
    Edited(Edit),
    /// A quotation was edited: likewise.
    QuotationEdited(QuotationEdit),
}

/// The fields holding a refused entry, in the order they were refused. `epoch` changes whenever
/// entries are forgotten, so a field that still holds refused text reports it again.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Refused {
    pub entries: Vec<RefusedEntry>,
    pub epoch: u32,
}

impl Refused {
    fn current(&self, generation: u32) -> impl Iterator<Item = &RefusedEntry> {
        self.entries.iter().filter(move |e| e.generation == generation)
    }

    /// The labels of this sheet's refused entries, for a message.
    pub fn labels(&self, generation: u32) -> Vec<String> {
        self.current(generation).map(|e| e.label.clone()).collect()
    }

    /// This sheet's refused entries: `(field, label)`.
    pub fn list(&self, generation: u32) -> Vec<(FieldId, String)> {
        self.current(generation).map(|e| (e.field, e.label.clone())).collect()
    }

    pub fn is_empty(&self, generation: u32) -> bool {
        self.current(generation).next().is_none()
    }

    /// The refused text a field of this sheet held when it was last shown.
    pub fn text(&self, field: FieldId, generation: u32) -> Option<String> {
        self.current(generation).find(|e| e.field == field).map(|e| e.text.clone())
    }

    /// Applies `action`; returns whether anything changed.
    pub fn apply(&mut self, action: RefusedAction) -> bool {
        let before = (self.entries.len(), self.epoch);
        fn forget(list: &mut Vec<RefusedEntry>, gone: impl Fn(FieldId) -> bool) -> bool {
            let n = list.len();
            list.retain(|e| !gone(e.field));
            n != list.len()
        }
        match action {
            RefusedAction::Refuse(e) => match self.entries.iter().position(|x| x.field == e.field) {
                Some(i) if self.entries[i] == e => return false,
                Some(i) => {
                    self.entries[i] = e;
                    return true;
                }
                None => self.entries.push(e),
            },
            RefusedAction::Accept(field) => self.entries.retain(|x| x.field != field),
            RefusedAction::Discard(field) => {
                self.entries.retain(|x| x.field != field);
                self.epoch = self.epoch.wrapping_add(1);
            }
            RefusedAction::Edited(edit) => {
                if forget(&mut self.entries, |f| f.goes_with(&edit)) {
                    self.epoch = self.epoch.wrapping_add(1);
                }
            }
            RefusedAction::QuotationEdited(edit) => {
                if forget(&mut self.entries, |f| f.goes_with_quotation(&edit)) {
                    self.epoch = self.epoch.wrapping_add(1);
                }
            }
        }
        (self.entries.len(), self.epoch) != before
    }
}
