//! The Yew front end, a folder per screen: it renders the core's figures and turns input into
//! edits; it computes no figure itself.
//!
//! - `shell`: the root, the sheet's state, the session and storage, notices, the guide, lazy parts;
//! - `widgets`: cards, fields, charts, the words' fields, the formula trail;
//! - the screens: `sheet` (the cost sheet), `export` (export & price, cash, broker), `quote` (the
//!   sheet's quotation, sharing, quotations of several articles with their PI, the profile),
//!   `workshop` (with the projector), `library` (the panel, backup);
//! - `buyer`: the buyer's program, plain DOM, no Yew.

pub mod buyer;
pub mod export;
pub mod library;
pub mod parts;
pub mod quote;
pub mod sheet;
pub mod shell;
pub mod widgets;
pub mod workshop;

pub use shell::app::App;

pub use buyer::{show as show_buyer, unseal_code as buyer_unseal};

/// Mounts the editor on `<body>`, which offers to open a `#w=` worksheet link. A `#q=` buyer link
/// never reaches it: the start script loads the buyer's module for those (`start_buyer`), so the
/// editor carries no buyer page; were one to arrive here anyway, the editor opens as usual.
pub fn start() {
    let fragment = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    let incoming = fragment.strip_prefix("#w=").map(crate::share::link::decode_worksheet);
    yew::Renderer::<App>::with_props(shell::app::AppProps { incoming: std::rc::Rc::new(incoming) }).render();
}
