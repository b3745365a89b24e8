//! Exact money: an amount with its currency, and the arithmetic the core is allowed to do.
//!
//! Amounts are `rust_decimal::Decimal`, never floats. Adding two currencies is an error
//! (`MoneyError::CurrencyMismatch`); the only way across currencies is `fx::FxTable::convert`.
//! Every operation that can overflow or divide by zero is checked, because the web build
//! runs with `panic = "abort"` and a panic would kill the page.

use crate::model::base::currency::Currency;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// Why a calculation could not be done. Carries data, never prose: the UI words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyError {
    /// Two amounts in different currencies were added without a conversion.
    CurrencyMismatch { left: Currency, right: Currency },
    /// A result is larger than the decimal type holds (about 7.9 × 10²⁸).
    Overflow,
    /// A division by zero was asked for.
    DivisionByZero,
}

/// Checked decimal product.
pub fn mul(a: Decimal, b: Decimal) -> Result<Decimal, MoneyError> {
    a.checked_mul(b).ok_or(MoneyError::Overflow)
}

/// Checked decimal quotient; dividing by zero is an error, not a panic.
pub fn div(a: Decimal, b: Decimal) -> Result<Decimal, MoneyError> {
    if b.is_zero() {
        return Err(MoneyError::DivisionByZero);
    }
    a.checked_div(b).ok_or(MoneyError::Overflow)
}

/// Checked decimal sum.
pub fn add(a: Decimal, b: Decimal) -> Result<Decimal, MoneyError> {
    a.checked_add(b).ok_or(MoneyError::Overflow)
}

/// Checked decimal difference.
pub fn sub(a: Decimal, b: Decimal) -> Result<Decimal, MoneyError> {
    a.checked_sub(b).ok_or(MoneyError::Overflow)
}

/// A percentage as typed (8 for 8 %) turned into a fraction (0.08).
pub fn percent(p: Decimal) -> Decimal {
    // Dividing by 100 only moves the decimal point; it cannot overflow or lose digits.
    p / Decimal::ONE_HUNDRED
}

/// The rounding mode, always named: half-up is the commercial default, half-even (banker's)
/// is available. `rust_decimal`'s own `round_dp` defaults to half-even, so the core never calls it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rounding {
    #[default]
    HalfUp,
    HalfEven,
}

impl Rounding {
    fn strategy(self) -> RoundingStrategy {
        match self {
            Rounding::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            Rounding::HalfEven => RoundingStrategy::MidpointNearestEven,
        }
    }

    /// Rounds a bare decimal to `dp` places in this mode.
    pub fn round(self, value: Decimal, dp: u32) -> Decimal {
        value.round_dp_with_strategy(dp, self.strategy())
    }
}

/// How a quoted unit price is rounded, once: to a whole multiple of `step` (a commercial step,
/// USD 0.05 or Rp500, or the currency's smallest unit), to the nearest with ties broken by
/// `ties`, or `up` (never below the exact price).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PriceStep {
    pub step: Decimal,
    pub up: bool,
    pub ties: Rounding,
}

impl PriceStep {
    /// The steps price lists usually use in a currency of `decimals` places: 0,01 · 0,05 · 0,10
    /// (USD, EUR); 1 · 100 · 500 · 1.000 (IDR, KRW, JPY); 0,001 · 0,005 · 0,010 (KWD).
    pub fn usual(decimals: u32) -> Vec<Decimal> {
        if decimals == 0 {
            [1, 100, 500, 1000].map(Decimal::from).to_vec()
        } else {
            [1, 5, 10].map(|n| Decimal::new(n, decimals)).to_vec()
        }
    }

    /// `value` on the step: 11.4829 to 0.05 up is 11.50, to 0.05 nearest 11.50, to 0.10
    /// nearest 11.50; 250,055 to 500 nearest is 250,000, up 250,500. `None` when the step is not
    /// above zero or the figure is too large.
    pub fn apply(self, value: Decimal) -> Option<Decimal> {
        if self.step <= Decimal::ZERO {
            return None;
        }
        let steps = value.checked_div(self.step)?;
        let whole = if self.up { steps.ceil() } else { self.ties.round(steps, 0) };
        whole.checked_mul(self.step)
    }

    /// `value` as a price of `decimals` places: on the step, then on the currency's smallest
    /// unit in the same direction (nothing changes for a step of whole smallest units; a finer
    /// step cannot be quoted).
    pub fn quote(self, value: Decimal, decimals: u32) -> Option<Decimal> {
        let v = self.apply(value)?;
        let v = PriceStep { step: Decimal::new(1, decimals), ..self }.apply(v)?;
        Some(self.ties.round(v, decimals))
    }
}

/// An amount of one currency, kept at full precision until it is explicitly rounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    amount: Decimal,
    currency: Currency,
}

impl Money {
    pub fn new(amount: Decimal, currency: Currency) -> Money {
        Money { amount, currency }
    }

    /// The amount, at full precision, in `currency()`.
    pub const fn amount(self) -> Decimal {
        self.amount
    }

    pub const fn currency(self) -> Currency {
        self.currency
    }

    pub fn zero(currency: Currency) -> Money {
        Money::new(Decimal::ZERO, currency)
    }

    /// Sum of two amounts of the same currency.
    ///
    /// # Errors
    /// `CurrencyMismatch` when the currencies differ; `Overflow` when the sum is too large.
    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        if self.currency != other.currency {
            return Err(MoneyError::CurrencyMismatch { left: self.currency, right: other.currency });
        }
        Ok(Money::new(add(self.amount, other.amount)?, self.currency))
    }

    /// This amount times a pure number (a quantity, a factor).
    ///
    /// # Errors
    /// `Overflow` when the product is too large.
    pub fn times(self, factor: Decimal) -> Result<Money, MoneyError> {
        Ok(Money::new(mul(self.amount, factor)?, self.currency))
    }

    /// This amount divided by a pure number (pairs, minutes).
    ///
    /// # Errors
    /// `DivisionByZero` when `divisor` is zero.
    pub fn divided_by(self, divisor: Decimal) -> Result<Money, MoneyError> {
        Ok(Money::new(div(self.amount, divisor)?, self.currency))
    }

    /// This amount as a share of `whole` (0.25 for a quarter), same currency required.
    ///
    /// # Errors
    /// `CurrencyMismatch`, or `DivisionByZero` when `whole` is zero.
    pub fn share_of(self, whole: Money) -> Result<Decimal, MoneyError> {
        if self.currency != whole.currency {
            return Err(MoneyError::CurrencyMismatch { left: self.currency, right: whole.currency });
        }
        div(self.amount, whole.amount)
    }

    /// Rounded to `dp` decimal places in the named mode.
    pub fn round_to(self, dp: u32, mode: Rounding) -> Money {
        Money::new(mode.round(self.amount, dp), self.currency)
    }

    /// Rounded to the currency's ISO 4217 minor units in the named mode.
    pub fn round_minor(self, mode: Rounding) -> Money {
        self.round_to(self.currency.minor_units(), mode)
    }

    /// Adds up amounts of one currency; an empty list is zero of `currency`.
    ///
    /// # Errors
    /// `CurrencyMismatch` if any amount is in another currency; `Overflow`.
    pub fn sum<I: IntoIterator<Item = Money>>(currency: Currency, items: I) -> Result<Money, MoneyError> {
        items.into_iter().try_fold(Money::zero(currency), Money::checked_add)
    }
}

/// An exact quotient carried as `num ÷ den`, so that a chain of formulas divides once, at the
/// end: 1 ÷ 3 × 3.015 is 1.005, not the 1.00499… that dividing first leaves.
///
/// Whenever the quotient is a finite decimal the fraction collapses to it (`den` = 1), so
/// denominators stay small in practice; if cross-multiplying would overflow, the sum falls back
/// to the quotients' sum (exact to 28 digits), never to an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frac {
    num: Decimal,
    den: Decimal,
}

impl From<Decimal> for Frac {
    fn from(value: Decimal) -> Frac {
        Frac { num: value, den: Decimal::ONE }
    }
}

impl Frac {
    pub const ZERO: Frac = Frac { num: Decimal::ZERO, den: Decimal::ONE };

    /// `num ÷ den`.
    ///
    /// # Errors
    /// `DivisionByZero` when `den` is zero.
    pub fn new(num: Decimal, den: Decimal) -> Result<Frac, MoneyError> {
        if den.is_zero() {
            return Err(MoneyError::DivisionByZero);
        }
        let (num, den) = if den.is_sign_negative() { (-num, -den) } else { (num, den) };
        Ok(Frac { num, den }.collapse())
    }

    /// A fraction whose denominator has grown past 10¹² is divided now. Only a non-terminating
    /// quotient keeps a denominator, and such a value is never exactly a rounding tie, so 28
    /// digits round it correctly; bounding the denominator keeps later products from overflowing.
    fn bounded(self) -> Frac {
        const LARGE: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0); // 10¹²
        if self.den > LARGE {
            self.value().map(Frac::from).unwrap_or(self)
        } else {
            self
        }
    }

    fn collapse(self) -> Frac {
        if self.den == Decimal::ONE {
            return self;
        }
        // A quotient that needed (nearly) all 28 digits was probably cut short; checking it by
        // multiplying back is not enough, because that product is rounded too. Short quotients
        // that multiply back exactly are exact.
        // So the check multiplies exactly: the product's mantissa must fit 96 bits and its scale
        // 28 places, or `checked_mul` would round it and could "confirm" a cut-short quotient.
        const SHORT: u128 = 10u128.pow(24);
        const FITS: u128 = 1 << 96;
        let exact_check = |q: Decimal| {
            q.scale() + self.den.scale() <= 28
                && q.mantissa().unsigned_abs().checked_mul(self.den.mantissa().unsigned_abs()).is_some_and(|m| m < FITS)
        };
        match self.num.checked_div(self.den) {
            Some(q)
                if q.mantissa().unsigned_abs() < SHORT
                    && exact_check(q)
                    && q.checked_mul(self.den) == Some(self.num) =>
            {
                Frac::from(q)
            }
            _ => self,
        }
    }

    /// The quotient, divided once.
    ///
    /// # Errors
    /// `Overflow` only (the denominator is never zero).
    pub fn value(self) -> Result<Decimal, MoneyError> {
        div(self.num, self.den)
    }

    /// # Errors
    /// `Overflow` when even the quotients' sum does not fit.
    pub fn plus(self, other: Frac) -> Result<Frac, MoneyError> {
        if self.den == other.den {
            if let Ok(n) = add(self.num, other.num) {
                return Frac::new(n, self.den);
            }
        }
        let cross = || -> Result<Frac, MoneyError> {
            Frac::new(add(mul(self.num, other.den)?, mul(other.num, self.den)?)?, mul(self.den, other.den)?)
        };
        cross().map(Frac::bounded).or_else(|_| Ok(Frac::from(add(self.value()?, other.value()?)?)))
    }

    /// # Errors
    /// `Overflow`.
    pub fn minus(self, other: Frac) -> Result<Frac, MoneyError> {
        self.plus(Frac { num: -other.num, den: other.den })
    }

    /// # Errors
    /// `Overflow`.
    pub fn times(self, factor: Decimal) -> Result<Frac, MoneyError> {
        let exact = || Frac::new(mul(self.num, factor)?, self.den);
        exact().or_else(|_| Ok(Frac::from(mul(self.value()?, factor)?)))
    }

    /// # Errors
    /// `DivisionByZero`, `Overflow`.
    pub fn divided_by(self, divisor: Decimal) -> Result<Frac, MoneyError> {
        if divisor.is_zero() {
            return Err(MoneyError::DivisionByZero);
        }
        let exact = || Frac::new(self.num, mul(self.den, divisor)?);
        exact().map(Frac::bounded).or_else(|_| Ok(Frac::from(div(self.value()?, divisor)?)))
    }

    /// # Errors
    /// `Overflow`.
    pub fn times_frac(self, other: Frac) -> Result<Frac, MoneyError> {
        let exact = || Frac::new(mul(self.num, other.num)?, mul(self.den, other.den)?);
        exact().map(Frac::bounded).or_else(|_| Ok(Frac::from(mul(self.value()?, other.value()?)?)))
    }

    /// # Errors
    /// `DivisionByZero`, `Overflow`.
    pub fn divided_by_frac(self, other: Frac) -> Result<Frac, MoneyError> {
        if other.num.is_zero() {
            return Err(MoneyError::DivisionByZero);
        }
        let exact = || Frac::new(mul(self.num, other.den)?, mul(self.den, other.num)?);
        exact().map(Frac::bounded).or_else(|_| Ok(Frac::from(div(self.value()?, other.value()?)?)))
    }

    /// Sums exact quotients.
    ///
    /// # Errors
    /// `Overflow`.
    pub fn sum<I: IntoIterator<Item = Frac>>(items: I) -> Result<Frac, MoneyError> {
        items.into_iter().try_fold(Frac::ZERO, Frac::plus)
    }

    pub fn is_zero(self) -> bool {
        self.num.is_zero()
    }
}
