//! Wire formats, apart from the core and the UI: the document as a JSON file (the app's saved
//! file, the CLI's input, the browser autosave).
//!
//! Decimals are JSON strings ("38000", "2.4") so no reader turns them into floats. Every file
//! carries `schema`; older schemas are read and upgraded, newer ones are refused with a clear
//! error instead of being half-read.

pub mod backup;

use crate::model::document::{Document, SCHEMA_VERSION};

/// Why a document file could not be read. Data only; the UI words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, or not a Tapak document; `detail` is the parser's message (line and column).
    Unreadable { detail: String },
    /// Written by a newer Tapak than this one.
    TooNew { schema: u32 },
    /// The file is larger than any document this app writes (a guard before parsing).
    TooLarge { bytes: usize },
}

/// Largest document file accepted: far above a 500-line sheet (≈ 200 KB).
pub const MAX_DOCUMENT_BYTES: usize = 4 * 1024 * 1024;

/// Reads a document file of any known schema and upgrades it to the current one.
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
    let header: Header = serde_json::from_str(text).map_err(|e| LoadError::Unreadable { detail: e.to_string() })?;
    if header.schema > SCHEMA_VERSION || header.schema == 0 {
        return Err(LoadError::TooNew { schema: header.schema });
    }
    // Schema 1 → 2 only added parts with serde defaults, so reading is the whole migration.
    let mut doc: Document = serde_json::from_str(text).map_err(|e| LoadError::Unreadable { detail: e.to_string() })?;
    doc.schema = SCHEMA_VERSION;
    Ok(doc)
}

/// Writes a document file (pretty-printed, so a person can read it in an editor).
pub fn document_to_json(doc: &Document) -> String {
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string_pretty(doc).unwrap_or_default()
}
