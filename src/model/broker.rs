//! Direct export or through a broker: the same order priced two ways, and what the maker keeps.
//!
//! - **Direct.** The maker quotes FOB and does the export clearance itself, with no broker's
//!   commission: the FOB price of the order (`incoterms::Chain::price` with the commission set
//!   to nothing), less the export costs to FOB and the bank charges, less the cost of production.
//!   Since the price is built from the costs, what is left is the profit the sheet asks for.
//! - **Through a broker** (or a trading house), who buys ex-works or FCA, either at the broker's
//!   own price per pair, or at the maker's price for that term less a commission the broker keeps.
//!   The maker keeps that revenue less the costs the term leaves to the seller (FCA: clearance and
//!   haulage to the hand-over) and the cost of production.
//! - **Break-even broker price**: the price per pair at which the broker's route leaves the maker
//!   as much as exporting directly, `(cost of production + direct keep + the term's costs) ÷
//!   pairs`. A broker who pays less takes more than the export costs from the maker.
//!
//! Everything is in the costing currency (rupiah for most makers), per pair and for the order,
//! at the order quantity; nothing is rounded here.
//!
//! Worked example (tests/it/deal.rs): 2.000 pairs costing Rp85.000, 20 % profit, FOB costs
//! Rp4.000.000. Direct: FOB 208.000.000 − 4.000.000 − 170.000.000 = Rp34.000.000 kept
//! (Rp17.000 a pair). A broker paying Rp95.000 ex-works leaves 190.000.000 − 170.000.000 =
//! Rp20.000.000 (Rp10.000 a pair), Rp14.000.000 less; break-even Rp102.000 a pair.

use crate::model::currency::Currency;
use crate::model::fx::convert_exact;
use crate::model::incoterms::{Chain, Component, Incoterm, TermError};
use crate::model::money::{percent, Frac, Money, MoneyError};
use crate::model::quote::Quote;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

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

/// One route: what the maker is paid, pays beyond the cost of production, and keeps.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Route {
    pub term: Incoterm,
    /// What the maker is paid for the order.
    pub revenue: Money,
    /// Export costs, bank charges or the broker's commission the maker bears on this route.
    pub costs: Money,
    /// The cost of production of the order.
    pub production: Money,
    /// `revenue − costs − production`.
    pub keeps: Money,
    pub keeps_per_pair: Money,
}

/// The two routes side by side.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Comparison {
    pub pairs: u32,
    pub direct: Route,
    pub broker: Route,
    /// `direct.keeps − broker.keeps`: what the broker's route costs the maker (negative: it
    /// leaves more).
    pub difference: Money,
    /// The broker price per pair that leaves the maker what direct export does.
    pub break_even: Money,
}

/// Why the comparison cannot be made yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BrokerError {
    /// The broker's price is not entered.
    NoPrice,
    /// No rate from the broker's currency to the costing currency.
    Rate,
    /// The order is not priced yet (the quote lists what is missing), or a term lacks a cost.
    Term(TermError),
    Overflow,
}

impl From<MoneyError> for BrokerError {
    fn from(_: MoneyError) -> BrokerError {
        BrokerError::Overflow
    }
}

impl From<TermError> for BrokerError {
    fn from(e: TermError) -> BrokerError {
        BrokerError::Term(e)
    }
}

/// A term's price for the order and what it costs the seller besides the cost of production
/// (every part of the build-up but the ex-factory price), without the bank's share of the price.
fn costs_of(chain: &Chain, term: Incoterm) -> Result<(Frac, Frac), BrokerError> {
    let bu = chain.price(term)?;
    let costs = Frac::sum(
        bu.parts.iter().filter(|(c, _)| !matches!(c, Component::ExFactory | Component::BankCharges)).map(|(_, f)| *f),
    )?;
    Ok((bu.total, costs))
}

/// Compares direct export with the broker's offer for the quote's first quantity.
///
/// # Errors
/// `BrokerError` when the order is not priced, the broker's price is missing or has no rate.
pub fn compare(deal: &BrokerDeal, q: &Quote, fx: &[crate::model::fx::ExchangeRate]) -> Result<Comparison, BrokerError> {
    let tier = q.tiers.first().ok_or(BrokerError::Term(TermError::Missing(Vec::new())))?;
    let chain = q.chain.as_ref().ok_or(BrokerError::Term(TermError::Missing(Vec::new())))?;
    let cur = chain.currency;
    let n = Decimal::from(tier.pairs);
    let production = Frac::from(tier.cost_per_pair.amount).times(n)?;
    let money = |f: Frac| -> Result<Money, BrokerError> { Ok(Money::new(f.value()?, cur)) };
    let route = |term, revenue: Frac, costs: Frac| -> Result<Route, BrokerError> {
        let keeps = revenue.minus(costs)?.minus(production)?;
        Ok(Route {
            term,
            revenue: money(revenue)?,
            costs: money(costs)?,
            production: money(production)?,
            keeps: money(keeps)?,
            keeps_per_pair: money(keeps.divided_by(n)?)?,
        })
    };
    // Direct: FOB with no broker's commission.
    let own = Chain { commission: Decimal::ZERO, ..chain.clone() };
    let (fob, fob_costs) = costs_of(&own, Incoterm::Fob)?;
    // The bank's charges are a share of whatever the maker is paid.
    let with_bank = |revenue: Frac, costs: Frac| -> Result<Frac, MoneyError> { costs.plus(revenue.times(chain.bank)?) };
    let direct = route(Incoterm::Fob, fob, with_bank(fob, fob_costs)?)?;
    // The broker's route: the term's own costs (FCA: clearance, haulage), and what the broker pays.
    let term = if deal.term == Incoterm::Fca { Incoterm::Fca } else { Incoterm::Exw };
    let (own_price, own_costs) = costs_of(&own, term)?;
    let (revenue, costs) = match deal.pays {
        BrokerPays::Price => {
            let p = deal.price.ok_or(BrokerError::NoPrice)?;
            let p = convert_exact(fx, Frac::from(p), deal.currency, cur).map_err(|_| BrokerError::Rate)?;
            let revenue = p.times(n)?;
            (revenue, with_bank(revenue, own_costs)?)
        }
        BrokerPays::Commission => {
            let commission = own_price.times(percent(deal.commission_pct))?;
            (own_price, with_bank(own_price, own_costs)?.plus(commission)?)
        }
    };
    let broker = route(term, revenue, costs)?;
    // Break-even: revenue × (1 − bank) = production + direct keep + the term's own costs.
    let break_even = production
        .plus(Frac::from(direct.keeps.amount))?
        .plus(own_costs)?
        .divided_by(Decimal::ONE - chain.bank)?
        .divided_by(n)?;
    Ok(Comparison {
        pairs: tier.pairs,
        direct,
        broker,
        difference: money(Frac::from(direct.keeps.amount).minus(Frac::from(broker.keeps.amount))?)?,
        break_even: money(break_even)?,
    })
}
