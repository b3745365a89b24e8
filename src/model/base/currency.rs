//! ISO 4217 currencies: one table with code, minor units and names in Indonesian and English.
//!
//! `Currency` is a `Copy` enum so a currency can never be a misspelt string. The table is the
//! only place a currency's minor units are written down.

use serde::{Deserialize, Serialize};

macro_rules! currencies {
    ($( $code:ident, $minor:expr, $id:expr, $en:expr; )*) => {
        /// An ISO 4217 currency known to Tapak.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum Currency { $( $code, )* }

        impl Currency {
            /// Every currency, in table order (IDR first, then the usual buyers' currencies).
            pub const ALL: &'static [Currency] = &[ $( Currency::$code, )* ];

            /// The three-letter ISO 4217 code.
            pub fn code(self) -> &'static str {
                match self { $( Currency::$code => stringify!($code), )* }
            }

            /// Minor units (decimal places) per ISO 4217: 2 for USD, 0 for KRW, 3 for KWD.
            pub fn minor_units(self) -> u32 {
                match self { $( Currency::$code => $minor, )* }
            }

            /// Name in Indonesian.
            pub fn name_id(self) -> &'static str {
                match self { $( Currency::$code => $id, )* }
            }

            /// Name in English.
            pub fn name_en(self) -> &'static str {
                match self { $( Currency::$code => $en, )* }
            }

            /// Looks a currency up by its code (case-insensitive).
            pub fn from_code(code: &str) -> Option<Currency> {
                let code = code.trim().to_ascii_uppercase();
                Currency::ALL.iter().copied().find(|c| c.code() == code)
            }
        }
    };
}

currencies! {
    IDR, 2, "Rupiah Indonesia", "Indonesian rupiah";
    USD, 2, "Dolar Amerika Serikat", "US dollar";
    EUR, 2, "Euro", "Euro";
    GBP, 2, "Pound sterling Inggris", "Pound sterling";
    CNY, 2, "Yuan Tiongkok", "Chinese yuan";
    JPY, 0, "Yen Jepang", "Japanese yen";
    KRW, 0, "Won Korea Selatan", "South Korean won";
    SGD, 2, "Dolar Singapura", "Singapore dollar";
    MYR, 2, "Ringgit Malaysia", "Malaysian ringgit";
    THB, 2, "Baht Thailand", "Thai baht";
    VND, 0, "Dong Vietnam", "Vietnamese dong";
    HKD, 2, "Dolar Hong Kong", "Hong Kong dollar";
    TWD, 2, "Dolar Taiwan", "New Taiwan dollar";
    INR, 2, "Rupee India", "Indian rupee";
    AUD, 2, "Dolar Australia", "Australian dollar";
    NZD, 2, "Dolar Selandia Baru", "New Zealand dollar";
    CAD, 2, "Dolar Kanada", "Canadian dollar";
    CHF, 2, "Franc Swiss", "Swiss franc";
    SAR, 2, "Riyal Arab Saudi", "Saudi riyal";
    AED, 2, "Dirham Uni Emirat Arab", "UAE dirham";
    QAR, 2, "Riyal Qatar", "Qatari riyal";
    KWD, 3, "Dinar Kuwait", "Kuwaiti dinar";
    BHD, 3, "Dinar Bahrain", "Bahraini dinar";
    OMR, 3, "Rial Oman", "Omani rial";
    JOD, 3, "Dinar Yordania", "Jordanian dinar";
    TRY, 2, "Lira Turki", "Turkish lira";
    ZAR, 2, "Rand Afrika Selatan", "South African rand";
    CLP, 0, "Peso Cile", "Chilean peso";
    COP, 2, "Peso Kolombia", "Colombian peso";
    BRL, 2, "Real Brasil", "Brazilian real";
    MXN, 2, "Peso Meksiko", "Mexican peso";
    PEN, 2, "Sol Peru", "Peruvian sol";
    ARS, 2, "Peso Argentina", "Argentine peso";
}

impl Currency {
    /// Decimal places shown and quoted by default. ISO gives IDR two, but Indonesian prices
    /// and invoices are written in whole rupiah, so IDR shows none; every other currency
    /// follows ISO 4217.
    pub fn display_decimals(self) -> u32 {
        match self {
            Currency::IDR => 0,
            other => other.minor_units(),
        }
    }
}

impl std::fmt::Display for Currency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}
