//! What a buyer sees when opening a `#q=` link: the quote, read-only, in English, Korean,
//! Spanish or Indonesian. A damaged link shows no figures at all.
//!
//! Built with plain DOM calls (`ui::buyer::dom`), not Yew: the page is read-only and rebuilt whole when
//! the language changes, so a virtual DOM adds nothing but weight. This is the buyer's module's
//! whole interface (`unseal_code`, `show`, called by `src/main_buyer.rs`): about 30 KB brotli
//! lighter than the same page in Yew,
//! which is what a buyer on mobile data waits for (issue 13). One click listener on the page
//! serves the language buttons and the print button.
//!
//! The buyer's program (this folder): built without Yew, with plain DOM calls (`dom`); the
//! quotation page (`quotation_page`) is also the editor's A4 print.

pub mod dom;
pub mod quotation_page;

use crate::i18n::buyer::{BuyerLang, BT};
use crate::share::buyer::{email_address, whatsapp_number, BuyerQuote};
use crate::share::link::{self, LinkError};
use crate::ui::buyer::dom::{document, text_el, El};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The most a link's body may inflate to: the buyer's start (`scripts/buyer.mjs`) stops there.
const _: () = assert!(link::MAX_BUYER_BYTES == 65_536, "scripts/buyer.mjs inflates at most 65536 bytes");

/// A fault as its code for the start script, and back: 1 damaged, 2 too large, 3 an old browser,
/// 256 + v an unknown version v.
fn fault_code(e: &LinkError) -> u32 {
    match e {
        LinkError::TooLarge => 2,
        LinkError::OldBrowser => 3,
        LinkError::UnknownVersion(v) => 256 + u32::from(*v),
        _ => 1,
    }
}

fn fault(code: u32) -> LinkError {
    match code {
        2 => LinkError::TooLarge,
        3 => LinkError::OldBrowser,
        256.. => LinkError::UnknownVersion(u8::try_from(code - 256).unwrap_or(u8::MAX)),
        _ => LinkError::Damaged,
    }
}

/// A buyer link's payload checked (`link::unseal`): the version byte and the deflated body, or
/// a fault code.
///
/// # Errors
/// The fault's code.
pub fn unseal_code(payload: &[u8]) -> Result<Vec<u8>, u32> {
    let (version, deflated) = link::unseal_bytes(payload).map_err(|e| fault_code(&e))?;
    let mut out = Vec::with_capacity(deflated.len() + 1);
    out.push(version);
    out.extend(deflated);
    Ok(out)
}

/// Shows the buyer's page for a link's inflated `body` of `version` (or its `fault`), with the
/// texts of language `tag` the start script fetched.
pub fn show(version: u8, body: Option<Vec<u8>>, fault_code: u32, tag: &str, texts: &str) {
    if let Some(lang) = BuyerLang::ALL.into_iter().find(|b| b.tag() == tag) {
        crate::i18n::buyer::load(lang, texts);
    }
    let link = match body {
        Some(body) if fault_code == 0 => link::read_buyer(version, &body),
        _ => Err(fault(fault_code)),
    };
    show_page(link);
}

/// Fetches the texts of `lang` (`texts-<tag>.txt`, beside the page), then runs `then`, loaded
/// or not (the page stays in English where they could not be had, offline before they were
/// kept). Promise callbacks, not an async executor: the module stays small.
fn fetch_texts(lang: BuyerLang, then: impl FnOnce() + 'static) {
    type Then = Rc<std::cell::RefCell<Option<Box<dyn FnOnce()>>>>;
    let then: Then = Rc::new(std::cell::RefCell::new(Some(Box::new(then))));
    let finish = move |then: &Then, text: JsValue| {
        if let Some(t) = text.as_string() {
            crate::i18n::buyer::load(lang, &t);
        }
        if let Some(f) = then.borrow_mut().take() {
            f();
        }
    };
    let Some(w) = web_sys::window() else { return finish(&then, JsValue::UNDEFINED) };
    let (t1, t2, t3, t4) = (then.clone(), then.clone(), then.clone(), then);
    let on_text = Closure::<dyn FnMut(JsValue)>::new(move |text: JsValue| finish(&t1, text));
    let on_fail = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| finish(&t2, JsValue::UNDEFINED));
    let on_response = Closure::<dyn FnMut(JsValue)>::new(move |resp: JsValue| {
        match resp.dyn_into::<web_sys::Response>().ok().filter(web_sys::Response::ok).and_then(|r| r.text().ok()) {
            Some(text) => {
                let _ = text.then2(&on_text, &on_fail);
            }
            None => finish(&t3, JsValue::UNDEFINED),
        }
    });
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| finish(&t4, JsValue::UNDEFINED));
    let _ = w.fetch_with_str(&format!("texts-{}.txt", lang.tag())).then2(&on_response, &on_error);
    // A language is fetched at most a few times a visit: the callbacks stay.
    on_response.forget();
    on_error.forget();
}

fn browser_lang() -> BuyerLang {
    web_sys::window().and_then(|w| w.navigator().language()).map_or(BuyerLang::En, |t| BuyerLang::from_browser(&t))
}

/// Shows the page for `link` on `<body>`, in the browser's language, and keeps it answering
/// the language and print buttons.
fn show_page(link: Result<BuyerQuote, LinkError>) {
    let Some(body) = document().and_then(|d| d.body()) else { return };
    let link = Rc::new(link);
    let lang = Rc::new(Cell::new(browser_lang()));
    render(&body, &link, lang.get());
    // The start script fetched the texts of its guess at the language; another one is fetched now.
    if !crate::i18n::buyer::has(lang.get()) {
        let (body, link, chosen) = (body.clone(), link.clone(), lang.clone());
        fetch_texts(lang.get(), move || render(&body, &link, chosen.get()));
    }
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
                let (body, link, lang) = (body.clone(), link.clone(), lang.clone());
                let shown = move || {
                    // Another language may have been chosen while this one was fetched.
                    if lang.get() != chosen {
                        return;
                    }
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
                };
                if crate::i18n::buyer::has(chosen) {
                    shown();
                } else {
                    fetch_texts(chosen, shown);
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
    crate::ui::buyer::dom::replace_children(body, page);
}

fn quote_page(main: El, q: &BuyerQuote, l: BuyerLang) -> El {
    let t = |k: BT| k.in_lang(l);
    let expired = q.valid_until().is_some_and(|u| crate::ui::shell::storage::today() > u);
    let about = if q.number.is_empty() { q.articles.first().map_or("", |a| a.name.as_str()) } else { &q.number };
    let reply_text = format!("{} {}: ", t(BT::ReplyAbout), about);
    let encoded = String::from(js_sys::encode_uri_component(&reply_text));
    let whatsapp = whatsapp_number(&q.exporter.contact).map(|num| format!("https://wa.me/{num}?text={encoded}"));
    let mail = email_address(&q.exporter.contact).map(|to| format!("mailto:{to}?subject={encoded}"));
    let class = if q.proforma.is_some() { "quote-sheet proforma buyer-sheet" } else { "quote-sheet buyer-sheet" };
    let sheet = crate::ui::buyer::quotation_page::sheet(q, l, expired, 2).map(|a| a.class(class));
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
