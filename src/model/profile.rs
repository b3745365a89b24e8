//! The company profile (issue 14): the exporter's name, address and contacts, bank details, an
//! optional logo (printed only: a link carries no image), and the default payment terms, lead
//! time and validity, entered once and used by every new quotation and PI.
//!
//! A new quotation takes the profile's words wherever its sheet left them empty (`fill`), and
//! "Isi dari profil" puts the profile's words over a quotation's (`apply`). A changed profile
//! changes no quotation already made: a quotation keeps what it was sent with.

use crate::model::document::{Party, QuoteDetails};
use crate::model::phrases::{Lead, Payment};
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

impl Profile {
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
    pub fn apply(&self, d: &mut QuoteDetails) {
        d.exporter = self.exporter.clone();
        d.bank_details.clone_from(&self.bank_details);
        d.validity_days = self.validity_days;
        self.words_into(d);
    }

    /// Whether the logo is a picture Tapak prints (or none).
    pub fn logo_ok(&self) -> bool {
        self.logo.is_empty()
            || (self.logo.len() <= MAX_LOGO_CHARS
                && LOGO_TYPES.iter().any(|t| self.logo.starts_with(t))
                && self.logo[self.logo.find(',').map_or(0, |i| i + 1)..]
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=')))
    }
}
