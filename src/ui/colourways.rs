//! The colourways card (issue 14): variants of the article that change some material lines
//! (black leather, another sole) without copying the sheet, each with its cost per pair from
//! `compute` on `Document::colourway`. A quotation's line can then name one. Folded by the
//! browser (`<details>`) until opened: most sheets have none.

use crate::i18n::{P, T};
use crate::model::compute::compute;
use crate::model::document::{Document, LineChange, Variant};
use crate::model::edit::Edit;
use crate::model::rules::Num;
use crate::ui::fields::{NumberField, TextField};
use crate::ui::state::use_ctx;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

/// A change of the colourway list, given the list and the sheet.
type Change = Rc<dyn Fn(&mut Vec<Variant>, &Document)>;

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
    // Every change goes up as the whole list (`Edit::Variants`), checked like any edit.
    let with = |f: Change| {
        let (doc, edit) = (p.doc.clone(), ctx.edit.clone());
        move || {
            let mut v = doc.variants.clone();
            f(&mut v, &doc);
            edit.emit(Edit::Variants(v));
        }
    };
    let add = {
        let go = with(Rc::new(|v: &mut Vec<Variant>, d: &Document| {
            v.push(Variant { id: d.next_id(), name: String::new(), code: String::new(), changes: Vec::new() });
        }));
        Callback::from(move |_: MouseEvent| go())
    };
    let costs = use_memo(p.doc.clone(), |d| {
        d.variants.iter().map(|v| d.colourway(v.id).map(|c| compute(&c).per_pair)).collect::<Vec<_>>()
    });
    html! {
        <details class="card colourways" id="colourways" open={!d.variants.is_empty()}>
            <summary><h2 id="h-colourways">{ t(T::Colourways) }{ format!(" ({})", d.variants.len()) }</h2></summary>
            <p class="help">{ tp(P::ColourwaysHelp) }</p>
            { for d.variants.iter().enumerate().map(|(i, v)| {
                let vid = v.id;
                let field = |f: fn(&mut Variant, String)| {
                    let (doc, edit) = (p.doc.clone(), ctx.edit.clone());
                    Callback::from(move |text: String| {
                        let mut all = doc.variants.clone();
                        if let Some(x) = all.iter_mut().find(|x| x.id == vid) { f(x, text); }
                        edit.emit(Edit::Variants(all));
                    })
                };
                let remove = { let go = with(Rc::new(move |all: &mut Vec<Variant>, _: &Document| all.retain(|x| x.id != vid))); Callback::from(move |_: MouseEvent| go()) };
                let add_change = { let go = with(Rc::new(move |all: &mut Vec<Variant>, d: &Document| {
                    if let Some(x) = all.iter_mut().find(|x| x.id == vid) {
                        // The first material this colourway does not change yet, at its price.
                        if let Some(m) = d.materials.iter().find(|m| !x.changes.iter().any(|c| c.line == m.id)) {
                            x.changes.push(LineChange { line: m.id, name: None, net_consumption: None, unit_price: Some(m.unit_price), currency: None });
                        }
                    }
                })); Callback::from(move |_: MouseEvent| go()) };
                html! {
                    <div class="colourway" id={format!("cw-{vid}")}>
                        <div class="grid g3">
                            <TextField id={format!("cw-{vid}-name")} label={tp(P::ColourwayName)} value={v.name.clone()} placeholder="Hitam / Black" onchange={field(|x, s| x.name = s)} />
                            <TextField id={format!("cw-{vid}-code")} label={tp(P::ColourwayCode)} value={v.code.clone()} onchange={field(|x, s| x.code = s)} />
                            <p class="derived" id={format!("cw-{vid}-cost")}>{ tp(P::ColourwayCost) }{ ": " }<strong>{ costs.get(i).copied().flatten().map(|m| crate::format::format_money(m, lang.number_style())).unwrap_or_default() }</strong></p>
                        </div>
                        { for v.changes.iter().enumerate().map(|(k, c)| {
                            let line_of = d.materials.iter().find(|m| m.id == c.line);
                            let on_line = { let (doc, edit) = (p.doc.clone(), ctx.edit.clone()); Callback::from(move |e: Event| {
                                let i = e.target_unchecked_into::<web_sys::HtmlSelectElement>().selected_index();
                                let Some(m) = usize::try_from(i).ok().and_then(|i| doc.materials.get(i)) else { return };
                                let mut all = doc.variants.clone();
                                if let Some(ch) = all.iter_mut().find(|x| x.id == vid).and_then(|x| x.changes.get_mut(k)) {
                                    *ch = LineChange { line: m.id, name: None, net_consumption: None, unit_price: Some(m.unit_price), currency: None };
                                }
                                edit.emit(Edit::Variants(all));
                            }) };
                            let on_price = { let (doc, edit) = (p.doc.clone(), ctx.edit.clone()); Callback::from(move |price: Decimal| {
                                let mut all = doc.variants.clone();
                                if let Some(ch) = all.iter_mut().find(|x| x.id == vid).and_then(|x| x.changes.get_mut(k)) { ch.unit_price = Some(price); }
                                edit.emit(Edit::Variants(all));
                            }) };
                            let drop = { let go = with(Rc::new(move |all: &mut Vec<Variant>, _: &Document| {
                                if let Some(x) = all.iter_mut().find(|x| x.id == vid) { if k < x.changes.len() { x.changes.remove(k); } }
                            })); Callback::from(move |_: MouseEvent| go()) };
                            html! {
                                <div class="grid g3 colourway-change">
                                    <div class="field choice compact">
                                        <label for={format!("cw-{vid}-line-{k}")}>{ tp(P::ChangeLine) }</label>
                                        <select id={format!("cw-{vid}-line-{k}")} onchange={on_line}>
                                            { for d.materials.iter().map(|m| html! { <option selected={m.id == c.line}>{ if m.name.is_empty() { format!("#{}", m.id) } else { m.name.clone() } }</option> }) }
                                        </select>
                                    </div>
                                    <NumberField id={format!("cw-{vid}-price-{k}")} label={tp(P::NewPrice)} value={c.unit_price} rule={Num::UnitPrice.rule()} compact=true
                                        suffix={line_of.map(|m| AttrValue::from(c.currency.unwrap_or(m.currency).code()))} onchange={on_price} />
                                    <button type="button" class="danger" onclick={drop}>{ t(T::Remove) }</button>
                                </div>
                            }
                        }) }
                        <div class="row-actions">
                            <button type="button" class="add" id={format!("cw-{vid}-add-change")} onclick={add_change}>{ tp(P::AddChange) }</button>
                            <button type="button" class="danger" onclick={remove}>{ t(T::Remove) }</button>
                        </div>
                    </div>
                }
            }) }
            <button type="button" class="add" id="add-colourway" onclick={add}>{ tp(P::AddColourway) }</button>
        </details>
    }
}
