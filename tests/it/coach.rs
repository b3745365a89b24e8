//! For coaches (issue 28): the terms side by side and markup against margin, worked by hand on
//! the Busan sneaker (3.250 pairs, HPP Rp162.566, 12 % markup, USD 1 = Rp16.244, 1 % FX buffer).

use crate::d;
use rust_decimal::Decimal;
use tapak::format::{format_money, format_number, NumberStyle};
use tapak::model::base::incoterms::{Incoterm, Missing, Stage, TermError};
use tapak::model::base::money::{Frac, Rounding};
use tapak::model::base::pricing::{Profit, ProfitBasis};
use tapak::model::explain::examples;
use tapak::model::explain::markup::{margin_of_markup, markup_margin, markup_of_margin};
use tapak::model::explain::terms::{payer, terms_table, Payer, Price, Row, DEFAULT_TERMS};
use tapak::model::export::quote::quote;

const ID: NumberStyle = NumberStyle::Indonesian;

fn pct2(f: Option<Frac>) -> String {
    format_number(f.expect("a figure").value().expect("fits"), ID, Some(2))
}

#[test]
fn the_terms_side_by_side_say_who_pays_each_stage_and_the_price_per_pair() {
    let doc = examples::sneaker_busan();
    let q = quote(&doc);
    // Ticked in any order, twice: the columns go in the order the seller's part grows.
    let t =
        terms_table(&q, &[Incoterm::Ddp, Incoterm::Cif, Incoterm::Exw, Incoterm::Fob, Incoterm::Cfr, Incoterm::Fob]);
    let terms: Vec<Incoterm> = t.columns.iter().map(|c| c.term).collect();
    assert_eq!(terms, DEFAULT_TERMS.to_vec());
    assert_eq!(t.columns.iter().filter(|c| c.chosen).map(|c| c.term).collect::<Vec<_>>(), vec![Incoterm::Fob]);

    // Per pair, in USD (÷ 3.250 pairs ÷ 16.244 ÷ 0,99):
    // EXW = HPP × 1,12 = Rp182.073,9 → USD 11,3219 → 11,32;
    // FOB = EXW + PEB/PPJK/SKA Rp1.750.000 + truck Rp3.500.000 + THC Rp1.950.000 + B/L USD 75
    //     = USD 11,3219 + 0,0335 + 0,0670 + 0,0606 (with the B/L) = USD 11,4829 → 11,48;
    // CFR = FOB + ocean freight USD 900 ÷ 3.250 ÷ 0,99 = 11,4829 + 0,2797 = USD 11,7626 → 11,76;
    // CIF = CFR ÷ (1 − 110 % × 0,3 %) = 11,7626 ÷ 0,9967 = USD 11,8016 → 11,80;
    // DDP: no import clearance line, no duty or import VAT rate entered.
    let prices: Vec<Price> = t.columns.iter().map(|c| c.price.clone()).collect();
    let usd = |s: &str| {
        Price::Quoted(tapak::model::base::money::Money::new(d(s), tapak::model::base::currency::Currency::USD))
    };
    assert_eq!(prices[0], usd("11.32"));
    assert_eq!(prices[1], usd("11.48"));
    assert_eq!(prices[2], usd("11.76"));
    assert_eq!(prices[3], usd("11.80"));
    assert_eq!(
        prices[4],
        Price::Cannot(TermError::Missing(vec![
            Missing::Stage(Stage::ImportClearance),
            Missing::DutyRate,
            Missing::ImportTaxRate
        ]))
    );

    // Who pays: the seller pays what the term includes, the buyer the rest.
    use Payer::{Buyer as B, Seller as S};
    let want: [(Row, [Payer; 5]); 9] = [
        //                                          EXW FOB CFR CIF DDP
        (Row::Stage(Stage::ExportClearance), [B, S, S, S, S]),
        (Row::Stage(Stage::InlandHaulage), [B, S, S, S, S]),
        (Row::Stage(Stage::OriginTerminal), [B, S, S, S, S]),
        (Row::Stage(Stage::MainCarriage), [B, B, S, S, S]),
        (Row::Stage(Stage::DestinationCharges), [B, B, B, B, S]),
        (Row::Stage(Stage::Unloading), [B, B, B, B, B]),
        (Row::Stage(Stage::ImportClearance), [B, B, B, B, S]),
        (Row::Insurance, [B, B, B, S, S]),
        (Row::DutyTaxes, [B, B, B, B, S]),
    ];
    let got: Vec<(Row, Vec<Payer>)> = t.rows.clone();
    assert_eq!(got, want.iter().map(|(r, p)| (*r, p.to_vec())).collect::<Vec<_>>());
    // CIP insures (ICC A); DPU unloads; FCA hands over at the named place after export clearance.
    assert_eq!(payer(Incoterm::Cip, Row::Insurance), S);
    assert_eq!(payer(Incoterm::Dpu, Row::Stage(Stage::Unloading)), S);
    assert_eq!(payer(Incoterm::Fca, Row::Stage(Stage::ExportClearance)), S);
    assert_eq!(payer(Incoterm::Fca, Row::Stage(Stage::OriginTerminal)), B);
}

#[test]
fn a_sheet_with_no_price_yet_has_columns_without_prices_and_no_term_is_an_empty_table() {
    let mut doc = examples::sneaker_busan();
    doc.article.order_pairs = 0;
    doc.sizes.sizes.clear();
    doc.terms.tiers.clear();
    let q = quote(&doc);
    let t = terms_table(&q, &DEFAULT_TERMS);
    assert!(t.columns.iter().all(|c| c.price == Price::NoQuote));
    assert_eq!(t.rows.len(), 9);
    let none = terms_table(&q, &[]);
    assert!(none.columns.is_empty() && none.rows.iter().all(|(_, p)| p.is_empty()));
    // By air, the sea-only terms are marked.
    let mut air = examples::sneaker_busan();
    air.shipping.mode = tapak::model::base::packing::Mode::Air;
    let t = terms_table(&quote(&air), &[Incoterm::Fca, Incoterm::Fob]);
    assert_eq!(t.columns.iter().map(|c| c.fits_transport).collect::<Vec<_>>(), vec![true, false]);
}

#[test]
fn markup_and_margin_are_two_readings_of_one_profit() {
    // margin = markup ÷ (1 + markup), markup = margin ÷ (1 − margin), in percent.
    let cases = [("12", "10,71"), ("15", "13,04"), ("25", "20,00"), ("0", "0,00"), ("100", "50,00")];
    for (markup, margin) in cases {
        assert_eq!(pct2(margin_of_markup(d(markup))), margin, "{markup} % markup");
    }
    let cases = [("25", "33,33"), ("10", "11,11"), ("50", "100,00"), ("0", "0,00")];
    for (margin, markup) in cases {
        assert_eq!(pct2(markup_of_margin(d(margin))), markup, "{margin} % margin");
    }
    // 12 ÷ 112 exactly: 0,107142857142857… carried as a quotient, never cut before it is shown.
    assert_eq!(margin_of_markup(d("12")), Frac::new(d("1200"), d("112")).ok());
    assert_eq!(Rounding::HalfUp.round(margin_of_markup(d("12")).unwrap().value().unwrap(), 2), d("10.71"));
    // No price: a margin of 100 % or more, a markup of −100 %.
    assert_eq!(markup_of_margin(d("100")), None);
    assert_eq!(markup_of_margin(d("250")), None);
    assert_eq!(margin_of_markup(d("-100")), None);
    // Extremes do not panic.
    assert_eq!(margin_of_markup(Decimal::MAX), None);
    let _ = markup_of_margin(Decimal::MIN);
}

#[test]
fn the_sheets_markup_read_as_margin_with_its_profit_per_pair_and_a_tried_percentage_on_a_copy() {
    let doc = examples::sneaker_busan();
    let now = markup_margin(&doc, None);
    assert_eq!(now.basis, ProfitBasis::MarkupOnCost);
    assert_eq!(now.pct, d("12"));
    assert_eq!(pct2(now.markup_pct), "12,00");
    assert_eq!(pct2(now.margin_pct), "10,71");
    // HPP Rp162.566 (Rp162.565,9…) × 12 % = Rp19.507,9 → Rp19.508 a pair; FOB USD 11,48.
    assert_eq!(format_money(now.cost_per_pair, ID), "Rp162.566");
    let profit = now.profit_per_pair.expect("a profit");
    let to20 = |x: Decimal| Rounding::HalfUp.round(x, 20);
    assert_eq!(to20(profit.amount()), to20(now.cost_per_pair.amount() * d("0.12")));
    assert_eq!(format_money(profit, ID), "Rp19.508");
    assert_eq!(format_money(now.unit_price.expect("a price"), ID), "USD 11,48");
    assert_eq!(now.term, Incoterm::Fob);

    // The slider at 15 % (3 points more, not "+25 %"): 15 ÷ 115 = 13,04 % margin; HPP × 15 % =
    // Rp24.384,9 → Rp24.385; FOB rises by HPP × 3 % ÷ 16.244 ÷ 0,99 = USD 0,3033 → USD 11,79.
    let tried = markup_margin(&doc, Some(d("15")));
    assert_eq!(pct2(tried.margin_pct), "13,04");
    assert_eq!(format_money(tried.profit_per_pair.unwrap(), ID), "Rp24.385");
    assert_eq!(format_money(tried.unit_price.unwrap(), ID), "USD 11,79");
    assert_eq!(doc, examples::sneaker_busan(), "the sheet itself never changes");
    // The same percentage as the sheet's is the sheet.
    assert_eq!(markup_margin(&doc, Some(d("12"))), now);

    // A sheet priced by a 25 % margin: 25 ÷ 75 = 33,33 % markup; price = HPP ÷ 0,75, so the
    // profit is HPP ÷ 3 = Rp54.188,6… → Rp54.189 a pair.
    let mut margin = doc.clone();
    margin.terms.profit = Profit { basis: ProfitBasis::MarginOnPrice, pct: d("25") };
    let m = markup_margin(&margin, None);
    assert_eq!(pct2(m.markup_pct), "33,33");
    assert_eq!(pct2(m.margin_pct), "25,00");
    assert_eq!(format_money(m.profit_per_pair.unwrap(), ID), "Rp54.189");
    // A margin of 100 % has no price, and says so without a panic.
    let none = markup_margin(&margin, Some(d("100")));
    assert_eq!((none.markup_pct, none.ex_factory_per_pair, none.profit_per_pair), (None, None, None));
}
