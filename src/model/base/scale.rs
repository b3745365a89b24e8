//! A bar's length on a 0–1000 scale, checked: used by the charts and by the cash timeline's bars.

use crate::model::base::money::Rounding;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The length of the bar scale.
pub const SCALE: i64 = 1000;

/// `v` on the 0–`SCALE` scale where `max` is full length; 0 for a zero or negative `max`,
/// clamped to the scale, checked throughout.
pub fn position(v: Decimal, max: Decimal) -> i64 {
    if max <= Decimal::ZERO {
        return 0;
    }
    v.checked_mul(Decimal::from(SCALE))
        .and_then(|p| p.checked_div(max))
        .map(|p| Rounding::HalfUp.round(p, 0).clamp(Decimal::ZERO, Decimal::from(SCALE)))
        .and_then(|p| p.to_i64())
        .unwrap_or(if v > Decimal::ZERO { SCALE } else { 0 })
}
