//! Words for the formula trail: a figure's name and its formula as text pieces, in ID or EN.
//!
//! `tokens` turns a trail expression into pieces the UI renders (text, and links to other
//! figures); `formula_text` joins them for tests, the CLI and screen readers.

use crate::format::{format_money_dp, format_number};
use crate::i18n::{self, Lang, P, T};
use crate::model::base::incoterms::Component;
use crate::model::base::money::{Money, Rounding};
use crate::model::base::units::Unit;
use crate::model::explain::trail::{Counted, Expr, Fig, Operand, Trail};
use crate::model::sheet::document::Document;

/// A piece of a written formula.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Token {
    Text(String),
    /// Another figure: its name and its value as shown.
    Ref {
        fig: Fig,
        label: String,
        value: String,
    },
}

fn named(name: &str, fallback: T, lang: Lang) -> String {
    if name.trim().is_empty() {
        fallback.in_lang(lang).to_string()
    } else {
        name.to_string()
    }
}

/// The name of a figure, with the document's own names for lines.
pub fn label(fig: Fig, doc: &Document, lang: Lang) -> String {
    let t = |k: T| k.in_lang(lang).to_string();
    let tp = |k: P| k.in_lang(lang).to_string();
    match fig {
        Fig::Material(id) => doc
            .materials
            .iter()
            .find(|m| m.id == id)
            .map_or_else(String::new, |m| named(&m.name, T::MaterialName, lang)),
        Fig::Section(s) => t(i18n::section(s)),
        Fig::SizeMaterials(id) => {
            let size = doc.sizes.sizes.iter().find(|s| s.id == id).map_or("", |s| s.label.as_str());
            format!("{} {size}", tp(P::FigSizeMaterials))
        }
        Fig::Materials => t(T::CatMaterials),
        Fig::Supplied => tp(P::FigSupplied),
        Fig::CashPeak => tp(P::CashPeak),
        Fig::CashNeedDays => tp(P::CashNeedDays),
        Fig::Financing => tp(P::Financing),
        Fig::FinancingPerPair => tp(P::FinancingPerPair),
        Fig::CashKept => tp(P::CashLeaves),
        Fig::Bought(step) => format!("{} · {}", t(T::Bought), t(crate::i18n::messages::making_step(step))),
        Fig::Assists => tp(P::FigAssists),
        Fig::CostPerMinute => t(T::CostPerMinute),
        Fig::Operation(id) => doc
            .labour
            .operations
            .iter()
            .find(|o| o.id == id)
            .map_or_else(String::new, |o| named(&o.name, T::CatLabour, lang)),
        Fig::PieceRate(id) => doc
            .labour
            .piece_rates
            .iter()
            .find(|p| p.id == id)
            .map_or_else(String::new, |p| named(&p.name, T::CatLabour, lang)),
        Fig::Labour => t(T::CatLabour),
        Fig::PrimeCost => t(T::PrimeCost),
        Fig::Overhead => t(T::CatOverhead),
        Fig::OneOff(id) => {
            doc.one_off.iter().find(|c| c.id == id).map_or_else(String::new, |c| named(&c.name, T::OneOff, lang))
        }
        Fig::OneOffTotal => tp(P::FigOneOffTotal),
        Fig::OneOffPerPair => tp(P::FigOneOffPerPair),
        Fig::Hpp => t(T::HppPerPair),
        Fig::ExFactoryPerPair => tp(P::FigExFactoryPerPair),
        Fig::ExFactoryTotal => tp(P::FigExFactoryTotal),
        Fig::Cartons => tp(P::Cartons),
        Fig::Cbm => tp(P::FigCbm),
        Fig::GrossKg => tp(P::FigGrossKg),
        Fig::Containers => tp(P::Containers),
        Fig::RevenueTons => tp(P::FigRevenueTons),
        Fig::ChargeableKg => tp(P::FigChargeableKg),
        Fig::ExportLine(id) => doc
            .export_costs
            .iter()
            .find(|c| c.id == id)
            .map_or_else(String::new, |c| named(&c.name, i18n::stage(c.stage), lang)),
        Fig::Stage(s) => t(i18n::stage(s)),
        Fig::Part(term, c) => format!("{} ({})", t(i18n::component(c)), term.code()),
        Fig::TermTotal(term) => format!("{} {}", tp(P::FigTermTotal), term.code()),
        Fig::UnitExact(term) => format!("{} ({})", tp(P::FigUnitExact), term.code()),
        Fig::UnitPrice => tp(P::FigUnitPrice),
        Fig::OrderTotal => tp(P::FigOrderTotal),
        Fig::ShipmentPairs => tp(P::FigShipmentPairs),
        Fig::ShipmentCartons => tp(P::FigShipmentCartons),
        Fig::ShipmentCbm => tp(P::FigShipmentCbm),
        Fig::ShipmentKg => tp(P::FigShipmentKg),
        Fig::ShipmentValue => tp(P::FigShipmentValue),
        Fig::ShipmentStage(s) => format!("{} · {}", t(i18n::stage(s)), tp(P::WholeShipment)),
        Fig::Share(key) => format!("{} ({})", tp(P::FigShare), i18n::quotation::key_name(key, lang)),
    }
}

fn counted(c: Counted, lang: Lang) -> &'static str {
    let tp = |k: P| k.in_lang(lang);
    match c {
        Counted::Pairs => tp(P::UPairs),
        Counted::PairsPerMonth => tp(P::UPairsPerMonth),
        Counted::PairsPerCarton => tp(P::UPairsPerCarton),
        Counted::PairsPerRateUnit => tp(P::UPairs),
        Counted::Days => tp(P::UDays),
        Counted::MinutesPerDay => tp(P::UMinutesPerDay),
        Counted::Minutes => tp(P::UMinutes),
        Counted::Cartons => tp(P::UCartons),
        Counted::Containers => tp(P::UContainers),
        Counted::Cbm => "m³",
        Counted::CbmPerContainer => "m³/cont.",
        Counted::Kg => "kg",
        Counted::KgPerContainer => "kg/cont.",
        Counted::RevenueTons => tp(P::URevenueTons),
        Counted::Cm => "cm",
        Counted::AirDivisor => tp(P::UCm3PerKg),
    }
}

/// A figure's value as the trail shows it: money at its currency's decimals plus two (so a
/// cost per minute reads Rp571,43, not Rp571), quantities exactly, trimmed to 4 places.
pub fn operand(o: &Operand, lang: Lang) -> String {
    let style = lang.number_style();
    let num = |v: rust_decimal::Decimal| {
        let shown = v.round_dp_with_strategy(4, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        format_number(shown.normalize(), style, None)
    };
    match *o {
        Operand::Money(m) => money(m, lang),
        Operand::Qty(q, u) => format!("{} {}", num(q), unit(u)),
        Operand::Pct(p) => format!("{} %", num(p)),
        Operand::FxBuffer(p) => match lang {
            Lang::Id => format!("cadangan selisih kurs {} %", num(p)),
            Lang::En => format!("FX buffer {} %", num(p)),
        },
        Operand::Num(n) => num(n),
        Operand::Count(v, c) => format!("{} {}", num(v), counted(c, lang)),
        Operand::Rate { rate, base, quote } => format!("{} {}/{}", num(rate), quote.code(), base.code()),
    }
}

fn unit(u: Unit) -> &'static str {
    u.code()
}

/// Money with up to two more decimals than its currency shows, trailing zeros dropped.
pub fn money(m: Money, lang: Lang) -> String {
    let dp = m.currency().display_decimals();
    let exact = crate::model::base::money::Rounding::HalfUp.round(m.amount(), dp + 2).normalize();
    let shown = exact.scale().max(dp);
    format_money_dp(m, lang.number_style(), shown)
}

fn needs_parens(e: &Expr, in_product: bool) -> bool {
    match e {
        Expr::Sum(xs) | Expr::Difference(xs) => xs.len() > 1,
        Expr::Quotient(_, _) | Expr::Product(_) => !in_product,
        _ => false,
    }
}

/// The tokens of an expression.
pub fn tokens(e: &Expr, trail: &Trail, doc: &Document, lang: Lang) -> Vec<Token> {
    let mut out = Vec::new();
    write(e, trail, doc, lang, &mut out);
    out
}

fn text(out: &mut Vec<Token>, s: &str) {
    if let Some(Token::Text(last)) = out.last_mut() {
        last.push_str(s);
    } else {
        out.push(Token::Text(s.to_string()));
    }
}

fn sub(e: &Expr, parens: bool, trail: &Trail, doc: &Document, lang: Lang, out: &mut Vec<Token>) {
    if parens {
        text(out, "(");
    }
    write(e, trail, doc, lang, out);
    if parens {
        text(out, ")");
    }
}

fn joined(xs: &[Expr], op: &str, in_product: bool, trail: &Trail, doc: &Document, lang: Lang, out: &mut Vec<Token>) {
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            text(out, op);
        }
        sub(x, in_product && needs_parens(x, true), trail, doc, lang, out);
    }
}

fn write(e: &Expr, trail: &Trail, doc: &Document, lang: Lang, out: &mut Vec<Token>) {
    match e {
        Expr::Lit(o) => text(out, &operand(o, lang)),
        Expr::Ref(f) => {
            let value = trail.get(*f).map_or_else(|| "—".to_string(), |n| operand(&n.value, lang));
            out.push(Token::Ref { fig: *f, label: label(*f, doc, lang), value });
        }
        Expr::Sum(xs) if xs.is_empty() => text(out, &operand(&Operand::Num(rust_decimal::Decimal::ZERO), lang)),
        Expr::Sum(xs) => joined(xs, " + ", false, trail, doc, lang, out),
        Expr::Difference(xs) => {
            for (i, x) in xs.iter().enumerate() {
                if i > 0 {
                    text(out, " − ");
                }
                sub(x, i > 0 && needs_parens(x, true), trail, doc, lang, out);
            }
        }
        Expr::Product(xs) => joined(xs, " × ", true, trail, doc, lang, out),
        Expr::Quotient(a, b) => {
            sub(a, matches!(**a, Expr::Sum(_) | Expr::Difference(_)), trail, doc, lang, out);
            text(out, " ÷ ");
            let compound = !matches!(**b, Expr::Lit(_) | Expr::Ref(_));
            sub(b, compound, trail, doc, lang, out);
        }
        Expr::Max(xs) => {
            text(out, P::MaxOf.in_lang(lang));
            text(out, " (");
            joined(xs, "; ", false, trail, doc, lang, out);
            text(out, ")");
        }
        Expr::Ceil(x) => {
            text(out, "⌈");
            write(x, trail, doc, lang, out);
            text(out, "⌉");
        }
        Expr::Round(x, dp, mode) => {
            write(x, trail, doc, lang, out);
            let how = match mode {
                Rounding::HalfUp => P::RoundHalfUp,
                Rounding::HalfEven => P::RoundHalfEven,
            };
            text(
                out,
                &format!(", {} {dp} {} ({})", P::RoundOp.in_lang(lang), P::Decimals.in_lang(lang), how.in_lang(lang)),
            );
        }
        Expr::Step(x, step, _) => {
            write(x, trail, doc, lang, out);
            text(out, &format!(", {}", super::notes::price_step(step, lang)));
        }
    }
}

/// A figure's line in plain text: "Kulit sapi atasan: 1,6 sq ft × (1 + 8 %) × Rp38.000 = Rp65.664".
pub fn formula_text(fig: Fig, trail: &Trail, doc: &Document, lang: Lang) -> Option<String> {
    let n = trail.get(fig)?;
    let body: String = tokens(&n.expr, trail, doc, lang)
        .into_iter()
        .map(|t| match t {
            Token::Text(s) => s,
            Token::Ref { label, value, .. } => format!("[{label} {value}]"),
        })
        .collect();
    Some(format!("{}: {body} = {}", label(fig, doc, lang), operand(&n.value, lang)))
}

/// Components shown as parts of a price in charts, in the order of the build-up.
pub fn component_label(c: Component, lang: Lang) -> &'static str {
    i18n::component(c).in_lang(lang)
}
