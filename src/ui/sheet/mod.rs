//! The cost sheet's cards below the article: exchange rates, materials, labour (with work bought
//! from workshops), overhead and one-off costs. A part (`ui::shell::lazy::Part::Sheet`), fetched right
//! after the first figure: the first screen shows the HPP and these cards' folded lines, which
//! stand in until the cards are built.
//!
//! The cost sheet's screen (this folder): the article, rates, materials, labour with overhead and
//! one-off costs, colourways and the summary, one card each.

pub mod article;
pub mod colourways;
pub mod labour;
pub mod materials;
pub mod rates;
pub mod summary;

use crate::ui::sheet::labour::{LabourCard, OneOffCard, OverheadCard};
use crate::ui::sheet::materials::MaterialsCard;
use crate::ui::sheet::rates::RatesCard;
use crate::ui::shell::lazy::CardsProps;
use crate::ui::widgets::card::Fold;
use yew::prelude::*;

/// Renders the cards (`Part::Sheet`).
pub fn part(p: &CardsProps) -> Html {
    let d = &p.doc;
    let b = &p.breakdown;
    let [rates, materials, labour, overhead, one_off]: [Fold; 5] = (*p.folds).clone();
    html! {
        <>
            <RatesCard rates={d.fx.clone()} fold={rates} />
            <MaterialsCard materials={d.materials.clone()} breakdown={b.clone()} fold={materials} />
            <crate::ui::sheet::colourways::ColourwaysCard doc={d.clone()} />
            <LabourCard labour={d.labour.clone()} currency={d.article.costing_currency} breakdown={b.clone()} fold={labour} />
            <OverheadCard overhead={d.overhead.clone()} currency={d.article.costing_currency} breakdown={b.clone()} fold={overhead} />
            <OneOffCard costs={d.one_off.clone()} breakdown={b.clone()} fold={one_off} />
        </>
    }
}
