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
//! (tests), [`direct`] renders every part from code linked in.
//!
//! A chunk that cannot be fetched (offline before the first visit finished caching, a dropped
//! connection) shows a message in the user's language with a "Try again" button; the sheet, its
//! figures and everything already loaded keep working.

use crate::i18n::T;
use crate::model::cost::compute::Breakdown;
use crate::model::explain::trail::Fig;
use crate::model::export::quote::Quote;
use crate::model::sheet::document::Document;
use crate::ui::shell::state::use_ctx;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use yew::prelude::*;

/// A part of the editor that lives in a chunk of its own.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The export & price tab (terms, sizes, shipping, export costs, the price panel).
    Export,
    /// The quotation tab (details, sharing, the A4 sheet).
    Quote,
    /// The workshop tab.
    Workshop,
    /// The projector view of the workshop.
    Projector,
    /// The formula trail of one figure (`fig`).
    Trail,
    /// The library panel (`library`).
    Library,
    /// The first-visit guide's box at `step`.
    Guide,
    /// The session's notices (`notice`), when there is one.
    Notice,
    /// The cost sheet's cards below the article (rates, materials, labour, overhead, one-off):
    /// the first screen shows the HPP from `compute` and these cards' folded lines, and the
    /// cards themselves come right after the first figure.
    Sheet,
    /// The quotations of several articles in the quotation tab (`ui::quote::quotations`): a chunk of
    /// its own, so the tab's own chunk stays what a sheet's quotation needs.
    Quotations,
    /// The quoted price and term in the price bar. The first screen shows the cost (HPP) from
    /// `compute`; the quote engine (packing, Incoterms, FX, rounding) comes with this part and
    /// the other parts, right after the first figure.
    Price,
}

/// What every part is rendered from: the sheet, its figures and the callbacks some parts use.
#[derive(Properties, PartialEq, Clone)]
pub struct PartProps {
    pub part: Part,
    pub doc: Rc<Document>,
    pub breakdown: Rc<Breakdown>,
    /// Nothing at all while the part loads or if it cannot (for a part inside a bar).
    #[prop_or_default]
    pub quiet: bool,
    /// The figure whose trail is shown (`Part::Trail`).
    #[prop_or(Fig::Materials)]
    pub fig: Fig,
    #[prop_or_default]
    pub on_close: Callback<()>,
    #[prop_or_default]
    /// Opens a built-in example (its sheet) as a new sheet.
    pub on_example: Callback<Document>,
    #[prop_or_default]
    pub on_projector: Callback<()>,
    #[prop_or_default]
    pub on_guide: Callback<()>,
    /// Shows the quotation tab (the workshop's worked order opens there).
    #[prop_or_default]
    pub on_quotations: Callback<()>,
    /// The guide's step and the way to another (`Part::Guide`).
    #[prop_or_default]
    pub step: usize,
    #[prop_or_default]
    pub on_step: Callback<usize>,
    /// The library's entries and actions (`Part::Library`).
    #[prop_or_default]
    pub library: Option<crate::ui::library::LibraryProps>,
    /// The notice and another tab's change (`Part::Notice`).
    #[prop_or_default]
    pub notice: Option<crate::ui::shell::notice::NoticeProps>,
    /// How the sheet's cards start on a phone (`Part::Sheet`): rates, materials, labour,
    /// overhead, one-off.
    #[prop_or_default]
    pub folds: Option<Rc<[crate::ui::widgets::card::Fold; 5]>>,
    /// Shown while the part loads, instead of "Loading…" (the cards' folded lines).
    #[prop_or_default]
    pub placeholder: Option<Html>,
    /// The open sheet's library id (`Part::Quote`: a quotation starts from it).
    #[prop_or_default]
    pub sheet_id: AttrValue,
    /// An article of a quotation whose trail is shown instead of the sheet's (`Part::Trail`).
    #[prop_or_default]
    pub article: Option<ArticleAt>,
}

/// One article of a priced quotation at one of its terms, for its formula trail: the priced
/// quotation, the line's place in it, the term column, and how the dialog names them.
#[derive(Clone)]
pub struct ArticleAt {
    /// A `model::quotation::combined::QuotationPrice`, kept opaque: the first module clones and drops these
    /// props, and a typed `Rc` would bring the priced quotation's drop code into it.
    pub price: Rc<dyn std::any::Any>,
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

/// Renders a loaded part.
pub type Render = fn(&PartProps) -> Html;

/// A chunk could not be fetched or started.
pub struct LoadFailed;

/// Brings in a part's code and returns its renderer: the editor program's split points
/// (`src/main.rs`), or [`direct`] where nothing is split.
pub type Loader = fn(Part) -> Pin<Box<dyn Future<Output = Result<Render, LoadFailed>>>>;

/// Every part's renderer, linked in: the loader for builds that are not split (tests). The
/// editor's program never names it, so none of the parts is linked into its first module (with
/// no loader set, a part shows the could-not-load message).
pub fn direct(part: Part) -> Pin<Box<dyn Future<Output = Result<Render, LoadFailed>>>> {
    Box::pin(std::future::ready(Ok(render(part))))
}

/// The renderer of each part. Only the split points in `src/main.rs` and [`direct`] name these.
pub mod renders {
    pub use crate::ui::export::tab as export;
    pub use crate::ui::library::part as library;
    pub use crate::ui::quote::price_tag as price;
    pub use crate::ui::quote::quotations::part as quotations;
    pub use crate::ui::quote::tab as quote;
    pub use crate::ui::sheet::part as sheet;
    pub use crate::ui::shell::guide::part as guide;
    pub use crate::ui::shell::notice::part as notice;
    pub use crate::ui::widgets::trail_view::part as trail;
    pub use crate::ui::workshop::projector::part as projector;
    pub use crate::ui::workshop::tab as workshop;
}

fn render(part: Part) -> Render {
    match part {
        Part::Export => renders::export,
        Part::Quote => renders::quote,
        Part::Workshop => renders::workshop,
        Part::Projector => renders::projector,
        Part::Trail => renders::trail,
        Part::Library => renders::library,
        Part::Guide => renders::guide,
        Part::Notice => renders::notice,
        Part::Price => renders::price,
        Part::Sheet => renders::sheet,
        Part::Quotations => renders::quotations,
    }
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
    /// The parts whose chunk is in, with their renderer (a few entries, looked up by part).
    static LOADED: RefCell<Vec<(Part, Render)>> = const { RefCell::new(Vec::new()) };
    static LOADER: Cell<Option<Loader>> = const { Cell::new(None) };
}

/// Sets how parts are loaded (once, before the editor is mounted). Nothing in the library names
/// a loader, so no part's code is reachable from the editor's first module.
pub fn set_loader(loader: Loader) {
    LOADER.with(|l| l.set(Some(loader)));
}

fn loaded(part: Part) -> Option<Render> {
    LOADED.with(|l| l.borrow().iter().find(|(p, _)| *p == part).map(|&(_, render)| render))
}

/// Shows `part` once its chunk is in; meanwhile a short "Loading…", and if the chunk cannot be
/// fetched, why and a button to try again.
#[function_component]
pub fn Lazy(p: &PartProps) -> Html {
    let lang = use_ctx().lang;
    // Renders again when a chunk arrives; `attempt` is bumped when the user asks to try again.
    let arrived = use_force_update();
    let attempt = use_state_eq(|| 0u32);
    let failed = use_state_eq(|| None::<Part>);
    {
        let (arrived, failed) = (arrived.clone(), failed.clone());
        use_effect_with((p.part, *attempt), move |&(part, _)| {
            if loaded(part).is_none() {
                yew::platform::spawn_local(async move {
                    let loader = LOADER.with(Cell::get);
                    let outcome = match loader {
                        Some(load) => load(part).await,
                        None => Err(LoadFailed),
                    };
                    match outcome {
                        Ok(render) => {
                            LOADED.with(|l| l.borrow_mut().push((part, render)));
                            arrived.force_update();
                        }
                        Err(LoadFailed) => failed.set(Some(part)),
                    }
                });
            }
        });
    }
    if let Some(render) = loaded(p.part) {
        return render(p);
    }
    if p.quiet {
        return html! {};
    }
    if let (Some(placeholder), false) = (&p.placeholder, *failed == Some(p.part)) {
        return placeholder.clone();
    }
    if *failed == Some(p.part) {
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
