//! A few lines of plain DOM building, for the buyer's page, which runs without Yew (see
//! `buyer_view`). Text is only ever set as text nodes and attribute values — never parsed as
//! HTML — so what a link carries cannot become markup, as with Yew's escaping.
//! DOM calls that fail (they do not, on elements made here) are ignored: the page shows what it
//! could build, and nothing panics.

use web_sys::{Document, Element};

/// An element under construction.
pub struct El(pub Element);

/// The page's document, if there is one.
pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

impl El {
    /// A new element; `None` only without a document.
    pub fn new(tag: &str) -> Option<El> {
        document()?.create_element(tag).ok().map(El)
    }

    pub fn attr(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }

    pub fn class(self, value: &str) -> El {
        self.attr("class", value)
    }

    pub fn id(self, value: &str) -> El {
        self.attr("id", value)
    }

    /// Appends `text` as a text node.
    pub fn text(self, text: &str) -> El {
        let _ = self.0.append_with_str_1(text);
        self
    }

    pub fn child(self, child: Option<El>) -> El {
        if let Some(c) = child {
            let _ = self.0.append_with_node_1(&c.0);
        }
        self
    }

    pub fn children(self, children: impl IntoIterator<Item = Option<El>>) -> El {
        children.into_iter().fold(self, El::child)
    }
}

/// `<tag class=…>text</tag>`
pub fn text_el(tag: &str, class: &str, text: &str) -> Option<El> {
    let el = El::new(tag)?;
    Some(if class.is_empty() { el } else { el.class(class) }.text(text))
}

/// Replaces what `host` holds with `child` (nothing, when it could not be built).
pub fn replace_children(host: &Element, child: Option<El>) {
    host.set_text_content(None);
    if let Some(c) = child {
        let _ = host.append_with_node_1(&c.0);
    }
}

/// A country's name in the language `tag` ("ko"), from the browser's own data
/// (`Intl.DisplayNames`): no table of names travels in the buyer's module. Where the browser has
/// none (an old one), the ISO code itself ("KR").
pub fn region_name(code: &str, tag: &str) -> String {
    use wasm_bindgen::JsValue;
    let intl = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok();
    let has = intl.is_some_and(|i| js_sys::Reflect::has(&i, &JsValue::from_str("DisplayNames")).unwrap_or(false));
    if !has {
        return code.to_string();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &JsValue::from_str("type"), &JsValue::from_str("region"));
    let names = js_sys::Intl::DisplayNames::new(&js_sys::Array::of1(&JsValue::from_str(tag)), &options);
    names.of(code).map_or_else(|| code.to_string(), String::from)
}
