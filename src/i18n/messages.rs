//! Messages with figures in them: input errors and breakdown issues, in the UI language.

use super::{Lang, T};
use crate::codec::LoadError;
use crate::format::{format_number, InputError, ParseError};
use crate::model::base::incoterms::{Component, Missing, Stage, TermError};
use crate::model::base::packing::{Mode, PackingError};
use crate::model::base::pricing::ProfitError;
use crate::model::cost::compute::{Category, Issue, Place};
use crate::model::export::quote::{LineProblem, QuoteIssue};
use crate::model::sheet::document::Basis;
use crate::model::sheet::document::{PiecePer, Section};

/// A count (pairs, cartons) with its thousands marks, as every count on screen is written.
pub fn count(n: u32, lang: Lang) -> String {
    format_number(rust_decimal::Decimal::from(n), lang.number_style(), None)
}

/// A character as a message names it: one that cannot be seen (a space) or is easily missed (a
/// point, a comma) by its name, any other in quotes.
fn char_name(c: char, lang: Lang) -> String {
    let name = match (c, lang) {
        (' ' | '\u{a0}' | '\u{202f}', Lang::Id) => "Spasi",
        (' ' | '\u{a0}' | '\u{202f}', Lang::En) => "A space",
        ('.', Lang::Id) => "Titik",
        ('.', Lang::En) => "A point",
        (',', Lang::Id) => "Koma",
        (',', Lang::En) => "A comma",
        _ => return format!("“{c}”"),
    };
    name.to_string()
}

/// Says what is wrong with a typed number and how to write it.
pub fn input_error(e: InputError, lang: Lang) -> String {
    let style = lang.number_style();
    match (e, lang) {
        (InputError::Parse(ParseError::Empty), Lang::Id) => "Isi dengan angka.".into(),
        (InputError::Parse(ParseError::Empty), Lang::En) => "Enter a number.".into(),
        (InputError::Parse(ParseError::InvalidChar(c)), Lang::Id) => {
            format!("{} bukan bagian dari angka. Contoh: 1.234,5 atau 12 jt", char_name(c, lang))
        }
        (InputError::Parse(ParseError::InvalidChar(c)), Lang::En) => {
            format!("{} is not part of a number. Example: 1,234.5 or 12k", char_name(c, lang))
        }
        (InputError::Parse(ParseError::UnknownShorthand), Lang::Id) => {
            "Singkatan yang dikenal: rb (ribu), jt (juta), M (miliar). Contoh: 1,5 jt".into()
        }
        (InputError::Parse(ParseError::UnknownShorthand), Lang::En) => {
            "Known shorthands: k (thousand), m (million), bn (billion). Example: 1.5m".into()
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

/// Why a material line has no cost, said on the line itself (its name is beside it): the units
/// by their codes, the rate by its currencies.
pub fn line_issue(i: &Issue, m: &crate::model::sheet::document::MaterialLine, lang: Lang) -> String {
    let (used, priced) = (m.unit.code(), m.price_unit.code());
    match (i, lang) {
        (Issue::IncompatibleUnits { .. }, Lang::Id) => {
            format!("Dipakai dalam {used}, dihargai per {priced}: tidak bisa diubah satu ke lainnya. Samakan jenis satuannya.")
        }
        (Issue::IncompatibleUnits { .. }, Lang::En) => {
            format!("Used in {used}, priced per {priced}: one cannot be converted to the other. Use units of one kind.")
        }
        (Issue::MissingRate { from, to, .. }, Lang::Id) => format!("Belum ada kurs {from} → {to}."),
        (Issue::MissingRate { from, to, .. }, Lang::En) => format!("No {from} → {to} rate yet."),
        (Issue::NonPositiveRate { base, quote, .. }, Lang::Id) => {
            format!("Kurs {base} → {quote} harus lebih dari nol.")
        }
        (Issue::NonPositiveRate { base, quote, .. }, Lang::En) => {
            format!("The {base} → {quote} rate must be above zero.")
        }
        (_, Lang::Id) => "Angka terlalu besar untuk dihitung.".into(),
        (_, Lang::En) => "Too large to compute.".into(),
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
        (Issue::WorkshopsWithoutPairs { step }, Lang::Id) => {
            format!(
                "Bengkel, {}: isi jumlah pasang tiap bengkel agar tarifnya bisa dirata-rata.",
                making_step(*step).in_lang(lang)
            )
        }
        (Issue::WorkshopsWithoutPairs { step }, Lang::En) => {
            format!(
                "Workshops, {}: enter each workshop's pairs so their rates can be averaged.",
                making_step(*step).in_lang(lang)
            )
        }
        (Issue::OverlappingWork, Lang::Id) => {
            "Bengkel: pasang utuh dibeli, dan ada tahap lain yang juga dibeli, jadi tahap itu terbayar dua kali.".into()
        }
        (Issue::OverlappingWork, Lang::En) => {
            "Workshops: whole pairs are bought while other steps are bought too, so those steps would be paid twice."
                .into()
        }
    }
}

/// The name of a making step.
pub fn making_step(s: crate::model::sheet::document::MakingStep) -> T {
    use crate::model::sheet::document::MakingStep::*;
    match s {
        Cutting => T::StepCutting,
        Closing => T::StepClosing,
        Lasting => T::StepLasting,
        Finishing => T::StepFinishing,
        WholePair => T::StepWholePair,
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

pub fn stage(s: Stage) -> T {
    match s {
        Stage::ExportClearance => T::StExportClearance,
        Stage::InlandHaulage => T::StInlandHaulage,
        Stage::OriginTerminal => T::StOriginTerminal,
        Stage::MainCarriage => T::StMainCarriage,
        Stage::DestinationCharges => T::StDestinationCharges,
        Stage::Unloading => T::StUnloading,
        Stage::ImportClearance => T::StImportClearance,
        Stage::Deal => T::StDeal,
    }
}

/// A destination country's name.
pub fn country(c: crate::model::base::country::Country, lang: Lang) -> &'static str {
    use crate::model::base::country::Country as C;
    match (c, lang) {
        (C::BN, Lang::Id) => "Brunei",
        (C::BN, Lang::En) => "Brunei",
        (C::KH, Lang::Id) => "Kamboja",
        (C::KH, Lang::En) => "Cambodia",
        (C::LA, Lang::Id) => "Laos",
        (C::LA, Lang::En) => "Laos",
        (C::MM, Lang::Id) => "Myanmar",
        (C::MM, Lang::En) => "Myanmar",
        (C::MY, Lang::Id) => "Malaysia",
        (C::MY, Lang::En) => "Malaysia",
        (C::PH, Lang::Id) => "Filipina",
        (C::PH, Lang::En) => "Philippines",
        (C::SG, Lang::Id) => "Singapura",
        (C::SG, Lang::En) => "Singapore",
        (C::TH, Lang::Id) => "Thailand",
        (C::TH, Lang::En) => "Thailand",
        (C::VN, Lang::Id) => "Vietnam",
        (C::VN, Lang::En) => "Vietnam",
        (C::CN, Lang::Id) => "Tiongkok",
        (C::CN, Lang::En) => "China",
        (C::JP, Lang::Id) => "Jepang",
        (C::JP, Lang::En) => "Japan",
        (C::KR, Lang::Id) => "Korea Selatan",
        (C::KR, Lang::En) => "South Korea",
        (C::IN, Lang::Id) => "India",
        (C::IN, Lang::En) => "India",
        (C::AU, Lang::Id) => "Australia",
        (C::AU, Lang::En) => "Australia",
        (C::NZ, Lang::Id) => "Selandia Baru",
        (C::NZ, Lang::En) => "New Zealand",
        (C::AE, Lang::Id) => "Uni Emirat Arab",
        (C::AE, Lang::En) => "United Arab Emirates",
        (C::SA, Lang::Id) => "Arab Saudi",
        (C::SA, Lang::En) => "Saudi Arabia",
        (C::TR, Lang::Id) => "Turki",
        (C::TR, Lang::En) => "Türkiye",
        (C::RU, Lang::Id) => "Rusia",
        (C::RU, Lang::En) => "Russia",
        (C::DE, Lang::Id) => "Jerman",
        (C::DE, Lang::En) => "Germany",
        (C::ES, Lang::Id) => "Spanyol",
        (C::ES, Lang::En) => "Spain",
        (C::FR, Lang::Id) => "Prancis",
        (C::FR, Lang::En) => "France",
        (C::IT, Lang::Id) => "Italia",
        (C::IT, Lang::En) => "Italy",
        (C::NL, Lang::Id) => "Belanda",
        (C::NL, Lang::En) => "Netherlands",
        (C::BE, Lang::Id) => "Belgia",
        (C::BE, Lang::En) => "Belgium",
        (C::US, Lang::Id) => "Amerika Serikat",
        (C::US, Lang::En) => "United States",
        (C::CA, Lang::Id) => "Kanada",
        (C::CA, Lang::En) => "Canada",
        (C::MX, Lang::Id) => "Meksiko",
        (C::MX, Lang::En) => "Mexico",
        (C::BR, Lang::Id) => "Brasil",
        (C::BR, Lang::En) => "Brazil",
        (C::CL, Lang::Id) => "Chili",
        (C::CL, Lang::En) => "Chile",
        (C::CO, Lang::Id) => "Kolombia",
        (C::CO, Lang::En) => "Colombia",
        (C::PE, Lang::Id) => "Peru",
        (C::PE, Lang::En) => "Peru",
        (C::AR, Lang::Id) => "Argentina",
        (C::AR, Lang::En) => "Argentina",
    }
}

/// What a stage is, in one plain sentence, with its trade words explained once (PEB, PPJK, SKA,
/// THC, B/L, CFS).
pub fn stage_help(s: Stage, lang: Lang) -> &'static str {
    match (s, lang) {
        (Stage::ExportClearance, Lang::Id) => "PEB adalah pemberitahuan ekspor ke Bea Cukai, biasanya diurus PPJK (jasa kepabeanan); SKA adalah surat keterangan asal yang membuat bea masuk pembeli lebih rendah.",
        (Stage::ExportClearance, Lang::En) => "The PEB is the export declaration to customs, usually filed by a PPJK (customs broker); the SKA is the certificate of origin that lowers the buyer's duty.",
        (Stage::InlandHaulage, Lang::Id) => "Truk dari bengkel Anda ke pelabuhan, bandara atau gudang (CFS) tempat barang diserahkan.",
        (Stage::InlandHaulage, Lang::En) => "The truck from your workshop to the port, the airport or the warehouse (CFS) where the goods are handed over.",
        (Stage::OriginTerminal, Lang::Id) => "THC adalah biaya penanganan di terminal pelabuhan; B/L adalah tanda terima barang dari pelayaran; CFS adalah gudang tempat kiriman LCL digabung.",
        (Stage::OriginTerminal, Lang::En) => "THC is the port terminal's handling charge; the B/L is the shipping line's receipt for the goods; the CFS is the warehouse where LCL shipments are put together.",
        (Stage::MainCarriage, Lang::Id) => "Ongkos kapal atau pesawat sampai pelabuhan atau bandara tujuan; minta penawarannya ke forwarder.",
        (Stage::MainCarriage, Lang::En) => "The ship's or plane's freight to the destination port or airport; ask a forwarder for a quote.",
        (Stage::DestinationCharges, Lang::Id) => "Biaya terminal dan antar di negara pembeli sampai tempat yang disebut, tanpa bongkar.",
        (Stage::DestinationCharges, Lang::En) => "Terminal and delivery charges in the buyer's country up to the named place, not unloading.",
        (Stage::Unloading, Lang::Id) => "Menurunkan barang di tempat pembeli; penjual menanggungnya hanya pada DPU.",
        (Stage::Unloading, Lang::En) => "Unloading the goods at the buyer's place; the seller pays it only under DPU.",
        (Stage::ImportClearance, Lang::Id) => "Jasa dan biaya kepabeanan impor di negara pembeli; penjual menanggungnya hanya pada DDP.",
        (Stage::ImportClearance, Lang::En) => "Import customs clearance in the buyer's country; the seller pays it only under DDP.",
        (Stage::Deal, Lang::Id) => "Biaya bank, L/C, kurir dokumen atau inspeksi: masuk ke harga pada semua Incoterm.",
        (Stage::Deal, Lang::En) => "Bank, L/C, document courier or inspection fees: in the price under every Incoterm.",
    }
}

pub fn basis(b: Basis) -> T {
    match b {
        Basis::PerShipment => T::BShipment,
        Basis::PerContainer => T::BContainer,
        Basis::PerCarton => T::BCarton,
        Basis::PerCbm => T::BCbm,
        Basis::PerRevenueTon => T::BRevenueTon,
        Basis::PerChargeableKg => T::BChargeableKg,
        Basis::PerGrossKg => T::BGrossKg,
        Basis::PerPair => T::BPair,
    }
}

pub fn mode(m: Mode) -> T {
    match m {
        Mode::SeaFcl => T::ModeFcl,
        Mode::SeaLcl => T::ModeLcl,
        Mode::Air => T::ModeAir,
    }
}

pub fn component(c: Component) -> T {
    match c {
        Component::ExFactory => T::CExFactory,
        Component::Stage(s) => stage(s),
        Component::Insurance => T::CInsurance,
        Component::ImportDuty => T::CDuty,
        Component::ImportTaxes => T::CTaxes,
        Component::ImportFee => T::CImportFee,
        Component::Commission => T::CCommission,
        Component::BankCharges => T::CBank,
    }
}

fn missing(m: Missing, lang: Lang) -> String {
    match m {
        Missing::Stage(s) => stage(s).in_lang(lang).to_string(),
        Missing::InsuranceRate => T::InsuranceRate.in_lang(lang).to_string(),
        Missing::InsuranceRateA => T::InsuranceRateA.in_lang(lang).to_string(),
        Missing::DutyRate => T::DutyPct.in_lang(lang).to_string(),
        Missing::ImportTaxRate => T::ImportTax.in_lang(lang).to_string(),
    }
}

/// Why a term has no price: "missing: origin THC…, insurance premium %".
pub fn term_error(e: &TermError, lang: Lang) -> String {
    match (e, lang) {
        (TermError::Missing(list), _) => {
            let what: Vec<String> = list.iter().map(|m| missing(*m, lang)).collect();
            let head = if lang == Lang::Id { "belum diisi" } else { "missing" };
            format!("{head}: {}", what.join(", "))
        }
        (TermError::SharesTooLarge, Lang::Id) => "komisi + bank + asuransi mencapai 100 % harga".into(),
        (TermError::SharesTooLarge, Lang::En) => "commission + bank + insurance reach 100 % of the price".into(),
        (TermError::Rate(crate::model::base::fx::FxError::MissingRate { from, to }), Lang::Id) => {
            format!("belum ada kurs {from} → {to}")
        }
        (TermError::Rate(crate::model::base::fx::FxError::MissingRate { from, to }), Lang::En) => {
            format!("no {from} → {to} exchange rate")
        }
        (TermError::Rate(crate::model::base::fx::FxError::Overflow), Lang::Id) => "angka kurs terlalu besar".into(),
        (TermError::Rate(crate::model::base::fx::FxError::Overflow), Lang::En) => {
            "the converted figure is too large".into()
        }
        (TermError::Rate(_), Lang::Id) => "kurs penawaran harus lebih dari nol".into(),
        (TermError::Rate(_), Lang::En) => "the quote's exchange rate must be above zero".into(),
        (TermError::TargetUnreached, Lang::Id) => "tidak ada harga pabrik yang tepat mencapai harga target".into(),
        (TermError::TargetUnreached, Lang::En) => "no ex-factory price reaches the target exactly".into(),
        (TermError::Overflow, Lang::Id) => "angka terlalu besar".into(),
        (TermError::Overflow, Lang::En) => "figures too large".into(),
    }
}

pub(crate) fn packing_error(e: PackingError, lang: Lang) -> &'static str {
    match (e, lang) {
        (PackingError::ZeroPairsPerCarton, Lang::Id) => "Isi pasang per karton (lebih dari nol).",
        (PackingError::ZeroPairsPerCarton, Lang::En) => "Enter pairs per carton (above zero).",
        (PackingError::ZeroSize, Lang::Id) => {
            "Ukuran karton, kapasitas kontainer dan pembagi volume harus lebih dari nol."
        }
        (PackingError::ZeroSize, Lang::En) => "Carton size, container capacity and volume divisor must be above zero.",
        (PackingError::Overflow, Lang::Id) => "Angka pengiriman terlalu besar.",
        (PackingError::Overflow, Lang::En) => "Shipment figures are too large.",
    }
}

/// Says what keeps the quote from being complete. `line_name` names an export cost line.
pub fn quote_issue(i: &QuoteIssue, lang: Lang, line_name: &dyn Fn(u32) -> String) -> String {
    let id = lang == Lang::Id;
    match i {
        QuoteIssue::ExamplePacking => {
            if id {
                "Karton dan kontainer masih ukuran contoh dari Tapak. Isi ukuran Anda di Pengiriman, atau tekan “Pakai ukuran ini”.".into()
            } else {
                "The carton and container are still Tapak's sample sizes. Enter yours under Shipping, or press “Keep these sizes”.".into()
            }
        }
        QuoteIssue::ExampleLine { id: line, .. } => {
            let name = line_name(*line);
            if id {
                format!("{name}: masih angka contoh. Ganti dengan penawaran Anda, atau tekan “Pakai angka ini”.")
            } else {
                format!("{name}: still a sample figure. Replace it with your own quote, or press “Keep this figure”.")
            }
        }
        QuoteIssue::CountedAsZero(m) => {
            let what = missing(*m, lang);
            match (m, id) {
                (Missing::Stage(_), true) => format!("{what}: belum ada biaya — dihitung 0, jadi harga ini sementara."),
                (Missing::Stage(_), false) => {
                    format!("{what}: no cost yet — counted as 0, so this price is provisional.")
                }
                (_, true) => format!("{what}: belum diisi — dihitung 0, jadi harga ini sementara."),
                (_, false) => format!("{what}: not entered — counted as 0, so this price is provisional."),
            }
        }
        QuoteIssue::NoOrderQuantity => {
            if id {
                "Isi jumlah pesanan (pasang) di Artikel.".into()
            } else {
                "Enter the order quantity (pairs) under Article.".into()
            }
        }
        QuoteIssue::Packing(e) => packing_error(*e, lang).into(),
        QuoteIssue::ExportLine { id: line, problem, .. } => {
            let name = line_name(*line);
            match (problem, id) {
                (LineProblem::Fx(crate::model::base::fx::FxError::MissingRate { from, to }), true) => {
                    format!("{name}: belum ada kurs {from} → {to}.")
                }
                (LineProblem::Fx(crate::model::base::fx::FxError::MissingRate { from, to }), false) => {
                    format!("{name}: no {from} → {to} exchange rate.")
                }
                (LineProblem::Fx(_), true) => format!("{name}: kurs tidak bisa dipakai."),
                (LineProblem::Fx(_), false) => format!("{name}: the exchange rate cannot be used."),
                (LineProblem::NotForMode { basis: b, mode: m }, true) => format!(
                    "{name}: biaya {} tidak berlaku untuk moda {}.",
                    basis(*b).in_lang(lang),
                    mode(*m).in_lang(lang)
                ),
                (LineProblem::NotForMode { basis: b, mode: m }, false) => {
                    format!("{name}: a cost {} does not apply to {}.", basis(*b).in_lang(lang), mode(*m).in_lang(lang))
                }
                (LineProblem::Overflow, true) => format!("{name}: angka terlalu besar."),
                (LineProblem::Overflow, false) => format!("{name}: figure too large."),
            }
        }
        QuoteIssue::QuoteRate(crate::model::base::fx::FxError::MissingRate { from, to }) => {
            if id {
                format!("Belum ada kurs {from} → {to} untuk penawaran. Tambahkan di Kurs (tab 1).")
            } else {
                format!("No {from} → {to} rate for the quote. Add one under Exchange rates (tab 1).")
            }
        }
        QuoteIssue::FeeRate(crate::model::base::fx::FxError::MissingRate { from, to }) => {
            if id {
                format!("Biaya impor atas nilai: belum ada kurs {from} → {to}.")
            } else {
                format!("Import fee on value: no {from} → {to} exchange rate.")
            }
        }
        QuoteIssue::TargetRate(crate::model::base::fx::FxError::MissingRate { from, to }) => {
            if id {
                format!("Harga target: belum ada kurs {from} → {to}.")
            } else {
                format!("Target price: no {from} → {to} exchange rate.")
            }
        }
        QuoteIssue::TargetRate(_) => {
            if id {
                "Harga target: kursnya harus lebih dari nol.".into()
            } else {
                "Target price: its exchange rate must be above zero.".into()
            }
        }
        QuoteIssue::FeeRate(_) => {
            if id {
                "Biaya impor atas nilai: kursnya harus lebih dari nol.".into()
            } else {
                "Import fee on value: its exchange rate must be above zero.".into()
            }
        }
        QuoteIssue::QuoteRate(_) => {
            if id {
                "Kurs penawaran harus lebih dari nol.".into()
            } else {
                "The quote's exchange rate must be above zero.".into()
            }
        }
        QuoteIssue::Profit(ProfitError::MarginTooHigh) => {
            if id {
                "Margin atas harga harus di bawah 100 %.".into()
            } else {
                "A margin on price must be below 100 %.".into()
            }
        }
        QuoteIssue::Profit(ProfitError::Overflow) => {
            if id {
                "Laba terlalu besar untuk dihitung.".into()
            } else {
                "The profit is too large to compute.".into()
            }
        }
        QuoteIssue::BelowMoq { pairs, moq } => {
            let (pairs, moq) = (count(*pairs, lang), count(*moq, lang));
            if id {
                format!("{pairs} pasang di bawah MOQ {moq} pasang.")
            } else {
                format!("{pairs} pairs is below the MOQ of {moq} pairs.")
            }
        }
        QuoteIssue::AssortmentMismatch { assortment, order } => {
            if id {
                format!("Jumlah pasang per ukuran ({assortment}) tidak sama dengan pesanan ({order}).")
            } else {
                format!("Pairs per size add up to {assortment}, the order is {order}.")
            }
        }
        QuoteIssue::SeaTermByAir { term } => {
            if id {
                format!("{} hanya untuk angkutan laut; untuk udara pakai FCA, CPT atau CIP.", term.code())
            } else {
                format!("{} is for sea transport only; for air use FCA, CPT or CIP.", term.code())
            }
        }
        QuoteIssue::StepTooFine => {
            if id {
                "Langkah harga lebih halus dari satuan terkecil mata uang penawaran; pakai kelipatannya.".into()
            } else {
                "The price step is finer than the quote currency's smallest unit; use a multiple of it.".into()
            }
        }
        QuoteIssue::StepTooLarge => {
            if id {
                "Langkah harga lebih besar dari harga per pasang; pilih langkah yang lebih kecil.".into()
            } else {
                "The price step is larger than the price per pair; choose a smaller step.".into()
            }
        }
        QuoteIssue::BufferTooLarge => {
            if id {
                "Cadangan selisih kurs harus di bawah 100 %.".into()
            } else {
                "The FX buffer must be below 100 %.".into()
            }
        }
        QuoteIssue::CostIncomplete => {
            if id {
                "HPP belum lengkap (lihat tab 1).".into()
            } else {
                "The cost sheet is incomplete (see tab 1).".into()
            }
        }
    }
}

/// What a refused file or link says: a sentence, one line per offending field, and the
/// parser's own text for a "details" toggle (never in the sentence itself).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadMessage {
    pub summary: String,
    pub lines: Vec<String>,
    pub detail: Option<String>,
}

/// `load_error` with the offending fields listed and the parser's text kept apart.
pub fn load_message(e: &LoadError, lang: Lang) -> LoadMessage {
    let id = lang == Lang::Id;
    match e {
        LoadError::Invalid(problems) => LoadMessage {
            summary: if id {
                "Isi file ini melanggar aturan yang juga berlaku saat mengetik; lembar yang terbuka tidak berubah:"
                    .into()
            } else {
                "This file holds values that typing would refuse; the open sheet is unchanged:".into()
            },
            lines: problems.iter().map(|p| problem(p, lang)).collect(),
            detail: None,
        },
        LoadError::Unreadable { path, detail } => LoadMessage {
            summary: load_error(e, lang),
            lines: path.iter().map(|p| path_name(p, lang)).collect(),
            detail: Some(detail.clone()),
        },
        _ => LoadMessage { summary: load_error(e, lang), lines: Vec::new(), detail: None },
    }
}

/// Why a file could not be opened, in one sentence; the sheet on screen is unchanged.
pub fn load_error(e: &LoadError, lang: Lang) -> String {
    match (e, lang) {
        (LoadError::Unreadable { path: Some(p), .. }, Lang::Id) => format!(
            "File ini rusak atau bukan lembar Tapak: nilai di {} tidak terbaca. Lembar yang terbuka tidak berubah.",
            path_name(p, lang)
        ),
        (LoadError::Unreadable { path: Some(p), .. }, Lang::En) => format!(
            "This file is damaged or not a Tapak sheet: the value at {} cannot be read. The open sheet is unchanged.",
            path_name(p, lang)
        ),
        (LoadError::Unreadable { path: None, .. }, Lang::Id) => {
            "File ini rusak atau bukan lembar Tapak. Lembar yang terbuka tidak berubah.".into()
        }
        (LoadError::Unreadable { path: None, .. }, Lang::En) => {
            "This file is damaged or not a Tapak sheet. The open sheet is unchanged.".into()
        }
        (LoadError::Invalid(problems), _) => {
            let lines: Vec<String> = problems.iter().map(|p| problem(p, lang)).collect();
            let head = load_message(e, lang).summary;
            format!("{head} {}", lines.join("; "))
        }
        (LoadError::TooNew { schema }, Lang::Id) => {
            format!("File ini dibuat versi Tapak yang lebih baru (skema {schema}). Perbarui halaman lalu coba lagi.")
        }
        (LoadError::TooNew { schema }, Lang::En) => {
            format!("This file comes from a newer Tapak (schema {schema}). Reload the page and try again.")
        }
        (LoadError::TooLarge { bytes }, Lang::Id) => {
            format!("File terlalu besar ({} KB) untuk lembar Tapak.", bytes / 1024)
        }
        (LoadError::TooLarge { bytes }, Lang::En) => {
            format!("The file is too large ({} KB) for a Tapak sheet.", bytes / 1024)
        }
    }
}

/// Why a link could not be opened, for the editor (the buyer view has its own words).
pub fn link_error(e: &crate::share::link::LinkError, lang: Lang) -> String {
    use crate::share::link::LinkError;
    match (e, lang) {
        (LinkError::Document(d), _) => load_error(d, lang),
        (LinkError::UnknownVersion(v), Lang::Id) => {
            format!("Tautan ini dibuat versi Tapak yang lebih baru (format {v}). Muat ulang halaman.")
        }
        (LinkError::UnknownVersion(v), Lang::En) => {
            format!("This link comes from a newer Tapak (format {v}). Reload the page.")
        }
        (_, Lang::Id) => {
            "Tautan ini rusak atau telah diubah, jadi tidak dibuka. Lembar yang terbuka tidak berubah.".into()
        }
        (_, Lang::En) => {
            "This link is damaged or was changed, so it was not opened. The open sheet is unchanged.".into()
        }
    }
}

/// A field of the document by name, in the UI's words.
pub fn num_name(n: crate::model::rules::Num) -> T {
    use crate::model::rules::Num::*;
    match n {
        OrderPairs => T::OrderPairs,
        NetConsumption => T::NetConsumption,
        WastePct => T::WastePct,
        UnitPrice => T::UnitPrice,
        GradingPct => T::GradingOwn,
        Rate => T::RateValue,
        MonthlyWage => T::MonthlyWage,
        WorkingDays => T::WorkingDays,
        MinutesPerDay => T::MinutesPerDay,
        EfficiencyPct => T::Efficiency,
        StandardMinutes => T::StandardMinutes,
        PieceRate => T::Rate,
        MonthlyOverhead => T::MonthlyOverhead,
        MonthlyOutput => T::MonthlyOutput,
        PercentOfPrime => T::PercentOfPrime,
        OneOffAmount | ExportAmount => T::Amount,
        SizeGradingPct => T::GradingDefault,
        LastAllowanceMm => T::LastAllowance,
        FootMm => T::FootMm,
        SizeQuantity => T::SizePairs,
        PairsPerCarton => T::PairsPerCarton,
        CartonCm => T::CartonSize,
        CartonKg => T::CartonGross,
        ContainerCbm => T::PracticalCbm,
        ContainerKg => T::Payload,
        LclMinimumRt => T::LclMinimum,
        AirDivisor => T::AirDivisor,
        ProfitPct => T::ProfitPct,
        CommissionPct => T::Commission,
        BankPct => T::BankPct,
        InsurancePct => T::InsuranceRate,
        DutyPct => T::DutyPct,
        ImportTaxPct => T::ImportTax,
        FxBufferPct => T::FxBuffer,
        Tier => T::Tiers,
        Moq => T::Moq,
        TargetPrice => T::TargetPrice,
        ValidityDays => T::ValidityDays,
        MinimumCharge => T::MinimumCharge,
        MinPremium => T::MinPremium,
        ImportFeePct => T::ImportFeePct,
        ImportFeeMin => T::ImportFeeMin,
        ImportFeeMax => T::ImportFeeMax,
        InsuranceAPct => T::InsuranceRateA,
        PriceStep => T::PriceStep,
        PreferentialDutyPct => T::PreferentialDuty,
        WorkshopRate => T::Rate,
        WorkshopPairs => T::SizePairs,
        DepositPct | PiDepositPct => T::DepositPct,
        BrokerPrice => T::BrokerPrice,
        BrokerCommissionPct => T::Commission,
        Days => T::DaysField,
        MonthlyRatePct => T::MonthlyRatePct,
    }
}

/// Where a field sits: "Bahan baku, baris 3" / "Materials, row 3".
pub fn at_name(at: crate::model::rules::At, lang: Lang) -> String {
    use crate::model::rules::At;
    let row = |card: T, n: usize| {
        let card = card.in_lang(lang);
        match (n, lang) {
            (0, _) => card.to_string(),
            (n, Lang::Id) => format!("{card}, baris {n}"),
            (n, Lang::En) => format!("{card}, row {n}"),
        }
    };
    match at {
        At::Article => T::Article.in_lang(lang).into(),
        At::Material(n) => row(T::Materials, n),
        At::Rate(n) => row(T::Rates, n),
        At::Labour => T::Labour.in_lang(lang).into(),
        At::Operation(n) => row(T::Operations, n),
        At::PieceRate(n) => row(T::PieceRates, n),
        At::Bought(n) => row(T::Bought, n),
        At::Cash => T::Cash.in_lang(lang).into(),
        At::Broker => T::Broker.in_lang(lang).into(),
        At::Overhead => T::Overhead.in_lang(lang).into(),
        At::OneOff(n) => row(T::OneOff, n),
        At::Sizes => T::Sizes.in_lang(lang).into(),
        At::Size(n) => row(T::Sizes, n),
        At::Shipping => T::Shipping.in_lang(lang).into(),
        At::Container(k) => format!("{} · {}", T::Container.in_lang(lang), k.label()),
        At::ExportCost(n) => row(T::ExportCosts, n),
        At::Terms => T::Terms.in_lang(lang).into(),
        At::Tier(n) => row(T::Tiers, n),
        At::Quote => T::QuoteDetails.in_lang(lang).into(),
        At::Variant(n) => row(T::Colourways, n),
        At::QuoteLine(n) => row(T::QuotationLines, n),
        At::Profile => T::CompanyProfile.in_lang(lang).into(),
    }
}

/// One refused field: "Bahan baku, baris 3 · Kebutuhan bersih: Tidak boleh negatif."
pub fn problem(p: &crate::model::rules::Problem, lang: Lang) -> String {
    use crate::model::rules::{Fault, RuleError};
    let at = at_name(p.at, lang);
    let id = lang == Lang::Id;
    match p.fault {
        Fault::Number(n, e) => {
            let why = match e {
                RuleError::Negative => input_error(InputError::Negative, lang),
                RuleError::NotWhole => input_error(InputError::NotWhole, lang),
                RuleError::AboveMax(m) => input_error(InputError::AboveMax(m), lang),
                RuleError::TooManyDecimals => input_error(InputError::Parse(ParseError::TooManyDigits), lang),
            };
            format!("{at} · {}: {why}", num_name(n).in_lang(lang))
        }
        Fault::Date if id => {
            format!("{at} · {}: tanggal tidak terbaca (tulis 30/11/2026).", T::QuoteDate.in_lang(lang))
        }
        Fault::Date => format!("{at} · {}: the date cannot be read (write 30/11/2026).", T::QuoteDate.in_lang(lang)),
        Fault::RepeatedId(n) if id => format!("Nomor baris {n} dipakai dua kali; file ini diubah di luar Tapak."),
        Fault::RepeatedId(n) => format!("Line number {n} is used twice; the file was edited outside Tapak."),
        Fault::TooManyLines if id => format!("{at}: terlalu banyak baris."),
        Fault::TooManyLines => format!("{at}: too many lines."),
        Fault::Choice if id => format!("{at}: pilihan yang tidak ada di Tapak; file ini diubah di luar Tapak."),
        Fault::Choice => format!("{at}: a choice Tapak does not offer here; the file was edited outside Tapak."),
        Fault::Logo if id => format!("{at} · Logo: harus gambar PNG, JPEG atau WebP, paling besar 75 KB."),
        Fault::Logo => format!("{at} · Logo: it must be a PNG, JPEG or WebP picture of at most 75 KB."),
    }
}

/// A place in a document file (`materials[2].net_consumption`) in the UI's words, when it is
/// one the user can find on screen: "Bahan baku, baris 3 · Kebutuhan bersih".
pub fn path_name(path: &str, lang: Lang) -> String {
    use crate::model::rules::{At, Num};
    let mut parts = path.split('.');
    let head = parts.next().unwrap_or("");
    let (list, index) = match head.split_once('[') {
        Some((l, rest)) => (l, rest.trim_end_matches(']').parse::<usize>().ok().map(|i| i + 1)),
        None => (head, None),
    };
    let rest: Vec<&str> = parts.collect();
    let (at, key) = match (list, index, rest.as_slice()) {
        ("materials", Some(n), [k, ..]) => (At::Material(n), *k),
        ("fx", Some(n), [k, ..]) => (At::Rate(n), *k),
        ("one_off", Some(n), [k, ..]) => (At::OneOff(n), *k),
        ("export_costs", Some(n), [k, ..]) => (At::ExportCost(n), *k),
        ("labour", None, [l, k, ..]) if l.starts_with("operations[") => {
            (At::Operation(l[11..].trim_end_matches(']').parse::<usize>().map_or(0, |i| i + 1)), *k)
        }
        ("labour", None, [l, k, ..]) if l.starts_with("piece_rates[") => {
            (At::PieceRate(l[12..].trim_end_matches(']').parse::<usize>().map_or(0, |i| i + 1)), *k)
        }
        ("labour", None, [l, k, ..]) if l.starts_with("bought[") => {
            (At::Bought(l[7..].trim_end_matches(']').parse::<usize>().map_or(0, |i| i + 1)), *k)
        }
        ("labour", None, [.., k]) => (At::Labour, *k),
        ("overhead", None, [k]) => (At::Overhead, *k),
        ("article", None, [k]) => (At::Article, *k),
        ("sizes", None, [.., k]) => (At::Sizes, *k),
        ("shipping", None, [.., k]) => (At::Shipping, *k),
        ("terms", None, [.., k]) => (At::Terms, *k),
        ("quote", None, [.., k]) => (At::Quote, *k),
        ("cash", None, [.., k]) => (At::Cash, *k),
        ("broker", None, [.., k]) => (At::Broker, *k),
        ("variants", Some(n), [.., k]) => (At::Variant(n), *k),
        ("lines", Some(n), [k, ..]) => (At::QuoteLine(n), *k),
        _ => return path.to_string(),
    };
    let field = match key {
        "net_consumption" => Some(Num::NetConsumption),
        "waste_pct" => Some(Num::WastePct),
        "unit_price" => Some(Num::UnitPrice),
        "rate" if matches!(at, At::Rate(_)) => Some(Num::Rate),
        "rate" if matches!(at, At::Bought(_)) => Some(Num::WorkshopRate),
        "rate" => Some(Num::PieceRate),
        "amount" => Some(Num::OneOffAmount),
        "standard_minutes" => Some(Num::StandardMinutes),
        "monthly_wage" => Some(Num::MonthlyWage),
        "working_days" => Some(Num::WorkingDays),
        "minutes_per_day" => Some(Num::MinutesPerDay),
        "efficiency_pct" => Some(Num::EfficiencyPct),
        "monthly_overhead" => Some(Num::MonthlyOverhead),
        "monthly_output_pairs" => Some(Num::MonthlyOutput),
        "percent_of_prime" => Some(Num::PercentOfPrime),
        "order_pairs" => Some(Num::OrderPairs),
        "pairs" if matches!(at, At::QuoteLine(_)) => Some(Num::OrderPairs),
        "pairs_per_carton" => Some(Num::PairsPerCarton),
        "gross_kg" => Some(Num::CartonKg),
        "validity_days" => Some(Num::ValidityDays),
        "commission_pct" if at == At::Broker => Some(Num::BrokerCommissionPct),
        "commission_pct" => Some(Num::CommissionPct),
        "deposit_pct" => Some(Num::DepositPct),
        "lead_days" | "deposit_day" | "balance_days" | "materials_day" | "workshops_before_shipment" => Some(Num::Days),
        "monthly_rate_pct" => Some(Num::MonthlyRatePct),
        "price" if at == At::Broker => Some(Num::BrokerPrice),
        "pairs" if matches!(at, At::Bought(_)) => Some(Num::WorkshopPairs),
        "duty_pct" => Some(Num::DutyPct),
        "preferential_duty_pct" => Some(Num::PreferentialDutyPct),
        "bank_pct" => Some(Num::BankPct),
        "fx_buffer_pct" => Some(Num::FxBufferPct),
        "pct" if path.contains("profit") => Some(Num::ProfitPct),
        "pct" if path.contains("import_fee") => Some(Num::ImportFeePct),
        "moq" => Some(Num::Moq),
        _ => None,
    };
    match field {
        Some(n) => format!("{} · {}", at_name(at, lang), num_name(n).in_lang(lang)),
        None => format!("{} · {key}", at_name(at, lang)),
    }
}

/// The place an issue sits, named as the sheet names it (the line's own name, else its kind).
pub fn place_name(doc: &crate::model::sheet::document::Document, place: Place, lang: Lang) -> String {
    let named = |name: &str, fallback: T| {
        if name.trim().is_empty() {
            fallback.in_lang(lang).to_string()
        } else {
            name.to_string()
        }
    };
    match place {
        Place::Material(id) => {
            doc.materials.iter().find(|m| m.id == id).map_or_else(String::new, |m| named(&m.name, T::MaterialName))
        }
        Place::OneOff(id) => {
            doc.one_off.iter().find(|c| c.id == id).map_or_else(String::new, |c| named(&c.name, T::OneOff))
        }
        Place::Operation(_) | Place::PieceRate(_) | Place::Wage => T::Labour.in_lang(lang).into(),
        Place::Overhead => T::Overhead.in_lang(lang).into(),
        Place::Article => T::Article.in_lang(lang).into(),
        Place::DisplayCurrency => T::DisplayCurrency.in_lang(lang).into(),
        Place::Totals => T::Total.in_lang(lang).into(),
    }
}

/// An export cost line by its name, else by its stage ("Dokumen ekspor").
pub fn export_line_name(doc: &crate::model::sheet::document::Document, id: u32, lang: Lang) -> String {
    doc.export_costs.iter().find(|c| c.id == id).map_or_else(String::new, |c| {
        if c.name.trim().is_empty() {
            stage(c.stage).in_lang(lang).to_string()
        } else {
            c.name.clone()
        }
    })
}

/// Why a quote may not be sent yet, line by line: every cost left out and what the quoted term
/// lacks. (Fields holding a refused entry are UI state; `ui::shell::readiness` lists them first.)
pub fn not_ready_lines(
    doc: &crate::model::sheet::document::Document,
    q: &crate::model::export::quote::Quote,
    lang: Lang,
) -> Vec<String> {
    let line_name = |id: u32| export_line_name(doc, id, lang);
    let mut out: Vec<String> = Vec::new();
    out.extend(q.cost_issues.iter().map(|i| issue(i, lang, &|pl| place_name(doc, pl, lang))));
    out.extend(
        q.blockers()
            .iter()
            .filter(|i| !matches!(i, QuoteIssue::CostIncomplete))
            .map(|i| quote_issue(i, lang, &line_name)),
    );
    if out.is_empty() && !q.is_ready() {
        if let Some(t) = q.tiers.iter().find(|t| t.unit_price.is_none()) {
            out.push(match (&t.price, lang) {
                (Some(Err(e)), _) => {
                    format!("{} {}: {}", count(t.pairs, lang), T::Pairs.in_lang(lang), term_error(e, lang))
                }
                (_, Lang::Id) => format!("{} pasang belum ada harganya.", count(t.pairs, lang)),
                (_, Lang::En) => format!("{} pairs have no price yet.", count(t.pairs, lang)),
            });
        } else if q.tiers.is_empty() {
            out.push(quote_issue(&QuoteIssue::NoOrderQuantity, lang, &line_name));
        }
    }
    out
}
