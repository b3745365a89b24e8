//! The cost-sheet formulas, one function per figure a costing clerk would name.
//!
//! Each function is exact and checked; none rounds. Figures that involve a division are
//! returned as an exact quotient (`Frac`): every product is taken first and the division done
//! once, when the figure is shown, so a result with an exact decimal value keeps it.
//! `compute` calls them and collects issues.

use crate::model::base::currency::Currency;
use crate::model::base::fx::{convert_exact, ExchangeRate, FxError};
use crate::model::base::money::{add, mul, percent, Frac, MoneyError};
use crate::model::base::units::{ratio, IncompatibleUnits};
use crate::model::sheet::document::{BoughtWork, MaterialLine, OneOffCost, Overhead, PieceRate, WageBasis};
use rust_decimal::Decimal;

/// Why a material line has no cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineError {
    Fx(FxError),
    Units(IncompatibleUnits),
    Overflow,
}

impl From<MoneyError> for LineError {
    fn from(_: MoneyError) -> LineError {
        LineError::Overflow
    }
}

impl From<FxError> for LineError {
    fn from(e: FxError) -> LineError {
        LineError::Fx(e)
    }
}

/// Gross consumption per pair: `net × (1 + waste %)`. 2.4 sq ft with 8 % waste → 2.592 sq ft.
///
/// # Errors
/// `Overflow` only.
pub fn gross_consumption(net: Decimal, waste_pct: Decimal) -> Result<Decimal, MoneyError> {
    mul(net, add(Decimal::ONE, percent(waste_pct))?)
}

/// Cost of one material per pair, in the price's own currency (before FX), as one exact
/// quotient: `net × (1 + waste %) × unit price × consumption unit ÷ price unit`.
///
/// # Errors
/// `Units` when the consumption and price units are of different kinds; `Overflow`.
pub fn line_cost_in_price_currency(line: &MaterialLine) -> Result<Frac, LineError> {
    let (num, den) = ratio(line.unit, line.price_unit).map_err(LineError::Units)?;
    let gross = gross_consumption(line.net_consumption, line.waste_pct)?;
    // Multiply everything first, divide once: 16 pcs × Rp14.400 ÷ 144 stays exact.
    Ok(Frac::new(mul(mul(gross, line.unit_price)?, num)?, den)?)
}

/// Cost of one material per pair in the costing currency; an inverse exchange rate joins the
/// one division (`… ÷ (price unit × rate)`), so an exact cost stays exact.
///
/// # Errors
/// As `line_cost_in_price_currency`, plus `Fx` when the price currency has no usable rate.
pub fn line_cost(line: &MaterialLine, rates: &[ExchangeRate], costing: Currency) -> Result<Frac, LineError> {
    let own = line_cost_in_price_currency(line)?;
    Ok(convert_exact(rates, own, line.currency, costing)?)
}

/// Minutes an operator works a month at standard pace: `working days × minutes per day × efficiency`.
/// 25 × 420 × 80 % = 8,400.
///
/// # Errors
/// `Overflow`.
pub fn effective_minutes(wage: &WageBasis) -> Result<Decimal, MoneyError> {
    mul(mul(wage.working_days, wage.minutes_per_day)?, percent(wage.efficiency_pct))
}

/// Cost per minute of an operator, carried as the ratio
/// `monthly wage ÷ (working days × minutes per day × efficiency)`, never as its rounded
/// quotient. Rp4.800.000 ÷ (25 × 420 × 80 %) = Rp571,428571…
///
/// # Errors
/// `DivisionByZero` when days, minutes or efficiency is zero; `Overflow`.
pub fn cost_per_minute(wage: &WageBasis) -> Result<Frac, MoneyError> {
    Frac::new(wage.monthly_wage, effective_minutes(wage)?)
}

/// Labour cost of an operation per pair: `standard minutes × monthly wage ÷ effective minutes`
/// (multiplied first, divided once). 9 min at Rp571,43/min → Rp5.142,857…
///
/// # Errors
/// `Overflow`.
pub fn operation_cost(standard_minutes: Decimal, per_minute: Frac) -> Result<Frac, MoneyError> {
    per_minute.times(standard_minutes)
}

/// A piece rate brought to one pair: per dozen ÷ 12, per kodi (20 pairs) ÷ 20.
/// Rp50.000/kodi → Rp2.500/pair.
///
/// # Errors
/// None in practice (the divisors are 1, 12 and 20); typed for uniformity.
pub fn piece_rate_per_pair(rate: &PieceRate) -> Result<Frac, MoneyError> {
    Frac::new(rate.rate, rate.per.pairs())
}

/// A step bought from workshops, per pair: their rates weighted by the pairs each makes,
/// `Σ (rate × pairs ÷ pairs per unit) ÷ Σ pairs`. Rp1.000/pair for 1.200 pairs and Rp30.000/kodi
/// for 800 → (1.200.000 + 1.200.000) ÷ 2.000 = Rp1.200. One workshop needs no pair count.
///
/// # Errors
/// `DivisionByZero` when several workshops share the step and none has pairs; `Overflow`.
pub fn bought_per_pair(lines: &[&BoughtWork]) -> Result<Frac, MoneyError> {
    if let [only] = lines {
        return Frac::new(only.rate, only.per.pairs());
    }
    let mut paid = Frac::ZERO;
    let mut pairs = Decimal::ZERO;
    for w in lines {
        let n = Decimal::from(w.pairs);
        paid = paid.plus(Frac::new(mul(w.rate, n)?, w.per.pairs())?)?;
        pairs = add(pairs, n)?;
    }
    paid.divided_by(pairs)
}

/// Overhead per pair by the monthly method: `monthly overhead ÷ monthly output`.
/// Rp45.000.000 ÷ 6.000 pairs = Rp7.500.
///
/// # Errors
/// `DivisionByZero` when the monthly output is zero.
pub fn overhead_per_month_basis(overhead: &Overhead) -> Result<Frac, MoneyError> {
    Frac::new(overhead.monthly_overhead, overhead.monthly_output_pairs)
}

/// Overhead per pair as a share of prime cost: `(materials + labour) × %`.
///
/// # Errors
/// `Overflow`.
pub fn overhead_percent_of_prime(overhead: &Overhead, prime_cost: Frac) -> Result<Frac, MoneyError> {
    prime_cost.times(percent(overhead.percent_of_prime))
}

/// A one-off cost in the costing currency.
///
/// # Errors
/// `FxError` when its currency has no usable rate.
pub fn one_off_amount(cost: &OneOffCost, rates: &[ExchangeRate], costing: Currency) -> Result<Frac, FxError> {
    convert_exact(rates, Frac::from(cost.amount), cost.currency, costing)
}

/// A one-off total spread over the order: `total ÷ order pairs`.
///
/// # Errors
/// `DivisionByZero` when the order has no pairs.
pub fn amortized(total: Frac, order_pairs: u32) -> Result<Frac, MoneyError> {
    total.divided_by(Decimal::from(order_pairs))
}
