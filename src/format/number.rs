use crate::model::base::currency::Currency;
use crate::model::base::money::{Money, Rounding};
use rust_decimal::Decimal;

/// How a language writes numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberStyle {
    /// `1.234.567,89`: point groups thousands, comma marks decimals.
    Indonesian,
    /// `1,234,567.89`: comma groups thousands, point marks decimals.
    English,
}

impl NumberStyle {
    pub fn decimal_mark(self) -> char {
        match self {
            NumberStyle::Indonesian => ',',
            NumberStyle::English => '.',
        }
    }

    pub fn group_mark(self) -> char {
        match self {
            NumberStyle::Indonesian => '.',
            NumberStyle::English => ',',
        }
    }
}

/// Why typed text is not a number in the current style. Data only; `i18n` words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    /// A character that has no place in a number (a letter, a space, a second sign).
    InvalidChar(char),
    /// The decimal mark appears more than once ("1,2,3" in Indonesian).
    RepeatedDecimalMark,
    /// Thousands marks that do not split the integer part into groups of three: "12.5" in
    /// Indonesian could be 12,5 or 125, so it is refused rather than guessed.
    AmbiguousGrouping,
    /// More digits than any cost sheet needs (15 before the decimal mark, 10 after).
    TooManyDigits,
    /// A word after the number that is not a shorthand of the language ("12 jtt").
    UnknownShorthand,
}

pub use crate::model::rules::FieldRule;
use crate::model::rules::RuleError;

/// Why a field's text was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    Parse(ParseError),
    Negative,
    NotWhole,
    AboveMax(Decimal),
}

const MAX_INT_DIGITS: usize = 15;
const MAX_FRAC_DIGITS: usize = 10;

/// Reads a number typed in `style`.
///
/// Accepts an optional leading minus, thousands marks in correct groups of three, and one
/// decimal mark: in Indonesian `1.234.567,89`, `1234567,89`, `0,5`, `,5`; in English the same
/// with the marks swapped. An amount may end in the language's shorthand for thousands,
/// millions and billions, as people write prices: `12 jt`, `1,5 juta`, `250 rb`, `2 M` (miliar);
/// `12k`, `1.5 million`, `2 bn`. Refuses anything it would have to guess at.
///
/// # Errors
/// A `ParseError` naming what is wrong.
pub fn parse_number(text: &str, style: NumberStyle) -> Result<Decimal, ParseError> {
    let t = text.trim();
    let Some(at) = t.find(|c: char| c.is_ascii_alphabetic()) else { return parse_plain(t, style) };
    let (number, word) = (t[..at].trim_end(), &t[at..]);
    if number.is_empty() || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        // Not a number followed by a shorthand ("Rp 12.000", "jt", "12 jt 5"): read as it is,
        // which names the first character that has no place in a number.
        return parse_plain(t, style);
    }
    let power = shorthand(word, style).ok_or(match word.chars().collect::<Vec<_>>()[..] {
        // A shorthand on its way ("1,5 j", "2 m" for M) says which ones there are, as a word
        // mistyped ("12 jtt") does; any other single letter ("12a") is a stray character.
        [c] if !begins_shorthand(word, style) => ParseError::InvalidChar(c),
        _ => ParseError::UnknownShorthand,
    })?;
    let value = parse_plain(number, style)?;
    let scaled = value.checked_mul(Decimal::from(10u64.pow(power))).ok_or(ParseError::TooManyDigits)?;
    if scaled.abs() >= Decimal::from(10u64.pow(MAX_INT_DIGITS as u32)) {
        return Err(ParseError::TooManyDigits);
    }
    Ok(scaled.normalize())
}

/// The power of ten a shorthand word stands for: Indonesian `rb`/`ribu` 3, `jt`/`juta` 6, `M`/
/// `miliar` 9 (a capital M: a lower-case one is not a word of prices); English `k`/`thousand` 3,
/// `m`/`mn`/`million` 6, `bn`/`billion` 9.
fn shorthand(word: &str, style: NumberStyle) -> Option<u32> {
    // ASCII only: the words are; and Unicode's case tables would cost the first module kilobytes.
    let lower = word.to_ascii_lowercase();
    match (style, word, lower.as_str()) {
        (NumberStyle::Indonesian, "M", _) => Some(9),
        (NumberStyle::Indonesian, _, "rb" | "ribu") => Some(3),
        (NumberStyle::Indonesian, _, "jt" | "juta") => Some(6),
        (NumberStyle::Indonesian, _, "miliar" | "milyar") => Some(9),
        (NumberStyle::English, _, "k" | "thousand") => Some(3),
        (NumberStyle::English, _, "m" | "mn" | "million") => Some(6),
        (NumberStyle::English, _, "bn" | "billion") => Some(9),
        _ => None,
    }
}

/// Whether `word` is how a shorthand of `style` begins ("j", "ju", "mil").
fn begins_shorthand(word: &str, style: NumberStyle) -> bool {
    let words: &[&str] = match style {
        NumberStyle::Indonesian => &["rb", "ribu", "jt", "juta", "miliar", "milyar"],
        NumberStyle::English => &["k", "thousand", "m", "mn", "million", "bn", "billion"],
    };
    let lower = word.to_ascii_lowercase();
    words.iter().any(|w| w.starts_with(lower.as_str()))
}

/// A number without shorthand (see `parse_number`).
fn parse_plain(t: &str, style: NumberStyle) -> Result<Decimal, ParseError> {
    let (negative, body) = match t.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, t),
    };
    if body.is_empty() {
        return Err(ParseError::Empty);
    }
    let (dm, gm) = (style.decimal_mark(), style.group_mark());
    if let Some(bad) = body.chars().find(|&c| !(c.is_ascii_digit() || c == dm || c == gm)) {
        return Err(ParseError::InvalidChar(bad));
    }
    let mut parts = body.split(dm);
    let int_part = parts.next().unwrap_or("");
    let frac_part = parts.next().unwrap_or("");
    if parts.next().is_some() {
        return Err(ParseError::RepeatedDecimalMark);
    }
    if frac_part.contains(gm) {
        return Err(ParseError::AmbiguousGrouping);
    }
    let groups: Vec<&str> = int_part.split(gm).collect();
    if groups.len() > 1 {
        let first_ok = (1..=3).contains(&groups[0].len());
        let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
        if !first_ok || !rest_ok {
            return Err(ParseError::AmbiguousGrouping);
        }
    }
    let digits: String = groups.concat();
    if digits.is_empty() && frac_part.is_empty() {
        return Err(ParseError::Empty);
    }
    if digits.len() > MAX_INT_DIGITS || frac_part.len() > MAX_FRAC_DIGITS {
        return Err(ParseError::TooManyDigits);
    }
    let canonical = format!(
        "{}{}.{}",
        if negative { "-" } else { "" },
        if digits.is_empty() { "0" } else { &digits },
        if frac_part.is_empty() { "0" } else { frac_part }
    );
    // Only digits, one point and a sign remain, within 25 digits: this always parses.
    canonical.parse::<Decimal>().map(|d| d.normalize()).map_err(|_| ParseError::TooManyDigits)
}

/// Reads a field's text and checks it against the field's rule.
///
/// # Errors
/// `InputError` naming the first problem found.
pub fn parse_field(text: &str, style: NumberStyle, rule: FieldRule) -> Result<Decimal, InputError> {
    let value = parse_number(text, style).map_err(InputError::Parse)?;
    rule.check(value).map_err(InputError::from)?;
    Ok(value)
}

impl From<RuleError> for InputError {
    fn from(e: RuleError) -> InputError {
        match e {
            RuleError::Negative => InputError::Negative,
            RuleError::NotWhole => InputError::NotWhole,
            RuleError::AboveMax(m) => InputError::AboveMax(m),
            RuleError::TooManyDecimals => InputError::Parse(ParseError::TooManyDigits),
        }
    }
}

fn group(int_digits: &str, mark: char) -> String {
    let n = int_digits.len();
    let mut out = String::with_capacity(n + n / 3);
    for (i, c) in int_digits.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push(mark);
        }
        out.push(c);
    }
    out
}

/// Writes `value` in `style`. With `dp` the value is rounded half-up to exactly that many
/// places; without, it is written exactly, trailing zeros dropped (what a field shows back).
pub fn format_number(value: Decimal, style: NumberStyle, dp: Option<u32>) -> String {
    let v = match dp {
        Some(dp) => {
            let mut r = Rounding::HalfUp.round(value, dp);
            r.rescale(dp);
            r
        }
        None => value.normalize(),
    };
    let text = v.abs().to_string();
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    if v.is_sign_negative() && !v.is_zero() {
        out.push('-');
    }
    out.push_str(&group(int_part, style.group_mark()));
    if !frac_part.is_empty() {
        out.push(style.decimal_mark());
        out.push_str(frac_part);
    }
    out
}

/// Writes an amount rounded half-up to `dp` places with its currency: `Rp98.496`, `USD 12.07`.
pub fn format_money_dp(m: Money, style: NumberStyle, dp: u32) -> String {
    let n = format_number(m.amount(), style, Some(dp));
    // The sign goes before the currency: -Rp1.000, -USD 9,84.
    let (sign, n) = n.strip_prefix('-').map_or(("", n.as_str()), |pos| ("-", pos));
    match m.currency() {
        Currency::IDR => format!("{sign}Rp{n}"),
        c => format!("{sign}{} {n}", c.code()),
    }
}

/// A difference as it is read: `+` before a rise, the minus already in `text` for a fall.
pub fn signed(amount: Decimal, text: String) -> String {
    if amount > Decimal::ZERO {
        format!("+{text}")
    } else {
        text
    }
}

/// Writes an amount at its currency's display precision (IDR whole rupiah, USD cents, KRW whole won).
pub fn format_money(m: Money, style: NumberStyle) -> String {
    format_money_dp(m, style, m.currency().display_decimals())
}

/// Writes a fraction as a percentage with one decimal: 0.2534 → `25,3%` / `25.3%`.
pub fn format_share(fraction: Decimal, style: NumberStyle) -> String {
    format!("{}%", format_number(fraction.checked_mul(Decimal::ONE_HUNDRED).unwrap_or(fraction), style, Some(1)))
}
