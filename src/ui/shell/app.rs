//! The root component: owns the document (one reducer), the language, the derived figures
//! (memos), the view (cost sheet, export & price, quotation, workshop) and the layout. Storage,
//! the library and the notices are the session's (`ui::shell::session`).

use crate::format::format_money;
use crate::i18n::{self, Lang, T};
use crate::model::cost::compute::compute;
use crate::model::explain::examples;
use crate::model::explain::exercise::Exercise;
use crate::model::explain::outline;
use crate::model::explain::trail::Fig;
use crate::model::sheet::document::Document;
use crate::model::sheet::edit::Edit;
use crate::ui::sheet::article::ArticleCard;
use crate::ui::sheet::summary::Summary;
use crate::ui::shell::guide;
use crate::ui::shell::lazy::{
    CardsProps, ExportProps, GuideProps, Lazy, LibraryProps, NoticeProps, Part, PriceProps, ProjectorProps, QuoteProps,
    TrailProps, WorkshopProps,
};
use crate::ui::shell::session::{use_boot, use_session, Action};
use crate::ui::shell::state::{Ctx, Sheet};
use crate::ui::shell::storage;
use crate::ui::widgets::card::{Card, Fold, Which};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The three steps of the work, and the workshop.
#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Costing,
    Export,
    Quote,
    Workshop,
}

impl View {
    /// The steps in order (the guide names them by index).
    const STEPS: [View; 3] = [View::Costing, View::Export, View::Quote];

    /// The step after this one, with its tab's label: each step's page ends with a button to it.
    fn next(self) -> Option<(View, T)> {
        match self {
            View::Costing => Some((View::Export, T::TabExport)),
            View::Export => Some((View::Quote, T::TabQuote)),
            View::Quote | View::Workshop => None,
        }
    }
}

/// Scrolls the element with `id` to the top of the window, below the sticky bars (each card's
/// `scroll-margin-top`), or the page to its top when there is none.
fn scroll_to(id: Option<&str>) {
    let Some(window) = web_sys::window() else { return };
    match id.and_then(|id| window.document()?.get_element_by_id(id)) {
        Some(el) => el.scroll_into_view(),
        None => window.scroll_to_with_x_and_y(0.0, 0.0),
    }
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
    let boot = use_boot();
    let sheet = use_reducer(|| Sheet { doc: Rc::new(boot.document()), generation: 0 });
    let lang = use_state_eq(storage::load_lang);
    let settled = use_settled();
    let session = use_session(&boot, &sheet, *lang, *settled);
    let Guide { step: guide_step, view, to: guide_to, close: guide_close } = use_guide(session.first_visit);
    let doc = sheet.doc.clone();
    let breakdown = use_memo(doc.clone(), |d| compute(d));

    // Workshop: the open formula trail, the projector, the first-time guide.
    let explaining = use_state_eq(|| None::<Fig>);
    let projector = use_state_eq(|| false);
    // The workshop's exercise: which answers are hidden, kept here so the projector (which
    // replaces the tab) and the price bar hide the same ones. A teaching view: never stored.
    let exercise = use_state_eq(|| Rc::new(Exercise::default()));
    let on_exercise = {
        let exercise = exercise.clone();
        Callback::from(move |e: Rc<Exercise>| exercise.set(e))
    };
    let ctx = use_sheet_ctx(&sheet, *lang, &explaining);

    use_page_lang(*lang);
    let l = *lang;
    let run = session.run.clone();
    // The workshop hands over the example's sheet itself, so only the first example (the sheet a
    // first visit opens) is in the first module; the others are in the workshop's chunk.
    let open_example = run.reform(Action::OpenExample);
    let trail_dialog = match *explaining {
        Some(fig) => {
            let explaining = explaining.clone();
            let on_close = Callback::from(move |_| explaining.set(None));
            html! { <Lazy part={Part::Trail(TrailProps { doc: doc.clone(), breakdown: breakdown.clone(), fig, on_close, article: None })} /> }
        }
        None => html! {},
    };
    if *projector {
        let projector = projector.clone();
        return html! {
            <ContextProvider<Ctx> context={ctx.clone()}>
                <Lazy part={Part::Projector(ProjectorProps { doc: doc.clone(), breakdown: breakdown.clone(),
                    on_close: Callback::from(move |_| projector.set(false)), exercise: (*exercise).clone(), on_exercise })} />
                { trail_dialog }
            </ContextProvider<Ctx>>
        };
    }
    let b = breakdown.clone();
    // The price bar names refused entries: its figures use their fields' last accepted values.
    let refused_labels = ctx.refused.labels(ctx.generation);
    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
            { top_bar(&lang, &session) }
            <main id="main">
            <div class="sticky-top no-print">
                { tabs(&view, l) }
                { price_bar(&view, &doc, &b, &refused_labels, (*view == View::Workshop && exercise.hides_any()).then(|| (*exercise).clone()), l) }
            </div>
            if let Some(step) = *guide_step {
                <Lazy part={Part::Guide(GuideProps { step, on_step: guide_to.clone(), on_close: guide_close.clone() })} />
            }
            { incoming_notice(&incoming, &run, l) }
            if session.conflict || !matches!(*session.notice, crate::ui::shell::session::Notice::None) {
                <Lazy part={Part::Notice(NoticeProps { notice: session.notice.clone(), conflict: session.conflict, run: run.clone() })} />
            }
            if session.library_open {
                <div class="library-wrap">
                    <Lazy part={Part::Library(LibraryProps { entries: session.entries.clone(), aside: session.aside.clone(),
                        current: session.current.clone(), run: run.clone() })} />
                </div>
            }
            <div id="panel" role="tabpanel" aria-labelledby={match *view { View::Costing => "tab-costing", View::Export => "tab-export", View::Quote => "tab-quote", View::Workshop => "tab-workshop" }}
                class={classes!("layout", (*view == View::Quote).then_some("quote-layout"), (*view == View::Workshop).then_some("workshop-layout"))} key={sheet.generation}>
                { match *view {
                    View::Costing => costing_view(&doc, &b, *settled, (*guide_step).map(|i| guide::STEPS[i].2), l),
                    View::Export => html! { <Lazy part={Part::Export(ExportProps { doc: doc.clone(), breakdown: b.clone() })} /> },
                    View::Workshop => html! {
                        <Lazy part={Part::Workshop(WorkshopProps { doc: doc.clone(), breakdown: b.clone(), on_example: open_example.clone(),
                            on_projector: { let p = projector.clone(); Callback::from(move |_| p.set(true)) },
                            on_guide: { let g = guide_to.clone(); Callback::from(move |_| g.emit(0)) },
                            on_quotations: { let view = view.clone(); Callback::from(move |_| view.set(View::Quote)) },
                            exercise: (*exercise).clone(), on_exercise: on_exercise.clone() })} />
                    },
                    View::Quote => html! { <Lazy part={Part::Quote(QuoteProps { doc: doc.clone(), breakdown: b.clone(), sheet_id: session.current.clone(), library: session.entries.clone() })} /> },
                } }
            </div>
            { next_step(&view, l) }
            </main>
            { trail_dialog }
        </ContextProvider<Ctx>>
    }
}

/// Runs `f` in a task after the next frame has been painted (a frame callback, then a timer), so
/// what the current render put on screen is shown before `f`'s work starts, in every browser.
fn after_next_paint(f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else { return f() };
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo::timers::callback::Timeout::new(0, f).forget();
    });
    if window.request_animation_frame(frame.unchecked_ref()).is_err() {
        // No frames (a hidden page may not get one soon): the task after this one will do.
        let _ = window.set_timeout_with_callback(frame.unchecked_ref());
    }
}

/// Removes `#w=…` from the address bar so a reload does not offer the worksheet again.
fn clear_fragment() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash("");
    }
}

type Incoming = UseStateHandle<Rc<Option<Result<Document, crate::share::link::LinkError>>>>;

/// A worksheet link's sheet, offered to open (never opened silently), or why it was refused.
fn incoming_notice(incoming: &Incoming, run: &Callback<Action>, l: Lang) -> Html {
    let t = |k: T| k.in_lang(l);
    match &***incoming {
        Some(Ok(sheet)) => {
            let (run, incoming2, sheet2) = (run.clone(), incoming.clone(), sheet.clone());
            let open = Callback::from(move |_: MouseEvent| {
                run.emit(Action::StartNew(sheet2.clone()));
                clear_fragment();
                incoming2.set(Rc::new(None));
            });
            let dismiss = {
                let incoming = incoming.clone();
                Callback::from(move |_: MouseEvent| {
                    clear_fragment();
                    incoming.set(Rc::new(None));
                })
            };
            html! {
                <div class="notice no-print" role="alert" id="incoming-worksheet">
                    { format!("{} “{}”. ", t(T::IncomingWorksheet), sheet.article.name) }
                    <button type="button" class="primary" onclick={open}>{ t(T::OpenIncoming) }</button>{ " " }
                    <button type="button" onclick={dismiss}>{ t(T::Dismiss) }</button>
                </div>
            }
        }
        Some(Err(e)) => {
            let dismiss = {
                let incoming = incoming.clone();
                Callback::from(move |_: MouseEvent| {
                    clear_fragment();
                    incoming.set(Rc::new(None));
                })
            };
            let message = match e {
                crate::share::link::LinkError::Document(d) => crate::ui::shell::refusal::view(d, l, "incoming-refused"),
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
    }
}

/// The header: the brand, the sheet's tools (example, new, library, save, open) and the language.
fn top_bar(lang: &UseStateHandle<Lang>, session: &crate::ui::shell::session::Session) -> Html {
    let l = **lang;
    let t = |k: T| k.in_lang(l);
    let run = &session.run;
    // A new sheet, the example or an opened file becomes a new sheet in the library; the open
    // one is saved first and stays there, so nothing is replaced and nothing is lost.
    let replace = |make: fn() -> Document| run.reform(move |_: MouseEvent| Action::StartNew(make()));
    let open_file = {
        let open = session.open_file.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            open.emit(file);
        })
    };
    let set_lang = |to: Lang| {
        let lang = lang.clone();
        Callback::from(move |_: MouseEvent| lang.set(to))
    };
    html! {
    <header class="topbar no-print">
        <div class="brand">
            <svg class="logo" viewBox="0 0 64 64" width="36" height="36" aria-hidden="true" focusable="false">
                <rect width="64" height="64" rx="12" fill="#fff" /><path d="M10 40c8 0 14-4 20-14 3 6 8 9 14 10l10 2v8H10z" fill="#7a3e1d" />
            </svg>
            <div><h1>{ "Tapak" }</h1><p class="tagline">{ t(T::AppTagline) }</p></div>
        </div>
        <nav class="tools" aria-label={t(T::Actions)}>
            <button type="button" onclick={run.reform(|_: MouseEvent| Action::OpenExample(examples::sneaker_busan()))}>{ t(T::LoadExample) }</button>
            <button type="button" id="new-sheet" onclick={replace(Document::new_sheet)}>{ t(T::NewSheet) }</button>
            <button type="button" id="library-button" aria-expanded={session.library_open.to_string()}
                onclick={run.reform(|_| Action::ToggleLibrary)}>{ t(T::Library) }</button>
            <button type="button" id="save-file" onclick={run.reform(|_| Action::SaveFile)}>{ t(T::SaveFile) }</button>
            <label class="file-button" for="open-file">{ t(T::OpenFile) }</label>
            <input type="file" id="open-file" class="sr-only" accept=".json,application/json" onchange={open_file} />
            <div class="lang" role="group" aria-label={t(T::Language)}>
                <button type="button" id="lang-id" aria-pressed={(l == Lang::Id).to_string()} onclick={set_lang(Lang::Id)} lang="id">{ "ID" }</button>
                <button type="button" id="lang-en" aria-pressed={(l == Lang::En).to_string()} onclick={set_lang(Lang::En)} lang="en">{ "EN" }</button>
            </div>
        </nav>
    </header>
    }
}

/// The context every card reads: the language, edits sent to the sheet's reducer (a field that
/// goes away with an edit takes its refused entry with it), the formula trail to open, and the
/// refused entries. A new, opened or example sheet starts with none: entries carry the
/// generation they were typed in, and only the current sheet's count (`Ctx::generation`).
#[hook]
fn use_sheet_ctx(sheet: &UseReducerHandle<Sheet>, lang: Lang, explaining: &UseStateHandle<Option<Fig>>) -> Ctx {
    let refused = use_reducer(crate::format::refused::Refused::default);
    let edit = {
        let (dispatcher, forget) = (sheet.dispatcher(), refused.dispatcher());
        use_memo((), move |_| {
            Callback::from(move |e: Edit| {
                // The edit first (so the field is gone), then the entries (so it cannot report again).
                dispatcher.dispatch(e.clone());
                forget.dispatch(crate::format::refused::RefusedAction::Edited(e));
            })
        })
    };
    let explain = {
        let explaining = explaining.clone();
        use_memo((), move |_| Callback::from(move |f: Fig| explaining.set(Some(f))))
    };
    let report = {
        let dispatcher = refused.dispatcher();
        use_memo((), move |_| Callback::from(move |r| dispatcher.dispatch(r)))
    };
    Ctx {
        lang,
        edit: (*edit).clone(),
        explain: (*explain).clone(),
        refused: Rc::new((*refused).clone()),
        report: (*report).clone(),
        generation: sheet.generation,
    }
}

/// The price bar: HPP, the quoted price (a part, after the first figure), and a mark when a
/// field holds a refused entry or a cost is missing. On a phone it stays in reach; tapping it
/// shows the whole summary (the price panel on the export tab, the cost summary elsewhere).
fn price_bar(
    view: &UseStateHandle<View>,
    doc: &Rc<Document>,
    b: &Rc<crate::model::cost::compute::Breakdown>,
    refused_labels: &[String],
    exercise: Option<Rc<Exercise>>,
    l: Lang,
) -> Html {
    let t = |k: T| k.in_lang(l);
    let style = l.number_style();
    html! {
    <button type="button" class="hpp-bar" id="hpp-bar" onclick={{
        let view = view.clone();
        Callback::from(move |_: MouseEvent| {
            if *view == View::Export {
                scroll_to(Some("h-price"));
            } else {
                view.set(View::Costing);
                gloo::timers::callback::Timeout::new(0, || scroll_to(Some("h-summary"))).forget();
            }
        })
    }}>
        <span>{ t(T::HppPerPair) }</span>
        // (While the workshop's exercise hides the HPP, the price part puts "?" in its place.)
        <strong>{ format_money(b.per_pair, style) }</strong>
        // The quoted price follows the first figure, with the quote's code.
        <Lazy part={Part::Price(PriceProps { doc: doc.clone(), breakdown: b.clone(), exercise })} quiet=true />
        // A refused entry is named here too: the figures beside it use the field's last
        // accepted value, not what is on screen in the field.
        if !refused_labels.is_empty() {
            <span class="bar-refused" id="bar-refused" title={refused_labels.join(" · ")}>
                { format!("⚠ {} {}", refused_labels.len(), t(T::BarRefused)) }
            </span>
        } else if !b.is_complete() { <span aria-label={t(T::Incomplete)}>{ "⚠" }</span> }
        <span class="sr-only">{ " · " }{ t(T::SeeSummary) }</span>
    </button>
    }
}

/// The cost sheet's tab: the article, then the cards below it (their folded lines before the
/// first paint, the cards' part after it), beside the summary.
fn costing_view(
    doc: &Rc<Document>,
    b: &Rc<crate::model::cost::compute::Breakdown>,
    settled: bool,
    guided: Option<Which>,
    l: Lang,
) -> Html {
    let t = |k: T| k.in_lang(l);
    let d = &**doc;
    let [article, rates, materials, labour, overhead, one_off] =
        crate::ui::widgets::card::folds(&outline::costing(d, b), l, guided);
    let shell = |which, title: T, fold: &Fold| html! { <Card {which} title={t(title)} fold={fold.clone()} /> };
    html! {
        <>
            <div class="sheet">
                <ArticleCard article={d.article.clone()} display_currency={d.display_currency} fold={article} />
                // Before the first paint, the cards below the article are their
                // headings and lines only (what a phone shows of them anyway), so
                // nothing moves when they are built in full just after.
                if !settled {
                    { shell(Which::Rates, T::Rates, &rates) }
                    { shell(Which::Materials, T::Materials, &materials) }
                    { shell(Which::Labour, T::Labour, &labour) }
                    { shell(Which::Overhead, T::Overhead, &overhead) }
                    { shell(Which::OneOff, T::OneOff, &one_off) }
                }
                // The cards' code is a part, fetched right after the first
                // figure; their folded lines stand in while it comes.
                if settled {
                    <Lazy part={Part::Sheet(CardsProps { doc: doc.clone(), breakdown: b.clone(),
                        folds: Rc::new([rates.clone(), materials.clone(), labour.clone(), overhead.clone(), one_off.clone()]) })}
                        placeholder={html! { <>
                            { shell(Which::Rates, T::Rates, &rates) }
                            { shell(Which::Materials, T::Materials, &materials) }
                            { shell(Which::Labour, T::Labour, &labour) }
                            { shell(Which::Overhead, T::Overhead, &overhead) }
                            { shell(Which::OneOff, T::OneOff, &one_off) }
                        </> }} />
                }
            </div>
            <aside class="side">
                <Summary doc={doc.clone()} breakdown={b.clone()} />
                <p class="fine">
                    if examples::is_example(d) { <span id="illustrative">{ t(T::Illustrative) }{ " " }</span> }
                    { t(T::KeptLastValid) }
                </p>
            </aside>
        </>
    }
}

/// The first-visit guide: its step (or the step a reload interrupted: it resumes on its tab),
/// the tab shown, going to a step, and closing it for good.
struct Guide {
    step: UseStateHandle<Option<usize>>,
    view: UseStateHandle<View>,
    to: Callback<usize>,
    close: Callback<()>,
}

#[hook]
fn use_guide(first_visit: bool) -> Guide {
    // The first-visit guide, or the step a reload interrupted (it resumes on its tab).
    let guide_step = use_state_eq(|| match storage::guide_step() {
        Some(step) => Some(step),
        None => (first_visit && !storage::guide_done()).then_some(0usize),
    });
    // Every step shown is remembered (the first one too), so a reload resumes there.
    use_effect_with(*guide_step, |step| {
        if let Some(i) = *step {
            storage::set_guide_step(i);
        }
    });
    let view = use_state_eq(|| guide_step.map_or(View::Costing, |i| View::STEPS[guide::STEPS[i].1]));
    {
        let resumed = *guide_step;
        use_effect_with((), move |_| {
            // The first step's card is at the top already: it is opened, not scrolled to.
            if let Some(i) = resumed {
                guide::show_card(guide::STEPS[i].2, i > 0);
            }
        });
    }
    let guide_to = {
        let (guide_step, view) = (guide_step.clone(), view.clone());
        Callback::from(move |i: usize| {
            let (_, tab, card) = guide::STEPS[i.min(guide::STEPS.len() - 1)];
            view.set(View::STEPS[tab]);
            guide::show_card(card, true);
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
    Guide { step: guide_step, view, to: guide_to, close: guide_close }
}

/// Whether the first frame is on screen. The first render builds the top of the cost sheet and
/// the summary (with HPP) only; the cards below (materials, labour, overhead, one-off) follow in
/// the next task, after that first frame is on screen. On a slow phone this shows the figure well
/// before the whole sheet is built (issue 13); it never goes back to false.
#[hook]
fn use_settled() -> UseStateHandle<bool> {
    let settled = use_state_eq(|| false);
    {
        let settled = settled.clone();
        use_effect_with((), move |_| {
            after_next_paint(move || settled.set(true));
        });
    }
    settled
}

/// Remembers the language and tags the page with it.
#[hook]
fn use_page_lang(lang: Lang) {
    use_effect_with(lang, |&l| {
        storage::save_lang(l);
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", l.tag());
        }
    });
}

/// The four tabs.
fn tabs(view: &UseStateHandle<View>, l: Lang) -> Html {
    let t = |k: T| k.in_lang(l);
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
    html! {
        <div class="tabs" role="tablist" aria-label={t(T::Views)}>
            { tab(View::Costing, T::TabCosting, "tab-costing") }
            { tab(View::Export, T::TabExport, "tab-export") }
            { tab(View::Quote, T::TabQuote, "tab-quote") }
            { tab(View::Workshop, T::TabWorkshop, "tab-workshop") }
        </div>
    }
}

/// The button to the next tab, at the end of every tab but the last.
fn next_step(view: &UseStateHandle<View>, l: Lang) -> Html {
    let t = |k: T| k.in_lang(l);
    let Some((next, label)) = view.next() else { return html! {} };
    let view = view.clone();
    html! {
        <nav class="next-step no-print" aria-label={t(T::NextStep)}>
            <button type="button" class="primary" id="next-step" onclick={Callback::from(move |_: MouseEvent| {
                view.set(next);
                scroll_to(None);
            })}>{ t(T::NextStep) }{ ": " }{ t(label) }{ " →" }</button>
        </nav>
    }
}
