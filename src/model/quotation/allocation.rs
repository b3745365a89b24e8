//! Sharing the shipment's costs among the articles that travel together (issue 14): the
//! per-shipment and per-container export costs, the freight and the insurance of one shipment
//! fall on several articles, each with its pairs, its cartons' volume and its value.
//!
//! The user chooses the key, and the quotation says which:
//! - **per pair**: `shareᵢ = pairsᵢ ÷ Σ pairs` (simple; fair when the articles are alike);
//! - **per m³**: `shareᵢ = m³ᵢ ÷ Σ m³` (what a container is filled with: boots carry more
//!   freight than sandals);
//! - **per value**: `shareᵢ = valueᵢ ÷ Σ value`, on the ex-factory value of each article's pairs
//!   (the value before the costs being shared, so the key does not depend on its own result).
//!
//! Each share is an exact quotient (`Frac`), so the shares add back to the cost exactly. Shown in
//! a currency's minor units, the rounded shares are made to add up too: the largest-remainder
//! method gives the leftover minor units to the shares the rounding cut most (ties to the first).
//!
//! Worked example (tests/it/allocation.rs): Rp12.000.000 of shipment costs over three articles —
//! 1.000 pairs, 2 m³, Rp100.000.000; 1.500 pairs, 6 m³, Rp120.000.000; 500 pairs, 4 m³,
//! Rp80.000.000 — per pair 4 / 6 / 2 million; per m³ 2 / 6 / 4 million; per value 4 / 4,8 / 3,2
//! million.

use crate::model::base::money::{Frac, Money, MoneyError};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What a shared cost is shared by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Key {
    #[default]
    PerPair,
    PerCbm,
    PerValue,
}

impl Key {
    pub const ALL: [Key; 3] = [Key::PerPair, Key::PerCbm, Key::PerValue];
}

/// One article's measures, for the key to weigh.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measures {
    pub pairs: u32,
    /// The volume of its cartons, m³.
    pub cbm: Decimal,
    /// The ex-factory value of its pairs (costing currency).
    pub value: Decimal,
}

impl Measures {
    /// What the key weighs of this article (its pairs, m³ or ex-factory value).
    pub fn weight(&self, key: Key) -> Decimal {
        match key {
            Key::PerPair => Decimal::from(self.pairs),
            Key::PerCbm => self.cbm,
            Key::PerValue => self.value,
        }
    }
}

/// Why a cost cannot be shared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AllocationError {
    /// No article has any of the key's measure (no pairs, no volume or no value yet).
    NothingToShareBy,
    /// A measure below zero.
    Negative,
    Overflow,
}

impl From<MoneyError> for AllocationError {
    fn from(_: MoneyError) -> AllocationError {
        AllocationError::Overflow
    }
}

/// Each article's share of `total`, exact: `total × weightᵢ ÷ Σ weights`. The shares add up to
/// `total` exactly.
///
/// # Errors
/// `NothingToShareBy` when every weight is zero; `Negative`; `Overflow`.
pub fn shares(total: Frac, articles: &[Measures], key: Key) -> Result<Vec<Frac>, AllocationError> {
    let weights: Vec<Decimal> = articles.iter().map(|a| a.weight(key)).collect();
    if weights.iter().any(|w| w.is_sign_negative() && !w.is_zero()) {
        return Err(AllocationError::Negative);
    }
    let sum = weights.iter().try_fold(Decimal::ZERO, |s, w| s.checked_add(*w)).ok_or(AllocationError::Overflow)?;
    if sum.is_zero() {
        return Err(AllocationError::NothingToShareBy);
    }
    Ok(weights.iter().map(|w| total.times(*w)?.divided_by(sum)).collect::<Result<Vec<Frac>, MoneyError>>()?)
}

/// The shares rounded to `decimals` places so that they still add up to `total` rounded the same
/// way (half-up): each share is cut down to the minor unit, and the units left over go one by one
/// to the shares with the largest remainders (ties: the first article).
///
/// # Errors
/// `Overflow` when a share cannot be divided.
pub fn in_minor_units(
    total: Frac,
    parts: &[Frac],
    decimals: u32,
    currency: crate::model::base::currency::Currency,
) -> Result<Vec<Money>, AllocationError> {
    use rust_decimal::prelude::ToPrimitive;
    let unit = Decimal::new(1, decimals);
    let units = |v: Decimal| v.checked_div(unit).ok_or(AllocationError::Overflow);
    let whole = units(crate::model::base::money::Rounding::HalfUp.round(total.value()?, decimals))?;
    // Each share in minor units, exact, and cut down to a whole unit.
    let exact: Vec<Decimal> = parts.iter().map(|p| units(p.value()?)).collect::<Result<_, _>>()?;
    let mut cut: Vec<Decimal> = exact.iter().map(|v| v.floor()).collect();
    let given = cut.iter().try_fold(Decimal::ZERO, |s, c| s.checked_add(*c)).ok_or(AllocationError::Overflow)?;
    let left = whole.checked_sub(given).ok_or(AllocationError::Overflow)?.round().to_usize().unwrap_or(0);
    let mut order: Vec<usize> = (0..parts.len()).collect();
    // Largest remainder first; the sort is stable, so the first of equals stays first.
    order.sort_by(|&a, &b| (exact[b] - cut[b]).cmp(&(exact[a] - cut[a])));
    // At most one unit per share is ever left over.
    for &i in order.iter().take(left) {
        cut[i] = cut[i].checked_add(Decimal::ONE).ok_or(AllocationError::Overflow)?;
    }
    cut.into_iter()
        .map(|c| c.checked_mul(unit).map(|v| Money::new(v, currency)).ok_or(AllocationError::Overflow))
        .collect()
}
