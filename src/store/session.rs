//! The session's rules: which sheet is open, the library beside it, the notice above the sheet,
//! and what each of the user's library actions does to storage. Every change is an `Action`
//! applied by `Session::apply`, which returns what the page must do besides (`Effect`: show a
//! document, offer a file, ask a question). Natively tested over a map (`tests/it/session.rs`);
//! `ui::shell::session` only runs actions and carries out their effects.
//!
//! Words never enter here: a copy's name comes from the page (`World::copy_name`), and questions
//! are data the page words.

use super::library::{self, Aside, Entry, OpenError, Removed, Report, Seen, Startup, ASIDE_PREFIX};
use super::tab::{Autosave, Tab};
use super::{KeyValue, StoreError};
use crate::codec::LoadError;
use crate::model::explain::examples;
use crate::model::sheet::document::Document;
use crate::model::sheet::id::SheetId;
use std::rc::Rc;

/// A message above the sheet.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    None,
    /// What start-up repaired or set aside.
    Started(Rc<Report>),
    /// The browser did not store the work; it is still on the page.
    SaveFailed(StoreError),
    /// A sheet of the library could not be opened.
    OpenFailed(OpenError),
    /// The browser refused a download.
    DownloadFailed,
    FileError(LoadError),
    FileOpened,
    /// A sheet was deleted; it can be put back.
    Deleted(Rc<Removed>),
    /// Sheets and quotations imported.
    Imported(usize, usize),
    /// Sheets that could not be read were set aside (found while backing up).
    SetAside(usize),
    PutBack,
    /// The page was left while another tab had changed the sheet: this tab's version was kept
    /// as a new sheet of that name.
    Forked(String),
}

/// One thing the user (or the browser) did to the session.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Saves the open sheet unless it is stored as it is, or another tab changed it (autosave,
    /// and before a backup).
    Save,
    /// The page goes: saves the open sheet, or keeps it as a sheet of its own if another tab
    /// changed it meanwhile.
    Leave,
    /// Adds a sheet (new, example, worksheet link) to the library and opens it.
    StartNew(Document),
    /// A worked example: the one already in the library, unchanged, is opened instead of a copy
    /// being added each time (a class opens the same example again and again).
    OpenExample(Document),
    /// A sheet read from a file. The same sheet already in the library asks first (`asked`).
    FileRead {
        doc: Document,
        asked: bool,
    },
    Open(SheetId),
    Duplicate(SheetId),
    /// Deletes a sheet (it can be put back); one that quotations use asks first.
    Delete {
        id: SheetId,
        asked: bool,
    },
    /// Puts the deleted sheet back.
    Undo,
    Rename {
        id: SheetId,
        name: String,
    },
    /// The library panel wrote or imported a backup: its notice, and the open sheet (id, sheet,
    /// stored text) to show again when the import replaced it.
    Done {
        notice: Notice,
        reopen: Option<(SheetId, Document, String)>,
    },
    /// Offers the open sheet as a file.
    SaveFile,
    /// Offers one sheet of the library as a file.
    Export(SheetId),
    /// Another tab changed the open sheet: show its version…
    TakeTheirs,
    /// …or keep this one, which then saves over it.
    KeepMine,
    ToggleLibrary,
    Notify(Notice),
    /// A sheet set aside (by its key): offer it as found, put it back, remove it (asked first).
    AsideDownload(String),
    AsidePutBack(String),
    AsideRemove {
        key: String,
        asked: bool,
    },
    /// Another tab wrote `key` (`None`: it cleared the storage).
    StorageChanged {
        key: Option<String>,
        value: Option<String>,
    },
}

/// What the page does after an action, beyond showing the session again.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Show this document in the editor, replacing the one on screen.
    Show(Box<Document>),
    /// Offer this sheet as a file.
    Download(Rc<Document>),
    /// Offer this text as a file.
    DownloadText { file: String, text: String },
    /// Ask the user: `yes` runs if they agree, else `no` (if any).
    Ask { question: Question, yes: Box<Action>, no: Option<Box<Action>> },
}

/// A question the page words and asks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Question {
    /// The sheet to delete is used by this many quotations.
    UsedByQuotations(usize),
    /// The file's sheet is already in the library under this name: add a second copy?
    SameAsInLibrary(String),
    /// Remove a sheet set aside for good?
    RemoveAside,
}

/// What the session needs from the world: fresh ids, the time, and a copy's name in the user's
/// language.
pub trait World {
    fn new_id(&mut self) -> String;
    fn now(&self) -> String;
    /// The name of a copy of the sheet named `name` (empty: an untitled sheet).
    fn copy_name(&self, name: &str) -> String;
}

/// The name a sheet has by itself: its article name (empty for none; the library shows that as
/// "Lembar tanpa nama" in the user's language). An entry the user has not named follows it.
pub fn default_name(doc: &Document) -> String {
    doc.article.name.trim().to_string()
}

/// The session over a store.
#[derive(Clone, Debug)]
pub struct Session<S> {
    pub store: S,
    pub tab: Tab,
    /// The document on screen (the page tells it at each render; the session sets it when it
    /// replaces it).
    pub doc: Rc<Document>,
    pub notice: Rc<Notice>,
    pub library_open: bool,
    /// The library, most recently saved first, and the sheets set aside: the one list the page
    /// shows, read again after every action (and another tab's write); on a failed read the
    /// lists stay as they were.
    pub entries: Rc<Vec<Entry>>,
    pub aside: Rc<Vec<Aside>>,
}

/// What the page shows of the session: it is drawn again when this changes.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub current: String,
    pub notice: Rc<Notice>,
    pub conflict: bool,
    pub library_open: bool,
    pub entries: Rc<Vec<Entry>>,
    pub aside: Rc<Vec<Aside>>,
}

impl<S: KeyValue> Session<S> {
    /// The session after start-up: the sheet it opened (else the example, under `fresh_id`), and
    /// the library shown if start-up repaired or set aside anything.
    pub fn start(store: S, startup: &Startup, fresh_id: String) -> Session<S> {
        let (tab, doc) = match &startup.open {
            Some(o) => (Tab::new(o.id.clone(), Some(o.text.clone())), o.doc.clone()),
            None => (Tab::new(fresh_id, None), examples::sneaker_busan()),
        };
        let report = &startup.report;
        let tell = report.index.is_some() || !report.set_aside.is_empty();
        let notice = if report.is_quiet() { Notice::None } else { Notice::Started(Rc::new(report.clone())) };
        let mut s = Session {
            store,
            tab,
            doc: Rc::new(doc),
            notice: Rc::new(notice),
            library_open: tell,
            entries: Rc::default(),
            aside: Rc::default(),
        };
        s.refresh();
        s
    }

    pub fn view(&self) -> View {
        View {
            current: self.tab.id().to_string(),
            notice: self.notice.clone(),
            conflict: self.tab.in_conflict(),
            library_open: self.library_open,
            entries: self.entries.clone(),
            aside: self.aside.clone(),
        }
    }

    /// Applies `action`; returns what the page must do besides.
    pub fn apply(&mut self, action: Action, w: &mut impl World) -> Vec<Effect> {
        let mut fx = Vec::new();
        match action {
            Action::Save => self.save_now(w),
            Action::Leave => self.leave(w),
            Action::StartNew(doc) => self.start_new(doc, w, &mut fx),
            Action::FileRead { doc, asked } => self.file_read(doc, asked, w, &mut fx),
            Action::OpenExample(doc) => match library::same_as(&self.store, &doc) {
                Ok(Some(e)) => self.open(e.id, w, &mut fx),
                _ => self.start_new(doc, w, &mut fx),
            },
            Action::Open(id) => self.open(id, w, &mut fx),
            Action::Duplicate(id) => self.duplicate(&id, w),
            Action::Delete { id, asked } => self.delete(id, asked, w, &mut fx),
            Action::Undo => self.undo(),
            Action::Rename { id, name } => {
                if let Err(e) = library::rename(&mut self.store, &id, &name) {
                    self.notify(Notice::SaveFailed(e));
                }
            }
            Action::Done { notice, reopen } => {
                if let Some((id, doc, text)) = reopen {
                    self.show(id, doc, Some(text), &mut fx);
                }
                self.notify(notice);
            }
            Action::SaveFile => fx.push(Effect::Download(self.doc.clone())),
            Action::Export(id) => self.export(&id, w, &mut fx),
            Action::TakeTheirs => self.take_theirs(w, &mut fx),
            Action::KeepMine => match self.tab.keep_mine(&self.store) {
                Ok(()) => self.save_now(w),
                Err(e) => self.notify(Notice::SaveFailed(e)),
            },
            Action::ToggleLibrary => self.library_open = !self.library_open,
            Action::Notify(n) => self.notify(n),
            Action::AsideDownload(key) => match library::aside_text(&self.store, &key) {
                Ok(Some(text)) => {
                    let id = key.strip_prefix(ASIDE_PREFIX).unwrap_or(&key);
                    fx.push(Effect::DownloadText { file: format!("tapak-set-aside-{id}.json"), text });
                }
                Ok(None) => {}
                Err(e) => self.notify(Notice::SaveFailed(e)),
            },
            Action::AsidePutBack(key) => {
                let put = library::put_back(&mut self.store, &key, &w.new_id(), &w.now());
                self.notify(put.map_or_else(Notice::OpenFailed, |_| Notice::PutBack));
            }
            Action::AsideRemove { key, asked: false } => fx.push(Effect::Ask {
                question: Question::RemoveAside,
                yes: Box::new(Action::AsideRemove { key, asked: true }),
                no: None,
            }),
            Action::AsideRemove { key, asked: true } => {
                if let Err(e) = library::remove_aside(&mut self.store, &key) {
                    self.notify(Notice::SaveFailed(e));
                }
            }
            Action::StorageChanged { key, value } => {
                let doc = self.doc.clone();
                self.tab.noticed(key.as_deref(), value.as_deref(), &doc);
            }
        }
        self.refresh();
        fx
    }

    fn notify(&mut self, notice: Notice) {
        self.notice = Rc::new(notice);
    }

    /// Reads the library again: the library panel and the quotations' lines show it. A list
    /// that reads the same keeps its `Rc`, so nothing is drawn again for it.
    fn refresh(&mut self) {
        if let Ok(entries) = library::index(&self.store) {
            if *self.entries != entries {
                self.entries = Rc::new(entries);
            }
        }
        if let Ok(aside) = library::aside(&self.store) {
            if *self.aside != aside {
                self.aside = Rc::new(aside);
            }
        }
    }

    /// Saves the open sheet unless it is stored as it is, or another tab changed it. A save
    /// that works again clears the notice of one that failed.
    fn save_now(&mut self, w: &impl World) {
        let doc = self.doc.clone();
        match self.tab.save(&mut self.store, &doc, &default_name(&doc), &w.now()) {
            Ok(Autosave::Written) if matches!(*self.notice, Notice::SaveFailed(_)) => self.notify(Notice::None),
            Ok(_) => {}
            Err(e) => self.notify(Notice::SaveFailed(e)),
        }
    }

    /// Before the tab moves to another sheet or the page goes: saves the open one. If another
    /// tab changed it and this tab has unsaved changes, they become a sheet of their own instead
    /// of being lost or overwriting the other tab's.
    fn leave(&mut self, w: &mut impl World) {
        if !(self.tab.in_conflict() && self.tab.is_dirty(&self.doc)) {
            return self.save_now(w);
        }
        let doc = self.doc.clone();
        let name = w.copy_name(&default_name(&doc));
        match self.tab.fork(&mut self.store, &w.new_id(), &name, &doc, &w.now()) {
            Ok(()) => self.notify(Notice::Forked(name)),
            Err(e) => self.notify(Notice::SaveFailed(e)),
        }
    }

    /// Shows sheet `id` (stored as `seen`, `None` if not stored yet).
    fn show(&mut self, id: SheetId, doc: Document, seen: Option<String>, fx: &mut Vec<Effect>) {
        self.tab.switch(id, seen);
        self.doc = Rc::new(doc.clone());
        fx.push(Effect::Show(Box::new(doc)));
    }

    fn start_new(&mut self, doc: Document, w: &mut impl World, fx: &mut Vec<Effect>) {
        self.leave(w);
        let id = SheetId::new(w.new_id());
        match library::save(&mut self.store, &id, &default_name(&doc), &doc, Seen::Nothing, &w.now()) {
            Ok(text) => {
                // Without the marker the sheet still opens; only the crash guard is missing.
                let _ = library::mark_opening(&mut self.store, &id);
                self.show(id, doc, Some(text), fx);
            }
            // Open it all the same: the work stays on the page and autosave tries again.
            Err(e) => {
                self.show(id, doc, None, fx);
                self.notify(Notice::SaveFailed(e));
            }
        }
    }

    fn file_read(&mut self, doc: Document, asked: bool, w: &mut impl World, fx: &mut Vec<Effect>) {
        if !asked {
            if let Ok(Some(e)) = library::same_as(&self.store, &doc) {
                fx.push(Effect::Ask {
                    question: Question::SameAsInLibrary(e.name),
                    yes: Box::new(Action::FileRead { doc, asked: true }),
                    no: Some(Box::new(Action::Open(e.id))),
                });
                return;
            }
        }
        self.start_new(doc, w, fx);
        if !matches!(*self.notice, Notice::SaveFailed(_)) {
            self.notify(Notice::FileOpened);
        }
    }

    fn open(&mut self, id: SheetId, w: &mut impl World, fx: &mut Vec<Effect>) {
        if self.tab.id() == id.as_str() {
            return;
        }
        self.leave(w);
        match library::open(&mut self.store, &id) {
            Ok(st) => self.show(id, st.doc, Some(st.text), fx),
            Err(e) => self.notify(Notice::OpenFailed(e)),
        }
    }

    /// The open sheet is gone (deleted here or in another tab): opens the most recent readable
    /// one, else a new empty sheet.
    fn open_next(&mut self, w: &mut impl World, fx: &mut Vec<Effect>) {
        let list = library::index(&self.store).unwrap_or_default();
        let next = list.into_iter().find_map(|e| library::open(&mut self.store, &e.id).ok().map(|st| (e.id, st)));
        match next {
            Some((id, st)) => self.show(id, st.doc, Some(st.text), fx),
            None => self.show(SheetId::new(w.new_id()), Document::new_sheet(), None, fx),
        }
    }

    fn duplicate(&mut self, id: &str, w: &mut impl World) {
        self.save_now(w);
        let name = library::index(&self.store).ok().and_then(|list| list.into_iter().find(|e| e.id == id));
        let name = w.copy_name(name.map(|e| e.name).as_deref().unwrap_or_default());
        let result = library::duplicate(&mut self.store, id, &w.new_id(), &name, &w.now());
        if let Err(e) = result {
            if let OpenError::Unreadable(_) = &e {
                let _ = library::set_aside(&mut self.store, id);
            }
            self.notify(Notice::OpenFailed(e));
        }
    }

    fn delete(&mut self, id: SheetId, asked: bool, w: &mut impl World, fx: &mut Vec<Effect>) {
        let used = super::quotations::naming(&self.store, &id).unwrap_or(0);
        if used > 0 && !asked {
            fx.push(Effect::Ask {
                question: Question::UsedByQuotations(used),
                yes: Box::new(Action::Delete { id, asked: true }),
                no: None,
            });
            return;
        }
        self.save_now(w);
        match library::remove(&mut self.store, &id) {
            Ok(Some(removed)) => {
                if self.tab.id() == id.as_str() {
                    self.open_next(w, fx);
                }
                self.notify(Notice::Deleted(Rc::new(removed)));
            }
            Ok(None) => {}
            Err(e) => self.notify(Notice::SaveFailed(e)),
        }
    }

    fn undo(&mut self) {
        if let Notice::Deleted(removed) = &*self.notice.clone() {
            let restored = library::restore(&mut self.store, removed);
            self.notify(restored.map_or_else(Notice::SaveFailed, |()| Notice::None));
        }
    }

    fn export(&mut self, id: &str, w: &mut impl World, fx: &mut Vec<Effect>) {
        self.save_now(w);
        match library::load(&self.store, id) {
            Ok(st) => fx.push(Effect::Download(Rc::new(st.doc))),
            Err(e) => {
                if let OpenError::Unreadable(_) = e {
                    let _ = library::set_aside(&mut self.store, id);
                }
                self.notify(Notice::OpenFailed(e));
            }
        }
    }

    fn take_theirs(&mut self, w: &mut impl World, fx: &mut Vec<Effect>) {
        match self.tab.take_theirs(&self.store) {
            Ok(doc) => {
                self.doc = Rc::new(doc.clone());
                fx.push(Effect::Show(Box::new(doc)));
                self.notify(Notice::None);
            }
            // Deleted there: so be it here too.
            Err(OpenError::Missing) => self.open_next(w, fx),
            Err(e) => {
                if let OpenError::Unreadable(_) = e {
                    let id = self.tab.id().to_string();
                    let _ = library::set_aside(&mut self.store, &id);
                    self.open_next(w, fx);
                }
                self.notify(Notice::OpenFailed(e));
            }
        }
    }
}

/// What an import asks before it replaces something stored of the same id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replace<'a> {
    /// A sheet, by its stored name.
    Sheet(&'a str),
    Profile,
    /// A quotation, by its number.
    Quotation(&'a str),
}

/// Imports a backup read whole and checked (`codec::backup::from_backup`): each sheet, asking
/// before it replaces a sheet of the same id (no: both are kept, the backup's under a new id);
/// then the company profile and the quotations, whose lines follow their sheets, each asking
/// before it replaces another. Returns the notice, and the open sheet (`current`) to show again
/// when it was replaced (`Action::Done`).
pub fn import_backup<S: KeyValue>(
    store: &mut S,
    b: &crate::codec::backup::Backup,
    current: &str,
    mut ask: impl FnMut(Replace) -> bool,
    w: &mut impl World,
) -> (Notice, Option<(SheetId, Document, String)>) {
    let existing = library::index(store).unwrap_or_default();
    let (mut saved, mut moved, mut reopen) = (0, Vec::new(), None);
    for n in &b.sheets {
        let clash = existing.iter().find(|e| e.id == n.id);
        let replace = clash.is_some_and(|e| ask(Replace::Sheet(&e.name)));
        let (id, seen) = match (replace, clash) {
            (true, _) => (n.id.clone(), Seen::Anything),
            (false, Some(_)) => (SheetId::new(w.new_id()), Seen::Nothing),
            (false, None) => (n.id.clone(), Seen::Nothing),
        };
        moved.push((n.id.clone(), id.clone()));
        match library::save(store, &id, &n.name, &n.document, seen, &w.now()) {
            Ok(text) => {
                saved += 1;
                if replace && id == current {
                    reopen = Some((id, n.document.clone(), text));
                }
            }
            Err(e) => return (Notice::SaveFailed(e), reopen),
        }
    }
    if let Some(p) = &b.profile {
        if let Err(e) = super::profile::import(store, p, || ask(Replace::Profile)) {
            return (Notice::SaveFailed(e), reopen);
        }
    }
    match super::quotations::import(store, &b.quotations, &moved, |n| ask(Replace::Quotation(n)), || w.new_id()) {
        Ok(quoted) => (Notice::Imported(saved, quoted), reopen),
        Err(e) => (Notice::SaveFailed(e), reopen),
    }
}
