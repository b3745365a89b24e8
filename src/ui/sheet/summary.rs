//! The cost summary: HPP per pair, its four components per pair and per order with their
//! shares, materials by section, and what is still missing.

use crate::format::{format_money, format_number, format_share};
use crate::i18n::{self, T};
use crate::model::cost::compute::Breakdown;
use crate::model::cost::compute::Category;
use crate::model::explain::trail::Fig;
use crate::model::sheet::document::Document;
use crate::ui::shell::state::use_ctx;
use crate::ui::widgets::trail_view::Why;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

fn category_fig(c: Category) -> Fig {
    match c {
        Category::Materials => Fig::Materials,
        Category::Labour => Fig::Labour,
        Category::Overhead => Fig::Overhead,
        Category::OneOff => Fig::OneOffPerPair,
    }
}

/// The name of the sheet place an issue points at, for messages.
#[derive(Properties, PartialEq)]
pub struct Props {
    pub doc: Rc<Document>,
    pub breakdown: Rc<Breakdown>,
}

#[function_component]
pub fn Summary(p: &Props) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let refused = ctx.refused.labels(ctx.generation);
    let t = |k: T| k.in_lang(lang);
    let style = lang.number_style();
    let b = &p.breakdown;
    let pairs = format_number(Decimal::from(b.order_pairs), style, None);
    html! {
        <section class="summary card" aria-labelledby="h-summary">
            <h2 id="h-summary">{ t(T::Summary) }</h2>
            <div class="hpp" aria-live="polite">
                <span class="hpp-label">{ t(T::HppPerPair) }</span>
                <strong class="hpp-value" id="hpp-per-pair" elementtiming="first-figure">{ format_money(b.per_pair, style) }</strong>
                <Why fig={Fig::Hpp} of={t(T::HppPerPair)} />
                if let Some(d) = b.per_pair_display {
                    if d.currency() != b.currency { <span class="hpp-alt" id="hpp-display">{ "≈ " }{ format_money(d, style) }</span> }
                }
                if !b.is_complete() || !refused.is_empty() { <span class="badge warn">{ "⚠ " }{ t(T::Incomplete) }</span> }
            </div>
            <table class="breakdown">
                <caption class="sr-only">{ t(T::Summary) }</caption>
                <thead><tr>
                    <th scope="col">{ t(T::Category) }</th>
                    <th scope="col" class="r">{ t(T::PerPairCol) }</th>
                    <th scope="col" class="r">{ t(T::PerOrderCol) }<br /><small>{ format!("{pairs} {}", t(T::Pairs)) }</small></th>
                    <th scope="col" class="r">{ t(T::ShareCol) }</th>
                </tr></thead>
                <tbody>
                    { for b.categories.iter().map(|c| html! {
                        <tr>
                            <th scope="row">{ i18n::category(c.category).in_lang(lang) }<Why fig={category_fig(c.category)} of={i18n::category(c.category).in_lang(lang)} /></th>
                            <td class="r">{ format_money(c.per_pair, style) }</td>
                            <td class="r">{ format_money(c.per_order, style) }</td>
                            <td class="r">
                                { c.share.map_or_else(|| "—".into(), |s| format_share(s, style)) }
                                <svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                                    <rect class="bar-bg" width="100" height="6" /><rect class="bar-fg" width={crate::model::explain::chart::share_width(c.share).to_string()} height="6" />
                                </svg>
                            </td>
                        </tr>
                    }) }
                </tbody>
                <tfoot><tr>
                    <th scope="row">{ t(T::Total) }</th>
                    <td class="r"><strong>{ format_money(b.per_pair, style) }</strong></td>
                    <td class="r"><strong id="hpp-per-order">{ format_money(b.per_order, style) }</strong></td>
                    <td class="r">{ if b.per_pair.amount().is_zero() { "—" } else { "100%" } }</td>
                </tr></tfoot>
            </table>
            <h3>{ t(T::BySection) }</h3>
            <ul class="sections">
                <>{ for b.sections.iter().filter(|s| s.lines > 0).map(|s| html! {
                    <li><span>{ i18n::section(s.section).in_lang(lang) }</span><span>{ format_money(s.per_pair, style) }<Why fig={Fig::Section(s.section)} of={i18n::section(s.section).in_lang(lang)} /></span></li>
                }) }</>
                // With a graded size run the sections are at the base size; this row brings them
                // to the order's average, so the list adds up to the materials figure.
                if let Some(g) = b.grading_adjustment {
                    <li id="grading-adjustment"><span>{ t(T::GradingRow) }</span><span>{ format_money(g, style) }</span></li>
                }
            </ul>
            if !b.issues.is_empty() || !refused.is_empty() {
                <div class="issues" role="status" id="summary-issues">
                    <p><strong>{ "⚠ " }{ t(T::IncompleteHelp) }</strong></p>
                    <ul>
                        <>{ for refused.iter().map(|f| html! { <li>{ format!("{f}: {}", t(T::FieldRefused)) }</li> }) }</>
                        <>{ for b.issues.iter().map(|i| html! { <li>{ i18n::issue(i, lang, &|pl| i18n::place_name(&p.doc, pl, lang)) }</li> }) }</>
                    </ul>
                </div>
            }
        </section>
    }
}
