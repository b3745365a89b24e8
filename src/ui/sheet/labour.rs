//! Labour (by operation or piece rate), factory overhead, and the order's one-off costs.

use crate::format::refused::{FieldId, LineList};
use crate::format::{format_money, format_number};
use crate::i18n::{self, P, T};
use crate::model::base::currency::Currency;
use crate::model::base::money::Money;
use crate::model::cost::compute::{Breakdown, Category};
use crate::model::rules::Num;
use crate::model::sheet::document::{
    BoughtWork, Labour, LabourMethod, MakingStep, OneOffCost, Operation, Overhead, OverheadMethod, PiecePer, PieceRate,
};
use crate::model::sheet::edit::{
    BoughtField, Edit, LabourField, List, OneOffField, OperationField, OverheadField, PieceRateField,
};
use crate::ui::shell::state::use_ctx;
use crate::ui::widgets::card::{Card, Fold, Which};
use crate::ui::widgets::fields::{list_head, radios, row_actions, select, NumberField, TextField};
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

/// The step an own-labour line can be tagged with (none: replaced only by whole pairs).
const OWN_STEPS: [Option<MakingStep>; 5] = [
    None,
    Some(MakingStep::Cutting),
    Some(MakingStep::Closing),
    Some(MakingStep::Lasting),
    Some(MakingStep::Finishing),
];

fn step_name(lang: i18n::Lang) -> impl Fn(Option<MakingStep>) -> String {
    move |s| match s {
        Some(s) => i18n::making_step(s).in_lang(lang).to_string(),
        None => P::StepOther.in_lang(lang).to_string(),
    }
}

/// The cost of an own line, or that a workshop does it instead.
fn own_cost(label: &str, cost: Option<Money>, replaced: bool, lang: i18n::Lang) -> Html {
    if replaced {
        html! {
            <div class="cost replaced">
                <span class="f-l">{ label }</span>
                <output>{ cost.map_or_else(|| "—".to_string(), |c| format_money(c, lang.number_style())) }</output>
                <span class="gross">{ P::Replaced.in_lang(lang) }</span>
            </div>
        }
    } else {
        cost_cell(label, cost, lang.number_style())
    }
}

fn cost_cell(label: &str, cost: Option<Money>, style: crate::format::NumberStyle) -> Html {
    html! {
        <div class="cost">
            <span class="f-l">{ label }</span>
            <output>{ cost.map_or_else(|| "—".to_string(), |c| format_money(c, style)) }</output>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct LabourProps {
    pub labour: Labour,
    pub currency: Currency,
    pub breakdown: Rc<Breakdown>,
    pub fold: Fold,
}

#[function_component]
pub fn LabourCard(p: &LabourProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let style = lang.number_style();
    let l = &p.labour;
    let b = &p.breakdown;
    let by_op = l.method == LabourMethod::Operations;
    let labour_total = b.category(Category::Labour).map(|c| c.per_pair);
    html! {
        <Card which={Which::Labour} title={t(T::Labour)} fold={p.fold.clone()} head={html! {
            if let Some(total) = labour_total { <span class="subtotal">{ format_money(total, style) }{ " / " }{ t(T::PerPair) }</span> }
        }}>
            { radios("labour-method", t(T::Labour), l.method, &[(LabourMethod::Operations, P::LabourByOperation.in_lang(ctx.lang)), (LabourMethod::PieceRate, P::LabourByPiece.in_lang(ctx.lang))],
                ctx.edit.reform(|m| Edit::Labour(LabourField::Method(m)))) }

            { method_body(by_op, P::LabourByOperation.in_lang(lang), operations_body(l, b, p.currency, &ctx.edit, lang), lang) }

            { method_body(!by_op, t(T::PieceRates), piece_rates_body(l, b, &ctx.edit, lang), lang) }

            { bought_body(l, b, &ctx.edit, lang) }
        </Card>
    }
}

/// One labour method's fields: open while it is the method counted; the other folds away under
/// a line saying it is not counted (its figures are kept, to switch back to).
fn method_body(active: bool, title: &str, body: Html, lang: i18n::Lang) -> Html {
    if active {
        html! { <div class="method-body">{ body }</div> }
    } else {
        html! {
            <details class="method-body inactive">
                <summary>{ title }{ " · " }{ P::NotCounted.in_lang(lang) }</summary>
                { body }
            </details>
        }
    }
}

/// Labour by operation: the wage, the cost per minute it gives, and the operations' lines.
fn operations_body(l: &Labour, b: &Breakdown, currency: Currency, edit: &Callback<Edit>, lang: i18n::Lang) -> Html {
    let t = |k: T| k.in_lang(lang);
    let style = lang.number_style();
    let wage = |make: fn(Decimal) -> LabourField| edit.reform(move |v| Edit::Labour(make(v)));
    let cur = currency.code();
    let n_ops = l.operations.len();
    html! {
        <>
            <div class="grid g4">
                <NumberField field={FieldId::Card("wage")} label={t(T::MonthlyWage)} value={l.wage.monthly_wage} rule={Num::MonthlyWage.rule()} suffix={AttrValue::from(cur)} onchange={wage(LabourField::MonthlyWage)} />
                <NumberField field={FieldId::Card("days")} label={t(T::WorkingDays)} value={l.wage.working_days} rule={Num::WorkingDays.rule()} onchange={wage(LabourField::WorkingDays)} />
                <NumberField field={FieldId::Card("minutes")} label={t(T::MinutesPerDay)} value={l.wage.minutes_per_day} rule={Num::MinutesPerDay.rule()} onchange={wage(LabourField::MinutesPerDay)} />
                <NumberField field={FieldId::Card("efficiency")} label={t(T::Efficiency)} value={l.wage.efficiency_pct} rule={Num::EfficiencyPct.rule()} suffix={AttrValue::from("%")} onchange={wage(LabourField::EfficiencyPct)} />
            </div>
            <p class="derived">
                { t(T::CostPerMinute) }{ " = " }{ P::CostPerMinuteFormula.in_lang(lang) }{ " = " }
                <strong id="cost-per-minute">{ b.labour.cost_per_minute.map_or_else(|| "—".to_string(), |m| format_money_dp(m, style)) }</strong>
                if b.labour.cost_per_minute.is_some() { <crate::ui::widgets::trail_view::Why fig={crate::model::explain::trail::Fig::CostPerMinute} /> }
            </p>
            <h3>{ t(T::Operations) }</h3>
            if n_ops > 0 { { list_head("op-row", &[P::OperationName.in_lang(lang), t(T::StandardMinutes), P::MakingStepLabel.in_lang(lang), t(T::CostPerPair), ""]) } }
            <div class="rows">
                { for l.operations.iter().enumerate().map(|(i, o)| {
                    let cost = b.labour.operations.iter().find(|(id, _)| *id == o.id).and_then(|(_, c)| *c);
                    let replaced = b.labour.replaced.contains(&o.id);
                    html! { <OperationRow key={o.id} op={o.clone()} {cost} {replaced} first={i == 0} last={i + 1 == n_ops} /> }
                }) }
            </div>
            <p class="derived">{ P::TotalMinutes.in_lang(lang) }{ ": " }<strong>{ format_number(b.labour.standard_minutes, style, None) }</strong></p>
            <button type="button" class="add" onclick={edit.reform(|_| Edit::Add(List::Operation))}>{ "+ " }{ P::AddOperation.in_lang(lang) }</button>
        </>
    }
}

/// Labour by piece rate: the rates' lines.
fn piece_rates_body(l: &Labour, b: &Breakdown, edit: &Callback<Edit>, lang: i18n::Lang) -> Html {
    let t = |k: T| k.in_lang(lang);
    let n_pr = l.piece_rates.len();
    html! {
        <>
            <h3>{ t(T::PieceRates) }</h3>
            if n_pr > 0 { { list_head("piece-row", &[P::JobName.in_lang(lang), t(T::Rate), P::Per.in_lang(lang), P::MakingStepLabel.in_lang(lang), t(T::CostPerPair), ""]) } }
            <div class="rows">
                { for l.piece_rates.iter().enumerate().map(|(i, r)| {
                    let cost = b.labour.piece_rates.iter().find(|(id, _)| *id == r.id).and_then(|(_, c)| *c);
                    let replaced = b.labour.replaced.contains(&r.id);
                    html! { <PieceRow key={r.id} rate={r.clone()} {cost} {replaced} first={i == 0} last={i + 1 == n_pr} /> }
                }) }
            </div>
            <button type="button" class="add" onclick={edit.reform(|_| Edit::Add(List::PieceRate))}>{ "+ " }{ P::AddPieceRate.in_lang(lang) }</button>
        </>
    }
}

/// Work bought from workshops: their lines and what each step costs a pair.
fn bought_body(l: &Labour, b: &Breakdown, edit: &Callback<Edit>, lang: i18n::Lang) -> Html {
    let t = |k: T| k.in_lang(lang);
    let style = lang.number_style();
    let n_bought = l.bought.len();
    html! {
        <div class="method-body" id="bought">
            <h3>{ t(T::Bought) }</h3>
            <p class="help">{ P::BoughtHelp.in_lang(lang) }</p>
            if n_bought > 0 { { list_head("bought-row", &[P::Workshop.in_lang(lang), P::MakingStepLabel.in_lang(lang), t(T::Rate), P::Per.in_lang(lang), t(T::SizePairs), t(T::CostPerPair), ""]) } }
            <div class="rows">
                { for l.bought.iter().enumerate().map(|(i, w)| {
                    let cost = b.labour.bought_lines.iter().find(|(id, _)| *id == w.id).and_then(|(_, c)| *c);
                    html! { <BoughtRow key={w.id} work={w.clone()} {cost} first={i == 0} last={i + 1 == n_bought} /> }
                }) }
            </div>
            <>{ for b.labour.bought.iter().map(|bs| html! {
                <p class="derived" id={format!("bought-{:?}", bs.step).to_ascii_lowercase()}>
                    { t(i18n::making_step(bs.step)) }{ ": " }{ format_number(Decimal::from(bs.pairs), style, None) }{ " " }{ t(T::Pairs) }{ " → " }
                    <strong>{ bs.per_pair.map_or_else(|| "—".to_string(), |m| format_money(m, style)) }</strong>{ " / " }{ t(T::PerPair) }
                    if bs.per_pair.is_some() { <crate::ui::widgets::trail_view::Why fig={crate::model::explain::trail::Fig::Bought(bs.step)} /> }
                </p>
            }) }</>
            <button type="button" class="add" onclick={edit.reform(|_| Edit::Add(List::Bought))}>{ "+ " }{ P::AddWorkshop.in_lang(lang) }</button>
        </div>
    }
}

/// Cost per minute shown to two decimals even in rupiah: it is an intermediate, not a price.
fn format_money_dp(m: Money, style: crate::format::NumberStyle) -> String {
    crate::format::format_money_dp(m, style, 2)
}

#[derive(Properties, PartialEq)]
struct OpProps {
    op: Operation,
    cost: Option<Money>,
    replaced: bool,
    first: bool,
    last: bool,
}

#[function_component]
fn OperationRow(p: &OpProps) -> Html {
    let ctx = use_ctx();
    let t = |k: T| k.in_lang(ctx.lang);
    let id = p.op.id;
    html! {
        <div class="row op-row">
            <TextField id={format!("op-{id}-name")} label={P::OperationName.in_lang(ctx.lang)} value={p.op.name.clone()} compact=true
                onchange={ctx.edit.reform(move |v| Edit::Operation(id, OperationField::Name(v)))} />
            <NumberField field={FieldId::Line(LineList::Operation, id, "min")} label={t(T::StandardMinutes)} value={p.op.standard_minutes} rule={Num::StandardMinutes.rule()} compact=true
                onchange={ctx.edit.reform(move |v| Edit::Operation(id, OperationField::StandardMinutes(v)))} />
            { select(format!("op-{id}-step"), P::MakingStepLabel.in_lang(ctx.lang), p.op.step, &OWN_STEPS, step_name(ctx.lang), true,
                ctx.edit.reform(move |v| Edit::Operation(id, OperationField::Step(v)))) }
            { own_cost(t(T::CostPerPair), p.cost, p.replaced, ctx.lang) }
            { row_actions(&ctx, id, p.first, p.last, true) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PieceProps {
    rate: PieceRate,
    cost: Option<Money>,
    replaced: bool,
    first: bool,
    last: bool,
}

#[function_component]
fn PieceRow(p: &PieceProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let id = p.rate.id;
    html! {
        <div class="row piece-row">
            <TextField id={format!("pr-{id}-name")} label={P::JobName.in_lang(ctx.lang)} value={p.rate.name.clone()} compact=true
                onchange={ctx.edit.reform(move |v| Edit::PieceRate(id, PieceRateField::Name(v)))} />
            <NumberField field={FieldId::Line(LineList::PieceRate, id, "rate")} label={t(T::Rate)} value={p.rate.rate} rule={Num::PieceRate.rule()} compact=true
                onchange={ctx.edit.reform(move |v| Edit::PieceRate(id, PieceRateField::Rate(v)))} />
            { select(format!("pr-{id}-per"), P::Per.in_lang(ctx.lang), p.rate.per, &PiecePer::ALL, move |x| i18n::piece_per(x).in_lang(lang).to_string(), true,
                ctx.edit.reform(move |v| Edit::PieceRate(id, PieceRateField::Per(v)))) }
            { select(format!("pr-{id}-step"), P::MakingStepLabel.in_lang(ctx.lang), p.rate.step, &OWN_STEPS, step_name(lang), true,
                ctx.edit.reform(move |v| Edit::PieceRate(id, PieceRateField::Step(v)))) }
            { own_cost(t(T::CostPerPair), p.cost, p.replaced, lang) }
            { row_actions(&ctx, id, p.first, p.last, true) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct BoughtProps {
    work: BoughtWork,
    /// The workshop's rate brought to one pair.
    cost: Option<Money>,
    first: bool,
    last: bool,
}

/// A workshop's line: who, which step, at what rate, for how many pairs.
#[function_component]
fn BoughtRow(p: &BoughtProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let w = &p.work;
    let id = w.id;
    let f = |name: &str| format!("bw-{id}-{name}");
    html! {
        <div class="row bought-row">
            <TextField id={f("name")} label={P::Workshop.in_lang(ctx.lang)} value={w.workshop.clone()} compact=true
                onchange={ctx.edit.reform(move |v| Edit::Bought(id, BoughtField::Workshop(v)))} />
            { select(f("covers"), P::MakingStepLabel.in_lang(ctx.lang), w.covers, &MakingStep::ALL, move |s| t(i18n::making_step(s)).to_string(), true,
                ctx.edit.reform(move |v| Edit::Bought(id, BoughtField::Covers(v)))) }
            <NumberField field={FieldId::Line(LineList::Bought, id, "rate")} label={t(T::Rate)} value={w.rate} rule={Num::WorkshopRate.rule()} compact=true of={AttrValue::from(w.workshop.clone())}
                onchange={ctx.edit.reform(move |v| Edit::Bought(id, BoughtField::Rate(v)))} />
            { select(f("per"), P::Per.in_lang(ctx.lang), w.per, &PiecePer::ALL, move |x| i18n::piece_per(x).in_lang(lang).to_string(), true,
                ctx.edit.reform(move |v| Edit::Bought(id, BoughtField::Per(v)))) }
            <NumberField field={FieldId::Line(LineList::Bought, id, "pairs")} label={t(T::SizePairs)} value={Decimal::from(w.pairs)} rule={Num::WorkshopPairs.rule()} compact=true of={AttrValue::from(w.workshop.clone())}
                onchange={ctx.edit.reform(move |v| Edit::Bought(id, BoughtField::Pairs(crate::ui::widgets::fields::to_count(v))))} />
            { cost_cell(t(T::CostPerPair), p.cost, lang.number_style()) }
            { row_actions(&ctx, id, p.first, p.last, true) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct OverheadProps {
    pub overhead: Overhead,
    pub currency: Currency,
    pub breakdown: Rc<Breakdown>,
    pub fold: Fold,
}

#[function_component]
pub fn OverheadCard(p: &OverheadProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let style = lang.number_style();
    let o = &p.overhead;
    let per_month = o.method == OverheadMethod::PerMonth;
    let set = |make: fn(Decimal) -> OverheadField| ctx.edit.reform(move |v| Edit::Overhead(make(v)));
    let total = p.breakdown.category(Category::Overhead).map(|c| c.per_pair);
    html! {
        <Card which={Which::Overhead} title={t(T::Overhead)} fold={p.fold.clone()} head={html! {
            if let Some(total) = total { <span class="subtotal">{ format_money(total, style) }{ " / " }{ t(T::PerPair) }</span> }
        }}>
            { radios("overhead-method", t(T::Overhead), o.method, &[(OverheadMethod::PerMonth, P::OverheadPerMonth.in_lang(ctx.lang)), (OverheadMethod::PercentOfPrime, P::OverheadPercent.in_lang(ctx.lang))],
                ctx.edit.reform(|m| Edit::Overhead(OverheadField::Method(m)))) }
            if per_month {
                <div class="grid g2">
                    <NumberField field={FieldId::Overhead("month")} label={t(T::MonthlyOverhead)} value={o.monthly_overhead} rule={Num::MonthlyOverhead.rule()} suffix={AttrValue::from(p.currency.code())} onchange={set(OverheadField::MonthlyOverhead)} />
                    <NumberField field={FieldId::Overhead("output")} label={t(T::MonthlyOutput)} value={o.monthly_output_pairs} rule={Num::MonthlyOutput.rule()} onchange={set(OverheadField::MonthlyOutputPairs)} />
                </div>
            } else {
                <div class="grid g2">
                    <NumberField field={FieldId::Overhead("pct")} label={t(T::PercentOfPrime)} value={o.percent_of_prime} rule={Num::PercentOfPrime.rule()} suffix={AttrValue::from("%")} onchange={set(OverheadField::PercentOfPrime)} />
                    <p class="derived">{ t(T::PrimeCost) }{ ": " }<strong>{ format_money(p.breakdown.prime_cost, style) }</strong></p>
                </div>
            }
        </Card>
    }
}

#[derive(Properties, PartialEq)]
pub struct OneOffProps {
    pub costs: Vec<OneOffCost>,
    pub breakdown: Rc<Breakdown>,
    pub fold: Fold,
}

#[function_component]
pub fn OneOffCard(p: &OneOffProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let style = lang.number_style();
    let n = p.costs.len();
    let b = &p.breakdown;
    let per_pair = b.category(Category::OneOff).map(|c| c.per_pair);
    html! {
        <Card which={Which::OneOff} title={t(T::OneOff)} fold={p.fold.clone()} head={html! {
            if let Some(pp) = per_pair { <span class="subtotal">{ format_money(pp, style) }{ " / " }{ t(T::PerPair) }</span> }
        }}>
            <p class="help">{ P::OneOffHelp.in_lang(ctx.lang) }</p>
            if n > 0 { { list_head("oneoff-row", &[P::OneOffName.in_lang(ctx.lang), t(T::Amount), t(T::Currency), p.breakdown.currency.code(), ""]) } }
            <div class="rows">
                { for p.costs.iter().enumerate().map(|(i, c)| {
                    let converted = b.one_offs.iter().find(|(id, _)| *id == c.id).and_then(|(_, m)| *m);
                    html! { <OneOffRow key={c.id} cost={c.clone()} {converted} first={i == 0} last={i + 1 == n} /> }
                }) }
            </div>
            <p class="derived">
                { P::OneOffTotal.in_lang(ctx.lang) }{ ": " }<strong>{ format_money(b.one_off_total, style) }</strong>
                { " ÷ " }{ format_number(Decimal::from(b.order_pairs), style, None) }{ " " }{ t(T::Pairs) }
                { " = " }<strong>{ per_pair.map_or_else(|| "—".into(), |m| format_money_dp(m, style)) }</strong>{ " / " }{ t(T::PerPair) }
            </p>
            <button type="button" class="add" onclick={ctx.edit.reform(|_| Edit::Add(List::OneOff))}>{ "+ " }{ P::AddOneOff.in_lang(ctx.lang) }</button>
        </Card>
    }
}

#[derive(Properties, PartialEq)]
struct OneOffRowProps {
    cost: OneOffCost,
    converted: Option<Money>,
    first: bool,
    last: bool,
}

#[function_component]
fn OneOffRow(p: &OneOffRowProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let id = p.cost.id;
    let code = |c: Currency| c.code().to_string();
    html! {
        <div class="row oneoff-row">
            <TextField id={format!("oo-{id}-name")} label={P::OneOffName.in_lang(ctx.lang)} value={p.cost.name.clone()} compact=true
                onchange={ctx.edit.reform(move |v| Edit::OneOff(id, OneOffField::Name(v)))} />
            <NumberField field={FieldId::Line(LineList::OneOff, id, "amount")} label={t(T::Amount)} value={p.cost.amount} rule={Num::OneOffAmount.rule()} compact=true
                onchange={ctx.edit.reform(move |v| Edit::OneOff(id, OneOffField::Amount(v)))} />
            { select(format!("oo-{id}-cur"), t(T::Currency), p.cost.currency, Currency::ALL, code, true,
                ctx.edit.reform(move |c| Edit::OneOff(id, OneOffField::Currency(c)))) }
            { cost_cell(t(T::Amount), p.converted, lang.number_style()) }
            { row_actions(&ctx, id, p.first, p.last, true) }
        </div>
    }
}
