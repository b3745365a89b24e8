//! Every change to a quotation (and its PI) as a value, applied by one pure function, as `Edit`
//! is for a sheet: the quotation editor sends these, never a changed copy of its own, so what a
//! change does is tested natively (`tests/it/quotation.rs`) and two changes in a row each apply
//! to the quotation as it then is.

use crate::model::base::incoterms::Incoterm;
use crate::model::quotation::allocation::Key;
use crate::model::quotation::profile::Profile;
use crate::model::quotation::Quotation;
use crate::model::sheet::id::SheetId;
use crate::model::sheet::phrases::WordsEdit;
use rust_decimal::Decimal;

/// A typed text of the quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuotationText {
    Number,
    /// `YYYY-MM-DD` (the date field reads the typed date).
    Date,
    Buyer,
    Destination,
}

/// A field of the proforma invoice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProformaEdit {
    Number(String),
    Date(String),
    /// Whole percent, 0–100 (`rules::Num::PiDepositPct`).
    DepositPct(Decimal),
    Consignee(String),
    ConsigneeAddress(String),
    Destination(String),
    ShipmentDate(String),
    /// The term column the PI is priced at.
    Term(u32),
}

/// One change to a quotation.
#[derive(Clone, Debug, PartialEq)]
pub enum QuotationEdit {
    Text(QuotationText, String),
    Words(WordsEdit),
    /// "Isi dari profil": the profile's words over the quotation's.
    FromProfile(Box<Profile>),
    /// The term in column `k` (0–2); `None` empties a column after the first.
    Term(usize, Option<Incoterm>),
    Key(Key),
    /// The price step; `None` or zero: the currency's smallest unit.
    PriceStep(Option<Decimal>),
    StepUp(bool),
    /// A new line, of the last line's sheet, else of `first_sheet`.
    AddLine {
        first_sheet: SheetId,
    },
    RemoveLine(u32),
    /// Line `line` becomes sheet `sheet` (its colourway is dropped: it was the other sheet's).
    Sheet {
        line: u32,
        sheet: SheetId,
    },
    Colourway {
        line: u32,
        variant: Option<u32>,
    },
    Pairs {
        line: u32,
        pairs: u32,
    },
    AddTier(u32),
    /// The `k`-th further quantity of line `line`.
    Tier {
        line: u32,
        k: usize,
        pairs: u32,
    },
    DropTier {
        line: u32,
        k: usize,
    },
    /// A field of the PI; a PI not yet kept starts from the quotation, dated `today`.
    Proforma {
        today: String,
        edit: ProformaEdit,
    },
}

impl Quotation {
    /// Applies `edit`; returns whether anything changed. An edit naming a line (or a further
    /// quantity) that is not there changes nothing, as does an empty sheet id.
    pub fn apply(&mut self, edit: QuotationEdit) -> bool {
        let before = self.clone();
        match edit {
            QuotationEdit::Text(field, v) => {
                *match field {
                    QuotationText::Number => &mut self.details.number,
                    QuotationText::Date => &mut self.details.date,
                    QuotationText::Buyer => &mut self.details.buyer.name,
                    QuotationText::Destination => &mut self.destination_place,
                } = v;
            }
            QuotationEdit::Words(w) => self.details.apply_words(w),
            QuotationEdit::FromProfile(profile) => profile.put_over(&mut self.details),
            QuotationEdit::Term(k, term) => self.set_term(k, term),
            QuotationEdit::Key(k) => self.key = k,
            QuotationEdit::PriceStep(step) => self.price_step = step.filter(|v| !v.is_zero()),
            QuotationEdit::StepUp(up) => self.step_up = up,
            QuotationEdit::AddLine { first_sheet } => self.add_line(&first_sheet),
            QuotationEdit::RemoveLine(id) => self.lines.retain(|l| l.id != id),
            QuotationEdit::Sheet { line, sheet } => {
                if let (false, Some(l)) = (sheet.is_empty(), self.line_mut(line)) {
                    if l.sheet != sheet {
                        l.sheet = sheet;
                        l.variant = None;
                    }
                }
            }
            QuotationEdit::Colourway { line, variant } => {
                if let Some(l) = self.line_mut(line) {
                    l.variant = variant;
                }
            }
            QuotationEdit::Pairs { line, pairs } => {
                if let Some(l) = self.line_mut(line) {
                    l.pairs = pairs;
                }
            }
            QuotationEdit::AddTier(line) => {
                if let Some(l) = self.line_mut(line) {
                    l.add_tier();
                }
            }
            QuotationEdit::Tier { line, k, pairs } => {
                if let Some(x) = self.line_mut(line).and_then(|l| l.tiers.get_mut(k)) {
                    *x = pairs;
                }
            }
            QuotationEdit::DropTier { line, k } => {
                if let Some(l) = self.line_mut(line).filter(|l| k < l.tiers.len()) {
                    l.tiers.remove(k);
                }
            }
            QuotationEdit::Proforma { today, edit } => {
                let pi = self.proforma_mut(&today);
                match edit {
                    ProformaEdit::Number(v) => pi.number = v,
                    ProformaEdit::Date(v) => pi.date = v,
                    ProformaEdit::DepositPct(v) => pi.deposit_pct = v,
                    ProformaEdit::Consignee(v) => pi.consignee.name = v,
                    ProformaEdit::ConsigneeAddress(v) => pi.consignee.address = v,
                    ProformaEdit::Destination(v) => pi.destination = v,
                    ProformaEdit::ShipmentDate(v) => pi.shipment_date = v,
                    ProformaEdit::Term(t) => pi.term = t,
                }
            }
        }
        *self != before
    }

    fn line_mut(&mut self, id: u32) -> Option<&mut crate::model::quotation::QuoteLine> {
        self.lines.iter_mut().find(|l| l.id == id)
    }
}
