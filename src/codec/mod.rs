//! Wire formats, apart from the core and the UI: the document as a JSON file (the app's saved
//! file, the CLI's input, the browser autosave).
//!
//! Decimals are JSON strings ("38000", "2.4") so no reader turns them into floats. Every file
//! carries `schema`; older schemas are read and upgraded, newer ones are refused with a clear
//! error instead of being half-read.

pub mod backup;

use crate::model::date::Date;
use crate::model::document::{Document, SCHEMA_VERSION};
use crate::model::rules::{validate, Problem};

/// Why a document file could not be read. Data only; the UI words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, or not a Tapak document. `path` is where the reader stopped
    /// (`materials[2].net_consumption`), when it got that far; `detail` is the parser's own
    /// message, shown only behind a "details" toggle.
    Unreadable { path: Option<String>, detail: String },
    /// Written by a newer Tapak than this one.
    TooNew { schema: u32 },
    /// The file is larger than any document this app writes (a guard before parsing).
    TooLarge { bytes: usize },
    /// Every value was read, but some break the rules typing obeys (`model::rules`).
    Invalid(Vec<Problem>),
}

/// Largest document file accepted: far above a 500-line sheet (≈ 200 KB).
pub const MAX_DOCUMENT_BYTES: usize = 4 * 1024 * 1024;

fn unreadable(e: serde_path_to_error::Error<serde_json::Error>) -> LoadError {
    let path = e.path().to_string();
    let path = (path != "." && !path.is_empty()).then_some(path);
    LoadError::Unreadable { path, detail: e.into_inner().to_string() }
}

/// Reads a document file of any known schema, upgrades it to the current one, and applies the
/// field rules (`model::rules::validate`): this is the one door files, backups, worksheet links,
/// the browser's autosave and the CLI all come through.
///
/// # Errors
/// `LoadError` saying why; the input is never partly applied.
pub fn document_from_json(text: &str) -> Result<Document, LoadError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    #[derive(serde::Deserialize)]
    struct Header {
        schema: u32,
    }
    fn read<T: serde::de::DeserializeOwned>(t: &str) -> Result<T, serde_path_to_error::Error<serde_json::Error>> {
        serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(t))
    }
    let header: Header = read(text).map_err(unreadable)?;
    if header.schema > SCHEMA_VERSION || header.schema == 0 {
        return Err(LoadError::TooNew { schema: header.schema });
    }
    let mut doc: Document = read(text).map_err(unreadable)?;
    upgrade(&mut doc);
    let problems = validate(&doc);
    if problems.is_empty() {
        Ok(doc)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// Brings a document read at an older schema to the current one.
///
/// - 1 → 2 only added parts with serde defaults, so reading is the whole migration.
/// - Quote dates typed day-first before dates were checked (`30/11/2026`) become ISO dates;
///   anything else is left for `validate` to refuse.
fn upgrade(doc: &mut Document) {
    if let Some(d) = Date::parse_typed(&doc.quote.date) {
        doc.quote.date = d.to_string();
    }
    doc.schema = SCHEMA_VERSION;
}

/// Writes a document file (pretty-printed, so a person can read it in an editor).
pub fn document_to_json(doc: &Document) -> String {
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string_pretty(doc).unwrap_or_default()
}
