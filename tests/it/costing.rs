//! The cost sheet, checked against figures worked by hand.

use crate::{d, line, rate};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use tapak::model::base::currency::Currency::*;
use tapak::model::base::fx::ExchangeRate;
use tapak::model::base::money::{Money, Rounding};
use tapak::model::base::units::Unit;
use tapak::model::cost::compute::{compute, Breakdown, Category, Issue, Place};
use tapak::model::cost::costing;
use tapak::model::explain::examples::sneaker_busan;
use tapak::model::sheet::document::*;

/// An IDR sheet with nothing but the given materials and rates.
fn sheet(materials: Vec<MaterialLine>, fx: Vec<ExchangeRate>) -> Document {
    let mut doc = Document::empty();
    doc.materials = materials;
    doc.fx = fx;
    doc.display_currency = IDR;
    doc
}

fn idr(amount: Decimal) -> Money {
    Money::new(amount, IDR)
}

/// Rounds to `dp` places half-up, for comparing figures that repeat forever.
fn r(m: Money, dp: u32) -> Decimal {
    m.round_to(dp, Rounding::HalfUp).amount()
}

fn line_cost(b: &Breakdown, id: u32) -> Money {
    b.line(id).and_then(|l| l.per_pair).expect("line costed")
}

#[test]
fn waste_allowance_is_added_on_net_consumption() {
    // Upper leather: 2.4 sq ft × (1 + 8 %) × Rp38.000 = 2.592 × 38.000 = Rp98.496
    let b = compute(&sheet(vec![line(1, Section::Upper, Unit::SqFt, "2.4", "8", "38000", Unit::SqFt, IDR)], vec![]));
    assert_eq!(b.line(1).unwrap().gross_consumption, Some(dec!(2.592)));
    assert_eq!(line_cost(&b, 1), idr(dec!(98496)));
    assert_eq!(b.per_pair, idr(dec!(98496)));
}

#[test]
fn consumption_and_price_units_convert_exactly() {
    let b = compute(&sheet(
        vec![
            // Eyelets: 16 pcs × 1.02 = 16.32 pcs; Rp14.400 per gross of 144 → 16.32 × 14.400 ÷ 144 = Rp1.632
            line(1, Section::Accessories, Unit::Piece, "16", "2", "14400", Unit::Gross, IDR),
            // Leather counted in dm², priced per sq ft: 9.290304 dm² is exactly 1 sq ft → Rp38.000
            line(2, Section::Upper, Unit::Dm2, "9.290304", "0", "38000", Unit::SqFt, IDR),
            // Textile 1 yard priced per metre at Rp20.000: 0.9144 × 20.000 = Rp18.288
            line(3, Section::Lining, Unit::Yard, "1", "0", "20000", Unit::Metre, IDR),
            // Soles counted per pair, priced per kodi (20 pairs, as the trade means it) at
            // Rp10.000 → Rp500 a pair
            line(4, Section::Bottom, Unit::Pair, "1", "0", "10000", Unit::Kodi, IDR),
            // Labels counted in pieces, priced per kodi of loose pieces (20 pcs) at Rp10.000:
            // 2 pcs → Rp1.000
            line(5, Section::Accessories, Unit::Piece, "2", "0", "10000", Unit::KodiPcs, IDR),
        ],
        vec![],
    ));
    assert_eq!(line_cost(&b, 1), idr(dec!(1632)));
    assert_eq!(line_cost(&b, 2), idr(dec!(38000)));
    assert_eq!(line_cost(&b, 3), idr(dec!(18288)));
    assert_eq!(line_cost(&b, 4), idr(dec!(500)));
    assert_eq!(line_cost(&b, 5), idr(dec!(1000)));
}

#[test]
fn incompatible_units_are_reported_not_counted() {
    let b = compute(&sheet(
        vec![
            line(1, Section::Upper, Unit::SqFt, "2", "0", "1000", Unit::Kg, IDR),
            line(2, Section::Upper, Unit::Piece, "1", "0", "500", Unit::Piece, IDR),
        ],
        vec![],
    ));
    assert_eq!(b.line(1).unwrap().per_pair, None);
    assert!(b.issues.contains(&Issue::IncompatibleUnits { at: Place::Material(1) }));
    assert_eq!(b.per_pair, idr(dec!(500)));
    assert!(!b.is_complete());
}

#[test]
fn foreign_prices_convert_at_the_sheet_rate() {
    let b = compute(&sheet(
        vec![
            // 0.12 m × 1.10 × USD 4.20 = USD 0.5544 × 16.244 = Rp9.005,6736
            line(1, Section::Upper, Unit::Metre, "0.12", "10", "4.20", Unit::Metre, USD),
            // 1 pair × 1.02 × CNY 9.50 = CNY 9.69 × 2.265 = Rp21.947,85
            line(2, Section::Bottom, Unit::Pair, "1", "2", "9.50", Unit::Pair, CNY),
            // A rate entered the other way round: 1 IDR = 0.0125 JPY → JPY 100 ÷ 0.0125 = Rp8.000
            line(3, Section::Accessories, Unit::Piece, "1", "0", "100", Unit::Piece, JPY),
        ],
        vec![rate(10, USD, IDR, "16244"), rate(11, CNY, IDR, "2265"), rate(12, IDR, JPY, "0.0125")],
    ));
    assert_eq!(line_cost(&b, 1), idr(dec!(9005.6736)));
    assert_eq!(line_cost(&b, 2), idr(dec!(21947.85)));
    assert_eq!(line_cost(&b, 3), idr(dec!(8000)));
}

#[test]
fn a_missing_rate_names_the_line_and_keeps_the_rest() {
    let b = compute(&sheet(
        vec![
            line(1, Section::Bottom, Unit::Pair, "1", "0", "9.50", Unit::Pair, CNY),
            line(2, Section::Bottom, Unit::Pair, "1", "0", "4500", Unit::Pair, IDR),
        ],
        vec![],
    ));
    assert!(b.issues.contains(&Issue::MissingRate { from: CNY, to: IDR, at: Place::Material(1) }));
    assert_eq!(b.per_pair, idr(dec!(4500)));
}

#[test]
fn three_section_bom_adds_up_by_section() {
    let b = compute(&sheet(
        vec![
            line(1, Section::Upper, Unit::SqFt, "2.4", "8", "38000", Unit::SqFt, IDR), // 98.496
            line(2, Section::Upper, Unit::Metre, "0.1", "10", "30000", Unit::Metre, IDR), // 0.11 × 30.000 = 3.300
            line(3, Section::Lining, Unit::Metre, "0.15", "8", "22000", Unit::Metre, IDR), // 0.162 × 22.000 = 3.564
            line(4, Section::Bottom, Unit::Pair, "1", "2", "15000", Unit::Pair, IDR),  // 1.02 × 15.000 = 15.300
        ],
        vec![],
    ));
    let sub = |s: Section| b.sections.iter().find(|t| t.section == s).unwrap().per_pair;
    assert_eq!(sub(Section::Upper), idr(dec!(101796)));
    assert_eq!(sub(Section::Lining), idr(dec!(3564)));
    assert_eq!(sub(Section::Bottom), idr(dec!(15300)));
    assert_eq!(sub(Section::Packaging), idr(dec!(0)));
    // 101.796 + 3.564 + 15.300 = 120.660
    assert_eq!(b.category(Category::Materials).unwrap().per_pair, idr(dec!(120660)));
}

#[test]
fn labour_by_operation_follows_the_worked_example() {
    // Rp4.800.000 ÷ (25 days × 420 min × 80 %) = 4.800.000 ÷ 8.400 = Rp571,428571…/min
    let wage = WageBasis {
        monthly_wage: dec!(4800000),
        working_days: dec!(25),
        minutes_per_day: dec!(420),
        efficiency_pct: dec!(80),
    };
    let per_minute = costing::cost_per_minute(&wage).unwrap();
    assert_eq!(r(Money::new(per_minute.value().unwrap(), IDR), 7), dec!(571.4285714));
    // A 9-minute operation: Rp5.142,857…; rounding only at the end gives Rp5.142,86, not 9 × 571,43 = 5.142,87.
    let op = costing::operation_cost(dec!(9), per_minute).unwrap();
    assert_eq!(r(Money::new(op.value().unwrap(), IDR), 2), dec!(5142.86));

    let mut doc = sheet(vec![], vec![]);
    doc.labour.wage = wage;
    doc.labour.operations = vec![
        Operation { id: 1, name: "Jahit".into(), standard_minutes: dec!(9), step: None },
        Operation { id: 2, name: "Lasting".into(), standard_minutes: dec!(6), step: None },
    ];
    // 15 min × 571,428571… = Rp8.571,428571…
    let b = compute(&doc);
    assert_eq!(b.labour.standard_minutes, dec!(15));
    assert_eq!(r(b.category(Category::Labour).unwrap().per_pair, 4), dec!(8571.4286));
}

#[test]
fn labour_without_working_time_is_an_issue() {
    let mut doc = sheet(vec![], vec![]);
    doc.labour.wage.monthly_wage = dec!(4800000);
    doc.labour.wage.efficiency_pct = dec!(0);
    doc.labour.operations = vec![Operation { id: 1, name: "Jahit".into(), standard_minutes: dec!(9), step: None }];
    let b = compute(&doc);
    assert_eq!(b.issues, vec![Issue::NoWorkingTime]);
    assert_eq!(b.per_pair, idr(dec!(0)));
}

#[test]
fn piece_rates_per_kodi_and_dozen() {
    let mut doc = sheet(vec![], vec![]);
    doc.labour.method = LabourMethod::PieceRate;
    doc.labour.piece_rates = vec![
        // Rp50.000 per kodi (20 pairs) → Rp2.500/pair
        PieceRate { id: 1, name: "Jahit".into(), rate: dec!(50000), per: PiecePer::Kodi, step: None },
        // Rp42.000 per dozen (12 pairs) → Rp3.500/pair
        PieceRate { id: 2, name: "Pasang sol".into(), rate: dec!(42000), per: PiecePer::Dozen, step: None },
        // Rp1.000 per pair
        PieceRate { id: 3, name: "Finishing".into(), rate: dec!(1000), per: PiecePer::Pair, step: None },
    ];
    // The operations list is kept but not counted while piece rates are chosen.
    doc.labour.wage.monthly_wage = dec!(4800000);
    doc.labour.operations = vec![Operation { id: 4, name: "Potong".into(), standard_minutes: dec!(100), step: None }];
    let b = compute(&doc);
    assert_eq!(
        b.labour.piece_rates,
        vec![(1, Some(idr(dec!(2500)))), (2, Some(idr(dec!(3500)))), (3, Some(idr(dec!(1000))))]
    );
    assert_eq!(b.category(Category::Labour).unwrap().per_pair, idr(dec!(7000)));
}

#[test]
fn overhead_per_month_and_as_percent_of_prime_cost() {
    // Rp45.000.000 per month ÷ 6.000 pairs = Rp7.500/pair
    let mut doc = sheet(vec![line(1, Section::Bottom, Unit::Pair, "1", "0", "100000", Unit::Pair, IDR)], vec![]);
    doc.labour.method = LabourMethod::PieceRate;
    doc.labour.piece_rates =
        vec![PieceRate { id: 2, name: "Borongan".into(), rate: dec!(20000), per: PiecePer::Pair, step: None }];
    doc.overhead = Overhead {
        method: OverheadMethod::PerMonth,
        monthly_overhead: dec!(45000000),
        monthly_output_pairs: dec!(6000),
        percent_of_prime: dec!(15),
    };
    assert_eq!(compute(&doc).category(Category::Overhead).unwrap().per_pair, idr(dec!(7500)));

    // 15 % of prime cost (Rp100.000 materials + Rp20.000 labour) = Rp18.000
    doc.overhead.method = OverheadMethod::PercentOfPrime;
    let b = compute(&doc);
    assert_eq!(b.prime_cost, idr(dec!(120000)));
    assert_eq!(b.category(Category::Overhead).unwrap().per_pair, idr(dec!(18000)));
    assert_eq!(b.per_pair, idr(dec!(138000)));

    // Monthly overhead with no output is an issue, not a division by zero.
    doc.overhead.method = OverheadMethod::PerMonth;
    doc.overhead.monthly_output_pairs = dec!(0);
    assert!(compute(&doc).issues.contains(&Issue::NoMonthlyOutput));
}

#[test]
fn one_off_costs_are_spread_over_the_order() {
    let mut doc = sheet(vec![], vec![rate(1, CNY, IDR, "2265")]);
    doc.article.order_pairs = 3250;
    doc.one_off = vec![
        OneOffCost { id: 2, name: "Acuan".into(), amount: dec!(12000000), currency: IDR },
        // CNY 8.000 × 2.265 = Rp18.120.000
        OneOffCost { id: 3, name: "Cetakan sol".into(), amount: dec!(8000), currency: CNY },
        OneOffCost { id: 4, name: "Uji SNI".into(), amount: dec!(1500000), currency: IDR },
    ];
    // Rp31.620.000 ÷ 3.250 pairs = Rp9.729,230769…
    let b = compute(&doc);
    assert_eq!(b.one_off_total, idr(dec!(31620000)));
    let one_off = b.category(Category::OneOff).unwrap();
    assert_eq!(r(one_off.per_pair, 4), dec!(9729.2308));
    // The order carries the one-off total exactly, not per-pair × pairs re-multiplied.
    assert_eq!(one_off.per_order, idr(dec!(31620000)));

    doc.article.order_pairs = 0;
    assert!(compute(&doc).issues.contains(&Issue::NoOrderQuantity));
}

#[test]
fn busan_sneaker_example_adds_up() {
    let b = compute(&sneaker_busan());
    assert!(b.is_complete(), "{:?}", b.issues);
    // Materials, line by line (see src/model/examples.rs):
    // leather 1,6 × 1,08 × 38.000 = 65.664; microfiber USD 0,5544 × 16.244 = 9.005,6736;
    // lining 3.564; toe puff 1.854; counter 2.266; sole CNY 9,69 × 2.265 = 21.947,85; insole 4.590;
    // laces 1.200; eyelets 1.632; thread 378; glue 1.706,25; inner box 3.500; tissue 600
    // = Rp117.907,7736
    let materials = b.category(Category::Materials).unwrap();
    assert_eq!(materials.per_pair, idr(dec!(117907.7736)));
    // Labour: 48 standard minutes × 571,428571… = Rp27.428,571428…
    assert_eq!(r(b.category(Category::Labour).unwrap().per_pair, 2), dec!(27428.57));
    // Overhead 45.000.000 ÷ 6.000 = 7.500; one-off 31.620.000 ÷ 3.250 = 9.729,230769…
    assert_eq!(b.category(Category::Overhead).unwrap().per_pair, idr(dec!(7500)));
    // HPP = 117.907,7736 + 27.428,571429 + 7.500 + 9.729,230769 = Rp162.565,5758 → Rp162.566
    assert_eq!(r(b.per_pair, 4), dec!(162565.5758));
    assert_eq!(r(b.per_pair, 0), dec!(162566));
    // In USD: 162.565,5758 ÷ 16.244 = USD 10,0077… → USD 10.01
    assert_eq!(r(b.per_pair_display.unwrap(), 2), dec!(10.01));
    // Per order of 3.250 pairs: 162.565,575797… × 3.250 = Rp528.338.121,34
    assert_eq!(r(b.per_order, 2), dec!(528338121.34));
    // Shares add up to one.
    let shares: Decimal = b.categories.iter().filter_map(|c| c.share).sum();
    assert_eq!(shares.round_dp(10), dec!(1));
    // Materials are 117.907,7736 ÷ 162.565,5758 = 72,53 % of the cost.
    assert_eq!(materials.share.unwrap().round_dp(4), dec!(0.7253));
}

#[test]
fn display_currency_without_rate_is_an_issue() {
    let mut doc = sheet(vec![line(1, Section::Upper, Unit::Piece, "1", "0", "1000", Unit::Piece, IDR)], vec![]);
    doc.display_currency = KRW;
    let b = compute(&doc);
    assert_eq!(b.per_pair_display, None);
    assert_eq!(b.issues, vec![Issue::MissingRate { from: IDR, to: KRW, at: Place::DisplayCurrency }]);
}

#[test]
fn absurd_inputs_give_overflow_issues_not_panics() {
    let huge = "999999999999999";
    let mut doc = sheet(
        vec![
            line(1, Section::Upper, Unit::Gross, huge, "100", huge, Unit::Gram, IDR),
            line(2, Section::Upper, Unit::SqFt, huge, "0", huge, Unit::SqFt, USD),
        ],
        vec![rate(3, USD, IDR, huge)],
    );
    doc.article.order_pairs = u32::MAX;
    doc.overhead.method = OverheadMethod::PercentOfPrime;
    doc.overhead.percent_of_prime = d(huge);
    let b = compute(&doc);
    assert!(b.issues.iter().any(|i| matches!(i, Issue::Overflow { .. })), "{:?}", b.issues);
}
