//! The coaches' words: the terms side by side and markup against margin
//! (`model::explain::{terms, markup}`), the what-if's rate slider, the exercise mode and its
//! printed handout (`model::explain::{exercise, handout}`): the answers a coach hides, the buttons,
//! and each handout row's name and rule. Only the workshop's and projector's chunks use them.

use super::{Lang, P, T};
use crate::model::base::incoterms::Incoterm;
use crate::model::explain::exercise::Answer;
use crate::model::explain::handout::{Item, Rule};

texts! {
    C, COACH;
    TermsSide => "Syarat penyerahan berdampingan", "Terms side by side";
    TermsSideHelp => "Tiap kolom satu syarat Incoterms 2020, tiap baris satu tahap perjalanan barang: siapa yang membayarnya. Harga per pasang dari penawaran lembar ini.", "Each column is an Incoterms 2020 rule, each row a stage of the goods' way: who pays for it. Prices per pair from this sheet's quote.";
    TermsShown => "Syarat yang ditampilkan", "Terms shown";
    TermsNone => "Centang setidaknya satu syarat.", "Tick at least one term.";
    StageCol => "Tahap", "Stage";
    Seller => "Penjual", "Seller";
    PayLegend => "■ penjual membayar tahap ini · □ pembeli membayarnya", "■ the seller pays this stage · □ the buyer pays it";
    RowInsurance => "Asuransi barang di laut", "Insurance of the goods in transit";
    RowDutyTaxes => "Bea masuk dan pajak impor", "Import duty and taxes";
    NoQuoteYet => "belum ada harga: lengkapi lembar", "no price yet: complete the sheet";
    SheetsTerm => "syarat lembar ini", "this sheet's term";
    SeaTermByAir => "syarat laut, barang lewat udara", "a sea term, the goods go by air";
    MarkupMargin => "Markup dan margin", "Markup and margin";
    MarkupMarginHelp => "Markup adalah laba dibagi biaya (HPP); margin adalah laba dibagi harga jual. Laba yang sama, dua cara membaca: margin = markup ÷ (1 + markup), markup = margin ÷ (1 − margin). Penggeser mencoba persentase lain pada salinan; lembar Anda tidak berubah.", "Markup is profit over cost (HPP); margin is profit over the selling price. One profit, read two ways: margin = markup ÷ (1 + markup), markup = margin ÷ (1 − margin). The slider tries another percentage on a copy; your sheet does not change.";
    MarkupWord => "markup", "markup";
    MarginWord => "margin", "margin";
    ProfitTried => "Coba laba lain (poin persen)", "Try another profit (percentage points)";
    NoPriceAtProfit => "tanpa harga", "no price";
    RupiahWeakens => "rupiah melemah", "rupiah weakens";
    RupiahStrengthens => "rupiah menguat", "rupiah strengthens";
    RateHelp => "Kurs naik = lebih banyak rupiah untuk satu unit valuta asing = rupiah melemah; kurs turun = rupiah menguat.", "A higher rate = more rupiah for one unit of foreign currency = the rupiah weakens; a lower rate = it strengthens.";
    Exercise => "Latihan", "Exercise";
    ExerciseHelp => "Pilih angka yang disembunyikan: di tab ini, di proyektor dan di lembar latihan muncul \"?\" sampai Anda menekan Tampilkan jawaban. Lembar kerja Anda tidak berubah.", "Choose the figures to hide: this tab, the projector and the handout show \"?\" until you press Show answers. Your sheet does not change.";
    HideLegend => "Sembunyikan", "Hide";
    AHpp => "HPP per pasang", "HPP per pair";
    AExWorks => "Harga ex-works", "Ex-works price";
    AMargin => "Laba per pasang (markup/margin)", "Profit per pair (markup/margin)";
    AFob => "Harga FOB", "FOB price";
    ACif => "Harga CIF", "CIF price";
    AUnitPrice => "Harga satuan penawaran", "Quoted unit price";
    AOrderTotal => "Total pesanan", "Order total";
    ShowAnswers => "Tampilkan jawaban", "Show answers";
    HideAgain => "Sembunyikan lagi", "Hide again";
    ChartHidden => "Grafik ini memuat jawaban yang disembunyikan.", "This chart holds a hidden answer.";
    PrintHandout => "Cetak lembar latihan", "Print handout";
    WithAnswers => "Cetak dengan jawaban (lembar pelatih)", "Print with the answers (coach's copy)";
    HandoutTitle => "Lembar latihan", "Exercise handout";
    AnswerKey => "Lembar jawaban", "Answer key";
    NameLine => "Nama: ____________________   Tanggal: __________", "Name: ____________________   Date: __________";
    HandoutHow => "Hitung angka di kotak \"?\" dengan rumus di sebelahnya. Angka contoh bersifat ilustratif.", "Work out each \"?\" box with the formula beside it. The example's figures are illustrative.";
    Pairs => "pasang", "pairs";
    CostHead => "1 · Biaya produksi per pasang (HPP)", "1 · Cost of production per pair (HPP)";
    PriceHead => "2 · Dari HPP ke harga ekspor", "2 · From the HPP to the export price";
    ColItem => "Uraian", "Item";
    ColRule => "Rumus", "Formula";
    ColFigure => "Angka", "Figure";
    Profit => "Laba per pasang", "Profit per pair";
    ExWorks => "Harga ex-works per pasang", "Ex-works price per pair";
    ExWorksTotal => "Harga ex-works seluruh pesanan", "Ex-works price of the order";
    TermTotal => "seluruh kiriman", "whole shipment";
    TermPerPair => "per pasang", "per pair";
    RMaterialLine => "kebutuhan × (1 + susut) × harga", "consumption × (1 + waste) × price";
    RMaterials => "jumlah semua baris bahan (rata-rata seri ukuran bila ada)", "the sum of the material lines (averaged over the size run, if any)";
    RLabour => "jumlah ongkos kerja semua operasi per pasang", "the labour of every making step, per pair";
    ROverheadPerMonth => "overhead sebulan ÷ produksi sebulan", "monthly overhead ÷ monthly output";
    ROverheadOfPrime => "(bahan + tenaga kerja) × % overhead", "(materials + labour) × overhead %";
    ROneOff => "biaya sekali ÷ jumlah pasang", "one-off costs ÷ pairs";
    RFinancing => "biaya pembiayaan pesanan ÷ jumlah pasang", "the order's financing ÷ pairs";
    RHpp => "HPP = bahan + tenaga kerja + overhead + biaya sekali", "HPP = materials + labour + overhead + one-off costs";
    RMarkup => "Harga ex-works = HPP × (1 + markup)", "Ex-works price = HPP × (1 + markup)";
    RMargin => "Harga ex-works = HPP ÷ (1 − margin)", "Ex-works price = HPP ÷ (1 − margin)";
    RProfit => "Laba = harga ex-works − HPP", "Profit = ex-works price − HPP";
    RExWorksTotal => "harga ex-works per pasang × jumlah pasang", "ex-works price per pair × pairs";
    RExw => "= harga ex-works (barang diambil pembeli di pabrik)", "= the ex-works price (the buyer collects at the factory)";
    RFob => "= harga ex-works + biaya ekspor sampai barang di atas kapal", "= ex-works price + export costs until the goods are on board";
    RFca => "= harga ex-works + biaya sampai barang diserahkan ke pengangkut", "= ex-works price + costs until the goods are handed to the carrier";
    RCfr => "= biaya FOB + ongkos angkut utama", "= FOB costs + main freight";
    RCif => "= (biaya FOB + ongkos angkut utama) ÷ (1 − 110 % × premi asuransi)", "= (FOB costs + main freight) ÷ (1 − 110 % × insurance premium)";
    RDap => "= biaya sampai tempat tujuan, belum termasuk bea masuk", "= costs up to the named destination, before import duty";
    RDdp => "= biaya sampai tujuan + bea masuk dan pajak impor", "= costs up to the destination + import duty and taxes";
    RPerPair => "harga kiriman ÷ jumlah pasang, ke mata uang penawaran", "the shipment's price ÷ pairs, into the quote currency";
    RRounded => "dibulatkan sekali menjadi harga penawaran", "rounded once to the quoted price";
    ROrderTotal => "Total = harga satuan × jumlah pasang", "Total = unit price × pairs";
}

/// The answer's name, as the coach picks it.
pub fn answer(a: Answer, lang: Lang) -> &'static str {
    match a {
        Answer::Hpp => C::AHpp,
        Answer::ExWorks => C::AExWorks,
        Answer::Margin => C::AMargin,
        Answer::Fob => C::AFob,
        Answer::Cif => C::ACif,
        Answer::UnitPrice => C::AUnitPrice,
        Answer::OrderTotal => C::AOrderTotal,
    }
    .in_lang(lang)
}

/// "?" read aloud: the label of a hidden answer. A function of its own (not the table) so the
/// price bar, in the editor's first module, carries two short strings rather than the table.
pub fn hidden_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "jawaban disembunyikan",
        Lang::En => "answer hidden",
    }
}

/// "Harga FOB" / "FOB price".
fn term_price(term: Incoterm, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("Harga {}", term.code()),
        Lang::En => format!("{} price", term.code()),
    }
}

/// A handout row's name; `material` is the material line's name on the sheet.
pub fn item(i: Item, material: &str, lang: Lang) -> String {
    let (c, t, p) = (|k: C| k.in_lang(lang), |k: T| k.in_lang(lang), |k: P| k.in_lang(lang));
    match i {
        Item::Material(_) if material.trim().is_empty() => t(T::MaterialName).into(),
        Item::Material(_) => material.into(),
        Item::Materials => t(T::CatMaterials).into(),
        Item::Labour => t(T::CatLabour).into(),
        Item::Overhead => t(T::CatOverhead).into(),
        Item::OneOffPerPair => p(P::FigOneOffPerPair).into(),
        Item::FinancingPerPair => p(P::FinancingPerPair).into(),
        Item::Hpp => t(T::HppPerPair).into(),
        Item::ExWorks => c(C::ExWorks).into(),
        Item::Profit => c(C::Profit).into(),
        Item::ExWorksTotal => c(C::ExWorksTotal).into(),
        Item::TermTotal(term) => format!("{} · {}", term_price(term, lang), c(C::TermTotal)),
        Item::TermPerPair(term) => format!("{} {}", term_price(term, lang), c(C::TermPerPair)),
        Item::UnitPrice => p(P::FigUnitPrice).into(),
        Item::OrderTotal => p(P::FigOrderTotal).into(),
    }
}

/// A handout row's rule in words.
pub fn rule(r: Rule, lang: Lang) -> String {
    let c = |k: C| k.in_lang(lang);
    match r {
        Rule::MaterialLine => c(C::RMaterialLine).into(),
        Rule::Materials => c(C::RMaterials).into(),
        Rule::Labour => c(C::RLabour).into(),
        Rule::OverheadPerMonth => c(C::ROverheadPerMonth).into(),
        Rule::OverheadOfPrime => c(C::ROverheadOfPrime).into(),
        Rule::OneOff => c(C::ROneOff).into(),
        Rule::Financing => c(C::RFinancing).into(),
        Rule::Hpp => c(C::RHpp).into(),
        Rule::Markup => c(C::RMarkup).into(),
        Rule::Margin => c(C::RMargin).into(),
        Rule::Profit => c(C::RProfit).into(),
        Rule::ExWorksTotal => c(C::RExWorksTotal).into(),
        Rule::TermTotal(term) => {
            let words = match term {
                Incoterm::Exw => C::RExw,
                Incoterm::Fob | Incoterm::Fas => C::RFob,
                Incoterm::Fca => C::RFca,
                Incoterm::Cfr | Incoterm::Cpt => C::RCfr,
                Incoterm::Cif | Incoterm::Cip => C::RCif,
                Incoterm::Dap | Incoterm::Dpu => C::RDap,
                Incoterm::Ddp => C::RDdp,
            };
            format!("{} {}", term_price(term, lang), c(words))
        }
        Rule::PerPair => c(C::RPerPair).into(),
        Rule::Rounded => c(C::RRounded).into(),
        Rule::OrderTotal => c(C::ROrderTotal).into(),
    }
}
