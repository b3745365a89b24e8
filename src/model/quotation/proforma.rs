//! The proforma invoice's amounts (issue 14): once the buyer accepts a quotation, each line's
//! pairs at its quoted unit price, the total, the deposit the payment terms ask for and the
//! balance. Against the PI the deposit is paid and the buyer applies for an import licence or
//! an L/C.
//!
//! Each line is `pairs × unit price`, exact (a quoted price has the currency's decimals, so the
//! product has them too). The deposit is `total × deposit %`, rounded half-up to the currency's
//! minor units, and the balance is `total − deposit`, so the two always add back to the total.
//!
//! Worked example (tests/it/allocation.rs): 1.200 pairs at USD 11,50, 800 at 12,05 and 1.250 at
//! 10,95: 13.800 + 9.640 + 13.687,50 = USD 37.127,50; 30 % deposit USD 11.138,25, balance
//! USD 25.989,25.

use crate::model::base::currency::Currency;
use crate::model::base::money::{mul, percent, Money, MoneyError, Rounding};
use crate::model::sheet::document::Party;
use crate::model::sheet::phrases::{Payment, PaymentKind};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One line of the PI: an article's pairs at its quoted unit price.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PiLine {
    pub pairs: u32,
    pub unit_price: Decimal,
}

/// What the PI adds up to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PiAmounts {
    /// Each line's amount, `pairs × unit price`.
    pub lines: Vec<Money>,
    pub pairs: u64,
    pub total: Money,
    pub deposit: Money,
    pub balance: Money,
}

/// The PI's lines, total, deposit and balance in `currency`.
///
/// # Errors
/// `Overflow` when an amount is too large.
pub fn amounts(lines: &[PiLine], deposit_pct: Decimal, currency: Currency) -> Result<PiAmounts, MoneyError> {
    let amounts: Vec<Money> = lines
        .iter()
        .map(|l| Ok(Money::new(mul(Decimal::from(l.pairs), l.unit_price)?, currency)))
        .collect::<Result<_, MoneyError>>()?;
    let total = Money::sum(currency, amounts.iter().copied())?;
    let deposit = Money::new(
        Rounding::HalfUp.round(mul(total.amount(), percent(deposit_pct))?, currency.display_decimals()),
        currency,
    );
    let balance = Money::new(total.amount().checked_sub(deposit.amount()).ok_or(MoneyError::Overflow)?, currency);
    Ok(PiAmounts { lines: amounts, pairs: lines.iter().map(|l| u64::from(l.pairs)).sum(), total, deposit, balance })
}

/// What the exporter fills in to turn an accepted quotation into a PI, kept with the quotation
/// (`Quotation::proforma`) so it prints again the same. Issuing it changes no price or word of
/// the quotation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProformaDetails {
    pub number: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Who receives the goods, when not the buyer (empty: the buyer).
    #[serde(default)]
    pub consignee: Party,
    /// The port or place of destination.
    #[serde(default)]
    pub destination: String,
    /// The planned shipment date or month, as typed ("Maret 2027").
    #[serde(default)]
    pub shipment_date: String,
    /// The deposit the payment terms ask for, in percent.
    pub deposit_pct: Decimal,
    /// The term column the PI is priced at (0: the quotation's first term).
    #[serde(default)]
    pub term: u32,
}

impl ProformaDetails {
    /// The payment phrase the PI prints: the quotation's, made to say the PI's deposit. A
    /// deposit phrase takes the deposit's percent; 100 % is payment in advance; an advance
    /// with a smaller deposit becomes "deposit, balance before shipment"; with no deposit a
    /// deposit or advance phrase would be false, so none is printed (the free text stays the
    /// user's). L/C phrases have no deposit and are kept.
    pub fn payment(&self, quoted: Option<Payment>) -> Option<Payment> {
        use PaymentKind::*;
        let quoted = quoted?;
        let pct = if self.deposit_pct.fract().is_zero() {
            rust_decimal::prelude::ToPrimitive::to_u32(&self.deposit_pct)
        } else {
            None
        };
        match (quoted.kind, pct) {
            (LcAtSight | LcUsance, _) => Some(quoted),
            (_, Some(100)) => Some(Payment { kind: Advance, n: 0 }),
            (_, Some(0)) => None,
            (DepositBeforeShipment | DepositAgainstBl, Some(n)) => Some(Payment { kind: quoted.kind, n }),
            (Advance, Some(n)) => Some(Payment { kind: DepositBeforeShipment, n }),
            // A deposit that is not a whole percent is refused at the door; print no phrase.
            (_, None) => None,
        }
    }

    /// A PI from `details` of a quotation issued on `today`: numbered after it, the deposit
    /// from its payment phrase (30 % when it has none), to its destination.
    pub fn from_quotation(
        details: &crate::model::sheet::document::QuoteDetails,
        destination: &str,
        today: &str,
    ) -> ProformaDetails {
        ProformaDetails {
            number: if details.number.is_empty() { String::new() } else { format!("PI-{}", details.number) },
            date: today.to_string(),
            consignee: Party::default(),
            destination: destination.to_string(),
            shipment_date: String::new(),
            deposit_pct: details.payment.map_or(Decimal::from(30), |p| p.deposit_pct()),
            term: 0,
        }
    }
}
