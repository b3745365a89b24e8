//! The formula trail on screen: a `Why` button beside a figure, and the dialog that shows the
//! figure's formula with the sheet's numbers, what it is made of and what it is used in.
//! Every word and number comes from `model::explain::trail` and `i18n::trail`.

use crate::i18n::trail::{formula_text, label, operand, tokens, Token};
use crate::i18n::{Lang, T};
use crate::model::explain::trail::{refs, Fig, Trail};
use crate::model::sheet::document::Document;
use crate::ui::shell::state::use_ctx;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WhyProps {
    pub fig: Fig,
    /// The figure's name as the row shows it, so a screen reader hears "Show formula: Upper
    /// leather" rather than the same "Show formula" on every row.
    #[prop_or_default]
    pub of: AttrValue,
}

/// A small "ƒ" button that opens the trail of `fig`.
#[function_component]
pub fn Why(p: &WhyProps) -> Html {
    let ctx = use_ctx();
    let fig = p.fig;
    let explain = ctx.explain.clone();
    let name = T::ShowFormula.in_lang(ctx.lang);
    let label = if p.of.is_empty() { name.to_string() } else { format!("{name}: {}", p.of) };
    html! {
        <button type="button" class="why no-print" title={name} aria-label={label}
            onclick={Callback::from(move |_: MouseEvent| explain.emit(fig))}>{ "ƒ" }</button>
    }
}

/// A figure inside a formula or a list, as a button that opens its own trail.
pub fn fig_link(fig: Fig, text: String, value: String, go: &Callback<Fig>) -> Html {
    let go = go.clone();
    html! {
        <button type="button" class="ref" onclick={Callback::from(move |_: MouseEvent| go.emit(fig))}>
            <span class="ref-label">{ text }</span>{ " " }<span class="ref-value">{ value }</span>
        </button>
    }
}

/// A formula's tokens: text as it is, other figures as links to their trails.
pub fn formula_tokens(parts: Vec<Token>, go: &Callback<Fig>) -> Html {
    html! {
        <>{ for parts.into_iter().map(|tok| match tok {
            Token::Text(s) => html! { <span>{ s }</span> },
            Token::Ref { fig, label, value } => fig_link(fig, label, value, go),
        }) }</>
    }
}

#[derive(Properties, PartialEq)]
pub struct TrailProps {
    pub doc: Rc<Document>,
    pub trail: Rc<Trail>,
    pub fig: Fig,
    pub on_close: Callback<()>,
    /// What the trail is of, when not the open sheet (an article of a quotation at a term).
    #[prop_or_default]
    pub of: AttrValue,
}

/// Opening another figure's trail: it goes on top of the figures visited.
fn visit(history: &UseStateHandle<Vec<Fig>>) -> Callback<Fig> {
    let history = history.clone();
    Callback::from(move |f: Fig| {
        let mut h = (*history).clone();
        h.push(f);
        history.set(h);
    })
}

/// "Back": the figure visited before (the first one stays).
fn back(history: &UseStateHandle<Vec<Fig>>) -> Callback<MouseEvent> {
    let history = history.clone();
    Callback::from(move |_: MouseEvent| {
        let mut h = (*history).clone();
        if h.len() > 1 {
            h.pop();
        }
        history.set(h);
    })
}

/// Notes the focused element (the opener) and returns the clean-up that focuses it again.
fn refocus_opener() -> impl FnOnce() {
    use wasm_bindgen::JsCast;
    let opener = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    move || {
        if let Some(el) = opener {
            let _ = el.focus();
        }
    }
}

/// A focus guard's handler: focus goes back into the dialog (its close button when `backwards`).
fn focus_guard(node: &NodeRef, backwards: bool) -> Callback<FocusEvent> {
    let node = node.clone();
    Callback::from(move |_: FocusEvent| {
        let Some(dialog) = node.cast::<web_sys::HtmlElement>() else { return };
        let close = dialog.query_selector("#trail-close").ok().flatten().and_then(|e| {
            use wasm_bindgen::JsCast;
            e.dyn_into::<web_sys::HtmlElement>().ok()
        });
        let _ = match (backwards, close) {
            (true, Some(close)) => close.focus(),
            _ => dialog.focus(),
        };
    })
}

/// A heading over a list of figures, each a link to its trail with its value; nothing when empty.
fn fig_list(
    heading: &'static str,
    figs: Vec<Fig>,
    doc: &Document,
    trail: &Trail,
    lang: Lang,
    go: &Callback<Fig>,
) -> Html {
    let value = |f: Fig| trail.get(f).map_or_else(String::new, |n| operand(&n.value, lang));
    html! {
        if !figs.is_empty() {
            <h3>{ heading }</h3>
            <ul class="trail-list">{ for figs.into_iter().map(|f| html! {
                <li>{ fig_link(f, label(f, doc, lang), value(f), go) }</li>
            }) }</ul>
        }
    }
}

/// The figure's formula and value, what it is made of and what it is used in.
fn trail_body(at: Fig, doc: &Document, trail: &Trail, lang: Lang, go: &Callback<Fig>) -> Html {
    let t = |k: T| k.in_lang(lang);
    let Some(n) = trail.get(at) else { return html! { <p>{ t(T::TrailNone) }</p> } };
    let parts = tokens(&n.expr, trail, doc, lang);
    let mut inputs = refs(&n.expr);
    inputs.dedup();
    let used = trail.used_by(at);
    html! {
        <>
            <p class="trail-formula" id="trail-formula" aria-label={formula_text(at, trail, doc, lang).unwrap_or_default()}>
                { formula_tokens(parts, go) }
                <span class="equals">{ " = " }</span>
                <strong class="result" id="trail-value">{ operand(&n.value, lang) }</strong>
            </p>
            { fig_list(t(T::TrailMadeOf), inputs, doc, trail, lang, go) }
            { fig_list(t(T::TrailUsedIn), used, doc, trail, lang, go) }
        </>
    }
}

/// The fine print under the trail: how to use it and how its figures are rounded.
fn trail_fine(at: Fig, trail: &Trail, lang: Lang) -> Html {
    let t = |k: T| k.in_lang(lang);
    html! {
        <p class="fine">{ t(T::TrailHelp) }{ " " }{ t(T::TrailRounded) }
            // An article's part of a shared cost: the card shows it in whole minor units.
            if matches!(at, Fig::Stage(_)) && trail.nodes.iter().any(|n| matches!(n.fig, Fig::Share(_))) {
                { " " }{ crate::i18n::P::TrailShareRounded.in_lang(lang) }
            }
        </p>
    }
}

/// The formula of one figure, with links down to its inputs and up to what uses it.
#[function_component]
pub fn TrailDialog(p: &TrailProps) -> Html {
    let lang = use_ctx().lang;
    let t = |k: T| k.in_lang(lang);
    // The figures visited, so "Back" retraces the way.
    let history = use_state(|| vec![p.fig]);
    {
        let history = history.clone();
        use_effect_with(p.fig, move |&f| history.set(vec![f]));
    }
    let at = *history.last().unwrap_or(&p.fig);
    let go = visit(&history);
    let close = p.on_close.clone();
    let onkeydown = {
        let close = close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                close.emit(());
            }
        })
    };
    // When it closes, focus goes back to what opened it (the ƒ button): noted before the
    // dialog takes focus below (effects run in order).
    use_effect_with((), |_| refocus_opener());
    // Focus the dialog when it opens or moves, so keyboard users land in it.
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(at, move |_| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let (doc, trail) = (&p.doc, &p.trail);
    // Tab stays inside: a guard on each side sends focus back in (the dialog, or its close button
    // when going backwards).
    html! {
        <div class="trail-backdrop no-print" onclick={{ let c = close.clone(); Callback::from(move |_| c.emit(())) }}>
            <span tabindex="0" class="focus-guard" onfocus={focus_guard(&node, true)}></span>
            <div class="trail-dialog" role="dialog" aria-modal="true" aria-labelledby="trail-title" tabindex="-1" ref={node.clone()}
                {onkeydown} onclick={Callback::from(|e: MouseEvent| e.stop_propagation())}>
                <div class="trail-head">
                    <p class="eyebrow">{ t(T::Trail) }if !p.of.is_empty() { { " · " }<span id="trail-of">{ p.of.clone() }</span> }</p>
                    <h2 id="trail-title">{ label(at, doc, lang) }</h2>
                    <div class="trail-actions">
                        if history.len() > 1 { <button type="button" onclick={back(&history)}>{ "← " }{ t(T::TrailBack) }</button> }
                        <button type="button" id="trail-close" onclick={{ let c = close.clone(); Callback::from(move |_| c.emit(())) }}>{ t(T::Close) }</button>
                    </div>
                </div>
                { trail_body(at, doc, trail, lang, &go) }
                { trail_fine(at, trail, lang) }
            </div>
            <span tabindex="0" class="focus-guard" onfocus={focus_guard(&node, false)}></span>
        </div>
    }
}

/// The formula trail of `p.fig`, loaded on first use (`ui::shell::lazy`); the trail is built only while
/// someone looks at it, so typing stays fast.
pub fn part(p: &crate::ui::shell::lazy::TrailProps) -> Html {
    html! { <WithTrail ..p.clone() /> }
}

#[function_component]
fn WithTrail(p: &crate::ui::shell::lazy::TrailProps) -> Html {
    match &p.article {
        Some(a) => html! { <OfArticle at={a.clone()} fig={p.fig} on_close={p.on_close.clone()} /> },
        None => html! { <OfSheet ..p.clone() /> },
    }
}

#[function_component]
fn OfSheet(p: &crate::ui::shell::lazy::TrailProps) -> Html {
    let trail = use_trail(&p.doc, &p.breakdown);
    html! { <TrailDialog doc={p.doc.clone()} {trail} fig={p.fig} on_close={p.on_close.clone()} /> }
}

#[derive(Properties, PartialEq)]
struct ArticleProps {
    at: crate::ui::shell::lazy::ArticleAt,
    fig: Fig,
    on_close: Callback<()>,
}

/// The trail of an article of a quotation (`model::explain::trail::article`): with several articles it
/// goes from the article's price down to its share of the shipment's costs.
#[function_component]
fn OfArticle(p: &ArticleProps) -> Html {
    // (Not worked out: the dialog says there is no formula; the quotation's issues say why.)
    let explained = use_memo(p.at.clone(), |a| match crate::model::explain::trail::article(&a.price, a.line, a.term) {
        Some(x) => (Rc::new(x.doc), Rc::new(x.trail)),
        None => (Rc::new(Document::empty()), Rc::default()),
    });
    let (doc, trail) = (*explained).clone();
    html! { <TrailDialog {doc} {trail} fig={p.fig} on_close={p.on_close.clone()} of={p.at.title.clone()} /> }
}

/// The sheet's formula trail, built again only when the sheet changes (the trail dialog and the
/// projector, both in the workshop's chunk, build it for themselves).
#[hook]
pub fn use_trail(doc: &Rc<Document>, breakdown: &Rc<crate::model::cost::compute::Breakdown>) -> Rc<Trail> {
    use_memo(doc.clone(), {
        let b = breakdown.clone();
        move |d| crate::model::explain::trail::build(d, &b, &crate::ui::shell::lazy::quote_of(d))
    })
}
