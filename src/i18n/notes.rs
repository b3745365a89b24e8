//! Short phrases with a figure in them, shown beside the cards' figures.

use super::Lang;
use crate::share::address::{AddressError, Unreachable};
use crate::share::buyer::NotReady;

/// The last carton of the order is not full.
pub fn partial_carton(pairs: u32, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("karton terakhir berisi {} pasang", super::count(pairs, lang)),
        Lang::En => format!("the last carton holds {} pairs", super::count(pairs, lang)),
    }
}

/// How many more pairs the containers would take (grouped the language's way: "± 2.628").
pub fn spare_pairs(spare: u64, weight_bound: bool, lang: Lang) -> String {
    let spare = crate::format::format_number(rust_decimal::Decimal::from(spare), lang.number_style(), None);
    match (lang, weight_bound) {
        (Lang::Id, false) => format!("masih muat ± {spare} pasang"),
        (Lang::Id, true) => format!("dibatasi berat; masih muat ± {spare} pasang"),
        (Lang::En, false) => format!("room for about {spare} more pairs"),
        (Lang::En, true) => format!("weight-bound; room for about {spare} more pairs"),
    }
}

/// Why the quote cannot be shared with a buyer yet.
pub fn not_ready(e: NotReady, lang: Lang) -> String {
    match (e, lang) {
        (NotReady::Unpriced { pairs }, Lang::Id) => {
            format!(
                "Belum bisa dibagikan: jumlah {} pasang belum ada harganya (lihat tab 2).",
                super::count(pairs, lang)
            )
        }
        (NotReady::Unpriced { pairs }, Lang::En) => {
            format!("Not ready to share: {} pairs have no price yet (see tab 2).", super::count(pairs, lang))
        }
        (NotReady::NoQuantity, Lang::Id) => "Belum bisa dibagikan: isi jumlah pesanan.".into(),
        (NotReady::NoQuantity, Lang::En) => "Not ready to share: enter the order quantity.".into(),
        (NotReady::Incomplete, Lang::Id) => "Belum bisa dibagikan: lembar belum lengkap.".into(),
        (NotReady::Incomplete, Lang::En) => "Not ready to share: the sheet is incomplete.".into(),
    }
}

/// Why a buyer could not open a link built on this page's address.
pub fn unreachable_page(why: Unreachable, lang: Lang) -> &'static str {
    match (why, lang) {
        (Unreachable::ThisComputer, Lang::Id) => "Tapak ini berjalan di komputer Anda sendiri (localhost): pembeli tidak bisa membuka tautan ke alamat ini.",
        (Unreachable::ThisComputer, Lang::En) => "This Tapak runs on your own computer (localhost): a buyer could not open a link to this address.",
        (Unreachable::PrivateNetwork, Lang::Id) => "Tapak ini dibuka dari alamat jaringan kantor atau rumah: pembeli di luar jaringan itu tidak bisa membuka tautannya.",
        (Unreachable::PrivateNetwork, Lang::En) => "This Tapak is opened from an office or home network address: a buyer outside that network could not open its links.",
        (Unreachable::NotWeb, Lang::Id) => "Tapak ini dibuka dari berkas di komputer: pembeli tidak bisa membuka tautannya.",
        (Unreachable::NotWeb, Lang::En) => "This Tapak is opened from a file on this computer: a buyer could not open its links.",
    }
}

/// Why a typed published address is refused.
pub fn address_error(e: AddressError, lang: Lang) -> &'static str {
    match (e, lang) {
        (AddressError::NotHttps, Lang::Id) => {
            "Alamat terbit harus lengkap, diawali https:// dan memakai nama situs (bukan angka IP), misalnya https://nama.github.io/tapak/."
        }
        (AddressError::NotHttps, Lang::En) => {
            "The published address must be complete, start with https:// and use the site's name (not an IP number), for example https://name.github.io/tapak/."
        }
        (AddressError::Unreachable(Unreachable::ThisComputer), Lang::Id) => {
            "Alamat ini hanya ada di komputer Anda; pembeli tidak bisa membukanya."
        }
        (AddressError::Unreachable(Unreachable::ThisComputer), Lang::En) => {
            "This address exists only on your computer; a buyer could not open it."
        }
        (AddressError::Unreachable(_), Lang::Id) => {
            "Alamat ini ada di jaringan kantor atau rumah; pembeli tidak bisa membukanya."
        }
        (AddressError::Unreachable(_), Lang::En) => {
            "This address is on an office or home network; a buyer could not open it."
        }
    }
}

/// How a unit price is put on its step: "ke kelipatan 0,05 ke atas", "to the nearest 500 (half-up)".
pub fn price_step(s: &crate::model::base::money::PriceStep, lang: Lang) -> String {
    let step = crate::format::format_number(s.step, lang.number_style(), None);
    let ties = |l: Lang| match (s.ties, l) {
        (crate::model::base::money::Rounding::HalfUp, Lang::Id) => "0,5 ke atas",
        (crate::model::base::money::Rounding::HalfUp, Lang::En) => "half-up",
        (crate::model::base::money::Rounding::HalfEven, Lang::Id) => "setengah ke genap",
        (crate::model::base::money::Rounding::HalfEven, Lang::En) => "half-even",
    };
    match (s.up, lang) {
        (true, Lang::Id) => format!("dibulatkan ke atas ke kelipatan {step}"),
        (true, Lang::En) => format!("rounded up to a multiple of {step}"),
        (false, Lang::Id) => format!("dibulatkan ke kelipatan {step} terdekat ({})", ties(lang)),
        (false, Lang::En) => format!("rounded to the nearest multiple of {step} ({})", ties(lang)),
    }
}

/// A quotation past its last day.
pub fn expired(until: &str, lang: Lang) -> String {
    match lang {
        Lang::Id => format!(
            "Masa berlaku penawaran ini sudah lewat (berlaku s.d. {until}). Pembeli akan melihatnya kedaluwarsa."
        ),
        Lang::En => {
            format!("This quotation is past its validity (valid until {until}). The buyer will see it as expired.")
        }
    }
}

/// Asked before a quotation past its last day is printed.
pub fn renew_question(until: &str, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("Penawaran ini berlaku s.d. {until} dan sudah lewat. Perbarui tanggal penawaran ke hari ini lebih dulu? (Batal: cetak apa adanya.)"),
        Lang::En => format!("This quotation was valid until {until}. Renew its date to today first? (Cancel: print it as it is.)"),
    }
}

/// The title a quotation is sent with: in English, the language of export trade, whatever the
/// maker's screen says (the link itself opens in the buyer's language).
pub fn share_title(number: &str, article: &str) -> String {
    let parts: Vec<&str> = [number.trim(), article.trim()].into_iter().filter(|s| !s.is_empty()).collect();
    if parts.is_empty() {
        "Quotation".into()
    } else {
        format!("Quotation {}", parts.join(" · "))
    }
}

/// The exchange rate a quote uses: "Kurs: 1 USD = 16.250 IDR (JISDOR, 2025-07-29), buffer 1%".
/// The brackets go when neither source nor date was entered.
pub fn rate_used(r: &crate::model::export::quote::QuoteRate, lang: Lang) -> String {
    let style = lang.number_style();
    let n = |v| crate::format::format_number(v, style, None);
    let mut text = format!("{}: 1 {} = {} {}", super::T::RateUsed.in_lang(lang), r.base, n(r.rate), r.quote);
    let about: Vec<&str> = [r.source.trim(), r.date.trim()].into_iter().filter(|s| !s.is_empty()).collect();
    if !about.is_empty() {
        text.push_str(&format!(" ({})", about.join(", ")));
    }
    if !r.buffer_pct.is_zero() {
        text.push_str(&format!(", {} {}%", super::T::Buffer.in_lang(lang), n(r.buffer_pct)));
    }
    text
}
