//! The backup file: every sheet and every quotation of the browser's library in one JSON file.
//!
//! ```json
//! { "tapak_backup": 1,
//!   "documents": [ { "id": "…", "name": "…", "document": { …a document file… } } ],
//!   "quotations": [ { "id": "…", "quotation": { …a quotation file without its sheets… } } ],
//!   "profile": { …the company profile (`codec::profile`)… } }
//! ```
//! Each document is the same JSON as a saved sheet, so older schemas upgrade on import exactly
//! as files do; each quotation is read as a quotation file (`codec::quotation`), its lines
//! naming the sheets by their ids in the same backup or library; the profile is read as the
//! profile's JSON. `quotations` and `profile` are optional: a backup written before they were
//! kept has neither. A single saved sheet is accepted too
//! (it becomes one entry).

use super::quotation::quotation_from_json;
use super::{document_from_json, document_to_json, LoadError, MAX_DOCUMENT_BYTES};
use crate::model::quotation::Quotation;
use crate::model::sheet::document::Document;
use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::value::RawValue;

/// One document of a library, with the name the library shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub id: crate::model::sheet::id::SheetId,
    pub name: String,
    pub document: Document,
}

/// Whether a JSON file is a backup: it has the `tapak_backup` key, whatever its value.
#[derive(Deserialize)]
struct Probe {
    tapak_backup: Option<IgnoredAny>,
}

/// Each document is kept as its text (`RawValue`) and read by `document_from_json`, like a
/// file: no `serde_json::Value` in the wasm (its tree, map and float parsing weighed 4 KB brotli
/// in the editor, measured 2026-11-30).
#[derive(Deserialize)]
struct BackupFile<'a> {
    tapak_backup: u32,
    #[serde(borrow)]
    documents: Vec<BackupEntry<'a>>,
    #[serde(borrow, default)]
    quotations: Vec<QuotationEntry<'a>>,
    #[serde(borrow, default)]
    profile: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct QuotationEntry<'a> {
    id: String,
    #[serde(borrow)]
    quotation: &'a RawValue,
}

/// What a backup holds: the sheets, and the quotations by their library ids.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Backup {
    pub sheets: Vec<Named>,
    pub quotations: Vec<(String, Quotation)>,
    pub profile: Option<crate::model::quotation::profile::Profile>,
}

#[derive(Deserialize)]
struct BackupEntry<'a> {
    id: String,
    name: String,
    #[serde(borrow)]
    document: &'a RawValue,
}

/// Largest backup accepted (a library of a few hundred sheets).
pub const MAX_BACKUP_BYTES: usize = 32 * MAX_DOCUMENT_BYTES;

/// Writes a backup of `docs` and `quotations` (each as its stored text, `store::quotations::
/// text_of`). Each document is written exactly as its own saved file (`document_to_json`) and
/// set into the backup as text, so the wasm carries one document serialiser, not a second one
/// for `serde_json::Value` (≈ 10 KB raw, measured 2026-11-30).
pub fn to_backup(docs: &[Named], quotations: &[(String, String)], profile: Option<&str>) -> String {
    let text = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
    let entries: Vec<String> = docs
        .iter()
        .map(|n| {
            let document = document_to_json(&n.document).replace('\n', "\n    ");
            format!(
                "  {{\n    \"id\": {},\n    \"name\": {},\n    \"document\": {document}\n  }}",
                text(&n.id),
                text(&n.name)
            )
        })
        .collect();
    let quoted: Vec<String> = quotations
        .iter()
        .map(|(id, q)| format!("  {{\n    \"id\": {},\n    \"quotation\": {q}\n  }}", text(id)))
        .collect();
    let profile = profile.map(|p| format!(",\n\"profile\": {p}")).unwrap_or_default();
    format!(
        "{{\n\"tapak_backup\": 1,\n\"documents\": [\n{}\n],\n\"quotations\": [\n{}\n]{profile}\n}}\n",
        entries.join(",\n"),
        quoted.join(",\n")
    )
}

/// Reads a backup, or a single saved sheet (which gets `single_id`). All or nothing: one
/// unreadable sheet or quotation refuses the whole file, so nothing half-imported ever appears.
///
/// # Errors
/// `LoadError` of the first sheet or quotation that cannot be read, or of the file itself.
pub fn from_backup(text: &str, single_id: &str) -> Result<Backup, LoadError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    let probe = serde_json::from_str::<Probe>(text).ok();
    if probe.is_none_or(|p| p.tapak_backup.is_none()) {
        // A single saved sheet, or something that is not a backup: read as a file, which says why not.
        let document = document_from_json(text)?;
        let name = document.article.name.clone();
        return Ok(Backup {
            sheets: vec![Named { id: single_id.into(), name, document }],
            quotations: Vec::new(),
            profile: None,
        });
    }
    let file: BackupFile =
        serde_json::from_str(text).map_err(|e| LoadError::Unreadable { path: None, detail: e.to_string() })?;
    if file.tapak_backup != 1 {
        return Err(LoadError::TooNew { schema: file.tapak_backup });
    }
    let sheets = file
        .documents
        .into_iter()
        .map(|e| Ok(Named { id: e.id.into(), name: e.name, document: document_from_json(e.document.get())? }))
        .collect::<Result<_, LoadError>>()?;
    let quotations = file
        .quotations
        .into_iter()
        .map(|e| Ok((e.id, quotation_from_json(e.quotation.get())?)))
        .collect::<Result<_, LoadError>>()?;
    let profile = file.profile.map(|p| super::profile::profile_from_json(p.get())).transpose()?;
    Ok(Backup { sheets, quotations, profile })
}
