//! Pricing a quotation of several articles that travel together (`model::quotation`).
//!
//! Order of work:
//! 1. each line's sheet: the library's, its colourway applied, the quotation's terms
//!    (`Quotation::line_sheet`);
//! 2. a quotation of **one** article is that sheet's own `quote` at each term: today's figures;
//! 3. with **several**, for the order's quantities (and for each further quantity of one article,
//!    the others keeping theirs): every article's cartons and ex-factory value, the shipment they
//!    make together (cartons, m³ and kg added; containers, revenue tons or chargeable kg from
//!    the sum, as the lead sheet's mode says), each stage's export costs from the lead sheet's
//!    lines on that shipment, shared by the quotation's key (`allocation::shares`, exact);
//! 4. each article priced at each term with its share (`quote::quote_shared`): its cost (the
//!    one-off costs of a sheet spread over the pairs of all its lines: a colourway shares the
//!    lasts and moulds of its article, `Article::shared_pairs`),
//!    its profit, the term's insurance, commission and bank on its own value, the FX buffer, the
//!    price step applied once to its unit price.
//!
//! The insurer's minimum premium and a bounded import fee are per shipment; with several
//! articles each article's share is compared with them as if it were a shipment of its own,
//! which errs on the high side (documented in docs/manual.md).

use crate::model::base::currency::Currency;
use crate::model::base::incoterms::{Incoterm, Stage};
use crate::model::base::money::{Frac, Money};
use crate::model::base::packing::{self, Mode, PackingError, PackingPlan};
use crate::model::base::pricing;
use crate::model::cost::compute::compute;
use crate::model::export::quote::{self, LineProblem, Quote, QuoteIssue, SharedShipment, Shipment};
use crate::model::quotation::allocation::{self, AllocationError, Key, Measures};
use crate::model::quotation::{Quotation, MAX_TERMS};
use crate::model::sheet::document::Document;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// What keeps a quotation from being complete. Data only; the UI words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuotationIssue {
    NoLines,
    NoTerm,
    TooManyTerms,
    /// A line's sheet is not in the library (deleted, or a file without it).
    SheetMissing {
        line: u32,
    },
    /// A line with no pairs yet (a new line, or 0 typed): it is left out of the prices and the
    /// shipment until it has some, so no total counts pairs that are not ordered.
    NoPairs {
        line: u32,
    },
    /// A line's colourway is not in its sheet any more.
    VariantMissing {
        line: u32,
    },
    /// Articles costed in different currencies cannot share a shipment's costs.
    CostingCurrency {
        line: u32,
    },
    /// The shipment of all the articles cannot be worked out.
    Packing(PackingError),
    /// The shared costs cannot be allocated by the key (no volume or value yet).
    Allocation(AllocationError),
    /// A shipment export cost line (the lead sheet's) that cannot be worked out.
    ExportLine {
        id: u32,
        stage: Stage,
        problem: LineProblem,
    },
    /// A shipment export cost line (the lead sheet's) still holds a sample line's figure.
    ExampleLine {
        id: u32,
        stage: Stage,
    },
    /// An article lacks something at a term: `why` is the first of its `Quote::blockers`
    /// (none when only a quantity lacks a price), so the message names the real reason.
    Article {
        line: u32,
        term: Incoterm,
        why: Option<QuoteIssue>,
    },
}

impl QuotationIssue {
    /// Whether this keeps the quotation from being sent at `terms`: an export line of a stage no
    /// term includes does not touch a price.
    pub fn blocks(&self, terms: &[Incoterm]) -> bool {
        match self {
            QuotationIssue::ExportLine { stage, .. } | QuotationIssue::ExampleLine { stage, .. } => {
                terms.iter().any(|t| t.stages().contains(stage))
            }
            _ => true,
        }
    }
}

/// One article of the quotation, priced.
#[derive(Clone, Debug, PartialEq)]
pub struct LinePrice {
    /// The quotation line's id.
    pub id: u32,
    /// The sheet as priced: its colourway applied, the quotation's terms (at the first term).
    pub sheet: Document,
    /// The colourway's name, when the line is one.
    pub colourway: Option<String>,
    /// One quote per term, in the quotation's order.
    pub quotes: Vec<Quote>,
    /// Its pairs, m³ and ex-factory value in the order (what the key weighs).
    pub measures: Option<Measures>,
}

/// One stage's shipment cost and what each article carries of it, rounded to the costing
/// currency's minor units so the parts add up to the whole.
#[derive(Clone, Debug, PartialEq)]
pub struct StageShare {
    pub stage: Stage,
    pub total: Money,
    /// In the order of the lines.
    pub lines: Vec<Money>,
}

/// The whole quotation, priced.
#[derive(Clone, Debug, PartialEq)]
pub struct QuotationPrice {
    pub currency: Currency,
    pub terms: Vec<Incoterm>,
    pub key: Key,
    /// The lines that could be priced (a line whose sheet is missing is left out and reported).
    pub lines: Vec<LinePrice>,
    /// Whether the articles share one shipment's costs (more than one article).
    pub shared: bool,
    /// The shipment of the order's quantities: every article's cartons together.
    pub shipment: Option<Shipment>,
    /// Each stage's shared cost and each article's part of it (several articles only).
    pub shares: Vec<StageShare>,
    pub issues: Vec<QuotationIssue>,
}

impl QuotationPrice {
    /// What keeps the quotation from being sent.
    pub fn blockers(&self) -> Vec<QuotationIssue> {
        self.issues.iter().filter(|i| i.blocks(&self.terms)).copied().collect()
    }

    /// Ready to send: no blocker, and every article has a price at every term and quantity.
    pub fn is_ready(&self) -> bool {
        !self.lines.is_empty()
            && self.blockers().is_empty()
            && self.lines.iter().all(|l| l.quotes.iter().all(Quote::is_ready))
    }

    /// The order's value at term column `k`: each article's first tier (its order quantity).
    pub fn total(&self, k: usize) -> Option<Money> {
        let totals = self.lines.iter().map(|l| l.quotes.get(k)?.tiers.first()?.total).collect::<Option<Vec<_>>>()?;
        Money::sum(self.currency, totals).ok()
    }

    /// Pairs in the order (each article's order quantity).
    pub fn pairs(&self) -> u64 {
        self.lines.iter().map(|l| u64::from(l.sheet.article.order_pairs)).sum()
    }
}

/// Prices `q`, finding each line's sheet in `library` (by id).
pub fn price(q: &Quotation, library: &BTreeMap<crate::model::sheet::id::SheetId, Document>) -> QuotationPrice {
    let mut issues = quotation_issues(q);
    let terms: Vec<Incoterm> = q.terms.iter().copied().take(MAX_TERMS).collect();
    let first_term = terms.first().copied().unwrap_or(Incoterm::Fob);
    // 1. Each line's sheet.
    let sheets = line_sheets(q, library, first_term, &mut issues);
    let shared = q.lines.len() > 1;
    let mut out = QuotationPrice {
        currency: q.currency,
        terms: terms.clone(),
        key: q.key,
        lines: Vec::new(),
        shared,
        shipment: None,
        shares: Vec::new(),
        issues: Vec::new(),
    };
    if !shared {
        // 2. One article: its own quote, figure for figure.
        price_alone(&mut out, sheets, &terms);
    } else {
        let mixed = costing_currency_issues(&sheets);
        let ready = !sheets.is_empty() && mixed.is_empty();
        issues.extend(mixed);
        if ready {
            price_together(&mut out, &sheets, &terms, q.key, &mut issues);
        }
    }
    finish(&mut out, issues);
    out
}

/// A line to price: its id, its sheet as priced, and its colourway's name.
type LineSheet = (u32, Document, Option<String>);

/// What the quotation itself lacks: lines, a term, or room for all its terms.
fn quotation_issues(q: &Quotation) -> Vec<QuotationIssue> {
    let mut issues = Vec::new();
    if q.lines.is_empty() {
        issues.push(QuotationIssue::NoLines);
    }
    if q.terms.is_empty() {
        issues.push(QuotationIssue::NoTerm);
    }
    if q.terms.len() > MAX_TERMS {
        issues.push(QuotationIssue::TooManyTerms);
    }
    issues
}

/// Each line's sheet at `first_term`; a line without a sheet, pairs or colourway is reported.
fn line_sheets(
    q: &Quotation,
    library: &BTreeMap<crate::model::sheet::id::SheetId, Document>,
    first_term: Incoterm,
    issues: &mut Vec<QuotationIssue>,
) -> Vec<LineSheet> {
    let mut sheets = Vec::new();
    for line in &q.lines {
        let Some(sheet) = library.get(&line.sheet) else {
            issues.push(QuotationIssue::SheetMissing { line: line.id });
            continue;
        };
        if line.pairs == 0 {
            issues.push(QuotationIssue::NoPairs { line: line.id });
            continue;
        }
        let Some(mut doc) = q.line_sheet(line, sheet, first_term) else {
            issues.push(QuotationIssue::VariantMissing { line: line.id });
            continue;
        };
        // The sheet's other lines (its colourways) share its one-off costs.
        doc.article.shared_pairs = q
            .lines
            .iter()
            .filter(|o| o.id != line.id && o.sheet == line.sheet)
            .fold(0u32, |n, o| n.saturating_add(o.pairs));
        let colourway = line.variant.and_then(|v| sheet.variants.iter().find(|x| x.id == v)).map(|v| v.name.clone());
        sheets.push((line.id, doc, colourway));
    }
    sheets
}

/// `doc` at another term.
fn at_term(doc: &Document, term: Incoterm) -> Document {
    let mut d = doc.clone();
    d.terms.incoterm = term;
    d
}

/// One article (at most one line priced): its own quote at each term, figure for figure.
fn price_alone(out: &mut QuotationPrice, sheets: Vec<LineSheet>, terms: &[Incoterm]) {
    for (id, doc, colourway) in sheets {
        let quotes: Vec<Quote> = terms.iter().map(|&t| quote::quote(&at_term(&doc, t))).collect();
        out.shipment = quotes.first().and_then(|qt| qt.tiers.first()?.shipment);
        let measures = out.shipment.map(|s| Measures { pairs: s.plan.pairs, cbm: s.plan.cbm, value: Decimal::ZERO });
        out.lines.push(LinePrice { id, sheet: doc, colourway, quotes, measures });
    }
}

/// A `CostingCurrency` issue for each line costed in another currency than the first line.
fn costing_currency_issues(sheets: &[LineSheet]) -> Vec<QuotationIssue> {
    let Some((_, lead, _)) = sheets.first() else { return Vec::new() };
    let cur = lead.article.costing_currency;
    sheets
        .iter()
        .filter(|(_, doc, _)| doc.article.costing_currency != cur)
        .map(|(line, _, _)| QuotationIssue::CostingCurrency { line: *line })
        .collect()
}

/// Several articles: their shipment and each stage's shares (3.), then each article's quotes (4.).
fn price_together(
    out: &mut QuotationPrice,
    sheets: &[LineSheet],
    terms: &[Incoterm],
    key: Key,
    issues: &mut Vec<QuotationIssue>,
) {
    let docs: Vec<&Document> = sheets.iter().map(|(_, d, _)| d).collect();
    let base: Vec<u32> = docs.iter().map(|d| d.article.order_pairs).collect();
    // 3. The shipment at the order's quantities, and at each further quantity of each article.
    let order = together(&docs, &base, key);
    match &order {
        Ok(t) => {
            out.shipment = Some(t.shipment);
            out.shares = stage_shares(t, docs[0].article.costing_currency);
            for e in &t.export {
                push(issues, *e);
            }
        }
        Err(e) => push(issues, *e),
    }
    for (i, (id, doc, colourway)) in sheets.iter().enumerate() {
        let entries = article_shipments(&docs, &base, i, key, order.as_ref().ok(), issues);
        // 4. The article at each term, with its share.
        let quotes: Vec<Quote> = terms.iter().map(|&t| quote::quote_shared(&at_term(doc, t), &entries)).collect();
        let measures = order.as_ref().ok().map(|t| t.measures[i]);
        out.lines.push(LinePrice { id: *id, sheet: doc.clone(), colourway: colourway.clone(), quotes, measures });
    }
}

/// Article `i`'s part of the shipment at the order (`order`) and at each of its further quantities.
fn article_shipments(
    docs: &[&Document],
    base: &[u32],
    i: usize,
    key: Key,
    order: Option<&Together>,
    issues: &mut Vec<QuotationIssue>,
) -> Vec<SharedShipment> {
    let mut entries: Vec<SharedShipment> = Vec::new();
    if let Some(t) = order {
        entries.push(SharedShipment { pairs: base[i], shipment: t.shipment, stages: t.stages[i].clone() });
    }
    for &pairs in docs[i].terms.tiers.iter().filter(|&&p| p > 0 && p != base[i]) {
        let mut qty = base.to_vec();
        qty[i] = pairs;
        match together(docs, &qty, key) {
            Ok(t) => entries.push(SharedShipment { pairs, shipment: t.shipment, stages: t.stages[i].clone() }),
            Err(e) => push(issues, e),
        }
    }
    entries
}

fn push(issues: &mut Vec<QuotationIssue>, i: QuotationIssue) {
    if !issues.contains(&i) {
        issues.push(i);
    }
}

/// Adds each article's own blockers (as `Article` issues) and sets the issues.
fn finish(out: &mut QuotationPrice, mut issues: Vec<QuotationIssue>) {
    for l in &out.lines {
        for qt in &l.quotes {
            if !qt.is_ready() {
                let why = qt.blockers().first().copied();
                push(&mut issues, QuotationIssue::Article { line: l.id, term: qt.term, why });
            }
        }
    }
    out.issues = issues;
}

/// The articles travelling together at some quantities.
struct Together {
    shipment: Shipment,
    measures: Vec<Measures>,
    /// Each stage's cost for the whole shipment (`None`: no line, or a line that fails).
    totals: Vec<(Stage, Option<Frac>)>,
    /// Each article's share of each stage.
    stages: Vec<Vec<(Stage, Option<Frac>)>>,
    export: Vec<QuotationIssue>,
}

/// The shipment of `docs` at `pairs` each, its stage costs (the lead's lines) and each
/// article's share of them by `key`.
fn together(docs: &[&Document], pairs: &[u32], key: Key) -> Result<Together, QuotationIssue> {
    let lead = docs[0];
    let mut plans: Vec<PackingPlan> = Vec::with_capacity(docs.len());
    let mut measures = Vec::with_capacity(docs.len());
    let mut cm3 = Decimal::ZERO;
    for (doc, &n) in docs.iter().zip(pairs) {
        let own = quote::shipment(doc, n).map_err(QuotationIssue::Packing)?;
        cm3 = cm3
            .checked_add(packing::cartons_cm3(&own.plan, &doc.shipping.carton).map_err(QuotationIssue::Packing)?)
            .ok_or(QuotationIssue::Packing(PackingError::Overflow))?;
        measures.push(Measures { pairs: n, cbm: own.plan.cbm, value: ex_factory_value(doc, n) });
        plans.push(own.plan);
    }
    let overflow = QuotationIssue::Packing(PackingError::Overflow);
    let sum_u32 = |f: fn(&PackingPlan) -> u32| plans.iter().try_fold(0u32, |s, p| s.checked_add(f(p))).ok_or(overflow);
    let sum_dec = |f: fn(&PackingPlan) -> Decimal| {
        plans.iter().try_fold(Decimal::ZERO, |s, p| s.checked_add(f(p))).ok_or(overflow)
    };
    // The lead's carton stands in for the spare room a container has left.
    let plan = PackingPlan {
        pairs: sum_u32(|p| p.pairs)?,
        pairs_per_carton: plans[0].pairs_per_carton,
        cartons: sum_u32(|p| p.cartons)?,
        partial_last: 0,
        cbm_per_carton: plans[0].cbm_per_carton,
        cbm: sum_dec(|p| p.cbm)?,
        gross_kg: sum_dec(|p| p.gross_kg)?,
    };
    let sh = &lead.shipping;
    let spec = sh.containers.iter().find(|c| c.kind == sh.container);
    let shipment = Shipment {
        plan,
        load: match (sh.mode, spec) {
            (Mode::SeaFcl, Some(spec)) => {
                Some(packing::load(&plan, &sh.carton, spec).map_err(QuotationIssue::Packing)?)
            }
            (Mode::SeaFcl, None) => return Err(QuotationIssue::Packing(PackingError::ZeroSize)),
            _ => None,
        },
        revenue_tons: (sh.mode == Mode::SeaLcl).then(|| packing::revenue_tons(&plan, sh.lcl_minimum_rt)),
        chargeable_kg: match sh.mode {
            Mode::Air => {
                Some(packing::chargeable_of(plan.gross_kg, cm3, sh.air_divisor).map_err(QuotationIssue::Packing)?)
            }
            _ => None,
        },
    };
    let mut found = Vec::new();
    let totals = quote::own_stages(lead, &shipment, &mut found);
    let export = found
        .into_iter()
        .filter_map(|i| match i {
            QuoteIssue::ExportLine { id, stage, problem } => Some(QuotationIssue::ExportLine { id, stage, problem }),
            QuoteIssue::ExampleLine { id, stage } => Some(QuotationIssue::ExampleLine { id, stage }),
            _ => None,
        })
        .collect();
    let mut stages = vec![Vec::with_capacity(totals.len()); docs.len()];
    for (stage, total) in &totals {
        match total {
            Some(t) => {
                let parts = allocation::shares(*t, &measures, key).map_err(QuotationIssue::Allocation)?;
                for (s, p) in stages.iter_mut().zip(parts) {
                    s.push((*stage, Some(p)));
                }
            }
            None => stages.iter_mut().for_each(|s| s.push((*stage, None))),
        }
    }
    Ok(Together { shipment, measures, totals, stages, export })
}

/// The ex-factory value of `pairs` of an article (costing currency), before any shared cost:
/// what the per-value key weighs. Zero when the sheet cannot price it yet (its own quote says
/// why).
fn ex_factory_value(doc: &Document, pairs: u32) -> Decimal {
    let mut at = doc.clone();
    at.article.order_pairs = pairs;
    let b = compute(&at);
    pricing::ex_factory_exact(b.per_pair_exact, doc.terms.profit)
        .ok()
        .and_then(|p| p.times(Decimal::from(pairs)).ok()?.value().ok())
        .unwrap_or(Decimal::ZERO)
}

/// Each stage's total and the articles' parts, in the costing currency's minor units.
fn stage_shares(t: &Together, cur: Currency) -> Vec<StageShare> {
    let dp = cur.display_decimals();
    t.totals
        .iter()
        .enumerate()
        .filter_map(|(k, (stage, total))| {
            let total = (*total)?;
            let parts: Vec<Frac> = t.stages.iter().map(|s| s[k].1).collect::<Option<_>>()?;
            let lines = allocation::in_minor_units(total, &parts, dp, cur).ok()?;
            let whole = Money::sum(cur, lines.iter().copied()).ok()?;
            Some(StageShare { stage: *stage, total: whole, lines })
        })
        .collect()
}
