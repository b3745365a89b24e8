//! The quotation file (`*.tapak-quotation.json`): a `Quotation` as JSON, with a copy of every
//! sheet its lines use, so it opens on any machine and the CLI can price it.
//!
//! ```json
//! { "kind": "tapak-quotation", "schema": 1, "details": {…}, "currency": "USD",
//!   "terms": ["Fob", "Cif"], …, "lines": [ { "id": 1, "sheet": "d1", "variant": 50, "pairs": 1200 } ],
//!   "sheets": { "d1": { …a sheet file… } } }
//! ```
//! Each sheet is read as its own file (`document_from_json`: upgraded, held to the field
//! rules), and the quotation to its rules (`rules::validate_quotation`): one door, as for
//! sheets. A sheet's file is not a quotation: `is_quotation` tells them apart by `kind`.

use super::{document_from_json, document_to_json, read, LoadError, MAX_DOCUMENT_BYTES};
use crate::model::quotation::{Quotation, KIND, QUOTATION_SCHEMA};
use crate::model::rules::validate_quotation;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// Largest quotation file accepted (its sheets included).
pub const MAX_QUOTATION_BYTES: usize = 8 * MAX_DOCUMENT_BYTES;

#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    schema: u32,
}

/// The sheets a file carries, each kept as its text and read as a sheet file.
#[derive(Deserialize)]
struct Sheets<'a> {
    #[serde(borrow, default)]
    sheets: BTreeMap<String, &'a RawValue>,
}

/// Whether a JSON text is a quotation file (rather than a sheet's).
pub fn is_quotation(text: &str) -> bool {
    serde_json::from_str::<Header>(text).is_ok_and(|h| h.kind == KIND)
}

/// Reads a quotation file: its sheets as sheet files, then the quotation's own rules.
///
/// # Errors
/// `LoadError` saying why; nothing of the file is used then.
pub fn quotation_from_json(text: &str) -> Result<Quotation, LoadError> {
    if text.len() > MAX_QUOTATION_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    let header: Header = read(text)?;
    if header.kind != KIND {
        return Err(LoadError::Unreadable { path: Some("kind".into()), detail: format!("kind {:?}", header.kind) });
    }
    if header.schema > QUOTATION_SCHEMA || header.schema == 0 {
        return Err(LoadError::TooNew { schema: header.schema });
    }
    let raw: Sheets =
        serde_json::from_str(text).map_err(|e| LoadError::Unreadable { path: None, detail: e.to_string() })?;
    let mut sheets = BTreeMap::new();
    for (id, sheet) in raw.sheets {
        sheets.insert(crate::model::sheet::id::SheetId::from(id), document_from_json(sheet.get())?);
    }
    let mut q: Quotation = read(text)?;
    q.sheets = sheets;
    q.schema = QUOTATION_SCHEMA;
    let problems = validate_quotation(&q);
    if problems.is_empty() {
        Ok(q)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// Writes a quotation file with the sheets its lines use, each as its own sheet file.
pub fn quotation_to_json(
    q: &Quotation,
    library: &BTreeMap<crate::model::sheet::id::SheetId, crate::model::sheet::document::Document>,
) -> String {
    let mut bare = q.clone();
    bare.sheets.clear();
    let head = serde_json::to_string_pretty(&bare).unwrap_or_default();
    let used: Vec<String> = q
        .lines
        .iter()
        .filter_map(|l| library.get_key_value(&l.sheet))
        .map(|(id, d)| (id.clone(), d))
        .collect::<BTreeMap<_, _>>()
        .into_iter()
        .map(|(id, d)| {
            let text = serde_json::to_string(&id).unwrap_or_default();
            format!("    {text}: {}", document_to_json(d).replace('\n', "\n    "))
        })
        .collect();
    // `head` ends with the closing brace: the sheets go in before it.
    let body = head.trim_end().strip_suffix('}').unwrap_or(&head).trim_end();
    format!("{body},\n  \"sheets\": {{\n{}\n  }}\n}}\n", used.join(",\n"))
}
