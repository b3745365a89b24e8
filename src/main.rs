//! Starts the web app; everything else lives in the library.
//!
//! With the `split` feature (the release build, `scripts/wasm.mjs`), the parts of the editor that
//! the first screen does not show are split points: `wasm-split-cli` moves each into a chunk that
//! is fetched the first time the part is opened (`tapak::ui::shell::lazy` says which parts, and why the
//! split points are declared here and not in the library).

#[cfg(target_arch = "wasm32")]
fn main() {
    #[cfg(feature = "split")]
    tapak::ui::shell::lazy::set_loader(chunks::load);
    tapak::ui::start();
}

#[cfg(all(target_arch = "wasm32", feature = "split"))]
mod chunks {
    use std::future::Future;
    use std::pin::Pin;
    use tapak::ui::parts::renders;
    use tapak::ui::shell::lazy::{Kind, LoadFailed, Render};

    /// A chunk that could not be fetched (the split points' error type).
    struct Missing;

    impl From<wasm_split_helpers::SplitLoaderError> for Missing {
        fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
            Missing
        }
    }

    /// One split point per part; parts named with the same chunk travel together.
    macro_rules! split_point {
        ($chunk:ident, $name:ident, $kind:ident, $render:path) => {
            #[wasm_split_helpers::wasm_split($chunk, fallible)]
            fn $name() -> Result<Render, Missing> {
                Ok(Render::$kind($render))
            }
        };
    }

    split_point!(export, export_part, Export, renders::export);
    split_point!(quote, quote_part, Quote, renders::quote);
    split_point!(workshop, workshop_part, Workshop, renders::workshop);
    split_point!(workshop, projector_part, Projector, renders::projector);
    split_point!(workshop, trail_part, Trail, renders::trail);
    split_point!(library, library_part, Library, renders::library);
    split_point!(guide, guide_part, Guide, renders::guide);
    split_point!(notice, notice_part, Notice, renders::notice);
    split_point!(price, price_part, Price, renders::price);
    split_point!(sheet, sheet_part, Sheet, renders::sheet);
    split_point!(quotations, quotations_part, Quotations, renders::quotations);

    pub fn load(kind: Kind) -> Pin<Box<dyn Future<Output = Result<Render, LoadFailed>>>> {
        Box::pin(async move {
            let render = match kind {
                Kind::Export => export_part().await,
                Kind::Quote => quote_part().await,
                Kind::Workshop => workshop_part().await,
                Kind::Projector => projector_part().await,
                Kind::Trail => trail_part().await,
                Kind::Library => library_part().await,
                Kind::Guide => guide_part().await,
                Kind::Notice => notice_part().await,
                Kind::Price => price_part().await,
                Kind::Sheet => sheet_part().await,
                Kind::Quotations => quotations_part().await,
            };
            render.map_err(|Missing| LoadFailed)
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("tapak-web is the browser build; serve it with `./scripts/serve` (see README).");
}
