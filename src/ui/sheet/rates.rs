//! The exchange-rate table: "1 USD = 16.244 IDR, 2025-07-29, JISDOR".

use crate::format::refused::{FieldId, LineList};
use crate::model::rules::Num;

use crate::i18n::{P, T};
use crate::model::base::currency::Currency;
use crate::model::base::fx::ExchangeRate;
use crate::model::sheet::edit::{Edit, List, RateField};
use crate::ui::shell::state::use_ctx;
use crate::ui::widgets::card::{Card, Fold, Which};
use crate::ui::widgets::fields::{list_head, row_actions, select, NumberField, TextField};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub rates: Vec<ExchangeRate>,
    pub fold: Fold,
}

#[function_component]
pub fn RatesCard(p: &Props) -> Html {
    let ctx = use_ctx();
    let t = |k: T| k.in_lang(ctx.lang);
    let n = p.rates.len();
    html! {
        <Card which={Which::Rates} title={t(T::Rates)} fold={p.fold.clone()}>
            <p class="help">{ P::RatesHelp.in_lang(ctx.lang) }</p>
            if n == 0 { <p class="empty">{ P::NoRates.in_lang(ctx.lang) }</p> }
            if n > 0 { { list_head("rate-row", &[P::RateBase.in_lang(ctx.lang), "", t(T::RateValue), P::RateQuote.in_lang(ctx.lang), P::RateDate.in_lang(ctx.lang), P::RateSource.in_lang(ctx.lang), ""]) } }
            <div class="rows">
                { for p.rates.iter().enumerate().map(|(i, r)| html! { <RateRow key={r.id} rate={r.clone()} first={i == 0} last={i + 1 == n} /> }) }
            </div>
            <button type="button" class="add" onclick={ctx.edit.reform(|_| Edit::Add(List::Rate))}>{ "+ " }{ P::AddRate.in_lang(ctx.lang) }</button>
        </Card>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    rate: ExchangeRate,
    first: bool,
    last: bool,
}

#[function_component]
fn RateRow(p: &RowProps) -> Html {
    let ctx = use_ctx();
    let t = |k: T| k.in_lang(ctx.lang);
    let r = &p.rate;
    let id = r.id;
    let f = |name: &str| format!("rate-{id}-{name}");
    let edit = |make: fn(String) -> RateField| ctx.edit.reform(move |v: String| Edit::Rate(id, make(v)));
    let code = |c: Currency| c.code().to_string();
    html! {
        <div class="row rate-row">
            { select(f("base"), P::RateBase.in_lang(ctx.lang), r.base, Currency::ALL, code, true, ctx.edit.reform(move |c| Edit::Rate(id, RateField::Base(c)))) }
            <span class="eq" aria-hidden="true">{ "=" }</span>
            <NumberField field={FieldId::Line(LineList::Rate, id, "rate")} label={t(T::RateValue)} value={r.rate} rule={Num::Rate.rule()} compact=true
                onchange={ctx.edit.reform(move |v| Edit::Rate(id, RateField::Rate(v)))} />
            { select(f("quote"), P::RateQuote.in_lang(ctx.lang), r.quote, Currency::ALL, code, true, ctx.edit.reform(move |c| Edit::Rate(id, RateField::Quote(c)))) }
            <TextField id={f("date")} label={P::RateDate.in_lang(ctx.lang)} value={r.date.clone()} placeholder="2025-07-29" compact=true onchange={edit(RateField::Date)} />
            <TextField id={f("source")} label={P::RateSource.in_lang(ctx.lang)} value={r.source.clone()} placeholder="JISDOR" compact=true onchange={edit(RateField::Source)} />
            { row_actions(&ctx, id, p.first, p.last, false) }
        </div>
    }
}
