//! A hidden answer of the workshop's exercise: "?" in a figure's place, read aloud as "jawaban
//! disembunyikan". The price bar, the workshop tab and the projector draw it with this.

use crate::i18n::coach::hidden_label;
use crate::i18n::Lang;
use yew::prelude::*;

/// "?" for a hidden answer.
pub fn masked(lang: Lang) -> Html {
    masked_as("", lang)
}

/// "?" for a hidden answer, with a class of its own besides (the price bar's HPP: `hpp-masked`).
pub fn masked_as(class: &'static str, lang: Lang) -> Html {
    html! { <span class={classes!("hidden-answer", (!class.is_empty()).then_some(class))} role="img" aria-label={hidden_label(lang)}>{ "?" }</span> }
}

/// `shown`, or "?" when `hidden`.
pub fn or_masked(hidden: bool, shown: impl Into<Html>, lang: Lang) -> Html {
    if hidden {
        masked(lang)
    } else {
        shown.into()
    }
}
