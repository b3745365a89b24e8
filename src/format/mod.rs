//! Numbers and money as people read and type them: Indonesian `1.234.567,89`, English `1,234,567.89`.
//!
//! Pure and web-free like the core. The UI keeps what the user typed and calls `parse_field`
//! once per keystroke; the document only ever holds the parsed `Decimal`.

mod number;

pub use number::*;
