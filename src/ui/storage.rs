//! Browser storage: the chosen language and the autosaved document.
//!
//! Storage can be missing or full (private mode, quota); every call returns a `Result` and the
//! caller keeps working in memory. A stored document that cannot be read is moved aside, never
//! overwritten silently.

use crate::codec::{document_from_json, document_to_json};
use crate::i18n::Lang;
use crate::model::document::Document;

const LANG_KEY: &str = "tapak.lang";
const DOC_KEY: &str = "tapak.document";
const UNREADABLE_KEY: &str = "tapak.document.unreadable";

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The remembered language, else Indonesian. (Not the browser's language: the makers this
/// editor is for work in Indonesian whatever their phone is set to; English is one tap away.)
pub fn load_lang() -> Lang {
    local().and_then(|s| s.get_item(LANG_KEY).ok().flatten()).and_then(|t| Lang::from_tag(&t)).unwrap_or_default()
}

pub fn save_lang(lang: Lang) {
    if let Some(s) = local() {
        let _ = s.set_item(LANG_KEY, lang.tag());
    }
}

/// What was found in storage at start-up.
pub enum Restored {
    Nothing,
    Document(Box<Document>),
    /// Something was stored but could not be read; it was kept under another key.
    Unreadable,
}

pub fn load_document() -> Restored {
    let Some(s) = local() else { return Restored::Nothing };
    let Ok(Some(text)) = s.get_item(DOC_KEY) else { return Restored::Nothing };
    match document_from_json(&text) {
        Ok(doc) => Restored::Document(Box::new(doc)),
        Err(_) => {
            let _ = s.set_item(UNREADABLE_KEY, &text);
            Restored::Unreadable
        }
    }
}

/// Saves the document. `Err` means the browser refused (no storage, quota full).
pub fn save_document(doc: &Document) -> Result<(), ()> {
    let s = local().ok_or(())?;
    s.set_item(DOC_KEY, &document_to_json(doc)).map_err(|_| ())
}
