//! Typing numbers the Indonesian and English way. Table-driven: text in, value or error out.

use crate::d;
use rust_decimal_macros::dec;
use tapak::format::*;
use tapak::model::base::currency::Currency;
use tapak::model::base::money::Money;

#[test]
fn indonesian_and_english_numbers_parse() {
    use NumberStyle::*;
    let ok = [
        (Indonesian, "1.234.567,89", "1234567.89"),
        (Indonesian, "1234567,89", "1234567.89"),
        (Indonesian, "38.000", "38000"),
        (Indonesian, "2,4", "2.4"),
        (Indonesian, ",5", "0.5"),
        (Indonesian, "  16.244 ", "16244"),
        (Indonesian, "-3,5", "-3.5"),
        (Indonesian, "0", "0"),
        (English, "1,234,567.89", "1234567.89"),
        (English, "1.234", "1.234"),
        (English, "1,234", "1234"),
        (English, "16244", "16244"),
        (English, ".5", "0.5"),
    ];
    for (style, text, want) in ok {
        assert_eq!(parse_number(text, style), Ok(d(want)), "{style:?} {text:?}");
    }
    let bad = [
        (Indonesian, "", ParseError::Empty),
        (Indonesian, "-", ParseError::Empty),
        (Indonesian, "12.5", ParseError::AmbiguousGrouping), // 12,5 or 125? refused
        (Indonesian, "0.5", ParseError::AmbiguousGrouping),
        (Indonesian, "1.23.456", ParseError::AmbiguousGrouping),
        (Indonesian, "1,2,3", ParseError::RepeatedDecimalMark),
        (Indonesian, "1,234.5", ParseError::AmbiguousGrouping),
        (Indonesian, "12a", ParseError::InvalidChar('a')),
        (Indonesian, "Rp 5", ParseError::InvalidChar('R')),
        (English, "12,5", ParseError::AmbiguousGrouping),
        (English, "1.234.567", ParseError::RepeatedDecimalMark),
        (English, "1 234", ParseError::InvalidChar(' ')),
        (English, "1234567890123456", ParseError::TooManyDigits),
    ];
    for (style, text, want) in bad {
        assert_eq!(parse_number(text, style), Err(want), "{style:?} {text:?}");
    }
}

#[test]
fn field_rules_refuse_what_the_field_cannot_hold() {
    let s = NumberStyle::Indonesian;
    assert_eq!(parse_field("-5", s, FieldRule::NON_NEGATIVE), Err(InputError::Negative));
    assert_eq!(parse_field("3.250", s, FieldRule::COUNT), Ok(dec!(3250)));
    assert_eq!(parse_field("12,5", s, FieldRule::COUNT), Err(InputError::NotWhole));
    assert_eq!(parse_field("120", s, FieldRule::PERCENT_0_100), Err(InputError::AboveMax(dec!(100))));
    assert_eq!(parse_field("80", s, FieldRule::PERCENT_0_100), Ok(dec!(80)));
}

#[test]
fn numbers_and_money_are_written_per_language() {
    use NumberStyle::*;
    assert_eq!(format_number(dec!(1234567.89), Indonesian, None), "1.234.567,89");
    assert_eq!(format_number(dec!(1234567.89), English, None), "1,234,567.89");
    assert_eq!(format_number(dec!(2.40), Indonesian, None), "2,4");
    assert_eq!(format_number(dec!(-1234.5), English, Some(2)), "-1,234.50");
    assert_eq!(format_number(dec!(999.5), Indonesian, Some(0)), "1.000");
    assert_eq!(format_money(Money::new(dec!(98496), Currency::IDR), Indonesian), "Rp98.496");
    assert_eq!(format_money(Money::new(dec!(162565.5758), Currency::IDR), English), "Rp162,566");
    assert_eq!(format_money(Money::new(dec!(12.0663), Currency::USD), English), "USD 12.07");
    assert_eq!(format_money(Money::new(dec!(15234.5), Currency::KRW), Indonesian), "KRW 15.235");
    assert_eq!(format_money(Money::new(dec!(3.4565), Currency::KWD), English), "KWD 3.457");
    // A negative amount carries its sign before the currency, as a difference is read.
    assert_eq!(format_money(Money::new(dec!(-9.84), Currency::USD), Indonesian), "-USD 9,84");
    assert_eq!(format_money(Money::new(dec!(-1500), Currency::IDR), Indonesian), "-Rp1.500");
    assert_eq!(format_share(dec!(0.72529), Indonesian), "72,5%");
}

#[test]
fn what_is_written_reads_back_the_same() {
    for v in ["0", "2.4", "1234567.89", "0.0001", "16244", "-7.5"] {
        for style in [NumberStyle::Indonesian, NumberStyle::English] {
            let text = format_number(d(v), style, None);
            assert_eq!(parse_number(&text, style), Ok(d(v)), "{style:?} {text}");
        }
    }
}

#[test]
fn quotation_dates_add_validity_days() {
    use tapak::model::base::date::Date;
    let d = Date::parse("2025-07-29").unwrap();
    assert_eq!(d.plus_days(30).to_string(), "2025-08-28");
    // Across a leap day and a year end.
    assert_eq!(Date::parse("2028-02-15").unwrap().plus_days(30).to_string(), "2028-03-16");
    assert_eq!(Date::parse("2025-12-20").unwrap().plus_days(30).to_string(), "2026-01-19");
    assert_eq!(Date::parse("1970-01-01").unwrap().to_days(), 0);
    for bad in ["2025-02-29", "2025-13-01", "29-07-2025", "2025-7-29", ""] {
        assert_eq!(Date::parse(bad), None, "{bad}");
    }
}

/// Figures inside sentences are grouped the language's way, and no sentence shows empty brackets.
#[test]
fn notes_group_their_figures_and_leave_out_what_was_not_entered() {
    use rust_decimal_macros::dec;
    use tapak::i18n::{notes, Lang};
    use tapak::model::base::currency::Currency;
    use tapak::model::export::quote::QuoteRate;
    assert_eq!(notes::spare_pairs(2628, false, Lang::Id), "masih muat ± 2.628 pasang");
    assert_eq!(notes::spare_pairs(2628, true, Lang::En), "weight-bound; room for about 2,628 more pairs");
    let mut r = QuoteRate {
        base: Currency::USD,
        quote: Currency::IDR,
        rate: dec!(16250),
        date: String::new(),
        source: String::new(),
        buffer_pct: dec!(0),
    };
    assert_eq!(notes::rate_used(&r, Lang::Id), "Kurs: 1 USD = 16.250 IDR");
    r.date = "2025-07-29".into();
    assert_eq!(notes::rate_used(&r, Lang::Id), "Kurs: 1 USD = 16.250 IDR (2025-07-29)");
    r.source = "JISDOR".into();
    r.buffer_pct = dec!(1.5);
    assert_eq!(notes::rate_used(&r, Lang::En), "Rate: 1 USD = 16,250 IDR (JISDOR, 2025-07-29), FX buffer 1.5%");
    assert_eq!(
        notes::rate_used(&r, Lang::Id),
        "Kurs: 1 USD = 16.250 IDR (JISDOR, 2025-07-29), cadangan selisih kurs 1,5%"
    );
}

/// Leaving a field: a draft is committed only when it reads as a new value; a refused draft
/// sends nothing, so the figures keep the last committed value (issue 27 #1).
#[test]
fn leaving_a_field_commits_only_an_accepted_new_value() {
    use tapak::format::field::{leave_text, Leave, NumberRead};
    use tapak::model::rules::Num;
    let id = NumberRead { style: NumberStyle::Indonesian, rule: Num::NetConsumption.rule(), optional: false };
    // 0,8 typed over 1,6: a new value.
    assert_eq!(id.leave("0,8", Some(d("1.6"))), Leave::Commit(Some(d("0.8"))));
    // "0.8" in Indonesian is a thousands mark in the wrong place: refused, nothing sent.
    assert_eq!(id.leave("0.8", Some(d("1.6"))), Leave::Refused(InputError::Parse(ParseError::AmbiguousGrouping)));
    // "1,60" is the value already in use.
    assert_eq!(id.leave("1,60", Some(d("1.6"))), Leave::Same);
    // A required field left empty is refused; an optional one means "not entered".
    assert_eq!(id.leave(" ", Some(d("1.6"))), Leave::Refused(InputError::Parse(ParseError::Empty)));
    let optional = NumberRead { optional: true, ..id };
    assert_eq!(optional.leave(" ", Some(d("1.6"))), Leave::Commit(None));
    assert_eq!(optional.leave("", None), Leave::Same);
    // A workshop rate of -5000 is refused; 5000 after it is committed.
    let rate = NumberRead { style: NumberStyle::Indonesian, rule: Num::WorkshopRate.rule(), optional: true };
    assert_eq!(rate.leave("-5000", None), Leave::Refused(InputError::Negative));
    assert_eq!(rate.leave("5000", None), Leave::Commit(Some(d("5000"))));
    assert_eq!(rate.leave("5.000", Some(d("5000"))), Leave::Same);
    // Text fields commit what was typed when it differs.
    assert_eq!(leave_text("Bengkel Sooko", ""), Leave::Commit("Bengkel Sooko".to_string()));
    assert_eq!(leave_text("x", "x"), Leave::Same);
}

/// A date field's text: emptied means no date, a date typed day first is stored as ISO, anything
/// else (a word, a day that does not exist) is refused (issue 27 #11: "besok" and 31/02/2026).
#[test]
fn a_date_field_reads_day_first_dates_and_refuses_the_rest() {
    use tapak::format::field::read_date;
    assert_eq!(read_date("30/11/2026").as_deref(), Some("2026-11-30"));
    assert_eq!(read_date("  ").as_deref(), Some(""));
    assert_eq!(read_date("besok"), None);
    assert_eq!(read_date("31/02/2026"), None);
}

/// Prices as makers write them: "12 jt" is 12.000.000, "1,5 jt" 1.500.000, "250 rb" 250.000,
/// "2 M" two billion (miliar); English "12k", "1.5m", "2 bn". A word that is no shorthand, or a
/// shorthand with no number, is refused and changes nothing.
#[test]
fn indonesian_shorthand_amounts_read_as_digits() {
    use NumberStyle::{English, Indonesian};
    for (text, want) in [
        ("12 jt", dec!(12000000)),
        ("12 juta", dec!(12000000)),
        ("12jt", dec!(12000000)),
        ("1,5 jt", dec!(1500000)),
        ("1.250 rb", dec!(1250000)),
        ("250 rb", dec!(250000)),
        ("250 ribu", dec!(250000)),
        ("2 M", dec!(2000000000)),
        ("2,75 miliar", dec!(2750000000)),
        ("0,5 JT", dec!(500000)),
        ("-1,5 jt", dec!(-1500000)),
    ] {
        assert_eq!(parse_number(text, Indonesian), Ok(want), "{text}");
    }
    for (text, want) in
        [("12k", dec!(12000)), ("1.5m", dec!(1500000)), ("2 bn", dec!(2000000000)), ("3 million", dec!(3000000))]
    {
        assert_eq!(parse_number(text, English), Ok(want), "{text}");
    }
    assert_eq!(parse_number("12 jtt", Indonesian), Err(ParseError::UnknownShorthand));
    // A lower-case m is not miliar (nor a million) in Indonesian, but how "miliar" begins: the
    // message lists the shorthands (M among them), as for "1,5 j" half typed. Another single
    // letter is a stray character.
    assert_eq!(parse_number("2 m", Indonesian), Err(ParseError::UnknownShorthand));
    assert_eq!(parse_number("1,5 j", Indonesian), Err(ParseError::UnknownShorthand));
    assert_eq!(parse_number("250 ri", Indonesian), Err(ParseError::UnknownShorthand));
    assert_eq!(parse_number("12a", Indonesian), Err(ParseError::InvalidChar('a')));
    assert_eq!(parse_number("12 b", English), Err(ParseError::UnknownShorthand));
    assert_eq!(parse_number("jt", Indonesian), Err(ParseError::InvalidChar('j')));
    assert_eq!(parse_number("Rp 12.000", Indonesian), Err(ParseError::InvalidChar('R')));
    assert_eq!(parse_number("12 jt 5", Indonesian), Err(ParseError::InvalidChar(' ')));
    assert_eq!(parse_number("1,5,0 jt", Indonesian), Err(ParseError::RepeatedDecimalMark));
    // Past 15 digits before the decimal mark, as any number.
    assert_eq!(parse_number("999999999 M", Indonesian), Err(ParseError::TooManyDigits));
    // A field's rule still applies to what the shorthand makes: a percent of 1 jt is refused.
    assert!(parse_field("1 jt", Indonesian, FieldRule::PERCENT_0_100).is_err());
    assert_eq!(format_number(parse_number("1,5 jt", Indonesian).unwrap(), Indonesian, None), "1.500.000");
}

/// A refusal names a character that cannot be seen, or is easily missed, instead of quoting it.
#[test]
fn a_refused_space_or_point_is_named() {
    use tapak::i18n::{input_error, Lang};
    let space = input_error(InputError::Parse(ParseError::InvalidChar(' ')), Lang::Id);
    assert!(space.starts_with("Spasi bukan bagian dari angka"), "{space}");
    let point = input_error(InputError::Parse(ParseError::InvalidChar('.')), Lang::En);
    assert!(point.starts_with("A point is not part"), "{point}");
    assert!(input_error(InputError::Parse(ParseError::InvalidChar('x')), Lang::Id).starts_with("“x”"));
    assert!(input_error(InputError::Parse(ParseError::UnknownShorthand), Lang::Id).contains("jt (juta)"));
}

/// A material line with no cost says why on the line: which units cannot meet, which rate is
/// missing (not a bare "⚠ —").
#[test]
fn a_line_without_a_cost_says_why_on_the_line() {
    use tapak::i18n::{line_issue, Lang};
    use tapak::model::base::currency::Currency::{IDR, USD};
    use tapak::model::base::units::Unit;
    use tapak::model::cost::compute::{Issue, Place};
    let mut m = tapak::model::explain::examples::sneaker_busan().materials[0].clone();
    m.unit = Unit::SqFt;
    m.price_unit = Unit::Kg;
    let units = line_issue(&Issue::IncompatibleUnits { at: Place::Material(m.id) }, &m, Lang::Id);
    assert!(units.contains("sq ft") && units.contains("kg"), "{units}");
    let rate = line_issue(&Issue::MissingRate { from: USD, to: IDR, at: Place::Material(m.id) }, &m, Lang::En);
    assert_eq!(rate, "No USD → IDR rate yet.");
}

/// Every count in a message carries its thousands marks, as on screen ("2.400 pasang").
#[test]
fn counts_in_messages_are_grouped() {
    use tapak::i18n::{count, Lang};
    assert_eq!(count(2400, Lang::Id), "2.400");
    assert_eq!(count(2400, Lang::En), "2,400");
    assert_eq!(tapak::i18n::notes::partial_carton(1200, Lang::Id), "karton terakhir berisi 1.200 pasang");
    let moq = tapak::model::export::quote::QuoteIssue::BelowMoq { pairs: 1500, moq: 2400 };
    assert_eq!(tapak::i18n::quote_issue(&moq, Lang::Id, &|n| n.to_string()), "1.500 pasang di bawah MOQ 2.400 pasang.");
}
