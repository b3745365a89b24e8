//! Charts as tables: each row is a label, an SVG bar and the value in words, so the chart reads
//! the same to a screen reader (a table with a caption) as it looks on a projector.
//!
//! - `cost_by_section`: the cost per pair split by material section, labour, overhead, one-off;
//! - `waterfall`: the price per pair built up from the ex-factory price to the quoted term;
//! - `tornado`: the unit price at −10 % and +10 % of each driver around today's price.

use crate::format::{format_money, format_share};
use crate::i18n::{self, Lang, T};
use crate::model::compute::{Breakdown, Category};
use crate::model::incoterms::Component;
use crate::model::money::Money;
use crate::model::whatif::{Driver, Sensitivity};
use rust_decimal::Decimal;
use yew::prelude::*;

/// A position on the 0–1000 bar scale (presentation only).
fn x(v: Decimal, max: Decimal) -> i64 {
    if max.is_zero() {
        return 0;
    }
    let r = (v * Decimal::from(1000) / max).round();
    i64::try_from(r.mantissa() / 10i128.pow(r.scale())).unwrap_or(0).clamp(0, 1000)
}

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

/// The cost per pair by section: each material section, then labour, overhead and one-off.
pub fn cost_by_section(b: &Breakdown, lang: Lang) -> Html {
    let style = lang.number_style();
    let mut rows: Vec<(String, Money)> = b
        .sections
        .iter()
        .filter(|s| s.lines > 0)
        .map(|s| (i18n::section(s.section).in_lang(lang).to_string(), s.per_pair))
        .collect();
    // With a size run, materials per pair is the graded average, not the sum of sections at the
    // base size; the difference is shown as its own row so the bars add up to the HPP.
    let sections: Decimal = rows.iter().map(|(_, m)| m.amount).sum();
    if let Some(m) = b.category(Category::Materials) {
        let grading = m.per_pair.amount - sections;
        if !grading.is_zero() {
            rows.push((T::FigSizeMaterials.in_lang(lang).to_string() + " (±)", Money::new(grading, b.currency)));
        }
    }
    for c in [Category::Labour, Category::Overhead, Category::OneOff] {
        if let Some(ct) = b.category(c) {
            rows.push((i18n::category(c).in_lang(lang).to_string(), ct.per_pair));
        }
    }
    let max = rows.iter().map(|(_, m)| m.amount).max().unwrap_or_default();
    let total = b.per_pair;
    let body = html! { <>{ for rows.iter().map(|(l, m)| html! {
        <tr>
            <th scope="row">{ l.clone() }</th>
            <td class="chart-cell">{ bar(0, x(m.amount.max(Decimal::ZERO), max), "chart-fg") }</td>
            <td class="r">{ format_money(*m, style) }
                if let Ok(s) = m.share_of(total) { <small>{ " · " }{ format_share(s, style) }</small> }
            </td>
        </tr>
    }) }</> };
    let foot = html! {
        <tfoot><tr><th scope="row">{ T::HppPerPair.in_lang(lang) }</th><td></td><td class="r"><strong>{ format_money(total, style) }</strong></td></tr></tfoot>
    };
    table(
        "chart-cost",
        T::ChartCost.in_lang(lang).into(),
        [T::Category.in_lang(lang), T::BarCol.in_lang(lang), T::PerPairCol.in_lang(lang)],
        body,
        foot,
    )
}

/// The price per pair built up part by part; each bar starts where the previous one ended.
pub fn waterfall(parts: &[(Component, Money)], total: Money, term: &str, lang: Lang) -> Html {
    let style = lang.number_style();
    let max = parts.iter().map(|(_, m)| m.amount.max(Decimal::ZERO)).sum::<Decimal>().max(total.amount);
    let mut at = Decimal::ZERO;
    let body = html! { <>{ for parts.iter().map(|(c, m)| {
        let from = at;
        at += m.amount;
        html! {
            <tr>
                <th scope="row">{ i18n::component(*c).in_lang(lang) }</th>
                <td class="chart-cell">{ bar(x(from, max), x(at, max), if *c == Component::ExFactory { "chart-base" } else { "chart-fg" }) }</td>
                <td class="r">{ if *c == Component::ExFactory { String::new() } else { "+ ".into() } }{ crate::i18n::trail::money(*m, lang) }</td>
            </tr>
        }
    }) }</> };
    let foot = html! {
        <tfoot><tr>
            <th scope="row">{ term.to_string() }</th>
            <td class="chart-cell">{ bar(0, x(total.amount, max), "chart-total") }</td>
            <td class="r"><strong>{ crate::i18n::trail::money(total, lang) }</strong></td>
        </tr></tfoot>
    };
    let _ = style;
    table(
        "chart-waterfall",
        format!("{} ({term})", T::ChartWaterfall.in_lang(lang)),
        [T::Category.in_lang(lang), T::BarCol.in_lang(lang), T::PerPairCol.in_lang(lang)],
        body,
        foot,
    )
}

pub fn driver_name(d: Driver, lang: Lang) -> &'static str {
    match d {
        Driver::ExchangeRate => T::DrExchangeRate,
        Driver::MainMaterial => T::DrMainMaterial,
        Driver::Labour => T::DrLabour,
        Driver::Profit => T::DrProfit,
        Driver::Freight => T::DrFreight,
        Driver::OrderQuantity => T::DrOrderQuantity,
    }
    .in_lang(lang)
}

/// The unit price at −10 % and +10 % of each driver; the bar spans the two prices around the
/// price today (the middle line). Widest first.
pub fn tornado(rows: &[Sensitivity], base: Money, lang: Lang) -> Html {
    let style = lang.number_style();
    let reach = rows
        .iter()
        .flat_map(|s| [(s.low.amount - base.amount).abs(), (s.high.amount - base.amount).abs()])
        .max()
        .unwrap_or_default();
    // Map base ± reach onto 0–1000 with the base in the middle.
    let pos = |v: Decimal| -> i64 {
        if reach.is_zero() {
            return 500;
        }
        500 + x((v - base.amount).abs(), reach) / 2 * if v < base.amount { -1 } else { 1 }
    };
    // A bar from the middle line to `to`.
    let span = |to: i64, class: &'static str| {
        let (a, b) = if to < 500 { (to, 500) } else { (500, to) };
        html! { <rect class={class} x={a.to_string()} width={(b - a).max(2).to_string()} height="20" /> }
    };
    let signed = |m: Money| {
        let d = Money::new(m.amount - base.amount, m.currency);
        crate::format::signed(d.amount, crate::i18n::trail::money(d, lang))
    };
    let body = html! { <>{ for rows.iter().map(|s| html! {
        <tr>
            <th scope="row">{ driver_name(s.driver, lang) }</th>
            <td class="chart-cell">
                <svg class="chart-bar" viewBox="0 0 1000 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="chart-track" width="1000" height="20" />
                    { span(pos(s.low.amount), "chart-low") }
                    { span(pos(s.high.amount), "chart-high") }
                    <line class="chart-mid" x1="500" x2="500" y1="0" y2="20" />
                </svg>
            </td>
            <td class="r">
                <span>{ T::Minus10.in_lang(lang) }{ ": " }{ signed(s.low) }</span><br />
                <span>{ T::Plus10.in_lang(lang) }{ ": " }{ signed(s.high) }</span>
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
                T::ChartTornado.in_lang(lang).into(),
                [T::DriverCol.in_lang(lang), T::BarCol.in_lang(lang), T::Swing.in_lang(lang)],
                body,
                foot,
            ) }
            <p class="legend" aria-hidden="true">
                <span><i class="l-low"></i>{ T::LegendLow.in_lang(lang) }</span>
                <span><i class="l-high"></i>{ T::LegendHigh.in_lang(lang) }</span>
                <span>{ T::LegendSides.in_lang(lang) }</span>
            </p>
        </>
    }
}
