//! The projector view: the sheet's story in eight steps, in large type and high contrast, with
//! no editing chrome. ← → / PageUp PageDown move (presentation clickers send those), Esc leaves.
//! "One step per screen" or all steps in one scroll, as the coach prefers.
//!
//! The keys are heard on the window before anything else (capture phase), so they move the step
//! wherever the focus is, a slider's too (a slider follows the mouse, a finger, or ↑ ↓); a trail
//! dialog open over the projector keeps its own keys.

use crate::i18n::trail::{label, operand};
use crate::i18n::{Lang, P, T};
use crate::model::base::money::Money;
use crate::model::cost::compute::Breakdown;
use crate::model::explain::exercise::Exercise;
use crate::model::explain::trail::{Fig, Trail};
use crate::model::explain::whatif::{self, Driver, Sensitivity};
use crate::model::export::quote::Quote;
use crate::model::sheet::document::Document;
use crate::ui::shell::state::use_ctx;
use crate::ui::widgets::charts;
use crate::ui::workshop::coach::{MarkupMarginView, TermsSide};
use crate::ui::workshop::exercise;
use crate::ui::workshop::{ChartsHidden, WhatIf};
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub doc: Rc<Document>,
    pub breakdown: Rc<Breakdown>,
    pub quote: Rc<Quote>,
    pub trail: Rc<Trail>,
    pub on_close: Callback<()>,
    /// The workshop's exercise: hidden answers show "?" here too, until shown.
    pub exercise: Rc<Exercise>,
    pub on_exercise: Callback<Rc<Exercise>>,
}

const STEPS: [P; 8] = [
    P::PStepMaterials,
    P::PStepLabour,
    P::PStepHpp,
    P::PStepPrice,
    P::PStepMarkup,
    P::PStepTerms,
    P::PStepWhatIf,
    P::PStepTornado,
];

/// The step on screen; moving past either end stays at the end.
#[derive(PartialEq, Default)]
struct At(usize);

impl Reducible for At {
    type Action = isize;
    fn reduce(self: Rc<Self>, delta: isize) -> Rc<Self> {
        let last = STEPS.len().saturating_sub(1);
        let to = self.0.saturating_add_signed(delta).min(last);
        if to == self.0 {
            self
        } else {
            Rc::new(At(to))
        }
    }
}

/// One figure's formula as a line; figures inside it open their own trail.
fn formula(fig: Fig, p: &Props, lang: Lang, explain: &Callback<Fig>) -> Html {
    let Some(n) = p.trail.get(fig) else { return html! {} };
    let (ex, term) = (&p.exercise, p.quote.term);
    html! {
        <p class="p-formula">
            <span class="p-label">{ label(fig, &p.doc, lang) }{ ": " }</span>
            { exercise::formula(&n.expr, &p.trail, &p.doc, ex, term, lang, explain) }
            { " = " }<strong>{ exercise::or_masked(ex.hides_fig(fig, term), operand(&n.value, lang), lang) }</strong>
        </p>
    }
}

/// A key anywhere while the projector is on: Esc leaves; ← → and PageUp/PageDown move a step,
/// even from a slider (whose own move is cancelled), and the projector takes the focus back.
fn on_key(e: &KeyboardEvent, go: &Callback<isize>, close: &Callback<()>, node: &NodeRef) {
    let dialog_open = gloo::utils::document().query_selector(".trail-dialog").ok().flatten().is_some();
    if dialog_open || e.alt_key() || e.ctrl_key() || e.meta_key() {
        return;
    }
    match e.key().as_str() {
        "Escape" => close.emit(()),
        "PageDown" | "ArrowRight" => go.emit(1),
        "PageUp" | "ArrowLeft" => go.emit(-1),
        _ => return,
    }
    e.prevent_default();
    e.stop_propagation();
    if let Some(el) = node.cast::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// The price step: ex-factory, the term's total and unit price, and the first tier's waterfall.
fn price_step(p: &Props, lang: Lang, explain: &Callback<Fig>) -> Html {
    let (q, term) = (&p.quote, p.quote.term);
    html! {
        <>
            { formula(Fig::ExFactoryPerPair, p, lang, explain) }
            { formula(Fig::TermTotal(term), p, lang, explain) }
            { formula(Fig::UnitExact(term), p, lang, explain) }
            { formula(Fig::UnitPrice, p, lang, explain) }
            if let Some(tier) = q.tiers.first() {
                if let Some(unit) = tier.unit_exact {
                    if ChartsHidden::of(&p.exercise, q).build_up {
                        { exercise::chart_hidden(lang) }
                    } else {
                        { charts::waterfall(&tier.parts_per_pair, unit, term.code(), lang) }
                    }
                }
            }
        </>
    }
}

/// What step `i` shows: its formulas and charts, the what-if sliders, or the tornado.
fn step_content(
    i: usize,
    p: &Props,
    lang: Lang,
    explain: &Callback<Fig>,
    sens: &[Sensitivity],
    on_scenario: &Callback<Option<Money>>,
) -> Html {
    match STEPS.get(i).copied().unwrap_or(P::PStepTornado) {
        P::PStepMaterials => html! {
            <>
                <>{ for p.doc.materials.iter().map(|m| formula(Fig::Material(m.id), p, lang, explain)) }</>
                { formula(Fig::Materials, p, lang, explain) }
            </>
        },
        P::PStepLabour => html! {
            <>
                { formula(Fig::CostPerMinute, p, lang, explain) }
                { formula(Fig::Labour, p, lang, explain) }
                { formula(Fig::Overhead, p, lang, explain) }
                { formula(Fig::OneOffPerPair, p, lang, explain) }
            </>
        },
        P::PStepHpp => html! {
            <>
                { formula(Fig::Hpp, p, lang, explain) }
                if ChartsHidden::of(&p.exercise, &p.quote).cost {
                    { exercise::chart_hidden(lang) }
                } else {
                    { charts::cost_by_section(&p.breakdown, lang) }
                }
            </>
        },
        P::PStepPrice => price_step(p, lang, explain),
        P::PStepMarkup => {
            html! { <MarkupMarginView doc={p.doc.clone()} projector=true on_scenario={on_scenario.clone()} exercise={p.exercise.clone()} /> }
        }
        P::PStepTerms => html! { <TermsSide quote={p.quote.clone()} projector=true exercise={p.exercise.clone()} /> },
        P::PStepWhatIf => {
            html! { <WhatIf doc={p.doc.clone()} quote={p.quote.clone()} only={vec![Driver::ExchangeRate]} on_scenario={on_scenario.clone()} exercise={p.exercise.clone()} /> }
        }
        _ => match p.quote.tiers.first().and_then(|t| t.unit_exact) {
            Some(_) if ChartsHidden::of(&p.exercise, &p.quote).tornado => exercise::chart_hidden(lang),
            Some(unit) => charts::tornado(sens, unit, lang),
            None => html! {},
        },
    }
}

/// Whether step `i` can put a scenario's price in the header (a slider on a copy).
fn has_scenario(i: usize) -> bool {
    matches!(STEPS.get(i), Some(P::PStepMarkup | P::PStepWhatIf))
}

/// Step `i` as a section: its number and title over `body`.
fn step_section(i: usize, lang: Lang, body: Html) -> Html {
    html! {
        <section class="p-step" aria-labelledby={format!("p-step-{i}")}>
            <h2 id={format!("p-step-{i}")}>
                <span class="p-num">{ format!("{} {}/{}", P::StepOf.in_lang(lang), i + 1, STEPS.len()) }</span>{ " " }{ STEPS[i].in_lang(lang) }
            </h2>
            <div class={format!("p-body p-body-{i}")}>{ body }</div>
        </section>
    }
}

/// The header's unit price: the what-if scenario's while one is shown, else the sheet's.
fn header_price(scenario: Option<Money>, q: &Quote, hidden: bool, ctx: &crate::ui::shell::state::Ctx) -> Html {
    let lang = ctx.lang;
    let (t, tp) = (|k: T| k.in_lang(lang), |k: P| k.in_lang(lang));
    let (term, style) = (q.term, lang.number_style());
    html! {
        if let Some(price) = scenario {
            <span class="p-price p-scenario">{ t(T::UnitPrice) }{ " " }{ term.code() }{ " · " }{ tp(P::Scenario) }{ " " }
                <b id="p-price">{ exercise::or_masked(hidden, crate::format::format_money(price, style), lang) }</b>
            </span>
        } else {
            <span class="p-price">{ t(T::UnitPrice) }{ " " }{ term.code() }{ " " }
                <b id="p-price">{ exercise::or_masked(hidden, q.tiers.first().and_then(|t| t.unit_price).map(|m| crate::format::format_money(m, style)).unwrap_or_default(), lang) }</b>
                { crate::ui::shell::readiness::provisional_tag(ctx, q, "p-provisional") }
            </span>
        }
    }
}

/// The header's buttons: the exercise's answers, previous and next (one step at a time), exit.
/// (One step or all is in the keys line below, leaving the header's width to the article's name.)
fn controls(one: &UseStateHandle<bool>, at: usize, go: &Callback<isize>, p: &Props, lang: Lang) -> Html {
    let tp = |k: P| k.in_lang(lang);
    let close = &p.on_close;
    html! {
        <span class="p-controls">
            if p.exercise.is_on() { { exercise::reveal(&p.exercise, &p.on_exercise, "p-reveal", lang) } }
            if **one {
                <button type="button" id="p-prev" disabled={at == 0} onclick={go.reform(|_: MouseEvent| -1)}>{ "← " }{ tp(P::Prev) }</button>
                <button type="button" id="p-next" disabled={at + 1 == STEPS.len()} onclick={go.reform(|_: MouseEvent| 1)}>{ tp(P::Next) }{ " →" }</button>
            }
            <button type="button" id="p-exit" onclick={close.reform(|_: MouseEvent| ())}>{ tp(P::ProjectorExit) }</button>
        </span>
    }
}

#[function_component]
pub fn Projector(p: &Props) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let tp = |k: P| k.in_lang(lang);
    let step = use_reducer(At::default);
    let sens = use_memo(p.doc.clone(), |d| whatif::sensitivity(d));
    let one = use_state_eq(|| true);
    // The what-if step's scenario price, while a slider is off the sheet's value.
    let scenario = use_state_eq(|| None::<Money>);
    let on_scenario = {
        let scenario = scenario.clone();
        Callback::from(move |m| scenario.set(m))
    };
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let go = {
        let d = step.dispatcher();
        let scenario = scenario.clone();
        Callback::from(move |delta: isize| {
            // A scenario belongs to the step that made it.
            scenario.set(None);
            d.dispatch(delta)
        })
    };
    {
        let (go, close, node) = (go.clone(), p.on_close.clone(), node.clone());
        use_effect_with((), move |_| {
            let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: false };
            let listener = web_sys::window().map(|w| {
                EventListener::new_with_options(&w, "keydown", options, move |e| {
                    if let Some(e) = e.dyn_ref::<KeyboardEvent>() {
                        on_key(e, &go, &close, &node);
                    }
                })
            });
            move || drop(listener)
        });
    }
    let explain = ctx.explain.clone();
    let section = |i: usize| step_section(i, lang, step_content(i, p, lang, &explain, &sens, &on_scenario));
    let at = step.0;
    // The header follows a slider's step while it is on screen and moved off the sheet.
    let shown_scenario = (!*one || has_scenario(at)).then_some(*scenario).flatten();
    let title =
        if p.doc.article.name.trim().is_empty() { p.doc.article.code.clone() } else { p.doc.article.name.clone() };
    html! {
        <div class="projector" id="projector" tabindex="-1" ref={node}>
            <header class="p-bar">
                <h1 class="p-title" id="p-title">{ title }</h1>
                { header_price(shown_scenario, &p.quote, p.exercise.hides_fig(Fig::UnitPrice, p.quote.term), &ctx) }
                { controls(&one, at, &go, p, lang) }
            </header>
            <main class="p-main" id="p-main" aria-label={tp(P::Projector)}>
                if *one { { section(at) } } else { <>{ for (0..STEPS.len()).map(section) }</> }
            </main>
            <footer class="p-keys">
                <p>{ tp(P::KeysHelp) }{ " " }
                    <button type="button" id="p-mode" aria-pressed={(*one).to_string()}
                        onclick={{ let one = one.clone(); Callback::from(move |_| one.set(!*one)) }}>{ tp(P::OneStep) }</button>
                </p>
            </footer>
        </div>
    }
}

/// The projector, loaded on first use (`ui::shell::lazy`); it builds the formula trail it shows.
pub fn part(p: &crate::ui::shell::lazy::ProjectorProps) -> Html {
    html! { <WithTrail ..p.clone() /> }
}

#[function_component]
fn WithTrail(p: &crate::ui::shell::lazy::ProjectorProps) -> Html {
    let trail = crate::ui::widgets::trail_view::use_trail(&p.doc, &p.breakdown);
    html! {
        <Projector doc={p.doc.clone()} breakdown={p.breakdown.clone()} quote={crate::ui::shell::lazy::quote_of(&p.doc)} {trail} on_close={p.on_close.clone()}
            exercise={p.exercise.clone()} on_exercise={p.on_exercise.clone()} />
    }
}
