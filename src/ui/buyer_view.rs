//! What a buyer sees when opening a `#q=` link: the quote, read-only, in English, Korean,
//! Spanish or Indonesian. A damaged link shows no figures at all.
//!
//! Built with plain DOM calls (`ui::dom`), not Yew: the page is read-only and rebuilt whole when
//! the language changes, so a virtual DOM adds nothing but weight. This is the buyer's module's
//! whole interface (`ui::start_buyer`): about 30 KB brotli lighter than the same page in Yew,
//! which is what a buyer on mobile data waits for (issue 13). One click listener on the page
//! serves the language buttons and the print button.

use crate::i18n::buyer::{BuyerLang, BT};
use crate::share::buyer::{email_address, whatsapp_number, BuyerQuote};
use crate::share::link::{self, LinkError};
use crate::ui::dom::{document, text_el, El};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Opens a buyer link's payload: its checksum and version in Rust (`link::unseal`), its body
/// inflated by the browser's own `DecompressionStream` ("deflate-raw"), then read
/// (`link::read_buyer`). Using the browser's inflater keeps one out of the buyer's module
/// (5.3 KB brotli of its 31 KB, measured 2026-11-30); every browser since 2023 has it. At most
/// `MAX_BUYER_BYTES` are inflated, as natively: a larger body is refused as too large.
pub async fn open(payload: &str) -> Result<BuyerQuote, LinkError> {
    let (version, deflated) = link::unseal(payload)?;
    let body = inflate(&deflated, link::MAX_BUYER_BYTES).await?;
    link::read_buyer(version, &body)
}

#[wasm_bindgen]
extern "C" {
    /// The browser's `DecompressionStream` (web-sys has it only behind its unstable-API flag).
    /// It is itself the `{ readable, writable }` pair `pipeThrough` takes.
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

async fn inflate(deflated: &[u8], limit: usize) -> Result<Vec<u8>, LinkError> {
    use wasm_bindgen_futures::JsFuture;
    let ds = DecompressionStream::new("deflate-raw").map_err(|_| LinkError::OldBrowser)?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(deflated));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(|_| LinkError::OldBrowser)?;
    let reader: web_sys::ReadableStreamDefaultReader =
        blob.stream().pipe_through(ds.unchecked_ref::<web_sys::ReadableWritablePair>()).get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| LinkError::Damaged)?;
        let field = |name: &str| js_sys::Reflect::get(&chunk, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
        if field("done").as_bool() != Some(false) {
            return Ok(out);
        }
        let bytes = field("value").dyn_into::<js_sys::Uint8Array>().map_err(|_| LinkError::Damaged)?;
        if out.len() + bytes.length() as usize > limit {
            let _ = reader.cancel();
            return Err(LinkError::TooLarge);
        }
        out.extend(bytes.to_vec());
    }
}

fn browser_lang() -> BuyerLang {
    web_sys::window().and_then(|w| w.navigator().language()).map_or(BuyerLang::En, |t| BuyerLang::from_browser(&t))
}

/// Shows the page for `link` on `<body>`, in the browser's language, and keeps it answering
/// the language and print buttons.
pub fn show(link: Result<BuyerQuote, LinkError>) {
    let Some(body) = document().and_then(|d| d.body()) else { return };
    let link = Rc::new(link);
    let lang = Rc::new(Cell::new(browser_lang()));
    render(&body, &link, lang.get());
    let on_click = {
        let body = body.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            let Some(target) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
            let Ok(Some(button)) = target.closest("button[data-lang], button[data-print]") else { return };
            if button.has_attribute("data-print") {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            } else if let Some(chosen) =
                button.get_attribute("data-lang").and_then(|t| BuyerLang::ALL.into_iter().find(|b| b.tag() == t))
            {
                lang.set(chosen);
                render(&body, &link, chosen);
                // Keep keyboard focus on the language just chosen (the buttons were rebuilt).
                if let Some(b) = body
                    .query_selector(&format!("button[data-lang=\"{}\"]", chosen.tag()))
                    .ok()
                    .flatten()
                    .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = b.focus();
                }
            }
        })
    };
    let _ = body.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_click.forget();
}

/// Replaces the page's content with the page in `l`.
fn render(body: &web_sys::HtmlElement, link: &Result<BuyerQuote, LinkError>, l: BuyerLang) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", l.tag());
    }
    let t = |k: BT| k.in_lang(l);
    let picker = El::new("div").map(|d| {
        d.class("lang buyer-lang").attr("role", "group").attr("aria-label", t(BT::Language)).children(
            BuyerLang::ALL.iter().map(|&b| {
                Some(
                    El::new("button")?
                        .attr("type", "button")
                        .attr("lang", b.tag())
                        .attr("data-lang", b.tag())
                        .attr("aria-pressed", if b == l { "true" } else { "false" })
                        .text(b.name()),
                )
            }),
        )
    });
    let header = El::new("header").map(|h| {
        h.class("topbar no-print")
            .child(El::new("div").map(|d| d.class("brand").child(text_el("h1", "", "Tapak"))))
            .child(picker)
    });
    let main = El::new("main").map(|m| {
        let m = m.class("buyer-main");
        match link {
            Ok(q) => quote_page(m, q, l),
            Err(e) => m.child(
                text_el(
                    "p",
                    "notice",
                    t(match e {
                        LinkError::UnknownVersion(_) => BT::Newer,
                        LinkError::OldBrowser => BT::OldBrowser,
                        _ => BT::Damaged,
                    }),
                )
                .map(|p| p.attr("role", "alert").id("link-error")),
            ),
        }
    });
    let page = El::new("div").map(|d| d.class("buyer").child(header).child(main));
    crate::ui::dom::replace_children(body, page);
}

fn quote_page(main: El, q: &BuyerQuote, l: BuyerLang) -> El {
    let t = |k: BT| k.in_lang(l);
    let expired = q.valid_until().is_some_and(|u| crate::ui::storage::today() > u);
    let about = if q.number.is_empty() { q.articles.first().map_or("", |a| a.name.as_str()) } else { &q.number };
    let reply_text = format!("{} {}: ", t(BT::ReplyAbout), about);
    let encoded = String::from(js_sys::encode_uri_component(&reply_text));
    let whatsapp = whatsapp_number(&q.exporter.contact).map(|num| format!("https://wa.me/{num}?text={encoded}"));
    let mail = email_address(&q.exporter.contact).map(|to| format!("mailto:{to}?subject={encoded}"));
    let class = if q.proforma.is_some() { "quote-sheet proforma buyer-sheet" } else { "quote-sheet buyer-sheet" };
    let sheet = crate::ui::quotation_page::sheet(q, l, expired, 2).map(|a| a.class(class));
    let link =
        |id: &str, href: &str, text: &str| El::new("a").map(|a| a.class("button").id(id).attr("href", href).text(text));
    let actions = El::new("div").map(|d| {
        d.class("buyer-actions no-print")
            .child(text_el("button", "primary", t(BT::Print)).map(|b| b.attr("type", "button").attr("data-print", "")))
            .child(whatsapp.and_then(|href| {
                Some(
                    link("reply-whatsapp", &href, t(BT::ReplyWhatsApp))?
                        .attr("target", "_blank")
                        .attr("rel", "noopener noreferrer"),
                )
            }))
            .child(mail.and_then(|href| link("reply-email", &href, t(BT::ReplyEmail))))
    });
    let banner = expired
        .then(|| {
            text_el("p", "notice expired", &format!("⚠ {}", t(BT::Expired)))
                .map(|p| p.attr("role", "alert").id("expired"))
        })
        .flatten();
    main.child(banner).child(sheet).child(actions).child(text_el("p", "fine no-print", t(BT::Private)))
}
