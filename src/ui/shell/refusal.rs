//! A refused file, backup or link, said in the user's language: one sentence, one line per
//! offending field, and the parser's own text only behind a "details" toggle.

use crate::codec::LoadError;
use crate::i18n::{load_message, Lang, T};
use yew::prelude::*;

/// The message for a refused document, to sit inside a notice; `id` names the element for tests
/// and screen readers.
pub fn view(e: &LoadError, lang: Lang, id: impl Into<AttrValue>) -> Html {
    let id: AttrValue = id.into();
    let m = load_message(e, lang);
    html! {
        <div class="refused" {id}>
            <p>{ m.summary }</p>
            if !m.lines.is_empty() {
                <ul class="problems">{ for m.lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }</ul>
            }
            if let Some(d) = m.detail {
                <details><summary>{ T::TechDetails.in_lang(lang) }</summary><code>{ d }</code></details>
            }
        </div>
    }
}
