//! Short phrases with a figure in them, shown beside the cards' figures.

use super::Lang;
use crate::share::buyer::NotReady;

/// The last carton of the order is not full.
pub fn partial_carton(pairs: u32, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("karton terakhir berisi {pairs} pasang"),
        Lang::En => format!("the last carton holds {pairs} pairs"),
    }
}

/// How many more pairs the containers would take.
pub fn spare_pairs(spare: u64, weight_bound: bool, lang: Lang) -> String {
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
            format!("Belum bisa dibagikan: jumlah {pairs} pasang belum ada harganya (lihat tab 2).")
        }
        (NotReady::Unpriced { pairs }, Lang::En) => {
            format!("Not ready to share: {pairs} pairs have no price yet (see tab 2).")
        }
        (NotReady::NoQuantity, Lang::Id) => "Belum bisa dibagikan: isi jumlah pesanan.".into(),
        (NotReady::NoQuantity, Lang::En) => "Not ready to share: enter the order quantity.".into(),
        (NotReady::Incomplete, Lang::Id) => "Belum bisa dibagikan: lembar belum lengkap.".into(),
        (NotReady::Incomplete, Lang::En) => "Not ready to share: the sheet is incomplete.".into(),
    }
}
