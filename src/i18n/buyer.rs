//! The buyer's view in the buyer's language: English, Korean, Spanish or Indonesian.

use crate::format::NumberStyle;

/// Languages of the buyer view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum BuyerLang {
    #[default]
    En,
    Ko,
    Es,
    Id,
}

impl BuyerLang {
    pub const ALL: [BuyerLang; 4] = [BuyerLang::En, BuyerLang::Ko, BuyerLang::Es, BuyerLang::Id];

    pub fn tag(self) -> &'static str {
        match self {
            BuyerLang::En => "en",
            BuyerLang::Ko => "ko",
            BuyerLang::Es => "es",
            BuyerLang::Id => "id",
        }
    }

    /// The language's own name, for the picker.
    pub fn name(self) -> &'static str {
        match self {
            BuyerLang::En => "English",
            BuyerLang::Ko => "한국어",
            BuyerLang::Es => "Español",
            BuyerLang::Id => "Bahasa Indonesia",
        }
    }

    /// The buyer's language from a browser language tag ("ko-KR" → Korean), English otherwise.
    pub fn from_browser(tag: &str) -> BuyerLang {
        match tag.get(..2).map(str::to_ascii_lowercase).as_deref() {
            Some("ko") => BuyerLang::Ko,
            Some("es") => BuyerLang::Es,
            Some("id") | Some("in") | Some("ms") => BuyerLang::Id,
            _ => BuyerLang::En,
        }
    }

    /// Korean and English group with commas and use a decimal point; Spanish and Indonesian the
    /// other way round.
    pub fn number_style(self) -> NumberStyle {
        match self {
            BuyerLang::En | BuyerLang::Ko => NumberStyle::English,
            BuyerLang::Es | BuyerLang::Id => NumberStyle::Indonesian,
        }
    }
}

impl From<super::Lang> for BuyerLang {
    /// The maker's language as a buyer's page language (the print and the PI are in it).
    fn from(l: super::Lang) -> BuyerLang {
        match l {
            super::Lang::Id => BuyerLang::Id,
            super::Lang::En => BuyerLang::En,
        }
    }
}

macro_rules! buyer_texts {
    ($( $key:ident => $en:expr, $ko:expr, $es:expr, $id:expr; )*) => {
        /// A fixed piece of buyer-view text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum BT { $( $key, )* }

        /// Every text in the four languages, in the order of `BT` and of `BuyerLang` (a table:
        /// data, where a `match` would be code).
        const TEXTS: &[[&str; 4]] = &[ $( [$en, $ko, $es, $id], )* ];

        impl BT {
            pub fn in_lang(self, lang: BuyerLang) -> &'static str {
                TEXTS.get(self as usize).map_or("", |t| t[lang as usize])
            }
        }
    };
}

buyer_texts! {
    Quotation => "Quotation", "견적서", "Cotización", "Penawaran harga";
    Number => "No.", "번호", "N.º", "Nomor";
    Date => "Date", "발행일", "Fecha", "Tanggal";
    ValidUntil => "Valid until", "유효 기한", "Válida hasta", "Berlaku sampai";
    Expired => "This quotation has expired. Ask the exporter for a new one.", "이 견적서는 유효 기한이 지났습니다. 수출업체에 새 견적을 요청하세요.", "Esta cotización ha vencido. Pida una nueva al exportador.", "Penawaran ini sudah berakhir. Minta penawaran baru kepada pengekspor.";
    Exporter => "Exporter", "수출업체", "Exportador", "Pengekspor";
    Article => "Article", "품목", "Artículo", "Artikel";
    HsCode => "HS code", "HS 코드", "Código SA", "Kode HS";
    Sizes => "Sizes (foot length)", "사이즈 (발 길이)", "Tallas (largo del pie)", "Ukuran (panjang kaki)";
    Quantity => "Quantity (pairs)", "수량 (켤레)", "Cantidad (pares)", "Jumlah (pasang)";
    UnitPrice => "Unit price per pair", "켤레당 단가", "Precio por par", "Harga per pasang";
    Amount => "Amount", "금액", "Importe", "Jumlah";
    PricesIn => "Prices in", "가격 통화", "Precios en", "Harga dalam";
    DeliveryTerm => "Delivery term", "인도 조건", "Condición de entrega", "Syarat penyerahan";
    PortOfLoading => "Port of loading", "선적항", "Puerto de carga", "Pelabuhan muat";
    PaymentTerms => "Payment terms", "결제 조건", "Condiciones de pago", "Syarat pembayaran";
    LeadTime => "Lead time", "납기", "Plazo de entrega", "Waktu produksi";
    Moq => "Minimum order (pairs)", "최소 주문 수량 (켤레)", "Pedido mínimo (pares)", "Pesanan minimum (pasang)";
    Notes => "Notes", "비고", "Notas", "Catatan";
    Print => "Print", "인쇄", "Imprimir", "Cetak";
    ReplyWhatsApp => "Reply on WhatsApp", "WhatsApp으로 답장", "Responder por WhatsApp", "Balas lewat WhatsApp";
    ReplyEmail => "Reply by email", "이메일로 답장", "Responder por correo", "Balas lewat email";
    ReplyAbout => "About quotation", "견적서 관련", "Sobre la cotización", "Tentang penawaran";
    Language => "Language", "언어", "Idioma", "Bahasa";
    Damaged => "This link is damaged or was changed, so its prices are not shown. Ask the exporter to send it again.", "이 링크는 손상되었거나 변경되어 가격을 표시하지 않습니다. 수출업체에 다시 보내 달라고 요청하세요.", "Este enlace está dañado o fue modificado, por eso no se muestran sus precios. Pida al exportador que lo envíe de nuevo.", "Tautan ini rusak atau telah diubah, jadi harganya tidak ditampilkan. Minta pengekspor mengirim ulang.";
    Newer => "This link was made by a newer version of Tapak. Reload the page; if it stays, ask the exporter.", "이 링크는 더 새로운 버전의 Tapak에서 만들어졌습니다. 페이지를 새로고침하세요.", "Este enlace se creó con una versión más reciente de Tapak. Recargue la página.", "Tautan ini dibuat oleh versi Tapak yang lebih baru. Muat ulang halaman.";
    To => "To", "수신", "Para", "Kepada";
    BankDetails => "Bank details", "은행 정보", "Datos bancarios", "Rekening bank";
    OrderTotal => "Order total", "주문 합계", "Total del pedido", "Total pesanan";
    Shipment => "Shipment", "선적 물량", "Embarque", "Pengiriman";
    Cartons => "cartons", "카톤", "cajas", "karton";
    Pairs => "pairs", "켤레", "pares", "pasang";
    PriceCovers => "Price covers", "가격 포함 범위", "El precio cubre", "Cakupan harga";
    CmtCovers => "CMT price (cutting, making, trimming and our other materials); supplied by the buyer:", "CMT 가격 (재단, 봉제, 마무리 및 당사의 기타 자재 포함); 구매자 공급 자재:", "Precio CMT (corte, confección, acabado y nuestros demás materiales); suministrado por el comprador:", "Harga maklon (CMT): ongkos potong, jahit, rakit dan bahan lain dari kami; disediakan pembeli:";
    OldBrowser => "This browser is too old to open the quotation. Update it, or open the link in a current Chrome, Safari, Firefox or Samsung Internet.", "이 브라우저는 너무 오래되어 견적서를 열 수 없습니다. 브라우저를 업데이트하거나 최신 Chrome, Safari, Firefox 또는 삼성 인터넷에서 링크를 여세요.", "Este navegador es demasiado antiguo para abrir la cotización. Actualícelo o abra el enlace en un Chrome, Safari, Firefox o Samsung Internet actual.", "Peramban ini terlalu lama untuk membuka penawaran. Perbarui, atau buka tautan di Chrome, Safari, Firefox atau Samsung Internet terbaru.";
    Private => "This quotation travels inside the link itself; no server stores it.", "이 견적서는 링크 안에 담겨 있으며 어떤 서버에도 저장되지 않습니다.", "Esta cotización viaja dentro del propio enlace; ningún servidor la guarda.", "Penawaran ini tersimpan di dalam tautan itu sendiri; tidak ada server yang menyimpannya.";
}
