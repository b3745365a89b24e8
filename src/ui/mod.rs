//! The Yew front end. It renders `compute`'s breakdown and turns user input into `Edit`s;
//! it computes no figure itself.
//!
//! - `app`: the root: owns the document (reducer), the language, the derived figures and the layout.
//! - `session`: the open sheet and the library in browser storage: start-up, autosave, library
//!   actions, notices, another tab's change (`notice` shows them, `library` is the panel).
//! - `state`: the reducer over `Document` and the context handed to every card.
//! - `fields`: labelled inputs; `NumberField` keeps what was typed and reports errors in place.
//! - one module per card: `article`, `rates`, `materials`, `labour` (with overhead and one-off), `summary`.
//! - `storage`: the browser's localStorage as a `store::KeyValue`, language, guide, clock, ids.

mod app;
mod article;
mod buyer_view;
mod card;
mod charts;
mod colourways;
mod deal;
mod dom;
mod export;
pub mod fields;
mod files;
mod guide;
mod labour;
pub mod lazy;
mod library;
mod materials;
mod notice;
mod phrases;
mod profile;
mod projector;
mod quotation_page;
mod quotations;
mod quote_view;
mod rates;
mod readiness;
mod refusal;
mod session;
mod share_view;
mod sheet;
pub mod state;
mod storage;
mod summary;
mod trail_view;
mod workshop;

pub use app::App;

pub use buyer_view::{show as show_buyer, unseal_code as buyer_unseal};

/// Mounts the editor on `<body>`, which offers to open a `#w=` worksheet link. A `#q=` buyer link
/// never reaches it: the start script loads the buyer's module for those (`start_buyer`), so the
/// editor carries no buyer page; were one to arrive here anyway, the editor opens as usual.
pub fn start() {
    let fragment = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    let incoming = fragment.strip_prefix("#w=").map(crate::share::link::decode_worksheet);
    yew::Renderer::<App>::with_props(app::AppProps { incoming: std::rc::Rc::new(incoming) }).render();
}
