//! Components in a real browser (headless Chromium via wasm-bindgen-test-runner).
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web`
#![cfg(target_arch = "wasm32")]

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use tapak::format::FieldRule;
use tapak::ui::widgets::fields::{NumberField, NumberProps};
use tapak::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlInputElement};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn fresh_root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

/// Waits until `selector` matches inside `root` (renders are scheduled, and a cold start can take
/// longer than one tick), up to two seconds.
async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..100 {
        if let Ok(Some(el)) = root.query_selector(selector) {
            return el;
        }
        settle().await;
    }
    panic!("{selector} did not appear");
}

fn fire(el: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap()).unwrap();
}

async fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    fire(input, "input");
    settle().await;
}

/// Leaves the field, as Tab or a click elsewhere does: the moment a typed field commits.
async fn leave(input: &HtmlInputElement) {
    input.dispatch_event(&Event::new("blur").unwrap()).unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn number_field_reads_indonesian_numbers_and_marks_bad_ones_in_place() {
    let root = fresh_root();
    let sent: Rc<RefCell<Vec<Decimal>>> = Rc::default();
    let props = NumberProps {
        field: tapak::format::refused::FieldId::Card("price"),
        label: "Harga satuan".into(),
        value: Some(dec!(38000)),
        rule: FieldRule::NON_NEGATIVE,
        onchange: {
            let sent = sent.clone();
            Callback::from(move |v| sent.borrow_mut().push(v))
        },
        suffix: None,
        compact: false,
        of: None,
        onchange_optional: None,
        placeholder: None,
        locked: false,
    };
    yew::Renderer::<NumberField>::with_root_and_props(root.clone(), props).render();
    let input: HtmlInputElement = wait_for(&root, "#price").await.dyn_into().unwrap();
    // The document value is shown the Indonesian way.
    assert_eq!(input.value(), "38.000");
    assert_eq!(root.query_selector("label[for=price]").unwrap().unwrap().text_content().unwrap(), "Harga satuan");

    // Typing is a draft: nothing reaches the figures until the field is left.
    type_into(&input, "1.234,5").await;
    assert!(sent.borrow().is_empty(), "a draft must not reach the document");
    leave(&input).await;
    assert_eq!(*sent.borrow(), vec![dec!(1234.5)]);
    assert!(root.query_selector(".error").unwrap().is_none());

    // "12.5" could be 12,5 or 125: refused, explained, not sent, and the text stays as typed.
    type_into(&input, "12.5").await;
    assert_eq!(*sent.borrow(), vec![dec!(1234.5)], "a bad number must not reach the document");
    let error = root.query_selector(".error").unwrap().expect("error shown").text_content().unwrap();
    assert!(error.contains("tidak jelas"), "{error}");
    assert_eq!(input.value(), "12.5");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    // Leaving the field keeps the bad text for the user to fix, and sends nothing.
    leave(&input).await;
    assert_eq!(input.value(), "12.5");
    assert_eq!(*sent.borrow(), vec![dec!(1234.5)]);

    type_into(&input, "12,5").await;
    leave(&input).await;
    assert_eq!(sent.borrow().last(), Some(&dec!(12.5)));
    assert!(root.query_selector(".error").unwrap().is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn the_app_opens_the_example_and_shows_its_cost_per_pair() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let root = fresh_root();
    tapak::ui::shell::lazy::set_loader(tapak::ui::parts::direct);
    yew::Renderer::<App>::with_root(root.clone()).render();
    // The Busan sneaker example: HPP Rp162.565,5758 → Rp162.566; ≈ USD 10,01 (see tests/it/costing.rs).
    let hpp = wait_for(&root, "#hpp-per-pair").await.text_content().unwrap();
    assert_eq!(hpp, "Rp162.566");
    let usd = root.query_selector("#hpp-display").unwrap().unwrap().text_content().unwrap();
    assert_eq!(usd, "≈ USD 10,01");
    root.remove();
}
