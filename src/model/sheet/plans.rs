//! The sheet's plans for the order beyond its costs, as plain data: the cash plan (payment terms
//! and when the maker pays, `cash::timeline` works on it) and a broker's offer
//! (`broker::compare` works on it). They live with the document, below the computations that
//! read them.

use crate::model::base::currency::Currency;
use crate::model::base::incoterms::Incoterm;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// When the buyer pays the balance after the deposit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum BalanceWhen {
    /// T/T before shipment: the balance arrives on the shipment day.
    #[default]
    BeforeShipment,
    /// Cash against documents (D/P): paid `balance_days` after shipment.
    AgainstDocuments,
    /// T/T after the B/L date: paid `balance_days` after shipment (the B/L's date).
    AfterBl,
}

impl BalanceWhen {
    pub const ALL: [BalanceWhen; 3] =
        [BalanceWhen::BeforeShipment, BalanceWhen::AgainstDocuments, BalanceWhen::AfterBl];
}

/// The order's payment terms and when the maker pays its costs, in days from the order's
/// confirmation (day 0). Percentages are as typed (30 for 30 %).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CashPlan {
    /// Share of the order's invoice value paid as deposit (30 = 30 %).
    pub deposit_pct: Decimal,
    /// The day the deposit arrives.
    pub deposit_day: u32,
    /// When the balance is paid.
    pub balance: BalanceWhen,
    /// Against documents: days after shipment the documents are paid; after B/L: days after
    /// the B/L date (the shipment day). Unused before shipment.
    pub balance_days: u32,
    /// Order confirmation to shipment; 0 = not entered (no timeline).
    pub lead_days: u32,
    /// The day materials and one-off costs are paid.
    pub materials_day: u32,
    /// Bought-in work (workshops) is paid on delivery, this many days before shipment.
    pub workshops_before_shipment: u32,
    /// Financing cost per month (1 = 1 %/month, simple interest); `None` until entered.
    pub monthly_rate_pct: Option<Decimal>,
    /// Add the financing cost to the cost per pair. Read by the caller; the timeline ignores it.
    pub in_price: bool,
}

impl Default for CashPlan {
    fn default() -> CashPlan {
        CashPlan {
            deposit_pct: Decimal::from(30),
            deposit_day: 7,
            balance: BalanceWhen::BeforeShipment,
            balance_days: 14,
            lead_days: 0,
            materials_day: 0,
            workshops_before_shipment: 7,
            monthly_rate_pct: None,
            in_price: false,
        }
    }
}

/// How the broker pays.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum BrokerPays {
    /// The broker's own price per pair (`BrokerDeal::price`).
    #[default]
    Price,
    /// The maker's price for the term, less the broker's commission (`BrokerDeal::commission_pct`).
    Commission,
}

/// The broker's offer for the order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrokerDeal {
    /// EXW or FCA: where the broker takes the goods.
    pub term: Incoterm,
    pub pays: BrokerPays,
    /// The broker's price per pair, in `currency`; `None` until entered.
    pub price: Option<Decimal>,
    pub currency: Currency,
    /// The broker's commission, as typed (5 for 5 %).
    pub commission_pct: Decimal,
}

impl Default for BrokerDeal {
    fn default() -> BrokerDeal {
        BrokerDeal {
            term: Incoterm::Exw,
            pays: BrokerPays::Price,
            price: None,
            currency: Currency::IDR,
            commission_pct: Decimal::ZERO,
        }
    }
}

impl BrokerDeal {
    /// The terms a broker buys at.
    pub const TERMS: [Incoterm; 2] = [Incoterm::Exw, Incoterm::Fca];
}
