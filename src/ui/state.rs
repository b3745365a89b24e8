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

/// What every card needs besides its own data: the language, a way to send edits, a way
/// to open a figure's formula trail, and the fields that now hold a refused entry.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub lang: Lang,
    pub edit: Callback<Edit>,
    pub explain: Callback<crate::model::trail::Fig>,
    /// Fields whose typed text was refused (element id → label): the figures use their last
    /// accepted value, so the sheet is not ready to send until they are fixed.
    pub refused: Rc<Refused>,
    /// A field reports its state: `(id, Some(label))` when its text is refused, `(id, None)`
    /// when it is accepted again or goes away.
    pub report: Callback<(AttrValue, Option<AttrValue>)>,
}

/// The fields holding a refused entry, in the order they were refused.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Refused(pub Vec<(AttrValue, AttrValue)>);

impl Refused {
    /// The labels, for a message.
    pub fn labels(&self) -> Vec<String> {
        self.0.iter().map(|(_, l)| l.to_string()).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Reducible for Refused {
    type Action = (AttrValue, Option<AttrValue>);

    fn reduce(self: Rc<Self>, (id, label): Self::Action) -> Rc<Self> {
        let present = self.0.iter().position(|(i, _)| *i == id);
        let mut list = self.0.clone();
        match (present, label) {
            (None, None) => return self,
            (Some(i), Some(l)) if list[i].1 == l => return self,
            (Some(i), Some(l)) => list[i].1 = l,
            (None, Some(l)) => list.push((id, l)),
            (Some(i), None) => {
                list.remove(i);
            }
        }
        Rc::new(Refused(list))
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
    })
}
