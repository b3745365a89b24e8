//! Guided first use: seven steps in the order a cost sheet is filled (article → exchange rates →
//! materials → labour → overhead → export → quotation). Each step opens the right tab and scrolls
//! to the card; "Skip" ends it, and it is not shown again (remembered in the browser). On a phone
//! the box is a slim bar (one line and the buttons) at the bottom, above the keyboard, and the
//! focused field is scrolled clear of it.

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

/// Scrolls the page so that `el` (the focused field) is not under the guide's box: above it,
/// with a little room. The box sits at the bottom of the screen, which a phone's keyboard
/// shortens (`interactive-widget=resizes-content` in `index.html` keeps the box above it).
/// Only fields typed into: a button or a choice under the box is not moved, since scrolling
/// between a click's press and release would lose the click.
fn keep_clear(el: &web_sys::Element) {
    let typed = match el.tag_name().as_str() {
        "TEXTAREA" => true,
        "INPUT" => !matches!(
            el.get_attribute("type").unwrap_or_default().as_str(),
            "checkbox" | "radio" | "range" | "button" | "submit" | "file" | "color"
        ),
        _ => false,
    };
    let Some(guide) = gloo::utils::document().get_element_by_id("guide").filter(|_| typed) else { return };
    if guide.contains(Some(el)) {
        return;
    }
    let (g, f) = (guide.get_bounding_client_rect(), el.get_bounding_client_rect());
    let room = 12.0;
    if f.bottom() > g.top() - room && f.top() < g.bottom() {
        gloo::utils::window().scroll_by_with_x_and_y(0.0, f.bottom() - g.top() + room);
    }
}

/// While the guide is open: the field that takes the focus, or stays focused while the screen
/// shrinks (a phone's keyboard opening), is kept clear of the box.
#[hook]
fn use_focus_kept_clear() {
    use_effect_with((), |_| {
        let document = gloo::utils::document();
        let focus = gloo::events::EventListener::new(&document, "focusin", |e| {
            if let Some(el) = e.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()) {
                keep_clear(&el);
            }
        });
        let resize = gloo::events::EventListener::new(&gloo::utils::window(), "resize", |_| {
            if let Some(el) = gloo::utils::document().active_element() {
                keep_clear(&el);
            }
        });
        move || drop((focus, resize))
    });
}

#[function_component]
pub fn Guide(p: &Props) -> Html {
    let lang = use_ctx().lang;
    use_focus_kept_clear();
    // On a phone the step's text is one line; a tap shows it whole.
    let whole = use_state(|| false);
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
            <p id="guide-line" class={classes!((*whole).then_some("whole"))}
                onclick={{ let whole = whole.clone(); Callback::from(move |_: MouseEvent| whole.set(!*whole)) }}>
                <span class="guide-num" aria-hidden="true">{ format!("{}/{} · ", i + 1, STEPS.len()) }</span>
                <span id="guide-text">{ t(STEPS[i].0) }</span>
            </p>
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
