//! The rules every number in a document obeys, at every door: typing, opening a file, importing
//! a backup, opening a worksheet link, restoring the autosave. One table (`Num::rule`) says what
//! each field accepts; the editor's fields read it, and `validate` applies it to a whole document.
//!
//! The bounds are generous for footwear (a trillion of any currency per unit; ten million pairs;
//! a carton of ten metres) and refuse what no cost sheet means: negative consumption, prices or
//! commission, 10²⁰-scale values, percentages a closed form cannot solve. Within them every
//! operation of the core is still checked, and a figure too large to hold exactly becomes an
//! `Issue`, never a panic.

use crate::model::base::date::Date;
use crate::model::base::packing::ContainerType;
use crate::model::sheet::document::Document;
use rust_decimal::Decimal;

/// What a number field accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldRule {
    pub allow_negative: bool,
    pub whole_only: bool,
    /// Largest accepted value, e.g. 100 for an efficiency or a yield percentage.
    pub max: Option<Decimal>,
}

/// Why a value breaks its field's rule. Data only; `i18n` words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleError {
    Negative,
    NotWhole,
    AboveMax(Decimal),
    /// More than `MAX_DECIMALS` digits after the decimal mark (what typing refuses too).
    TooManyDecimals,
}

/// Digits after the decimal mark any field keeps (as typing allows).
pub const MAX_DECIMALS: u32 = 10;

const fn whole(n: u64) -> Decimal {
    Decimal::from_parts(n as u32, (n >> 32) as u32, 0, false, 0)
}

const TRILLION: Decimal = whole(1_000_000_000_000);
const MAX_PAIRS: Decimal = whole(10_000_000);

impl FieldRule {
    /// Any number ≥ 0 up to a trillion: prices, amounts.
    pub const NON_NEGATIVE: FieldRule = FieldRule { allow_negative: false, whole_only: false, max: Some(TRILLION) };
    /// A whole number of pairs from 0 to 10,000,000.
    pub const COUNT: FieldRule = FieldRule { allow_negative: false, whole_only: true, max: Some(MAX_PAIRS) };
    /// A percentage from 0 to 100.
    pub const PERCENT_0_100: FieldRule =
        FieldRule { allow_negative: false, whole_only: false, max: Some(Decimal::ONE_HUNDRED) };

    const fn up_to(max: u64) -> FieldRule {
        FieldRule { allow_negative: false, whole_only: false, max: Some(whole(max)) }
    }

    const fn whole_up_to(max: u64) -> FieldRule {
        FieldRule { allow_negative: false, whole_only: true, max: Some(whole(max)) }
    }

    /// Checks a value against the rule.
    ///
    /// # Errors
    /// The first rule the value breaks.
    pub fn check(self, value: Decimal) -> Result<(), RuleError> {
        if value.is_sign_negative() && !value.is_zero() && !self.allow_negative {
            return Err(RuleError::Negative);
        }
        if self.whole_only && !value.fract().is_zero() {
            return Err(RuleError::NotWhole);
        }
        if let Some(max) = self.max {
            if value > max {
                return Err(RuleError::AboveMax(max));
            }
        }
        if value.normalize().scale() > MAX_DECIMALS {
            return Err(RuleError::TooManyDecimals);
        }
        Ok(())
    }
}

/// Every number field of a document, by what it means. `i18n` names each one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Num {
    OrderPairs,
    NetConsumption,
    WastePct,
    UnitPrice,
    GradingPct,
    Rate,
    MonthlyWage,
    WorkingDays,
    MinutesPerDay,
    EfficiencyPct,
    StandardMinutes,
    PieceRate,
    MonthlyOverhead,
    MonthlyOutput,
    PercentOfPrime,
    OneOffAmount,
    SizeGradingPct,
    LastAllowanceMm,
    FootMm,
    SizeQuantity,
    PairsPerCarton,
    CartonCm,
    CartonKg,
    ContainerCbm,
    ContainerKg,
    LclMinimumRt,
    AirDivisor,
    ExportAmount,
    ProfitPct,
    CommissionPct,
    BankPct,
    InsurancePct,
    DutyPct,
    ImportTaxPct,
    FxBufferPct,
    Tier,
    Moq,
    TargetPrice,
    ValidityDays,
    MinimumCharge,
    MinPremium,
    ImportFeePct,
    ImportFeeMin,
    ImportFeeMax,
    InsuranceAPct,
    PriceStep,
    PreferentialDutyPct,
    WorkshopRate,
    WorkshopPairs,
    DepositPct,
    BrokerPrice,
    BrokerCommissionPct,
    /// A number of days on the cash timeline (deposit, lead time, balance, payments).
    Days,
    MonthlyRatePct,
    /// A proforma invoice's deposit: a whole percent, so the print and the buyer's link (two
    /// decimals) can only ever say the same, and the payment phrase can follow it.
    PiDepositPct,
}

impl Num {
    /// The one rule of this field, for typing and for every other door.
    pub fn rule(self) -> FieldRule {
        use Num::*;
        match self {
            OrderPairs | SizeQuantity | Tier | Moq | WorkshopPairs => FieldRule::COUNT,
            UnitPrice | MonthlyWage | PieceRate | WorkshopRate | BrokerPrice | MonthlyOverhead | OneOffAmount
            | ExportAmount | TargetPrice | MinimumCharge | MinPremium | ImportFeeMin | ImportFeeMax => {
                FieldRule::NON_NEGATIVE
            }
            WastePct | GradingPct | SizeGradingPct | EfficiencyPct | CommissionPct | BankPct | InsurancePct
            | ImportTaxPct | ImportFeePct | InsuranceAPct | DepositPct | MonthlyRatePct | BrokerCommissionPct => {
                FieldRule::PERCENT_0_100
            }
            // 520 weeks (`cash::MAX_WEEKS`), ten years: a timeline longer than that is not an order.
            Days => FieldRule::whole_up_to(3_640),
            PiDepositPct => FieldRule::whole_up_to(100),
            // A buffer of 100 % has no price; 50 % is already far beyond any currency's swing.
            FxBufferPct => FieldRule::up_to(50),
            // Markups above 100 % happen; a margin on price must stay below 100 % (an `Issue`).
            ProfitPct | PercentOfPrime | DutyPct | PreferentialDutyPct => FieldRule::up_to(1_000),
            NetConsumption => FieldRule::up_to(1_000_000),
            Rate => FieldRule::up_to(10_000_000),
            WorkingDays => FieldRule::up_to(31),
            MinutesPerDay => FieldRule::up_to(1_440),
            StandardMinutes => FieldRule::up_to(10_000),
            MonthlyOutput => FieldRule::up_to(1_000_000_000),
            LastAllowanceMm => FieldRule::up_to(100),
            FootMm => FieldRule::up_to(500),
            PairsPerCarton => FieldRule::whole_up_to(10_000),
            CartonCm | ContainerCbm => FieldRule::up_to(1_000),
            CartonKg | LclMinimumRt => FieldRule::up_to(10_000),
            ContainerKg | AirDivisor => FieldRule::up_to(1_000_000),
            ValidityDays => FieldRule::whole_up_to(3_650),
            // Rp1.000.000 is already far above any step a price list uses.
            PriceStep => FieldRule::up_to(1_000_000),
        }
    }
}

/// Where in the document a field sits: a card, or a row of a list (1-based, as the user counts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    Article,
    Material(usize),
    Rate(usize),
    Labour,
    Operation(usize),
    PieceRate(usize),
    /// A workshop's line of bought-in work.
    Bought(usize),
    Overhead,
    OneOff(usize),
    Sizes,
    Size(usize),
    Shipping,
    Container(ContainerType),
    ExportCost(usize),
    Terms,
    Tier(usize),
    Quote,
    /// The order's cash plan.
    Cash,
    /// The broker's offer.
    Broker,
    /// A colourway (1-based).
    Variant(usize),
    /// A quotation's line (1-based).
    QuoteLine(usize),
    /// The company profile.
    Profile,
}

/// What is wrong with one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    Number(Num, RuleError),
    /// A date that is not `YYYY-MM-DD` (the quote date, a rate's date).
    Date,
    /// Two lines share an id, so an edit could not tell them apart.
    RepeatedId(u32),
    /// More lines than any sheet needs (`MAX_LINES`).
    TooManyLines,
    /// A choice the field does not offer (a broker buying at a C-term, an own labour line
    /// tagged as a whole pair): only a file edited by hand holds one.
    Choice,
    /// A logo that is not a PNG, JPEG or WebP picture of at most `MAX_LOGO_CHARS`.
    Logo,
}

/// One refused field: where, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Problem {
    pub at: At,
    pub fault: Fault,
}

/// The most lines any one list may hold (a 60-line bill is a large one).
pub const MAX_LINES: usize = 1_000;

struct Check {
    problems: Vec<Problem>,
}

impl Check {
    fn num(&mut self, at: At, field: Num, value: Decimal) {
        if let Err(e) = field.rule().check(value) {
            self.problems.push(Problem { at, fault: Fault::Number(field, e) });
        }
    }

    /// A quotation's words: its validity, its date, and the numbers in its standard phrases.
    fn words(&mut self, d: &crate::model::sheet::document::QuoteDetails) {
        self.count(At::Quote, Num::ValidityDays, d.validity_days);
        self.date(At::Quote, &d.date);
        self.phrases(At::Quote, d.payment, d.lead);
        if d.remarks.len() > crate::model::sheet::phrases::Remark::ALL.len() {
            self.problems.push(Problem { at: At::Quote, fault: Fault::TooManyLines });
        }
    }

    /// The numbers in standard phrases: a deposit's percent, days.
    fn phrases(
        &mut self,
        at: At,
        pay: Option<crate::model::sheet::phrases::Payment>,
        lead: Option<crate::model::sheet::phrases::Lead>,
    ) {
        use crate::model::sheet::phrases::Number;
        if let Some(p) = pay {
            match p.kind.number() {
                Number::Percent => self.count(at, Num::DepositPct, p.n),
                Number::Days => self.count(at, Num::Days, p.n),
                Number::None => {}
            }
        }
        if let Some(l) = lead {
            self.count(at, Num::Days, l.days);
        }
    }

    fn count(&mut self, at: At, field: Num, value: u32) {
        self.num(at, field, Decimal::from(value));
    }

    fn opt(&mut self, at: At, field: Num, value: Option<Decimal>) {
        if let Some(v) = value {
            self.num(at, field, v);
        }
    }

    fn date(&mut self, at: At, text: &str) {
        if !text.trim().is_empty() && Date::parse(text).is_none() {
            self.problems.push(Problem { at, fault: Fault::Date });
        }
    }

    fn lines<T>(&mut self, at: At, list: &[T]) {
        if list.len() > MAX_LINES {
            self.problems.push(Problem { at, fault: Fault::TooManyLines });
        }
    }
}

/// Applies every field rule to a whole document. An empty list means the document may be
/// opened; otherwise each problem names its field, and nothing of the document should be used.
pub fn validate(doc: &Document) -> Vec<Problem> {
    let mut c = Check { problems: Vec::new() };
    check_cost(doc, &mut c);
    check_export(doc, &mut c);
    check_deal(doc, &mut c);
    check_variants(doc, &mut c);
    // Ids must be unique across the document: edits find lines by id.
    let mut ids: Vec<u32> = doc.ids().collect();
    ids.sort_unstable();
    if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
        c.problems.push(Problem { at: At::Article, fault: Fault::RepeatedId(w[0]) });
    }
    c.problems
}

/// The cost sheet's numbers: the order, materials, rates, labour, bought work, overhead, one-off.
fn check_cost(doc: &Document, c: &mut Check) {
    use Num::*;
    c.count(At::Article, OrderPairs, doc.article.order_pairs);
    c.lines(At::Material(0), &doc.materials);
    for (i, m) in doc.materials.iter().enumerate() {
        let at = At::Material(i + 1);
        c.num(at, NetConsumption, m.net_consumption);
        c.num(at, WastePct, m.waste_pct);
        c.num(at, UnitPrice, m.unit_price);
        c.opt(at, GradingPct, m.grading_pct);
    }
    c.lines(At::Rate(0), &doc.fx);
    for (i, r) in doc.fx.iter().enumerate() {
        // (A rate's date is a note, kept as typed; the quote date is a real date.)
        c.num(At::Rate(i + 1), Rate, r.rate);
    }
    let w = &doc.labour.wage;
    c.num(At::Labour, MonthlyWage, w.monthly_wage);
    c.num(At::Labour, WorkingDays, w.working_days);
    c.num(At::Labour, MinutesPerDay, w.minutes_per_day);
    c.num(At::Labour, EfficiencyPct, w.efficiency_pct);
    c.lines(At::Operation(0), &doc.labour.operations);
    // An own line is tagged with a step of its own; whole pairs are only ever bought.
    let whole = |step: Option<crate::model::sheet::document::MakingStep>| {
        step == Some(crate::model::sheet::document::MakingStep::WholePair)
    };
    for (i, o) in doc.labour.operations.iter().enumerate() {
        c.num(At::Operation(i + 1), StandardMinutes, o.standard_minutes);
        if whole(o.step) {
            c.problems.push(Problem { at: At::Operation(i + 1), fault: Fault::Choice });
        }
    }
    c.lines(At::PieceRate(0), &doc.labour.piece_rates);
    for (i, p) in doc.labour.piece_rates.iter().enumerate() {
        c.num(At::PieceRate(i + 1), PieceRate, p.rate);
        if whole(p.step) {
            c.problems.push(Problem { at: At::PieceRate(i + 1), fault: Fault::Choice });
        }
    }
    c.lines(At::Bought(0), &doc.labour.bought);
    for (i, w) in doc.labour.bought.iter().enumerate() {
        c.num(At::Bought(i + 1), WorkshopRate, w.rate);
        c.count(At::Bought(i + 1), WorkshopPairs, w.pairs);
    }
    let o = &doc.overhead;
    c.num(At::Overhead, MonthlyOverhead, o.monthly_overhead);
    c.num(At::Overhead, MonthlyOutput, o.monthly_output_pairs);
    c.num(At::Overhead, PercentOfPrime, o.percent_of_prime);
    c.lines(At::OneOff(0), &doc.one_off);
    for (i, x) in doc.one_off.iter().enumerate() {
        c.num(At::OneOff(i + 1), OneOffAmount, x.amount);
    }
}

/// Sizes, shipping, export costs and the sales terms.
fn check_export(doc: &Document, c: &mut Check) {
    use Num::*;
    let s = &doc.sizes;
    c.num(At::Sizes, SizeGradingPct, s.grading_pct);
    c.num(At::Sizes, LastAllowanceMm, s.last_allowance_mm);
    c.lines(At::Size(0), &s.sizes);
    for (i, z) in s.sizes.iter().enumerate() {
        c.num(At::Size(i + 1), FootMm, z.foot_mm);
        c.count(At::Size(i + 1), SizeQuantity, z.quantity);
    }
    let sh = &doc.shipping;
    c.count(At::Shipping, PairsPerCarton, sh.carton.pairs_per_carton);
    for v in [sh.carton.length_cm, sh.carton.width_cm, sh.carton.height_cm] {
        c.num(At::Shipping, CartonCm, v);
    }
    c.num(At::Shipping, CartonKg, sh.carton.gross_kg);
    c.num(At::Shipping, LclMinimumRt, sh.lcl_minimum_rt);
    c.num(At::Shipping, AirDivisor, sh.air_divisor);
    c.lines(At::Shipping, &sh.containers);
    for spec in &sh.containers {
        c.num(At::Container(spec.kind), ContainerCbm, spec.practical_cbm);
        c.num(At::Container(spec.kind), ContainerKg, spec.max_payload_kg);
    }
    c.lines(At::ExportCost(0), &doc.export_costs);
    for (i, x) in doc.export_costs.iter().enumerate() {
        c.num(At::ExportCost(i + 1), ExportAmount, x.amount);
        c.opt(At::ExportCost(i + 1), MinimumCharge, x.minimum);
    }
    let t = &doc.terms;
    c.num(At::Terms, ProfitPct, t.profit.pct);
    c.num(At::Terms, CommissionPct, t.commission_pct);
    c.num(At::Terms, BankPct, t.bank_pct);
    c.opt(At::Terms, InsurancePct, t.insurance_rate_pct);
    c.opt(At::Terms, InsuranceAPct, t.insurance_rate_a_pct);
    c.opt(At::Terms, MinPremium, t.min_premium);
    if let Some(f) = &t.import_fee {
        c.num(At::Terms, ImportFeePct, f.pct);
        c.num(At::Terms, ImportFeeMin, f.min);
        c.opt(At::Terms, ImportFeeMax, f.max);
        // A floor above the ceiling has no fee between them.
        if let Some(max) = f.max.filter(|max| f.min > *max) {
            c.problems.push(Problem { at: At::Terms, fault: Fault::Number(ImportFeeMin, RuleError::AboveMax(max)) });
        }
    }
    c.opt(At::Terms, DutyPct, t.duty_pct);
    c.opt(At::Terms, PreferentialDutyPct, t.preferential_duty_pct);
    c.opt(At::Terms, ImportTaxPct, t.import_tax_pct);
    c.num(At::Terms, FxBufferPct, t.fx_buffer_pct);
    c.opt(At::Terms, PriceStep, t.price_step);
    c.lines(At::Tier(0), &t.tiers);
    for (i, q) in t.tiers.iter().enumerate() {
        c.count(At::Tier(i + 1), Tier, *q);
    }
    c.count(At::Terms, Moq, t.moq);
    c.opt(At::Terms, TargetPrice, t.target.as_ref().map(|x| x.amount));
}

/// The quotation's words, the cash plan and a broker's offer.
fn check_deal(doc: &Document, c: &mut Check) {
    use Num::*;
    c.words(&doc.quote);
    let k = &doc.cash;
    c.num(At::Cash, DepositPct, k.deposit_pct);
    for days in [k.deposit_day, k.balance_days, k.lead_days, k.materials_day, k.workshops_before_shipment] {
        c.count(At::Cash, Days, days);
    }
    c.opt(At::Cash, MonthlyRatePct, k.monthly_rate_pct);
    if let Some(b) = &doc.broker {
        c.opt(At::Broker, BrokerPrice, b.price);
        c.num(At::Broker, BrokerCommissionPct, b.commission_pct);
        if !crate::model::sheet::plans::BrokerDeal::TERMS.contains(&b.term) {
            c.problems.push(Problem { at: At::Broker, fault: Fault::Choice });
        }
    }
}

/// The colourways: each change names a material line of the sheet.
fn check_variants(doc: &Document, c: &mut Check) {
    use Num::*;
    c.lines(At::Variant(0), &doc.variants);
    for (i, v) in doc.variants.iter().enumerate() {
        let at = At::Variant(i + 1);
        c.lines(at, &v.changes);
        for ch in &v.changes {
            c.opt(at, NetConsumption, ch.net_consumption);
            c.opt(at, UnitPrice, ch.unit_price);
            // A change of a line the sheet does not have: only a file edited by hand holds one.
            if !doc.materials.iter().any(|m| m.id == ch.line) {
                c.problems.push(Problem { at, fault: Fault::Choice });
            }
        }
    }
}

/// Applies the field rules to a quotation (the sheets it carries are checked as sheets, by
/// `codec::quotation_from_json`): one to three distinct terms, its step, its words' validity and
/// date, and each line's pairs and further quantities.
pub fn validate_quotation(q: &crate::model::quotation::Quotation) -> Vec<Problem> {
    use Num::*;
    let mut c = Check { problems: Vec::new() };
    let mut terms = q.terms.clone();
    terms.sort_by_key(|t| t.code());
    terms.dedup();
    if q.terms.is_empty() || q.terms.len() > crate::model::quotation::MAX_TERMS || terms.len() != q.terms.len() {
        c.problems.push(Problem { at: At::Terms, fault: Fault::Choice });
    }
    c.opt(At::Terms, PriceStep, q.price_step);
    c.words(&q.details);
    c.lines(At::QuoteLine(0), &q.lines);
    for (i, l) in q.lines.iter().enumerate() {
        let at = At::QuoteLine(i + 1);
        c.count(at, OrderPairs, l.pairs);
        c.lines(at, &l.tiers);
        for t in &l.tiers {
            c.count(at, Tier, *t);
        }
    }
    if let Some(pi) = &q.proforma {
        c.num(At::Quote, PiDepositPct, pi.deposit_pct);
        c.date(At::Quote, &pi.date);
        if usize::try_from(pi.term).map_or(true, |k| k >= q.terms.len().max(1)) {
            c.problems.push(Problem { at: At::Terms, fault: Fault::Choice });
        }
    }
    let mut ids: Vec<u32> = q.lines.iter().map(|l| l.id).collect();
    ids.sort_unstable();
    if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
        c.problems.push(Problem { at: At::QuoteLine(0), fault: Fault::RepeatedId(w[0]) });
    }
    c.problems
}

/// Applies the field rules to the company profile: its validity, its phrases' numbers, and its
/// logo (a PNG, JPEG or WebP picture of at most `profile::MAX_LOGO_CHARS`).
pub fn validate_profile(p: &crate::model::quotation::profile::Profile) -> Vec<Problem> {
    let mut c = Check { problems: Vec::new() };
    c.count(At::Profile, Num::ValidityDays, p.validity_days);
    c.phrases(At::Profile, p.payment, p.lead);
    if !p.logo_ok() {
        c.problems.push(Problem { at: At::Profile, fault: Fault::Logo });
    }
    c.problems
}
