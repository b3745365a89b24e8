//! Sizes: the truth is a foot length in millimetres; EU, UK, US and KR/JP labels are views of it.
//!
//! Size numbers differ between makers ("a 41 fits bigger or smaller"), so the size chart keeps
//! a length per size and derives the usual labels from it with the textbook formulas, marked as
//! approximate:
//! - last length = foot length + allowance (15 mm typical, editable);
//! - EU (Paris point, 2/3 cm) = 1.5 × last length in cm;
//! - UK (barleycorn, 1/3 inch) = 3 × last length in inches − 25 (adults);
//! - US men ≈ UK + 1, US women ≈ UK + 2;
//! - KR/JP = foot length in mm, in 5 mm steps.
//!
//! Material consumption is entered for the base size and graded per size step.

use crate::model::base::money::{add, div, mul, percent, MoneyError, Rounding};
use crate::model::base::units::{Kind, Unit};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

/// How the order's pairs are spread over sizes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Assortment {
    /// `quantity` is the number of pairs of each size in the order.
    #[default]
    PairsPerSize,
    /// `quantity` is the number of pairs of each size in one carton (a solid assortment);
    /// pairs per carton is then the sum of the ratio.
    RatioPerCarton,
}

/// One size of the article's chart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Size {
    pub id: u32,
    /// The maker's own label for this size ("41").
    pub label: String,
    /// Foot length in millimetres: the truth the labels are computed from.
    pub foot_mm: Decimal,
    /// Pairs in the order, or pairs per carton, depending on `SizeRun::assortment`.
    pub quantity: u32,
}

/// The article's size chart and the order's assortment. An empty run means one size: the
/// consumption as entered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SizeRun {
    /// Sizes from small to large; consecutive sizes are one grading step apart.
    pub sizes: Vec<Size>,
    /// The size the bill of materials is entered for.
    pub base_size: Option<u32>,
    pub assortment: Assortment,
    /// Default consumption growth per size step, in percent (2 % typical), for area and length
    /// materials; a material line can override it.
    pub grading_pct: Decimal,
    /// Last length minus foot length, in millimetres (15 mm typical).
    pub last_allowance_mm: Decimal,
}

impl Default for SizeRun {
    fn default() -> SizeRun {
        SizeRun {
            sizes: Vec::new(),
            base_size: None,
            assortment: Assortment::PairsPerSize,
            grading_pct: dec!(2),
            last_allowance_mm: dec!(15),
        }
    }
}

/// The conventional labels of one size, each approximate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Labels {
    /// EU (Paris point), to the nearest half size.
    pub eu: Decimal,
    /// UK, to the nearest half size.
    pub uk: Decimal,
    pub us_men: Decimal,
    pub us_women: Decimal,
    /// Korea/Japan: foot length in mm, to the nearest 5 mm.
    pub kr_jp_mm: Decimal,
}

fn nearest(value: Decimal, step: Decimal) -> Decimal {
    // value ÷ step is exact for steps 0.5 and 5; rounding is half-up and explicit.
    Rounding::HalfUp.round(value / step, 0) * step
}

/// Labels for a foot length, with the chart's last allowance.
///
/// # Errors
/// `Overflow` for absurd lengths.
pub fn labels(foot_mm: Decimal, last_allowance_mm: Decimal) -> Result<Labels, MoneyError> {
    let last_mm = add(foot_mm, last_allowance_mm)?;
    let eu = mul(dec!(1.5), last_mm / Decimal::TEN)?;
    let last_in = div(last_mm, dec!(25.4))?;
    let uk = mul(Decimal::from(3), last_in)? - Decimal::from(25);
    let uk = nearest(uk, dec!(0.5));
    Ok(Labels {
        eu: nearest(eu, dec!(0.5)),
        uk,
        us_men: uk + Decimal::ONE,
        us_women: uk + Decimal::TWO,
        kr_jp_mm: nearest(foot_mm, Decimal::from(5)),
    })
}

/// The grading % a material line uses: its own, else the run's default for area and length
/// units, else none (pieces, pairs, kilograms do not grow with size by default).
pub fn grading_for(unit: Unit, own: Option<Decimal>, run_default: Decimal) -> Decimal {
    match own {
        Some(g) => g,
        None if matches!(unit.kind(), Kind::Area | Kind::Length) => run_default,
        None => Decimal::ZERO,
    }
}

/// The factor on base consumption at `step` sizes from the base: `1 + g × step`
/// (step is negative below the base). +2 % per step, two sizes up → 1.04.
///
/// # Errors
/// `Overflow` only.
pub fn graded_factor(grading_pct: Decimal, step: i64) -> Result<Decimal, MoneyError> {
    add(Decimal::ONE, mul(percent(grading_pct), Decimal::from(step))?)
}

impl SizeRun {
    /// The base size's position, defaulting to the middle of the run.
    pub fn base_index(&self) -> usize {
        self.base_size.and_then(|id| self.sizes.iter().position(|s| s.id == id)).unwrap_or(self.sizes.len() / 2)
    }

    /// Sizes with their step from the base size.
    pub fn steps(&self) -> impl Iterator<Item = (&Size, i64)> {
        let base = self.base_index() as i64;
        self.sizes.iter().enumerate().map(move |(i, s)| (s, i as i64 - base))
    }

    /// Total of the assortment's quantities (pairs, or pairs per carton).
    pub fn total_quantity(&self) -> u64 {
        self.sizes.iter().map(|s| u64::from(s.quantity)).sum()
    }
}
