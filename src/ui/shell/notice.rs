//! The session's messages above the sheet: another tab's change to the open sheet (with the
//! choice it needs), and the latest notice (saved, refused, repaired, set aside, deleted…).

use crate::i18n::{self, P, T};
use crate::ui::shell::lazy::NoticeProps;
use crate::ui::shell::session::{Action, Notice};
use crate::ui::shell::state::use_ctx;
use yew::prelude::*;

#[function_component]
pub fn NoticeBar(p: &NoticeProps) -> Html {
    let l = use_ctx().lang;
    let t = |k: T| k.in_lang(l);
    let tp = |k: P| k.in_lang(l);
    let conflict = p.conflict.then(|| {
        html! {
            <div class="notice conflict no-print" role="alert" id="conflict">
                <p>{ tp(P::ChangedElsewhere) }</p>
                <div class="notice-actions">
                    <button type="button" class="primary" id="take-theirs" onclick={p.run.reform(|_| Action::TakeTheirs)}>{ tp(P::TakeTheirs) }</button>
                    <button type="button" id="keep-mine" onclick={p.run.reform(|_| Action::KeepMine)}>{ tp(P::KeepMine) }</button>
                </div>
            </div>
        }
    });
    let sentences: Vec<String> = match &*p.notice {
        Notice::None => Vec::new(),
        Notice::Started(report) => i18n::store::report(report, l),
        Notice::SaveFailed(e) => vec![i18n::store::store_error(e, l)],
        Notice::OpenFailed(e) => vec![i18n::store::open_error(e, l)],
        Notice::DownloadFailed => vec![tp(P::DownloadFailed).to_string()],
        Notice::FileError(_) => Vec::new(),
        Notice::FileOpened => vec![tp(P::FileOpened).to_string()],
        Notice::Imported(n, 0) => vec![format!("{} {n} {}", tp(P::Imported), tp(P::Sheets))],
        Notice::Imported(n, q) => {
            vec![format!("{} {n} {}, {q} {}", tp(P::Imported), tp(P::Sheets), tp(P::QuotationsWord))]
        }
        Notice::Deleted(r) => {
            let name = i18n::store::sheet_name(&r.entry.name, l);
            vec![format!("{} “{name}”", tp(P::Deleted))]
        }
        Notice::SetAside(n) => vec![i18n::store::set_aside_unreadable(*n, l)],
        Notice::PutBack => vec![tp(P::PutBackDone).to_string()],
        Notice::Forked(name) => vec![i18n::store::forked(name, l)],
    };
    let ok = matches!(*p.notice, Notice::FileOpened | Notice::Imported(..) | Notice::PutBack);
    // A refused file: the sentence, each offending field, the parser's text behind a toggle.
    let refused = match &*p.notice {
        Notice::FileError(e) => html! {
            <div class="notice no-print" role="alert">
                { crate::ui::shell::refusal::view(e, l, "file-refused") }
                <div class="notice-actions">
                    <button type="button" id="refused-dismiss" onclick={p.run.reform(|_| Action::Notify(Notice::None))}>{ t(T::Dismiss) }</button>
                </div>
            </div>
        },
        _ => html! {},
    };
    html! {
        <>
            <>{ for conflict }</>
            { refused }
            if !sentences.is_empty() {
                <div class={classes!("notice", "no-print", ok.then_some("ok"))} role="alert" id="notice">
                    <>{ for sentences.iter().map(|s| html! { <p>{ s }</p> }) }</>
                    <div class="notice-actions">
                        if matches!(*p.notice, Notice::Deleted(_)) {
                            <button type="button" class="primary" id="undo-delete" onclick={p.run.reform(|_| Action::Undo)}>{ tp(P::Undo) }</button>
                        }
                        <button type="button" id="notice-dismiss" onclick={p.run.reform(|_| Action::Notify(Notice::None))}>{ t(T::Dismiss) }</button>
                    </div>
                </div>
            }
        </>
    }
}

/// The notices, loaded when there is one to show (`ui::shell::lazy`).
pub fn part(p: &NoticeProps) -> Html {
    html! { <NoticeBar ..p.clone() /> }
}
