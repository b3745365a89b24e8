//! The company profile as JSON (`{ "kind": "tapak-profile", "exporter": {…}, … }`), stored under
//! `tapak.profile` and carried by the backup. Read through the one door: parsed, then held to
//! `rules::validate_profile` (a logo that is no picture, a deposit of 130 %, are refused).

use super::{read, LoadError};
use crate::model::quotation::profile::{Profile, KIND};
use crate::model::rules::validate_profile;

/// The most a profile may weigh (its logo is most of it).
pub const MAX_PROFILE_BYTES: usize = 2 * crate::model::quotation::profile::MAX_LOGO_CHARS;

/// Reads a profile.
///
/// # Errors
/// `LoadError` saying why; nothing of it is used then.
pub fn profile_from_json(text: &str) -> Result<Profile, LoadError> {
    if text.len() > MAX_PROFILE_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    let p: Profile = read(text)?;
    if p.kind != KIND {
        return Err(LoadError::Unreadable { path: Some("kind".into()), detail: format!("kind {:?}", p.kind) });
    }
    let problems = validate_profile(&p);
    if problems.is_empty() {
        Ok(p)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// The profile's JSON (compact: it is stored as it is).
pub fn profile_to_json(p: &Profile) -> String {
    serde_json::to_string(p).unwrap_or_default()
}
