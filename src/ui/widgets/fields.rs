//! Labelled form fields.
//!
//! Every typed field behaves one way (`format::field`): what the user types is a draft, checked
//! at each keystroke in the UI language's number style and marked in place when refused; it is
//! sent to the document only when the field is left (blur, Tab) or on Enter, and only if it is
//! accepted. A refused text is never sent: the figures keep the last committed value, the price
//! bar says so, and the typed text stays on screen until the user fixes it.

use crate::format::field::{leave_text, read_date, Leave, NumberRead};
pub use crate::format::refused::FieldId;
use crate::format::{format_number, FieldRule};
use crate::i18n::{input_error, Lang};
use crate::ui::shell::state::use_ctx;
use rust_decimal::Decimal;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NumberProps {
    /// Which field this is: the key of its refused entry and, through `element_id`, the element's
    /// id (unique on the page; the label and error point at it).
    pub field: FieldId,
    pub label: AttrValue,
    /// The document's current (valid) value; `None` only for optional fields.
    pub value: Option<Decimal>,
    pub rule: FieldRule,
    /// Receives each valid value of a required field.
    #[prop_or_default]
    pub onchange: Callback<Decimal>,
    /// Makes the field optional: an empty field is a valid "not entered" (`None`), which is
    /// not the same as 0 (an insurance rate not yet known vs. no insurance).
    #[prop_or_default]
    pub onchange_optional: Option<Callback<Option<Decimal>>>,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// A unit shown after the field ("%", "sq ft").
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    /// Hide the label visually on wide screens where a column header names the field.
    #[prop_or_default]
    pub compact: bool,
    /// The line the field belongs to ("Kulit sapi atasan"), so a refused entry is named in full
    /// outside the row: "Kulit sapi atasan · Harga satuan".
    #[prop_or_default]
    pub of: Option<AttrValue>,
    /// Shown but not for typing yet (it depends on another field still empty). Read-only rather
    /// than disabled: a field that holds the focus keeps it when it becomes locked (a disabled
    /// one would drop it to the page), and the layout does not jump as the other field changes.
    #[prop_or_default]
    pub locked: bool,
}

#[function_component]
pub fn NumberField(p: &NumberProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    // `Some(text)` while the user's text differs from the formatted document value.
    let id = AttrValue::from(p.field.element_id());
    let (draft, set_draft) = use_draft(p.field, ctx.refused.text(p.field, ctx.generation));
    let style = lang.number_style();
    let reader = NumberRead { style, rule: p.rule, optional: p.onchange_optional.is_some() };
    let error = draft.as_ref().and_then(|t| reader.read(t).err());
    // Tell the sheet while this field holds a refused entry, and when it is accepted again.
    let full_label = match &p.of {
        Some(of) if !of.trim().is_empty() => AttrValue::from(format!("{of} · {}", p.label)),
        _ => p.label.clone(),
    };
    use_refused_report(
        &ctx,
        p.field,
        &full_label,
        error.is_some().then(|| draft.as_ref().cloned().unwrap_or_default()),
    );
    let shown =
        draft.as_ref().cloned().unwrap_or_else(|| p.value.map(|v| format_number(v, style, None)).unwrap_or_default());

    // Typing changes the draft only; the figures wait for the field to be left.
    let oninput = {
        let set_draft = set_draft.clone();
        Callback::from(move |e: InputEvent| set_draft(Some(e.target_unchecked_into::<HtmlInputElement>().value())))
    };
    // Leaving the field (or Enter) commits an accepted draft and shows back what was understood
    // (12500 → 12.500); a refused one stays, marked, and the figures keep the last value.
    let commit = {
        let (typed, set_draft, onchange, onchange_optional, value) =
            (draft.is_some(), set_draft.clone(), p.onchange.clone(), p.onchange_optional.clone(), p.value);
        move |input: HtmlInputElement| {
            if !typed {
                return;
            }
            match reader.leave(&input.value(), value) {
                Leave::Commit(v) => {
                    match (&onchange_optional, v) {
                        (Some(cb), v) => cb.emit(v),
                        (None, Some(v)) => onchange.emit(v),
                        (None, None) => {}
                    }
                    set_draft(None);
                }
                Leave::Same => set_draft(None),
                Leave::Refused(_) => {}
            }
        }
    };
    let (onblur, onkeydown) = leave_handlers(commit);
    // A zero (a new line's rate, a count not yet set) is there to be replaced, not edited: on
    // focus it is selected, so typing 5000 gives 5000 and not 50000 with the caret before the 0.
    // After the click's own caret placement, hence the zero-delay timer.
    let onfocus = (draft.is_none() && p.value == Some(Decimal::ZERO)).then(select_on_focus);
    let err_id = format!("{id}-err");
    html! {
        <div class={classes!("field", "num", p.compact.then_some("compact"), error.is_some().then_some("invalid"))}>
            <label for={id.clone()}>{ p.label.clone() }</label>
            <div class="input-wrap">
                <input id={id} type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                    value={shown} {oninput} {onblur} {onkeydown} {onfocus} placeholder={p.placeholder.clone()}
                    readonly={p.locked} aria-disabled={p.locked.then_some("true")}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={error.is_some().then(|| err_id.clone())} />
                if let Some(s) = &p.suffix { <span class="suffix" aria-hidden="true">{ s.clone() }</span> }
            </div>
            if let Some(e) = error {
                <p class="error" id={err_id} role="alert">{ "⚠ " }{ input_error(e, lang) }</p>
            }
        </div>
    }
}

/// Selects the field's text when it takes the focus (after the click's own caret placement,
/// hence the zero-delay timer), unless the user has moved on or already typed.
fn select_on_focus() -> Callback<FocusEvent> {
    Callback::from(|e: FocusEvent| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        let zero = input.value();
        gloo::timers::callback::Timeout::new(0, move || {
            // Not if the user has moved on (select() would take the focus back) or has
            // already typed (it would select the first keys and the next would replace them).
            let still = gloo::utils::document().active_element().is_some_and(|a| a == **input);
            if still && input.value() == zero {
                input.select();
            }
        })
        .forget();
    })
}

/// The two ways of leaving a field's draft: blur (Tab, a click elsewhere) and Enter. Both run
/// `commit` on the input element.
fn leave_handlers(commit: impl Fn(HtmlInputElement) + 'static) -> (Callback<FocusEvent>, Callback<KeyboardEvent>) {
    let commit = Rc::new(commit);
    let on_enter = commit.clone();
    (
        Callback::from(move |e: FocusEvent| commit(e.target_unchecked_into::<HtmlInputElement>())),
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && !e.is_composing() {
                on_enter(e.target_unchecked_into::<HtmlInputElement>());
            }
        }),
    )
}

#[derive(Properties, PartialEq)]
pub struct TextProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    #[prop_or_default]
    pub compact: bool,
}

/// A text field: a draft while typing, committed when the field is left or on Enter, like every
/// number field (so a row whose look follows the text, a workshop's name in a refusal, cannot
/// remount the field under the user's fingers, and storage is written once per entry).
#[function_component]
pub fn TextField(p: &TextProps) -> Html {
    let (draft, set_draft) = use_draft(p.id.clone(), None);
    let shown = draft.clone().unwrap_or_else(|| p.value.to_string());
    let oninput = {
        let set_draft = set_draft.clone();
        Callback::from(move |e: InputEvent| set_draft(Some(e.target_unchecked_into::<HtmlInputElement>().value())))
    };
    let commit = {
        let (typed, onchange, value) = (draft.is_some(), p.onchange.clone(), p.value.clone());
        move |input: HtmlInputElement| {
            if !typed {
                return;
            }
            if let Leave::Commit(text) = leave_text(&input.value(), &value) {
                onchange.emit(text);
            }
            set_draft(None);
        }
    };
    let (onblur, onkeydown) = leave_handlers(commit);
    html! {
        <div class={classes!("field", "text", p.compact.then_some("compact"))}>
            <label for={p.id.clone()}>{ p.label.clone() }</label>
            <input id={p.id.clone()} type="text" value={shown} {oninput} {onblur} {onkeydown} placeholder={p.placeholder.clone()} />
        </div>
    }
}

/// A labelled `<select>` over a fixed list of options.
pub fn select<T: Copy + PartialEq + 'static>(
    id: String,
    label: &str,
    current: T,
    options: &'static [T],
    name: impl Fn(T) -> String,
    compact: bool,
    onchange: Callback<T>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let i = e.target_unchecked_into::<HtmlSelectElement>().selected_index();
        if let Some(&v) = usize::try_from(i).ok().and_then(|i| options.get(i)) {
            onchange.emit(v);
        }
    });
    html! {
        <div class={classes!("field", "choice", compact.then_some("compact"))}>
            <label for={id.clone()}>{ label }</label>
            <select {id} {onchange}>
                { for options.iter().map(|&o| html! { <option selected={o == current}>{ name(o) }</option> }) }
            </select>
        </div>
    }
}

/// A choice that does not apply yet (it depends on a field still empty), kept in its place so
/// the layout and the Tab order do not change as that field is typed or cleared. It offers
/// nothing to choose ("—") and says it is unavailable; it is not `disabled`, because a focused
/// control that becomes disabled drops the focus to the page.
pub fn locked_select(id: &str, label: &str) -> Html {
    html! {
        <div class="field choice">
            <label for={id.to_string()}>{ label }</label>
            <select id={id.to_string()} aria-disabled="true"><option>{ "—" }</option></select>
        </div>
    }
}

/// A checkbox and its label; `onchange` gets the new state.
pub fn check(id: String, label: &str, checked: bool, onchange: Callback<bool>) -> Html {
    let onchange =
        Callback::from(move |e: Event| onchange.emit(e.target_unchecked_into::<HtmlInputElement>().checked()));
    html! {
        <label class="check" for={id.clone()}><input type="checkbox" {id} {checked} {onchange} />{ " " }{ label }</label>
    }
}

/// Options for a currency `<select>`: "USD · US dollar".
pub fn currency_name(lang: Lang) -> impl Fn(crate::model::base::currency::Currency) -> String {
    move |c| match lang {
        Lang::Id => format!("{} · {}", c.code(), c.name_id()),
        Lang::En => format!("{} · {}", c.code(), c.name_en()),
    }
}

/// Line icons drawn as SVG paths (no icon font, nothing to download).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    Up,
    Down,
    Duplicate,
    Remove,
}

impl Icon {
    fn path(self) -> &'static str {
        match self {
            Icon::Up => "M8 13V3M3.5 7.5 8 3l4.5 4.5",
            Icon::Down => "M8 3v10M3.5 8.5 8 13l4.5-4.5",
            Icon::Duplicate => "M5.5 5.5h8v8h-8zM2.5 10.5v-8h8",
            Icon::Remove => "M4 4l8 8M12 4l-8 8",
        }
    }
}

/// A small icon button with an accessible name (also shown as a tooltip).
pub fn icon_button(icon: Icon, label: &str, disabled: bool, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class={classes!("icon", (icon == Icon::Remove).then_some("danger"))} aria-label={label.to_string()} title={label.to_string()} {disabled} {onclick}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d={icon.path()} /></svg>
        </button>
    }
}

/// Column headers for a list of rows on wide screens. Hidden from assistive technology: every
/// field in the rows carries its own label, which phones show instead of the header.
pub fn list_head(class: &'static str, columns: &[&str]) -> Html {
    html! {
        <div class={classes!("list-head", class)} aria-hidden="true">
            { for columns.iter().map(|c| html! { <span>{ *c }</span> }) }
        </div>
    }
}

/// Move up, move down, (duplicate,) remove: the buttons every list row has.
pub fn row_actions(ctx: &crate::ui::shell::state::Ctx, id: u32, first: bool, last: bool, can_duplicate: bool) -> Html {
    use crate::i18n::T;
    use crate::model::sheet::edit::{Edit, Move};
    let t = |k: T| k.in_lang(ctx.lang);
    html! {
        <div class="actions">
            { icon_button(Icon::Up, t(T::MoveUp), first, ctx.edit.reform(move |_| Edit::Move(id, Move::Up))) }
            { icon_button(Icon::Down, t(T::MoveDown), last, ctx.edit.reform(move |_| Edit::Move(id, Move::Down))) }
            if can_duplicate { { icon_button(Icon::Duplicate, t(T::Duplicate), false, ctx.edit.reform(move |_| Edit::Duplicate(id))) } }
            { icon_button(Icon::Remove, t(T::Remove), false, ctx.edit.reform(move |_| Edit::Remove(id))) }
        </div>
    }
}

/// Radio buttons choosing one of a few options (a method, a mode).
pub fn radios<M: Copy + PartialEq + 'static>(
    name: &'static str,
    legend: &str,
    current: M,
    options: &[(M, &str)],
    onchange: Callback<M>,
) -> Html {
    html! {
        <fieldset class="method">
            <legend class="sr-only">{ legend }</legend>
            <>{ for options.iter().enumerate().map(|(i, &(m, label))| {
                let id = format!("{name}-{i}");
                html! {
                    <label class="radio" for={id.clone()}>
                        <input type="radio" {id} {name} checked={m == current} onchange={onchange.reform(move |_: Event| m)} />
                        <span>{ label }</span>
                    </label>
                }
            }) }</>
        </fieldset>
    }
}

/// A whole-number field value as a count (pairs, days), saturating.
pub fn to_count(v: Decimal) -> u32 {
    use rust_decimal::prelude::ToPrimitive;
    v.to_u32().unwrap_or(u32::MAX)
}

#[derive(Properties, PartialEq)]
pub struct DateProps {
    pub field: FieldId,
    pub label: AttrValue,
    /// The stored ISO date (`2026-11-30`), or empty.
    pub value: AttrValue,
    /// Receives each valid date as ISO text (or empty when cleared).
    pub onchange: Callback<String>,
}

/// A date typed the way the user writes it — day first, `30/11/2026` — or picked with the
/// browser's date picker; stored as an ISO date. Text that is not a date is marked in place,
/// never stored, and counts as a refused entry like a number field's.
#[function_component]
pub fn DateField(p: &DateProps) -> Html {
    use crate::model::base::date::Date;
    let ctx = use_ctx();
    let lang = ctx.lang;
    let id = AttrValue::from(p.field.element_id());
    let (draft, set_draft) = use_draft(p.field, ctx.refused.text(p.field, ctx.generation));
    let refused = draft.as_ref().is_some_and(|t| read_date(t).is_none());
    use_refused_report(&ctx, p.field, &p.label, refused.then(|| draft.as_ref().cloned().unwrap_or_default()));
    let shown = draft
        .as_ref()
        .cloned()
        .unwrap_or_else(|| Date::parse(&p.value).map_or_else(|| p.value.to_string(), Date::day_first));
    let oninput = {
        let set_draft = set_draft.clone();
        Callback::from(move |e: InputEvent| set_draft(Some(e.target_unchecked_into::<HtmlInputElement>().value())))
    };
    // Left (or Enter): an emptied field clears the date, a date is stored as ISO, other text stays
    // refused and changes nothing.
    let commit = {
        let (typed, set_draft, onchange, value) =
            (draft.is_some(), set_draft.clone(), p.onchange.clone(), p.value.clone());
        move |input: HtmlInputElement| {
            if !typed {
                return;
            }
            if let Some(iso) = read_date(&input.value()) {
                if iso != *value {
                    onchange.emit(iso);
                }
                set_draft(None);
            }
        }
    };
    let (onblur, onkeydown) = leave_handlers(commit);
    let onpick = {
        let (set_draft, onchange) = (set_draft.clone(), p.onchange.clone());
        Callback::from(move |e: Event| {
            let iso = e.target_unchecked_into::<HtmlInputElement>().value();
            if Date::parse(&iso).is_some() {
                set_draft(None);
                onchange.emit(iso);
            }
        })
    };
    let err_id = format!("{id}-err");
    let pick_label = format!("{} · {}", p.label, crate::i18n::T::PickDate.in_lang(lang));
    html! {
        <div class={classes!("field", "text", "date", refused.then_some("invalid"))}>
            <label for={id.clone()}>{ p.label.clone() }</label>
            <div class="input-wrap">
                <input id={id} type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                    placeholder={crate::i18n::T::DatePattern.in_lang(lang)} value={shown} {oninput} {onblur} {onkeydown}
                    aria-invalid={refused.then_some("true")} aria-describedby={refused.then(|| err_id.clone())} />
                <input type="date" class="picker" aria-label={pick_label} value={Date::parse(&p.value).map(|d| d.to_string()).unwrap_or_default()} onchange={onpick} />
            </div>
            if refused {
                <p class="error" id={err_id} role="alert">{ "⚠ " }{ crate::i18n::T::DateRefused.in_lang(lang) }</p>
            }
        </div>
    }
}

/// A field's typed text while it differs from the document's value. It is tied to the field's
/// id (Yew may reuse a component for another field in the same place, e.g. after a method
/// switch, which must not inherit the text) and starts from a refused text the sheet kept while
/// the field was away (a tab switch).
type SetDraft = Rc<dyn Fn(Option<String>)>;

#[hook]
fn use_draft<K: Clone + PartialEq + 'static>(key: K, kept: Option<String>) -> (Option<String>, SetDraft) {
    let slot = {
        let (key, kept) = (key.clone(), kept.clone());
        use_state_eq(move || (key, kept))
    };
    let draft = if slot.0 == key { slot.1.clone() } else { kept };
    (draft, Rc::new(move |d: Option<String>| slot.set((key.clone(), d))))
}

/// Reports a field's refused text (or its acceptance) to the sheet when it changes. Nothing is
/// reported when the field goes away: a refused entry outlives a tab switch.
#[hook]
fn use_refused_report(ctx: &crate::ui::shell::state::Ctx, field: FieldId, label: &AttrValue, refused: Option<String>) {
    use crate::format::refused::{RefusedAction, RefusedEntry};
    let report = ctx.report.clone();
    // The epoch is in the inputs: after entries are forgotten, a field still holding refused
    // text reports it again.
    let deps = (refused, field, label.clone(), ctx.generation, ctx.refused.epoch);
    use_effect_with(deps, move |(refused, field, label, generation, _)| {
        report.emit(match refused {
            Some(text) => RefusedAction::Refuse(RefusedEntry {
                field: *field,
                label: label.to_string(),
                text: text.clone(),
                generation: *generation,
            }),
            None => RefusedAction::Accept(*field),
        });
    });
}
