//! Numbers and money as people read and type them: Indonesian `1.234.567,89`, English `1,234,567.89`.
//!
//! Pure and web-free like the core. The UI keeps what the user typed and checks it with
//! `parse_field` at each keystroke; the document only ever holds the parsed `Decimal`, committed
//! when the user leaves the field (`field`).

pub mod field;
mod number;
pub mod refused;

pub use number::*;
