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
//! - **Financing, the same on both routes.** What each route keeps is after every cost, the
//!   financing included, by the one rule the cash card uses (`cash::kept`): each route's own
//!   cash timeline (`cash::timeline`) is worked on the cash plan (deposit, days, rate) with the
//!   order's costs and that route's revenue, costs and deductions, and its financing is taken
//!   off. The broker is assumed to pay as the plan says a buyer would; a broker who pays at
//!   pick-up is entered by setting the plan's days. When the plan adds the financing to the
//!   price, the cost of production here is the cost before it (HPP), so it is not counted twice.
//!   Without a lead time or a rate there is no financing and nothing is taken off.
//! - **Break-even broker price**: the price per pair at which the broker's route leaves the maker
//!   as much as exporting directly, `(cost of production + direct keep + the term's costs +
//!   the broker route's financing) ÷ pairs`, grossed up for the bank's share; the financing is
//!   the one at that price (it moves a little with the price, through the deposit), found by
//!   repeating the sum. A broker who pays less takes more than the export costs from the maker.
//!
//! Everything is in the costing currency (rupiah for most makers), per pair and for the order,
//! at the order quantity; nothing is rounded here.
//!
//! Worked example (tests/it/deal.rs): 2.000 pairs costing Rp85.000, 20 % profit, FOB costs
//! Rp4.000.000. Direct: FOB 208.000.000 − 4.000.000 − 170.000.000 = Rp34.000.000 kept
//! (Rp17.000 a pair). A broker paying Rp95.000 ex-works leaves 190.000.000 − 170.000.000 =
//! Rp20.000.000 (Rp10.000 a pair), Rp14.000.000 less; break-even Rp102.000 a pair.

use crate::model::base::currency::Currency;
use crate::model::base::fx::convert_exact;
use crate::model::base::incoterms::{Chain, Component, Incoterm, TermError};
use crate::model::base::money::{percent, Frac, Money, MoneyError};
use crate::model::export::cash::Flows;
use crate::model::export::quote::Quote;
use crate::model::sheet::plans::{BrokerDeal, BrokerPays, CashPlan};
use rust_decimal::Decimal;

/// One route: what the maker is paid, pays beyond the cost of production, and keeps.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Route {
    pub term: Incoterm,
    /// What the maker is paid for the order.
    pub revenue: Money,
    /// Export costs, bank charges or the broker's commission the maker bears on this route.
    pub costs: Money,
    /// The cost of production of the order (HPP × pairs, before any financing).
    pub production: Money,
    /// What financing this route's cash costs at the cash plan's rate; `None` without a lead
    /// time or a rate.
    pub financing: Option<Money>,
    /// `revenue − costs − production − financing`: kept after every cost (`cash::kept`).
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

/// At most this many rounds to settle the break-even price with its financing (each round
/// moves it by a few thousandths of the last move; three are enough for any real plan).
const BREAK_EVEN_ROUNDS: usize = 12;

/// Compares direct export with the broker's offer for the quote's first quantity, each route's
/// financing worked on `plan` (the sheet's cash plan, the one `q.cash` was worked on).
///
/// # Errors
/// `BrokerError` when the order is not priced, the broker's price is missing or has no rate.
pub fn compare(
    deal: &BrokerDeal,
    q: &Quote,
    fx: &[crate::model::base::fx::ExchangeRate],
    plan: &CashPlan,
) -> Result<Comparison, BrokerError> {
    let tier = q.tiers.first().ok_or(BrokerError::Term(TermError::Missing(Vec::new())))?;
    let chain = q.chain.as_ref().ok_or(BrokerError::Term(TermError::Missing(Vec::new())))?;
    let n = Decimal::from(tier.pairs);
    // The cost before any financing the plan put in it: the financing is taken off once, below.
    let hpp = tier.cost_per_pair.amount() - tier.financing.map_or(Decimal::ZERO, |f| f.amount());
    let production = Frac::from(hpp).times(n)?;
    let order = Order { flows: q.cash_flows, plan, currency: chain.currency, bank: chain.bank, n, production };
    // Direct: FOB with no broker's commission.
    let own = Chain { commission: Decimal::ZERO, ..chain.clone() };
    let (fob, fob_costs) = costs_of(&own, Incoterm::Fob)?;
    let direct_costs = fob_costs.plus(order.bank(fob)?)?;
    let direct = order.route(Incoterm::Fob, fob, direct_costs, order.financing(fob, fob_costs, order.bank(fob)?)?)?;
    // The broker's route: the term's own costs (FCA: clearance, haulage), and what the broker pays.
    let term = if deal.term == Incoterm::Fca { Incoterm::Fca } else { Incoterm::Exw };
    let (own_price, own_costs) = costs_of(&own, term)?;
    let (revenue, deducted) = broker_pays(deal, fx, own_price, &order)?;
    let broker_financing = order.financing(revenue, own_costs, deducted)?;
    let broker = order.route(term, revenue, own_costs.plus(deducted)?, broker_financing)?;
    let break_even = order.break_even(direct.keeps, own_costs, broker_financing)?;
    Ok(Comparison {
        pairs: tier.pairs,
        direct,
        broker,
        difference: order.money(Frac::from(direct.keeps.amount()).minus(Frac::from(broker.keeps.amount()))?)?,
        break_even: Money::new(break_even, order.currency),
    })
}

/// What the broker pays for the order, and what comes off it: the bank's charges, and with a
/// commission the share the broker keeps.
fn broker_pays(
    deal: &BrokerDeal,
    fx: &[crate::model::base::fx::ExchangeRate],
    own_price: Frac,
    order: &Order,
) -> Result<(Frac, Frac), BrokerError> {
    match deal.pays {
        BrokerPays::Price => {
            let p = deal.price.ok_or(BrokerError::NoPrice)?;
            let p = convert_exact(fx, Frac::from(p), deal.currency, order.currency).map_err(|_| BrokerError::Rate)?;
            let revenue = p.times(order.n)?;
            Ok((revenue, order.bank(revenue)?))
        }
        // The broker keeps the commission out of what it pays, as the bank its charges.
        BrokerPays::Commission => {
            Ok((own_price, order.bank(own_price)?.plus(own_price.times(percent(deal.commission_pct))?)?))
        }
    }
}

/// The order both routes price: its cash flows and plan, its pairs and cost of production
/// (before financing), and its chain's currency and bank share.
struct Order<'a> {
    flows: Option<Flows>,
    plan: &'a CashPlan,
    currency: Currency,
    bank: Decimal,
    n: Decimal,
    production: Frac,
}

impl Order<'_> {
    /// An exact amount as money in the costing currency.
    fn money(&self, f: Frac) -> Result<Money, BrokerError> {
        Ok(Money::new(f.value()?, self.currency))
    }

    /// The bank's charges: a share of whatever the maker is paid.
    fn bank(&self, revenue: Frac) -> Result<Frac, MoneyError> {
        revenue.times(self.bank)
    }

    /// What financing a route's cash costs: its own timeline on the plan, from the order's costs.
    fn financing(&self, revenue: Frac, shipping: Frac, on_receipt: Frac) -> Result<Option<Frac>, BrokerError> {
        let Some(order) = self.flows.filter(|_| self.plan.monthly_rate_pct.is_some()) else { return Ok(None) };
        let flows = Flows { shipping, on_receipt, invoice: revenue, ..order };
        let t = crate::model::export::cash::timeline(self.plan, &flows, self.currency)
            .map_err(|_| BrokerError::Overflow)?;
        Ok(t.financing.map(|f| Frac::from(f.amount())))
    }

    /// A route's figures: `revenue − costs − production − financing` kept, in all and per pair.
    fn route(&self, term: Incoterm, revenue: Frac, costs: Frac, financed: Option<Frac>) -> Result<Route, BrokerError> {
        let keeps = revenue.minus(costs)?.minus(self.production)?.minus(financed.unwrap_or(Frac::ZERO))?;
        Ok(Route {
            term,
            revenue: self.money(revenue)?,
            costs: self.money(costs)?,
            production: self.money(self.production)?,
            financing: financed.map(|f| self.money(f)).transpose()?,
            keeps: self.money(keeps)?,
            keeps_per_pair: self.money(keeps.divided_by(self.n)?)?,
        })
    }

    /// The broker price per pair that leaves the maker `direct_keeps`, with the broker route's
    /// financing at that price.
    ///
    /// Revenue × (1 − bank) = production + direct keep + the term's own costs + the broker
    /// route's financing at that revenue. The financing moves a little with the price (through
    /// the deposit), far less than the price itself, so the equation is solved by repeating it
    /// from the offer's financing until the price moves less than a millionth.
    fn break_even(
        &self,
        direct_keeps: Money,
        own_costs: Frac,
        offer_financing: Option<Frac>,
    ) -> Result<Decimal, BrokerError> {
        let fixed = self.production.plus(Frac::from(direct_keeps.amount()))?.plus(own_costs)?;
        let price_for = |financed: Option<Frac>| -> Result<Decimal, BrokerError> {
            Ok(fixed
                .plus(financed.unwrap_or(Frac::ZERO))?
                .divided_by(Decimal::ONE - self.bank)?
                .divided_by(self.n)?
                .value()?)
        };
        let mut break_even = price_for(offer_financing)?;
        for _ in 0..BREAK_EVEN_ROUNDS {
            if offer_financing.is_none() {
                break;
            }
            let revenue = Frac::from(break_even).times(self.n)?;
            let next = price_for(self.financing(revenue, own_costs, self.bank(revenue)?)?)?;
            let settled = (next - break_even).abs() < Decimal::new(1, 6);
            break_even = next;
            if settled {
                break;
            }
        }
        Ok(break_even)
    }
}
