//! Guided first use: six steps in the order a cost sheet is filled (article → materials →
//! labour → overhead → export costs → quote). Each step opens the right tab and scrolls to the
//! card; "Skip" ends it, and it is not shown again (remembered in the browser).

use crate::i18n::P;
use crate::model::explain::outline::Card;
use crate::ui::shell::state::use_ctx;
use yew::prelude::*;

/// A step: its text, the tab it needs (0 costing, 1 export, 2 quote) and the card it points at.
pub const STEPS: [(P, usize, Card); crate::ui::shell::storage::GUIDE_STEPS] = [
    (P::GuideArticle, 0, Card::Article),
    (P::GuideRates, 0, Card::Rates),
    (P::GuideMaterials, 0, Card::Materials),
    (P::GuideLabour, 0, Card::Labour),
    (P::GuideOverhead, 0, Card::Overhead),
    (P::GuideExport, 1, Card::Terms),
    (P::GuideQuote, 2, Card::QuoteDetails),
];

/// Opens `card` (folded on a phone) once the tab has rendered, and scrolls it into view when
/// `scroll`. A tab whose chunk is still on its way renders later: the card is looked for again
/// every 50 ms, for up to 5 seconds.
pub fn show_card(card: Card, scroll: bool) {
    look_for(crate::ui::widgets::card::heading(card), scroll, 100);
}

fn look_for(id: &'static str, scroll: bool, tries: u32) {
    gloo::timers::callback::Timeout::new(50, move || {
        match web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
            Some(el) => {
                crate::ui::widgets::card::unfold(&el);
                if scroll {
                    el.scroll_into_view();
                }
            }
            None if tries > 1 => look_for(id, scroll, tries - 1),
            None => {}
        }
    })
    .forget();
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub step: usize,
    pub on_step: Callback<usize>,
    pub on_close: Callback<()>,
}

#[function_component]
pub fn Guide(p: &Props) -> Html {
    let lang = use_ctx().lang;
    let t = |k: P| k.in_lang(lang);
    let i = p.step.min(STEPS.len() - 1);
    let last = i + 1 == STEPS.len();
    let next = {
        let (on_step, on_close) = (p.on_step.clone(), p.on_close.clone());
        Callback::from(move |_: MouseEvent| if last { on_close.emit(()) } else { on_step.emit(i + 1) })
    };
    let prev = {
        let on_step = p.on_step.clone();
        Callback::from(move |_: MouseEvent| on_step.emit(i.saturating_sub(1)))
    };
    html! {
        <section class="guide no-print" id="guide" aria-labelledby="guide-title">
            <p id="guide-title"><strong>{ t(P::Guide) }{ format!(" · {} {}/{}", t(P::StepOf), i + 1, STEPS.len()) }</strong></p>
            <p id="guide-text">{ t(STEPS[i].0) }</p>
            <div class="row-actions">
                <button type="button" disabled={i == 0} onclick={prev}>{ "← " }{ t(P::Prev) }</button>
                <button type="button" class="primary" id="guide-next" onclick={next}>{ if last { t(P::GuideDone) } else { t(P::Next) } }</button>
                <button type="button" id="guide-skip" onclick={{ let c = p.on_close.clone(); Callback::from(move |_| c.emit(())) }}>{ t(P::GuideSkip) }</button>
            </div>
        </section>
    }
}

/// The guide's box, loaded on first use (`ui::shell::lazy`: a first visit fetches it after the first paint).
pub fn part(p: &crate::ui::shell::lazy::GuideProps) -> Html {
    html! { <Guide step={p.step} on_step={p.on_step.clone()} on_close={p.on_close.clone()} /> }
}
