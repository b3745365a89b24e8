//! The session on the page: runs `store::session`'s actions over the browser's storage and
//! carries out their effects (the editor shows a document, a file is offered, a question is
//! asked), autosaves (400 ms after the last change, and at once when the page is hidden), and
//! passes on another tab's writes. The rules, and their tests, are in `store::session`.
//!
//! `use_session` gives a `Session`: what to show, and `run`, one callback for every action, the
//! same for the life of the page. The session lives in one `RefCell` (callbacks and timers must
//! read its latest state, not the state of the render they were made in) and asks for a redraw
//! when what it shows changes.

use crate::i18n::{self, Lang, T};
use crate::model::sheet::document::Document;
use crate::model::sheet::edit::Edit;
use crate::store::library::{self, Aside, Entry, Startup};
pub use crate::store::session::{Action, Notice};
use crate::store::session::{Effect, Question, View, World};
use crate::ui::shell::files;
use crate::ui::shell::state::Sheet;
use crate::ui::shell::storage::{new_id, now, WebStore};
use gloo::events::EventListener;
use gloo::file::callbacks::FileReader;
use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the library panel did: its notice, and the open sheet (id, sheet, stored text) to show
/// again when an import replaced it.
pub type Done = (Notice, Option<(crate::model::sheet::id::SheetId, Document, String)>);

/// What the page shows of the session.
#[derive(Clone, PartialEq)]
pub struct Session {
    /// The id of the open sheet.
    pub current: AttrValue,
    /// The library, most recently saved first (read again after every action).
    pub entries: Rc<Vec<Entry>>,
    pub aside: Rc<Vec<Aside>>,
    pub notice: Rc<Notice>,
    /// Another tab changed the open sheet; nothing is saved until the user chooses.
    pub conflict: bool,
    pub library_open: bool,
    /// Nothing was stored: show the first-visit guide.
    pub first_visit: bool,
    /// Runs an action of the session.
    pub run: Callback<Action>,
    /// Reads a sheet from a file, then runs `Action::FileRead`.
    pub open_file: Callback<web_sys::File>,
}

/// What start-up found, read once before the first render.
pub struct Boot {
    startup: Startup,
}

impl Boot {
    /// The document the page opens with: the last open sheet, else the example (a first visit,
    /// or nothing readable) so the sheet explains itself.
    pub fn document(&self) -> Document {
        self.startup.open.as_ref().map_or_else(crate::model::explain::examples::sneaker_busan, |o| o.doc.clone())
    }
}

/// Reads the library at start (once).
#[hook]
pub fn use_boot() -> Rc<Boot> {
    use_memo((), |_| Boot { startup: library::startup(&mut WebStore::local(), &new_id(), &now()) })
}

pub(crate) fn confirm(message: &str) -> bool {
    web_sys::window().and_then(|w| w.confirm_with_message(message).ok()).unwrap_or(false)
}

/// The browser as the session's world: random ids, the clock, copies named in the user's language.
pub(crate) struct Web(pub Lang);

impl World for Web {
    fn new_id(&mut self) -> String {
        new_id()
    }
    fn now(&self) -> String {
        now()
    }
    fn copy_name(&self, name: &str) -> String {
        format!("{} {}", i18n::store::sheet_name(name, self.0), T::CopySuffix.in_lang(self.0))
    }
}

/// The session and what carries out its effects.
struct Core {
    session: RefCell<crate::store::session::Session<WebStore>>,
    lang: Cell<Lang>,
    edit: UseReducerDispatcher<Sheet>,
    redraw: UseForceUpdateHandle,
    /// A file being read lives here until it reports.
    reader: RefCell<Option<FileReader>>,
}

impl Core {
    fn run(&self, action: Action) {
        let lang = self.lang.get();
        let (effects, changed) = {
            let mut s = self.session.borrow_mut();
            let before: View = s.view();
            let effects = s.apply(action, &mut Web(lang));
            (effects, s.view() != before)
        };
        if changed {
            self.redraw.force_update();
        }
        for effect in effects {
            match effect {
                Effect::Show(doc) => self.edit.dispatch(Edit::Replace(doc)),
                Effect::Download(doc) => {
                    if !files::download(&doc) {
                        self.run(Action::Notify(Notice::DownloadFailed));
                    }
                }
                Effect::DownloadText { file, text } => {
                    if !files::download_text(&file, &text) {
                        self.run(Action::Notify(Notice::DownloadFailed));
                    }
                }
                Effect::Ask { question, yes, no } => {
                    if confirm(&question_text(&question, lang)) {
                        self.run(*yes);
                    } else if let Some(no) = no {
                        self.run(*no);
                    }
                }
            }
        }
    }
}

fn question_text(q: &Question, lang: Lang) -> String {
    match q {
        Question::UsedByQuotations(n) => i18n::store::used_by_quotations(*n, lang),
        Question::SameAsInLibrary(name) => format!(
            "{} “{}”. {}",
            T::SameAsInLibrary.in_lang(lang),
            i18n::store::sheet_name(name, lang),
            T::AddSecondCopy.in_lang(lang)
        ),
        Question::RemoveAside => T::ConfirmRemoveAside.in_lang(lang).to_string(),
    }
}

/// The session of the page: start-up's result (`boot`), the document reducer, the language.
#[hook]
pub fn use_session(boot: &Rc<Boot>, sheet: &UseReducerHandle<Sheet>, lang: Lang, settled: bool) -> Session {
    let redraw = use_force_update();
    let core = {
        let (boot, edit) = (boot.clone(), sheet.dispatcher());
        use_memo((), move |_| {
            let session = crate::store::session::Session::start(WebStore::local(), &boot.startup, new_id());
            Rc::new(Core {
                session: RefCell::new(session),
                lang: Cell::new(lang),
                edit,
                redraw,
                reader: RefCell::new(None),
            })
        })
    };
    core.session.borrow_mut().doc = sheet.doc.clone();
    core.lang.set(lang);
    let run = use_memo((), {
        let core = (*core).clone();
        move |_| Callback::from(move |a| core.run(a))
    });
    let open_file = use_memo((), {
        let core = (*core).clone();
        move |_| {
            Callback::from(move |file: web_sys::File| {
                let c = core.clone();
                let reader = files::open(file, move |result| match result {
                    Ok(doc) => c.run(Action::FileRead { doc, asked: false }),
                    Err(e) => c.run(Action::Notify(Notice::FileError(e))),
                });
                *core.reader.borrow_mut() = Some(reader);
            })
        }
    });
    let view = core.session.borrow().view();
    let current = AttrValue::from(view.current.clone());

    // Autosave, debounced: 400 ms after the last change, and at once when the page is hidden
    // (tab closed, phone locked), so closing the tab right after typing loses nothing.
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let core = (*core).clone();
        use_effect_with((sheet.doc.clone(), current.clone()), move |_| {
            let core = core.clone();
            *timer.borrow_mut() = Some(Timeout::new(400, move || core.run(Action::Save)));
        });
    }
    use_page_events(&core);
    // The sheet is on screen — all of it: the editor builds the lower cards in the task after the
    // first render (`settled`), so the crash guard set when it was opened goes only after that.
    {
        let core = (*core).clone();
        use_effect_with((current.clone(), settled), move |(id, settled)| {
            if *settled {
                let _ = library::opened(&mut core.session.borrow_mut().store, id.as_str());
            }
        });
    }

    Session {
        current,
        entries: view.entries,
        aside: view.aside,
        notice: view.notice,
        conflict: view.conflict,
        library_open: view.library_open,
        first_visit: boot.startup.first_visit,
        run: (*run).clone(),
        open_file: (*open_file).clone(),
    }
}

/// The page going (tab closed, phone locked: the open sheet is saved, or kept as a copy if
/// another tab changed it) and another tab's writes to the storage, run as the session's actions.
#[hook]
fn use_page_events(core: &Rc<Core>) {
    let core = core.clone();
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
                yew::platform::spawn_local(async move { core.run(Action::Leave) });
            })
        });
        // Another tab wrote to the storage (the browser tells every other tab of the site).
        let storage = window.as_ref().map(|w| {
            EventListener::new(w, "storage", move |e| {
                if let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() {
                    core.run(Action::StorageChanged { key: e.key(), value: e.new_value() });
                }
            })
        });
        move || drop((hide, storage))
    });
}
