//! The colourways card (issue 14): variants of the article that change some material lines
//! (black leather, another sole) without copying the sheet, each with its cost per pair from
//! `compute` on `Document::colourway`. A quotation's line can then name one. Folded by the
//! browser (`<details>`) until opened: most sheets have none.

use crate::format::refused::FieldId;
use crate::i18n::{P, T};
use crate::model::cost::compute::compute;
use crate::model::rules::Num;
use crate::model::sheet::document::{Document, LineChange, Variant};
use crate::model::sheet::edit::Edit;
use crate::ui::shell::state::use_ctx;
use crate::ui::widgets::fields::{NumberField, TextField};
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

/// An edit of the sheet's colourways: the list changed by `f` (given the sheet and the field's
/// value), sent up whole as `Edit::Variants` and checked like any edit.
fn change<T: 'static>(
    doc: &Rc<Document>,
    edit: &Callback<Edit>,
    f: impl Fn(&mut Vec<Variant>, &Document, T) + 'static,
) -> Callback<T> {
    let (doc, edit) = (doc.clone(), edit.clone());
    Callback::from(move |v: T| {
        let mut all = doc.variants.clone();
        f(&mut all, &doc, v);
        edit.emit(Edit::Variants(all));
    })
}

/// Colourway `id` of the list, to change.
fn variant(all: &mut [Variant], id: u32) -> Option<&mut Variant> {
    all.iter_mut().find(|x| x.id == id)
}

/// Change `k` of colourway `id`.
fn change_at(all: &mut [Variant], id: u32, k: usize) -> Option<&mut LineChange> {
    variant(all, id).and_then(|x| x.changes.get_mut(k))
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub doc: Rc<Document>,
}

#[function_component]
pub fn ColourwaysCard(p: &Props) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let (t, tp) = (|k: T| k.in_lang(lang), |k: P| k.in_lang(lang));
    let d = &p.doc;
    let add = change(&p.doc, &ctx.edit, |all, d, _: MouseEvent| {
        all.push(Variant { id: d.next_id(), name: String::new(), code: String::new(), changes: Vec::new() });
    });
    let costs = use_memo(p.doc.clone(), |d| {
        d.variants.iter().map(|v| d.colourway(v.id).map(|c| compute(&c).per_pair)).collect::<Vec<_>>()
    });
    html! {
        <details class="card colourways" id="colourways" open={!d.variants.is_empty()}>
            <summary><h2 id="h-colourways">{ t(T::Colourways) }{ format!(" ({})", d.variants.len()) }</h2></summary>
            <p class="help">{ tp(P::ColourwaysHelp) }</p>
            <>{ for d.variants.iter().enumerate().map(|(i, v)| {
                let vid = v.id;
                let field = |f: fn(&mut Variant, String)| {
                    change(&p.doc, &ctx.edit, move |all, _, text: String| if let Some(x) = variant(all, vid) { f(x, text) })
                };
                let remove = change(&p.doc, &ctx.edit, move |all, _, _: MouseEvent| all.retain(|x| x.id != vid));
                let add_change = change(&p.doc, &ctx.edit, move |all, d, _: MouseEvent| {
                    if let Some(x) = variant(all, vid) {
                        // The first material this colourway does not change yet, at its price.
                        if let Some(m) = d.materials.iter().find(|m| !x.changes.iter().any(|c| c.line == m.id)) {
                            x.changes.push(LineChange::price_of(m));
                        }
                    }
                });
                html! {
                    <div class="colourway" id={format!("cw-{vid}")}>
                        <div class="grid g3">
                            <TextField id={format!("cw-{vid}-name")} label={tp(P::ColourwayName)} value={v.name.clone()} placeholder="Hitam / Black" onchange={field(|x, s| x.name = s)} />
                            <TextField id={format!("cw-{vid}-code")} label={tp(P::ColourwayCode)} value={v.code.clone()} onchange={field(|x, s| x.code = s)} />
                            <p class="derived" id={format!("cw-{vid}-cost")}>{ tp(P::ColourwayCost) }{ ": " }<strong>{ costs.get(i).copied().flatten().map(|m| crate::format::format_money(m, lang.number_style())).unwrap_or_default() }</strong></p>
                        </div>
                        <>{ for v.changes.iter().enumerate().map(|(k, c)| {
                            let line_of = d.materials.iter().find(|m| m.id == c.line);
                            let on_line = change(&p.doc, &ctx.edit, move |all, d, e: Event| {
                                let i = usize::try_from(e.target_unchecked_into::<web_sys::HtmlSelectElement>().selected_index()).ok();
                                if let (Some(m), Some(ch)) = (i.and_then(|i| d.materials.get(i)), change_at(all, vid, k)) { *ch = LineChange::price_of(m); }
                            });
                            let on_price = change(&p.doc, &ctx.edit, move |all, _, price: Decimal| if let Some(ch) = change_at(all, vid, k) { ch.unit_price = Some(price); });
                            let drop = change(&p.doc, &ctx.edit, move |all, _, _: MouseEvent| {
                                if let Some(x) = variant(all, vid) { if k < x.changes.len() { x.changes.remove(k); } }
                            });
                            html! {
                                <div class="grid g3 colourway-change">
                                    <div class="field choice compact">
                                        <label for={format!("cw-{vid}-line-{k}")}>{ tp(P::ChangeLine) }</label>
                                        <select id={format!("cw-{vid}-line-{k}")} onchange={on_line}>
                                            { for d.materials.iter().map(|m| html! { <option selected={m.id == c.line}>{ if m.name.is_empty() { format!("#{}", m.id) } else { m.name.clone() } }</option> }) }
                                        </select>
                                    </div>
                                    <NumberField field={FieldId::ColourwayPrice(vid, k)} label={tp(P::NewPrice)} value={c.unit_price} rule={Num::UnitPrice.rule()} compact=true
                                        suffix={line_of.map(|m| AttrValue::from(c.currency.unwrap_or(m.currency).code()))} onchange={on_price} />
                                    <button type="button" class="danger" onclick={drop}>{ t(T::Remove) }</button>
                                </div>
                            }
                        }) }</>
                        <div class="row-actions">
                            <button type="button" class="add" id={format!("cw-{vid}-add-change")} onclick={add_change}>{ tp(P::AddChange) }</button>
                            <button type="button" class="danger" onclick={remove}>{ t(T::Remove) }</button>
                        </div>
                    </div>
                }
            }) }</>
            <button type="button" class="add" id="add-colourway" onclick={add}>{ tp(P::AddColourway) }</button>
        </details>
    }
}
