//! The backup file: every document of the browser's library in one JSON file.
//!
//! ```json
//! { "tapak_backup": 1, "documents": [ { "id": "…", "name": "…", "document": { …a document file… } } ] }
//! ```
//! Each document is the same JSON as a saved sheet, so older schemas upgrade on import exactly
//! as files do. A single saved sheet is accepted too (it becomes one entry).

use super::{document_from_json, LoadError, MAX_DOCUMENT_BYTES};
use crate::model::document::Document;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One document of a library, with the name the library shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub id: String,
    pub name: String,
    pub document: Document,
}

#[derive(Serialize, Deserialize)]
struct BackupFile {
    tapak_backup: u32,
    documents: Vec<BackupEntry>,
}

#[derive(Serialize, Deserialize)]
struct BackupEntry {
    id: String,
    name: String,
    document: Value,
}

/// Largest backup accepted (a library of a few hundred sheets).
pub const MAX_BACKUP_BYTES: usize = 32 * MAX_DOCUMENT_BYTES;

/// Writes a backup of `docs`.
pub fn to_backup(docs: &[Named]) -> String {
    let file = BackupFile {
        tapak_backup: 1,
        documents: docs
            .iter()
            .map(|n| BackupEntry {
                id: n.id.clone(),
                name: n.name.clone(),
                document: serde_json::to_value(&n.document).unwrap_or(Value::Null),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a backup, or a single saved sheet (which gets `single_id`). All or nothing: one
/// unreadable document refuses the whole file, so nothing half-imported ever appears.
///
/// # Errors
/// `LoadError` of the first document that cannot be read, or of the file itself.
pub fn from_backup(text: &str, single_id: &str) -> Result<Vec<Named>, LoadError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| LoadError::Unreadable { path: None, detail: e.to_string() })?;
    if value.get("tapak_backup").is_none() {
        let document = document_from_json(text)?;
        let name = document.article.name.clone();
        return Ok(vec![Named { id: single_id.to_string(), name, document }]);
    }
    let file: BackupFile =
        serde_json::from_value(value).map_err(|e| LoadError::Unreadable { path: None, detail: e.to_string() })?;
    if file.tapak_backup != 1 {
        return Err(LoadError::TooNew { schema: file.tapak_backup });
    }
    file.documents
        .into_iter()
        .map(|e| Ok(Named { id: e.id, name: e.name, document: document_from_json(&e.document.to_string())? }))
        .collect()
}
