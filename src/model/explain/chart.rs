//! Chart geometry, worked out in the core so the UI only draws: which rows a chart has, their
//! values, and where each bar starts and ends on a 0–1000 scale. Every step is checked, so any
//! figure `compute` and `quote` can produce gives a chart, never a panic.
//!
//! - `cost_by_section`: the cost per pair by material section (with the grading row when a size
//!   run moves the average off the base size), then labour, overhead and one-off;
//! - `waterfall`: the price per pair built up part by part;
//! - `tornado`: the unit price at −10 % and +10 % of each driver around today's price.

use crate::model::base::incoterms::Component;
use crate::model::base::money::Money;
use crate::model::base::scale::{position, SCALE};
use crate::model::cost::compute::{Breakdown, Category};
use crate::model::explain::whatif::{Driver, Sensitivity};
use crate::model::sheet::document::Section;
use rust_decimal::Decimal;

/// A share (0.25) as a whole percentage for a 0–100 bar.
pub fn share_width(share: Option<Decimal>) -> i64 {
    position(share.unwrap_or_default(), Decimal::ONE) / 10
}

/// One bar: a value and where it runs on the scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar<K> {
    pub key: K,
    pub value: Money,
    pub from: i64,
    pub to: i64,
    /// The value's share of the chart's total, when there is one.
    pub share: Option<Decimal>,
}

/// A row of the cost chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CostRow {
    Section(Section),
    /// What the size run's grading adds to (or saves on) the sections at the base size.
    Grading,
    Category(Category),
}

/// The cost per pair by section, then labour, overhead and one-off; bars from 0, scaled to the
/// largest row.
pub fn cost_by_section(b: &Breakdown) -> Vec<Bar<CostRow>> {
    let mut rows: Vec<(CostRow, Money)> =
        b.sections.iter().filter(|s| s.lines > 0).map(|s| (CostRow::Section(s.section), s.per_pair)).collect();
    if let Some(g) = b.grading_adjustment {
        rows.push((CostRow::Grading, g));
    }
    for c in [Category::Labour, Category::Overhead, Category::OneOff] {
        if let Some(ct) = b.category(c) {
            rows.push((CostRow::Category(c), ct.per_pair));
        }
    }
    let max = rows.iter().map(|(_, m)| m.amount()).max().unwrap_or_default();
    rows.into_iter()
        .map(|(key, value)| Bar {
            key,
            value,
            from: 0,
            to: position(value.amount().max(Decimal::ZERO), max),
            share: value.share_of(b.per_pair).ok(),
        })
        .collect()
}

/// The price per pair built up part by part: each bar starts where the previous one ended.
/// Returns the parts' bars and where the total's bar ends.
pub fn waterfall(parts: &[(Component, Money)], total: Money) -> (Vec<Bar<Component>>, i64) {
    let positive = parts
        .iter()
        .try_fold(Decimal::ZERO, |a, (_, m)| a.checked_add(m.amount().max(Decimal::ZERO)))
        .unwrap_or(Decimal::MAX);
    let max = positive.max(total.amount());
    let mut at = Decimal::ZERO;
    let bars = parts
        .iter()
        .map(|&(key, value)| {
            let from = at;
            at = at.checked_add(value.amount()).unwrap_or(at);
            Bar { key, value, from: position(from, max), to: position(at, max), share: value.share_of(total).ok() }
        })
        .collect();
    (bars, position(total.amount(), max))
}

/// One driver of the tornado: the price at −10 % and +10 %, their differences from today, and
/// where each bar ends (the middle line, today's price, is at `SCALE / 2`).
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoRow {
    pub driver: Driver,
    pub low: Money,
    pub high: Money,
    pub low_change: Money,
    pub high_change: Money,
    pub low_at: i64,
    pub high_at: i64,
}

/// The tornado, widest first as `whatif::sensitivity` sorts it; the widest swing spans half
/// the scale on its side.
pub fn tornado(rows: &[Sensitivity], base: Money) -> Vec<TornadoRow> {
    let change = |m: Money| Money::new(m.amount().checked_sub(base.amount()).unwrap_or(Decimal::MAX), m.currency());
    let reach = rows
        .iter()
        .flat_map(|s| [change(s.low).amount().abs(), change(s.high).amount().abs()])
        .max()
        .unwrap_or_default();
    let mid = SCALE / 2;
    let at = |d: Decimal| -> i64 {
        if reach.is_zero() {
            return mid;
        }
        let half = position(d.abs(), reach) / 2;
        if d < Decimal::ZERO {
            mid - half
        } else {
            mid + half
        }
    };
    rows.iter()
        .map(|s| {
            let (lc, hc) = (change(s.low), change(s.high));
            TornadoRow {
                driver: s.driver,
                low: s.low,
                high: s.high,
                low_change: lc,
                high_change: hc,
                low_at: at(lc.amount()),
                high_at: at(hc.amount()),
            }
        })
        .collect()
}
