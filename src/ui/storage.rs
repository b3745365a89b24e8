//! The browser's storage: the language, and a library of named documents with the open one
//! autosaved.
//!
//! Keys: `tapak.lang`; `tapak.index` (the library: id, name, last saved); `tapak.doc.<id>` (each
//! document's JSON file); `tapak.current` (the open document). The first release kept one sheet
//! under `tapak.document`; it is moved into the library on first start.
//!
//! Storage can be missing or full (private mode, quota); writes return `Result` and the caller
//! tells the user while the work stays in memory. A stored document that cannot be read is kept
//! aside under `tapak.unreadable.<id>`, never overwritten silently.

use crate::codec::backup::Named;
use crate::codec::{document_from_json, document_to_json};
use crate::i18n::Lang;
use crate::model::document::Document;
use serde::{Deserialize, Serialize};

const LANG_KEY: &str = "tapak.lang";
const INDEX_KEY: &str = "tapak.index";
const CURRENT_KEY: &str = "tapak.current";
const LEGACY_KEY: &str = "tapak.document";

fn doc_key(id: &str) -> String {
    format!("tapak.doc.{id}")
}

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

const GUIDE_KEY: &str = "tapak.guide-done";

/// Whether the first-time guide was finished or skipped in this browser.
pub fn guide_done() -> bool {
    local().and_then(|s| s.get_item(GUIDE_KEY).ok().flatten()).is_some()
}

pub fn set_guide_done() {
    if let Some(s) = local() {
        let _ = s.set_item(GUIDE_KEY, "1");
    }
}

/// A document in the library.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub name: String,
    /// When it was last saved, `YYYY-MM-DD HH:MM` local time.
    pub updated: String,
}

/// The library, most recently saved first.
pub fn index() -> Vec<Entry> {
    let mut list: Vec<Entry> = local()
        .and_then(|s| s.get_item(INDEX_KEY).ok().flatten())
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    list.sort_by(|a, b| b.updated.cmp(&a.updated));
    list
}

fn write_index(list: &[Entry]) -> Result<(), ()> {
    let s = local().ok_or(())?;
    s.set_item(INDEX_KEY, &serde_json::to_string(list).map_err(|_| ())?).map_err(|_| ())
}

fn now() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// A fresh id: the time in base 36 plus a random tail.
pub fn new_id() -> String {
    let ms = js_sys::Date::now() as u64;
    let rnd = (js_sys::Math::random() * 1_679_616.0) as u64;
    format!("{}{}", radix36(ms), radix36(rnd))
}

fn radix36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// A name for a sheet without one.
pub fn default_name(doc: &Document, lang: Lang) -> String {
    if doc.article.name.trim().is_empty() {
        match lang {
            Lang::Id => "Lembar tanpa nama".into(),
            Lang::En => "Untitled sheet".into(),
        }
    } else {
        doc.article.name.clone()
    }
}

/// Saves a document under `id`, adding it to the library (named `name`) if it is new.
/// `Err` means the browser refused (no storage, quota full).
pub fn save(id: &str, name: &str, doc: &Document) -> Result<(), ()> {
    let s = local().ok_or(())?;
    s.set_item(&doc_key(id), &document_to_json(doc)).map_err(|_| ())?;
    let mut list = index();
    match list.iter_mut().find(|e| e.id == id) {
        Some(e) => e.updated = now(),
        None => list.push(Entry { id: id.to_string(), name: name.to_string(), updated: now() }),
    }
    write_index(&list)?;
    s.set_item(CURRENT_KEY, id).map_err(|_| ())
}

/// Reads one document of the library.
pub fn load(id: &str) -> Option<Result<Document, crate::codec::LoadError>> {
    let text = local()?.get_item(&doc_key(id)).ok().flatten()?;
    Some(document_from_json(&text))
}

pub fn rename(id: &str, name: &str) -> Result<(), ()> {
    let mut list = index();
    if let Some(e) = list.iter_mut().find(|e| e.id == id) {
        e.name = name.to_string();
    }
    write_index(&list)
}

/// Removes a document; returns what is needed to undo it.
pub fn remove(id: &str) -> Option<(Entry, String)> {
    let s = local()?;
    let text = s.get_item(&doc_key(id)).ok().flatten()?;
    let mut list = index();
    let pos = list.iter().position(|e| e.id == id)?;
    let entry = list.remove(pos);
    write_index(&list).ok()?;
    let _ = s.remove_item(&doc_key(id));
    Some((entry, text))
}

/// Puts a removed document back.
pub fn restore(entry: &Entry, text: &str) -> Result<(), ()> {
    let s = local().ok_or(())?;
    s.set_item(&doc_key(&entry.id), text).map_err(|_| ())?;
    let mut list = index();
    list.retain(|e| e.id != entry.id);
    list.push(entry.clone());
    write_index(&list)
}

/// Every readable document, for a backup.
pub fn all() -> Vec<Named> {
    index()
        .into_iter()
        .filter_map(|e| match load(&e.id) {
            Some(Ok(document)) => Some(Named { id: e.id, name: e.name, document }),
            _ => None,
        })
        .collect()
}

/// What was found in storage at start-up.
pub enum Restored {
    Nothing,
    Document {
        id: String,
        doc: Box<Document>,
    },
    /// Something was stored but could not be read; it was kept aside.
    Unreadable,
}

/// The document to open at start: the last open one, after moving a first-release sheet into
/// the library.
pub fn startup() -> Restored {
    let Some(s) = local() else { return Restored::Nothing };
    if let Ok(Some(legacy)) = s.get_item(LEGACY_KEY) {
        let id = new_id();
        match document_from_json(&legacy) {
            Ok(doc) if save(&id, &default_name(&doc, Lang::Id), &doc).is_ok() => {
                let _ = s.remove_item(LEGACY_KEY);
            }
            Ok(_) => {}
            Err(_) => {
                let _ = s.set_item(&format!("tapak.unreadable.{id}"), &legacy);
                let _ = s.remove_item(LEGACY_KEY);
            }
        }
    }
    let current = s.get_item(CURRENT_KEY).ok().flatten().or_else(|| index().first().map(|e| e.id.clone()));
    let Some(id) = current else { return Restored::Nothing };
    match load(&id) {
        Some(Ok(doc)) => Restored::Document { id, doc: Box::new(doc) },
        Some(Err(_)) => {
            if let Ok(Some(text)) = s.get_item(&doc_key(&id)) {
                let _ = s.set_item(&format!("tapak.unreadable.{id}"), &text);
            }
            Restored::Unreadable
        }
        None => Restored::Nothing,
    }
}
