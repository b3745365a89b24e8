//! Standard phrases a quotation's terms are written in (issue 14): payment terms, lead time and
//! remarks that the buyer's page renders in the buyer's language (`i18n::buyer`), so a Korean
//! buyer reads "T/T 30 % 선금, 선적 전 잔금" where the maker chose "T/T 30 % uang muka".
//!
//! A phrase is data, not text: a kind and, where the phrase has one, a number (a deposit's
//! percent, a number of days). Free text stays possible beside it, and is shown as typed.
//! The deposit a proforma invoice asks for is read from the payment phrase (`deposit_pct`).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// How the buyer pays. The number `n` is the deposit's percent or the days, where the kind has
/// one (`PaymentKind::number`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    pub kind: PaymentKind,
    #[serde(default)]
    pub n: u32,
}

/// In a file by its name ("DepositBeforeShipment"), as serde writes a unit variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PaymentKind {
    /// "T/T {n} % deposit, balance before shipment".
    DepositBeforeShipment,
    /// "T/T {n} % deposit, balance against copy of B/L".
    DepositAgainstBl,
    /// "T/T 100 % in advance".
    Advance,
    /// "Irrevocable L/C at sight".
    LcAtSight,
    /// "Irrevocable L/C at {n} days after B/L date".
    LcUsance,
}

/// What a number in a phrase stands for (its field rule).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Number {
    None,
    /// 1 to 99 %.
    Percent,
    /// 1 to 365 days.
    Days,
}

impl PaymentKind {
    /// In the order of the picker and of the link's code.
    pub const ALL: [PaymentKind; 5] = [
        PaymentKind::DepositBeforeShipment,
        PaymentKind::DepositAgainstBl,
        PaymentKind::Advance,
        PaymentKind::LcAtSight,
        PaymentKind::LcUsance,
    ];

    pub fn number(self) -> Number {
        match self {
            PaymentKind::DepositBeforeShipment | PaymentKind::DepositAgainstBl => Number::Percent,
            PaymentKind::LcUsance => Number::Days,
            PaymentKind::Advance | PaymentKind::LcAtSight => Number::None,
        }
    }
}

impl Payment {
    /// The deposit a proforma invoice asks for: the phrase's percent, 100 % in advance, none
    /// under a letter of credit (the bank pays against documents).
    pub fn deposit_pct(self) -> Decimal {
        match self.kind {
            PaymentKind::DepositBeforeShipment | PaymentKind::DepositAgainstBl => Decimal::from(self.n),
            PaymentKind::Advance => Decimal::ONE_HUNDRED,
            PaymentKind::LcAtSight | PaymentKind::LcUsance => Decimal::ZERO,
        }
    }
}

/// When the goods are ready: `days` after an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lead {
    pub kind: LeadKind,
    pub days: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LeadKind {
    /// "{n} days after deposit and sample approval".
    AfterDepositAndSample,
    /// "{n} days after deposit".
    AfterDeposit,
    /// "{n} days after receipt of the L/C".
    AfterLc,
}

impl LeadKind {
    pub const ALL: [LeadKind; 3] = [LeadKind::AfterDepositAndSample, LeadKind::AfterDeposit, LeadKind::AfterLc];
}

/// A standard remark on the terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Remark {
    /// "Delivery terms according to Incoterms® 2020."
    Incoterms2020,
    /// "Sea freight subject to the rate at the time of booking."
    FreightAtBooking,
    /// "Import duties and taxes at destination for the buyer's account."
    DutiesForBuyer,
    /// "Sizes according to the approved size chart (foot length in mm)."
    SizesPerChart,
    /// "Production starts after approval of the pre-production sample."
    SampleApproval,
}

impl Remark {
    pub const ALL: [Remark; 5] = [
        Remark::Incoterms2020,
        Remark::FreightAtBooking,
        Remark::DutiesForBuyer,
        Remark::SizesPerChart,
        Remark::SampleApproval,
    ];
}

/// The kind at `code` in `all` (a link's byte), if any.
pub fn from_code<K: Copy>(all: &[K], code: u8) -> Option<K> {
    all.get(usize::from(code)).copied()
}

/// The code of `kind` in `all` (its place).
pub fn code_of<K: PartialEq>(all: &[K], kind: &K) -> u8 {
    all.iter().position(|k| k == kind).and_then(|i| u8::try_from(i).ok()).unwrap_or(0)
}

/// Words that give away a term typed in Indonesian ("30% DP, pelunasan sebelum kirim"): the
/// panel then suggests a standard phrase or English, which every buyer can read.
const INDONESIAN: [&str; 22] = [
    "hari",
    "setelah",
    "sebelum",
    "sesudah",
    "dan",
    "uang",
    "muka",
    "pelunasan",
    "lunas",
    "pembayaran",
    "bayar",
    "pengiriman",
    "kirim",
    "minggu",
    "bulan",
    "dengan",
    "untuk",
    "yang",
    "sampel",
    "persetujuan",
    "produksi",
    "kerja",
];

/// Whether free text looks Indonesian: at least one of the telling words, as a whole word.
pub fn looks_indonesian(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| !w.is_empty() && INDONESIAN.iter().any(|i| w.eq_ignore_ascii_case(i)))
}

/// A change of a quotation's words: its phrases, or one of the two free texts beside them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WordsEdit {
    Phrases(Option<Payment>, Option<Lead>, Vec<Remark>),
    PaymentText(String),
    LeadText(String),
}
