//! The quote: the price panel beside the export step, the quotation form, and the printable A4
//! sheet (no cost structure on it: only what a buyer should see).
//!
//! The quotation screen (this folder): the sheet's price panel and quotation here, sharing in
//! `share_view`, quotations of several articles with their PI in `quotations`, the company profile
//! in `profile`.

pub mod profile;
pub mod quotations;
pub mod share_view;

use crate::format::refused::FieldId;
use crate::format::{format_money, format_money_dp, format_number, format_share};
use crate::i18n::{self, Lang, P, T};
use crate::model::explain::trail::Fig;
use crate::model::export::quote::Quote;
use crate::model::rules::Num;
use crate::model::sheet::document::{Document, QuoteDetails};
use crate::model::sheet::edit::{Edit, QuoteText};
use crate::ui::shell::readiness::NotReadyBlock;
use crate::ui::shell::state::use_ctx;
use crate::ui::widgets::card::{Card, Which};
use crate::ui::widgets::fields::{to_count, DateField, NumberField, TextField};
use crate::ui::widgets::masked::{masked, masked_as};
use crate::ui::widgets::trail_view::Why;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub doc: Rc<Document>,
    pub quote: Rc<Quote>,
}

/// "FOB Tanjung Perak, Surabaya", "CIF Busan"
fn term_line(term: crate::model::base::incoterms::Incoterm, place: &str) -> String {
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
    let t = |k: T| k.in_lang(lang);
    let q = &p.quote;
    let fine = q.decimals + 2;
    let line_name = |id: u32| i18n::export_line_name(&p.doc, id, lang);
    html! {
        <section class="summary card" aria-labelledby="h-price">
            <h2 id="h-price">{ t(T::ExportPrice) }{ " · " }{ term_line(q.term, p.doc.terms.named_place(q.term)) }</h2>
            { unit_price(&ctx, q, fine) }
            // Right under the price: why it is provisional and what to fix before sending.
            <NotReadyBlock doc={p.doc.clone()} quote={p.quote.clone()} id="price-not-ready" />
            if let Some(f) = q.tiers.first() {
                { first_tier(q, f, fine, lang) }
            }
            if q.tiers.len() > 1 {
                { tier_table(q, lang) }
            }
            if !q.side_by_side.is_empty() {
                { all_terms(&p.doc, q, lang) }
            }
            if let Some(target) = &q.target {
                { target_outcome(&p.doc, target, lang) }
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

/// The price per pair of the first tier: provisional or not, its exact figure and rounding, what
/// the price step adds, and the exchange rate used.
fn unit_price(ctx: &crate::ui::shell::state::Ctx, q: &Quote, fine: u32) -> Html {
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    let style = lang.number_style();
    let first = q.tiers.first();
    html! {
        <div class="hpp" aria-live="polite">
            <span class="hpp-label">{ tp(P::PricePerPair) }</span>
            <strong class="hpp-value" id="unit-price">{ first.and_then(|f| f.unit_price).map_or_else(|| "—".into(), |m| format_money(m, style)) }</strong>
            { crate::ui::shell::readiness::provisional_tag(ctx, q, "price-provisional") }
            if first.and_then(|f| f.unit_price).is_some() { <Why fig={Fig::UnitPrice} of={tp(P::PricePerPair)} /> }
            if let Some(exact) = first.and_then(|f| f.unit_exact) {
                <span class="hpp-alt" id="unit-exact">{ format_money_dp(exact, style, fine) }{ " → " }{ rounding_name(q, lang) }</span>
            }
            // What the seller's step adds to a pair; the buyer sees only the stepped price.
            if let Some(added) = first.and_then(|f| f.step_added()).filter(|_| q.commercial_step || q.step.up) {
                <span class="hpp-alt" id="step-added">{ tp(P::StepAdded) }{ ": " }{ format_money_dp(added, style, fine) }{ " / " }{ t(T::PerPair) }</span>
            }
            if let Some(r) = &q.rate {
                <span class="rate-used">{ i18n::notes::rate_used(r, lang) }</span>
            }
        </div>
    }
}

/// The first tier's order total, exact total and rounding difference, and its price built up
/// part by part.
fn first_tier(q: &Quote, f: &crate::model::export::quote::Tier, fine: u32, lang: Lang) -> Html {
    let t = |k: T| k.in_lang(lang);
    let style = lang.number_style();
    html! {
        <>
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
                            <tr><th scope="row">{ i18n::component(*c).in_lang(lang) }
                                // A stage the term lacks is in the provisional price at zero.
                                if q.counts_as_zero(*c) { <small class="not-entered">{ " ⚠ " }{ P::CountedAsZero.in_lang(lang) }</small> }
                            </th><td class="r">{ format_money_dp(*m, style, fine) }</td></tr>
                        }) }
                    </tbody>
                    <tfoot><tr><th scope="row">{ q.term.code() }</th><td class="r"><strong>{ f.unit_exact.map_or_else(|| "—".into(), |m| format_money_dp(m, style, fine)) }</strong></td></tr></tfoot>
                </table>
            }
        </>
    }
}

/// The unit price and amount of each quantity tier, a tier below the MOQ flagged.
fn tier_table(q: &Quote, lang: Lang) -> Html {
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    let style = lang.number_style();
    html! {
        <>
            <h3>{ tp(P::ByQuantity) }</h3>
            <table class="breakdown" id="tiers">
                <thead><tr><th scope="col">{ tp(P::QtyPairs) }</th><th scope="col" class="r">{ t(T::UnitPriceCol) }</th><th scope="col" class="r">{ tp(P::AmountCol) }</th></tr></thead>
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
        </>
    }
}

/// The price under every Incoterm side by side, the chosen one marked, a sea-only term crossed
/// out when the goods fly.
fn all_terms(doc: &Document, q: &Quote, lang: Lang) -> Html {
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    let style = lang.number_style();
    html! {
        <>
            <h3>{ t(T::AllTerms) }</h3>
            <table class="breakdown terms" id="all-terms">
                <tbody>
                    { for q.side_by_side.iter().map(|(term, r)| html! {
                        <tr class={classes!((*term == q.term).then_some("chosen"))}>
                            <th scope="row">{ term_line(*term, doc.terms.named_place(*term)) }{ if term.sea_only() { " ⚓" } else { "" } }{ if *term == q.term { " ◀" } else { "" } }</th>
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
            <p class="fine">{ "⚓ " }{ tp(P::SeaOnly) }{ " · ◀ " }{ tp(P::Incoterm) }</p>
        </>
    }
}

/// What the buyer's target price leaves: the ex-factory price allowed, the markup and margin
/// left, the most the materials may cost (or why it cannot be worked out).
fn target_outcome(
    doc: &Document,
    target: &Result<crate::model::export::quote::TargetOutcome, crate::model::base::incoterms::TermError>,
    lang: Lang,
) -> Html {
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    let style = lang.number_style();
    html! {
        <>
            <h3>{ tp(P::TargetOutcome) }{ doc.terms.target.as_ref().map(|x| format!(" · {} {} {}", x.currency.code(), format_number(x.amount, style, None), x.incoterm.code())).unwrap_or_default() }</h3>
            { match target {
                Ok(o) => html! {
                    <dl class="facts" id="target-outcome">
                        <div><dt>{ tp(P::ExFactoryAllowed) }</dt><dd>{ format_money(o.ex_factory_per_pair, style) }</dd></div>
                        <div><dt>{ t(T::HppPerPair) }</dt><dd>{ format_money(o.cost_per_pair, style) }</dd></div>
                        <div><dt>{ tp(P::MarkupLeft) }</dt><dd>{ o.markup_left.map_or_else(|| "—".into(), |v| format_share(v, style)) }</dd></div>
                        <div><dt>{ tp(P::MarginLeft) }</dt><dd>{ o.margin_left.map_or_else(|| "—".into(), |v| format_share(v, style)) }</dd></div>
                        <div><dt>{ tp(P::MaxMaterials) }</dt><dd>{ o.max_materials_per_pair.map_or_else(|| "—".into(), |m| format_money(m, style)) }</dd></div>
                    </dl>
                },
                Err(e) => html! { <p class="missing">{ i18n::term_error(e, lang) }</p> },
            } }
        </>
    }
}

/// The price bar's quoted price and term ("· FOB USD 11,48"), and a ⚠ when the sheet's cost is
/// complete but the quote lacks something (`ui::shell::lazy::Part::Price`).
pub fn price_tag(p: &crate::ui::shell::lazy::PriceProps) -> Html {
    html! { <PriceTag ..p.clone() /> }
}

#[function_component]
fn PriceTag(p: &crate::ui::shell::lazy::PriceProps) -> Html {
    let lang = use_ctx().lang;
    let q = crate::ui::shell::lazy::quote_of(&p.doc);
    let hidden = |a| p.exercise.as_ref().is_some_and(|e| e.hides(a));
    html! {
        <>
            // The workshop's exercise hides the HPP: "?" in its place (the stylesheet hides the
            // bar's own figure beside it, which the root renders).
            if hidden(crate::model::explain::exercise::Answer::Hpp) {
                <strong>{ masked_as("hpp-masked", lang) }</strong>
            }
            if let Some(price) = q.tiers.first().and_then(|f| f.unit_price) {
                <span id="bar-price">{ "· " }{ q.term.code() }{ " " }
                    if p.exercise.as_ref().is_some_and(|e| e.hides_fig(crate::model::explain::trail::Fig::UnitPrice, q.term)) {
                        <strong>{ masked(lang) }</strong>
                    } else {
                        <strong>{ format_money(price, lang.number_style()) }</strong>
                    }
                </span>
            }
            if p.breakdown.is_complete() && !q.issues.is_empty() { <span aria-label={T::Incomplete.in_lang(lang)}>{ "⚠" }</span> }
        </>
    }
}

/// "2 desimal, setengah ke atas (umum)", or the price step: "dibulatkan ke atas ke kelipatan 0,05".
fn rounding_name(q: &Quote, lang: Lang) -> String {
    if q.commercial_step || q.step.up {
        return i18n::notes::price_step(&q.step, lang);
    }
    let mode = match q.rounding {
        crate::model::base::money::Rounding::HalfUp => P::HalfUp,
        crate::model::base::money::Rounding::HalfEven => P::HalfEven,
    };
    let places = P::Decimals.in_lang(lang);
    format!("{} {places}, {}", q.decimals, mode.in_lang(lang))
}

#[derive(Properties, PartialEq)]
pub struct FormProps {
    pub details: QuoteDetails,
    /// The port of shipment (terms), which the quotation calls its port of loading.
    pub port_of_shipment: AttrValue,
    pub fold: crate::ui::widgets::card::Fold,
}

#[function_component]
pub fn QuoteForm(p: &FormProps) -> Html {
    let ctx = use_ctx();
    let t = |k: T| k.in_lang(ctx.lang);
    let tp = |k: P| k.in_lang(ctx.lang);
    let q = &p.details;
    let text = |id: &'static str, label: P, field: QuoteText, value: &str| {
        html! { <TextField {id} label={tp(label)} value={value.to_string()} onchange={ctx.edit.reform(move |v| Edit::QuoteText(field, v))} /> }
    };
    let set_today =
        ctx.edit.reform(|_: MouseEvent| crate::model::sheet::edit::Edit::renewal(crate::ui::shell::storage::today()));
    // A quotation past its day asks first; a renewed date is printed once the sheet shows it.
    let print = {
        let (details, edit, lang) = (p.details.clone(), ctx.edit.clone(), ctx.lang);
        Callback::from(move |_: MouseEvent| {
            let wait = if crate::ui::quote::share_view::renew_first(&details, &edit, lang).is_some() { 50 } else { 0 };
            gloo::timers::callback::Timeout::new(wait, || {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            })
            .forget();
        })
    };
    html! {
        <Card which={Which::QuoteDetails} title={t(T::QuoteDetails)} fold={p.fold.clone()} head={html! {
            <button type="button" class="primary" id="print" onclick={print}>{ tp(P::Print) }</button>
        }}>
            <div class="grid g3">
                { text("q-number", P::QuoteNumber, QuoteText::Number, &q.number) }
                <div class="with-button">
                    <DateField field={FieldId::Card("q-date")} label={t(T::QuoteDate)} value={AttrValue::from(q.date.clone())}
                        onchange={ctx.edit.reform(|v| Edit::QuoteText(QuoteText::Date, v))} />
                    <button type="button" class="add" onclick={set_today}>{ tp(P::Today) }</button>
                    if !q.old_date.is_empty() {
                        <p class="help warn-text" id="old-date">{ format!("{}: “{}”", tp(P::OldDate), q.old_date) }</p>
                    }
                </div>
                <NumberField field={FieldId::Card("q-validity")} label={t(T::ValidityDays)} value={Decimal::from(q.validity_days)} rule={Num::ValidityDays.rule()}
                    onchange={ctx.edit.reform(|v: Decimal| Edit::ValidityDays(to_count(v)))} />
            </div>
            <h3>{ tp(P::Exporter) }</h3>
            <div class="grid g3">
                { text("q-exp-name", P::Name, QuoteText::ExporterName, &q.exporter.name) }
                { text("q-exp-address", P::Address, QuoteText::ExporterAddress, &q.exporter.address) }
                { text("q-exp-contact", P::Contact, QuoteText::ExporterContact, &q.exporter.contact) }
            </div>
            <h3>{ tp(P::Buyer) }</h3>
            <div class="grid g3">
                { text("q-buy-name", P::Name, QuoteText::BuyerName, &q.buyer.name) }
                { text("q-buy-address", P::Address, QuoteText::BuyerAddress, &q.buyer.address) }
                { text("q-buy-contact", P::Contact, QuoteText::BuyerContact, &q.buyer.contact) }
            </div>
            <div class="grid g2">
                <TextField id="q-port" label={tp(P::PortOfLoading)} value={p.port_of_shipment.clone()} placeholder="Tanjung Perak, Surabaya"
                    onchange={ctx.edit.reform(|v| Edit::Terms(crate::model::sheet::edit::TermsField::PortOfShipment(v)))} />
                { text("q-bank", P::BankDetails, QuoteText::BankDetails, &q.bank_details) }
            </div>
            <crate::ui::widgets::phrases::Words of={crate::format::refused::WordsOf::Sheet} details={q.clone()} onchange={ctx.edit.reform(Edit::Words)} />
            { text("q-notes", P::Notes, QuoteText::Notes, &q.notes) }
        </Card>
    }
}

#[derive(Properties, PartialEq)]
pub struct SheetProps {
    pub doc: Rc<Document>,
    pub quote: Rc<Quote>,
}

/// The printable quotation: the very page a buyer's link shows (`ui::buyer::quotation_page`), built from
/// the same `BuyerQuote`, so no cost, margin or supplier figure can be on it. Shown in the
/// editor's language.
#[function_component]
pub fn QuoteSheet(p: &SheetProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let ready = crate::ui::shell::readiness::ready(&ctx, &p.quote);
    let issued = ready.then(|| crate::share::buyer::BuyerQuote::issue(&p.doc, &p.quote).ok()).flatten();
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((issued.clone(), lang), move |(issued, lang)| {
            if let (Some(host), Some(q)) = (node.cast::<web_sys::Element>(), issued) {
                crate::i18n::buyer::for_the_maker();
                let l = crate::i18n::buyer::BuyerLang::from(*lang);
                crate::ui::buyer::dom::replace_children(&host, crate::ui::buyer::quotation_page::sheet(q, l, false, 1));
                if let Some(profile) = crate::ui::quote::profile::current() {
                    crate::ui::quote::profile::add_logo(&host, &profile.logo);
                }
            }
        });
    }
    // Nothing provisional is ever printed: the print shows what to fix instead.
    if issued.is_none() {
        return html! { <NotReadyBlock doc={p.doc.clone()} quote={p.quote.clone()} id="print-not-ready" /> };
    }
    html! { <div class="printed-quote" ref={node}></div> }
}

/// The quotation tab, loaded on first use (`ui::shell::lazy`).
pub fn tab(p: &crate::ui::shell::lazy::QuoteProps) -> Html {
    html! { <QuoteTab ..p.clone() /> }
}

/// The tab itself: a component, for the language in the context.
#[function_component]
fn QuoteTab(p: &crate::ui::shell::lazy::QuoteProps) -> Html {
    use crate::ui::quote::share_view::SharePanel;
    let d = &*p.doc;
    let q = crate::ui::shell::lazy::quote_of(&p.doc);
    let [fold] =
        crate::ui::widgets::card::folds(&[crate::model::explain::outline::quote_details(d)], use_ctx().lang, None);
    html! {
        <>
            <div class="sheet no-print">
                <QuoteForm details={d.quote.clone()} port_of_shipment={AttrValue::from(d.terms.port_of_shipment.clone())} {fold} />
                <SharePanel doc={p.doc.clone()} quote={q.clone()} />
                <crate::ui::shell::lazy::Lazy part={crate::ui::shell::lazy::Part::Quotations(p.clone())} />
            </div>
            <div class="print-area">
                <QuoteSheet doc={p.doc.clone()} quote={q} />
            </div>
        </>
    }
}
