//! The formula trail: for every figure on the cost sheet and the quote, the formula that gives
//! it, written with the document's own numbers and with links to the figures it uses.
//!
//! Design: the *values* come from `compute` and `quote` (the figures the user sees); the trail
//! adds, for each, an expression tree over document inputs and other figures. `Trail::eval`
//! recomputes an expression independently, and the tests check for every example and for
//! random documents that each expression gives its figure — so an explanation can never drift
//! from the number it explains. Nothing here is written per figure in prose: the UI words
//! labels and renders the tree.
//!
//! The trail explains the order quantity (the quote's first tier) at every Incoterm.

use crate::model::base::currency::Currency;
use crate::model::base::fx::{find_rate, Direction};
use crate::model::base::incoterms::{
    BuildUp, Chain, CommissionBase, Component, CustomsBasis, Incoterm, Missing, Stage,
};
use crate::model::base::money::{percent, Money, PriceStep, Rounding};
use crate::model::base::packing::{PackingPlan, Shipping};
use crate::model::base::pricing::ProfitBasis;
use crate::model::base::sizes::grading_for;
use crate::model::base::units::{ratio, Unit};
use crate::model::cost::compute::{compute, Breakdown, Category};
use crate::model::export::quote::{quote, LineProblem, Quote};
use crate::model::quotation::allocation::{Key, Measures};
use crate::model::quotation::combined::QuotationPrice;
use crate::model::sheet::document::{Basis, Document, LabourMethod, OverheadMethod, Section};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// A figure the user can ask about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fig {
    /// A material line's cost per pair (costing currency).
    Material(u32),
    Section(Section),
    /// Materials per pair for one size, graded from the base size.
    SizeMaterials(u32),
    /// Materials per pair (the average over the size run when there is one).
    Materials,
    /// The value per pair of the materials the buyer supplies (CMT): not a cost.
    Supplied,
    /// The assists for the shipment: what the buyer supplies, added to the customs value.
    Assists,
    CostPerMinute,
    Operation(u32),
    PieceRate(u32),
    /// A making step bought from workshops, per pair (their weighted rate).
    Bought(crate::model::sheet::document::MakingStep),
    Labour,
    PrimeCost,
    Overhead,
    OneOff(u32),
    OneOffTotal,
    OneOffPerPair,
    /// Cost of production per pair (HPP).
    Hpp,
    ExFactoryPerPair,
    /// The most cash the order needs the maker to find (its cash timeline's peak).
    CashPeak,
    /// The cash short summed over the days it is short (money × days).
    CashNeedDays,
    /// What financing the order costs at the cash plan's monthly rate.
    Financing,
    /// The financing per pair, when the cash plan adds it to the cost.
    FinancingPerPair,
    /// What the order leaves after every cost, its financing included (`cash::kept`).
    CashKept,
    /// Ex-factory price of the whole order.
    ExFactoryTotal,
    Cartons,
    Cbm,
    GrossKg,
    Containers,
    RevenueTons,
    ChargeableKg,
    /// An export cost line for the shipment (costing currency).
    ExportLine(u32),
    Stage(Stage),
    /// Insurance, duty, taxes, commission or bank charges inside a term's price (shipment).
    Part(Incoterm, Component),
    /// A term's price for the shipment (costing currency).
    TermTotal(Incoterm),
    /// A term's unit price in the quote currency, full precision.
    UnitExact(Incoterm),
    /// The quoted unit price: the chosen term's, rounded once.
    UnitPrice,
    /// The quoted order total: unit price × pairs.
    OrderTotal,
    /// With several articles in one shipment (a quotation, `article`): the pairs, cartons, m³
    /// and gross kg of all of them together, the ex-factory value of all (the per-value key),
    /// a stage's cost for the whole shipment, and this article's share of it by the key.
    ShipmentPairs,
    ShipmentCartons,
    ShipmentCbm,
    ShipmentKg,
    ShipmentValue,
    ShipmentStage(Stage),
    Share(Key),
}

/// What a counted quantity counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    Pairs,
    PairsPerMonth,
    PairsPerCarton,
    /// Pairs in one piece-rate unit (12 a dozen, 20 a kodi).
    PairsPerRateUnit,
    Days,
    MinutesPerDay,
    Minutes,
    Cartons,
    Containers,
    Cbm,
    CbmPerContainer,
    Kg,
    KgPerContainer,
    RevenueTons,
    Cm,
    /// cm³ per chargeable kg (6,000 for air).
    AirDivisor,
}

/// A number in a formula, as the user entered or sees it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Operand {
    Money(Money),
    /// A consumption in its unit: 2.4 sq ft.
    Qty(Decimal, Unit),
    /// A percentage as entered: 8 means 8 %.
    Pct(Decimal),
    /// The FX safety buffer, a percentage as entered, named in words where it is shown (it
    /// appears bare in `÷ (1 − 1,5 %)` otherwise, and a coach must say what that is).
    FxBuffer(Decimal),
    Num(Decimal),
    Count(Decimal, Counted),
    /// An exchange rate: `1 base = rate quote`.
    Rate {
        rate: Decimal,
        base: Currency,
        quote: Currency,
    },
}

impl Operand {
    /// The operand's value in a calculation (a percentage as a fraction).
    pub fn value(&self) -> Decimal {
        match *self {
            Operand::Money(m) => m.amount(),
            Operand::Qty(q, _) | Operand::Num(q) | Operand::Count(q, _) => q,
            Operand::Pct(p) | Operand::FxBuffer(p) => percent(p),
            Operand::Rate { rate, .. } => rate,
        }
    }
}

/// A formula over operands and other figures.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Lit(Operand),
    /// Another figure, which has its own trail.
    Ref(Fig),
    Sum(Vec<Expr>),
    /// `a − b − c…`
    Difference(Vec<Expr>),
    Product(Vec<Expr>),
    Quotient(Box<Expr>, Box<Expr>),
    /// The largest of its terms.
    Max(Vec<Expr>),
    /// Rounded up to a whole number.
    Ceil(Box<Expr>),
    /// Rounded to `dp` decimals in `mode`.
    Round(Box<Expr>, u32, Rounding),
    /// On a commercial price step (or rounded up), as a price of `dp` decimals.
    Step(Box<Expr>, PriceStep, u32),
}

fn lit(o: Operand) -> Expr {
    Expr::Lit(o)
}

fn quot(a: Expr, b: Expr) -> Expr {
    Expr::Quotient(Box::new(a), Box::new(b))
}

/// `1 + p %`
fn one_plus(p: Decimal) -> Expr {
    Expr::Sum(vec![lit(Operand::Num(Decimal::ONE)), lit(Operand::Pct(p))])
}

/// `1 − p %`
fn one_minus(p: Decimal) -> Expr {
    Expr::Difference(vec![lit(Operand::Num(Decimal::ONE)), lit(Operand::Pct(p))])
}

/// One explained figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub fig: Fig,
    /// The figure as computed by `compute` / `quote`.
    pub value: Operand,
    pub expr: Expr,
}

/// Every explained figure of a document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trail {
    pub nodes: Vec<Node>,
}

impl Trail {
    pub fn get(&self, fig: Fig) -> Option<&Node> {
        self.nodes.iter().find(|n| n.fig == fig)
    }

    /// The figures whose formulas use `fig`: the way up to the final price.
    pub fn used_by(&self, fig: Fig) -> Vec<Fig> {
        self.nodes.iter().filter(|n| refs(&n.expr).contains(&fig)).map(|n| n.fig).collect()
    }

    /// Recomputes an expression from its operands and the referenced figures' values.
    /// `None` when a reference has no figure or the arithmetic fails.
    pub fn eval(&self, e: &Expr) -> Option<Decimal> {
        match e {
            Expr::Lit(o) => Some(o.value()),
            Expr::Ref(f) => Some(self.get(*f)?.value.value()),
            Expr::Sum(xs) => xs.iter().try_fold(Decimal::ZERO, |a, x| a.checked_add(self.eval(x)?)),
            Expr::Difference(xs) => {
                let (first, rest) = xs.split_first()?;
                rest.iter().try_fold(self.eval(first)?, |a, x| a.checked_sub(self.eval(x)?))
            }
            Expr::Product(xs) => xs.iter().try_fold(Decimal::ONE, |a, x| a.checked_mul(self.eval(x)?)),
            Expr::Quotient(a, b) => self.eval(a)?.checked_div(self.eval(b)?),
            Expr::Max(xs) => xs.iter().map(|x| self.eval(x)).collect::<Option<Vec<_>>>()?.into_iter().max(),
            Expr::Ceil(x) => Some(self.eval(x)?.ceil()),
            Expr::Round(x, dp, mode) => Some(mode.round(self.eval(x)?, *dp)),
            Expr::Step(x, step, dp) => step.quote(self.eval(x)?, *dp),
        }
    }

    fn push(&mut self, fig: Fig, value: Operand, expr: Expr) {
        self.nodes.push(Node { fig, value, expr });
    }

    fn money(&mut self, fig: Fig, value: Money, expr: Expr) {
        self.push(fig, Operand::Money(value), expr);
    }
}

/// The figures an expression refers to directly.
pub fn refs(e: &Expr) -> Vec<Fig> {
    let mut out = Vec::new();
    collect(e, &mut out);
    out
}

fn collect(e: &Expr, out: &mut Vec<Fig>) {
    match e {
        Expr::Lit(_) => {}
        Expr::Ref(f) => out.push(*f),
        Expr::Sum(xs) | Expr::Difference(xs) | Expr::Product(xs) | Expr::Max(xs) => {
            xs.iter().for_each(|x| collect(x, out));
        }
        Expr::Quotient(a, b) => {
            collect(a, out);
            collect(b, out);
        }
        Expr::Ceil(x) | Expr::Round(x, _, _) | Expr::Step(x, _, _) => collect(x, out),
    }
}

/// `amount` in `from`, converted to `to` the way `fx::convert` does: `× rate` or `÷ rate`.
fn converted(doc: &Document, amount: Expr, from: Currency, to: Currency) -> Option<Expr> {
    let (rate, dir) = find_rate(&doc.fx, from, to).ok()?;
    let r = |base, quote| lit(Operand::Rate { rate, base, quote });
    Some(match dir {
        Direction::Same => amount,
        Direction::Multiply => Expr::Product(vec![amount, r(from, to)]),
        Direction::Divide => quot(amount, r(to, from)),
    })
}

/// Builds the trail of a document from its breakdown and quote.
pub fn trail(doc: &Document) -> Trail {
    let b = compute(doc);
    let q = quote(doc);
    build(doc, &b, &q)
}

/// As `trail`, for callers that already hold the breakdown and the quote of `doc`.
pub fn build(doc: &Document, b: &Breakdown, q: &Quote) -> Trail {
    let mut t = Trail::default();
    costing(doc, b, &mut t);
    quoting(doc, q, None, &mut t);
    t
}

/// One article of a priced quotation (`model::quotation::combined`), explained at one of its terms.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleTrail {
    /// The sheet as priced (its colourway applied, the quotation's terms, at the term), with the
    /// export lines the shipment was costed with, so every figure of the trail has its name.
    pub doc: Document,
    pub trail: Trail,
}

/// An article travelling with others: the shipment is every article's cartons, its export
/// costs are the lead sheet's lines on that shipment, and the article carries a share of each
/// stage by the quotation's key (`combined::price`).
struct Sharing<'a> {
    /// The quotation's first article, whose shipping and export lines the shipment uses.
    lead: &'a Document,
    /// The other articles' own packing and their measures for the key.
    others: Vec<(PackingPlan, Measures)>,
    mine: Measures,
    key: Key,
}

/// The trail of article `line` of `p` at term column `term`. A quotation of one article gives
/// that sheet's own trail; with several, the trail goes on from the article's own cartons to
/// the shipment of all (`Fig::ShipmentCartons`, `ShipmentCbm`…), each stage's cost for the whole
/// shipment (`ShipmentStage`) and the article's share of it (`Share`), so a coach can show why
/// one article carries more freight than another. `None` when there is no such line or term, or
/// the shipment could not be worked out, or the line has no order quantity (the quotation's
/// issues say why).
pub fn article(p: &QuotationPrice, line: usize, term: usize) -> Option<ArticleTrail> {
    let l = p.lines.get(line)?;
    let q = l.quotes.get(term)?;
    let mut doc = l.sheet.clone();
    doc.terms.incoterm = q.term;
    let b = compute(&doc);
    if !p.shared {
        return Some(ArticleTrail { trail: build(&doc, &b, q), doc });
    }
    // The shares were worked out at the order's quantities: a line priced at another quantity
    // (no order quantity yet, so its first tier is a further one) has no share to explain.
    if q.tiers.first()?.pairs != l.sheet.article.order_pairs {
        return None;
    }
    let lead = &p.lines.first()?.sheet;
    let others = p
        .lines
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != line)
        .map(|(_, o)| {
            Some((crate::model::export::quote::shipment(&o.sheet, o.sheet.article.order_pairs).ok()?.plan, o.measures?))
        })
        .collect::<Option<Vec<_>>>()?;
    let sharing = Sharing { lead, others, mine: l.measures?, key: p.key };
    let mut t = Trail::default();
    costing(&doc, &b, &mut t);
    quoting(&doc, q, Some(&sharing), &mut t);
    doc.export_costs.clone_from(&lead.export_costs);
    Some(ArticleTrail { doc, trail: t })
}

/// The cost sheet's figures: materials, labour, overhead, one-off costs, then the HPP.
fn costing(doc: &Document, b: &Breakdown, t: &mut Trail) {
    materials_trail(doc, b, t);
    labour_trail(doc, b, t);
    overhead_trail(doc, b, t);
    one_off_trail(doc, b, t);
    t.money(
        Fig::Hpp,
        b.per_pair,
        Expr::Sum(vec![
            Expr::Ref(Fig::Materials),
            Expr::Ref(Fig::Labour),
            Expr::Ref(Fig::Overhead),
            Expr::Ref(Fig::OneOffPerPair),
        ]),
    );
}

/// Each material line, each section, the graded sizes and the materials per pair; what the buyer supplies.
fn materials_trail(doc: &Document, b: &Breakdown, t: &mut Trail) {
    let cur = b.currency;
    let get = |c: Category| b.category(c).map_or(Money::zero(cur), |t| t.per_pair);
    material_lines_trail(doc, b, t);
    let costed = |s: Section| -> Vec<Expr> {
        doc.materials
            .iter()
            .zip(&b.lines)
            .filter(|(m, l)| m.section == s && !m.buyer_supplied && l.per_pair.is_some())
            .map(|(m, _)| Expr::Ref(Fig::Material(m.id)))
            .collect()
    };
    for s in &b.sections {
        if s.lines > 0 {
            t.money(Fig::Section(s.section), s.per_pair, Expr::Sum(costed(s.section)));
        }
    }
    let weight: u64 = doc.sizes.sizes.iter().map(|s| u64::from(s.quantity)).sum();
    let materials = if weight == 0 || b.sizes.is_empty() {
        Expr::Sum(b.sections.iter().filter(|s| s.lines > 0).map(|s| Expr::Ref(Fig::Section(s.section))).collect())
    } else {
        for (sc, (_, step)) in b.sizes.iter().zip(doc.sizes.steps()) {
            t.money(Fig::SizeMaterials(sc.id), sc.materials, Expr::Sum(graded_lines(doc, b, step, false)));
        }
        let weighted = doc
            .sizes
            .sizes
            .iter()
            .map(|s| {
                Expr::Product(vec![
                    Expr::Ref(Fig::SizeMaterials(s.id)),
                    lit(Operand::Count(Decimal::from(s.quantity), Counted::Pairs)),
                ])
            })
            .collect();
        quot(Expr::Sum(weighted), lit(Operand::Count(Decimal::from(weight), Counted::Pairs)))
    };
    t.money(Fig::Materials, get(Category::Materials), materials);
    supplied_trail(doc, b, weight, t);
}

/// Each material line's cost per pair: net × (1 + waste %) × price × (unit ratio) × FX.
fn material_lines_trail(doc: &Document, b: &Breakdown, t: &mut Trail) {
    let cur = b.currency;
    for (m, l) in doc.materials.iter().zip(&b.lines) {
        let Some(cost) = l.per_pair else { continue };
        let Ok((num, den)) = ratio(m.unit, m.price_unit) else { continue };
        // The same unit (or the same size) needs no conversion factor on screen.
        let (num, den) = if num == den { (Decimal::ONE, Decimal::ONE) } else { (num, den) };
        let mut factors = vec![lit(Operand::Qty(m.net_consumption, m.unit))];
        if !m.waste_pct.is_zero() {
            factors.push(one_plus(m.waste_pct));
        }
        factors.push(lit(Operand::Money(Money::new(m.unit_price, m.currency))));
        if num != Decimal::ONE {
            factors.push(lit(Operand::Num(num)));
        }
        let mut e = Expr::Product(factors);
        if den != Decimal::ONE {
            e = quot(e, lit(Operand::Num(den)));
        }
        let Some(e) = converted(doc, e, m.currency, cur) else { continue };
        t.money(Fig::Material(m.id), cost, e);
    }
}

/// What the buyer supplies (CMT) per pair, valued as the maker's own materials are (averaged
/// over the size run's `weight` pairs when there is one).
fn supplied_trail(doc: &Document, b: &Breakdown, weight: u64, t: &mut Trail) {
    let Some(v) = b.supplied_per_pair else { return };
    let e = if weight == 0 || b.sizes.is_empty() {
        Expr::Sum(graded_lines(doc, b, 0, true))
    } else {
        let weighted = doc
            .sizes
            .steps()
            .map(|(s, step)| {
                Expr::Product(vec![
                    Expr::Sum(graded_lines(doc, b, step, true)),
                    lit(Operand::Count(Decimal::from(s.quantity), Counted::Pairs)),
                ])
            })
            .collect();
        quot(Expr::Sum(weighted), lit(Operand::Count(Decimal::from(weight), Counted::Pairs)))
    };
    t.money(Fig::Supplied, v, e);
}

/// Cost per minute, operations or piece rates, the steps bought from workshops, labour and the prime cost.
fn labour_trail(doc: &Document, b: &Breakdown, t: &mut Trail) {
    let cur = b.currency;
    let get = |c: Category| b.category(c).map_or(Money::zero(cur), |t| t.per_pair);
    labour_lines_trail(doc, b, t);
    let kept = |id: &u32| !b.labour.replaced.contains(id);
    let mut labour: Vec<Expr> = match doc.labour.method {
        LabourMethod::Operations => b
            .labour
            .operations
            .iter()
            .filter(|(id, c)| c.is_some() && kept(id))
            .map(|(id, _)| Expr::Ref(Fig::Operation(*id)))
            .collect(),
        LabourMethod::PieceRate => b
            .labour
            .piece_rates
            .iter()
            .filter(|(id, c)| c.is_some() && kept(id))
            .map(|(id, _)| Expr::Ref(Fig::PieceRate(*id)))
            .collect(),
    };
    labour.extend(bought_trail(doc, b, t));
    t.money(Fig::Labour, get(Category::Labour), Expr::Sum(labour));
    t.money(Fig::PrimeCost, b.prime_cost, Expr::Sum(vec![Expr::Ref(Fig::Materials), Expr::Ref(Fig::Labour)]));
}

/// The cost per minute, each operation's cost (minutes × cost per minute) and each piece rate's
/// cost per pair.
fn labour_lines_trail(doc: &Document, b: &Breakdown, t: &mut Trail) {
    let cur = b.currency;
    let w = &doc.labour.wage;
    if let Some(pm) = b.labour.cost_per_minute {
        let minutes = Expr::Product(vec![
            lit(Operand::Count(w.working_days, Counted::Days)),
            lit(Operand::Count(w.minutes_per_day, Counted::MinutesPerDay)),
            lit(Operand::Pct(w.efficiency_pct)),
        ]);
        t.money(Fig::CostPerMinute, pm, quot(lit(Operand::Money(Money::new(w.monthly_wage, cur))), minutes));
    }
    for (o, (_, c)) in doc.labour.operations.iter().zip(&b.labour.operations) {
        if let Some(c) = c {
            let e = Expr::Product(vec![
                lit(Operand::Count(o.standard_minutes, Counted::Minutes)),
                Expr::Ref(Fig::CostPerMinute),
            ]);
            t.money(Fig::Operation(o.id), *c, e);
        }
    }
    for (p, (_, c)) in doc.labour.piece_rates.iter().zip(&b.labour.piece_rates) {
        if let Some(c) = c {
            let e = quot(
                lit(Operand::Money(Money::new(p.rate, cur))),
                lit(Operand::Count(p.per.pairs(), Counted::PairsPerRateUnit)),
            );
            t.money(Fig::PieceRate(p.id), *c, e);
        }
    }
}

/// Each making step bought from workshops, per pair: their rates weighted by pairs (one
/// workshop: its rate). Returns the references labour adds.
fn bought_trail(doc: &Document, b: &Breakdown, t: &mut Trail) -> Vec<Expr> {
    let cur = b.currency;
    let per_pair = |w: &crate::model::sheet::document::BoughtWork| {
        let rate = lit(Operand::Money(Money::new(w.rate, cur)));
        if w.per == crate::model::sheet::document::PiecePer::Pair {
            rate
        } else {
            quot(rate, lit(Operand::Count(w.per.pairs(), Counted::PairsPerRateUnit)))
        }
    };
    let mut bought = Vec::new();
    for bs in &b.labour.bought {
        let Some(v) = bs.per_pair else { continue };
        let lines: Vec<_> = doc.labour.bought.iter().filter(|w| w.covers == bs.step && w.entered()).collect();
        let e = match lines.as_slice() {
            [only] => per_pair(only),
            _ => quot(
                Expr::Sum(
                    lines
                        .iter()
                        .map(|w| {
                            Expr::Product(vec![
                                per_pair(w),
                                lit(Operand::Count(Decimal::from(w.pairs), Counted::Pairs)),
                            ])
                        })
                        .collect(),
                ),
                lit(Operand::Count(Decimal::from(bs.pairs), Counted::Pairs)),
            ),
        };
        t.money(Fig::Bought(bs.step), v, e);
        bought.push(Expr::Ref(Fig::Bought(bs.step)));
    }
    bought
}

/// Overhead per pair, by month or on the prime cost.
fn overhead_trail(doc: &Document, b: &Breakdown, t: &mut Trail) {
    let cur = b.currency;
    let get = |c: Category| b.category(c).map_or(Money::zero(cur), |t| t.per_pair);
    let o = &doc.overhead;
    let overhead = match o.method {
        OverheadMethod::PerMonth if o.monthly_overhead.is_zero() => lit(Operand::Money(Money::zero(cur))),
        OverheadMethod::PerMonth => quot(
            lit(Operand::Money(Money::new(o.monthly_overhead, cur))),
            lit(Operand::Count(o.monthly_output_pairs, Counted::PairsPerMonth)),
        ),
        OverheadMethod::PercentOfPrime => {
            Expr::Product(vec![Expr::Ref(Fig::PrimeCost), lit(Operand::Pct(o.percent_of_prime))])
        }
    };
    t.money(Fig::Overhead, get(Category::Overhead), overhead);
}

/// Each one-off cost, their total and their share per pair.
fn one_off_trail(doc: &Document, b: &Breakdown, t: &mut Trail) {
    let cur = b.currency;
    let get = |c: Category| b.category(c).map_or(Money::zero(cur), |t| t.per_pair);
    for (c, (_, m)) in doc.one_off.iter().zip(&b.one_offs) {
        let own = lit(Operand::Money(Money::new(c.amount, c.currency)));
        if let (Some(m), Some(e)) = (m, converted(doc, own, c.currency, cur)) {
            t.money(Fig::OneOff(c.id), *m, e);
        }
    }
    t.money(
        Fig::OneOffTotal,
        b.one_off_total,
        Expr::Sum(b.one_offs.iter().filter(|(_, m)| m.is_some()).map(|(id, _)| Expr::Ref(Fig::OneOff(*id))).collect()),
    );
    let per_pair = if b.one_off_total.amount().is_zero() {
        lit(Operand::Money(Money::zero(cur)))
    } else {
        quot(
            Expr::Ref(Fig::OneOffTotal),
            lit(Operand::Count(Decimal::from(doc.article.one_off_pairs()), Counted::Pairs)),
        )
    };
    t.money(Fig::OneOffPerPair, get(Category::OneOff), per_pair);
}

/// The order's cash (`quote::order_cash`): the peak need, the need-days, what financing them
/// costs and, when the cash plan adds it to the cost, per pair.
fn cash(doc: &Document, q: &Quote, t: &mut Trail) {
    let Some(Ok(tl)) = &q.cash else { return };
    let cur = tl.peak_need.currency();
    let zero = || lit(Operand::Money(Money::zero(cur)));
    // The most the balance ever falls below zero, after any payment.
    let mut lows = vec![zero()];
    lows.extend(
        tl.events
            .iter()
            .filter(|e| e.balance.amount() < Decimal::ZERO)
            .map(|e| Expr::Difference(vec![zero(), lit(Operand::Money(e.balance))])),
    );
    t.money(Fig::CashPeak, tl.peak_need, Expr::Max(lows));
    // Σ the cash short at the end of each day × the days until the next event (the last until
    // the buyer's last payment).
    let days: Vec<_> = tl.chart.iter().filter(|c| c.day < tl.last_payment_day).collect();
    let short = days
        .iter()
        .enumerate()
        .filter(|(_, c)| c.balance.amount() < Decimal::ZERO)
        .map(|(i, c)| {
            let end = days.get(i + 1).map_or(tl.last_payment_day, |next| next.day);
            Expr::Product(vec![
                Expr::Difference(vec![zero(), lit(Operand::Money(c.balance))]),
                lit(count(Decimal::from(end.saturating_sub(c.day)), Counted::Days)),
            ])
        })
        .collect();
    t.push(Fig::CashNeedDays, Operand::Num(tl.need_days), Expr::Sum(short));
    let (Some(fin), Some(rate)) = (tl.financing, doc.cash.monthly_rate_pct) else { return };
    t.money(
        Fig::Financing,
        fin,
        quot(
            Expr::Product(vec![Expr::Ref(Fig::CashNeedDays), lit(Operand::Pct(rate))]),
            lit(count(Decimal::from(30), Counted::Days)),
        ),
    );
    // The timeline's last balance less the financing (in the price, the buyer pays it and the
    // remainder is the last balance: nothing to explain).
    match crate::model::export::cash::kept(tl, &doc.cash) {
        Ok(kept) if !doc.cash.in_price => {
            t.money(
                Fig::CashKept,
                kept,
                Expr::Difference(vec![lit(Operand::Money(tl.ends_with)), Expr::Ref(Fig::Financing)]),
            );
        }
        _ => {}
    }
    if let Some((tier, f)) = q.tiers.first().and_then(|tier| Some((tier, tier.financing?))) {
        t.money(
            Fig::FinancingPerPair,
            f,
            quot(Expr::Ref(Fig::Financing), lit(count(Decimal::from(tier.pairs), Counted::Pairs))),
        );
    }
}

fn count(v: Decimal, c: Counted) -> Operand {
    Operand::Count(v, c)
}

fn quoting(doc: &Document, q: &Quote, sharing: Option<&Sharing>, t: &mut Trail) {
    let Some(tier) = q.tiers.first() else { return };
    let pairs = lit(count(Decimal::from(tier.pairs), Counted::Pairs));
    let Some(exw) = tier.ex_factory_per_pair else { return };
    cash(doc, q, t);
    let profit = doc.terms.profit;
    // The financing the cash plan adds to the cost is a cost like any other.
    let cost = if tier.financing.is_some() && t.get(Fig::FinancingPerPair).is_some() {
        Expr::Sum(vec![Expr::Ref(Fig::Hpp), Expr::Ref(Fig::FinancingPerPair)])
    } else {
        Expr::Ref(Fig::Hpp)
    };
    let e = match profit.basis {
        ProfitBasis::MarkupOnCost => Expr::Product(vec![cost, one_plus(profit.pct)]),
        ProfitBasis::MarginOnPrice => quot(cost, one_minus(profit.pct)),
    };
    t.money(Fig::ExFactoryPerPair, exw, e);
    let Some(ch) = &q.chain else { return };
    let Ok(exw_total) = ch.ex_factory_money() else { return };
    t.money(Fig::ExFactoryTotal, exw_total, Expr::Product(vec![Expr::Ref(Fig::ExFactoryPerPair), pairs.clone()]));
    let Some(s) = tier.shipment else { return };
    let Some(measures) = packing_trail(doc, tier, &s, sharing, &pairs, t) else { return };
    export_trail(q, ch, tier, &s, sharing, measures, t);

    // Every term's build-up for the shipment.
    for term in Incoterm::ALL {
        term_trail(doc, q, ch, term, tier.pairs, t);
    }
    if let (Some(unit), Some(total)) = (tier.unit_price, tier.total) {
        if t.get(Fig::UnitExact(q.term)).is_some() {
            t.money(
                Fig::UnitPrice,
                unit,
                if q.commercial_step || q.step.up {
                    Expr::Step(Box::new(Expr::Ref(Fig::UnitExact(q.term))), q.step, q.decimals)
                } else {
                    Expr::Round(Box::new(Expr::Ref(Fig::UnitExact(q.term))), q.decimals, q.rounding)
                },
            );
            t.money(Fig::OrderTotal, total, Expr::Product(vec![Expr::Ref(Fig::UnitPrice), pairs]));
        }
    }
}

/// The shipment's cartons, m³ and kg (the article's own; with several articles, the whole
/// shipment's too), its containers, revenue tons or chargeable weight. Returns the figures the
/// shipment's costs are worked on, and the sheet whose shipping and export lines they use.
fn packing_trail<'a>(
    doc: &'a Document,
    tier: &crate::model::export::quote::Tier,
    s: &crate::model::export::quote::Shipment,
    sharing: Option<&Sharing<'a>>,
    pairs: &Expr,
    t: &mut Trail,
) -> Option<(Fig, Fig, Fig, &'a Document)> {
    // The article's own cartons; travelling with others, the shipment is all of theirs.
    let own = match sharing {
        None => s.plan,
        Some(_) => match crate::model::export::quote::shipment(doc, tier.pairs) {
            Ok(own) => own.plan,
            Err(_) => return None,
        },
    };
    let carton_cm3 = carton_trail(doc, &own, pairs, t);
    // What the shipment's costs are worked out on: the article's own figures, or all articles'.
    let (cartons, cbm, kg, ship_doc) = match sharing {
        None => (Fig::Cartons, Fig::Cbm, Fig::GrossKg, doc),
        Some(x) => {
            whole_shipment(x, &s.plan, pairs.clone(), t);
            (Fig::ShipmentCartons, Fig::ShipmentCbm, Fig::ShipmentKg, x.lead)
        }
    };
    // The volume in cm³: one carton's × the cartons, or all the shipment's m³ × 1.000.000.
    let cm3 = match sharing {
        None => Expr::Product(vec![carton_cm3, Expr::Ref(Fig::Cartons)]),
        Some(_) => Expr::Product(vec![Expr::Ref(cbm), lit(Operand::Num(Decimal::from(1_000_000)))]),
    };
    freight_units_trail(&ship_doc.shipping, s, (cbm, kg), cm3, t);
    Some((cartons, cbm, kg, ship_doc))
}

/// The article's own cartons, m³ and gross kg. Returns one carton's volume in cm³.
fn carton_trail(doc: &Document, own: &PackingPlan, pairs: &Expr, t: &mut Trail) -> Expr {
    let c = &doc.shipping.carton;
    t.push(
        Fig::Cartons,
        count(Decimal::from(own.cartons), Counted::Cartons),
        Expr::Ceil(Box::new(quot(
            pairs.clone(),
            lit(count(Decimal::from(own.pairs_per_carton), Counted::PairsPerCarton)),
        ))),
    );
    let carton_cm3 = Expr::Product(vec![
        lit(count(c.length_cm, Counted::Cm)),
        lit(count(c.width_cm, Counted::Cm)),
        lit(count(c.height_cm, Counted::Cm)),
    ]);
    t.push(
        Fig::Cbm,
        count(own.cbm, Counted::Cbm),
        Expr::Product(vec![
            Expr::Ref(Fig::Cartons),
            quot(carton_cm3.clone(), lit(Operand::Num(Decimal::from(1_000_000)))),
        ]),
    );
    t.push(
        Fig::GrossKg,
        count(own.gross_kg, Counted::Kg),
        Expr::Product(vec![Expr::Ref(Fig::Cartons), lit(count(c.gross_kg, Counted::Kg))]),
    );
    carton_cm3
}

/// The shipment's containers, revenue tons or chargeable kg, worked on its m³ and gross kg
/// (`cbm`, `kg`) and its volume in cm³.
fn freight_units_trail(
    sh: &Shipping,
    s: &crate::model::export::quote::Shipment,
    (cbm, kg): (Fig, Fig),
    cm3: Expr,
    t: &mut Trail,
) {
    if let (Some(load), Some(spec)) = (s.load, sh.containers.iter().find(|k| k.kind == sh.container)) {
        t.push(
            Fig::Containers,
            count(Decimal::from(load.containers), Counted::Containers),
            Expr::Max(vec![
                Expr::Ceil(Box::new(quot(Expr::Ref(cbm), lit(count(spec.practical_cbm, Counted::CbmPerContainer))))),
                Expr::Ceil(Box::new(quot(Expr::Ref(kg), lit(count(spec.max_payload_kg, Counted::KgPerContainer))))),
                lit(count(Decimal::ONE, Counted::Containers)),
            ]),
        );
    }
    if let Some(rt) = s.revenue_tons {
        t.push(
            Fig::RevenueTons,
            count(rt, Counted::RevenueTons),
            Expr::Max(vec![
                Expr::Ref(cbm),
                quot(Expr::Ref(kg), lit(Operand::Num(dec!(1000)))),
                lit(count(sh.lcl_minimum_rt, Counted::RevenueTons)),
            ]),
        );
    }
    if let Some(chargeable) = s.chargeable_kg {
        t.push(
            Fig::ChargeableKg,
            count(chargeable, Counted::Kg),
            // Rounded up to the next half kilogram: ⌈2 × max(…)⌉ ÷ 2.
            quot(
                Expr::Ceil(Box::new(Expr::Product(vec![
                    lit(Operand::Num(Decimal::TWO)),
                    Expr::Max(vec![Expr::Ref(kg), quot(cm3, lit(count(sh.air_divisor, Counted::AirDivisor)))]),
                ]))),
                lit(Operand::Num(Decimal::TWO)),
            ),
        );
    }
}

/// Each export cost line of the shipment and each stage's cost (with several articles, the
/// whole shipment's stage and this article's share of it).
fn export_trail(
    q: &Quote,
    ch: &Chain,
    tier: &crate::model::export::quote::Tier,
    s: &crate::model::export::quote::Shipment,
    sharing: Option<&Sharing>,
    measures: (Fig, Fig, Fig, &Document),
    t: &mut Trail,
) {
    let (cartons, cbm, kg, ship_doc) = measures;
    let pairs = &lit(count(Decimal::from(tier.pairs), Counted::Pairs));
    let cur = ch.currency;
    let costed: Vec<(u32, Result<Money, LineProblem>)> = match sharing {
        None => q.export_lines.clone(),
        Some(_) => ship_doc
            .export_costs
            .iter()
            .map(|l| (l.id, crate::model::export::quote::export_line_cost(ship_doc, l, s)))
            .collect(),
    };
    let ok = |id: u32| costed.iter().find(|(i, _)| *i == id).and_then(|(_, r)| r.as_ref().ok()).copied();
    for line in &ship_doc.export_costs {
        let Some(m) = ok(line.id) else { continue };
        let own = lit(Operand::Money(Money::new(line.amount, line.currency)));
        let amount = match line.basis {
            Basis::PerShipment => own,
            Basis::PerContainer => Expr::Product(vec![own, Expr::Ref(Fig::Containers)]),
            Basis::PerCarton => Expr::Product(vec![own, Expr::Ref(cartons)]),
            Basis::PerCbm => Expr::Product(vec![own, Expr::Ref(cbm)]),
            Basis::PerRevenueTon => Expr::Product(vec![own, Expr::Ref(Fig::RevenueTons)]),
            Basis::PerChargeableKg => Expr::Product(vec![own, Expr::Ref(Fig::ChargeableKg)]),
            Basis::PerGrossKg => Expr::Product(vec![own, Expr::Ref(kg)]),
            Basis::PerPair if sharing.is_some() => Expr::Product(vec![own, Expr::Ref(Fig::ShipmentPairs)]),
            Basis::PerPair => Expr::Product(vec![own, pairs.clone()]),
        };
        // The carrier's minimum charge on a rate: max(rate × quantity, minimum).
        let amount = match (crate::model::export::quote::has_minimum(line.basis), line.minimum) {
            (true, Some(min)) => Expr::Max(vec![amount, lit(Operand::Money(Money::new(min, line.currency)))]),
            _ => amount,
        };
        if let Some(e) = converted(ship_doc, amount, line.currency, cur) {
            t.money(Fig::ExportLine(line.id), m, e);
        }
    }
    // A stage's lines, when every one of them could be worked out.
    let ok_lines = |stage: Stage| -> Option<(Vec<Expr>, Vec<Money>)> {
        let lines: Vec<_> = ship_doc.export_costs.iter().filter(|l| l.stage == stage).collect();
        let found: Vec<(Expr, Money)> =
            lines.iter().filter_map(|l| Some((Expr::Ref(Fig::ExportLine(l.id)), ok(l.id)?))).collect();
        (!lines.is_empty() && found.len() == lines.len()).then(|| found.into_iter().unzip())
    };
    if let Some(x) = sharing {
        share(x, tier.financing.is_none(), pairs.clone(), cur, t);
    }
    for (stage, m) in &ch.stages {
        let (Some(Ok(v)), Some((refs, values))) = (m.map(|f| f.value()), ok_lines(*stage)) else { continue };
        let e = match sharing {
            None => Expr::Sum(refs),
            Some(x) => {
                let Ok(whole) = Money::sum(cur, values) else { continue };
                t.money(Fig::ShipmentStage(*stage), whole, Expr::Sum(refs));
                Expr::Product(vec![Expr::Ref(Fig::ShipmentStage(*stage)), Expr::Ref(Fig::Share(x.key))])
            }
        };
        t.money(Fig::Stage(*stage), Money::new(v, cur), e);
    }
}

/// The shipment of all the articles: this one's pairs, cartons, m³ and kg, and the others'.
fn whole_shipment(x: &Sharing, whole: &PackingPlan, pairs: Expr, t: &mut Trail) {
    let all = |mine: Expr, of: &dyn Fn(&PackingPlan) -> Operand| {
        Expr::Sum(std::iter::once(mine).chain(x.others.iter().map(|(p, _)| lit(of(p)))).collect())
    };
    t.push(
        Fig::ShipmentPairs,
        count(Decimal::from(whole.pairs), Counted::Pairs),
        all(pairs, &|p| count(Decimal::from(p.pairs), Counted::Pairs)),
    );
    t.push(
        Fig::ShipmentCartons,
        count(Decimal::from(whole.cartons), Counted::Cartons),
        all(Expr::Ref(Fig::Cartons), &|p| count(Decimal::from(p.cartons), Counted::Cartons)),
    );
    t.push(Fig::ShipmentCbm, count(whole.cbm, Counted::Cbm), all(Expr::Ref(Fig::Cbm), &|p| count(p.cbm, Counted::Cbm)));
    t.push(
        Fig::ShipmentKg,
        count(whole.gross_kg, Counted::Kg),
        all(Expr::Ref(Fig::GrossKg), &|p| count(p.gross_kg, Counted::Kg)),
    );
}

/// The article's share of the shipment's costs by the key (`allocation::shares`): its pairs,
/// m³ or ex-factory value over all the articles'. `exw_is_value`: the order's ex-factory total
/// is the value the key weighs (not when the cash plan's financing is in the price: the key
/// weighs the value before it).
fn share(x: &Sharing, exw_is_value: bool, pairs: Expr, cur: Currency, t: &mut Trail) {
    let weight = |m: &Measures| m.weight(x.key);
    let Some(sum) = x.others.iter().try_fold(weight(&x.mine), |s, (_, m)| s.checked_add(weight(m))) else { return };
    let Some(pct) = weight(&x.mine).checked_mul(Decimal::ONE_HUNDRED).and_then(|w| w.checked_div(sum)) else { return };
    let e = match x.key {
        Key::PerPair => quot(pairs, Expr::Ref(Fig::ShipmentPairs)),
        Key::PerCbm => quot(Expr::Ref(Fig::Cbm), Expr::Ref(Fig::ShipmentCbm)),
        Key::PerValue => {
            let value = |v: Decimal| lit(Operand::Money(Money::new(v, cur)));
            let mine = if exw_is_value { Expr::Ref(Fig::ExFactoryTotal) } else { value(x.mine.value) };
            let all =
                Expr::Sum(std::iter::once(mine.clone()).chain(x.others.iter().map(|(_, m)| value(m.value))).collect());
            t.money(Fig::ShipmentValue, Money::new(sum, cur), all);
            quot(mine, Expr::Ref(Fig::ShipmentValue))
        }
    };
    t.push(Fig::Share(x.key), Operand::Pct(pct), e);
}

/// A term's price for the shipment: its costs (ex-factory, stages, fixed parts) over one less
/// its shares of the price, each part inside it, then its unit price in the quote currency.
fn term_trail(doc: &Document, q: &Quote, ch: &Chain, term: Incoterm, pairs: u32, t: &mut Trail) {
    // The quoted term's price may be provisional: a stage without a line counts as zero, so it
    // is simply not in the sum. A missing rate is not explained (its premium or duty is zero).
    let price = if term == q.term { ch.price_provisional(term) } else { ch.price(term) };
    let Ok(bu) = price else { return };
    if bu.counted_as_zero.iter().any(|m| !matches!(m, Missing::Stage(_))) {
        return;
    }
    let part = |c: Component| bu.part(c);
    let Ok(bu_total) = bu.total_money() else { return };
    let mut base = vec![Expr::Ref(Fig::ExFactoryTotal)];
    for &s in term.stages() {
        if t.get(Fig::Stage(s)).is_some() {
            base.push(Expr::Ref(Fig::Stage(s)));
        }
    }
    let rate_pct = insurance_rate(doc, term);
    if term.delivered() {
        if let (Some(m), Some(r)) = (part(Component::Insurance), rate_pct) {
            let e = if Some(m.amount()) == doc.terms.min_premium {
                lit(Operand::Money(m))
            } else {
                Expr::Product(vec![Expr::Ref(Fig::TermTotal(Incoterm::Cif)), premium(r)])
            };
            t.money(Fig::Part(term, Component::Insurance), m, e);
            base.push(Expr::Ref(Fig::Part(term, Component::Insurance)));
        }
        base.extend(import_charges_trail(doc, ch, &bu, term, pairs, t));
    }
    // Paid on the FOB value, the commission of a C- or D-term is a fixed cost of the shipment.
    let on_fob = ch.commission_base == CommissionBase::Fob && term.beyond_fob();
    let shares = price_shares(doc, &bu, term, on_fob, &mut base, t);
    let costs = Expr::Sum(base);
    let total = if shares.len() == 1 { costs } else { quot(costs, Expr::Difference(shares)) };
    t.money(Fig::TermTotal(term), bu_total, total);
    let of_price = |e: Expr| Expr::Product(vec![Expr::Ref(Fig::TermTotal(term)), e]);
    if let (true, false, Some(m), Some(r)) = (term.insures(), bu.premium_floor, part(Component::Insurance), rate_pct) {
        t.money(Fig::Part(term, Component::Insurance), m, of_price(premium(r)));
    }
    if let (false, Some(m)) = (on_fob, part(Component::Commission)) {
        t.money(Fig::Part(term, Component::Commission), m, of_price(lit(Operand::Pct(doc.terms.commission_pct))));
    }
    if let Some(m) = part(Component::BankCharges) {
        t.money(Fig::Part(term, Component::BankCharges), m, of_price(lit(Operand::Pct(doc.terms.bank_pct))));
    }
    unit_exact_trail(doc, q, term, pairs, bu.currency, t);
}

/// The insurance rate of a term's premium: CIP insures under ICC (A), CIF (and the CIF value of
/// D-terms) under ICC (C).
fn insurance_rate(doc: &Document, term: Incoterm) -> Option<Decimal> {
    if term == Incoterm::Cip {
        doc.terms.insurance_rate_a_pct
    } else {
        doc.terms.insurance_rate_pct
    }
}

/// The premium's share of the price: 110 % cover × the rate.
fn premium(rate: Decimal) -> Expr {
    Expr::Product(vec![lit(Operand::Num(dec!(1.1))), lit(Operand::Pct(rate))])
}

/// A delivered term's import duty, taxes and fee on the customs value (the CIF or FOB value,
/// plus the assists). Returns the references they add to the term's costs.
fn import_charges_trail(
    doc: &Document,
    ch: &Chain,
    bu: &BuildUp,
    term: Incoterm,
    pairs: u32,
    t: &mut Trail,
) -> Vec<Expr> {
    let (Some(duty), Some(taxes), true) =
        (bu.part(Component::ImportDuty), bu.part(Component::ImportTaxes), bu.customs_value.is_some())
    else {
        return Vec::new();
    };
    let value_term = match ch.customs_basis {
        CustomsBasis::Cif => Incoterm::Cif,
        CustomsBasis::Fob => Incoterm::Fob,
    };
    let mut value = Expr::Ref(Fig::TermTotal(value_term));
    if !ch.assists.is_zero() {
        if let (Ok(a), true) = (ch.assists.value(), t.get(Fig::Supplied).is_some()) {
            t.money(
                Fig::Assists,
                Money::new(a, bu.currency),
                Expr::Product(vec![Expr::Ref(Fig::Supplied), lit(count(Decimal::from(pairs), Counted::Pairs))]),
            );
        }
        value = Expr::Sum(vec![value, Expr::Ref(Fig::Assists)]);
    }
    let d = doc.terms.duty_applied().unwrap_or_default();
    let x = doc.terms.import_tax_pct.unwrap_or_default();
    t.money(Fig::Part(term, Component::ImportDuty), duty, Expr::Product(vec![value.clone(), lit(Operand::Pct(d))]));
    t.money(
        Fig::Part(term, Component::ImportTaxes),
        taxes,
        Expr::Product(vec![
            Expr::Sum(vec![value.clone(), Expr::Ref(Fig::Part(term, Component::ImportDuty))]),
            lit(Operand::Pct(x)),
        ]),
    );
    let mut added =
        vec![Expr::Ref(Fig::Part(term, Component::ImportDuty)), Expr::Ref(Fig::Part(term, Component::ImportTaxes))];
    if let (Some(fee), Some(f)) = (bu.part(Component::ImportFee), doc.terms.import_fee.as_ref()) {
        // clamp(value × %, min, max): the bound that applied is the figure itself.
        let e = match bu.fee_bound {
            Some(_) => lit(Operand::Money(fee)),
            None => Expr::Product(vec![value, lit(Operand::Pct(f.pct))]),
        };
        t.money(Fig::Part(term, Component::ImportFee), fee, e);
        added.push(Expr::Ref(Fig::Part(term, Component::ImportFee)));
    }
    added
}

/// The shares of a term's price after its leading 1: commission, bank charges, and for CIF/CIP
/// 110 % insurance cover. A commission on the FOB value (`on_fob`) or the insurer's minimum
/// premium is a fixed cost instead: explained, and added to `base`.
fn price_shares(
    doc: &Document,
    bu: &BuildUp,
    term: Incoterm,
    on_fob: bool,
    base: &mut Vec<Expr>,
    t: &mut Trail,
) -> Vec<Expr> {
    let mut shares = vec![lit(Operand::Num(Decimal::ONE))];
    if on_fob {
        if let Some(m) = bu.part(Component::Commission) {
            let e = Expr::Product(vec![
                Expr::Ref(Fig::TermTotal(Incoterm::Fob)),
                lit(Operand::Pct(doc.terms.commission_pct)),
            ]);
            t.money(Fig::Part(term, Component::Commission), m, e);
            base.push(Expr::Ref(Fig::Part(term, Component::Commission)));
        }
    } else if !doc.terms.commission_pct.is_zero() {
        shares.push(lit(Operand::Pct(doc.terms.commission_pct)));
    }
    if !doc.terms.bank_pct.is_zero() {
        shares.push(lit(Operand::Pct(doc.terms.bank_pct)));
    }
    if bu.premium_floor {
        // The insurer's minimum premium is a fixed cost of the shipment, not a share of it.
        if let Some(m) = bu.part(Component::Insurance) {
            t.money(Fig::Part(term, Component::Insurance), m, lit(Operand::Money(m)));
            base.push(Expr::Ref(Fig::Part(term, Component::Insurance)));
        }
    } else if let (true, Some(r)) = (term.insures(), insurance_rate(doc, term)) {
        shares.push(premium(r));
    }
    shares
}

/// A term's unit price in the quote currency, full precision: its price per pair in `cur`,
/// converted and raised by the FX buffer — as `quote::to_quote`.
fn unit_exact_trail(doc: &Document, q: &Quote, term: Incoterm, pairs: u32, cur: Currency, t: &mut Trail) {
    let to = doc.terms.quote_currency;
    let per_pair = quot(Expr::Ref(Fig::TermTotal(term)), lit(count(Decimal::from(pairs), Counted::Pairs)));
    let Some(mut e) = converted(doc, per_pair, cur, to) else { return };
    if cur != to && !doc.terms.fx_buffer_pct.is_zero() {
        e = quot(
            e,
            Expr::Difference(vec![lit(Operand::Num(Decimal::ONE)), lit(Operand::FxBuffer(doc.terms.fx_buffer_pct))]),
        );
    }
    // The value is the quote's own price for the term: the first tier's for the quoted term
    // (provisional when a stage is missing), the side-by-side list's for the others.
    let unit = match q.tiers.first().and_then(|f| f.unit_exact) {
        Some(u) if term == q.term => Some(u),
        _ => q.side_by_side.iter().find(|(k, _)| *k == term).and_then(|(_, r)| r.as_ref().ok().copied()),
    };
    if let Some(unit) = unit {
        t.money(Fig::UnitExact(term), unit, e);
    }
}

/// The material lines of one size, graded from the base size: the maker's own lines, or
/// (`supplied`) the buyer's.
fn graded_lines(doc: &Document, b: &Breakdown, step: i64, supplied: bool) -> Vec<Expr> {
    doc.materials
        .iter()
        .zip(&b.lines)
        .filter(|(m, l)| l.per_pair.is_some() && m.buyer_supplied == supplied)
        .map(|(m, _)| {
            let g = grading_for(m.unit, m.grading_pct, doc.sizes.grading_pct);
            let r = Expr::Ref(Fig::Material(m.id));
            if g.is_zero() || step == 0 {
                r
            } else {
                let factor = Expr::Sum(vec![
                    lit(Operand::Num(Decimal::ONE)),
                    Expr::Product(vec![lit(Operand::Pct(g)), lit(Operand::Num(Decimal::from(step)))]),
                ]);
                Expr::Product(vec![r, factor])
            }
        })
        .collect()
}

/// A short check used by tests: every node's formula recomputes its figure (to 1e-9 relative).
pub fn mismatches(t: &Trail) -> Vec<(Fig, Decimal, Option<Decimal>)> {
    t.nodes
        .iter()
        .filter_map(|n| {
            let want = n.value.value();
            let got = t.eval(&n.expr);
            let ok = got.is_some_and(|g| {
                let tol = want.abs().max(Decimal::ONE) * dec!(0.000000001);
                (g - want).abs() <= tol
            });
            (!ok).then_some((n.fig, want, got))
        })
        .collect()
}
