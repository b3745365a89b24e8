//! Messages with figures in them: input errors and breakdown issues, in the UI language.

use super::{Lang, T};
use crate::format::{format_number, InputError, ParseError};
use crate::model::compute::{Category, Issue, Place};
use crate::model::document::{PiecePer, Section};

/// Says what is wrong with a typed number and how to write it.
pub fn input_error(e: InputError, lang: Lang) -> String {
    let style = lang.number_style();
    match (e, lang) {
        (InputError::Parse(ParseError::Empty), Lang::Id) => "Isi dengan angka.".into(),
        (InputError::Parse(ParseError::Empty), Lang::En) => "Enter a number.".into(),
        (InputError::Parse(ParseError::InvalidChar(c)), Lang::Id) => {
            format!("“{c}” bukan bagian dari angka. Contoh: 1.234,5")
        }
        (InputError::Parse(ParseError::InvalidChar(c)), Lang::En) => {
            format!("“{c}” is not part of a number. Example: 1,234.5")
        }
        (InputError::Parse(ParseError::RepeatedDecimalMark), Lang::Id) => {
            "Koma desimal hanya boleh satu. Titik untuk ribuan: 1.234,5".into()
        }
        (InputError::Parse(ParseError::RepeatedDecimalMark), Lang::En) => {
            "Only one decimal point is allowed. Commas group thousands: 1,234.5".into()
        }
        (InputError::Parse(ParseError::AmbiguousGrouping), Lang::Id) => {
            "Angka ini tidak jelas. Pakai koma untuk desimal (12,5) dan titik untuk ribuan (1.250).".into()
        }
        (InputError::Parse(ParseError::AmbiguousGrouping), Lang::En) => {
            "This number is unclear. Use a point for decimals (12.5) and commas for thousands (1,250).".into()
        }
        (InputError::Parse(ParseError::TooManyDigits), Lang::Id) => "Angka terlalu panjang.".into(),
        (InputError::Parse(ParseError::TooManyDigits), Lang::En) => "The number is too long.".into(),
        (InputError::Negative, Lang::Id) => "Tidak boleh negatif.".into(),
        (InputError::Negative, Lang::En) => "Cannot be negative.".into(),
        (InputError::NotWhole, Lang::Id) => "Harus bilangan bulat.".into(),
        (InputError::NotWhole, Lang::En) => "Must be a whole number.".into(),
        (InputError::AboveMax(max), Lang::Id) => format!("Paling besar {}.", format_number(max, style, None)),
        (InputError::AboveMax(max), Lang::En) => format!("At most {}.", format_number(max, style, None)),
    }
}

/// Says what an issue leaves out of the totals. `name_of` gives a line's name for its id.
pub fn issue(i: &Issue, lang: Lang, name_of: &dyn Fn(Place) -> String) -> String {
    let at = |p: Place| name_of(p);
    match (i, lang) {
        (Issue::MissingRate { from, to, at: p }, Lang::Id) => {
            format!("{}: belum ada kurs {from} → {to}. Tambahkan di Kurs.", at(*p))
        }
        (Issue::MissingRate { from, to, at: p }, Lang::En) => {
            format!("{}: no {from} → {to} exchange rate. Add one under Exchange rates.", at(*p))
        }
        (Issue::NonPositiveRate { base, quote, at: p }, Lang::Id) => {
            format!("{}: kurs {base} → {quote} harus lebih dari nol.", at(*p))
        }
        (Issue::NonPositiveRate { base, quote, at: p }, Lang::En) => {
            format!("{}: the {base} → {quote} rate must be above zero.", at(*p))
        }
        (Issue::IncompatibleUnits { at: p }, Lang::Id) => {
            format!("{}: satuan kebutuhan dan satuan harga tidak sejenis (mis. sq ft dan kg).", at(*p))
        }
        (Issue::IncompatibleUnits { at: p }, Lang::En) => {
            format!("{}: the consumption and price units are of different kinds (e.g. sq ft and kg).", at(*p))
        }
        (Issue::NoWorkingTime, Lang::Id) => {
            "Tenaga kerja: hari kerja, menit per hari dan efisiensi harus lebih dari nol.".into()
        }
        (Issue::NoWorkingTime, Lang::En) => {
            "Labour: working days, minutes per day and efficiency must be above zero.".into()
        }
        (Issue::NoMonthlyOutput, Lang::Id) => "Overhead: isi produksi per bulan (lebih dari nol).".into(),
        (Issue::NoMonthlyOutput, Lang::En) => "Overhead: enter the monthly output (above zero).".into(),
        (Issue::NoOrderQuantity, Lang::Id) => "Biaya sekali: isi jumlah pesanan agar bisa dibagi per pasang.".into(),
        (Issue::NoOrderQuantity, Lang::En) => {
            "One-off costs: enter the order quantity so they can be spread per pair.".into()
        }
        (Issue::Overflow { at: p }, Lang::Id) => format!("{}: angka terlalu besar untuk dihitung.", at(*p)),
        (Issue::Overflow { at: p }, Lang::En) => format!("{}: the figure is too large to compute.", at(*p)),
    }
}

pub fn section(s: Section) -> T {
    match s {
        Section::Upper => T::SecUpper,
        Section::Lining => T::SecLining,
        Section::Reinforcement => T::SecReinforcement,
        Section::Bottom => T::SecBottom,
        Section::Accessories => T::SecAccessories,
        Section::Packaging => T::SecPackaging,
    }
}

pub fn category(c: Category) -> T {
    match c {
        Category::Materials => T::CatMaterials,
        Category::Labour => T::CatLabour,
        Category::Overhead => T::CatOverhead,
        Category::OneOff => T::CatOneOff,
    }
}

pub fn piece_per(p: PiecePer) -> T {
    match p {
        PiecePer::Pair => T::PerPair,
        PiecePer::Dozen => T::PerDozen,
        PiecePer::Kodi => T::PerKodi,
    }
}
