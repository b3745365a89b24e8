//! The root component: owns the document (one reducer), the language, autosave, the view
//! (cost sheet, export & price, quotation) and the layout.

use crate::format::format_money;
use crate::i18n::{self, Lang, T};
use crate::model::compute::compute;
use crate::model::document::Document;
use crate::model::edit::Edit;
use crate::model::examples;
use crate::model::quote::quote;
use crate::ui::article::ArticleCard;
use crate::ui::export::{ExportCostsCard, ShippingCard, SizesCard, TermsCard};
use crate::ui::files;
use crate::ui::labour::{LabourCard, OneOffCard, OverheadCard};
use crate::ui::materials::MaterialsCard;
use crate::ui::quote_view::{QuoteForm, QuotePanel, QuoteSheet};
use crate::ui::rates::RatesCard;
use crate::ui::share_view::SharePanel;
use crate::ui::state::{Ctx, Sheet};
use crate::ui::storage::{self, Restored};
use crate::ui::summary::Summary;
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
}

/// The three steps of the work.
#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Costing,
    Export,
    Quote,
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
    let restored = use_memo((), |_| storage::load_document());
    let sheet = use_reducer(|| {
        let doc = match &*restored {
            Restored::Document(d) => (**d).clone(),
            // First visit (or unreadable storage): open the example so the sheet explains itself.
            Restored::Nothing | Restored::Unreadable => examples::sneaker_busan(),
        };
        Sheet { doc: Rc::new(doc), generation: 0 }
    });
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
    let ctx = Ctx { lang: *lang, edit: (*edit).clone() };

    // Side effects: remember the language, tag the page, autosave the document.
    use_effect_with(*lang, |&l| {
        storage::save_lang(l);
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", l.tag());
        }
    });
    {
        let notice = notice.clone();
        use_effect_with(doc.clone(), move |d| {
            if storage::save_document(d).is_err() {
                notice.set(Notice::SaveFailed);
            } else if *notice == Notice::SaveFailed {
                notice.set(Notice::None);
            }
        });
    }

    let l = *lang;
    let t = |k: T| k.in_lang(l);
    let replace = |make: fn() -> Document| {
        let (edit, doc) = (ctx.edit.clone(), doc.clone());
        Callback::from(move |_: MouseEvent| {
            if *doc == Document::empty() || *doc == make() || confirm(T::ConfirmReplace.in_lang(l)) {
                edit.emit(Edit::Replace(Box::new(make())));
            }
        })
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
        let (edit, doc, notice, reader) = (ctx.edit.clone(), doc.clone(), notice.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            let (edit, doc, notice) = (edit.clone(), doc.clone(), notice.clone());
            *reader.borrow_mut() = Some(files::open(file, move |result| match result {
                Ok(opened) => {
                    if *doc == opened || *doc == examples::sneaker_busan() || confirm(T::ConfirmReplace.in_lang(l)) {
                        edit.emit(Edit::Replace(Box::new(opened)));
                        notice.set(Notice::FileOpened);
                    }
                }
                Err(e) => notice.set(Notice::FileError(e)),
            }));
        })
    };
    let set_lang = |to: Lang| {
        let lang = lang.clone();
        Callback::from(move |_: MouseEvent| lang.set(to))
    };
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
                    <button type="button" id="save-file" onclick={save_file}>{ t(T::SaveFile) }</button>
                    <label class="file-button" for="open-file">{ t(T::OpenFile) }</label>
                    <input type="file" id="open-file" class="sr-only" accept=".json,application/json" onchange={open_file} />
                    <div class="lang" role="group" aria-label={t(T::Language)}>
                        <button type="button" id="lang-id" aria-pressed={(l == Lang::Id).to_string()} onclick={set_lang(Lang::Id)} lang="id">{ "ID" }</button>
                        <button type="button" id="lang-en" aria-pressed={(l == Lang::En).to_string()} onclick={set_lang(Lang::En)} lang="en">{ "EN" }</button>
                    </div>
                </nav>
            </header>
            <div class="tabs no-print" role="tablist" aria-label={t(T::Views)}>
                { tab(View::Costing, T::TabCosting, "tab-costing") }
                { tab(View::Export, T::TabExport, "tab-export") }
                { tab(View::Quote, T::TabQuote, "tab-quote") }
            </div>
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
                    let (edit, incoming2, sheet2) = (ctx.edit.clone(), incoming.clone(), sheet.clone());
                    let open = Callback::from(move |_: MouseEvent| {
                        edit.emit(Edit::Replace(Box::new(sheet2.clone())));
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
                    html! {
                        <div class="notice no-print" role="alert" id="incoming-error">
                            { i18n::link_error(e, l) }{ " " }
                            <button type="button" onclick={dismiss}>{ t(T::Dismiss) }</button>
                        </div>
                    }
                }
                None => html! {},
            } }
            if *notice != Notice::None {
                <p class={classes!("notice", "no-print", (*notice == Notice::FileOpened).then_some("ok"))} role="alert">{ match &*notice {
                    Notice::StoredUnreadable => notice_unreadable(l).to_string(),
                    Notice::SaveFailed => notice_save_failed(l).to_string(),
                    Notice::FileError(e) => i18n::load_error(e, l),
                    Notice::FileOpened => t(T::FileOpened).to_string(),
                    Notice::None => String::new(),
                } }</p>
            }
            <main id="panel" role="tabpanel" class={classes!("layout", (*view == View::Quote).then_some("quote-layout"))} key={sheet.generation}>
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
                    View::Quote => html! {
                        <>
                            <div class="sheet no-print">
                                <QuoteForm details={d.quote.clone()} />
                                <SharePanel doc={doc.clone()} quote={q.clone()} />
                            </div>
                            <div class="print-area">
                                <QuoteSheet doc={doc.clone()} quote={q.clone()} />
                            </div>
                        </>
                    },
                } }
            </main>
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
