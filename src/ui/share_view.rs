//! Sharing from the quotation step: the buyer link with its QR code, and the worksheet link.

use crate::i18n::{self, Lang, P};
use crate::model::document::Document;
use crate::model::quote::Quote;
use crate::share::buyer::{BuyerQuote, NotReady};
use crate::share::{address, link, qr};
use crate::ui::state::use_ctx;
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
    let published = use_state(crate::ui::storage::load_published);
    let base = Rc::new(address::link_base(&page_address(), published.as_deref()));
    let issued = use_memo((p.doc.clone(), p.quote.clone(), base.base.clone()), |(d, q, base)| {
        BuyerQuote::issue(d, q).map(|b| {
            let url = link::encode_buyer(&b).map(|payload| format!("{base}#q={payload}"));
            let code = url.as_deref().and_then(qr::encode);
            (url, code)
        })
    });
    let file_base = crate::ui::files::file_name(&p.doc).trim_end_matches(".tapak.json").to_string();
    let worksheet = {
        let (doc, base) = (p.doc.clone(), base.base.clone());
        Callback::from(move |_: MouseEvent| {
            let ok = web_sys::window()
                .and_then(|w| w.confirm_with_message(P::ConfirmWorksheet.in_lang(lang)).ok())
                .unwrap_or(false);
            if ok {
                copy(&format!("{base}#w={}", link::encode_worksheet(&doc)));
            }
        })
    };
    html! {
        <section class="card share no-print" aria-labelledby="h-share">
            <h2 id="h-share">{ tp(P::ShareBuyer) }</h2>
            <p class="help">{ tp(P::BuyerLinkHelp) }</p>
            <PublishedSetting base={base.clone()} {published} />
            { match &*issued {
                // A field holding a refused entry keeps the link back too: the figures would use
                // its last accepted value, not what the user sees typed.
                _ if !crate::ui::readiness::ready(&ctx, &p.quote) => html! {
                    <crate::ui::readiness::NotReadyBlock doc={p.doc.clone()} quote={p.quote.clone()} id="share-not-ready" />
                },
                Err(e) => html! { <p class="issues">{ i18n::notes::not_ready(*e, lang) }</p> },
                Ok((None, _)) => html! { <p class="issues">{ i18n::notes::not_ready(NotReady::NoQuantity, lang) }</p> },
                Ok((Some(url), code)) => {
                    let on_copy = {
                        let (url, copied) = (url.clone(), copied.clone());
                        Callback::from(move |_: MouseEvent| { copy(&url); copied.set(true); })
                    };
                    let info = match (code, lang) {
                        (Some(c), Lang::Id) => format!("{} karakter · QR versi {}", url.len(), c.version),
                        (Some(c), Lang::En) => format!("{} characters · QR version {}", url.len(), c.version),
                        (None, _) => format!("{}", url.len()),
                    };
                    html! {
                        <>
                            <div class="field text">
                                <label for="buyer-link">{ tp(P::BuyerLink) }</label>
                                <input id="buyer-link" type="text" readonly=true value={url.clone()} />
                            </div>
                            <p class="derived" id="buyer-link-info">{ info }</p>
                            <div class="share-actions">
                                <button type="button" class="primary" id="copy-link" onclick={on_copy}>{ if *copied { tp(P::Copied) } else { tp(P::Copy) } }</button>
                                <a class="button" href={url.clone()} target="_blank" rel="noopener">{ tp(P::OpenPreview) }</a>
                            </div>
                            if let Some(c) = code {
                                <figure class="qr">
                                    <svg viewBox={format!("0 0 {0} {0}", c.size + 8)} role="img" aria-label={tp(P::QrAlt)} shape-rendering="crispEdges">
                                        <rect width={(c.size + 8).to_string()} height={(c.size + 8).to_string()} fill="#fff" />
                                        <path d={c.path.clone()} fill="#000" />
                                    </svg>
                                    <figcaption class="share-actions">
                                        <button type="button" onclick={{ let (svg, name) = (c.svg(), format!("{file_base}-qr.svg")); Callback::from(move |_: MouseEvent| {
                                            let href = format!("data:image/svg+xml;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&svg)));
                                            download_url(&href, &name);
                                        }) }}>{ tp(P::DownloadSvg) }</button>
                                        <button type="button" onclick={{ let (c, name) = (c.clone(), format!("{file_base}-qr.png")); Callback::from(move |_: MouseEvent| download_png(&c, &name)) }}>{ tp(P::DownloadPng) }</button>
                                    </figcaption>
                                </figure>
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
                Ok(checked) => match crate::ui::storage::save_published(checked.as_deref()) {
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
