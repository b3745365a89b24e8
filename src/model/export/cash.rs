//! The order's cash timeline: when the maker pays its costs and when the buyer pays, the cash
//! the maker must find meanwhile (the peak need), for how long, and what financing that gap
//! costs (a KUR loan or an overdraft at a monthly rate). Exact and checked; web-free.
//!
//! Days count from the order's confirmation (day 0). The rules:
//!
//! - **Receipts.** Deposit = invoice × deposit % on `deposit_day`; balance = invoice − deposit
//!   on the balance day: before shipment → `lead_days`; against documents and after the B/L →
//!   `lead_days + balance_days` (the B/L is dated the shipment day).
//! - **Payments.** Materials and one-off costs on `materials_day`. Own making (labour and
//!   overhead) as weekly wages from the order's day: `n = max(1, ⌈lead_days ÷ 7⌉)` equal
//!   instalments on days `7k` (k = 1…n), the last on the shipment day (materials bought on a
//!   supplier's credit do not hold the workers' wages back). The
//!   first n − 1 are `making ÷ n` cut to the decimal places a 28-digit decimal holds beside
//!   the order's largest possible balance (19 places in the example below:
//!   Rp6.666.666,6666666666666666666), and the last is `making − the others`, so the
//!   instalments, and every running balance, add back exactly. Bought-in work (workshops) on
//!   delivery, `max(materials_day, lead_days − workshops_before_shipment)`; the term's export
//!   costs on the shipment day; commission and bank charges on the day the balance arrives.
//! - **Order within a day.** Payments before receipts (the conservative order): a deposit that
//!   arrives the day materials are paid does not spare the maker from fronting them, so the
//!   peak need is read after every event, not only at the end of a day. Commission and bank
//!   charges are the exception: they are paid out of the balance they fall on, after it.
//! - **Financing.** Simple interest per 30-day month on the cash the maker is short between
//!   events: for each interval `[dayᵢ, dayᵢ₊₁)` the need is `max(0, −balance at the end of dayᵢ)`
//!   times the interval's days (money·days, "rupiah-days"); after the buyer's last payment (the
//!   balance, or a deposit that arrives later still) nothing is financed. `financing = need-days × monthly rate ÷ 30`.
//!
//! Amounts are kept at full precision (nothing is rounded to minor units here; the display
//! rounds). Every step is checked: absurd days or amounts give `CashError::Overflow`, never a
//! panic, and a production longer than `MAX_WEEKS` weeks is refused the same way, since its
//! timeline would have too many wage days to draw.
//!
//! Worked example, 2,000 pairs, 30/70 T/T, balance before shipment on day 42: invoice
//! Rp200.000.000; materials Rp90.000.000 on day 0; making Rp40.000.000 in 6 weekly wages of
//! Rp6.666.666,66… (days 7 … 42); shipping Rp8.000.000 on day 42; deposit Rp60.000.000 on
//! day 7, balance Rp140.000.000 on day 42.
//!
//! | day | events | balance after the day |
//! |---|---|---|
//! | 0 | materials −90.000.000 | −90.000.000 |
//! | 7 | wages −6.666.666,67, deposit +60.000.000 | −36.666.666,67 |
//! | 14 … 35 | wages −6.666.666,67 each week | −43.333.333,33 … −63.333.333,33 |
//! | 42 | wages, shipping −8.000.000, balance +140.000.000 | +62.000.000 |
//!
//! Peak need Rp96.666.666,67 on day 7 (the week's wages are paid before the deposit arrives).
//! Need-days: 90.000.000 × 7 + (36,67 + 43,33 + 50 + 56,67 + 63,33) million × 7
//! = 630.000.000 + 1.750.000.000 = 2.380.000.000 rupiah-days (less 7 × 10⁻¹⁸, from the cut
//! wages); at 1 %/month 2.380.000.000 × 1 % ÷ 30 = Rp793.333,33, Rp396,67 a pair. The order
//! leaves 200 − 90 − 40 − 8 = Rp62.000.000.

use crate::model::base::currency::Currency;
use crate::model::base::money::{percent, Frac, Money, MoneyError};
use crate::model::base::scale::position;
use crate::model::sheet::plans::{BalanceWhen, CashPlan};
use rust_decimal::{Decimal, RoundingStrategy};

/// The longest production the timeline draws, in weekly wages (ten years); a longer one is
/// refused as `CashError::Overflow`.
pub const MAX_WEEKS: u32 = 520;

/// The order's amounts, whole order, in the costing currency, as exact quotients. All ≥ 0.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Flows {
    /// Paid on `materials_day`.
    pub materials: Frac,
    /// Paid on `materials_day`.
    pub one_off: Frac,
    /// Own labour and overhead, paid in weekly wages until shipment.
    pub making: Frac,
    /// Bought-in work, paid on delivery before shipment.
    pub workshops: Frac,
    /// The term's export costs (clearance, haulage, THC, freight, insurance, duties…), paid on
    /// the shipment day.
    pub shipping: Frac,
    /// Commission and bank charges, paid the day the balance arrives.
    pub on_receipt: Frac,
    /// The order's invoice value: what the buyer pays in all.
    pub invoice: Frac,
}

/// What a cash event is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flow {
    Deposit,
    Materials,
    OneOff,
    /// One week's wages (labour and overhead).
    Making,
    Workshops,
    Shipping,
    /// Commission and bank charges.
    OnReceipt,
    Balance,
}

/// One payment or receipt and the order's cash position after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Event {
    pub day: u32,
    pub flow: Flow,
    /// Signed: receipts +, payments −.
    pub amount: Money,
    /// The order's cash position after this event.
    pub balance: Money,
}

/// One bar of the cash chart: the balance at the end of a day with events, and where its bar
/// runs on the 0–1000 scale (from the zero line to the balance, whichever side it is on).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CashBar {
    pub day: u32,
    pub balance: Money,
    pub from: i64,
    pub to: i64,
}

/// The order's cash timeline and what it costs to finance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    /// In day order; on the same day payments come before receipts; zero amounts left out.
    pub events: Vec<Event>,
    /// The most cash the maker must find: `max(0, −lowest balance after any event)`.
    pub peak_need: Money,
    /// The first day the peak is reached; `None` when no cash is needed.
    pub peak_day: Option<u32>,
    /// The day the balance arrives (the buyer's last payment).
    pub last_payment_day: u32,
    /// ∫ max(0, −balance) dt up to the last payment, in money·days ("rupiah-days").
    pub need_days: Decimal,
    /// `need_days × monthly rate ÷ 30`; `None` when no rate is entered.
    pub financing: Option<Money>,
    /// The final balance, invoice − all costs: what the order leaves.
    pub ends_with: Money,
    /// One bar per day with events, in day order.
    pub chart: Vec<CashBar>,
    /// Where the zero line is on the chart's 0–1000 scale.
    pub zero: i64,
}

/// Why there is no timeline. Data only; the UI words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CashError {
    /// The lead time (confirmation to shipment) is not entered.
    NoLeadTime,
    /// A deposit above 100 % of the invoice.
    DepositAbove100,
    /// A day or an amount too large to work with, or a production longer than `MAX_WEEKS`.
    Overflow,
}

impl From<MoneyError> for CashError {
    fn from(_: MoneyError) -> CashError {
        CashError::Overflow
    }
}

/// An event before sorting: its exact amount and that amount's value.
struct Pending {
    day: u32,
    flow: Flow,
    amount: Frac,
    value: Decimal,
}

/// The order's cash timeline under `plan`, with amounts in `currency`.
///
/// # Errors
/// `NoLeadTime` when `lead_days` is 0; `DepositAbove100`; `Overflow` when a day or an amount
/// does not fit, or production takes more than `MAX_WEEKS` weekly wages.
pub fn timeline(plan: &CashPlan, flows: &Flows, currency: Currency) -> Result<Timeline, CashError> {
    if plan.lead_days == 0 {
        return Err(CashError::NoLeadTime);
    }
    if plan.deposit_pct > Decimal::ONE_HUNDRED {
        return Err(CashError::DepositAbove100);
    }
    let balance_day = match plan.balance {
        BalanceWhen::BeforeShipment => plan.lead_days,
        BalanceWhen::AgainstDocuments | BalanceWhen::AfterBl => {
            plan.lead_days.checked_add(plan.balance_days).ok_or(CashError::Overflow)?
        }
    };
    let deposit = flows.invoice.times(percent(plan.deposit_pct))?;
    let pending = pending(plan, flows, deposit, balance_day)?;
    let walk = walk(&pending, currency)?;

    // The buyer's last payment: the balance, or a deposit that comes later still (100 % on
    // open account, day 90); nothing is financed after it.
    let last_receipt = if deposit.is_zero() { balance_day } else { balance_day.max(plan.deposit_day) };
    let need = need_days(&walk.days, last_receipt)?;
    let financing = match plan.monthly_rate_pct {
        Some(rate) => Some(Money::new(decimal(need.times(percent(rate))?.divided_by(Decimal::from(30))?)?, currency)),
        None => None,
    };
    let (chart, zero) = chart(&walk.days, currency);
    Ok(Timeline {
        events: walk.events,
        // `lowest` is never above zero, so this is max(0, −lowest) (and never a negative zero).
        peak_need: Money::new(Decimal::ZERO.checked_sub(walk.lowest).ok_or(CashError::Overflow)?, currency),
        peak_day: walk.peak_day,
        last_payment_day: last_receipt,
        need_days: decimal(need)?,
        financing,
        ends_with: Money::new(decimal(walk.running)?, currency),
        chart,
        zero,
    })
}

/// Every payment and receipt of the order, signed (receipts +, payments −), zero amounts left
/// out, in the order the day runs: payments before receipts, commission and bank charges last.
fn pending(plan: &CashPlan, flows: &Flows, deposit: Frac, balance_day: u32) -> Result<Vec<Pending>, CashError> {
    let ship = plan.lead_days;
    let rest = flows.invoice.minus(deposit)?;
    let workshops_day = plan.materials_day.max(ship.saturating_sub(plan.workshops_before_shipment));
    let mut pending = Vec::new();
    let mut push = |day: u32, flow: Flow, amount: Frac, receipt: bool| -> Result<(), CashError> {
        let amount = if receipt { amount } else { Frac::ZERO.minus(amount)? };
        if !amount.is_zero() {
            pending.push(Pending { day, flow, amount, value: decimal(amount)? });
        }
        Ok(())
    };
    push(plan.deposit_day, Flow::Deposit, deposit, true)?;
    push(plan.materials_day, Flow::Materials, flows.materials, false)?;
    push(plan.materials_day, Flow::OneOff, flows.one_off, false)?;
    for (day, wage) in wages(flows.making, 0, ship, reach(flows))? {
        push(day, Flow::Making, wage, false)?;
    }
    push(workshops_day, Flow::Workshops, flows.workshops, false)?;
    push(ship, Flow::Shipping, flows.shipping, false)?;
    push(balance_day, Flow::OnReceipt, flows.on_receipt, false)?;
    push(balance_day, Flow::Balance, rest, true)?;
    // Stable: within a day, payments (negative) first, then receipts, each in `Flow` order.
    // Commission and bank charges are paid out of the balance they fall on, so they come after
    // it on its day; every other payment comes before that day's receipts.
    pending.sort_by_key(|p| {
        (p.day, p.flow == Flow::OnReceipt || p.value >= Decimal::ZERO, p.flow == Flow::OnReceipt, p.flow as u8)
    });
    Ok(pending)
}

/// The largest a running balance can be: every amount added up, whatever its sign.
fn reach(flows: &Flows) -> Decimal {
    [flows.invoice, flows.materials, flows.one_off, flows.making, flows.workshops, flows.shipping, flows.on_receipt]
        .iter()
        .try_fold(Decimal::ZERO, |sum, f| f.value().ok().and_then(|v| sum.checked_add(v.abs())))
        .unwrap_or(Decimal::MAX)
}

/// The events walked in order: the running balance after each, its lowest point, and the
/// balance at the end of each day with events.
struct Walk {
    events: Vec<Event>,
    /// The lowest balance after any event (never above zero) and the first day it is reached.
    lowest: Decimal,
    peak_day: Option<u32>,
    /// (day, balance at its end, that balance's value)
    days: Vec<(u32, Frac, Decimal)>,
    /// The balance after the last event, exact.
    running: Frac,
}

/// The running balance after every event, exact; the lowest point; the end of each day.
fn walk(pending: &[Pending], currency: Currency) -> Result<Walk, CashError> {
    let mut walk = Walk {
        events: Vec::with_capacity(pending.len()),
        lowest: Decimal::ZERO,
        peak_day: None,
        days: Vec::new(),
        running: Frac::ZERO,
    };
    for p in pending {
        walk.running = walk.running.plus(p.amount)?;
        let value = decimal(walk.running)?;
        if value < walk.lowest {
            (walk.lowest, walk.peak_day) = (value, Some(p.day));
        }
        walk.events.push(Event {
            day: p.day,
            flow: p.flow,
            amount: Money::new(p.value, currency),
            balance: Money::new(value, currency),
        });
        match walk.days.last_mut() {
            Some(last) if last.0 == p.day => *last = (p.day, walk.running, value),
            _ => walk.days.push((p.day, walk.running, value)),
        }
    }
    Ok(walk)
}

/// What the order leaves after every cost, its financing included ("Sisa setelah semua
/// biaya"): the final balance less the financing. When the financing is in the price
/// (`CashPlan::in_price`) the buyer pays it on top of the invoice this timeline is worked on,
/// so the final balance is what is kept. Without a rate, the final balance.
///
/// Worked example (the module's): Rp62.000.000 less Rp793.333,33 at 1 %/month =
/// Rp61.206.666,67.
///
/// # Errors
/// `CashError::Overflow` if the subtraction does not fit.
pub fn kept(t: &Timeline, plan: &CashPlan) -> Result<Money, CashError> {
    match t.financing {
        Some(f) if !plan.in_price => Ok(Money::new(
            t.ends_with.amount().checked_sub(f.amount()).ok_or(CashError::Overflow)?,
            t.ends_with.currency(),
        )),
        _ => Ok(t.ends_with),
    }
}

/// The financing cost per pair, `financing ÷ pairs`; `None` without a rate or without pairs.
pub fn financing_per_pair(t: &Timeline, pairs: u32) -> Option<Frac> {
    if pairs == 0 {
        return None;
    }
    Frac::new(t.financing?.amount(), Decimal::from(pairs)).ok()
}

/// The weekly wages: `n = max(1, ⌈(ship − from) ÷ 7⌉)` instalments on `from + 7k`, the last on
/// `ship`; the first n − 1 are `making ÷ n` cut to the decimal places a running balance as
/// large as `reach` still holds exactly (28 significant digits in all), the last is what
/// remains, so the wages, and every balance they pass through, add back exactly.
fn wages(making: Frac, from: u32, ship: u32, reach: Decimal) -> Result<Vec<(u32, Frac)>, CashError> {
    if making.is_zero() {
        return Ok(Vec::new());
    }
    let n = ship.saturating_sub(from).div_ceil(7).max(1);
    if n > MAX_WEEKS {
        return Err(CashError::Overflow);
    }
    let places = 28u32.saturating_sub(integer_digits(reach));
    let each = making.divided_by(Decimal::from(n))?.value()?.round_dp_with_strategy(places, RoundingStrategy::ToZero);
    let mut out = Vec::with_capacity(n as usize);
    for k in 1..n {
        let day = from.checked_add(k.checked_mul(7).ok_or(CashError::Overflow)?).ok_or(CashError::Overflow)?;
        out.push((day, Frac::from(each)));
    }
    out.push((ship, making.minus(Frac::from(each).times(Decimal::from(n - 1))?)?));
    Ok(out)
}

/// The quotient, without trailing zeros (62.000.000, not 62.000.000,000…).
fn decimal(f: Frac) -> Result<Decimal, CashError> {
    Ok(f.value()?.normalize())
}

/// Digits before the decimal point (at least 1): 40.000.000 → 8, 0,5 → 1.
fn integer_digits(x: Decimal) -> u32 {
    let mut v = x.abs().trunc();
    let mut digits = 1;
    while v >= Decimal::TEN {
        v = (v / Decimal::TEN).trunc();
        digits += 1;
    }
    digits
}

/// ∫ max(0, −balance) dt from the first event to `until`, the balance held at each day's end.
fn need_days(days: &[(u32, Frac, Decimal)], until: u32) -> Result<Frac, CashError> {
    let mut need = Frac::ZERO;
    for (i, &(day, balance, value)) in days.iter().enumerate() {
        if day >= until {
            break;
        }
        let end = days.get(i + 1).map_or(until, |next| next.0).min(until);
        if value < Decimal::ZERO {
            need = need.minus(balance.times(Decimal::from(end - day))?)?;
        }
    }
    Ok(need)
}

/// One bar per day on a single linear scale from the lowest balance (0, or the zero line if no
/// balance is below it) to the highest (1000, or the zero line); returns the bars and the zero
/// line's position.
fn chart(days: &[(u32, Frac, Decimal)], currency: Currency) -> (Vec<CashBar>, i64) {
    let low = days.iter().map(|d| d.2).min().unwrap_or_default().min(Decimal::ZERO);
    let high = days.iter().map(|d| d.2).max().unwrap_or_default().max(Decimal::ZERO);
    // A span wider than a decimal holds is drawn at a quarter scale; each quarter is at most
    // about 2 × 10²⁸, so no difference below can overflow.
    let wide = high.checked_sub(low).is_none();
    // Dividing by 4 only scales; it cannot overflow or divide by zero.
    let scaled = |v: Decimal| if wide { v / Decimal::from(4) } else { v };
    let span = scaled(high).checked_sub(scaled(low)).unwrap_or(Decimal::MAX);
    let at = |v: Decimal| scaled(v).checked_sub(scaled(low)).map_or(0, |d| position(d, span));
    let zero = at(Decimal::ZERO);
    let bars = days
        .iter()
        .map(|&(day, _, value)| {
            let p = at(value);
            CashBar { day, balance: Money::new(value, currency), from: p.min(zero), to: p.max(zero) }
        })
        .collect();
    (bars, zero)
}
