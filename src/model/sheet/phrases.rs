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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
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

/// The phrases' kinds in a file are their names ("DepositBeforeShipment"), as serde writes a
/// unit variant; read and written by one small routine instead of serde's derived visitor per
/// enum (which weighed 0.8 KB brotli in the editor's first module, measured 2026-11-30).
macro_rules! by_name {
    ($ty:ty, [$($v:ident),*]) => {
        impl $ty {
            /// The names in a file, in the order of `ALL`.
            const NAMES: &'static [&'static str] = &[$(stringify!($v)),*];
        }
        impl Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let i = Self::ALL.iter().position(|k| k == self).unwrap_or(0);
                s.serialize_str(Self::NAMES.get(i).copied().unwrap_or_default())
            }
        }
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                named(d, &Self::ALL, Self::NAMES)
            }
        }
    };
}

fn named<'de, D: serde::Deserializer<'de>, K: Copy>(
    d: D,
    all: &[K],
    names: &'static [&'static str],
) -> Result<K, D::Error> {
    let name = String::deserialize(d)?;
    names
        .iter()
        .position(|n| *n == name)
        .and_then(|i| all.get(i).copied())
        .ok_or_else(|| serde::de::Error::unknown_variant(&name, names))
}

by_name!(PaymentKind, [DepositBeforeShipment, DepositAgainstBl, Advance, LcAtSight, LcUsance]);
by_name!(LeadKind, [AfterDepositAndSample, AfterDeposit, AfterLc]);
by_name!(Remark, [Incoterms2020, FreightAtBooking, DutiesForBuyer, SizesPerChart, SampleApproval]);
