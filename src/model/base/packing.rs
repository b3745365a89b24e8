//! Packing and shipment quantities: cartons, CBM, weight, containers, LCL revenue tons and air
//! chargeable weight.
//!
//! - cartons = ⌈pairs ÷ pairs per carton⌉; the last carton may be partial (and is said to be);
//! - CBM = cartons × L × W × H (cm) ÷ 1,000,000;
//! - full containers: enough for both volume (practical load) and weight (payload); fill % and
//!   how many more pairs would fit;
//! - LCL: revenue tons W/M = max(CBM, gross tonnes, minimum);
//! - air: chargeable kg = max(gross kg, cartons × L × W × H ÷ divisor), divisor 6000 (couriers 5000).

use crate::model::base::money::{div, mul, sub, MoneyError};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

/// The export carton.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Carton {
    /// Pairs per carton; ignored when the size run packs a ratio per carton.
    pub pairs_per_carton: u32,
    pub length_cm: Decimal,
    pub width_cm: Decimal,
    pub height_cm: Decimal,
    /// Gross weight of a full carton, kg.
    pub gross_kg: Decimal,
}

impl Default for Carton {
    fn default() -> Carton {
        Carton { pairs_per_carton: 12, length_cm: dec!(60), width_cm: dec!(40), height_cm: dec!(35), gross_kg: dec!(9) }
    }
}

/// How the goods travel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mode {
    /// Full container loads.
    #[default]
    SeaFcl,
    /// Less than container load, charged per revenue ton.
    SeaLcl,
    Air,
}

/// Container types with editable practical capacities.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ContainerType {
    #[default]
    Gp20,
    Gp40,
    Hq40,
}

impl ContainerType {
    pub const ALL: [ContainerType; 3] = [ContainerType::Gp20, ContainerType::Gp40, ContainerType::Hq40];

    pub fn label(self) -> &'static str {
        match self {
            ContainerType::Gp20 => "20' GP",
            ContainerType::Gp40 => "40' GP",
            ContainerType::Hq40 => "40' HQ",
        }
    }
}

/// What one container practically holds (typical: 20' GP 26.8 m³ / 28 t; 40' GP 56.5 m³ /
/// 26.5 t; 40' HQ 66.5 m³ / 26.5 t — internal volumes are 33 / 67 / 76 m³).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContainerSpec {
    pub kind: ContainerType,
    pub practical_cbm: Decimal,
    pub max_payload_kg: Decimal,
}

/// The shipment's settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shipping {
    pub carton: Carton,
    pub mode: Mode,
    pub container: ContainerType,
    pub containers: Vec<ContainerSpec>,
    /// LCL minimum charge in revenue tons (usually 1).
    pub lcl_minimum_rt: Decimal,
    /// Air volumetric divisor, cm³ per kg (6000; couriers 5000).
    pub air_divisor: Decimal,
    /// The carton and the container are a new sheet's illustrative defaults, not yet the user's:
    /// the quote is not sendable until one of them is changed or kept as it is.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
}

impl Default for Shipping {
    fn default() -> Shipping {
        let spec = |kind, cbm, kg| ContainerSpec { kind, practical_cbm: cbm, max_payload_kg: kg };
        Shipping {
            carton: Carton::default(),
            mode: Mode::SeaFcl,
            container: ContainerType::Gp20,
            containers: vec![
                spec(ContainerType::Gp20, dec!(26.8), dec!(28000)),
                spec(ContainerType::Gp40, dec!(56.5), dec!(26500)),
                spec(ContainerType::Hq40, dec!(66.5), dec!(26500)),
            ],
            lcl_minimum_rt: Decimal::ONE,
            air_divisor: dec!(6000),
            example: false,
        }
    }
}

/// Why a shipment cannot be worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackingError {
    ZeroPairsPerCarton,
    /// A carton dimension or the container capacity is zero.
    ZeroSize,
    Overflow,
}

impl From<MoneyError> for PackingError {
    fn from(_: MoneyError) -> PackingError {
        PackingError::Overflow
    }
}

/// Cartons for an order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PackingPlan {
    pub pairs: u32,
    pub pairs_per_carton: u32,
    pub cartons: u32,
    /// Pairs in the last carton when it is not full; 0 when every carton is full.
    pub partial_last: u32,
    pub cbm_per_carton: Decimal,
    pub cbm: Decimal,
    pub gross_kg: Decimal,
}

/// Cartons, volume and weight for `pairs` packed `pairs_per_carton` to a carton.
/// 3,250 pairs at 12 → 271 cartons, the last holding 10; 60 × 40 × 35 cm → 0.084 m³ each, 22.764 m³.
///
/// # Errors
/// `ZeroPairsPerCarton`, `ZeroSize` for a zero dimension, `Overflow`.
pub fn plan(pairs: u32, pairs_per_carton: u32, carton: &Carton) -> Result<PackingPlan, PackingError> {
    if pairs_per_carton == 0 {
        return Err(PackingError::ZeroPairsPerCarton);
    }
    if carton.length_cm.is_zero() || carton.width_cm.is_zero() || carton.height_cm.is_zero() {
        return Err(PackingError::ZeroSize);
    }
    let cartons = pairs.div_ceil(pairs_per_carton);
    let partial_last = pairs % pairs_per_carton;
    let cm3 = mul(mul(carton.length_cm, carton.width_cm)?, carton.height_cm)?;
    let cbm_per_carton = cm3 / dec!(1000000);
    Ok(PackingPlan {
        pairs,
        pairs_per_carton,
        cartons,
        partial_last,
        cbm_per_carton,
        cbm: mul(cbm_per_carton, Decimal::from(cartons))?,
        // Every carton is counted at full gross weight: the safe side for freight and payload.
        gross_kg: mul(carton.gross_kg, Decimal::from(cartons))?,
    })
}

/// Full-container loading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ContainerLoad {
    pub kind: ContainerType,
    pub containers: u32,
    /// Volume used as a fraction of the containers' practical load (0.849 = 84.9 %).
    pub fill: Decimal,
    /// True when weight, not volume, sets the number of containers.
    pub weight_bound: bool,
    /// Pairs that would still fit in the same containers (whole cartons plus the gap in a partial one).
    pub spare_pairs: u64,
}

fn ceil_ratio(a: Decimal, b: Decimal) -> Result<u32, MoneyError> {
    div(a, b)?.ceil().to_u32().ok_or(MoneyError::Overflow)
}

fn floor_ratio(a: Decimal, b: Decimal) -> Result<u64, MoneyError> {
    if a <= Decimal::ZERO {
        return Ok(0);
    }
    div(a, b)?.floor().to_u64().ok_or(MoneyError::Overflow)
}

/// Containers needed for a plan, the fill and the spare room.
/// 22.764 m³ in a 20' GP of 26.8 m³ practical → 1 container, 84.94 % full, room for 48 more
/// cartons (4.036 ÷ 0.084) = 576 pairs + 2 in the partial carton = 578 pairs.
///
/// # Errors
/// `ZeroSize` when the container's capacity is zero; `Overflow`.
pub fn load(p: &PackingPlan, carton: &Carton, spec: &ContainerSpec) -> Result<ContainerLoad, PackingError> {
    if spec.practical_cbm.is_zero() || spec.max_payload_kg.is_zero() {
        return Err(PackingError::ZeroSize);
    }
    let by_volume = ceil_ratio(p.cbm, spec.practical_cbm)?;
    let by_weight = ceil_ratio(p.gross_kg, spec.max_payload_kg)?;
    let containers = by_volume.max(by_weight).max(1);
    let n = Decimal::from(containers);
    let room_cbm = sub(mul(n, spec.practical_cbm)?, p.cbm)?;
    let room_kg = sub(mul(n, spec.max_payload_kg)?, p.gross_kg)?;
    let more_cartons = if carton.gross_kg.is_zero() {
        floor_ratio(room_cbm, p.cbm_per_carton)?
    } else {
        floor_ratio(room_cbm, p.cbm_per_carton)?.min(floor_ratio(room_kg, carton.gross_kg)?)
    };
    let gap = if p.partial_last == 0 { 0 } else { p.pairs_per_carton - p.partial_last };
    Ok(ContainerLoad {
        kind: spec.kind,
        containers,
        fill: div(p.cbm, mul(n, spec.practical_cbm)?)?,
        weight_bound: by_weight > by_volume,
        spare_pairs: more_cartons
            .checked_mul(u64::from(p.pairs_per_carton))
            .and_then(|n| n.checked_add(u64::from(gap)))
            .ok_or(PackingError::Overflow)?,
    })
}

/// LCL revenue tons: `max(CBM, gross kg ÷ 1000, minimum)`. 2.1 m³ and 1,350 kg → 2.1 RT.
pub fn revenue_tons(p: &PackingPlan, minimum: Decimal) -> Decimal {
    p.cbm.max(p.gross_kg / dec!(1000)).max(minimum)
}

/// Air chargeable weight: `max(gross kg, cartons × L × W × H ÷ divisor)`, rounded up to the
/// next half kilogram as airlines bill it. 10 cartons of 60 × 40 × 35 cm, 9 kg each, ÷ 6000 →
/// max(90, 140) = 140 kg; 7 cartons of 41 × 31 × 21 cm ÷ 6000 = 31,2445 → 31,5 kg.
///
/// # Errors
/// `ZeroSize` when the divisor is zero; `Overflow`.
pub fn chargeable_kg(p: &PackingPlan, carton: &Carton, divisor: Decimal) -> Result<Decimal, PackingError> {
    chargeable_of(p.gross_kg, cartons_cm3(p, carton)?, divisor)
}

/// The volume of a plan's cartons in cm³ (`cartons × L × W × H`).
///
/// # Errors
/// `Overflow`.
pub fn cartons_cm3(p: &PackingPlan, carton: &Carton) -> Result<Decimal, PackingError> {
    Ok(mul(mul(mul(carton.length_cm, carton.width_cm)?, carton.height_cm)?, Decimal::from(p.cartons))?)
}

/// Air chargeable weight of cartons weighing `gross_kg` in all and measuring `cm3` in all
/// (`chargeable_kg`; articles with cartons of different sizes add their volumes first).
///
/// # Errors
/// `ZeroSize` when the divisor is zero; `Overflow`.
pub fn chargeable_of(gross_kg: Decimal, cm3: Decimal, divisor: Decimal) -> Result<Decimal, PackingError> {
    if divisor.is_zero() {
        return Err(PackingError::ZeroSize);
    }
    let kg = gross_kg.max(div(cm3, divisor)?);
    Ok(mul(kg, Decimal::TWO)?.ceil() / Decimal::TWO)
}
