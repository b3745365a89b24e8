//! The Yew front end. It renders `compute`'s breakdown and turns user input into `Edit`s;
//! it computes no figure itself.
//!
//! - `app`: the root: owns the document (reducer), the language, autosave and the layout.
//! - `state`: the reducer over `Document` and the context handed to every card.
//! - `fields`: labelled inputs; `NumberField` keeps what was typed and reports errors in place.
//! - one module per card: `article`, `rates`, `materials`, `labour` (with overhead and one-off), `summary`.
//! - `storage`: the browser's localStorage (language, autosave).

mod app;
mod article;
mod export;
pub mod fields;
mod files;
mod labour;
mod materials;
mod quote_view;
mod rates;
pub mod state;
mod storage;
mod summary;

pub use app::App;

/// Mounts the app on `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
