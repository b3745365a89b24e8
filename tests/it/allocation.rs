//! Quotations of several articles (issue 14): the shipment's shared costs allocated by the key
//! the user chooses, and the proforma invoice's deposit and balance. Worked by hand.

use crate::d;
use rust_decimal_macros::dec;
use tapak::model::base::currency::Currency::*;
use tapak::model::base::money::{Frac, Money};
use tapak::model::quotation::allocation::{in_minor_units, shares, AllocationError, Key, Measures};
use tapak::model::quotation::proforma::{amounts, PiLine};

/// Three articles sharing one container: pairs, m³ of cartons, ex-factory value.
fn three() -> Vec<Measures> {
    vec![
        Measures { pairs: 1000, cbm: d("2"), value: d("100000000") },
        Measures { pairs: 1500, cbm: d("6"), value: d("120000000") },
        Measures { pairs: 500, cbm: d("4"), value: d("80000000") },
    ]
}

fn values(parts: &[Frac]) -> Vec<rust_decimal::Decimal> {
    parts.iter().map(|f| f.value().unwrap()).collect()
}

#[test]
fn shared_shipment_costs_by_pair_volume_or_value() {
    let total = Frac::from(d("12000000"));
    // Per pair: 12 million × 1.000 / 3.000, × 1.500 / 3.000, × 500 / 3.000 = 4 / 6 / 2 million.
    assert_eq!(values(&shares(total, &three(), Key::PerPair).unwrap()), [dec!(4000000), dec!(6000000), dec!(2000000)]);
    // Per m³: × 2 / 12, × 6 / 12, × 4 / 12 = 2 / 6 / 4 million (the boots fill the container).
    assert_eq!(values(&shares(total, &three(), Key::PerCbm).unwrap()), [dec!(2000000), dec!(6000000), dec!(4000000)]);
    // Per value: × 100 / 300, × 120 / 300, × 80 / 300 = 4 / 4,8 / 3,2 million.
    assert_eq!(values(&shares(total, &three(), Key::PerValue).unwrap()), [dec!(4000000), dec!(4800000), dec!(3200000)]);
    // One article carries it all: today's single-article figure.
    let one = [three()[0]];
    assert_eq!(values(&shares(total, &one, Key::PerCbm).unwrap()), [dec!(12000000)]);
}

#[test]
fn shares_add_back_exactly_and_in_minor_units_too() {
    // USD 1.000 over three equal articles: 333,333… each, exactly 1.000 together; in cents
    // 333,34 + 333,33 + 333,33 (the first of equal remainders gets the cent left over).
    let equal = vec![Measures { pairs: 100, cbm: d("1"), value: d("1") }; 3];
    let parts = shares(Frac::from(d("1000")), &equal, Key::PerPair).unwrap();
    assert_eq!(Frac::sum(parts.iter().copied()).unwrap().value().unwrap(), dec!(1000));
    let cents = in_minor_units(Frac::from(d("1000")), &parts, 2, USD).unwrap();
    assert_eq!(cents, [Money::new(dec!(333.34), USD), Money::new(dec!(333.33), USD), Money::new(dec!(333.33), USD)]);
    // Rp100 over 7, 2 and 1 pairs: 70 / 20 / 10 exactly; over 1, 1 and 1: 34 / 33 / 33.
    let by = |p: [u32; 3]| p.map(|pairs| Measures { pairs, cbm: d("0"), value: d("0") }).to_vec();
    let total = Frac::from(d("100"));
    let rp = |v: [i64; 3]| v.map(|x| Money::new(rust_decimal::Decimal::from(x), IDR)).to_vec();
    assert_eq!(
        in_minor_units(total, &shares(total, &by([7, 2, 1]), Key::PerPair).unwrap(), 0, IDR).unwrap(),
        rp([70, 20, 10])
    );
    assert_eq!(
        in_minor_units(total, &shares(total, &by([1, 1, 1]), Key::PerPair).unwrap(), 0, IDR).unwrap(),
        rp([34, 33, 33])
    );
    // The largest remainder wins the unit: Rp10 over 1, 2 and 4 pairs = 1,43 / 2,86 / 5,71 →
    // 1 / 3 / 6 (remainders 0,43, 0,86, 0,71).
    let total = Frac::from(d("10"));
    assert_eq!(
        in_minor_units(total, &shares(total, &by([1, 2, 4]), Key::PerPair).unwrap(), 0, IDR).unwrap(),
        rp([1, 3, 6])
    );
}

#[test]
fn a_key_with_nothing_to_weigh_says_so() {
    let none = vec![Measures { pairs: 0, cbm: d("0"), value: d("0") }; 2];
    assert_eq!(shares(Frac::from(d("5")), &none, Key::PerCbm), Err(AllocationError::NothingToShareBy));
    let negative = vec![Measures { pairs: 1, cbm: d("-1"), value: d("0") }];
    assert_eq!(shares(Frac::from(d("5")), &negative, Key::PerCbm), Err(AllocationError::Negative));
}

#[test]
fn a_proforma_invoices_deposit_and_balance() {
    // 1.200 × 11,50 = 13.800; 800 × 12,05 = 9.640; 1.250 × 10,95 = 13.687,50: USD 37.127,50 for
    // 3.250 pairs. 30 % deposit: 11.138,25; balance 25.989,25.
    let lines = [
        PiLine { pairs: 1200, unit_price: dec!(11.50) },
        PiLine { pairs: 800, unit_price: dec!(12.05) },
        PiLine { pairs: 1250, unit_price: dec!(10.95) },
    ];
    let pi = amounts(&lines, dec!(30), USD).unwrap();
    assert_eq!(pi.lines[2], Money::new(dec!(13687.50), USD));
    assert_eq!((pi.pairs, pi.total.amount()), (3250, dec!(37127.50)));
    assert_eq!((pi.deposit.amount(), pi.balance.amount()), (dec!(11138.25), dec!(25989.25)));
    // In rupiah the deposit is whole rupiah: 3.250 × Rp185.231 = 602.000.750; 30 % =
    // 180.600.225; balance 421.400.525. And 3 pairs × Rp33.333 = 99.999: 30 % = 29.999,7 →
    // Rp30.000, balance Rp69.999.
    let pi = amounts(&[PiLine { pairs: 3250, unit_price: dec!(185231) }], dec!(30), IDR).unwrap();
    assert_eq!(
        (pi.total.amount(), pi.deposit.amount(), pi.balance.amount()),
        (dec!(602000750), dec!(180600225), dec!(421400525))
    );
    let pi = amounts(&[PiLine { pairs: 3, unit_price: dec!(33333) }], dec!(30), IDR).unwrap();
    assert_eq!((pi.deposit.amount(), pi.balance.amount()), (dec!(30000), dec!(69999)));
}
