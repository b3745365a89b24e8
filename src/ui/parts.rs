//! Every part's renderer, by kind: the one place that names them, above every screen. Only the
//! editor program's split points (`src/main.rs`, through `renders`) and `direct` (builds that
//! are not split: the tests) reach them, so wasm-split-cli can move each part, with the code
//! only it reaches, into its chunk.

use crate::ui::shell::lazy::{Kind, LoadFailed, Render};
use std::future::Future;
use std::pin::Pin;

/// The renderer of each part. Only the split points in `src/main.rs` and `direct` name these.
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

/// The renderer of `kind`, linked in.
pub fn render(kind: Kind) -> Render {
    match kind {
        Kind::Export => Render::Export(renders::export),
        Kind::Quote => Render::Quote(renders::quote),
        Kind::Workshop => Render::Workshop(renders::workshop),
        Kind::Projector => Render::Projector(renders::projector),
        Kind::Trail => Render::Trail(renders::trail),
        Kind::Library => Render::Library(renders::library),
        Kind::Guide => Render::Guide(renders::guide),
        Kind::Notice => Render::Notice(renders::notice),
        Kind::Price => Render::Price(renders::price),
        Kind::Sheet => Render::Sheet(renders::sheet),
        Kind::Quotations => Render::Quotations(renders::quotations),
    }
}

/// Every part's renderer, linked in: the loader for builds that are not split (tests). The
/// editor's program never names it, so none of the parts is linked into its first module (with
/// no loader set, a part shows the could-not-load message).
pub fn direct(kind: Kind) -> Pin<Box<dyn Future<Output = Result<Render, LoadFailed>>>> {
    Box::pin(std::future::ready(Ok(render(kind))))
}
