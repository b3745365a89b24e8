//! Parts of the editor that are loaded on first use: the export tab, the quotation tab, the
//! workshop (with the projector and the formula trail), the library panel, the first-visit guide and
//! the session's notices; and, right after the first figure, the cost sheet's cards and the quoted
//! price. The first screen (the article, the HPP and the cards' folded lines) needs none of them,
//! so their code is not in the module a maker downloads before the first figure.
//!
//! How: the editor program (`src/main.rs`, with the `split` feature that `scripts/wasm.mjs` turns
//! on) declares one split point of `wasm_split_helpers` per part and hands them over as the
//! [`Loader`]; `wasm-split-cli` (`scripts/editor.mjs`) moves each split point, and every function
//! only it reaches, into a wasm chunk that shares the main module's memory. The first call fetches
//! the chunk and returns a plain function that renders the part, kept here so later renders are
//! synchronous. The split points live in the program, not in this library, so the buyer's program
//! (built in the same cargo run) does not export them and stays small. Without a loader set
//! (tests), `ui::parts::direct` renders every part from code linked in.
//!
//! A chunk that cannot be fetched (offline before the first visit finished caching, a dropped
//! connection) shows a message in the user's language with a "Try again" button; the sheet, its
//! figures and everything already loaded keep working.

use crate::i18n::T;
use crate::model::cost::compute::Breakdown;
use crate::model::explain::exercise::Exercise;
use crate::model::explain::trail::Fig;
use crate::model::export::quote::Quote;
use crate::model::sheet::document::Document;
use crate::store::library::{Aside, Entry};
use crate::ui::shell::session::{Action, Notice};
use crate::ui::shell::state::use_ctx;
use crate::ui::widgets::card::Fold;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use yew::prelude::*;

/// Which chunk a part's code travels in: what the loader is asked for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// The export & price tab (terms, sizes, shipping, export costs, the price panel).
    Export,
    /// The quotation tab (details, sharing, the A4 sheet).
    Quote,
    /// The workshop tab.
    Workshop,
    /// The projector view of the workshop.
    Projector,
    /// The formula trail of one figure.
    Trail,
    /// The library panel.
    Library,
    /// The first-visit guide's box.
    Guide,
    /// The session's notices, when there is one.
    Notice,
    /// The cost sheet's cards below the article (rates, materials, labour, overhead, one-off):
    /// the first screen shows the HPP from `compute` and these cards' folded lines, and the
    /// cards themselves come right after the first figure.
    Sheet,
    /// The quotations of several articles in the quotation tab (`ui::quote::quotations`): a
    /// chunk of its own, so the tab's own chunk stays what a sheet's quotation needs.
    Quotations,
    /// The quoted price and term in the price bar. The first screen shows the cost (HPP) from
    /// `compute`; the quote engine (packing, Incoterms, FX, rounding) comes with this part and
    /// the other parts, right after the first figure.
    Price,
}

/// The export tab's props: the sheet and its cost.
#[derive(Properties, PartialEq, Clone)]
pub struct ExportProps {
    pub doc: Rc<Document>,
    pub breakdown: Rc<Breakdown>,
}

/// The price bar's quoted price: the sheet and its cost.
#[derive(Properties, PartialEq, Clone)]
pub struct PriceProps {
    pub doc: Rc<Document>,
    pub breakdown: Rc<Breakdown>,
    /// The workshop's exercise, while it hides answers on the workshop tab: the quoted price
    /// shows "?" when it is one of them.
    pub exercise: Option<Rc<Exercise>>,
}

/// The quotation tab and its quotations card: the sheet, and its library id (a quotation
/// starts from it).
#[derive(Properties, PartialEq, Clone)]
pub struct QuoteProps {
    pub doc: Rc<Document>,
    pub breakdown: Rc<Breakdown>,
    pub sheet_id: AttrValue,
    /// The library as the session holds it (a quotation's lines name its sheets).
    pub library: Rc<Vec<Entry>>,
}

/// The workshop tab: the sheet, and the ways out of it.
#[derive(Properties, PartialEq, Clone)]
pub struct WorkshopProps {
    pub doc: Rc<Document>,
    pub breakdown: Rc<Breakdown>,
    /// Opens a built-in example (its sheet) as a new sheet.
    pub on_example: Callback<Document>,
    pub on_projector: Callback<()>,
    pub on_guide: Callback<()>,
    /// Shows the quotation tab (the workshop's worked order opens there).
    pub on_quotations: Callback<()>,
    /// The exercise (answers hidden until shown), and its change.
    pub exercise: Rc<Exercise>,
    pub on_exercise: Callback<Rc<Exercise>>,
}

/// The projector.
#[derive(Properties, PartialEq, Clone)]
pub struct ProjectorProps {
    pub doc: Rc<Document>,
    pub breakdown: Rc<Breakdown>,
    pub on_close: Callback<()>,
    /// The workshop's exercise: the projector hides the same answers, and shows them.
    pub exercise: Rc<Exercise>,
    pub on_exercise: Callback<Rc<Exercise>>,
}

/// A figure's formula trail: the sheet's, or an article's of a quotation.
#[derive(Properties, PartialEq, Clone)]
pub struct TrailProps {
    pub doc: Rc<Document>,
    pub breakdown: Rc<Breakdown>,
    pub fig: Fig,
    pub on_close: Callback<()>,
    /// An article of a quotation whose trail is shown instead of the sheet's.
    #[prop_or_default]
    pub article: Option<ArticleAt>,
}

/// The library panel: the library's entries and the session's actions.
#[derive(Properties, PartialEq, Clone)]
pub struct LibraryProps {
    pub entries: Rc<Vec<Entry>>,
    pub aside: Rc<Vec<Aside>>,
    pub current: AttrValue,
    pub run: Callback<Action>,
}

/// The first-visit guide's box at `step`.
#[derive(Properties, PartialEq, Clone)]
pub struct GuideProps {
    pub step: usize,
    pub on_step: Callback<usize>,
    pub on_close: Callback<()>,
}

/// The notice, and another tab's change.
#[derive(Properties, PartialEq, Clone)]
pub struct NoticeProps {
    pub notice: Rc<Notice>,
    pub conflict: bool,
    pub run: Callback<Action>,
}

/// The cost sheet's cards, and how they start on a phone (rates, materials, labour, overhead,
/// one-off).
#[derive(Properties, PartialEq, Clone)]
pub struct CardsProps {
    pub doc: Rc<Document>,
    pub breakdown: Rc<Breakdown>,
    pub folds: Rc<[Fold; 5]>,
}

/// A part, with its own props.
#[derive(Clone, PartialEq)]
pub enum Part {
    Export(ExportProps),
    Price(PriceProps),
    Quote(QuoteProps),
    Quotations(QuoteProps),
    Workshop(WorkshopProps),
    Projector(ProjectorProps),
    Trail(TrailProps),
    Library(LibraryProps),
    Guide(GuideProps),
    Notice(NoticeProps),
    Sheet(CardsProps),
}

impl Part {
    pub fn kind(&self) -> Kind {
        match self {
            Part::Export(_) => Kind::Export,
            Part::Price(_) => Kind::Price,
            Part::Quote(_) => Kind::Quote,
            Part::Quotations(_) => Kind::Quotations,
            Part::Workshop(_) => Kind::Workshop,
            Part::Projector(_) => Kind::Projector,
            Part::Trail(_) => Kind::Trail,
            Part::Library(_) => Kind::Library,
            Part::Guide(_) => Kind::Guide,
            Part::Notice(_) => Kind::Notice,
            Part::Sheet(_) => Kind::Sheet,
        }
    }
}

/// One article of a priced quotation at one of its terms, for its formula trail: the priced
/// quotation, the line's place in it, the term column, and how the dialog names them.
#[derive(Clone)]
pub struct ArticleAt {
    /// The priced quotation.
    pub price: Rc<crate::model::quotation::combined::QuotationPrice>,
    pub line: usize,
    pub term: usize,
    pub title: AttrValue,
}

impl PartialEq for ArticleAt {
    /// The same pricing (not an equal one: comparing every figure would cost more than it saves).
    fn eq(&self, o: &ArticleAt) -> bool {
        Rc::ptr_eq(&self.price, &o.price) && (self.line, self.term) == (o.line, o.term) && self.title == o.title
    }
}

/// A loaded part's renderer, typed by its part.
#[derive(Clone, Copy)]
pub enum Render {
    Export(fn(&ExportProps) -> Html),
    Price(fn(&PriceProps) -> Html),
    Quote(fn(&QuoteProps) -> Html),
    Quotations(fn(&QuoteProps) -> Html),
    Workshop(fn(&WorkshopProps) -> Html),
    Projector(fn(&ProjectorProps) -> Html),
    Trail(fn(&TrailProps) -> Html),
    Library(fn(&LibraryProps) -> Html),
    Guide(fn(&GuideProps) -> Html),
    Notice(fn(&NoticeProps) -> Html),
    Sheet(fn(&CardsProps) -> Html),
}

impl Render {
    fn kind(self) -> Kind {
        match self {
            Render::Export(_) => Kind::Export,
            Render::Price(_) => Kind::Price,
            Render::Quote(_) => Kind::Quote,
            Render::Quotations(_) => Kind::Quotations,
            Render::Workshop(_) => Kind::Workshop,
            Render::Projector(_) => Kind::Projector,
            Render::Trail(_) => Kind::Trail,
            Render::Library(_) => Kind::Library,
            Render::Guide(_) => Kind::Guide,
            Render::Notice(_) => Kind::Notice,
            Render::Sheet(_) => Kind::Sheet,
        }
    }

    /// Renders `part` (a renderer is only ever kept under its own kind, so the two match).
    fn show(self, part: &Part) -> Html {
        match (self, part) {
            (Render::Export(f), Part::Export(p)) => f(p),
            (Render::Price(f), Part::Price(p)) => f(p),
            (Render::Quote(f), Part::Quote(p)) | (Render::Quotations(f), Part::Quotations(p)) => f(p),
            (Render::Workshop(f), Part::Workshop(p)) => f(p),
            (Render::Projector(f), Part::Projector(p)) => f(p),
            (Render::Trail(f), Part::Trail(p)) => f(p),
            (Render::Library(f), Part::Library(p)) => f(p),
            (Render::Guide(f), Part::Guide(p)) => f(p),
            (Render::Notice(f), Part::Notice(p)) => f(p),
            (Render::Sheet(f), Part::Sheet(p)) => f(p),
            _ => Html::default(),
        }
    }
}

/// A chunk could not be fetched or started.
pub struct LoadFailed;

/// Brings in a part's code and returns its renderer: the editor program's split points
/// (`src/main.rs`), or `ui::parts::direct` where nothing is split.
pub type Loader = fn(Kind) -> Pin<Box<dyn Future<Output = Result<Render, LoadFailed>>>>;

/// How `Lazy` shows a part.
#[derive(Properties, PartialEq, Clone)]
pub struct LazyProps {
    pub part: Part,
    /// Nothing at all while the part loads or if it cannot (for a part inside a bar).
    #[prop_or_default]
    pub quiet: bool,
    /// Shown while the part loads, instead of "Loading…" (the cards' folded lines).
    #[prop_or_default]
    pub placeholder: Option<Html>,
}

thread_local! {
    /// The last document quoted and its quote.
    static QUOTED: RefCell<Option<(Rc<Document>, Rc<Quote>)>> = const { RefCell::new(None) };
}

/// The quote of `doc`, computed once per version of the document, whichever part asks first.
/// Only the parts call it, so `quote` and everything it needs travel in their chunks.
pub fn quote_of(doc: &Rc<Document>) -> Rc<Quote> {
    QUOTED.with(|q| {
        let mut q = q.borrow_mut();
        match &*q {
            Some((d, quote)) if Rc::ptr_eq(d, doc) => quote.clone(),
            _ => {
                let quote = Rc::new(crate::model::export::quote::quote(doc));
                *q = Some((doc.clone(), quote.clone()));
                quote
            }
        }
    })
}

thread_local! {
    /// The renderers of the parts whose chunk is in (a few entries, looked up by kind).
    static LOADED: RefCell<Vec<Render>> = const { RefCell::new(Vec::new()) };
    static LOADER: Cell<Option<Loader>> = const { Cell::new(None) };
}

/// Sets how parts are loaded (once, before the editor is mounted). Nothing in the library names
/// a loader, so no part's code is reachable from the editor's first module.
pub fn set_loader(loader: Loader) {
    LOADER.with(|l| l.set(Some(loader)));
}

/// The workshop's and the projector's own stylesheet (`styles/workshop.css`), not in the first
/// load: fetched beside their chunk the first time either is opened (a few KB against the
/// chunk's tens, so it is in before the chunk). The start script names the built file in
/// `<html data-workshop-css>` (`scripts/postbuild.mjs`); a page without it (a test page) fetches
/// nothing.
fn fetch_stylesheet(kind: Kind) {
    if !matches!(kind, Kind::Workshop | Kind::Projector) {
        return;
    }
    let document = gloo::utils::document();
    let Some(href) = document.document_element().and_then(|html| html.get_attribute("data-workshop-css")) else {
        return;
    };
    if document.query_selector("link[data-part=workshop]").ok().flatten().is_some() {
        return;
    }
    let Ok(link) = document.create_element("link") else { return };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &href);
    let _ = link.set_attribute("data-part", "workshop");
    if let Ok(Some(head)) = document.query_selector("head") {
        let _ = head.append_child(&link);
    }
}

fn loaded(kind: Kind) -> Option<Render> {
    LOADED.with(|l| l.borrow().iter().find(|r| r.kind() == kind).copied())
}

/// Shows `part` once its chunk is in; meanwhile a short "Loading…", and if the chunk cannot be
/// fetched, why and a button to try again.
#[function_component]
pub fn Lazy(p: &LazyProps) -> Html {
    let lang = use_ctx().lang;
    // Renders again when a chunk arrives; `attempt` is bumped when the user asks to try again.
    let arrived = use_force_update();
    let attempt = use_state_eq(|| 0u32);
    let failed = use_state_eq(|| None::<Kind>);
    let kind = p.part.kind();
    {
        let (arrived, failed) = (arrived.clone(), failed.clone());
        use_effect_with((kind, *attempt), move |&(part, _)| {
            fetch_stylesheet(part);
            if loaded(part).is_none() {
                yew::platform::spawn_local(async move {
                    let loader = LOADER.with(Cell::get);
                    let outcome = match loader {
                        Some(load) => load(part).await,
                        None => Err(LoadFailed),
                    };
                    match outcome {
                        Ok(render) => {
                            LOADED.with(|l| l.borrow_mut().push(render));
                            arrived.force_update();
                        }
                        Err(LoadFailed) => failed.set(Some(part)),
                    }
                });
            }
        });
    }
    if let Some(render) = loaded(kind) {
        return render.show(&p.part);
    }
    if p.quiet {
        return html! {};
    }
    if let (Some(placeholder), false) = (&p.placeholder, *failed == Some(kind)) {
        return placeholder.clone();
    }
    if *failed == Some(kind) {
        let retry = Callback::from(move |_: MouseEvent| {
            failed.set(None);
            attempt.set(*attempt + 1);
        });
        return html! {
            <div class="notice part-failed" role="alert">
                <p>{ T::PartFailed.in_lang(lang) }</p>
                <button type="button" class="primary" onclick={retry}>{ T::TryAgain.in_lang(lang) }</button>
            </div>
        };
    }
    html! { <p class="part-loading" role="status">{ T::Loading.in_lang(lang) }</p> }
}
