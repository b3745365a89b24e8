//! The company profile (issue 14): the exporter's name, address and contacts, bank details, an
//! optional logo (printed only: a link carries no image), and the default payment terms, lead
//! time and validity, entered once and used by every new quotation and PI.
//!
//! A new quotation takes the profile's words wherever its sheet left them empty (`fill`), and
//! "Isi dari profil" puts the profile's words over a quotation's (`apply`). A changed profile
//! changes no quotation already made: a quotation keeps what it was sent with.

use crate::model::sheet::document::{Party, QuoteDetails};
use crate::model::sheet::phrases::{Lead, Payment};
use serde::{Deserialize, Serialize};

/// What a profile file says it is.
pub const KIND: &str = "tapak-profile";

/// The largest logo kept, as a `data:` URL (a 75 KB picture): the whole library lives in the
/// browser's few megabytes of storage.
pub const MAX_LOGO_CHARS: usize = 100_000;

/// The picture types a logo may be (what every browser prints).
pub const LOGO_TYPES: [&str; 3] = ["data:image/png;base64,", "data:image/jpeg;base64,", "data:image/webp;base64,"];

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// Always `KIND`.
    pub kind: String,
    pub exporter: Party,
    #[serde(default)]
    pub bank_details: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<Payment>,
    #[serde(default)]
    pub payment_terms: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<Lead>,
    #[serde(default)]
    pub lead_time: String,
    pub validity_days: u32,
    /// A `data:` URL of a PNG, JPEG or WebP picture; empty: none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub logo: String,
}

impl Default for Profile {
    fn default() -> Profile {
        Profile {
            kind: KIND.into(),
            exporter: Party::default(),
            bank_details: String::new(),
            payment: None,
            payment_terms: String::new(),
            lead: None,
            lead_time: String::new(),
            validity_days: 30,
            logo: String::new(),
        }
    }
}

/// One of the profile's texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileText {
    Name,
    Address,
    Contact,
    BankDetails,
}

/// A change of the company profile, applied by `Profile::apply`. Rules are checked after
/// (`rules::validate_profile`): a change that breaks one is not saved.
#[derive(Clone, Debug, PartialEq)]
pub enum ProfileEdit {
    Text(ProfileText, String),
    ValidityDays(u32),
    /// A change of the standard phrases, as the quotation's words fields send it.
    Words(crate::model::sheet::phrases::WordsEdit),
    /// A logo read from a file's bytes (`logo_data_url`); a file that is no picture is refused by
    /// the rules, the logo kept.
    Logo(Vec<u8>),
    RemoveLogo,
}

impl Profile {
    /// Applies `edit`; returns whether anything changed.
    pub fn apply(&mut self, edit: ProfileEdit) -> bool {
        let before = self.clone();
        match edit {
            ProfileEdit::Text(field, v) => {
                *match field {
                    ProfileText::Name => &mut self.exporter.name,
                    ProfileText::Address => &mut self.exporter.address,
                    ProfileText::Contact => &mut self.exporter.contact,
                    ProfileText::BankDetails => &mut self.bank_details,
                } = v;
            }
            ProfileEdit::ValidityDays(days) => self.validity_days = days,
            ProfileEdit::Words(w) => {
                let mut d = self.details();
                d.apply_words(w);
                self.set_words(&d);
            }
            ProfileEdit::Logo(bytes) => self.logo = logo_data_url(&bytes),
            ProfileEdit::RemoveLogo => self.logo.clear(),
        }
        *self != before
    }

    /// The profile as a quotation's words (its phrases, validity and parties), for the words'
    /// fields the profile card shares with the quotation cards.
    pub fn details(&self) -> QuoteDetails {
        let mut d = QuoteDetails {
            exporter: self.exporter.clone(),
            bank_details: self.bank_details.clone(),
            validity_days: self.validity_days,
            ..QuoteDetails::default()
        };
        self.words_into(&mut d);
        d
    }

    /// Takes the phrases and validity from a quotation's words (the profile card edits them with
    /// the quotation's words fields).
    pub fn set_words(&mut self, d: &QuoteDetails) {
        self.payment = d.payment;
        self.payment_terms.clone_from(&d.payment_terms);
        self.lead = d.lead;
        self.lead_time.clone_from(&d.lead_time);
    }

    fn words_into(&self, d: &mut QuoteDetails) {
        d.payment = self.payment;
        d.payment_terms.clone_from(&self.payment_terms);
        d.lead = self.lead;
        d.lead_time.clone_from(&self.lead_time);
    }

    /// A new quotation's words, completed: where its sheet left the exporter, the bank, the
    /// payment terms or the lead time empty, the profile's are used.
    pub fn fill(&self, d: &mut QuoteDetails) {
        if d.exporter.name.trim().is_empty() && d.exporter.address.trim().is_empty() {
            d.exporter = self.exporter.clone();
        }
        if d.bank_details.trim().is_empty() {
            d.bank_details.clone_from(&self.bank_details);
        }
        if d.payment.is_none() && d.payment_terms.trim().is_empty() {
            d.payment = self.payment;
            d.payment_terms.clone_from(&self.payment_terms);
        }
        if d.lead.is_none() && d.lead_time.trim().is_empty() {
            d.lead = self.lead;
            d.lead_time.clone_from(&self.lead_time);
        }
    }

    /// The profile's words over a quotation's: exporter, bank, payment terms, lead time and
    /// validity ("Isi dari profil"). The buyer, number and date stay.
    pub fn put_over(&self, d: &mut QuoteDetails) {
        d.exporter = self.exporter.clone();
        d.bank_details.clone_from(&self.bank_details);
        d.validity_days = self.validity_days;
        self.words_into(d);
    }

    /// Whether the logo is a picture Tapak prints (or none): a data URL of one of `LOGO_TYPES`
    /// whose bytes begin as that kind of picture does (a text or an SVG renamed `.png` is not).
    pub fn logo_ok(&self) -> bool {
        use base64::Engine;
        if self.logo.is_empty() {
            return true;
        }
        let Some((head, body)) = self.logo.split_once(',') else { return false };
        let well_formed = self.logo.len() <= MAX_LOGO_CHARS
            && body.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='));
        // The first 16 characters are 12 whole bytes: enough for every signature.
        let start =
            base64::engine::general_purpose::STANDARD.decode(body.get(..16).unwrap_or(body)).unwrap_or_default();
        well_formed && picture_kind(&start).is_some_and(|kind| format!("{head},") == kind)
    }
}

/// The data-URL head (one of `LOGO_TYPES`) of the picture whose file begins with `bytes`, read
/// from its signature, never from its name or the type the browser guessed from the name.
pub fn picture_kind(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => Some(LOGO_TYPES[0]),
        [0xFF, 0xD8, 0xFF, ..] => Some(LOGO_TYPES[1]),
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => Some(LOGO_TYPES[2]),
        _ => None,
    }
}

/// A logo file's bytes as the profile keeps them: a data URL of the kind its bytes are, or of
/// no picture kind at all (which `Profile::logo_ok` then refuses with the logo's message).
pub fn logo_data_url(bytes: &[u8]) -> String {
    use base64::Engine;
    let head = picture_kind(bytes).unwrap_or("data:application/octet-stream;base64,");
    format!("{head}{}", base64::engine::general_purpose::STANDARD.encode(bytes))
}

/// A part of the profile, to show where two versions of it differ (another tab's and this
/// one's, when both were changed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfilePart {
    Name,
    Address,
    Contact,
    Bank,
    Validity,
    /// The payment phrase or its settings.
    Payment,
    /// The lead time phrase or its settings.
    Lead,
    Logo,
}

impl ProfilePart {
    /// This part's text as it is shown side by side; `None` where it is no text (settings, a
    /// picture): the row then only says that they differ.
    pub fn text(self, p: &Profile) -> Option<String> {
        match self {
            ProfilePart::Name => Some(p.exporter.name.clone()),
            ProfilePart::Address => Some(p.exporter.address.clone()),
            ProfilePart::Contact => Some(p.exporter.contact.clone()),
            ProfilePart::Bank => Some(p.bank_details.clone()),
            ProfilePart::Validity => Some(p.validity_days.to_string()),
            ProfilePart::Payment | ProfilePart::Lead | ProfilePart::Logo => None,
        }
    }
}

/// The parts in which `a` and `b` differ, in the card's order.
pub fn differing(a: &Profile, b: &Profile) -> Vec<ProfilePart> {
    use ProfilePart::*;
    let same = |part: ProfilePart| match part {
        Name | Address | Contact | Bank | Validity => part.text(a) == part.text(b),
        Payment => (a.payment, &a.payment_terms) == (b.payment, &b.payment_terms),
        Lead => (a.lead, &a.lead_time) == (b.lead, &b.lead_time),
        Logo => a.logo == b.logo,
    };
    [Name, Address, Contact, Bank, Validity, Payment, Lead, Logo].into_iter().filter(|&p| !same(p)).collect()
}
