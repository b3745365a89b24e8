//! What a buyer sees when opening a `#q=` link: the quote, read-only, in English, Korean,
//! Spanish or Indonesian. A damaged link shows no figures at all.

use crate::format::format_number;
use crate::i18n::buyer::{BuyerLang, BT};
use crate::model::date::Date;
use crate::share::buyer::{email_address, whatsapp_number, BuyerQuote};
use crate::share::link::LinkError;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BuyerProps {
    pub link: Rc<Result<BuyerQuote, LinkError>>,
}

fn today() -> Date {
    let d = js_sys::Date::new_0();
    Date { year: d.get_full_year() as i32, month: d.get_month() + 1, day: d.get_date() }
}

fn browser_lang() -> BuyerLang {
    web_sys::window().and_then(|w| w.navigator().language()).map_or(BuyerLang::En, |t| BuyerLang::from_browser(&t))
}

#[function_component]
pub fn BuyerView(p: &BuyerProps) -> Html {
    let lang = use_state_eq(browser_lang);
    let l = *lang;
    use_effect_with(l, |l| {
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", l.tag());
        }
    });
    let t = |k: BT| k.in_lang(l);
    let picker = html! {
        <div class="lang buyer-lang" role="group" aria-label={t(BT::Language)}>
            { for BuyerLang::ALL.iter().map(|&b| {
                let lang = lang.clone();
                html! {
                    <button type="button" lang={b.tag()} aria-pressed={(b == l).to_string()} onclick={Callback::from(move |_| lang.set(b))}>{ b.name() }</button>
                }
            }) }
        </div>
    };
    html! {
        <div class="buyer">
            <header class="topbar no-print">
                <div class="brand"><h1>{ "Tapak" }</h1></div>
                { picker }
            </header>
            <main class="buyer-main">
                { match &*p.link {
                    Ok(q) => quote_page(q, l),
                    Err(e) => html! {
                        <p class="notice" role="alert" id="link-error">{ match e {
                            LinkError::UnknownVersion(_) => t(BT::Newer),
                            _ => t(BT::Damaged),
                        } }</p>
                    },
                } }
            </main>
        </div>
    }
}

fn quote_page(q: &BuyerQuote, l: BuyerLang) -> Html {
    let t = |k: BT| k.in_lang(l);
    let style = l.number_style();
    let n = |v: Decimal, dp: Option<u32>| format_number(v, style, dp);
    let until = q.valid_until();
    let expired = until.is_some_and(|u| today() > u);
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
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let row = |label: BT, value: &str| {
        if value.trim().is_empty() {
            html! {}
        } else {
            html! { <tr><th scope="row">{ t(label) }</th><td>{ value.to_string() }</td></tr> }
        }
    };
    html! {
        <>
            if expired { <p class="notice expired" role="alert" id="expired">{ "⚠ " }{ t(BT::Expired) }</p> }
            <article class="quote-sheet buyer-sheet" aria-label={t(BT::Quotation)}>
                <header class="qs-head">
                    <div class="qs-from">
                        <span class="qs-label">{ t(BT::Exporter) }</span>
                        <strong class="qs-exporter">{ q.exporter.name.clone() }</strong>
                        <span>{ q.exporter.address.clone() }</span>
                        <span>{ q.exporter.contact.clone() }</span>
                    </div>
                    <div class="qs-title">
                        <h2>{ t(BT::Quotation) }</h2>
                        <table class="qs-meta"><tbody>
                            { row(BT::Number, &q.number) }
                            { row(BT::Date, &q.date) }
                            if let Some(u) = until { <tr class={classes!(expired.then_some("expired"))}><th scope="row">{ t(BT::ValidUntil) }</th><td>{ u.to_string() }</td></tr> }
                        </tbody></table>
                    </div>
                </header>
                <section class="qs-article">
                    <h3>{ q.article_name.clone() }</h3>
                    <p>
                        if !q.article_code.is_empty() { { q.article_code.clone() } }
                        if !q.hs_code.is_empty() { { format!(" · {}: {}", t(BT::HsCode), q.hs_code) } }
                    </p>
                    if !q.sizes.is_empty() {
                        <p class="qs-sizes">{ t(BT::Sizes) }{ ": " }{ q.sizes.iter().map(|s| format!("{} · {} mm", s.label, n(s.foot_mm, None))).collect::<Vec<_>>().join(" | ") }</p>
                    }
                </section>
                <table class="qs-prices" id="buyer-prices">
                    <caption>{ format!("{} {} · {} (Incoterms® 2020)", t(BT::PricesIn), q.currency.code(), place) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(BT::Quantity) }</th>
                        <th scope="col" class="r">{ format!("{} ({})", t(BT::UnitPrice), q.currency.code()) }</th>
                        <th scope="col" class="r">{ format!("{} ({})", t(BT::Amount), q.currency.code()) }</th>
                    </tr></thead>
                    <tbody>
                        { for q.tiers.iter().map(|tier| html! {
                            <tr>
                                <td>{ n(Decimal::from(tier.pairs), None) }</td>
                                <td class="r">{ n(tier.unit_price, Some(q.decimals)) }</td>
                                <td class="r">{ tier.total().map_or_else(|| "—".into(), |v| n(v, Some(q.decimals))) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                <table class="qs-terms"><tbody>
                    <tr><th scope="row">{ t(BT::DeliveryTerm) }</th><td>{ place.clone() }</td></tr>
                    { row(BT::PortOfLoading, &q.port_of_loading) }
                    { row(BT::PaymentTerms, &q.payment_terms) }
                    { row(BT::LeadTime, &q.lead_time) }
                    { row(BT::Moq, &if q.moq > 0 { n(Decimal::from(q.moq), None) } else { String::new() }) }
                    { row(BT::Notes, &q.notes) }
                </tbody></table>
            </article>
            <div class="buyer-actions no-print">
                <button type="button" class="primary" onclick={print}>{ t(BT::Print) }</button>
                if let Some(href) = whatsapp { <a class="button" id="reply-whatsapp" {href} target="_blank" rel="noopener noreferrer">{ t(BT::ReplyWhatsApp) }</a> }
                if let Some(href) = mail { <a class="button" id="reply-email" {href}>{ t(BT::ReplyEmail) }</a> }
            </div>
            <p class="fine no-print">{ t(BT::Private) }</p>
        </>
    }
}
