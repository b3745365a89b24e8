//! The document: everything the user entered for one article, and nothing derived from it.
//!
//! `Document` is the single source of truth. Every figure on screen comes from
//! `compute::compute(&Document)`; nothing computed is ever stored here. It is serialised with
//! serde (decimals as strings) and carries `schema` so saved files can be migrated.

use crate::model::base::currency::Currency;
use crate::model::base::fx::ExchangeRate;
use crate::model::base::incoterms::{CommissionBase, CustomsBasis, Incoterm, Stage};
use crate::model::base::money::Rounding;
use crate::model::base::packing::Shipping;
use crate::model::base::pricing::{Profit, ProfitBasis};
use crate::model::base::sizes::SizeRun;
use crate::model::base::units::Unit;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The version of the document layout written by this build.
///
/// - 1: article, FX, materials, labour, overhead, one-off costs.
/// - 2: + size run, shipping, export costs, sales terms, quotation details, per-line grading.
///   A version-1 document reads as version 2 with those parts empty (serde defaults).
/// - 3: a named place per kind of term (seller's place, port of shipment, destination) instead
///   of one shipment place; the kodi unit is 20 pairs, 20 loose pieces is `KodiPcs`; quote dates
///   are ISO dates. `codec::upgrade` moves older values and marks what the user should check.
/// - 4: the commercial price step (`price_step`, `step_up`) and the deal's own cost stage
///   (`Deal`).
///   A version-3 file reads unchanged; an older Tapak refuses a version-4 file as too
///   new instead of quoting it without its step.
/// - 5: the maker's side of the deal: materials the buyer supplies (`buyer_supplied`, CMT),
///   assists in the customs value, the commission's base, the preferential duty rate, work
///   bought from workshops (`Labour::bought`, own lines tagged by `MakingStep`), the order's
///   cash plan (`cash`), a broker's offer to compare (`broker`). A
///   version-4 file reads unchanged; an older Tapak refuses a version-5 file rather than cost
///   the buyer's materials as the maker's.
/// - 6: colourways (`variants`), each changing some material lines of the sheet. A version-5
///   file reads unchanged; an older Tapak refuses a version-6 file rather than drop its
///   colourways.
/// - 7: the quotation's standard phrases (`QuoteDetails::payment`, `lead`, `remarks`), which the
///   buyer's page renders in the buyer's language. A version-6 file reads unchanged; an older
///   Tapak refuses a version-7 file rather than send its terms without them.
pub const SCHEMA_VERSION: u32 = 7;

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
    /// The size chart and the order's assortment.
    #[serde(default)]
    pub sizes: SizeRun,
    /// Carton, transport mode and containers.
    #[serde(default)]
    pub shipping: Shipping,
    /// The seller's costs between the factory and the buyer, tagged with their Incoterms stage.
    #[serde(default)]
    pub export_costs: Vec<ExportCost>,
    /// Profit, percentages of the price, Incoterm, quote currency, rounding, tiers.
    #[serde(default)]
    pub terms: SalesTerms,
    /// What the printed quotation says besides the figures.
    #[serde(default)]
    pub quote: QuoteDetails,
    /// The order's payment terms and when the maker pays its costs: the cash timeline.
    #[serde(default, skip_serializing_if = "is_default")]
    pub cash: crate::model::sheet::plans::CashPlan,
    /// A broker's offer for the order, to compare with exporting directly; `None`: no comparison.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub broker: Option<crate::model::sheet::plans::BrokerDeal>,
    /// Colourways of the article (black and tan uppers, another outsole): each changes some
    /// material lines and has its own cost and price (`Document::colourway`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
}

/// A colourway: the same article with some material lines changed, without copying the sheet.
/// Everything else (labour, overhead, packing, terms) is the sheet's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variant {
    pub id: u32,
    /// "Black", "Tan / gum sole".
    pub name: String,
    /// The colourway's own article code, when it has one ("MJK-01-BLK"); empty: the article's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub code: String,
    pub changes: Vec<LineChange>,
}

/// What a colourway changes in one material line; `None` keeps the sheet's value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineChange {
    /// The material line's id.
    pub line: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_consumption: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
}

impl LineChange {
    /// A change of `m`'s unit price, starting from its price on the sheet.
    pub fn price_of(m: &MaterialLine) -> LineChange {
        LineChange { line: m.id, name: None, net_consumption: None, unit_price: Some(m.unit_price), currency: None }
    }
}

/// What an export cost is charged per.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Basis {
    #[default]
    PerShipment,
    /// Per full container (sea FCL).
    PerContainer,
    PerCarton,
    PerCbm,
    /// Per revenue ton, W/M (sea LCL).
    PerRevenueTon,
    /// Per chargeable kilogram (air).
    PerChargeableKg,
    PerGrossKg,
    PerPair,
}

impl Basis {
    pub const ALL: [Basis; 8] = [
        Basis::PerShipment,
        Basis::PerContainer,
        Basis::PerCarton,
        Basis::PerCbm,
        Basis::PerRevenueTon,
        Basis::PerChargeableKg,
        Basis::PerGrossKg,
        Basis::PerPair,
    ];
}

/// One of the seller's export costs: `amount × quantity(basis)`, in `currency`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportCost {
    pub id: u32,
    pub stage: Stage,
    pub name: String,
    pub basis: Basis,
    pub amount: Decimal,
    pub currency: Currency,
    /// The carrier's minimum charge for this line, in `currency` (LCL per revenue ton and air per
    /// kilogram usually have one): the line costs `max(amount × quantity, minimum)`.
    #[serde(default)]
    pub minimum: Option<Decimal>,
    /// A sample line Tapak offered, its figure illustrative, not the user's: the quote stays
    /// provisional (`QuoteIssue::ExampleLine`) until the amount is changed or confirmed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
}

/// A fee on the customs value: `clamp(value × pct, min, max)`; `min` and `max` in `currency`.
/// US MPF (2025): 0.3464 %, at least USD 32.71, at most USD 634.62 per entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueFee {
    pub pct: Decimal,
    pub min: Decimal,
    /// `None`: no maximum.
    pub max: Option<Decimal>,
    pub currency: Currency,
}

/// A buyer's target price, to see what it leaves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetPrice {
    /// Price per pair.
    pub amount: Decimal,
    pub currency: Currency,
    pub incoterm: Incoterm,
}

/// How the price is built and quoted. Percentages are as typed (5 for 5 %).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SalesTerms {
    pub profit: Profit,
    /// Broker or agent commission, a share of the selling price.
    pub commission_pct: Decimal,
    /// What the commission is a share of: the invoice value, or the FOB value.
    #[serde(default, skip_serializing_if = "is_default")]
    pub commission_base: CommissionBase,
    /// Bank or L/C charges, a share of the invoice value.
    pub bank_pct: Decimal,
    /// Insurance premium rate on 110 % cover under ICC (C), the minimum CIF requires (also used
    /// to insure the CIF value under D-terms); `None` until entered.
    pub insurance_rate_pct: Option<Decimal>,
    /// Premium rate under ICC (A), "all risks", which CIP requires; `None` until entered.
    #[serde(default)]
    pub insurance_rate_a_pct: Option<Decimal>,
    /// The insurer's minimum premium per shipment, in the costing currency; `None`: none.
    #[serde(default)]
    pub min_premium: Option<Decimal>,
    /// A fee charged on the customs value alone under DDP, with a minimum and a maximum (the
    /// US merchandise processing fee): neither duty nor part of the import-tax base.
    #[serde(default)]
    pub import_fee: Option<ValueFee>,
    /// Import duty rate for DDP (the general, MFN rate), with its source noted by the user;
    /// `None` until entered.
    pub duty_pct: Option<Decimal>,
    /// The preferential duty rate of a trade agreement (AKFTA, IK-CEPA, IJEPA…), which applies
    /// when the certificate of origin is provided: entered, it is the rate DDP is priced at, and
    /// the general rate is shown beside it. The user enters it; Tapak holds no tariff database.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferential_duty_pct: Option<Decimal>,
    pub customs_basis: CustomsBasis,
    /// Add the value of materials the buyer supplies (assists, `MaterialLine::buyer_supplied`)
    /// to the customs value, as the WTO valuation agreement (art. 8.1(b)) and US and EU customs
    /// require; the assists are not in the price, but duty and import VAT are charged on them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub assists_in_customs_value: bool,
    /// Import VAT/GST on customs value + duty for DDP; `None` until entered (0 is an answer).
    pub import_tax_pct: Option<Decimal>,
    pub incoterm: Incoterm,
    /// The named place of EXW and FCA: the seller's premises or the hand-over point (a carrier's
    /// depot, the port's container yard): "EXW Mojokerto".
    #[serde(default)]
    pub seller_place: String,
    /// The named place of FAS and FOB, the port of shipment ("FOB Tanjung Perak, Surabaya"); the
    /// quotation's port of loading.
    #[serde(default)]
    pub port_of_shipment: String,
    /// The named place of C- and D-terms: the destination port or place ("CIF Busan").
    pub destination_place: String,
    /// The buyer's country, under every term: the certificate of origin's form and the US
    /// import fee follow it, and the buyer's page names it with the place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_country: Option<crate::model::base::country::Country>,
    /// Schema ≤ 2 only: the one place EXW, FCA, FAS and FOB shared. Reading moves it to
    /// `seller_place` or `port_of_shipment` (`codec::upgrade`); never written.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub shipment_place: String,
    /// Set when reading an older file moved a place by guess; the terms card asks the user to
    /// check the places until one is edited or the note is dismissed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub check_places: bool,
    pub quote_currency: Currency,
    /// Safety margin on the exchange rate for a quote that stays valid for weeks: the costing
    /// amount is converted and then divided by `1 − buffer`, which raises the quoted price.
    pub fx_buffer_pct: Decimal,
    /// Rounding of the unit price in the quote currency (half-up is the commercial default).
    pub rounding: Rounding,
    /// The commercial step the unit price is rounded to, in the quote currency (USD 0.05,
    /// Rp500); `None` (or 0): the currency's smallest unit. Applied once, to the unit price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_step: Option<Decimal>,
    /// Round the unit price up to the step (never below the exact price) instead of to the
    /// nearest.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub step_up: bool,
    /// Further order quantities to quote besides the article's order quantity.
    pub tiers: Vec<u32>,
    /// Minimum order quantity in pairs (0: none).
    pub moq: u32,
    pub target: Option<TargetPrice>,
}

impl SalesTerms {
    /// The terms card's groups of inputs to show: those the chosen term uses, and any that
    /// already hold a value (the all-terms table still prices with it, so it is never hidden).
    pub fn shown_inputs(&self) -> crate::model::base::incoterms::TermInputs {
        let needed = self.incoterm.inputs();
        crate::model::base::incoterms::TermInputs {
            insurance_c: needed.insurance_c || self.insurance_rate_pct.is_some(),
            insurance_a: needed.insurance_a || self.insurance_rate_a_pct.is_some(),
            import_charges: needed.import_charges
                || self.duty_pct.is_some()
                || self.preferential_duty_pct.is_some()
                || self.import_tax_pct.is_some()
                || self.import_fee.is_some(),
            import_fee: (needed.import_charges && self.destination_country.is_some_and(|c| c.has_import_fee()))
                || self.import_fee.is_some(),
        }
    }
}

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

impl SalesTerms {
    /// The duty rate DDP is priced at: the preferential rate when one is entered (the
    /// certificate of origin will be provided), else the general rate.
    pub fn duty_applied(&self) -> Option<Decimal> {
        self.preferential_duty_pct.or(self.duty_pct)
    }

    /// The named place that goes with `term` (Incoterms 2020): the seller's place for EXW and
    /// FCA, the port of shipment for FAS and FOB, the destination for C- and D-terms.
    /// "EXW Mojokerto", "FOB Tanjung Perak", "CIF Busan".
    pub fn named_place(&self, term: Incoterm) -> &str {
        term.place_of(&self.seller_place, &self.port_of_shipment, &self.destination_place)
    }
}

impl Default for SalesTerms {
    fn default() -> SalesTerms {
        SalesTerms {
            profit: Profit { basis: ProfitBasis::MarkupOnCost, pct: Decimal::ZERO },
            commission_pct: Decimal::ZERO,
            commission_base: CommissionBase::Invoice,
            bank_pct: Decimal::ZERO,
            insurance_rate_pct: None,
            insurance_rate_a_pct: None,
            min_premium: None,
            import_fee: None,
            duty_pct: None,
            preferential_duty_pct: None,
            customs_basis: CustomsBasis::Cif,
            assists_in_customs_value: false,
            import_tax_pct: None,
            incoterm: Incoterm::Fob,
            seller_place: String::new(),
            port_of_shipment: String::new(),
            destination_place: String::new(),
            destination_country: None,
            shipment_place: String::new(),
            check_places: false,
            quote_currency: Currency::USD,
            fx_buffer_pct: Decimal::ZERO,
            rounding: Rounding::HalfUp,
            price_step: None,
            step_up: false,
            tiers: Vec::new(),
            moq: 0,
            target: None,
        }
    }
}

/// A party on the quotation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    pub name: String,
    pub address: String,
    /// Phone / WhatsApp / email, as it should be printed.
    pub contact: String,
}

/// The quotation's words: who, when, how to pay, how long it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteDetails {
    pub number: String,
    /// Issue date, `YYYY-MM-DD`.
    pub date: String,
    /// Schema ≤ 2: a quote date typed as free text that does not read as a date ("30 Nov 26"),
    /// kept to show the user until a date is entered; never on the quotation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub old_date: String,
    pub validity_days: u32,
    pub exporter: Party,
    pub buyer: Party,
    /// Schema ≤ 2 only: the port of loading, now `SalesTerms::port_of_shipment`; never written.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub port_of_loading: String,
    /// A standard payment phrase, rendered in the buyer's language (`model::sheet::phrases`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<crate::model::sheet::phrases::Payment>,
    /// Free text beside (or instead of) the phrase, shown as typed: best in English.
    pub payment_terms: String,
    /// A standard lead-time phrase ("45 days after deposit and sample approval").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<crate::model::sheet::phrases::Lead>,
    /// Free text beside (or instead of) the phrase.
    pub lead_time: String,
    /// Standard remarks, in the order of `Remark::ALL`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remarks: Vec<crate::model::sheet::phrases::Remark>,
    pub bank_details: String,
    pub notes: String,
}

impl QuoteDetails {
    /// The last day the quotation holds: its date plus the validity, when the date is a real
    /// date (the print, the buyer's page and the sending warning all use this one rule).
    pub fn valid_until(&self) -> Option<crate::model::base::date::Date> {
        crate::model::base::date::last_day(&self.date, self.validity_days)
    }

    /// The quotation's last day, when it is before `today` (the quotation has expired).
    pub fn expired_on(&self, today: crate::model::base::date::Date) -> Option<crate::model::base::date::Date> {
        self.valid_until().filter(|until| today > *until)
    }

    /// Applies a change of the words (the sheet's through `Edit::Words`, a quotation's directly).
    pub fn apply_words(&mut self, w: crate::model::sheet::phrases::WordsEdit) {
        use crate::model::sheet::phrases::WordsEdit;
        match w {
            WordsEdit::Phrases(pay, lead, remarks) => {
                self.payment = pay;
                self.lead = lead;
                self.remarks = remarks;
            }
            WordsEdit::PaymentText(t) => self.payment_terms = t,
            WordsEdit::LeadText(t) => self.lead_time = t,
        }
    }
}

impl Default for QuoteDetails {
    fn default() -> QuoteDetails {
        QuoteDetails {
            number: String::new(),
            date: String::new(),
            old_date: String::new(),
            validity_days: 30,
            exporter: Party::default(),
            buyer: Party::default(),
            port_of_loading: String::new(),
            payment: None,
            payment_terms: String::new(),
            lead: None,
            lead_time: String::new(),
            remarks: Vec::new(),
            bank_details: String::new(),
            notes: String::new(),
        }
    }
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
    /// Pairs of the same article in other lines of a quotation (its colourways, or the sheet
    /// quoted twice), which share its one-off costs (lasts, moulds, samples): they are spread
    /// over `order_pairs + shared_pairs`. Set by `Quotation::line_sheet` on the copy it prices;
    /// never stored (0 in every sheet).
    #[serde(skip)]
    pub shared_pairs: u32,
}

impl Article {
    /// The pairs the one-off costs are spread over: this order's, and those of the same
    /// article's other lines in a quotation.
    pub fn one_off_pairs(&self) -> u32 {
        self.order_pairs.saturating_add(self.shared_pairs)
    }
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
    /// Consumption growth per size step in percent; `None` uses the size run's default
    /// (area and length units grade, counted units do not).
    #[serde(default)]
    pub grading_pct: Option<Decimal>,
    /// Supplied by the buyer (a maklon / CMT order): the line's value is worked out and shown,
    /// but it is not a cost of the maker and stays out of the price. Customs may add it to the
    /// value for duty (`SalesTerms::assists_in_customs_value`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub buyer_supplied: bool,
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
    /// Work bought from home workshops (uppers sewn outside, whole pairs): each line a workshop,
    /// the step it takes over, its price and the pairs it makes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bought: Vec<BoughtWork>,
}

/// A step of making a shoe that a workshop can take over. An own-labour line may be tagged with
/// the step it belongs to; bought-in work for that step replaces it (`WholePair` replaces all
/// own labour).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MakingStep {
    /// Cutting (potong), with skiving.
    Cutting,
    /// Sewing the uppers (jahit atasan, closing).
    Closing,
    /// Lasting and bottoming (oven, lasting, pasang sol).
    Lasting,
    /// Finishing, QC and packing.
    Finishing,
    /// The whole pair made outside, every step of the making.
    WholePair,
}

impl BoughtWork {
    /// Whether the line counts: once its rate is entered (a rate of 0 is a line not filled in
    /// yet, which replaces nothing).
    pub fn entered(&self) -> bool {
        !self.rate.is_zero()
    }
}

impl MakingStep {
    pub const ALL: [MakingStep; 5] =
        [MakingStep::Cutting, MakingStep::Closing, MakingStep::Lasting, MakingStep::Finishing, MakingStep::WholePair];
    /// The steps an own-labour line can be tagged with.
    pub const OWN: [MakingStep; 4] =
        [MakingStep::Cutting, MakingStep::Closing, MakingStep::Lasting, MakingStep::Finishing];

    /// Whether bought-in work of this step replaces an own-labour line tagged `line`.
    pub fn replaces(self, line: Option<MakingStep>) -> bool {
        self == MakingStep::WholePair || line == Some(self)
    }
}

/// Work bought from one workshop: `rate` per pair, dozen or kodi, for `pairs` pairs of the
/// order. The workshop supplies labour only; the maker's materials stay on the bill.
///
/// A step given to workshops is wholly theirs: its own-labour lines drop out, and the step costs
/// the workshops' average weighted by their pairs, `Σ (rate ÷ pairs per unit × pairs) ÷ Σ pairs`
/// (one workshop needs no pair count). A line counts once its rate is entered (a rate of 0 is a
/// line not filled in yet). The split is a mix, so it holds for every quantity
/// quoted. To keep part of a step in-house, enter the own team as one more line at its cost
/// per pair.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoughtWork {
    pub id: u32,
    /// The workshop's name (or the village: "Bengkel Pak Slamet, Sooko").
    pub workshop: String,
    pub covers: MakingStep,
    /// In the costing currency.
    pub rate: Decimal,
    pub per: PiecePer,
    /// The pairs of the order this workshop makes (its capacity).
    pub pairs: u32,
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
    /// The making step, so a workshop that takes the step over replaces this line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<MakingStep>,
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
    /// The making step, so a workshop that takes the step over replaces this line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<MakingStep>,
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
                shared_pairs: 0,
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
                bought: Vec::new(),
            },
            overhead: Overhead {
                method: OverheadMethod::PerMonth,
                monthly_overhead: Decimal::ZERO,
                monthly_output_pairs: Decimal::ZERO,
                percent_of_prime: Decimal::ZERO,
            },
            one_off: Vec::new(),
            display_currency: Currency::USD,
            sizes: SizeRun::default(),
            shipping: Shipping::default(),
            export_costs: Vec::new(),
            terms: SalesTerms::default(),
            quote: QuoteDetails::default(),
            cash: Default::default(),
            broker: None,
            variants: Vec::new(),
        }
    }

    /// The sheet "Lembar baru" starts: `empty`, its carton and container marked as examples
    /// (`Shipping::example`) until the user changes or keeps them.
    pub fn new_sheet() -> Document {
        let mut doc = Document::empty();
        doc.shipping.example = true;
        doc
    }

    /// Every line id of every list (ids are unique across the document).
    pub fn ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.materials
            .iter()
            .map(|m| m.id)
            .chain(self.fx.iter().map(|r| r.id))
            .chain(self.labour.operations.iter().map(|o| o.id))
            .chain(self.labour.piece_rates.iter().map(|p| p.id))
            .chain(self.labour.bought.iter().map(|w| w.id))
            .chain(self.one_off.iter().map(|c| c.id))
            .chain(self.export_costs.iter().map(|c| c.id))
            .chain(self.sizes.sizes.iter().map(|s| s.id))
            .chain(self.variants.iter().map(|v| v.id))
    }

    /// The sheet of colourway `id`: its material lines changed, its name "Article — Black", its
    /// own code when it has one. `None` when the sheet has no such colourway. A change naming a
    /// line the sheet no longer has changes nothing (`rules::validate` refuses such a file).
    pub fn colourway(&self, id: u32) -> Option<Document> {
        let v = self.variants.iter().find(|v| v.id == id)?;
        let mut doc = self.clone();
        for c in &v.changes {
            if let Some(m) = doc.materials.iter_mut().find(|m| m.id == c.line) {
                if let Some(name) = &c.name {
                    m.name.clone_from(name);
                }
                if let Some(n) = c.net_consumption {
                    m.net_consumption = n;
                }
                if let Some(p) = c.unit_price {
                    m.unit_price = p;
                }
                if let Some(cur) = c.currency {
                    m.currency = cur;
                }
            }
        }
        doc.article.name = format!("{} — {}", self.article.name, v.name);
        if !v.code.trim().is_empty() {
            doc.article.code.clone_from(&v.code);
        }
        doc.variants.clear();
        Some(doc)
    }

    /// The next free id for a new line of any list.
    pub fn next_id(&self) -> u32 {
        self.ids().max().map_or(1, |m| m.saturating_add(1))
    }
}
