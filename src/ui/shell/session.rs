//! The session: which sheet is open, the library around it, and everything that keeps them in
//! the browser's storage — start-up, autosave (400 ms after the last change, and at once when
//! the page is hidden), the library's actions, the notices, and a change made in another tab.
//!
//! `use_session` gives a `Session`: what to show, and `Actions`, callbacks that stay the same
//! for the life of the page. The rules are in `store::library` and `store::tab`; this is their
//! web side. The session lives in one `RefCell` (callbacks and timers must read its latest
//! state, not the state of the render they were made in) and asks for a redraw when it changes.

use crate::codec::LoadError;
use crate::i18n::{self, Lang, T};
use crate::model::explain::examples;
use crate::model::sheet::document::Document;
use crate::model::sheet::edit::Edit;
use crate::store::library::{
    self, Aside, Entry, OpenError, Removed, Report, Seen, Startup, ASIDE_PREFIX, DOC_PREFIX, INDEX_KEY,
};
use crate::store::tab::{Autosave, Tab};
use crate::store::StoreError;
use crate::ui::shell::files;
use crate::ui::shell::state::Sheet;
use crate::ui::shell::storage::{new_id, now, WebStore};
use gloo::events::EventListener;
use gloo::file::callbacks::FileReader;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

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

/// What the library panel did: its notice, and the open sheet (id, sheet, stored text) to show
/// again when an import replaced it.
pub type Done = (Notice, Option<(String, Document, String)>);

/// What the session does for the page. Each callback is made once and never changes.
#[derive(Clone, PartialEq)]
pub struct Actions {
    /// Adds a sheet (new, example, opened file, worksheet link) to the library and opens it.
    pub start_new: Callback<Document>,
    pub open_file: Callback<web_sys::File>,
    pub save_file: Callback<()>,
    pub open: Callback<String>,
    pub duplicate: Callback<String>,
    pub delete: Callback<String>,
    pub rename: Callback<(String, String)>,
    /// Saves the open sheet now (before a backup).
    pub flush: Callback<()>,
    /// The library panel wrote a backup or imported one (it does both in its own part, so
    /// neither the backup's writer nor the quotation's reader is in the first module): the
    /// notice, and the open sheet to show again when an import replaced it.
    pub done: Callback<Done>,
    /// Downloads one sheet of the library.
    pub export: Callback<String>,
    pub undo: Callback<()>,
    pub dismiss: Callback<()>,
    /// Another tab changed the open sheet: show its version…
    pub take_theirs: Callback<()>,
    /// …or keep this one, which then saves over it.
    pub keep_mine: Callback<()>,
    pub toggle_library: Callback<()>,
    /// A sheet set aside (by its key): download it as found, put it back, remove it.
    pub aside_download: Callback<String>,
    pub aside_put_back: Callback<String>,
    pub aside_remove: Callback<String>,
}

/// What the page shows of the session.
#[derive(Clone, PartialEq)]
pub struct Session {
    /// The id of the open sheet.
    pub current: AttrValue,
    /// The library, most recently saved first (kept fresh while the panel is open).
    pub entries: Rc<Vec<Entry>>,
    pub aside: Rc<Vec<Aside>>,
    pub notice: Rc<Notice>,
    /// Another tab changed the open sheet; nothing is saved until the user chooses.
    pub conflict: bool,
    pub library_open: bool,
    /// Nothing was stored: show the first-visit guide.
    pub first_visit: bool,
    pub on: Actions,
}

/// What start-up found, read once before the first render.
pub struct Boot {
    startup: Startup,
}

impl Boot {
    /// The document the page opens with: the last open sheet, else the example (a first visit,
    /// or nothing readable) so the sheet explains itself.
    pub fn document(&self) -> Document {
        self.startup.open.as_ref().map_or_else(examples::sneaker_busan, |o| o.doc.clone())
    }
}

/// Reads the library at start (once).
#[hook]
pub fn use_boot() -> Rc<Boot> {
    use_memo((), |_| Boot { startup: library::startup(&mut WebStore::local(), &new_id(), &now()) })
}

/// The name a sheet has by itself: its article name (empty for none; the library shows that as
/// "Lembar tanpa nama" in the user's language). An entry the user has not named follows it.
pub fn default_name(doc: &Document) -> String {
    doc.article.name.trim().to_string()
}

pub(crate) fn confirm(message: &str) -> bool {
    web_sys::window().and_then(|w| w.confirm_with_message(message).ok()).unwrap_or(false)
}

/// The session's state, read and changed by callbacks, timers and events.
struct Live {
    store: WebStore,
    tab: Tab,
    /// The document on screen (set at each render, and when the session replaces it).
    doc: Rc<Document>,
    lang: Lang,
    notice: Rc<Notice>,
    library_open: bool,
    entries: Rc<Vec<Entry>>,
    aside: Rc<Vec<Aside>>,
    /// A file being read lives here until it reports.
    reader: Option<FileReader>,
}

/// The session's logic, shared by every callback.
struct Core {
    live: RefCell<Live>,
    edit: UseReducerDispatcher<Sheet>,
    redraw: UseForceUpdateHandle,
}

impl Core {
    fn redraw(&self) {
        self.redraw.force_update();
    }

    fn notify(&self, notice: Notice) {
        self.live.borrow_mut().notice = Rc::new(notice);
        self.redraw();
    }

    fn lang(&self) -> Lang {
        self.live.borrow().lang
    }

    /// Reads the library again, if it is on screen.
    fn refresh(&self) {
        let mut l = self.live.borrow_mut();
        if !l.library_open {
            return;
        }
        // On a failed read the lists shown stay as they were.
        if let Ok(entries) = library::index(&l.store) {
            l.entries = Rc::new(entries);
        }
        if let Ok(aside) = library::aside(&l.store) {
            l.aside = Rc::new(aside);
        }
        drop(l);
        self.redraw();
    }

    /// Saves the open sheet unless it is stored as it is, or another tab changed it.
    fn save_now(&self) {
        let result = {
            let mut l = self.live.borrow_mut();
            let Live { store, tab, doc, .. } = &mut *l;
            let doc = doc.clone();
            tab.save(store, &doc, &default_name(&doc), &now())
        };
        let failed = matches!(*self.live.borrow().notice, Notice::SaveFailed(_));
        match result {
            Ok(Autosave::Written) => {
                if failed {
                    self.notify(Notice::None);
                }
                self.refresh();
            }
            Ok(Autosave::Unchanged) => {}
            // The conflict banner shows.
            Ok(Autosave::Held) => self.redraw(),
            Err(e) => self.notify(Notice::SaveFailed(e)),
        }
    }

    /// Before the tab moves to another sheet or the page goes: saves the open one. If another
    /// tab changed it and this tab has unsaved changes, they become a sheet of their own instead
    /// of being lost or overwriting the other tab's.
    fn leave(&self) {
        let forked = {
            let mut l = self.live.borrow_mut();
            let Live { store, tab, doc, lang, .. } = &mut *l;
            if !(tab.in_conflict() && tab.is_dirty(doc)) {
                None
            } else {
                let doc = doc.clone();
                let name =
                    format!("{} {}", i18n::store::sheet_name(&default_name(&doc), *lang), T::CopySuffix.in_lang(*lang));
                Some(tab.fork(store, &new_id(), &name, &doc, &now()).map(|()| name))
            }
        };
        match forked {
            None => self.save_now(),
            Some(Ok(name)) => {
                self.notify(Notice::Forked(name));
                self.refresh();
            }
            Some(Err(e)) => self.notify(Notice::SaveFailed(e)),
        }
    }

    /// Shows sheet `id` (stored as `seen`, `None` if not stored yet).
    fn show(&self, id: String, doc: Document, seen: Option<String>) {
        {
            let mut l = self.live.borrow_mut();
            l.tab.switch(id, seen);
            l.doc = Rc::new(doc.clone());
        }
        self.edit.dispatch(Edit::Replace(Box::new(doc)));
        self.refresh();
        self.redraw();
    }

    fn start_new(&self, doc: Document) {
        self.leave();
        let id = new_id();
        let saved = {
            let mut l = self.live.borrow_mut();
            let saved = library::save(&mut l.store, &id, &default_name(&doc), &doc, Seen::Nothing, &now());
            if saved.is_ok() {
                // Without the marker the sheet still opens; only the crash guard is missing.
                let _ = library::mark_opening(&mut l.store, &id);
            }
            saved
        };
        match saved {
            Ok(text) => self.show(id, doc, Some(text)),
            // Open it all the same: the work stays on the page and autosave tries again.
            Err(e) => {
                self.show(id, doc, None);
                self.notify(Notice::SaveFailed(e));
            }
        }
    }

    fn open(&self, id: String) {
        if self.live.borrow().tab.id() == id {
            return;
        }
        self.leave();
        let opened = library::open(&mut self.live.borrow_mut().store, &id);
        match opened {
            Ok(st) => self.show(id, st.doc, Some(st.text)),
            Err(e) => {
                self.notify(Notice::OpenFailed(e));
                self.refresh();
            }
        }
    }

    /// The open sheet is gone (deleted here or in another tab): opens the most recent readable
    /// one, else a new empty sheet.
    fn open_next(&self) {
        let next = {
            let mut l = self.live.borrow_mut();
            let list = library::index(&l.store).unwrap_or_default();
            list.into_iter().find_map(|e| library::open(&mut l.store, &e.id).ok().map(|st| (e.id, st)))
        };
        match next {
            Some((id, st)) => self.show(id, st.doc, Some(st.text)),
            None => self.show(new_id(), Document::empty(), None),
        }
    }

    fn duplicate(&self, id: String) {
        self.save_now();
        let result = {
            let mut l = self.live.borrow_mut();
            let lang = l.lang;
            let name = library::index(&l.store)
                .ok()
                .and_then(|list| list.into_iter().find(|e| e.id == id))
                .map(|e| i18n::store::sheet_name(&e.name, lang).to_string());
            let name = format!("{} {}", name.unwrap_or_default(), T::CopySuffix.in_lang(lang));
            let result = library::duplicate(&mut l.store, &id, &new_id(), &name, &now());
            if let Err(OpenError::Unreadable(_)) = &result {
                let _ = library::set_aside(&mut l.store, &id);
            }
            result
        };
        if let Err(e) = result {
            self.notify(Notice::OpenFailed(e));
        }
        self.refresh();
    }

    fn delete(&self, id: String) {
        // A sheet that quotations use asks first (the deletion itself can be undone).
        let used = crate::store::quotations::naming(&self.live.borrow().store, &id).unwrap_or(0);
        if used > 0 && !confirm(&i18n::store::used_by_quotations(used, self.lang())) {
            return;
        }
        self.save_now();
        let removed = library::remove(&mut self.live.borrow_mut().store, &id);
        match removed {
            Ok(Some(removed)) => {
                if self.live.borrow().tab.id() == id {
                    self.open_next();
                }
                self.notify(Notice::Deleted(Rc::new(removed)));
            }
            Ok(None) => {}
            Err(e) => self.notify(Notice::SaveFailed(e)),
        }
        self.refresh();
    }

    fn undo(&self) {
        let notice = self.live.borrow().notice.clone();
        if let Notice::Deleted(removed) = &*notice {
            let restored = library::restore(&mut self.live.borrow_mut().store, removed);
            self.notify(match restored {
                Ok(()) => Notice::None,
                Err(e) => Notice::SaveFailed(e),
            });
            self.refresh();
        }
    }

    fn rename(&self, id: String, name: String) {
        let renamed = library::rename(&mut self.live.borrow_mut().store, &id, &name);
        if let Err(e) = renamed {
            self.notify(Notice::SaveFailed(e));
        }
        self.refresh();
    }

    /// What the library panel did (a backup written, a backup imported): its notice, the open
    /// sheet to show again when the import replaced it, and the library listed again.
    fn done(&self, notice: Notice, reopen: Option<(String, Document, String)>) {
        if let Some((id, doc, text)) = reopen {
            self.show(id, doc, Some(text));
        }
        self.notify(notice);
        self.refresh();
    }

    fn export(&self, id: String) {
        self.save_now();
        let loaded = library::load(&self.live.borrow().store, &id);
        match loaded {
            Ok(st) => {
                if !files::download(&st.doc) {
                    self.notify(Notice::DownloadFailed);
                }
            }
            Err(e) => {
                if let OpenError::Unreadable(_) = e {
                    let _ = library::set_aside(&mut self.live.borrow_mut().store, &id);
                }
                self.notify(Notice::OpenFailed(e));
                self.refresh();
            }
        }
    }

    /// Imports a backup (or one sheet). A sheet whose id is taken asks first: OK replaces the
    /// stored one, Cancel keeps both.
    fn take_theirs(&self) {
        let taken = {
            let l = &mut *self.live.borrow_mut();
            l.tab.take_theirs(&l.store)
        };
        match taken {
            Ok(doc) => {
                self.live.borrow_mut().doc = Rc::new(doc.clone());
                self.edit.dispatch(Edit::Replace(Box::new(doc)));
                self.notify(Notice::None);
            }
            // Deleted there: so be it here too.
            Err(OpenError::Missing) => self.open_next(),
            Err(e) => {
                if let OpenError::Unreadable(_) = e {
                    {
                        let l = &mut *self.live.borrow_mut();
                        let _ = library::set_aside(&mut l.store, l.tab.id());
                    }
                    self.open_next();
                }
                self.notify(Notice::OpenFailed(e));
            }
        }
        self.refresh();
    }

    fn keep_mine(&self) {
        let kept = {
            let l = &mut *self.live.borrow_mut();
            l.tab.keep_mine(&l.store)
        };
        match kept {
            Ok(()) => self.save_now(),
            Err(e) => self.notify(Notice::SaveFailed(e)),
        }
        self.redraw();
    }

    fn toggle_library(&self) {
        let open = {
            let mut l = self.live.borrow_mut();
            l.library_open = !l.library_open;
            l.library_open
        };
        if open {
            self.refresh();
        }
        self.redraw();
    }

    fn aside_download(&self, key: String) {
        let text = library::aside_text(&self.live.borrow().store, &key);
        match text {
            Ok(Some(text)) => {
                let id = key.strip_prefix(ASIDE_PREFIX).unwrap_or(&key);
                if !files::download_text(&format!("tapak-set-aside-{id}.json"), &text) {
                    self.notify(Notice::DownloadFailed);
                }
            }
            Ok(None) => self.refresh(),
            Err(e) => self.notify(Notice::SaveFailed(e)),
        }
    }

    fn aside_put_back(&self, key: String) {
        let put = library::put_back(&mut self.live.borrow_mut().store, &key, &new_id(), &now());
        self.notify(match put {
            Ok(_) => Notice::PutBack,
            Err(e) => Notice::OpenFailed(e),
        });
        self.refresh();
    }

    fn aside_remove(&self, key: String) {
        if !confirm(T::ConfirmRemoveAside.in_lang(self.lang())) {
            return;
        }
        let removed = library::remove_aside(&mut self.live.borrow_mut().store, &key);
        if let Err(e) = removed {
            self.notify(Notice::SaveFailed(e));
        }
        self.refresh();
    }

    /// Another tab wrote `key` (`None`: it cleared the storage).
    fn storage_changed(&self, key: Option<String>, new_value: Option<String>) {
        let conflict = {
            let l = &mut *self.live.borrow_mut();
            l.tab.noticed(key.as_deref(), new_value.as_deref(), &l.doc)
        };
        if conflict {
            self.redraw();
        }
        let library_changed =
            key.as_deref().is_none_or(|k| k == INDEX_KEY || k.starts_with(DOC_PREFIX) || k.starts_with(ASIDE_PREFIX));
        if library_changed {
            self.refresh();
        }
    }
}

/// The session of the page: start-up's result (`boot`), the document reducer, the language.
#[hook]
pub fn use_session(boot: &Rc<Boot>, sheet: &UseReducerHandle<Sheet>, lang: Lang, settled: bool) -> Session {
    let redraw = use_force_update();
    let core = {
        let (boot, edit) = (boot.clone(), sheet.dispatcher());
        use_memo((), move |_| {
            let start = &boot.startup;
            let tab = match &start.open {
                Some(o) => Tab::new(o.id.clone(), Some(o.text.clone())),
                None => Tab::new(new_id(), None),
            };
            let report = &start.report;
            // Something was repaired or set aside: say so, and show the library where it is.
            let tell = report.index.is_some() || !report.set_aside.is_empty();
            let store = WebStore::local();
            let (entries, aside) = if tell {
                (library::index(&store).unwrap_or_default(), library::aside(&store).unwrap_or_default())
            } else {
                Default::default()
            };
            let live = Live {
                store,
                tab,
                doc: Rc::new(boot.document()),
                lang,
                notice: Rc::new(if report.is_quiet() {
                    Notice::None
                } else {
                    Notice::Started(Rc::new(report.clone()))
                }),
                library_open: tell,
                entries: Rc::new(entries),
                aside: Rc::new(aside),
                reader: None,
            };
            Rc::new(Core { live: RefCell::new(live), edit, redraw })
        })
    };
    {
        let mut l = core.live.borrow_mut();
        l.doc = sheet.doc.clone();
        l.lang = lang;
    }
    let on = use_memo((), {
        let core = core.clone();
        move |_| actions(&core)
    });
    let current = AttrValue::from(core.live.borrow().tab.id().to_string());

    // Autosave, debounced: 400 ms after the last change, and at once when the page is hidden
    // (tab closed, phone locked), so closing the tab right after typing loses nothing.
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let core = (*core).clone();
        use_effect_with((sheet.doc.clone(), current.clone()), move |_| {
            let core = core.clone();
            *timer.borrow_mut() = Some(Timeout::new(400, move || core.save_now()));
        });
    }
    {
        let core = (*core).clone();
        use_effect_with((), move |_| {
            let window = web_sys::window();
            let hide = window.as_ref().map(|w| {
                let core = core.clone();
                EventListener::new(w, "pagehide", move |_| {
                    // A field still being typed in is left first, so its entry is committed
                    // (fields commit on blur); the edit reaches the session when the editor has
                    // rendered it, in the scheduler's microtask, so the save runs after that.
                    let focused = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
                    if let Some(el) = focused.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                        el.blur().ok();
                    }
                    let core = core.clone();
                    yew::platform::spawn_local(async move { core.leave() });
                })
            });
            // Another tab wrote to the storage (the browser tells every other tab of the site).
            let storage = window.as_ref().map(|w| {
                EventListener::new(w, "storage", move |e| {
                    if let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() {
                        core.storage_changed(e.key(), e.new_value());
                    }
                })
            });
            move || drop((hide, storage))
        });
    }
    // The sheet is on screen — all of it: the editor builds the lower cards in the task after the
    // first render (`settled`), so the crash guard set when it was opened goes only after that.
    {
        let core = (*core).clone();
        use_effect_with((current.clone(), settled), move |(id, settled)| {
            if *settled {
                let _ = library::opened(&mut core.live.borrow_mut().store, id.as_str());
            }
        });
    }

    let l = core.live.borrow();
    Session {
        current,
        entries: l.entries.clone(),
        aside: l.aside.clone(),
        notice: l.notice.clone(),
        conflict: l.tab.in_conflict(),
        library_open: l.library_open,
        first_visit: boot.startup.first_visit,
        on: (*on).clone(),
    }
}

fn actions(core: &Rc<Core>) -> Actions {
    fn cb<A: 'static>(core: &Rc<Core>, f: impl Fn(&Rc<Core>, A) + 'static) -> Callback<A> {
        let core = core.clone();
        Callback::from(move |a| f(&core, a))
    }
    Actions {
        start_new: cb(core, |c, d| c.start_new(d)),
        open_file: cb(core, |c, file: web_sys::File| {
            let c2 = c.clone();
            let reader = files::open(file, move |result| match result {
                Ok(doc) => {
                    // The same sheet is already in the library: ask before a second copy is added.
                    let same = library::same_as(&c2.live.borrow().store, &doc).ok().flatten();
                    if let Some(e) = same {
                        let lang = c2.live.borrow().lang;
                        let name = i18n::store::sheet_name(&e.name, lang);
                        if !confirm(&format!(
                            "{} “{}”. {}",
                            T::SameAsInLibrary.in_lang(lang),
                            name,
                            T::AddSecondCopy.in_lang(lang)
                        )) {
                            c2.open(e.id);
                            return;
                        }
                    }
                    c2.start_new(doc);
                    if !matches!(*c2.live.borrow().notice, Notice::SaveFailed(_)) {
                        c2.notify(Notice::FileOpened);
                    }
                }
                Err(e) => c2.notify(Notice::FileError(e)),
            });
            c.live.borrow_mut().reader = Some(reader);
        }),
        save_file: cb(core, |c, ()| {
            let doc = c.live.borrow().doc.clone();
            if !files::download(&doc) {
                c.notify(Notice::DownloadFailed);
            }
        }),
        open: cb(core, |c, id| c.open(id)),
        duplicate: cb(core, |c, id| c.duplicate(id)),
        delete: cb(core, |c, id| c.delete(id)),
        rename: cb(core, |c, (id, name)| c.rename(id, name)),
        flush: cb(core, |c, ()| c.save_now()),
        done: cb(core, |c, (notice, reopen)| c.done(notice, reopen)),
        export: cb(core, |c, id| c.export(id)),
        undo: cb(core, |c, ()| c.undo()),
        dismiss: cb(core, |c, ()| c.notify(Notice::None)),
        take_theirs: cb(core, |c, ()| c.take_theirs()),
        keep_mine: cb(core, |c, ()| c.keep_mine()),
        toggle_library: cb(core, |c, ()| c.toggle_library()),
        aside_download: cb(core, |c, key| c.aside_download(key)),
        aside_put_back: cb(core, |c, key| c.aside_put_back(key)),
        aside_remove: cb(core, |c, key| c.aside_remove(key)),
    }
}
