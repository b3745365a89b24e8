//! Civil dates as the quotation writes them (`YYYY-MM-DD`), and adding days for validity.
//! A tiny proleptic-Gregorian conversion (days from 1970-01-01); no time zones, no clock.

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl Date {
    /// Reads `YYYY-MM-DD`; `None` for anything else or an impossible day.
    pub fn parse(text: &str) -> Option<Date> {
        let mut it = text.trim().splitn(3, '-');
        let (y, m, d) = (it.next()?, it.next()?, it.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date { year: y.parse().ok()?, month: m.parse().ok()?, day: d.parse().ok()? };
        ((1..=12).contains(&date.month) && date.day >= 1 && date.day <= days_in_month(date.year, date.month))
            .then_some(date)
    }

    /// Reads a date as people type it: ISO `2026-11-30`, or day first as Indonesian writes it,
    /// `30/11/2026`, `30-11-2026`, `30.11.2026` (one- or two-digit day and month, four-digit
    /// year). Month-first (`11/30/2026`) is never guessed: a month above 12 is refused.
    pub fn parse_typed(text: &str) -> Option<Date> {
        let t = text.trim();
        if let Some(d) = Date::parse(t) {
            return Some(d);
        }
        let sep = t.chars().find(|c| matches!(c, '/' | '-' | '.'))?;
        let mut it = t.split(sep);
        let (d, m, y) = (it.next()?, it.next()?, it.next()?);
        if it.next().is_some() || !(1..=2).contains(&d.len()) || !(1..=2).contains(&m.len()) || y.len() != 4 {
            return None;
        }
        if !(d.chars().chain(m.chars()).chain(y.chars()).all(|c| c.is_ascii_digit())) {
            return None;
        }
        Date::parse(&format!("{y}-{m:0>2}-{d:0>2}"))
    }

    /// Days since 1970-01-01 (H. Hinnant's `days_from_civil`).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (`civil_from_days`).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn plus_days(self, days: u32) -> Date {
        Date::from_days(self.to_days() + i64::from(days))
    }
}

/// The last day a quotation dated `date` (ISO) holds for `validity_days`; `None` when the date is
/// not a real date. The editor's quotation and the buyer's frozen one share this rule.
pub fn last_day(date: &str, validity_days: u32) -> Option<Date> {
    Date::parse(date).map(|d| d.plus_days(validity_days))
}

impl Date {
    /// Day first, as Indonesian writes it: `30/11/2026`.
    pub fn day_first(self) -> String {
        format!("{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}
