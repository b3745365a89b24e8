//! The workshop tab, for coaches: worked examples, "why this price", what-if sliders with a
//! scenario compare, the three charts, and the way into the projector view.
//!
//! What-if works on a copy (`whatif::apply`); the user's sheet changes only through edits.
//!
//! The workshop screen (this folder), with its projector view.

pub mod coach;
pub mod exercise;
pub mod projector;

use crate::format::{format_money, signed};
use crate::i18n::coach::C;
use crate::i18n::trail::operand;
use crate::i18n::{Lang, P, T};
use crate::model::base::money::Money;
use crate::model::cost::compute::{compute, Breakdown};
use crate::model::explain::examples::ExampleId;
use crate::model::explain::exercise::{Answer, Exercise};
use crate::model::explain::trail::Fig;
use crate::model::explain::whatif::{self, Driver};
use crate::model::export::quote::Quote;
use crate::model::sheet::document::Document;
use crate::ui::shell::state::use_ctx;
use crate::ui::widgets::charts;
use rust_decimal::Decimal;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Slider range per driver, in percent change.
pub fn range(d: Driver) -> (i32, i32, i32) {
    match d {
        Driver::OrderQuantity => (-75, 200, 5),
        _ => (-50, 50, 1),
    }
}

/// The changes as factors: 10 → 1.10.
pub fn factors(pcts: &[(Driver, i32)]) -> Vec<(Driver, Decimal)> {
    pcts.iter().map(|&(d, p)| (d, Decimal::ONE + Decimal::new(i64::from(p), 2))).collect()
}

#[derive(Properties, PartialEq)]
pub struct SliderProps {
    pub driver: Driver,
    pub pct: i32,
    /// The driver's value with the change applied, as shown.
    pub value: Option<AttrValue>,
    pub on_change: Callback<(Driver, i32)>,
}

/// One what-if slider with its label, its percentage and the value it gives.
#[function_component]
pub fn DriverSlider(p: &SliderProps) -> Html {
    let lang = use_ctx().lang;
    let (min, max, step) = range(p.driver);
    let id = format!("whatif-{:?}", p.driver).to_ascii_lowercase();
    let driver = p.driver;
    let cb = p.on_change.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if let Ok(v) = input.value().parse::<i32>() {
            cb.emit((driver, v));
        }
    });
    let sign = if p.pct > 0 { "+" } else { "" };
    // The rate is rupiah per unit of foreign currency: up is a weaker rupiah, whatever the sign.
    let rate = p.driver == Driver::ExchangeRate;
    let direction = match p.pct {
        0 => String::new(),
        v if rate && v > 0 => format!(" · {}", C::RupiahWeakens.in_lang(lang)),
        _ if rate => format!(" · {}", C::RupiahStrengthens.in_lang(lang)),
        _ => String::new(),
    };
    let said = format!("{sign}{} %{direction}", p.pct);
    html! {
        <div class={classes!("slider", rate.then_some("rate-slider"))}>
            <label for={id.clone()}>{ charts::driver_name(p.driver, lang) }</label>
            <input type="range" id={id.clone()} min={min.to_string()} max={max.to_string()} step={step.to_string()}
                value={p.pct.to_string()} {oninput} aria-valuetext={said.clone()} />
            if rate {
                <span class="slider-ends" aria-hidden="true">
                    <span>{ "← " }{ C::RupiahStrengthens.in_lang(lang) }</span>
                    <span>{ C::RupiahWeakens.in_lang(lang) }{ " →" }</span>
                </span>
            }
            <output id={format!("{id}-out")}>{ said }{ p.value.as_ref().map(|v| format!(" → {v}")).unwrap_or_default() }</output>
            if rate { <p class="fine rate-help" id="rate-help">{ C::RateHelp.in_lang(lang) }</p> }
        </div>
    }
}

/// The sliders, the scenario compare and the live price, shared by the workshop tab and the
/// projector.
#[derive(Properties, PartialEq)]
pub struct WhatIfProps {
    pub doc: Rc<Document>,
    pub quote: Rc<Quote>,
    /// Which drivers to show (all that apply when empty).
    #[prop_or_default]
    pub only: Vec<Driver>,
    /// Told the scenario's unit price while a slider is moved, `None` when back at the sheet
    /// (the projector's header shows the scenario while it is on screen).
    #[prop_or_default]
    pub on_scenario: Callback<Option<Money>>,
    /// The exercise: its hidden answers show "?".
    #[prop_or_default]
    pub exercise: Rc<Exercise>,
}

/// The percentages with `d` set to `v`; a driver back at 0 % leaves the list.
fn with_pct(pcts: &[(Driver, i32)], d: Driver, v: i32) -> Vec<(Driver, i32)> {
    let mut c: Vec<(Driver, i32)> = pcts.iter().copied().filter(|(k, _)| *k != d).collect();
    if v != 0 {
        c.push((d, v));
    }
    c
}

/// The drivers to show: `only`, or when empty all that apply to the sheet.
fn shown_drivers(doc: &Document, only: &[Driver]) -> Vec<Driver> {
    if only.is_empty() {
        Driver::ALL.iter().copied().filter(|&d| whatif::applies(doc, d)).collect()
    } else {
        only.to_vec()
    }
}

/// A money figure as shown in the what-if card, "—" when there is none.
fn show(m: Option<Money>, lang: Lang) -> String {
    m.map_or_else(|| "—".to_string(), |m| format_money(m, lang.number_style()))
}

/// One row of the compare: the figure now, in the scenario, and the signed difference.
fn compare_row(label: &str, a: Option<Money>, b: Option<Money>, id: &'static str, hidden: bool, lang: Lang) -> Html {
    let style = lang.number_style();
    if hidden {
        return html! {
            <tr>
                <th scope="row">{ label.to_string() }</th>
                <td class="r">{ exercise::masked(lang) }</td>
                <td class="r" id={id}>{ exercise::masked(lang) }</td>
                <td class="r">{ exercise::masked(lang) }</td>
            </tr>
        };
    }
    let diff = whatif::difference(a, b).map_or_else(|| "—".to_string(), |d| signed(d.amount(), format_money(d, style)));
    html! {
        <tr>
            <th scope="row">{ label.to_string() }</th>
            <td class="r">{ show(a, lang) }</td>
            <td class="r" id={id}>{ show(b, lang) }</td>
            <td class={classes!("r", whatif::difference(a, b).filter(|d| !d.amount().is_zero()).map(|_| "changed"))}>{ diff }</td>
        </tr>
    }
}

/// The scenario compare: cost, ex-factory, unit price and order total, now and in the scenario.
fn compare_table(base: &whatif::Outcome, now: &whatif::Outcome, hides: impl Fn(Fig) -> bool, lang: Lang) -> Html {
    let (t, tp) = (|k: T| k.in_lang(lang), |k: P| k.in_lang(lang));
    html! {
        <table class="compare">
            <caption>{ tp(P::Compare) }</caption>
            <thead><tr>
                <th scope="col">{ tp(P::FigureCol) }</th>
                <th scope="col" class="r">{ tp(P::Now) }</th>
                <th scope="col" class="r">{ tp(P::Scenario) }</th>
                <th scope="col" class="r">{ tp(P::Difference) }</th>
            </tr></thead>
            <tbody>
                { compare_row(t(T::HppPerPair), Some(base.cost_per_pair), Some(now.cost_per_pair), "compare-hpp", hides(Fig::Hpp), lang) }
                { compare_row(tp(P::FigExFactoryPerPair), base.ex_factory_per_pair, now.ex_factory_per_pair, "compare-exw", hides(Fig::ExFactoryPerPair), lang) }
                { compare_row(tp(P::FigUnitPrice), base.unit_price, now.unit_price, "compare-unit", hides(Fig::UnitPrice), lang) }
                { compare_row(tp(P::FigOrderTotal), base.order_total, now.order_total, "compare-total", hides(Fig::OrderTotal), lang) }
            </tbody>
        </table>
    }
}

/// One slider per driver, each at its percentage with the driver's value in the scenario.
fn sliders(
    drivers: &[Driver],
    pcts: &[(Driver, i32)],
    scenario: &Document,
    lang: Lang,
    on_change: &Callback<(Driver, i32)>,
) -> Html {
    html! {
        <div class="sliders">
            { for drivers.iter().map(|&d| {
                let pct = pcts.iter().find(|(k, _)| *k == d).map_or(0, |(_, v)| *v);
                let value = whatif::driver_value(scenario, d).map(|o| AttrValue::from(operand(&o, lang)));
                html! { <DriverSlider driver={d} {pct} {value} on_change={on_change.clone()} /> }
            }) }
        </div>
    }
}

#[function_component]
pub fn WhatIf(p: &WhatIfProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    let pcts = use_state(Vec::<(Driver, i32)>::new);
    let scenario = use_memo(((*p.doc).clone(), (*pcts).clone()), |(d, c)| whatif::apply(d, &factors(c)));
    let base = use_memo(p.doc.clone(), |d| whatif::outcome(d));
    let now = use_memo(scenario.clone(), |d| whatif::outcome(d));
    let on_change = {
        let pcts = pcts.clone();
        Callback::from(move |(d, v): (Driver, i32)| pcts.set(with_pct(&pcts, d, v)))
    };
    let reset = {
        let pcts = pcts.clone();
        Callback::from(move |_: MouseEvent| pcts.set(Vec::new()))
    };
    let drivers = shown_drivers(&p.doc, &p.only);
    let changed = !pcts.is_empty();
    let (ex, term) = (p.exercise.clone(), p.quote.term);
    let hides = move |f: Fig| ex.hides_fig(f, term);
    let price_hidden = hides(Fig::UnitPrice);
    use_effect_with((changed.then_some(now.unit_price).flatten(), p.on_scenario.clone()), |(price, tell)| {
        tell.emit(*price)
    });
    html! {
        <section class="card whatif" aria-labelledby="h-whatif">
            <h2 id="h-whatif">{ tp(P::WhatIf) }</h2>
            <p class="fine">{ tp(P::WhatIfHelp) }</p>
            { sliders(&drivers, &pcts, &scenario, lang, &on_change) }
            <p class="live-price" aria-live="polite">
                <span>{ t(T::UnitPrice) }{ " " }{ p.quote.term.code() }</span>
                <strong id="whatif-price">{ exercise::or_masked(price_hidden, show(now.unit_price, lang), lang) }</strong>
                // A price that rests on a missing or refused input says so here too.
                { crate::ui::shell::readiness::provisional_tag(&ctx, &p.quote, "whatif-provisional") }
                if changed && !price_hidden { <span class="was">{ format!("({}: {})", tp(P::Now), show(base.unit_price, lang)) }</span> }
            </p>
            <button type="button" id="whatif-reset" onclick={reset} disabled={!changed}>{ tp(P::Reset) }</button>
            { compare_table(&base, &now, hides, lang) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    pub doc: Rc<Document>,
    pub breakdown: Rc<Breakdown>,
    pub quote: Rc<Quote>,
    pub exercise: Rc<Exercise>,
}

/// Which charts give a hidden answer away: the cost chart adds up to the HPP, the price's
/// build-up starts at ex-works and ends at the unit price, the tornado starts at the unit price.
pub struct ChartsHidden {
    pub cost: bool,
    pub build_up: bool,
    pub tornado: bool,
}

impl ChartsHidden {
    pub fn of(ex: &Exercise, q: &Quote) -> ChartsHidden {
        let hides = |f: Fig| ex.hides_fig(f, q.term);
        let unit = hides(Fig::UnitPrice) || hides(Fig::UnitExact(q.term));
        ChartsHidden { cost: hides(Fig::Hpp), build_up: unit || hides(Fig::ExFactoryPerPair), tornado: unit }
    }
}

/// The three charts.
#[function_component]
pub fn Charts(p: &ChartsProps) -> Html {
    let lang = use_ctx().lang;
    let sens = use_memo(p.doc.clone(), |d| whatif::sensitivity(d));
    let tier = p.quote.tiers.first();
    let term = format!("{} {}", p.quote.term.code(), p.doc.terms.named_place(p.quote.term));
    let hidden = ChartsHidden::of(&p.exercise, &p.quote);
    let or_hidden = |h: bool, chart: Html| if h { exercise::chart_hidden(lang) } else { chart };
    html! {
        <section class="card charts" aria-labelledby="h-charts">
            <h2 id="h-charts">{ P::Charts.in_lang(lang) }</h2>
            { or_hidden(hidden.cost, charts::cost_by_section(&p.breakdown, lang)) }
            if let Some((tier, unit)) = tier.and_then(|t| Some((t, t.unit_exact?))) {
                { or_hidden(hidden.build_up, charts::waterfall(&tier.parts_per_pair, unit, term.trim(), lang)) }
                { or_hidden(hidden.tornado, charts::tornado(&sens, unit, lang)) }
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct WorkshopProps {
    pub doc: Rc<Document>,
    pub breakdown: Rc<Breakdown>,
    pub quote: Rc<Quote>,
    /// Opens a built-in example (its sheet) as a new sheet.
    pub on_example: Callback<Document>,
    pub on_projector: Callback<()>,
    pub on_guide: Callback<()>,
    /// Shows the quotation tab, where the worked order of three articles opens.
    pub on_quotations: Callback<()>,
    pub exercise: Rc<Exercise>,
    pub on_exercise: Callback<Rc<Exercise>>,
}

fn example_text(e: ExampleId) -> P {
    match e {
        ExampleId::SneakerBusan => P::ExSneaker,
        ExampleId::SafetyShoe => P::ExSafety,
        ExampleId::SandalLosAngeles => P::ExSandal,
        ExampleId::Consolidator => P::ExConsolidator,
        ExampleId::Cmt => P::ExCmt,
    }
}

/// The workshop tab.
#[function_component]
pub fn Workshop(p: &WorkshopProps) -> Html {
    let ctx = use_ctx();
    let lang: Lang = ctx.lang;
    let tp = |k: P| k.in_lang(lang);
    let explain = ctx.explain.clone();
    // The built-in examples never change: cost them once, not on every render of the tab.
    let example_hpp = use_memo((), |_| ExampleId::ALL.map(|e| compute(&e.document()).per_pair));
    let with_answers = use_state_eq(|| false);
    let ex = p.exercise.clone();
    html! {
        <>
            <div class="sheet no-print">
                <section class="card" aria-labelledby="h-examples">
                    <h2 id="h-examples">{ tp(P::Examples) }</h2>
                    <p class="fine">{ tp(P::ExamplesHelp) }</p>
                    <ul class="examples">
                        <>{ for ExampleId::ALL.iter().zip(example_hpp.iter()).map(|(&e, &hpp)| {
                            let cb = p.on_example.clone();
                            html! {
                                <li>
                                    <p>{ example_text(e).in_lang(lang) }<span class="badge">{ tp(P::Illustrative2) }</span></p>
                                    <button type="button" class="primary" id={format!("example-{:?}", e).to_ascii_lowercase()}
                                        onclick={Callback::from(move |_: MouseEvent| cb.emit(e.document()))}>{ tp(P::OpenExample) }</button>
                                    <small>{ " HPP " }{ exercise::or_masked(ex.hides(Answer::Hpp), format_money(hpp, lang.number_style()), lang) }</small>
                                </li>
                            }
                        }) }</>
                        <li>
                            <p>{ tp(P::ExOrder) }<span class="badge">{ tp(P::Illustrative2) }</span></p>
                            <button type="button" class="primary" id="example-order" onclick={{
                                let go = p.on_quotations.clone();
                                Callback::from(move |_: MouseEvent| {
                                    crate::ui::quote::quotations::ask_for_example();
                                    go.emit(());
                                })
                            }}>{ tp(P::OpenOrderExample) }</button>
                        </li>
                    </ul>
                    <div class="row-actions">
                        <button type="button" id="why-price" disabled={ex.hides_any()} onclick={Callback::from(move |_: MouseEvent| explain.emit(Fig::UnitPrice))}>{ tp(P::TrailStart) }</button>
                        <button type="button" id="projector-open" onclick={{ let c = p.on_projector.clone(); Callback::from(move |_| c.emit(())) }}>{ tp(P::Projector) }</button>
                        <button type="button" id="guide-open" onclick={{ let c = p.on_guide.clone(); Callback::from(move |_| c.emit(())) }}>{ tp(P::Guide) }</button>
                    </div>
                    <p class="fine">{ tp(P::Offline) }</p>
                </section>
                <exercise::ExerciseCard exercise={ex.clone()} on_exercise={p.on_exercise.clone()} with_answers={with_answers.clone()} />
                <coach::MarkupMarginView doc={p.doc.clone()} exercise={ex.clone()} />
                <WhatIf doc={p.doc.clone()} quote={p.quote.clone()} exercise={ex.clone()} />
            </div>
            <aside class="side no-print">
                <Charts doc={p.doc.clone()} breakdown={p.breakdown.clone()} quote={p.quote.clone()} exercise={ex.clone()} />
            </aside>
            // Across both columns: a column per term needs the width.
            <coach::TermsSide quote={p.quote.clone()} exercise={ex.clone()} />
            // Printed alone (styles/workshop.css); `hidden` keeps it off screen even before
            // that stylesheet is in.
            <div class="handout-print" hidden=true>
                <exercise::Handout doc={p.doc.clone()} breakdown={p.breakdown.clone()} quote={p.quote.clone()} exercise={ex} with_answers={*with_answers} />
            </div>
        </>
    }
}

/// The workshop tab, loaded on first use (`ui::shell::lazy`).
pub fn tab(p: &crate::ui::shell::lazy::WorkshopProps) -> Html {
    html! {
        <Workshop doc={p.doc.clone()} breakdown={p.breakdown.clone()} quote={crate::ui::shell::lazy::quote_of(&p.doc)}
            on_example={p.on_example.clone()} on_projector={p.on_projector.clone()} on_guide={p.on_guide.clone()}
            on_quotations={p.on_quotations.clone()} exercise={p.exercise.clone()} on_exercise={p.on_exercise.clone()} />
    }
}
