//! Edits: every change the editor can make to a `Document`, as data, applied by one pure function.
//!
//! The Yew reducer wraps `Document::apply`; tests drive it directly. `apply` returns whether
//! anything changed so a no-op edit costs no re-render.

use crate::model::base::currency::Currency;
use crate::model::base::fx::ExchangeRate;
use crate::model::base::incoterms::{CommissionBase, CustomsBasis, Incoterm, Stage};
use crate::model::base::money::Rounding;
use crate::model::base::packing::{ContainerType, Mode};
use crate::model::base::pricing::ProfitBasis;
use crate::model::base::sizes::{Assortment, Size};
use crate::model::base::units::Unit;
use crate::model::sheet::document::{
    Basis, BoughtWork, Document, ExportCost, LabourMethod, MakingStep, MaterialLine, OneOffCost, Operation,
    OverheadMethod, PiecePer, PieceRate, QuoteDetails, SalesTerms, Section, TargetPrice, ValueFee,
};
use crate::model::sheet::plans::{BalanceWhen, BrokerDeal, BrokerPays};
use rust_decimal::Decimal;

/// Which way to move a line within its list (materials move within their section).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

#[derive(Clone, Debug, PartialEq)]
pub enum MaterialField {
    Section(Section),
    Name(String),
    Unit(Unit),
    NetConsumption(Decimal),
    WastePct(Decimal),
    UnitPrice(Decimal),
    PriceUnit(Unit),
    Currency(Currency),
    /// Own grading % per size step; `None` follows the size run's default.
    GradingPct(Option<Decimal>),
    /// Supplied by the buyer (CMT): valued, not costed.
    BuyerSupplied(bool),
}

#[derive(Clone, Debug, PartialEq)]
pub enum RateField {
    Base(Currency),
    Quote(Currency),
    Rate(Decimal),
    Date(String),
    Source(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ArticleField {
    Name(String),
    Code(String),
    HsCode(String),
    CostingCurrency(Currency),
    OrderPairs(u32),
    DisplayCurrency(Currency),
}

#[derive(Clone, Debug, PartialEq)]
pub enum LabourField {
    Method(LabourMethod),
    MonthlyWage(Decimal),
    WorkingDays(Decimal),
    MinutesPerDay(Decimal),
    EfficiencyPct(Decimal),
}

#[derive(Clone, Debug, PartialEq)]
pub enum OperationField {
    Name(String),
    StandardMinutes(Decimal),
    Step(Option<MakingStep>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum PieceRateField {
    Name(String),
    Rate(Decimal),
    Per(PiecePer),
    Step(Option<MakingStep>),
}

/// A field of a workshop's line of bought-in work.
#[derive(Clone, Debug, PartialEq)]
pub enum BoughtField {
    Workshop(String),
    Covers(MakingStep),
    Rate(Decimal),
    Per(PiecePer),
    Pairs(u32),
}

#[derive(Clone, Debug, PartialEq)]
pub enum OverheadField {
    Method(OverheadMethod),
    MonthlyOverhead(Decimal),
    MonthlyOutputPairs(Decimal),
    PercentOfPrime(Decimal),
}

#[derive(Clone, Debug, PartialEq)]
pub enum OneOffField {
    Name(String),
    Amount(Decimal),
    Currency(Currency),
}

#[derive(Clone, Debug, PartialEq)]
pub enum SizesField {
    Assortment(Assortment),
    GradingPct(Decimal),
    LastAllowanceMm(Decimal),
    BaseSize(u32),
}

#[derive(Clone, Debug, PartialEq)]
pub enum SizeField {
    Label(String),
    FootMm(Decimal),
    Quantity(u32),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ShippingField {
    PairsPerCarton(u32),
    LengthCm(Decimal),
    WidthCm(Decimal),
    HeightCm(Decimal),
    GrossKg(Decimal),
    Mode(Mode),
    Container(ContainerType),
    PracticalCbm(ContainerType, Decimal),
    MaxPayloadKg(ContainerType, Decimal),
    LclMinimumRt(Decimal),
    AirDivisor(Decimal),
    /// The user keeps the example carton and container as they are ("Pakai ukuran ini").
    Confirm,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExportCostField {
    Stage(Stage),
    Name(String),
    Basis(Basis),
    Amount(Decimal),
    Currency(Currency),
    /// The carrier's minimum charge; `None` for none.
    Minimum(Option<Decimal>),
    /// The user keeps a sample line's figure as theirs ("Pakai angka ini"): it is no longer an
    /// example. Typing another amount does the same.
    Confirm,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TermsField {
    ProfitBasis(ProfitBasis),
    ProfitPct(Decimal),
    CommissionPct(Decimal),
    BankPct(Decimal),
    InsuranceRatePct(Option<Decimal>),
    InsuranceRateAPct(Option<Decimal>),
    MinPremium(Option<Decimal>),
    /// The fee's rate on the customs value; `None` removes the fee.
    ImportFeePct(Option<Decimal>),
    ImportFeeMin(Decimal),
    ImportFeeMax(Option<Decimal>),
    ImportFeeCurrency(Currency),
    DutyPct(Option<Decimal>),
    /// The preferential rate with a certificate of origin; `None`: the general rate applies.
    PreferentialDutyPct(Option<Decimal>),
    /// Add the buyer's supplied materials (assists) to the customs value.
    AssistsInCustomsValue(bool),
    CommissionBase(CommissionBase),
    CustomsBasis(CustomsBasis),
    ImportTaxPct(Option<Decimal>),
    Incoterm(Incoterm),
    SellerPlace(String),
    PortOfShipment(String),
    DestinationPlace(String),
    DestinationCountry(Option<crate::model::base::country::Country>),
    /// The user has checked the places an older file's upgrade moved.
    PlacesChecked,
    QuoteCurrency(Currency),
    FxBufferPct(Decimal),
    Rounding(Rounding),
    /// The commercial price step; `None` (or 0): the currency's smallest unit.
    PriceStep(Option<Decimal>),
    /// Round up to the step instead of to the nearest.
    StepUp(bool),
    /// Set (or with `None` remove) the further tier at this position.
    Tier(usize, Option<u32>),
    AddTier,
    Moq(u32),
    /// The target price per pair; `None` switches target mode off.
    TargetAmount(Option<Decimal>),
    TargetCurrency(Currency),
    TargetIncoterm(Incoterm),
}

/// A field of the order's cash plan (`cash::CashPlan`).
#[derive(Clone, Debug, PartialEq)]
pub enum CashField {
    DepositPct(Decimal),
    DepositDay(u32),
    Balance(BalanceWhen),
    BalanceDays(u32),
    LeadDays(u32),
    MaterialsDay(u32),
    WorkshopsBeforeShipment(u32),
    MonthlyRatePct(Option<Decimal>),
    InPrice(bool),
}

/// A field of the broker's offer (`broker::BrokerDeal`).
#[derive(Clone, Debug, PartialEq)]
pub enum BrokerField {
    /// Compare with a broker (a new offer in the costing currency), or stop comparing.
    Compare(bool),
    Term(Incoterm),
    Pays(BrokerPays),
    Price(Option<Decimal>),
    Currency(Currency),
    CommissionPct(Decimal),
}

/// The text fields of the quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteText {
    Number,
    Date,
    ExporterName,
    ExporterAddress,
    ExporterContact,
    BuyerName,
    BuyerAddress,
    BuyerContact,
    PaymentTerms,
    LeadTime,
    BankDetails,
    Notes,
}

impl QuoteText {
    fn slot(self, q: &mut QuoteDetails) -> &mut String {
        match self {
            QuoteText::Number => &mut q.number,
            QuoteText::Date => &mut q.date,
            QuoteText::ExporterName => &mut q.exporter.name,
            QuoteText::ExporterAddress => &mut q.exporter.address,
            QuoteText::ExporterContact => &mut q.exporter.contact,
            QuoteText::BuyerName => &mut q.buyer.name,
            QuoteText::BuyerAddress => &mut q.buyer.address,
            QuoteText::BuyerContact => &mut q.buyer.contact,
            QuoteText::PaymentTerms => &mut q.payment_terms,
            QuoteText::LeadTime => &mut q.lead_time,
            QuoteText::BankDetails => &mut q.bank_details,
            QuoteText::Notes => &mut q.notes,
        }
    }
}

/// The lists whose lines can be added, removed, duplicated and moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    /// A material line in the given section.
    Material(Section),
    Rate,
    Operation,
    PieceRate,
    /// A workshop's line of bought-in work.
    Bought,
    OneOff,
    /// An export cost line in the given stage.
    ExportCost(Stage),
    Size,
}

/// One change to the document.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Replace the whole document (new sheet, example, opened file).
    Replace(Box<Document>),
    Article(ArticleField),
    Add(List),
    /// Remove the line with this id from whichever list holds it.
    Remove(u32),
    /// Insert a copy of the line right after it.
    Duplicate(u32),
    Move(u32, Move),
    Material(u32, MaterialField),
    Rate(u32, RateField),
    Labour(LabourField),
    Operation(u32, OperationField),
    PieceRate(u32, PieceRateField),
    Bought(u32, BoughtField),
    Overhead(OverheadField),
    OneOff(u32, OneOffField),
    Sizes(SizesField),
    Size(u32, SizeField),
    Shipping(ShippingField),
    ExportCost(u32, ExportCostField),
    Terms(TermsField),
    QuoteText(QuoteText, String),
    /// The quotation's standard phrases or the free text beside them.
    Words(crate::model::sheet::phrases::WordsEdit),
    ValidityDays(u32),
    Cash(CashField),
    Broker(BrokerField),
    /// Add ready-made lines (the Indonesian export papers of `paperwork`): each export cost
    /// after the other lines of its stage, each one-off cost at the end, unless the sheet has a
    /// line of that name already. The lines come with the edit, so their words travel with the
    /// screen that offers them, not with the first module.
    AddLines(Vec<ExportCost>, Vec<OneOffCost>),
    /// The sheet's colourways, as the colourway card has them now (a new one has an id from
    /// `Document::next_id`; a change names a material line of the sheet).
    Variants(Vec<crate::model::sheet::document::Variant>),
}

impl Edit {
    /// The edit that renews the quotation's date to `today`, applied alike to the sheet and to
    /// what is sent with the renewed date.
    pub fn renewal(today: crate::model::base::date::Date) -> Edit {
        Edit::QuoteText(QuoteText::Date, today.to_string())
    }
}

fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        false
    } else {
        *slot = value;
        true
    }
}

/// Inserts `item` after the last line of its group (`same`), or at the end: a section's or a
/// stage's lines stay together.
fn insert_in_group<T>(list: &mut Vec<T>, item: T, same: impl Fn(&T) -> bool) {
    let at = list.iter().rposition(same).map_or(list.len(), |i| i + 1);
    list.insert(at, item);
}

/// Sets the import fee's rate; a first rate starts a fee in the quote currency, `None` removes it.
fn set_import_fee_pct(t: &mut SalesTerms, pct: Option<Decimal>) -> bool {
    let Some(pct) = pct else { return set(&mut t.import_fee, None) };
    match &mut t.import_fee {
        Some(f) => set(&mut f.pct, pct),
        None => {
            let currency = t.quote_currency;
            t.import_fee = Some(ValueFee { pct, min: Decimal::ZERO, max: None, currency });
            true
        }
    }
}

/// Sets a named place; editing one clears the request to check the places an upgrade moved.
fn set_place(check_places: &mut bool, slot: &mut String, v: String) -> bool {
    *check_places = false;
    set(slot, v)
}

/// Sets the quote currency; a new currency starts without a price step.
fn set_quote_currency(t: &mut SalesTerms, v: Currency) -> bool {
    // A price step is an amount of the quote currency (0,05 USD is no step in rupiah).
    let changed = set(&mut t.quote_currency, v);
    if changed {
        t.price_step = None;
    }
    changed
}

/// Sets the further tier at position `i`, or with `None` removes it.
fn set_tier(tiers: &mut Vec<u32>, i: usize, v: Option<u32>) -> bool {
    match v {
        Some(q) => tiers.get_mut(i).is_some_and(|slot| set(slot, q)),
        None if i < tiers.len() => {
            tiers.remove(i);
            true
        }
        None => false,
    }
}

/// Sets the target price per pair (a first one in the quote currency at the chosen term); `None` ends it.
fn set_target_amount(t: &mut SalesTerms, amount: Option<Decimal>) -> bool {
    let Some(amount) = amount else { return set(&mut t.target, None) };
    match &mut t.target {
        Some(target) => set(&mut target.amount, amount),
        None => {
            let (currency, incoterm) = (t.quote_currency, t.incoterm);
            t.target = Some(TargetPrice { amount, currency, incoterm });
            true
        }
    }
}

fn find<T>(list: &mut [T], id: u32, id_of: impl Fn(&T) -> u32) -> Option<&mut T> {
    list.iter_mut().find(|x| id_of(x) == id)
}

fn remove<T>(list: &mut Vec<T>, id: u32, id_of: impl Fn(&T) -> u32) -> bool {
    let before = list.len();
    list.retain(|x| id_of(x) != id);
    list.len() != before
}

fn duplicate<T: Clone>(
    list: &mut Vec<T>,
    id: u32,
    new_id: u32,
    id_of: impl Fn(&T) -> u32,
    set_id: impl Fn(&mut T, u32),
) -> bool {
    match list.iter().position(|x| id_of(x) == id) {
        Some(i) => {
            let mut copy = list[i].clone();
            set_id(&mut copy, new_id);
            list.insert(i + 1, copy);
            true
        }
        None => false,
    }
}

/// Swaps the item with `id` with its neighbour in `dir` among the items `same_group` accepts.
fn move_in<T>(
    list: &mut [T],
    id: u32,
    dir: Move,
    id_of: impl Fn(&T) -> u32,
    same_group: impl Fn(&T, &T) -> bool,
) -> bool {
    let Some(i) = list.iter().position(|x| id_of(x) == id) else { return false };
    let neighbour = match dir {
        Move::Up => (0..i).rev().find(|&j| same_group(&list[j], &list[i])),
        Move::Down => (i + 1..list.len()).find(|&j| same_group(&list[j], &list[i])),
    };
    match neighbour {
        Some(j) => {
            list.swap(i, j);
            true
        }
        None => false,
    }
}

impl Document {
    fn apply_terms(&mut self, f: TermsField) -> bool {
        let t = &mut self.terms;
        match f {
            TermsField::ProfitBasis(v) => set(&mut t.profit.basis, v),
            TermsField::ProfitPct(v) => set(&mut t.profit.pct, v),
            TermsField::CommissionPct(v) => set(&mut t.commission_pct, v),
            TermsField::BankPct(v) => set(&mut t.bank_pct, v),
            TermsField::InsuranceRatePct(v) => set(&mut t.insurance_rate_pct, v),
            TermsField::InsuranceRateAPct(v) => set(&mut t.insurance_rate_a_pct, v),
            TermsField::MinPremium(v) => set(&mut t.min_premium, v),
            TermsField::ImportFeePct(v) => set_import_fee_pct(t, v),
            TermsField::ImportFeeMin(v) => t.import_fee.as_mut().is_some_and(|f| set(&mut f.min, v)),
            TermsField::ImportFeeMax(v) => t.import_fee.as_mut().is_some_and(|f| set(&mut f.max, v)),
            TermsField::ImportFeeCurrency(v) => t.import_fee.as_mut().is_some_and(|f| set(&mut f.currency, v)),
            TermsField::DutyPct(v) => set(&mut t.duty_pct, v),
            TermsField::PreferentialDutyPct(v) => set(&mut t.preferential_duty_pct, v),
            TermsField::AssistsInCustomsValue(v) => set(&mut t.assists_in_customs_value, v),
            TermsField::CommissionBase(v) => set(&mut t.commission_base, v),
            TermsField::CustomsBasis(v) => set(&mut t.customs_basis, v),
            TermsField::ImportTaxPct(v) => set(&mut t.import_tax_pct, v),
            TermsField::Incoterm(v) => set(&mut t.incoterm, v),
            TermsField::SellerPlace(v) => set_place(&mut t.check_places, &mut t.seller_place, v),
            TermsField::PortOfShipment(v) => set_place(&mut t.check_places, &mut t.port_of_shipment, v),
            TermsField::DestinationPlace(v) => set_place(&mut t.check_places, &mut t.destination_place, v),
            TermsField::DestinationCountry(v) => set(&mut t.destination_country, v),
            TermsField::PlacesChecked => set(&mut t.check_places, false),
            TermsField::QuoteCurrency(v) => set_quote_currency(t, v),
            TermsField::FxBufferPct(v) => set(&mut t.fx_buffer_pct, v),
            TermsField::Rounding(v) => set(&mut t.rounding, v),
            TermsField::PriceStep(v) => set(&mut t.price_step, v.filter(|s| !s.is_zero())),
            TermsField::StepUp(v) => set(&mut t.step_up, v),
            TermsField::Tier(i, v) => set_tier(&mut t.tiers, i, v),
            TermsField::AddTier => {
                t.tiers.push(0);
                true
            }
            TermsField::Moq(v) => set(&mut t.moq, v),
            TermsField::TargetAmount(v) => set_target_amount(t, v),
            TermsField::TargetCurrency(v) => t.target.as_mut().is_some_and(|x| set(&mut x.currency, v)),
            TermsField::TargetIncoterm(v) => t.target.as_mut().is_some_and(|x| set(&mut x.incoterm, v)),
        }
    }

    /// Applies one edit; returns whether the document changed.
    pub fn apply(&mut self, edit: Edit) -> bool {
        match edit {
            Edit::Replace(doc) => set(self, *doc),
            Edit::Article(f) => self.set_article(f),
            Edit::Add(list) => self.add_line(list),
            Edit::AddLines(export, one_off) => self.add_lines(export, one_off),
            Edit::Variants(v) => set(&mut self.variants, v),
            Edit::Remove(id) => self.remove_line(id),
            Edit::Duplicate(id) => self.duplicate_line(id),
            Edit::Move(id, dir) => self.move_line(id, dir),
            Edit::Material(id, f) => self.set_material(id, f),
            Edit::Rate(id, f) => self.set_rate(id, f),
            Edit::Labour(f) => self.set_labour(f),
            Edit::Operation(id, f) => self.set_operation(id, f),
            Edit::PieceRate(id, f) => self.set_piece_rate(id, f),
            Edit::Bought(id, f) => self.set_bought(id, f),
            Edit::Overhead(f) => self.set_overhead(f),
            Edit::OneOff(id, f) => self.set_one_off(id, f),
            Edit::Sizes(f) => self.set_sizes(f),
            Edit::Size(id, f) => self.set_size(id, f),
            Edit::Shipping(f) => self.set_shipping(f),
            Edit::ExportCost(id, f) => self.set_export_cost(id, f),
            Edit::Terms(f) => self.apply_terms(f),
            Edit::Broker(BrokerField::Compare(on)) => {
                let cur = self.article.costing_currency;
                let next =
                    on.then(|| self.broker.clone().unwrap_or(BrokerDeal { currency: cur, ..BrokerDeal::default() }));
                set(&mut self.broker, next)
            }
            Edit::Broker(f) => {
                let Some(b) = self.broker.as_mut() else { return false };
                match f {
                    BrokerField::Compare(_) => false,
                    BrokerField::Term(v) => set(&mut b.term, v),
                    BrokerField::Pays(v) => set(&mut b.pays, v),
                    BrokerField::Price(v) => set(&mut b.price, v),
                    BrokerField::Currency(v) => set(&mut b.currency, v),
                    BrokerField::CommissionPct(v) => set(&mut b.commission_pct, v),
                }
            }
            Edit::Cash(f) => self.set_cash(f),
            Edit::QuoteText(field, v) => {
                if field == QuoteText::Date && !v.is_empty() {
                    self.quote.old_date.clear();
                }
                set(field.slot(&mut self.quote), v)
            }
            Edit::Words(w) => {
                let mut next = self.quote.clone();
                next.apply_words(w);
                set(&mut self.quote, next)
            }
            Edit::ValidityDays(v) => set(&mut self.quote.validity_days, v),
        }
    }

    fn set_article(&mut self, f: ArticleField) -> bool {
        match f {
            ArticleField::Name(v) => set(&mut self.article.name, v),
            ArticleField::Code(v) => set(&mut self.article.code, v),
            ArticleField::HsCode(v) => set(&mut self.article.hs_code, v),
            ArticleField::CostingCurrency(v) => set(&mut self.article.costing_currency, v),
            ArticleField::OrderPairs(v) => set(&mut self.article.order_pairs, v),
            ArticleField::DisplayCurrency(v) => set(&mut self.display_currency, v),
        }
    }

    fn add_line(&mut self, list: List) -> bool {
        let new_id = self.next_id();
        let cur = self.article.costing_currency;
        match list {
            List::Material(section) => self.add_material(new_id, section),
            List::Rate => {
                let base = self.unrated_currency();
                self.fx.push(ExchangeRate {
                    id: new_id,
                    base,
                    quote: cur,
                    rate: Decimal::ZERO,
                    date: String::new(),
                    source: String::new(),
                });
            }
            List::Operation => self.labour.operations.push(Operation {
                id: new_id,
                name: String::new(),
                standard_minutes: Decimal::ZERO,
                step: None,
            }),
            List::PieceRate => self.labour.piece_rates.push(PieceRate {
                id: new_id,
                name: String::new(),
                rate: Decimal::ZERO,
                per: PiecePer::Pair,
                step: None,
            }),
            List::Bought => self.labour.bought.push(BoughtWork {
                id: new_id,
                workshop: String::new(),
                covers: MakingStep::Closing,
                rate: Decimal::ZERO,
                per: PiecePer::Pair,
                pairs: 0,
            }),
            List::OneOff => {
                self.one_off.push(OneOffCost { id: new_id, name: String::new(), amount: Decimal::ZERO, currency: cur })
            }
            List::ExportCost(stage) => {
                let line = ExportCost {
                    id: new_id,
                    stage,
                    name: String::new(),
                    basis: Basis::PerShipment,
                    amount: Decimal::ZERO,
                    currency: cur,
                    minimum: None,
                    example: false,
                };
                insert_in_group(&mut self.export_costs, line, |c| c.stage == stage);
            }
            List::Size => {
                // A new size continues the chart 5 mm of foot length up (the KR/JP step,
                // which is what makers measure); the first defaults to 250 mm.
                let foot_mm = self.sizes.sizes.last().map_or(Decimal::from(250), |s| s.foot_mm + Decimal::from(5));
                self.sizes.sizes.push(Size { id: new_id, label: String::new(), foot_mm, quantity: 0 });
            }
        }
        true
    }

    /// Adds an empty material line after the last line of its section, so sections stay together.
    fn add_material(&mut self, id: u32, section: Section) {
        let line = MaterialLine {
            id,
            section,
            name: String::new(),
            unit: Unit::Piece,
            net_consumption: Decimal::ZERO,
            waste_pct: Decimal::ZERO,
            unit_price: Decimal::ZERO,
            price_unit: Unit::Piece,
            currency: self.article.costing_currency,
            grading_pct: None,
            buyer_supplied: false,
        };
        insert_in_group(&mut self.materials, line, |m| m.section == section);
    }

    /// A new rate's base: the first foreign currency the sheet uses without a rate, else USD.
    fn unrated_currency(&self) -> Currency {
        let cur = self.article.costing_currency;
        self.materials
            .iter()
            .map(|m| m.currency)
            .chain(self.one_off.iter().map(|c| c.currency))
            .chain([self.display_currency])
            .find(|&c| c != cur && crate::model::base::fx::find_rate(&self.fx, c, cur).is_err())
            .unwrap_or(Currency::USD)
    }

    fn add_lines(&mut self, export: Vec<ExportCost>, one_off: Vec<OneOffCost>) -> bool {
        let mut added = false;
        for mut line in export {
            if self.export_costs.iter().any(|c| c.name == line.name) {
                continue;
            }
            line.id = self.next_id();
            let stage = line.stage;
            insert_in_group(&mut self.export_costs, line, |c| c.stage == stage);
            added = true;
        }
        for mut cost in one_off {
            if self.one_off.iter().any(|c| c.name == cost.name) {
                continue;
            }
            cost.id = self.next_id();
            self.one_off.push(cost);
            added = true;
        }
        added
    }

    fn remove_line(&mut self, id: u32) -> bool {
        // A colourway's change of a removed material goes with it (a change must name a
        // line of the sheet, or the saved sheet would be refused when read back).
        let material = remove(&mut self.materials, id, |m| m.id);
        if material {
            self.variants.iter_mut().for_each(|v| v.changes.retain(|c| c.line != id));
        }
        material
            || remove(&mut self.export_costs, id, |c| c.id)
            || remove(&mut self.sizes.sizes, id, |s| s.id)
            || remove(&mut self.fx, id, |r| r.id)
            || remove(&mut self.labour.operations, id, |o| o.id)
            || remove(&mut self.labour.piece_rates, id, |p| p.id)
            || remove(&mut self.labour.bought, id, |w| w.id)
            || remove(&mut self.one_off, id, |c| c.id)
    }

    fn duplicate_line(&mut self, id: u32) -> bool {
        let new_id = self.next_id();
        duplicate(&mut self.materials, id, new_id, |m| m.id, |m, i| m.id = i)
            || duplicate(&mut self.export_costs, id, new_id, |c| c.id, |c, i| c.id = i)
            || duplicate(&mut self.fx, id, new_id, |r| r.id, |r, i| r.id = i)
            || duplicate(&mut self.labour.operations, id, new_id, |o| o.id, |o, i| o.id = i)
            || duplicate(&mut self.labour.piece_rates, id, new_id, |p| p.id, |p, i| p.id = i)
            || duplicate(&mut self.labour.bought, id, new_id, |w| w.id, |w, i| w.id = i)
            || duplicate(&mut self.one_off, id, new_id, |c| c.id, |c, i| c.id = i)
    }

    fn move_line(&mut self, id: u32, dir: Move) -> bool {
        move_in(&mut self.materials, id, dir, |m| m.id, |a, b| a.section == b.section)
            || move_in(&mut self.export_costs, id, dir, |c| c.id, |a, b| a.stage == b.stage)
            || move_in(&mut self.sizes.sizes, id, dir, |s| s.id, |_, _| true)
            || move_in(&mut self.fx, id, dir, |r| r.id, |_, _| true)
            || move_in(&mut self.labour.operations, id, dir, |o| o.id, |_, _| true)
            || move_in(&mut self.labour.piece_rates, id, dir, |p| p.id, |_, _| true)
            || move_in(&mut self.labour.bought, id, dir, |w| w.id, |_, _| true)
            || move_in(&mut self.one_off, id, dir, |c| c.id, |_, _| true)
    }

    fn set_material(&mut self, id: u32, f: MaterialField) -> bool {
        let Some(m) = find(&mut self.materials, id, |m| m.id) else { return false };
        match f {
            MaterialField::Section(v) => {
                if m.section == v {
                    return false;
                }
                // Changing section moves the line to the end of its new section.
                let mut line = m.clone();
                line.section = v;
                self.materials.retain(|x| x.id != id);
                insert_in_group(&mut self.materials, line, |x| x.section == v);
                true
            }
            MaterialField::Name(v) => set(&mut m.name, v),
            MaterialField::Unit(v) => {
                // A unit change carries the price unit along unless it was set apart on purpose.
                if m.price_unit == m.unit {
                    m.price_unit = v;
                }
                set(&mut m.unit, v)
            }
            MaterialField::NetConsumption(v) => set(&mut m.net_consumption, v),
            MaterialField::WastePct(v) => set(&mut m.waste_pct, v),
            MaterialField::UnitPrice(v) => set(&mut m.unit_price, v),
            MaterialField::PriceUnit(v) => set(&mut m.price_unit, v),
            MaterialField::Currency(v) => set(&mut m.currency, v),
            MaterialField::GradingPct(v) => set(&mut m.grading_pct, v),
            MaterialField::BuyerSupplied(v) => set(&mut m.buyer_supplied, v),
        }
    }

    fn set_rate(&mut self, id: u32, f: RateField) -> bool {
        let Some(r) = find(&mut self.fx, id, |r| r.id) else { return false };
        match f {
            RateField::Base(v) => set(&mut r.base, v),
            RateField::Quote(v) => set(&mut r.quote, v),
            RateField::Rate(v) => set(&mut r.rate, v),
            RateField::Date(v) => set(&mut r.date, v),
            RateField::Source(v) => set(&mut r.source, v),
        }
    }

    fn set_labour(&mut self, f: LabourField) -> bool {
        let l = &mut self.labour;
        match f {
            LabourField::Method(v) => set(&mut l.method, v),
            LabourField::MonthlyWage(v) => set(&mut l.wage.monthly_wage, v),
            LabourField::WorkingDays(v) => set(&mut l.wage.working_days, v),
            LabourField::MinutesPerDay(v) => set(&mut l.wage.minutes_per_day, v),
            LabourField::EfficiencyPct(v) => set(&mut l.wage.efficiency_pct, v),
        }
    }

    fn set_operation(&mut self, id: u32, f: OperationField) -> bool {
        let Some(o) = find(&mut self.labour.operations, id, |o| o.id) else { return false };
        match f {
            OperationField::Name(v) => set(&mut o.name, v),
            OperationField::StandardMinutes(v) => set(&mut o.standard_minutes, v),
            OperationField::Step(v) => set(&mut o.step, v),
        }
    }

    fn set_piece_rate(&mut self, id: u32, f: PieceRateField) -> bool {
        let Some(p) = find(&mut self.labour.piece_rates, id, |p| p.id) else { return false };
        match f {
            PieceRateField::Name(v) => set(&mut p.name, v),
            PieceRateField::Rate(v) => set(&mut p.rate, v),
            PieceRateField::Per(v) => set(&mut p.per, v),
            PieceRateField::Step(v) => set(&mut p.step, v),
        }
    }

    fn set_bought(&mut self, id: u32, f: BoughtField) -> bool {
        let Some(w) = find(&mut self.labour.bought, id, |w| w.id) else { return false };
        match f {
            BoughtField::Workshop(v) => set(&mut w.workshop, v),
            BoughtField::Covers(v) => set(&mut w.covers, v),
            BoughtField::Rate(v) => set(&mut w.rate, v),
            BoughtField::Per(v) => set(&mut w.per, v),
            BoughtField::Pairs(v) => set(&mut w.pairs, v),
        }
    }

    fn set_overhead(&mut self, f: OverheadField) -> bool {
        let o = &mut self.overhead;
        match f {
            OverheadField::Method(v) => set(&mut o.method, v),
            OverheadField::MonthlyOverhead(v) => set(&mut o.monthly_overhead, v),
            OverheadField::MonthlyOutputPairs(v) => set(&mut o.monthly_output_pairs, v),
            OverheadField::PercentOfPrime(v) => set(&mut o.percent_of_prime, v),
        }
    }

    fn set_one_off(&mut self, id: u32, f: OneOffField) -> bool {
        let Some(c) = find(&mut self.one_off, id, |c| c.id) else { return false };
        match f {
            OneOffField::Name(v) => set(&mut c.name, v),
            OneOffField::Amount(v) => set(&mut c.amount, v),
            OneOffField::Currency(v) => set(&mut c.currency, v),
        }
    }

    fn set_sizes(&mut self, f: SizesField) -> bool {
        let r = &mut self.sizes;
        match f {
            SizesField::Assortment(v) => set(&mut r.assortment, v),
            SizesField::GradingPct(v) => set(&mut r.grading_pct, v),
            SizesField::LastAllowanceMm(v) => set(&mut r.last_allowance_mm, v),
            SizesField::BaseSize(v) => set(&mut r.base_size, Some(v)),
        }
    }

    fn set_size(&mut self, id: u32, f: SizeField) -> bool {
        let Some(s) = find(&mut self.sizes.sizes, id, |s| s.id) else { return false };
        match f {
            SizeField::Label(v) => set(&mut s.label, v),
            SizeField::FootMm(v) => set(&mut s.foot_mm, v),
            SizeField::Quantity(v) => set(&mut s.quantity, v),
        }
    }

    fn set_shipping(&mut self, f: ShippingField) -> bool {
        let sh = &mut self.shipping;
        let spec = |sh: &mut crate::model::base::packing::Shipping, k: ContainerType| {
            sh.containers.iter_mut().position(|c| c.kind == k)
        };
        // Changing the carton or the container makes the packing the user's own.
        let own = !matches!(f, ShippingField::Mode(_) | ShippingField::LclMinimumRt(_) | ShippingField::AirDivisor(_));
        let changed = match f {
            ShippingField::Confirm => set(&mut sh.example, false),
            ShippingField::PairsPerCarton(v) => set(&mut sh.carton.pairs_per_carton, v),
            ShippingField::LengthCm(v) => set(&mut sh.carton.length_cm, v),
            ShippingField::WidthCm(v) => set(&mut sh.carton.width_cm, v),
            ShippingField::HeightCm(v) => set(&mut sh.carton.height_cm, v),
            ShippingField::GrossKg(v) => set(&mut sh.carton.gross_kg, v),
            ShippingField::Mode(v) => set(&mut sh.mode, v),
            ShippingField::Container(v) => set(&mut sh.container, v),
            ShippingField::PracticalCbm(k, v) => match spec(sh, k) {
                Some(i) => set(&mut sh.containers[i].practical_cbm, v),
                None => false,
            },
            ShippingField::MaxPayloadKg(k, v) => match spec(sh, k) {
                Some(i) => set(&mut sh.containers[i].max_payload_kg, v),
                None => false,
            },
            ShippingField::LclMinimumRt(v) => set(&mut sh.lcl_minimum_rt, v),
            ShippingField::AirDivisor(v) => set(&mut sh.air_divisor, v),
        };
        if changed && own {
            sh.example = false;
        }
        changed
    }

    fn set_export_cost(&mut self, id: u32, f: ExportCostField) -> bool {
        let Some(c) = find(&mut self.export_costs, id, |c| c.id) else { return false };
        match f {
            ExportCostField::Stage(v) => {
                if c.stage == v {
                    return false;
                }
                let mut line = c.clone();
                line.stage = v;
                self.export_costs.retain(|x| x.id != id);
                insert_in_group(&mut self.export_costs, line, |x| x.stage == v);
                true
            }
            ExportCostField::Name(v) => set(&mut c.name, v),
            ExportCostField::Basis(v) => set(&mut c.basis, v),
            // A new amount is the user's own figure: a sample line stops being an example.
            ExportCostField::Amount(v) => {
                set(&mut c.amount, v) && {
                    c.example = false;
                    true
                }
            }
            ExportCostField::Currency(v) => set(&mut c.currency, v),
            ExportCostField::Minimum(v) => set(&mut c.minimum, v),
            ExportCostField::Confirm => set(&mut c.example, false),
        }
    }

    fn set_cash(&mut self, f: CashField) -> bool {
        let k = &mut self.cash;
        match f {
            CashField::DepositPct(v) => set(&mut k.deposit_pct, v),
            CashField::DepositDay(v) => set(&mut k.deposit_day, v),
            CashField::Balance(v) => set(&mut k.balance, v),
            CashField::BalanceDays(v) => set(&mut k.balance_days, v),
            CashField::LeadDays(v) => set(&mut k.lead_days, v),
            CashField::MaterialsDay(v) => set(&mut k.materials_day, v),
            CashField::WorkshopsBeforeShipment(v) => set(&mut k.workshops_before_shipment, v),
            CashField::MonthlyRatePct(v) => set(&mut k.monthly_rate_pct, v),
            CashField::InPrice(v) => set(&mut k.in_price, v),
        }
    }
}
