//! Two views for coaches, in the workshop tab and as projector steps: the terms side by side
//! (who pays each stage under each ticked Incoterm, and its price per pair) and markup against
//! margin (the sheet's profit read both ways, and another percentage tried on a copy).
//!
//! Both only show what `model::explain::{terms, markup}` work out.

use crate::format::{format_money, format_number};
use crate::i18n::coach::C;
use crate::i18n::{component, stage, term_error, Lang, P, T};
use crate::model::base::incoterms::{Component, Incoterm};
use crate::model::base::money::{Frac, Money};
use crate::model::base::pricing::ProfitBasis;
use crate::model::explain::exercise::{Answer, Exercise};
use crate::model::explain::markup::{markup_margin, MarkupMargin};
use crate::model::explain::terms::{terms_table, Column, Payer, Price, Row, BY_REACH, DEFAULT_TERMS};
use crate::model::explain::trail::Fig;
use crate::model::export::quote::Quote;
use crate::model::sheet::document::Document;
use crate::ui::shell::state::use_ctx;
use crate::ui::workshop::exercise;
use rust_decimal::Decimal;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

thread_local! {
    /// The terms the coach ticked, kept while the page is open: the projector shows the ones
    /// ticked in the workshop tab, and the other way round.
    static TICKED: RefCell<Vec<Incoterm>> = RefCell::new(DEFAULT_TERMS.to_vec());
}

#[derive(Properties, PartialEq)]
pub struct TermsProps {
    pub quote: Rc<Quote>,
    /// The workshop's exercise: a hidden answer's price shows "?" (`Exercise::hides_term`).
    #[prop_or_default]
    pub exercise: Rc<Exercise>,
    /// In the projector: no card chrome and no help line (the step's title says it).
    #[prop_or_default]
    pub projector: bool,
}

fn row_label(row: Row, lang: Lang) -> &'static str {
    match row {
        Row::Stage(s) => stage(s).in_lang(lang),
        Row::Insurance => C::RowInsurance.in_lang(lang),
        Row::DutyTaxes => C::RowDutyTaxes.in_lang(lang),
    }
}

/// A cell saying who pays: the word, and a mark that is not colour alone (■ seller, □ buyer).
fn payer_cell(p: Payer, lang: Lang) -> Html {
    let (class, mark, word) = match p {
        Payer::Seller => ("pay-seller", "■", C::Seller.in_lang(lang)),
        Payer::Buyer => ("pay-buyer", "□", P::Buyer.in_lang(lang)),
    };
    html! { <td class={class}><span class="pay-mark" aria-hidden="true">{ mark }</span>{ " " }<span class="pay-word">{ word }</span></td> }
}

fn price_cell(term: Incoterm, price: &Price, hidden: bool, lang: Lang) -> Html {
    let id = format!("terms-price-{}", term.code().to_ascii_lowercase());
    match price {
        Price::Quoted(_) if hidden => html! { <td {id}>{ exercise::masked(lang) }</td> },
        Price::Quoted(m) => {
            html! { <td {id}><strong>{ format_money(*m, lang.number_style()) }</strong></td> }
        }
        _ => html! { <td {id}>{ "—" }</td> },
    }
}

/// Why a term has no price, in words, one line per term under the table (a narrow cell would
/// stack the words into a column).
fn price_reasons(columns: &[Column], lang: Lang) -> Html {
    let reason = |c: &Column| match &c.price {
        Price::Quoted(_) => None,
        Price::Cannot(e) => Some(term_error(e, lang)),
        Price::NoQuote => Some(C::NoQuoteYet.in_lang(lang).to_string()),
    };
    html! {
        <>{ for columns.iter().filter_map(|c| Some((c.term, reason(c)?))).map(|(term, why)| html! {
            <p class="terms-why" id={format!("terms-why-{}", term.code().to_ascii_lowercase())}>
                <strong>{ term.code() }</strong>{ format!(" — {why}") }
            </p>
        }) }</>
    }
}

/// The terms side by side, with a box per term to show or hide it.
#[function_component]
pub fn TermsSide(p: &TermsProps) -> Html {
    let lang = use_ctx().lang;
    let tp = |k: P| k.in_lang(lang);
    let tc = |k: C| k.in_lang(lang);
    let ticked = use_state(|| TICKED.with(|t| t.borrow().clone()));
    let table = use_memo((p.quote.clone(), (*ticked).clone()), |(q, t)| terms_table(q, t));
    let toggle = |term: Incoterm| {
        let ticked = ticked.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut next: Vec<Incoterm> = ticked.iter().copied().filter(|t| *t != term).collect();
            if on {
                next.push(term);
            }
            TICKED.with(|t| t.borrow_mut().clone_from(&next));
            ticked.set(next);
        })
    };
    let head = html! {
        <fieldset class="term-picks">
            <legend class={classes!(p.projector.then_some("sr-only"))}>{ tc(C::TermsShown) }</legend>
            <>{ for BY_REACH.iter().map(|&term| {
                let id = format!("term-pick-{}", term.code().to_ascii_lowercase());
                html! {
                    <label for={id.clone()}>
                        <input type="checkbox" id={id} checked={ticked.contains(&term)} onchange={toggle(term)} />
                        { term.code() }
                    </label>
                }
            }) }</>
        </fieldset>
    };
    let body = if table.columns.is_empty() {
        html! { <p id="terms-none">{ tc(C::TermsNone) }</p> }
    } else {
        html! {
            // A phone scrolls the table sideways: the region takes the keyboard's focus too.
            <div class="table-wrap" tabindex="0" role="region" aria-label={tp(P::PStepTerms)}>
                <table class="compare terms-table" id="terms-table">
                    <thead><tr>
                        <th scope="col">{ tc(C::StageCol) }</th>
                        <>{ for table.columns.iter().map(|c| html! {
                            <th scope="col">
                                { c.term.code() }
                                if c.chosen { <span class="terms-note">{ tc(C::SheetsTerm) }</span> }
                                if !c.fits_transport { <span class="terms-note">{ tc(C::SeaTermByAir) }</span> }
                            </th>
                        }) }</>
                    </tr></thead>
                    <tbody>
                        { for table.rows.iter().map(|(row, payers)| html! {
                            <tr>
                                <th scope="row">{ row_label(*row, lang) }</th>
                                <>{ for payers.iter().map(|&p| payer_cell(p, lang)) }</>
                            </tr>
                        }) }
                    </tbody>
                    <tfoot><tr>
                        <th scope="row"><strong>{ tp(P::PricePerPair) }</strong></th>
                        <>{ for table.columns.iter().map(|c| price_cell(c.term, &c.price, p.exercise.hides_term(c.term, p.quote.term), lang)) }</>
                    </tr></tfoot>
                </table>
                <p class="fine terms-legend">{ tc(C::PayLegend) }</p>
                { price_reasons(&table.columns, lang) }
            </div>
        }
    };
    if p.projector {
        return html! { <div class="terms-side">{ head }{ body }</div> };
    }
    html! {
        <section class="card terms-side" id="terms-side" aria-labelledby="h-terms-side">
            <h2 id="h-terms-side">{ tc(C::TermsSide) }</h2>
            <p class="fine">{ tc(C::TermsSideHelp) }</p>
            { head }
            { body }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct MarkupProps {
    pub doc: Rc<Document>,
    /// The workshop's exercise: the HPP, ex-works price, profit (and the percentage derived from
    /// the sheet's) and quoted price show "?" while hidden.
    #[prop_or_default]
    pub exercise: Rc<Exercise>,
    #[prop_or_default]
    pub projector: bool,
    /// Told the tried percentage's unit price while it differs from the sheet's, `None` when
    /// back at the sheet (the projector's header shows it).
    #[prop_or_default]
    pub on_scenario: Callback<Option<Money>>,
}

/// A percentage as typed (12, 12,5) or, derived, at 2 decimals (10,71); "—" when it has none.
fn pct_text(f: Option<Frac>, exact: bool, lang: Lang) -> String {
    match f.and_then(|f| f.value().ok()) {
        Some(v) => format!("{} %", format_number(v, lang.number_style(), (!exact).then_some(2))),
        None => "—".to_string(),
    }
}

/// "12 % markup = 10,71 % margin", the sheet's basis first.
fn equation(m: &MarkupMargin, ex: &Exercise, lang: Lang) -> Html {
    let (mk, mg) = (C::MarkupWord.in_lang(lang), C::MarginWord.in_lang(lang));
    let on_markup = m.basis == ProfitBasis::MarkupOnCost;
    // The sheet's own percentage is the question's datum; the other one is an answer.
    let derived = |text: String| exercise::or_masked(ex.hides(Answer::Margin), text, lang);
    let markup = if on_markup {
        html! { { pct_text(m.markup_pct, true, lang) } }
    } else {
        derived(pct_text(m.markup_pct, false, lang))
    };
    let margin = if on_markup {
        derived(pct_text(m.margin_pct, false, lang))
    } else {
        html! { { pct_text(m.margin_pct, true, lang) } }
    };
    html! {
        <p class="mm-equation" id="mm-equation">
            if on_markup {
                <strong>{ markup }</strong>{ format!(" {mk} = ") }<strong>{ margin }</strong>{ format!(" {mg}") }
            } else {
                <strong>{ margin }</strong>{ format!(" {mg} = ") }<strong>{ markup }</strong>{ format!(" {mk}") }
            }
        </p>
    }
}

fn money_text(m: Option<Money>, lang: Lang) -> String {
    m.map_or_else(|| C::NoPriceAtProfit.in_lang(lang).to_string(), |m| format_money(m, lang.number_style()))
}

/// The figures under the equation: cost, ex-factory, profit per pair, and the quoted price.
fn figures(m: &MarkupMargin, ex: &Exercise, lang: Lang) -> Html {
    let (t, tc) = (|k: T| k.in_lang(lang), |k: C| k.in_lang(lang));
    let or_masked = |hidden: bool, text: String| exercise::or_masked(hidden, text, lang);
    html! {
        <table class="compare mm-figures">
            <tbody>
                <tr><th scope="row">{ t(T::HppPerPair) }</th><td class="r" id="mm-cost">{ or_masked(ex.hides(Answer::Hpp), format_money(m.cost_per_pair, lang.number_style())) }</td></tr>
                <tr><th scope="row">{ component(Component::ExFactory).in_lang(lang) }</th><td class="r" id="mm-exw">{ or_masked(ex.hides(Answer::ExWorks), money_text(m.ex_factory_per_pair, lang)) }</td></tr>
                <tr><th scope="row"><strong>{ tc(C::Profit) }</strong></th><td class="r" id="mm-profit"><strong>{ or_masked(ex.hides(Answer::Margin), money_text(m.profit_per_pair, lang)) }</strong></td></tr>
                <tr><th scope="row">{ t(T::UnitPrice) }{ " " }{ m.term.code() }</th><td class="r" id="mm-price">{ or_masked(ex.hides_fig(Fig::UnitPrice, m.term), money_text(m.unit_price, lang)) }</td></tr>
            </tbody>
        </table>
    }
}

/// Markup against margin, with a slider in percentage points on a copy of the sheet.
#[function_component]
pub fn MarkupMarginView(p: &MarkupProps) -> Html {
    let lang = use_ctx().lang;
    let tp = |k: P| k.in_lang(lang);
    let tc = |k: C| k.in_lang(lang);
    let tried = use_state_eq(|| None::<Decimal>);
    let sheet = use_memo(p.doc.clone(), |d| markup_margin(d, None));
    let now = use_memo((p.doc.clone(), *tried), |(d, t)| markup_margin(d, *t));
    let changed = now.pct != sheet.pct;
    use_effect_with((changed.then_some(now.unit_price).flatten(), p.on_scenario.clone()), |(price, tell)| {
        tell.emit(*price)
    });
    let oninput = {
        let tried = tried.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(v) = input.value().parse::<Decimal>() {
                tried.set(Some(v));
            }
        })
    };
    let reset = {
        let tried = tried.clone();
        Callback::from(move |_: MouseEvent| tried.set(None))
    };
    let word = match sheet.basis {
        ProfitBasis::MarkupOnCost => tc(C::MarkupWord),
        ProfitBasis::MarginOnPrice => tc(C::MarginWord),
    };
    // Whole and half points up to 100 % markup or 90 % margin (or the sheet's own, if higher).
    let top = match sheet.basis {
        ProfitBasis::MarkupOnCost => Decimal::ONE_HUNDRED,
        ProfitBasis::MarginOnPrice => Decimal::from(90),
    }
    .max(sheet.pct);
    let style = lang.number_style();
    let pct = |v: Decimal| format!("{} %", format_number(v, style, None));
    let output = if changed {
        format!("{word} {} → {}", pct(sheet.pct), pct(now.pct))
    } else {
        format!("{word} {}", pct(sheet.pct))
    };
    let inner = html! {
        <>
            { equation(&now, &p.exercise, lang) }
            { figures(&now, &p.exercise, lang) }
            <div class="slider mm-slider">
                <label for="mm-slider">{ tc(C::ProfitTried) }</label>
                <input type="range" id="mm-slider" min="0" max={top.to_string()} step="0.5" value={now.pct.to_string()}
                    {oninput} aria-valuetext={output.clone()} />
                <output id="mm-output">{ output }</output>
            </div>
            <div class="row-actions"><button type="button" id="mm-reset" onclick={reset} disabled={!changed}>{ tp(P::Reset) }</button></div>
        </>
    };
    if p.projector {
        return html! { <div class="markup-margin"><p class="fine">{ tc(C::MarkupMarginHelp) }</p>{ inner }</div> };
    }
    html! {
        <section class="card markup-margin" id="markup-margin" aria-labelledby="h-markup">
            <h2 id="h-markup">{ tc(C::MarkupMargin) }</h2>
            <p class="fine">{ tc(C::MarkupMarginHelp) }</p>
            { inner }
        </section>
    }
}
