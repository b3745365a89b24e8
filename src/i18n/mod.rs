//! Every word the UI shows, in Bahasa Indonesia (first) and English.
//!
//! Static `match` tables: no runtime catalogue, nothing to download, and a missing translation is
//! a compile error. Core errors are data (`Issue`, `InputError`); this module words them.

pub mod buyer;
mod messages;
pub mod notes;
pub mod outline;
pub mod quotation;
pub mod store;
pub mod trail;

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
    ($name:ident, $table:ident; $( $key:ident => $id:expr, $en:expr; )*) => {
        /// A fixed piece of UI text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $( $key, )* }

        /// Every text in both languages, in the order of the enum (a table, not a `match`: the
        /// match compiled to about 12 KB of wasm code; the table is data).
        const $table: &[[&str; 2]] = &[ $( [$id, $en], )* ];

        impl $name {
            pub fn in_lang(self, lang: Lang) -> &'static str {
                let pair = $table.get(self as usize).copied().unwrap_or(["", ""]);
                match lang {
                    Lang::Id => pair[0],
                    Lang::En => pair[1],
                }
            }
        }
    };
}

// The coaches' words (the terms side by side, markup and margin, the exercise, the handout), in
// a table of their own that travels with the workshop's chunk (after the macro, which it uses).
pub mod coach;

// The cost sheet's texts (and those shared with the parts) are `T`; the texts only the parts
// use are `P`, at the end of this file. Each table is data, and wasm-split moves data that only
// a chunk's code reads into that chunk, so `P`'s table is not part of the editor's first load.
texts! {
    T, TEXTS;
    AppTagline => "Kalkulator HPP dan penawaran ekspor alas kaki", "Footwear costing and export quotes";
    Language => "Bahasa", "Language";
    NewSheet => "Lembar baru", "New sheet";
    LoadExample => "Buka contoh", "Open example";
    Illustrative => "Angka contoh bersifat ilustrasi.", "Example figures are illustrative.";

    Article => "Artikel", "Article";
    ArticleName => "Nama artikel", "Article name";
    ArticleCode => "Kode artikel", "Article code";
    HsCode => "Kode HS", "HS code";
    CostingCurrency => "Mata uang biaya", "Costing currency";
    OrderPairs => "Jumlah pesanan (pasang)", "Order quantity (pairs)";
    DisplayCurrency => "Tampilkan juga dalam", "Also show in";

    Rates => "Kurs", "Exchange rates";
    RateValue => "Kurs", "Rate";

    Materials => "Bahan baku", "Materials";
    SecUpper => "Atasan (upper)", "Upper";
    SecLining => "Lapisan (lining)", "Lining";
    SecReinforcement => "Penguat (toe puff, counter)", "Reinforcements";
    SecBottom => "Bagian bawah (sol, insole)", "Bottom (sole, insole)";
    SecAccessories => "Aksesori", "Accessories";
    SecPackaging => "Kemasan", "Packaging";
    MaterialName => "Nama bahan", "Material";
    NetConsumption => "Kebutuhan bersih/pasang", "Net consumption/pair";
    WastePct => "Susut %", "Waste %";
    UnitPrice => "Harga satuan", "Unit price";
    Currency => "Mata uang", "Currency";
    CostPerPair => "Biaya/pasang", "Cost/pair";
    MoveUp => "Naikkan", "Move up";
    MoveDown => "Turunkan", "Move down";
    Duplicate => "Gandakan", "Duplicate";
    Remove => "Hapus", "Remove";
    Lines => "baris", "lines";

    Labour => "Tenaga kerja langsung", "Direct labour";
    MonthlyWage => "Upah bulanan per operator", "Monthly wage per operator";
    WorkingDays => "Hari kerja/bulan", "Working days/month";
    MinutesPerDay => "Menit kerja/hari", "Working minutes/day";
    Efficiency => "Efisiensi %", "Efficiency %";
    CostPerMinute => "Biaya per menit", "Cost per minute";
    Operations => "Operasi", "Operations";
    StandardMinutes => "Menit standar", "Standard minutes";
    PieceRates => "Tarif borongan", "Piece rates";
    Rate => "Tarif", "Rate";
    PerPair => "pasang", "pair";
    PerDozen => "lusin (12 pasang)", "dozen (12 pairs)";
    PerKodi => "kodi (20 pasang)", "kodi (20 pairs)";

    Overhead => "Overhead pabrik (BOP)", "Factory overhead";
    MonthlyOverhead => "Overhead per bulan", "Overhead per month";
    MonthlyOutput => "Produksi per bulan (pasang)", "Output per month (pairs)";
    PercentOfPrime => "% dari biaya utama", "% of prime cost";
    PrimeCost => "Biaya utama/pasang", "Prime cost/pair";

    OneOff => "Biaya sekali untuk pesanan ini", "One-off costs of this order";
    Amount => "Jumlah", "Amount";

    Summary => "Ringkasan HPP", "Cost summary";
    HppPerPair => "HPP per pasang", "Cost per pair (HPP)";
    Category => "Komponen", "Component";
    PerPairCol => "Per pasang", "Per pair";
    PerOrderCol => "Pesanan", "Order";
    ShareCol => "Porsi", "Share";
    CatMaterials => "Bahan baku", "Materials";
    Cash => "Arus kas pesanan", "The order's cash";
    Broker => "Langsung atau lewat broker", "Direct or through a broker";
    Colourways => "Varian warna", "Colourways";
    QuotationLines => "Artikel penawaran", "Quotation's articles";
    CompanyProfile => "Profil perusahaan", "Company profile";
    BrokerPrice => "Harga dari broker per pasang", "The broker's price per pair";
    DepositPct => "Uang muka (DP, %)", "Deposit (%)";
    DaysField => "Jumlah hari", "Days";
    MonthlyRatePct => "Bunga pinjaman per bulan (%)", "Loan interest per month (%)";
    StepCutting => "Potong", "Cutting";
    StepClosing => "Jahit atasan", "Sewing uppers";
    StepLasting => "Lasting dan pasang sol", "Lasting and soling";
    StepFinishing => "Finishing dan kemas", "Finishing and packing";
    StepWholePair => "Pasang utuh", "Whole pair";
    Bought => "Dikerjakan bengkel (borongan luar)", "Bought from workshops";
    CatLabour => "Tenaga kerja", "Labour";
    CatOverhead => "Overhead", "Overhead";
    CatOneOff => "Biaya sekali (dibagi)", "One-off (spread)";
    Total => "Total", "Total";
    BySection => "Bahan per bagian", "Materials by section";
    Incomplete => "Belum lengkap", "Incomplete";
    BarRefused => "isian ditolak · angka memakai nilai sebelumnya", "refused · figures use the previous value";
    IncompleteHelp => "Angka di atas belum memuat:", "The figures above leave out:";
    Pairs => "pasang", "pairs";
    KeptLastValid => "Angka terakhir yang valid tetap dipakai sampai isian diperbaiki.", "The last valid value is used until the entry is fixed.";
    Actions => "Aksi", "Actions";
    TabCosting => "1 · Biaya (HPP)", "1 · Cost (HPP)";
    TabExport => "2 · Ekspor & harga", "2 · Export & price";
    TabQuote => "3 · Penawaran", "3 · Quotation";
    Views => "Bagian aplikasi", "App sections";
    SaveFile => "Simpan file", "Save file";
    OpenFile => "Buka file", "Open file";

    Sizes => "Ukuran & assortment", "Sizes & assortment";
    FootMm => "Panjang kaki (mm)", "Foot length (mm)";
    SizePairs => "Pasang", "Pairs";
    GradingDefault => "Pertambahan bahan per ukuran %", "Material growth per size %";
    LastAllowance => "Kelonggaran acuan (mm)", "Last allowance (mm)";
    GradingOwn => "Pertambahan/ukuran % (kosong = bawaan)", "Growth per size % (empty = default)";

    Shipping => "Kemasan & pengiriman", "Packing & shipping";
    PairsPerCarton => "Pasang per karton", "Pairs per carton";
    CartonGross => "Berat kotor/karton (kg)", "Gross kg per carton";
    ModeFcl => "Laut, kontainer penuh (FCL)", "Sea, full container (FCL)";
    ModeLcl => "Laut, LCL (per m³ atau per ton, mana yang lebih besar)", "Sea, LCL (per m³ or per tonne, whichever is more)";
    ModeAir => "Udara", "Air";
    Container => "Kontainer", "Container";
    PracticalCbm => "Muatan praktis (m³)", "Practical load (m³)";
    Payload => "Muatan maks (kg)", "Max payload (kg)";
    LclMinimum => "Minimum LCL (RT)", "LCL minimum (RT)";
    AirDivisor => "Pembagi volume (cm³/kg)", "Volume divisor (cm³/kg)";

    ExportCosts => "Biaya ekspor (rantai Incoterms)", "Export costs (Incoterms chain)";
    StExportClearance => "Dokumen ekspor (PEB, PPJK, SKA/COO)", "Export clearance (PEB, broker, COO)";
    StInlandHaulage => "Angkutan darat ke pelabuhan", "Inland haulage to port";
    StOriginTerminal => "THC asal, muat, B/L & dokumen", "Origin THC, loading, B/L & documents";
    StMainCarriage => "Ongkos angkut utama (laut/udara)", "Main carriage (sea/air freight)";
    StDestinationCharges => "Biaya di tujuan (tanpa bongkar)", "Destination charges (excl. unloading)";
    StUnloading => "Bongkar di tujuan", "Unloading at destination";
    StImportClearance => "Kepabeanan impor", "Import clearance";
    StDeal => "Biaya transaksi, di semua Incoterm (bank/L/C, kurir dokumen, inspeksi)", "Deal costs, under every Incoterm (bank/L/C fees, document courier, inspection)";
    BShipment => "per pengiriman", "per shipment";
    BContainer => "per kontainer", "per container";
    BCarton => "per karton", "per carton";
    BCbm => "per m³", "per m³";
    BRevenueTon => "per ton muatan (m³ atau ton, mana yang lebih besar)", "per revenue ton (W/M: m³ or tonne, whichever is more)";
    BChargeableKg => "per kg terhitung (udara)", "per chargeable kg (air)";
    BGrossKg => "per kg kotor", "per gross kg";
    BPair => "per pasang", "per pair";

    Terms => "Harga & syarat", "Price & terms";
    ProfitPct => "Laba %", "Profit %";
    Commission => "Komisi broker/agen (%)", "Broker/agent commission (%)";
    BankPct => "Biaya bank/L/C (% invoice)", "Bank/L/C charges (% of invoice)";
    InsuranceRate => "Premi ICC (C) % untuk CIF (cover 110 %)", "ICC (C) premium % for CIF (110 % cover)";
    InsuranceRateA => "Premi ICC (A) % untuk CIP (cover 110 %)", "ICC (A) premium % for CIP (110 % cover)";
    MinPremium => "Premi minimum per kiriman", "Minimum premium per shipment";
    ImportFeePct => "Biaya impor atas nilai % (mis. MPF AS)", "Import fee on value % (e.g. US MPF)";
    ImportFeeMin => "Biaya impor minimum", "Import fee minimum";
    ImportFeeMax => "Biaya impor maksimum", "Import fee maximum";
    MinimumCharge => "Tarif minimum", "Minimum charge";
    CartonSize => "Ukuran karton (cm)", "Carton size (cm)";
    DutyPct => "Bea masuk % (untuk DDP)", "Import duty % (for DDP)";
    ImportTax => "Pajak impor % (PPN/GST, untuk DDP)", "Import VAT/GST % (for DDP)";
    FxBuffer => "Cadangan selisih kurs %", "FX safety buffer %";
    PriceStep => "Langkah harga", "Price step";
    Tiers => "Jumlah pesanan lain (pasang)", "Other order quantities (pairs)";
    Moq => "MOQ (pasang)", "MOQ (pairs)";
    TargetPrice => "Harga target pembeli / pasang", "Buyer's target price / pair";

    ExportPrice => "Harga ekspor", "Export price";
    OrderTotal => "Total pesanan", "Order total";
    ExactTotal => "Total sebelum pembulatan", "Total before rounding";
    RoundingDiff => "Selisih karena pembulatan", "Difference from rounding";
    BuildUp => "Susunan harga per pasang", "Price build-up per pair";
    CExFactory => "Harga pabrik (HPP + laba)", "Ex-factory (cost + profit)";
    CInsurance => "Asuransi", "Insurance";
    CDuty => "Bea masuk", "Import duty";
    CTaxes => "Pajak impor", "Import taxes";
    CImportFee => "Biaya impor atas nilai", "Import fee on value";
    CCommission => "Komisi", "Commission";
    PreferentialDuty => "Bea masuk preferensi, dengan SKA (%)", "Preferential duty with a certificate of origin (%)";
    CBank => "Biaya bank", "Bank charges";
    AllTerms => "Semua Incoterms (jumlah pertama)", "All Incoterms (first quantity)";
    BelowMoq => "di bawah MOQ", "below MOQ";
    RateUsed => "Kurs", "Rate";
    Buffer => "cadangan selisih kurs", "FX buffer";

    QuoteDetails => "Data penawaran", "Quotation details";
    QuoteDate => "Tanggal", "Date";
    ValidityDays => "Masa berlaku (hari)", "Validity (days)";
    UnitPriceCol => "Harga/pasang", "Unit price/pair";
    // A break opportunity after the slash: the column is narrow.
    IncomingWorksheet => "Tautan ini membawa lembar kerja", "This link carries the worksheet";
    OpenIncoming => "Buka sebagai lembar baru", "Open it as a new sheet";
    Dismiss => "Abaikan", "Dismiss";
    Loading => "Memuat…", "Loading…";
    NextStep => "Langkah berikutnya", "Next step";
    SeeSummary => "lihat ringkasan lengkap", "see the full summary";
    SameAsInLibrary => "Isi berkas ini sama dengan lembar di pustaka", "This file holds the same sheet as the library's";
    AddSecondCopy => "Tambahkan sebagai salinan kedua? (Batal: buka yang sudah ada.)", "Add it as a second copy? (Cancel opens the one already there.)";
    PartFailed => "Bagian ini belum bisa dimuat. Periksa sambungan internet, lalu coba lagi. Lembar dan angkanya tetap aman.", "This part could not be loaded. Check the internet connection and try again. The sheet and its figures are safe.";
    TryAgain => "Coba lagi", "Try again";
    Library => "Pustaka lembar", "Library";
    Close => "Tutup", "Close";
    CopySuffix => "(salinan)", "(copy)";
    ConfirmOverwrite => "Sudah ada lembar dengan nomor yang sama. OK = ganti lembar itu, Batal = simpan keduanya:", "A sheet with the same id exists. OK = replace it, Cancel = keep both:";
    // Workshop: formula trail, what-if, charts, projector, guide.
    TabWorkshop => "4 · Lokakarya", "4 · Workshop";
    ShowFormula => "Lihat rumus", "Show formula";
    Trail => "Jejak rumus", "Formula trail";
    TrailHelp => "Setiap angka dihitung dari angka di lembar ini. Ketuk angka di dalam rumus untuk melihat asalnya.", "Every figure is computed from the figures on this sheet. Tap a figure inside a formula to see where it comes from.";
    TrailMadeOf => "Terdiri dari", "Made of";
    TrailUsedIn => "Dipakai untuk", "Used in";
    TrailBack => "Kembali", "Back";
    TrailRounded => "Angka ditampilkan dibulatkan; perhitungan memakai presisi penuh.", "Figures are shown rounded; the calculation keeps full precision.";
    TrailNone => "Angka ini belum bisa dihitung; lengkapi lembar dulu.", "This figure cannot be computed yet; complete the sheet first.";
    UPerContainer => "/kontainer", "/container";
    CeilOf => "dibulatkan ke atas", "rounded up";
    ApplyToSheet => "Terapkan ke lembar", "Apply to the sheet";
    ChartTable => "Tabel data grafik", "Chart data table";
    AllSteps => "Semua langkah", "All steps";
    TechDetails => "Rincian teknis", "Technical details";
    NotReady => "Belum siap dikirim", "Not ready to send";
    GradingRow => "Gradasi ukuran (rata-rata pesanan)", "Size grading (order average)";
    NotForAir => "bukan untuk kiriman udara (pakai FCA, CPT atau CIP)", "not for air shipments (use FCA, CPT or CIP)";
    PickDate => "pilih di kalender", "pick from the calendar";
    DatePattern => "hh/bb/tttt", "dd/mm/yyyy";
    DateRefused => "Tanggal tidak terbaca. Tulis hari/bulan/tahun, misalnya 30/11/2026.", "This date cannot be read. Write day/month/year, e.g. 30/11/2026.";
    FieldRefused => "isian ditolak; angka memakai nilai sah terakhir", "entry refused; figures use the last accepted value";
    // The library in browser storage: set-aside sheets, another tab's change.
    UntitledSheet => "Lembar tanpa nama", "Untitled sheet";
    ConfirmRemoveAside => "Hapus lembar yang disisihkan ini untuk selamanya? Unduh dulu bila ragu.", "Remove this set-aside sheet for good? Download it first if in doubt.";
}

// Texts only the parts use (export, quotation, workshop, library, notices: `ui::shell::lazy`), in
// their own table, which travels in the parts' chunks rather than in the first module.
texts! {
    P, PART_TEXTS;
    DiscardEntry => "Buang isian ini", "Drop this entry";
    Prev => "Sebelumnya", "Previous";
    Next => "Berikutnya", "Next";
    StepOf => "Langkah", "Step";
    Guide => "Panduan pertama", "First-time guide";
    GuideSkip => "Lewati panduan", "Skip the guide";
    GuideDone => "Selesai", "Done";
    GuideArticle => "Artikel: nama, kode, HS, mata uang biaya dan jumlah pesanan.", "Article: name, code, HS code, costing currency and order quantity.";
    GuideRates => "Kurs: satu kurs untuk setiap mata uang yang dipakai (mis. USD → IDR, dari JISDOR). Tanpa kurs, harga dalam USD belum bisa dihitung.", "Exchange rates: one rate for each currency the sheet uses (e.g. USD → IDR, from JISDOR). Without one, a USD price cannot be worked out.";
    GuideMaterials => "Bahan: setiap bahan dengan pemakaian bersih, susut dan harga (mata uang apa saja).", "Materials: each material with net consumption, waste and price (any currency).";
    GuideLabour => "Tenaga kerja: menit standar per operasi dengan upah bulanan, atau upah borongan.", "Labour: standard minutes per operation with the monthly wage, or piece rates.";
    GuideOverhead => "Overhead dan biaya sekali (cetakan, sampel, SNI) yang dibagi ke pesanan.", "Overhead, and one-off costs (moulds, samples, SNI) spread over the order.";
    GuideExport => "Ekspor: laba, ukuran, karton, ongkos ekspor dan Incoterm.", "Export: profit, sizes, cartons, export costs and the Incoterm.";
    GuideQuote => "Penawaran: data pembeli, cetak A4 dan tautan untuk pembeli.", "Quotation: buyer details, A4 print and the buyer link.";
    NotReadyHelp => "Tautan, kode QR dan cetakan menunggu sampai ini dibereskan:", "The link, QR code and print wait until this is fixed:";
    RenewAndSend => "Perbarui tanggal ke hari ini, lalu kirim", "Renew the date to today, then send";
    SendAsIs => "Kirim apa adanya", "Send it as it is";
    CancelSend => "Batal", "Cancel";
    PpnNote => "Ekspor dikenai PPN 0 %: harga ekspor tidak ditambah PPN. PPN yang dibayar atas bahan dapat dikreditkan atau diminta kembali (restitusi).", "Exports carry 0 % VAT (PPN): no VAT is added to an export price. The VAT paid on materials can be credited or reclaimed.";
    CountedAsZero => "belum diisi, dihitung 0", "not entered, counted as 0";
    SampleLines => "Baris contoh:", "Sample lines:";
    Truck => "Truk", "Truck";
    ExampleFigure => "angka contoh", "sample figure";
    KeepFigure => "Pakai angka ini", "Keep this figure";
    DestinationCountry => "Negara pembeli", "Buyer's country";
    ExampleSizes => "ukuran contoh", "sample sizes";
    ExampleSizesHelp => "Karton 60×40×35 cm, 9 kg, dan kontainer 20' ini contoh dari Tapak. Ganti dengan ukuran karton Anda, atau pakai apa adanya.", "This 60×40×35 cm, 9 kg carton and the 20' container are Tapak's examples. Enter your carton's sizes, or keep them as they are.";
    KeepSizes => "Pakai ukuran ini", "Keep these sizes";
    AddPaperwork => "Dokumen ekspor Indonesia (PEB lewat PPJK, SKA/COO): tambahkan baris contoh", "Indonesian export papers (PEB through a broker, SKA/COO): add sample lines";
    SendLink => "Kirim…", "Send…";
    RenewDate => "Perbarui tanggal ke hari ini", "Renew the date to today";
    StepNone => "sen/rupiah terkecil", "smallest unit";
    StepDirection => "Arah langkah harga", "Price step direction";
    StepNearest => "ke terdekat", "to the nearest";
    StepUpward => "ke atas", "up";
    UsualSteps => "Langkah umum", "Usual steps";
    MoreSettings => "Lainnya", "More";
    StepAdded => "Tambahan dari langkah harga", "Added by the price step";
    FileOpened => "File dibuka.", "File opened.";
    SizesHelp => "Patokannya panjang kaki (mm). Label EU/UK/US/KR dihitung darinya dan bersifat perkiraan (≈). Kebutuhan bahan diisi untuk ukuran dasar.", "The truth is the foot length (mm). EU/UK/US/KR labels are computed from it and approximate (≈). Consumption is entered for the base size.";
    SizeLabel => "Ukuran (label pabrik)", "Size (maker's label)";
    SizeRatio => "Psg/karton", "Pairs/carton";
    Assortment => "Assortment", "Assortment";
    BaseSize => "Dasar", "Base";
    AssortPairs => "Jumlah pasang per ukuran", "Pairs per size";
    AssortRatio => "Rasio per karton (assort padat)", "Ratio per carton (solid assortment)";
    AddSize => "Tambah ukuran", "Add size";
    ApproxLabels => "Label ≈", "Labels ≈";
    UsMen => "US pria", "US men";
    UsWomen => "US wanita", "US women";
    AverageNote => "HPP = rata-rata tertimbang semua ukuran.", "HPP = weighted average over all sizes.";
    CartonLength => "Panjang karton (cm)", "Carton length (cm)";
    CartonWidth => "Lebar (cm)", "Width (cm)";
    CartonHeight => "Tinggi (cm)", "Height (cm)";
    Mode => "Moda angkut", "Transport mode";
    Cartons => "Karton", "Cartons";
    Volume => "Volume", "Volume";
    GrossWeight => "Berat kotor", "Gross weight";
    Containers => "Jumlah kontainer", "Containers";
    Fill => "Terisi", "Fill";
    URevenueTons => "ton muatan", "RT";
    RevenueTons => "Ton muatan (m³ atau ton, mana yang lebih besar)", "Revenue tons (W/M: m³ or tonne, whichever is more)";
    Chargeable => "Berat terhitung", "Chargeable weight";
    ForOrder => "Untuk pesanan", "For the order";
    ExportCostsHelp => "Setiap biaya masuk ke tahap tempat ia terjadi. Incoterm yang dipilih menentukan tahap mana yang ditanggung penjual. Isi 0 jika memang tidak ada biaya; tahap tanpa baris dianggap belum diisi.", "Each cost goes in the stage where it falls. The chosen Incoterm decides which stages the seller pays. Enter 0 where there really is no cost; a stage with no line counts as not entered.";
    BasisCol => "Dasar biaya", "Charged";
    AddExportCost => "Tambah biaya", "Add cost";
    PerShipment => "Per pengiriman", "Per shipment";
    CostName => "Keterangan", "Description";
    ProfitMarkup => "Markup atas biaya: harga = biaya × (1 + m)", "Markup on cost: price = cost × (1 + m)";
    ProfitMargin => "Margin atas harga: harga = biaya ÷ (1 − g)", "Margin on price: price = cost ÷ (1 − g)";
    ProfitWhere => "Laba dihitung dari HPP; biaya ekspor diteruskan sesuai biaya; biaya bank adalah persen dari harga jual, komisi persen dari harga jual atau dari nilai FOB.", "Profit is taken on the cost of production; export costs pass through at cost; bank charges are a share of the selling price, commission a share of the selling price or of the FOB value.";
    OldDate => "Tanggal dari file lama, tidak terbaca", "Date from an older file, unreadable";
    CustomsBasis => "Nilai pabean bea masuk", "Customs value for duty";
    CustomsCif => "CIF (Korea, UE, Jepang, Cile…)", "CIF (Korea, EU, Japan, Chile…)";
    CustomsFob => "FOB (Amerika Serikat)", "FOB (United States)";
    Incoterm => "Incoterm 2020", "Incoterm 2020";
    SellerPlace => "Tempat penjual / serah (EXW, FCA): pabrik atau depo", "Seller's place / hand-over (EXW, FCA): factory or depot";
    PortOfShipment => "Pelabuhan muat (FAS, FOB)", "Port of shipment (FAS, FOB)";
    CheckPlaces => "File lama: tempat serah dan pelabuhan muat dipindahkan ke kolom masing-masing. Periksa keduanya.", "Older file: the seller's place and the port of shipment were moved to their own fields. Please check both.";
    PlacesOk => "Sudah benar", "They are right";
    DestinationPlace => "Tempat tujuan (C- dan D-terms)", "Destination (C- and D-terms)";
    QuoteCurrency => "Mata uang penawaran", "Quote currency";
    RoundingMode => "Pembulatan harga satuan", "Unit price rounding";
    HalfUp => "dibulatkan biasa (0,5 ke atas)", "half-up (commercial)";
    HalfEven => "setengah ke genap (bankir)", "half-even (banker's)";
    AddTier => "Tambah jumlah", "Add quantity";
    TargetTerm => "pada Incoterm", "at Incoterm";
    EmptyNotEntered => "belum diisi", "not entered";
    PricePerPair => "Harga per pasang", "Price per pair";
    ByQuantity => "Harga per jumlah pesanan", "Price by order quantity";
    TargetOutcome => "Harga target", "Target price";
    MarkupLeft => "Sisa markup", "Markup left";
    MarginLeft => "Sisa margin", "Margin left";
    MaxMaterials => "Bahan maks/pasang", "Max materials/pair";
    ExFactoryAllowed => "Harga pabrik yang dimungkinkan", "Ex-factory price it allows";
    SeaOnly => "khusus angkutan laut (FAS, FOB, CFR, CIF)", "sea transport only (FAS, FOB, CFR, CIF)";
    QuoteNumber => "Nomor", "Number";
    Exporter => "Pengekspor", "Exporter";
    Buyer => "Pembeli", "Buyer";
    Name => "Nama", "Name";
    Address => "Alamat", "Address";
    Contact => "Kontak", "Contact";
    PortOfLoading => "Pelabuhan muat", "Port of loading";
    PaymentTerms => "Syarat pembayaran", "Payment terms";
    LeadTime => "Waktu produksi", "Lead time";
    BankDetails => "Rekening bank", "Bank details";
    Notes => "Catatan", "Notes";
    Print => "Cetak / simpan PDF", "Print / save PDF";
    QtyPairs => "Jumlah (pasang)", "Quantity (pairs)";
    AmountCol => "Jumlah", "Amount";
    ShareBuyer => "Bagikan ke pembeli", "Share with the buyer";
    BuyerLinkHelp => "Tautan ini membawa penawaran itu sendiri, dengan harga yang dibekukan saat tautan dibuat, tanpa HPP, bahan, margin, atau kurs. Tidak ada server yang menyimpannya.", "The link carries the quotation itself, with the prices frozen when the link is made, and no cost, material, margin or rate. No server stores it.";
    BuyerLink => "Tautan untuk pembeli", "Buyer link";
    Copy => "Salin tautan", "Copy link";
    Copied => "Tersalin ✓", "Copied ✓";
    OpenPreview => "Lihat seperti pembeli", "View as the buyer";
    QrAlt => "Kode QR tautan penawaran", "QR code of the quotation link";
    DownloadSvg => "Unduh QR (SVG)", "Download QR (SVG)";
    DownloadPng => "Unduh QR (PNG)", "Download QR (PNG)";
    WorksheetLink => "Tautan lembar kerja (untuk rekan atau pelatih)", "Worksheet link (for a colleague or coach)";
    WorksheetWarn => "Berisi SELURUH struktur biaya: bahan, upah, margin, kurs. Jangan kirim ke pembeli.", "Carries the WHOLE cost structure: materials, wages, margin, rates. Never send it to a buyer.";
    CopyWorksheet => "Salin tautan lembar kerja", "Copy worksheet link";
    ConfirmWorksheet => "Tautan ini berisi struktur biaya lengkap (HPP, bahan, upah, margin, kurs). Salin untuk rekan atau pelatih?", "This link carries the full cost structure (cost, materials, wages, margin, rates). Copy it for a colleague or coach?";
    PublishedAddress => "Alamat Tapak yang sudah terbit", "Address of the published Tapak";
    PublishedHelp => "Terbitkan Tapak di hosting statis (docs/manual.md, Publishing: ./scripts/site, atau GitHub Pages), lalu isi alamatnya di sini. Tautan dan kode QR akan dibuat dengan alamat itu.", "Publish Tapak on a static host (docs/manual.md, Publishing: ./scripts/site, or GitHub Pages), then enter its address here. Links and QR codes will be built on it.";
    LinksOnPublished => "Tautan dibuat dengan alamat terbit:", "Links are built on the published address:";
    LibraryHelp => "Semua lembar disimpan di browser ini saja (tidak di server). Buat cadangan ke file secara berkala.", "Every sheet is kept in this browser only (no server). Back them up to a file now and then.";
    BackupAll => "Cadangkan semua ke file", "Back up all to a file";
    ImportBackup => "Impor cadangan / file", "Import a backup or sheet";
    OpenNow => "Sedang dibuka", "Open now";
    Open => "Buka", "Open";
    Undo => "Urungkan", "Undo";
    Deleted => "Lembar dihapus:", "Sheet deleted:";
    Imported => "Diimpor:", "Imported:";
    QuotationsWord => "penawaran", "quotations";
    Sheets => "lembar", "sheets";
    TrailStart => "Mengapa harga ini?", "Why this price?";
    FigSizeMaterials => "Bahan ukuran", "Materials, size";
    FigOneOffTotal => "Biaya sekali, total", "One-off costs, total";
    FigOneOffPerPair => "Biaya sekali per pasang", "One-off costs per pair";
    FigExFactoryPerPair => "Harga pabrik/pasang (HPP + laba)", "Ex-factory price/pair (cost + profit)";
    FigExFactoryTotal => "Harga pabrik seluruh pesanan", "Ex-factory price of the order";
    FigCbm => "Volume (m³)", "Volume (m³)";
    FigGrossKg => "Berat kotor (kg)", "Gross weight (kg)";
    FigRevenueTons => "Ton muatan (m³ atau ton, mana yang lebih besar)", "Revenue tons (W/M: m³ or tonne, whichever is more)";
    FigChargeableKg => "Berat tertagih (kg)", "Chargeable weight (kg)";
    FigTermTotal => "Harga pengiriman", "Shipment price";
    FigUnitExact => "Harga/pasang sebelum pembulatan", "Price/pair before rounding";
    FigUnitPrice => "Harga satuan penawaran", "Quoted unit price";
    FigOrderTotal => "Total penawaran", "Quoted total";
    FigShipmentPairs => "Pasang seluruh pengiriman", "Pairs in the whole shipment";
    FigShipmentCartons => "Karton seluruh pengiriman", "Cartons in the whole shipment";
    FigShipmentCbm => "Volume seluruh pengiriman (m³)", "Volume of the whole shipment (m³)";
    FigShipmentKg => "Berat kotor seluruh pengiriman (kg)", "Gross weight of the whole shipment (kg)";
    FigShipmentValue => "Nilai ex-factory semua artikel", "Ex-factory value of all the articles";
    WholeShipment => "seluruh pengiriman", "whole shipment";
    FigShare => "Bagian artikel ini", "This article's share";
    TrailShareRounded => "Di kartu penawaran, bagian tiap artikel dibulatkan ke satuan terkecil mata uang; sisa pembulatan diberikan ke artikel dengan sisa terbesar, agar jumlahnya tetap sama dengan biaya seluruh pengiriman.", "On the quotation card each article's part is rounded to the currency's smallest unit; the units left over go to the articles with the largest remainders, so the parts still add up to the whole shipment's cost.";
    UPairs => "pasang", "pairs";
    UPairsPerMonth => "pasang/bulan", "pairs/month";
    UPairsPerCarton => "pasang/karton", "pairs/carton";
    UDays => "hari", "days";
    UMinutesPerDay => "menit/hari", "min/day";
    UMinutes => "menit", "min";
    UCartons => "karton", "cartons";
    UContainers => "kontainer", "containers";
    UCm3PerKg => "cm³/kg", "cm³/kg";
    RoundOp => "dibulatkan", "rounded";
    RoundHalfUp => "0,5 ke atas", "half up";
    RoundHalfEven => "ke genap terdekat", "half even";
    MaxOf => "terbesar dari", "largest of";
    Examples => "Contoh siap pakai", "Worked examples";
    ExamplesHelp => "Setiap contoh dibuka sebagai salinan baru di pustaka; aslinya tetap. Angka bersifat ilustrasi.", "Each example opens as a new copy in the library; the original stays. Figures are illustrative.";
    ExSneaker => "Sneaker kasual ke Busan: 3.250 pasang, FOB Tanjung Perak / CIF Busan, PU dan sol impor (USD/CNY)", "Casual sneaker to Busan: 3,250 pairs, FOB Tanjung Perak / CIF Busan, imported PU and outsoles (USD/CNY)";
    ExSafety => "Sepatu safety SNI (steel toe): 1.500 pasang, biaya sertifikasi dibagi, CFR Jebel Ali, LCL", "SNI safety shoe (steel toe): 1,500 pairs, certification spread, CFR Jebel Ali, LCL";
    ExConsolidator => "Konsolidator: sneaker Busan dengan atasan dijahit di tiga bengkel (Mojokerto, Pasuruan, Jombang), tarif per pasang, kodi dan lusin ditimbang jumlah pasang; arus kas T/T 30/70", "Consolidator: the Busan sneaker with its uppers sewn in three workshops (Mojokerto, Pasuruan, Jombang), rates per pair, kodi and dozen weighted by pairs; 30/70 T/T cash timeline";
    ExCmt => "Maklon (CMT): sneaker untuk merek Korea yang menyediakan kulit dan sol; bahan pembeli dinilai tapi tidak masuk harga, dan masuk nilai pabean (assist)", "Maklon (CMT): a sneaker for a Korean brand that supplies the leather and soles; the buyer's materials are valued, not priced, and join the customs value (assists)";
    ExSandal => "Sandal ke Los Angeles lewat broker Korea: 2.000 pasang, komisi 5 %, DDP dengan bea masuk AS yang diisi pengguna", "Sandals to Los Angeles via a Korean broker: 2,000 pairs, 5 % commission, DDP with user-entered US duty";
    OpenExample => "Buka contoh", "Open example";
    WhatIf => "Bagaimana jika…", "What if…";
    WhatIfHelp => "Geser untuk mengubah penggerak harga pada salinan lembar; lembar Anda tidak berubah.", "Slide to change a price driver on a copy of the sheet; your sheet does not change.";
    Reset => "Atur ulang", "Reset";
    DrExchangeRate => "Kurs", "Exchange rate";
    DrMainMaterial => "Harga bahan utama", "Main material price";
    DrLabour => "Menit kerja / upah borongan", "Labour minutes / piece rates";
    DrProfit => "Laba", "Profit";
    DrFreight => "Ongkos angkut utama", "Main freight";
    DrOrderQuantity => "Jumlah pesanan", "Order quantity";
    Compare => "Perbandingan skenario", "Scenario compare";
    Now => "Lembar", "Sheet";
    Scenario => "Skenario", "Scenario";
    Difference => "Selisih", "Difference";
    ChartCost => "Biaya per pasang menurut bagian", "Cost per pair by section";
    ChartWaterfall => "Susunan harga per pasang", "Price build-up per pair";
    ChartTornado => "Kepekaan harga: tiap penggerak ±10 %", "Price sensitivity: each driver ±10 %";
    Minus10 => "−10 %", "−10 %";
    Plus10 => "+10 %", "+10 %";
    Swing => "Rentang", "Swing";
    DriverCol => "Penggerak", "Driver";
    BarCol => "Batang", "Bar";
    FigureCol => "Angka", "Figure";
    Charts => "Grafik", "Charts";
    LegendLow => "penggerak −10 %", "driver −10 %";
    LegendHigh => "penggerak +10 %", "driver +10 %";
    LegendSides => "kiri dari garis: harga turun · kanan: harga naik", "left of the line: price falls · right: price rises";
    Projector => "Mode proyektor", "Projector view";
    ProjectorExit => "Keluar (Esc)", "Exit (Esc)";
    OneStep => "Satu langkah per layar", "One step per screen";
    KeysHelp => "Tombol ← → atau PageUp/PageDown untuk berpindah, Esc untuk keluar.", "Keys ← → or PageUp/PageDown to move, Esc to leave.";
    PStepMaterials => "Bahan baku per pasang", "Materials per pair";
    PStepLabour => "Tenaga kerja dan overhead", "Labour and overhead";
    PStepHpp => "HPP: biaya produksi per pasang", "HPP: cost of production per pair";
    PStepPrice => "Dari HPP ke harga ekspor", "From cost to export price";
    PStepWhatIf => "Jika kurs berubah", "If the exchange rate moves";
    PStepTornado => "Apa yang paling menggerakkan harga?", "What moves the price most?";
    PStepMarkup => "Markup atau margin?", "Markup or margin?";
    PStepTerms => "Syarat penyerahan berdampingan: siapa membayar apa", "Terms side by side: who pays what";
    Illustrative2 => "Ilustrasi", "Illustrative";
    Offline => "Tapak bisa dipakai tanpa internet setelah kunjungan pertama.", "Tapak works without internet after the first visit.";
    Provisional => "sementara", "provisional";
    Today => "Hari ini", "Today";
    NoSavedSheets => "Belum ada lembar tersimpan.", "No saved sheets yet.";
    SetAside => "Lembar yang disisihkan", "Sheets set aside";
    SetAsideHelp => "Lembar ini tidak bisa dibuka, jadi disimpan terpisah persis seperti ditemukan; tidak ada yang ditimpa. Unduh untuk diperiksa, kembalikan bila sudah bisa dibaca, atau hapus.", "These sheets could not be opened, so they are kept apart exactly as found; nothing was overwritten. Download one to inspect it, put it back once it reads, or remove it.";
    Download => "Unduh", "Download";
    PutBack => "Kembalikan ke pustaka", "Put back";
    ChangedElsewhere => "Lembar ini diubah di tab lain. Tab ini tidak menyimpan apa pun sampai Anda memilih.", "This sheet was changed in another tab. This tab saves nothing until you choose.";
    TakeTheirs => "Muat versi tab lain", "Load the other tab's version";
    KeepMine => "Pakai versi saya", "Keep mine";
    PutBackDone => "Lembar dikembalikan ke pustaka.", "The sheet is back in the library.";
    DownloadFailed => "Browser menolak mengunduh file.", "The browser refused the download.";
    NameUnreadable => "Nama tidak terbaca", "Name unreadable";
    Decimals => "desimal", "decimals";
    DefaultValue => "bawaan", "default";
    FigSupplied => "Bahan dari pembeli per pasang (CMT, bukan biaya)", "Buyer-supplied materials per pair (CMT, not a cost)";
    FigAssists => "Assist: bahan pembeli dalam nilai pabean", "Assists: buyer-supplied materials in the customs value";
    CommissionBaseLabel => "Komisi dihitung dari", "Commission is a share of";
    CommissionOnInvoice => "nilai invoice (harga syarat ini)", "the invoice value (this term's price)";
    CommissionOnFob => "nilai FOB (biasa untuk agen)", "the FOB value (usual for agents)";
    AssistsInValue => "Bahan dari pembeli (assist) masuk nilai pabean", "Buyer-supplied materials (assists) join the customs value";
    CashPeak => "Puncak modal yang harus disediakan", "Peak cash the maker must find";
    CashNeedDays => "Kekurangan kas × hari (rupiah-hari)", "Cash short × days (money-days)";
    Financing => "Biaya modal kerja (bunga)", "Working-capital cost (interest)";
    FinancingPerPair => "Biaya modal kerja per pasang", "Working-capital cost per pair";
    Day => "Hari", "Day";
    DaysUnit => "hari", "days";
    Month => "bulan", "month";
    CashChart => "Saldo kas pesanan per hari (kiri dari garis: modal Anda yang tertanam)", "The order's cash balance by day (left of the line: your money tied up)";
    CashBalance => "Saldo", "Balance";
    CashHelp => "Hari dihitung sejak pesanan dikonfirmasi (hari 0). Upah dan overhead dibayar mingguan sampai hari kirim; biaya ekspor pada hari kirim; komisi dan biaya bank dari pelunasan.", "Days count from the order's confirmation (day 0). Wages and overhead are paid weekly until the shipment day; export costs on the shipment day; commission and bank charges out of the balance.";
    LeadDays => "Hari kirim (sejak pesanan)", "Shipment day (from the order)";
    DepositDay => "Uang muka diterima hari ke-", "Deposit arrives on day";
    BalanceWhenLabel => "Pelunasan", "Balance paid";
    BalanceBefore => "sebelum kirim (T/T)", "before shipment (T/T)";
    BalanceDocuments => "atas dokumen (CAD / L/C)", "against documents (CAD / L/C)";
    BalanceAfterBl => "setelah tanggal B/L", "after the B/L date";
    BalanceDays => "Hari setelah kirim", "Days after shipment";
    MaterialsDay => "Bahan dibayar hari ke-", "Materials paid on day";
    WorkshopsBefore => "Bengkel dibayar … hari sebelum kirim", "Workshops paid … days before shipment";
    FinancingInPrice => "Masukkan biaya modal kerja ke HPP per pasang", "Add the working-capital cost to the cost per pair";
    CashEnterLead => "Isi hari kirim (paling sedikit 1 hari setelah pesanan dikonfirmasi) untuk melihat arus kas pesanan.", "Enter the shipment day (at least 1 day after the order is confirmed) to see the order's cash.";
    CashNotPriced => "Arus kas menunggu harga pesanan yang lengkap.", "The cash timeline waits for a complete price.";
    CashTooLarge => "Angka atau jumlah hari terlalu besar untuk dihitung.", "The figures or days are too large to compute.";
    LastPayment => "Pembayaran terakhir dari pembeli", "The buyer's last payment";
    InPrice => "(masuk harga)", "(in the price)";
    CashLeaves => "Sisa setelah semua biaya", "Left after every cost";
    CashTable => "Tabel arus kas", "Cash table";
    What => "Apa", "What";
    FlowDeposit => "Uang muka dari pembeli", "Buyer's deposit";
    FlowMaterials => "Bahan baku", "Materials";
    FlowOneOff => "Biaya sekali (acuan, cetakan, sampel)", "One-off costs (lasts, moulds, samples)";
    FlowMaking => "Upah dan overhead (mingguan)", "Wages and overhead (weekly)";
    FlowWorkshops => "Bayar bengkel", "Workshops paid";
    FlowShipping => "Biaya ekspor syarat ini", "The term's export costs";
    FlowOnReceipt => "Komisi dan biaya bank", "Commission and bank charges";
    FlowBalance => "Pelunasan dari pembeli", "Buyer's balance";
    BrokerHelp => "Bandingkan ekspor sendiri (FOB, tanpa komisi broker) dengan menjual ke broker atau trading house EXW/FCA: berapa yang Anda simpan, dan harga broker minimal agar sama untungnya.", "Compare exporting yourself (FOB, no broker's commission) with selling to a broker or trading house EXW/FCA: what you keep, and the lowest broker price that leaves you as much.";
    BrokerStart => "Bandingkan dengan tawaran broker", "Compare with a broker's offer";
    BrokerStop => "Hapus perbandingan", "Remove the comparison";
    BrokerPaysLabel => "Broker membayar", "The broker pays";
    BrokerByPrice => "harga per pasang", "a price per pair";
    BrokerByCommission => "harga Anda dikurangi komisi", "your price less a commission";
    BrokerNoPrice => "Isi harga dari broker untuk membandingkan.", "Enter the broker's price to compare.";
    BrokerNoRate => "Belum ada kurs dari mata uang broker ke mata uang HPP.", "No rate from the broker's currency to the costing currency.";
    BrokerNotPriced => "Perbandingan menunggu harga pesanan yang lengkap (lihat panel harga).", "The comparison waits for a complete price (see the price panel).";
    Direct => "Ekspor sendiri", "Direct";
    ViaBroker => "Lewat broker", "Through the broker";
    Received => "Diterima", "Received";
    RouteCosts => "Biaya ekspor, bank, komisi", "Export costs, bank, commission";
    Production => "HPP pesanan", "Cost of production";
    YouKeep => "Yang Anda simpan", "What you keep";
    PerPairKeep => "per pasang", "per pair";
    BrokerCostsYou => "Lewat broker Anda menyimpan lebih sedikit:", "Through the broker you keep less by";
    BrokerLeavesMore => "Lewat broker Anda menyimpan lebih banyak:", "Through the broker you keep more by";
    BrokerSame => "Kedua cara menyisakan jumlah yang sama.", "Both routes leave you the same.";
    CashBeforeFinancing => "Arus kas ini dihitung dari harga sebelum biaya modal ditambahkan, jadi biaya modal itu sendiri tidak dibiayai lagi; uang muka dan pelunasan sebenarnya sedikit lebih besar.", "This timeline is worked out on the price before the financing is added, so the financing is not financed in turn; the actual deposit and balance are slightly larger.";
    BreakEven => "Harga impas dari broker:", "Break-even broker price:";
    WhenAsked => "Bila diminta:", "When asked for:";
    PaperFumigation => "fumigasi palet (per kontainer)", "pallet fumigation (per container)";
    PaperInspection => "inspeksi pra-pengapalan", "pre-shipment inspection";
    PaperSni => "sertifikasi SNI (biaya sekali)", "SNI certification (one-off)";
    DutyBeside => "Bea umum (tanpa SKA):", "General duty (without a certificate of origin):";
    AddMaterial => "Tambah bahan", "Add material";
    AddOneOff => "Tambah biaya", "Add cost";
    AddOperation => "Tambah operasi", "Add operation";
    AddPieceRate => "Tambah tarif", "Add rate";
    AddRate => "Tambah kurs", "Add rate";
    AddWorkshop => "Tambah bengkel", "Add a workshop";
    BoughtHelp => "Tahap yang dikerjakan bengkel menggantikan baris tenaga kerja sendiri dengan tahap yang sama. Biaya per pasang = rata-rata tarif bengkel, ditimbang jumlah pasangnya.", "A step done by workshops replaces your own labour lines of that step. Cost per pair = the workshops' rates averaged, weighted by their pairs.";
    BuyerSupplied => "dari pembeli", "buyer's";
    CostPerMinuteFormula => "upah ÷ (hari × menit × efisiensi)", "wage ÷ (days × minutes × efficiency)";
    Gross => "Kotor", "Gross";
    HeadNet => "Bersih/\u{200b}psg", "Net/\u{200b}pair";
    HeadPrice => "Harga", "Price";
    HeadWaste => "Susut", "Waste";
    LabourByOperation => "Per operasi (menit standar × biaya per menit)", "By operation (standard minutes × cost per minute)";
    LabourByPiece => "Borongan (per pasang, lusin atau kodi)", "Piece rate (per pair, dozen or kodi)";
    MakingStepLabel => "Bagian proses", "Making step";
    JobName => "Nama pekerjaan", "Job";
    MaterialsHelp => "Biaya baris = kebutuhan bersih × (1 + susut %) × harga satuan × kurs.", "Line cost = net consumption × (1 + waste %) × unit price × rate.";
    NoRates => "Belum ada kurs. Semua harga dalam mata uang biaya.", "No rates yet. All prices are in the costing currency.";
    NotCounted => "Tidak dihitung: metode lain dipilih.", "Not counted: the other method is selected.";
    OneOffHelp => "Acuan, cetakan sol, sampel, uji SNI atau lab: dibagi rata ke jumlah pesanan.", "Lasts, sole moulds, samples, SNI or lab tests: spread over the order quantity.";
    OneOffName => "Keterangan", "Description";
    OneOffTotal => "Total biaya sekali", "One-off total";
    OperationName => "Operasi", "Operation";
    OverheadPerMonth => "Overhead bulanan ÷ produksi bulanan", "Monthly overhead ÷ monthly output";
    OverheadPercent => "% dari biaya utama (bahan + tenaga kerja)", "% of prime cost (materials + labour)";
    Per => "Per", "Per";
    PricePer => "Harga per", "Price per";
    RateBase => "Dari (1 unit)", "From (1 unit)";
    RateDate => "Tanggal", "Date";
    RateQuote => "Ke", "To";
    RateSource => "Sumber", "Source";
    RatesHelp => "Harga bahan dalam mata uang asing dikonversi dengan kurs ini. Contoh: 1 USD = 16.244 IDR.", "Foreign material prices are converted with these rates. Example: 1 USD = 16,244 IDR.";
    Replaced => "diganti bengkel", "done by a workshop";
    Stage => "Tahap", "Stage";
    StepOther => "lainnya", "other";
    Subtotal => "Subtotal", "Subtotal";
    SuppliedTotal => "Bahan dari pembeli (maklon/CMT) per pasang, tidak masuk HPP dan harga:", "Materials the buyer supplies (CMT) per pair, not in the cost or the price:";
    TotalMinutes => "Total menit standar", "Total standard minutes";
    Unit => "Satuan", "Unit";
    Workshop => "Bengkel", "Workshop";
    Quotations => "Penawaran beberapa artikel", "Quotations of several articles";
    QuotationsHelp => "Satu penawaran, satu tautan dan satu QR untuk beberapa artikel dan varian warna dari pustaka, tiap artikel dengan jumlahnya, dihargai sampai tiga Incoterm berdampingan. Kontainer dan biaya ekspor per pengiriman dibagi di antara artikel.", "One quotation, one link and one QR code for several articles and colourways of the library, each with its pairs, priced at up to three Incoterms side by side. The containers and the per-shipment export costs are shared among the articles.";
    NewQuotation => "Buat penawaran dari lembar ini", "New quotation from this sheet";
    QuotationExample => "Contoh: pesanan tiga artikel", "Example: an order of three articles";
    ExOrder => "Pesanan tiga artikel ke Busan dalam satu kontainer 20': sneaker 1.500 pasang, varian hitamnya 1.000 pasang dan sandal kasual EVA 750 pasang. FOB dan CIF berdampingan, biaya pengiriman dibagi per m³, harga dibulatkan ke atas USD 0,05. Tekan ƒ di harga atau di biaya bersama untuk melihat bagian tiap artikel.", "An order of three articles to Busan in one 20' container: 1,500 sneakers, 1,000 of their black colourway and 750 EVA casual sandals. FOB and CIF side by side, the shipment's costs shared by m³, prices rounded up to USD 0.05. Press ƒ on a price or a shared cost to see what each article carries.";
    OpenOrderExample => "Buka di tab Penawaran", "Open in the Quotation tab";
    OpenQuotation => "Buka", "Open";
    CloseQuotation => "Tutup penawaran", "Close the quotation";
    DeleteQuotation => "Hapus penawaran", "Delete the quotation";
    Articles => "artikel", "articles";
    ArticlesHeading => "Artikel", "Articles";
    AddArticle => "Tambah artikel", "Add an article";
    Sheet => "Lembar", "Sheet";
    Colourway => "Varian warna", "Colourway";
    AsCosted => "seperti di lembar", "as costed";
    QuotationUnreadable => "Penawaran tersimpan ini tidak bisa dibaca, jadi tidak dibuka dan tidak ditimpa:", "This stored quotation cannot be read, so it is not opened and never overwritten:";
    DownloadItsText => "Unduh teksnya (untuk diperbaiki)", "Download its text (to repair)";
    QuotationChangedElsewhere => "Penawaran ini diubah di tab lain. Versi di sini belum disimpan dan tautannya ditahan: muat versi tab lain, atau simpan versi ini sebagai salinan.", "This quotation was changed in another tab. The version here is not saved and its link is held: load the other tab's version, or keep this one as a copy.";
    KeepMineAsCopy => "Simpan versi ini sebagai salinan", "Keep this version as a copy";
    ProfileChangedElsewhere => "Profil perusahaan diubah di tab lain. Yang Anda ubah di sini belum disimpan; bedanya di bawah ini. Pilih versi yang dipakai.", "The company profile was changed in another tab. Your change here is not saved yet; the differences are below. Choose which version to keep.";
    OtherTab => "Tab lain (tersimpan)", "Other tab (stored)";
    ThisTab => "Tab ini (belum disimpan)", "This tab (not saved)";
    Differs => "berbeda", "differs";
    SheetGone => "— lembar ini sudah tidak ada di pustaka —", "— this sheet is no longer in the library —";
    TermN => "Incoterm", "Incoterm";
    NoTerm => "—", "—";
    ShareKey => "Pembagian biaya pengiriman", "Shipment costs shared";
    QuotedPrices => "Harga per artikel (hitungan pasti → harga penawaran)", "Prices per article (exact → quoted)";
    SharedCosts => "Biaya pengiriman bersama, ditanggung tiap artikel", "Shared shipment costs, carried by each article";
    QuotationLink => "Tautan penawaran untuk pembeli", "Quotation link for the buyer";
    PrintQuotation => "Cetak penawaran", "Print the quotation";
    Proforma => "Proforma invoice (PI)", "Proforma invoice (PI)";
    ProformaHelp => "Setelah pembeli setuju: jumlah pesanan tiap artikel pada satu Incoterm, uang muka dari syarat pembayaran, dan sisanya. Penawaran tidak berubah.", "Once the buyer agrees: each article's order quantity at one Incoterm, the deposit the payment terms ask for, and the balance. The quotation does not change.";
    DepositPctField => "Uang muka (%)", "Deposit (%)";
    PiTerm => "Incoterm PI", "PI's Incoterm";
    ShipmentDate => "Tanggal pengapalan", "Shipment date";
    PrintProforma => "Cetak PI", "Print the PI";
    ColourwaysHelp => "Varian warna memakai lembar ini dengan beberapa bahan diganti (misalnya kulit hitam, sol lain), tanpa menyalin lembar. Tiap varian punya HPP dan harga sendiri di penawaran.", "A colourway uses this sheet with some materials changed (black leather, another sole) without copying the sheet. Each has its own cost and price on a quotation.";
    AddColourway => "Tambah varian warna", "Add a colourway";
    ColourwayName => "Nama varian", "Colourway's name";
    ColourwayCode => "Kode artikel varian", "Colourway's article code";
    ChangeLine => "Bahan yang diganti", "Material changed";
    NewPrice => "Harga satuan baru", "New unit price";
    AddChange => "Ganti bahan lain", "Change another material";
    ColourwayCost => "HPP varian per pasang", "Colourway's cost per pair";
    RoundUp => "Bulatkan ke atas", "Round up";
    PiNumber => "Nomor PI", "PI number";
    FurtherQuantity => "Jumlah lain (pasang)", "Further quantity (pairs)";
    AddFurtherQuantity => "+ harga untuk jumlah lain", "+ price at another quantity";
    ProfileHelp => "Diisi sekali, dipakai setiap penawaran baru: nama, alamat, kontak, rekening bank, syarat pembayaran dan waktu produksi baku, masa berlaku, dan logo untuk cetakan (tautan pembeli tidak membawa gambar).", "Entered once, used by every new quotation: name, address, contacts, bank details, default payment terms and lead time, validity, and a logo for the print (a buyer link carries no picture).";
    ProfileUnreadable => "Profil perusahaan yang tersimpan tidak terbaca. Profil itu dibiarkan apa adanya sampai Anda memulai profil baru.", "The stored company profile cannot be read. It is left as it is until you start a new profile.";
    ProfileStartAgain => "Mulai profil baru", "Start a new profile";
    Logo => "Logo (untuk cetakan)", "Logo (for the print)";
    RemoveLogo => "Hapus logo", "Remove the logo";
    FromProfile => "Isi dari profil perusahaan", "Fill in from the company profile";
    ScanQr => "Pindai untuk membuka penawaran ini di ponsel", "Scan to open this quotation on a phone";
    ScanQrPi => "Pindai untuk membuka proforma invoice ini di ponsel", "Scan to open this proforma invoice on a phone";
    PiLink => "Tautan PI untuk pembeli (tetap, tidak berubah)", "PI link for the buyer (frozen)";
    Consignee => "Penerima barang (consignee)", "Consignee";
    PaymentPhrase => "Syarat pembayaran (kalimat baku)", "Payment terms (standard phrase)";
    LeadPhrase => "Waktu produksi (kalimat baku)", "Lead time (standard phrase)";
    RemarksPhrases => "Keterangan baku", "Standard remarks";
    OwnWords => "— hanya teks sendiri —", "— own words only —";
    PhraseDays => "Hari", "Days";
    PaymentMore => "Syarat pembayaran, teks bebas", "Payment terms, free text";
    LeadMore => "Waktu produksi, teks bebas", "Lead time, free text";
    PhrasesHelp => "Kalimat baku tampil di halaman pembeli dalam bahasanya (Inggris, Korea, Spanyol, Indonesia). Teks bebas tampil apa adanya.", "Standard phrases show on the buyer's page in the buyer's language (English, Korean, Spanish, Indonesian). Free text shows as typed.";
    WriteInEnglish => "Teks ini tampak berbahasa Indonesia, dan pembeli membacanya apa adanya. Tulis dalam bahasa Inggris, atau pilih kalimat baku di atas.", "This text looks Indonesian, and the buyer reads it as typed. Write it in English, or choose a standard phrase above.";
}
