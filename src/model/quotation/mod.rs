//! A quotation of several articles (issue 14): what an exporter sends a buyer for one order —
//! articles and colourways from the library, each with its pairs and further quantities, under
//! up to three Incoterms priced side by side as columns, in one currency, with one price step.
//!
//! A quotation holds no cost. Each line names a sheet of the library (and a colourway of it);
//! the sheet supplies the article's cost, profit, carton and the term's rates (insurance,
//! commission, bank, duty). The quotation supplies what is the order's: the currency, the
//! terms and their places, the price step, the words (`QuoteDetails`), and the key its shared
//! costs are allocated by.
//!
//! **The shipment is the lead sheet's.** Articles packed together share the containers and the
//! per-shipment export costs. The first line's sheet (the lead) says how they travel (mode,
//! container) and what the shipment's export costs are; each article brings its own cartons.
//! A quotation of one article is that sheet's own quote, figure for figure
//! (`model::quotation::combined::price`).
//!
//! Stored in the library beside the sheets (`tapak.quotation.<id>`), and written to a file with
//! the sheets it uses (`sheets`), so a quotation file opens on any machine.

//!
//! The layer (this folder): the quotation, its shared-cost allocation, the combined price of
//! its articles, the proforma invoice and the company profile. Imports `base` to `export`.

pub mod allocation;
pub mod combined;
pub mod edit;
pub mod profile;
pub mod proforma;

use crate::model::base::currency::Currency;
use crate::model::base::incoterms::Incoterm;
use crate::model::base::money::Rounding;
use crate::model::quotation::allocation::Key;
use crate::model::sheet::document::{Document, QuoteDetails};
use crate::model::sheet::id::SheetId;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The version of the quotation file written by this build.
///
/// - 1: lines of library sheets and colourways, up to three terms, the allocation key.
/// - 2: the standard phrases of the words (`QuoteDetails::payment`, `lead`, `remarks`). A
///   version-1 file reads unchanged.
pub const QUOTATION_SCHEMA: u32 = 2;

/// What a quotation file says it is (a sheet's file has no `kind`).
pub const KIND: &str = "tapak-quotation";

/// The most terms a quotation prices side by side.
pub const MAX_TERMS: usize = 3;

/// A quotation: the order's terms and words, and its lines.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quotation {
    /// Always `KIND`.
    pub kind: String,
    pub schema: u32,
    /// Number, date, validity, exporter, buyer, payment terms, lead time, bank, notes.
    pub details: QuoteDetails,
    pub currency: Currency,
    /// One to three terms, each a column of prices; the first is the main one.
    pub terms: Vec<Incoterm>,
    /// The named places, as a sheet's terms hold them (`SalesTerms::named_place`).
    #[serde(default)]
    pub seller_place: String,
    #[serde(default)]
    pub port_of_shipment: String,
    #[serde(default)]
    pub destination_place: String,
    /// The commercial step unit prices are rounded to (USD 0.05); `None`: the smallest unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_step: Option<Decimal>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub step_up: bool,
    #[serde(default)]
    pub rounding: Rounding,
    /// How the shipment's shared costs are allocated among the articles.
    #[serde(default)]
    pub key: Key,
    pub lines: Vec<QuoteLine>,
    /// The proforma invoice issued from it, once accepted (its own words; the quotation's prices
    /// and words are not changed by it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proforma: Option<crate::model::quotation::proforma::ProformaDetails>,
    /// A file's copy of the sheets its lines use, by library id; empty in the library itself.
    /// Read and written by `codec::quotation`, each as a sheet file (upgraded and checked).
    #[serde(skip)]
    pub sheets: BTreeMap<SheetId, Document>,
}

/// One article of the quotation: a library sheet (or a colourway of it) and its quantities.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteLine {
    pub id: u32,
    /// The sheet's library id.
    pub sheet: SheetId,
    /// A colourway of the sheet (`Document::variants`); `None`: the sheet as it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<u32>,
    /// The pairs of this article in the order.
    pub pairs: u32,
    /// Further quantities to quote this article at (the other articles keep theirs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tiers: Vec<u32>,
}

impl QuoteLine {
    /// Adds a further quantity to quote: twice the largest so far (the order's pairs, or 1.000
    /// pairs when there are none yet).
    pub fn add_tier(&mut self) {
        let largest = self.tiers.iter().copied().chain([self.pairs]).max().unwrap_or(0);
        self.tiers.push(if largest == 0 { 1000 } else { largest.saturating_mul(2) });
    }
}

impl Quotation {
    /// An empty quotation in USD, FOB, allocated per pair.
    pub fn empty() -> Quotation {
        Quotation {
            kind: KIND.into(),
            schema: QUOTATION_SCHEMA,
            details: QuoteDetails::default(),
            currency: Currency::USD,
            terms: vec![Incoterm::Fob],
            seller_place: String::new(),
            port_of_shipment: String::new(),
            destination_place: String::new(),
            price_step: None,
            step_up: false,
            rounding: Rounding::HalfUp,
            key: Key::PerPair,
            lines: Vec::new(),
            proforma: None,
            sheets: BTreeMap::new(),
        }
    }

    /// A quotation of one sheet, with that sheet's terms, places, step and words: what a sheet's
    /// own quotation was before quotations held several articles.
    pub fn of_sheet(id: &str, doc: &Document) -> Quotation {
        let t = &doc.terms;
        Quotation {
            details: doc.quote.clone(),
            currency: t.quote_currency,
            terms: vec![t.incoterm],
            seller_place: t.seller_place.clone(),
            port_of_shipment: t.port_of_shipment.clone(),
            destination_place: t.destination_place.clone(),
            price_step: t.price_step,
            step_up: t.step_up,
            rounding: t.rounding,
            lines: vec![QuoteLine {
                id: 1,
                sheet: id.into(),
                variant: None,
                pairs: doc.article.order_pairs,
                tiers: t.tiers.clone(),
            }],
            ..Quotation::empty()
        }
    }

    /// The sheet a line is priced from: the library's sheet, its colourway applied, with the
    /// quotation's currency, term, places, step and words, and the line's quantities. `None`
    /// when the sheet or the colourway cannot be found.
    ///
    /// A line of other pairs than its sheet's order keeps the sheet's size mix: the pairs per
    /// size are scaled to the line's pairs, whole pairs by largest remainder (1.500 pairs of a
    /// 3.250-pair run of 150/400/650/850/650/400/150 are 69/185/300/392/300/185/69).
    pub fn line_sheet(&self, line: &QuoteLine, sheet: &Document, term: Incoterm) -> Option<Document> {
        let mut doc = match line.variant {
            Some(v) => sheet.colourway(v)?,
            None => sheet.clone(),
        };
        if line.pairs != doc.article.order_pairs {
            scale_sizes(&mut doc, line.pairs);
        }
        doc.article.order_pairs = line.pairs;
        let t = &mut doc.terms;
        t.tiers.clone_from(&line.tiers);
        t.quote_currency = self.currency;
        t.incoterm = term;
        t.seller_place.clone_from(&self.seller_place);
        t.port_of_shipment.clone_from(&self.port_of_shipment);
        t.destination_place.clone_from(&self.destination_place);
        t.price_step = self.price_step;
        t.step_up = self.step_up;
        t.rounding = self.rounding;
        doc.quote = self.details.clone();
        Some(doc)
    }

    /// The named place that goes with `term` ("FOB Tanjung Perak, Surabaya", "CIF Busan").
    pub fn named_place(&self, term: Incoterm) -> &str {
        term.place_of(&self.seller_place, &self.port_of_shipment, &self.destination_place)
    }

    /// Sets term column `k` (0, 1 or 2) to `term`, or empties it (`None`). The terms stay distinct
    /// and in order: an emptied column closes up, and a term chosen twice is kept once.
    pub fn set_term(&mut self, k: usize, term: Option<Incoterm>) {
        let mut columns: Vec<Option<Incoterm>> = (0..MAX_TERMS).map(|j| self.terms.get(j).copied()).collect();
        if let Some(slot) = columns.get_mut(k) {
            *slot = term;
        }
        self.terms.clear();
        for t in columns.into_iter().flatten() {
            if !self.terms.contains(&t) {
                self.terms.push(t);
            }
        }
    }

    /// Adds a line of the same sheet as the last line (else `first_sheet`), with no pairs yet.
    pub fn add_line(&mut self, first_sheet: &SheetId) {
        let sheet = self.lines.last().map_or_else(|| first_sheet.clone(), |l| l.sheet.clone());
        let id = self.next_id();
        self.lines.push(QuoteLine { id, sheet, variant: None, pairs: 0, tiers: Vec::new() });
    }

    /// The proforma invoice's words, to change: those kept, else a new PI dated `today`
    /// (`ProformaDetails::from_quotation`).
    pub fn proforma_mut(&mut self, today: &str) -> &mut crate::model::quotation::proforma::ProformaDetails {
        let (details, destination) = (&self.details, &self.destination_place);
        self.proforma.get_or_insert_with(|| {
            crate::model::quotation::proforma::ProformaDetails::from_quotation(details, destination, today)
        })
    }

    /// How a message names line `id`: its number and its article as the library has it, with
    /// its colourway ("3 · Sandal jepit — Hitam"); the number alone when the sheet is gone.
    pub fn line_title(&self, id: u32, library: &BTreeMap<SheetId, Document>) -> String {
        let line = self.lines.iter().find(|l| l.id == id);
        let sheet = line.and_then(|l| library.get(&l.sheet));
        let name = match (line.and_then(|l| l.variant), sheet) {
            (Some(v), Some(s)) => s.colourway(v).map_or_else(|| s.article.name.clone(), |d| d.article.name),
            (None, Some(s)) => s.article.name.clone(),
            (_, None) => String::new(),
        };
        if name.trim().is_empty() {
            id.to_string()
        } else {
            format!("{id} · {name}")
        }
    }

    /// The next free line id (for a new line).
    pub fn next_id(&self) -> u32 {
        self.lines.iter().map(|l| l.id).max().map_or(1, |m| m.saturating_add(1))
    }
}

/// Scales a per-size assortment to `pairs` (largest remainder), keeping its mix. A ratio per
/// carton, or no quantities, is left as it is.
fn scale_sizes(doc: &mut Document, pairs: u32) {
    use crate::model::base::money::Frac;
    use crate::model::base::sizes::Assortment;
    use crate::model::quotation::allocation::{in_minor_units, shares, Key, Measures};
    let s = &mut doc.sizes;
    if s.assortment != Assortment::PairsPerSize || s.total_quantity() == 0 {
        return;
    }
    let measures: Vec<Measures> =
        s.sizes.iter().map(|z| Measures { pairs: z.quantity, cbm: Decimal::ZERO, value: Decimal::ZERO }).collect();
    let scaled = shares(Frac::from(Decimal::from(pairs)), &measures, Key::PerPair)
        .and_then(|parts| in_minor_units(Frac::from(Decimal::from(pairs)), &parts, 0, Currency::IDR));
    if let Ok(scaled) = scaled {
        for (z, n) in s.sizes.iter_mut().zip(scaled) {
            z.quantity = rust_decimal::prelude::ToPrimitive::to_u32(&n.amount()).unwrap_or(0);
        }
    }
}
