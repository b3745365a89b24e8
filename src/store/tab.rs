//! This tab's hold on the open sheet: which sheet it is, the text this tab last read or wrote
//! under its key, and whether another tab has written that key since.
//!
//! Every save compares the stored text with what this tab last saw (`library::Seen`). When
//! another tab has written in between — seen through the browser's `storage` event, or found at
//! the next save — the tab is *in conflict*: it saves nothing until the user chooses to take the
//! other tab's version or to keep this one (which then saves over it).

use super::library::{self, doc_key, OpenError, Seen, Stored};
use super::{KeyValue, StoreError};
use crate::codec::{document_from_json, document_to_json};
use crate::model::sheet::document::Document;

/// The open sheet of one tab.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tab {
    id: String,
    /// The sheet's text as this tab last read or wrote it; `None` if it is not stored yet.
    seen: Option<String>,
    conflict: bool,
}

/// What an autosave did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Autosave {
    Written,
    /// The sheet is stored as it is on screen: nothing to write.
    Unchanged,
    /// Another tab wrote this sheet; nothing is saved until the user chooses (`in_conflict`).
    Held,
}

impl Tab {
    /// A tab on sheet `id`, whose stored text is `seen` (`None`: not stored yet).
    pub fn new(id: impl Into<String>, seen: Option<String>) -> Tab {
        Tab { id: id.into(), seen, conflict: false }
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// Another tab changed this sheet and the user has not chosen yet.
    pub fn in_conflict(&self) -> bool {
        self.conflict
    }

    /// Whether `doc` differs from what this tab last read or wrote.
    pub fn is_dirty(&self, doc: &Document) -> bool {
        self.seen.as_deref() != Some(document_to_json(doc).as_str())
    }

    /// Saves `doc` (added to the library as `name` if new) unless it is stored as it is, or
    /// another tab wrote the sheet since this tab saw it: then the tab is in conflict and
    /// nothing is written.
    ///
    /// # Errors
    /// `Full`/`Denied` when the browser refuses; the stored sheet is unchanged.
    pub fn save<S: KeyValue + ?Sized>(
        &mut self,
        s: &mut S,
        doc: &Document,
        name: &str,
        now: &str,
    ) -> Result<Autosave, StoreError> {
        if self.conflict {
            return Ok(Autosave::Held);
        }
        let text = document_to_json(doc);
        if self.seen.as_deref() == Some(text.as_str()) {
            return Ok(Autosave::Unchanged);
        }
        let seen = self.seen.as_deref().map_or(Seen::Nothing, Seen::Text);
        match library::save_text(s, &self.id, name, &text, seen, now) {
            Ok(()) => {
                self.seen = Some(text);
                // Only which sheet the next start opens; the sheet itself is saved.
                let _ = library::set_current(s, &self.id);
                Ok(Autosave::Written)
            }
            Err(StoreError::Changed { .. }) => {
                self.conflict = true;
                Ok(Autosave::Held)
            }
            Err(e) => Err(e),
        }
    }

    /// A key changed in another tab (the browser's `storage` event; `key` is `None` when that
    /// tab cleared the storage). Returns true if it is this sheet and it now differs from what is
    /// on screen (`doc`): the tab is then in conflict.
    pub fn noticed(&mut self, key: Option<&str>, new_value: Option<&str>, doc: &Document) -> bool {
        let new_value = match key {
            Some(k) if k == doc_key(&self.id) => new_value,
            Some(_) => return false,
            None => None,
        };
        if new_value == self.seen.as_deref() {
            return false;
        }
        // The same sheet as on screen (both tabs made the same change, or only the layout of the
        // text differs): nothing to choose.
        if let Some(text) = new_value {
            if document_from_json(text).is_ok_and(|theirs| &theirs == doc) {
                self.seen = Some(text.to_string());
                return false;
            }
        }
        self.conflict = true;
        true
    }

    /// Ends a conflict keeping this tab's sheet: the next save replaces the other tab's write.
    ///
    /// # Errors
    /// `Denied` when the store cannot be read; the conflict stays.
    pub fn keep_mine<S: KeyValue + ?Sized>(&mut self, s: &S) -> Result<(), StoreError> {
        self.seen = s.get(&doc_key(&self.id))?;
        self.conflict = false;
        Ok(())
    }

    /// Ends a conflict taking the stored sheet (the other tab's write).
    ///
    /// # Errors
    /// See `OpenError` (`Missing`: the other tab deleted it); the conflict stays.
    pub fn take_theirs<S: KeyValue + ?Sized>(&mut self, s: &S) -> Result<Document, OpenError> {
        let Stored { doc, text } = library::load(s, &self.id)?;
        self.seen = Some(text);
        self.conflict = false;
        Ok(doc)
    }

    /// Moves this tab to another sheet (opened, new, imported), stored as `seen`.
    pub fn switch(&mut self, id: impl Into<String>, seen: Option<String>) {
        *self = Tab::new(id, seen);
    }

    /// Keeps this tab's version as a new sheet `new_id` rather than lose it or overwrite the
    /// other tab's write (the page is closing in a conflict). The tab goes on with the new sheet.
    ///
    /// # Errors
    /// `Full`/`Denied` when the browser refuses; the tab is unchanged.
    pub fn fork<S: KeyValue + ?Sized>(
        &mut self,
        s: &mut S,
        new_id: &str,
        name: &str,
        doc: &Document,
        now: &str,
    ) -> Result<(), StoreError> {
        let text = library::save(s, new_id, name, doc, Seen::Nothing, now)?;
        self.switch(new_id, Some(text));
        let _ = library::set_current(s, new_id);
        Ok(())
    }
}
