//! The company profile in the library: `tapak.profile`, its JSON (`codec::profile`). Read through
//! the door; a save compares the stored text with what this tab last saw, so another tab's
//! change is never overwritten unseen, and one that cannot be read is never overwritten by a
//! save (the card says so and offers to start again only on the user's word).

use super::{KeyValue, StoreError};
use crate::codec::profile::{profile_from_json, profile_to_json};
use crate::codec::LoadError;
use crate::model::quotation::profile::Profile;

pub const KEY: &str = "tapak.profile";

/// What is stored: nothing yet, a profile (and its text), or a text that cannot be read.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    None,
    Profile(Box<Profile>, String),
    Unreadable(String, LoadError),
}

/// The stored profile.
///
/// # Errors
/// `Denied`.
pub fn load<S: KeyValue + ?Sized>(s: &S) -> Result<Stored, StoreError> {
    Ok(match s.get(KEY)? {
        None => Stored::None,
        Some(text) => match profile_from_json(&text) {
            Ok(p) => Stored::Profile(Box::new(p), text),
            Err(e) => Stored::Unreadable(text, e),
        },
    })
}

/// Saves `p` when the stored text is still `seen` (`None`: nothing stored). Returns the text
/// written.
///
/// # Errors
/// `Changed` (another tab, or an unreadable text this tab did not choose to replace), `Full`,
/// `Denied`.
pub fn save<S: KeyValue + ?Sized>(s: &mut S, p: &Profile, seen: Option<&str>) -> Result<String, StoreError> {
    if s.get(KEY)?.as_deref() != seen {
        return Err(StoreError::Changed { key: KEY.into() });
    }
    let text = profile_to_json(p);
    s.set(KEY, &text)?;
    Ok(text)
}

/// Imports a backup's profile: written when none is stored, left when the same is, and put over
/// another (or over a text that cannot be read) only when `replace()` says so. Returns whether
/// it was written.
///
/// # Errors
/// `Full`, `Denied`.
pub fn import<S: KeyValue + ?Sized>(
    s: &mut S,
    p: &Profile,
    replace: impl FnOnce() -> bool,
) -> Result<bool, StoreError> {
    let stored = s.get(KEY)?;
    match &stored {
        Some(text) if *text == profile_to_json(p) => Ok(false),
        Some(_) if !replace() => Ok(false),
        _ => save(s, p, stored.as_deref()).map(|_| true),
    }
}
