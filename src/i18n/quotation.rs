//! A quotation's words: its allocation key and what keeps it from being sent.

use super::Lang;
use crate::model::export::quote::QuoteIssue;
use crate::model::quotation::allocation::{AllocationError, Key};
use crate::model::quotation::combined::QuotationIssue;

/// "per pasang" / "by pair", as the quotation states its key.
pub fn key_name(k: Key, lang: Lang) -> &'static str {
    match (k, lang) {
        (Key::PerPair, Lang::Id) => "dibagi per pasang",
        (Key::PerPair, Lang::En) => "shared by pair",
        (Key::PerCbm, Lang::Id) => "dibagi per m³",
        (Key::PerCbm, Lang::En) => "shared by m³",
        (Key::PerValue, Lang::Id) => "dibagi menurut nilai ex-factory",
        (Key::PerValue, Lang::En) => "shared by ex-factory value",
    }
}

/// What keeps a quotation from being sent; `line` names a quotation line ("2 · Sneaker — Hitam").
pub fn quotation_issue(i: &QuotationIssue, lang: Lang, line: &dyn Fn(u32) -> String) -> String {
    let id = lang == Lang::Id;
    match *i {
        QuotationIssue::NoLines if id => "Tambahkan artikel ke penawaran.".into(),
        QuotationIssue::NoLines => "Add an article to the quotation.".into(),
        QuotationIssue::NoTerm if id => "Pilih paling sedikit satu Incoterm.".into(),
        QuotationIssue::NoTerm => "Choose at least one Incoterm.".into(),
        QuotationIssue::TooManyTerms if id => "Paling banyak tiga Incoterm dalam satu penawaran.".into(),
        QuotationIssue::TooManyTerms => "At most three Incoterms on one quotation.".into(),
        QuotationIssue::SheetMissing { line: n } if id => {
            format!("Artikel {n}: lembarnya tidak ada lagi di pustaka.")
        }
        QuotationIssue::SheetMissing { line: n } => format!("Article {n}: its sheet is no longer in the library."),
        QuotationIssue::NoPairs { line: n } if id => {
            format!("{}: isi jumlah pasangnya (paling sedikit 1) agar bisa dihitung.", line(n))
        }
        QuotationIssue::NoPairs { line: n } => format!("{}: enter its pairs (at least 1) to price it.", line(n)),
        QuotationIssue::VariantMissing { line: n } if id => format!("{}: varian warnanya tidak ada lagi.", line(n)),
        QuotationIssue::VariantMissing { line: n } => format!("{}: its colourway no longer exists.", line(n)),
        QuotationIssue::CostingCurrency { line: n } if id => format!(
            "{}: dihitung dalam mata uang lain dari artikel pertama, jadi biaya pengiriman tidak bisa dibagi.",
            line(n)
        ),
        QuotationIssue::CostingCurrency { line: n } => {
            format!(
                "{}: costed in another currency than the first article, so shipment costs cannot be shared.",
                line(n)
            )
        }
        QuotationIssue::Packing(e) => super::messages::packing_error(e, lang).into(),
        QuotationIssue::Allocation(AllocationError::NothingToShareBy) if id => {
            "Biaya pengiriman tidak bisa dibagi: belum ada volume atau nilai.".into()
        }
        QuotationIssue::Allocation(AllocationError::NothingToShareBy) => {
            "Shipment costs cannot be shared yet: no volume or value.".into()
        }
        QuotationIssue::Allocation(_) if id => "Angka pembagian biaya terlalu besar.".into(),
        QuotationIssue::Allocation(_) => "The shared costs are too large to divide.".into(),
        QuotationIssue::ExportLine { id: n, .. } if id => {
            format!("Biaya ekspor baris {n} (lembar pertama) tidak bisa dihitung untuk pengiriman ini.")
        }
        QuotationIssue::ExportLine { id: n, .. } => {
            format!("Export cost line {n} (first sheet) cannot be worked out for this shipment.")
        }
        QuotationIssue::ExampleLine { id: n, .. } if id => {
            format!("Biaya ekspor baris {n} (lembar pertama) masih angka contoh: ganti atau pakai angkanya.")
        }
        QuotationIssue::ExampleLine { id: n, .. } => {
            format!("Export cost line {n} (first sheet) still holds a sample figure: replace or keep it.")
        }
        // The article's own reason, as its sheet says it (a step too fine, a missing rate…),
        // except an incomplete cost sheet, which only its sheet can show.
        QuotationIssue::Article { line: n, term, why: Some(why) } if why != QuoteIssue::CostIncomplete => {
            format!(
                "{} · {}: {}",
                line(n),
                term.code(),
                super::messages::quote_issue(&why, lang, &|id| format!("{id}"))
            )
        }
        QuotationIssue::Article { line: n, term, .. } if id => {
            format!("{} · {}: harganya belum lengkap (buka lembarnya).", line(n), term.code())
        }
        QuotationIssue::Article { line: n, term, .. } => {
            format!("{} · {}: its price is not complete (open its sheet).", line(n), term.code())
        }
    }
}
