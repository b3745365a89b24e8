//! The maker's side of the deal, on the export tab: the order's cash timeline (when the maker
//! pays and is paid, the peak cash it must find, what financing that costs) and direct export
//! against a broker's offer. Every figure comes from `quote` (`Quote::cash`) and
//! `broker::compare`; these cards display and edit.

use crate::format::refused::FieldId;
use crate::format::{format_money, format_number};
use crate::i18n::{P, T};
use crate::model::base::currency::Currency;
use crate::model::base::incoterms::Incoterm;
use crate::model::explain::trail::Fig;
use crate::model::export::broker::{self, BrokerError, Comparison};
use crate::model::export::cash::{CashError, Flow, Timeline};
use crate::model::export::quote::Quote;
use crate::model::rules::Num;
use crate::model::sheet::edit::{BrokerField, CashField, Edit};
use crate::model::sheet::plans::{BalanceWhen, BrokerDeal, BrokerPays, CashPlan};
use crate::ui::shell::state::use_ctx;
use crate::ui::widgets::card::{Card, Fold, Which};
use crate::ui::widgets::fields::{check, currency_name, radios, select, to_count, NumberField};
use crate::ui::widgets::trail_view::Why;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CashProps {
    pub plan: CashPlan,
    pub quote: Rc<Quote>,
    /// The sheet buys work from workshops (their payment day is asked).
    pub workshops: bool,
    pub fold: Fold,
}

fn flow_name(f: Flow) -> P {
    match f {
        Flow::Deposit => P::FlowDeposit,
        Flow::Materials => P::FlowMaterials,
        Flow::OneOff => P::FlowOneOff,
        Flow::Making => P::FlowMaking,
        Flow::Workshops => P::FlowWorkshops,
        Flow::Shipping => P::FlowShipping,
        Flow::OnReceipt => P::FlowOnReceipt,
        Flow::Balance => P::FlowBalance,
    }
}

/// The order's cash: the payment plan, its timeline as a chart and a table, and the financing.
#[function_component]
pub fn CashCard(p: &CashProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let (t, tp) = (|k: T| k.in_lang(lang), |k: P| k.in_lang(lang));
    let k = &p.plan;
    let days = |make: fn(u32) -> CashField| ctx.edit.reform(move |v: Decimal| Edit::Cash(make(to_count(v))));
    let whole = |v: u32| Some(Decimal::from(v));
    let day_suffix = Some(AttrValue::from(tp(P::DaysUnit)));
    html! {
        <Card which={Which::Cash} title={t(T::Cash)} fold={p.fold.clone()}>
            <p class="help">{ tp(P::CashHelp) }</p>
            <div class="grid g3">
                <NumberField field={FieldId::Card("cash-lead")} label={tp(P::LeadDays)} value={whole(k.lead_days)} rule={Num::Days.rule()} suffix={day_suffix.clone()}
                    placeholder={AttrValue::from(tp(P::EmptyNotEntered))} onchange={days(CashField::LeadDays)} />
                <NumberField field={FieldId::Card("cash-deposit")} label={t(T::DepositPct)} value={k.deposit_pct} rule={Num::DepositPct.rule()} suffix={AttrValue::from("%")}
                    onchange={ctx.edit.reform(|v| Edit::Cash(CashField::DepositPct(v)))} />
                <NumberField field={FieldId::Card("cash-deposit-day")} label={tp(P::DepositDay)} value={whole(k.deposit_day)} rule={Num::Days.rule()} suffix={day_suffix.clone()}
                    onchange={days(CashField::DepositDay)} />
                { select("cash-balance".into(), tp(P::BalanceWhenLabel), k.balance, &BalanceWhen::ALL, move |b| match b {
                    BalanceWhen::BeforeShipment => P::BalanceBefore, BalanceWhen::AgainstDocuments => P::BalanceDocuments, BalanceWhen::AfterBl => P::BalanceAfterBl,
                }.in_lang(lang).to_string(), false, ctx.edit.reform(|v| Edit::Cash(CashField::Balance(v)))) }
                if k.balance != BalanceWhen::BeforeShipment {
                    <NumberField field={FieldId::Card("cash-balance-days")} label={tp(P::BalanceDays)} value={whole(k.balance_days)} rule={Num::Days.rule()} suffix={day_suffix.clone()}
                        onchange={days(CashField::BalanceDays)} />
                }
                <NumberField field={FieldId::Card("cash-materials-day")} label={tp(P::MaterialsDay)} value={whole(k.materials_day)} rule={Num::Days.rule()} suffix={day_suffix.clone()}
                    onchange={days(CashField::MaterialsDay)} />
                if p.workshops {
                    <NumberField field={FieldId::Card("cash-workshops")} label={tp(P::WorkshopsBefore)} value={whole(k.workshops_before_shipment)} rule={Num::Days.rule()} suffix={day_suffix.clone()}
                        onchange={days(CashField::WorkshopsBeforeShipment)} />
                }
                <NumberField field={FieldId::Card("cash-rate")} label={t(T::MonthlyRatePct)} value={k.monthly_rate_pct} rule={Num::MonthlyRatePct.rule()} suffix={AttrValue::from("%")}
                    placeholder={AttrValue::from(tp(P::EmptyNotEntered))} onchange_optional={Some(ctx.edit.reform(|v| Edit::Cash(CashField::MonthlyRatePct(v))))} />
            </div>
            { check("cash-in-price".into(), tp(P::FinancingInPrice), k.in_price, ctx.edit.reform(|v| Edit::Cash(CashField::InPrice(v)))) }
            { match &p.quote.cash {
                None if k.lead_days == 0 => html! { <p class="note" id="cash-empty">{ tp(P::CashEnterLead) }</p> },
                None => html! { <p class="note" id="cash-empty">{ tp(P::CashNotPriced) }</p> },
                Some(Err(e)) => html! { <p class="notice inline" role="status" id="cash-error">{ tp(match e {
                    CashError::NoLeadTime => P::CashEnterLead,
                    CashError::DepositAbove100 | CashError::Overflow => P::CashTooLarge,
                }) }</p> },
                Some(Ok(tl)) => timeline(tl, &p.quote, k, lang),
            } }
        </Card>
    }
}

fn timeline(tl: &Timeline, q: &Quote, k: &CashPlan, lang: crate::i18n::Lang) -> Html {
    let style = lang.number_style();
    let tp = |k: P| k.in_lang(lang);
    let day = |d: u32| format!("{} {d}", tp(P::Day));
    let financed = q.tiers.first().and_then(|t| t.financing);
    html! {
        <>
            <dl class="cash-figures">
                <dt>{ tp(P::CashPeak) }</dt>
                <dd id="cash-peak"><strong>{ format_money(tl.peak_need, style) }</strong>
                    if let Some(d) = tl.peak_day { { " · " }{ day(d) } }
                    { " " }<Why fig={Fig::CashPeak} of={tp(P::CashPeak).to_string()} /></dd>
                <dt>{ tp(P::LastPayment) }</dt>
                <dd id="cash-last">{ day(tl.last_payment_day) }</dd>
                if let (Some(f), Some(rate)) = (tl.financing, k.monthly_rate_pct) {
                    <dt>{ format!("{} ({} %/{})", tp(P::Financing), format_number(rate, style, None), tp(P::Month)) }</dt>
                    <dd id="cash-financing"><strong>{ format_money(f, style) }</strong>
                        if let Some(pp) = financed { { " · " }{ format_money(pp, style) }{ " / " }{ T::PerPair.in_lang(lang) }{ " " }{ tp(P::InPrice) } }
                        { " " }<Why fig={Fig::Financing} of={tp(P::Financing).to_string()} /></dd>
                }
                <dt>{ tp(P::CashLeaves) }</dt>
                // After every cost, the financing above included (`cash::kept`).
                <dd id="cash-leaves">{ crate::model::export::cash::kept(tl, k).map_or_else(|_| "—".to_string(), |m| format_money(m, style)) }
                    if tl.financing.is_some() && !k.in_price { { " " }<Why fig={Fig::CashKept} of={tp(P::CashLeaves).to_string()} /> }</dd>
            </dl>
            if financed.is_some() { <p class="note" id="cash-before-financing">{ tp(P::CashBeforeFinancing) }</p> }
            { crate::ui::widgets::charts::cash(tl, lang) }
            <details class="cash-events">
                <summary>{ tp(P::CashTable) }</summary>
                <table class="plain" id="cash-table">
                    <thead><tr>
                        <th scope="col">{ tp(P::Day) }</th><th scope="col">{ tp(P::What) }</th>
                        <th scope="col" class="r">{ tp(P::AmountCol) }</th><th scope="col" class="r">{ tp(P::CashBalance) }</th>
                    </tr></thead>
                    <tbody>{ for tl.events.iter().map(|e| html! {
                        <tr>
                            <td>{ e.day }</td><td>{ tp(flow_name(e.flow)) }</td>
                            <td class="r">{ format_money(e.amount, style) }</td><td class="r">{ format_money(e.balance, style) }</td>
                        </tr>
                    }) }</tbody>
                </table>
            </details>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct BrokerProps {
    pub deal: Option<BrokerDeal>,
    pub quote: Rc<Quote>,
    pub fx: Rc<Vec<crate::model::base::fx::ExchangeRate>>,
    /// The cash plan each route's financing is worked on.
    pub plan: CashPlan,
    pub fold: Fold,
}

/// Direct export against a broker's offer: what the maker keeps on each route.
#[function_component]
pub fn BrokerCard(p: &BrokerProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let (t, tp) = (|k: T| k.in_lang(lang), |k: P| k.in_lang(lang));
    let Some(deal) = &p.deal else {
        return html! {
            <Card which={Which::Broker} title={t(T::Broker)} fold={p.fold.clone()}>
                <p class="help">{ tp(P::BrokerHelp) }</p>
                <button type="button" class="add" id="broker-compare" onclick={ctx.edit.reform(|_| Edit::Broker(BrokerField::Compare(true)))}>{ "+ " }{ tp(P::BrokerStart) }</button>
            </Card>
        };
    };
    let compared = broker::compare(deal, &p.quote, &p.fx, &p.plan);
    html! {
        <Card which={Which::Broker} title={t(T::Broker)} fold={p.fold.clone()}>
            <p class="help">{ tp(P::BrokerHelp) }</p>
            { radios("broker-pays", tp(P::BrokerPaysLabel), deal.pays, &[(BrokerPays::Price, tp(P::BrokerByPrice)), (BrokerPays::Commission, tp(P::BrokerByCommission))],
                ctx.edit.reform(|v| Edit::Broker(BrokerField::Pays(v)))) }
            <div class="grid g3">
                { select("broker-term".into(), tp(P::Incoterm), deal.term, &BrokerDeal::TERMS, |x: Incoterm| x.code().to_string(), false,
                    ctx.edit.reform(|v| Edit::Broker(BrokerField::Term(v)))) }
                if deal.pays == BrokerPays::Price {
                    <NumberField field={FieldId::Card("broker-price")} label={t(T::BrokerPrice)} value={deal.price} rule={Num::BrokerPrice.rule()} suffix={AttrValue::from(deal.currency.code())}
                        placeholder={AttrValue::from(tp(P::EmptyNotEntered))} onchange_optional={Some(ctx.edit.reform(|v| Edit::Broker(BrokerField::Price(v))))} />
                    { select("broker-currency".into(), t(T::Currency), deal.currency, Currency::ALL, currency_name(lang), false,
                        ctx.edit.reform(|v| Edit::Broker(BrokerField::Currency(v)))) }
                } else {
                    <NumberField field={FieldId::Card("broker-commission")} label={t(T::Commission)} value={deal.commission_pct} rule={Num::BrokerCommissionPct.rule()} suffix={AttrValue::from("%")}
                        onchange={ctx.edit.reform(|v| Edit::Broker(BrokerField::CommissionPct(v)))} />
                }
            </div>
            { match &compared {
                Ok(c) => comparison(c, lang),
                Err(e) => html! { <p class="note" id="broker-wait">{ tp(match e {
                    BrokerError::NoPrice => P::BrokerNoPrice,
                    BrokerError::Rate => P::BrokerNoRate,
                    BrokerError::Term(_) => P::BrokerNotPriced,
                    BrokerError::Overflow => P::CashTooLarge,
                }) }</p> },
            } }
            <button type="button" class="link" id="broker-stop" onclick={ctx.edit.reform(|_| Edit::Broker(BrokerField::Compare(false)))}>{ tp(P::BrokerStop) }</button>
        </Card>
    }
}

fn comparison(c: &Comparison, lang: crate::i18n::Lang) -> Html {
    let style = lang.number_style();
    let tp = |k: P| k.in_lang(lang);
    let m = |v| format_money(v, style);
    let row = |label: P, d: String, b: String| {
        html! {
            <tr><th scope="row">{ tp(label) }</th><td class="r">{ d }</td><td class="r">{ b }</td></tr>
        }
    };
    let less = c.difference.amount() > Decimal::ZERO;
    html! {
        <>
            <table class="plain compare" id="broker-table">
                <thead><tr>
                    <th scope="col">{ format!("{} {}", format_number(Decimal::from(c.pairs), style, None), T::Pairs.in_lang(lang)) }</th>
                    <th scope="col" class="r">{ format!("{} ({})", tp(P::Direct), c.direct.term.code()) }</th>
                    <th scope="col" class="r">{ format!("{} ({})", tp(P::ViaBroker), c.broker.term.code()) }</th>
                </tr></thead>
                <tbody>
                    { row(P::Received, m(c.direct.revenue), m(c.broker.revenue)) }
                    { row(P::RouteCosts, m(c.direct.costs), m(c.broker.costs)) }
                    { row(P::Production, m(c.direct.production), m(c.broker.production)) }
                    if c.direct.financing.is_some() || c.broker.financing.is_some() {
                        { row(P::Financing, c.direct.financing.map(m).unwrap_or_default(), c.broker.financing.map(m).unwrap_or_default()) }
                    }
                    <tr class="total"><th scope="row">{ tp(P::YouKeep) }</th>
                        <td class="r" id="keep-direct"><strong>{ m(c.direct.keeps) }</strong></td>
                        <td class="r" id="keep-broker"><strong>{ m(c.broker.keeps) }</strong></td></tr>
                    { row(P::PerPairKeep, m(c.direct.keeps_per_pair), m(c.broker.keeps_per_pair)) }
                </tbody>
            </table>
            <p class="derived" id="broker-difference">
                if c.difference.amount().is_zero() {
                    { tp(P::BrokerSame) }
                } else {
                    { if less { tp(P::BrokerCostsYou) } else { tp(P::BrokerLeavesMore) } }{ " " }
                    <strong>{ m(crate::model::base::money::Money::new(c.difference.amount().abs(), c.difference.currency())) }</strong>
                }
            </p>
            <p class="derived" id="broker-break-even">{ tp(P::BreakEven) }{ " " }<strong>{ m(c.break_even) }</strong>{ " / " }{ T::PerPair.in_lang(lang) }</p>
        </>
    }
}
