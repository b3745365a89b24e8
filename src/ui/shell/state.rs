//! The reducer over the document, and the context every card reads.

use crate::format::refused::{Refused, RefusedAction};
use crate::i18n::Lang;
use crate::model::sheet::document::Document;
use crate::model::sheet::edit::Edit;
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

/// What every card needs besides its own data: the language, a way to send edits, a way
/// to open a figure's formula trail, and the fields that now hold a refused entry.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub lang: Lang,
    pub edit: Callback<Edit>,
    pub explain: Callback<crate::model::explain::trail::Fig>,
    /// Fields whose typed text was refused: the figures use their last accepted value, so the
    /// sheet is not ready to send until they are fixed. Kept here, not in the field, so a tab
    /// switch does not drop the refused text and leave the half-typed value silently in use.
    pub refused: Rc<Refused>,
    pub report: Callback<RefusedAction>,
    /// The sheet's generation: refused entries of a replaced sheet no longer count.
    pub generation: u32,
}

/// The refused entries' reducer: `format::refused` holds the rules, natively tested.
impl Reducible for Refused {
    type Action = RefusedAction;

    fn reduce(self: Rc<Self>, action: RefusedAction) -> Rc<Self> {
        let mut next = (*self).clone();
        if next.apply(action) {
            Rc::new(next)
        } else {
            self
        }
    }
}

/// The context, or a harmless default when a component is rendered alone (tests).
#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().unwrap_or_else(|| Ctx {
        lang: Lang::Id,
        edit: Callback::noop(),
        explain: Callback::noop(),
        refused: Rc::new(Refused::default()),
        report: Callback::noop(),
        generation: 0,
    })
}
