//! The quotation's payment terms, lead time and remarks as standard phrases (`model::sheet::phrases`),
//! which the buyer's page renders in the buyer's language, with free text beside them. Free
//! text that looks Indonesian gets a hint to write it in English. Used by the sheet's quotation
//! card and by the quotation of several articles alike.

use crate::format::refused::{FieldId, WordsOf};
use crate::i18n::buyer::{self, BuyerLang};
use crate::i18n::{Lang, P};
use crate::model::rules::Num;
use crate::model::sheet::document::QuoteDetails;
use crate::model::sheet::phrases::{looks_indonesian, Lead, LeadKind, Number, Payment, PaymentKind, Remark, WordsEdit};
use crate::ui::shell::state::use_ctx;
use crate::ui::widgets::fields::{check, to_count, NumberField, TextField};
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WordsProps {
    /// Whose words these are; their ids' prefix ("q" on the sheet, "qn" on a quotation, "pf" on
    /// the profile): `q-pay-kind`, …
    pub of: WordsOf,
    pub details: QuoteDetails,
    pub onchange: Callback<WordsEdit>,
    /// Whether the standard remarks are offered (the profile has none).
    #[prop_or(true)]
    pub remarks: bool,
}

/// The option chosen in a `<select>`, the first being "own words only" (`None`).
fn chosen<K: Copy>(e: &Event, all: &[K]) -> Option<K> {
    let i = e.target_unchecked_into::<web_sys::HtmlSelectElement>().selected_index();
    usize::try_from(i).ok().and_then(|i| i.checked_sub(1)).and_then(|i| all.get(i)).copied()
}

/// The hint under free text typed in Indonesian.
fn hint(text: &str, lang: Lang) -> Html {
    if looks_indonesian(text) {
        html! { <p class="help warn-text">{ P::WriteInEnglish.in_lang(lang) }</p> }
    } else {
        html! {}
    }
}

#[function_component]
pub fn Words(p: &WordsProps) -> Html {
    let lang = use_ctx().lang;
    buyer::for_the_maker();
    let bl = BuyerLang::from(lang);
    html! {
        <div class="words">
            <p class="help">{ P::PhrasesHelp.in_lang(lang) }</p>
            { payment_grid(p, lang, bl) }
            { lead_grid(p, lang, bl) }
            if p.remarks { { remarks_fieldset(p, lang, bl) } }
        </div>
    }
}

/// The number a payment phrase of `kind` starts with: the old one's if it counts the same.
fn pay_number(kind: PaymentKind, old: Option<Payment>) -> u32 {
    match (kind.number(), old) {
        (Number::None, _) => 0,
        (_, Some(old)) if old.kind.number() == kind.number() => old.n,
        (Number::Percent, _) => 30,
        (Number::Days, _) => 60,
    }
}

/// A phrase's picker: the user's own words, or one of the standard phrases, each shown as the
/// buyer will read it.
fn phrase_select<K: Copy + PartialEq>(
    id: String,
    label: &str,
    own_words: &str,
    all: &[K],
    current: Option<K>,
    sample: impl Fn(K) -> String,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="field choice">
            <label for={id.clone()}>{ label }</label>
            <select {id} {onchange}>
                <option selected={current.is_none()}>{ own_words }</option>
                <>{ for all.iter().map(|&k| html! { <option selected={current == Some(k)}>{ sample(k) }</option> }) }</>
            </select>
        </div>
    }
}

/// The payment phrase's picker, its number (a deposit's percent or days) and the free text.
fn payment_grid(p: &WordsProps, lang: Lang, bl: BuyerLang) -> Html {
    let tp = |k: P| k.in_lang(lang);
    let d = &p.details;
    let (pay, lead) = (d.payment, d.lead);
    let id = |s: &str| format!("{}-{s}", p.of.prefix());
    let on_kind = {
        let (onchange, remarks) = (p.onchange.clone(), d.remarks.clone());
        Callback::from(move |e: Event| {
            let next = chosen(&e, &PaymentKind::ALL).map(|kind| Payment { kind, n: pay_number(kind, pay) });
            onchange.emit(WordsEdit::Phrases(next, lead, remarks.clone()))
        })
    };
    let on_n = {
        let (onchange, remarks) = (p.onchange.clone(), d.remarks.clone());
        Callback::from(move |v: Decimal| {
            onchange.emit(WordsEdit::Phrases(pay.map(|x| Payment { n: to_count(v), ..x }), lead, remarks.clone()))
        })
    };
    let sample = |kind: PaymentKind| buyer::payment(Payment { kind, n: pay.map_or(30, |x| x.n) }, bl);
    let number_rule = match pay.map(|x| x.kind.number()) {
        Some(Number::Percent) => Some((Num::DepositPct, "%")),
        Some(Number::Days) => Some((Num::Days, "")),
        _ => None,
    };
    html! {
        <div class="grid g3">
            { phrase_select(id("pay-kind"), tp(P::PaymentPhrase), tp(P::OwnWords), &PaymentKind::ALL, pay.map(|x| x.kind), sample, on_kind) }
            if let (Some((num, suffix)), Some(x)) = (number_rule, pay) {
                <NumberField field={FieldId::Words(p.of, "pay-n")} label={if suffix == "%" { tp(P::DepositPctField) } else { tp(P::PhraseDays) }}
                    value={Decimal::from(x.n)} rule={num.rule()} onchange={on_n} />
            }
            <div>
                <TextField id={id("payment")} label={tp(P::PaymentMore)} value={d.payment_terms.clone()}
                    onchange={p.onchange.reform(WordsEdit::PaymentText)} />
                { hint(&d.payment_terms, lang) }
            </div>
        </div>
    }
}

/// The lead time's picker, its days and the free text.
fn lead_grid(p: &WordsProps, lang: Lang, bl: BuyerLang) -> Html {
    let tp = |k: P| k.in_lang(lang);
    let d = &p.details;
    let (pay, lead) = (d.payment, d.lead);
    let id = |s: &str| format!("{}-{s}", p.of.prefix());
    let on_kind = {
        let (onchange, remarks) = (p.onchange.clone(), d.remarks.clone());
        Callback::from(move |e: Event| {
            let next = chosen(&e, &LeadKind::ALL).map(|kind| Lead { kind, days: lead.map_or(45, |l| l.days) });
            onchange.emit(WordsEdit::Phrases(pay, next, remarks.clone()))
        })
    };
    let on_days = {
        let (onchange, remarks) = (p.onchange.clone(), d.remarks.clone());
        Callback::from(move |v: Decimal| {
            onchange.emit(WordsEdit::Phrases(pay, lead.map(|x| Lead { days: to_count(v), ..x }), remarks.clone()))
        })
    };
    let sample = |kind: LeadKind| buyer::lead(Lead { kind, days: lead.map_or(45, |x| x.days) }, bl);
    html! {
        <div class="grid g3">
            { phrase_select(id("lead-kind"), tp(P::LeadPhrase), tp(P::OwnWords), &LeadKind::ALL, lead.map(|x| x.kind), sample, on_kind) }
            if let Some(x) = lead {
                <NumberField field={FieldId::Words(p.of, "lead-days")} label={tp(P::PhraseDays)} value={Decimal::from(x.days)} rule={Num::Days.rule()} onchange={on_days} />
            }
            <div>
                <TextField id={id("lead")} label={tp(P::LeadMore)} value={d.lead_time.clone()}
                    onchange={p.onchange.reform(WordsEdit::LeadText)} />
                { hint(&d.lead_time, lang) }
            </div>
        </div>
    }
}

/// The standard remarks, one checkbox each.
fn remarks_fieldset(p: &WordsProps, lang: Lang, bl: BuyerLang) -> Html {
    let d = &p.details;
    let (pay, lead) = (d.payment, d.lead);
    let id = |s: &str| format!("{}-{s}", p.of.prefix());
    html! {
        <fieldset class="remarks">
            <legend>{ P::RemarksPhrases.in_lang(lang) }</legend>
            <>{ for Remark::ALL.iter().enumerate().map(|(i, &r)| {
                let (onchange, remarks) = (p.onchange.clone(), d.remarks.clone());
                let on = Callback::from(move |on: bool| {
                    // Kept in the order of `Remark::ALL`, each once.
                    let next: Vec<Remark> = Remark::ALL.iter().copied().filter(|x| if *x == r { on } else { remarks.contains(x) }).collect();
                    onchange.emit(WordsEdit::Phrases(pay, lead, next))
                });
                check(id(&format!("remark-{i}")), buyer::remark(r, bl), d.remarks.contains(&r), on)
            }) }</>
        </fieldset>
    }
}
