//! What every screen builds with: a card that folds on a phone (`card`), the typed fields
//! (`fields`), charts drawn from the core's geometry (`charts`), the quotation's words (`phrases`),
//! a figure's formula trail with its "ƒ" button (`trail_view`), and the "?" of an exercise's hidden
//! answer (`masked`).

pub mod card;
pub mod charts;
pub mod fields;
pub mod masked;
pub mod phrases;
pub mod trail_view;
