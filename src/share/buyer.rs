//! The buyer's view of a quote, frozen as issued.

use crate::model::base::currency::Currency;
use crate::model::base::incoterms::Incoterm;
use crate::model::export::quote::Quote;
use crate::model::quotation::combined::QuotationPrice;
use crate::model::quotation::Quotation;
use crate::model::sheet::document::{Document, Party};
use crate::model::sheet::phrases::{Lead, Payment, Remark};
use rust_decimal::Decimal;

/// One size as the buyer sees it: the maker's label and the foot length it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuyerSize {
    pub label: String,
    pub foot_mm: Decimal,
}

/// One quantity of an article and its quoted unit price at each term (already rounded; an
/// amount is unit × pairs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuyerTier {
    pub pairs: u32,
    /// One per term, in the quotation's order of terms.
    pub prices: Vec<Decimal>,
}

impl BuyerTier {
    /// `unit price × pairs` at term column `k`, in minor units of `decimals` places: exact
    /// integer arithmetic (a quoted price has at most the currency's decimals). `None` only for
    /// absurd figures.
    pub fn total_minor(&self, k: usize, decimals: u32) -> Option<i128> {
        minor(*self.prices.get(k)?, decimals)?.checked_mul(i128::from(self.pairs))
    }

    /// `unit price × pairs` at term column `k`.
    pub fn total(&self, k: usize, decimals: u32) -> Option<Decimal> {
        Decimal::try_from_i128_with_scale(self.total_minor(k, decimals)?, decimals).ok()
    }
}

/// A delivery term the quotation is priced at, with its named place ("CIF", "Busan").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuyerTerm {
    pub incoterm: Incoterm,
    pub place: String,
}

impl BuyerTerm {
    /// "FOB Tanjung Perak, Surabaya", or the code alone.
    pub fn line(&self) -> String {
        if self.place.trim().is_empty() {
            self.incoterm.code().to_string()
        } else {
            format!("{} {}", self.incoterm.code(), self.place.trim())
        }
    }
}

/// One article as the buyer sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuyerArticle {
    pub name: String,
    pub code: String,
    pub hs_code: String,
    pub sizes: Vec<BuyerSize>,
    /// In ascending order of pairs.
    pub tiers: Vec<BuyerTier>,
    /// The order's quantity of this article (one of the tiers); `None` in a version-1 link,
    /// which did not say.
    pub order: Option<u32>,
    pub moq: u32,
    /// A CMT (maklon) price: the materials the buyer supplies, named; the page says in the
    /// buyer's language what the price covers. Empty: a full price.
    pub supplied: Vec<String>,
    /// Pairs in one carton; `None` in a link before version 4.
    pub pairs_per_carton: Option<u32>,
}

/// The order's cartons, volume and weight (every article packed together).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuyerShipment {
    pub cartons: u32,
    pub cbm: Decimal,
    pub gross_kg: Decimal,
}

/// Everything a quotation shows a buyer: the buyer link and the printed A4 page render this one
/// type (`ui::buyer::quotation_page`). By construction there is no place in it for a material cost,
/// labour, overhead, margin, exchange rate, FX buffer, exact price or supplier figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuyerQuote {
    pub exporter: Party,
    /// To whom (may be empty).
    pub buyer: Party,
    pub number: String,
    /// Issue date, `YYYY-MM-DD` (may be empty).
    pub date: String,
    pub validity_days: u32,
    pub currency: Currency,
    /// Decimal places of the unit prices.
    pub decimals: u32,
    /// One to three terms, the columns of every article's prices.
    pub terms: Vec<BuyerTerm>,
    pub articles: Vec<BuyerArticle>,
    pub port_of_loading: String,
    pub payment_terms: String,
    pub lead_time: String,
    pub bank_details: String,
    pub notes: String,
    /// The order's cartons, m³ and kg, when worked out (before version 4, only for a shipment
    /// of several articles).
    pub shipment: Option<BuyerShipment>,
    /// The buyer's country, named beside the delivery place (version 4); the port of loading is
    /// Indonesian, and the page says so.
    pub destination_country: Option<crate::model::base::country::Country>,
    /// Standard phrases, rendered in the buyer's language beside the free text above.
    pub payment: Option<Payment>,
    pub lead: Option<Lead>,
    pub remarks: Vec<Remark>,
    /// Set when this is a proforma invoice: one term, each article at its order quantity.
    pub proforma: Option<BuyerProforma>,
}

/// What a proforma invoice adds to the quotation it comes from (`BuyerQuote::proforma_of`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuyerProforma {
    pub number: String,
    /// `YYYY-MM-DD` (may be empty).
    pub date: String,
    pub consignee: Party,
    pub destination: String,
    pub shipment_date: String,
    pub deposit_pct: Decimal,
    /// The deposit, worked out when issued (`model::quotation::proforma::amounts`, half-up).
    pub deposit: Decimal,
}

/// A figure of at most `decimals` places in minor units of `decimals` places (exact integer
/// arithmetic, so the buyer's module carries no decimal addition).
fn minor(p: Decimal, decimals: u32) -> Option<i128> {
    p.mantissa().checked_mul(10i128.checked_pow(decimals.checked_sub(p.scale())?)?)
}

/// Why a quote cannot be shared yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotReady {
    /// Some quantity has no price (the quote lists what is missing).
    Unpriced {
        pairs: u32,
    },
    NoQuantity,
    /// A cost is left out or refused, or the term lacks an input: the quote lists which
    /// (`Quote::blockers`, `Quote::cost_issues`); nothing provisional is ever sent.
    Incomplete,
}

/// The phone number in a contact line, as WhatsApp wants it (digits, country code first):
/// "+62 812 0000 0000 · sales@x.id" → "6281200000000"; a leading 0 is read as Indonesia (+62).
pub fn whatsapp_number(contact: &str) -> Option<String> {
    contact
        .split(['·', ',', ';', '/', '|'])
        .map(|part| part.chars().filter(char::is_ascii_digit).collect::<String>())
        .find(|digits| digits.len() >= 8 && digits.len() <= 15 && !contact.contains(&format!("@{digits}")))
        .map(|d| if let Some(rest) = d.strip_prefix('0') { format!("62{rest}") } else { d })
}

/// The e-mail address in a contact line, if any.
pub fn email_address(contact: &str) -> Option<String> {
    contact
        .split(|c: char| c.is_whitespace() || matches!(c, '·' | ',' | ';' | '<' | '>' | '(' | ')'))
        .find(|w| {
            let mut parts = w.split('@');
            matches!((parts.next(), parts.next(), parts.next()), (Some(a), Some(d), None) if !a.is_empty() && d.contains('.'))
        })
        .map(str::to_string)
}

impl BuyerQuote {
    /// The last day the quote holds (`date + validity`), when the date is a real date. A
    /// proforma invoice does not expire: it is the order's invoice.
    pub fn valid_until(&self) -> Option<crate::model::base::date::Date> {
        if self.proforma.is_some() {
            return None;
        }
        crate::model::base::date::last_day(&self.date, self.validity_days)
    }

    /// The order's pairs and value at term column `k`: each article's order quantity at its
    /// price. `None` when an article's order quantity is not known (a version-1 link) or a
    /// figure is absurd.
    pub fn order_total(&self, k: usize) -> Option<(u64, Decimal)> {
        let (pairs, value) = self.order_minor(k)?;
        Some((pairs, Decimal::try_from_i128_with_scale(value, self.decimals).ok()?))
    }

    fn order_minor(&self, k: usize) -> Option<(u64, i128)> {
        let (mut pairs, mut value) = (0u64, 0i128);
        for a in &self.articles {
            let t = a.tiers.iter().find(|t| Some(t.pairs) == a.order)?;
            pairs += u64::from(t.pairs);
            value = value.checked_add(t.total_minor(k, self.decimals)?)?;
        }
        Some((pairs, value))
    }

    /// A proforma invoice's balance: its total less the deposit (integer minor units, so the
    /// two add back to the total exactly). `None` for a quotation.
    pub fn balance(&self) -> Option<Decimal> {
        let deposit = minor(self.proforma.as_ref()?.deposit, self.decimals)?;
        let (_, total) = self.order_minor(0)?;
        Decimal::try_from_i128_with_scale(total.checked_sub(deposit)?, self.decimals).ok()
    }

    /// The proforma invoice of this issued quotation at term column `term`: each article at its
    /// order quantity and its price at that term, the deposit worked out from `pi.deposit_pct`
    /// (`model::quotation::proforma`, half-up). The quotation itself is not changed. `None` when the
    /// column does not exist, an order quantity is unknown, or an amount overflows.
    pub fn proforma_of(&self, pi: &crate::model::quotation::proforma::ProformaDetails) -> Option<BuyerQuote> {
        use crate::model::quotation::proforma::{amounts, PiLine};
        let k = usize::try_from(pi.term).ok()?;
        let term = self.terms.get(k)?.clone();
        let articles = self
            .articles
            .iter()
            .map(|a| {
                let tier = a.tiers.iter().find(|t| Some(t.pairs) == a.order)?;
                let price = *tier.prices.get(k)?;
                Some(BuyerArticle { tiers: vec![BuyerTier { pairs: tier.pairs, prices: vec![price] }], ..a.clone() })
            })
            .collect::<Option<Vec<_>>>()?;
        let lines: Vec<PiLine> =
            articles.iter().map(|a| PiLine { pairs: a.tiers[0].pairs, unit_price: a.tiers[0].prices[0] }).collect();
        let sums = amounts(&lines, pi.deposit_pct, self.currency).ok()?;
        Some(BuyerQuote {
            terms: vec![term],
            articles,
            validity_days: 0,
            proforma: Some(BuyerProforma {
                number: pi.number.clone(),
                date: pi.date.clone(),
                consignee: pi.consignee.clone(),
                destination: pi.destination.clone(),
                shipment_date: pi.shipment_date.clone(),
                deposit_pct: pi.deposit_pct,
                deposit: sums.deposit.amount(),
            }),
            // The payment phrase says the PI's deposit, not the quotation's (issue 27 #8).
            payment: pi.payment(self.payment),
            ..self.clone()
        })
    }

    /// Freezes a sheet's quote as issued: its one article at its term.
    ///
    /// # Errors
    /// `NotReady` when a quantity has no price or the quote is incomplete.
    pub fn issue(doc: &Document, quote: &Quote) -> Result<BuyerQuote, NotReady> {
        let article = article(doc, &[quote])?;
        let q = &doc.quote;
        Ok(BuyerQuote {
            exporter: q.exporter.clone(),
            buyer: q.buyer.clone(),
            number: q.number.clone(),
            date: q.date.clone(),
            validity_days: q.validity_days,
            currency: quote.currency,
            decimals: quote.decimals,
            terms: vec![BuyerTerm { incoterm: quote.term, place: doc.terms.named_place(quote.term).to_string() }],
            articles: vec![article],
            port_of_loading: doc.terms.port_of_shipment.clone(),
            payment_terms: q.payment_terms.clone(),
            lead_time: q.lead_time.clone(),
            bank_details: q.bank_details.clone(),
            notes: q.notes.clone(),
            payment: q.payment,
            lead: q.lead,
            remarks: q.remarks.clone(),
            proforma: None,
            // What an FOB buyer asks first: the order's cartons, m³ and kg (its first tier).
            shipment: quote.tiers.first().and_then(|t| t.shipment).map(|s| BuyerShipment {
                cartons: s.plan.cartons,
                cbm: s.plan.cbm,
                gross_kg: s.plan.gross_kg,
            }),
            destination_country: doc.terms.destination_country,
        })
    }

    /// Freezes a quotation of several articles as issued: every article at every term.
    ///
    /// # Errors
    /// `NotReady` while anything keeps the quotation from being sent.
    pub fn issue_quotation(q: &Quotation, priced: &QuotationPrice) -> Result<BuyerQuote, NotReady> {
        if priced.lines.is_empty() {
            return Err(NotReady::NoQuantity);
        }
        if !priced.is_ready() {
            return Err(NotReady::Incomplete);
        }
        let articles = priced
            .lines
            .iter()
            .map(|l| article(&l.sheet, &l.quotes.iter().collect::<Vec<_>>()))
            .collect::<Result<Vec<_>, _>>()?;
        let d = &q.details;
        Ok(BuyerQuote {
            exporter: d.exporter.clone(),
            buyer: d.buyer.clone(),
            number: d.number.clone(),
            date: d.date.clone(),
            validity_days: d.validity_days,
            currency: priced.currency,
            decimals: priced.currency.display_decimals(),
            terms: priced
                .terms
                .iter()
                .map(|&t| BuyerTerm { incoterm: t, place: q.named_place(t).to_string() })
                .collect(),
            articles,
            port_of_loading: q.port_of_shipment.clone(),
            payment_terms: d.payment_terms.clone(),
            lead_time: d.lead_time.clone(),
            bank_details: d.bank_details.clone(),
            notes: d.notes.clone(),
            payment: d.payment,
            lead: d.lead,
            remarks: d.remarks.clone(),
            proforma: None,
            shipment: priced.shipment.filter(|_| priced.shared).map(|s| BuyerShipment {
                cartons: s.plan.cartons,
                cbm: s.plan.cbm,
                gross_kg: s.plan.gross_kg,
            }),
            // A quotation's buyer is its first article's sheet's (the quotation has no country
            // of its own yet).
            destination_country: priced.lines.first().and_then(|l| l.sheet.terms.destination_country),
        })
    }
}

/// One article as issued from its sheet and its quote at each term (the same quantities).
fn article(doc: &Document, quotes: &[&Quote]) -> Result<BuyerArticle, NotReady> {
    let first = quotes.first().ok_or(NotReady::NoQuantity)?;
    if first.tiers.is_empty() {
        return Err(NotReady::NoQuantity);
    }
    if quotes.iter().any(|q| !q.blockers().is_empty()) {
        return Err(NotReady::Incomplete);
    }
    let mut tiers = Vec::with_capacity(first.tiers.len());
    for (i, t) in first.tiers.iter().enumerate() {
        let prices = quotes
            .iter()
            .map(|q| q.tiers.get(i).and_then(|t| t.unit_price).map(|m| m.amount()))
            .collect::<Option<Vec<_>>>()
            .ok_or(NotReady::Unpriced { pairs: t.pairs })?;
        tiers.push(BuyerTier { pairs: t.pairs, prices });
    }
    // A buyer reads quantities in ascending order.
    tiers.sort_by_key(|t| t.pairs);
    Ok(BuyerArticle {
        name: doc.article.name.clone(),
        code: doc.article.code.clone(),
        hs_code: doc.article.hs_code.clone(),
        sizes: doc.sizes.sizes.iter().map(|s| BuyerSize { label: s.label.clone(), foot_mm: s.foot_mm }).collect(),
        tiers,
        order: Some(first.tiers[0].pairs),
        moq: doc.terms.moq,
        supplied: doc
            .materials
            .iter()
            .filter(|m| m.buyer_supplied)
            .map(|m| if m.name.trim().is_empty() { "—".to_string() } else { m.name.trim().to_string() })
            .collect(),
        pairs_per_carton: Some(doc.shipping.carton.pairs_per_carton),
    })
}
