//! The browser's `localStorage` as a `store::KeyValue`, plus the two small settings kept there
//! (language, guide done), the clock and fresh ids. The library's rules live in `store`.
//!
//! The browser's errors become `StoreError`s: a `QuotaExceededError` is `Full`; storage that is
//! missing or blocked (private mode, site data refused), or any other refusal, is `Denied`.

use crate::i18n::Lang;
use crate::store::{KeyValue, StoreError};
use wasm_bindgen::JsValue;

const LANG_KEY: &str = "tapak.lang";
const GUIDE_KEY: &str = "tapak.guide-done";
const GUIDE_STEP_KEY: &str = "tapak.guide-step";
/// How many steps the first-visit guide has (`guide::STEPS` is this long, by its type).
pub const GUIDE_STEPS: usize = 7;
const PUBLISHED_KEY: &str = "tapak.published";

/// `window.localStorage`, or nothing when the browser withholds it (every call is then `Denied`).
pub struct WebStore(Option<web_sys::Storage>);

impl WebStore {
    pub fn local() -> WebStore {
        WebStore(web_sys::window().and_then(|w| w.local_storage().ok().flatten()))
    }

    fn storage(&self) -> Result<&web_sys::Storage, StoreError> {
        self.0.as_ref().ok_or(StoreError::Denied)
    }
}

/// What a refusal from the browser means.
fn refusal(e: JsValue) -> StoreError {
    let name = js_sys::Reflect::get(&e, &JsValue::from_str("name")).ok().and_then(|n| n.as_string());
    match name.as_deref() {
        // Firefox before 2020 named it differently.
        Some("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED") => StoreError::Full,
        _ => StoreError::Denied,
    }
}

impl KeyValue for WebStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage()?.get_item(key).map_err(refusal)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage()?.set_item(key, value).map_err(refusal)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.storage()?.remove_item(key).map_err(refusal)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let s = self.storage()?;
        let n = s.length().map_err(refusal)?;
        let mut keys = Vec::new();
        for i in 0..n {
            if let Some(k) = s.key(i).map_err(refusal)? {
                keys.push(k);
            }
        }
        Ok(keys)
    }
}

/// The remembered language, else Indonesian. (Not the browser's language: the makers this
/// editor is for work in Indonesian whatever their phone is set to; English is one tap away.)
pub fn load_lang() -> Lang {
    WebStore::local().get(LANG_KEY).ok().flatten().and_then(|t| Lang::from_tag(&t)).unwrap_or_default()
}

pub fn save_lang(lang: Lang) {
    // A setting: if the browser refuses it, the page still shows the chosen language.
    let _ = WebStore::local().set(LANG_KEY, lang.tag());
}

/// The address of the published Tapak that links are built on when this page cannot be opened
/// by a buyer. A stored value passes the same check as a typed one; one that fails is ignored
/// (and left in place: nothing is overwritten on a failed read).
pub fn load_published() -> Option<String> {
    let stored = WebStore::local().get(PUBLISHED_KEY).ok().flatten()?;
    crate::share::address::published_address(&stored).ok().flatten()
}

/// Remembers the published address (already checked), or forgets it (`None`).
///
/// # Errors
/// The browser's refusal, to show.
pub fn save_published(address: Option<&str>) -> Result<(), StoreError> {
    let mut store = WebStore::local();
    match address {
        Some(a) => store.set(PUBLISHED_KEY, a),
        None => store.remove(PUBLISHED_KEY),
    }
}

/// Whether the first-time guide was finished or skipped in this browser.
pub fn guide_done() -> bool {
    WebStore::local().get(GUIDE_KEY).ok().flatten().is_some()
}

pub fn set_guide_done() {
    let mut store = WebStore::local();
    let _ = store.set(GUIDE_KEY, "1");
    let _ = store.remove(GUIDE_STEP_KEY);
}

/// The guide's step while it runs, so a reload halfway resumes it, also a guide started again
/// from the workshop (`None`: not running, or a value this version does not know).
pub fn guide_step() -> Option<usize> {
    WebStore::local().get(GUIDE_STEP_KEY).ok().flatten().and_then(|s| s.parse().ok()).filter(|&i| i < GUIDE_STEPS)
}

pub fn set_guide_step(step: usize) {
    let _ = WebStore::local().set(GUIDE_STEP_KEY, &step.to_string());
}

/// Today's date in the user's time zone (a quote's date, its validity, a backup's name).
pub fn today() -> crate::model::base::date::Date {
    let d = js_sys::Date::new_0();
    crate::model::base::date::Date { year: d.get_full_year() as i32, month: d.get_month() + 1, day: d.get_date() }
}

/// Local time, `YYYY-MM-DD HH:MM`, for the library's "last saved".
pub fn now() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// A fresh id: the time in base 36 plus a random tail.
pub fn new_id() -> String {
    let ms = js_sys::Date::now() as u64;
    let rnd = (js_sys::Math::random() * 1_679_616.0) as u64;
    format!("{}{}", radix36(ms), radix36(rnd))
}

fn radix36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = String::new();
    loop {
        out.insert(0, char::from(DIGITS[(n % 36) as usize]));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out
}
