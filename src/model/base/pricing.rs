//! Profit: markup on cost or margin on price — two different things the screen always names —
//! and the reverse: what a buyer's target price leaves.
//!
//! - markup on cost: `price = cost × (1 + m)`; Rp120.000 at 25 % → Rp150.000;
//! - margin on price: `price = cost ÷ (1 − g)`; Rp120.000 at 25 % → Rp160.000.
//!
//! Profit is taken on the ex-factory cost (HPP); export costs pass through at cost, bank charges
//! are a share of the final price and commission a share of it or of the FOB value (see
//! `incoterms`).

use crate::model::base::money::{div, mul, percent, sub, Frac, Money, MoneyError};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Which profit the percentage means.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProfitBasis {
    /// `price = cost × (1 + m)`
    #[default]
    MarkupOnCost,
    /// `price = cost ÷ (1 − g)`
    MarginOnPrice,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profit {
    pub basis: ProfitBasis,
    pub pct: Decimal,
}

/// Why a profit cannot be applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfitError {
    /// A margin of 100 % or more of the price has no price.
    MarginTooHigh,
    Overflow,
}

impl From<MoneyError> for ProfitError {
    fn from(_: MoneyError) -> ProfitError {
        ProfitError::Overflow
    }
}

/// The ex-factory price for a cost.
///
/// # Errors
/// `MarginTooHigh` when a margin on price is 100 % or more; `Overflow`.
pub fn ex_factory_price(cost: Money, profit: Profit) -> Result<Money, ProfitError> {
    let exact = ex_factory_exact(Frac::from(cost.amount()), profit)?;
    Ok(Money::new(exact.value()?, cost.currency()))
}

/// `ex_factory_price` on an exact quotient, without dividing: a margin joins the denominator.
///
/// # Errors
/// As `ex_factory_price`.
pub fn ex_factory_exact(cost: Frac, profit: Profit) -> Result<Frac, ProfitError> {
    let p = percent(profit.pct);
    match profit.basis {
        ProfitBasis::MarkupOnCost => Ok(cost.times(Decimal::ONE + p)?),
        ProfitBasis::MarginOnPrice => {
            if p >= Decimal::ONE {
                return Err(ProfitError::MarginTooHigh);
            }
            Ok(cost.divided_by(Decimal::ONE - p)?)
        }
    }
}

/// What a given ex-factory price leaves over a cost, both ways, as fractions:
/// `markup = price ÷ cost − 1`, `margin = 1 − cost ÷ price`. Rp150.000 over Rp120.000 →
/// markup 0.25, margin 0.2.
///
/// # Errors
/// `DivisionByZero` when cost or price is zero.
pub fn profit_left(cost: Decimal, price: Decimal) -> Result<(Decimal, Decimal), MoneyError> {
    Ok((sub(div(price, cost)?, Decimal::ONE)?, sub(Decimal::ONE, div(cost, price)?)?))
}

/// The cost a price allows at a given profit: the inverse of `ex_factory_price`.
///
/// # Errors
/// `Overflow`; `DivisionByZero` for a markup of −100 %.
pub fn allowed_cost(price: Decimal, profit: Profit) -> Result<Decimal, MoneyError> {
    let p = percent(profit.pct);
    match profit.basis {
        ProfitBasis::MarkupOnCost => div(price, Decimal::ONE + p),
        ProfitBasis::MarginOnPrice => mul(price, Decimal::ONE - p),
    }
}
