//! The exercise card (which answers to hide, show them, hide them again), the "?" that stands for
//! a hidden answer, and the A4 handout printed from the workshop tab. What is hidden is the
//! core's (`model::explain::exercise`); the handout's rows too (`model::explain::handout`): this
//! only lays them out.

use crate::i18n::coach::{self as words, C};
use crate::i18n::trail::{operand, tokens, Token};
use crate::i18n::{Lang, T};
use crate::model::base::incoterms::Incoterm;
use crate::model::cost::compute::Breakdown;
use crate::model::explain::exercise::{Answer, Exercise, ExerciseChange};
use crate::model::explain::handout::{handout, Item, Row, Rule};
use crate::model::explain::trail::{Expr, Fig, Operand, Trail};
use crate::model::export::quote::Quote;
use crate::model::sheet::document::Document;
use crate::ui::shell::state::use_ctx;
use crate::ui::widgets::trail_view::formula_tokens;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub use crate::ui::widgets::masked::{masked, or_masked};

/// In place of a chart that would give a hidden answer away.
pub fn chart_hidden(lang: Lang) -> Html {
    html! { <p class="chart-hidden">{ masked(lang) }{ " " }{ C::ChartHidden.in_lang(lang) }</p> }
}

/// A formula's tokens: while answers are hidden, plain text with "?" for each hidden figure (no
/// way into a trail, which would show them); otherwise links to the figures' trails.
pub fn formula(
    e: &Expr,
    trail: &Trail,
    doc: &Document,
    ex: &Exercise,
    term: Incoterm,
    lang: Lang,
    go: &Callback<Fig>,
) -> Html {
    let parts = tokens(e, trail, doc, lang);
    if !ex.hides_any() {
        return formula_tokens(parts, go);
    }
    html! {
        <>{ for parts.into_iter().map(|tok| match tok {
            Token::Text(s) => html! { <span>{ s }</span> },
            Token::Ref { fig, label, value } => html! {
                <span class="ref-plain">
                    <span class="ref-label">{ label }</span>{ " " }
                    <span class="ref-value">{ or_masked(ex.hides_fig(fig, term), value, lang) }</span>
                </span>
            },
        }) }</>
    }
}

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub exercise: Rc<Exercise>,
    pub on_exercise: Callback<Rc<Exercise>>,
    /// Print the handout with the answers.
    pub with_answers: UseStateHandle<bool>,
}

/// `change` applied to the exercise, told when it changes something.
fn changer(ex: &Rc<Exercise>, tell: &Callback<Rc<Exercise>>) -> Callback<ExerciseChange> {
    let (ex, tell) = (ex.clone(), tell.clone());
    Callback::from(move |c| {
        if let Some(next) = ex.apply(c) {
            tell.emit(Rc::new(next));
        }
    })
}

/// The reveal button: "Tampilkan jawaban" while hidden, "Sembunyikan lagi" once shown.
pub fn reveal_button(ex: &Exercise, change: &Callback<ExerciseChange>, id: &'static str, lang: Lang) -> Html {
    let revealed = ex.is_revealed();
    let (label, c) =
        if revealed { (C::HideAgain, ExerciseChange::HideAgain) } else { (C::ShowAnswers, ExerciseChange::Reveal) };
    html! {
        <button type="button" {id} class="reveal" aria-pressed={revealed.to_string()}
            onclick={change.reform(move |_: MouseEvent| c)}>{ label.in_lang(lang) }</button>
    }
}

/// As `reveal_button`, for the projector (which is handed the exercise and its change).
pub fn reveal(ex: &Rc<Exercise>, tell: &Callback<Rc<Exercise>>, id: &'static str, lang: Lang) -> Html {
    reveal_button(ex, &changer(ex, tell), id, lang)
}

/// Print the workshop tab: the stylesheet's print rules leave only the handout.
fn print() {
    gloo::timers::callback::Timeout::new(0, || {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    })
    .forget();
}

/// The exercise card: the answers to hide, show and hide again, and the handout's print.
#[function_component]
pub fn ExerciseCard(p: &CardProps) -> Html {
    let lang = use_ctx().lang;
    let c = |k: C| k.in_lang(lang);
    let change = changer(&p.exercise, &p.on_exercise);
    let with_answers = p.with_answers.clone();
    html! {
        <section class="card exercise" aria-labelledby="h-exercise">
            <h2 id="h-exercise">{ c(C::Exercise) }</h2>
            <p class="fine">{ c(C::ExerciseHelp) }</p>
            <fieldset class="answers">
                <legend>{ c(C::HideLegend) }</legend>
                <div>
                    <>{ for Answer::ALL.iter().map(|&a| {
                        let id = format!("hide-{:?}", a).to_ascii_lowercase();
                        let change = change.clone();
                        let onchange = Callback::from(move |e: Event| {
                            let input: HtmlInputElement = e.target_unchecked_into();
                            change.emit(if input.checked() { ExerciseChange::Hide(a) } else { ExerciseChange::Show(a) });
                        });
                        html! {
                            <label class="check" for={id.clone()}>
                                <input type="checkbox" id={id} checked={p.exercise.is_chosen(a)} {onchange} />
                                { words::answer(a, lang) }
                            </label>
                        }
                    }) }</>
                </div>
            </fieldset>
            if p.exercise.is_on() {
                <div class="row-actions">{ reveal_button(&p.exercise, &change, "exercise-reveal", lang) }</div>
            }
            <div class="row-actions">
                <label class="check" for="handout-answers">
                    <input type="checkbox" id="handout-answers" checked={*with_answers}
                        onchange={Callback::from(move |e: Event| {
                            let input: HtmlInputElement = e.target_unchecked_into();
                            with_answers.set(input.checked());
                        })} />
                    { c(C::WithAnswers) }
                </label>
                <button type="button" id="handout-print" class="primary" onclick={Callback::from(|_: MouseEvent| print())}>
                    { c(C::PrintHandout) }
                </button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    pub doc: Rc<Document>,
    pub breakdown: Rc<Breakdown>,
    pub quote: Rc<Quote>,
    pub exercise: Rc<Exercise>,
    pub with_answers: bool,
}

/// The numbers of a row's formula: other figures by their value ("?" when hidden).
fn numbers(e: &Expr, t: &Trail, doc: &Document, ex: &Exercise, term: Incoterm, lang: Lang) -> Html {
    html! {
        <>{ for tokens(e, t, doc, lang).into_iter().map(|tok| match tok {
            Token::Text(s) => html! { <span>{ s }</span> },
            Token::Ref { fig, value, .. } => or_masked(ex.hides_fig(fig, term), value, lang),
        }) }</>
    }
}

/// One row: its name, its rule in words over its numbers, its figure or a blank "?" box.
fn row(r: &Row, t: &Trail, doc: &Document, ex: &Exercise, term: Incoterm, lang: Lang) -> Html {
    let name = match r.item {
        Item::Material(id) => doc.materials.iter().find(|m| m.id == id).map_or("", |m| m.name.as_str()),
        _ => "",
    };
    let hidden = ex.hides_row(r, term);
    let key = matches!(r.item, Item::Hpp | Item::UnitPrice | Item::OrderTotal);
    html! {
        <tr class={classes!(hidden.then_some("h-hidden"), key.then_some("h-key"))}>
            <th scope="row">{ words::item(r.item, name, lang) }</th>
            <td class="h-formula">
                if r.rule != Rule::MaterialLine { <span class="h-rule">{ words::rule(r.rule, lang) }</span> }
                if let Some(e) = &r.expr { <span class="h-nums">{ numbers(e, t, doc, ex, term, lang) }</span> }
            </td>
            <td class="r h-fig">
                if hidden {
                    <span class="h-box" role="img" aria-label={words::hidden_label(lang)}>{ "?" }</span>
                } else {
                    { operand(&Operand::Money(r.value), lang) }
                }
            </td>
        </tr>
    }
}

/// A part of the handout: its heading and its rows' table.
fn part(head: C, rows: &[Row], t: &Trail, doc: &Document, ex: &Exercise, term: Incoterm, lang: Lang) -> Html {
    let c = |k: C| k.in_lang(lang);
    // The material lines share one rule: it heads them once.
    let lines = rows.iter().any(|r| r.rule == Rule::MaterialLine);
    html! {
        <section class="h-part">
            <h2>{ c(head) }</h2>
            if lines {
                <p class="h-lines">{ T::CatMaterials.in_lang(lang) }{ ": " }{ words::rule(Rule::MaterialLine, lang) }</p>
            }
            <table class="h-rows">
                <thead><tr><th scope="col">{ c(C::ColItem) }</th><th scope="col">{ c(C::ColRule) }</th><th scope="col" class="r">{ c(C::ColFigure) }</th></tr></thead>
                <tbody>
                    <>{ for rows.iter().map(|r| row(r, t, doc, ex, term, lang)) }</>
                </tbody>
            </table>
        </section>
    }
}

/// The A4 handout: on paper only (the stylesheet hides it on screen and everything else in print).
#[function_component]
pub fn Handout(p: &HandoutProps) -> Html {
    let lang = use_ctx().lang;
    let c = |k: C| k.in_lang(lang);
    let trail = crate::ui::widgets::trail_view::use_trail(&p.doc, &p.breakdown);
    let h = use_memo((p.doc.clone(), p.quote.clone(), trail.clone()), |(d, q, t)| handout(d, q, t));
    let ex = p.exercise.for_print(p.with_answers);
    let d = &*p.doc;
    let term = h.term;
    let place = d.terms.named_place(term);
    let pairs = crate::format::format_number(rust_decimal::Decimal::from(h.pairs), lang.number_style(), None);
    html! {
        <article class="handout" id="handout" aria-label={c(C::HandoutTitle)}>
            <header class="h-head">
                <h1>{ c(if p.with_answers { C::AnswerKey } else { C::HandoutTitle }) }</h1>
                <p class="h-article"><b>{ d.article.name.clone() }</b>
                    { format!(" · {pairs} {} · {} {place}", c(C::Pairs), term.code()) }</p>
                <p class="h-name">{ c(C::NameLine) }</p>
                if !p.with_answers { <p class="h-how">{ c(C::HandoutHow) }</p> }
            </header>
            { part(C::CostHead, &h.cost, &trail, d, &ex, term, lang) }
            { part(C::PriceHead, &h.price, &trail, d, &ex, term, lang) }
            <footer class="h-foot">{ "Tapak · " }{ T::AppTagline.in_lang(lang) }</footer>
        </article>
    }
}
