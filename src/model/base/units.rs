//! Units of measure on a footwear cost sheet, and exact conversion between units of one kind.
//!
//! A material line may count its consumption in one unit and be priced in another of the same
//! kind (eyelets: 16 pcs per pair, priced per gross of 144). Conversions use exact factors:
//! 1 sq ft = 9.290304 dm², 1 yard = 0.9144 m, 1 gross = 144 pcs, 1 lusin = 12 pcs, 1 pair = 2 pcs.
//! A kodi is 20 pairs, as the footwear trade means it (soles, insoles, finished pairs): 40 pcs;
//! loose pieces counted by twenty use `KodiPcs` (20 pcs). Files of schema ≤ 2, where "kodi"
//! meant 20 pieces, are read with `KodiPcs` so their figures do not change.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What a unit measures; only units of the same kind convert.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Area,
    Length,
    Count,
    Mass,
    Volume,
    /// A cone of thread: a supplier's package, not convertible to length without its metreage.
    Cone,
}

macro_rules! units {
    ($( $unit:ident, $code:expr, $kind:ident, $size:expr, $id:expr, $en:expr; )*) => {
        /// A unit of consumption or price.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum Unit { $( $unit, )* }

        impl Unit {
            pub const ALL: &'static [Unit] = &[ $( Unit::$unit, )* ];

            /// Short symbol shown beside quantities ("sq ft", "dm²", "pcs").
            pub fn code(self) -> &'static str {
                match self { $( Unit::$unit => $code, )* }
            }

            pub fn kind(self) -> Kind {
                match self { $( Unit::$unit => Kind::$kind, )* }
            }

            /// Size in the kind's base unit (dm², m, piece, kg, litre, cone), as an exact decimal string.
            fn size_text(self) -> &'static str {
                match self { $( Unit::$unit => $size, )* }
            }

            /// Name in Indonesian.
            pub fn name_id(self) -> &'static str {
                match self { $( Unit::$unit => $id, )* }
            }

            /// Name in English.
            pub fn name_en(self) -> &'static str {
                match self { $( Unit::$unit => $en, )* }
            }
        }
    };
}

units! {
    SqFt,  "sq ft", Area,   "9.290304", "kaki persegi", "square foot";
    Dm2,   "dm²",   Area,   "1",        "desimeter persegi", "square decimetre";
    M2,    "m²",    Area,   "100",      "meter persegi", "square metre";
    Metre, "m",     Length, "1",        "meter", "metre";
    Cm,    "cm",    Length, "0.01",     "sentimeter", "centimetre";
    Yard,  "yard",  Length, "0.9144",   "yard", "yard";
    Piece, "pcs",   Count,  "1",        "buah", "piece";
    Pair,  "pasang", Count, "2",        "pasang", "pair";
    Dozen, "lusin", Count,  "12",       "lusin (12)", "dozen (12)";
    Kodi,  "kodi",  Count,  "40",       "kodi (20 pasang)", "kodi (20 pairs)";
    KodiPcs, "kodi pcs", Count, "20",   "kodi (20 buah)", "kodi (20 pcs)";
    Gross, "gross", Count,  "144",      "gros (144)", "gross (144)";
    Kg,    "kg",    Mass,   "1",        "kilogram", "kilogram";
    Gram,  "g",     Mass,   "0.001",    "gram", "gram";
    Litre, "L",     Volume, "1",        "liter", "litre";
    Ml,    "mL",    Volume, "0.001",    "mililiter", "millilitre";
    Cone,  "cone",  Cone,   "1",        "cone (gulungan)", "cone";
}

impl Unit {
    /// The unit's size in its kind's base unit.
    pub fn size(self) -> Decimal {
        // The table holds only literal decimals, checked by a test, so this cannot fail.
        self.size_text().parse().unwrap_or(Decimal::ONE)
    }

    pub fn from_code(code: &str) -> Option<Unit> {
        Unit::ALL.iter().copied().find(|u| u.code() == code)
    }
}

/// Why two units cannot be converted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IncompatibleUnits {
    pub from: Unit,
    pub to: Unit,
}

/// The ratio `(numerator, denominator)` that turns a quantity in `from` into `to`:
/// `qty_to = qty_from × numerator ÷ denominator`. Kept as a ratio so the caller multiplies
/// first and divides once at the end, which keeps results like 16 pcs ÷ 144 exact as long as possible.
///
/// # Errors
/// `IncompatibleUnits` when the kinds differ (sq ft to kg).
pub fn ratio(from: Unit, to: Unit) -> Result<(Decimal, Decimal), IncompatibleUnits> {
    if from.kind() != to.kind() {
        return Err(IncompatibleUnits { from, to });
    }
    Ok((from.size(), to.size()))
}
