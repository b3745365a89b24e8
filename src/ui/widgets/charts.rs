//! Charts as tables: each row is a label, an SVG bar and the value in words, so the chart reads
//! the same to a screen reader (a table with a caption) as it looks on a projector.
//!
//! - `cost_by_section`: the cost per pair split by material section, labour, overhead, one-off;
//! - `waterfall`: the price per pair built up from the ex-factory price to the quoted term;
//! - `tornado`: the unit price at −10 % and +10 % of each driver around today's price.

use crate::format::{format_money, format_share};
use crate::i18n::{self, Lang, P, T};
use crate::model::base::incoterms::Component;
use crate::model::base::money::Money;
use crate::model::cost::compute::Breakdown;
use crate::model::explain::chart::{self, CostRow};
use crate::model::explain::whatif::{Driver, Sensitivity};
use yew::prelude::*;

fn bar(from: i64, to: i64, class: &'static str) -> Html {
    let (a, b) = if from <= to { (from, to) } else { (to, from) };
    html! {
        <svg class="chart-bar" viewBox="0 0 1000 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="chart-track" width="1000" height="20" />
            <rect class={class} x={a.to_string()} width={(b - a).max(2).to_string()} height="20" />
        </svg>
    }
}

fn table(id: &'static str, caption: String, head: [&str; 3], rows: Html, foot: Html) -> Html {
    html! {
        <figure class="chart" id={id}>
            <table class="chart-table">
                <caption>{ caption }</caption>
                <thead class="sr-only"><tr>{ for head.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr></thead>
                <tbody>{ rows }</tbody>
                { foot }
            </table>
        </figure>
    }
}

/// The cost per pair by section: each material section, then labour, overhead and one-off
/// (rows and bars from `model::explain::chart::cost_by_section`).
pub fn cost_by_section(b: &Breakdown, lang: Lang) -> Html {
    let style = lang.number_style();
    let label = |r: CostRow| match r {
        CostRow::Section(s) => i18n::section(s).in_lang(lang).to_string(),
        CostRow::Grading => T::GradingRow.in_lang(lang).to_string(),
        CostRow::Category(c) => i18n::category(c).in_lang(lang).to_string(),
    };
    let body = html! { <>{ for chart::cost_by_section(b).into_iter().map(|r| html! {
        <tr>
            <th scope="row">{ label(r.key) }</th>
            <td class="chart-cell">{ bar(r.from, r.to, "chart-fg") }</td>
            <td class="r">{ format_money(r.value, style) }
                if let Some(s) = r.share { <small>{ " · " }{ format_share(s, style) }</small> }
            </td>
        </tr>
    }) }</> };
    let foot = html! {
        <tfoot><tr><th scope="row">{ T::HppPerPair.in_lang(lang) }</th><td></td><td class="r"><strong>{ format_money(b.per_pair, style) }</strong></td></tr></tfoot>
    };
    table(
        "chart-cost",
        P::ChartCost.in_lang(lang).into(),
        [T::Category.in_lang(lang), P::BarCol.in_lang(lang), T::PerPairCol.in_lang(lang)],
        body,
        foot,
    )
}

/// The price per pair built up part by part; each bar starts where the previous one ended.
pub fn waterfall(parts: &[(Component, Money)], total: Money, term: &str, lang: Lang) -> Html {
    let (bars, total_at) = chart::waterfall(parts, total);
    let body = html! { <>{ for bars.iter().map(|r| html! {
        <tr>
            <th scope="row">{ i18n::component(r.key).in_lang(lang) }</th>
            <td class="chart-cell">{ bar(r.from, r.to, if r.key == Component::ExFactory { "chart-base" } else { "chart-fg" }) }</td>
            <td class="r">{ if r.key == Component::ExFactory { String::new() } else { "+ ".into() } }{ crate::i18n::trail::money(r.value, lang) }</td>
        </tr>
    }) }</> };
    let foot = html! {
        <tfoot><tr>
            <th scope="row">{ term.to_string() }</th>
            <td class="chart-cell">{ bar(0, total_at, "chart-total") }</td>
            <td class="r"><strong>{ crate::i18n::trail::money(total, lang) }</strong></td>
        </tr></tfoot>
    };
    table(
        "chart-waterfall",
        format!("{} ({term})", P::ChartWaterfall.in_lang(lang)),
        [T::Category.in_lang(lang), P::BarCol.in_lang(lang), T::PerPairCol.in_lang(lang)],
        body,
        foot,
    )
}

pub fn driver_name(d: Driver, lang: Lang) -> &'static str {
    match d {
        Driver::ExchangeRate => P::DrExchangeRate,
        Driver::MainMaterial => P::DrMainMaterial,
        Driver::Labour => P::DrLabour,
        Driver::Profit => P::DrProfit,
        Driver::Freight => P::DrFreight,
        Driver::OrderQuantity => P::DrOrderQuantity,
    }
    .in_lang(lang)
}

/// The unit price at −10 % and +10 % of each driver; the bar spans the two prices around the
/// price today (the middle line). Widest first.
pub fn tornado(rows: &[Sensitivity], base: Money, lang: Lang) -> Html {
    let style = lang.number_style();
    let mid = crate::model::base::scale::SCALE / 2;
    // A bar from the middle line to `to`.
    let span = |to: i64, class: &'static str| {
        let (a, b) = if to < mid { (to, mid) } else { (mid, to) };
        html! { <rect class={class} x={a.to_string()} width={(b - a).max(2).to_string()} height="20" /> }
    };
    let signed = |d: Money| crate::format::signed(d.amount(), crate::i18n::trail::money(d, lang));
    let body = html! { <>{ for chart::tornado(rows, base).into_iter().map(|s| html! {
        <tr>
            <th scope="row">{ driver_name(s.driver, lang) }</th>
            <td class="chart-cell">
                <svg class="chart-bar" viewBox="0 0 1000 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="chart-track" width="1000" height="20" />
                    { span(s.low_at, "chart-low") }
                    { span(s.high_at, "chart-high") }
                    <line class="chart-mid" x1="500" x2="500" y1="0" y2="20" />
                </svg>
            </td>
            <td class="r">
                <span>{ P::Minus10.in_lang(lang) }{ ": " }{ signed(s.low_change) }</span><br />
                <span>{ P::Plus10.in_lang(lang) }{ ": " }{ signed(s.high_change) }</span>
            </td>
        </tr>
    }) }</> };
    let foot = html! {
        <tfoot><tr><th scope="row">{ T::UnitPrice.in_lang(lang) }</th><td></td><td class="r"><strong>{ format_money(base, style) }</strong></td></tr></tfoot>
    };
    html! {
        <>
            { table(
                "chart-tornado",
                P::ChartTornado.in_lang(lang).into(),
                [P::DriverCol.in_lang(lang), P::BarCol.in_lang(lang), P::Swing.in_lang(lang)],
                body,
                foot,
            ) }
            <p class="legend" aria-hidden="true">
                <span><i class="l-low"></i>{ P::LegendLow.in_lang(lang) }</span>
                <span><i class="l-high"></i>{ P::LegendHigh.in_lang(lang) }</span>
                <span>{ P::LegendSides.in_lang(lang) }</span>
            </p>
        </>
    }
}

/// The order's cash by day: the balance after each day's payments and receipts, below or above
/// the zero line (bars and zero from `model::export::cash::Timeline::chart`).
pub fn cash(t: &crate::model::export::cash::Timeline, lang: Lang) -> Html {
    let style = lang.number_style();
    let day = |d: u32| format!("{} {d}", P::Day.in_lang(lang));
    let rows = html! { <>{ for t.chart.iter().map(|c| {
        let class = if c.balance.amount().is_sign_negative() { "chart-low" } else { "chart-fg" };
        html! {
            <tr>
                <th scope="row">{ day(c.day) }</th>
                <td class="chart-cell">
                    <svg class="chart-bar" viewBox="0 0 1000 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect class="chart-track" width="1000" height="20" />
                        <rect class={class} x={c.from.to_string()} width={(c.to - c.from).max(2).to_string()} height="20" />
                        <line class="chart-mid" x1={t.zero.to_string()} x2={t.zero.to_string()} y1="0" y2="20" />
                    </svg>
                </td>
                <td class="r">{ format_money(c.balance, style) }</td>
            </tr>
        }
    }) }</> };
    table(
        "cash-chart",
        P::CashChart.in_lang(lang).to_string(),
        [P::Day.in_lang(lang), P::BarCol.in_lang(lang), P::CashBalance.in_lang(lang)],
        rows,
        html! {},
    )
}
