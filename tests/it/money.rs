use crate::d;
use rust_decimal_macros::dec;
use tapak::model::base::currency::Currency;
use tapak::model::base::fx::{convert, ExchangeRate, FxError};
use tapak::model::base::money::{Money, MoneyError, Rounding};

fn usd_idr(rate: &str) -> ExchangeRate {
    ExchangeRate {
        id: 1,
        base: Currency::USD,
        quote: Currency::IDR,
        rate: d(rate),
        date: "2025-07-29".into(),
        source: "JISDOR".into(),
    }
}

#[test]
fn iso_4217_minor_units() {
    let table = [
        ("USD", 2),
        ("EUR", 2),
        ("CNY", 2),
        ("GBP", 2),
        ("SAR", 2),
        ("AED", 2),
        ("BRL", 2),
        ("MXN", 2),
        ("PEN", 2),
        ("COP", 2),
        ("KRW", 0),
        ("JPY", 0),
        ("CLP", 0),
        ("VND", 0),
        ("KWD", 3),
        ("BHD", 3),
        ("OMR", 3),
        ("JOD", 3),
        ("IDR", 2),
        ("SGD", 2),
        ("MYR", 2),
        ("THB", 2),
        ("AUD", 2),
        ("ARS", 2),
    ];
    for (code, minor) in table {
        let c = Currency::from_code(code).unwrap_or_else(|| panic!("{code} missing from the table"));
        assert_eq!(c.minor_units(), minor, "{code}");
        assert_eq!(c.code(), code);
    }
    // IDR is 2 in ISO but written in whole rupiah.
    assert_eq!(Currency::IDR.display_decimals(), 0);
    assert_eq!(Currency::from_code(" krw "), Some(Currency::KRW));
    assert_eq!(Currency::from_code("XYZ"), None);
}

#[test]
fn adding_two_currencies_is_an_error() {
    let a = Money::new(dec!(1), Currency::USD);
    let b = Money::new(dec!(16244), Currency::IDR);
    assert_eq!(a.checked_add(b), Err(MoneyError::CurrencyMismatch { left: Currency::USD, right: Currency::IDR }));
    assert_eq!(a.checked_add(a), Ok(Money::new(dec!(2), Currency::USD)));
}

#[test]
fn dividing_by_zero_is_an_error_not_a_panic() {
    assert_eq!(Money::new(dec!(5), Currency::IDR).divided_by(dec!(0)), Err(MoneyError::DivisionByZero));
    assert_eq!(Money::new(Decimal::MAX, Currency::IDR).times(dec!(2)), Err(MoneyError::Overflow));
}
use rust_decimal::Decimal;

#[test]
fn rounding_is_named_and_follows_minor_units() {
    // Half-up is the commercial default; half-even rounds the tie to the even cent.
    let m = Money::new(dec!(12.065), Currency::USD);
    assert_eq!(m.round_minor(Rounding::HalfUp).amount(), dec!(12.07));
    assert_eq!(m.round_minor(Rounding::HalfEven).amount(), dec!(12.06));
    assert_eq!(Money::new(dec!(15234.5), Currency::KRW).round_minor(Rounding::HalfUp).amount(), dec!(15235));
    assert_eq!(Money::new(dec!(3.4565), Currency::KWD).round_minor(Rounding::HalfUp).amount(), dec!(3.457));
    // Negative amounts round away from zero at the tie.
    assert_eq!(Money::new(dec!(-0.125), Currency::EUR).round_minor(Rounding::HalfUp).amount(), dec!(-0.13));
}

#[test]
fn fx_converts_both_directions() {
    let rates = [usd_idr("16244")];
    // USD 11.40 × 16,244 = Rp185.181,60
    let idr = convert(&rates, Money::new(dec!(11.40), Currency::USD), Currency::IDR).unwrap();
    assert_eq!(idr, Money::new(dec!(185181.60), Currency::IDR));
    // Rp602.000.000 ÷ 16,244 = USD 37,059.8374…: the seed order (USD 37,060 ≈ Rp602 juta).
    let usd = convert(&rates, Money::new(dec!(602000000), Currency::IDR), Currency::USD).unwrap();
    assert_eq!(usd.round_minor(Rounding::HalfUp).amount(), dec!(37059.84));
    // Dividing the amount (not multiplying by 1 ÷ rate) keeps round trips exact.
    assert_eq!(convert(&rates, Money::new(dec!(16244), Currency::IDR), Currency::USD).unwrap().amount(), dec!(1));
}

#[test]
fn fx_reports_missing_and_zero_rates() {
    let rates = [usd_idr("0")];
    assert_eq!(
        convert(&rates, Money::new(dec!(1), Currency::CNY), Currency::IDR),
        Err(FxError::MissingRate { from: Currency::CNY, to: Currency::IDR })
    );
    assert_eq!(
        convert(&rates, Money::new(dec!(1), Currency::IDR), Currency::USD),
        Err(FxError::NonPositiveRate { base: Currency::USD, quote: Currency::IDR })
    );
}
