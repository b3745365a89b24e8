//! What a typed field does with its text, as a pure rule the UI only carries out.
//!
//! Every typed field in Tapak behaves one way (issue 27): while the user types, the text is a
//! *draft*, checked at each keystroke so a refusal shows in place, but never sent to the figures;
//! it is *committed* when the user leaves the field (blur, Tab) or presses Enter. A refused text
//! is never committed: the figures keep the last committed value and the field keeps the text,
//! marked, until it is fixed. So a half-typed `0` on the way to `0,8` never prices anything, and
//! a row that changes shape when its value changes cannot steal the focus mid-word.

use super::{parse_field, FieldRule, InputError, NumberStyle};
use rust_decimal::Decimal;

/// How a number field reads its text: its language's number style, its rule, and whether an
/// empty field is a valid "not entered".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberRead {
    pub style: NumberStyle,
    pub rule: FieldRule,
    pub optional: bool,
}

impl NumberRead {
    /// The value the text stands for: `None` for an empty optional field.
    ///
    /// # Errors
    /// The first problem with the text (`InputError::Parse(Empty)` for a required empty field).
    pub fn read(self, text: &str) -> Result<Option<Decimal>, InputError> {
        if self.optional && text.trim().is_empty() {
            Ok(None)
        } else {
            parse_field(text, self.style, self.rule).map(Some)
        }
    }

    /// What leaving the field (or Enter) does with `draft` when the figures use `committed`.
    pub fn leave(self, draft: &str, committed: Option<Decimal>) -> Leave<Option<Decimal>> {
        match self.read(draft) {
            Ok(v) if v == committed => Leave::Same,
            Ok(v) => Leave::Commit(v),
            Err(e) => Leave::Refused(e),
        }
    }
}

/// The outcome of leaving a field with a draft.
#[derive(Clone, Debug, PartialEq)]
pub enum Leave<V> {
    /// The text is accepted and stands for a new value: send it to the figures.
    Commit(V),
    /// The text is accepted and stands for the value already in use (`12500` for `12.500`):
    /// nothing to send; the field shows the value back as understood.
    Same,
    /// The text is refused: nothing is sent, the field keeps the text and says why.
    Refused(InputError),
}

/// What a date field's text stands for: `Some("")` for an emptied field (no date), the ISO date
/// of a date typed day first (`30/11/2026` → `2026-11-30`), `None` for anything else (refused:
/// nothing is sent, the text stays marked). One rule for the mark and for leaving the field.
pub fn read_date(text: &str) -> Option<String> {
    if text.trim().is_empty() {
        Some(String::new())
    } else {
        crate::model::base::date::Date::parse_typed(text).map(|d| d.to_string())
    }
}

/// What leaving a text field does: the text as typed is committed when it differs.
pub fn leave_text(draft: &str, committed: &str) -> Leave<String> {
    if draft == committed {
        Leave::Same
    } else {
        Leave::Commit(draft.to_string())
    }
}
