//! Exchange rates: a dated table of "1 base = rate quote" entries, and conversion through it.
//!
//! A rate converts both ways: `base → quote` multiplies, `quote → base` divides. There is no
//! silent triangulation through a third currency: a missing pair is `FxError::MissingRate`,
//! so the user always sees which rate a figure used.

use crate::model::base::currency::Currency;
use crate::model::base::money::{div, mul, Frac, Money, MoneyError};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One quoted rate: `1 base = rate quote`, e.g. 1 USD = 16,244 IDR (JISDOR, 2025-07-29).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExchangeRate {
    pub id: u32,
    pub base: Currency,
    pub quote: Currency,
    pub rate: Decimal,
    /// The day the rate was read, `YYYY-MM-DD` as typed.
    pub date: String,
    /// Where it was read: JISDOR, a bank's board rate, the supplier's invoice…
    pub source: String,
}

/// Why an amount could not be converted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FxError {
    /// The table has no rate between these two currencies (in either direction).
    MissingRate { from: Currency, to: Currency },
    /// The rate between them is zero or negative.
    NonPositiveRate { base: Currency, quote: Currency },
    /// The converted amount does not fit.
    Overflow,
}

impl From<MoneyError> for FxError {
    fn from(_: MoneyError) -> FxError {
        FxError::Overflow
    }
}

/// Which way a rate was applied, so explanations can say "× 16,244" or "÷ 16,244".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Same,
    Multiply,
    Divide,
}

/// Finds the rate for `from → to` and says which way to apply it.
///
/// # Errors
/// `MissingRate` if neither direction is in the table; `NonPositiveRate` if the rate found is ≤ 0.
pub fn find_rate(rates: &[ExchangeRate], from: Currency, to: Currency) -> Result<(Decimal, Direction), FxError> {
    if from == to {
        return Ok((Decimal::ONE, Direction::Same));
    }
    let found = rates
        .iter()
        .find(|r| r.base == from && r.quote == to)
        .map(|r| (r, Direction::Multiply))
        .or_else(|| rates.iter().find(|r| r.base == to && r.quote == from).map(|r| (r, Direction::Divide)));
    match found {
        None => Err(FxError::MissingRate { from, to }),
        Some((r, _)) if r.rate <= Decimal::ZERO => Err(FxError::NonPositiveRate { base: r.base, quote: r.quote }),
        Some((r, dir)) => Ok((r.rate, dir)),
    }
}

/// Converts `money` into `to` at full precision.
///
/// Division is done on the amount itself (not through `1 ÷ rate`) so that, e.g.,
/// Rp16.244 ÷ 16.244 is exactly USD 1.
///
/// # Errors
/// As `find_rate`, plus `Overflow`.
pub fn convert(rates: &[ExchangeRate], money: Money, to: Currency) -> Result<Money, FxError> {
    let (rate, dir) = find_rate(rates, money.currency(), to)?;
    let amount = match dir {
        Direction::Same => money.amount(),
        Direction::Multiply => mul(money.amount(), rate)?,
        Direction::Divide => div(money.amount(), rate)?,
    };
    Ok(Money::new(amount, to))
}

/// Converts an exact quotient `from → to` without dividing: an inverse rate joins the
/// denominator, so 16 pcs × USD 14.40 ÷ 144 at 1 IDR = 0.00006 USD stays one division.
///
/// # Errors
/// As `find_rate`, plus `Overflow`.
pub fn convert_exact(rates: &[ExchangeRate], amount: Frac, from: Currency, to: Currency) -> Result<Frac, FxError> {
    let (rate, dir) = find_rate(rates, from, to)?;
    Ok(match dir {
        Direction::Same => amount,
        Direction::Multiply => amount.times(rate)?,
        Direction::Divide => amount.divided_by(rate)?,
    })
}
