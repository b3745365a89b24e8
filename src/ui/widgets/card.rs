//! A card of the sheet: a section with its heading. On a phone (screen ≤ 760 px, in CSS) it folds
//! to one line, its heading and `model::explain::outline`'s line ("Bahan baku · 12 baris · Rp117.908 /
//! pasang"). The card that needs the user first opens by itself when its tab is shown; a tap opens
//! or folds any card, and that choice holds while the tab stays open. On wider screens and in
//! print every card is open and the fold button is hidden.

use yew::prelude::*;

/// Which card of the sheet (`model::explain::outline::Card`); its heading id is `heading(which)`.
pub use crate::model::explain::outline::Card as Which;

/// How a card starts on a phone: its folded line, and whether it opens by itself.
#[derive(Clone, PartialEq, Default)]
pub struct Fold {
    pub line: AttrValue,
    pub open: bool,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Which card: its heading's id is `heading(which)` ("h-materials"), the section's
    /// "h-materials-card".
    pub which: Which,
    pub title: AttrValue,
    pub fold: Fold,
    /// Beside the heading: a subtotal or a button.
    #[prop_or_default]
    pub head: Html,
    #[prop_or_default]
    pub children: Html,
}

#[function_component]
pub fn Card(p: &Props) -> Html {
    let id = heading(p.which);
    let open = use_state_eq(|| p.fold.open);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let section = format!("{id}-card");
    html! {
        <section id={section.clone()} class={classes!("card", (!*open).then_some("folded"))} aria-labelledby={id}>
            <div class="card-head">
                <h2 {id}>{ p.title.clone() }</h2>
                { p.head.clone() }
                // Named by the heading and the line: "Bahan baku 13 baris · Rp117.908 / pasang".
                <button type="button" class="fold" aria-expanded={open.to_string()} aria-controls={section}
                    aria-labelledby={format!("{id} {id}-line")} onclick={toggle}>
                    <span class="fold-line" id={format!("{id}-line")}>{ p.fold.line.clone() }</span>
                </button>
            </div>
            { p.children.clone() }
        </section>
    }
}

/// The heading id of each card that folds (the guide's steps point at headings).
pub fn heading(card: Which) -> &'static str {
    use Which::*;
    match card {
        Article => "h-article",
        Rates => "h-rates",
        Materials => "h-materials",
        Labour => "h-labour",
        Overhead => "h-overhead",
        OneOff => "h-oneoff",
        Terms => "h-terms",
        Sizes => "h-sizes",
        Shipping => "h-shipping",
        ExportCosts => "h-export",
        Cash => "h-cash",
        Broker => "h-broker",
        QuoteDetails => "h-quote-details",
    }
}

/// Each card's fold on a phone: its line in the language, and open when it is the first card
/// that needs the user (`model::explain::outline`) or the card the running guide points at (`guided`:
/// opening it later would move the page under the reader).
pub fn folds<const N: usize>(
    lines: &[crate::model::explain::outline::CardLine],
    lang: crate::i18n::Lang,
    guided: Option<Which>,
) -> [Fold; N] {
    let first = crate::model::explain::outline::first_open(lines);
    std::array::from_fn(|i| {
        lines.get(i).map_or_else(Default::default, |l| Fold {
            line: crate::i18n::outline::line(l, lang).into(),
            open: Some(l.card) == first || Some(l.card) == guided,
        })
    })
}

/// Opens the folded card whose heading is `heading` (the guide's steps point at headings).
pub fn unfold(heading: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let button =
        heading.parent_element().and_then(|head| head.query_selector(".fold[aria-expanded=false]").ok().flatten());
    if let Some(b) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
        b.click();
    }
}
