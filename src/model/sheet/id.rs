//! A sheet's id in the library: what a quotation's line names its sheet by, and what the library
//! stores it under (`tapak.doc.<id>`). A type of its own so it cannot be mixed up with a
//! quotation's id, a line's number or a name.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A library sheet's id (text, as stored; the browser makes new ones at random).
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SheetId(String);

impl SheetId {
    pub fn new(id: impl Into<String>) -> SheetId {
        SheetId(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// No sheet (a quotation line whose sheet was never chosen).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for SheetId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::borrow::Borrow<str> for SheetId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for SheetId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for SheetId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl From<&str> for SheetId {
    fn from(id: &str) -> SheetId {
        SheetId(id.to_string())
    }
}

impl From<String> for SheetId {
    fn from(id: String) -> SheetId {
        SheetId(id)
    }
}

/// Read as text where text is wanted (a storage key, a page's element id): a `SheetId` passes
/// where a `&str` is asked for, never the other way round, so nothing else is taken for one.
impl std::ops::Deref for SheetId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<SheetId> for String {
    fn from(id: SheetId) -> String {
        id.0
    }
}
