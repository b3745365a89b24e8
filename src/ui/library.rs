//! The library panel: the sheets kept in this browser — open, rename, duplicate, download,
//! delete (with undo), back up all to one file, import a backup or a sheet — and the sheets set
//! aside because they could not be opened (download as found, put back, remove).

use crate::i18n::{self, P, T};
use crate::model::sheet::id::SheetId;
use crate::store::library::{self, Aside, Entry};
use crate::ui::shell::lazy::LibraryProps;
use crate::ui::shell::session::{Action, Notice};
use crate::ui::shell::state::use_ctx;
use crate::ui::shell::storage::WebStore;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component]
pub fn LibraryPanel(p: &LibraryProps) -> Html {
    let lang = use_ctx().lang;
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    // Backing up and importing are done here, in the panel's part, so neither the backup's
    // writer nor the quotation's reader and writer are in the first module; the session is told
    // what happened (`Action::Done`).
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let import = on_import(&p.run, reader, p.current.to_string(), lang);
    let backup = {
        let run = p.run.clone();
        Callback::from(move |_: MouseEvent| {
            run.emit(Action::Save);
            run.emit(Action::Done { notice: write_backup(), reopen: None });
        })
    };
    html! {
        <section class="card library no-print" aria-labelledby="h-library" id="library">
            <div class="card-head">
                <h2 id="h-library">{ t(T::Library) }</h2>
                <button type="button" onclick={p.run.reform(|_| Action::ToggleLibrary)}>{ t(T::Close) }</button>
            </div>
            <p class="help">{ tp(P::LibraryHelp) }</p>
            <div class="share-actions">
                <button type="button" class="primary" onclick={p.run.reform(|_| Action::StartNew(crate::model::sheet::document::Document::new_sheet()))}>{ "+ " }{ t(T::NewSheet) }</button>
                <button type="button" id="backup-all" onclick={backup}>{ tp(P::BackupAll) }</button>
                <label class="button" for="import-backup">{ tp(P::ImportBackup) }</label>
                <input type="file" id="import-backup" class="sr-only" accept=".json,application/json" onchange={import} />
            </div>
            <ul class="library-list">
                { for p.entries.iter().map(|e| entry_item(e, e.id == p.current.as_str(), &p.run, lang)) }
            </ul>
            if p.entries.is_empty() { <p class="empty">{ tp(P::NoSavedSheets) }</p> }
            if !p.aside.is_empty() { { aside_section(&p.aside, &p.run, lang) } }
        </section>
    }
}

/// Reads the chosen backup file and imports it, telling the session what happened.
fn on_import(
    run: &Callback<Action>,
    reader: std::rc::Rc<std::cell::RefCell<Option<gloo::file::callbacks::FileReader>>>,
    current: String,
    lang: i18n::Lang,
) -> Callback<Event> {
    let run = run.clone();
    Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            let (run, current) = (run.clone(), current.clone());
            *reader.borrow_mut() = Some(crate::ui::shell::files::read_text(file, move |text| {
                let backup =
                    text.and_then(|t| crate::codec::backup::from_backup(&t, &crate::ui::shell::storage::new_id()));
                let (notice, reopen) = match backup {
                    Ok(b) => import_backup(&b, &current, lang),
                    Err(e) => (Notice::FileError(e), None),
                };
                run.emit(Action::Done { notice, reopen });
            }));
        }
        input.set_value("");
    })
}

/// A button's action on one sheet (by its id) or one sheet set aside (by its key).
fn on<I: Clone + 'static>(run: &Callback<Action>, action: fn(I) -> Action, id: &I) -> Callback<MouseEvent> {
    let id = id.clone();
    run.reform(move |_: MouseEvent| action(id.clone()))
}

/// One kept sheet's row: its name (renamed on change), when saved, and its buttons.
fn entry_item(e: &Entry, is_current: bool, run: &Callback<Action>, lang: i18n::Lang) -> Html {
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    let pass = |action: fn(SheetId) -> Action, id: &SheetId| on(run, action, id);
    let name = i18n::store::sheet_name(&e.name, lang).to_string();
    let rename = {
        let (run, id) = (run.clone(), e.id.clone());
        Callback::from(move |ev: Event| {
            let v = ev.target_unchecked_into::<HtmlInputElement>().value();
            if !v.trim().is_empty() {
                run.emit(Action::Rename { id: id.clone(), name: v });
            }
        })
    };
    html! {
        <li key={e.id.to_string()} class={classes!(is_current.then_some("current"))} data-name={name.clone()}>
            <div class="field text compact-visible">
                <label for={format!("lib-{}", e.id)}>{ if is_current { tp(P::OpenNow) } else { tp(P::Name) } }</label>
                <input id={format!("lib-{}", e.id)} type="text" value={name.clone()} onchange={rename} />
            </div>
            <span class="updated">{ e.updated.clone() }</span>
            <div class="share-actions">
                if !is_current { <button type="button" onclick={pass(Action::Open, &e.id)}>{ tp(P::Open) }</button> }
                <button type="button" onclick={pass(Action::Duplicate, &e.id)}>{ t(T::Duplicate) }</button>
                <button type="button" onclick={pass(Action::Export, &e.id)}>{ t(T::SaveFile) }</button>
                <button type="button" class="danger" aria-label={format!("{} · {}", t(T::Remove), name)} onclick={pass(|id| Action::Delete { id, asked: false }, &e.id)}>{ t(T::Remove) }</button>
            </div>
        </li>
    }
}

/// The sheets set aside: a heading, help, and one row each.
fn aside_section(aside: &[Aside], run: &Callback<Action>, lang: i18n::Lang) -> Html {
    let tp = |k: P| k.in_lang(lang);
    html! {
        <section class="set-aside" aria-labelledby="h-set-aside" id="set-aside">
            <h3 id="h-set-aside">{ tp(P::SetAside) }</h3>
            <p class="help">{ tp(P::SetAsideHelp) }</p>
            <ul class="library-list aside-list">
                { for aside.iter().map(|a| aside_item(a, run, lang)) }
            </ul>
        </section>
    }
}

/// One sheet set aside: what it is and why, and download, put back, remove.
fn aside_item(a: &Aside, run: &Callback<Action>, lang: i18n::Lang) -> Html {
    let t = |k: T| k.in_lang(lang);
    let tp = |k: P| k.in_lang(lang);
    let pass_key = |action: fn(String) -> Action, key: &String| on(run, action, key);
    let name = if a.name.trim().is_empty() { tp(P::NameUnreadable).to_string() } else { a.name.clone() };
    html! {
        <li key={a.key.clone()} data-key={a.key.clone()}>
            <div class="aside-what">
                <strong>{ name.clone() }</strong>
                <span class="updated">{ " · " }{ i18n::store::size(a.bytes) }{ " · " }</span>
                <span class="aside-id">{ a.id.clone() }</span>
                <p class="aside-why">{ i18n::store::aside_problem(a.problem.as_ref(), lang) }</p>
            </div>
            <div class="share-actions">
                <button type="button" onclick={pass_key(Action::AsideDownload, &a.key)}
                    aria-label={format!("{} · {}", tp(P::Download), name)}>{ tp(P::Download) }</button>
                if a.problem.is_none() {
                    <button type="button" onclick={pass_key(Action::AsidePutBack, &a.key)}
                        aria-label={format!("{} · {}", tp(P::PutBack), name)}>{ tp(P::PutBack) }</button>
                }
                <button type="button" class="danger" onclick={pass_key(|key| Action::AsideRemove { key, asked: false }, &a.key)}
                    aria-label={format!("{} · {}", t(T::Remove), name)}>{ t(T::Remove) }</button>
            </div>
        </li>
    }
}

/// The library panel, loaded on first use (`ui::shell::lazy`).
pub fn part(p: &LibraryProps) -> Html {
    html! { <LibraryPanel ..p.clone() /> }
}

/// Writes the backup file: every sheet (one that cannot be read is set aside, where it can be
/// downloaded as found), every quotation and the profile as stored, each read through its door
/// first (one that cannot be read stays where it is and is not backed up). The notice to show.
fn write_backup() -> Notice {
    let mut store = WebStore::local();
    let all = match library::all(&store) {
        Ok(all) => all,
        Err(e) => return Notice::SaveFailed(e),
    };
    for (id, _) in &all.unreadable {
        let _ = library::set_aside(&mut store, id);
    }
    let quoted: Vec<(String, String)> = crate::store::quotations::list(&store)
        .map(|l| l.quotations.into_iter().map(|st| (st.id, st.text)).collect())
        .unwrap_or_default();
    let profile = match crate::store::profile::load(&store) {
        Ok(crate::store::profile::Stored::Profile(_, text)) => Some(text),
        _ => None,
    };
    let day = crate::ui::shell::storage::today();
    let text = crate::codec::backup::to_backup(&all.sheets, &quoted, profile.as_deref());
    if !crate::ui::shell::files::download_text(&format!("tapak-backup-{day}.json"), &text) {
        Notice::DownloadFailed
    } else if !all.unreadable.is_empty() {
        Notice::SetAside(all.unreadable.len())
    } else {
        Notice::None
    }
}

/// Imports a backup (`store::session::import_backup`), asking in the user's language before
/// anything stored is replaced.
fn import_backup(
    b: &crate::codec::backup::Backup,
    current: &str,
    lang: crate::i18n::Lang,
) -> crate::ui::shell::session::Done {
    use crate::store::session::Replace;
    let ask = |what: Replace| {
        let name = match what {
            Replace::Sheet(name) => i18n::store::sheet_name(name, lang),
            Replace::Profile => T::CompanyProfile.in_lang(lang),
            Replace::Quotation(number) => number,
        };
        crate::ui::shell::session::confirm(&format!("{} “{}”", T::ConfirmOverwrite.in_lang(lang), name))
    };
    let mut world = crate::ui::shell::session::Web(lang);
    crate::store::session::import_backup(&mut WebStore::local(), b, current, ask, &mut world)
}
