//! The reducer over the document, and the context every card reads.

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

/// One field holding a refused entry: its element id, its label, the text as typed, and the
/// sheet (generation) it was typed in.
#[derive(Clone, Debug, PartialEq)]
pub struct RefusedEntry {
    pub id: AttrValue,
    pub label: AttrValue,
    pub text: String,
    pub generation: u32,
}

/// The fields holding a refused entry, in the order they were refused. `epoch` changes whenever
/// entries are forgotten, so a field that still holds refused text reports it again.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Refused {
    pub entries: Vec<RefusedEntry>,
    pub epoch: u32,
}

/// Changes to the refused fields.
#[derive(Clone, Debug, PartialEq)]
pub enum RefusedAction {
    /// A field's text is refused (or refused differently).
    Refuse(RefusedEntry),
    /// A field's text is accepted, or emptied.
    Accept(AttrValue),
    /// The user drops a refused entry whose field is gone (a switched method or mode): the
    /// figures keep the last accepted value, as they already do.
    Discard(AttrValue),
    /// A line was removed: forget its fields (`mat-12-price`, `grade-12` for line 12).
    ForgetLine(u32),
    /// Forget the fields whose id starts so (the tiers, whose ids are positions; a method's
    /// or mode's fields when it is switched away).
    ForgetPrefix(&'static str),
}

/// The prefixes of fields that belong to one line of the sheet, `<prefix>-<id>-…`: materials,
/// rates, operations, piece rates, workshops' bought work, one-off costs, export costs, sizes.
const LINE_FIELDS: [&str; 8] = ["mat", "rate", "op", "pr", "bw", "oo", "ex", "size"];

impl Refused {
    fn current(&self, generation: u32) -> impl Iterator<Item = &RefusedEntry> {
        self.entries.iter().filter(move |e| e.generation == generation)
    }

    /// The labels of this sheet's refused entries, for a message.
    pub fn labels(&self, generation: u32) -> Vec<String> {
        self.current(generation).map(|e| e.label.to_string()).collect()
    }

    /// This sheet's refused entries: `(id, label)`.
    pub fn list(&self, generation: u32) -> Vec<(AttrValue, AttrValue)> {
        self.current(generation).map(|e| (e.id.clone(), e.label.clone())).collect()
    }

    pub fn is_empty(&self, generation: u32) -> bool {
        self.current(generation).next().is_none()
    }

    /// The refused text a field of this sheet held when it was last shown.
    pub fn text(&self, id: &str, generation: u32) -> Option<String> {
        self.current(generation).find(|e| e.id == id).map(|e| e.text.clone())
    }
}

impl Reducible for Refused {
    type Action = RefusedAction;

    fn reduce(self: Rc<Self>, action: RefusedAction) -> Rc<Self> {
        let mut list = self.entries.clone();
        let mut epoch = self.epoch;
        match action {
            RefusedAction::Refuse(e) => match list.iter().position(|x| x.id == e.id) {
                Some(i) if list[i] == e => return self,
                Some(i) => list[i] = e,
                None => list.push(e),
            },
            RefusedAction::Accept(id) => list.retain(|x| x.id != id),
            RefusedAction::Discard(id) => {
                list.retain(|x| x.id != id);
                epoch = epoch.wrapping_add(1);
            }
            RefusedAction::ForgetLine(line) => {
                let grade = format!("grade-{line}");
                let of_line =
                    |id: &str| id == grade || LINE_FIELDS.iter().any(|p| id.starts_with(&format!("{p}-{line}-")));
                list.retain(|x| !of_line(&x.id));
                epoch = epoch.wrapping_add(1);
            }
            RefusedAction::ForgetPrefix(p) => {
                list.retain(|x| !x.id.starts_with(p));
                epoch = epoch.wrapping_add(1);
            }
        }
        if list == self.entries && epoch == self.epoch {
            return self;
        }
        Rc::new(Refused { entries: list, epoch })
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
