//! The reducer over the document, and the context every card reads.

use crate::i18n::Lang;
use crate::model::document::Document;
use crate::model::edit::Edit;
use std::rc::Rc;
use yew::prelude::*;

/// The ground state: the document, plus a generation counter bumped when the whole document is
/// replaced, so every field's half-typed draft is dropped with the old sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub doc: Rc<Document>,
    pub generation: u32,
}

impl Reducible for Sheet {
    type Action = Edit;

    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let replacing = matches!(edit, Edit::Replace(_));
        let mut doc = (*self.doc).clone();
        if !doc.apply(edit) {
            // Same Rc: Yew skips the re-render.
            return self;
        }
        let generation = if replacing { self.generation.wrapping_add(1) } else { self.generation };
        Rc::new(Sheet { doc: Rc::new(doc), generation })
    }
}

/// What every card needs besides its own data: the language, a way to send edits, and a way
/// to open a figure's formula trail.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub lang: Lang,
    pub edit: Callback<Edit>,
    pub explain: Callback<crate::model::trail::Fig>,
}

/// The context, or a harmless default when a component is rendered alone (tests).
#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().unwrap_or_else(|| Ctx { lang: Lang::Id, edit: Callback::noop(), explain: Callback::noop() })
}
