//! What-if: the main price drivers, changed by a factor on a copy of the document, and the
//! sensitivity (tornado) of the unit price to ±10 % in each.
//!
//! A change never touches the user's document: `apply` returns a changed copy, and the price
//! comes from the same `quote` as everywhere else.
//!
//! - **Exchange rate**: the rupiah price of one unit of the quote currency (for an IDR quote,
//!   of each foreign currency). +10 % is a weaker rupiah: imported inputs cost more, and each
//!   rupiah of cost is fewer dollars of price.
//! - **Main material**: the unit price of the material line that costs most per pair.
//! - **Labour**: every operation's standard minutes (or, for piece rates, every rate).
//! - **Profit**: the markup or margin percentage.
//! - **Freight**: every main-carriage cost line.
//! - **Order quantity**: the order's pairs (and the size run's pairs per size, in proportion).

use crate::model::base::fx::{self, Direction};
use crate::model::base::incoterms::Stage;
use crate::model::base::money::{Money, Rounding};
use crate::model::base::sizes::Assortment;
use crate::model::cost::compute::compute;
use crate::model::explain::trail::{Counted, Operand};
use crate::model::export::quote::quote;
use crate::model::sheet::document::{Document, LabourMethod};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// A driver of the price.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Driver {
    ExchangeRate,
    MainMaterial,
    Labour,
    Profit,
    Freight,
    OrderQuantity,
}

impl Driver {
    pub const ALL: [Driver; 6] = [
        Driver::ExchangeRate,
        Driver::MainMaterial,
        Driver::Labour,
        Driver::Profit,
        Driver::Freight,
        Driver::OrderQuantity,
    ];
}

/// The maker's material line that costs most per pair (the first of equals); a line the buyer
/// supplies is not the maker's cost, so it is never the driver.
pub fn main_material(doc: &Document) -> Option<u32> {
    let b = compute(doc);
    let own = |id: u32| doc.materials.iter().any(|m| m.id == id && !m.buyer_supplied);
    b.lines
        .iter()
        .filter(|l| own(l.id))
        .filter_map(|l| Some((l.id, l.per_pair?.amount())))
        .fold(None, |best, (id, c)| match best {
            Some((_, bc)) if bc >= c => best,
            _ => Some((id, c)),
        })
        .map(|(id, _)| id)
}

fn scale(v: Decimal, factor: Decimal) -> Decimal {
    v.checked_mul(factor).unwrap_or(v)
}

/// Whether a driver has anything to change in this document.
pub fn applies(doc: &Document, driver: Driver) -> bool {
    let cur = doc.article.costing_currency;
    match driver {
        Driver::ExchangeRate => doc.fx.iter().any(|r| r.base == cur || r.quote == cur),
        Driver::MainMaterial => main_material(doc).is_some(),
        Driver::Labour => match doc.labour.method {
            LabourMethod::Operations => !doc.labour.operations.is_empty(),
            LabourMethod::PieceRate => !doc.labour.piece_rates.is_empty(),
        },
        Driver::Profit => !doc.terms.profit.pct.is_zero(),
        Driver::Freight => doc.export_costs.iter().any(|c| c.stage == Stage::MainCarriage),
        Driver::OrderQuantity => doc.article.order_pairs > 0,
    }
}

/// A copy of `doc` with each driver multiplied by its factor (1.1 = +10 %).
pub fn apply(doc: &Document, changes: &[(Driver, Decimal)]) -> Document {
    let mut d = doc.clone();
    let cur = d.article.costing_currency;
    let quote_cur = d.terms.quote_currency;
    let main = main_material(doc);
    for &(driver, f) in changes {
        if f == Decimal::ONE {
            continue;
        }
        match driver {
            Driver::ExchangeRate => {
                // Rupiah per unit of foreign currency rises by f. Only the quote currency's pair
                // moves when the quote is foreign; for a rupiah quote every foreign rate moves.
                for r in &mut d.fx {
                    let other = if r.quote == cur {
                        r.base
                    } else if r.base == cur {
                        r.quote
                    } else {
                        continue;
                    };
                    if quote_cur != cur && other != quote_cur {
                        continue;
                    }
                    r.rate = if r.quote == cur { scale(r.rate, f) } else { r.rate.checked_div(f).unwrap_or(r.rate) };
                }
            }
            Driver::MainMaterial => {
                if let Some(m) = d.materials.iter_mut().find(|m| Some(m.id) == main) {
                    m.unit_price = scale(m.unit_price, f);
                }
            }
            Driver::Labour => match d.labour.method {
                LabourMethod::Operations => {
                    d.labour.operations.iter_mut().for_each(|o| o.standard_minutes = scale(o.standard_minutes, f));
                }
                LabourMethod::PieceRate => d.labour.piece_rates.iter_mut().for_each(|p| p.rate = scale(p.rate, f)),
            },
            Driver::Profit => d.terms.profit.pct = scale(d.terms.profit.pct, f),
            Driver::Freight => d
                .export_costs
                .iter_mut()
                .filter(|c| c.stage == Stage::MainCarriage)
                .for_each(|c| c.amount = scale(c.amount, f)),
            Driver::OrderQuantity => {
                let pairs = |q: u32| scale(Decimal::from(q), f).round().to_u32().unwrap_or(q).max(1);
                let sized = d.sizes.assortment == Assortment::PairsPerSize
                    && d.sizes.total_quantity() == u64::from(d.article.order_pairs)
                    && d.sizes.total_quantity() > 0;
                if sized {
                    d.sizes.sizes.iter_mut().for_each(|s| s.quantity = pairs(s.quantity));
                    d.article.order_pairs = u32::try_from(d.sizes.total_quantity()).unwrap_or(d.article.order_pairs);
                } else {
                    d.article.order_pairs = pairs(d.article.order_pairs);
                }
            }
        }
    }
    d
}

/// A copy of `doc` with the profit percentage set to `pct`, on the sheet's own basis (markup or
/// margin): a change in percentage points ("12 % → 15 %"), not by a factor.
pub fn with_profit(doc: &Document, pct: Decimal) -> Document {
    let mut d = doc.clone();
    d.terms.profit.pct = pct;
    d
}

/// The quoted unit price of the order quantity at full precision, if the document prices.
pub fn unit_price(doc: &Document) -> Option<Money> {
    quote(doc).tiers.first()?.unit_exact
}

/// How ±`step` in one driver moves the unit price.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sensitivity {
    pub driver: Driver,
    /// Unit price with the driver lowered and raised by the step.
    pub low: Money,
    pub high: Money,
}

impl Sensitivity {
    /// `high − low`, the width of the tornado bar (signed: negative when the price falls as
    /// the driver rises, as with the exchange rate).
    pub fn swing(&self) -> Decimal {
        self.high.amount() - self.low.amount()
    }
}

/// The unit price at ±10 % of each driver that applies, widest swing first.
pub fn sensitivity(doc: &Document) -> Vec<Sensitivity> {
    sensitivity_by(doc, dec!(0.10))
}

/// As `sensitivity`, with a chosen step (0.1 = ±10 %).
pub fn sensitivity_by(doc: &Document, step: Decimal) -> Vec<Sensitivity> {
    let mut out: Vec<Sensitivity> = Driver::ALL
        .iter()
        .filter(|&&d| applies(doc, d))
        .filter_map(|&driver| {
            let low = unit_price(&apply(doc, &[(driver, Decimal::ONE - step)]))?;
            let high = unit_price(&apply(doc, &[(driver, Decimal::ONE + step)]))?;
            Some(Sensitivity { driver, low, high })
        })
        .collect();
    out.sort_by_key(|s| std::cmp::Reverse(s.swing().abs()));
    out
}

/// The figures a scenario compare shows, for one version of the document.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    pub cost_per_pair: Money,
    pub ex_factory_per_pair: Option<Money>,
    pub unit_price: Option<Money>,
    pub order_total: Option<Money>,
    pub pairs: u32,
}

/// The key figures of a document's quote.
pub fn outcome(doc: &Document) -> Outcome {
    let q = quote(doc);
    let b = compute(doc);
    let tier = q.tiers.first();
    Outcome {
        cost_per_pair: b.per_pair,
        ex_factory_per_pair: tier.and_then(|t| t.ex_factory_per_pair),
        unit_price: tier.and_then(|t| t.unit_price),
        order_total: tier.and_then(|t| t.total),
        pairs: doc.article.order_pairs,
    }
}

/// `b − a` when both exist and share a currency.
pub fn difference(a: Option<Money>, b: Option<Money>) -> Option<Money> {
    let (a, b) = (a?, b?);
    (a.currency() == b.currency()).then(|| Money::new(b.amount() - a.amount(), a.currency()))
}

/// A factor shown as a signed percentage change, rounded to whole percent: 1.1 → 10.
pub fn factor_pct(f: Decimal) -> Decimal {
    Rounding::HalfUp.round((f - Decimal::ONE) * dec!(100), 0)
}

/// The driver's current value in `doc`, for display beside its slider.
pub fn driver_value(doc: &Document, driver: Driver) -> Option<Operand> {
    let cur = doc.article.costing_currency;
    match driver {
        Driver::ExchangeRate => {
            let foreign = if doc.terms.quote_currency != cur {
                doc.terms.quote_currency
            } else {
                doc.fx.iter().find_map(|r| {
                    if r.quote == cur {
                        Some(r.base)
                    } else {
                        (r.base == cur).then_some(r.quote)
                    }
                })?
            };
            let (rate, dir) = fx::find_rate(&doc.fx, foreign, cur).ok()?;
            let rate = match dir {
                Direction::Divide => Decimal::ONE.checked_div(rate)?,
                _ => rate,
            };
            Some(Operand::Rate { rate, base: foreign, quote: cur })
        }
        Driver::MainMaterial => {
            let id = main_material(doc)?;
            let m = doc.materials.iter().find(|m| m.id == id)?;
            Some(Operand::Money(Money::new(m.unit_price, m.currency)))
        }
        Driver::Labour => match doc.labour.method {
            LabourMethod::Operations => {
                Some(Operand::Count(doc.labour.operations.iter().map(|o| o.standard_minutes).sum(), Counted::Minutes))
            }
            LabourMethod::PieceRate => {
                let p = doc.labour.piece_rates.first()?;
                Some(Operand::Money(Money::new(p.rate, cur)))
            }
        },
        Driver::Profit => Some(Operand::Pct(doc.terms.profit.pct)),
        Driver::Freight => {
            let c = doc.export_costs.iter().find(|c| c.stage == Stage::MainCarriage)?;
            Some(Operand::Money(Money::new(c.amount, c.currency)))
        }
        Driver::OrderQuantity => Some(Operand::Count(Decimal::from(doc.article.order_pairs), Counted::Pairs)),
    }
}
