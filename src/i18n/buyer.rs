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

        /// English, in the order of `BT`: compiled into every module, and every text's fallback.
        pub const EN: &[&str] = &[ $( $en, )* ];
        /// Korean, Spanish and Indonesian, in the order of `BT`: compiled into the native build,
        /// and Indonesian into the editor (`install`, for the maker's print). The buyer's module
        /// carries none of them: it loads the buyer's language from `texts-<tag>.txt`
        /// (`load`), which `tests/it/phrases.rs` keeps equal to these tables.
        pub const KO: &[&str] = &[ $( $ko, )* ];
        pub const ES: &[&str] = &[ $( $es, )* ];
        pub const ID: &[&str] = &[ $( $id, )* ];
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
    Remarks => "Remarks", "참고 사항", "Observaciones", "Keterangan";
    PayDepositBeforeShipment => "T/T {n} % deposit, balance before shipment", "T/T 선금 {n} %, 잔금은 선적 전 지급", "T/T {n} % de anticipo, saldo antes del embarque", "T/T uang muka {n} %, pelunasan sebelum pengapalan";
    PayDepositAgainstBl => "T/T {n} % deposit, balance against copy of B/L", "T/T 선금 {n} %, 잔금은 B/L 사본 수령 시 지급", "T/T {n} % de anticipo, saldo contra copia del B/L", "T/T uang muka {n} %, pelunasan atas salinan B/L";
    PayAdvance => "T/T 100 % in advance", "T/T 100 % 선지급", "T/T 100 % por adelantado", "T/T 100 % di muka";
    PayLcAtSight => "Irrevocable L/C at sight", "일람출급 취소불능 신용장 (L/C at sight)", "Carta de crédito irrevocable a la vista", "L/C yang tidak dapat dibatalkan, atas unjuk";
    PayLcUsance => "Irrevocable L/C at {n} days after B/L date", "B/L 일자 후 {n}일 기한부 취소불능 신용장", "Carta de crédito irrevocable a {n} días de la fecha del B/L", "L/C yang tidak dapat dibatalkan, {n} hari setelah tanggal B/L";
    LeadDepositSample => "{n} days after deposit and sample approval", "선금 입금 및 샘플 승인 후 {n}일", "{n} días después del anticipo y la aprobación de la muestra", "{n} hari setelah uang muka dan persetujuan sampel";
    LeadDeposit => "{n} days after deposit", "선금 입금 후 {n}일", "{n} días después del anticipo", "{n} hari setelah uang muka";
    LeadLc => "{n} days after receipt of the L/C", "신용장 수령 후 {n}일", "{n} días después de recibir la carta de crédito", "{n} hari setelah L/C diterima";
    RemIncoterms => "Delivery terms according to Incoterms® 2020.", "인도 조건은 Incoterms® 2020에 따름.", "Condiciones de entrega según Incoterms® 2020.", "Syarat penyerahan menurut Incoterms® 2020.";
    RemFreight => "Sea freight subject to the rate at the time of booking.", "해상 운임은 선복 예약 시점의 운임을 적용함.", "Flete marítimo sujeto a la tarifa vigente al momento de la reserva.", "Ongkos angkut laut mengikuti tarif saat pemesanan kapal.";
    RemDuties => "Import duties and taxes at destination for the buyer's account.", "도착지 수입 관세 및 세금은 구매자 부담.", "Aranceles e impuestos de importación en destino por cuenta del comprador.", "Bea masuk dan pajak impor di tujuan ditanggung pembeli.";
    RemSizes => "Sizes according to the approved size chart (foot length in mm).", "사이즈는 승인된 사이즈표(발 길이, mm)에 따름.", "Tallas según la tabla de tallas aprobada (largo del pie en mm).", "Ukuran sesuai tabel ukuran yang disetujui (panjang kaki dalam mm).";
    RemSample => "Production starts after approval of the pre-production sample.", "생산 전 샘플 승인 후 생산을 시작함.", "La producción comienza tras aprobar la muestra de preproducción.", "Produksi dimulai setelah sampel praproduksi disetujui.";
    Proforma => "Proforma invoice", "견적 송장 (Proforma Invoice)", "Factura proforma", "Faktur proforma";
    PiNumber => "PI No.", "PI 번호", "N.º de PI", "Nomor PI";
    FromQuotation => "Quotation No.", "견적서 번호", "N.º de cotización", "Nomor penawaran";
    Consignee => "Consignee", "수하인", "Consignatario", "Penerima barang";
    Destination => "Destination", "도착지", "Destino", "Tujuan";
    ShipmentDate => "Shipment", "선적 예정", "Embarque previsto", "Rencana pengapalan";
    Deposit => "Deposit", "선금", "Anticipo", "Uang muka";
    Balance => "Balance", "잔금", "Saldo", "Pelunasan";
    OldBrowser => "This browser is too old to open the quotation. Update it, or open the link in a current Chrome, Safari, Firefox or Samsung Internet.", "이 브라우저는 너무 오래되어 견적서를 열 수 없습니다. 브라우저를 업데이트하거나 최신 Chrome, Safari, Firefox 또는 삼성 인터넷에서 링크를 여세요.", "Este navegador es demasiado antiguo para abrir la cotización. Actualícelo o abra el enlace en un Chrome, Safari, Firefox o Samsung Internet actual.", "Peramban ini terlalu lama untuk membuka penawaran. Perbarui, atau buka tautan di Chrome, Safari, Firefox atau Samsung Internet terbaru.";
    Private => "This quotation travels inside the link itself; no server stores it.", "이 견적서는 링크 안에 담겨 있으며 어떤 서버에도 저장되지 않습니다.", "Esta cotización viaja dentro del propio enlace; ningún servidor la guarda.", "Penawaran ini tersimpan di dalam tautan itu sendiri; tidak ada server yang menyimpannya.";
    PairsPerCarton => "Pairs per carton", "카톤당 켤레 수", "Pares por caja", "Pasang per karton";
    BuyerCountry => "Destination country", "도착 국가", "País de destino", "Negara tujuan";
}

use crate::model::sheet::phrases::{Lead, LeadKind, Payment, PaymentKind, Remark};

impl BT {
    /// The text in `lang`, or in English while `lang`'s texts are not loaded. Never inlined: it
    /// is called from many places, and one copy of the lookup is enough.
    #[inline(never)]
    pub fn in_lang(self, lang: BuyerLang) -> &'static str {
        let i = self as usize;
        table(lang).and_then(|t| t.get(i)).or_else(|| EN.get(i)).copied().unwrap_or("")
    }
}

/// The texts of `lang`: every language natively; in the browser, English and what was installed
/// or loaded.
#[cfg(not(target_arch = "wasm32"))]
fn table(lang: BuyerLang) -> Option<&'static [&'static str]> {
    Some(match lang {
        BuyerLang::En => EN,
        BuyerLang::Ko => KO,
        BuyerLang::Es => ES,
        BuyerLang::Id => ID,
    })
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static LOADED: std::cell::Cell<[Option<&'static [&'static str]>; 4]> = const { std::cell::Cell::new([None; 4]) };
}

#[cfg(target_arch = "wasm32")]
fn table(lang: BuyerLang) -> Option<&'static [&'static str]> {
    if lang == BuyerLang::En {
        return Some(EN);
    }
    LOADED.with(|l| l.get()[lang as usize])
}

/// Whether `lang`'s texts are there (English always is).
pub fn has(lang: BuyerLang) -> bool {
    table(lang).is_some()
}

/// The buyer's texts the editor shows (its print, the PI and the phrase pickers are in the
/// maker's language, Indonesian or English): called by those parts, so the table travels with
/// them, not in the editor's first module.
pub fn for_the_maker() {
    install(BuyerLang::Id, ID);
}

/// Makes `texts` (in the order of `BT`) the texts of `lang` (the editor installs `ID`).
pub fn install(lang: BuyerLang, texts: &'static [&'static str]) {
    #[cfg(target_arch = "wasm32")]
    LOADED.with(|l| {
        let mut all = l.get();
        all[lang as usize] = Some(texts);
        l.set(all);
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (lang, texts);
}

/// Loads `lang`'s texts from the text of its file (`texts_file`): one text a line, in the order
/// of `BT`. A file of another length (another build's) is refused, and English stays.
pub fn load(lang: BuyerLang, text: &str) -> bool {
    let lines: Vec<&'static str> = String::leak(text.trim_end_matches('\n').to_string()).split('\n').collect();
    let ok = lines.len() == EN.len() && lang != BuyerLang::En;
    if ok {
        install(lang, Vec::leak(lines));
    }
    ok
}

/// The file `texts-<tag>.txt` of `lang`: one text a line, in the order of `BT`.
pub fn texts_file(texts: &[&str]) -> String {
    let mut out = texts.join("\n");
    out.push('\n');
    out
}

/// `text` with its `{n}` set to `n` (split at a char: `str::replace` would bring a substring
/// searcher into the buyer's module).
fn with_n(text: &str, n: u32) -> String {
    match text.split_once('{') {
        Some((head, tail)) => format!("{head}{n}{}", tail.strip_prefix("n}").unwrap_or(tail)),
        None => text.to_string(),
    }
}

/// A payment phrase in `l`: "T/T 30 % deposit, balance before shipment".
pub fn payment(p: Payment, l: BuyerLang) -> String {
    let key = match p.kind {
        PaymentKind::DepositBeforeShipment => BT::PayDepositBeforeShipment,
        PaymentKind::DepositAgainstBl => BT::PayDepositAgainstBl,
        PaymentKind::Advance => BT::PayAdvance,
        PaymentKind::LcAtSight => BT::PayLcAtSight,
        PaymentKind::LcUsance => BT::PayLcUsance,
    };
    with_n(key.in_lang(l), p.n)
}

/// A lead-time phrase in `l`: "45 days after deposit and sample approval".
pub fn lead(x: Lead, l: BuyerLang) -> String {
    let key = match x.kind {
        LeadKind::AfterDepositAndSample => BT::LeadDepositSample,
        LeadKind::AfterDeposit => BT::LeadDeposit,
        LeadKind::AfterLc => BT::LeadLc,
    };
    with_n(key.in_lang(l), x.days)
}

/// A standard remark in `l`.
pub fn remark(r: Remark, l: BuyerLang) -> &'static str {
    match r {
        Remark::Incoterms2020 => BT::RemIncoterms,
        Remark::FreightAtBooking => BT::RemFreight,
        Remark::DutiesForBuyer => BT::RemDuties,
        Remark::SizesPerChart => BT::RemSizes,
        Remark::SampleApproval => BT::RemSample,
    }
    .in_lang(l)
}

/// A phrase and the free text beside it, as one line ("T/T 30 % deposit, … · by Citibank").
pub fn with_text(phrase: Option<String>, text: &str) -> String {
    match (phrase, text.trim()) {
        (Some(p), "") => p,
        (Some(p), t) => format!("{p} · {t}"),
        (None, t) => t.to_string(),
    }
}
