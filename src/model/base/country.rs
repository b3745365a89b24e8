//! Destination markets (ISO 3166-1 alpha-2), and the certificate of origin each one's buyer can
//! use for a lower duty on Indonesian footwear.
//!
//! The forms, as of 2026-12 (`../shared/README.md` §10; BKPM/Kemendag e-SKA): ASEAN — ATIGA
//! Form D; China — ACFTA Form E; Korea — AKFTA Form AK or IK-CEPA; Japan — IJEPA or AJCEP;
//! India — AIFTA Form AI; Australia and New Zealand — AANZFTA or IA-CEPA (Australia); Chile —
//! IC-CEPA; UAE — IUAE-CEPA; the EU — under GSP, a REX statement on origin on the invoice (Form A
//! is no longer used for Indonesia since 2019); the USA and every other market here — no
//! preference in force, a buyer may still ask for a non-preferential certificate. Tapak holds no
//! tariff rates: the user enters them.

use serde::{Deserialize, Serialize};

/// A destination market. Stored as its ISO code ("KR").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Country {
    // ASEAN
    BN,
    KH,
    LA,
    MM,
    MY,
    PH,
    SG,
    TH,
    VN,
    // East and South Asia, Oceania
    CN,
    JP,
    KR,
    IN,
    AU,
    NZ,
    // The Middle East and Europe
    AE,
    SA,
    TR,
    RU,
    DE,
    ES,
    FR,
    IT,
    NL,
    BE,
    // The Americas
    US,
    CA,
    MX,
    BR,
    CL,
    CO,
    PE,
    AR,
}

/// The certificate of origin a destination's buyer can claim a preference with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OriginForm {
    /// ATIGA Form D (ASEAN).
    FormD,
    /// ACFTA Form E (China).
    FormE,
    /// AKFTA Form AK or the IK-CEPA form (Korea).
    KoreaAkOrIkCepa,
    /// IJEPA or AJCEP (Japan).
    JapanIjepaOrAjcep,
    /// AIFTA Form AI (India).
    FormAi,
    /// AANZFTA, or IA-CEPA for Australia.
    Aanzfta { ia_cepa: bool },
    /// IC-CEPA (Chile).
    IcCepa,
    /// IUAE-CEPA (United Arab Emirates).
    IuaeCepa,
    /// A REX statement on origin on the invoice (EU GSP).
    RexStatement,
    /// No preference in force: a non-preferential certificate, when the buyer asks.
    NonPreferential,
}

impl Country {
    /// In the order a maker's markets are listed: ASEAN, Asia, the Middle East and Europe, the Americas.
    pub const ALL: [Country; 33] = [
        Country::BN,
        Country::KH,
        Country::LA,
        Country::MM,
        Country::MY,
        Country::PH,
        Country::SG,
        Country::TH,
        Country::VN,
        Country::CN,
        Country::JP,
        Country::KR,
        Country::IN,
        Country::AU,
        Country::NZ,
        Country::AE,
        Country::SA,
        Country::TR,
        Country::RU,
        Country::DE,
        Country::ES,
        Country::FR,
        Country::IT,
        Country::NL,
        Country::BE,
        Country::US,
        Country::CA,
        Country::MX,
        Country::BR,
        Country::CL,
        Country::CO,
        Country::PE,
        Country::AR,
    ];

    /// The ISO 3166-1 alpha-2 code.
    pub fn code(self) -> &'static str {
        use Country::*;
        match self {
            BN => "BN",
            KH => "KH",
            LA => "LA",
            MM => "MM",
            MY => "MY",
            PH => "PH",
            SG => "SG",
            TH => "TH",
            VN => "VN",
            CN => "CN",
            JP => "JP",
            KR => "KR",
            IN => "IN",
            AU => "AU",
            NZ => "NZ",
            AE => "AE",
            SA => "SA",
            TR => "TR",
            RU => "RU",
            DE => "DE",
            ES => "ES",
            FR => "FR",
            IT => "IT",
            NL => "NL",
            BE => "BE",
            US => "US",
            CA => "CA",
            MX => "MX",
            BR => "BR",
            CL => "CL",
            CO => "CO",
            PE => "PE",
            AR => "AR",
        }
    }

    /// The country with this ISO code (any case), if it is one of Tapak's markets.
    pub fn from_code(code: &str) -> Option<Country> {
        Country::ALL.into_iter().find(|c| c.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The certificate of origin that gives this market's buyer a preference.
    pub fn origin_form(self) -> OriginForm {
        use Country::*;
        match self {
            BN | KH | LA | MM | MY | PH | SG | TH | VN => OriginForm::FormD,
            CN => OriginForm::FormE,
            KR => OriginForm::KoreaAkOrIkCepa,
            JP => OriginForm::JapanIjepaOrAjcep,
            IN => OriginForm::FormAi,
            AU => OriginForm::Aanzfta { ia_cepa: true },
            NZ => OriginForm::Aanzfta { ia_cepa: false },
            CL => OriginForm::IcCepa,
            AE => OriginForm::IuaeCepa,
            DE | ES | FR | IT | NL | BE => OriginForm::RexStatement,
            SA | TR | RU | US | CA | MX | BR | CO | PE | AR => OriginForm::NonPreferential,
        }
    }

    /// Whether an import fee on the customs value applies (the US merchandise processing fee).
    pub fn has_import_fee(self) -> bool {
        self == Country::US
    }
}

impl OriginForm {
    /// The form's name as the certificate says it (a proper name, the same in every language).
    pub fn name(self) -> &'static str {
        match self {
            OriginForm::FormD => "ATIGA Form D",
            OriginForm::FormE => "ACFTA Form E",
            OriginForm::KoreaAkOrIkCepa => "AKFTA Form AK / IK-CEPA",
            OriginForm::JapanIjepaOrAjcep => "IJEPA / AJCEP",
            OriginForm::FormAi => "AIFTA Form AI",
            OriginForm::Aanzfta { ia_cepa: true } => "IA-CEPA / AANZFTA",
            OriginForm::Aanzfta { ia_cepa: false } => "AANZFTA",
            OriginForm::IcCepa => "IC-CEPA",
            OriginForm::IuaeCepa => "IUAE-CEPA",
            OriginForm::RexStatement => "REX (GSP UE)",
            OriginForm::NonPreferential => "non-preferensi",
        }
    }
}
