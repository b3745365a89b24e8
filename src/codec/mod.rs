//! Wire formats, apart from the core and the UI: the document as a JSON file (the app's saved
//! file, the CLI's input, the browser autosave).
//!
//! Decimals are JSON strings ("38000", "2.4") so no reader turns them into floats. Every file
//! carries `schema`; older schemas are read and upgraded, newer ones are refused with a clear
//! error instead of being half-read.

pub mod backup;
pub mod profile;
pub mod quotation;

use crate::model::base::date::Date;
use crate::model::base::incoterms::Incoterm;
use crate::model::base::units::Unit;
use crate::model::rules::{validate, Problem};
use crate::model::sheet::document::{Document, SCHEMA_VERSION};

/// Why a document file could not be read. Data only; the UI words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, or not a Tapak document. `path` is where the reader stopped
    /// (`materials[2].net_consumption`), when it got that far; `detail` is the parser's own
    /// message, shown only behind a "details" toggle.
    Unreadable { path: Option<String>, detail: String },
    /// Written by a newer Tapak than this one.
    TooNew { schema: u32 },
    /// The file is larger than any document this app writes (a guard before parsing).
    TooLarge { bytes: usize },
    /// Every value was read, but some break the rules typing obeys (`model::rules`).
    Invalid(Vec<Problem>),
}

/// Largest document file accepted: far above a 500-line sheet (≈ 200 KB).
pub const MAX_DOCUMENT_BYTES: usize = 4 * 1024 * 1024;

/// Parses JSON into `T`, saying where a value does not fit (`materials[2].net_consumption`).
fn read<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, LoadError> {
    serde_json::from_str(text)
        .map_err(|e| LoadError::Unreadable { path: path_at(text, e.line(), e.column()), detail: e.to_string() })
}

/// The JSON path (`materials[2].net_consumption`) of the value at a 1-based line and column,
/// found by scanning the text up to there. (The `serde_path_to_error` crate does this by wrapping
/// the deserializer, which doubles Document's deserialisation code: +7.5 KB brotli in the wasm,
/// measured 2026-11-30. Errors are rare; a scan of the text when one happens costs nothing.)
pub fn path_at(text: &str, line: usize, column: usize) -> Option<String> {
    #[derive(Clone)]
    enum Step {
        Key(String),
        Index(usize),
    }
    // The byte offset of (line, column).
    let start = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum::<usize>();
    let mut end = (start + column).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut stack: Vec<(bool, Option<Step>)> = Vec::new(); // (is object, current step)
    let mut chars = text[..end].char_indices().peekable();
    let mut last_string = String::new();
    while let Some((_, c)) = chars.next() {
        match c {
            '"' => {
                last_string.clear();
                while let Some((_, c)) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        c => last_string.push(c),
                    }
                }
            }
            '{' => stack.push((true, None)),
            '[' => stack.push((false, Some(Step::Index(0)))),
            '}' | ']' => {
                stack.pop();
            }
            ':' => {
                if let Some((true, step)) = stack.last_mut() {
                    *step = Some(Step::Key(last_string.clone()));
                }
            }
            ',' => {
                if let Some((false, Some(Step::Index(i)))) = stack.last_mut() {
                    *i += 1;
                }
            }
            _ => {}
        }
    }
    let mut out = String::new();
    for (_, step) in &stack {
        match step {
            Some(Step::Key(k)) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Some(Step::Index(i)) => out.push_str(&format!("[{i}]")),
            None => {}
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Reads a document file of any known schema, upgrades it to the current one, and applies the
/// field rules (`model::rules::validate`): this is the one door files, backups, worksheet links,
/// the browser's autosave and the CLI all come through.
///
/// # Errors
/// `LoadError` saying why; the input is never partly applied.
pub fn document_from_json(text: &str) -> Result<Document, LoadError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    #[derive(serde::Deserialize)]
    struct Header {
        schema: u32,
    }
    let header: Header = read(text)?;
    if header.schema > SCHEMA_VERSION || header.schema == 0 {
        return Err(LoadError::TooNew { schema: header.schema });
    }
    let mut doc: Document = read(text)?;
    upgrade(&mut doc);
    let problems = validate(&doc);
    if problems.is_empty() {
        Ok(doc)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// Brings a document read at an older schema to the current one.
///
/// - 1 → 2 only added parts with serde defaults, so reading is the whole migration.
/// - 2 → 3: the one shipment place of EXW, FCA, FAS and FOB goes where the chosen term says it
///   belongs (the seller's place for EXW/FCA, else the port of shipment), the port of loading
///   becomes the port of shipment, and `check_places` asks the user to look; the kodi unit
///   (then 20 pieces) becomes `KodiPcs`, so every figure stays what it was.
/// - Quote dates typed day-first before dates were checked (`30/11/2026`) become ISO dates;
///   anything else is left for `validate` to refuse.
pub fn upgrade(doc: &mut Document) {
    let t = &mut doc.terms;
    let loading = std::mem::take(&mut doc.quote.port_of_loading);
    if t.port_of_shipment.trim().is_empty() {
        t.port_of_shipment = loading;
    }
    let legacy = std::mem::take(&mut t.shipment_place);
    if !legacy.trim().is_empty() {
        match t.incoterm {
            // The quote's title read "EXW <place>": that place is the seller's.
            Incoterm::Exw | Incoterm::Fca => {
                if t.seller_place.trim().is_empty() {
                    t.seller_place = legacy;
                }
            }
            // "FOB <place>": that place is the port of shipment, whatever the port of loading said.
            Incoterm::Fas | Incoterm::Fob => t.port_of_shipment = legacy,
            // A C- or D-term: the old place only showed beside E/F-terms; keep the port of
            // loading as the port, and a different old place as the seller's.
            _ => {
                if t.port_of_shipment.trim().is_empty() {
                    t.port_of_shipment = legacy;
                } else if t.port_of_shipment != legacy && t.seller_place.trim().is_empty() {
                    t.seller_place = legacy;
                }
            }
        }
        t.check_places = true;
    }
    if doc.schema < 3 {
        // Schema 2 priced CIP at the one premium rate: keep that figure (ICC (A) can be set now).
        if t.insurance_rate_a_pct.is_none() {
            t.insurance_rate_a_pct = t.insurance_rate_pct;
        }
        // The quote date was free text: what does not read as a date is kept aside, shown
        // under the date field, rather than refusing the whole sheet.
        if !doc.quote.date.trim().is_empty() && Date::parse_typed(&doc.quote.date).is_none() {
            doc.quote.old_date = std::mem::take(&mut doc.quote.date);
        }
        for m in &mut doc.materials {
            for u in [&mut m.unit, &mut m.price_unit] {
                if *u == Unit::Kodi {
                    *u = Unit::KodiPcs;
                }
            }
        }
    }
    if let Some(d) = Date::parse_typed(&doc.quote.date) {
        doc.quote.date = d.to_string();
    }
    doc.schema = SCHEMA_VERSION;
}

/// Writes a document file (pretty-printed, so a person can read it in an editor).
pub fn document_to_json(doc: &Document) -> String {
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string_pretty(doc).unwrap_or_default()
}
