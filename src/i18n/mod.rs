//! Every word the UI shows, in Bahasa Indonesia (first) and English.
//!
//! Static `match` tables: no runtime catalogue, nothing to download, and a missing translation is
//! a compile error. Core errors are data (`Issue`, `InputError`); this module words them.

mod messages;

pub use messages::*;

use crate::format::NumberStyle;

/// The UI language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    /// The BCP 47 tag, for `<html lang>` and storage.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag.get(..2)?.to_ascii_lowercase().as_str() {
            "id" | "in" | "ms" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// How this language writes numbers.
    pub fn number_style(self) -> NumberStyle {
        match self {
            Lang::Id => NumberStyle::Indonesian,
            Lang::En => NumberStyle::English,
        }
    }
}

macro_rules! texts {
    ($( $key:ident => $id:expr, $en:expr; )*) => {
        /// A fixed piece of UI text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum T { $( $key, )* }

        impl T {
            pub fn in_lang(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $( (T::$key, Lang::Id) => $id, (T::$key, Lang::En) => $en, )*
                }
            }
        }
    };
}

texts! {
    AppTagline => "Kalkulator HPP dan penawaran ekspor alas kaki", "Footwear costing and export quotes";
    Language => "Bahasa", "Language";
    NewSheet => "Lembar baru", "New sheet";
    LoadExample => "Buka contoh", "Open example";
    ConfirmReplace => "Ganti lembar ini? Isian yang sekarang akan hilang.", "Replace this sheet? What is on it now will be lost.";
    Illustrative => "Angka contoh bersifat ilustrasi.", "Example figures are illustrative.";

    Article => "Artikel", "Article";
    ArticleName => "Nama artikel", "Article name";
    ArticleCode => "Kode artikel", "Article code";
    HsCode => "Kode HS", "HS code";
    CostingCurrency => "Mata uang biaya", "Costing currency";
    OrderPairs => "Jumlah pesanan (pasang)", "Order quantity (pairs)";
    DisplayCurrency => "Tampilkan juga dalam", "Also show in";

    Rates => "Kurs", "Exchange rates";
    RatesHelp => "Harga bahan dalam mata uang asing dikonversi dengan kurs ini. Contoh: 1 USD = 16.244 IDR.", "Foreign material prices are converted with these rates. Example: 1 USD = 16,244 IDR.";
    AddRate => "Tambah kurs", "Add rate";
    RateBase => "Dari (1 unit)", "From (1 unit)";
    RateValue => "Kurs", "Rate";
    RateQuote => "Ke", "To";
    RateDate => "Tanggal", "Date";
    RateSource => "Sumber", "Source";
    NoRates => "Belum ada kurs. Semua harga dalam mata uang biaya.", "No rates yet. All prices are in the costing currency.";

    Materials => "Bahan baku", "Materials";
    MaterialsHelp => "Biaya baris = kebutuhan bersih × (1 + susut %) × harga satuan × kurs.", "Line cost = net consumption × (1 + waste %) × unit price × rate.";
    SecUpper => "Atasan (upper)", "Upper";
    SecLining => "Lapisan (lining)", "Lining";
    SecReinforcement => "Penguat (toe puff, counter)", "Reinforcements";
    SecBottom => "Bagian bawah (sol, insole)", "Bottom (sole, insole)";
    SecAccessories => "Aksesori", "Accessories";
    SecPackaging => "Kemasan", "Packaging";
    AddMaterial => "Tambah bahan", "Add material";
    MaterialName => "Nama bahan", "Material";
    NetConsumption => "Kebutuhan bersih/pasang", "Net consumption/pair";
    Unit => "Satuan", "Unit";
    WastePct => "Susut %", "Waste %";
    UnitPrice => "Harga satuan", "Unit price";
    PricePer => "Harga per", "Price per";
    Currency => "Mata uang", "Currency";
    CostPerPair => "Biaya/pasang", "Cost/pair";
    Subtotal => "Subtotal", "Subtotal";
    MoveUp => "Naikkan", "Move up";
    MoveDown => "Turunkan", "Move down";
    Duplicate => "Gandakan", "Duplicate";
    Remove => "Hapus", "Remove";
    Gross => "Kotor", "Gross";
    Lines => "baris", "lines";

    Labour => "Tenaga kerja langsung", "Direct labour";
    LabourByOperation => "Per operasi (menit standar × biaya per menit)", "By operation (standard minutes × cost per minute)";
    LabourByPiece => "Borongan (per pasang, lusin atau kodi)", "Piece rate (per pair, dozen or kodi)";
    MonthlyWage => "Upah bulanan per operator", "Monthly wage per operator";
    WorkingDays => "Hari kerja/bulan", "Working days/month";
    MinutesPerDay => "Menit kerja/hari", "Working minutes/day";
    Efficiency => "Efisiensi %", "Efficiency %";
    CostPerMinute => "Biaya per menit", "Cost per minute";
    CostPerMinuteFormula => "upah ÷ (hari × menit × efisiensi)", "wage ÷ (days × minutes × efficiency)";
    Operations => "Operasi", "Operations";
    OperationName => "Operasi", "Operation";
    StandardMinutes => "Menit standar", "Standard minutes";
    AddOperation => "Tambah operasi", "Add operation";
    TotalMinutes => "Total menit standar", "Total standard minutes";
    PieceRates => "Tarif borongan", "Piece rates";
    Stage => "Tahap", "Stage";
    Rate => "Tarif", "Rate";
    Per => "Per", "Per";
    PerPair => "pasang", "pair";
    PerDozen => "lusin (12)", "dozen (12)";
    PerKodi => "kodi (20)", "kodi (20)";
    AddPieceRate => "Tambah tarif", "Add rate";
    NotCounted => "Tidak dihitung: metode lain dipilih.", "Not counted: the other method is selected.";

    Overhead => "Overhead pabrik (BOP)", "Factory overhead";
    OverheadPerMonth => "Overhead bulanan ÷ produksi bulanan", "Monthly overhead ÷ monthly output";
    OverheadPercent => "% dari biaya utama (bahan + tenaga kerja)", "% of prime cost (materials + labour)";
    MonthlyOverhead => "Overhead per bulan", "Overhead per month";
    MonthlyOutput => "Produksi per bulan (pasang)", "Output per month (pairs)";
    PercentOfPrime => "% dari biaya utama", "% of prime cost";
    PrimeCost => "Biaya utama/pasang", "Prime cost/pair";

    OneOff => "Biaya sekali untuk pesanan ini", "One-off costs of this order";
    OneOffHelp => "Acuan, cetakan sol, sampel, uji SNI atau lab: dibagi rata ke jumlah pesanan.", "Lasts, sole moulds, samples, SNI or lab tests: spread over the order quantity.";
    OneOffName => "Keterangan", "Description";
    Amount => "Jumlah", "Amount";
    AddOneOff => "Tambah biaya", "Add cost";
    OneOffTotal => "Total biaya sekali", "One-off total";

    Summary => "Ringkasan HPP", "Cost summary";
    HppPerPair => "HPP per pasang", "Cost per pair (HPP)";
    Category => "Komponen", "Component";
    PerPairCol => "Per pasang", "Per pair";
    PerOrderCol => "Pesanan", "Order";
    ShareCol => "Porsi", "Share";
    CatMaterials => "Bahan baku", "Materials";
    CatLabour => "Tenaga kerja", "Labour";
    CatOverhead => "Overhead", "Overhead";
    CatOneOff => "Biaya sekali (dibagi)", "One-off (spread)";
    Total => "Total", "Total";
    BySection => "Bahan per bagian", "Materials by section";
    Incomplete => "Belum lengkap", "Incomplete";
    IncompleteHelp => "Angka di atas belum memuat:", "The figures above leave out:";
    Pairs => "pasang", "pairs";
    KeptLastValid => "Angka terakhir yang valid tetap dipakai sampai isian diperbaiki.", "The last valid value is used until the entry is fixed.";
    Actions => "Aksi", "Actions";
    HeadNet => "Bersih/psg", "Net/pair";
    HeadWaste => "Susut", "Waste";
    HeadPrice => "Harga", "Price";
}
