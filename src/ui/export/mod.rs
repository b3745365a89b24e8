//! The export & price step: sales terms, sizes, packing and shipping, export costs.
//! Every figure shown comes from `compute` or `quote`; these cards only display and edit.
//!
//! The export & price screen (this folder): terms, sizes, shipping and export costs here, the
//! cash and broker cards in `deal`.

pub mod deal;

use crate::format::refused::{FieldId, LineList};
use crate::format::{format_money, format_number, format_share};
use crate::i18n::{self, P, T};
use crate::model::base::country::Country;
use crate::model::base::currency::Currency;
use crate::model::base::incoterms::{CommissionBase, CustomsBasis, Incoterm, Stage};
use crate::model::base::money::{PriceStep, Rounding};
use crate::model::base::packing::{ContainerType, Mode, Shipping};
use crate::model::base::pricing::ProfitBasis;
use crate::model::base::sizes::{self, Assortment, Size, SizeRun};
use crate::model::cost::compute::Breakdown;
use crate::model::export::paperwork;
use crate::model::export::quote::Quote;
use crate::model::rules::Num;
use crate::model::sheet::document::{Basis, ExportCost, MaterialLine, SalesTerms};
use crate::model::sheet::edit::{
    Edit, ExportCostField, List, MaterialField, ShippingField, SizeField, SizesField, TermsField,
};
use crate::ui::shell::state::{use_ctx, Ctx};
use crate::ui::widgets::card::{folds, Card, Fold, Which};
use crate::ui::widgets::fields::{
    currency_name, icon_button, list_head, radios, row_actions, select, to_count, Icon, NumberField, TextField,
};
use crate::ui::widgets::trail_view::Why;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

fn incoterm_name(t: Incoterm) -> String {
    t.code().to_string()
}

// ---------------------------------------------------------------- terms

#[derive(Properties, PartialEq)]
pub struct TermsProps {
    pub terms: SalesTerms,
    pub costing: Currency,
    /// The buyer supplies some materials (CMT), so the assists' rule applies.
    pub supplies: bool,
    pub fold: Fold,
}

#[function_component]
pub fn TermsCard(p: &TermsProps) -> Html {
    let ctx = use_ctx();
    let tr = &p.terms;
    html! {
        <Card which={Which::Terms} title={T::Terms.in_lang(ctx.lang)} fold={p.fold.clone()}>
            { profit_fields(&ctx, tr) }
            <div class="grid g3">
                { place_fields(&ctx, tr) }
                { customs_fields(&ctx, tr, p.costing, p.supplies) }
                if tr.shown_inputs().import_fee {
                    { import_fee_fields(&ctx, tr) }
                }
                { price_fields(&ctx, tr) }
            </div>
            { more_fields(&ctx, tr) }
            { tier_fields(&ctx, tr) }
            { moq_and_target(&ctx, tr) }
        </Card>
    }
}

/// A terms field's callback: the typed figure goes into the field `make` builds.
fn set_terms(ctx: &Ctx, make: fn(Decimal) -> TermsField) -> Callback<Decimal> {
    ctx.edit.reform(move |v| Edit::Terms(make(v)))
}

/// An optional terms field's callback (an empty field clears the figure).
fn opt_terms(ctx: &Ctx, make: fn(Option<Decimal>) -> TermsField) -> Option<Callback<Option<Decimal>>> {
    Some(ctx.edit.reform(move |v| Edit::Terms(make(v))))
}

/// The "%" after a percentage field.
fn pct() -> Option<AttrValue> {
    Some(AttrValue::from("%"))
}

/// The profit (markup or margin), the commission and its base, the bank charge.
fn profit_fields(ctx: &Ctx, tr: &SalesTerms) -> Html {
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    html! {
        <>
            { radios("profit-basis", t(T::ProfitPct), tr.profit.basis,
                &[(ProfitBasis::MarkupOnCost, tp(P::ProfitMarkup)), (ProfitBasis::MarginOnPrice, tp(P::ProfitMargin))],
                ctx.edit.reform(|b| Edit::Terms(TermsField::ProfitBasis(b)))) }
            <div class="grid g3">
                <NumberField field={FieldId::Card("profit-pct")} label={t(T::ProfitPct)} value={tr.profit.pct} rule={Num::ProfitPct.rule()} suffix={pct()} onchange={set_terms(ctx, TermsField::ProfitPct)} />
                <NumberField field={FieldId::Card("commission")} label={t(T::Commission)} value={tr.commission_pct} rule={Num::CommissionPct.rule()} suffix={pct()} onchange={set_terms(ctx, TermsField::CommissionPct)} />
                <NumberField field={FieldId::Card("bank")} label={t(T::BankPct)} value={tr.bank_pct} rule={Num::BankPct.rule()} suffix={pct()} onchange={set_terms(ctx, TermsField::BankPct)} />
            </div>
            <p class="help">{ tp(P::ProfitWhere) }</p>
        </>
    }
}

/// The Incoterm and its places, with the notice asking to check them.
fn place_fields(ctx: &Ctx, tr: &SalesTerms) -> Html {
    let tp = |k: P| k.in_lang(ctx.lang);
    html! {
        <>
            { select("incoterm".into(), tp(P::Incoterm), tr.incoterm, &Incoterm::ALL, incoterm_name, false, ctx.edit.reform(|v| Edit::Terms(TermsField::Incoterm(v)))) }
            if tr.check_places {
                <p class="notice inline" role="status" id="check-places">
                    { tp(P::CheckPlaces) }{ " " }
                    <button type="button" onclick={ctx.edit.reform(|_| Edit::Terms(TermsField::PlacesChecked))}>{ tp(P::PlacesOk) }</button>
                </p>
            }
            <TextField id="seller-place" label={tp(P::SellerPlace)} value={tr.seller_place.clone()} placeholder="Mojokerto"
                onchange={ctx.edit.reform(|v| Edit::Terms(TermsField::SellerPlace(v)))} />
            <TextField id="port-of-shipment" label={tp(P::PortOfShipment)} value={tr.port_of_shipment.clone()} placeholder="Tanjung Perak, Surabaya"
                onchange={ctx.edit.reform(|v| Edit::Terms(TermsField::PortOfShipment(v)))} />
            <TextField id="destination-place" label={tp(P::DestinationPlace)} value={tr.destination_place.clone()} placeholder="Busan"
                onchange={ctx.edit.reform(|v| Edit::Terms(TermsField::DestinationPlace(v)))} />
            { country_select(ctx, tr.destination_country) }
        </>
    }
}

/// The buyer's country ("—" for not chosen): the certificate of origin and the US import fee
/// follow it.
fn country_select(ctx: &Ctx, current: Option<Country>) -> Html {
    let lang = ctx.lang;
    let onchange = ctx.edit.reform(|e: Event| {
        let code = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
        Edit::Terms(TermsField::DestinationCountry(Country::from_code(&code)))
    });
    html! {
        <div class="field choice">
            <label for="destination-country">{ P::DestinationCountry.in_lang(lang) }</label>
            <select id="destination-country" {onchange}>
                <option value="" selected={current.is_none()}>{ "—" }</option>
                <>{ for Country::ALL.into_iter().map(|c| html! {
                    <option value={c.code()} selected={current == Some(c)}>{ i18n::country(c, lang) }</option>
                }) }</>
            </select>
        </div>
    }
}

/// Insurance, duty and the customs value (with the assists when the buyer supplies materials),
/// and the import tax.
fn customs_fields(ctx: &Ctx, tr: &SalesTerms, costing: Currency, supplies: bool) -> Html {
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let not_entered = AttrValue::from(P::EmptyNotEntered.in_lang(lang));
    // Only what the chosen term uses, and any input that holds a value (`shown_inputs`).
    let shown = tr.shown_inputs();
    html! {
        <>
            if shown.insurance_c {
                <NumberField field={FieldId::Card("insurance")} label={t(T::InsuranceRate)} value={tr.insurance_rate_pct} rule={Num::InsurancePct.rule()} suffix={pct()}
                    placeholder={not_entered.clone()} onchange_optional={opt_terms(ctx, TermsField::InsuranceRatePct)} />
            }
            if shown.insurance_a {
                <NumberField field={FieldId::Card("insurance-a")} label={t(T::InsuranceRateA)} value={tr.insurance_rate_a_pct} rule={Num::InsuranceAPct.rule()} suffix={pct()}
                    placeholder={not_entered.clone()} onchange_optional={opt_terms(ctx, TermsField::InsuranceRateAPct)} />
            }
            if shown.insurance_c || shown.insurance_a {
                <NumberField field={FieldId::Card("min-premium")} label={t(T::MinPremium)} value={tr.min_premium} rule={Num::MinPremium.rule()} suffix={AttrValue::from(costing.code())}
                    placeholder={not_entered.clone()} onchange_optional={opt_terms(ctx, TermsField::MinPremium)} />
            }
            if shown.import_charges {
                { import_duty_fields(ctx, tr, supplies) }
            }
        </>
    }
}

/// The buyer's import charges a DDP price carries: duty (general and preferential), the customs
/// value's basis, assists, import taxes.
fn import_duty_fields(ctx: &Ctx, tr: &SalesTerms, supplies: bool) -> Html {
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    let not_entered = AttrValue::from(tp(P::EmptyNotEntered));
    html! {
        <>
            <NumberField field={FieldId::Card("duty")} label={t(T::DutyPct)} value={tr.duty_pct} rule={Num::DutyPct.rule()} suffix={pct()}
                placeholder={not_entered.clone()} onchange_optional={opt_terms(ctx, TermsField::DutyPct)} />
            <NumberField field={FieldId::Card("preferential-duty")} label={t(T::PreferentialDuty)} value={tr.preferential_duty_pct} rule={Num::PreferentialDutyPct.rule()} suffix={pct()}
                placeholder={not_entered.clone()} onchange_optional={opt_terms(ctx, TermsField::PreferentialDutyPct)} />
            if let (Some(_), Some(general)) = (tr.preferential_duty_pct, tr.duty_pct) {
                <p class="help" id="duty-beside">{ tp(P::DutyBeside) }{ " " }{ format_number(general, lang.number_style(), None) }{ " %" }</p>
            }
            { select("customs-basis".into(), tp(P::CustomsBasis), tr.customs_basis, &[CustomsBasis::Cif, CustomsBasis::Fob],
                move |b| match b { CustomsBasis::Cif => P::CustomsCif, CustomsBasis::Fob => P::CustomsFob }.in_lang(lang).to_string(), false,
                ctx.edit.reform(|v| Edit::Terms(TermsField::CustomsBasis(v)))) }
            if supplies {
                { crate::ui::widgets::fields::check("assists".into(), tp(P::AssistsInValue), tr.assists_in_customs_value,
                    ctx.edit.reform(|v| Edit::Terms(TermsField::AssistsInCustomsValue(v)))) }
            }
            <NumberField field={FieldId::Card("import-tax")} label={t(T::ImportTax)} value={tr.import_tax_pct} rule={Num::ImportTaxPct.rule()} suffix={pct()}
                placeholder={not_entered} onchange_optional={opt_terms(ctx, TermsField::ImportTaxPct)} />
        </>
    }
}

/// The buyer's import fee: its percent, its bounds and their currency.
fn import_fee_fields(ctx: &Ctx, tr: &SalesTerms) -> Html {
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let not_entered = AttrValue::from(P::EmptyNotEntered.in_lang(lang));
    html! {
        <>
            <NumberField field={FieldId::ImportFee("")} label={t(T::ImportFeePct)} value={tr.import_fee.as_ref().map(|f| f.pct)} rule={Num::ImportFeePct.rule()} suffix={pct()}
                placeholder={not_entered.clone()} onchange_optional={opt_terms(ctx, TermsField::ImportFeePct)} />
            // The fee's bounds stay in place while the fee is empty, locked: the layout and
            // the Tab order do not change under the user as the percent is typed or cleared.
            <NumberField field={FieldId::ImportFee("min")} label={t(T::ImportFeeMin)} value={tr.import_fee.as_ref().map(|f| f.min)} rule={Num::ImportFeeMin.rule()} suffix={tr.import_fee.as_ref().map(|f| AttrValue::from(f.currency.code()))}
                locked={tr.import_fee.is_none()} onchange={set_terms(ctx, TermsField::ImportFeeMin)} />
            <NumberField field={FieldId::ImportFee("max")} label={t(T::ImportFeeMax)} value={tr.import_fee.as_ref().and_then(|f| f.max)} rule={Num::ImportFeeMax.rule()} suffix={tr.import_fee.as_ref().map(|f| AttrValue::from(f.currency.code()))}
                locked={tr.import_fee.is_none()} placeholder={not_entered} onchange_optional={opt_terms(ctx, TermsField::ImportFeeMax)} />
            if let Some(f) = &tr.import_fee {
                { select("import-fee-cur".into(), t(T::Currency), f.currency, Currency::ALL, currency_name(lang), false,
                    ctx.edit.reform(|v| Edit::Terms(TermsField::ImportFeeCurrency(v)))) }
            } else {
                { crate::ui::widgets::fields::locked_select("import-fee-cur", t(T::Currency)) }
            }
        </>
    }
}

/// The quote's currency.
fn price_fields(ctx: &Ctx, tr: &SalesTerms) -> Html {
    let lang = ctx.lang;
    select(
        "quote-currency".into(),
        P::QuoteCurrency.in_lang(lang),
        tr.quote_currency,
        Currency::ALL,
        currency_name(lang),
        false,
        ctx.edit.reform(|v| Edit::Terms(TermsField::QuoteCurrency(v))),
    )
}

/// What a first quote can leave as it is, folded under "Lainnya" with the values in use on its
/// line: the FX buffer, the rounding and the price step, the commission's base.
fn more_fields(ctx: &Ctx, tr: &SalesTerms) -> Html {
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    let style = lang.number_style();
    let rounding = |r| {
        match r {
            Rounding::HalfUp => P::HalfUp,
            Rounding::HalfEven => P::HalfEven,
        }
        .in_lang(lang)
        .to_string()
    };
    let step = tr.price_step.map_or_else(|| tp(P::StepNone).to_string(), |s| format_number(s, style, None));
    let line = format!(
        "{} · {} {} % · {} · {} {step}",
        tp(P::MoreSettings),
        t(T::FxBuffer).trim_end_matches(" %"),
        format_number(tr.fx_buffer_pct, style, None),
        rounding(tr.rounding),
        t(T::PriceStep)
    );
    html! {
        <details class="more" id="terms-more">
            <summary>{ line }</summary>
            <div class="grid g3">
                <NumberField field={FieldId::Card("fx-buffer")} label={t(T::FxBuffer)} value={tr.fx_buffer_pct} rule={Num::FxBufferPct.rule()} suffix={pct()} onchange={set_terms(ctx, TermsField::FxBufferPct)} />
                { select("rounding".into(), tp(P::RoundingMode), tr.rounding, &[Rounding::HalfUp, Rounding::HalfEven], rounding, false,
                    ctx.edit.reform(|v| Edit::Terms(TermsField::Rounding(v)))) }
                <NumberField field={FieldId::Card("price-step")} label={t(T::PriceStep)} value={tr.price_step} rule={Num::PriceStep.rule()} suffix={AttrValue::from(tr.quote_currency.code())}
                    placeholder={AttrValue::from(tp(P::StepNone))} onchange_optional={opt_terms(ctx, TermsField::PriceStep)} />
                { select("step-up".into(), tp(P::StepDirection), tr.step_up, &[false, true],
                    move |up| if up { P::StepUpward } else { P::StepNearest }.in_lang(lang).to_string(), false,
                    ctx.edit.reform(|v| Edit::Terms(TermsField::StepUp(v)))) }
                { select("commission-base".into(), tp(P::CommissionBaseLabel), tr.commission_base, &[CommissionBase::Invoice, CommissionBase::Fob],
                    move |b| match b { CommissionBase::Invoice => P::CommissionOnInvoice, CommissionBase::Fob => P::CommissionOnFob }.in_lang(lang).to_string(), false,
                    ctx.edit.reform(|v| Edit::Terms(TermsField::CommissionBase(v)))) }
            </div>
            { usual_steps(ctx, tr) }
        </details>
    }
}

/// The usual price steps of the quote's currency, as chips that set the step.
fn usual_steps(ctx: &Ctx, tr: &SalesTerms) -> Html {
    let lang = ctx.lang;
    html! {
        <p class="help" id="usual-steps">{ P::UsualSteps.in_lang(lang) }{ " " }{ tr.quote_currency.code() }{ ": " }
            <>{ for PriceStep::usual(tr.quote_currency.display_decimals()).into_iter().map(|s| html! {
                <button type="button" class="chip" aria-pressed={(tr.price_step == Some(s)).to_string()}
                    onclick={ctx.edit.reform(move |_| Edit::Terms(TermsField::PriceStep(Some(s))))}>{ format_number(s, lang.number_style(), Some(tr.quote_currency.display_decimals())) }</button>
            }) }</>
        </p>
    }
}

/// The quantity tiers quoted besides the first, each removable, and the button adding one.
fn tier_fields(ctx: &Ctx, tr: &SalesTerms) -> Html {
    let t = |k: T| k.in_lang(ctx.lang);
    let tp = |k: P| k.in_lang(ctx.lang);
    html! {
        <>
            <h3>{ t(T::Tiers) }</h3>
            <div class="tiers">
                <>{ for tr.tiers.iter().enumerate().map(|(i, &q)| html! {
                    <div class="tier">
                        <NumberField field={FieldId::Tier(i)} label={format!("{} {}", tp(P::QtyPairs), i + 2)} value={Decimal::from(q)} rule={Num::Tier.rule()} compact=true
                            onchange={ctx.edit.reform(move |v| Edit::Terms(TermsField::Tier(i, Some(to_count(v)))))} />
                        { icon_button(Icon::Remove, t(T::Remove), false, ctx.edit.reform(move |_| Edit::Terms(TermsField::Tier(i, None)))) }
                    </div>
                }) }</>
                <button type="button" class="add" onclick={ctx.edit.reform(|_| Edit::Terms(TermsField::AddTier))}>{ "+ " }{ tp(P::AddTier) }</button>
            </div>
        </>
    }
}

/// The minimum order and the buyer's target price with its currency and term.
fn moq_and_target(ctx: &Ctx, tr: &SalesTerms) -> Html {
    let t = |k: T| k.in_lang(ctx.lang);
    let tp = |k: P| k.in_lang(ctx.lang);
    html! {
        <div class="grid g3">
            <NumberField field={FieldId::Card("moq")} label={t(T::Moq)} value={Decimal::from(tr.moq)} rule={Num::Moq.rule()} onchange={ctx.edit.reform(|v| Edit::Terms(TermsField::Moq(to_count(v))))} />
            <NumberField field={FieldId::Card("target")} label={t(T::TargetPrice)} value={tr.target.as_ref().map(|x| x.amount)} rule={Num::TargetPrice.rule()}
                placeholder={AttrValue::from(tp(P::EmptyNotEntered))} onchange_optional={opt_terms(ctx, TermsField::TargetAmount)} />
            if let Some(target) = &tr.target {
                <div class="grid g2 inner">
                    { select("target-currency".into(), t(T::Currency), target.currency, Currency::ALL, |c: Currency| c.code().to_string(), false,
                        ctx.edit.reform(|v| Edit::Terms(TermsField::TargetCurrency(v)))) }
                    { select("target-term".into(), tp(P::TargetTerm), target.incoterm, &Incoterm::ALL, incoterm_name, false,
                        ctx.edit.reform(|v| Edit::Terms(TermsField::TargetIncoterm(v)))) }
                </div>
            } else {
                // Kept in place, locked, while there is no target (see `locked_select`).
                <div class="grid g2 inner">
                    { crate::ui::widgets::fields::locked_select("target-currency", t(T::Currency)) }
                    { crate::ui::widgets::fields::locked_select("target-term", tp(P::TargetTerm)) }
                </div>
            }
        </div>
    }
}

// ---------------------------------------------------------------- sizes

#[derive(Properties, PartialEq)]
pub struct SizesProps {
    pub sizes: SizeRun,
    pub materials: Vec<MaterialLine>,
    pub breakdown: Rc<Breakdown>,
    pub fold: Fold,
}

#[function_component]
pub fn SizesCard(p: &SizesProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    let style = lang.number_style();
    let r = &p.sizes;
    let n = r.sizes.len();
    let base = r.base_index();
    let qty_label = match r.assortment {
        Assortment::PairsPerSize => t(T::SizePairs),
        Assortment::RatioPerCarton => tp(P::SizeRatio),
    };
    let set = |make: fn(Decimal) -> SizesField| ctx.edit.reform(move |v| Edit::Sizes(make(v)));
    html! {
        <Card which={Which::Sizes} title={t(T::Sizes)} fold={p.fold.clone()}>
            <p class="help">{ tp(P::SizesHelp) }</p>
            <div class="grid g3">
                { select("assortment".into(), tp(P::Assortment), r.assortment, &[Assortment::PairsPerSize, Assortment::RatioPerCarton],
                    move |a| match a { Assortment::PairsPerSize => P::AssortPairs, Assortment::RatioPerCarton => P::AssortRatio }.in_lang(lang).to_string(), false,
                    ctx.edit.reform(|v| Edit::Sizes(SizesField::Assortment(v)))) }
                <NumberField field={FieldId::Card("grading")} label={t(T::GradingDefault)} value={r.grading_pct} rule={Num::SizeGradingPct.rule()} suffix={AttrValue::from("%")} onchange={set(SizesField::GradingPct)} />
                <NumberField field={FieldId::Card("allowance")} label={t(T::LastAllowance)} value={r.last_allowance_mm} rule={Num::LastAllowanceMm.rule()} onchange={set(SizesField::LastAllowanceMm)} />
            </div>
            if n > 0 {
                { list_head("size-row", &[tp(P::SizeLabel), t(T::FootMm), qty_label, tp(P::BaseSize), tp(P::ApproxLabels), t(T::CostPerPair), ""]) }
            }
            <div class="rows">
                { for r.sizes.iter().enumerate().map(|(i, s)| {
                    let cost = p.breakdown.sizes.iter().find(|c| c.id == s.id).map(|c| c.per_pair);
                    html! { <SizeRow key={s.id} size={s.clone()} {cost} is_base={i == base} allowance={r.last_allowance_mm} qty_label={qty_label} first={i == 0} last={i + 1 == n} /> }
                }) }
            </div>
            <button type="button" class="add" onclick={ctx.edit.reform(|_| Edit::Add(List::Size))}>{ "+ " }{ tp(P::AddSize) }</button>
            if n > 0 {
                <p class="derived">
                    { format!("Σ {} = {}", qty_label, format_number(Decimal::from(r.total_quantity()), style, None)) }
                    { " · " }{ tp(P::AverageNote) }{ " " }<strong>{ format_money(p.breakdown.per_pair, style) }</strong>
                </p>
                <h3>{ t(T::GradingOwn) }</h3>
                <div class="grading-list">
                    { for p.materials.iter().map(|m| {
                        let id = m.id;
                        let effective = sizes::grading_for(m.unit, m.grading_pct, r.grading_pct);
                        html! {
                            <div class="grading-item" key={id}>
                                <NumberField field={FieldId::Grading(id)} label={format!("{} ({})", m.name, m.unit.code())} value={m.grading_pct}
                                    rule={Num::GradingPct.rule()} suffix={AttrValue::from("%")}
                                    placeholder={AttrValue::from(format!("{} {}", P::DefaultValue.in_lang(lang), format_number(effective, style, None)))}
                                    onchange_optional={Some(ctx.edit.reform(move |v| Edit::Material(id, MaterialField::GradingPct(v))))} />
                            </div>
                        }
                    }) }
                </div>
            }
        </Card>
    }
}

#[derive(Properties, PartialEq)]
struct SizeRowProps {
    size: Size,
    cost: Option<crate::model::base::money::Money>,
    is_base: bool,
    allowance: Decimal,
    qty_label: &'static str,
    first: bool,
    last: bool,
}

#[function_component]
fn SizeRow(p: &SizeRowProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    let style = lang.number_style();
    let s = &p.size;
    let id = s.id;
    let labels = sizes::labels(s.foot_mm, p.allowance).ok();
    let n = |v: Decimal| format_number(v, style, None);
    html! {
        <div class="row size-row">
            <TextField id={format!("size-{id}-label")} label={tp(P::SizeLabel)} value={s.label.clone()} compact=true
                onchange={ctx.edit.reform(move |v| Edit::Size(id, SizeField::Label(v)))} />
            <NumberField field={FieldId::Line(LineList::Size, id, "mm")} label={t(T::FootMm)} value={s.foot_mm} rule={Num::FootMm.rule()} compact=true
                onchange={ctx.edit.reform(move |v| Edit::Size(id, SizeField::FootMm(v)))} />
            <NumberField field={FieldId::Line(LineList::Size, id, "qty")} label={p.qty_label} value={Decimal::from(s.quantity)} rule={Num::SizeQuantity.rule()} compact=true
                onchange={ctx.edit.reform(move |v| Edit::Size(id, SizeField::Quantity(to_count(v))))} />
            <label class="radio base" for={format!("size-{id}-base")}>
                <input type="radio" id={format!("size-{id}-base")} name="base-size" checked={p.is_base}
                    onchange={ctx.edit.reform(move |_| Edit::Sizes(SizesField::BaseSize(id)))} />
                <span class="f-l">{ tp(P::BaseSize) }</span>
            </label>
            <span class="labels">{ match labels {
                Some(l) => format!("EU {} · UK {} · {} {} · {} {} · KR {}", n(l.eu), n(l.uk), tp(P::UsMen), n(l.us_men), tp(P::UsWomen), n(l.us_women), n(l.kr_jp_mm)),
                None => "—".into(),
            } }</span>
            <div class="cost"><output>{ p.cost.map_or_else(|| "—".into(), |c| format_money(c, style)) }</output></div>
            { row_actions(&ctx, id, p.first, p.last, false) }
        </div>
    }
}

// ---------------------------------------------------------------- shipping

#[derive(Properties, PartialEq)]
pub struct ShippingProps {
    pub shipping: Shipping,
    pub quote: Rc<Quote>,
    pub fold: Fold,
}

#[function_component]
pub fn ShippingCard(p: &ShippingProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    let sh = &p.shipping;
    let c = &sh.carton;
    let set = |make: fn(Decimal) -> ShippingField| ctx.edit.reform(move |v| Edit::Shipping(make(v)));
    let ship = p.quote.tiers.first().and_then(|t| t.shipment);
    html! {
        <Card which={Which::Shipping} title={t(T::Shipping)} fold={p.fold.clone()}>
            // A new sheet's carton and container are Tapak's: marked until changed or kept.
            if sh.example {
                <p class="notice inline" role="status" id="packing-example">
                    <span class="example-tag">{ tp(P::ExampleSizes) }</span>{ " " }{ tp(P::ExampleSizesHelp) }{ " " }
                    <button type="button" id="packing-keep" onclick={ctx.edit.reform(|_| Edit::Shipping(ShippingField::Confirm))}>{ tp(P::KeepSizes) }</button>
                </p>
            }
            <div class="grid g5">
                <NumberField field={FieldId::Card("ppc")} label={t(T::PairsPerCarton)} value={Decimal::from(c.pairs_per_carton)} rule={Num::PairsPerCarton.rule()}
                    onchange={ctx.edit.reform(|v| Edit::Shipping(ShippingField::PairsPerCarton(to_count(v))))} />
                <NumberField field={FieldId::Card("carton-l")} label={tp(P::CartonLength)} value={c.length_cm} rule={Num::CartonCm.rule()} onchange={set(ShippingField::LengthCm)} />
                <NumberField field={FieldId::Card("carton-w")} label={tp(P::CartonWidth)} value={c.width_cm} rule={Num::CartonCm.rule()} onchange={set(ShippingField::WidthCm)} />
                <NumberField field={FieldId::Card("carton-h")} label={tp(P::CartonHeight)} value={c.height_cm} rule={Num::CartonCm.rule()} onchange={set(ShippingField::HeightCm)} />
                <NumberField field={FieldId::Card("carton-kg")} label={t(T::CartonGross)} value={c.gross_kg} rule={Num::CartonKg.rule()} onchange={set(ShippingField::GrossKg)} />
            </div>
            { radios("mode", tp(P::Mode), sh.mode, &[(Mode::SeaFcl, t(T::ModeFcl)), (Mode::SeaLcl, t(T::ModeLcl)), (Mode::Air, t(T::ModeAir))],
                ctx.edit.reform(|m| Edit::Shipping(ShippingField::Mode(m)))) }
            { match sh.mode {
                Mode::SeaFcl => html! {
                    <div class="grid g3">
                        { select("container".into(), t(T::Container), sh.container, &ContainerType::ALL, |k: ContainerType| k.label().to_string(), false,
                            ctx.edit.reform(|v| Edit::Shipping(ShippingField::Container(v)))) }
                        <>{ for sh.containers.iter().filter(|s| s.kind == sh.container).map(|s| {
                            let k = s.kind;
                            html! { <>
                                <NumberField field={FieldId::Container(k, "cbm")} label={format!("{} · {}", k.label(), t(T::PracticalCbm))} value={s.practical_cbm} rule={Num::ContainerCbm.rule()}
                                    onchange={ctx.edit.reform(move |v| Edit::Shipping(ShippingField::PracticalCbm(k, v)))} />
                                <NumberField field={FieldId::Container(k, "kg")} label={format!("{} · {}", k.label(), t(T::Payload))} value={s.max_payload_kg} rule={Num::ContainerKg.rule()}
                                    onchange={ctx.edit.reform(move |v| Edit::Shipping(ShippingField::MaxPayloadKg(k, v)))} />
                            </> }
                        }) }</>
                    </div>
                },
                Mode::SeaLcl => html! {
                    <div class="grid g3">
                        <NumberField field={FieldId::Freight("lcl-min")} label={t(T::LclMinimum)} value={sh.lcl_minimum_rt} rule={Num::LclMinimumRt.rule()} onchange={set(ShippingField::LclMinimumRt)} />
                    </div>
                },
                Mode::Air => html! {
                    <div class="grid g3">
                        <NumberField field={FieldId::Freight("air-divisor")} label={t(T::AirDivisor)} value={sh.air_divisor} rule={Num::AirDivisor.rule()} onchange={set(ShippingField::AirDivisor)} />
                    </div>
                },
            } }
            if let (Some(s), Some(tier)) = (ship, p.quote.tiers.first()) {
                { shipment_facts("shipment-facts", &s, u64::from(tier.pairs), lang) }
            }
        </Card>
    }
}

/// A shipment's facts: its pairs, cartons, m³, kg and what carries them (containers and their
/// fill, revenue tons or chargeable kg). The sheet's shipping card and the quotation of several
/// articles (their shipment together) both show it.
pub fn shipment_facts(
    id: &'static str,
    s: &crate::model::export::quote::Shipment,
    pairs: u64,
    lang: crate::i18n::Lang,
) -> Html {
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    let style = lang.number_style();
    let n = |v: Decimal, dp: u32| format_number(v, style, Some(dp));
    html! {
        <dl class="facts" {id}>
            <div><dt>{ tp(P::ForOrder) }</dt><dd>{ format!("{} {}", n(Decimal::from(pairs), 0), t(T::Pairs)) }</dd></div>
            <div><dt>{ tp(P::Cartons) }</dt><dd>
                { n(Decimal::from(s.plan.cartons), 0) }
                if s.plan.partial_last > 0 { <small>{ i18n::notes::partial_carton(s.plan.partial_last, lang) }</small> }
            </dd></div>
            <div><dt>{ tp(P::Volume) }</dt><dd>{ format!("{} m³", n(s.plan.cbm, 3)) }</dd></div>
            <div><dt>{ tp(P::GrossWeight) }</dt><dd>{ format!("{} kg", n(s.plan.gross_kg, 1)) }</dd></div>
            if let Some(load) = s.load {
                <div><dt>{ tp(P::Containers) }</dt><dd>{ format!("{} × {}", load.containers, load.kind.label()) }</dd></div>
                <div><dt>{ tp(P::Fill) }</dt><dd>
                    { format_share(load.fill, style) }
                    <small>{ i18n::notes::spare_pairs(load.spare_pairs, load.weight_bound, lang) }</small>
                </dd></div>
            }
            if let Some(rt) = s.revenue_tons { <div><dt>{ tp(P::RevenueTons) }</dt><dd>{ format!("{} {}", n(rt, 3), tp(P::URevenueTons)) }</dd></div> }
            if let Some(kg) = s.chargeable_kg { <div><dt>{ tp(P::Chargeable) }</dt><dd>{ format!("{} kg", n(kg, 1)) }</dd></div> }
        </dl>
    }
}

// ---------------------------------------------------------------- export costs

#[derive(Properties, PartialEq)]
pub struct ExportCostsProps {
    pub costs: Vec<ExportCost>,
    pub quote: Rc<Quote>,
    pub costing: Currency,
    pub fold: Fold,
    /// The transport and the buyer's country, which the sample lines follow.
    pub mode: Mode,
    pub destination: Option<crate::model::base::country::Country>,
}

#[function_component]
pub fn ExportCostsCard(p: &ExportCostsProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    html! {
        <Card which={Which::ExportCosts} title={t(T::ExportCosts)} fold={p.fold.clone()}>
            <p class="help">{ tp(P::ExportCostsHelp) }</p>
            <p class="help" id="ppn-note">{ tp(P::PpnNote) }</p>
            <button type="button" class="add" id="add-paperwork" onclick={{ let to = p.destination; ctx.edit.reform(move |_| paperwork::add_defaults(to)) }}>{ "+ " }{ tp(P::AddPaperwork) }</button>
            <p class="help" id="add-papers">{ tp(P::WhenAsked) }{ " " }
                <>{ for paperwork::Paper::ALL.into_iter().map(|paper| html! {
                    <button type="button" class="chip" id={format!("add-{paper:?}").to_ascii_lowercase()}
                        onclick={ctx.edit.reform(move |_| paperwork::line(paper).edit())}>{ "+ " }{ tp(match paper {
                        paperwork::Paper::Fumigation => P::PaperFumigation,
                        paperwork::Paper::Inspection => P::PaperInspection,
                        paperwork::Paper::Sni => P::PaperSni,
                    }) }</button>
                }) }</>
            </p>
            <>{ for Stage::ALL.iter().map(|&stage| {
                let lines: Vec<&ExportCost> = p.costs.iter().filter(|c| c.stage == stage).collect();
                let n = lines.len();
                let title = i18n::stage(stage).in_lang(lang);
                let hid = format!("h-stage-{stage:?}").to_ascii_lowercase();
                html! {
                    <div class="bom-section" role="group" aria-labelledby={hid.clone()} key={hid.clone()}>
                        <div class="sec-head"><h3 id={hid}>{ title }</h3></div>
                        <p class="help stage-help">{ i18n::stage_help(stage, lang) }</p>
                        // A stage the term needs, still empty: sample lines to start from.
                        if n == 0 && p.quote.term.required().any(|s| s == stage) {
                            { sample_chips(&ctx, stage, p.mode, p.destination) }
                        }
                        if n > 0 {
                            { list_head("export-row", &[tp(P::CostName), tp(P::BasisCol), t(T::Amount), t(T::Currency), tp(P::PerShipment), ""]) }
                        }
                        <>{ for lines.iter().enumerate().map(|(i, c)| {
                            let cost = p.quote.export_lines.iter().find(|(id, _)| *id == c.id).map(|(_, r)| *r);
                            export_row(&ctx, c, cost, i == 0, i + 1 == n)
                        }) }</>
                        <button type="button" class="add" onclick={ctx.edit.reform(move |_| Edit::Add(List::ExportCost(stage)))}
                            aria-label={format!("{} · {}", tp(P::AddExportCost), title)}>{ "+ " }{ tp(P::AddExportCost) }</button>
                    </div>
                }
            }) }</>
        </Card>
    }
}

/// "Contoh:" and one button per sample (trucking: one per distance band), each adding the
/// stage's illustrative lines, marked as examples to replace.
fn sample_chips(
    ctx: &Ctx,
    stage: Stage,
    mode: Mode,
    destination: Option<crate::model::base::country::Country>,
) -> Html {
    let tp = |k: P| k.in_lang(ctx.lang);
    let chip = |label: String, distance: paperwork::Distance, key: String| {
        html! {
            <button type="button" class="chip sample" id={key}
                onclick={ctx.edit.reform(move |_| Edit::AddLines(paperwork::samples(stage, mode, distance, destination), Vec::new()))}>
                { "+ " }{ label }
            </button>
        }
    };
    let key = format!("sample-{stage:?}").to_ascii_lowercase();
    html! {
        <p class="help samples">{ tp(P::SampleLines) }{ " " }
            if stage == Stage::InlandHaulage {
                <>{ for paperwork::Distance::ALL.into_iter().map(|d| chip(format!("{} {}", tp(P::Truck), d.label()), d, format!("{key}-{d:?}").to_ascii_lowercase())) }</>
            } else {
                // Named by what it adds: "+ THC asal per kontainer + B/L & dokumen".
                { chip(paperwork::samples(stage, mode, paperwork::Distance::Near, destination).iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(" + "), paperwork::Distance::Near, key) }
            }
        </p>
    }
}

fn export_row(
    ctx: &Ctx,
    c: &ExportCost,
    cost: Option<Result<crate::model::base::money::Money, crate::model::export::quote::LineProblem>>,
    first: bool,
    last: bool,
) -> Html {
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    let id = c.id;
    html! {
        <div class={classes!("row", "export-row", matches!(cost, Some(Err(_))).then_some("flagged"))} key={id}>
            <TextField id={format!("ex-{id}-name")} label={tp(P::CostName)} value={c.name.clone()} compact=true
                onchange={ctx.edit.reform(move |v| Edit::ExportCost(id, ExportCostField::Name(v)))} />
            { select(format!("ex-{id}-basis"), tp(P::BasisCol), c.basis, &Basis::ALL, move |b| i18n::basis(b).in_lang(lang).to_string(), true,
                ctx.edit.reform(move |v| Edit::ExportCost(id, ExportCostField::Basis(v)))) }
            <NumberField field={FieldId::Line(LineList::ExportCost, id, "amount")} label={t(T::Amount)} value={c.amount} rule={Num::ExportAmount.rule()} compact=true
                onchange={ctx.edit.reform(move |v| Edit::ExportCost(id, ExportCostField::Amount(v)))} />
            { select(format!("ex-{id}-cur"), t(T::Currency), c.currency, Currency::ALL, |c: Currency| c.code().to_string(), true,
                ctx.edit.reform(move |v| Edit::ExportCost(id, ExportCostField::Currency(v)))) }
            <div class="cost">
                <span class="f-l">{ tp(P::PerShipment) }</span>
                <output>{ match cost { Some(Ok(m)) => format_money(m, lang.number_style()), _ => "⚠ —".into() } }</output>
                if matches!(cost, Some(Ok(_))) { <Why fig={crate::model::explain::trail::Fig::ExportLine(id)} of={c.name.clone()} /> }
            </div>
            { row_actions(ctx, id, first, last, true) }
            // A sample's figure is illustrative until the user types their own or keeps it.
            if c.example {
                <div class="row-example" id={format!("ex-{id}-example")}>
                    <span class="example-tag">{ tp(P::ExampleFigure) }</span>{ " " }
                    <button type="button" class="link" id={format!("ex-{id}-keep")}
                        onclick={ctx.edit.reform(move |_| Edit::ExportCost(id, ExportCostField::Confirm))}>{ tp(P::KeepFigure) }</button>
                </div>
            }
            // Rates per revenue ton, kilogram or m³ usually carry the carrier's minimum charge.
            if crate::model::export::quote::has_minimum(c.basis) {
                <div class="row-min">
                    <NumberField field={FieldId::Line(LineList::ExportCost, id, "min")} label={t(T::MinimumCharge)} value={c.minimum} rule={Num::MinimumCharge.rule()}
                        suffix={AttrValue::from(c.currency.code())} placeholder={AttrValue::from(tp(P::EmptyNotEntered))}
                        onchange_optional={Some(ctx.edit.reform(move |v| Edit::ExportCost(id, ExportCostField::Minimum(v))))} />
                </div>
            }
        </div>
    }
}

/// The export & price tab, loaded on first use (`ui::shell::lazy`).
pub fn tab(p: &crate::ui::shell::lazy::ExportProps) -> Html {
    html! { <ExportTab ..p.clone() /> }
}

/// The tab itself: a component, for the language in the context.
#[function_component]
fn ExportTab(p: &crate::ui::shell::lazy::ExportProps) -> Html {
    use crate::ui::quote::QuotePanel;
    let (d, b, q) = (&*p.doc, &p.breakdown, &crate::ui::shell::lazy::quote_of(&p.doc));
    let [terms, sizes, shipping, costs, cash, broker] =
        folds(&crate::model::explain::outline::export(d, q), use_ctx().lang, None);
    html! {
        <>
            <div class="sheet">
                <TermsCard terms={d.terms.clone()} costing={d.article.costing_currency} supplies={d.materials.iter().any(|m| m.buyer_supplied)} fold={terms} />
                <SizesCard sizes={d.sizes.clone()} materials={d.materials.clone()} breakdown={b.clone()} fold={sizes} />
                <ShippingCard shipping={d.shipping.clone()} quote={q.clone()} fold={shipping} />
                <ExportCostsCard costs={d.export_costs.clone()} quote={q.clone()} costing={d.article.costing_currency} fold={costs}
                    mode={d.shipping.mode} destination={d.terms.destination_country} />
                <crate::ui::export::deal::CashCard plan={d.cash.clone()} quote={q.clone()} workshops={!d.labour.bought.is_empty()} fold={cash} />
                <crate::ui::export::deal::BrokerCard deal={d.broker.clone()} quote={q.clone()} fx={Rc::new(d.fx.clone())} plan={d.cash.clone()} fold={broker} />
            </div>
            <aside class="side">
                <QuotePanel doc={p.doc.clone()} quote={q.clone()} />
            </aside>
        </>
    }
}
