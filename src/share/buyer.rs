//! The buyer's view of a quote, frozen as issued.

use crate::model::currency::Currency;
use crate::model::document::{Document, Party};
use crate::model::incoterms::Incoterm;
use crate::model::quote::Quote;
use rust_decimal::Decimal;

/// One size as the buyer sees it: the maker's label and the foot length it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuyerSize {
    pub label: String,
    pub foot_mm: Decimal,
}

/// One quantity and its quoted unit price (already rounded; the total is unit × pairs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuyerTier {
    pub pairs: u32,
    pub unit_price: Decimal,
}

impl BuyerTier {
    /// `unit price × pairs`; `None` only for absurd figures.
    pub fn total(&self) -> Option<Decimal> {
        self.unit_price.checked_mul(Decimal::from(self.pairs))
    }
}

/// Everything a buyer link carries. By construction there is no place in it for a material,
/// labour, overhead, margin, exchange rate, FX buffer or supplier figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuyerQuote {
    pub exporter: Party,
    pub number: String,
    /// Issue date, `YYYY-MM-DD` (may be empty).
    pub date: String,
    pub validity_days: u32,
    pub article_name: String,
    pub article_code: String,
    pub hs_code: String,
    pub sizes: Vec<BuyerSize>,
    pub currency: Currency,
    /// Decimal places of the unit prices.
    pub decimals: u32,
    pub tiers: Vec<BuyerTier>,
    pub incoterm: Incoterm,
    pub named_place: String,
    pub port_of_loading: String,
    pub payment_terms: String,
    pub lead_time: String,
    pub moq: u32,
    pub notes: String,
}

/// Why a quote cannot be shared yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotReady {
    /// Some quantity has no price (the quote lists what is missing).
    Unpriced {
        pairs: u32,
    },
    NoQuantity,
    /// A cost is left out or refused, or the term lacks an input: the quote lists which
    /// (`Quote::blockers`, `Quote::cost_issues`); nothing provisional is ever sent.
    Incomplete,
}

/// The phone number in a contact line, as WhatsApp wants it (digits, country code first):
/// "+62 812 0000 0000 · sales@x.id" → "6281200000000"; a leading 0 is read as Indonesia (+62).
pub fn whatsapp_number(contact: &str) -> Option<String> {
    contact
        .split(['·', ',', ';', '/', '|'])
        .map(|part| part.chars().filter(char::is_ascii_digit).collect::<String>())
        .find(|digits| digits.len() >= 8 && digits.len() <= 15 && !contact.contains(&format!("@{digits}")))
        .map(|d| if let Some(rest) = d.strip_prefix('0') { format!("62{rest}") } else { d })
}

/// The e-mail address in a contact line, if any.
pub fn email_address(contact: &str) -> Option<String> {
    contact
        .split(|c: char| c.is_whitespace() || matches!(c, '·' | ',' | ';' | '<' | '>' | '(' | ')'))
        .find(|w| {
            let mut parts = w.split('@');
            matches!((parts.next(), parts.next(), parts.next()), (Some(a), Some(d), None) if !a.is_empty() && d.contains('.'))
        })
        .map(str::to_string)
}

impl BuyerQuote {
    /// The last day the quote holds (`date + validity`), when the date is a real date.
    pub fn valid_until(&self) -> Option<crate::model::date::Date> {
        crate::model::date::last_day(&self.date, self.validity_days)
    }

    /// Freezes the quote as issued: the rounded unit prices, the terms, the words.
    ///
    /// # Errors
    /// `NotReady` when a quantity has no price.
    pub fn issue(doc: &Document, quote: &Quote) -> Result<BuyerQuote, NotReady> {
        if quote.tiers.is_empty() {
            return Err(NotReady::NoQuantity);
        }
        if !quote.blockers().is_empty() {
            return Err(NotReady::Incomplete);
        }
        let mut tiers = Vec::with_capacity(quote.tiers.len());
        for t in &quote.tiers {
            let unit = t.unit_price.ok_or(NotReady::Unpriced { pairs: t.pairs })?;
            tiers.push(BuyerTier { pairs: t.pairs, unit_price: unit.amount });
        }
        tiers.sort_by_key(|t| t.pairs);
        let q = &doc.quote;
        Ok(BuyerQuote {
            exporter: q.exporter.clone(),
            number: q.number.clone(),
            date: q.date.clone(),
            validity_days: q.validity_days,
            article_name: doc.article.name.clone(),
            article_code: doc.article.code.clone(),
            hs_code: doc.article.hs_code.clone(),
            sizes: doc.sizes.sizes.iter().map(|s| BuyerSize { label: s.label.clone(), foot_mm: s.foot_mm }).collect(),
            currency: quote.currency,
            decimals: quote.decimals,
            tiers,
            incoterm: quote.term,
            named_place: doc.terms.named_place(quote.term).to_string(),
            port_of_loading: doc.terms.port_of_shipment.clone(),
            payment_terms: q.payment_terms.clone(),
            lead_time: q.lead_time.clone(),
            moq: doc.terms.moq,
            // A CMT price says what it covers, in the trade's language, before the exporter's notes.
            notes: match crate::i18n::notes::cmt_covers(doc, crate::i18n::Lang::En) {
                Some(cmt) if q.notes.trim().is_empty() => cmt,
                Some(cmt) => format!("{cmt}\n{}", q.notes),
                None => q.notes.clone(),
            },
        })
    }
}
