//! The document: everything the user entered for one article, and nothing derived from it.
//!
//! `Document` is the single source of truth. Every figure on screen comes from
//! `compute::compute(&Document)`; nothing computed is ever stored here. It is serialised with
//! serde (decimals as strings) and carries `schema` so saved files can be migrated.

use crate::model::currency::Currency;
use crate::model::fx::ExchangeRate;
use crate::model::units::Unit;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The version of the document layout written by this build.
pub const SCHEMA_VERSION: u32 = 1;

/// One article (a shoe or sandal model) and its cost sheet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub schema: u32,
    pub article: Article,
    /// Exchange rates used to bring foreign prices into the costing currency.
    pub fx: Vec<ExchangeRate>,
    /// The bill of materials, in display order; lines are grouped by their `section`.
    pub materials: Vec<MaterialLine>,
    pub labour: Labour,
    pub overhead: Overhead,
    /// One-off costs of this order (lasts, moulds, samples, SNI or lab tests), spread over its pairs.
    pub one_off: Vec<OneOffCost>,
    /// A second currency the per-pair cost is also shown in (e.g. USD for an IDR sheet).
    pub display_currency: Currency,
}

/// What is being costed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub name: String,
    pub code: String,
    /// Harmonized System code, e.g. 6403.99 for leather-upper shoes.
    pub hs_code: String,
    /// The currency the cost sheet is kept in (IDR by default).
    pub costing_currency: Currency,
    /// Planned order quantity in pairs; one-off costs are spread over it.
    pub order_pairs: u32,
}

/// The six sections of a footwear bill of materials, in the order cost sheets list them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Section {
    Upper,
    Lining,
    Reinforcement,
    Bottom,
    Accessories,
    Packaging,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Upper,
        Section::Lining,
        Section::Reinforcement,
        Section::Bottom,
        Section::Accessories,
        Section::Packaging,
    ];
}

/// One material on the bill: how much a pair takes and what it costs.
///
/// `line cost = net_consumption × (1 + waste_pct/100) × unit_price × (unit → price_unit) × FX`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MaterialLine {
    pub id: u32,
    pub section: Section,
    pub name: String,
    /// The unit `net_consumption` is counted in.
    pub unit: Unit,
    /// Net consumption per pair, before waste.
    pub net_consumption: Decimal,
    /// Waste allowance in percent, added on net consumption (`net × (1 + w)`).
    pub waste_pct: Decimal,
    /// Price per `price_unit`, in `currency`.
    pub unit_price: Decimal,
    /// The unit the supplier prices in; usually `unit`, but e.g. eyelets count in pcs and sell per gross.
    pub price_unit: Unit,
    pub currency: Currency,
}

/// How direct labour is costed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LabourMethod {
    /// Standard minutes per operation × cost per minute from the monthly wage.
    Operations,
    /// Piece rates (borongan) per pair, dozen or kodi.
    PieceRate,
}

/// Direct labour. Both ways are kept so switching method loses nothing; `method` says which counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Labour {
    pub method: LabourMethod,
    pub wage: WageBasis,
    pub operations: Vec<Operation>,
    pub piece_rates: Vec<PieceRate>,
}

/// The basis of the cost per minute:
/// `monthly_wage ÷ (working_days × minutes_per_day × efficiency_pct/100)`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WageBasis {
    /// Monthly wage per operator, in the costing currency.
    pub monthly_wage: Decimal,
    pub working_days: Decimal,
    pub minutes_per_day: Decimal,
    pub efficiency_pct: Decimal,
}

/// An operation (cutting, stitching, lasting…) and its standard minutes (SAM) per pair.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operation {
    pub id: u32,
    pub name: String,
    pub standard_minutes: Decimal,
}

/// What a piece rate is paid per.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PiecePer {
    Pair,
    /// Lusin, 12 pairs.
    Dozen,
    /// Kodi, 20 pairs.
    Kodi,
}

impl PiecePer {
    pub const ALL: [PiecePer; 3] = [PiecePer::Pair, PiecePer::Dozen, PiecePer::Kodi];

    /// Pairs in one unit of the rate.
    pub fn pairs(self) -> Decimal {
        match self {
            PiecePer::Pair => Decimal::ONE,
            PiecePer::Dozen => Decimal::from(12),
            PiecePer::Kodi => Decimal::from(20),
        }
    }
}

/// A stage paid by the piece, in the costing currency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PieceRate {
    pub id: u32,
    pub name: String,
    pub rate: Decimal,
    pub per: PiecePer,
}

/// How factory overhead is charged to a pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OverheadMethod {
    /// Monthly overhead ÷ monthly output in pairs.
    PerMonth,
    /// A percentage of prime cost (materials + labour).
    PercentOfPrime,
}

/// Factory overhead (BOP). Both bases are kept; `method` says which counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overhead {
    pub method: OverheadMethod,
    /// Rent, electricity, depreciation, admin… per month, in the costing currency.
    pub monthly_overhead: Decimal,
    pub monthly_output_pairs: Decimal,
    pub percent_of_prime: Decimal,
}

/// A cost paid once for this order and spread over its pairs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OneOffCost {
    pub id: u32,
    pub name: String,
    pub amount: Decimal,
    pub currency: Currency,
}

impl Document {
    /// An empty sheet in IDR: no lines, the wage basis of a typical Mojokerto workshop.
    pub fn empty() -> Document {
        Document {
            schema: SCHEMA_VERSION,
            article: Article {
                name: String::new(),
                code: String::new(),
                hs_code: String::new(),
                costing_currency: Currency::IDR,
                order_pairs: 0,
            },
            fx: Vec::new(),
            materials: Vec::new(),
            labour: Labour {
                method: LabourMethod::Operations,
                wage: WageBasis {
                    monthly_wage: Decimal::ZERO,
                    working_days: Decimal::from(25),
                    minutes_per_day: Decimal::from(420),
                    efficiency_pct: Decimal::from(80),
                },
                operations: Vec::new(),
                piece_rates: Vec::new(),
            },
            overhead: Overhead {
                method: OverheadMethod::PerMonth,
                monthly_overhead: Decimal::ZERO,
                monthly_output_pairs: Decimal::ZERO,
                percent_of_prime: Decimal::ZERO,
            },
            one_off: Vec::new(),
            display_currency: Currency::USD,
        }
    }

    /// The next free id for a new line of any list (ids are unique across the document).
    pub fn next_id(&self) -> u32 {
        let ids = self
            .materials
            .iter()
            .map(|m| m.id)
            .chain(self.fx.iter().map(|r| r.id))
            .chain(self.labour.operations.iter().map(|o| o.id))
            .chain(self.labour.piece_rates.iter().map(|p| p.id))
            .chain(self.one_off.iter().map(|c| c.id));
        ids.max().map_or(1, |m| m.saturating_add(1))
    }
}
