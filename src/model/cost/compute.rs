//! `compute`: the one pure function from a `Document` to every figure shown.
//!
//! It never fails as a whole: a line that cannot be costed (no exchange rate, mismatched units)
//! is left out of the totals and reported in `Breakdown::issues`, so a half-filled sheet still
//! shows what it can and says what is missing. Nothing is rounded here; rounding for display
//! happens where figures are formatted.

use crate::model::base::currency::Currency;
use crate::model::base::fx::{convert_exact, FxError};
use crate::model::base::money::{Frac, Money, MoneyError};
use crate::model::base::sizes::{graded_factor, grading_for};
use crate::model::cost::costing::{self, LineError};
use crate::model::sheet::document::{
    BoughtWork, Document, LabourMethod, MakingStep, MaterialLine, OverheadMethod, Section,
};
use rust_decimal::Decimal;

/// Where on the sheet an issue sits, so the UI can mark the right place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Material(u32),
    Operation(u32),
    PieceRate(u32),
    OneOff(u32),
    Wage,
    Overhead,
    Article,
    DisplayCurrency,
    Totals,
}

/// Something that keeps a figure from being complete. Data only; the UI words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Issue {
    /// No exchange rate between two currencies in the FX table.
    MissingRate { from: Currency, to: Currency, at: Place },
    /// An exchange rate is zero or negative.
    NonPositiveRate { base: Currency, quote: Currency, at: Place },
    /// Consumption and price units of a material line are of different kinds.
    IncompatibleUnits { at: Place },
    /// Working days, minutes per day or efficiency is zero, so there is no cost per minute.
    NoWorkingTime,
    /// Overhead per month needs a monthly output above zero.
    NoMonthlyOutput,
    /// One-off costs need an order quantity above zero to be spread per pair.
    NoOrderQuantity,
    /// A figure is too large to compute.
    Overflow { at: Place },
    /// Several workshops take over a step, and none has a pair count to weight them by.
    WorkshopsWithoutPairs { step: MakingStep },
    /// Whole pairs are bought while some steps are bought too: the steps would be paid twice.
    OverlappingWork,
}

/// The four parts of the cost of production (HPP).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    Materials,
    Labour,
    Overhead,
    OneOff,
}

impl Category {
    pub const ALL: [Category; 4] = [Category::Materials, Category::Labour, Category::Overhead, Category::OneOff];
}

/// A material line's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct LineCost {
    pub id: u32,
    /// `net × (1 + waste %)`, in the line's consumption unit.
    pub gross_consumption: Option<Decimal>,
    /// Cost per pair in the costing currency; `None` when an issue names this line.
    pub per_pair: Option<Money>,
}

/// A section's subtotal per pair (only lines that could be costed).
#[derive(Clone, Debug, PartialEq)]
pub struct SectionTotal {
    pub section: Section,
    pub lines: usize,
    pub per_pair: Money,
}

/// One category per pair and for the order, and its share of the total.
#[derive(Clone, Debug, PartialEq)]
pub struct CategoryTotal {
    pub category: Category,
    pub per_pair: Money,
    pub per_order: Money,
    /// Fraction of the cost per pair (0.25 = 25 %); `None` when the total is zero.
    pub share: Option<Decimal>,
}

/// One size's cost per pair: materials graded from the base size, plus labour, overhead, one-off.
#[derive(Clone, Debug, PartialEq)]
pub struct SizeCost {
    pub id: u32,
    /// Size steps from the base size (negative below it).
    pub step: i64,
    pub materials: Money,
    pub per_pair: Money,
}

/// Labour detail.
#[derive(Clone, Debug, PartialEq)]
pub struct LabourCost {
    pub method: LabourMethod,
    pub cost_per_minute: Option<Money>,
    pub standard_minutes: Decimal,
    /// (operation id, cost per pair)
    pub operations: Vec<(u32, Option<Money>)>,
    /// (piece-rate id, cost per pair)
    pub piece_rates: Vec<(u32, Option<Money>)>,
    /// The steps bought from workshops, each at the workshops' weighted cost per pair.
    pub bought: Vec<BoughtStep>,
    /// Own-labour lines (of the chosen method) that bought-in work replaces: shown, not counted.
    pub replaced: Vec<u32>,
    /// (workshop line id, its rate brought to one pair)
    pub bought_lines: Vec<(u32, Option<Money>)>,
    /// Labour per pair split as it is paid: the own lines kept, and the work bought from
    /// workshops, each an exact quotient (they add up to the labour category).
    pub own_exact: Frac,
    pub bought_exact: Frac,
}

/// A making step bought from workshops.
#[derive(Clone, Debug, PartialEq)]
pub struct BoughtStep {
    pub step: MakingStep,
    /// The pairs the step's workshops make together.
    pub pairs: u64,
    /// `Σ (rate ÷ pairs per unit × pairs) ÷ Σ pairs`; `None` when an issue names the step.
    pub per_pair: Option<Money>,
}

/// Every figure of the cost sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Breakdown {
    pub currency: Currency,
    pub order_pairs: u32,
    pub lines: Vec<LineCost>,
    /// Section subtotals at the base size (the bill as entered).
    pub sections: Vec<SectionTotal>,
    /// With a graded size run: the average materials per pair minus the sections' sum at the
    /// base size (what larger and smaller sizes add or save), so the sections plus this row add
    /// up to the materials figure. `None` without grading or when it is zero.
    pub grading_adjustment: Option<Money>,
    pub labour: LabourCost,
    /// Materials + labour per pair, the base of overhead as a percentage.
    pub prime_cost: Money,
    /// (one-off id, amount in the costing currency)
    pub one_offs: Vec<(u32, Option<Money>)>,
    pub one_off_total: Money,
    pub categories: Vec<CategoryTotal>,
    /// Per size, when the document has a size run.
    pub sizes: Vec<SizeCost>,
    /// Cost of production per pair (HPP), full precision; with a size run, the average over
    /// the assortment (materials graded per size, weighted by pairs).
    pub per_pair: Money,
    /// `per_pair` as the exact quotient it is divided from, for the quote to carry on without
    /// dividing twice.
    pub per_pair_exact: Frac,
    pub per_order: Money,
    /// The per-pair cost in the display currency, if a rate allows.
    pub per_pair_display: Option<Money>,
    /// The value per pair of the materials the buyer supplies (CMT), averaged over the size run
    /// like the maker's own; not in any cost above. `None` when the buyer supplies nothing.
    pub supplied_per_pair: Option<Money>,
    /// `supplied_per_pair` as its exact quotient (the assists added to a customs value).
    pub supplied_exact: Option<Frac>,
    pub issues: Vec<Issue>,
}

impl Breakdown {
    /// True when no issue keeps any figure out of the totals.
    pub fn is_complete(&self) -> bool {
        self.issues.is_empty()
    }

    pub fn category(&self, category: Category) -> Option<&CategoryTotal> {
        self.categories.iter().find(|c| c.category == category)
    }

    pub fn line(&self, id: u32) -> Option<&LineCost> {
        self.lines.iter().find(|l| l.id == id)
    }
}

fn fx_issue(e: FxError, at: Place) -> Issue {
    match e {
        FxError::MissingRate { from, to } => Issue::MissingRate { from, to, at },
        FxError::NonPositiveRate { base, quote } => Issue::NonPositiveRate { base, quote, at },
        FxError::Overflow => Issue::Overflow { at },
    }
}

fn money_issue(e: MoneyError, at: Place, on_zero: Issue) -> Issue {
    match e {
        MoneyError::DivisionByZero => on_zero,
        MoneyError::Overflow | MoneyError::CurrencyMismatch { .. } => Issue::Overflow { at },
    }
}

/// Collects issues and keeps running totals that skip what failed. Totals are exact quotients
/// (`Frac`), divided once when a figure is shown.
struct Ledger {
    currency: Currency,
    issues: Vec<Issue>,
}

impl Ledger {
    fn sum(&mut self, items: impl IntoIterator<Item = Frac>, at: Place) -> Frac {
        match Frac::sum(items) {
            Ok(m) => m,
            Err(_) => {
                self.push(Issue::Overflow { at });
                Frac::ZERO
            }
        }
    }

    fn keep<T>(&mut self, r: Result<T, Issue>) -> Option<T> {
        r.map_err(|i| self.push(i)).ok()
    }

    fn push(&mut self, i: Issue) {
        if !self.issues.contains(&i) {
            self.issues.push(i);
        }
    }

    /// The figure as money, divided once; a quotient too large to hold is an issue at `at`.
    fn money(&mut self, f: Frac, at: Place) -> Money {
        match f.value() {
            Ok(v) => Money::new(v, self.currency),
            Err(_) => {
                self.push(Issue::Overflow { at });
                Money::zero(self.currency)
            }
        }
    }
}

/// The materials per pair (the average over the size run, weighted by pairs), line by line,
/// by section and per size, and the value of what the buyer supplies.
struct MaterialsCost {
    lines: Vec<LineCost>,
    sections: Vec<SectionTotal>,
    /// (size id, grading step, pairs, materials per pair at that size)
    per_size: Vec<(u32, i64, u32, Frac)>,
    per_pair: Frac,
    supplied: Option<Frac>,
    grading_adjustment: Option<Money>,
}

fn materials(doc: &Document, ledger: &mut Ledger) -> MaterialsCost {
    let cur = doc.article.costing_currency;
    let exact_lines = line_costs(doc, ledger);
    let lines: Vec<LineCost> = doc
        .materials
        .iter()
        .zip(&exact_lines)
        .map(|(m, c)| LineCost {
            id: m.id,
            gross_consumption: costing::gross_consumption(m.net_consumption, m.waste_pct).ok(),
            per_pair: c.and_then(|c| c.value().ok()).map(|v| Money::new(v, cur)),
        })
        .collect();
    let section_exact = section_costs(doc, &exact_lines, ledger);
    let base_materials = ledger.sum(section_exact.iter().map(|s| s.2), Place::Totals);
    let sections: Vec<SectionTotal> = section_exact
        .iter()
        .map(|&(section, lines, f)| SectionTotal { section, lines, per_pair: ledger.money(f, Place::Totals) })
        .collect();
    // Graded materials per size; the weighted average stands for "materials per pair".
    let size_materials = per_size(doc, &exact_lines, ledger, false);
    let weight: u64 = size_materials.iter().map(|(_, _, q, _)| u64::from(*q)).sum();
    let materials = weighted_average(ledger, &size_materials, weight, base_materials);
    let supplied_exact = if doc.materials.iter().any(|m| m.buyer_supplied) {
        let base = graded(doc, &exact_lines, 0, true).map_err(|_| Issue::Overflow { at: Place::Totals });
        let base = ledger.keep(base).unwrap_or(Frac::ZERO);
        let per_size = per_size(doc, &exact_lines, ledger, true);
        Some(weighted_average(ledger, &per_size, weight, base))
    } else {
        None
    };
    let grading_adjustment = if weight == 0 {
        None
    } else {
        let r = materials.minus(base_materials).map_err(|_| Issue::Overflow { at: Place::Totals });
        ledger.keep(r).filter(|d| !d.is_zero()).map(|d| ledger.money(d, Place::Totals))
    };

    MaterialsCost {
        lines,
        sections,
        per_size: size_materials,
        per_pair: materials,
        supplied: supplied_exact,
        grading_adjustment,
    }
}

/// Each material line's cost per pair at the base size, one exact quotient; `None` when it
/// cannot be costed (an issue names it, unless the buyer supplies it and no assist counts it).
fn line_costs(doc: &Document, ledger: &mut Ledger) -> Vec<Option<Frac>> {
    let cur = doc.article.costing_currency;
    doc.materials
        .iter()
        .map(|m| {
            let at = Place::Material(m.id);
            let cost = costing::line_cost(m, &doc.fx, cur).map_err(|e| match e {
                LineError::Fx(fx) => fx_issue(fx, at),
                LineError::Units(_) => Issue::IncompatibleUnits { at },
                LineError::Overflow => Issue::Overflow { at },
            });
            let cost = cost.and_then(|c| c.value().map(|_| c).map_err(|_| Issue::Overflow { at }));
            // What the buyer supplies is no cost of the maker's: a line of it that cannot be
            // valued holds nothing back, unless its value joins a customs value (assists).
            if m.buyer_supplied && !doc.terms.assists_in_customs_value {
                cost.ok()
            } else {
                ledger.keep(cost)
            }
        })
        .collect()
}

/// Each section's line count and the maker's own materials in it per pair, at the base size
/// (a line the buyer supplies (CMT) is valued but is not the maker's cost).
fn section_costs(doc: &Document, exact_lines: &[Option<Frac>], ledger: &mut Ledger) -> Vec<(Section, usize, Frac)> {
    Section::ALL
        .iter()
        .map(|&section| {
            let in_section: Vec<(&MaterialLine, Option<Frac>)> = doc
                .materials
                .iter()
                .zip(exact_lines)
                .filter(|(m, _)| m.section == section)
                .map(|(m, l)| (m, *l))
                .collect();
            let costs = in_section.iter().filter(|(m, _)| !m.buyer_supplied).filter_map(|(_, l)| *l);
            (section, in_section.len(), ledger.sum(costs, Place::Totals))
        })
        .collect()
}

/// The materials per pair `step` sizes from the base size: the maker's own lines, or with
/// `supplied` those the buyer supplies, each graded by its own rule.
fn graded(doc: &Document, exact_lines: &[Option<Frac>], step: i64, supplied: bool) -> Result<Frac, MoneyError> {
    let mut total = Frac::ZERO;
    for (m, c) in doc.materials.iter().zip(exact_lines) {
        if let (Some(c), true) = (c, m.buyer_supplied == supplied) {
            let g = grading_for(m.unit, m.grading_pct, doc.sizes.grading_pct);
            total = total.plus(c.times(graded_factor(g, step)?)?)?;
        }
    }
    Ok(total)
}

/// The graded materials per pair at each size of the run: (size id, step, pairs, materials).
fn per_size(
    doc: &Document,
    exact_lines: &[Option<Frac>],
    ledger: &mut Ledger,
    supplied: bool,
) -> Vec<(u32, i64, u32, Frac)> {
    doc.sizes
        .steps()
        .map(|(s, step)| {
            let m = graded(doc, exact_lines, step, supplied).map_err(|_| Issue::Overflow { at: Place::Totals });
            (s.id, step, s.quantity, ledger.keep(m).unwrap_or(Frac::ZERO))
        })
        .collect()
}

/// The average over the size run, weighted by its `weight` pairs (`base` without any).
fn weighted_average(ledger: &mut Ledger, per_size: &[(u32, i64, u32, Frac)], weight: u64, base: Frac) -> Frac {
    if weight == 0 {
        return base;
    }
    let weighted = per_size
        .iter()
        .map(|(_, _, q, m)| m.times(Decimal::from(*q)))
        .collect::<Result<Vec<Frac>, MoneyError>>()
        .and_then(Frac::sum)
        .and_then(|sum| sum.divided_by(Decimal::from(weight)))
        .map_err(|_| Issue::Overflow { at: Place::Totals });
    ledger.keep(weighted).unwrap_or(base)
}

/// Labour per pair, by the chosen method (the other method's lines are still costed for
/// display), with the work bought from workshops and the own lines it replaces.
fn labour(doc: &Document, ledger: &mut Ledger) -> (LabourCost, Frac) {
    let cur = doc.article.costing_currency;
    let per_minute = costing::cost_per_minute(&doc.labour.wage);
    let operations_exact: Vec<(u32, Option<Frac>)> = doc
        .labour
        .operations
        .iter()
        .map(|o| (o.id, per_minute.ok().and_then(|pm| costing::operation_cost(o.standard_minutes, pm).ok())))
        .collect();
    let pieces_exact: Vec<(u32, Option<Frac>)> =
        doc.labour.piece_rates.iter().map(|p| (p.id, costing::piece_rate_per_pair(p).ok())).collect();
    let bought_exact = bought_work(doc, ledger);
    let steps: Vec<MakingStep> = bought_exact.iter().map(|(step, _, _)| *step).collect();
    let replaced = |line: Option<MakingStep>| steps.iter().any(|s| s.replaces(line));
    let replaced_ids: Vec<u32> = match doc.labour.method {
        LabourMethod::Operations => doc.labour.operations.iter().filter(|o| replaced(o.step)).map(|o| o.id).collect(),
        LabourMethod::PieceRate => doc.labour.piece_rates.iter().filter(|p| replaced(p.step)).map(|p| p.id).collect(),
    };
    let bought_total = ledger.sum(bought_exact.iter().filter_map(|(_, _, f)| *f), Place::Wage);
    let own_labour = own_labour(doc, per_minute, &operations_exact, &pieces_exact, &steps, ledger);
    let labour = ledger.sum([own_labour, bought_total], Place::Wage);
    let bought_lines = doc
        .labour
        .bought
        .iter()
        .map(|w| (w.id, Frac::new(w.rate, w.per.pairs()).and_then(Frac::value).ok().map(|v| Money::new(v, cur))))
        .collect();
    let bought = bought_exact
        .iter()
        .map(|&(step, pairs, f)| BoughtStep { step, pairs, per_pair: f.map(|f| ledger.money(f, Place::Wage)) })
        .collect();
    let standard_minutes = doc
        .labour
        .operations
        .iter()
        .try_fold(Decimal::ZERO, |a, o| a.checked_add(o.standard_minutes))
        .unwrap_or(Decimal::ZERO);

    let cost = LabourCost {
        method: doc.labour.method,
        cost_per_minute: per_minute.ok().and_then(|f| f.value().ok()).map(|v| Money::new(v, cur)),
        standard_minutes,
        operations: shown(&operations_exact, cur),
        piece_rates: shown(&pieces_exact, cur),
        bought,
        replaced: replaced_ids,
        bought_lines,
        own_exact: own_labour,
        bought_exact: bought_total,
    };
    (cost, labour)
}

/// Each labour line's cost per pair as money, where its exact quotient can be shown.
fn shown(list: &[(u32, Option<Frac>)], cur: Currency) -> Vec<(u32, Option<Money>)> {
    list.iter().map(|(id, f)| (*id, f.and_then(|f| f.value().ok()).map(|v| Money::new(v, cur)))).collect()
}

/// Each making step bought from workshops, in `MakingStep` order: its pairs and weighted cost per pair.
///
/// A workshop's line counts once its rate is entered: a line just added (rate 0) replaces
/// nothing, so the sheet never drops its own labour for a price not yet typed.
fn bought_work(doc: &Document, ledger: &mut Ledger) -> Vec<(MakingStep, u64, Option<Frac>)> {
    let entered: Vec<&BoughtWork> = doc.labour.bought.iter().filter(|w| w.entered()).collect();
    let steps: Vec<MakingStep> =
        MakingStep::ALL.into_iter().filter(|s| entered.iter().any(|w| w.covers == *s)).collect();
    if steps.contains(&MakingStep::WholePair) && steps.len() > 1 {
        ledger.push(Issue::OverlappingWork);
    }
    steps
        .iter()
        .map(|&step| {
            let lines: Vec<&BoughtWork> = entered.iter().copied().filter(|w| w.covers == step).collect();
            let r = costing::bought_per_pair(&lines).map_err(|e| match e {
                MoneyError::DivisionByZero => Issue::WorkshopsWithoutPairs { step },
                _ => Issue::Overflow { at: Place::Wage },
            });
            (step, lines.iter().map(|w| u64::from(w.pairs)).sum(), ledger.keep(r))
        })
        .collect()
}

/// Own labour per pair by the chosen method: the lines no bought step replaces, each line that
/// cannot be costed (or the missing working time) reported.
fn own_labour(
    doc: &Document,
    per_minute: Result<Frac, MoneyError>,
    operations_exact: &[(u32, Option<Frac>)],
    pieces_exact: &[(u32, Option<Frac>)],
    bought_steps: &[MakingStep],
    ledger: &mut Ledger,
) -> Frac {
    let replaced = |line: Option<MakingStep>| bought_steps.iter().any(|s| s.replaces(line));
    let op_step = |id: u32| doc.labour.operations.iter().find(|o| o.id == id).and_then(|o| o.step);
    let piece_step = |id: u32| doc.labour.piece_rates.iter().find(|p| p.id == id).and_then(|p| p.step);
    match doc.labour.method {
        LabourMethod::Operations => {
            let kept: Vec<(u32, Option<Frac>)> =
                operations_exact.iter().filter(|(id, _)| !replaced(op_step(*id))).copied().collect();
            // Operations a workshop has taken over need no working time.
            if let Err(e) = per_minute {
                if !kept.is_empty() {
                    ledger.push(money_issue(e, Place::Wage, Issue::NoWorkingTime));
                }
            }
            for (id, f) in &kept {
                if per_minute.is_ok() && f.is_none() {
                    ledger.push(Issue::Overflow { at: Place::Operation(*id) });
                }
            }
            ledger.sum(kept.iter().filter_map(|(_, c)| *c), Place::Wage)
        }
        LabourMethod::PieceRate => {
            let kept: Vec<(u32, Option<Frac>)> =
                pieces_exact.iter().filter(|(id, _)| !replaced(piece_step(*id))).copied().collect();
            for (id, f) in &kept {
                if f.is_none() {
                    ledger.push(Issue::Overflow { at: Place::PieceRate(*id) });
                }
            }
            ledger.sum(kept.iter().filter_map(|(_, c)| *c), Place::Wage)
        }
    }
}

/// Overhead per pair on a prime cost (materials and labour per pair).
fn overhead_for(doc: &Document, prime: Frac) -> Result<Frac, Issue> {
    match doc.overhead.method {
        OverheadMethod::PerMonth if doc.overhead.monthly_overhead.is_zero() => Ok(Frac::ZERO),
        OverheadMethod::PerMonth => costing::overhead_per_month_basis(&doc.overhead)
            .map_err(|e| money_issue(e, Place::Overhead, Issue::NoMonthlyOutput)),
        OverheadMethod::PercentOfPrime => costing::overhead_percent_of_prime(&doc.overhead, prime)
            .map_err(|_| Issue::Overflow { at: Place::Overhead }),
    }
}

/// The order's one-off costs, each and in all, and spread over its pairs.
struct OneOffs {
    each: Vec<(u32, Option<Money>)>,
    total: Frac,
    per_pair: Frac,
}

fn one_offs(doc: &Document, ledger: &mut Ledger) -> OneOffs {
    let cur = doc.article.costing_currency;
    let one_offs_exact: Vec<(u32, Option<Frac>)> = doc
        .one_off
        .iter()
        .map(|c| {
            let r = costing::one_off_amount(c, &doc.fx, cur).map_err(|e| fx_issue(e, Place::OneOff(c.id)));
            (c.id, ledger.keep(r))
        })
        .collect();
    let one_off_exact = ledger.sum(one_offs_exact.iter().filter_map(|(_, m)| *m), Place::Totals);
    let one_off_per_pair = if one_off_exact.is_zero() {
        Frac::ZERO
    } else {
        let r = costing::amortized(one_off_exact, doc.article.one_off_pairs())
            .map_err(|e| money_issue(e, Place::Article, Issue::NoOrderQuantity));
        ledger.keep(r).unwrap_or(Frac::ZERO)
    };
    let one_offs = one_offs_exact.iter().map(|(id, f)| (*id, f.map(|f| ledger.money(f, Place::OneOff(*id))))).collect();

    OneOffs { each: one_offs, total: one_off_exact, per_pair: one_off_per_pair }
}

/// Derives every figure of the cost sheet from the document: materials, labour, overhead and
/// one-off costs per pair, each from its own function, then the totals and shares.
pub fn compute(doc: &Document) -> Breakdown {
    let cur = doc.article.costing_currency;
    let mut ledger = Ledger { currency: cur, issues: Vec::new() };
    let MaterialsCost {
        lines,
        sections,
        per_size: size_materials,
        per_pair: materials,
        supplied: supplied_exact,
        grading_adjustment,
    } = materials(doc, &mut ledger);
    let (labour_cost, labour) = labour(doc, &mut ledger);
    let prime_exact = ledger.sum([materials, labour], Place::Totals);
    let overhead = ledger.keep(overhead_for(doc, prime_exact)).unwrap_or(Frac::ZERO);
    let OneOffs { each: one_offs, total: one_off_exact, per_pair: one_off_per_pair } = one_offs(doc, &mut ledger);

    // Totals and shares.
    let per_category = [materials, labour, overhead, one_off_per_pair];
    let per_pair_exact = ledger.sum(per_category, Place::Totals);
    let per_pair = ledger.money(per_pair_exact, Place::Totals);
    let sizes = size_costs(doc, &size_materials, labour, overhead, one_off_per_pair, per_pair_exact);
    let (categories, per_order_exact) = category_totals(doc, &mut ledger, per_category, one_off_exact, per_pair_exact);
    let per_order = ledger.money(per_order_exact, Place::Totals);
    let per_pair_display = display_per_pair(doc, per_pair_exact, &mut ledger);
    let prime_cost = ledger.money(prime_exact, Place::Totals);
    let one_off_total = ledger.money(one_off_exact, Place::Totals);
    let supplied_per_pair = supplied_exact.map(|f| ledger.money(f, Place::Totals));

    Breakdown {
        currency: cur,
        order_pairs: doc.article.order_pairs,
        lines,
        sections,
        grading_adjustment,
        labour: labour_cost,
        prime_cost,
        one_offs,
        one_off_total,
        categories,
        sizes,
        per_pair,
        per_pair_exact,
        per_order,
        per_pair_display,
        supplied_per_pair,
        supplied_exact,
        issues: ledger.issues,
    }
}

/// Each size's cost per pair: its graded materials plus labour, the overhead on that prime
/// cost, and the one-off costs per pair.
fn size_costs(
    doc: &Document,
    size_materials: &[(u32, i64, u32, Frac)],
    labour: Frac,
    overhead: Frac,
    one_off_per_pair: Frac,
    per_pair_exact: Frac,
) -> Vec<SizeCost> {
    let cur = doc.article.costing_currency;
    size_materials
        .iter()
        .map(|&(id, step, _, m)| {
            let prime = m.plus(labour).unwrap_or(m);
            let oh = overhead_for(doc, prime).unwrap_or(overhead);
            let total = Frac::sum([m, labour, oh, one_off_per_pair]).unwrap_or(per_pair_exact);
            let money = |f: Frac| Money::new(f.value().unwrap_or(Decimal::ZERO), cur);
            SizeCost { id, step, materials: money(m), per_pair: money(total) }
        })
        .collect()
}

/// Each category per pair, for the order and as a share of the cost per pair (`per_category`
/// in `Category::ALL` order), and the order's total cost.
fn category_totals(
    doc: &Document,
    ledger: &mut Ledger,
    per_category: [Frac; 4],
    one_off_exact: Frac,
    per_pair_exact: Frac,
) -> (Vec<CategoryTotal>, Frac) {
    let pairs = Decimal::from(doc.article.order_pairs);
    let mut orders = Vec::with_capacity(per_category.len());
    let mut categories = Vec::with_capacity(per_category.len());
    for (category, m) in Category::ALL.into_iter().zip(per_category) {
        let per_order = if category == Category::OneOff {
            one_off_exact
        } else {
            let r = m.times(pairs).map_err(|_| Issue::Overflow { at: Place::Totals });
            ledger.keep(r).unwrap_or(Frac::ZERO)
        };
        let share = m.divided_by_frac(per_pair_exact).and_then(Frac::value).ok();
        let per_pair = ledger.money(m, Place::Totals);
        let per_order_money = ledger.money(per_order, Place::Totals);
        orders.push(per_order);
        categories.push(CategoryTotal { category, per_pair, per_order: per_order_money, share });
    }
    (categories, ledger.sum(orders, Place::Totals))
}

/// The cost per pair in the display currency, if a rate allows.
fn display_per_pair(doc: &Document, per_pair_exact: Frac, ledger: &mut Ledger) -> Option<Money> {
    let cur = doc.article.costing_currency;
    let display = convert_exact(&doc.fx, per_pair_exact, cur, doc.display_currency)
        .map_err(|e| fx_issue(e, Place::DisplayCurrency))
        .and_then(|f| f.value().map_err(|_| Issue::Overflow { at: Place::DisplayCurrency }));
    ledger.keep(display).map(|v| Money::new(v, doc.display_currency))
}
