//! "Not ready means not sendable": one block that says why a quote may not go out yet — a field
//! holding a refused entry, a cost left out, a term lacking an input — shown in the price panel,
//! instead of the buyer link and QR code, and instead of the printed quotation.

use crate::i18n::{self, P, T};
use crate::model::export::quote::Quote;
use crate::model::sheet::document::Document;
use crate::ui::shell::state::{use_ctx, Ctx};
use std::rc::Rc;
use yew::prelude::*;

/// Ready to send: the quote is complete and no field holds a refused entry.
pub fn ready(ctx: &Ctx, quote: &Quote) -> bool {
    quote.is_ready() && ctx.refused.is_empty(ctx.generation)
}

/// "sementara" beside a price that is not ready to send (`ready`), wherever a price is shown: the
/// price panel, the workshop's live price, the projector's header, the markup view.
pub fn provisional_tag(ctx: &Ctx, quote: &Quote, id: &'static str) -> Html {
    if ready(ctx, quote) || quote.tiers.first().and_then(|t| t.unit_price).is_none() {
        return html! {};
    }
    html! { <span class="provisional-tag" {id}>{ P::Provisional.in_lang(ctx.lang) }</span> }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub doc: Rc<Document>,
    pub quote: Rc<Quote>,
    pub id: AttrValue,
}

/// Nothing when the quote is ready; otherwise "Not ready to send" and the list of what to fix.
#[function_component]
pub fn NotReadyBlock(p: &Props) -> Html {
    let ctx = use_ctx();
    if ready(&ctx, &p.quote) {
        return html! {};
    }
    let lang = ctx.lang;
    // Refused entries first; the rest of the list comes from the quote.
    let lines = i18n::not_ready_lines(&p.doc, &p.quote, lang);
    html! {
        <div class="not-ready" role="status" id={p.id.clone()}>
            <strong>{ T::NotReady.in_lang(lang) }</strong>{ " · " }{ P::NotReadyHelp.in_lang(lang) }
            <ul>
                { refused_items(&ctx) }
                <>{ for lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }</>
            </ul>
        </div>
    }
}

/// The fields holding a refused entry, as list items, each with a way to drop it when its field
/// is gone (a method or mode switched away). Every screen that withholds a link or a print over
/// a refused entry lists them with this.
pub fn refused_items(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    html! {
        <>{ for ctx.refused.list(ctx.generation).into_iter().map(|(field, label)| html! {
            <li>
                { format!("{label}: {} ", T::FieldRefused.in_lang(lang)) }
                <button type="button" class="link discard" onclick={ctx.report.reform(move |_| crate::format::refused::RefusedAction::Discard(field))}>
                    { P::DiscardEntry.in_lang(lang) }
                </button>
            </li>
        }) }</>
    }
}
