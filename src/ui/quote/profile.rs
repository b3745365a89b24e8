//! The company profile card (issue 14), at the head of the quotation tab: the exporter's name,
//! address, contacts, bank details, default payment terms, lead time and validity, and a logo
//! for the print. Entered once; every new quotation takes from it what its sheet left empty, and
//! "Isi dari profil" puts it over an open quotation. Saved on every change (`store::profile`),
//! never over another tab's change; every change passes `rules::validate_profile`, so a logo
//! that is no picture, or too large, is refused with the reason and changes nothing.
//!
//! Two tabs: a tab with nothing unsaved follows the other's changes as they are stored. A tab
//! whose change meets another tab's shows the two side by side, part by part
//! (`profile::differing`), keeps what was typed, and waits for the user: "load the other tab's
//! version" or "keep mine" (saved over it, now that it was seen). Nothing is dropped unseen.

use crate::format::refused::FieldId;
use crate::i18n::{self, P, T};
use crate::model::quotation::profile::{differing, Profile, ProfileEdit, ProfilePart, ProfileText};
use crate::model::rules::Num;
use crate::store::profile::{self, Stored};
use crate::store::StoreError;
use crate::ui::shell::state::use_ctx;
use crate::ui::shell::storage::WebStore;
use crate::ui::widgets::fields::{to_count, NumberField, TextField};
use rust_decimal::Decimal;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The stored profile, read through its door.
pub fn stored() -> Stored {
    profile::load(&WebStore::local()).unwrap_or(Stored::None)
}

/// The stored profile, when there is a readable one.
pub fn current() -> Option<Profile> {
    match stored() {
        Stored::Profile(p, _) => Some(*p),
        _ => None,
    }
}

/// Puts the profile's logo at the head of a printed page mounted in `host` (the print only: a
/// link carries no picture).
pub fn add_logo(host: &web_sys::Element, logo: &str) {
    if logo.is_empty() {
        return;
    }
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let (Ok(Some(head)), Ok(img)) = (host.query_selector(".qs-from"), doc.create_element("img")) {
        let _ = img.set_attribute("class", "qs-logo");
        let _ = img.set_attribute("src", logo);
        let _ = img.set_attribute("alt", "");
        let _ = head.prepend_with_node_1(&img);
    }
}

#[derive(Clone, PartialEq)]
struct Shown {
    profile: Profile,
    /// The text this tab last saw stored (`None`: nothing stored).
    seen: Option<String>,
    error: Option<String>,
    /// The stored text cannot be read: shown, and replaced only on the user's word.
    unreadable: Option<String>,
    /// Another tab's version, met by a save from this one: shown beside this tab's until the
    /// user chooses (its profile and stored text).
    theirs: Option<(Profile, String)>,
}

impl Shown {
    fn from(stored: Stored) -> Shown {
        let none = Shown { profile: Profile::default(), seen: None, error: None, unreadable: None, theirs: None };
        match stored {
            Stored::None => none,
            Stored::Profile(p, text) => Shown { profile: *p, seen: Some(text), ..none },
            Stored::Unreadable(text, _) => Shown { seen: Some(text.clone()), unreadable: Some(text), ..none },
        }
    }

    /// After trying to save `next`: saved, or kept on the page with why (another tab's version
    /// beside it when that is the reason).
    fn after_save(&self, next: Profile, saved: Result<String, StoreError>, lang: crate::i18n::Lang) -> Shown {
        match saved {
            Ok(text) => Shown { profile: next, seen: Some(text), error: None, unreadable: None, theirs: None },
            Err(StoreError::Changed { .. }) => match stored() {
                Stored::Profile(theirs, text) => {
                    Shown { profile: next, error: None, theirs: Some((*theirs, text)), ..self.clone() }
                }
                // Removed or unreadable there: said, and saved again only over what is stored now.
                other => {
                    let now = Shown::from(other);
                    let why = i18n::store::store_error(&StoreError::Changed { key: profile::KEY.into() }, lang);
                    Shown { profile: next, error: Some(why), seen: now.seen, unreadable: now.unreadable, theirs: None }
                }
            },
            Err(e) => Shown { profile: next, error: Some(i18n::store::store_error(&e, lang)), ..self.clone() },
        }
    }
}

enum Change {
    Set(Box<Shown>),
    /// Another tab stored a profile: followed when nothing here is unsaved.
    Outside(Stored),
}

impl Reducible for Shown {
    type Action = Change;
    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        match change {
            Change::Set(next) => Rc::new(*next),
            Change::Outside(stored) if self.error.is_none() && self.theirs.is_none() => Rc::new(Shown::from(stored)),
            Change::Outside(_) => self,
        }
    }
}

#[function_component]
pub fn ProfileCard() -> Html {
    let lang = use_ctx().lang;
    let (t, tp) = (|k: T| k.in_lang(lang), |k: P| k.in_lang(lang));
    let state = use_reducer(|| Shown::from(stored()));
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    use_other_tabs(&state);
    // Every change: checked, then saved over what this tab saw.
    let save = {
        let state = state.clone();
        Callback::from(move |next: Profile| {
            let cur = (*state).clone();
            let problems = crate::model::rules::validate_profile(&next);
            if !problems.is_empty() {
                let lines: Vec<String> = problems.iter().map(|p| i18n::problem(p, lang)).collect();
                return state.dispatch(Change::Set(Box::new(Shown { error: Some(lines.join(" ")), ..cur })));
            }
            if cur.unreadable.is_some() {
                return;
            }
            let mut s = WebStore::local();
            // A save that fails (storage full, refused, or another tab's change) keeps the edit on
            // the page, said, and tried again at the next change or by "Try again": the profile
            // in view is the one typed, never the stored one under it (issue 27 #3).
            let saved = profile::save(&mut s, &next, cur.seen.as_deref());
            state.dispatch(Change::Set(Box::new(cur.after_save(next, saved, lang))));
        })
    };
    let (take_theirs, keep_mine) = (take_theirs(&state), keep_mine(&state, lang));
    let p = &state.profile;
    // Every edit, applied to the profile in view, then checked and saved.
    let edit = {
        let (p, save) = (p.clone(), save.clone());
        Callback::from(move |e: ProfileEdit| {
            let mut next = p.clone();
            if next.apply(e) {
                save.emit(next);
            }
        })
    };
    let text = |id: &'static str, label: P, value: &str, field: ProfileText| {
        html! { <TextField {id} label={tp(label)} value={value.to_string()} onchange={edit.reform(move |v| ProfileEdit::Text(field, v))} /> }
    };
    let on_logo = {
        let (edit, reader) = (edit.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                let edit = edit.clone();
                let file = gloo::file::File::from(file);
                // The kind is read from the bytes (`profile::logo_data_url`); a file that is no
                // picture is refused by the profile's door, with its message, the logo kept.
                *reader.borrow_mut() = Some(gloo::file::callbacks::read_as_bytes(&file, move |bytes| {
                    if let Ok(bytes) = bytes {
                        edit.emit(ProfileEdit::Logo(bytes));
                    }
                }));
            }
            input.set_value("");
        })
    };
    let start_again = start_again(&state, lang);
    html! {
        <details class="profile" id="company-profile">
            <summary><h3>{ t(T::CompanyProfile) }</h3></summary>
            <p class="help">{ tp(P::ProfileHelp) }</p>
            if state.unreadable.is_some() {
                <div class="notice" role="alert">
                    <p>{ tp(P::ProfileUnreadable) }</p>
                    <button type="button" id="pf-start-again" onclick={start_again}>{ tp(P::ProfileStartAgain) }</button>
                </div>
            }
            if let Some((theirs, _)) = &state.theirs {
                { side_by_side(theirs, p, take_theirs, keep_mine, lang) }
            }
            if let Some(e) = &state.error {
                <div class="notice" role="alert" id="pf-error">
                    <p>{ e.clone() }</p>
                    <button type="button" id="pf-save-again" onclick={{ let (save, p) = (save.clone(), p.clone()); Callback::from(move |_: MouseEvent| save.emit(p.clone())) }}>{ t(T::TryAgain) }</button>
                </div>
            }
            <div class="grid g3">
                { text("pf-name", P::Name, &p.exporter.name, ProfileText::Name) }
                { text("pf-address", P::Address, &p.exporter.address, ProfileText::Address) }
                { text("pf-contact", P::Contact, &p.exporter.contact, ProfileText::Contact) }
                { text("pf-bank", P::BankDetails, &p.bank_details, ProfileText::BankDetails) }
                <NumberField field={FieldId::Card("pf-validity")} label={t(T::ValidityDays)} value={Decimal::from(p.validity_days)} rule={Num::ValidityDays.rule()} onchange={edit.reform(|v| ProfileEdit::ValidityDays(to_count(v)))} />
            </div>
            <crate::ui::widgets::phrases::Words of={crate::format::refused::WordsOf::Profile} details={p.details()} remarks=false onchange={edit.reform(ProfileEdit::Words)} />
            <div class="row-actions logo">
                if !p.logo.is_empty() { <img class="logo-preview" src={p.logo.clone()} alt={tp(P::Logo)} /> }
                <label class="button" for="pf-logo">{ tp(P::Logo) }</label>
                <input type="file" id="pf-logo" class="sr-only" accept="image/png,image/jpeg,image/webp" onchange={on_logo} />
                if !p.logo.is_empty() { <button type="button" id="pf-logo-remove" onclick={edit.reform(|_: MouseEvent| ProfileEdit::RemoveLogo)}>{ tp(P::RemoveLogo) }</button> }
            </div>
        </details>
    }
}

/// Another tab stored a profile: followed here when nothing here is unsaved (`Change::Outside`).
#[hook]
fn use_other_tabs(state: &UseReducerHandle<Shown>) {
    let state = state.dispatcher();
    use_effect_with((), move |()| {
        let listener = web_sys::window().map(|w| {
            gloo::events::EventListener::new(&w, "storage", move |e| {
                let ours = e
                    .dyn_ref::<web_sys::StorageEvent>()
                    .and_then(web_sys::StorageEvent::key)
                    .is_some_and(|k| k == profile::KEY);
                if ours {
                    state.dispatch(Change::Outside(stored()));
                }
            })
        });
        move || drop(listener)
    });
}

/// Takes the other tab's profile, as it was stored.
fn take_theirs(state: &UseReducerHandle<Shown>) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_: MouseEvent| {
        if let Some((theirs, text)) = state.theirs.clone() {
            state.dispatch(Change::Set(Box::new(Shown {
                profile: theirs,
                seen: Some(text),
                error: None,
                unreadable: None,
                theirs: None,
            })));
        }
    })
}

/// Mine over theirs, now that they were seen: saved against their text.
fn keep_mine(state: &UseReducerHandle<Shown>, lang: crate::i18n::Lang) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_: MouseEvent| {
        let cur = (*state).clone();
        let Some((_, text)) = &cur.theirs else { return };
        let saved = profile::save(&mut WebStore::local(), &cur.profile, Some(text));
        state.dispatch(Change::Set(Box::new(cur.after_save(cur.profile.clone(), saved, lang))));
    })
}

/// A stored profile that cannot be read is replaced by a new one.
fn start_again(state: &UseReducerHandle<Shown>, lang: crate::i18n::Lang) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_: MouseEvent| {
        let cur = (*state).clone();
        let fresh = Profile::default();
        let saved = profile::save(&mut WebStore::local(), &fresh, cur.seen.as_deref());
        state.dispatch(Change::Set(Box::new(cur.after_save(fresh, saved, lang))));
    })
}

/// Another tab's profile beside this one's, part by part where they differ, and the choice.
fn side_by_side(
    theirs: &Profile,
    mine: &Profile,
    take: Callback<MouseEvent>,
    keep: Callback<MouseEvent>,
    lang: crate::i18n::Lang,
) -> Html {
    let tp = |k: P| k.in_lang(lang);
    let label = |part: ProfilePart| match part {
        ProfilePart::Name => tp(P::Name).to_string(),
        ProfilePart::Address => tp(P::Address).to_string(),
        ProfilePart::Contact => tp(P::Contact).to_string(),
        ProfilePart::Bank => tp(P::BankDetails).to_string(),
        ProfilePart::Validity => T::ValidityDays.in_lang(lang).to_string(),
        ProfilePart::Payment => tp(P::PaymentTerms).to_string(),
        ProfilePart::Lead => tp(P::LeadTime).to_string(),
        ProfilePart::Logo => tp(P::Logo).to_string(),
    };
    let shown = |part: ProfilePart, p: &Profile| part.text(p).unwrap_or_else(|| tp(P::Differs).to_string());
    html! {
        <div class="notice" role="alert" id="pf-conflict">
            <p>{ tp(P::ProfileChangedElsewhere) }</p>
            <div class="table-wrap">
                <table class="plain" id="pf-differences">
                    <thead><tr><th scope="col"></th><th scope="col">{ tp(P::OtherTab) }</th><th scope="col">{ tp(P::ThisTab) }</th></tr></thead>
                    <tbody>{ for differing(theirs, mine).into_iter().map(|part| html! {
                        <tr><th scope="row">{ label(part) }</th><td>{ shown(part, theirs) }</td><td>{ shown(part, mine) }</td></tr>
                    }) }</tbody>
                </table>
            </div>
            <div class="row-actions">
                <button type="button" id="pf-take-theirs" onclick={take}>{ tp(P::TakeTheirs) }</button>
                <button type="button" id="pf-keep-mine" onclick={keep}>{ tp(P::KeepMine) }</button>
            </div>
        </div>
    }
}
