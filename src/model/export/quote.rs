//! The quotation: from the cost per pair to a unit price in the buyer's currency, for each order
//! quantity (tier), at the chosen Incoterm, with every other term side by side.
//!
//! Order of work, per tier:
//! 1. `compute` the cost per pair at that quantity (one-off costs spread over it);
//! 2. ex-factory price = cost with profit (`pricing`);
//! 3. shipment: cartons, CBM, kg, containers / revenue tons / chargeable kg (`packing`);
//! 4. export cost lines × their basis quantity, converted, summed per Incoterms stage;
//! 5. the term's price for the shipment, closed form (`incoterms::Chain::price`);
//! 6. per pair, converted to the quote currency and divided by `1 − FX buffer`;
//! 7. rounded **once**: to the commercial price step when one is set (USD 0.05, Rp500), else to
//!    the quote currency's decimals (ISO 4217; IDR whole rupiah), to the nearest in the named
//!    mode or up (`Quote::step`); the line total is rounded unit price × pairs, so the quote
//!    adds up. The exact price and total, and the difference the step or rounding makes, are
//!    kept for the seller to see (never in the buyer's link).
//!
//! A step finer than the currency's smallest unit (0.05 in rupiah, after a change of quote
//! currency) cannot be quoted: the price then also goes to the currency's decimals, in the same
//! direction. A step that is a whole number of smallest units (every usual one) is one rounding.

use crate::model::base::currency::Currency;
use crate::model::base::fx::{convert_exact, find_rate, Direction, FxError};
use crate::model::base::incoterms::{BuildUp, Chain, Component, Fee, Incoterm, Missing, Stage, TermError};
use crate::model::base::money::{add, div, mul, percent, sub, Frac, Money, MoneyError, PriceStep, Rounding};
use crate::model::base::packing::{self, ContainerLoad, Mode, PackingError, PackingPlan};
use crate::model::base::pricing::{self, ProfitError};
use crate::model::base::sizes::Assortment;
use crate::model::cost::compute::{compute, Breakdown, Category, Issue, Place};
use crate::model::export::cash::{CashError, Flows, Timeline};
use crate::model::sheet::document::{Basis, Document, ExportCost, OverheadMethod};
use rust_decimal::Decimal;

/// The quantities freight and export costs are charged on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shipment {
    pub plan: PackingPlan,
    /// Full-container loading (sea FCL only).
    pub load: Option<ContainerLoad>,
    /// W/M revenue tons (sea LCL only).
    pub revenue_tons: Option<Decimal>,
    /// Chargeable weight (air only).
    pub chargeable_kg: Option<Decimal>,
}

/// Why an export cost line is left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineProblem {
    Fx(FxError),
    /// Per container under LCL, per revenue ton under FCL…
    NotForMode {
        basis: Basis,
        mode: Mode,
    },
    Overflow,
}

/// Something that keeps the quote from being complete. Data only; the UI words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteIssue {
    NoOrderQuantity,
    Packing(PackingError),
    ExportLine {
        id: u32,
        stage: Stage,
        problem: LineProblem,
    },
    /// No rate from the costing currency to the quote (or target) currency.
    QuoteRate(FxError),
    Profit(ProfitError),
    BelowMoq {
        pairs: u32,
        moq: u32,
    },
    /// Pairs per size add up to something else than the order quantity.
    AssortmentMismatch {
        assortment: u64,
        order: u32,
    },
    /// FAS, FOB, CFR and CIF are sea terms; an air shipment should use FCA, CPT or CIP.
    SeaTermByAir {
        term: Incoterm,
    },
    /// The FX buffer is 100 % or more.
    BufferTooLarge,
    /// The price step is finer than the quote currency's smallest unit (0,005 USD, 0,05 IDR), so
    /// no price can be quoted on it.
    StepTooFine,
    /// The price step is larger than the exact unit price of a quantity, which would quote it at
    /// nothing (to the nearest) or at the step itself (up).
    StepTooLarge,
    /// No rate from the import fee's currency to the costing currency.
    FeeRate(FxError),
    /// No rate from the buyer's target-price currency: the target is the seller's own analysis,
    /// so this does not stop the quote from being sent.
    TargetRate(FxError),
    /// The cost sheet itself has issues (listed in `Quote::cost_issues`).
    CostIncomplete,
    /// The carton and container are still a new sheet's examples (`Shipping::example`): the
    /// cartons, m³ and kg the buyer is told rest on them.
    ExamplePacking,
    /// A sample line's illustrative figure, not yet changed or confirmed by the user
    /// (`ExportCost::example`): in the price, but not sendable.
    ExampleLine {
        id: u32,
        stage: Stage,
    },
    /// An input the chosen term needs was not entered (a stage without any cost line, an
    /// insurance, duty or tax rate): the tiers' price counts it as zero and is provisional
    /// (`Chain::price_provisional`).
    CountedAsZero(Missing),
}

impl QuoteIssue {
    /// Whether this keeps a quote at `term` from being sent. A quantity below the MOQ is
    /// information for the seller; an export line of a stage the term does not include does
    /// not touch its price.
    pub fn blocks(&self, term: Incoterm) -> bool {
        match self {
            QuoteIssue::BelowMoq { .. } | QuoteIssue::TargetRate(_) => false,
            QuoteIssue::ExportLine { stage, .. } | QuoteIssue::ExampleLine { stage, .. } => {
                term.stages().contains(stage)
            }
            QuoteIssue::FeeRate(_) => term == Incoterm::Ddp,
            _ => true,
        }
    }
}

/// One order quantity's quote.
#[derive(Clone, Debug, PartialEq)]
pub struct Tier {
    pub pairs: u32,
    pub below_moq: bool,
    /// Cost per pair (HPP) at this quantity, costing currency.
    pub cost_per_pair: Money,
    /// Ex-factory price per pair, profit included, costing currency.
    pub ex_factory_per_pair: Option<Money>,
    pub shipment: Option<Shipment>,
    /// The chosen term's build-up for the whole shipment, costing currency.
    pub price: Option<Result<BuildUp, TermError>>,
    /// Unit price in the quote currency at full precision.
    pub unit_exact: Option<Money>,
    /// The quoted unit price: `unit_exact` rounded once.
    pub unit_price: Option<Money>,
    /// `unit_price × pairs`: what the quote says.
    pub total: Option<Money>,
    /// `unit_exact × pairs`, rounded to the currency's decimals: what the costs add up to.
    pub exact_total: Option<Money>,
    /// The chosen term's parts per pair in the quote currency (full precision; they add up to
    /// `unit_exact`).
    pub parts_per_pair: Vec<(Component, Money)>,
    /// The order's financing cost per pair (costing currency), when the cash plan adds it to
    /// the cost: `cost_per_pair` includes it, and profit is taken on it like any cost. It is the
    /// order quantity's figure at every quantity (costs and receipts grow with the pairs, so the
    /// per-pair figure moves little; one-off and per-shipment costs make it an approximation).
    pub financing: Option<Money>,
}

impl Tier {
    /// `unit_price − unit_exact`: what the price step (or rounding) adds to a pair, or takes off.
    pub fn step_added(&self) -> Option<Money> {
        let (p, e) = (self.unit_price?, self.unit_exact?);
        Some(Money::new(p.amount() - e.amount(), p.currency()))
    }

    /// `total − exact_total`: what rounding the unit price gains or gives away on the order.
    pub fn rounding_difference(&self) -> Option<Money> {
        let (t, e) = (self.total?, self.exact_total?);
        Some(Money::new(t.amount() - e.amount(), t.currency()))
    }
}

/// The rate used for the quote, for display beside the price.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteRate {
    pub base: Currency,
    pub quote: Currency,
    pub rate: Decimal,
    pub date: String,
    pub source: String,
    pub buffer_pct: Decimal,
}

/// What a buyer's target price leaves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TargetOutcome {
    pub term: Incoterm,
    /// The target per pair in the costing currency, after the FX buffer.
    pub target_in_costing: Money,
    /// The ex-factory price per pair the target allows once the term's costs are taken off.
    pub ex_factory_per_pair: Money,
    pub cost_per_pair: Money,
    /// `ex-factory ÷ cost − 1` and `1 − cost ÷ ex-factory`.
    pub markup_left: Option<Decimal>,
    pub margin_left: Option<Decimal>,
    /// The most materials may cost per pair (average over sizes) at the document's profit.
    pub max_materials_per_pair: Option<Money>,
}

/// The whole quote.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub currency: Currency,
    /// How the goods travel (sea-only terms do not fit an air shipment).
    pub mode: Mode,
    pub term: Incoterm,
    pub rounding: Rounding,
    /// Decimal places of the quoted unit price.
    pub decimals: u32,
    /// How the unit price is rounded: the commercial step (or the smallest unit), nearest or up.
    pub step: PriceStep,
    /// Whether `step` is a commercial step the user set (not the currency's smallest unit).
    pub commercial_step: bool,
    pub rate: Option<QuoteRate>,
    /// The article's order quantity first, then the further tiers in ascending order.
    pub tiers: Vec<Tier>,
    /// Every term for the first tier: its exact unit price in the quote currency, or what it lacks.
    pub side_by_side: Vec<(Incoterm, Result<Money, TermError>)>,
    pub target: Option<Result<TargetOutcome, TermError>>,
    /// Each export cost line for the first tier's shipment, costing currency.
    pub export_lines: Vec<(u32, Result<Money, LineProblem>)>,
    /// The first tier's chain of costs (what `side_by_side` and the formula trail price).
    pub chain: Option<Chain>,
    pub issues: Vec<QuoteIssue>,
    /// What keeps the cost sheet (at the order quantity) from being complete: every cost left
    /// out or refused. A second-currency display without a rate is not among them.
    pub cost_issues: Vec<Issue>,
    /// The order's cash timeline at the order quantity and the chosen term (`cash`), when a lead
    /// time is entered and the order is priced. It is drawn from the price before any financing
    /// is added to it, so the financing is not financed in turn (a second-order amount, and the
    /// timeline then errs on the side of more cash needed).
    pub cash: Option<Result<Timeline, CashError>>,
    /// What that timeline was worked on: the order's costs and invoice, whole order, costing
    /// currency. The broker comparison works each route's financing from the same costs.
    pub cash_flows: Option<Flows>,
}

impl Quote {
    /// What keeps this quote from being sent, in the order found. Empty when every figure of
    /// the quoted term rests on complete inputs.
    pub fn blockers(&self) -> Vec<QuoteIssue> {
        self.issues.iter().filter(|i| i.blocks(self.term)).copied().collect()
    }

    /// Whether a part of the build-up is an input the term lacks, counted as zero.
    pub fn counts_as_zero(&self, c: Component) -> bool {
        self.issues.iter().any(|i| match (i, c) {
            (QuoteIssue::CountedAsZero(Missing::Stage(s)), Component::Stage(k)) => *s == k,
            (QuoteIssue::CountedAsZero(Missing::InsuranceRate | Missing::InsuranceRateA), Component::Insurance)
            | (QuoteIssue::CountedAsZero(Missing::DutyRate), Component::ImportDuty)
            | (QuoteIssue::CountedAsZero(Missing::ImportTaxRate), Component::ImportTaxes) => true,
            _ => false,
        })
    }

    /// A price in the quote currency as the quotation writes it: rounded once, to the
    /// currency's decimals, in the named mode (the side-by-side list shows every term so).
    pub fn quoted(&self, m: Money) -> Money {
        on_step(m, self.step, self.decimals).unwrap_or_else(|| m.round_to(self.decimals, self.rounding))
    }

    /// Whether `term` suits the transport: FAS, FOB, CFR and CIF are for sea and inland
    /// waterway (ICC); an air shipment uses FCA, CPT or CIP.
    pub fn fits_transport(&self, term: Incoterm) -> bool {
        !(self.mode == Mode::Air && term.sea_only())
    }

    /// Ready to send: no blocker, and every quantity has a price. Links, QR codes, prints and the
    /// CLI's exit status follow this.
    pub fn is_ready(&self) -> bool {
        self.blockers().is_empty() && !self.tiers.is_empty() && self.tiers.iter().all(|t| t.unit_price.is_some())
    }
}

/// The cost issues that bear on a price (the display currency's rate does not).
fn pricing_issues(b: &Breakdown) -> Vec<Issue> {
    b.issues
        .iter()
        .filter(|i| {
            !matches!(
                i,
                Issue::MissingRate { at: Place::DisplayCurrency, .. }
                    | Issue::NonPositiveRate { at: Place::DisplayCurrency, .. }
                    | Issue::Overflow { at: Place::DisplayCurrency }
            )
        })
        .copied()
        .collect()
}

fn quantity(basis: Basis, s: &Shipment, mode: Mode) -> Result<Decimal, LineProblem> {
    let not_for_mode = LineProblem::NotForMode { basis, mode };
    Ok(match basis {
        Basis::PerShipment => Decimal::ONE,
        Basis::PerContainer => Decimal::from(s.load.ok_or(not_for_mode)?.containers),
        Basis::PerCarton => Decimal::from(s.plan.cartons),
        Basis::PerCbm => s.plan.cbm,
        Basis::PerRevenueTon => s.revenue_tons.ok_or(not_for_mode)?,
        Basis::PerChargeableKg => s.chargeable_kg.ok_or(not_for_mode)?,
        Basis::PerGrossKg => s.plan.gross_kg,
        Basis::PerPair => Decimal::from(s.plan.pairs),
    })
}

/// An export cost line for the shipment, in the costing currency.
///
/// # Errors
/// `LineProblem` when the basis does not apply to the mode or the currency has no rate.
pub fn export_line_cost(doc: &Document, line: &ExportCost, s: &Shipment) -> Result<Money, LineProblem> {
    let exact = export_line_exact(doc, line, s)?;
    Ok(Money::new(exact.value().map_err(|_| LineProblem::Overflow)?, doc.article.costing_currency))
}

/// Whether a basis is a rate that carriers set a minimum charge on (per revenue ton, kg, m³).
pub fn has_minimum(basis: Basis) -> bool {
    matches!(basis, Basis::PerRevenueTon | Basis::PerChargeableKg | Basis::PerGrossKg | Basis::PerCbm)
}

/// `export_line_cost` as an exact quotient: an inverse rate is not divided yet.
pub(crate) fn export_line_exact(doc: &Document, line: &ExportCost, s: &Shipment) -> Result<Frac, LineProblem> {
    let q = quantity(line.basis, s, doc.shipping.mode)?;
    let mut own = mul(line.amount, q).map_err(|_| LineProblem::Overflow)?;
    // The carrier's minimum charge on a rate: `max(amount × quantity, minimum)`.
    if let (true, Some(min)) = (has_minimum(line.basis), line.minimum) {
        own = own.max(min);
    }
    convert_exact(&doc.fx, Frac::from(own), line.currency, doc.article.costing_currency).map_err(LineProblem::Fx)
}

pub(crate) fn shipment(doc: &Document, pairs: u32) -> Result<Shipment, PackingError> {
    let sh = &doc.shipping;
    let ppc = match doc.sizes.assortment {
        Assortment::RatioPerCarton if doc.sizes.total_quantity() > 0 => {
            u32::try_from(doc.sizes.total_quantity()).map_err(|_| PackingError::Overflow)?
        }
        _ => sh.carton.pairs_per_carton,
    };
    let plan = packing::plan(pairs, ppc, &sh.carton)?;
    let spec = sh.containers.iter().find(|c| c.kind == sh.container).ok_or(PackingError::ZeroSize)?;
    Ok(Shipment {
        plan,
        load: match sh.mode {
            Mode::SeaFcl => Some(packing::load(&plan, &sh.carton, spec)?),
            _ => None,
        },
        revenue_tons: (sh.mode == Mode::SeaLcl).then(|| packing::revenue_tons(&plan, sh.lcl_minimum_rt)),
        chargeable_kg: match sh.mode {
            Mode::Air => Some(packing::chargeable_kg(&plan, &sh.carton, sh.air_divisor)?),
            _ => None,
        },
    })
}

/// An article's part of a shipment it shares with other articles (a quotation of several,
/// `model::quotation::combined`): the whole shipment's quantities, and this article's share of each stage's
/// export costs, for one quantity of the article.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedShipment {
    /// The article's pairs this share was worked out for.
    pub pairs: u32,
    /// The whole shipment (every article's cartons).
    pub shipment: Shipment,
    /// The article's share of each stage's cost (costing currency); `None`: no line for the stage.
    pub stages: Vec<(Stage, Option<Frac>)>,
}

/// The chain of costs for a shipment; export lines that fail make their stage absent
/// (and are reported), so a term never silently counts them as zero. `shared`: the stages are
/// this article's share of a shipment with other articles, worked out by the caller.
fn chain(
    doc: &Document,
    ex_factory: Frac,
    assists: Frac,
    s: &Shipment,
    shared: Option<&SharedShipment>,
    issues: &mut Vec<QuoteIssue>,
) -> Chain {
    let stages = if let Some(sh) = shared { sh.stages.clone() } else { own_stages(doc, s, issues) };
    let cur = doc.article.costing_currency;
    let t = &doc.terms;
    // The import fee's minimum and maximum are in their own currency (USD for the US MPF).
    let import_fee = t.import_fee.as_ref().and_then(|f| {
        let to_costing = |v: Decimal| convert_exact(&doc.fx, Frac::from(v), f.currency, cur);
        let fee = || -> Result<Fee, FxError> {
            Ok(Fee { rate: percent(f.pct), min: to_costing(f.min)?, max: f.max.map(to_costing).transpose()? })
        };
        fee().map_err(|e| push(issues, QuoteIssue::FeeRate(e))).ok()
    });
    Chain {
        currency: cur,
        ex_factory,
        stages,
        commission: percent(t.commission_pct),
        commission_base: t.commission_base,
        bank: percent(t.bank_pct),
        insurance_rate: t.insurance_rate_pct.map(percent),
        insurance_rate_a: t.insurance_rate_a_pct.map(percent),
        min_premium: t.min_premium,
        duty_rate: t.duty_applied().map(percent),
        customs_basis: t.customs_basis,
        assists: if t.assists_in_customs_value { assists } else { Frac::ZERO },
        import_tax_rate: t.import_tax_pct.map(percent),
        import_fee,
    }
}

/// Each stage's export cost lines for the shipment `s`, summed exactly; `None` for a stage with
/// no line, or with a line that fails (reported in `issues`).
pub(crate) fn own_stages(doc: &Document, s: &Shipment, issues: &mut Vec<QuoteIssue>) -> Vec<(Stage, Option<Frac>)> {
    Stage::ALL
        .iter()
        .map(|&stage| {
            let lines: Vec<&ExportCost> = doc.export_costs.iter().filter(|c| c.stage == stage).collect();
            if lines.is_empty() {
                return (stage, None);
            }
            let mut ok = true;
            let mut sum = Frac::ZERO;
            for line in lines {
                if line.example {
                    push(issues, QuoteIssue::ExampleLine { id: line.id, stage });
                }
                match export_line_exact(doc, line, s).and_then(|m| sum.plus(m).map_err(|_| LineProblem::Overflow)) {
                    Ok(total) => sum = total,
                    Err(problem) => {
                        ok = false;
                        let issue = QuoteIssue::ExportLine { id: line.id, stage, problem };
                        if !issues.contains(&issue) {
                            issues.push(issue);
                        }
                    }
                }
            }
            (stage, ok.then_some(sum))
        })
        .collect()
}

/// A shipment amount per pair in the quote currency, raised by the FX buffer, as one exact
/// quotient: `amount ÷ pairs (× or ÷ rate) ÷ (1 − buffer)`, divided once by the caller.
fn unit_in_quote(doc: &Document, amount: Frac, pairs: u32) -> Result<Frac, QuoteIssue> {
    let (from, to) = (doc.article.costing_currency, doc.terms.quote_currency);
    let per_pair = amount.divided_by(Decimal::from(pairs)).map_err(|_| QuoteIssue::NoOrderQuantity)?;
    if from == to {
        return Ok(per_pair);
    }
    let converted = convert_exact(&doc.fx, per_pair, from, to).map_err(QuoteIssue::QuoteRate)?;
    let keep = Decimal::ONE - percent(doc.terms.fx_buffer_pct);
    if keep <= Decimal::ZERO {
        return Err(QuoteIssue::BufferTooLarge);
    }
    converted.divided_by(keep).map_err(|_| QuoteIssue::BufferTooLarge)
}

/// The step a quote's unit prices are rounded to (`SalesTerms::price_step`, else the smallest
/// unit of `decimals`), and whether it is a commercial one.
fn price_step(doc: &Document, decimals: u32) -> (PriceStep, bool) {
    let t = &doc.terms;
    let commercial = t.price_step.filter(|s| *s > Decimal::ZERO);
    let step = commercial.unwrap_or_else(|| Decimal::new(1, decimals));
    (PriceStep { step, up: t.step_up, ties: t.rounding }, commercial.is_some())
}

/// `m` as quoted (`PriceStep::quote`).
fn on_step(m: Money, step: PriceStep, decimals: u32) -> Option<Money> {
    Some(Money::new(step.quote(m.amount(), decimals)?, m.currency()))
}

/// Divides an exact quotient into money of the quote currency.
fn quote_money(doc: &Document, f: Frac) -> Option<Money> {
    f.value().ok().map(|v| Money::new(v, doc.terms.quote_currency))
}

/// Converts a target price into the costing currency, lowered by the buffer (the inverse of
/// `unit_in_quote`).
fn from_target(doc: &Document, m: Money) -> Result<Frac, QuoteIssue> {
    let to = doc.article.costing_currency;
    if m.currency() == to {
        return Ok(Frac::from(m.amount()));
    }
    let converted = convert_exact(&doc.fx, Frac::from(m.amount()), m.currency(), to).map_err(QuoteIssue::TargetRate)?;
    converted.times(Decimal::ONE - percent(doc.terms.fx_buffer_pct)).map_err(|_| QuoteIssue::BufferTooLarge)
}

fn push(issues: &mut Vec<QuoteIssue>, i: QuoteIssue) {
    if !issues.contains(&i) {
        issues.push(i);
    }
}

struct Priced {
    tier: Tier,
    chain: Option<Chain>,
    breakdown: Breakdown,
}

/// Prices one quantity; `financing` (per pair, costing currency) is added to the cost first.
fn price_tier(
    doc: &Document,
    pairs: u32,
    decimals: u32,
    financing: Option<Frac>,
    shared: Option<&[SharedShipment]>,
    issues: &mut Vec<QuoteIssue>,
) -> Priced {
    let mut at_qty = doc.clone();
    at_qty.article.order_pairs = pairs;
    let breakdown = compute(&at_qty);
    if !pricing_issues(&breakdown).is_empty() {
        push(issues, QuoteIssue::CostIncomplete);
    }
    let (mut tier, cost_exact) = costed_tier(doc, pairs, financing, &breakdown);
    if tier.below_moq {
        push(issues, QuoteIssue::BelowMoq { pairs, moq: doc.terms.moq });
    }
    let exw = match pricing::ex_factory_exact(cost_exact, doc.terms.profit) {
        Ok(p) => p,
        Err(e) => {
            push(issues, QuoteIssue::Profit(e));
            return Priced { tier, chain: None, breakdown };
        }
    };
    tier.ex_factory_per_pair = exw.value().ok().map(|v| Money::new(v, tier.cost_per_pair.currency()));
    let share = shared.and_then(|all| all.iter().find(|s| s.pairs == pairs));
    let own = match share {
        Some(sh) => Ok(sh.shipment),
        // A shared shipment not worked out for this quantity: the caller's slip, never a price.
        None if shared.is_some() => Err(PackingError::Overflow),
        None => shipment(doc, pairs),
    };
    let ship = match own {
        Ok(s) => s,
        Err(e) => {
            push(issues, QuoteIssue::Packing(e));
            return Priced { tier, chain: None, breakdown };
        }
    };
    tier.shipment = Some(ship);
    let Ok(exw_total) = exw.times(Decimal::from(pairs)) else {
        push(issues, QuoteIssue::Profit(ProfitError::Overflow));
        return Priced { tier, chain: None, breakdown };
    };
    // What the buyer supplies, for the shipment (assists in the customs value).
    let assists = breakdown.supplied_exact.and_then(|f| f.times(Decimal::from(pairs)).ok()).unwrap_or(Frac::ZERO);
    let ch = chain(doc, exw_total, assists, &ship, share, issues);
    // What the term lacks counts as zero in a provisional price, each named as a blocker.
    let price = ch.price_provisional(doc.terms.incoterm);
    if let Ok(b) = &price {
        for m in &b.counted_as_zero {
            push(issues, QuoteIssue::CountedAsZero(*m));
        }
        match unit_in_quote(doc, b.total, pairs) {
            Ok(unit) => fill_unit_price(doc, &mut tier, b, unit, decimals, issues),
            Err(i) => push(issues, i),
        }
    }
    tier.price = Some(price);
    Priced { tier, chain: Some(ch), breakdown }
}

/// A tier with its cost per pair (`financing` added) and nothing priced yet, and that cost exact.
fn costed_tier(doc: &Document, pairs: u32, financing: Option<Frac>, breakdown: &Breakdown) -> (Tier, Frac) {
    let cur = breakdown.currency;
    let financed = financing.and_then(|f| breakdown.per_pair_exact.plus(f).ok().map(|c| (f, c)));
    let cost_exact = financed.map_or(breakdown.per_pair_exact, |(_, c)| c);
    let cost = financed.and_then(|(_, c)| c.value().ok()).map_or(breakdown.per_pair, |v| Money::new(v, cur));
    let moq = doc.terms.moq;
    let tier = Tier {
        pairs,
        below_moq: moq > 0 && pairs < moq,
        cost_per_pair: cost,
        ex_factory_per_pair: None,
        shipment: None,
        price: None,
        unit_exact: None,
        unit_price: None,
        total: None,
        exact_total: None,
        parts_per_pair: Vec::new(),
        financing: financed.and_then(|(f, _)| f.value().ok()).map(|v| Money::new(v, cur)),
    };
    (tier, cost_exact)
}

/// Sets the tier's unit price (exact, and rounded once on the step), its totals and parts per pair.
fn fill_unit_price(
    doc: &Document,
    tier: &mut Tier,
    b: &BuildUp,
    unit: Frac,
    decimals: u32,
    issues: &mut Vec<QuoteIssue>,
) {
    let pairs = tier.pairs;
    let (step, commercial) = price_step(doc, decimals);
    let Some((unit, rounded)) = quote_money(doc, unit).and_then(|u| Some((u, on_step(u, step, decimals)?))) else {
        return;
    };
    if commercial && unit.amount() < step.step {
        push(issues, QuoteIssue::StepTooLarge);
    }
    let n = Decimal::from(pairs);
    tier.unit_exact = Some(unit);
    tier.unit_price = Some(rounded);
    tier.total = rounded.times(n).ok();
    tier.exact_total = unit.times(n).ok().map(|t| t.round_to(decimals, doc.terms.rounding));
    tier.parts_per_pair = b
        .parts
        .iter()
        .filter_map(|(c, m)| Some((*c, quote_money(doc, unit_in_quote(doc, *m, pairs).ok()?)?)))
        .collect();
}

/// What a target price leaves, solved in closed form: every term's price is an affine function
/// of the ex-factory total (`price = a × exw + k`), so two evaluations give `a` and `k` exactly
/// and `exw = (target − k) ÷ a`.
fn target_outcome(
    doc: &Document,
    first: &Priced,
    issues: &mut Vec<QuoteIssue>,
) -> Option<Result<TargetOutcome, TermError>> {
    let target = doc.terms.target.as_ref()?;
    let ch = first.chain.as_ref()?;
    let pairs = first.tier.pairs;
    let cur = doc.article.costing_currency;
    let t_cost = match from_target(doc, Money::new(target.amount, target.currency)) {
        Ok(m) => m,
        Err(i) => {
            push(issues, i);
            return None;
        }
    };
    let at = |exw: Decimal| -> Result<Decimal, TermError> {
        let mut c = ch.clone();
        c.ex_factory = Frac::from(exw);
        Ok(c.price(target.incoterm)?.total.value()?)
    };
    let solve = || -> Result<TargetOutcome, TermError> {
        let n = Decimal::from(pairs);
        let scale = Decimal::from(1_000_000);
        let k = at(Decimal::ZERO)?;
        let a = div(sub(at(scale)?, k)?, scale)?;
        let target_total = t_cost.times(n)?;
        // exw per pair = (target × n − k) ÷ a ÷ n, divided once.
        let mut exw_exact = target_total.minus(Frac::from(k))?.divided_by(mul(a, n)?)?;
        // A minimum premium or a bounded import fee makes the price affine only piece by piece:
        // refit the line where the first solution landed (at most twice: each refit lands in the
        // piece that holds the answer, or on a bound).
        let want = target_total.value()?;
        let tolerance = want.abs().max(Decimal::ONE) * Decimal::new(1, 20);
        let mut solved = false;
        // Each bend (a minimum premium, a fee's floor or ceiling) adds a piece; four passes
        // cover every combination a term can have, and the answer is checked, not assumed.
        for _ in 0..5 {
            let g = mul(exw_exact.value()?, n)?;
            let here = at(g)?;
            if sub(here, want)?.abs() <= tolerance {
                solved = true;
                break;
            }
            let step = g.abs().max(Decimal::ONE) * Decimal::new(1, 6);
            let slope = div(sub(at(add(g, step)?)?, here)?, step)?;
            let k = sub(here, mul(slope, g)?)?;
            exw_exact = target_total.minus(Frac::from(k))?.divided_by(mul(slope, n)?)?;
        }
        if !solved {
            return Err(TermError::TargetUnreached);
        }
        let exw = Money::new(exw_exact.value()?, cur);
        let t_cost = Money::new(t_cost.value()?, cur);
        let cost = first.tier.cost_per_pair;
        let left = pricing::profit_left(cost.amount(), exw.amount()).ok();
        let financing = first.tier.financing.map_or(Decimal::ZERO, |m| m.amount());
        let max_materials = max_materials(doc, &first.breakdown, financing, exw).ok();
        Ok(TargetOutcome {
            term: target.incoterm,
            target_in_costing: t_cost,
            ex_factory_per_pair: exw,
            cost_per_pair: cost,
            markup_left: left.map(|l| l.0),
            margin_left: left.map(|l| l.1),
            max_materials_per_pair: max_materials,
        })
    };
    Some(solve())
}

/// The most materials may cost per pair so that `exw` still earns the document's profit (with
/// `financing` per pair added to the cost).
fn max_materials(doc: &Document, b: &Breakdown, financing: Decimal, exw: Money) -> Result<Money, MoneyError> {
    let cur = b.currency;
    // The financing added to the cost is not the materials'.
    let allowed = sub(pricing::allowed_cost(exw.amount(), doc.terms.profit)?, financing)?;
    let get = |c: Category| b.category(c).map_or(Decimal::ZERO, |t| t.per_pair.amount());
    let (labour, overhead, one_off) = (get(Category::Labour), get(Category::Overhead), get(Category::OneOff));
    let m = match doc.overhead.method {
        // cost = M + L + OH + one-off
        OverheadMethod::PerMonth => sub(sub(sub(allowed, labour)?, overhead)?, one_off)?,
        // cost = (M + L)(1 + o) + one-off
        OverheadMethod::PercentOfPrime => {
            sub(div(sub(allowed, one_off)?, Decimal::ONE + percent(doc.overhead.percent_of_prime))?, labour)?
        }
    };
    Ok(Money::new(m, cur))
}

/// The rate shown with the quote: the table entry between costing and quote currency.
fn quote_rate(doc: &Document) -> Option<QuoteRate> {
    let (from, to) = (doc.article.costing_currency, doc.terms.quote_currency);
    let (_, dir) = find_rate(&doc.fx, from, to).ok()?;
    let r = doc.fx.iter().find(|r| match dir {
        Direction::Multiply => r.base == from && r.quote == to,
        Direction::Divide => r.base == to && r.quote == from,
        Direction::Same => false,
    })?;
    Some(QuoteRate {
        base: r.base,
        quote: r.quote,
        rate: r.rate,
        date: r.date.clone(),
        source: r.source.clone(),
        buffer_pct: doc.terms.fx_buffer_pct,
    })
}

/// Prices the document: every tier at the chosen term, all terms side by side, the target.
pub fn quote(doc: &Document) -> Quote {
    quote_with(doc, None)
}

/// Prices one article of a shipment shared with other articles: as `quote`, with the shipment
/// and this article's share of the export costs given for each quantity (`model::quotation::combined`).
/// The export lines are the shipment's, not the article's, so `Quote::export_lines` is empty.
pub fn quote_shared(doc: &Document, shared: &[SharedShipment]) -> Quote {
    quote_with(doc, Some(shared))
}

fn quote_with(doc: &Document, shared: Option<&[SharedShipment]>) -> Quote {
    let terms = &doc.terms;
    let decimals = terms.quote_currency.display_decimals();
    let (step, commercial) = price_step(doc, decimals);
    let mut issues = document_issues(doc, step, commercial);
    let quantities = tier_quantities(doc);
    // (What the prices before financing found is set aside if the financing reprices them.)
    let before = issues.clone();
    let mut priced: Vec<Priced> =
        quantities.iter().map(|&q| price_tier(doc, q, decimals, None, shared, &mut issues)).collect();
    let flows = priced.first().and_then(|p| Some((order_flows(doc, p)?, p.breakdown.currency)));
    let cash = flows.map(|(f, cur)| f.and_then(|f| crate::model::export::cash::timeline(&doc.cash, &f, cur)));
    let cash_flows = flows.and_then(|(f, _)| f.ok());
    // The financing the cash plan adds to the cost: the order's, per pair, at every quantity.
    let financing = match (&cash, &doc.cash) {
        (Some(Ok(t)), plan) if plan.in_price => {
            priced.first().and_then(|p| crate::model::export::cash::financing_per_pair(t, p.tier.pairs))
        }
        _ => None,
    };
    if financing.is_some() {
        issues = before;
        priced = quantities.iter().map(|&q| price_tier(doc, q, decimals, financing, shared, &mut issues)).collect();
    }
    let side_by_side = priced.first().map_or_else(Vec::new, |p| side_by_side(doc, p));
    let target = priced.first().and_then(|p| target_outcome(doc, p, &mut issues));
    let export_lines = match priced.first().and_then(|p| p.tier.shipment) {
        Some(_) if shared.is_some() => Vec::new(),
        Some(ship) => doc.export_costs.iter().map(|c| (c.id, export_line_cost(doc, c, &ship))).collect(),
        None => Vec::new(),
    };
    let chain = priced.first().and_then(|p| p.chain.clone());
    let cost_issues = match priced.first() {
        Some(p) => pricing_issues(&p.breakdown),
        None => pricing_issues(&compute(doc)),
    };
    if !cost_issues.is_empty() {
        push(&mut issues, QuoteIssue::CostIncomplete);
    }
    Quote {
        currency: terms.quote_currency,
        mode: doc.shipping.mode,
        term: terms.incoterm,
        rounding: terms.rounding,
        decimals,
        step,
        commercial_step: commercial,
        rate: quote_rate(doc),
        tiers: priced.drain(..).map(|p| p.tier).collect(),
        side_by_side,
        target,
        export_lines,
        chain,
        issues,
        cost_issues,
        cash,
        cash_flows,
    }
}

/// What the document itself lacks for a quote, before any quantity is priced.
fn document_issues(doc: &Document, step: PriceStep, commercial: bool) -> Vec<QuoteIssue> {
    let mut issues = Vec::new();
    let terms = &doc.terms;
    if commercial && !(step.step / Decimal::new(1, terms.quote_currency.display_decimals())).fract().is_zero() {
        issues.push(QuoteIssue::StepTooFine);
    }
    let order = doc.article.order_pairs;
    if order == 0 {
        issues.push(QuoteIssue::NoOrderQuantity);
    }
    if doc.sizes.assortment == Assortment::PairsPerSize {
        let total = doc.sizes.total_quantity();
        if total > 0 && total != u64::from(order) {
            issues.push(QuoteIssue::AssortmentMismatch { assortment: total, order });
        }
    }
    if doc.shipping.example {
        issues.push(QuoteIssue::ExamplePacking);
    }
    if doc.shipping.mode == Mode::Air && terms.incoterm.sea_only() {
        issues.push(QuoteIssue::SeaTermByAir { term: terms.incoterm });
    }
    issues
}

/// The quantities to price: the order quantity first, then the further tiers ascending, once each.
fn tier_quantities(doc: &Document) -> Vec<u32> {
    let order = doc.article.order_pairs;
    let mut quantities: Vec<u32> = doc.terms.tiers.iter().copied().filter(|&q| q > 0 && q != order).collect();
    quantities.sort_unstable();
    quantities.dedup();
    if order > 0 {
        quantities.insert(0, order);
    }
    quantities
}

/// Every term's exact unit price in the quote currency for the first tier, or what it lacks.
fn side_by_side(doc: &Document, first: &Priced) -> Vec<(Incoterm, Result<Money, TermError>)> {
    let Some(ch) = &first.chain else { return Vec::new() };
    Incoterm::ALL
        .iter()
        .map(|&term| {
            let unit = ch.price(term).and_then(|b| {
                let unit = unit_in_quote(doc, b.total, first.tier.pairs).map_err(|i| match i {
                    QuoteIssue::QuoteRate(e) => TermError::Rate(e),
                    _ => TermError::Overflow,
                })?;
                quote_money(doc, unit).ok_or(TermError::Overflow)
            });
            (term, unit)
        })
        .collect()
}

/// What the order's cash timeline (`cash::timeline`) is worked on, from its first tier: the
/// costs as the sheet computes them against the quoted total in the costing currency. `None`
/// until a lead time is entered, or while the order has no price.
fn order_flows(doc: &Document, first: &Priced) -> Option<Result<Flows, CashError>> {
    if doc.cash.lead_days == 0 {
        return None;
    }
    let (tier, b) = (&first.tier, &first.breakdown);
    let Some(Ok(bu)) = &tier.price else { return None };
    let total = tier.total?;
    let cur = b.currency;
    let invoice = convert_exact(&doc.fx, Frac::from(total.amount()), total.currency(), cur).ok()?;
    let pairs = Decimal::from(tier.pairs);
    let order = |c: Category| Frac::from(b.category(c).map_or(Decimal::ZERO, |t| t.per_order.amount()));
    let flows = || -> Result<Flows, MoneyError> {
        let part = |keep: fn(&Component) -> bool| Frac::sum(bu.parts.iter().filter(|(c, _)| keep(c)).map(|(_, f)| *f));
        Ok(Flows {
            materials: order(Category::Materials),
            one_off: order(Category::OneOff),
            // Own labour and overhead as wages; the work bought from workshops on delivery.
            making: b.labour.own_exact.times(pairs)?.plus(order(Category::Overhead))?,
            workshops: b.labour.bought_exact.times(pairs)?,
            shipping: part(|c| !matches!(c, Component::ExFactory | Component::Commission | Component::BankCharges))?,
            on_receipt: part(|c| matches!(c, Component::Commission | Component::BankCharges))?,
            invoice,
        })
    };
    Some(flows().map_err(|_| CashError::Overflow))
}
