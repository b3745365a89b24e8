//! Markup and margin, for a coach: the sheet's profit read both ways, the profit per pair in
//! money, and the same at another percentage on a copy of the sheet (`whatif::with_profit`).
//!
//! - margin on price = markup ÷ (1 + markup): 12 % markup = 12 ÷ 112 = 10,714… % margin;
//! - markup on cost = margin ÷ (1 − margin): 25 % margin = 25 ÷ 75 = 33,33… % markup.
//!
//! Both are exact quotients (`Frac`), divided once and rounded only where they are shown.

use crate::model::base::incoterms::Incoterm;
use crate::model::base::money::{Frac, Money};
use crate::model::base::pricing::ProfitBasis;
use crate::model::explain::whatif;
use crate::model::export::quote::quote;
use crate::model::sheet::document::Document;
use rust_decimal::Decimal;

/// The margin on price a markup on cost gives, in percent: `100 m ÷ (100 + m)`. `None` for a
/// markup of −100 % (no price at all).
pub fn margin_of_markup(markup_pct: Decimal) -> Option<Frac> {
    let den = Decimal::ONE_HUNDRED.checked_add(markup_pct)?;
    Frac::new(markup_pct.checked_mul(Decimal::ONE_HUNDRED)?, den).ok()
}

/// The markup on cost a margin on price gives, in percent: `100 g ÷ (100 − g)`. `None` for a
/// margin of 100 % or more (no price covers it).
pub fn markup_of_margin(margin_pct: Decimal) -> Option<Frac> {
    if margin_pct >= Decimal::ONE_HUNDRED {
        return None;
    }
    let den = Decimal::ONE_HUNDRED.checked_sub(margin_pct)?;
    Frac::new(margin_pct.checked_mul(Decimal::ONE_HUNDRED)?, den).ok()
}

/// The profit of a sheet (or of a copy at another percentage) read both ways.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkupMargin {
    /// What the sheet's percentage means.
    pub basis: ProfitBasis,
    /// The percentage on that basis: the sheet's, or the one tried.
    pub pct: Decimal,
    /// Markup on cost and margin on price, in percent (one of them is `pct`); `None` where the
    /// percentage has no price (a margin of 100 % or more, a markup of −100 %).
    pub markup_pct: Option<Frac>,
    pub margin_pct: Option<Frac>,
    /// Cost per pair (HPP) at the order quantity, costing currency.
    pub cost_per_pair: Money,
    /// Ex-factory price per pair, profit included, costing currency.
    pub ex_factory_per_pair: Option<Money>,
    /// `ex-factory − cost`: the profit in money on each pair.
    pub profit_per_pair: Option<Money>,
    /// The quoted unit price at the sheet's term, in the quote currency.
    pub term: Incoterm,
    pub unit_price: Option<Money>,
}

/// Markup, margin and profit per pair of `doc`, or of a copy of it with the profit set to `pct`
/// percent on the sheet's own basis (the sheet itself never changes).
pub fn markup_margin(doc: &Document, pct: Option<Decimal>) -> MarkupMargin {
    let copy;
    let doc = match pct {
        Some(p) if p != doc.terms.profit.pct => {
            copy = whatif::with_profit(doc, p);
            &copy
        }
        _ => doc,
    };
    let profit = doc.terms.profit;
    let (markup_pct, margin_pct) = match profit.basis {
        ProfitBasis::MarkupOnCost => (Some(Frac::from(profit.pct)), margin_of_markup(profit.pct)),
        ProfitBasis::MarginOnPrice => (markup_of_margin(profit.pct), Some(Frac::from(profit.pct))),
    };
    let q = quote(doc);
    let tier = q.tiers.first();
    let cost_per_pair = tier.map_or_else(|| crate::model::cost::compute::compute(doc).per_pair, |t| t.cost_per_pair);
    let ex_factory_per_pair = tier.and_then(|t| t.ex_factory_per_pair);
    MarkupMargin {
        basis: profit.basis,
        pct: profit.pct,
        markup_pct,
        margin_pct,
        cost_per_pair,
        ex_factory_per_pair,
        profit_per_pair: whatif::difference(Some(cost_per_pair), ex_factory_per_pair),
        term: q.term,
        unit_price: tier.and_then(|t| t.unit_price),
    }
}
