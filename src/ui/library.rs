//! The library panel: the documents kept in this browser — open, rename, duplicate, delete
//! (with undo), back up all to one file, import a backup or a sheet.

use crate::i18n::{Lang, T};
use crate::ui::state::use_ctx;
use crate::ui::storage::Entry;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    pub entries: Vec<Entry>,
    pub current: AttrValue,
    pub on_open: Callback<String>,
    pub on_new: Callback<()>,
    pub on_duplicate: Callback<String>,
    pub on_delete: Callback<String>,
    pub on_rename: Callback<(String, String)>,
    pub on_backup: Callback<()>,
    /// Download one sheet as a file.
    pub on_export: Callback<String>,
    pub on_import: Callback<web_sys::File>,
    pub on_close: Callback<()>,
}

#[function_component]
pub fn LibraryPanel(p: &LibraryProps) -> Html {
    let lang = use_ctx().lang;
    let t = |k: T| k.in_lang(lang);
    let import = {
        let on_import = p.on_import.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                on_import.emit(file);
            }
            input.set_value("");
        })
    };
    html! {
        <section class="card library no-print" aria-labelledby="h-library" id="library">
            <div class="card-head">
                <h2 id="h-library">{ t(T::Library) }</h2>
                <button type="button" onclick={p.on_close.reform(|_| ())}>{ t(T::Close) }</button>
            </div>
            <p class="help">{ t(T::LibraryHelp) }</p>
            <div class="share-actions">
                <button type="button" class="primary" onclick={p.on_new.reform(|_| ())}>{ "+ " }{ t(T::NewSheet) }</button>
                <button type="button" id="backup-all" onclick={p.on_backup.reform(|_| ())}>{ t(T::BackupAll) }</button>
                <label class="button" for="import-backup">{ t(T::ImportBackup) }</label>
                <input type="file" id="import-backup" class="sr-only" accept=".json,application/json" onchange={import} />
            </div>
            <ul class="library-list">
                { for p.entries.iter().map(|e| {
                    let id = e.id.clone();
                    let is_current = e.id == p.current.as_str();
                    let rename = {
                        let (on_rename, id) = (p.on_rename.clone(), id.clone());
                        Callback::from(move |ev: Event| {
                            let v = ev.target_unchecked_into::<HtmlInputElement>().value();
                            if !v.trim().is_empty() {
                                on_rename.emit((id.clone(), v));
                            }
                        })
                    };
                    html! {
                        <li key={e.id.clone()} class={classes!(is_current.then_some("current"))} data-name={e.name.clone()}>
                            <div class="field text compact-visible">
                                <label for={format!("lib-{}", e.id)}>{ if is_current { t(T::OpenNow) } else { t(T::Name) } }</label>
                                <input id={format!("lib-{}", e.id)} type="text" value={e.name.clone()} onchange={rename} />
                            </div>
                            <span class="updated">{ e.updated.clone() }</span>
                            <div class="share-actions">
                                if !is_current { <button type="button" onclick={p.on_open.reform({ let id = id.clone(); move |_| id.clone() })}>{ t(T::Open) }</button> }
                                <button type="button" onclick={p.on_duplicate.reform({ let id = id.clone(); move |_| id.clone() })}>{ t(T::Duplicate) }</button>
                                <button type="button" onclick={p.on_export.reform({ let id = id.clone(); move |_| id.clone() })}>{ t(T::SaveFile) }</button>
                                <button type="button" class="danger" aria-label={format!("{} · {}", t(T::Remove), e.name)} onclick={p.on_delete.reform({ let id = id.clone(); move |_| id.clone() })}>{ t(T::Remove) }</button>
                            </div>
                        </li>
                    }
                }) }
            </ul>
            if p.entries.is_empty() { <p class="empty">{ if lang == Lang::Id { "Belum ada lembar tersimpan." } else { "No saved sheets yet." } }</p> }
        </section>
    }
}
