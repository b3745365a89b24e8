//! What a buyer sees when opening a `#q=` link: the quote, read-only, in English, Korean,
//! Spanish or Indonesian. A damaged link shows no figures at all.
//!
//! Built with plain DOM calls (`ui::dom`), not Yew: the page is read-only and rebuilt whole when
//! the language changes, so a virtual DOM adds nothing but weight. This is the buyer's module's
//! whole interface (`ui::start_buyer`): about 30 KB brotli lighter than the same page in Yew,
//! which is what a buyer on mobile data waits for (issue 13). One click listener on the page
//! serves the language buttons and the print button.

use crate::format::format_number;
use crate::i18n::buyer::{BuyerLang, BT};
use crate::share::buyer::{email_address, whatsapp_number, BuyerQuote};
use crate::share::link::LinkError;
use crate::ui::dom::{document, text_el, El};
use rust_decimal::Decimal;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

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
                    t(if matches!(e, LinkError::UnknownVersion(_)) { BT::Newer } else { BT::Damaged }),
                )
                .map(|p| p.attr("role", "alert").id("link-error")),
            ),
        }
    });
    let page = El::new("div").map(|d| d.class("buyer").child(header).child(main));
    body.set_text_content(None);
    if let Some(p) = page {
        let _ = body.append_with_node_1(&p.0);
    }
}

/// `<tr><th scope=row>label</th><td>value</td></tr>`, or nothing for an empty value.
fn row(label: &str, value: &str) -> Option<El> {
    if value.trim().is_empty() {
        return None;
    }
    Some(
        El::new("tr")?
            .child(text_el("th", "", label).map(|th| th.attr("scope", "row")))
            .child(text_el("td", "", value)),
    )
}

fn quote_page(main: El, q: &BuyerQuote, l: BuyerLang) -> El {
    let t = |k: BT| k.in_lang(l);
    let style = l.number_style();
    let n = |v: Decimal, dp: Option<u32>| format_number(v, style, dp);
    let until = q.valid_until();
    let expired = until.is_some_and(|u| crate::ui::storage::today() > u);
    let place = if q.named_place.trim().is_empty() {
        q.incoterm.code().to_string()
    } else {
        format!("{} {}", q.incoterm.code(), q.named_place)
    };
    let reply_text =
        format!("{} {}: ", t(BT::ReplyAbout), if q.number.is_empty() { &q.article_name } else { &q.number });
    let encoded = String::from(js_sys::encode_uri_component(&reply_text));
    let whatsapp = whatsapp_number(&q.exporter.contact).map(|num| format!("https://wa.me/{num}?text={encoded}"));
    let mail = email_address(&q.exporter.contact).map(|to| format!("mailto:{to}?subject={encoded}"));
    let cur = q.currency.code();

    let head = El::new("header").map(|h| {
        h.class("qs-head")
            .child(El::new("div").map(|d| {
                d.class("qs-from")
                    .child(text_el("span", "qs-label", t(BT::Exporter)))
                    .child(text_el("strong", "qs-exporter", &q.exporter.name))
                    .child(text_el("span", "", &q.exporter.address))
                    .child(text_el("span", "", &q.exporter.contact))
            }))
            .child(El::new("div").map(|d| {
                d.class("qs-title").child(text_el("h2", "", t(BT::Quotation))).child(El::new("table").map(|tb| {
                    tb.class("qs-meta").child(El::new("tbody").map(|b| {
                        b.child(row(t(BT::Number), &q.number)).child(row(t(BT::Date), &q.date)).child(until.and_then(
                            |u| {
                                let r = row(t(BT::ValidUntil), &u.to_string())?;
                                Some(if expired { r.class("expired") } else { r })
                            },
                        ))
                    }))
                }))
            }))
    });
    let mut code_line = q.article_code.clone();
    if !q.hs_code.is_empty() {
        code_line.push_str(&format!(" · {}: {}", t(BT::HsCode), q.hs_code));
    }
    let sizes = (!q.sizes.is_empty()).then(|| {
        let list = q.sizes.iter().map(|s| format!("{} · {} mm", s.label, n(s.foot_mm, None))).collect::<Vec<_>>();
        format!("{}: {}", t(BT::Sizes), list.join(" | "))
    });
    let article = El::new("section").map(|s| {
        s.class("qs-article")
            .child(text_el("h3", "", &q.article_name))
            .child(text_el("p", "", &code_line))
            .child(sizes.and_then(|line| text_el("p", "qs-sizes", &line)))
    });
    let th_col =
        |text: &str, right: bool| text_el("th", if right { "r" } else { "" }, text).map(|th| th.attr("scope", "col"));
    let prices = El::new("table").map(|tb| {
        tb.class("qs-prices")
            .id("buyer-prices")
            .child(
                text_el("caption", "", &format!("{} {} · {} (Incoterms® 2020)", t(BT::PricesIn), cur, place))
                    // The Element Timing API reports when this text is painted (e2e/perf.mjs).
                    .map(|c| c.attr("elementtiming", "first-figure")),
            )
            .child(El::new("thead").map(|h| {
                h.child(El::new("tr").map(|r| {
                    r.child(th_col(t(BT::Quantity), false))
                        .child(th_col(&format!("{} ({cur})", t(BT::UnitPrice)), true))
                        .child(th_col(&format!("{} ({cur})", t(BT::Amount)), true))
                }))
            }))
            .child(El::new("tbody").map(|b| {
                b.children(q.tiers.iter().map(|tier| {
                    let amount = tier.total().map_or_else(|| "—".into(), |v| n(v, Some(q.decimals)));
                    Some(
                        El::new("tr")?
                            .child(text_el("td", "", &n(Decimal::from(tier.pairs), None)))
                            .child(text_el("td", "r", &n(tier.unit_price, Some(q.decimals))))
                            .child(text_el("td", "r", &amount)),
                    )
                }))
            }))
    });
    let moq = if q.moq > 0 { n(Decimal::from(q.moq), None) } else { String::new() };
    let terms = El::new("table").map(|tb| {
        tb.class("qs-terms").child(El::new("tbody").map(|b| {
            b.child(row(t(BT::DeliveryTerm), &place))
                .child(row(t(BT::PortOfLoading), &q.port_of_loading))
                .child(row(t(BT::PaymentTerms), &q.payment_terms))
                .child(row(t(BT::LeadTime), &q.lead_time))
                .child(row(t(BT::Moq), &moq))
                .child(row(t(BT::Notes), &q.notes))
        }))
    });
    let sheet = El::new("article").map(|a| {
        a.class("quote-sheet buyer-sheet")
            .attr("aria-label", t(BT::Quotation))
            .child(head)
            .child(article)
            .child(prices)
            .child(terms)
    });
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
