//! The quotation of several articles (issue 14), in the quotation tab: the library's quotations,
//! a new one from the open sheet, its lines (library sheets and their colourways, with pairs),
//! up to three terms, the key its shared costs go by and its price step; then every article's
//! exact and quoted price, what each carries of the shipment's costs, the buyer link with its
//! QR code, the A4 print (the buyer's page itself, `ui::buyer::quotation_page`) and the proforma invoice.
//!
//! The figures come from `model::quotation::combined::price`; the quotation is stored in the library
//! (`store::quotations`) on every change, never over another tab's change.

use crate::format::refused::FieldId;
use crate::i18n::{self, P, T};
use crate::model::base::incoterms::Incoterm;
use crate::model::quotation::allocation::Key;
use crate::model::quotation::edit::{ProformaEdit, QuotationEdit, QuotationText};
use crate::model::quotation::{Quotation, MAX_TERMS};
use crate::model::rules::Num;
use crate::model::sheet::document::Document;
use crate::model::sheet::id::SheetId;
use crate::share::buyer::BuyerQuote;
use crate::store::library::{self, Entry};
use crate::store::quotations::{self, Listed, Open};
use crate::ui::shell::state::use_ctx;
use crate::ui::shell::storage::WebStore;
use crate::ui::widgets::fields::{check, to_count, DateField, NumberField, TextField};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub doc: Rc<Document>,
    pub breakdown: Rc<crate::model::cost::compute::Breakdown>,
    /// The open sheet's library id.
    pub sheet_id: AttrValue,
    pub library: Rc<Vec<Entry>>,
}

thread_local! {
    /// The workshop asked for the worked order: the card opens it when it next shows.
    static EXAMPLE_ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Asks the quotation card to open the worked three-article order when it next shows (the
/// workshop's example list, which then shows the quotation tab).
pub fn ask_for_example() {
    EXAMPLE_ASKED.with(|c| c.set(true));
}

/// Adds the worked order (`examples::busan_order`) to the library, its sheets once
/// (`quotations::add_with_sheets`), to be opened; if the browser refuses, why (nothing is opened:
/// a quotation not stored would name sheets that are not there).
fn add_example(lang: crate::i18n::Lang) -> Result<Open, String> {
    let (q, sheets) = crate::model::explain::examples::busan_order();
    let now = crate::ui::shell::storage::now();
    quotations::add_with_sheets(&mut WebStore::local(), &q, &sheets, crate::ui::shell::storage::new_id, &now)
        .map(|(id, q, text)| Open { id, q, seen: Some(text), failed: None })
        .map_err(|e| i18n::store::store_error(&e, lang))
}

fn store_list() -> Listed {
    quotations::list(&WebStore::local()).unwrap_or_default()
}

/// The sheets a quotation's lines use (`ids`): the open sheet as it is on screen (its last edits
/// may not be saved yet), the others read from the library (through the file's door). Read
/// again only when the lines name other sheets or the open sheet changes, not on every edit.
fn sheets(ids: &[SheetId], open: &(String, Rc<Document>)) -> BTreeMap<SheetId, Document> {
    let s = WebStore::local();
    ids.iter()
        .filter_map(|id| match open {
            (open_id, doc) if *open_id == **id => Some((id.clone(), (**doc).clone())),
            _ => library::load(&s, id).ok().map(|st| (id.clone(), st.doc)),
        })
        .collect()
}

/// The option chosen in a `<select>`'s change event.
fn chosen(e: &Event) -> Option<usize> {
    usize::try_from(e.target_unchecked_into::<web_sys::HtmlSelectElement>().selected_index()).ok()
}

/// Keeps `cur` (this tab's version of a quotation another tab changed) as a quotation of its
/// own, its number marked as a copy in the user's language (`quotations::Open::keep_as_copy`).
fn keep_as_copy(cur: &Open, lang: i18n::Lang) -> Option<Open> {
    cur.keep_as_copy(&mut WebStore::local(), crate::ui::shell::storage::new_id(), T::CopySuffix.in_lang(lang))
}

/// Why the open quotation's last save did not happen, in the user's language.
fn save_failure(cur: &Open, lang: i18n::Lang) -> Option<AttrValue> {
    cur.failed.as_ref().map(|e| {
        AttrValue::from(match e {
            crate::store::StoreError::Changed { .. } => P::QuotationChangedElsewhere.in_lang(lang).to_string(),
            e => i18n::store::store_error(e, lang),
        })
    })
}

/// Renders the card (`ui::shell::lazy::Part::Quotations`).
pub fn part(p: &crate::ui::shell::lazy::QuoteProps) -> Html {
    html! { <QuotationsCard doc={p.doc.clone()} breakdown={p.breakdown.clone()} sheet_id={p.sheet_id.clone()} library={p.library.clone()} /> }
}

#[function_component]
pub fn QuotationsCard(p: &CardProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let tp = |k: P| k.in_lang(lang);
    let list = use_state(store_list);
    let open = use_state(|| None::<Open>);
    // Saves the open quotation after every change; another tab's change is shown, not overwritten.
    let change = {
        let (open, list, report) = (open.clone(), list.clone(), ctx.report.clone());
        Callback::from(move |edit: Option<QuotationEdit>| {
            let Some(mut cur) = (*open).clone() else { return };
            // The edit applied to the quotation as it is, and saved (`None`: saved again as it
            // is). Another tab's change meanwhile is not overwritten: this tab's version stays on
            // the page, to be dropped for theirs or kept as a copy (never lost).
            if !cur.change(&mut WebStore::local(), edit.clone()) {
                return;
            }
            open.set(Some(cur));
            list.set(store_list());
            // Fields that go with the edit (a removed line's) take their refused entries with them.
            if let Some(edit) = edit {
                report.emit(crate::format::refused::RefusedAction::QuotationEdited(edit));
            }
        })
    };
    // Keeps this tab's version of a quotation another tab changed, as a copy of its own (its
    // number marked as a copy); the other tab's stays as stored. Also done when the page goes
    // while the conflict is open, as an open sheet in the same state is.
    let keep_mine = {
        let (open, list) = (open.clone(), list.clone());
        Callback::from(move |_: ()| {
            let Some(cur) = (*open).clone() else { return };
            if let Some(copy) = keep_as_copy(&cur, lang) {
                open.set(Some(copy));
            }
            list.set(store_list());
        })
    };
    use_keep_on_leave(&open, lang);
    let new = {
        let (open, doc, list, current) = (open.clone(), p.doc.clone(), list.clone(), p.sheet_id.clone());
        Callback::from(move |_: MouseEvent| {
            let mut q = Quotation::of_sheet(&current, &doc);
            // What the sheet left empty comes from the company profile.
            if let Some(profile) = crate::ui::quote::profile::current() {
                profile.fill(&mut q.details);
            }
            open.set(Some(Open::new(&mut WebStore::local(), crate::ui::shell::storage::new_id(), q)));
            list.set(store_list());
        })
    };
    let refused = use_state_eq(|| None::<String>);
    let example = {
        let (open, list, refused) = (open.clone(), list.clone(), refused.clone());
        Callback::from(move |_: ()| {
            match add_example(lang) {
                Ok(o) => {
                    open.set(Some(o));
                    refused.set(None);
                }
                Err(why) => refused.set(Some(why)),
            }
            list.set(store_list());
        })
    };
    {
        // Asked for from the workshop: opened as the card first shows, and brought into view.
        let example = example.clone();
        use_effect_with((), move |_| {
            if EXAMPLE_ASKED.with(|c| c.replace(false)) {
                example.emit(());
                if let Some(el) =
                    web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("quotations"))
                {
                    el.scroll_into_view();
                }
            }
        });
    }
    html! {
        <section class="card quotations no-print" aria-labelledby="h-quotations" id="quotations">
            <h2 id="h-quotations">{ tp(P::Quotations) }</h2>
            <p class="help">{ tp(P::QuotationsHelp) }</p>
            <crate::ui::quote::profile::ProfileCard />
            <div class="row-actions" id="quotation-list">
                <>{ for list.quotations.iter().map(|st| open_button(st, &open, lang)) }</>
                <button type="button" class="add" id="new-quotation" onclick={new}>{ tp(P::NewQuotation) }</button>
                <button type="button" id="quotation-example" onclick={example.reform(|_: MouseEvent| ())}>{ tp(P::QuotationExample) }</button>
            </div>
            { unreadable_quotations(&list, lang) }
            if let Some(why) = &*refused { <p class="error" role="alert" id="quotation-example-error">{ "⚠ " }{ why.clone() }</p> }
            if let Some(cur) = &*open {
                <Editor key={cur.id.clone()} q={cur.q.clone()} id={AttrValue::from(cur.id.clone())} sheet={p.doc.clone()} breakdown={p.breakdown.clone()} sheet_id={p.sheet_id.clone()} library={p.library.clone()} error={save_failure(cur, lang)}
                    onchange={change.reform(Some)} onretry={change.reform(|()| None)}
                    onkeep={cur.in_conflict().then(|| keep_mine.reform(|_: MouseEvent| ()))}
                    ontake={cur.in_conflict().then(|| take_theirs(&open, &list))}
                    onclose={close(&open, &list)} />
            }
        </section>
    }
}

/// The stored quotations that fail their checks, each said with why; kept as they are, their
/// text can be taken away to repair, or they can be deleted (issue 27 #13).
fn unreadable_quotations(list: &UseStateHandle<Listed>, lang: i18n::Lang) -> Html {
    let tp = |k: P| k.in_lang(lang);
    html! {
        <>{ for list.unreadable.iter().map(|(id, e)| {
            let key = format!("{}{id}", quotations::PREFIX);
            let download = { let (key, id) = (key.clone(), id.clone()); Callback::from(move |_: MouseEvent| {
                use crate::store::KeyValue;
                if let Ok(Some(text)) = WebStore::local().get(&key) {
                    crate::ui::shell::files::download_text(&format!("tapak-quotation-{id}.json"), &text);
                }
            }) };
            let delete = { let (id, list) = (id.clone(), list.clone()); Callback::from(move |_: MouseEvent| {
                let sure = web_sys::window().and_then(|w| w.confirm_with_message(&format!("{} {id}?", P::DeleteQuotation.in_lang(lang))).ok()).unwrap_or(false);
                if sure && quotations::remove(&mut WebStore::local(), &id).is_ok() {
                    list.set(store_list());
                }
            }) };
            html! {
                <div class="notice" role="status" id={format!("quotation-unreadable-{id}")}>
                    <p><strong>{ tp(P::QuotationUnreadable) }</strong>{ " " }<code>{ id.clone() }</code></p>
                    { crate::ui::shell::refusal::view(e, lang, format!("quotation-unreadable-{id}-why")) }
                    <div class="row-actions">
                        <button type="button" onclick={download}>{ tp(P::DownloadItsText) }</button>
                        <button type="button" class="danger" onclick={delete}>{ tp(P::DeleteQuotation) }</button>
                    </div>
                </div>
            }
        }) }</>
    }
}

/// The page going (closed, reloaded, navigated away) with a quotation's conflict open: this
/// tab's version is kept as a copy, as an open sheet's is.
#[hook]
fn use_keep_on_leave(open: &UseStateHandle<Option<Open>>, lang: i18n::Lang) {
    let latest = use_mut_ref(|| None::<Open>);
    *latest.borrow_mut() = (**open).clone();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|w| {
            gloo::events::EventListener::new(&w, "pagehide", move |_| {
                if let Some(cur) = latest.borrow().as_ref().filter(|c| c.in_conflict()) {
                    let _ = keep_as_copy(cur, lang);
                }
            })
        });
        move || drop(listener)
    });
}

/// A stored quotation's button: its number (or id) and how many articles, to open it.
fn open_button(st: &quotations::Stored, open: &UseStateHandle<Option<Open>>, lang: i18n::Lang) -> Html {
    let tp = |k: P| k.in_lang(lang);
    let number = if st.quotation.details.number.is_empty() { &st.id } else { &st.quotation.details.number };
    let label = format!("{} {number} · {} {}", tp(P::OpenQuotation), st.quotation.lines.len(), tp(P::Articles));
    let (open, st) = (open.clone(), st.clone());
    html! { <button type="button" class="open-quotation" onclick={Callback::from(move |_| open.set(Some(Open::stored(&st))))}>{ label }</button> }
}

/// Another tab's version of the open quotation, as stored now; gone there: closed here too.
fn take_theirs(open: &UseStateHandle<Option<Open>>, list: &UseStateHandle<Listed>) -> Callback<MouseEvent> {
    let (open, list) = (open.clone(), list.clone());
    Callback::from(move |_: MouseEvent| {
        let Some(cur) = (*open).clone() else { return };
        open.set(cur.theirs(&WebStore::local()));
        list.set(store_list());
    })
}

/// Closes the open quotation, deleting it first when asked (`true`).
fn close(open: &UseStateHandle<Option<Open>>, list: &UseStateHandle<Listed>) -> Callback<bool> {
    let (open, list) = (open.clone(), list.clone());
    Callback::from(move |delete: bool| {
        if delete {
            if let Some(cur) = &*open {
                let _ = quotations::remove(&mut WebStore::local(), &cur.id);
            }
        }
        open.set(None);
        list.set(store_list());
    })
}

#[derive(Properties, PartialEq)]
struct EditorProps {
    q: Quotation,
    /// The open sheet, as on screen, its figures and its library id.
    sheet: Rc<Document>,
    breakdown: Rc<crate::model::cost::compute::Breakdown>,
    sheet_id: AttrValue,
    /// The library's sheets (the session's list, read again after each of its actions and
    /// another tab's write).
    library: Rc<Vec<Entry>>,
    id: AttrValue,
    error: Option<AttrValue>,
    /// Every change, as an edit the card applies to the quotation as it then is.
    onchange: Callback<QuotationEdit>,
    /// Save the quotation again as it is (after storage was full).
    onretry: Callback<()>,
    /// Another tab changed the quotation: take its version.
    ontake: Option<Callback<MouseEvent>>,
    /// Another tab changed the quotation: keep this tab's as a copy.
    onkeep: Option<Callback<MouseEvent>>,
    /// `true`: delete it.
    onclose: Callback<bool>,
}

/// "FOB Tanjung Perak, Surabaya".
fn term_place(q: &Quotation, term: Incoterm) -> String {
    format!("{} {}", term.code(), q.named_place(term)).trim().to_string()
}

#[function_component]
fn Editor(p: &EditorProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    let q = &p.q;
    // The library as the session holds it, each sheet named so that two of the same name can be
    // told apart.
    let entries = &*p.library;
    let labels = crate::store::library::distinct_labels(entries);
    let mut ids: Vec<SheetId> = q.lines.iter().map(|l| l.sheet.clone()).collect();
    ids.sort();
    ids.dedup();
    // Read again when the library's entries change (a sheet deleted or saved elsewhere).
    let stamp: Vec<(SheetId, String)> = entries.iter().map(|e| (e.id.clone(), e.updated.clone())).collect();
    let library = use_memo((ids, p.sheet.clone(), p.sheet_id.clone(), stamp), |(ids, sheet, id, _)| {
        sheets(ids, &(id.to_string(), sheet.clone()))
    });
    let priced = use_memo((q.clone(), library.clone()), |(q, lib)| crate::model::quotation::combined::price(q, lib));
    // The article and term whose formula trail is open (`model::explain::trail::article`).
    // (By the line's id and the term, not their places: the dialog closes if either goes.)
    let explaining: Explaining = use_state_eq(|| None);
    let today = crate::ui::shell::storage::today().to_string();
    // The PI's words: those kept with the quotation, else what a new PI would say.
    let pi = q.proforma.clone().unwrap_or_else(|| {
        crate::model::quotation::proforma::ProformaDetails::from_quotation(&q.details, &q.destination_place, &today)
    });
    let trail_dialog = trail_dialog(p, &priced, &explaining);
    let issued = use_memo((q.clone(), priced.clone()), |(q, priced)| BuyerQuote::issue_quotation(q, priced).ok());
    // Held while a field holds a refused entry, or while this version is not the stored one
    // because another tab changed it (its link would carry figures no one kept).
    let held = !ctx.refused.is_empty(ctx.generation) || p.ontake.is_some();
    let base = crate::share::address::link_base(
        &web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default(),
        crate::ui::shell::storage::load_published().as_deref(),
    );
    let url =
        issued.as_ref().as_ref().and_then(crate::share::link::encode_buyer).map(|l| format!("{}#q={l}", base.base));
    let code = url.as_deref().and_then(crate::share::qr::encode);
    let title = i18n::notes::share_title(
        &q.details.number,
        &match priced.lines.as_slice() {
            [one] => one.sheet.article.name.clone(),
            lines => format!("{} {}", lines.len(), tp(P::Articles)),
        },
    );
    let sending = use_sending(q, issued.clone(), base.base.clone(), title.clone(), p.onchange.clone());
    let pi_quote =
        use_memo((issued.clone(), pi.clone()), |(b, pi)| b.as_ref().as_ref().and_then(|b| b.proforma_of(pi)));
    let pi_url =
        pi_quote.as_ref().as_ref().and_then(crate::share::link::encode_buyer).map(|l| format!("{}#q={l}", base.base));
    let printing = use_state(|| None::<Printed>);
    let print = |what: Printed| print_action(what, &printing, q, &p.onchange, lang);
    let line_name = |n: u32| q.line_title(n, &library);
    html! {
        <div class="quotation-editor" id="quotation-editor">
            { save_notice(p, lang) }
            { heading_fields(q, &p.onchange, lang) }
            <h3>{ tp(P::ArticlesHeading) }</h3>
            { quote_lines(q, entries, &labels, &library, &p.onchange, lang) }
            { prices_table(q, &priced, &explaining, lang) }
            { trail_dialog }
            // The shipment of all the articles together (one article: its own).
            if let Some(s) = &priced.shipment {
                { crate::ui::export::shipment_facts("quotation-shipment", s, priced.pairs(), lang) }
            }
            { shares_table(&priced, &explaining, lang) }
            if !priced.blockers().is_empty() {
                <div class="not-ready" role="status" id="quotation-issues">
                    <ul>{ for priced.blockers().iter().map(|i| html! { <li>{ i18n::quotation::quotation_issue(i, lang, &line_name) }</li> }) }</ul>
                </div>
            }
            // A refused entry anywhere (here, the PI, the profile or the open sheet) holds the
            // link and the prints: their figures would use the last accepted value unseen.
            if held && issued.is_some() {
                <div class="not-ready" role="status" id="quotation-held">
                    <strong>{ t(T::NotReady) }</strong>{ " · " }{ tp(P::NotReadyHelp) }
                    <ul>{ crate::ui::shell::readiness::refused_items(&ctx) }</ul>
                </div>
            }
            if let (Some(url), true, false) = (&url, issued.is_some(), held) {
                { link_section(q, url, code.as_ref(), &title, &sending, print(Printed::Quotation), lang) }
            }
            if let Some(b) = issued.as_ref() {
                { proforma_fields(&pi, b, &today, &p.onchange, lang) }
                if let (Some(pi_url), Some(pq), Some(url), false) = (&pi_url, pi_quote.as_ref(), &url, held) {
                    { pi_link(pi_url, pq, b, url, *printing, print(Printed::Proforma), lang) }
                }
            }
            <div class="row-actions">
                <button type="button" id="close-quotation" onclick={p.onclose.reform(|_| false)}>{ tp(P::CloseQuotation) }</button>
                <button type="button" class="danger" id="delete-quotation" onclick={p.onclose.reform(|_| true)}>{ tp(P::DeleteQuotation) }</button>
            </div>
        </div>
    }
}

/// The quotation's own words: number, date, buyer and destination, the words from the profile
/// and the standard phrases, the terms, how shared costs are split, and the price step.
fn heading_fields(q: &Quotation, onchange: &Callback<QuotationEdit>, lang: i18n::Lang) -> Html {
    let (t, tp) = (|k: T| k.in_lang(lang), |k: P| k.in_lang(lang));
    let text = |id: &'static str, label: P, value: &str, field: QuotationText| {
        html! { <TextField {id} label={tp(label)} value={value.to_string()} onchange={onchange.reform(move |v| QuotationEdit::Text(field, v))} /> }
    };
    html! {
        <>
            <div class="grid g3">
                { text("qn-number", P::QuoteNumber, &q.details.number, QuotationText::Number) }
                <DateField field={FieldId::Card("qn-date")} label={t(T::QuoteDate)} value={AttrValue::from(q.details.date.clone())}
                    onchange={onchange.reform(|v| QuotationEdit::Text(QuotationText::Date, v))} />
                { text("qn-buyer", P::Buyer, &q.details.buyer.name, QuotationText::Buyer) }
                { text("qn-destination", P::DestinationPlace, &q.destination_place, QuotationText::Destination) }
            </div>
            <div class="row-actions">
                <button type="button" id="qn-from-profile" onclick={{ let onchange = onchange.clone(); Callback::from(move |_: MouseEvent| if let Some(profile) = crate::ui::quote::profile::current() { onchange.emit(QuotationEdit::FromProfile(Box::new(profile))); }) }}>{ tp(P::FromProfile) }</button>
            </div>
            <crate::ui::widgets::phrases::Words of={crate::format::refused::WordsOf::Quotation} details={q.details.clone()}
                onchange={onchange.reform(QuotationEdit::Words)} />
            <div class="grid g3">
                <>{ for (0..MAX_TERMS).map(|k| term_select(q, k, onchange, lang)) }</>
                { crate::ui::widgets::fields::select("qn-key".into(), tp(P::ShareKey), q.key, &Key::ALL, move |k| i18n::quotation::key_name(k, lang).to_string(), true,
                    onchange.reform(QuotationEdit::Key)) }
                <NumberField field={FieldId::Card("qn-step")} label={t(T::PriceStep)} value={q.price_step} rule={Num::PriceStep.rule()} compact=true suffix={AttrValue::from(q.currency.code())}
                    placeholder={AttrValue::from(tp(P::EmptyNotEntered))}
                    onchange_optional={Some(onchange.reform(QuotationEdit::PriceStep))} />
                { check("qn-step-up".into(), tp(P::RoundUp), q.step_up, onchange.reform(QuotationEdit::StepUp)) }
            </div>
        </>
    }
}

/// The quotation's `k`-th term: up to three selects, the second and third may be empty.
fn term_select(q: &Quotation, k: usize, onchange: &Callback<QuotationEdit>, lang: i18n::Lang) -> Html {
    let tp = |k: P| k.in_lang(lang);
    let current = q.terms.get(k).copied();
    let onchange = onchange.reform(move |e: Event| {
        // The first select has no empty option.
        let term = chosen(&e).and_then(|i| if k == 0 { Some(i) } else { i.checked_sub(1) });
        QuotationEdit::Term(k, term.and_then(|i| Incoterm::ALL.get(i)).copied())
    });
    let id = format!("qn-term-{}", k + 1);
    html! {
        <div class="field choice compact">
            <label for={id.clone()}>{ format!("{} {}", tp(P::TermN), k + 1) }</label>
            <select {id} {onchange}>
                if k > 0 { <option selected={current.is_none()}>{ tp(P::NoTerm) }</option> }
                <>{ for Incoterm::ALL.iter().map(|&o| html! { <option selected={Some(o) == current}>{ term_place(q, o) }</option> }) }</>
            </select>
        </div>
    }
}

/// The quotation's articles: each line's sheet (by id), colourway, pairs and further quantities.
fn quote_lines(
    q: &Quotation,
    entries: &[Entry],
    labels: &[String],
    library: &BTreeMap<crate::model::sheet::id::SheetId, Document>,
    onchange: &Callback<QuotationEdit>,
    lang: i18n::Lang,
) -> Html {
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    html! {
        <div class="quote-lines">
            <>{ for q.lines.iter().map(|l| {
                let lid = l.id;
                let sheet_doc = library.get(&l.sheet);
                // Sheets are chosen by id (the option's value), never by name or place.
                let on_sheet = onchange.reform(move |e: Event| {
                    QuotationEdit::Sheet { line: lid, sheet: SheetId::new(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value()) }
                });
                let variants: Vec<(u32, String)> = sheet_doc.map(|d| d.variants.iter().map(|v| (v.id, v.name.clone())).collect()).unwrap_or_default();
                let on_variant = { let vs = variants.clone(); onchange.reform(move |e: Event| {
                    // The first option is the sheet as costed.
                    let variant = chosen(&e).and_then(|i| i.checked_sub(1)).and_then(|i| vs.get(i)).map(|v| v.0);
                    QuotationEdit::Colourway { line: lid, variant }
                }) };
                let on_pairs = onchange.reform(move |v: Decimal| QuotationEdit::Pairs { line: lid, pairs: to_count(v) });
                let on_remove = onchange.reform(move |_: MouseEvent| QuotationEdit::RemoveLine(lid));
                html! {
                    <div class="quote-line grid g4" id={format!("ql-{lid}")}>
                        <div class="field choice compact">
                            <label for={format!("ql-{lid}-sheet")}>{ tp(P::Sheet) }</label>
                            <select id={format!("ql-{lid}-sheet")} onchange={on_sheet}>
                                if !entries.iter().any(|e| e.id == l.sheet) {
                                    <option value="" selected=true disabled=true>{ tp(P::SheetGone) }</option>
                                }
                                <>{ for entries.iter().zip(labels.iter()).map(|(e, label)| html! { <option value={e.id.to_string()} selected={e.id == l.sheet}>{ label.clone() }</option> }) }</>
                            </select>
                        </div>
                        <div class="field choice compact">
                            <label for={format!("ql-{lid}-variant")}>{ tp(P::Colourway) }</label>
                            <select id={format!("ql-{lid}-variant")} onchange={on_variant}>
                                <option selected={l.variant.is_none()}>{ tp(P::AsCosted) }</option>
                                <>{ for variants.iter().map(|(vid, name)| html! { <option selected={l.variant == Some(*vid)}>{ name.clone() }</option> }) }</>
                            </select>
                        </div>
                        <NumberField field={FieldId::QuoteLine(lid, "pairs")} label={t(T::OrderPairs)} value={Decimal::from(l.pairs)} rule={Num::OrderPairs.rule()} compact=true onchange={on_pairs} />
                        <div class="row-actions"><button type="button" class="danger" id={format!("ql-{lid}-remove")} onclick={on_remove}>{ t(T::Remove) }</button></div>
                        <div class="quote-tiers">
                            <>{ for l.tiers.iter().enumerate().map(|(k, &tier)| {
                                let on_tier = onchange.reform(move |v: Decimal| QuotationEdit::Tier { line: lid, k, pairs: to_count(v) });
                                let on_drop = onchange.reform(move |_: MouseEvent| QuotationEdit::DropTier { line: lid, k });
                                html! {
                                    <div class="with-button">
                                        <NumberField field={FieldId::QuoteLineTier(lid, k)} label={tp(P::FurtherQuantity)} value={Decimal::from(tier)} rule={Num::Tier.rule()} compact=true onchange={on_tier} />
                                        <button type="button" class="icon" aria-label={format!("{} {}", t(T::Remove), tp(P::FurtherQuantity))} id={format!("ql-{lid}-tier-{k}-remove")} onclick={on_drop}>{ "×" }</button>
                                    </div>
                                }
                            }) }</>
                            <button type="button" class="add" id={format!("ql-{lid}-add-tier")} onclick={onchange.reform(move |_: MouseEvent| QuotationEdit::AddTier(lid))}>{ tp(P::AddFurtherQuantity) }</button>
                        </div>
                    </div>
                }
            }) }</>
            <button type="button" class="add" id="add-quote-line" onclick={{ let first = entries.first().map(|e| e.id.clone()).unwrap_or_default(); onchange.reform(move |_: MouseEvent| QuotationEdit::AddLine { first_sheet: first.clone() }) }}>{ tp(P::AddArticle) }</button>
        </div>
    }
}

/// Which article's figure, at which term, has its formula trail open (by the line's id and the
/// term, not their places: the dialog closes if either goes).
type Explaining = UseStateHandle<Option<(u32, Incoterm, crate::model::explain::trail::Fig)>>;

/// Every article's price at every term and quantity; the order quantity's is explained ("ƒ").
fn prices_table(
    q: &Quotation,
    priced: &crate::model::quotation::combined::QuotationPrice,
    explaining: &Explaining,
    lang: i18n::Lang,
) -> Html {
    let (t, tp, style) = (|k: T| k.in_lang(lang), |k: P| k.in_lang(lang), lang.number_style());
    let money = |m: crate::model::base::money::Money| crate::format::format_money(m, style);
    let fine = |m: crate::model::base::money::Money| {
        crate::format::format_money_dp(m, style, m.currency().display_decimals() + 2)
    };
    html! {
        <>
            <h3>{ tp(P::QuotedPrices) }</h3>
            <div class="table-wrap">
                <table class="lines" id="quotation-prices">
                    <thead><tr>
                        <th scope="col">{ tp(P::ArticlesHeading) }</th>
                        <th scope="col" class="r">{ t(T::Pairs) }</th>
                        <>{ for priced.terms.iter().map(|term| html! { <th scope="col" class="r">{ term_place(q, *term) }</th> }) }</>
                    </tr></thead>
                    <tbody>
                        { for priced.lines.iter().flat_map(|l| {
                            let first = l.quotes.first();
                            first.map(|f| f.tiers.iter().enumerate().map(|(k, tier)| html! {
                                <tr>
                                    <th scope="row">{ if k == 0 { format!("{} · {}", l.id, l.sheet.article.name) } else { String::new() } }</th>
                                    <td class="r">{ crate::format::format_number(Decimal::from(tier.pairs), style, None) }</td>
                                    <>{ for l.quotes.iter().map(|qt| {
                                        let x = qt.tiers.get(k);
                                        // The order quantity's price is explained, down to the
                                        // article's share of the shipment.
                                        let why = (k == 0 && x.is_some_and(|x| x.unit_price.is_some() && x.pairs == l.sheet.article.order_pairs)).then(|| {
                                            let (explaining, lid, term) = (explaining.clone(), l.id, qt.term);
                                            html! { <button type="button" class="why" id={format!("ql-{}-why-{}", l.id, qt.term.code().to_ascii_lowercase())} title={t(T::ShowFormula)}
                                                aria-label={format!("{}: {} · {}", t(T::ShowFormula), l.sheet.article.name, qt.term.code())}
                                                onclick={Callback::from(move |_: MouseEvent| explaining.set(Some((lid, term, crate::model::explain::trail::Fig::UnitPrice))))}>{ "ƒ" }</button> }
                                        });
                                        html! { <td class="r">
                                            { x.and_then(|x| x.unit_exact).map(fine).unwrap_or_else(|| "—".into()) }{ " → " }
                                            <strong>{ x.and_then(|x| x.unit_price).map(money).unwrap_or_else(|| "—".into()) }</strong>
                                            { why.unwrap_or_default() }
                                        </td> }
                                    }) }</>
                                </tr>
                            }).collect::<Vec<_>>()).unwrap_or_default()
                        }) }
                    </tbody>
                    <tfoot><tr>
                        <th scope="row">{ t(T::OrderTotal) }</th>
                        <td class="r">{ crate::format::format_number(Decimal::from(priced.pairs()), style, None) }</td>
                        <>{ for (0..priced.terms.len()).map(|k| html! { <td class="r" id={format!("quotation-total-{k}")}>{ priced.total(k).map(money).unwrap_or_else(|| "—".into()) }</td> }) }</>
                    </tr></tfoot>
                </table>
            </div>
        </>
    }
}

/// The costs the articles share in one shipment, each article's part explained ("ƒ").
fn shares_table(
    priced: &crate::model::quotation::combined::QuotationPrice,
    explaining: &Explaining,
    lang: i18n::Lang,
) -> Html {
    let (t, tp) = (|k: T| k.in_lang(lang), |k: P| k.in_lang(lang));
    let money = |m: crate::model::base::money::Money| crate::format::format_money(m, lang.number_style());
    html! {
        <>
            if priced.shared && !priced.shares.is_empty() {
                <h3>{ tp(P::SharedCosts) }{ " · " }{ i18n::quotation::key_name(priced.key, lang) }</h3>
                <div class="table-wrap">
                    <table class="lines" id="quotation-shares">
                        <thead><tr>
                            <th scope="col">{ tp(P::Stage) }</th>
                            <th scope="col" class="r">{ t(T::OrderTotal) }</th>
                            <>{ for priced.lines.iter().map(|l| html! { <th scope="col" class="r">{ l.id.to_string() }</th> }) }</>
                        </tr></thead>
                        <tbody>
                            { for priced.shares.iter().filter(|sh| priced.terms.iter().any(|t| t.stages().contains(&sh.stage))).map(|sh| html! {
                                <tr>
                                    <th scope="row">{ i18n::stage(sh.stage).in_lang(lang) }</th>
                                    <td class="r">{ money(sh.total) }</td>
                                    <>{ for sh.lines.iter().enumerate().map(|(i, m)| {
                                        // What the article carries, explained at the first term that includes the stage.
                                        let term = priced.terms.iter().copied().find(|t| t.stages().contains(&sh.stage)).unwrap_or(Incoterm::Fob);
                                        let (explaining, fig) = (explaining.clone(), crate::model::explain::trail::Fig::Stage(sh.stage));
                                        let (lid, name) = priced.lines.get(i).map(|l| (l.id, l.sheet.article.name.clone())).unwrap_or_default();
                                        html! { <td class="r">{ money(*m) }
                                            <button type="button" class="why" id={format!("qs-{:?}-why-{lid}", sh.stage).to_ascii_lowercase()} title={t(T::ShowFormula)}
                                                aria-label={format!("{}: {} · {name}", t(T::ShowFormula), i18n::stage(sh.stage).in_lang(lang))}
                                                onclick={Callback::from(move |_: MouseEvent| explaining.set(Some((lid, term, fig))))}>{ "ƒ" }</button>
                                        </td> }
                                    }) }</>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </>
    }
}

/// Prints the quotation or its PI: the print area shows it, the page prints, the area clears. A
/// quotation past its day asks first whether to renew its date (a PI does not expire).
fn print_action(
    what: Printed,
    printing: &UseStateHandle<Option<Printed>>,
    q: &Quotation,
    onchange: &Callback<QuotationEdit>,
    lang: i18n::Lang,
) -> Callback<MouseEvent> {
    let (printing, q, onchange) = (printing.clone(), q.clone(), onchange.clone());
    Callback::from(move |_: MouseEvent| {
        // A quotation past its day asks first whether to renew its date (a PI does not expire).
        if let (Printed::Quotation, Some(until)) = (what, q.details.expired_on(crate::ui::shell::storage::today())) {
            let question = i18n::notes::renew_question(&until.day_first(), lang);
            if web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false) {
                onchange.emit(QuotationEdit::Text(QuotationText::Date, crate::ui::shell::storage::today().to_string()));
            }
        }
        printing.set(Some(what));
        if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
            let _ = body.set_attribute("data-printing", "quotation");
        }
        gloo::timers::callback::Timeout::new(60, || {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
                if let Some(body) = w.document().and_then(|d| d.body()) {
                    let _ = body.remove_attribute("data-printing");
                }
            }
        })
        .forget();
    })
}

/// The formula trail of an article, under <body> (a portal) so that it covers the page, not the
/// card.
fn trail_dialog(
    p: &EditorProps,
    priced: &Rc<crate::model::quotation::combined::QuotationPrice>,
    explaining: &Explaining,
) -> Html {
    let q = &p.q;
    let at = (*explaining).and_then(|(lid, term, fig)| {
        let i = priced.lines.iter().position(|l| l.id == lid)?;
        let c = priced.terms.iter().position(|&t| t == term)?;
        Some((i, c, fig))
    });
    match (at, web_sys::window().and_then(|w| w.document()).and_then(|d| d.body())) {
        (Some((i, c, fig)), Some(body)) => create_portal(
            html! {
                <crate::ui::shell::lazy::Lazy part={crate::ui::shell::lazy::Part::Trail(crate::ui::shell::lazy::TrailProps {
                    doc: p.sheet.clone(),
                    breakdown: p.breakdown.clone(),
                    fig,
                    article: Some(crate::ui::shell::lazy::ArticleAt { price: priced.clone(), line: i, term: c,
                        title: AttrValue::from(priced.lines.get(i).map(|l| {
                            let colourway = l.colourway.as_ref().map(|c| format!(" · {c}")).unwrap_or_default();
                            format!("{}{colourway} · {}", l.sheet.article.name, priced.terms.get(c).map(|&t| term_place(q, t)).unwrap_or_default())
                        }).unwrap_or_default()) }),
                    on_close: { let explaining = explaining.clone(); Callback::from(move |_| explaining.set(None)) },
                })} />
            },
            body.into(),
        ),
        _ => html! {},
    }
}

/// The PI's own fields (a PI not yet kept starts from the quotation, dated `today`).
fn proforma_fields(
    pi: &crate::model::quotation::proforma::ProformaDetails,
    b: &BuyerQuote,
    today: &str,
    onchange: &Callback<QuotationEdit>,
    lang: i18n::Lang,
) -> Html {
    let (t, tp) = (|k: T| k.in_lang(lang), |k: P| k.in_lang(lang));
    let today = today.to_string();
    // A change of the PI.
    let pi_edit = |f: fn(String) -> ProformaEdit| {
        let today = today.clone();
        onchange.reform(move |v: String| QuotationEdit::Proforma { today: today.clone(), edit: f(v) })
    };
    let pi_text = |id: &'static str, label: P, value: &str, f: fn(String) -> ProformaEdit| {
        html! { <TextField {id} label={tp(label)} value={value.to_string()} onchange={pi_edit(f)} /> }
    };
    html! {
        <>
            <h3>{ tp(P::Proforma) }</h3>
            <p class="help">{ tp(P::ProformaHelp) }</p>
            <div class="grid g3">
                { pi_text("pi-number", P::PiNumber, &pi.number, ProformaEdit::Number) }
                <DateField field={FieldId::Card("pi-date")} label={t(T::QuoteDate)} value={AttrValue::from(pi.date.clone())}
                    onchange={pi_edit(ProformaEdit::Date)} />
                <NumberField field={FieldId::Card("pi-deposit")} label={tp(P::DepositPctField)} value={pi.deposit_pct} rule={Num::PiDepositPct.rule()} compact=true
                    onchange={{ let today = today.clone(); onchange.reform(move |v: Decimal| QuotationEdit::Proforma { today: today.clone(), edit: ProformaEdit::DepositPct(v) }) }} />
                { pi_text("pi-consignee", P::Consignee, &pi.consignee.name, ProformaEdit::Consignee) }
                { pi_text("pi-consignee-address", P::Address, &pi.consignee.address, ProformaEdit::ConsigneeAddress) }
                { pi_text("pi-destination", P::DestinationPlace, &pi.destination, ProformaEdit::Destination) }
                { pi_text("pi-shipment", P::ShipmentDate, &pi.shipment_date, ProformaEdit::ShipmentDate) }
                if b.terms.len() > 1 {
                    <div class="field choice compact">
                        <label for="pi-term">{ tp(P::PiTerm) }</label>
                        <select id="pi-term" onchange={{ let today = today.clone(); onchange.reform(move |e: Event| QuotationEdit::Proforma {
                            today: today.clone(),
                            edit: ProformaEdit::Term(chosen(&e).and_then(|i| u32::try_from(i).ok()).unwrap_or(0)),
                        }) }}>
                            { for b.terms.iter().enumerate().map(|(k, x)| html! { <option selected={k == pi.term as usize}>{ x.line() }</option> }) }
                        </select>
                    </div>
                }
            </div>
        </>
    }
}

type Send = crate::ui::quote::share_view::Send;

/// Sending the quotation's link: past its validity, it asks first whether to renew the date (then
/// the renewed link goes); the share sheet and WhatsApp need the tap that answers.
struct Sending {
    /// The way of sending waiting for the answer to "renew the date?".
    asking: UseStateHandle<Option<Send>>,
    /// Sends `(how, renew)`.
    go: Callback<(Send, bool)>,
    expired: bool,
}

impl Sending {
    /// A button's tap: asks first if the quotation is past its validity, else sends.
    fn ask(&self, how: Send) -> Callback<MouseEvent> {
        crate::ui::quote::share_view::ask_first(how, self.expired, &self.go, &self.asking)
    }
}

#[hook]
fn use_sending(
    q: &Quotation,
    issued: Rc<Option<BuyerQuote>>,
    base: String,
    title: String,
    onchange: Callback<QuotationEdit>,
) -> Sending {
    let day = crate::ui::shell::storage::today();
    let asking = use_state(|| None::<Send>);
    let go = {
        let asking = asking.clone();
        Callback::from(move |(how, renew): (Send, bool)| {
            asking.set(None);
            let Some(b) = (*issued).clone() else { return };
            let b = if renew {
                onchange.emit(QuotationEdit::Text(QuotationText::Date, day.to_string()));
                BuyerQuote { date: day.to_string(), ..b }
            } else {
                b
            };
            if let Some(link) = crate::share::link::encode_buyer(&b) {
                crate::ui::quote::share_view::send_titled(how, &format!("{base}#q={link}"), &title);
            }
        })
    };
    Sending { asking, go, expired: q.details.expired_on(day).is_some() }
}

/// The quotation's link, ready to send: the address, its size, the ways to send it, the print,
/// the question to renew a quotation past its day, and the QR code.
fn link_section(
    q: &Quotation,
    url: &str,
    code: Option<&crate::share::qr::Qr>,
    title: &str,
    sending: &Sending,
    print: Callback<MouseEvent>,
    lang: i18n::Lang,
) -> Html {
    use crate::ui::quote::share_view::{self as share, Send};
    let tp = |k: P| k.in_lang(lang);
    html! {
        <>
            <div class="field text">
                <label for="quotation-link">{ tp(P::QuotationLink) }</label>
                <input id="quotation-link" type="text" readonly=true value={url.to_string()} />
            </div>
            <p class="derived" id="quotation-link-info">{ share::link_info(url, code, lang) }</p>
            <div class="share-actions">
                <button type="button" class="primary" id="qn-copy" onclick={sending.ask(Send::Copy)}>{ tp(P::Copy) }</button>
                if share::can_share() {
                    <button type="button" id="qn-send" onclick={sending.ask(Send::Share)}>{ tp(P::SendLink) }</button>
                }
                <a class="button" id="qn-whatsapp" href={share::whatsapp(title, url)} target="_blank" rel="noopener" onclick={sending.ask(Send::WhatsApp)}>{ "WhatsApp" }</a>
                <a class="button" href={url.to_string()} target="_blank" rel="noopener">{ tp(P::OpenPreview) }</a>
                <button type="button" class="primary" id="print-quotation" onclick={print}>{ tp(P::PrintQuotation) }</button>
            </div>
            { share::renew_ask("qn-", q.details.valid_until(), &sending.asking, &sending.go, lang) }
            if let Some(c) = code { { share::qr_figure(c, tp(P::QrAlt), html! {}) } }
        </>
    }
}

/// Why the open quotation was not saved, and what to do: take the other tab's version or keep
/// this one as a copy, or try again once there is room.
fn save_notice(p: &EditorProps, lang: i18n::Lang) -> Html {
    let (t, tp) = (|k: T| k.in_lang(lang), |k: P| k.in_lang(lang));
    let Some(e) = &p.error else { return html! {} };
    html! {
        <div class="notice" role="alert">
            <p>{ e.to_string() }</p>
            if let Some(take) = &p.ontake {
                <button type="button" id="qn-take-theirs" onclick={take.clone()}>{ tp(P::TakeTheirs) }</button>
                if let Some(keep) = &p.onkeep {
                    <button type="button" id="qn-keep-mine" onclick={keep.clone()}>{ tp(P::KeepMineAsCopy) }</button>
                }
            } else {
                // Not saved (storage full or refused): the quotation stays on the page as
                // typed; saved at the next change, or now once there is room.
                <button type="button" id="qn-save-again" onclick={p.onretry.reform(|_: MouseEvent| ())}>{ t(T::TryAgain) }</button>
            }
        </div>
    }
}

/// The PI's own link and print, and the print area: the PI while it prints, else the quotation.
fn pi_link(
    pi_url: &str,
    pi: &BuyerQuote,
    quotation: &BuyerQuote,
    url: &str,
    printing: Option<Printed>,
    print: Callback<MouseEvent>,
    lang: i18n::Lang,
) -> Html {
    let tp = |k: P| k.in_lang(lang);
    let proforma = printing == Some(Printed::Proforma);
    html! {
        <>
            <div class="field text">
                <label for="pi-link">{ tp(P::PiLink) }</label>
                <input id="pi-link" type="text" readonly=true value={pi_url.to_string()} />
            </div>
            <div class="share-actions">
                <a class="button" href={pi_url.to_string()} target="_blank" rel="noopener">{ tp(P::OpenPreview) }</a>
                <button type="button" class="primary" id="print-pi" onclick={print}>{ tp(P::PrintProforma) }</button>
            </div>
            <PrintedPage quote={if proforma { pi.clone() } else { quotation.clone() }}
                link={AttrValue::from(if proforma { pi_url } else { url })} />
        </>
    }
}

/// What the print area holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Printed {
    Quotation,
    Proforma,
}

#[derive(Properties, PartialEq)]
struct PrintedProps {
    /// The issued quotation, or its proforma invoice.
    quote: BuyerQuote,
    /// Its buyer link, printed as a QR code at the foot of the page.
    link: AttrValue,
}

/// The quotation's A4 page, or its proforma invoice, in the print area (shown only when
/// printed): the buyer's page itself (`ui::buyer::quotation_page`), in the maker's language.
#[function_component]
fn PrintedPage(p: &PrintedProps) -> Html {
    let lang = use_ctx().lang;
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((p.quote.clone(), p.link.clone(), lang), move |(q, link, lang)| {
            if let Some(host) = node.cast::<web_sys::Element>() {
                crate::i18n::buyer::for_the_maker();
                crate::ui::buyer::dom::replace_children(
                    &host,
                    crate::ui::buyer::quotation_page::sheet(q, (*lang).into(), false, 1),
                );
                // The logo is the print's alone (read when printed: the profile may have changed).
                if let Some(profile) = crate::ui::quote::profile::current() {
                    crate::ui::quote::profile::add_logo(&host, &profile.logo);
                }
                let caption = if q.proforma.is_some() { P::ScanQrPi } else { P::ScanQr };
                add_qr(&host, link, caption.in_lang(*lang));
            }
        });
    }
    // Under <body> itself (a portal): the card it is edited in is not printed.
    match web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
        Some(body) => create_portal(html! { <div class="print-area quotation-print" ref={node}></div> }, body.into()),
        None => html! {},
    }
}

/// The buyer link as a QR code at the foot of a printed page mounted in `host`, each module 4
/// dots of a 300-dpi printer (`Qr::print_width`: about 4 cm); `e2e/quotation.test.mjs` reads it
/// back from the print at 300 dpi.
fn add_qr(host: &web_sys::Element, link: &str, caption: &str) {
    let (Some(doc), Some(code)) = (web_sys::window().and_then(|w| w.document()), crate::share::qr::encode(link)) else {
        return;
    };
    let Ok(Some(sheet)) = host.query_selector(".quote-sheet") else { return };
    let src =
        format!("data:image/svg+xml;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&code.print_svg())));
    if let (Ok(figure), Ok(img), Ok(text)) =
        (doc.create_element("figure"), doc.create_element("img"), doc.create_element("figcaption"))
    {
        let _ = figure.set_attribute("class", "qs-qr");
        let _ = img.set_attribute("src", &src);
        let _ = img.set_attribute("alt", caption);
        text.set_text_content(Some(caption));
        let _ = figure.append_child(&img);
        let _ = figure.append_child(&text);
        // Beside the terms (it floats right of them in print), so a full page keeps it on
        // the page instead of pushing it alone onto a second (issue 27 #15).
        match sheet.query_selector(".qs-terms") {
            Ok(Some(terms)) => {
                let _ = sheet.insert_before(&figure, Some(&terms));
            }
            _ => {
                let _ = sheet.append_child(&figure);
            }
        }
    }
}
