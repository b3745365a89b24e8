//! The quote: the price panel beside the export step, the quotation form, and the printable A4
//! sheet (no cost structure on it: only what a buyer should see).

use crate::format::{format_money, format_money_dp, format_number, format_share};
use crate::i18n::{self, Lang, T};
use crate::model::date::Date;
use crate::model::document::{Document, QuoteDetails};
use crate::model::edit::{Edit, QuoteText};
use crate::model::quote::Quote;
use crate::model::rules::Num;
use crate::model::sizes;
use crate::model::trail::Fig;
use crate::ui::fields::{to_count, DateField, NumberField, TextField};
use crate::ui::readiness::NotReadyBlock;
use crate::ui::state::use_ctx;
use crate::ui::trail_view::Why;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub doc: Rc<Document>,
    pub quote: Rc<Quote>,
}

/// "FOB Tanjung Perak, Surabaya", "CIF Busan"
fn term_line(term: crate::model::incoterms::Incoterm, place: &str) -> String {
    if place.trim().is_empty() {
        term.code().to_string()
    } else {
        format!("{} {}", term.code(), place.trim())
    }
}

#[function_component]
pub fn QuotePanel(p: &PanelProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let ready = crate::ui::readiness::ready(&ctx, &p.quote);
    let t = |k: T| k.in_lang(lang);
    let style = lang.number_style();
    let q = &p.quote;
    let first = q.tiers.first();
    let fine = q.decimals + 2;
    let line_name = |id: u32| i18n::export_line_name(&p.doc, id, lang);
    html! {
        <section class="summary card" aria-labelledby="h-price">
            <h2 id="h-price">{ t(T::ExportPrice) }{ " · " }{ term_line(q.term, p.doc.terms.named_place(q.term)) }</h2>
            <div class="hpp" aria-live="polite">
                <span class="hpp-label">{ t(T::PricePerPair) }</span>
                <strong class="hpp-value" id="unit-price">{ first.and_then(|f| f.unit_price).map_or_else(|| "—".into(), |m| format_money(m, style)) }</strong>
                if !ready && first.and_then(|f| f.unit_price).is_some() {
                    <span class="provisional-tag" id="price-provisional">{ t(T::Provisional) }</span>
                }
                if first.and_then(|f| f.unit_price).is_some() { <Why fig={Fig::UnitPrice} of={t(T::PricePerPair)} /> }
                if let Some(exact) = first.and_then(|f| f.unit_exact) {
                    <span class="hpp-alt" id="unit-exact">{ format_money_dp(exact, style, fine) }{ " → " }{ rounding_name(q, lang) }</span>
                }
                if let Some(r) = &q.rate {
                    <span class="rate-used">{ i18n::notes::rate_used(r, lang) }</span>
                }
            </div>
            // Right under the price: why it is provisional and what to fix before sending.
            <NotReadyBlock doc={p.doc.clone()} quote={p.quote.clone()} id="price-not-ready" />
            if let Some(f) = first {
                <dl class="facts totals">
                    <div><dt>{ t(T::OrderTotal) }{ format!(" ({} {})", format_number(Decimal::from(f.pairs), style, None), t(T::Pairs)) }</dt>
                        <dd id="order-total">{ f.total.map_or_else(|| "—".into(), |m| format_money(m, style)) }</dd></div>
                    <div><dt>{ t(T::ExactTotal) }</dt><dd id="exact-total">{ f.exact_total.map_or_else(|| "—".into(), |m| format_money(m, style)) }</dd></div>
                    <div><dt>{ t(T::RoundingDiff) }</dt><dd id="rounding-diff">{ f.rounding_difference().map_or_else(|| "—".into(), |m| format_money(m, style)) }</dd></div>
                </dl>
                if !f.parts_per_pair.is_empty() {
                    <h3>{ t(T::BuildUp) }</h3>
                    <table class="breakdown buildup">
                        <caption class="sr-only">{ t(T::BuildUp) }</caption>
                        <tbody>
                            { for f.parts_per_pair.iter().map(|(c, m)| html! {
                                <tr><th scope="row">{ i18n::component(*c).in_lang(lang) }</th><td class="r">{ format_money_dp(*m, style, fine) }</td></tr>
                            }) }
                        </tbody>
                        <tfoot><tr><th scope="row">{ q.term.code() }</th><td class="r"><strong>{ f.unit_exact.map_or_else(|| "—".into(), |m| format_money_dp(m, style, fine)) }</strong></td></tr></tfoot>
                    </table>
                }
            }
            if q.tiers.len() > 1 {
                <h3>{ t(T::ByQuantity) }</h3>
                <table class="breakdown" id="tiers">
                    <thead><tr><th scope="col">{ t(T::QtyPairs) }</th><th scope="col" class="r">{ t(T::UnitPriceCol) }</th><th scope="col" class="r">{ t(T::AmountCol) }</th></tr></thead>
                    <tbody>
                        { for q.tiers.iter().map(|tier| html! {
                            <tr>
                                <th scope="row">{ format_number(Decimal::from(tier.pairs), style, None) }
                                    if tier.below_moq { <small class="warn-text">{ " ⚠ " }{ t(T::BelowMoq) }</small> }</th>
                                <td class="r">{ tier.unit_price.map_or_else(|| "—".into(), |m| format_money(m, style)) }</td>
                                <td class="r">{ tier.total.map_or_else(|| "—".into(), |m| format_money(m, style)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
            if !q.side_by_side.is_empty() {
                <h3>{ t(T::AllTerms) }</h3>
                <table class="breakdown terms" id="all-terms">
                    <tbody>
                        { for q.side_by_side.iter().map(|(term, r)| html! {
                            <tr class={classes!((*term == q.term).then_some("chosen"))}>
                                <th scope="row">{ term_line(*term, p.doc.terms.named_place(*term)) }{ if term.sea_only() { " ⚓" } else { "" } }{ if *term == q.term { " ◀" } else { "" } }</th>
                                <td class="r">{ match r {
                                    Ok(m) if !q.fits_transport(*term) => html! { <>
                                        <s class="unfit">{ format_money(q.quoted(*m), style) }</s>
                                        <small class="missing unfit-why">{ t(T::NotForAir) }</small>
                                    </> },
                                    Ok(m) => html! { <>{ format_money(q.quoted(*m), style) }<Why fig={Fig::UnitExact(*term)} of={term.code()} /></> },
                                    Err(e) => html! { <small class="missing">{ i18n::term_error(e, lang) }</small> },
                                } }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                <p class="fine">{ "⚓ " }{ t(T::SeaOnly) }{ " · ◀ " }{ t(T::Incoterm) }</p>
            }
            if let Some(target) = &q.target {
                <h3>{ t(T::TargetOutcome) }{ p.doc.terms.target.as_ref().map(|x| format!(" · {} {} {}", x.currency.code(), format_number(x.amount, style, None), x.incoterm.code())).unwrap_or_default() }</h3>
                { match target {
                    Ok(o) => html! {
                        <dl class="facts" id="target-outcome">
                            <div><dt>{ t(T::ExFactoryAllowed) }</dt><dd>{ format_money(o.ex_factory_per_pair, style) }</dd></div>
                            <div><dt>{ t(T::HppPerPair) }</dt><dd>{ format_money(o.cost_per_pair, style) }</dd></div>
                            <div><dt>{ t(T::MarkupLeft) }</dt><dd>{ o.markup_left.map_or_else(|| "—".into(), |v| format_share(v, style)) }</dd></div>
                            <div><dt>{ t(T::MarginLeft) }</dt><dd>{ o.margin_left.map_or_else(|| "—".into(), |v| format_share(v, style)) }</dd></div>
                            <div><dt>{ t(T::MaxMaterials) }</dt><dd>{ o.max_materials_per_pair.map_or_else(|| "—".into(), |m| format_money(m, style)) }</dd></div>
                        </dl>
                    },
                    Err(e) => html! { <p class="missing">{ i18n::term_error(e, lang) }</p> },
                } }
            }
            // What is worth knowing but does not block sending (a quantity below the MOQ).
            if q.issues.iter().any(|i| !i.blocks(q.term)) {
                <div class="issues" role="status">
                    <ul>{ for q.issues.iter().filter(|i| !i.blocks(q.term)).map(|i| html! { <li>{ i18n::quote_issue(i, lang, &line_name) }</li> }) }</ul>
                </div>
            }
        </section>
    }
}

/// "2 desimal, setengah ke atas (umum)"
fn rounding_name(q: &Quote, lang: Lang) -> String {
    let mode = match q.rounding {
        crate::model::money::Rounding::HalfUp => T::HalfUp,
        crate::model::money::Rounding::HalfEven => T::HalfEven,
    };
    let places = T::Decimals.in_lang(lang);
    format!("{} {places}, {}", q.decimals, mode.in_lang(lang))
}

#[derive(Properties, PartialEq)]
pub struct FormProps {
    pub details: QuoteDetails,
    /// The port of shipment (terms), which the quotation calls its port of loading.
    pub port_of_shipment: AttrValue,
}

#[function_component]
pub fn QuoteForm(p: &FormProps) -> Html {
    let ctx = use_ctx();
    let t = |k: T| k.in_lang(ctx.lang);
    let q = &p.details;
    let text = |id: &'static str, label: T, field: QuoteText, value: &str| {
        html! { <TextField {id} label={t(label)} value={value.to_string()} onchange={ctx.edit.reform(move |v| Edit::QuoteText(field, v))} /> }
    };
    let set_today =
        ctx.edit.reform(|_: MouseEvent| Edit::QuoteText(QuoteText::Date, crate::ui::storage::today().to_string()));
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <section class="card" aria-labelledby="h-quote-details">
            <div class="card-head">
                <h2 id="h-quote-details">{ t(T::QuoteDetails) }</h2>
                <button type="button" class="primary" id="print" onclick={print}>{ t(T::Print) }</button>
            </div>
            <div class="grid g3">
                { text("q-number", T::QuoteNumber, QuoteText::Number, &q.number) }
                <div class="with-button">
                    <DateField id="q-date" label={t(T::QuoteDate)} value={AttrValue::from(q.date.clone())}
                        onchange={ctx.edit.reform(|v| Edit::QuoteText(QuoteText::Date, v))} />
                    <button type="button" class="add" onclick={set_today}>{ t(T::Today) }</button>
                    if !q.old_date.is_empty() {
                        <p class="help warn-text" id="old-date">{ format!("{}: “{}”", t(T::OldDate), q.old_date) }</p>
                    }
                </div>
                <NumberField id="q-validity" label={t(T::ValidityDays)} value={Decimal::from(q.validity_days)} rule={Num::ValidityDays.rule()}
                    onchange={ctx.edit.reform(|v: Decimal| Edit::ValidityDays(to_count(v)))} />
            </div>
            <h3>{ t(T::Exporter) }</h3>
            <div class="grid g3">
                { text("q-exp-name", T::Name, QuoteText::ExporterName, &q.exporter.name) }
                { text("q-exp-address", T::Address, QuoteText::ExporterAddress, &q.exporter.address) }
                { text("q-exp-contact", T::Contact, QuoteText::ExporterContact, &q.exporter.contact) }
            </div>
            <h3>{ t(T::Buyer) }</h3>
            <div class="grid g3">
                { text("q-buy-name", T::Name, QuoteText::BuyerName, &q.buyer.name) }
                { text("q-buy-address", T::Address, QuoteText::BuyerAddress, &q.buyer.address) }
                { text("q-buy-contact", T::Contact, QuoteText::BuyerContact, &q.buyer.contact) }
            </div>
            <div class="grid g2">
                <TextField id="q-port" label={t(T::PortOfLoading)} value={p.port_of_shipment.clone()} placeholder="Tanjung Perak, Surabaya"
                    onchange={ctx.edit.reform(|v| Edit::Terms(crate::model::edit::TermsField::PortOfShipment(v)))} />
                { text("q-payment", T::PaymentTerms, QuoteText::PaymentTerms, &q.payment_terms) }
                { text("q-lead", T::LeadTime, QuoteText::LeadTime, &q.lead_time) }
                { text("q-bank", T::BankDetails, QuoteText::BankDetails, &q.bank_details) }
            </div>
            { text("q-notes", T::Notes, QuoteText::Notes, &q.notes) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct SheetProps {
    pub doc: Rc<Document>,
    pub quote: Rc<Quote>,
}

/// The printable quotation. Only what a buyer should see: no cost, margin or supplier figure.
#[function_component]
pub fn QuoteSheet(p: &SheetProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    // Nothing provisional is ever printed: the print shows what to fix instead.
    if !crate::ui::readiness::ready(&ctx, &p.quote) {
        return html! { <NotReadyBlock doc={p.doc.clone()} quote={p.quote.clone()} id="print-not-ready" /> };
    }
    let t = |k: T| k.in_lang(lang);
    let style = lang.number_style();
    let d = &p.doc;
    let q = &p.quote;
    let qd = &d.quote;
    let valid_until = Date::parse(&qd.date).map(|date| date.plus_days(qd.validity_days).to_string());
    let term = term_line(q.term, d.terms.named_place(q.term));
    // A buyer reads quantities in ascending order.
    let mut tiers: Vec<&crate::model::quote::Tier> = q.tiers.iter().collect();
    tiers.sort_by_key(|t| t.pairs);
    let size_list: Vec<String> = d
        .sizes
        .sizes
        .iter()
        .map(|s| {
            let eu = sizes::labels(s.foot_mm, d.sizes.last_allowance_mm)
                .map(|l| format!(" (EU≈{})", format_number(l.eu, style, None)))
                .unwrap_or_default();
            format!(
                "{}{} · {} mm",
                if s.label.is_empty() { "?" } else { &s.label },
                eu,
                format_number(s.foot_mm, style, None)
            )
        })
        .collect();
    let row = |label: T, value: &str| {
        if value.trim().is_empty() {
            html! {}
        } else {
            html! { <tr><th scope="row">{ t(label) }</th><td>{ value.to_string() }</td></tr> }
        }
    };
    html! {
        <article class="quote-sheet" aria-label={t(T::Quotation)}>
            <header class="qs-head">
                <div class="qs-from">
                    <strong class="qs-exporter">{ if qd.exporter.name.is_empty() { "—".to_string() } else { qd.exporter.name.clone() } }</strong>
                    <span>{ qd.exporter.address.clone() }</span>
                    <span>{ qd.exporter.contact.clone() }</span>
                </div>
                <div class="qs-title">
                    <h1 class="qs-h">{ t(T::Quotation) }</h1>
                    <table class="qs-meta">
                        <tbody>
                            { row(T::QuoteNumber, &qd.number) }
                            { row(T::QuoteDate, &qd.date) }
                            <tr><th scope="row">{ t(T::ValidUntil) }</th><td>{ valid_until.unwrap_or_else(|| format!("{} {}", qd.validity_days, t(T::Days))) }</td></tr>
                        </tbody>
                    </table>
                </div>
            </header>
            if qd.buyer != Default::default() {
                <section class="qs-to">
                    <span class="qs-label">{ t(T::Buyer) }</span>
                    <strong>{ qd.buyer.name.clone() }</strong>
                    <span>{ qd.buyer.address.clone() }</span>
                    <span>{ qd.buyer.contact.clone() }</span>
                </section>
            }
            <section class="qs-article">
                <h2 class="qs-article-name">{ d.article.name.clone() }</h2>
                <p>
                    if !d.article.code.is_empty() { { format!("{}: {}", t(T::ArticleCode), d.article.code) } }
                    if !d.article.hs_code.is_empty() { { format!(" · {}: {}", t(T::HsCode), d.article.hs_code) } }
                </p>
                if !size_list.is_empty() { <p class="qs-sizes">{ t(T::SizeRun) }{ ": " }{ size_list.join(" · ") }</p> }
            </section>
            <table class="qs-prices" id="quote-prices">
                <caption>{ format!("{} {} · {} (Incoterms® 2020)", t(T::PriceBasis), q.currency.code(), term) }</caption>
                <thead><tr>
                    <th scope="col">{ t(T::QtyPairs) }</th>
                    <th scope="col" class="r">{ format!("{} ({})", t(T::UnitPriceCol), q.currency.code()) }</th>
                    <th scope="col" class="r">{ format!("{} ({})", t(T::AmountCol), q.currency.code()) }</th>
                </tr></thead>
                <tbody>
                    { for tiers.iter().map(|tier| html! {
                        <tr>
                            <td>{ format_number(Decimal::from(tier.pairs), style, None) }</td>
                            <td class="r">{ tier.unit_price.map_or_else(|| "—".into(), |m| format_number(m.amount, style, Some(q.decimals))) }</td>
                            <td class="r">{ tier.total.map_or_else(|| "—".into(), |m| format_number(m.amount, style, Some(q.decimals))) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <table class="qs-terms">
                <tbody>
                    <tr><th scope="row">{ t(T::Incoterm) }</th><td>{ term.clone() }</td></tr>
                    { row(T::PortOfLoading, &d.terms.port_of_shipment) }
                    { row(T::PaymentTerms, &qd.payment_terms) }
                    { row(T::LeadTime, &qd.lead_time) }
                    { row(T::Moq, &if d.terms.moq > 0 { format_number(Decimal::from(d.terms.moq), style, None) } else { String::new() }) }
                    { row(T::BankDetails, &qd.bank_details) }
                    { row(T::Notes, &qd.notes) }
                </tbody>
            </table>
        </article>
    }
}

/// The quotation tab, loaded on first use (`ui::lazy`).
pub fn tab(p: &crate::ui::lazy::PartProps) -> Html {
    use crate::ui::share_view::SharePanel;
    let d = &*p.doc;
    html! {
        <>
            <div class="sheet no-print">
                <QuoteForm details={d.quote.clone()} port_of_shipment={AttrValue::from(d.terms.port_of_shipment.clone())} />
                <SharePanel doc={p.doc.clone()} quote={p.quote.clone()} />
            </div>
            <div class="print-area">
                <QuoteSheet doc={p.doc.clone()} quote={p.quote.clone()} />
            </div>
        </>
    }
}
