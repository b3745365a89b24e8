//! The bill of materials: six sections, each with its lines, their cost per pair and a subtotal.

use crate::format::refused::{FieldId, LineList};
use crate::format::{format_money, format_number};
use crate::i18n::{self, P, T};
use crate::model::base::currency::Currency;
use crate::model::base::money::Money;
use crate::model::base::units::Unit;
use crate::model::cost::compute::{Breakdown, Issue, Place};
use crate::model::explain::trail::Fig;
use crate::model::rules::Num;
use crate::model::sheet::document::{MaterialLine, Section};
use crate::model::sheet::edit::{Edit, List, MaterialField};
use crate::ui::shell::state::use_ctx;
use crate::ui::widgets::card::{Card, Fold, Which};
use crate::ui::widgets::fields::{check, list_head, row_actions, select, NumberField, TextField};
use crate::ui::widgets::trail_view::Why;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub materials: Vec<MaterialLine>,
    pub breakdown: Rc<Breakdown>,
    pub fold: Fold,
}

#[function_component]
pub fn MaterialsCard(p: &Props) -> Html {
    let ctx = use_ctx();
    let t = |k: T| k.in_lang(ctx.lang);
    html! {
        <Card which={Which::Materials} title={t(T::Materials)} fold={p.fold.clone()}>
            <p class="help formula">{ P::MaterialsHelp.in_lang(ctx.lang) }</p>
            if let Some(v) = p.breakdown.supplied_per_pair {
                <p class="note" id="supplied-total">{ P::SuppliedTotal.in_lang(ctx.lang) }{ " " }<strong>{ format_money(v, ctx.lang.number_style()) }</strong>
                    { " " }<Why fig={Fig::Supplied} of={P::SuppliedTotal.in_lang(ctx.lang).to_string()} /></p>
            }
            <>{ for Section::ALL.iter().map(|&s| {
                let lines: Vec<MaterialLine> = p.materials.iter().filter(|m| m.section == s).cloned().collect();
                let subtotal = p.breakdown.sections.iter().find(|t| t.section == s).map(|t| t.per_pair);
                let costs: Vec<LineFigures> = lines.iter().map(|m| {
                    let l = p.breakdown.line(m.id);
                    LineFigures {
                        cost: l.and_then(|l| l.per_pair),
                        gross: l.and_then(|l| l.gross_consumption),
                        issue: p.breakdown.issues.iter().find(|i| issue_place(i) == Some(Place::Material(m.id))).copied(),
                    }
                }).collect();
                html! { <SectionBlock key={format!("{s:?}")} section={s} {lines} costs={Rc::new(costs)} {subtotal} /> }
            }) }</>
        </Card>
    }
}

/// The place an issue points at, for marking a line.
pub fn issue_place(i: &Issue) -> Option<Place> {
    match i {
        Issue::MissingRate { at, .. }
        | Issue::NonPositiveRate { at, .. }
        | Issue::IncompatibleUnits { at }
        | Issue::Overflow { at } => Some(*at),
        _ => None,
    }
}

/// What the breakdown says about one line.
#[derive(Clone, Copy, PartialEq)]
struct LineFigures {
    cost: Option<Money>,
    gross: Option<Decimal>,
    /// What keeps this line out of the totals (a missing rate, mismatched units), if anything.
    issue: Option<Issue>,
}

#[derive(Properties, PartialEq)]
struct SectionProps {
    section: Section,
    lines: Vec<MaterialLine>,
    costs: Rc<Vec<LineFigures>>,
    subtotal: Option<Money>,
}

#[function_component]
fn SectionBlock(p: &SectionProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let title = i18n::section(p.section).in_lang(lang);
    let hid = format!("h-sec-{:?}", p.section).to_ascii_lowercase();
    let n = p.lines.len();
    let section = p.section;
    html! {
        <div class="bom-section" role="group" aria-labelledby={hid.clone()}>
            <div class="sec-head">
                <h3 id={hid}>{ title }</h3>
                if let Some(s) = p.subtotal {
                    <span class="subtotal">{ P::Subtotal.in_lang(ctx.lang) }{ ": " }<strong>{ format_money(s, lang.number_style()) }</strong></span>
                }
            </div>
            if n > 0 {
                { list_head("bom-row", &[t(T::MaterialName), P::HeadNet.in_lang(ctx.lang), P::Unit.in_lang(ctx.lang), P::HeadWaste.in_lang(ctx.lang), P::HeadPrice.in_lang(ctx.lang), P::PricePer.in_lang(ctx.lang), t(T::Currency), t(T::CostPerPair), ""]) }
            }
            <>{ for p.lines.iter().zip(p.costs.iter()).enumerate().map(|(i, (m, &LineFigures { cost, gross, issue }))| html! {
                <MaterialRow key={m.id} line={m.clone()} {cost} {gross} {issue} first={i == 0} last={i + 1 == n} />
            }) }</>
            <button type="button" class="add" onclick={ctx.edit.reform(move |_| Edit::Add(List::Material(section)))}
                aria-label={format!("{} · {}", P::AddMaterial.in_lang(ctx.lang), title)}>{ "+ " }{ P::AddMaterial.in_lang(ctx.lang) }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    line: MaterialLine,
    cost: Option<Money>,
    gross: Option<Decimal>,
    issue: Option<Issue>,
    first: bool,
    last: bool,
}

/// Units are shown by their short code; the column label names the field.
fn unit_code(u: Unit) -> String {
    u.code().to_string()
}

#[function_component]
fn MaterialRow(p: &RowProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let m = &p.line;
    let id = m.id;
    let f = |name: &str| format!("mat-{id}-{name}");
    let num = |make: fn(Decimal) -> MaterialField| ctx.edit.reform(move |v| Edit::Material(id, make(v)));
    let code = |c: Currency| c.code().to_string();
    let style = lang.number_style();
    html! {
        <div class={classes!("row", "bom-row", p.issue.is_some().then_some("flagged"), m.buyer_supplied.then_some("supplied"))}>
            <TextField id={f("name")} label={t(T::MaterialName)} value={m.name.clone()} compact=true
                onchange={ctx.edit.reform(move |v| Edit::Material(id, MaterialField::Name(v)))} />
            <NumberField field={FieldId::Line(LineList::Material, id, "net")} label={t(T::NetConsumption)} value={m.net_consumption} rule={Num::NetConsumption.rule()} compact=true of={AttrValue::from(m.name.clone())} onchange={num(MaterialField::NetConsumption)} />
            { select(f("unit"), P::Unit.in_lang(ctx.lang), m.unit, Unit::ALL, unit_code, true, ctx.edit.reform(move |u| Edit::Material(id, MaterialField::Unit(u)))) }
            <NumberField field={FieldId::Line(LineList::Material, id, "waste")} label={t(T::WastePct)} value={m.waste_pct} rule={Num::WastePct.rule()} compact=true of={AttrValue::from(m.name.clone())} onchange={num(MaterialField::WastePct)} />
            <NumberField field={FieldId::Line(LineList::Material, id, "price")} label={t(T::UnitPrice)} value={m.unit_price} rule={Num::UnitPrice.rule()} compact=true of={AttrValue::from(m.name.clone())} onchange={num(MaterialField::UnitPrice)} />
            { select(f("per"), P::PricePer.in_lang(ctx.lang), m.price_unit, Unit::ALL, unit_code, true, ctx.edit.reform(move |u| Edit::Material(id, MaterialField::PriceUnit(u)))) }
            { select(f("cur"), t(T::Currency), m.currency, Currency::ALL, code, true, ctx.edit.reform(move |c| Edit::Material(id, MaterialField::Currency(c)))) }
            <div class="cost" id={f("cost")}>
                <span class="f-l">{ t(T::CostPerPair) }</span>
                <output for={format!("{} {} {}", f("net"), f("waste"), f("price"))}>
                    { match p.cost { Some(c) => format_money(c, style), None => "⚠ —".into() } }
                </output>
                // Why there is no figure, on the line itself: which units, which rate.
                if let Some(i) = p.issue {
                    <span class="why-not" id={f("why-not")}>{ crate::i18n::line_issue(&i, m, lang) }</span>
                }
                if p.cost.is_some() { <Why fig={Fig::Material(id)} of={m.name.clone()} /> }
                if let (Some(g), true) = (p.gross, !m.waste_pct.is_zero()) {
                    <span class="gross">{ P::Gross.in_lang(ctx.lang) }{ " " }{ format_number(g, style, None) }{ " " }{ m.unit.code() }</span>
                }
                { check(f("buyer"), P::BuyerSupplied.in_lang(ctx.lang), m.buyer_supplied, ctx.edit.reform(move |v| Edit::Material(id, MaterialField::BuyerSupplied(v)))) }
            </div>
            { row_actions(&ctx, id, p.first, p.last, true) }
        </div>
    }
}
