//! The library of sheets in a key–value store, and what happens at start.
//!
//! Keys:
//! - `tapak.doc.<id>`: one sheet, as its JSON file. **The truth.**
//! - `tapak.index`: `[{id, name, updated}]`, a cache of the names and save times. It is checked
//!   against the stored sheets on every read: entries whose sheet is gone are dropped, sheets it
//!   does not list are added, and a missing or damaged index is rebuilt from the sheets (keeping
//!   every name that can still be read from it). A save never writes an index read as empty.
//! - `tapak.current`: the sheet open last, opened again at start.
//! - `tapak.opening`: the id of a sheet being opened, removed once the page has shown it. Found at
//!   the next start, it means that start died while opening it (a panic aborts the page).
//! - `tapak.unreadable.<id>`: a sheet set aside — unreadable, or the page died opening it — with
//!   its text exactly as it was found. It is listed, can be downloaded, put back or removed.
//! - `tapak.document`: the first release's single sheet, moved into the library at start.
//!
//! Nothing here panics on stored data, and nothing is overwritten on a failed read: a sheet's key
//! is only removed once its text is safe elsewhere.

use super::{KeyValue, StoreError};
use crate::codec::backup::Named;
use crate::codec::{document_from_json, document_to_json, LoadError, MAX_DOCUMENT_BYTES};
use crate::model::sheet::document::Document;
use crate::model::sheet::id::SheetId;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

pub const INDEX_KEY: &str = "tapak.index";
pub const CURRENT_KEY: &str = "tapak.current";
pub const OPENING_KEY: &str = "tapak.opening";
pub const LEGACY_KEY: &str = "tapak.document";
pub const DOC_PREFIX: &str = "tapak.doc.";
pub const ASIDE_PREFIX: &str = "tapak.unreadable.";

/// The key of a sheet.
pub fn doc_key(id: &str) -> String {
    format!("{DOC_PREFIX}{id}")
}

/// A sheet in the library.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: SheetId,
    /// The name the user gave it; empty for a sheet found without one (shown as "Untitled sheet").
    #[serde(default)]
    pub name: String,
    /// When it was last saved, `YYYY-MM-DD HH:MM` local time; empty when not known.
    #[serde(default)]
    pub updated: String,
    /// Whether the name is the user's own (given in the library, or a copy's "… (salinan)").
    /// Until it is, the name follows the sheet's article name at every save. `None` for entries
    /// saved before this was kept: they follow while their name is empty, "untitled" or the
    /// stored sheet's article name, and keep any other name (the user may have given it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub named: Option<bool>,
}

impl Entry {
    fn new(id: &str, name: &str, updated: &str, named: bool) -> Self {
        Entry { id: SheetId::new(id), name: name.to_string(), updated: updated.to_string(), named: Some(named) }
    }
}

/// How a list names each entry so that no two read the same: its name (its id when it has none);
/// where names repeat, each of those also says when it was last saved, and where that repeats
/// too, its id. ("Sneaker kasual kulit (contoh) · 2026-12-07 09:12".)
pub fn distinct_labels(entries: &[Entry]) -> Vec<String> {
    let base: Vec<String> =
        entries.iter().map(|e| if e.name.trim().is_empty() { e.id.to_string() } else { e.name.clone() }).collect();
    let count = |list: &[String], x: &String| list.iter().filter(|y| *y == x).count();
    let dated: Vec<String> = entries
        .iter()
        .zip(&base)
        .map(
            |(e, b)| {
                if count(&base, b) > 1 && !e.updated.is_empty() {
                    format!("{b} · {}", e.updated)
                } else {
                    b.clone()
                }
            },
        )
        .collect();
    entries
        .iter()
        .zip(&dated)
        .map(
            |(e, d)| {
                if count(&dated, d) > 1 && d.as_str() != e.id.as_str() {
                    format!("{d} · {}", e.id)
                } else {
                    d.clone()
                }
            },
        )
        .collect()
}

/// The names that say nothing of their own, as the editor has stored them for a sheet without a
/// name, in each of its languages. A stored fact, not the screen's wording (the storage rules
/// import no words); `tests/it/library.rs` checks it still matches `i18n::T::UntitledSheet`.
pub const UNTITLED: [&str; 2] = ["Lembar tanpa nama", "Untitled sheet"];

/// An entry's name that says nothing of its own: empty, or an untitled wording.
fn is_untitled(name: &str) -> bool {
    let name = name.trim();
    name.is_empty() || UNTITLED.contains(&name)
}

/// The stored index, compared with the stored sheets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndexState {
    Sound,
    Missing,
    /// Not a list of entries (overwritten, cut short).
    Damaged,
}

/// The library as the stored sheets say it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    /// One entry per stored sheet: the index's entries in its order, then the sheets it missed.
    pub entries: Vec<Entry>,
    pub state: IndexState,
    /// Index entries dropped: their sheet is gone, or the id was listed twice.
    pub dropped: usize,
    /// Stored sheets the index did not list.
    pub added: usize,
    /// Stored sheets that are not even a JSON sheet with an article: not listed (start-up sets
    /// them aside).
    pub unreadable: Vec<SheetId>,
}

impl Checked {
    /// Whether the stored index says something else than the sheets.
    pub fn differs(&self) -> bool {
        self.state == IndexState::Damaged || self.dropped > 0 || self.added > 0
    }
}

/// Compares the stored index with the stored sheets. Reads only.
///
/// # Errors
/// `Denied` when the store cannot be read.
pub fn check<S: KeyValue + ?Sized>(s: &S) -> Result<Checked, StoreError> {
    let stored: BTreeSet<SheetId> =
        s.keys()?.into_iter().filter_map(|k| k.strip_prefix(DOC_PREFIX).map(SheetId::from)).collect();
    let (listed, state) = match s.get(INDEX_KEY)? {
        None => (Vec::new(), IndexState::Missing),
        Some(text) => match serde_json::from_str::<Vec<Entry>>(&text) {
            Ok(list) => (list, IndexState::Sound),
            Err(_) => (salvage(&text), IndexState::Damaged),
        },
    };
    let mut seen = BTreeSet::new();
    let mut entries = Vec::new();
    let mut dropped = 0;
    for e in listed {
        if stored.contains(&e.id) && seen.insert(e.id.clone()) {
            entries.push(e);
        } else {
            dropped += 1;
        }
    }
    let mut added = 0;
    let mut unreadable = Vec::new();
    for id in stored.difference(&seen) {
        match s.get(&doc_key(id))?.as_deref().and_then(peek_name) {
            Some(name) => {
                entries.push(Entry { id: id.clone(), name, updated: String::new(), named: Some(false) });
                added += 1;
            }
            None => unreadable.push(id.clone()),
        }
    }
    Ok(Checked { entries, state, dropped, added, unreadable })
}

/// The entries that can still be read from a damaged index (cut short, partly overwritten):
/// each `{…}` in it that reads as an entry. (One whose name holds a `}` is lost; its sheet is then
/// named after its article.)
fn salvage(text: &str) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut rest = text;
    // '{' and '}' are one byte each, so every slice below falls on a character boundary.
    while let Some(start) = rest.find('{') {
        let tail = &rest[start..];
        let Some(end) = tail.find('}') else { break };
        if let Ok(e) = serde_json::from_str::<Entry>(&tail[..=end]) {
            if !e.id.is_empty() {
                out.push(e);
            }
        }
        rest = &tail[1..];
    }
    out
}

/// The article name in a stored sheet, without reading the whole sheet; `None` if the text is
/// not a JSON sheet with an article.
fn peek_name(text: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Peek {
        #[allow(dead_code)]
        schema: u32,
        article: PeekArticle,
    }
    #[derive(Deserialize)]
    struct PeekArticle {
        #[serde(default)]
        name: String,
    }
    if text.len() > MAX_DOCUMENT_BYTES {
        return None;
    }
    serde_json::from_str::<Peek>(text).ok().map(|p| p.article.name)
}

/// The library, most recently saved first, checked against the stored sheets.
///
/// # Errors
/// `Denied` when the store cannot be read.
pub fn index<S: KeyValue + ?Sized>(s: &S) -> Result<Vec<Entry>, StoreError> {
    let mut list = check(s)?.entries;
    newest_first(&mut list);
    Ok(list)
}

/// Sorts by last save, newest first, keeping the order of equals. An insertion sort: a library
/// holds a few dozen sheets, and each use of the standard sort adds kilobytes to the page.
fn newest_first(list: &mut [Entry]) {
    for i in 1..list.len() {
        let mut j = i;
        while j > 0 && list[j - 1].updated < list[j].updated {
            list.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn write_index<S: KeyValue + ?Sized>(s: &mut S, list: &[Entry]) -> Result<(), StoreError> {
    let text = serde_json::to_string(list).map_err(|_| StoreError::Corrupt { key: INDEX_KEY.into() })?;
    s.set(INDEX_KEY, &text)
}

/// What the caller last saw under a sheet's key. A save checks it first, so a write made
/// elsewhere (another tab) is never overwritten unseen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seen<'a> {
    /// Nothing: the sheet is new; one already stored under its id is not replaced.
    Nothing,
    /// This text.
    Text(&'a str),
    /// Replace whatever is there (the user said so).
    Anything,
}

/// Saves a sheet under `id`, adding it to the library as `name` if it is not listed yet. `name`
/// is the name the sheet would have by itself (its article name, or empty): an entry the user has
/// not named follows it, so the library shows the article's current name.
/// Returns the text written.
///
/// # Errors
/// `Changed` when the stored sheet is not what `seen` says; `Full`/`Denied` when the browser
/// refuses. On any error the stored sheet is unchanged.
pub fn save<S: KeyValue + ?Sized>(
    s: &mut S,
    id: &str,
    name: &str,
    doc: &Document,
    seen: Seen,
    now: &str,
) -> Result<String, StoreError> {
    let text = document_to_json(doc);
    save_text(s, id, name, &text, seen, now)?;
    Ok(text)
}

pub(crate) fn save_text<S: KeyValue + ?Sized>(
    s: &mut S,
    id: &str,
    name: &str,
    text: &str,
    seen: Seen,
    now: &str,
) -> Result<(), StoreError> {
    let key = doc_key(id);
    let stored = s.get(&key)?;
    let expected = match seen {
        Seen::Anything => true,
        Seen::Nothing => stored.is_none(),
        Seen::Text(t) => stored.as_deref() == Some(t),
    };
    if !expected {
        return Err(StoreError::Changed { key });
    }
    // The index as the stored sheets say it is — never one read as empty from a failed read.
    let mut entries = check(s)?.entries;
    let article = |text: &str| peek_name(text).unwrap_or_default().trim().to_string();
    // A name given that is not the article's own (a copy's, a backup's) is the user's; the
    // autosave gives the article's name, which an entry not named by the user follows.
    let given = !is_untitled(name) && name.trim() != article(text);
    match entries.iter_mut().find(|e| e.id == id) {
        Some(e) => {
            e.updated = now.to_string();
            let follows = !given
                && match e.named {
                    Some(named) => !named,
                    None => is_untitled(&e.name) || stored.as_deref().is_some_and(|t| article(t) == e.name.trim()),
                };
            if follows || given {
                e.name = name.to_string();
            }
            e.named = Some(!follows);
        }
        None => entries.push(Entry::new(id, name, now, given)),
    }
    // The index first: if it cannot be written, neither is the sheet, so `Err` always means the
    // sheet was not saved. (An entry whose sheet then fails to write is dropped at the next read.)
    write_index(s, &entries)?;
    s.set(&key, text)
}

/// Remembers which sheet to open at the next start.
///
/// # Errors
/// `Full`/`Denied` when the browser refuses.
pub fn set_current<S: KeyValue + ?Sized>(s: &mut S, id: &str) -> Result<(), StoreError> {
    s.set(CURRENT_KEY, id)
}

/// A sheet read from the store, with its text as stored (to notice later writes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub doc: Document,
    pub text: String,
}

/// Why a stored sheet could not be opened. Data only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenError {
    Store(StoreError),
    /// There is no sheet under that id (deleted, perhaps in another tab).
    Missing,
    /// The stored text is not a sheet this Tapak can open.
    Unreadable(LoadError),
}

impl From<StoreError> for OpenError {
    fn from(e: StoreError) -> Self {
        OpenError::Store(e)
    }
}

/// Reads one sheet. Changes nothing.
///
/// # Errors
/// See `OpenError`.
pub fn load<S: KeyValue + ?Sized>(s: &S, id: &str) -> Result<Stored, OpenError> {
    let text = s.get(&doc_key(id))?.ok_or(OpenError::Missing)?;
    match document_from_json(&text) {
        Ok(doc) => Ok(Stored { doc, text }),
        Err(e) => Err(OpenError::Unreadable(e)),
    }
}

/// Marks sheet `id` as being opened, until `opened` says the page has shown it.
///
/// # Errors
/// `Full`/`Denied` when the browser refuses (the sheet can still be shown, unguarded).
pub fn mark_opening<S: KeyValue + ?Sized>(s: &mut S, id: &str) -> Result<(), StoreError> {
    s.set(OPENING_KEY, id)
}

/// Opens a sheet to show it: marks it as being opened (see `opened`), reads it, and sets it aside
/// if it cannot be read.
///
/// # Errors
/// See `OpenError`; an `Unreadable` sheet has been set aside (if the browser allowed it).
pub fn open<S: KeyValue + ?Sized>(s: &mut S, id: &str) -> Result<Stored, OpenError> {
    // Without the marker the sheet still opens; only the crash guard is missing.
    let _ = mark_opening(s, id);
    let result = load(s, id);
    if result.is_err() {
        let _ = opened(s, id);
    }
    if let Err(OpenError::Unreadable(_)) = &result {
        set_aside(s, id)?;
    }
    result
}

/// The page has shown sheet `id`: the crash marker for it is removed.
///
/// # Errors
/// `Denied` when the store refuses.
pub fn opened<S: KeyValue + ?Sized>(s: &mut S, id: &str) -> Result<(), StoreError> {
    if s.get(OPENING_KEY)?.as_deref() == Some(id) {
        s.remove(OPENING_KEY)?;
    }
    Ok(())
}

/// The library's entry whose stored sheet is exactly `doc` (as this version writes it), if any:
/// opening the same file twice asks before a second copy is added.
///
/// # Errors
/// `Denied` when the store cannot be read.
pub fn same_as<S: KeyValue + ?Sized>(s: &S, doc: &Document) -> Result<Option<Entry>, StoreError> {
    let text = document_to_json(doc);
    for e in index(s)? {
        if s.get(&doc_key(&e.id))?.as_deref() == Some(text.as_str()) {
            return Ok(Some(e));
        }
    }
    Ok(None)
}

/// Renames a sheet in the library.
///
/// # Errors
/// `Denied`/`Full` when the browser refuses; the index is unchanged.
pub fn rename<S: KeyValue + ?Sized>(s: &mut S, id: &str, name: &str) -> Result<(), StoreError> {
    let mut entries = check(s)?.entries;
    match entries.iter_mut().find(|e| e.id == id) {
        Some(e) => {
            e.name = name.to_string();
            // Cleared, the name follows the article again.
            e.named = Some(!is_untitled(name));
        }
        None => return Ok(()),
    }
    write_index(s, &entries)
}

/// A removed sheet, kept in memory so the removal can be undone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    pub entry: Entry,
    pub text: String,
}

/// Removes a sheet; `None` if it was not stored.
///
/// # Errors
/// `Denied`/`Full` when the browser refuses; nothing is removed then.
pub fn remove<S: KeyValue + ?Sized>(s: &mut S, id: &str) -> Result<Option<Removed>, StoreError> {
    let Some(text) = s.get(&doc_key(id))? else { return Ok(None) };
    let mut entries = check(s)?.entries;
    let entry = match entries.iter().position(|e| e.id == id) {
        Some(i) => entries.remove(i),
        None => Entry::new(id, "", "", false),
    };
    write_index(s, &entries)?;
    s.remove(&doc_key(id))?;
    Ok(Some(Removed { entry, text }))
}

/// Puts a removed sheet back, with its name and save time.
///
/// # Errors
/// `Changed` if a sheet is stored under its id again; `Full`/`Denied` when the browser refuses.
pub fn restore<S: KeyValue + ?Sized>(s: &mut S, removed: &Removed) -> Result<(), StoreError> {
    let e = &removed.entry;
    save_text(s, &e.id, &e.name, &removed.text, Seen::Nothing, &e.updated)
}

/// Copies sheet `id` to a new sheet `new_id` named `name`.
///
/// # Errors
/// See `OpenError`; nothing is written on error.
pub fn duplicate<S: KeyValue + ?Sized>(
    s: &mut S,
    id: &str,
    new_id: &str,
    name: &str,
    now: &str,
) -> Result<(), OpenError> {
    let stored = load(s, id)?;
    save(s, new_id, name, &stored.doc, Seen::Nothing, now)?;
    Ok(())
}

/// Every sheet, for a backup: the readable ones, and the ids of those that are not.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct All {
    pub sheets: Vec<Named>,
    pub unreadable: Vec<(SheetId, LoadError)>,
}

/// Every sheet of the library, most recent first.
///
/// # Errors
/// `Denied` when the store cannot be read.
pub fn all<S: KeyValue + ?Sized>(s: &S) -> Result<All, StoreError> {
    let mut out = All::default();
    for e in index(s)? {
        match load(s, &e.id) {
            Ok(st) => out.sheets.push(Named { id: e.id, name: e.name, document: st.doc }),
            Err(OpenError::Unreadable(err)) => out.unreadable.push((e.id, err)),
            Err(OpenError::Missing) => {}
            Err(OpenError::Store(err)) => return Err(err),
        }
    }
    Ok(out)
}

/// A key for setting aside `text` of sheet `id`: `tapak.unreadable.<id>`, or with `.2`, `.3`…
/// when that holds another text already, so nothing set aside earlier is overwritten.
fn aside_key<S: KeyValue + ?Sized>(s: &S, id: &str, text: &str) -> Result<String, StoreError> {
    let mut n = 1usize;
    loop {
        let key = if n == 1 { format!("{ASIDE_PREFIX}{id}") } else { format!("{ASIDE_PREFIX}{id}.{n}") };
        match s.get(&key)? {
            None => return Ok(key),
            Some(t) if t == text => return Ok(key),
            Some(_) => n += 1,
        }
    }
}

/// Sets sheet `id` aside: its text is copied to a `tapak.unreadable.*` key, and only then removed
/// from the library. Returns the key, `None` if no sheet was stored under `id`.
///
/// # Errors
/// `Full`/`Denied` when the copy cannot be written: the sheet then stays where it was.
pub fn set_aside<S: KeyValue + ?Sized>(s: &mut S, id: &str) -> Result<Option<String>, StoreError> {
    let key = doc_key(id);
    let Some(text) = s.get(&key)? else { return Ok(None) };
    let aside = aside_key(s, id, &text)?;
    s.set(&aside, &text)?;
    s.remove(&key)?;
    let checked = check(s)?;
    if checked.differs() {
        // A cache: if this write fails, the next read drops the entry all the same.
        let _ = write_index(s, &checked.entries);
    }
    Ok(Some(aside))
}

/// A sheet set aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Aside {
    /// Its key, `tapak.unreadable.<id>…`.
    pub key: String,
    pub id: String,
    /// The article name, if it can be read; else empty.
    pub name: String,
    pub bytes: usize,
    /// Why it cannot be opened; `None` if it reads as a sheet (the page stopped while opening it).
    pub problem: Option<LoadError>,
}

/// The sheets set aside, by key.
///
/// # Errors
/// `Denied` when the store cannot be read.
pub fn aside<S: KeyValue + ?Sized>(s: &S) -> Result<Vec<Aside>, StoreError> {
    let keys: BTreeSet<String> = s.keys()?.into_iter().filter(|k| k.starts_with(ASIDE_PREFIX)).collect();
    let mut out = Vec::new();
    for key in keys {
        let Some(text) = s.get(&key)? else { continue };
        let id = key.strip_prefix(ASIDE_PREFIX).unwrap_or_default().to_string();
        out.push(Aside {
            name: peek_name(&text).unwrap_or_default(),
            bytes: text.len(),
            problem: document_from_json(&text).err(),
            key,
            id,
        });
    }
    Ok(out)
}

/// The text of a sheet set aside, exactly as it was found.
///
/// # Errors
/// `Denied` when the store cannot be read.
pub fn aside_text<S: KeyValue + ?Sized>(s: &S, key: &str) -> Result<Option<String>, StoreError> {
    if !key.starts_with(ASIDE_PREFIX) {
        return Ok(None);
    }
    s.get(key)
}

/// Removes a sheet set aside (the user asked to).
///
/// # Errors
/// `Denied` when the store refuses.
pub fn remove_aside<S: KeyValue + ?Sized>(s: &mut S, key: &str) -> Result<(), StoreError> {
    if key.starts_with(ASIDE_PREFIX) {
        s.remove(key)?;
    }
    Ok(())
}

/// Puts a sheet set aside back into the library — if it reads as a sheet — under its own id when
/// that is free, else `fresh_id`. Returns the id.
///
/// # Errors
/// `Unreadable` if it still cannot be read; `Missing` if it is gone; nothing changes then.
pub fn put_back<S: KeyValue + ?Sized>(s: &mut S, key: &str, fresh_id: &str, now: &str) -> Result<String, OpenError> {
    let text = aside_text(s, key)?.ok_or(OpenError::Missing)?;
    let doc = document_from_json(&text).map_err(OpenError::Unreadable)?;
    let own = key.strip_prefix(ASIDE_PREFIX).unwrap_or_default();
    let id = if !own.is_empty() && !own.contains('.') && s.get(&doc_key(own))?.is_none() { own } else { fresh_id };
    save(s, id, &doc.article.name, &doc, Seen::Nothing, now)?;
    s.remove(key)?;
    Ok(id.to_string())
}

/// What start-up found and did, for the user to be told.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// The index was missing or damaged, or did not match the sheets, and was put right.
    pub index: Option<Repair>,
    /// Sheets set aside at this start.
    pub set_aside: Vec<SetAside>,
    /// The first release's sheet was moved into the library.
    pub migrated: bool,
    /// The first read or write that failed (what else the report says is still true).
    pub error: Option<StoreError>,
}

impl Report {
    /// Whether there is anything to tell.
    pub fn is_quiet(&self) -> bool {
        self.index.is_none() && self.set_aside.is_empty() && self.error.is_none()
    }

    fn note(&mut self, r: Result<(), StoreError>) {
        if let Err(e) = r {
            self.error.get_or_insert(e);
        }
    }
}

/// How the index was put right at start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repair {
    /// It was missing (while sheets were stored) or `damaged`, and was rebuilt from `sheets`
    /// stored sheets.
    Rebuilt { damaged: bool, sheets: usize },
    /// It listed `dropped` sheets that are gone and missed `added` sheets that are stored.
    Matched { added: usize, dropped: usize },
}

/// A sheet set aside, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetAside {
    pub id: String,
    pub why: Why,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// It cannot be read as a sheet.
    Unreadable(LoadError),
    /// The page stopped while opening it, at the previous start.
    Stopped,
}

/// The sheet start-up opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub id: SheetId,
    pub doc: Document,
    /// Its text as stored.
    pub text: String,
}

/// What start-up found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Startup {
    /// The sheet to open (marked as being opened: call `opened` once it is on screen).
    pub open: Option<Opened>,
    pub report: Report,
    /// Nothing was stored: a first visit.
    pub first_visit: bool,
}

/// Start-up: moves a first-release sheet into the library (as `fresh_id`), sets aside the sheet
/// a previous start died opening, checks the index against the sheets and repairs it, then opens
/// the last open sheet — or, if it cannot be read, sets it aside and opens the next one.
pub fn startup<S: KeyValue + ?Sized>(s: &mut S, fresh_id: &str, now: &str) -> Startup {
    let mut report = Report::default();
    let open = match start(s, fresh_id, now, &mut report) {
        Ok(open) => open,
        Err(e) => {
            report.note(Err(e));
            None
        }
    };
    let first_visit = open.is_none()
        && report.is_quiet()
        && !report.migrated
        && s.keys().is_ok_and(|k| !k.iter().any(|k| k.starts_with(ASIDE_PREFIX)));
    Startup { open, report, first_visit }
}

fn start<S: KeyValue + ?Sized>(
    s: &mut S,
    fresh_id: &str,
    now: &str,
    report: &mut Report,
) -> Result<Option<Opened>, StoreError> {
    let migrated = migrate_legacy(s, fresh_id, now, report);
    report.note(migrated);
    // The previous start died while opening this sheet: set it aside so this one lives. If that
    // cannot be written, the marker stays on it and it is not opened (nor marked over) this time.
    let mut stuck = None;
    if let Some(id) = s.get(OPENING_KEY)? {
        match set_aside(s, &id) {
            Ok(moved) => {
                if moved.is_some() {
                    report.set_aside.push(SetAside { id, why: Why::Stopped });
                }
                let removed = s.remove(OPENING_KEY);
                report.note(removed);
            }
            Err(e) => {
                report.note(Err(e));
                stuck = Some(id);
            }
        }
    }
    let checked = check(s)?;
    for id in &checked.unreadable {
        set_aside_unreadable(s, id, report);
    }
    report.index = match checked.state {
        IndexState::Damaged => Some(Repair::Rebuilt { damaged: true, sheets: checked.entries.len() }),
        IndexState::Missing if !checked.entries.is_empty() => {
            Some(Repair::Rebuilt { damaged: false, sheets: checked.entries.len() })
        }
        _ if checked.differs() => Some(Repair::Matched { added: checked.added, dropped: checked.dropped }),
        _ => None,
    };
    if report.index.is_some() {
        let written = write_index(s, &checked.entries);
        report.note(written);
    }
    // The last open sheet first, then the others, most recent first.
    let mut order = checked.entries;
    newest_first(&mut order);
    let current = s.get(CURRENT_KEY)?;
    if let Some(pos) = current.and_then(|c| order.iter().position(|e| *e.id == *c)) {
        let e = order.remove(pos);
        order.insert(0, e);
    }
    for e in order.iter().filter(|e| stuck.as_deref() != Some(e.id.as_str())) {
        if stuck.is_none() {
            let marked = mark_opening(s, &e.id);
            report.note(marked);
        }
        match load(s, &e.id) {
            Ok(st) => return Ok(Some(Opened { id: e.id.clone(), doc: st.doc, text: st.text })),
            Err(OpenError::Unreadable(_)) => set_aside_unreadable(s, &e.id, report),
            Err(OpenError::Missing) => {}
            Err(OpenError::Store(err)) => return Err(err),
        }
    }
    if stuck.is_none() {
        let removed = s.remove(OPENING_KEY);
        report.note(removed);
    }
    Ok(None)
}

fn set_aside_unreadable<S: KeyValue + ?Sized>(s: &mut S, id: &str, report: &mut Report) {
    let why = match load(s, id) {
        Err(OpenError::Unreadable(e)) => e,
        _ => LoadError::Unreadable { path: None, detail: String::new() },
    };
    match set_aside(s, id) {
        Ok(Some(_)) => report.set_aside.push(SetAside { id: id.to_string(), why: Why::Unreadable(why) }),
        Ok(None) => {}
        Err(e) => report.note(Err(e)),
    }
}

/// Moves the first release's single sheet into the library (or aside, if unreadable); the old
/// key is removed only once its text is stored elsewhere.
fn migrate_legacy<S: KeyValue + ?Sized>(
    s: &mut S,
    fresh_id: &str,
    now: &str,
    report: &mut Report,
) -> Result<(), StoreError> {
    let Some(text) = s.get(LEGACY_KEY)? else { return Ok(()) };
    match document_from_json(&text) {
        Ok(doc) => {
            // Its text as it was: it upgrades on every read, like any older file.
            save_text(s, fresh_id, &doc.article.name, &text, Seen::Nothing, now)?;
            if s.get(CURRENT_KEY)?.is_none() {
                set_current(s, fresh_id)?;
            }
            report.migrated = true;
        }
        Err(e) => {
            let key = aside_key(s, fresh_id, &text)?;
            s.set(&key, &text)?;
            report.set_aside.push(SetAside { id: fresh_id.to_string(), why: Why::Unreadable(e) });
        }
    }
    s.remove(LEGACY_KEY)
}
