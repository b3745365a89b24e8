//! Sharing from the quotation step: the buyer link with its QR code, and the worksheet link.

use crate::i18n::{self, Lang, P};
use crate::model::export::quote::Quote;
use crate::model::sheet::document::Document;
use crate::share::buyer::{BuyerQuote, NotReady};
use crate::share::{address, link, qr};
use crate::ui::shell::state::use_ctx;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The page's full address.
fn page_address() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

fn copy(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

fn download_url(href: &str, name: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Ok(a) = document.create_element("a").map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        a.set_href(href);
        a.set_download(name);
        a.click();
    }
}

fn download_png(code: &qr::Qr, name: &str) {
    let scale = 8u32;
    let n = code.size + 8;
    let run = || -> Option<()> {
        let document = web_sys::window()?.document()?;
        let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
        canvas.set_width(n * scale);
        canvas.set_height(n * scale);
        let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        ctx.set_fill_style_str("#fff");
        ctx.fill_rect(0.0, 0.0, f64::from(n * scale), f64::from(n * scale));
        ctx.set_fill_style_str("#000");
        for (i, &on) in code.dark.iter().enumerate() {
            if on {
                let (x, y) = (i as u32 % code.size + 4, i as u32 / code.size + 4);
                ctx.fill_rect(f64::from(x * scale), f64::from(y * scale), f64::from(scale), f64::from(scale));
            }
        }
        download_url(&canvas.to_data_url().ok()?, name);
        Some(())
    };
    let _ = run();
}

/// The buyer link of an issued quotation on `base` (`None` when it is too large to encode).
fn buyer_url(b: &BuyerQuote, base: &str) -> Option<String> {
    link::encode_buyer(b).map(|payload| format!("{base}#q={payload}"))
}

/// Before a quotation past its last day is printed: asks whether to renew its date to today. Yes:
/// the date is renewed on the sheet and returned; no (or not past its day): `None`, and it is
/// printed as it is. (A link asks in the panel instead: see `SharePanel`.)
pub fn renew_first(
    details: &crate::model::sheet::document::QuoteDetails,
    edit: &Callback<crate::model::sheet::edit::Edit>,
    lang: Lang,
) -> Option<String> {
    let today = crate::ui::shell::storage::today();
    let until = details.expired_on(today)?;
    let question = i18n::notes::renew_question(&until.day_first(), lang);
    if !web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false) {
        return None;
    }
    edit.emit(crate::model::sheet::edit::Edit::renewal(today));
    Some(today.to_string())
}

/// Hands `text` and `url` to the system's share sheet (Web Share, on phones); false when the
/// browser has none.
fn system_share(title: &str, text: &str, url: &str) -> bool {
    use js_sys::{Function, Object, Promise, Reflect};
    let run = || -> Option<()> {
        let navigator = web_sys::window()?.navigator();
        let share: Function = Reflect::get(&navigator, &"share".into()).ok()?.dyn_into().ok()?;
        let data = Object::new();
        for (k, v) in [("title", title), ("text", text), ("url", url)] {
            Reflect::set(&data, &k.into(), &v.into()).ok()?;
        }
        let promise: Promise = share.call1(&navigator, &data).ok()?.dyn_into().ok()?;
        // Closing the share sheet rejects the promise: that is the user's choice, not an error.
        let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
        let _ = promise.catch(&ignore);
        ignore.forget();
        Some(())
    };
    run().is_some()
}

/// "738 karakter · QR versi 22": a link's length and the QR version it needs.
pub fn link_info(url: &str, code: Option<&qr::Qr>, lang: Lang) -> String {
    match (code, lang) {
        (Some(c), Lang::Id) => format!("{} karakter · QR versi {}", url.len(), c.version),
        (Some(c), Lang::En) => format!("{} characters · QR version {}", url.len(), c.version),
        (None, _) => url.len().to_string(),
    }
}

/// A QR code as an SVG figure with a white quiet zone, and `caption` under it.
pub fn qr_figure(c: &qr::Qr, alt: &str, caption: Html) -> Html {
    let side = (c.size + 8).to_string();
    html! {
        <figure class="qr">
            <svg viewBox={format!("0 0 {side} {side}")} role="img" aria-label={alt.to_string()} shape-rendering="crispEdges">
                <rect width={side.clone()} height={side} fill="#fff" />
                <path d={c.path.clone()} fill="#000" />
            </svg>
            { caption }
        </figure>
    }
}

/// Whether this browser has a system share sheet.
pub(crate) fn can_share() -> bool {
    web_sys::window().is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub doc: Rc<Document>,
    pub quote: Rc<Quote>,
}

#[function_component]
pub fn SharePanel(p: &ShareProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let tp = |k: P| k.in_lang(lang);
    let copied = use_state_eq(|| false);
    // The way of sending that waits for an answer about renewing an expired quotation.
    let asking = use_state_eq(|| None::<Send>);
    let published = use_state(crate::ui::shell::storage::load_published);
    let base = Rc::new(address::link_base(&page_address(), published.as_deref()));
    let issued = use_memo((p.doc.clone(), p.quote.clone(), base.base.clone()), |(d, q, base)| {
        BuyerQuote::issue(d, q).map(|b| {
            let url = buyer_url(&b, base);
            let code = url.as_deref().and_then(qr::encode);
            (url, code)
        })
    });
    let file_base = crate::ui::shell::files::file_name(&p.doc).trim_end_matches(".tapak.json").to_string();
    let worksheet = copy_worksheet(p.doc.clone(), base.base.clone(), lang);
    html! {
        <section class="card share no-print" aria-labelledby="h-share">
            <h2 id="h-share">{ tp(P::ShareBuyer) }</h2>
            <p class="help">{ tp(P::BuyerLinkHelp) }</p>
            <PublishedSetting base={base.clone()} {published} />
            <Expiry doc={p.doc.clone()} />
            { match &*issued {
                // A field holding a refused entry keeps the link back too: the figures would use
                // its last accepted value, not what the user sees typed.
                _ if !crate::ui::shell::readiness::ready(&ctx, &p.quote) => html! {
                    <crate::ui::shell::readiness::NotReadyBlock doc={p.doc.clone()} quote={p.quote.clone()} id="share-not-ready" />
                },
                Err(e) => html! { <p class="issues">{ i18n::notes::not_ready(*e, lang) }</p> },
                Ok((None, _)) => html! { <p class="issues">{ i18n::notes::not_ready(NotReady::NoQuantity, lang) }</p> },
                Ok((Some(url), code)) => {
                    let go = link_sender(p, &ctx.edit, &base.base, url, &copied, &asking);
                    html! {
                        <>
                            { buyer_link(p, url, code.as_ref(), &go, &asking, *copied, lang) }
                            { renew_ask("", p.doc.quote.valid_until(), &asking, &go, lang) }
                            if let Some(c) = code {
                                { qr_figure(c, tp(P::QrAlt), qr_downloads(c, &file_base, lang)) }
                            }
                        </>
                    }
                }
            } }
            <h3>{ tp(P::WorksheetLink) }</h3>
            <p class="help warn-text">{ "⚠ " }{ tp(P::WorksheetWarn) }</p>
            <button type="button" id="copy-worksheet" onclick={worksheet}>{ tp(P::CopyWorksheet) }</button>
        </section>
    }
}

/// Copies the worksheet link of `doc` on `base`, once the user confirms the warning.
fn copy_worksheet(doc: Rc<Document>, base: String, lang: Lang) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let ok = web_sys::window()
            .and_then(|w| w.confirm_with_message(P::ConfirmWorksheet.in_lang(lang)).ok())
            .unwrap_or(false);
        if ok {
            copy(&format!("{base}#w={}", link::encode_worksheet(&doc)));
        }
    })
}

/// Sends the buyer link `url` the chosen way, renewed first when asked (`true`): the renewed
/// sheet is edited and the link issued again from it.
fn link_sender(
    p: &ShareProps,
    edit: &Callback<crate::model::sheet::edit::Edit>,
    base: &str,
    url: &str,
    copied: &UseStateHandle<bool>,
    asking: &UseStateHandle<Option<Send>>,
) -> Callback<(Send, bool)> {
    let (doc, quote, base, url) = (p.doc.clone(), p.quote.clone(), base.to_string(), url.to_string());
    let (edit, copied, asking) = (edit.clone(), copied.clone(), asking.clone());
    Callback::from(move |(how, renew): (Send, bool)| {
        asking.set(None);
        let (url, doc) = if renew {
            // The same edit renews the sheet and the copy the link is issued from.
            let renewal = crate::model::sheet::edit::Edit::renewal(crate::ui::shell::storage::today());
            let mut renewed = (*doc).clone();
            renewed.apply(renewal.clone());
            edit.emit(renewal);
            match BuyerQuote::issue(&renewed, &quote).ok().and_then(|b| buyer_url(&b, &base)) {
                Some(u) => (u, Rc::new(renewed)),
                None => return,
            }
        } else {
            (url.clone(), doc.clone())
        };
        send(how, &url, &doc);
        if how == Send::Copy {
            copied.set(true);
        }
    })
}

/// The buyer link with its length and QR version, and the buttons that send or open it.
fn buyer_link(
    p: &ShareProps,
    url: &str,
    code: Option<&qr::Qr>,
    go: &Callback<(Send, bool)>,
    asking: &UseStateHandle<Option<Send>>,
    copied: bool,
    lang: Lang,
) -> Html {
    let tp = |k: P| k.in_lang(lang);
    // A quotation past its date asks first, in the panel (not a dialog: the share sheet and a new
    // window need the tap that answers it).
    let expired = p.doc.quote.expired_on(crate::ui::shell::storage::today()).is_some();
    let ask = |how: Send| ask_first(how, expired, go, asking);
    let (on_copy, on_send, on_whatsapp) = (ask(Send::Copy), ask(Send::Share), ask(Send::WhatsApp));
    let wa_href = whatsapp(&i18n::notes::share_title(&p.doc.quote.number, &p.doc.article.name), url);
    let info = link_info(url, code, lang);
    html! {
        <>
            <div class="field text">
                <label for="buyer-link">{ tp(P::BuyerLink) }</label>
                <input id="buyer-link" type="text" readonly=true value={url.to_string()} />
            </div>
            <p class="derived" id="buyer-link-info">{ info }</p>
            <div class="share-actions">
                <button type="button" class="primary" id="copy-link" onclick={on_copy}>{ if copied { tp(P::Copied) } else { tp(P::Copy) } }</button>
                if can_share() {
                    <button type="button" id="send-link" onclick={on_send}>{ tp(P::SendLink) }</button>
                }
                <a class="button" id="send-whatsapp" href={wa_href} target="_blank" rel="noopener" onclick={on_whatsapp}>{ "WhatsApp" }</a>
                <a class="button" href={url.to_string()} target="_blank" rel="noopener">{ tp(P::OpenPreview) }</a>
            </div>
        </>
    }
}

/// The QR code's caption: buttons that download it as SVG or PNG, named after the sheet's file.
fn qr_downloads(c: &qr::Qr, file_base: &str, lang: Lang) -> Html {
    let tp = |k: P| k.in_lang(lang);
    let svg = {
        let (svg, name) = (c.svg(), format!("{file_base}-qr.svg"));
        Callback::from(move |_: MouseEvent| {
            let href = format!("data:image/svg+xml;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&svg)));
            download_url(&href, &name);
        })
    };
    let png = {
        let (c, name) = (c.clone(), format!("{file_base}-qr.png"));
        Callback::from(move |_: MouseEvent| download_png(&c, &name))
    };
    html! {
        <figcaption class="share-actions">
            <button type="button" onclick={svg}>{ tp(P::DownloadSvg) }</button>
            <button type="button" onclick={png}>{ tp(P::DownloadPng) }</button>
        </figcaption>
    }
}

/// The ways a buyer link leaves the panel.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Send {
    Copy,
    Share,
    WhatsApp,
}

/// Sends `url` of `doc` the chosen way: to the clipboard, the system's share sheet (WhatsApp when
/// there is none), or WhatsApp.
fn send(how: Send, url: &str, doc: &Document) {
    send_titled(how, url, &i18n::notes::share_title(&doc.quote.number, &doc.article.name));
}

/// Sends `url` under `title` the chosen way (the quotation card's sending too).
pub(crate) fn send_titled(how: Send, url: &str, title: &str) {
    let title = title.to_string();
    let open = || {
        if let Some(w) = web_sys::window() {
            let _ = w.open_with_url_and_target(&whatsapp(&title, url), "_blank");
        }
    };
    match how {
        Send::Copy => copy(url),
        Send::Share if system_share(&title, &title, url) => {}
        Send::Share | Send::WhatsApp => open(),
    }
}

/// `wa.me` with the quotation's title and link as the message (any chat: the maker picks it).
pub(crate) fn whatsapp(title: &str, url: &str) -> String {
    format!("https://wa.me/?text={}", String::from(js_sys::encode_uri_component(&format!("{title}\n{url}"))))
}

#[derive(Properties, PartialEq)]
struct ExpiryProps {
    doc: Rc<Document>,
}

/// Says when the quotation is past its last day, with a button that renews its date to today.
#[function_component]
fn Expiry(p: &ExpiryProps) -> Html {
    let ctx = use_ctx();
    let today = crate::ui::shell::storage::today();
    let Some(until) = p.doc.quote.expired_on(today) else { return html! {} };
    let renew = ctx.edit.reform(move |_: MouseEvent| crate::model::sheet::edit::Edit::renewal(today));
    html! {
        <div class="not-ready" role="status" id="expired-warning">
            <p>{ "⚠ " }{ i18n::notes::expired(&until.day_first(), ctx.lang) }</p>
            <button type="button" class="primary" id="renew-date" onclick={renew}>{ P::RenewDate.in_lang(ctx.lang) }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PublishedProps {
    base: Rc<address::LinkBase>,
    published: UseStateHandle<Option<String>>,
}

/// When this page's own address cannot be opened by a buyer: says so, and takes the address of
/// the published Tapak that links are then built on (checked by `share::address`, remembered in
/// this browser). Nothing is shown when the page is itself public.
#[function_component]
fn PublishedSetting(p: &PublishedProps) -> Html {
    let lang = use_ctx().lang;
    let tp = |k: P| k.in_lang(lang);
    let draft = use_state(|| (*p.published).clone().unwrap_or_default());
    let error = use_state(|| None::<String>);
    let Some(why) = p.base.page_unreachable else { return html! {} };
    let onchange = {
        let (draft, error, published) = (draft.clone(), error.clone(), p.published.clone());
        Callback::from(move |e: Event| {
            let typed = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            draft.set(typed.clone());
            match address::published_address(&typed) {
                Err(e) => error.set(Some(i18n::notes::address_error(e, lang).to_string())),
                Ok(checked) => match crate::ui::shell::storage::save_published(checked.as_deref()) {
                    Err(e) => error.set(Some(i18n::store::store_error(&e, lang))),
                    Ok(()) => {
                        error.set(None);
                        published.set(checked);
                    }
                },
            }
        })
    };
    html! {
        <div class="published" id="published">
            <p class="warn-text" id="page-unreachable">{ "⚠ " }{ i18n::notes::unreachable_page(why, lang) }</p>
            <div class="field text">
                <label for="published-address">{ tp(P::PublishedAddress) }</label>
                <input id="published-address" type="url" inputmode="url" autocomplete="url" placeholder="https://…/tapak/"
                    value={(*draft).clone()} {onchange}
                    aria-invalid={error.is_some().then_some("true")} aria-describedby={error.is_some().then_some("published-error")} />
            </div>
            if let Some(message) = &*error {
                <p class="error" id="published-error" role="alert">{ "⚠ " }{ message.clone() }</p>
            }
            if p.base.published {
                <p class="derived" id="links-on">{ tp(P::LinksOnPublished) }{ " " }<strong>{ p.base.base.clone() }</strong></p>
            } else {
                <p class="help">{ tp(P::PublishedHelp) }</p>
            }
        </div>
    }
}

/// A send button's tap: a link past its date asks first whether to renew it (`asking`), else it
/// goes (`go`).
pub(crate) fn ask_first(
    how: Send,
    expired: bool,
    go: &Callback<(Send, bool)>,
    asking: &UseStateHandle<Option<Send>>,
) -> Callback<MouseEvent> {
    let (go, asking) = (go.clone(), asking.clone());
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if expired {
            asking.set(Some(how))
        } else {
            go.emit((how, false))
        }
    })
}

/// Asks before a quotation past its last day leaves (`asking` holds the way it was to go):
/// renew the date to today and send, send it as it is, or cancel. The ids start with `prefix`
/// ("" on the sheet's panel, "qn-" on the quotation card).
pub(crate) fn renew_ask(
    prefix: &str,
    until: Option<crate::model::base::date::Date>,
    asking: &UseStateHandle<Option<Send>>,
    go: &Callback<(Send, bool)>,
    lang: Lang,
) -> Html {
    let (Some(how), Some(until)) = (**asking, until) else { return html! {} };
    let tp = |k: P| k.in_lang(lang);
    let cancel = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(None))
    };
    html! {
        <div class="not-ready" role="alert" id={format!("{prefix}renew-ask")}>
            <p>{ i18n::notes::expired(&until.day_first(), lang) }</p>
            <div class="row-actions">
                <button type="button" class="primary" id={format!("{prefix}renew-and-send")} onclick={go.reform(move |_| (how, true))}>{ tp(P::RenewAndSend) }</button>
                <button type="button" id={format!("{prefix}send-as-is")} onclick={go.reform(move |_| (how, false))}>{ tp(P::SendAsIs) }</button>
                <button type="button" id={format!("{prefix}send-cancel")} onclick={cancel}>{ tp(P::CancelSend) }</button>
            </div>
        </div>
    }
}
