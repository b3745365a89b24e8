//! The root component: owns the document (one reducer), the language, autosave, the view
//! (cost sheet, export & price, quotation) and the layout.

use crate::format::format_money;
use crate::i18n::{self, Lang, T};
use crate::model::compute::compute;
use crate::model::document::Document;
use crate::model::edit::Edit;
use crate::model::examples;
use crate::model::examples::ExampleId;
use crate::model::quote::quote;
use crate::model::trail::{self, Fig, Trail};
use crate::ui::article::ArticleCard;
use crate::ui::export::{ExportCostsCard, ShippingCard, SizesCard, TermsCard};
use crate::ui::files;
use crate::ui::guide::{self, Guide};
use crate::ui::labour::{LabourCard, OneOffCard, OverheadCard};
use crate::ui::library::LibraryPanel;
use crate::ui::materials::MaterialsCard;
use crate::ui::projector::Projector;
use crate::ui::quote_view::{QuoteForm, QuotePanel, QuoteSheet};
use crate::ui::rates::RatesCard;
use crate::ui::share_view::SharePanel;
use crate::ui::state::{Ctx, Sheet};
use crate::ui::storage::{self, Restored};
use crate::ui::summary::Summary;
use crate::ui::trail_view::TrailDialog;
use crate::ui::workshop::Workshop;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A banner above the sheet.
#[derive(Clone, PartialEq)]
enum Notice {
    None,
    StoredUnreadable,
    SaveFailed,
    FileError(crate::codec::LoadError),
    FileOpened,
    /// A sheet was deleted from the library; it can be put back.
    Deleted(storage::Entry, Rc<String>),
    Imported(usize),
}

/// The three steps of the work.
#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Costing,
    Export,
    Quote,
    Workshop,
}

fn confirm(message: &str) -> bool {
    web_sys::window().and_then(|w| w.confirm_with_message(message).ok()).unwrap_or(true)
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A worksheet arriving in the URL fragment (`#w=…`), offered to the user, never opened silently.
    #[prop_or_default]
    pub incoming: Rc<Option<Result<Document, crate::share::link::LinkError>>>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let incoming = use_state(|| props.incoming.clone());
    let restored = use_memo((), |_| storage::startup());
    let sheet = use_reducer(|| {
        let doc = match &*restored {
            Restored::Document { doc, .. } => (**doc).clone(),
            // First visit (or unreadable storage): open the example so the sheet explains itself.
            Restored::Nothing | Restored::Unreadable => examples::sneaker_busan(),
        };
        Sheet { doc: Rc::new(doc), generation: 0 }
    });
    let current_id = use_state(|| match &*restored {
        Restored::Document { id, .. } => id.clone(),
        _ => storage::new_id(),
    });
    let show_library = use_state_eq(|| false);
    let library_version = use_state(|| 0u32);
    let notice =
        use_state_eq(
            || {
                if matches!(*restored, Restored::Unreadable) {
                    Notice::StoredUnreadable
                } else {
                    Notice::None
                }
            },
        );
    let lang = use_state_eq(storage::load_lang);
    let view = use_state_eq(|| View::Costing);
    let doc = sheet.doc.clone();
    let breakdown = use_memo(doc.clone(), |d| compute(d));
    let quoted = use_memo(doc.clone(), |d| quote(d));
    // The reader of a file being opened lives here until it reports.
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);

    let edit = {
        let dispatcher = sheet.dispatcher();
        use_memo((), move |_| Callback::from(move |e: Edit| dispatcher.dispatch(e)))
    };
    // Workshop: the open formula trail, the projector, the first-time guide.
    let explaining = use_state_eq(|| None::<Fig>);
    let projector = use_state_eq(|| false);
    let guide_step =
        use_state_eq(|| (matches!(*restored, Restored::Nothing) && !storage::guide_done()).then_some(0usize));
    let explain = {
        let explaining = explaining.clone();
        use_memo((), move |_| Callback::from(move |f: Fig| explaining.set(Some(f))))
    };
    let refused = use_reducer(crate::ui::state::Refused::default);
    let report = {
        let dispatcher = refused.dispatcher();
        use_memo((), move |_| Callback::from(move |r| dispatcher.dispatch(r)))
    };
    let ctx = Ctx {
        lang: *lang,
        edit: (*edit).clone(),
        explain: (*explain).clone(),
        refused: Rc::new((*refused).clone()),
        report: (*report).clone(),
    };
    // The trail is built only while someone looks at it, so typing stays fast.
    let needs_trail = explaining.is_some() || *projector;
    let trail = use_memo((doc.clone(), needs_trail), {
        let (b, q) = (breakdown.clone(), quoted.clone());
        move |(d, needed)| if *needed { trail::build(d, &b, &q) } else { Trail::default() }
    });

    // Side effects: remember the language, tag the page, autosave the document.
    use_effect_with(*lang, |&l| {
        storage::save_lang(l);
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", l.tag());
        }
    });
    // Autosave, debounced: 400 ms after the last change, and at once when the page is hidden
    // (tab closed, phone locked), so closing the tab right after typing loses nothing.
    let latest = use_mut_ref(|| (String::new(), Rc::new(Document::empty())));
    *latest.borrow_mut() = ((*current_id).clone(), doc.clone());
    let save_now = {
        let (latest, notice, lang) = (latest.clone(), notice.clone(), lang.clone());
        Rc::new(move || {
            let (id, d) = latest.borrow().clone();
            let name = storage::index()
                .into_iter()
                .find(|e| e.id == id)
                .map_or_else(|| storage::default_name(&d, *lang), |e| e.name);
            if storage::save(&id, &name, &d).is_err() {
                notice.set(Notice::SaveFailed);
            } else if *notice == Notice::SaveFailed {
                notice.set(Notice::None);
            }
        })
    };
    let timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    {
        let (timer, save_now) = (timer.clone(), save_now.clone());
        use_effect_with((doc.clone(), (*current_id).clone()), move |_| {
            let save = save_now.clone();
            *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(400, move || save()));
        });
    }
    {
        let save_now = save_now.clone();
        use_effect_with((), move |_| {
            let listener =
                web_sys::window().map(|w| gloo::events::EventListener::new(&w, "pagehide", move |_| save_now()));
            move || drop(listener)
        });
    }

    let l = *lang;
    let t = |k: T| k.in_lang(l);
    // A new sheet, the example or an opened file becomes a new document in the library; the
    // open one is saved first and stays there, so nothing is replaced and nothing is lost.
    let start_new = {
        let (edit, current_id, save_now, library_version) =
            (ctx.edit.clone(), current_id.clone(), save_now.clone(), library_version.clone());
        Rc::new(move |d: Document| {
            save_now();
            let id = storage::new_id();
            let _ = storage::save(&id, &storage::default_name(&d, l), &d);
            edit.emit(Edit::Replace(Box::new(d)));
            current_id.set(id);
            library_version.set(library_version.wrapping_add(1));
        })
    };
    let replace = |make: fn() -> Document| {
        let start_new = start_new.clone();
        Callback::from(move |_: MouseEvent| start_new(make()))
    };
    let save_file = {
        let (doc, notice) = (doc.clone(), notice.clone());
        Callback::from(move |_: MouseEvent| {
            if !files::download(&doc) {
                notice.set(Notice::SaveFailed);
            }
        })
    };
    let open_file = {
        let (start_new, notice, reader) = (start_new.clone(), notice.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            let (start_new, notice) = (start_new.clone(), notice.clone());
            *reader.borrow_mut() = Some(files::open(file, move |result| match result {
                Ok(opened) => {
                    start_new(opened);
                    notice.set(Notice::FileOpened);
                }
                Err(e) => notice.set(Notice::FileError(e)),
            }));
        })
    };
    let set_lang = |to: Lang| {
        let lang = lang.clone();
        Callback::from(move |_: MouseEvent| lang.set(to))
    };
    let open_example = {
        let start_new = start_new.clone();
        Callback::from(move |e: ExampleId| start_new(e.document()))
    };
    let guide_to = {
        let (guide_step, view) = (guide_step.clone(), view.clone());
        Callback::from(move |i: usize| {
            let (_, tab, card) = guide::STEPS[i.min(guide::STEPS.len() - 1)];
            view.set([View::Costing, View::Export, View::Quote][tab]);
            guide::show_card(card);
            guide_step.set(Some(i));
        })
    };
    let guide_close = {
        let guide_step = guide_step.clone();
        Callback::from(move |_: ()| {
            storage::set_guide_done();
            guide_step.set(None);
        })
    };
    let trail_dialog = match *explaining {
        Some(fig) => {
            let explaining = explaining.clone();
            html! { <TrailDialog doc={doc.clone()} trail={trail.clone()} {fig} on_close={Callback::from(move |_| explaining.set(None))} /> }
        }
        None => html! {},
    };
    if *projector {
        let projector = projector.clone();
        return html! {
            <ContextProvider<Ctx> context={ctx.clone()}>
                <Projector doc={doc.clone()} breakdown={breakdown.clone()} quote={quoted.clone()} trail={trail.clone()}
                    on_close={Callback::from(move |_| projector.set(false))} />
                { trail_dialog }
            </ContextProvider<Ctx>>
        };
    }
    let tab = |v: View, label: T, id: &'static str| {
        let view = view.clone();
        let selected = *view == v;
        html! {
            <button type="button" role="tab" {id} aria-selected={selected.to_string()} aria-controls="panel"
                class={classes!("tab", selected.then_some("active"))} onclick={Callback::from(move |_| view.set(v))}>
                { t(label) }
            </button>
        }
    };
    // Library actions. Each first saves the open sheet, so switching never loses an edit.
    let bump = {
        let v = library_version.clone();
        move || v.set(v.wrapping_add(1))
    };
    let open_entry = {
        let (edit, current_id, notice, save_now, bump) =
            (ctx.edit.clone(), current_id.clone(), notice.clone(), save_now.clone(), bump.clone());
        Callback::from(move |id: String| {
            save_now();
            match storage::load(&id) {
                Some(Ok(d)) => {
                    edit.emit(Edit::Replace(Box::new(d)));
                    current_id.set(id);
                }
                Some(Err(e)) => notice.set(Notice::FileError(e)),
                None => {}
            }
            bump();
        })
    };
    let new_entry = {
        let (edit, current_id, save_now, bump) = (ctx.edit.clone(), current_id.clone(), save_now.clone(), bump.clone());
        Callback::from(move |_: ()| {
            save_now();
            let id = storage::new_id();
            let _ = storage::save(&id, &storage::default_name(&Document::empty(), l), &Document::empty());
            edit.emit(Edit::Replace(Box::new(Document::empty())));
            current_id.set(id);
            bump();
        })
    };
    let duplicate_entry = {
        let (save_now, notice, bump) = (save_now.clone(), notice.clone(), bump.clone());
        Callback::from(move |id: String| {
            save_now();
            if let (Some(Ok(d)), Some(e)) = (storage::load(&id), storage::index().into_iter().find(|e| e.id == id)) {
                if storage::save(&storage::new_id(), &format!("{} {}", e.name, T::CopySuffix.in_lang(l)), &d).is_err() {
                    notice.set(Notice::SaveFailed);
                }
            }
            bump();
        })
    };
    let delete_entry = {
        let (edit, current_id, notice, save_now, bump) =
            (ctx.edit.clone(), current_id.clone(), notice.clone(), save_now.clone(), bump.clone());
        Callback::from(move |id: String| {
            save_now();
            if let Some((entry, text)) = storage::remove(&id) {
                if id == *current_id {
                    // The open sheet goes: open the next one, or a new empty sheet.
                    let next = storage::index()
                        .into_iter()
                        .find_map(|e| storage::load(&e.id).and_then(Result::ok).map(|d| (e.id, d)));
                    let (next_id, next_doc) = next.unwrap_or_else(|| (storage::new_id(), Document::empty()));
                    edit.emit(Edit::Replace(Box::new(next_doc)));
                    current_id.set(next_id);
                }
                notice.set(Notice::Deleted(entry, Rc::new(text)));
            }
            bump();
        })
    };
    let rename_entry = {
        let bump = bump.clone();
        Callback::from(move |(id, name): (String, String)| {
            let _ = storage::rename(&id, &name);
            bump();
        })
    };
    let backup_all = {
        let (save_now, notice) = (save_now.clone(), notice.clone());
        Callback::from(move |_: ()| {
            save_now();
            let day = crate::model::date::Date::from_days((js_sys::Date::now() / 86_400_000.0) as i64);
            if !files::download_text(
                &format!("tapak-backup-{day}.json"),
                &crate::codec::backup::to_backup(&storage::all()),
            ) {
                notice.set(Notice::SaveFailed);
            }
        })
    };
    let export_entry = {
        let (save_now, notice) = (save_now.clone(), notice.clone());
        Callback::from(move |id: String| {
            save_now();
            if let Some(Ok(d)) = storage::load(&id) {
                if !files::download(&d) {
                    notice.set(Notice::SaveFailed);
                }
            }
        })
    };
    let import_backup = {
        let (notice, reader, bump) = (notice.clone(), reader.clone(), bump.clone());
        Callback::from(move |file: web_sys::File| {
            let (notice, bump) = (notice.clone(), bump.clone());
            *reader.borrow_mut() = Some(files::read_text(file, move |text| {
                match text.and_then(|t| crate::codec::backup::from_backup(&t, &storage::new_id())) {
                    Ok(docs) => {
                        let existing = storage::index();
                        let mut saved = 0;
                        for n in &docs {
                            let clash = existing.iter().find(|e| e.id == n.id);
                            // Never overwrite without asking: OK replaces, Cancel keeps both.
                            let id = match clash {
                                Some(e) if !confirm(&format!("{} “{}”", T::ConfirmOverwrite.in_lang(l), e.name)) => {
                                    storage::new_id()
                                }
                                _ => n.id.clone(),
                            };
                            if storage::save(&id, &n.name, &n.document).is_ok() {
                                saved += 1;
                            }
                        }
                        notice.set(if saved == docs.len() { Notice::Imported(saved) } else { Notice::SaveFailed });
                    }
                    Err(e) => notice.set(Notice::FileError(e)),
                }
                bump();
            }));
        })
    };
    let style = l.number_style();
    let b = breakdown.clone();
    let q = quoted.clone();
    let d = &*doc;
    let first = q.tiers.first();
    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
            <header class="topbar no-print">
                <div class="brand">
                    <svg class="logo" viewBox="0 0 64 64" width="36" height="36" aria-hidden="true" focusable="false">
                        <rect width="64" height="64" rx="12" fill="#fff" /><path d="M10 40c8 0 14-4 20-14 3 6 8 9 14 10l10 2v8H10z" fill="#7a3e1d" />
                    </svg>
                    <div><h1>{ "Tapak" }</h1><p class="tagline">{ t(T::AppTagline) }</p></div>
                </div>
                <nav class="tools" aria-label={t(T::Actions)}>
                    <button type="button" onclick={replace(examples::sneaker_busan)}>{ t(T::LoadExample) }</button>
                    <button type="button" id="new-sheet" onclick={replace(Document::empty)}>{ t(T::NewSheet) }</button>
                    <button type="button" id="library-button" aria-expanded={show_library.to_string()}
                        onclick={{ let s = show_library.clone(); Callback::from(move |_| s.set(!*s)) }}>{ t(T::Library) }</button>
                    <button type="button" id="save-file" onclick={save_file}>{ t(T::SaveFile) }</button>
                    <label class="file-button" for="open-file">{ t(T::OpenFile) }</label>
                    <input type="file" id="open-file" class="sr-only" accept=".json,application/json" onchange={open_file} />
                    <div class="lang" role="group" aria-label={t(T::Language)}>
                        <button type="button" id="lang-id" aria-pressed={(l == Lang::Id).to_string()} onclick={set_lang(Lang::Id)} lang="id">{ "ID" }</button>
                        <button type="button" id="lang-en" aria-pressed={(l == Lang::En).to_string()} onclick={set_lang(Lang::En)} lang="en">{ "EN" }</button>
                    </div>
                </nav>
            </header>
            <main id="main">
            <div class="tabs no-print" role="tablist" aria-label={t(T::Views)}>
                { tab(View::Costing, T::TabCosting, "tab-costing") }
                { tab(View::Export, T::TabExport, "tab-export") }
                { tab(View::Quote, T::TabQuote, "tab-quote") }
                { tab(View::Workshop, T::TabWorkshop, "tab-workshop") }
            </div>
            if let Some(step) = *guide_step {
                <Guide {step} on_step={guide_to.clone()} on_close={guide_close.clone()} />
            }
            <div class="hpp-bar no-print" aria-hidden="true">
                <span>{ t(T::HppPerPair) }</span>
                <strong>{ format_money(b.per_pair, style) }</strong>
                if let Some(p) = first.and_then(|f| f.unit_price) {
                    <span>{ "· " }{ q.term.code() }{ " " }<strong>{ format_money(p, style) }</strong></span>
                }
                if !b.is_complete() || !q.issues.is_empty() { <span>{ "⚠" }</span> }
            </div>
            { match &**incoming {
                Some(Ok(sheet)) => {
                    let (start_new, incoming2, sheet2) = (start_new.clone(), incoming.clone(), sheet.clone());
                    let open = Callback::from(move |_: MouseEvent| {
                        start_new(sheet2.clone());
                        clear_fragment();
                        incoming2.set(Rc::new(None));
                    });
                    let dismiss = { let incoming = incoming.clone(); Callback::from(move |_: MouseEvent| { clear_fragment(); incoming.set(Rc::new(None)); }) };
                    html! {
                        <div class="notice no-print" role="alert" id="incoming-worksheet">
                            { format!("{} “{}”. ", t(T::IncomingWorksheet), sheet.article.name) }
                            <button type="button" class="primary" onclick={open}>{ t(T::OpenIncoming) }</button>{ " " }
                            <button type="button" onclick={dismiss}>{ t(T::Dismiss) }</button>
                        </div>
                    }
                }
                Some(Err(e)) => {
                    let dismiss = { let incoming = incoming.clone(); Callback::from(move |_: MouseEvent| { clear_fragment(); incoming.set(Rc::new(None)); }) };
                    let message = match e {
                        crate::share::link::LinkError::Document(d) => crate::ui::refusal::view(d, l, "incoming-refused"),
                        other => html! { <p>{ i18n::link_error(other, l) }</p> },
                    };
                    html! {
                        <div class="notice no-print" role="alert" id="incoming-error">
                            { message }
                            <button type="button" onclick={dismiss}>{ t(T::Dismiss) }</button>
                        </div>
                    }
                }
                None => html! {},
            } }
            if let Notice::FileError(e) = &*notice {
                { crate::ui::refusal::view(e, l, "file-refused") }
            }
            if !matches!(*notice, Notice::None | Notice::FileError(_)) {
                <p class={classes!("notice", "no-print", matches!(*notice, Notice::FileOpened | Notice::Imported(_)).then_some("ok"))} role="alert">{ match &*notice {
                    Notice::StoredUnreadable => notice_unreadable(l).to_string(),
                    Notice::SaveFailed => notice_save_failed(l).to_string(),
                    Notice::FileError(_) => String::new(),
                    Notice::FileOpened => t(T::FileOpened).to_string(),
                    Notice::Imported(n) => format!("{} {n} {}", t(T::Imported), t(T::Sheets)),
                    Notice::Deleted(e, _) => format!("{} “{}”", t(T::Deleted), e.name),
                    Notice::None => String::new(),
                } }
                if let Notice::Deleted(entry, text) = &*notice {
                    { " " }
                    <button type="button" id="undo-delete" onclick={{
                        let (entry, text, notice, bump) = (entry.clone(), text.clone(), notice.clone(), bump.clone());
                        Callback::from(move |_| {
                            notice.set(if storage::restore(&entry, &text).is_ok() { Notice::None } else { Notice::SaveFailed });
                            bump();
                        })
                    }}>{ t(T::Undo) }</button>
                }
                </p>
            }
            if *show_library {
                <div class="library-wrap">
                    <LibraryPanel key={*library_version} entries={storage::index()} current={AttrValue::from((*current_id).clone())}
                        on_open={open_entry} on_new={new_entry} on_duplicate={duplicate_entry} on_delete={delete_entry}
                        on_rename={rename_entry} on_backup={backup_all} on_export={export_entry} on_import={import_backup}
                        on_close={{ let s = show_library.clone(); Callback::from(move |_| s.set(false)) }} />
                </div>
            }
            <div id="panel" role="tabpanel" aria-labelledby={match *view { View::Costing => "tab-costing", View::Export => "tab-export", View::Quote => "tab-quote", View::Workshop => "tab-workshop" }}
                class={classes!("layout", (*view == View::Quote).then_some("quote-layout"), (*view == View::Workshop).then_some("workshop-layout"))} key={sheet.generation}>
                { match *view {
                    View::Costing => html! {
                        <>
                            <div class="sheet">
                                <ArticleCard article={d.article.clone()} display_currency={d.display_currency} />
                                <RatesCard rates={d.fx.clone()} />
                                <MaterialsCard materials={d.materials.clone()} breakdown={b.clone()} />
                                <LabourCard labour={d.labour.clone()} currency={d.article.costing_currency} breakdown={b.clone()} />
                                <OverheadCard overhead={d.overhead.clone()} currency={d.article.costing_currency} breakdown={b.clone()} />
                                <OneOffCard costs={d.one_off.clone()} breakdown={b.clone()} />
                            </div>
                            <aside class="side">
                                <Summary doc={doc.clone()} breakdown={b.clone()} />
                                <p class="fine">{ t(T::Illustrative) }{ " " }{ t(T::KeptLastValid) }</p>
                            </aside>
                        </>
                    },
                    View::Export => html! {
                        <>
                            <div class="sheet">
                                <TermsCard terms={d.terms.clone()} costing={d.article.costing_currency} />
                                <SizesCard sizes={d.sizes.clone()} materials={d.materials.clone()} breakdown={b.clone()} />
                                <ShippingCard shipping={d.shipping.clone()} quote={q.clone()} />
                                <ExportCostsCard costs={d.export_costs.clone()} quote={q.clone()} costing={d.article.costing_currency} />
                            </div>
                            <aside class="side">
                                <QuotePanel doc={doc.clone()} quote={q.clone()} />
                            </aside>
                        </>
                    },
                    View::Workshop => html! {
                        <Workshop doc={doc.clone()} breakdown={b.clone()} quote={q.clone()} on_example={open_example.clone()}
                            on_projector={{ let p = projector.clone(); Callback::from(move |_| p.set(true)) }}
                            on_guide={{ let g = guide_to.clone(); Callback::from(move |_| g.emit(0)) }} />
                    },
                    View::Quote => html! {
                        <>
                            <div class="sheet no-print">
                                <QuoteForm details={d.quote.clone()} port_of_shipment={AttrValue::from(d.terms.port_of_shipment.clone())} />
                                <SharePanel doc={doc.clone()} quote={q.clone()} />
                            </div>
                            <div class="print-area">
                                <QuoteSheet doc={doc.clone()} quote={q.clone()} />
                            </div>
                        </>
                    },
                } }
            </div>
            </main>
            { trail_dialog }
        </ContextProvider<Ctx>>
    }
}

/// Removes `#w=…` from the address bar so a reload does not offer the worksheet again.
fn clear_fragment() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash("");
    }
}

fn notice_unreadable(l: Lang) -> &'static str {
    match l {
        Lang::Id => {
            "Lembar tersimpan tidak bisa dibaca; salinannya disimpan terpisah di browser ini dan contoh dibuka."
        }
        Lang::En => {
            "The saved sheet could not be read; a copy was kept aside in this browser and the example was opened."
        }
    }
}

fn notice_save_failed(l: Lang) -> &'static str {
    match l {
        Lang::Id => {
            "Browser menolak menyimpan (mode privat atau penyimpanan penuh). Pekerjaan tetap ada di halaman ini."
        }
        Lang::En => "The browser refused to save (private mode or storage full). Your work is still on this page.",
    }
}
