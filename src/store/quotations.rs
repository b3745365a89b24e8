//! The library's quotations (issue 14): `tapak.quotation.<id>` holds each quotation as its file
//! text without the sheets, which stay the library's own (`tapak.doc.<id>`, named by the lines).
//!
//! There is no index to fall out of step: the list is the keys. Every read goes through the
//! quotation file's door (`codec::quotation::quotation_from_json`); one that fails is reported,
//! never overwritten. A save compares the stored text with what this tab last saw, so another
//! tab's change is never overwritten unseen (`StoreError::Changed`).

use super::{KeyValue, StoreError};
use crate::codec::quotation::quotation_from_json;
use crate::codec::LoadError;
use crate::model::quotation::Quotation;
use crate::model::sheet::id::SheetId;

pub const PREFIX: &str = "tapak.quotation.";

/// A quotation as stored: its id, the quotation, and the text read (what a save compares with).
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    pub id: String,
    pub quotation: Quotation,
    pub text: String,
}

/// Every stored quotation (by number, then id), and those that cannot be read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Listed {
    pub quotations: Vec<Stored>,
    pub unreadable: Vec<(String, LoadError)>,
}

/// The text a quotation is stored as (its file without the sheets).
pub fn text_of(q: &Quotation) -> String {
    serde_json::to_string(q).unwrap_or_default()
}

/// Every quotation of the library.
///
/// # Errors
/// `Denied` when the store cannot be read.
pub fn list<S: KeyValue + ?Sized>(s: &S) -> Result<Listed, StoreError> {
    let mut out = Listed::default();
    let mut keys: Vec<String> = s.keys()?.into_iter().filter(|k| k.starts_with(PREFIX)).collect();
    keys.sort();
    for key in keys {
        let id = key[PREFIX.len()..].to_string();
        let Some(text) = s.get(&key)? else { continue };
        match quotation_from_json(&text) {
            Ok(quotation) => out.quotations.push(Stored { id, quotation, text }),
            Err(e) => out.unreadable.push((id, e)),
        }
    }
    out.quotations.sort_by(|a, b| a.quotation.details.number.cmp(&b.quotation.details.number).then(a.id.cmp(&b.id)));
    Ok(out)
}

/// Saves `q` under `id` when the stored text is still `seen` (`None`: nothing stored yet).
/// Returns the text written.
///
/// # Errors
/// `Changed` when another tab changed it meanwhile (nothing written); `Full`, `Denied`.
pub fn save<S: KeyValue + ?Sized>(
    s: &mut S,
    id: &str,
    q: &Quotation,
    seen: Option<&str>,
) -> Result<String, StoreError> {
    let key = format!("{PREFIX}{id}");
    if s.get(&key)?.as_deref() != seen {
        return Err(StoreError::Changed { key });
    }
    let mut bare = q.clone();
    bare.sheets.clear();
    let text = text_of(&bare);
    s.set(&key, &text)?;
    Ok(text)
}

/// Removes quotation `id`.
///
/// # Errors
/// `Denied`.
pub fn remove<S: KeyValue + ?Sized>(s: &mut S, id: &str) -> Result<(), StoreError> {
    s.remove(&format!("{PREFIX}{id}"))
}

/// How many stored quotations name sheet `sheet` in a line (deleting it asks first), read from
/// their stored text without parsing it: the library's actions live in the editor's first
/// module, and the quotation's reader stays in its part. The text is Tapak's own compact JSON
/// (`text_of`), where a line's sheet is written `"sheet":"<id>"`.
///
/// # Errors
/// `Denied`.
pub fn naming<S: KeyValue + ?Sized>(s: &S, sheet: &str) -> Result<usize, StoreError> {
    let needle = format!("\"sheet\":{}", serde_json::to_string(sheet).unwrap_or_default());
    let mut n = 0;
    for key in s.keys()?.into_iter().filter(|k| k.starts_with(PREFIX)) {
        if s.get(&key)?.is_some_and(|text| text.contains(&needle)) {
            n += 1;
        }
    }
    Ok(n)
}

/// The quotations whose lines use sheet `sheet`, by number.
///
/// # Errors
/// `Denied`.
pub fn using<S: KeyValue + ?Sized>(s: &S, sheet: &str) -> Result<Vec<String>, StoreError> {
    Ok(list(s)?
        .quotations
        .into_iter()
        .filter(|q| q.quotation.lines.iter().any(|l| l.sheet == sheet))
        .map(|q| if q.quotation.details.number.is_empty() { q.id } else { q.quotation.details.number })
        .collect())
}

/// Imports the quotations of a backup. Each line's sheet moves with its sheet: `moved` pairs a
/// sheet's id in the backup to the id it was imported under (a clash kept both, under a new id).
/// A quotation stored under the same id with the same text is left as it is; with other text it
/// is replaced only when `replace(number or id)` says so, else it is kept beside it under
/// `fresh()`. Returns how many were written.
///
/// # Errors
/// The first `StoreError` (those written before it stay written).
pub fn import<S: KeyValue + ?Sized>(
    s: &mut S,
    quotations: &[(String, Quotation)],
    moved: &[(SheetId, SheetId)],
    mut replace: impl FnMut(&str) -> bool,
    mut fresh: impl FnMut() -> String,
) -> Result<usize, StoreError> {
    let mut written = 0;
    for (id, q) in quotations {
        let mut q = q.clone();
        q.sheets.clear();
        for line in &mut q.lines {
            if let Some((_, to)) = moved.iter().find(|(from, _)| *from == line.sheet) {
                line.sheet.clone_from(to);
            }
        }
        let stored = s.get(&format!("{PREFIX}{id}"))?;
        let target = match &stored {
            Some(text) if *text == text_of(&q) => continue,
            Some(_) if replace(if q.details.number.is_empty() { id } else { &q.details.number }) => id.clone(),
            Some(_) => fresh(),
            None => id.clone(),
        };
        let seen = if target == *id { stored.as_deref() } else { None };
        save(s, &target, &q, seen)?;
        written += 1;
    }
    Ok(written)
}

/// Adds `q` as a new quotation with the sheets its lines name (`sheets`, by the ids the lines
/// use): a sheet stored already exactly as it is there is used, not copied again; another is
/// saved as a new sheet under `fresh()`, and the lines follow it. The quotation itself is new
/// (`fresh()`). The worked example (`examples::busan_order`) comes in this way, so opening it
/// twice adds a second quotation but no second copy of its sheets. Returns the quotation's id,
/// the quotation as stored and its text.
///
/// # Errors
/// The first `StoreError`. Sheets saved before it stay saved (the library lists them, and
/// nothing refers to them yet); no quotation is written.
pub fn add_with_sheets<S: KeyValue + ?Sized>(
    s: &mut S,
    q: &Quotation,
    sheets: &std::collections::BTreeMap<SheetId, crate::model::sheet::document::Document>,
    mut fresh: impl FnMut() -> String,
    now: &str,
) -> Result<(String, Quotation, String), StoreError> {
    use super::library::{same_as, save as save_sheet, Seen};
    let mut q = q.clone();
    q.sheets.clear();
    // Every sheet's id in the library first, then each line once (an id given to one sheet may
    // be another's name in `sheets`).
    let mut stored: Vec<(&SheetId, SheetId)> = Vec::with_capacity(sheets.len());
    for (named, doc) in sheets {
        let id = match same_as(s, doc)? {
            Some(e) => e.id,
            None => {
                let id = SheetId::new(fresh());
                save_sheet(s, &id, doc.article.name.trim(), doc, Seen::Nothing, now)?;
                id
            }
        };
        stored.push((named, id));
    }
    for l in &mut q.lines {
        if let Some((_, id)) = stored.iter().find(|(named, _)| **named == l.sheet) {
            l.sheet.clone_from(id);
        }
    }
    let id = fresh();
    let text = save(s, &id, &q, None)?;
    Ok((id, q, text))
}

/// A quotation open in the editor: this tab's version of it, the stored text it last read or
/// wrote (`None`: not stored yet), and why its last save did not happen. A save compares with
/// `seen`, so another tab's change is shown (`in_conflict`) and never overwritten unseen.
#[derive(Clone, Debug, PartialEq)]
pub struct Open {
    pub id: String,
    pub q: Quotation,
    pub seen: Option<String>,
    /// Why the last save did not happen: `Changed` (another tab's change), `Full`, `Denied`.
    pub failed: Option<StoreError>,
}

impl Open {
    /// A stored quotation, opened.
    pub fn stored(st: &Stored) -> Open {
        Open { id: st.id.clone(), q: st.quotation.clone(), seen: Some(st.text.clone()), failed: None }
    }

    /// A new quotation, saved under `id`; if the browser refuses, it stays open unsaved, with why.
    pub fn new<S: KeyValue + ?Sized>(s: &mut S, id: String, q: Quotation) -> Open {
        let saved = save(s, &id, &q, None);
        let (seen, failed) = match saved {
            Ok(text) => (Some(text), None),
            Err(e) => (None, Some(e)),
        };
        Open { id, q, seen, failed }
    }

    /// Another tab changed this quotation since this tab saw it: nothing is saved until the
    /// user takes theirs or keeps this one as a copy.
    pub fn in_conflict(&self) -> bool {
        matches!(self.failed, Some(StoreError::Changed { .. }))
    }

    /// Applies `edit` (`None`: saves again as it is, after the store was full) and saves.
    /// Returns whether anything changed; an edit that changes nothing saves nothing.
    pub fn change<S: KeyValue + ?Sized>(
        &mut self,
        s: &mut S,
        edit: Option<crate::model::quotation::edit::QuotationEdit>,
    ) -> bool {
        if let Some(edit) = edit {
            if !self.q.apply(edit) {
                return false;
            }
        }
        match save(s, &self.id, &self.q, self.seen.as_deref()) {
            Ok(text) => {
                self.seen = Some(text);
                self.failed = None;
            }
            Err(e) => self.failed = Some(e),
        }
        true
    }

    /// This tab's version kept as a quotation of its own under `id`, its number followed by
    /// `copy_suffix`; the other tab's stays as stored. `None` if it could not be saved (then this
    /// one stays as it is, with its conflict).
    pub fn keep_as_copy<S: KeyValue + ?Sized>(&self, s: &mut S, id: String, copy_suffix: &str) -> Option<Open> {
        let mut q = self.q.clone();
        q.details.number = format!("{} {copy_suffix}", q.details.number).trim().to_string();
        let text = save(s, &id, &q, None).ok()?;
        Some(Open { id, q, seen: Some(text), failed: None })
    }

    /// The other tab's version, as stored now; `None` if it was deleted there (closed here too).
    pub fn theirs<S: KeyValue + ?Sized>(&self, s: &S) -> Option<Open> {
        // This one key through the quotation file's door, not the whole list.
        let text = s.get(&format!("{PREFIX}{}", self.id)).ok()??;
        let quotation = quotation_from_json(&text).ok()?;
        Some(Open::stored(&Stored { id: self.id.clone(), quotation, text }))
    }
}
