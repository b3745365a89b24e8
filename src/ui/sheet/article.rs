//! The article card: name, code, HS code, costing currency, order quantity, display currency.

use crate::format::refused::FieldId;
use crate::model::rules::Num;

use crate::i18n::T;
use crate::model::base::currency::Currency;
use crate::model::sheet::document::Article;
use crate::model::sheet::edit::{ArticleField, Edit};
use crate::ui::shell::state::use_ctx;
use crate::ui::widgets::card::{Card, Fold, Which};
use crate::ui::widgets::fields::{currency_name, select, to_count, NumberField, TextField};
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub article: Article,
    pub display_currency: Currency,
    pub fold: Fold,
}

#[function_component]
pub fn ArticleCard(p: &Props) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let t = |k: T| k.in_lang(lang);
    let send = |f: fn(String) -> ArticleField| ctx.edit.reform(move |v: String| Edit::Article(f(v)));
    let a = &p.article;
    let pairs_changed = ctx.edit.reform(|v: Decimal| Edit::Article(ArticleField::OrderPairs(to_count(v))));
    html! {
        <Card which={Which::Article} title={t(T::Article)} fold={p.fold.clone()}>
            <div class="grid g3">
                <TextField id="article-name" label={t(T::ArticleName)} value={a.name.clone()} onchange={send(ArticleField::Name)} />
                <TextField id="article-code" label={t(T::ArticleCode)} value={a.code.clone()} onchange={send(ArticleField::Code)} />
                <TextField id="article-hs" label={t(T::HsCode)} value={a.hs_code.clone()} onchange={send(ArticleField::HsCode)} placeholder="6403.99" />
                { select("article-currency".into(), t(T::CostingCurrency), a.costing_currency, Currency::ALL, currency_name(lang), false,
                    ctx.edit.reform(|c| Edit::Article(ArticleField::CostingCurrency(c)))) }
                <NumberField field={FieldId::Card("article-pairs")} label={t(T::OrderPairs)} value={Decimal::from(a.order_pairs)} rule={Num::OrderPairs.rule()} onchange={pairs_changed} />
                { select("display-currency".into(), t(T::DisplayCurrency), p.display_currency, Currency::ALL, currency_name(lang), false,
                    ctx.edit.reform(|c| Edit::Article(ArticleField::DisplayCurrency(c)))) }
            </div>
        </Card>
    }
}
