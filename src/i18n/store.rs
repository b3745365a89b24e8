//! Words for the stored library: storage errors, what start-up repaired or set aside, why a
//! sheet cannot be opened.

use super::Lang;
use crate::codec::LoadError;
use crate::store::library::{OpenError, Repair, Report, Why};
use crate::store::StoreError;

fn sheets_en(n: usize) -> &'static str {
    if n == 1 {
        "sheet"
    } else {
        "sheets"
    }
}

/// A library entry's name as shown: an empty name is "Lembar tanpa nama" / "Untitled sheet".
pub fn sheet_name(name: &str, lang: Lang) -> &str {
    if name.trim().is_empty() {
        super::T::UntitledSheet.in_lang(lang)
    } else {
        name
    }
}

/// Why the browser did not store the work; the work is still on the page.
pub fn store_error(e: &StoreError, lang: Lang) -> String {
    match (e, lang) {
        (StoreError::Denied, Lang::Id) => "Browser menolak menyimpan (mode privat atau penyimpanan diblokir). \
             Pekerjaan tetap ada di halaman ini; simpan ke file agar aman."
            .into(),
        (StoreError::Denied, Lang::En) => "The browser refused to save (private mode or storage blocked). \
             Your work is still on this page; save it to a file to keep it."
            .into(),
        (StoreError::Full, Lang::Id) => "Browser menolak menyimpan: penyimpanan penuh. Pekerjaan tetap ada di \
             halaman ini; simpan ke file, lalu hapus lembar yang tidak dipakai lagi."
            .into(),
        (StoreError::Full, Lang::En) => "The browser refused to save: its storage is full. Your work is still on \
             this page; save it to a file, then remove sheets you no longer need."
            .into(),
        (StoreError::Corrupt { key }, Lang::Id) => {
            format!("Data tersimpan “{key}” rusak; tidak ada yang ditimpa.")
        }
        (StoreError::Corrupt { key }, Lang::En) => {
            format!("The stored data “{key}” is damaged; nothing was overwritten.")
        }
        (StoreError::Changed { key }, lang) => {
            // Named by what the key holds: the profile, a quotation, or a sheet.
            let what = if key == crate::store::profile::KEY {
                ("Profil perusahaan", "The company profile")
            } else if key.starts_with(crate::store::quotations::PREFIX) {
                ("Penawaran ini", "This quotation")
            } else {
                ("Lembar ini", "This sheet")
            };
            match lang {
                Lang::Id => format!("{} diubah di tab lain; tidak ada yang ditimpa.", what.0),
                Lang::En => format!("{} was changed in another tab; nothing was overwritten.", what.1),
            }
        }
    }
}

/// `n` sheets could not be read and were set aside.
pub fn set_aside_unreadable(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Id => format!(
            "{n} lembar tersimpan tidak bisa dibaca, jadi disisihkan apa adanya (tidak ada yang ditimpa). \
             Lihat di Pustaka."
        ),
        Lang::En => format!(
            "{n} stored {} could not be read, so {} set aside as found (nothing was overwritten). \
             See the Library.",
            sheets_en(n),
            if n == 1 { "it was" } else { "they were" }
        ),
    }
}

/// What start-up repaired or set aside, one sentence each.
pub fn report(r: &Report, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    match (r.index, lang) {
        (Some(Repair::Rebuilt { damaged: true, sheets }), Lang::Id) => {
            out.push(format!("Daftar pustaka rusak dan telah disusun ulang dari {sheets} lembar tersimpan."))
        }
        (Some(Repair::Rebuilt { damaged: true, sheets }), Lang::En) => out.push(format!(
            "The library list was damaged and has been rebuilt from {sheets} stored {}.",
            sheets_en(sheets)
        )),
        (Some(Repair::Rebuilt { damaged: false, sheets }), Lang::Id) => {
            out.push(format!("Daftar pustaka hilang dan telah disusun ulang dari {sheets} lembar tersimpan."))
        }
        (Some(Repair::Rebuilt { damaged: false, sheets }), Lang::En) => out.push(format!(
            "The library list was missing and has been rebuilt from {sheets} stored {}.",
            sheets_en(sheets)
        )),
        (Some(Repair::Matched { added, dropped }), Lang::Id) => out.push(format!(
            "Daftar pustaka tidak cocok dengan lembar tersimpan dan telah diperbaiki: {added} lembar \
             ditambahkan, {dropped} entri tanpa lembar dihapus."
        )),
        (Some(Repair::Matched { added, dropped }), Lang::En) => out.push(format!(
            "The library list did not match the stored sheets and was corrected: {added} {} added, \
             {dropped} {} without a sheet removed.",
            sheets_en(added),
            if dropped == 1 { "entry" } else { "entries" }
        )),
        (None, _) => {}
    }
    let stopped = r.set_aside.iter().filter(|a| a.why == Why::Stopped).count();
    let unreadable = r.set_aside.len() - stopped;
    if stopped > 0 {
        out.push(match lang {
            Lang::Id => "Tapak berhenti saat membuka lembar terakhir, jadi lembar itu disisihkan agar halaman \
                 tetap bisa dipakai. Lihat di Pustaka."
                .into(),
            Lang::En => "Tapak stopped while opening the last sheet, so that sheet was set aside to keep the page \
                 working. See the Library."
                .into(),
        });
    }
    if unreadable > 0 {
        out.push(set_aside_unreadable(unreadable, lang));
    }
    if let Some(e) = &r.error {
        out.push(store_error(e, lang));
    }
    out
}

/// Why a sheet set aside cannot be opened (`None`: it reads, but the page stopped opening it).
pub fn aside_problem(problem: Option<&LoadError>, lang: Lang) -> String {
    match (problem, lang) {
        (None, Lang::Id) => "Tapak berhenti saat membukanya.".into(),
        (None, Lang::En) => "Tapak stopped while opening it.".into(),
        (Some(LoadError::TooNew { schema }), Lang::Id) => {
            format!("Dibuat versi Tapak yang lebih baru (skema {schema}).")
        }
        (Some(LoadError::TooNew { schema }), Lang::En) => format!("Made by a newer Tapak (schema {schema})."),
        (Some(LoadError::Unreadable { path: Some(p), .. }), Lang::Id) => {
            format!("Bukan lembar Tapak yang terbaca: nilai di {} rusak.", crate::i18n::path_name(p, lang))
        }
        (Some(LoadError::Unreadable { path: Some(p), .. }), Lang::En) => {
            format!("Not a readable Tapak sheet: the value at {} is damaged.", crate::i18n::path_name(p, lang))
        }
        (Some(LoadError::Unreadable { path: None, .. }), Lang::Id) => "Bukan lembar Tapak yang terbaca.".into(),
        (Some(LoadError::Unreadable { path: None, .. }), Lang::En) => "Not a readable Tapak sheet.".into(),
        (Some(LoadError::Invalid(problems)), _) => {
            let lines: Vec<String> = problems.iter().map(|p| crate::i18n::problem(p, lang)).collect();
            lines.join(" ")
        }
        (Some(_), Lang::Id) => "Tidak bisa dibaca sebagai lembar Tapak.".into(),
        (Some(_), Lang::En) => "Cannot be read as a Tapak sheet.".into(),
    }
}

/// Why a sheet of the library was not opened.
pub fn open_error(e: &OpenError, lang: Lang) -> String {
    match (e, lang) {
        (OpenError::Store(e), _) => store_error(e, lang),
        (OpenError::Missing, Lang::Id) => "Lembar itu sudah tidak tersimpan (mungkin dihapus di tab lain).".into(),
        (OpenError::Missing, Lang::En) => "That sheet is no longer stored (perhaps deleted in another tab).".into(),
        (OpenError::Unreadable(_), _) => set_aside_unreadable(1, lang),
    }
}

/// The page was left while another tab had changed the sheet: this tab's version became a sheet
/// of its own.
pub fn forked(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("Lembar ini diubah di tab lain, jadi versi Anda disimpan sebagai lembar baru “{name}”."),
        Lang::En => {
            format!("This sheet was changed in another tab, so your version was saved as a new sheet “{name}”.")
        }
    }
}

/// A stored size, in whole kilobytes (rounded up).
pub fn size(bytes: usize) -> String {
    format!("{} KB", bytes.div_ceil(1024))
}

/// The question before deleting a sheet that quotations use.
pub fn used_by_quotations(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Id => {
            format!("Lembar ini dipakai di {n} penawaran; artikelnya akan hilang dari penawaran itu. Tetap hapus?")
        }
        Lang::En => {
            format!("{n} quotation(s) use this sheet; its article will be missing from them. Delete it anyway?")
        }
    }
}
