//! The link format, versions 1 to 4 (written: 4 for a buyer link, 1 for a worksheet link).
//!
//! ```text
//! fragment  = "#q=" payload        (buyer link)   |  "#w=" payload   (worksheet link)
//! payload   = base64url-no-pad( version:u8 · deflate-raw(body) · crc32-le(version · deflated) )
//! body (q)  = postcard(V2Buyer) · postcard(V3Tail) · postcard(V4Tail) — strings, varints,
//!             prices as integer minor units (version 3: the first two parts; version 2: the
//!             first part alone; version 1: postcard(V1Buyer), one article at one term; all read)
//! body (w)  = the document's JSON file (see `codec`), so worksheet links upgrade like files
//! ```
//!
//! Version 4 (issue 28) adds each article's pairs per carton and the buyer's country (ISO
//! 3166 code), and carries the order's cartons, m³ and kg for one article too: the packing facts
//! an FOB buyer asks first.
//!
//! Version 3 (issue 14) adds the standard phrases of the terms, which the buyer's page renders
//! in the buyer's language, and marks a proforma invoice (its number, date, consignee,
//! destination, shipment date and deposit). Version 2's body is its first part, unchanged.
//!
//! Version 2 (issue 14) carries several articles (colourways among them), each with its sizes
//! and quantities, priced at up to three terms; the buyer, the bank details, the order's
//! cartons, m³ and kg, and the materials a CMT buyer supplies. Worksheet links keep version 1
//! (their body is a document file, which carries its own schema).
//!
//! The CRC-32 detects accidental damage — a link cut short by a chat app, a character mistyped
//! or dropped — with certainty for bursts up to 32 bits and with probability 1 − 2⁻³² otherwise.
//! It is **not** a signature: anyone can make a valid link with other prices. A buyer who needs
//! proof should compare with the exporter's PDF or ask.
//!
//! Decoding never panics, whatever the input, and refuses to inflate more than a fixed limit.
//! Versions are never reused: a later format gets the next version and the older ones keep
//! decoding.

use super::buyer::{BuyerArticle, BuyerProforma, BuyerQuote, BuyerShipment, BuyerSize, BuyerTerm, BuyerTier};
use super::crc::crc32;
use crate::codec::{document_from_json, document_to_json, LoadError};
use crate::model::base::currency::Currency;
use crate::model::base::incoterms::Incoterm;
use crate::model::sheet::document::{Document, Party};
use crate::model::sheet::phrases::{code_of, from_code, Lead, LeadKind, Payment, PaymentKind, Remark};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

const VERSION_1: u8 = 1;
const VERSION_2: u8 = 2;
const VERSION_3: u8 = 3;
const VERSION_4: u8 = 4;
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
    /// The browser cannot inflate the link (it has no `DecompressionStream`: older than 2023).
    OldBrowser,
}

/// What a URL fragment holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shared {
    Buyer(Box<BuyerQuote>),
    Worksheet(Box<Document>),
}

#[derive(Serialize, Deserialize)]
struct V1Party(String, String, String);

impl V1Party {
    fn party(self) -> Party {
        Party { name: self.0, address: self.1, contact: self.2 }
    }
}

/// Version 1's body (read, never written any more): one article at one term.
#[derive(Deserialize)]
struct V1Buyer {
    exporter: V1Party,
    number: String,
    date: String,
    validity_days: u32,
    /// (name, code, HS code)
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
    place: String,
    port_of_loading: String,
    payment_terms: String,
    lead_time: String,
    moq: u32,
    notes: String,
}

/// Version 3's body: version 2's, then `V3Tail`.
#[derive(Serialize, Deserialize)]
struct V3Buyer(V2Buyer, V3Tail);

/// Version 4's body: version 3's, then `V4Tail`.
#[derive(Serialize, Deserialize)]
struct V4Buyer(V2Buyer, V3Tail, V4Tail);

/// What version 4 adds: the packing facts.
#[derive(Serialize, Deserialize)]
struct V4Tail {
    /// One per article, in order; 0 for not said.
    pairs_per_carton: Vec<u32>,
    /// ISO 3166-1 alpha-2, or empty.
    destination_country: String,
}

/// What version 3 adds: the standard phrases (codes in the order of `PaymentKind::ALL`,
/// `LeadKind::ALL`, `Remark::ALL`) and, for a proforma invoice, its own words and deposit.
#[derive(Serialize, Deserialize)]
struct V3Tail {
    /// (kind, percent or days)
    payment: Option<(u8, u32)>,
    /// (kind, days)
    lead: Option<(u8, u32)>,
    remarks: Vec<u8>,
    proforma: Option<V3Proforma>,
}

#[derive(Serialize, Deserialize)]
struct V3Proforma {
    number: String,
    date: String,
    consignee: V1Party,
    destination: String,
    shipment_date: String,
    /// in hundredths of a percent
    deposit_pct: i64,
    /// in units of 10^-decimals
    deposit: i64,
}

/// Version 2's body.
#[derive(Serialize, Deserialize)]
struct V2Buyer {
    exporter: V1Party,
    buyer: V1Party,
    number: String,
    date: String,
    validity_days: u32,
    /// ISO 4217 code
    currency: String,
    decimals: u8,
    /// (Incoterms code, named place), one per price column
    terms: Vec<(String, String)>,
    articles: Vec<V2Article>,
    port_of_loading: String,
    payment_terms: String,
    lead_time: String,
    bank_details: String,
    notes: String,
    /// (cartons, m³ in thousandths, kg in tenths)
    shipment: Option<(u32, u64, u64)>,
}

#[derive(Serialize, Deserialize)]
struct V2Article {
    /// (name, code, HS code)
    article: (String, String, String),
    /// (label, foot length in tenths of a millimetre)
    sizes: Vec<(String, u32)>,
    /// (pairs, a unit price per term in units of 10^-decimals)
    tiers: Vec<(u32, Vec<i64>)>,
    /// The order's quantity (one of the tiers).
    order: u32,
    moq: u32,
    supplied: Vec<String>,
}

fn to_minor(value: Decimal, decimals: u32) -> Option<i64> {
    value.checked_mul(Decimal::from(10i64.checked_pow(decimals)?))?.to_i64()
}

fn seal(version: u8, body: &[u8]) -> String {
    let mut bytes = vec![version];
    bytes.extend(miniz_oxide::deflate::compress_to_vec(body, 10));
    let crc = crc32(&bytes);
    bytes.extend(crc.to_le_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The version byte and the inflated body of a sealed payload.
fn open(text: &str, limit: usize) -> Result<(u8, Vec<u8>), LinkError> {
    let (version, deflated) = unseal(text)?;
    miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, limit).map(|body| (version, body)).map_err(
        |e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => LinkError::TooLarge,
            _ => LinkError::Damaged,
        },
    )
}

/// A payload's version and its deflated body, once its checksum holds and its version is known
/// (the buyer's page inflates the body with the browser's own `DecompressionStream`, so its
/// module carries no inflater, and reads it with `read_buyer`).
///
/// # Errors
/// `LinkError` saying why.
pub fn unseal(text: &str) -> Result<(u8, Vec<u8>), LinkError> {
    if text.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLarge);
    }
    let bytes = URL_SAFE_NO_PAD.decode(text.trim()).map_err(|_| LinkError::Damaged)?;
    unseal_bytes(&bytes)
}

/// `unseal` of a payload already decoded from base64 (the buyer's start script decodes it with
/// the browser's `atob`, so the buyer's module carries no base64 decoder).
///
/// # Errors
/// `LinkError` saying why.
pub fn unseal_bytes(bytes: &[u8]) -> Result<(u8, Vec<u8>), LinkError> {
    if bytes.len() > MAX_LINK_CHARS / 4 * 3 {
        return Err(LinkError::TooLarge);
    }
    if bytes.len() < 5 {
        return Err(LinkError::Damaged);
    }
    let (sealed, crc) = bytes.split_at(bytes.len() - 4);
    let stored = u32::from_le_bytes([crc[0], crc[1], crc[2], crc[3]]);
    if crc32(sealed) != stored {
        return Err(LinkError::Damaged);
    }
    let version = sealed[0];
    if !matches!(version, VERSION_1 | VERSION_2 | VERSION_3 | VERSION_4) {
        return Err(LinkError::UnknownVersion(version));
    }
    Ok((version, sealed[1..].to_vec()))
}

/// The payload of a buyer link (without `#q=`), version 3: version 2's body and the tail.
///
/// # Errors
/// `None` only for prices that do not fit 64-bit minor units (absurd figures).
pub fn encode_buyer(q: &BuyerQuote) -> Option<String> {
    let decimals = u8::try_from(q.decimals).ok().filter(|d| *d <= 6)?;
    let party = |p: &Party| V1Party(p.name.clone(), p.address.clone(), p.contact.clone());
    let sizes = |a: &BuyerArticle| -> Option<Vec<(String, u32)>> {
        a.sizes.iter().map(|s| Some((s.label.clone(), to_minor(s.foot_mm, 1)?.try_into().ok()?))).collect()
    };
    let wire = V2Buyer {
        exporter: party(&q.exporter),
        buyer: party(&q.buyer),
        number: q.number.clone(),
        date: q.date.clone(),
        validity_days: q.validity_days,
        currency: q.currency.code().to_string(),
        decimals,
        terms: q.terms.iter().map(|t| (t.incoterm.code().to_string(), t.place.clone())).collect(),
        articles: q
            .articles
            .iter()
            .map(|a| {
                Some(V2Article {
                    article: (a.name.clone(), a.code.clone(), a.hs_code.clone()),
                    sizes: sizes(a)?,
                    tiers: a
                        .tiers
                        .iter()
                        .map(|t| {
                            Some((t.pairs, t.prices.iter().map(|p| to_minor(*p, q.decimals)).collect::<Option<_>>()?))
                        })
                        .collect::<Option<_>>()?,
                    order: a.order.unwrap_or(0),
                    moq: a.moq,
                    supplied: a.supplied.clone(),
                })
            })
            .collect::<Option<_>>()?,
        port_of_loading: q.port_of_loading.clone(),
        payment_terms: q.payment_terms.clone(),
        lead_time: q.lead_time.clone(),
        bank_details: q.bank_details.clone(),
        notes: q.notes.clone(),
        shipment: match q.shipment {
            Some(s) => {
                Some((s.cartons, to_minor(s.cbm, 3)?.try_into().ok()?, to_minor(s.gross_kg, 1)?.try_into().ok()?))
            }
            None => None,
        },
    };
    let tail = V3Tail {
        payment: q.payment.map(|p| (code_of(&PaymentKind::ALL, &p.kind), p.n)),
        lead: q.lead.map(|l| (code_of(&LeadKind::ALL, &l.kind), l.days)),
        remarks: q.remarks.iter().map(|r| code_of(&Remark::ALL, r)).collect(),
        proforma: match &q.proforma {
            Some(pi) => Some(V3Proforma {
                number: pi.number.clone(),
                date: pi.date.clone(),
                consignee: party(&pi.consignee),
                destination: pi.destination.clone(),
                shipment_date: pi.shipment_date.clone(),
                deposit_pct: to_minor(pi.deposit_pct, 2)?,
                deposit: to_minor(pi.deposit, q.decimals)?,
            }),
            None => None,
        },
    };
    let packing = V4Tail {
        pairs_per_carton: q.articles.iter().map(|a| a.pairs_per_carton.unwrap_or(0)).collect(),
        destination_country: q.destination_country.map_or_else(String::new, |c| c.code().to_string()),
    };
    let body = postcard::to_allocvec(&V4Buyer(wire, tail, packing)).ok()?;
    Some(seal(VERSION_4, &body))
}

/// Reads a buyer link's payload (without `#q=`), of version 1, 2 or 3.
///
/// # Errors
/// `LinkError` saying why; never a partly read quote.
pub fn decode_buyer(text: &str) -> Result<BuyerQuote, LinkError> {
    let (version, body) = open(text, MAX_BUYER_BYTES)?;
    read_buyer(version, &body)
}

/// Reads a buyer link's inflated body of `version` (`unseal`), with postcard and the same types
/// the link was written with; every field is then checked as the page needs it.
///
/// # Errors
/// `Damaged` when the body does not hold a whole quotation.
pub fn read_buyer(version: u8, body: &[u8]) -> Result<BuyerQuote, LinkError> {
    let q = match version {
        VERSION_1 => whole::<V1Buyer>(body).and_then(from_v1),
        VERSION_2 => whole::<V2Buyer>(body).and_then(from_v2),
        VERSION_3 => whole::<V3Buyer>(body).and_then(|V3Buyer(v2, tail)| with_tail(from_v2(v2)?, tail)),
        _ => whole::<V4Buyer>(body)
            .and_then(|V4Buyer(v2, tail, packing)| with_packing(with_tail(from_v2(v2)?, tail)?, packing)),
    };
    q.ok_or(LinkError::Damaged)
}

/// The body read whole: nothing left over.
fn whole<T: serde::de::DeserializeOwned>(body: &[u8]) -> Option<T> {
    match postcard::take_from_bytes::<T>(body) {
        Ok((value, [])) => Some(value),
        _ => None,
    }
}

/// `m × 10^-scale` (`Decimal::new` without its panic, which would bring formatting code along).
fn scaled(m: i64, scale: u32) -> Option<Decimal> {
    Decimal::try_new(m, scale).ok()
}

fn sizes(sizes: Vec<(String, u32)>) -> Option<Vec<BuyerSize>> {
    sizes.into_iter().map(|(label, foot)| Some(BuyerSize { label, foot_mm: scaled(foot.into(), 1)? })).collect()
}

/// The currency (ISO 4217 code) and the decimals of the prices (at most 6).
fn money(code: &str, decimals: u8) -> Option<(Currency, u32)> {
    let currency = Currency::from_code(code)?;
    (decimals <= 6).then_some((currency, u32::from(decimals)))
}

/// A version-1 link as the quotation it was: one article at one term (its tiers were issued in
/// ascending order), its order quantity not said.
fn from_v1(v: V1Buyer) -> Option<BuyerQuote> {
    let (currency, decimals) = money(&v.currency, v.decimals)?;
    let tiers: Vec<BuyerTier> = v
        .tiers
        .into_iter()
        .map(|(pairs, price)| Some(BuyerTier { pairs, prices: vec![scaled(price, decimals)?] }))
        .collect::<Option<_>>()?;
    if tiers.is_empty() {
        return None;
    }
    let (name, code, hs_code) = v.article;
    Some(BuyerQuote {
        exporter: v.exporter.party(),
        buyer: Party::default(),
        number: v.number,
        date: v.date,
        validity_days: v.validity_days,
        currency,
        decimals,
        terms: vec![BuyerTerm { incoterm: Incoterm::from_code(&v.incoterm)?, place: v.place }],
        articles: vec![BuyerArticle {
            name,
            code,
            hs_code,
            sizes: sizes(v.sizes)?,
            tiers,
            order: None,
            moq: v.moq,
            supplied: Vec::new(),
            pairs_per_carton: None,
        }],
        port_of_loading: v.port_of_loading,
        payment_terms: v.payment_terms,
        lead_time: v.lead_time,
        bank_details: String::new(),
        notes: v.notes,
        shipment: None,
        payment: None,
        lead: None,
        remarks: Vec::new(),
        proforma: None,
        destination_country: None,
    })
}

/// A version-2 link: one to three terms, every quantity of every article priced at each.
fn from_v2(v: V2Buyer) -> Option<BuyerQuote> {
    let (currency, decimals) = money(&v.currency, v.decimals)?;
    let terms: Vec<BuyerTerm> = v
        .terms
        .into_iter()
        .map(|(code, place)| Some(BuyerTerm { incoterm: Incoterm::from_code(&code)?, place }))
        .collect::<Option<_>>()?;
    let columns = terms.len();
    if columns == 0 || columns > crate::model::quotation::MAX_TERMS || v.articles.is_empty() {
        return None;
    }
    let article = |a: V2Article| -> Option<BuyerArticle> {
        let tiers: Vec<BuyerTier> = a
            .tiers
            .into_iter()
            .map(|(pairs, prices)| {
                // Every quantity has a price at every term.
                let prices: Vec<Decimal> = prices.into_iter().map(|p| scaled(p, decimals)).collect::<Option<_>>()?;
                (prices.len() == columns).then_some(BuyerTier { pairs, prices })
            })
            .collect::<Option<_>>()?;
        let order = tiers.iter().any(|t| t.pairs == a.order).then_some(a.order);
        let (name, code, hs_code) = a.article;
        (!tiers.is_empty()).then_some(BuyerArticle {
            name,
            code,
            hs_code,
            sizes: sizes(a.sizes)?,
            tiers,
            order,
            moq: a.moq,
            supplied: a.supplied,
            pairs_per_carton: None,
        })
    };
    let articles: Vec<BuyerArticle> = v.articles.into_iter().map(article).collect::<Option<_>>()?;
    let shipment = match v.shipment {
        Some((cartons, cbm, kg)) => Some(BuyerShipment {
            cartons,
            cbm: scaled(i64::try_from(cbm).ok()?, 3)?,
            gross_kg: scaled(i64::try_from(kg).ok()?, 1)?,
        }),
        None => None,
    };
    Some(BuyerQuote {
        exporter: v.exporter.party(),
        buyer: v.buyer.party(),
        number: v.number,
        date: v.date,
        validity_days: v.validity_days,
        currency,
        decimals,
        terms,
        articles,
        port_of_loading: v.port_of_loading,
        payment_terms: v.payment_terms,
        lead_time: v.lead_time,
        bank_details: v.bank_details,
        notes: v.notes,
        shipment,
        payment: None,
        lead: None,
        remarks: Vec::new(),
        proforma: None,
        destination_country: None,
    })
}

/// Version 4's packing facts onto the quotation read as version 3: a pairs-per-carton for each
/// article (0: not said), and a known country code or none. Anything else is damage.
fn with_packing(mut q: BuyerQuote, t: V4Tail) -> Option<BuyerQuote> {
    if t.pairs_per_carton.len() != q.articles.len() {
        return None;
    }
    for (a, n) in q.articles.iter_mut().zip(t.pairs_per_carton) {
        a.pairs_per_carton = (n > 0).then_some(n);
    }
    q.destination_country = match t.destination_country.as_str() {
        "" => None,
        code => Some(crate::model::base::country::Country::from_code(code)?),
    };
    Some(q)
}

/// Version 3's tail onto the quotation read as version 2. A code this build does not know is
/// damage (a newer phrase would come with a newer version).
fn with_tail(q: BuyerQuote, t: V3Tail) -> Option<BuyerQuote> {
    let payment = match t.payment {
        Some((kind, n)) => Some(Payment { kind: from_code(&PaymentKind::ALL, kind)?, n }),
        None => None,
    };
    let lead = match t.lead {
        Some((kind, days)) => Some(Lead { kind: from_code(&LeadKind::ALL, kind)?, days }),
        None => None,
    };
    let remarks = t.remarks.into_iter().map(|c| from_code(&Remark::ALL, c)).collect::<Option<_>>()?;
    let decimals = q.decimals;
    let proforma = match t.proforma {
        Some(p) => Some(BuyerProforma {
            number: p.number,
            date: p.date,
            consignee: p.consignee.party(),
            destination: p.destination,
            shipment_date: p.shipment_date,
            deposit_pct: scaled(p.deposit_pct, 2)?,
            deposit: scaled(p.deposit, decimals)?,
        }),
        None => None,
    };
    // A proforma invoice is priced at one term.
    if proforma.is_some() && q.terms.len() != 1 {
        return None;
    }
    Some(BuyerQuote { payment, lead, remarks, proforma, ..q })
}

/// The payload of a worksheet link (without `#w=`): the whole document, costs included.
pub fn encode_worksheet(doc: &Document) -> String {
    seal(VERSION_1, document_to_json(doc).as_bytes())
}

/// Reads a worksheet link's payload (without `#w=`).
///
/// # Errors
/// `LinkError` saying why.
pub fn decode_worksheet(text: &str) -> Result<Document, LinkError> {
    let (_, body) = open(text, MAX_WORKSHEET_BYTES)?;
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
