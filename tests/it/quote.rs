//! From cost to export price: profit, sizes, packing, freight, Incoterms, FX, rounding, tiers.
//! Every figure worked by hand (exact decimals; ≈ marks a value compared after rounding).

use crate::{d, line, rate};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use tapak::model::base::currency::Currency::*;
use tapak::model::base::incoterms::{Chain, Component, CustomsBasis, Incoterm, Missing, Stage, TermError};
use tapak::model::base::money::{Frac, Money, Rounding};
use tapak::model::base::packing::{self, Carton, ContainerType, Mode};
use tapak::model::base::pricing::{self, Profit, ProfitBasis, ProfitError};
use tapak::model::base::sizes::{self, Assortment, Size};
use tapak::model::base::units::Unit;
use tapak::model::cost::compute::compute;
use tapak::model::export::quote::{quote, LineProblem, QuoteIssue};
use tapak::model::sheet::document::*;

fn usd(s: &str) -> Money {
    Money::new(d(s), USD)
}

fn round2(m: Money) -> Decimal {
    m.round_to(2, Rounding::HalfUp).amount()
}

// ---- profit ----

#[test]
fn markup_on_cost_and_margin_on_price_differ() {
    let cost = Money::new(dec!(120000), IDR);
    let markup = Profit { basis: ProfitBasis::MarkupOnCost, pct: dec!(25) };
    let margin = Profit { basis: ProfitBasis::MarginOnPrice, pct: dec!(25) };
    // 120.000 × 1,25 = 150.000; 120.000 ÷ 0,75 = 160.000
    assert_eq!(pricing::ex_factory_price(cost, markup), Ok(Money::new(dec!(150000), IDR)));
    assert_eq!(pricing::ex_factory_price(cost, margin), Ok(Money::new(dec!(160000), IDR)));
    let all = Profit { basis: ProfitBasis::MarginOnPrice, pct: dec!(100) };
    assert_eq!(pricing::ex_factory_price(cost, all), Err(ProfitError::MarginTooHigh));
}

#[test]
fn a_price_tells_what_profit_it_leaves() {
    // 150.000 over a cost of 120.000: markup 150/120 − 1 = 25 %, margin 1 − 120/150 = 20 %
    assert_eq!(pricing::profit_left(dec!(120000), dec!(150000)), Ok((dec!(0.25), dec!(0.2))));
    // and the cost a price allows: 150.000 ÷ 1,25 = 120.000; 160.000 × 0,75 = 120.000
    let markup = Profit { basis: ProfitBasis::MarkupOnCost, pct: dec!(25) };
    let margin = Profit { basis: ProfitBasis::MarginOnPrice, pct: dec!(25) };
    assert_eq!(pricing::allowed_cost(dec!(150000), markup), Ok(dec!(120000)));
    assert_eq!(pricing::allowed_cost(dec!(160000), margin), Ok(dec!(120000)));
}

// ---- sizes ----

#[test]
fn labels_come_from_the_foot_length() {
    // Foot 260 mm + 15 mm allowance = last 275 mm: EU 1,5 × 27,5 = 41,25 → 41,5 (nearest half, half-up);
    // UK 3 × 275/25,4 − 25 = 7,48 → 7,5; US men 8,5, women 9,5; KR/JP 260.
    let l = sizes::labels(dec!(260), dec!(15)).unwrap();
    assert_eq!(
        (l.eu, l.uk, l.us_men, l.us_women, l.kr_jp_mm),
        (dec!(41.5), dec!(7.5), dec!(8.5), dec!(9.5), dec!(260))
    );
    // 250 mm: last 265 → EU 39,75 → 40; UK 3 × 10,433 − 25 = 6,30 → 6,5; KR 250.
    let l = sizes::labels(dec!(250), dec!(15)).unwrap();
    assert_eq!((l.eu, l.uk, l.kr_jp_mm), (dec!(40), dec!(6.5), dec!(250)));
}

fn size(id: u32, label: &str, foot: u32, quantity: u32) -> Size {
    Size { id, label: label.into(), foot_mm: Decimal::from(foot), quantity }
}

#[test]
fn graded_consumption_and_the_weighted_average() {
    let mut doc = Document::empty();
    doc.display_currency = IDR;
    let mut leather = MaterialLine {
        id: 1,
        section: Section::Upper,
        name: "Kulit".into(),
        unit: Unit::SqFt,
        net_consumption: dec!(2.4),
        waste_pct: dec!(8),
        unit_price: dec!(38000),
        price_unit: Unit::SqFt,
        currency: IDR,
        grading_pct: None,
        buyer_supplied: false,
    };
    let sole = MaterialLine {
        id: 2,
        section: Section::Bottom,
        name: "Sol".into(),
        unit: Unit::Pair,
        price_unit: Unit::Pair,
        net_consumption: dec!(1),
        waste_pct: dec!(0),
        unit_price: dec!(15000),
        ..leather.clone()
    };
    doc.materials = vec![leather.clone(), sole];
    // 39–42, base 41 (steps −2, −1, 0, +1), one pair each; 2 % per step on area units only.
    doc.sizes.sizes =
        vec![size(10, "39", 245, 1), size(11, "40", 250, 1), size(12, "41", 255, 1), size(13, "42", 260, 1)];
    doc.sizes.base_size = Some(12);
    let b = compute(&doc);
    let per_size: Vec<(i64, Decimal)> = b.sizes.iter().map(|s| (s.step, s.per_pair.amount())).collect();
    // Leather 98.496 at the base: × 0,96 = 94.556,16; × 0,98 = 96.526,08; × 1,02 = 100.465,92; sole 15.000 flat.
    assert_eq!(per_size, vec![(-2, dec!(109556.16)), (-1, dec!(111526.08)), (0, dec!(113496)), (1, dec!(115465.92))]);
    // Average step −0,5 → leather × 0,99 = 97.511,04; + 15.000 = 112.511,04
    assert_eq!(b.per_pair.amount(), dec!(112511.04));

    // A line's own grading overrides the default: 0 % keeps the leather flat.
    leather.grading_pct = Some(dec!(0));
    doc.materials[0] = leather;
    assert_eq!(compute(&doc).per_pair.amount(), dec!(113496));
}

// ---- packing and freight ----

/// The usual export carton: 12 pairs, 60 × 40 × 35 cm (0,084 m³), at `gross_kg`.
fn carton_60x40x35(gross_kg: Decimal) -> Carton {
    Carton { pairs_per_carton: 12, length_cm: dec!(60), width_cm: dec!(40), height_cm: dec!(35), gross_kg }
}

#[test]
fn cartons_cbm_and_container_fill() {
    // 3.250 pairs, 12 per carton of 60 × 40 × 35 cm → 271 cartons, the last holding 10;
    // 0,084 m³ each → 22,764 m³ → one 20' GP at 22,764 ÷ 26,8 = 84,94 %.
    let carton = carton_60x40x35(dec!(9));
    let plan = packing::plan(3250, 12, &carton).unwrap();
    assert_eq!((plan.cartons, plan.partial_last, plan.cbm_per_carton, plan.cbm), (271, 10, dec!(0.084), dec!(22.764)));
    assert_eq!(plan.gross_kg, dec!(2439));
    let spec = tapak::model::base::packing::Shipping::default().containers[0].clone();
    let load = packing::load(&plan, &carton, &spec).unwrap();
    assert_eq!(load.containers, 1);
    assert_eq!(load.fill.round_dp(4), dec!(0.8494));
    // Room: 26,8 − 22,764 = 4,036 m³ → 48 more cartons (576 pairs) + 2 pairs in the partial carton.
    assert_eq!(load.spare_pairs, 578);
    assert!(!load.weight_bound);
    assert_eq!(packing::plan(100, 0, &carton), Err(packing::PackingError::ZeroPairsPerCarton));
}

#[test]
fn lcl_charges_weight_or_measure_with_a_minimum() {
    let carton = carton_60x40x35(dec!(54));
    // 25 cartons: 2,1 m³ and 1.350 kg → W/M = max(2,1; 1,35) = 2,1 RT
    assert_eq!(packing::revenue_tons(&packing::plan(300, 12, &carton).unwrap(), dec!(1)), dec!(2.1));
    // Heavy: 25 cartons of 120 kg = 3 t against 2,1 m³ → 3 RT
    let heavy = Carton { gross_kg: dec!(120), ..carton.clone() };
    assert_eq!(packing::revenue_tons(&packing::plan(300, 12, &heavy).unwrap(), dec!(1)), dec!(3));
    // 5 cartons: 0,42 m³, 270 kg → the 1 RT minimum applies
    assert_eq!(packing::revenue_tons(&packing::plan(60, 12, &carton).unwrap(), dec!(1)), dec!(1));
}

#[test]
fn air_chargeable_weight() {
    // 10 cartons of 60 × 40 × 35 cm at 9 kg: actual 90 kg, volume 840.000 cm³ ÷ 6.000 = 140 kg → 140
    let carton = carton_60x40x35(dec!(9));
    let plan = packing::plan(120, 12, &carton).unwrap();
    assert_eq!(packing::chargeable_kg(&plan, &carton, dec!(6000)), Ok(dec!(140)));
    // A courier's ÷ 5.000 → 168 kg
    assert_eq!(packing::chargeable_kg(&plan, &carton, dec!(5000)), Ok(dec!(168)));
}

// ---- Incoterms ----

use crate::{chain, total};

#[test]
fn every_incoterm_builds_up_in_order() {
    let c = chain();
    assert_eq!(total(&c, Incoterm::Exw), dec!(10000));
    assert_eq!(total(&c, Incoterm::Fca), dec!(10300)); // + clearance 100 + inland 200
    assert_eq!(total(&c, Incoterm::Fas), dec!(10300));
    assert_eq!(total(&c, Incoterm::Fob), dec!(10600)); // + THC and documents 300
    assert_eq!(total(&c, Incoterm::Cfr), dec!(11600)); // + freight 1.000
    assert_eq!(total(&c, Incoterm::Cpt), dec!(11600));
    // CIF = 11.600 ÷ (1 − 1,1 × 0,5 %) = 11.600 ÷ 0,9945 = 11.664,1528…
    assert_eq!(total(&c, Incoterm::Cif).round_dp(4), dec!(11664.1528));
    assert_eq!(total(&c, Incoterm::Cip).round_dp(4), dec!(11664.1528));
    // DAP = 11.600 + destination 400 + insurance of the CIF value 0,0055 × 11.664,1528 = 64,1528
    assert_eq!(total(&c, Incoterm::Dap).round_dp(4), dec!(12064.1528));
    assert_eq!(total(&c, Incoterm::Dpu).round_dp(4), dec!(12114.1528)); // + unloading 50
                                                                        // DDP = 11.600 + 400 + import clearance 150 + insurance 64,1528
                                                                        //     + duty 10 % × CIF 11.664,1528 = 1.166,4153 + taxes 10 % × (11.664,1528 + 1.166,4153) = 1.283,0568
                                                                        //     = 14.663,6249
    let ddp = c.price(Incoterm::Ddp).unwrap();
    assert_eq!(ddp.total_money().unwrap().amount().round_dp(4), dec!(14663.6249));
    assert_eq!(ddp.customs_money().unwrap().amount().round_dp(4), dec!(11664.1528));
    // The parts add up to the price.
    let parts: Decimal = ddp.parts.iter().map(|(_, m)| m.value().unwrap()).sum();
    assert_eq!(parts.round_dp(10), ddp.total_money().unwrap().amount().round_dp(10));
}

#[test]
fn fca_at_the_sellers_premises_needs_no_inland_haulage() {
    let mut c = chain();
    c.stages.retain(|(s, _)| *s != Stage::InlandHaulage);
    assert_eq!(total(&c, Incoterm::Fca), dec!(10100));
    assert_eq!(c.price(Incoterm::Fas), Err(TermError::Missing(vec![Missing::Stage(Stage::InlandHaulage)])));
}

#[test]
fn us_duty_is_on_the_fob_value() {
    // Customs value = FOB 10.600: duty 1.060, taxes 10 % × 11.660 = 1.166
    // DDP = 11.600 + 400 + 150 + 64,1528 + 1.060 + 1.166 = 14.440,1528
    let c = Chain { customs_basis: CustomsBasis::Fob, ..chain() };
    let ddp = c.price(Incoterm::Ddp).unwrap();
    assert_eq!(ddp.customs_money(), Some(usd("10600")));
    assert_eq!(ddp.total_money().unwrap().amount().round_dp(4), dec!(14440.1528));
}

#[test]
fn insurance_commission_and_bank_charges_in_closed_form() {
    // CFR USD 12,00, premium 0,5 % on 110 %: 12 ÷ 0,9945 = 12,0663 → USD 12,07
    let only = |ex: &str| Chain {
        currency: USD,
        ex_factory: Frac::from(usd(ex).amount()),
        stages: Stage::ALL.iter().map(|&s| (s, Some(Frac::ZERO))).collect(),
        commission: dec!(0),
        commission_base: Default::default(),
        bank: dec!(0),
        insurance_rate: Some(dec!(0.005)),
        insurance_rate_a: Some(dec!(0.005)),
        min_premium: None,
        duty_rate: None,
        customs_basis: CustomsBasis::Cif,
        import_tax_rate: None,
        assists: tapak::model::base::money::Frac::ZERO,
        import_fee: None,
    };
    let cif = only("12.00").price(Incoterm::Cif).unwrap();
    assert_eq!(round2(cif.total_money().unwrap()), dec!(12.07));
    // The premium is exactly 1,1 × 0,5 % of the price it is part of.
    let premium = cif.part(Component::Insurance).unwrap();
    assert_eq!(premium.amount().round_dp(20), (cif.total_money().unwrap().amount() * dec!(0.0055)).round_dp(20));
    // Commission 5 % of the selling price: 11,40 ÷ 0,95 = 12,00
    let with_commission = Chain { commission: dec!(0.05), ..only("11.40") };
    assert_eq!(with_commission.price(Incoterm::Fob).unwrap().total_money(), Ok(usd("12")));
    // Commission 5 % + bank 1 % + premium 0,55 % on CFR 11.600: 11.600 ÷ 0,9345 = 12.413,0551
    let mut all = chain();
    all.commission = dec!(0.05);
    all.bank = dec!(0.01);
    assert_eq!(total(&all, Incoterm::Cif).round_dp(4), dec!(12413.0551));
    // Shares of 100 % or more have no price.
    all.commission = dec!(0.99);
    assert_eq!(all.price(Incoterm::Cif), Err(TermError::SharesTooLarge));
}

#[test]
fn a_term_whose_costs_are_missing_says_which() {
    let mut c = chain();
    c.stages.retain(|(s, _)| matches!(s, Stage::ExportClearance | Stage::InlandHaulage));
    c.insurance_rate = None;
    c.duty_rate = None;
    assert_eq!(c.price(Incoterm::Fob), Err(TermError::Missing(vec![Missing::Stage(Stage::OriginTerminal)])));
    assert_eq!(
        c.price(Incoterm::Cif),
        Err(TermError::Missing(vec![
            Missing::Stage(Stage::OriginTerminal),
            Missing::Stage(Stage::MainCarriage),
            Missing::InsuranceRate
        ]))
    );
    assert_eq!(
        c.price(Incoterm::Ddp),
        Err(TermError::Missing(vec![
            Missing::Stage(Stage::OriginTerminal),
            Missing::Stage(Stage::MainCarriage),
            Missing::Stage(Stage::DestinationCharges),
            Missing::Stage(Stage::ImportClearance),
            Missing::InsuranceRate,
            Missing::DutyRate,
        ]))
    );
    // An entered zero is an answer, not a gap.
    c.stages.push((Stage::OriginTerminal, Some(Frac::ZERO)));
    assert_eq!(total(&c, Incoterm::Fob), dec!(10300));
}

// ---- the whole quote ----

/// The seed order: 3.250 pairs for Rp602.000.000 at 16.244 IDR/USD, EXW, nothing else.
fn seed() -> Document {
    let mut doc = Document::empty();
    doc.article.order_pairs = 3250;
    doc.fx = vec![rate(1, USD, IDR, "16244")];
    doc.one_off = vec![OneOffCost { id: 2, name: "Order".into(), amount: dec!(602000000), currency: IDR }];
    doc.terms.incoterm = Incoterm::Exw;
    doc.terms.quote_currency = USD;
    doc
}

#[test]
fn seed_case_busan_3250_pairs_rounds_once_and_shows_the_difference() {
    // Rp602.000.000 ÷ 16.244 ÷ 3.250 = USD 11,40302… per pair → quoted USD 11,40;
    // 11,40 × 3.250 = USD 37.050,00, while the costs add up to USD 37.059,84: −9,84 from rounding.
    let q = quote(&seed());
    assert!(q.issues.is_empty(), "{:?}", q.issues);
    let t = &q.tiers[0];
    assert_eq!(t.unit_price, Some(usd("11.40")));
    assert_eq!(t.total, Some(usd("37050.00")));
    assert_eq!(t.exact_total, Some(usd("37059.84")));
    assert_eq!(t.rounding_difference(), Some(usd("-9.84")));

    // The public figure, USD 37.060 for 3.250 pairs, is USD 11,4030… a pair: quoted at 11,40 the
    // invoice is 37.050, USD 10 less.
    let mut in_usd = seed();
    in_usd.article.costing_currency = USD;
    in_usd.one_off[0] = OneOffCost { id: 2, name: "Order".into(), amount: dec!(37060), currency: USD };
    let t = quote(&in_usd).tiers[0].clone();
    assert_eq!(
        (t.unit_price, t.total, t.exact_total),
        (Some(usd("11.40")), Some(usd("37050.00")), Some(usd("37060.00")))
    );
    assert_eq!(t.rounding_difference(), Some(usd("-10.00")));
}

#[test]
fn rounding_follows_the_quote_currency() {
    let mut doc = seed();
    doc.fx.push(rate(3, KRW, IDR, "11.75"));
    doc.fx.push(rate(4, KWD, IDR, "53150"));
    // Per pair Rp185.230,769…; in KRW ÷ 11,75 = 15.764,32… → KRW 15.764 (no decimals)
    doc.terms.quote_currency = KRW;
    assert_eq!(quote(&doc).tiers[0].unit_price, Some(Money::new(dec!(15764), KRW)));
    // in KWD ÷ 53.150 = 3,48505… → KWD 3,485 (three decimals)
    doc.terms.quote_currency = KWD;
    assert_eq!(quote(&doc).tiers[0].unit_price, Some(Money::new(dec!(3.485), KWD)));
    // in IDR: whole rupiah, Rp185.231
    doc.terms.quote_currency = IDR;
    assert_eq!(quote(&doc).tiers[0].unit_price, Some(Money::new(dec!(185231), IDR)));
    // half-up vs half-even at a tie: USD 37.060,50 over 3.250 pairs… use 2 pairs of USD 0,125
    let mut tie = Document::empty();
    tie.article.costing_currency = USD;
    tie.article.order_pairs = 2;
    tie.one_off = vec![OneOffCost { id: 1, name: "x".into(), amount: dec!(0.25), currency: USD }];
    tie.terms.incoterm = Incoterm::Exw;
    assert_eq!(quote(&tie).tiers[0].unit_price, Some(usd("0.13")));
    tie.terms.rounding = Rounding::HalfEven;
    assert_eq!(quote(&tie).tiers[0].unit_price, Some(usd("0.12")));
}

#[test]
fn the_fx_buffer_raises_the_quoted_price() {
    // Rp185.230,769 per pair ÷ 16.244 = USD 11,40303 ÷ (1 − 2 %) = USD 11,63574 → 11,64
    let mut doc = seed();
    doc.terms.fx_buffer_pct = dec!(2);
    let q = quote(&doc);
    assert_eq!(q.tiers[0].unit_price, Some(usd("11.64")));
    let r = q.rate.unwrap();
    assert_eq!((r.base, r.quote, r.rate, r.buffer_pct), (USD, IDR, dec!(16244), dec!(2)));
}

#[test]
fn tiers_spread_one_off_costs_and_freight_differently() {
    // Materials Rp100.000/pair; one-off Rp10.000.000; a 20' container at USD 1.500 per container.
    // 1.000 pairs: 100.000 + 10.000 = Rp110.000 EXW/pair; freight 1 × 1.500 × 16.000 = Rp24.000.000 → Rp24.000/pair
    //   CFR per pair 134.000 ÷ 16.000 = USD 8,375 → 8,38 (half-up)
    // 3.250 pairs: 100.000 + 3.076,92… + 24.000.000/3.250 = 7.384,61… → 110.461,53… ÷ 16.000 = USD 6,9038… → 6,90
    // 5.000 pairs: 418 cartons = 35,112 m³ → 2 containers: 100.000 + 2.000 + 48.000.000/5.000 = 9.600 → 111.600 ÷ 16.000 = 6,975 → 6,98
    let mut doc = Document::empty();
    doc.article.order_pairs = 3250;
    doc.fx = vec![rate(1, USD, IDR, "16000")];
    doc.materials = vec![line(2, Section::Upper, Unit::Pair, "1", "0", "100000", Unit::Pair, IDR)];
    doc.one_off = vec![OneOffCost { id: 3, name: "Cetakan".into(), amount: dec!(10000000), currency: IDR }];
    let line = |id, stage, basis, amount: &str, currency| ExportCost {
        id,
        stage,
        name: String::new(),
        basis,
        amount: d(amount),
        currency,
        minimum: None,
        example: false,
    };
    doc.export_costs = vec![
        line(4, Stage::ExportClearance, Basis::PerShipment, "0", IDR),
        line(5, Stage::InlandHaulage, Basis::PerShipment, "0", IDR),
        line(6, Stage::OriginTerminal, Basis::PerShipment, "0", IDR),
        line(7, Stage::MainCarriage, Basis::PerContainer, "1500", USD),
    ];
    doc.terms.incoterm = Incoterm::Cfr;
    doc.terms.tiers = vec![5000, 1000, 3250];
    doc.terms.moq = 2000;
    let q = quote(&doc);
    let rows: Vec<(u32, bool, Option<Money>)> = q.tiers.iter().map(|t| (t.pairs, t.below_moq, t.unit_price)).collect();
    assert_eq!(
        rows,
        vec![(3250, false, Some(usd("6.90"))), (1000, true, Some(usd("8.38"))), (5000, false, Some(usd("6.98")))]
    );
    assert_eq!(q.tiers[2].shipment.unwrap().load.unwrap().containers, 2);
    assert!(q.issues.contains(&QuoteIssue::BelowMoq { pairs: 1000, moq: 2000 }));
    // Per-container freight under LCL is refused: the stage is named as missing, its price is
    // only provisional (the stage counted as zero, as if its line cost nothing) and not sendable.
    doc.shipping.mode = Mode::SeaLcl;
    let q = quote(&doc);
    assert!(q.issues.contains(&QuoteIssue::ExportLine {
        id: 7,
        stage: Stage::MainCarriage,
        problem: LineProblem::NotForMode { basis: Basis::PerContainer, mode: Mode::SeaLcl }
    }));
    assert!(q.issues.contains(&QuoteIssue::CountedAsZero(Missing::Stage(Stage::MainCarriage))));
    let counted = q.tiers[0].price.clone().and_then(Result::ok).map(|b| b.counted_as_zero);
    assert_eq!(counted, Some(vec![Missing::Stage(Stage::MainCarriage)]));
    assert!(!q.is_ready());
    let mut free = doc.clone();
    free.export_costs
        .iter_mut()
        .filter(|c| c.id == 7)
        .for_each(|c| (c.amount, c.basis) = (dec!(0), Basis::PerShipment));
    let free = quote(&free);
    assert!(free.is_ready());
    assert_eq!(q.tiers[0].unit_price, free.tiers[0].unit_price);
    let _ = ContainerType::Gp20;
}

#[test]
fn side_by_side_lists_every_term_priced_or_what_it_lacks() {
    let mut doc = seed();
    doc.export_costs = vec![ExportCost {
        id: 9,
        stage: Stage::ExportClearance,
        name: "PEB".into(),
        basis: Basis::PerShipment,
        amount: dec!(1625000),
        currency: IDR,
        example: false,
        minimum: None,
    }];
    let q = quote(&doc);
    assert_eq!(q.side_by_side.len(), 11);
    let get = |t: Incoterm| q.side_by_side.iter().find(|(x, _)| *x == t).unwrap().1.clone();
    // FCA: + Rp1.625.000 ÷ 3.250 = Rp500/pair → (185.230,769 + 500) ÷ 16.244 = USD 11,4338…
    assert_eq!(get(Incoterm::Fca).unwrap().round_to(4, Rounding::HalfUp).amount(), dec!(11.4338));
    assert_eq!(
        get(Incoterm::Fob),
        Err(TermError::Missing(vec![Missing::Stage(Stage::InlandHaulage), Missing::Stage(Stage::OriginTerminal)]))
    );
}

#[test]
fn a_target_price_shows_the_margin_left_and_the_materials_budget() {
    // Cost: materials Rp100.000 + labour piece rate Rp20.000 + overhead Rp10.000 = Rp130.000/pair.
    // FOB costs Rp3.250.000 per shipment = Rp1.000/pair for 3.250 pairs; commission 5 %.
    // Buyer's target FOB USD 10,00 at 16.000 = Rp160.000 → before commission × 0,95 = 152.000
    // → ex-factory 152.000 − 1.000 = Rp151.000/pair: markup 151/130 − 1 = 16,15 %, margin 13,91 %.
    // At the sheet's 25 % markup the cost may be 151.000 ÷ 1,25 = 120.800 → materials 120.800 − 30.000 = 90.800.
    let mut doc = Document::empty();
    doc.article.order_pairs = 3250;
    doc.fx = vec![rate(1, USD, IDR, "16000")];
    doc.materials = vec![line(2, Section::Upper, Unit::Pair, "1", "0", "100000", Unit::Pair, IDR)];
    doc.labour.method = LabourMethod::PieceRate;
    doc.labour.piece_rates =
        vec![PieceRate { id: 3, name: "Borongan".into(), rate: dec!(20000), per: PiecePer::Pair, step: None }];
    doc.overhead = Overhead {
        method: OverheadMethod::PerMonth,
        monthly_overhead: dec!(60000000),
        monthly_output_pairs: dec!(6000),
        percent_of_prime: dec!(0),
    };
    let line = crate::shipment_cost;
    doc.export_costs = vec![
        line(4, Stage::ExportClearance, "1250000"),
        line(5, Stage::InlandHaulage, "1000000"),
        line(6, Stage::OriginTerminal, "1000000"),
    ];
    doc.terms.commission_pct = dec!(5);
    doc.terms.profit = Profit { basis: ProfitBasis::MarkupOnCost, pct: dec!(25) };
    doc.terms.target = Some(TargetPrice { amount: dec!(10), currency: USD, incoterm: Incoterm::Fob });
    let t = quote(&doc).target.unwrap().unwrap();
    assert_eq!(t.target_in_costing, Money::new(dec!(160000), IDR));
    assert_eq!(t.ex_factory_per_pair.amount().round_dp(6), dec!(151000));
    assert_eq!(t.markup_left.unwrap().round_dp(4), dec!(0.1615));
    assert_eq!(t.margin_left.unwrap().round_dp(4), dec!(0.1391));
    assert_eq!(t.max_materials_per_pair.unwrap().amount().round_dp(6), dec!(90800));
    // And forwards: at 25 % markup the FOB price is (162.500 + 1.000) ÷ 0,95 ÷ 16.000 = USD 10,7566 → 10,76
    assert_eq!(quote(&doc).tiers[0].unit_price, Some(usd("10.76")));
}

#[test]
fn air_shipments_are_warned_off_sea_terms_and_sizes_must_add_up() {
    let mut doc = seed();
    doc.shipping.mode = Mode::Air;
    doc.terms.incoterm = Incoterm::Fob;
    doc.sizes.sizes = vec![size(1, "40", 250, 1000), size(2, "41", 255, 2000)];
    doc.sizes.assortment = Assortment::PairsPerSize;
    let q = quote(&doc);
    assert!(q.issues.contains(&QuoteIssue::SeaTermByAir { term: Incoterm::Fob }));
    assert!(q.issues.contains(&QuoteIssue::AssortmentMismatch { assortment: 3000, order: 3250 }));
}

#[test]
fn busan_example_quotes_fob_and_cif_in_usd() {
    // HPP Rp162.565,5758 × 1,12 markup = Rp182.073,4449 ex-factory.
    // FOB costs for one 20' container: PEB/PPJK 1.500.000 + SKA 250.000 + truck 3.500.000
    //   + THC 1.950.000 + B/L USD 75 × 16.244 = 1.218.300 → Rp8.418.300 ÷ 3.250 = Rp2.590,2462/pair.
    // FOB = 184.663,6910 ÷ 16.244 ÷ (1 − 1 % buffer) = USD 11,4829… → USD 11,48; × 3.250 = USD 37.310,00
    // (the unrounded costs add up to USD 37.319,58).
    let doc = tapak::model::explain::examples::sneaker_busan();
    let q = quote(&doc);
    assert!(q.issues.is_empty(), "{:?}", q.issues);
    let t = &q.tiers[0];
    assert_eq!(t.unit_price, Some(usd("11.48")));
    assert_eq!(t.total, Some(usd("37310.00")));
    assert_eq!(t.exact_total, Some(usd("37319.58")));
    let ship = t.shipment.unwrap();
    assert_eq!((ship.plan.cartons, ship.load.unwrap().containers), (271, 1));
    // The parts of the price per pair add up to the exact unit price.
    let parts: Decimal = t.parts_per_pair.iter().map(|(_, m)| m.amount()).sum();
    assert_eq!(parts.round_dp(12), t.unit_exact.unwrap().amount().round_dp(12));
    // CIF Busan adds USD 900 freight per container and 0,3 % premium on 110 %:
    // (182.073,4449 + 2.590,2462 + 4.498,3385) ÷ 0,9967 ÷ 16.244 ÷ 0,99 = USD 11,8016 → 11,80
    assert_eq!(doc.terms.named_place(Incoterm::Fob), "Tanjung Perak, Surabaya");
    assert_eq!(doc.terms.named_place(Incoterm::Cif), "Busan");
    // EXW and FCA name the seller's place, not the port (Incoterms 2020).
    assert_eq!(doc.terms.named_place(Incoterm::Exw), "Mojokerto");
    assert_eq!(doc.terms.named_place(Incoterm::Fca), "Mojokerto");
    assert_eq!(doc.terms.named_place(Incoterm::Fas), "Tanjung Perak, Surabaya");
    assert_eq!(doc.terms.named_place(Incoterm::Dap), "Busan");
    let cif = q.side_by_side.iter().find(|(term, _)| *term == Incoterm::Cif).unwrap().1.clone().unwrap();
    assert_eq!(cif.round_to(4, Rounding::HalfUp).amount(), dec!(11.8016));
    // DDP needs the duty and import tax rates, which the example leaves to the user.
    let ddp = q.side_by_side.iter().find(|(term, _)| *term == Incoterm::Ddp).unwrap().1.clone();
    assert_eq!(
        ddp,
        Err(TermError::Missing(vec![
            Missing::Stage(Stage::ImportClearance),
            Missing::DutyRate,
            Missing::ImportTaxRate
        ]))
    );
    // Tiers 2.000 and 5.000 pairs are quoted too: 5.000 pairs are 417 cartons × 0,084 = 35,03 m³,
    // more than the 26,8 m³ of one 20' container → two containers.
    assert_eq!(q.tiers.iter().map(|t| t.pairs).collect::<Vec<_>>(), vec![3250, 2000, 5000]);
    assert_eq!(q.tiers[2].shipment.unwrap().load.unwrap().containers, 2);
}

// ---- the commercial price step ----

#[test]
fn a_price_step_rounds_the_unit_price_once_to_the_nearest_or_up_in_usd() {
    // USD 11,40302… a pair (the seed). To 0,05: 11,40302 ÷ 0,05 = 228,06 → nearest 228 = 11,40,
    // up 229 = 11,45. To 0,10: 114,03 → nearest 11,40, up 11,50. No step, up: 1.140,30 → 11,41.
    let cases = [
        (Some("0.05"), false, "11.40"),
        (Some("0.05"), true, "11.45"),
        (Some("0.10"), false, "11.40"),
        (Some("0.10"), true, "11.50"),
        (None, true, "11.41"),
        (Some("0"), false, "11.40"),
    ];
    for (step, up, want) in cases {
        let mut doc = seed();
        doc.terms.price_step = step.map(d);
        doc.terms.step_up = up;
        let q = quote(&doc);
        let t = &q.tiers[0];
        assert_eq!(t.unit_price, Some(usd(want)), "step {step:?}, up {up}");
        // Everything on the quote follows the stepped price; the exact one stays for the seller.
        assert_eq!(t.total, t.unit_price.and_then(|p| p.times(d("3250")).ok()));
        assert_eq!(t.exact_total, Some(usd("37059.84")));
        let exw = q.side_by_side.iter().find(|(term, _)| *term == Incoterm::Exw).unwrap().1.clone().unwrap();
        assert_eq!(q.quoted(exw), usd(want), "the side-by-side list steps the same way");
    }
    // 0,05 up: 11,45 × 3.250 = USD 37.212,50, USD 152,66 above what the costs add up to.
    let mut doc = seed();
    doc.terms.price_step = Some(d("0.05"));
    doc.terms.step_up = true;
    let t = quote(&doc).tiers[0].clone();
    assert_eq!((t.total, t.rounding_difference()), (Some(usd("37212.50")), Some(usd("152.66"))));
}

#[test]
fn a_price_step_in_rupiah_and_a_step_finer_than_a_rupiah() {
    // Rp185.230,769… a pair. To 500: 370,46 → nearest 370 = Rp185.000, up 371 = Rp185.500.
    // To 1.000: nearest Rp185.000, up Rp186.000. To 100, up: 1.852,3 → Rp185.300.
    // To 0,05 (a step no rupiah price can keep): 185.230,75 or ,80, then whole rupiah: Rp185.231,
    // and the quote is held back until the step is a whole number of rupiah.
    let idr = |s: &str| Money::new(d(s), IDR);
    for (step, up, want) in [
        ("500", false, "185000"),
        ("500", true, "185500"),
        ("1000", false, "185000"),
        ("1000", true, "186000"),
        ("100", true, "185300"),
        ("0.05", false, "185231"),
        ("0.05", true, "185231"),
    ] {
        let mut doc = seed();
        doc.terms.quote_currency = IDR;
        doc.terms.price_step = Some(d(step));
        doc.terms.step_up = up;
        let q = quote(&doc);
        assert_eq!(q.tiers[0].unit_price, Some(idr(want)), "step {step}, up {up}");
        assert_eq!(q.issues.contains(&QuoteIssue::StepTooFine), step == "0.05", "step {step}");
        assert_eq!(q.is_ready(), step != "0.05");
    }
    // A step above the price would quote nothing (nearest) or the step itself (up): held back.
    let mut doc = seed();
    doc.terms.price_step = Some(d("500"));
    let q = quote(&doc);
    assert_eq!(q.tiers[0].unit_price, Some(usd("0.00")));
    assert!(q.issues.contains(&QuoteIssue::StepTooLarge) && !q.is_ready());
    // A new quote currency starts without a step: 500 was rupiah, not dollars.
    let mut doc = seed();
    doc.terms.quote_currency = IDR;
    doc.terms.price_step = Some(d("500"));
    assert!(
        doc.apply(tapak::model::sheet::edit::Edit::Terms(tapak::model::sheet::edit::TermsField::QuoteCurrency(USD)))
    );
    assert_eq!(doc.terms.price_step, None);
}

#[test]
fn a_price_step_is_held_to_its_rule_at_every_door() {
    use tapak::model::rules::{validate, At, Fault, Num, RuleError};
    let mut doc = seed();
    doc.terms.price_step = Some(d("-0.05"));
    assert_eq!(
        validate(&doc).into_iter().map(|p| (p.at, p.fault)).collect::<Vec<_>>(),
        vec![(At::Terms, Fault::Number(Num::PriceStep, RuleError::Negative))]
    );
    doc.terms.price_step = Some(d("2000000"));
    assert!(matches!(validate(&doc)[0].fault, Fault::Number(Num::PriceStep, RuleError::AboveMax(_))));
}

// ---- the deal's own costs ----

#[test]
fn the_deals_own_costs_fall_under_every_term_exw_too() {
    // An L/C advising fee and a document courier, Rp1.625.000 for the shipment: Rp500 a pair.
    // EXW: (Rp185.230,769 + 500) ÷ 16.244 = USD 11,43380… → 11,43 (without it 11,40).
    let mut doc = seed();
    let line = |stage| ExportCost {
        id: 5,
        stage,
        name: "L/C advising + courier".into(),
        basis: Basis::PerShipment,
        amount: dec!(1625000),
        example: false,
        currency: IDR,
        minimum: None,
    };
    doc.export_costs = vec![line(Stage::Deal)];
    assert_eq!(quote(&doc).tiers[0].unit_price, Some(usd("11.43")));
    // Filed under export clearance it is an F-term cost: EXW leaves it out.
    doc.export_costs = vec![line(Stage::ExportClearance)];
    assert_eq!(quote(&doc).tiers[0].unit_price, Some(usd("11.40")));
    // FOB still asks for its own stages; the deal's stage is never required.
    doc.terms.incoterm = Incoterm::Fob;
    doc.export_costs = vec![line(Stage::Deal)];
    let q = quote(&doc);
    let Some(Ok(provisional)) = q.tiers[0].price.clone() else { panic!("{:?}", q.tiers[0].price) };
    assert!(!q.is_ready());
    assert_eq!(
        provisional.counted_as_zero,
        vec![
            Missing::Stage(Stage::ExportClearance),
            Missing::Stage(Stage::InlandHaulage),
            Missing::Stage(Stage::OriginTerminal)
        ]
    );
    for s in Incoterm::ALL {
        assert!(s.stages().contains(&Stage::Deal) && !s.required().any(|r| r == Stage::Deal), "{s:?}");
    }
}

/// The terms card shows only what the chosen term uses: insurance under CIF (and the D-terms
/// that insure the CIF value), ICC (A) under CIP, duty and import taxes under DDP; a plain FOB
/// quote shows none of them, unless one already holds a value (the all-terms table prices
/// with it, so it is never hidden).
#[test]
fn the_terms_card_asks_only_for_what_the_term_uses() {
    use tapak::model::base::incoterms::{Incoterm, TermInputs};
    let none = TermInputs::default();
    assert_eq!(Incoterm::Fob.inputs(), none);
    assert_eq!(Incoterm::Exw.inputs(), none);
    assert_eq!(Incoterm::Cfr.inputs(), none);
    assert_eq!(Incoterm::Cif.inputs(), TermInputs { insurance_c: true, ..none });
    assert_eq!(Incoterm::Cip.inputs(), TermInputs { insurance_a: true, ..none });
    assert_eq!(Incoterm::Ddp.inputs(), TermInputs { insurance_c: true, import_charges: true, ..none });
    let mut doc = tapak::model::sheet::document::Document::empty();
    doc.terms.incoterm = Incoterm::Fob;
    doc.terms.insurance_rate_pct = None;
    doc.terms.insurance_rate_a_pct = None;
    doc.terms.duty_pct = None;
    doc.terms.preferential_duty_pct = None;
    doc.terms.import_tax_pct = None;
    doc.terms.import_fee = None;
    assert_eq!(doc.terms.shown_inputs(), none);
    doc.terms.duty_pct = Some(rust_decimal::Decimal::from(12));
    assert_eq!(doc.terms.shown_inputs(), TermInputs { import_charges: true, ..none }, "a duty entered stays in view");
    // The import fee on value is the USA's: under DDP it is asked for a US buyer only.
    use tapak::model::base::country::Country;
    doc.terms.duty_pct = None;
    doc.terms.incoterm = Incoterm::Ddp;
    let ddp = TermInputs { insurance_c: true, import_charges: true, ..none };
    assert_eq!(doc.terms.shown_inputs(), ddp);
    doc.terms.destination_country = Some(Country::CL);
    assert_eq!(doc.terms.shown_inputs(), ddp);
    doc.terms.destination_country = Some(Country::US);
    assert_eq!(doc.terms.shown_inputs(), TermInputs { import_fee: true, ..ddp });
}

/// The certificate of origin's sample line follows the buyer's country (IC-CEPA for Chile, a
/// non-preferential one for the USA, every form named while no country is chosen), and every
/// sample is an example: priced, but not sendable until changed or kept.
#[test]
fn sample_lines_follow_the_destination_and_stay_examples_until_kept() {
    use tapak::model::base::country::Country;
    use tapak::model::export::paperwork::{self, Distance};
    use tapak::model::sheet::edit::{Edit, ExportCostField};
    let ska = |c| paperwork::lines(c)[1].name.clone();
    assert_eq!(ska(Some(Country::CL)), "SKA/COO IC-CEPA (CL)");
    assert_eq!(ska(Some(Country::KR)), "SKA/COO AKFTA Form AK / IK-CEPA (KR)");
    assert_eq!(ska(Some(Country::US)), "SKA/COO non-preferensi (bila diminta pembeli)");
    assert!(ska(None).contains("IC-CEPA Chile"));
    // FOB from Mojokerto, one 20' container, every FOB stage from samples.
    let mut doc = seed();
    doc.terms.incoterm = Incoterm::Fob;
    for stage in [Stage::ExportClearance, Stage::InlandHaulage, Stage::OriginTerminal] {
        assert!(doc.apply(Edit::AddLines(
            paperwork::samples(stage, Mode::SeaFcl, Distance::Near, Some(Country::CL)),
            Vec::new()
        )));
    }
    assert_eq!(doc.export_costs.len(), 5);
    let q = quote(&doc);
    assert!(!q.is_ready());
    assert_eq!(q.blockers().len(), 5, "{:?}", q.blockers());
    assert!(q.blockers().iter().all(|b| matches!(b, QuoteIssue::ExampleLine { .. })));
    // PEB 1.500.000 + SKA 250.000 + truck 3.000.000 + THC 2.000.000 + B/L 750.000 =
    // Rp7.500.000 for 3.250 pairs: (185.230,769… + 2.307,692…) ÷ 16.244 = USD 11,545… → 11,55.
    assert_eq!(q.tiers[0].unit_price, Some(usd("11.55")));
    // Typing another amount makes a line the user's own; "Keep this figure" does the same.
    let ids: Vec<u32> = doc.export_costs.iter().map(|c| c.id).collect();
    assert!(doc.apply(Edit::ExportCost(ids[2], ExportCostField::Amount(dec!(8000000)))));
    for id in ids {
        doc.apply(Edit::ExportCost(id, ExportCostField::Confirm));
    }
    assert!(!doc.apply(Edit::ExportCost(doc.export_costs[0].id, ExportCostField::Confirm)), "already kept");
    let q = quote(&doc);
    assert!(q.is_ready(), "{:?}", q.blockers());
    // Trucking at Rp8.000.000 makes Rp12.500.000: (185.230,769… + 3.846,153…) ÷ 16.244 = 11,6398… → 11,64.
    assert_eq!(q.tiers[0].unit_price, Some(usd("11.64")));
}

// ---- a provisional price before the export costs are known ----

/// A first-timer's FOB before any export cost: every FOB stage counts as zero, named, so the
/// price shows from the first minute; it is provisional and cannot be sent.
#[test]
fn a_term_without_its_export_costs_has_a_provisional_price_that_names_them() {
    // Rp602.000.000 ÷ 16.244 ÷ 3.250 = USD 11,40302…: with clearance, haulage and the origin
    // terminal at zero, FOB is the ex-works price, USD 11,40.
    let mut doc = seed();
    doc.terms.incoterm = Incoterm::Fob;
    let q = quote(&doc);
    assert_eq!(q.tiers[0].unit_price, Some(usd("11.40")));
    let stages = [Stage::ExportClearance, Stage::InlandHaulage, Stage::OriginTerminal];
    let zero = stages.map(Missing::Stage);
    assert_eq!(q.blockers(), zero.map(QuoteIssue::CountedAsZero).to_vec());
    assert!(!q.is_ready());
    // The build-up shows each missing stage at zero, so the parts still add up to the price.
    let parts: Vec<_> = q.tiers[0].parts_per_pair.iter().map(|(c, m)| (*c, m.amount())).collect();
    assert_eq!(parts[1..], stages.map(|s| (Component::Stage(s), dec!(0)))[..]);
    // The all-terms table stays strict: FOB there says what it lacks.
    let fob = q.side_by_side.iter().find(|(t, _)| *t == Incoterm::Fob).map(|(_, r)| r.clone());
    assert_eq!(fob, Some(Err(TermError::Missing(zero.to_vec()))));
    // A line for each stage, even of zero, makes it a price to send: Rp1.625.000 of clearance
    // for the shipment is Rp500 a pair, USD 11,43380… → 11,43.
    doc.export_costs = vec![
        line_at(5, Stage::ExportClearance, dec!(1625000)),
        line_at(6, Stage::InlandHaulage, dec!(0)),
        line_at(7, Stage::OriginTerminal, dec!(0)),
    ];
    let q = quote(&doc);
    assert!(q.is_ready(), "{:?}", q.blockers());
    assert_eq!(q.tiers[0].unit_price, Some(usd("11.43")));
}

/// A missing insurance rate counts as zero the same way, and is named: CIF with its stages
/// entered but no premium rate is the CFR price, provisional.
#[test]
fn a_missing_premium_rate_counts_as_zero_and_is_named() {
    let mut doc = seed();
    doc.export_costs = [Stage::ExportClearance, Stage::InlandHaulage, Stage::OriginTerminal, Stage::MainCarriage]
        .into_iter()
        .zip(5..)
        .map(|(s, id)| line_at(id, s, dec!(0)))
        .collect();
    doc.terms.incoterm = Incoterm::Cfr;
    let cfr = quote(&doc);
    assert!(cfr.is_ready());
    doc.terms.incoterm = Incoterm::Cif;
    doc.terms.insurance_rate_pct = None;
    let cif = quote(&doc);
    assert_eq!(cif.blockers(), vec![QuoteIssue::CountedAsZero(Missing::InsuranceRate)]);
    assert_eq!(cif.tiers[0].unit_price, cfr.tiers[0].unit_price);
    assert!(cif.counts_as_zero(Component::Insurance) && !cif.counts_as_zero(Component::Stage(Stage::MainCarriage)));
    // DDP without its rates: duty and import taxes at zero, each marked in the build-up.
    doc.terms.incoterm = Incoterm::Ddp;
    doc.terms.insurance_rate_pct = Some(dec!(0.5));
    doc.export_costs.extend(
        [Stage::DestinationCharges, Stage::ImportClearance].into_iter().zip(9..).map(|(s, id)| line_at(id, s, dec!(0))),
    );
    let ddp = quote(&doc);
    let zero = [Missing::DutyRate, Missing::ImportTaxRate].map(QuoteIssue::CountedAsZero);
    assert_eq!(ddp.blockers(), zero.to_vec());
    assert!(ddp.counts_as_zero(Component::ImportDuty) && ddp.counts_as_zero(Component::ImportTaxes));
    assert!(!ddp.counts_as_zero(Component::Insurance));
}

fn line_at(id: u32, stage: Stage, amount: Decimal) -> ExportCost {
    ExportCost {
        id,
        stage,
        name: format!("{stage:?}"),
        basis: Basis::PerShipment,
        example: false,
        amount,
        currency: IDR,
        minimum: None,
    }
}

/// "Lembar baru" starts with Tapak's carton and container, marked as examples: the quote is not
/// sendable until the user enters a size or keeps them; the mode or the LCL minimum do not count.
#[test]
fn a_new_sheets_carton_is_an_example_until_changed_or_kept() {
    use tapak::model::sheet::edit::{Edit, ShippingField};
    let mut doc = Document::new_sheet();
    doc.article.order_pairs = 3250;
    doc.fx = vec![rate(1, USD, IDR, "16244")];
    doc.one_off = vec![OneOffCost { id: 2, name: "Order".into(), amount: dec!(602000000), currency: IDR }];
    doc.terms.incoterm = Incoterm::Exw;
    assert_eq!(quote(&doc).blockers(), vec![QuoteIssue::ExamplePacking]);
    assert!(doc.apply(Edit::Shipping(ShippingField::Mode(Mode::SeaLcl))));
    assert!(doc.shipping.example, "the mode is not the carton");
    let mut kept = doc.clone();
    assert!(kept.apply(Edit::Shipping(ShippingField::Confirm)));
    assert!(quote(&kept).is_ready());
    assert!(doc.apply(Edit::Shipping(ShippingField::GrossKg(dec!(8.5)))));
    assert!(quote(&doc).is_ready());
    // An empty sheet (and every file read) has no example flag unless it says so.
    assert!(!Document::empty().shipping.example);
}
