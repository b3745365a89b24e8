//! Saving the document as a JSON file and opening one (the same format the CLI reads).

use crate::codec::{document_from_json, document_to_json, LoadError};
use crate::model::sheet::document::Document;
use gloo::file::callbacks::FileReader;
use wasm_bindgen::JsCast;

/// A file name from the article code or name: "TPK-SN01.tapak.json".
pub fn file_name(doc: &Document) -> String {
    let base = if doc.article.code.trim().is_empty() { doc.article.name.trim() } else { doc.article.code.trim() };
    let safe: String =
        base.chars().map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '-' }).collect();
    format!("{}.tapak.json", if safe.is_empty() { "tapak" } else { &safe })
}

/// Offers the document as a download. Returns false if the browser refused.
pub fn download(doc: &Document) -> bool {
    download_text(&file_name(doc), &document_to_json(doc))
}

/// Offers `text` as a JSON file download. Returns false if the browser refused.
pub fn download_text(name: &str, text: &str) -> bool {
    let run = || -> Option<()> {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type("application/json");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let document = web_sys::window()?.document()?;
        let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(name);
        a.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    run().is_some()
}

/// Reads a chosen file; `done` receives the document or why it cannot be opened. Keep the
/// returned reader alive until `done` runs.
pub fn open(file: web_sys::File, done: impl FnOnce(Result<Document, LoadError>) + 'static) -> FileReader {
    read_text(file, move |text| done(text.and_then(|t| document_from_json(&t))))
}

/// Reads a chosen file as text. Keep the returned reader alive until `done` runs.
pub fn read_text(file: web_sys::File, done: impl FnOnce(Result<String, LoadError>) + 'static) -> FileReader {
    let file = gloo::file::File::from(file);
    gloo::file::callbacks::read_as_text(&file, move |text| {
        done(text.map_err(|e| LoadError::Unreadable { path: None, detail: e.to_string() }))
    })
}
