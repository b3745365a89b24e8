//! The workshop's printed handout: the open sheet's cost and price, row by row, each with its
//! rule in words (`Rule`, worded by `i18n::coach`), its formula with the sheet's own numbers (a
//! trail expression) and its figure. The rows are listed here, from the formula trail, so the
//! handout prints the same figures as every other screen; the UI only lays them out and leaves
//! a blank box where the exercise hides an answer (`Exercise::hides_row`).

use crate::model::base::incoterms::Incoterm;
use crate::model::base::money::Money;
use crate::model::base::pricing::ProfitBasis;
use crate::model::explain::exercise::{Answer, Exercise};
use crate::model::explain::trail::{Expr, Fig, Operand, Trail};
use crate::model::export::quote::Quote;
use crate::model::sheet::document::{Document, OverheadMethod};

/// What a row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// A material line, by id (named as on the sheet).
    Material(u32),
    Materials,
    Labour,
    Overhead,
    OneOffPerPair,
    /// The financing per pair, when the cash plan adds it to the cost.
    FinancingPerPair,
    Hpp,
    ExWorks,
    /// The profit per pair (ex-works − cost).
    Profit,
    ExWorksTotal,
    /// A term's price for the whole shipment.
    TermTotal(Incoterm),
    /// A term's price per pair in the quote currency, before rounding.
    TermPerPair(Incoterm),
    UnitPrice,
    OrderTotal,
}

/// A row's rule in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Consumption × (1 + waste) × price.
    MaterialLine,
    /// The sum of the material lines (over the size run, when there is one).
    Materials,
    /// The sum of the making steps' labour per pair.
    Labour,
    /// Monthly overhead ÷ monthly output.
    OverheadPerMonth,
    /// (Materials + labour) × overhead %.
    OverheadOfPrime,
    /// One-off costs ÷ pairs.
    OneOff,
    /// The cash plan's financing ÷ pairs.
    Financing,
    /// Materials + labour + overhead + one-off costs.
    Hpp,
    /// HPP × (1 + markup).
    Markup,
    /// HPP ÷ (1 − margin).
    Margin,
    /// Ex-works − HPP.
    Profit,
    /// Ex-works per pair × pairs.
    ExWorksTotal,
    /// The ex-works price plus the costs up to the term's place.
    TermTotal(Incoterm),
    /// The shipment's price ÷ pairs, in the quote currency.
    PerPair,
    /// The price per pair rounded once, as quoted.
    Rounded,
    /// Unit price × pairs.
    OrderTotal,
}

/// One row of the handout.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub item: Item,
    /// The trail's figure, when the row is one (the profit is not).
    pub fig: Option<Fig>,
    pub rule: Rule,
    /// The formula with the sheet's numbers (other figures by reference); none when it would
    /// fill lines without teaching (the materials averaged over the size run).
    pub expr: Option<Expr>,
    pub value: Money,
}

/// The handout of a sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Handout {
    /// The quoted term, and the pairs of the order.
    pub term: Incoterm,
    pub pairs: u32,
    /// The cost of production, line by line up to the HPP.
    pub cost: Vec<Row>,
    /// From the HPP to the quoted price and the order total.
    pub price: Vec<Row>,
}

impl Exercise {
    /// Whether a handout's row is hidden now (its figure, or the profit under `Margin`).
    pub fn hides_row(&self, row: &Row, chosen: Incoterm) -> bool {
        match row.item {
            Item::Profit => self.hides(Answer::Margin),
            _ => row.fig.is_some_and(|f| self.hides_fig(f, chosen)),
        }
    }
}

/// The row of `fig` from the trail, with `rule`; `None` when the trail has no money figure.
fn row(t: &Trail, item: Item, fig: Fig, rule: Rule, with_expr: bool) -> Option<Row> {
    let n = t.get(fig)?;
    let Operand::Money(value) = n.value else { return None };
    Some(Row { item, fig: Some(fig), rule, expr: with_expr.then(|| n.expr.clone()), value })
}

/// The terms a handout builds the price up to: FOB and CIF when the sheet can price them (the
/// two a workshop teaches), and the quoted term when it is another one.
fn terms(t: &Trail, quoted: Incoterm) -> Vec<Incoterm> {
    let mut out: Vec<Incoterm> =
        [Incoterm::Fob, Incoterm::Cif].into_iter().filter(|&term| t.get(Fig::UnitExact(term)).is_some()).collect();
    if !out.contains(&quoted) && t.get(Fig::UnitExact(quoted)).is_some() {
        out.push(quoted);
    }
    out
}

/// The handout's rows for `doc`, from its quote and its trail (`trail::build` of the same quote).
/// Rows whose figure the sheet cannot give yet (an incomplete sheet) are left out.
pub fn handout(doc: &Document, q: &Quote, t: &Trail) -> Handout {
    let mut cost: Vec<Row> = doc
        .materials
        .iter()
        .filter_map(|m| row(t, Item::Material(m.id), Fig::Material(m.id), Rule::MaterialLine, true))
        .collect();
    let sized = !doc.sizes.sizes.is_empty();
    let overhead = match doc.overhead.method {
        OverheadMethod::PerMonth => Rule::OverheadPerMonth,
        OverheadMethod::PercentOfPrime => Rule::OverheadOfPrime,
    };
    cost.extend(
        [
            row(t, Item::Materials, Fig::Materials, Rule::Materials, !sized),
            row(t, Item::Labour, Fig::Labour, Rule::Labour, true),
            row(t, Item::Overhead, Fig::Overhead, overhead, true),
            row(t, Item::OneOffPerPair, Fig::OneOffPerPair, Rule::OneOff, true).filter(|r| !r.value.amount().is_zero()),
            row(t, Item::Hpp, Fig::Hpp, Rule::Hpp, true),
        ]
        .into_iter()
        .flatten(),
    );
    let mut price = Vec::new();
    let financed = q.tiers.first().is_some_and(|tier| tier.financing.is_some());
    if financed {
        price.extend(row(t, Item::FinancingPerPair, Fig::FinancingPerPair, Rule::Financing, true));
    }
    let rule = match doc.terms.profit.basis {
        ProfitBasis::MarkupOnCost => Rule::Markup,
        ProfitBasis::MarginOnPrice => Rule::Margin,
    };
    if let Some(exw) = row(t, Item::ExWorks, Fig::ExFactoryPerPair, rule, true) {
        // The profit: the ex-works price less the cost it was taken on (the HPP, and the
        // financing when the cash plan adds it), worked by the trail's own arithmetic.
        let cost = if financed && t.get(Fig::FinancingPerPair).is_some() {
            Expr::Sum(vec![Expr::Ref(Fig::Hpp), Expr::Ref(Fig::FinancingPerPair)])
        } else {
            Expr::Ref(Fig::Hpp)
        };
        let expr = Expr::Difference(vec![Expr::Ref(Fig::ExFactoryPerPair), cost]);
        let profit = t.eval(&expr).map(|v| Row {
            item: Item::Profit,
            fig: None,
            rule: Rule::Profit,
            expr: Some(expr.clone()),
            value: Money::new(v, exw.value.currency()),
        });
        price.push(exw);
        price.extend(profit);
    }
    price.extend(row(t, Item::ExWorksTotal, Fig::ExFactoryTotal, Rule::ExWorksTotal, true));
    for term in terms(t, q.term) {
        price.extend(row(t, Item::TermTotal(term), Fig::TermTotal(term), Rule::TermTotal(term), true));
        price.extend(row(t, Item::TermPerPair(term), Fig::UnitExact(term), Rule::PerPair, true));
    }
    price.extend(row(t, Item::UnitPrice, Fig::UnitPrice, Rule::Rounded, true));
    price.extend(row(t, Item::OrderTotal, Fig::OrderTotal, Rule::OrderTotal, true));
    Handout { term: q.term, pairs: q.tiers.first().map_or(0, |tier| tier.pairs), cost, price }
}
