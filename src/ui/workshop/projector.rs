//! The projector view: the sheet's story in six steps, in large type and high contrast, with
//! no editing chrome. ← → / PageUp PageDown move (presentation clickers send those), Esc leaves.
//! "One step per screen" or all steps in one scroll, as the coach prefers.

use crate::i18n::trail::{label, operand, tokens};
use crate::i18n::{Lang, P, T};
use crate::model::cost::compute::Breakdown;
use crate::model::explain::trail::{Fig, Trail};
use crate::model::explain::whatif::{self, Driver};
use crate::model::export::quote::Quote;
use crate::model::sheet::document::Document;
use crate::ui::shell::state::use_ctx;
use crate::ui::widgets::charts;
use crate::ui::widgets::trail_view::formula_tokens;
use crate::ui::workshop::WhatIf;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub doc: Rc<Document>,
    pub breakdown: Rc<Breakdown>,
    pub quote: Rc<Quote>,
    pub trail: Rc<Trail>,
    pub on_close: Callback<()>,
}

const STEPS: [P; 6] = [P::PStepMaterials, P::PStepLabour, P::PStepHpp, P::PStepPrice, P::PStepWhatIf, P::PStepTornado];

/// One figure's formula as a line; figures inside it open their own trail.
fn formula(fig: Fig, p: &Props, lang: Lang, explain: &Callback<Fig>) -> Html {
    let Some(n) = p.trail.get(fig) else { return html! {} };
    html! {
        <p class="p-formula">
            <span class="p-label">{ label(fig, &p.doc, lang) }{ ": " }</span>
            { formula_tokens(tokens(&n.expr, &p.trail, &p.doc, lang), explain) }
            { " = " }<strong>{ operand(&n.value, lang) }</strong>
        </p>
    }
}

#[function_component]
pub fn Projector(p: &Props) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    let step = use_state_eq(|| 0usize);
    let sens = use_memo(p.doc.clone(), |d| whatif::sensitivity(d));
    let one = use_state_eq(|| true);
    // The what-if step's scenario price, while a slider is off the sheet's value.
    let scenario = use_state_eq(|| None::<crate::model::base::money::Money>);
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
        let step = step.clone();
        move |delta: isize| {
            let s = (*step as isize + delta).clamp(0, STEPS.len() as isize - 1);
            step.set(s as usize);
        }
    };
    let onkeydown = {
        let (go, close) = (go.clone(), p.on_close.clone());
        Callback::from(move |e: KeyboardEvent| {
            // Arrow keys on a slider move the slider, not the step.
            let on_input = e.target_dyn_into::<web_sys::HtmlInputElement>().is_some();
            match e.key().as_str() {
                "Escape" => close.emit(()),
                "PageDown" => go(1),
                "PageUp" => go(-1),
                "ArrowRight" if !on_input => go(1),
                "ArrowLeft" if !on_input => go(-1),
                _ => return,
            }
            e.prevent_default();
        })
    };
    let explain = ctx.explain.clone();
    let q = &p.quote;
    let term = q.term;
    let content = |i: usize| -> Html {
        match i {
            0 => html! {
                <>
                    <>{ for p.doc.materials.iter().map(|m| formula(Fig::Material(m.id), p, lang, &explain)) }</>
                    { formula(Fig::Materials, p, lang, &explain) }
                </>
            },
            1 => html! {
                <>
                    { formula(Fig::CostPerMinute, p, lang, &explain) }
                    { formula(Fig::Labour, p, lang, &explain) }
                    { formula(Fig::Overhead, p, lang, &explain) }
                    { formula(Fig::OneOffPerPair, p, lang, &explain) }
                </>
            },
            2 => html! {
                <>
                    { formula(Fig::Hpp, p, lang, &explain) }
                    { charts::cost_by_section(&p.breakdown, lang) }
                </>
            },
            3 => html! {
                <>
                    { formula(Fig::ExFactoryPerPair, p, lang, &explain) }
                    { formula(Fig::TermTotal(term), p, lang, &explain) }
                    { formula(Fig::UnitExact(term), p, lang, &explain) }
                    { formula(Fig::UnitPrice, p, lang, &explain) }
                    if let Some(tier) = q.tiers.first() {
                        if let Some(unit) = tier.unit_exact {
                            { charts::waterfall(&tier.parts_per_pair, unit, term.code(), lang) }
                        }
                    }
                </>
            },
            4 => {
                html! { <WhatIf doc={p.doc.clone()} quote={p.quote.clone()} only={vec![Driver::ExchangeRate]} on_scenario={on_scenario.clone()} /> }
            }
            _ => match q.tiers.first().and_then(|t| t.unit_exact) {
                Some(unit) => charts::tornado(&sens, unit, lang),
                None => html! {},
            },
        }
    };
    let section = |i: usize| {
        html! {
            <section class="p-step" aria-labelledby={format!("p-step-{i}")}>
                <h2 id={format!("p-step-{i}")}>
                    <span class="p-num">{ format!("{} {}/{}", tp(P::StepOf), i + 1, STEPS.len()) }</span>{ " " }{ STEPS[i].in_lang(lang) }
                </h2>
                <div class={format!("p-body p-body-{i}")}>{ content(i) }</div>
            </section>
        }
    };
    let at = *step;
    // The header follows the what-if step while it is on screen and moved off the sheet.
    let shown_scenario = (!*one || at == 4).then_some(*scenario).flatten();
    let style = lang.number_style();
    html! {
        <div class="projector" id="projector" tabindex="-1" ref={node} {onkeydown}>
            <header class="p-bar">
                <h1 class="p-title">{ p.doc.article.name.clone() }</h1>
                if let Some(price) = shown_scenario {
                    <span class="p-price p-scenario">{ t(T::UnitPrice) }{ " " }{ term.code() }{ " · " }{ tp(P::Scenario) }{ " " }
                        <b id="p-price">{ crate::format::format_money(price, style) }</b>
                    </span>
                } else {
                    <span class="p-price">{ t(T::UnitPrice) }{ " " }{ term.code() }{ " " }
                        <b id="p-price">{ q.tiers.first().and_then(|t| t.unit_price).map(|m| crate::format::format_money(m, style)).unwrap_or_default() }</b>
                    </span>
                }
                <span class="p-controls">
                    <button type="button" id="p-mode" aria-pressed={(*one).to_string()}
                        onclick={{ let one = one.clone(); Callback::from(move |_| one.set(!*one)) }}>{ tp(P::OneStep) }</button>
                    if *one {
                        <button type="button" id="p-prev" disabled={at == 0} onclick={{ let go = go.clone(); Callback::from(move |_| go(-1)) }}>{ "← " }{ tp(P::Prev) }</button>
                        <button type="button" id="p-next" disabled={at + 1 == STEPS.len()} onclick={{ let go = go.clone(); Callback::from(move |_| go(1)) }}>{ tp(P::Next) }{ " →" }</button>
                    }
                    <button type="button" id="p-exit" onclick={{ let c = p.on_close.clone(); Callback::from(move |_| c.emit(())) }}>{ tp(P::ProjectorExit) }</button>
                </span>
            </header>
            <main class="p-main" id="p-main" aria-label={tp(P::Projector)}>
                if *one { { section(at) } } else { <>{ for (0..STEPS.len()).map(section) }</> }
            </main>
            <footer class="p-keys"><p>{ tp(P::KeysHelp) }</p></footer>
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
        <Projector doc={p.doc.clone()} breakdown={p.breakdown.clone()} quote={crate::ui::shell::lazy::quote_of(&p.doc)} {trail} on_close={p.on_close.clone()} />
    }
}
