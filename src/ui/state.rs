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
    /// Fields whose typed text was refused: the figures use their last accepted value, so the
    /// sheet is not ready to send until they are fixed. Kept here, not in the field, so a tab
    /// switch does not drop the refused text and leave the half-typed value silently in use.
    pub refused: Rc<Refused>,
    pub report: Callback<RefusedAction>,
}

/// One field holding a refused entry: its element id, its label, and the text as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct RefusedEntry {
    pub id: AttrValue,
    pub label: AttrValue,
    pub text: String,
}

/// The fields holding a refused entry, in the order they were refused.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Refused(pub Vec<RefusedEntry>);

/// Changes to the refused fields.
#[derive(Clone, Debug, PartialEq)]
pub enum RefusedAction {
    /// A field's text is refused (or refused differently).
    Refuse(RefusedEntry),
    /// A field's text is accepted, or emptied.
    Accept(AttrValue),
    /// A line was removed: forget its fields (`mat-12-price` for line 12).
    ForgetLine(u32),
    /// Forget the fields whose id starts so (the tiers, whose ids are positions).
    ForgetPrefix(&'static str),
    /// The whole document was replaced.
    ForgetAll,
}

impl Refused {
    /// The labels, for a message.
    pub fn labels(&self) -> Vec<String> {
        self.0.iter().map(|e| e.label.to_string()).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The refused text a field held when it was last shown.
    pub fn text(&self, id: &str) -> Option<String> {
        self.0.iter().find(|e| e.id == id).map(|e| e.text.clone())
    }
}

impl Reducible for Refused {
    type Action = RefusedAction;

    fn reduce(self: Rc<Self>, action: RefusedAction) -> Rc<Self> {
        let mut list = self.0.clone();
        match action {
            RefusedAction::Refuse(e) => match list.iter().position(|x| x.id == e.id) {
                Some(i) if list[i] == e => return self,
                Some(i) => list[i] = e,
                None => list.push(e),
            },
            RefusedAction::Accept(id) => list.retain(|x| x.id != id),
            RefusedAction::ForgetLine(line) => {
                let mid = format!("-{line}-");
                let end = format!("-{line}");
                list.retain(|x| !(x.id.contains(&mid) || x.id.ends_with(&end)));
            }
            RefusedAction::ForgetPrefix(p) => list.retain(|x| !x.id.starts_with(p)),
            RefusedAction::ForgetAll => list.clear(),
        }
        if list.len() == self.0.len() && list == self.0 {
            return self;
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
