//! What every screen builds with: a card that folds on a phone (`card`), the typed fields
//! (`fields`), charts drawn from the core's geometry (`charts`), the quotation's words (`phrases`),
//! and a figure's formula trail with its "ƒ" button (`trail_view`).

pub mod card;
pub mod charts;
pub mod fields;
pub mod phrases;
pub mod trail_view;
