//! The link format, version 1.
//!
//! ```text
//! fragment  = "#q=" payload        (buyer link)   |  "#w=" payload   (worksheet link)
//! payload   = base64url-no-pad( version:u8 · deflate-raw(body) · crc32-le(version · deflated) )
//! body (q)  = postcard(V1Buyer)    — strings, varints, prices as integer minor units
//! body (w)  = the document's JSON file (see `codec`), so worksheet links upgrade like files
//! ```
//!
//! The CRC-32 detects accidental damage — a link cut short by a chat app, a character mistyped
//! or dropped — with certainty for bursts up to 32 bits and with probability 1 − 2⁻³² otherwise.
//! It is **not** a signature: anyone can make a valid link with other prices. A buyer who needs
//! proof should compare with the exporter's PDF or ask.
//!
//! Decoding never panics, whatever the input, and refuses to inflate more than a fixed limit.
//! Versions are never reused: a later format gets version 2 and version 1 keeps decoding.

use super::buyer::{BuyerQuote, BuyerSize, BuyerTier};
use super::crc::crc32;
use crate::codec::{document_from_json, document_to_json, LoadError};
use crate::model::currency::Currency;
use crate::model::document::{Document, Party};
use crate::model::incoterms::Incoterm;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

const VERSION_1: u8 = 1;
/// The most a buyer link may inflate to (a typical one is about 500 bytes).
pub const MAX_BUYER_BYTES: usize = 64 * 1024;
/// The most a worksheet link may inflate to.
pub const MAX_WORKSHEET_BYTES: usize = 1024 * 1024;
/// Longest link text accepted before any decoding (chat apps stop far below this).
pub const MAX_LINK_CHARS: usize = 200_000;

/// Why a link cannot be opened. Data only; `i18n` words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The link is cut short, mistyped or changed: its checksum or its contents do not hold.
    Damaged,
    /// Made by a newer Tapak than this one.
    UnknownVersion(u8),
    /// It would inflate beyond the limit.
    TooLarge,
    /// A worksheet link whose document cannot be read.
    Document(LoadError),
}

/// What a URL fragment holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shared {
    Buyer(Box<BuyerQuote>),
    Worksheet(Box<Document>),
}

#[derive(Serialize, Deserialize)]
struct V1Party(String, String, String);

#[derive(Serialize, Deserialize)]
struct V1Buyer {
    exporter: V1Party,
    number: String,
    date: String,
    validity_days: u32,
    article: (String, String, String),
    /// (label, foot length in tenths of a millimetre)
    sizes: Vec<(String, u32)>,
    /// ISO 4217 code
    currency: String,
    decimals: u8,
    /// (pairs, unit price in units of 10^-decimals)
    tiers: Vec<(u32, i64)>,
    /// Incoterms code
    incoterm: String,
    named_place: String,
    port_of_loading: String,
    payment_terms: String,
    lead_time: String,
    moq: u32,
    notes: String,
}

fn to_minor(value: Decimal, decimals: u32) -> Option<i64> {
    value.checked_mul(Decimal::from(10i64.checked_pow(decimals)?))?.to_i64()
}

fn seal(body: &[u8]) -> String {
    let mut bytes = vec![VERSION_1];
    bytes.extend(miniz_oxide::deflate::compress_to_vec(body, 10));
    let crc = crc32(&bytes);
    bytes.extend(crc.to_le_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

fn open(text: &str, limit: usize) -> Result<Vec<u8>, LinkError> {
    if text.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLarge);
    }
    let bytes = URL_SAFE_NO_PAD.decode(text.trim()).map_err(|_| LinkError::Damaged)?;
    if bytes.len() < 5 {
        return Err(LinkError::Damaged);
    }
    let (sealed, crc) = bytes.split_at(bytes.len() - 4);
    let stored = u32::from_le_bytes([crc[0], crc[1], crc[2], crc[3]]);
    if crc32(sealed) != stored {
        return Err(LinkError::Damaged);
    }
    match sealed[0] {
        VERSION_1 => {}
        v => return Err(LinkError::UnknownVersion(v)),
    }
    miniz_oxide::inflate::decompress_to_vec_with_limit(&sealed[1..], limit).map_err(|e| match e.status {
        miniz_oxide::inflate::TINFLStatus::HasMoreOutput => LinkError::TooLarge,
        _ => LinkError::Damaged,
    })
}

/// The payload of a buyer link (without `#q=`).
///
/// # Errors
/// `None` only for prices that do not fit 64-bit minor units (absurd figures).
pub fn encode_buyer(q: &BuyerQuote) -> Option<String> {
    let decimals = u8::try_from(q.decimals).ok().filter(|d| *d <= 6)?;
    let wire = V1Buyer {
        exporter: V1Party(q.exporter.name.clone(), q.exporter.address.clone(), q.exporter.contact.clone()),
        number: q.number.clone(),
        date: q.date.clone(),
        validity_days: q.validity_days,
        article: (q.article_name.clone(), q.article_code.clone(), q.hs_code.clone()),
        sizes: q
            .sizes
            .iter()
            .map(|s| Some((s.label.clone(), to_minor(s.foot_mm, 1)?.try_into().ok()?)))
            .collect::<Option<_>>()?,
        currency: q.currency.code().to_string(),
        decimals,
        tiers: q.tiers.iter().map(|t| Some((t.pairs, to_minor(t.unit_price, q.decimals)?))).collect::<Option<_>>()?,
        incoterm: q.incoterm.code().to_string(),
        named_place: q.named_place.clone(),
        port_of_loading: q.port_of_loading.clone(),
        payment_terms: q.payment_terms.clone(),
        lead_time: q.lead_time.clone(),
        moq: q.moq,
        notes: q.notes.clone(),
    };
    let body = postcard::to_allocvec(&wire).ok()?;
    Some(seal(&body))
}

/// Reads a buyer link's payload (without `#q=`).
///
/// # Errors
/// `LinkError` saying why; never a partly read quote.
pub fn decode_buyer(text: &str) -> Result<BuyerQuote, LinkError> {
    let body = open(text, MAX_BUYER_BYTES)?;
    let (w, rest): (V1Buyer, &[u8]) = postcard::take_from_bytes(&body).map_err(|_| LinkError::Damaged)?;
    if !rest.is_empty() || w.decimals > 6 || w.tiers.is_empty() {
        return Err(LinkError::Damaged);
    }
    let currency = Currency::from_code(&w.currency).ok_or(LinkError::Damaged)?;
    let incoterm = Incoterm::from_code(&w.incoterm).ok_or(LinkError::Damaged)?;
    let decimals = u32::from(w.decimals);
    Ok(BuyerQuote {
        exporter: Party { name: w.exporter.0, address: w.exporter.1, contact: w.exporter.2 },
        number: w.number,
        date: w.date,
        validity_days: w.validity_days,
        article_name: w.article.0,
        article_code: w.article.1,
        hs_code: w.article.2,
        sizes: w
            .sizes
            .into_iter()
            .map(|(label, tenths)| BuyerSize { label, foot_mm: Decimal::new(tenths.into(), 1) })
            .collect(),
        currency,
        decimals,
        tiers: w
            .tiers
            .into_iter()
            .map(|(pairs, minor)| BuyerTier { pairs, unit_price: Decimal::new(minor, decimals) })
            .collect(),
        incoterm,
        named_place: w.named_place,
        port_of_loading: w.port_of_loading,
        payment_terms: w.payment_terms,
        lead_time: w.lead_time,
        moq: w.moq,
        notes: w.notes,
    })
}

/// The payload of a worksheet link (without `#w=`): the whole document, costs included.
pub fn encode_worksheet(doc: &Document) -> String {
    seal(document_to_json(doc).as_bytes())
}

/// Reads a worksheet link's payload (without `#w=`).
///
/// # Errors
/// `LinkError` saying why.
pub fn decode_worksheet(text: &str) -> Result<Document, LinkError> {
    let body = open(text, MAX_WORKSHEET_BYTES)?;
    let json = std::str::from_utf8(&body).map_err(|_| LinkError::Damaged)?;
    document_from_json(json).map_err(LinkError::Document)
}

/// Reads a URL fragment (`#q=…` or `#w=…`, with or without the `#`). `None` when the fragment
/// is not a Tapak link at all (empty, or some other anchor).
pub fn parse_fragment(fragment: &str) -> Option<Result<Shared, LinkError>> {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    if let Some(p) = f.strip_prefix("q=") {
        Some(decode_buyer(p).map(|q| Shared::Buyer(Box::new(q))))
    } else {
        f.strip_prefix("w=").map(|p| decode_worksheet(p).map(|d| Shared::Worksheet(Box::new(d))))
    }
}
