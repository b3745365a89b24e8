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
    use tapak::ui::shell::lazy::{renders, LoadFailed, Part, Render};

    /// A chunk that could not be fetched (the split points' error type).
    struct Missing;

    impl From<wasm_split_helpers::SplitLoaderError> for Missing {
        fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
            Missing
        }
    }

    /// One split point per part; parts named with the same chunk travel together.
    macro_rules! split_point {
        ($chunk:ident, $name:ident, $render:path) => {
            #[wasm_split_helpers::wasm_split($chunk, fallible)]
            fn $name() -> Result<Render, Missing> {
                Ok($render)
            }
        };
    }

    split_point!(export, export_part, renders::export);
    split_point!(quote, quote_part, renders::quote);
    split_point!(workshop, workshop_part, renders::workshop);
    split_point!(workshop, projector_part, renders::projector);
    split_point!(workshop, trail_part, renders::trail);
    split_point!(library, library_part, renders::library);
    split_point!(guide, guide_part, renders::guide);
    split_point!(notice, notice_part, renders::notice);
    split_point!(price, price_part, renders::price);
    split_point!(sheet, sheet_part, renders::sheet);
    split_point!(quotations, quotations_part, renders::quotations);

    pub fn load(part: Part) -> Pin<Box<dyn Future<Output = Result<Render, LoadFailed>>>> {
        Box::pin(async move {
            let render = match part {
                Part::Export => export_part().await,
                Part::Quote => quote_part().await,
                Part::Workshop => workshop_part().await,
                Part::Projector => projector_part().await,
                Part::Trail => trail_part().await,
                Part::Library => library_part().await,
                Part::Guide => guide_part().await,
                Part::Notice => notice_part().await,
                Part::Price => price_part().await,
                Part::Sheet => sheet_part().await,
                Part::Quotations => quotations_part().await,
            };
            render.map_err(|Missing| LoadFailed)
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("tapak-web is the browser build; serve it with `./scripts/serve` (see README).");
}
