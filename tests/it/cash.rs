//! The order's cash timeline: when money goes out and comes in, the peak cash the maker must
//! find, the rupiah-days of need and what financing them costs. Every figure worked by hand
//! (≈ marks a value compared after rounding to 2 places; amounts are kept at full precision).

use crate::d;
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use tapak::model::base::currency::Currency::{self, IDR};
use tapak::model::base::money::{Frac, Money, Rounding};
use tapak::model::export::cash::{
    financing_per_pair, kept, timeline, CashBar, CashError, Flow, Flows, Timeline, MAX_WEEKS,
};
use tapak::model::sheet::plans::{BalanceWhen, CashPlan};

fn rp(s: &str) -> Money {
    Money::new(d(s), IDR)
}

fn round2(x: Decimal) -> Decimal {
    Rounding::HalfUp.round(x, 2)
}

fn f(s: &str) -> Frac {
    Frac::from(d(s))
}

/// No flows at all; cases fill in what they need.
fn nothing() -> Flows {
    Flows {
        materials: Frac::ZERO,
        one_off: Frac::ZERO,
        making: Frac::ZERO,
        workshops: Frac::ZERO,
        shipping: Frac::ZERO,
        on_receipt: Frac::ZERO,
        invoice: Frac::ZERO,
    }
}

/// 2,000 pairs at Rp100.000: invoice Rp200.000.000; materials Rp90.000.000 paid on day 0;
/// making (labour + overhead) Rp40.000.000; shipping Rp8.000.000 on day 42.
fn order() -> Flows {
    Flows {
        materials: f("90000000"),
        making: f("40000000"),
        shipping: f("8000000"),
        invoice: f("200000000"),
        ..nothing()
    }
}

/// 30 % T/T deposit on day 7, shipment on day 42, 1 %/month.
fn tt(balance: BalanceWhen, balance_days: u32) -> CashPlan {
    CashPlan {
        deposit_pct: dec!(30),
        deposit_day: 7,
        balance,
        balance_days,
        lead_days: 42,
        materials_day: 0,
        monthly_rate_pct: Some(dec!(1)),
        ..CashPlan::default()
    }
}

fn run(plan: &CashPlan, flows: &Flows) -> Timeline {
    timeline(plan, flows, IDR).unwrap_or_else(|e| panic!("{e:?}"))
}

/// The events as (day, flow, amount ≈, balance ≈).
fn rows(t: &Timeline) -> Vec<(u32, Flow, Decimal, Decimal)> {
    t.events.iter().map(|e| (e.day, e.flow, round2(e.amount.amount()), round2(e.balance.amount()))).collect()
}

#[test]
fn a_30_70_order_paid_before_shipment() {
    let t = run(&tt(BalanceWhen::BeforeShipment, 0), &order());
    // Wages: ⌈(42 − 0) ÷ 7⌉ = 6 weekly instalments on days 7, 14, … 42, each 40.000.000 ÷ 6
    // = 6.666.666,66…; deposit 200.000.000 × 30 % = 60.000.000 on day 7; the balance
    // 200.000.000 − 60.000.000 = 140.000.000 on day 42. On day 7 the wages go out first.
    use Flow::*;
    assert_eq!(
        rows(&t),
        vec![
            (0, Materials, dec!(-90000000), dec!(-90000000)),
            (7, Making, dec!(-6666666.67), dec!(-96666666.67)),
            (7, Deposit, dec!(60000000), dec!(-36666666.67)),
            (14, Making, dec!(-6666666.67), dec!(-43333333.33)),
            (21, Making, dec!(-6666666.67), dec!(-50000000)),
            (28, Making, dec!(-6666666.67), dec!(-56666666.67)),
            (35, Making, dec!(-6666666.67), dec!(-63333333.33)),
            (42, Making, dec!(-6666666.67), dec!(-70000000)),
            (42, Shipping, dec!(-8000000), dec!(-78000000)),
            (42, Balance, dec!(140000000), dec!(62000000)),
        ]
    );
    // The six wages add back to exactly 40.000.000, and the last balance to exactly
    // 200 − 90 − 40 − 8 = 62 million.
    let wages: Decimal = t.events.iter().filter(|e| e.flow == Making).map(|e| e.amount.amount()).sum();
    assert_eq!(wages, dec!(-40000000));
    assert_eq!(t.ends_with, rp("62000000"));
    assert_eq!(t.events.last().map(|e| e.balance), Some(rp("62000000")));
    // Peak: 90.000.000 + 6.666.666,67 = 96.666.666,67 on day 7, before the deposit arrives.
    assert_eq!(round2(t.peak_need.amount()), dec!(96666666.67));
    assert_eq!(t.peak_day, Some(7));
    assert_eq!(t.last_payment_day, 42);
    // Need: 90.000.000 × 7 days + (36,67 + 43,33 + 50 + 56,67 + 63,33) million × 7 days
    //     = 630.000.000 + 250.000.000 × 7 = 2.380.000.000 rupiah-days (nothing after day 42).
    assert_eq!(round2(t.need_days), dec!(2380000000));
    // 2.380.000.000 × 1 % ÷ 30 = 793.333,33; over 2,000 pairs 396,67 a pair.
    assert_eq!(t.financing.map(|m| round2(m.amount())), Some(dec!(793333.33)));
    let per_pair = financing_per_pair(&t, 2000).and_then(|f| f.value().ok());
    assert_eq!(per_pair.map(round2), Some(dec!(396.67)));
    assert_eq!(financing_per_pair(&t, 0), None);
    // What the order leaves after every cost counts that financing (issue 27 #2: the card said
    // 62.000.000 beside it): 62.000.000 − 793.333,33 = 61.206.666,67; with the financing in
    // the price the buyer pays it, and the order keeps 62.000.000.
    let plan = tt(BalanceWhen::BeforeShipment, 0);
    assert_eq!(kept(&t, &plan).map(|m| round2(m.amount())), Ok(dec!(61206666.67)));
    assert_eq!(kept(&t, &CashPlan { in_price: true, ..plan }).map(|m| m.amount()), Ok(dec!(62000000)));
    // Ten years' lead time at 2 %/month (rupiah-days × 2 % ÷ 30 = 121.519.999,99…): the
    // interest outgrows the order, and the order is shown at a loss.
    let plan = CashPlan { lead_days: 3640, monthly_rate_pct: Some(dec!(2)), ..plan };
    let long = run(&plan, &order());
    let interest = long.financing.expect("a rate").amount();
    assert_eq!(round2(interest), dec!(121520000.00));
    assert_eq!(kept(&long, &plan).map(|m| m.amount()), Ok(long.ends_with.amount() - interest));
    assert!(kept(&long, &plan).unwrap().amount().is_sign_negative());
}

#[test]
fn the_balance_30_days_after_the_bill_of_lading() {
    let t = run(&tt(BalanceWhen::AfterBl, 30), &order());
    // Shipment on day 42, B/L the same day, balance on 42 + 30 = 72. Until day 42 as before;
    // then −78.000.000 for 30 days: 78.000.000 × 30 = 2.340.000.000 more rupiah-days.
    let last = t.events.last().copied().expect("events");
    assert_eq!((last.day, last.flow, last.amount, last.balance), (72, Flow::Balance, rp("140000000"), rp("62000000")));
    assert_eq!(t.last_payment_day, 72);
    assert_eq!((round2(t.peak_need.amount()), t.peak_day), (dec!(96666666.67), Some(7)));
    // 2.380.000.000 + 2.340.000.000 = 4.720.000.000; × 1 % ÷ 30 = 1.573.333,33
    assert_eq!(round2(t.need_days), dec!(4720000000));
    assert_eq!(t.financing.map(|m| round2(m.amount())), Some(dec!(1573333.33)));
    assert_eq!(t.ends_with, rp("62000000"));
}

#[test]
fn the_balance_against_documents() {
    let t = run(&tt(BalanceWhen::AgainstDocuments, 14), &order());
    // Documents paid 14 days after shipment: day 56; 78.000.000 × 14 = 1.092.000.000 more:
    // 3.472.000.000 rupiah-days; × 1 % ÷ 30 = 1.157.333,33.
    assert_eq!(t.last_payment_day, 56);
    assert_eq!(round2(t.need_days), dec!(3472000000));
    assert_eq!(t.financing.map(|m| round2(m.amount())), Some(dec!(1157333.33)));
    // Without a rate there is a need but no financing figure.
    let t = run(&CashPlan { monthly_rate_pct: None, ..tt(BalanceWhen::AgainstDocuments, 14) }, &order());
    assert_eq!((round2(t.need_days), t.financing), (dec!(3472000000), None));
    assert_eq!(financing_per_pair(&t, 2000), None);
}

#[test]
fn a_full_deposit_before_the_materials_needs_no_cash() {
    let plan = CashPlan { deposit_pct: dec!(100), deposit_day: 5, materials_day: 10, ..tt(BalanceWhen::AfterBl, 30) };
    let t = run(&plan, &order());
    // +200.000.000 on day 5. Wages from the order's day: ⌈42 ÷ 7⌉ = 6 of 6.666.666,67 on days
    // 7 … 42 (materials bought later do not hold them back): 193,33 million on day 7; the
    // materials −90.000.000 on day 10 → 103,33; then 96,67, 90, 83,33, 76,67 and 70 million;
    // shipping → 62 million. The balance is 0 and is left out, but it is still due on day 72.
    use Flow::*;
    let rows = rows(&t);
    assert_eq!(rows[0], (5, Deposit, dec!(200000000), dec!(200000000)));
    assert_eq!(rows[1], (7, Making, dec!(-6666666.67), dec!(193333333.33)));
    assert_eq!(rows[2], (10, Materials, dec!(-90000000), dec!(103333333.33)));
    assert_eq!(rows.last(), Some(&(42, Shipping, dec!(-8000000), dec!(62000000))));
    assert_eq!(rows.len(), 9);
    assert_eq!((t.peak_need, t.peak_day, t.need_days), (rp("0"), None, dec!(0)));
    assert_eq!(t.financing, Some(rp("0")));
    assert_eq!(t.last_payment_day, 72);
    // All above zero: the zero line is at the left edge and 200 million fills the scale;
    // 62 ÷ 200 = 310.
    assert_eq!(t.zero, 0);
    assert_eq!(t.chart.first().map(|b| (b.from, b.to)), Some((0, 1000)));
    assert_eq!(t.chart.last().map(|b| (b.day, b.from, b.to)), Some((42, 0, 310)));
}

#[test]
fn a_deposit_after_the_balance_day_is_financed_until_it_arrives() {
    // 100 % on open account, 90 days after the order; the goods ship on day 42. Costs: the
    // materials 90 million on day 0, wages 40 million (days 7 … 42), shipping 8 million:
    // 90 × 7 + (96,67 + 103,33 + 110 + 116,67 + 123,33) × 7 + 138 × (90 − 42) million
    // = 630 + 3.850 + 6.624 = 11.104.000.000 rupiah-days, paid off on day 90.
    let plan = CashPlan { deposit_pct: dec!(100), deposit_day: 90, ..tt(BalanceWhen::AfterBl, 14) };
    let t = run(&plan, &order());
    assert_eq!(t.last_payment_day, 90);
    assert_eq!(round2(t.need_days), dec!(11104000000));
    assert_eq!(t.peak_need, rp("138000000"));
    assert_eq!(t.ends_with, rp("62000000"));
}

#[test]
fn refused_plans() {
    let plan = tt(BalanceWhen::BeforeShipment, 0);
    assert_eq!(timeline(&CashPlan { lead_days: 0, ..plan.clone() }, &order(), IDR), Err(CashError::NoLeadTime));
    assert_eq!(
        timeline(&CashPlan { deposit_pct: dec!(100.01), ..plan.clone() }, &order(), IDR),
        Err(CashError::DepositAbove100)
    );
    // Lead time is checked first: an empty plan is "not entered", not a bad deposit.
    assert_eq!(
        timeline(&CashPlan { lead_days: 0, deposit_pct: dec!(150), ..plan.clone() }, &order(), IDR),
        Err(CashError::NoLeadTime)
    );
    assert!(timeline(&CashPlan { deposit_pct: dec!(100), ..plan }, &order(), IDR).is_ok());
}

#[test]
fn workshops_are_paid_before_shipment_but_not_before_the_materials() {
    let flows = Flows { workshops: f("5000000"), invoice: f("10000000"), ..nothing() };
    let day = |lead: u32, materials_day: u32, before: u32| {
        let plan =
            CashPlan { lead_days: lead, materials_day, workshops_before_shipment: before, ..CashPlan::default() };
        run(&plan, &flows).events.iter().find(|e| e.flow == Flow::Workshops).map(|e| e.day)
    };
    // 42 − 7 = 35; 10 − 7 = 3 but the materials are paid on day 5 → 5; 10 − 30 → 0 (not
    // before day 0); 10 − 0 = the shipment day itself.
    assert_eq!(day(42, 0, 7), Some(35));
    assert_eq!(day(10, 5, 7), Some(5));
    assert_eq!(day(10, 0, 30), Some(0));
    assert_eq!(day(10, 0, 0), Some(10));
}

#[test]
fn on_the_same_day_payments_go_out_before_receipts_come_in() {
    // Invoice 100; 50 % deposit and materials 60 both on day 0; commission and bank charges 5
    // and the balance 50 both on day 14 (shipment). The commission and bank charges are paid out
    // of the balance, so they follow it.
    let flows = Flows { materials: f("60"), on_receipt: f("5"), invoice: f("100"), ..nothing() };
    let plan = CashPlan { deposit_pct: dec!(50), deposit_day: 0, lead_days: 14, ..CashPlan::default() };
    let t = run(&plan, &flows);
    use Flow::*;
    // Day 0: −60 → −60, +50 → −10. Day 14: +50 → 40, −5 → 35 = 100 − 60 − 5.
    assert_eq!(
        rows(&t),
        vec![
            (0, Materials, dec!(-60), dec!(-60)),
            (0, Deposit, dec!(50), dec!(-10)),
            (14, Balance, dec!(50), dec!(40)),
            (14, OnReceipt, dec!(-5), dec!(35)),
        ]
    );
    // The peak is read after every event: 60 on day 0, though day 0 ends at −10. The need
    // runs on the day's end: 10 × 14 days = 140.
    assert_eq!((t.peak_need, t.peak_day), (Money::new(dec!(60), IDR), Some(0)));
    assert_eq!(t.need_days, dec!(140));
    assert_eq!(t.ends_with, Money::new(dec!(35), IDR));
}

#[test]
fn the_chart_on_one_scale_around_the_zero_line() {
    let t = run(&tt(BalanceWhen::BeforeShipment, 0), &order());
    // Ends of days from −90 to +62 million: a span of 152 million over 1000.
    // Zero at 90 ÷ 152 = 592,1 → 592. Each bar from its balance to the zero line:
    // day 0 −90 → 0; day 7 −36,67 → 53,33 ÷ 152 = 350,9 → 351; day 14 −43,33 → 46,67 ÷ 152
    // = 307,0 → 307; day 21 −50 → 263,2 → 263; day 28 −56,67 → 219,3 → 219; day 35 −63,33
    // → 175,4 → 175; day 42 +62 → 1000.
    assert_eq!(t.zero, 592);
    let bars: Vec<(u32, i64, i64)> = t.chart.iter().map(|b| (b.day, b.from, b.to)).collect();
    assert_eq!(
        bars,
        vec![
            (0, 0, 592),
            (7, 351, 592),
            (14, 307, 592),
            (21, 263, 592),
            (28, 219, 592),
            (35, 175, 592),
            (42, 592, 1000)
        ]
    );
    assert_eq!(t.chart[6].balance, rp("62000000"));
    assert_eq!(round2(t.chart[1].balance.amount()), dec!(-36666666.67));
}

#[test]
fn the_chart_all_below_all_above_and_all_zero() {
    let plan = CashPlan { lead_days: 14, deposit_day: 0, ..CashPlan::default() };
    // Nothing invoiced: every day ends below zero, so the zero line is at the right edge (1000)
    // and the lowest, −30 − 10 = −40 on day 14, at 0. Day 0's −30 is 10 above it: 10 ÷ 40 =
    // 250, a bar from 250 to the line.
    let below = Flows { materials: f("30"), shipping: f("10"), ..nothing() };
    let t = run(&plan, &below);
    assert_eq!(t.zero, 1000);
    assert_eq!(
        t.chart,
        vec![
            CashBar { day: 0, balance: Money::new(dec!(-30), IDR), from: 250, to: 1000 },
            CashBar { day: 14, balance: Money::new(dec!(-40), IDR), from: 0, to: 1000 },
        ]
    );
    // A deposit of all of it on the day the materials are paid: day 0 ends at exactly zero
    // (30 out, 30 in), and a chart of zeros has its line, and every bar, at 0.
    let even = Flows { materials: f("30"), invoice: f("30"), ..nothing() };
    let t = run(&CashPlan { deposit_pct: dec!(100), ..plan.clone() }, &even);
    assert_eq!((t.zero, t.chart.len()), (0, 1));
    assert_eq!((t.chart[0].from, t.chart[0].to, t.chart[0].balance), (0, 0, Money::new(dec!(0), IDR)));
    // No flows at all: no events, no bars, nothing needed.
    let t = run(&plan, &nothing());
    assert!(t.events.is_empty() && t.chart.is_empty());
    assert_eq!((t.peak_need, t.peak_day, t.need_days, t.zero), (Money::new(dec!(0), IDR), None, dec!(0), 0));
}

#[test]
fn wages_of_one_week_or_less_are_one_instalment_on_the_shipment_day() {
    // Lead 5 days: ⌈5 ÷ 7⌉ = 1 → all 700 on day 5, whenever the materials are paid (day 9,
    // after shipment): wages run from the order's day.
    let flows = Flows { making: f("700"), invoice: f("1000"), ..nothing() };
    let at = |lead, materials_day| {
        let plan = CashPlan { lead_days: lead, materials_day, ..CashPlan::default() };
        run(&plan, &flows).events.iter().filter(|e| e.flow == Flow::Making).map(|e| e.day).collect::<Vec<_>>()
    };
    assert_eq!(at(5, 0), vec![5]);
    assert_eq!(at(5, 9), vec![5]);
    // 15 days: ⌈15 ÷ 7⌉ = 3 → days 7, 14 and 15.
    assert_eq!(at(15, 0), vec![7, 14, 15]);
}

#[test]
fn wages_add_back_whatever_the_division_leaves() {
    // 1 ÷ 3 over 3 weeks, and Rp100 over 7 weeks: 14,28…
    for (making, lead) in [("1", 21), ("100", 49), ("0.0000001", 70), ("79228162514264337593543950", 56)] {
        let flows = Flows { making: f(making), invoice: f("1"), ..nothing() };
        let t = run(&CashPlan { lead_days: lead, ..CashPlan::default() }, &flows);
        let wages: Vec<Decimal> =
            t.events.iter().filter(|e| e.flow == Flow::Making).map(|e| e.amount.amount()).collect();
        assert_eq!(wages.len() as u32, lead / 7, "{making}");
        assert_eq!(wages.iter().sum::<Decimal>(), -d(making), "{making}");
    }
}

#[test]
fn small_wages_beside_a_large_invoice_keep_every_balance_exact() {
    // Found by the property below: Rp1 of wages over ⌈147 ÷ 7⌉ = 21 weeks beside a deposit of
    // 180.774 × 43,88 % = 79.323,6312. Wages cut to 28 digits on their own (0,0476…, 27
    // places) would not fit beside 79.323 and the balances would drift; cut to the places the
    // order's reach leaves (180.775 → 6 digits → 22 places) every balance is exact and the
    // order ends with 180.774 − 1 = 180.773.
    let plan =
        CashPlan { deposit_pct: d("43.88"), deposit_day: 0, lead_days: 147, materials_day: 5, ..CashPlan::default() };
    let flows = Flows { making: f("1"), invoice: f("180774"), ..nothing() };
    let t = run(&plan, &flows);
    assert_eq!(t.ends_with, rp("180773"));
    let wages: Vec<Decimal> = t.events.iter().filter(|e| e.flow == Flow::Making).map(|e| e.amount.amount()).collect();
    assert_eq!((wages.len(), wages[0]), (21, d("-0.0476190476190476190476")));
    assert_eq!(wages.iter().sum::<Decimal>(), dec!(-1));
}

#[test]
fn absurd_days_and_amounts_are_an_error_not_a_panic() {
    let huge = Frac::from(Decimal::MAX);
    let big = Flows {
        materials: huge,
        one_off: huge,
        making: huge,
        workshops: huge,
        shipping: huge,
        on_receipt: huge,
        invoice: huge,
    };
    let plan = tt(BalanceWhen::AfterBl, 30);
    // Costs of 7,9 × 10²⁸ each cannot be added up.
    assert_eq!(timeline(&plan, &big, IDR), Err(CashError::Overflow));
    // 42 + 4.294.967.295 days does not fit a day number.
    let far = CashPlan { balance_days: u32::MAX, ..plan.clone() };
    assert_eq!(timeline(&far, &order(), IDR), Err(CashError::Overflow));
    // A production of 613 million weeks is more than MAX_WEEKS wages.
    let long = CashPlan { lead_days: u32::MAX, ..plan.clone() };
    assert_eq!(timeline(&long, &order(), IDR), Err(CashError::Overflow));
    assert_eq!(
        timeline(&CashPlan { lead_days: 7 * MAX_WEEKS + 1, ..plan.clone() }, &order(), IDR),
        Err(CashError::Overflow)
    );
    assert!(timeline(&CashPlan { lead_days: 7 * MAX_WEEKS, ..plan.clone() }, &order(), IDR).is_ok());
    // A deposit at the end of the calendar is financed until then, without overflow; a huge
    // need over many days overflows.
    let late = CashPlan { deposit_day: u32::MAX, ..plan.clone() };
    assert_eq!(timeline(&late, &order(), IDR).map(|t| t.last_payment_day), Ok(u32::MAX));
    let owed = Flows { materials: Frac::from(Decimal::MAX), ..nothing() };
    let slow = CashPlan { lead_days: 7 * MAX_WEEKS, ..plan };
    assert_eq!(timeline(&slow, &owed, IDR), Err(CashError::Overflow));
}

#[test]
fn the_plan_is_saved_with_decimals_as_strings_and_reads_with_defaults() {
    let json = serde_json::to_string(&CashPlan::default()).unwrap();
    assert!(json.contains(r#""deposit_pct":"30""#), "{json}");
    assert!(json.contains(r#""balance":"BeforeShipment""#), "{json}");
    // An empty object (an older file) is the default plan: 30 % on day 7, 14 days, 7 days,
    // no lead time, no rate.
    let plan: CashPlan = serde_json::from_str("{}").unwrap();
    assert_eq!(plan, CashPlan::default());
    assert_eq!((plan.deposit_day, plan.balance_days, plan.workshops_before_shipment, plan.lead_days), (7, 14, 7, 0));
    let typed = CashPlan { monthly_rate_pct: Some(dec!(1.25)), balance: BalanceWhen::AfterBl, ..plan };
    let json = serde_json::to_string(&typed).unwrap();
    assert!(json.contains(r#""monthly_rate_pct":"1.25""#), "{json}");
    assert_eq!(serde_json::from_str::<CashPlan>(&json).unwrap(), typed);
    assert_eq!(BalanceWhen::ALL.len(), 3);
}

/// An amount as a user might type it: up to 15 integer digits and 6 decimals, sometimes zero.
fn amount() -> impl Strategy<Value = Frac> {
    prop_oneof![
        Just(Decimal::ZERO),
        (0i64..1_000_000_000, 0u32..=6).prop_map(|(m, s)| Decimal::new(m, s)),
        (0i64..999_999_999_999_999, 0u32..=2).prop_map(|(m, s)| Decimal::new(m, s)),
    ]
    .prop_map(Frac::from)
}

fn day() -> impl Strategy<Value = u32> {
    prop_oneof![0u32..200, Just(u32::MAX), any::<u32>()]
}

fn plan() -> impl Strategy<Value = CashPlan> {
    (
        (0i64..=10_000).prop_map(|p| Decimal::new(p, 2)),
        (day(), day(), prop_oneof![3 => 1u32..400, 1 => day()], day(), day()),
        prop::sample::select(BalanceWhen::ALL.to_vec()),
        prop::option::of((0i64..500).prop_map(|r| Decimal::new(r, 2))),
    )
        .prop_map(|(deposit_pct, (deposit_day, balance_days, lead_days, materials_day, before), balance, rate)| {
            CashPlan {
                deposit_pct,
                deposit_day,
                balance,
                balance_days,
                lead_days,
                materials_day,
                workshops_before_shipment: before,
                monthly_rate_pct: rate,
                in_price: false,
            }
        })
}

fn flows() -> impl Strategy<Value = Flows> {
    (amount(), amount(), amount(), amount(), amount(), amount(), amount()).prop_map(
        |(materials, one_off, making, workshops, shipping, on_receipt, invoice)| Flows {
            materials,
            one_off,
            making,
            workshops,
            shipping,
            on_receipt,
            invoice,
        },
    )
}

fn value(f: Frac) -> Decimal {
    f.value().unwrap()
}

proptest! {
    #[test]
    fn the_order_always_ends_with_the_invoice_less_all_costs(plan in plan(), flows in flows()) {
        let currency = Currency::IDR;
        let Ok(t) = timeline(&plan, &flows, currency) else { return Ok(()) };
        let costs = [flows.materials, flows.one_off, flows.making, flows.workshops, flows.shipping, flows.on_receipt];
        let left = costs.iter().fold(value(flows.invoice), |a, c| a - value(*c));
        prop_assert_eq!(t.ends_with, Money::new(left, currency));
        // The events add up to it too, each balance is the running sum, and days never go back.
        let mut running = Decimal::ZERO;
        for w in t.events.windows(2) {
            prop_assert!(w[0].day <= w[1].day);
        }
        for e in &t.events {
            running += e.amount.amount();
            prop_assert_eq!(e.balance.amount(), running);
            prop_assert!(!e.amount.amount().is_zero());
        }
        prop_assert_eq!(running, left);
        let lowest = t.events.iter().map(|e| e.balance.amount()).min().unwrap_or_default().min(Decimal::ZERO);
        prop_assert_eq!(t.peak_need.amount(), -lowest);
        prop_assert!(t.need_days >= Decimal::ZERO);
        prop_assert!(t.chart.iter().all(|b| 0 <= b.from && b.from <= b.to && b.to <= 1000));
        prop_assert!(t.chart.iter().all(|b| b.from == t.zero || b.to == t.zero));
    }

    #[test]
    fn any_plan_and_any_amounts_give_a_timeline_or_an_error(plan in plan(), big in any::<[u128; 7]>()) {
        let m = |x: u128| Frac::from(Decimal::from_i128_with_scale((x % (1u128 << 96)) as i128, (x % 29) as u32));
        let flows = Flows {
            materials: m(big[0]),
            one_off: m(big[1]),
            making: m(big[2]),
            workshops: m(big[3]),
            shipping: m(big[4]),
            on_receipt: m(big[5]),
            invoice: m(big[6]),
        };
        let _ = timeline(&plan, &flows, Currency::USD);
    }
}
