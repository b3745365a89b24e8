//! One line per card of the sheet: what the card holds, its result, and whether it still needs
//! the user. On a phone the cards fold to this line ("Bahan baku · 12 baris · Rp117.908 / pasang"),
//! and the first card that needs the user opens by itself.
//!
//! Data only; `i18n::outline` words it. One function per tab, so the export and quotation tabs'
//! lines travel in those tabs' chunks.
//!
//! What "needs the user" means, card by card (decided here, once):
//! - **filling**: a card the price cannot do without is empty or half-typed: the article's name or
//!   order quantity, a rate the sheet or the quote currency needs, no material line or one
//!   without consumption or price, no labour operation (or no wage under operations), no
//!   overhead, no named place for the term or a premium, duty or tax rate it needs, a stage the
//!   term includes with no export cost line (a stage with no cost is entered as 0, as its help
//!   says), no exporter's name on the quotation;
//! - **fixing**: an input keeps a figure out of the totals: a rate of zero or less, incompatible
//!   units, no working time, no monthly output, a packing error, an export line that cannot be
//!   costed under the chosen term, a profit, buffer or commission out of range.
//!
//! Optional cards (one-off costs, sizes) need the user only when they hold something that cannot
//! be costed.

use crate::model::base::currency::Currency;
use crate::model::base::fx::FxError;
use crate::model::base::incoterms::{Incoterm, Missing, TermError};
use crate::model::base::money::Money;
use crate::model::base::packing::Mode;
use crate::model::cost::compute::{Breakdown, Category, Issue, Place};
use crate::model::export::quote::{Quote, QuoteIssue};
use crate::model::sheet::document::{Document, LabourMethod, OverheadMethod};
use rust_decimal::Decimal;

/// The cards that fold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Card {
    Article,
    Rates,
    Materials,
    Labour,
    Overhead,
    OneOff,
    Terms,
    Sizes,
    Shipping,
    ExportCosts,
    /// The order's cash timeline.
    Cash,
    /// Direct export or through a broker.
    Broker,
    QuoteDetails,
}

/// What a card still needs from the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    Nothing,
    /// Required and empty, or half-typed.
    Filling,
    /// An input keeps a figure out of the totals.
    Fixing,
}

/// What a list holds, for "12 lines", "3 operations".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Lines,
    Rates,
    Operations,
    PieceRates,
    Costs,
    Sizes,
}

/// One fact of a folded line.
#[derive(Clone, Debug, PartialEq)]
pub enum Fact {
    /// The article's or the buyer's name, as typed.
    Name(String),
    Pairs(u64),
    Count(usize, Noun),
    /// A card's result per pair.
    PerPair(Money),
    /// A sum for the whole shipment.
    Total(Money),
    /// "1 USD = 16.250 IDR".
    Rate {
        base: Currency,
        rate: Decimal,
        quote: Currency,
    },
    /// The term with its named place (empty when none is named).
    Term(Incoterm, String),
    Currency(Currency),
    Mode(Mode),
    Cartons(u32),
    Cbm(Decimal),
    /// The quotation's number, as typed.
    Number(String),
    /// The cash the order needs at its peak, and the day.
    Peak(Money, u32),
    /// What the maker keeps per pair, direct and through the broker.
    Keeps {
        direct: Money,
        broker: Money,
    },
    /// Not entered yet (an optional card).
    Unused,
    /// The buyer's payments always run ahead of the costs.
    NoCashNeeded,
}

/// A card's folded line.
#[derive(Clone, Debug, PartialEq)]
pub struct CardLine {
    pub card: Card,
    pub facts: Vec<Fact>,
    pub needs: Needs,
}

/// The card that opens by itself on a phone: the first that needs the user.
pub fn first_open(lines: &[CardLine]) -> Option<Card> {
    lines.iter().find(|l| l.needs != Needs::Nothing).map(|l| l.card)
}

fn needs(fix: bool, fill: bool) -> Needs {
    if fix {
        Needs::Fixing
    } else if fill {
        Needs::Filling
    } else {
        Needs::Nothing
    }
}

fn per_pair(b: &Breakdown, c: Category) -> Option<Fact> {
    b.category(c).map(|t| Fact::PerPair(t.per_pair))
}

/// The cost tab: article, rates, materials, labour, overhead, one-off costs.
pub fn costing(d: &Document, b: &Breakdown) -> Vec<CardLine> {
    vec![
        article_card(d),
        rates_card(d, b),
        materials_card(d, b),
        labour_card(d, b),
        overhead_card(d, b),
        one_off_card(d, b),
    ]
}

/// The article card: its name, order quantity and costing currency; the name and quantity are needed.
fn article_card(d: &Document) -> CardLine {
    let a = &d.article;
    let mut article = Vec::new();
    if !a.name.trim().is_empty() {
        article.push(Fact::Name(a.name.trim().to_string()));
    }
    if a.order_pairs > 0 {
        article.push(Fact::Pairs(a.order_pairs.into()));
    }
    article.push(Fact::Currency(a.costing_currency));
    CardLine {
        card: Card::Article,
        facts: article,
        needs: needs(false, a.name.trim().is_empty() || a.order_pairs == 0),
    }
}

/// The rates card: the one rate or how many; a rate the sheet or the quote lacks, or one of zero or less.
fn rates_card(d: &Document, b: &Breakdown) -> CardLine {
    let rates = match d.fx.as_slice() {
        [r] => vec![Fact::Rate { base: r.base, rate: r.rate, quote: r.quote }],
        all => vec![Fact::Count(all.len(), Noun::Rates)],
    };
    // A rate the cost sheet or the quote lacks is entered here (the quote's, from the costing to
    // the quote currency, is asked for before any price exists); a rate of zero or less is
    // fixed here. The display currency's own rate only adds a second figure, so it does not
    // open the card.
    let quote_rate = crate::model::base::fx::find_rate(&d.fx, d.article.costing_currency, d.terms.quote_currency);
    let rate_missing =
        b.issues.iter().any(|i| matches!(i, Issue::MissingRate { at, .. } if *at != Place::DisplayCurrency))
            || matches!(quote_rate, Err(FxError::MissingRate { .. }));
    let rate_wrong =
        b.issues.iter().any(|i| matches!(i, Issue::NonPositiveRate { at, .. } if *at != Place::DisplayCurrency))
            || matches!(quote_rate, Err(FxError::NonPositiveRate { .. }));
    CardLine { card: Card::Rates, facts: rates, needs: needs(rate_wrong, rate_missing) }
}

/// The materials card: its lines and materials per pair; no line, or one half-typed or that cannot be costed.
fn materials_card(d: &Document, b: &Breakdown) -> CardLine {
    let m = &d.materials;
    let mut materials = vec![Fact::Count(m.len(), Noun::Lines)];
    if !m.is_empty() {
        materials.extend(per_pair(b, Category::Materials));
    }
    let at_material = |i: &Issue| {
        matches!(i, Issue::IncompatibleUnits { at: Place::Material(_) } | Issue::Overflow { at: Place::Material(_) })
    };
    let half_typed = m.iter().any(|l| l.net_consumption.is_zero() || l.unit_price.is_zero());
    CardLine {
        card: Card::Materials,
        facts: materials,
        needs: needs(b.issues.iter().any(at_material), m.is_empty() || half_typed),
    }
}

/// The labour card: its operations or piece rates and labour per pair; none, no wage, a half-typed
/// line, or an input that keeps labour out of the totals.
fn labour_card(d: &Document, b: &Breakdown) -> CardLine {
    let l = &d.labour;
    let (count, noun) = match l.method {
        LabourMethod::Operations => (l.operations.len(), Noun::Operations),
        LabourMethod::PieceRate => (l.piece_rates.len(), Noun::PieceRates),
    };
    let mut labour = vec![Fact::Count(count, noun)];
    if count > 0 {
        labour.extend(per_pair(b, Category::Labour));
    }
    let labour_fix = b.issues.iter().any(|i| {
        matches!(
            i,
            Issue::NoWorkingTime
                | Issue::WorkshopsWithoutPairs { .. }
                | Issue::OverlappingWork
                | Issue::Overflow { at: Place::Operation(_) | Place::PieceRate(_) | Place::Wage }
        )
    });
    let no_wage = l.method == LabourMethod::Operations
        && l.wage.monthly_wage.is_zero()
        && l.operations.iter().any(|o| !b.labour.replaced.contains(&o.id));
    // An operation without minutes, or a piece rate without a rate, is half-typed too.
    // A workshop's line without its rate is half-typed as well (it replaces nothing yet).
    // (A line a workshop has taken over asks for nothing.)
    let kept = |id: u32| !b.labour.replaced.contains(&id);
    let half_labour = match l.method {
        LabourMethod::Operations => l.operations.iter().any(|o| kept(o.id) && o.standard_minutes.is_zero()),
        LabourMethod::PieceRate => l.piece_rates.iter().any(|r| kept(r.id) && r.rate.is_zero()),
    } || l.bought.iter().any(|w| !w.entered());
    CardLine { card: Card::Labour, facts: labour, needs: needs(labour_fix, count == 0 || no_wage || half_labour) }
}

/// The overhead card: overhead per pair; none entered, or no monthly output to spread it over.
fn overhead_card(d: &Document, b: &Breakdown) -> CardLine {
    let o = &d.overhead;
    let overhead_zero = match o.method {
        OverheadMethod::PerMonth => o.monthly_overhead.is_zero(),
        OverheadMethod::PercentOfPrime => o.percent_of_prime.is_zero(),
    };
    let overhead_fix =
        b.issues.iter().any(|i| matches!(i, Issue::NoMonthlyOutput | Issue::Overflow { at: Place::Overhead }));
    CardLine {
        card: Card::Overhead,
        facts: per_pair(b, Category::Overhead).into_iter().collect(),
        needs: needs(overhead_fix, overhead_zero),
    }
}

/// The one-off costs card (optional): their count and share per pair; a cost that cannot be costed.
fn one_off_card(d: &Document, b: &Breakdown) -> CardLine {
    let mut one_off = vec![Fact::Count(d.one_off.len(), Noun::Costs)];
    if !d.one_off.is_empty() {
        one_off.extend(per_pair(b, Category::OneOff));
    }
    let one_off_fix = b.issues.iter().any(|i| matches!(i, Issue::Overflow { at: Place::OneOff(_) }));
    CardLine { card: Card::OneOff, facts: one_off, needs: needs(one_off_fix, false) }
}

/// The export tab: terms, sizes, packing and shipping, export costs, the order's cash, the broker.
pub fn export(d: &Document, q: &Quote) -> Vec<CardLine> {
    let has = |f: &dyn Fn(&QuoteIssue) -> bool| q.issues.iter().any(f);
    let sizes = CardLine {
        card: Card::Sizes,
        facts: vec![Fact::Count(d.sizes.sizes.len(), Noun::Sizes)],
        needs: needs(has(&|i| matches!(i, QuoteIssue::AssortmentMismatch { .. })), false),
    };
    let mut ship = vec![Fact::Mode(d.shipping.mode)];
    if let Some(s) = q.tiers.first().and_then(|t| t.shipment) {
        ship.push(Fact::Cartons(s.plan.cartons));
        ship.push(Fact::Cbm(s.plan.cbm));
    }
    let shipping = CardLine {
        card: Card::Shipping,
        facts: ship,
        needs: needs(has(&|i| matches!(i, QuoteIssue::Packing(_))), has(&|i| *i == QuoteIssue::ExamplePacking)),
    };
    vec![terms_card(d, q), sizes, shipping, export_costs_card(d, q), cash_card(q), broker_card(d, q)]
}

/// What the chosen term's price still lacks (counted as zero in its provisional price): a stage
/// without any cost line belongs to the export costs card, a premium, duty or tax rate to the terms.
fn missing(q: &Quote) -> Vec<Missing> {
    q.issues
        .iter()
        .filter_map(|i| match i {
            QuoteIssue::CountedAsZero(m) => Some(*m),
            _ => None,
        })
        .collect()
}

/// The terms card: the term with its named place and the quote currency; no place or a missing
/// rate, or a profit, buffer, step or share out of range.
fn terms_card(d: &Document, q: &Quote) -> CardLine {
    let t = &d.terms;
    let place = t.named_place(t.incoterm).trim().to_string();
    let terms_fix = q.issues.iter().any(|i| {
        matches!(
            i,
            QuoteIssue::Profit(_)
                | QuoteIssue::BufferTooLarge
                | QuoteIssue::SeaTermByAir { .. }
                | QuoteIssue::StepTooFine
                | QuoteIssue::StepTooLarge
        ) || matches!(i, QuoteIssue::FeeRate(_) if t.incoterm == Incoterm::Ddp)
    });
    let no_rate = missing(q).iter().any(|m| !matches!(m, Missing::Stage(_)));
    let shares = matches!(q.tiers.first().and_then(|t| t.price.as_ref()), Some(Err(TermError::SharesTooLarge)));
    CardLine {
        card: Card::Terms,
        needs: needs(terms_fix || shares, place.is_empty() || no_rate),
        facts: vec![Fact::Term(t.incoterm, place), Fact::Currency(t.quote_currency)],
    }
}

/// The export costs card: its lines and their total; a stage the term includes with no line, or
/// a line that cannot be costed under the term.
fn export_costs_card(d: &Document, q: &Quote) -> CardLine {
    let mut costs = vec![Fact::Count(d.export_costs.len(), Noun::Costs)];
    let mut total = Some(Money::zero(d.article.costing_currency));
    for (_, r) in &q.export_lines {
        if let (Some(sum), Ok(m)) = (total, r) {
            total =
                crate::model::base::money::add(sum.amount(), m.amount()).ok().map(|a| Money::new(a, sum.currency()));
        }
    }
    if !d.export_costs.is_empty() {
        costs.extend(total.map(Fact::Total));
    }
    // A stage without a line, or a sample line's figure still to replace or keep.
    let example = q.issues.iter().any(|i| matches!(i, QuoteIssue::ExampleLine { .. }) && i.blocks(d.terms.incoterm));
    let no_stage = example || missing(q).iter().any(|m| matches!(m, Missing::Stage(_)));
    let blocks = q.issues.iter().any(|i| matches!(i, QuoteIssue::ExportLine { .. }) && i.blocks(d.terms.incoterm));
    CardLine { card: Card::ExportCosts, facts: costs, needs: needs(blocks, no_stage) }
}

/// The cash card: the order's peak need and its day, or that it needs none; a cash plan that fails.
fn cash_card(q: &Quote) -> CardLine {
    CardLine {
        card: Card::Cash,
        facts: match &q.cash {
            Some(Ok(t)) => match t.peak_day {
                Some(day) => vec![Fact::Peak(t.peak_need, day)],
                None => vec![Fact::NoCashNeeded],
            },
            _ => vec![Fact::Unused],
        },
        needs: needs(matches!(q.cash, Some(Err(_))), false),
    }
}

/// The broker card: what the maker keeps per pair, direct and through the broker; a rate or
/// overflow to fix, or no price to compare yet.
fn broker_card(d: &Document, q: &Quote) -> CardLine {
    use crate::model::export::broker::{compare, BrokerError};
    let compared = d.broker.as_ref().map(|deal| compare(deal, q, &d.fx, &d.cash));
    CardLine {
        card: Card::Broker,
        facts: match &compared {
            Some(Ok(c)) => vec![Fact::Keeps { direct: c.direct.keeps_per_pair, broker: c.broker.keeps_per_pair }],
            _ => vec![Fact::Unused],
        },
        needs: needs(
            matches!(compared, Some(Err(BrokerError::Rate | BrokerError::Overflow))),
            matches!(compared, Some(Err(BrokerError::NoPrice))),
        ),
    }
}

/// The quotation tab's details card: number, buyer; the exporter's name is needed.
pub fn quote_details(d: &Document) -> CardLine {
    let q = &d.quote;
    let mut facts = Vec::new();
    if !q.number.trim().is_empty() {
        facts.push(Fact::Number(q.number.trim().to_string()));
    }
    if !q.buyer.name.trim().is_empty() {
        facts.push(Fact::Name(q.buyer.name.trim().to_string()));
    }
    CardLine { card: Card::QuoteDetails, facts, needs: needs(false, q.exporter.name.trim().is_empty()) }
}
