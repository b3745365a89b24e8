//! Terms side by side, for a coach: under each chosen Incoterm, who pays each stage of the goods'
//! way (seller or buyer), and the term's price per pair from the quote (or why it has none).
//!
//! Who pays a stage follows `Incoterm::stages` (the seller pays what the term includes, the buyer
//! the rest); insurance is the seller's under CIF and CIP (obliged) and under the D-terms (the
//! seller bears the risk to destination), duty and import taxes the seller's under DDP only.
//! The prices are the quote's `side_by_side`, rounded as the quotation writes them
//! (`Quote::quoted`). Nothing here prices anything again.

use crate::model::base::incoterms::{Incoterm, Stage, TermError};
use crate::model::base::money::Money;
use crate::model::export::quote::Quote;

/// Who pays a stage under a term.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Payer {
    Seller,
    Buyer,
}

/// One row of the table: a stage of the chain, the insurance, or duty and import taxes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Row {
    Stage(Stage),
    Insurance,
    DutyTaxes,
}

impl Row {
    /// The rows in the order the goods travel (`Stage::ALL` without the deal's own costs, which
    /// the seller pays under every term), insurance and duty last.
    pub const ALL: [Row; 9] = [
        Row::Stage(Stage::ExportClearance),
        Row::Stage(Stage::InlandHaulage),
        Row::Stage(Stage::OriginTerminal),
        Row::Stage(Stage::MainCarriage),
        Row::Stage(Stage::DestinationCharges),
        Row::Stage(Stage::Unloading),
        Row::Stage(Stage::ImportClearance),
        Row::Insurance,
        Row::DutyTaxes,
    ];
}

/// The terms a coach starts with: the five a maker meets most.
pub const DEFAULT_TERMS: [Incoterm; 5] = [Incoterm::Exw, Incoterm::Fob, Incoterm::Cfr, Incoterm::Cif, Incoterm::Ddp];

/// Every term in the order the seller's part grows (the columns' order, whatever order the
/// terms were ticked in).
pub const BY_REACH: [Incoterm; 11] = [
    Incoterm::Exw,
    Incoterm::Fca,
    Incoterm::Fas,
    Incoterm::Fob,
    Incoterm::Cfr,
    Incoterm::Cpt,
    Incoterm::Cif,
    Incoterm::Cip,
    Incoterm::Dap,
    Incoterm::Dpu,
    Incoterm::Ddp,
];

/// Who pays `row` under `term`.
pub fn payer(term: Incoterm, row: Row) -> Payer {
    let seller = match row {
        Row::Stage(s) => term.stages().contains(&s),
        Row::Insurance => term.insures() || term.delivered(),
        Row::DutyTaxes => term == Incoterm::Ddp,
    };
    if seller {
        Payer::Seller
    } else {
        Payer::Buyer
    }
}

/// A term's price per pair in the table.
#[derive(Clone, Debug, PartialEq)]
pub enum Price {
    /// As the quotation writes it: the exact unit price rounded once (`Quote::quoted`).
    Quoted(Money),
    /// What keeps this term from a price (a stage without a cost line, a rate…).
    Cannot(TermError),
    /// The sheet itself has no price yet (no ex-factory price or no shipment): the quote's
    /// issues say why.
    NoQuote,
}

/// One column: a term and its price per pair.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub term: Incoterm,
    /// The sheet's own term.
    pub chosen: bool,
    /// False for a sea-only term (FAS, FOB, CFR, CIF) when the goods go by air.
    pub fits_transport: bool,
    pub price: Price,
}

/// The table: its columns, and for each row who pays under each column's term.
#[derive(Clone, Debug, PartialEq)]
pub struct TermsTable {
    pub columns: Vec<Column>,
    /// `Row::ALL`, each with one payer per column, in the columns' order.
    pub rows: Vec<(Row, Vec<Payer>)>,
}

/// The table for `terms` (in `BY_REACH` order, each once), from the quote `q`.
pub fn terms_table(q: &Quote, terms: &[Incoterm]) -> TermsTable {
    let shown: Vec<Incoterm> = BY_REACH.iter().copied().filter(|t| terms.contains(t)).collect();
    let columns = shown
        .iter()
        .map(|&term| {
            let price = match q.side_by_side.iter().find(|(t, _)| *t == term) {
                Some((_, Ok(unit))) => Price::Quoted(q.quoted(*unit)),
                Some((_, Err(e))) => Price::Cannot(e.clone()),
                None => Price::NoQuote,
            };
            Column { term, chosen: term == q.term, fits_transport: q.fits_transport(term), price }
        })
        .collect();
    let rows = Row::ALL.iter().map(|&row| (row, shown.iter().map(|&t| payer(t, row)).collect())).collect();
    TermsTable { columns, rows }
}
