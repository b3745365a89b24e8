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
    let tp = |k: P| k.in_lang(lang);
    buyer::for_the_maker();
    let bl = BuyerLang::from(lang);
    let d = &p.details;
    let (pay, lead, remarks) = (d.payment, d.lead, d.remarks.clone());
    let id = |s: &str| format!("{}-{s}", p.of.prefix());
    let emit = {
        let onchange = p.onchange.clone();
        move |pay: Option<Payment>, lead: Option<Lead>, remarks: Vec<Remark>| {
            onchange.emit(WordsEdit::Phrases(pay, lead, remarks))
        }
    };
    let on_pay_kind = {
        let (emit, remarks) = (emit.clone(), remarks.clone());
        Callback::from(move |e: Event| {
            let next = chosen(&e, &PaymentKind::ALL).map(|kind| Payment {
                kind,
                n: match (kind.number(), pay) {
                    (Number::None, _) => 0,
                    (_, Some(old)) if old.kind.number() == kind.number() => old.n,
                    (Number::Percent, _) => 30,
                    (Number::Days, _) => 60,
                },
            });
            emit(next, lead, remarks.clone())
        })
    };
    let on_pay_n = {
        let (emit, remarks) = (emit.clone(), remarks.clone());
        Callback::from(move |v: Decimal| emit(pay.map(|x| Payment { n: to_count(v), ..x }), lead, remarks.clone()))
    };
    let on_lead_kind = {
        let (emit, remarks) = (emit.clone(), remarks.clone());
        Callback::from(move |e: Event| {
            let next = chosen(&e, &LeadKind::ALL).map(|kind| Lead { kind, days: lead.map_or(45, |l| l.days) });
            emit(pay, next, remarks.clone())
        })
    };
    let on_lead_days = {
        let (emit, remarks) = (emit.clone(), remarks.clone());
        Callback::from(move |v: Decimal| emit(pay, lead.map(|x| Lead { days: to_count(v), ..x }), remarks.clone()))
    };
    let sample_pay = |kind: PaymentKind| buyer::payment(Payment { kind, n: pay.map_or(30, |x| x.n) }, bl);
    let sample_lead = |kind: LeadKind| buyer::lead(Lead { kind, days: lead.map_or(45, |x| x.days) }, bl);
    let number_rule = match pay.map(|x| x.kind.number()) {
        Some(Number::Percent) => Some((Num::DepositPct, "%")),
        Some(Number::Days) => Some((Num::Days, "")),
        _ => None,
    };
    html! {
        <div class="words">
            <p class="help">{ tp(P::PhrasesHelp) }</p>
            <div class="grid g3">
                <div class="field choice">
                    <label for={id("pay-kind")}>{ tp(P::PaymentPhrase) }</label>
                    <select id={id("pay-kind")} onchange={on_pay_kind}>
                        <option selected={pay.is_none()}>{ tp(P::OwnWords) }</option>
                        <>{ for PaymentKind::ALL.iter().map(|&k| html! { <option selected={pay.map(|x| x.kind) == Some(k)}>{ sample_pay(k) }</option> }) }</>
                    </select>
                </div>
                if let (Some((num, suffix)), Some(x)) = (number_rule, pay) {
                    <NumberField field={FieldId::Words(p.of, "pay-n")} label={if suffix == "%" { tp(P::DepositPctField) } else { tp(P::PhraseDays) }}
                        value={Decimal::from(x.n)} rule={num.rule()} onchange={on_pay_n} />
                }
                <div>
                    <TextField id={id("payment")} label={tp(P::PaymentMore)} value={d.payment_terms.clone()}
                        onchange={p.onchange.reform(WordsEdit::PaymentText)} />
                    { hint(&d.payment_terms, lang) }
                </div>
            </div>
            <div class="grid g3">
                <div class="field choice">
                    <label for={id("lead-kind")}>{ tp(P::LeadPhrase) }</label>
                    <select id={id("lead-kind")} onchange={on_lead_kind}>
                        <option selected={lead.is_none()}>{ tp(P::OwnWords) }</option>
                        <>{ for LeadKind::ALL.iter().map(|&k| html! { <option selected={lead.map(|x| x.kind) == Some(k)}>{ sample_lead(k) }</option> }) }</>
                    </select>
                </div>
                if let Some(x) = lead {
                    <NumberField field={FieldId::Words(p.of, "lead-days")} label={tp(P::PhraseDays)} value={Decimal::from(x.days)} rule={Num::Days.rule()} onchange={on_lead_days} />
                }
                <div>
                    <TextField id={id("lead")} label={tp(P::LeadMore)} value={d.lead_time.clone()}
                        onchange={p.onchange.reform(WordsEdit::LeadText)} />
                    { hint(&d.lead_time, lang) }
                </div>
            </div>
            if p.remarks {
            <fieldset class="remarks">
                <legend>{ tp(P::RemarksPhrases) }</legend>
                <>{ for Remark::ALL.iter().enumerate().map(|(i, &r)| {
                    let (emit, remarks) = (emit.clone(), remarks.clone());
                    let on = Callback::from(move |on: bool| {
                        // Kept in the order of `Remark::ALL`, each once.
                        let next: Vec<Remark> = Remark::ALL.iter().copied().filter(|x| if *x == r { on } else { remarks.contains(x) }).collect();
                        emit(pay, lead, next)
                    });
                    check(id(&format!("remark-{i}")), buyer::remark(r, bl), d.remarks.contains(&r), on)
                }) }</>
            </fieldset>
            }
        </div>
    }
}
