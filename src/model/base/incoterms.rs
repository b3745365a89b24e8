//! Incoterms 2020: which of the seller's costs each term includes, and the price build-up.
//!
//! Costs are built up in the order the goods travel; each term adds what the seller pays
//! under it (see the table in `Incoterm::stages`). Percentages of the selling price —
//! broker commission, bank/L/C charges, and for CIF/CIP the insurance premium on 110 % of the
//! price — are solved in closed form, never by iteration:
//!
//! `price = costs ÷ (1 − commission − bank − 1.1 × premium rate)`
//!
//! CFR USD 12.00 with a 0.5 % premium → 12.00 ÷ 0.9945 = USD 12.0663…; USD 11.40 with 5 %
//! commission → 11.40 ÷ 0.95 = USD 12.00.
//!
//! The commission's base is the invoice value (the term's own price) unless the agent is paid on
//! the FOB value (`CommissionBase::Fob`). Then, under a term beyond FOB (C- and D-terms), the
//! commission is a fixed amount of the shipment, `commission × FOB price`, added to the costs,
//! and only bank and insurance remain shares: `price = (costs + c × FOB) ÷ (1 − bank − 1.1 ×
//! premium)` — still closed form, and no commission is charged on freight, duty or import VAT.
//! Under EXW, FCA, FAS and FOB the commission stays a share of the term's own price: a sale that
//! ends before the ship has no FOB value beyond its invoice (a convention, stated here).
//!
//! D-terms insure the CIF value when a premium rate is entered. DDP adds import duty on the
//! customs value (the CIF price for most countries; the FOB price for the USA) and import taxes
//! on customs value + duty. Materials the buyer supplied (assists) join the customs value when
//! customs require it, though they are in no price. A term whose costs are missing lists what is
//! missing; nothing is counted as zero silently.

use crate::model::base::currency::Currency;
use crate::model::base::fx::FxError;
use crate::model::base::money::{add, mul, Frac, Money, MoneyError};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

/// Where in the chain a seller's cost falls.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Stage {
    /// PEB filing, customs broker (PPJK), certificate of origin (SKA/COO).
    ExportClearance,
    /// Trucking to the port or the carrier's terminal (e.g. Mojokerto → Tanjung Perak).
    InlandHaulage,
    /// Origin terminal handling (THC), loading, B/L and documentation fees.
    OriginTerminal,
    /// Ocean or air freight to the named port or place.
    MainCarriage,
    /// Destination terminal and delivery to the named place, not unloading.
    DestinationCharges,
    Unloading,
    /// Import customs clearance (broker, fees) in the buyer's country.
    ImportClearance,
    /// Costs of the deal itself, under every term, EXW too: bank and L/C fees (advising,
    /// confirmation, negotiation), a courier for the original documents, inspection or testing
    /// the buyer asks for. (Bank charges as a share of the invoice are `SalesTerms::bank_pct`.)
    Deal,
}

impl Stage {
    pub const ALL: [Stage; 8] = [
        Stage::ExportClearance,
        Stage::InlandHaulage,
        Stage::OriginTerminal,
        Stage::MainCarriage,
        Stage::DestinationCharges,
        Stage::Unloading,
        Stage::ImportClearance,
        Stage::Deal,
    ];
}

/// The eleven Incoterms 2020 rules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Incoterm {
    Exw,
    Fca,
    Cpt,
    Cip,
    Dap,
    Dpu,
    Ddp,
    Fas,
    #[default]
    Fob,
    Cfr,
    Cif,
}

/// What a term needs beyond its stages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Missing {
    /// No cost line was entered for this stage.
    Stage(Stage),
    InsuranceRate,
    /// CIP needs the ICC (A) premium rate.
    InsuranceRateA,
    DutyRate,
    ImportTaxRate,
}

impl Incoterm {
    /// In the order of the Incoterms 2020 publication: any mode, then sea and inland waterway.
    pub const ALL: [Incoterm; 11] = [
        Incoterm::Exw,
        Incoterm::Fca,
        Incoterm::Cpt,
        Incoterm::Cip,
        Incoterm::Dap,
        Incoterm::Dpu,
        Incoterm::Ddp,
        Incoterm::Fas,
        Incoterm::Fob,
        Incoterm::Cfr,
        Incoterm::Cif,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Incoterm::Exw => "EXW",
            Incoterm::Fca => "FCA",
            Incoterm::Cpt => "CPT",
            Incoterm::Cip => "CIP",
            Incoterm::Dap => "DAP",
            Incoterm::Dpu => "DPU",
            Incoterm::Ddp => "DDP",
            Incoterm::Fas => "FAS",
            Incoterm::Fob => "FOB",
            Incoterm::Cfr => "CFR",
            Incoterm::Cif => "CIF",
        }
    }

    pub fn from_code(code: &str) -> Option<Incoterm> {
        Incoterm::ALL.iter().copied().find(|t| t.code().eq_ignore_ascii_case(code.trim()))
    }

    /// FAS, FOB, CFR and CIF are for sea and inland waterway transport only.
    pub fn sea_only(self) -> bool {
        matches!(self, Incoterm::Fas | Incoterm::Fob | Incoterm::Cfr | Incoterm::Cif)
    }

    /// The seller's cost stages this term includes, in chain order. Every term ends with the
    /// deal's own costs (bank and L/C fees, document courier, inspection), EXW too.
    ///
    /// | term | adds |
    /// |---|---|
    /// | EXW | — (ex-factory price incl. export packing) |
    /// | FCA | export clearance; inland haulage if the named place is not the seller's premises |
    /// | FAS | export clearance, inland haulage |
    /// | FOB | + origin terminal (THC, loading, B/L, documents) |
    /// | CFR, CPT | + main carriage |
    /// | CIF, CIP | + insurance (rate on 110 % of the price) |
    /// | DAP | CPT + destination charges (insurance of the CIF value if a rate is entered) |
    /// | DPU | + unloading |
    /// | DDP | + import clearance, duty and import taxes |
    pub fn stages(self) -> &'static [Stage] {
        use Stage::*;
        match self {
            Incoterm::Exw => &[Deal],
            Incoterm::Fca => &[ExportClearance, InlandHaulage, Deal],
            Incoterm::Fas => &[ExportClearance, InlandHaulage, Deal],
            Incoterm::Fob => &[ExportClearance, InlandHaulage, OriginTerminal, Deal],
            Incoterm::Cfr | Incoterm::Cif | Incoterm::Cpt | Incoterm::Cip => {
                &[ExportClearance, InlandHaulage, OriginTerminal, MainCarriage, Deal]
            }
            Incoterm::Dap => &[ExportClearance, InlandHaulage, OriginTerminal, MainCarriage, DestinationCharges, Deal],
            Incoterm::Dpu => {
                &[ExportClearance, InlandHaulage, OriginTerminal, MainCarriage, DestinationCharges, Unloading, Deal]
            }
            Incoterm::Ddp => &[
                ExportClearance,
                InlandHaulage,
                OriginTerminal,
                MainCarriage,
                DestinationCharges,
                ImportClearance,
                Deal,
            ],
        }
    }

    /// Stages that must have at least one cost line (an entered zero counts) for the term to be
    /// priced. FCA's inland haulage is optional: delivery may be at the seller's premises; the
    /// deal's own costs are optional under every term (many orders have none).
    pub fn required(self) -> impl Iterator<Item = Stage> {
        self.stages()
            .iter()
            .copied()
            .filter(move |s| *s != Stage::Deal && !(self == Incoterm::Fca && *s == Stage::InlandHaulage))
    }

    /// Of the three named places a quotation holds, the one this term names (Incoterms 2020):
    /// the seller's place for EXW and FCA, the port of shipment for FAS and FOB, the
    /// destination for C- and D-terms.
    pub fn place_of<'a>(self, seller: &'a str, port: &'a str, destination: &'a str) -> &'a str {
        match self {
            Incoterm::Exw | Incoterm::Fca => seller,
            Incoterm::Fas | Incoterm::Fob => port,
            _ => destination,
        }
    }

    /// Which of the terms' inputs beyond the FOB price this term uses: the ICC (C) premium (CIF,
    /// and the CIF value D-terms insure when a rate is entered), the ICC (A) premium (CIP), and
    /// the import charges (DDP: duty, import taxes, the fee on value).
    pub fn inputs(self) -> TermInputs {
        TermInputs {
            insurance_c: matches!(self, Incoterm::Cif | Incoterm::Dap | Incoterm::Dpu | Incoterm::Ddp),
            insurance_a: self == Incoterm::Cip,
            import_charges: self == Incoterm::Ddp,
            import_fee: false,
        }
    }

    /// CIF and CIP oblige the seller to insure (CIF at least ICC (C), CIP ICC (A)).
    pub fn insures(self) -> bool {
        matches!(self, Incoterm::Cif | Incoterm::Cip)
    }

    /// C- and D-terms name a place of destination; E- and F-terms a place in the seller's country.
    pub fn names_destination(self) -> bool {
        !matches!(self, Incoterm::Exw | Incoterm::Fca | Incoterm::Fas | Incoterm::Fob)
    }

    /// D-terms: the seller bears the risk to destination.
    pub fn delivered(self) -> bool {
        matches!(self, Incoterm::Dap | Incoterm::Dpu | Incoterm::Ddp)
    }

    /// C- and D-terms: the price includes the main carriage, so it is more than the FOB value.
    pub fn beyond_fob(self) -> bool {
        self.stages().contains(&Stage::MainCarriage)
    }
}

/// The groups of the terms card's inputs a term uses (`Incoterm::inputs`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TermInputs {
    pub insurance_c: bool,
    pub insurance_a: bool,
    pub import_charges: bool,
    /// An import fee on the customs value (the US merchandise processing fee): under DDP to
    /// the USA (`SalesTerms::shown_inputs`; `Incoterm::inputs` leaves it false).
    pub import_fee: bool,
}

/// Which price is the customs value for duty.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CustomsBasis {
    /// CIF value: Korea, the EU, Japan, Chile and most countries.
    #[default]
    Cif,
    /// FOB-like transaction value: the USA.
    Fob,
}

/// What a broker's or agent's commission is a share of.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CommissionBase {
    /// The invoice value: the price of the quoted term.
    #[default]
    Invoice,
    /// The FOB value of the goods (how agents are often paid): freight, insurance, duty and
    /// import taxes of C- and D-terms carry no commission.
    Fob,
}

/// Everything the build-up needs, per shipment, in the costing currency. Rates are fractions.
#[derive(Clone, Debug, PartialEq)]
pub struct Chain {
    pub currency: Currency,
    /// The ex-factory (EXW) price of the shipment, profit included, as an exact quotient.
    pub ex_factory: Frac,
    /// Cost per stage, an exact quotient; `None` when no line was entered for it.
    pub stages: Vec<(Stage, Option<Frac>)>,
    pub commission: Decimal,
    /// What the commission is a share of.
    pub commission_base: CommissionBase,
    pub bank: Decimal,
    /// Premium rate (a fraction) under ICC (C): CIF, and the CIF value insured under D-terms.
    pub insurance_rate: Option<Decimal>,
    /// Premium rate under ICC (A): CIP.
    pub insurance_rate_a: Option<Decimal>,
    /// The insurer's minimum premium per shipment (costing currency).
    pub min_premium: Option<Decimal>,
    pub duty_rate: Option<Decimal>,
    pub customs_basis: CustomsBasis,
    /// The value of the materials the buyer supplied (assists) for the shipment, added to the
    /// customs value when customs require it; zero otherwise. Not part of any price.
    pub assists: Frac,
    pub import_tax_rate: Option<Decimal>,
    /// A fee on the customs value, `clamp(value × rate, min, max)`, costing currency (DDP).
    pub import_fee: Option<Fee>,
}

/// A fee on a value with a floor and a ceiling: `clamp(value × rate, min, max)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fee {
    pub rate: Decimal,
    pub min: Frac,
    pub max: Option<Frac>,
}

impl Fee {
    /// The fee on `value`, and whether the floor (`Some(false)`) or ceiling (`Some(true)`) set it.
    ///
    /// # Errors
    /// `Overflow`.
    pub fn on(self, value: Frac) -> Result<(Frac, Option<bool>), MoneyError> {
        let proportional = value.times(self.rate)?;
        let v = proportional.value()?;
        Ok(match self.max {
            Some(max) if v > max.value()? => (max, Some(true)),
            _ if v < self.min.value()? => (self.min, Some(false)),
            _ => (proportional, None),
        })
    }
}

/// One part of a price.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Component {
    ExFactory,
    Stage(Stage),
    Insurance,
    ImportDuty,
    ImportTaxes,
    /// A fee on the customs value alone (US MPF): not duty, not taxed.
    ImportFee,
    Commission,
    BankCharges,
}

/// A term's price for the shipment and its parts, which add up to it. Amounts are exact
/// quotients (`Frac`): the closed-form division by `1 − shares` is carried, not taken, so the
/// quote divides once when it comes to a unit price.
#[derive(Clone, Debug, PartialEq)]
pub struct BuildUp {
    pub term: Incoterm,
    pub currency: Currency,
    pub total: Frac,
    pub parts: Vec<(Component, Frac)>,
    /// The customs value duty was charged on (DDP only).
    pub customs_value: Option<Frac>,
    /// The insurer's minimum premium set this term's premium (it is then a fixed cost, not a
    /// share of the price).
    pub premium_floor: bool,
    /// The import fee's floor (`Some(false)`) or ceiling (`Some(true)`) set it (DDP).
    pub fee_bound: Option<bool>,
    /// The inputs the term lacked, counted as zero (`Chain::price_provisional`): a provisional
    /// price, never a quotable one. Empty for a complete price.
    pub counted_as_zero: Vec<Missing>,
}

impl BuildUp {
    fn money(&self, f: Frac) -> Result<Money, MoneyError> {
        Ok(Money::new(f.value()?, self.currency))
    }

    /// The shipment's price as money.
    ///
    /// # Errors
    /// `Overflow`.
    pub fn total_money(&self) -> Result<Money, MoneyError> {
        self.money(self.total)
    }

    /// One part as money, if the term has it.
    pub fn part(&self, c: Component) -> Option<Money> {
        self.parts.iter().find(|(k, _)| *k == c).and_then(|(_, f)| self.money(*f).ok())
    }

    /// The customs value as money (DDP).
    pub fn customs_money(&self) -> Option<Money> {
        self.customs_value.and_then(|f| self.money(f).ok())
    }
}

/// Why a term cannot be priced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TermError {
    Missing(Vec<Missing>),
    /// Commission + bank + 1.1 × premium reach 100 % of the price: no price covers them.
    SharesTooLarge,
    /// No usable exchange rate into the quote currency.
    Rate(FxError),
    /// No ex-factory price gives the target exactly (a minimum or a bound keeps the term's
    /// price from reaching it).
    TargetUnreached,
    Overflow,
}

impl From<MoneyError> for TermError {
    fn from(_: MoneyError) -> TermError {
        TermError::Overflow
    }
}

impl Chain {
    fn stage(&self, s: Stage) -> Option<Frac> {
        self.stages.iter().find(|(st, _)| *st == s).and_then(|(_, m)| *m)
    }

    /// The ex-factory price of the shipment as money.
    ///
    /// # Errors
    /// `Overflow`.
    pub fn ex_factory_money(&self) -> Result<Money, MoneyError> {
        Ok(Money::new(self.ex_factory.value()?, self.currency))
    }

    /// The premium rate `term` insures at: ICC (A) for CIP, ICC (C) for CIF and for the CIF
    /// value of D-terms.
    pub fn premium_rate(&self, term: Incoterm) -> Option<Decimal> {
        match term {
            Incoterm::Cip => self.insurance_rate_a,
            _ => self.insurance_rate,
        }
    }

    /// What `term` lacks, in chain order.
    pub fn missing(&self, term: Incoterm) -> Vec<Missing> {
        let mut out: Vec<Missing> = term.required().filter(|s| self.stage(*s).is_none()).map(Missing::Stage).collect();
        if term == Incoterm::Cip && self.insurance_rate_a.is_none() {
            out.push(Missing::InsuranceRateA);
        }
        let needs_cif = term == Incoterm::Cif || (term == Incoterm::Ddp && self.customs_basis == CustomsBasis::Cif);
        if needs_cif && self.insurance_rate.is_none() {
            out.push(Missing::InsuranceRate);
        }
        if term == Incoterm::Ddp {
            if self.duty_rate.is_none() {
                out.push(Missing::DutyRate);
            }
            if self.import_tax_rate.is_none() {
                out.push(Missing::ImportTaxRate);
            }
        }
        out
    }

    /// The price of the shipment under `term` with every input it lacks (`missing`) counted as
    /// zero and named in `BuildUp::counted_as_zero`: a first-timer sees the term's price from the
    /// first minute, marked provisional, before the export costs are known. The same as `price`
    /// when nothing is missing.
    ///
    /// # Errors
    /// As `price`, except `Missing`.
    pub fn price_provisional(&self, term: Incoterm) -> Result<BuildUp, TermError> {
        let missing = self.missing(term);
        if missing.is_empty() {
            return self.price(term);
        }
        let mut filled = self.clone();
        for m in &missing {
            match *m {
                Missing::Stage(s) => match filled.stages.iter_mut().find(|(st, _)| *st == s) {
                    Some((_, cost)) => *cost = Some(Frac::ZERO),
                    None => filled.stages.push((s, Some(Frac::ZERO))),
                },
                Missing::InsuranceRate => filled.insurance_rate = Some(Decimal::ZERO),
                Missing::InsuranceRateA => filled.insurance_rate_a = Some(Decimal::ZERO),
                Missing::DutyRate => filled.duty_rate = Some(Decimal::ZERO),
                Missing::ImportTaxRate => filled.import_tax_rate = Some(Decimal::ZERO),
            }
        }
        let mut b = filled.price(term)?;
        b.counted_as_zero = missing;
        Ok(b)
    }

    /// The price of the shipment under `term`.
    ///
    /// # Errors
    /// `Missing` listing every absent input; `SharesTooLarge`; `Overflow`.
    pub fn price(&self, term: Incoterm) -> Result<BuildUp, TermError> {
        let missing = self.missing(term);
        if !missing.is_empty() {
            return Err(TermError::Missing(missing));
        }
        let mut parts = vec![(Component::ExFactory, self.ex_factory)];
        for &s in term.stages() {
            if let Some(m) = self.stage(s) {
                parts.push((Component::Stage(s), m));
            }
        }
        let (customs_value, fee_bound) =
            if term.delivered() { self.delivered_parts(term, &mut parts)? } else { (None, None) };
        // A commission on the FOB value is, beyond FOB, a fixed amount of the shipment.
        let fixed_commission = match self.commission_base {
            CommissionBase::Fob if term.beyond_fob() && !self.commission.is_zero() => {
                Some(self.price(Incoterm::Fob)?.total.times(self.commission)?)
            }
            _ => None,
        };
        let commission_share = if fixed_commission.is_some() { Decimal::ZERO } else { self.commission };
        let base = Frac::sum(parts.iter().map(|(_, m)| *m).chain(fixed_commission))?;
        let (total, premium, premium_floor) = self.solve_total(term, base, commission_share)?;
        if term.insures() {
            parts.push((Component::Insurance, premium));
        }
        if let Some(c) = fixed_commission {
            parts.push((Component::Commission, c));
        } else if !self.commission.is_zero() {
            parts.push((Component::Commission, total.times(self.commission)?));
        }
        if !self.bank.is_zero() {
            parts.push((Component::BankCharges, total.times(self.bank)?));
        }
        Ok(BuildUp {
            term,
            currency: self.currency,
            total,
            parts,
            customs_value,
            premium_floor,
            fee_bound,
            counted_as_zero: Vec::new(),
        })
    }

    /// A D-term's parts at destination (CIF insurance; DDP duty, taxes, fee), with the customs value and fee bound.
    fn delivered_parts(
        &self,
        term: Incoterm,
        parts: &mut Vec<(Component, Frac)>,
    ) -> Result<(Option<Frac>, Option<bool>), TermError> {
        // Insurance of the CIF value, when a rate is entered (required for DDP on CIF basis).
        let cif = match self.insurance_rate {
            Some(_) => Some(self.price(Incoterm::Cif)?.total),
            None => None,
        };
        if let (Some(rate), Some(cif)) = (self.insurance_rate, cif) {
            let premium = cif.times(mul(dec!(1.1), rate)?)?;
            let premium = match self.min_premium {
                Some(min) if premium.value()? < min => Frac::from(min),
                _ => premium,
            };
            parts.push((Component::Insurance, premium));
        }
        if term != Incoterm::Ddp {
            return Ok((None, None));
        }
        let cv = match self.customs_basis {
            CustomsBasis::Cif => cif.ok_or(TermError::Missing(vec![Missing::InsuranceRate]))?,
            CustomsBasis::Fob => self.price(Incoterm::Fob)?.total,
        }
        .plus(self.assists)?;
        let duty = cv.times(self.duty_rate.unwrap_or_default())?;
        let taxes = cv.plus(duty)?.times(self.import_tax_rate.unwrap_or_default())?;
        parts.push((Component::ImportDuty, duty));
        parts.push((Component::ImportTaxes, taxes));
        // A fee on the value alone: after the taxes, and outside their base.
        let mut fee_bound = None;
        if let Some(fee) = self.import_fee {
            let (f, bound) = fee.on(cv)?;
            parts.push((Component::ImportFee, f));
            fee_bound = bound;
        }
        Ok((Some(cv), fee_bound))
    }

    /// The price over the fixed costs `base`, closed form, with its premium and whether the minimum set it.
    fn solve_total(
        &self,
        term: Incoterm,
        base: Frac,
        commission_share: Decimal,
    ) -> Result<(Frac, Frac, bool), TermError> {
        let premium_share = match (term.insures(), self.premium_rate(term)) {
            (true, Some(r)) => mul(dec!(1.1), r)?,
            _ => Decimal::ZERO,
        };
        let other_shares = add(commission_share, self.bank)?;
        let shares = add(other_shares, premium_share)?;
        if shares >= Decimal::ONE {
            return Err(TermError::SharesTooLarge);
        }
        let mut total = base.divided_by(Decimal::ONE - shares)?;
        let mut premium = total.times(premium_share)?;
        // Below the insurer's minimum, the premium is that fixed amount: a cost, not a share.
        // Still closed form: P = (costs + minimum) ÷ (1 − commission − bank).
        let mut premium_floor = false;
        if let (true, Some(min)) = (term.insures(), self.min_premium) {
            if premium.value()? < min {
                total = base.plus(Frac::from(min))?.divided_by(Decimal::ONE - other_shares)?;
                premium = Frac::from(min);
                premium_floor = true;
            }
        }
        // Every quotient must be representable once it is divided.
        total.value()?;
        Ok((total, premium, premium_floor))
    }
}
