//! Stored sheets, apart from the browser: the library's rules written once over a small
//! key–value trait, so native tests run the real logic over a map with corrupt values.
//!
//! - `KeyValue`: `get`/`set`/`remove`/`keys` with typed errors (`StoreError`). The browser's
//!   `localStorage` implements it in `ui::shell::storage`; `BTreeMap` and `HashMap` implement it here.
//! - `library`: the sheets, the index, start-up (repair, migration, set-aside, crash marker).
//! - `tab`: this tab's hold on the open sheet (autosave that never overwrites another tab's write).
//! - `quotations`: the quotations of several articles, each under its own key, no index.
//!
//! Storage is never trusted blindly: each `tapak.doc.<id>` is the truth and the index is a cache
//! checked against it; nothing is overwritten on a failed read; a write from another tab is noticed.

pub mod library;
pub mod profile;
pub mod quotations;
pub mod session;
pub mod tab;

use std::collections::{BTreeMap, HashMap};

/// Why storage did not do what was asked. Data only; `i18n::store` words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// No storage, or the browser refuses it (private mode, blocked site data).
    Denied,
    /// The browser's storage quota is used up.
    Full,
    /// The value under `key` is not what Tapak wrote there (not JSON, not the expected shape).
    Corrupt { key: String },
    /// The value under `key` was changed by someone else (another tab) since this tab read it;
    /// nothing was written.
    Changed { key: String },
}

/// A string key–value store: the shape of the browser's `localStorage`.
pub trait KeyValue {
    /// The value under `key`, `None` if there is none.
    ///
    /// # Errors
    /// `Denied` when the store cannot be read.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;

    /// Stores `value` under `key`, replacing what was there.
    ///
    /// # Errors
    /// `Full` when the quota is used up, `Denied` when writing is refused; nothing is changed.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;

    /// Removes `key` (nothing happens if it is absent).
    ///
    /// # Errors
    /// `Denied` when the store refuses.
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;

    /// Every key in the store, in no particular order.
    ///
    /// # Errors
    /// `Denied` when the store cannot be read.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

impl KeyValue for BTreeMap<String, String> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(BTreeMap::get(self, key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        BTreeMap::remove(self, key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(BTreeMap::keys(self).cloned().collect())
    }
}

impl KeyValue for HashMap<String, String> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(HashMap::get(self, key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        HashMap::remove(self, key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(HashMap::keys(self).cloned().collect())
    }
}
