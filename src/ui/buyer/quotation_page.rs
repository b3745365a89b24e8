//! The quotation page: one rendering of `BuyerQuote` for the buyer's link and the maker's A4 print
//! alike, so what a buyer can see is what the type holds, and no cost can appear on either.
//!
//! Built with plain DOM calls (`ui::buyer::dom`), so the buyer's module (no Yew) and the editor (which
//! mounts it in its print area, `PrintedQuote`) share it.
//!
//! One article at one term reads as a price list: quantity, unit price, amount. Several terms
//! are columns of unit prices (the amounts move to the order's total, so a phone still fits).
//! Several articles are groups of rows under each article's name, code, colour and sizes, with
//! the order's total per term and its cartons, m³ and kg at the foot.

use crate::format::format_number;
use crate::i18n::buyer::{lead, payment, remark, with_text, BuyerLang, BT};
use crate::share::buyer::{BuyerArticle, BuyerQuote};
use crate::ui::buyer::dom::{region_name, text_el, El};
use rust_decimal::Decimal;

/// `<tr><th scope=row>label</th><td>value</td></tr>`, or nothing for an empty value.
pub fn row(label: &str, value: &str) -> Option<El> {
    if value.trim().is_empty() {
        return None;
    }
    Some(
        El::new("tr")?
            .child(text_el("th", "", label).map(|th| th.attr("scope", "row")))
            .child(text_el("td", "", value)),
    )
}

/// A party's block (`qs-from` for the exporter, `qs-to` for the buyer), or nothing when empty.
pub fn party(class: &str, label: &str, p: &crate::model::sheet::document::Party) -> Option<El> {
    if p.name.trim().is_empty() && p.address.trim().is_empty() {
        return None;
    }
    El::new("div").map(|d| {
        d.class(class)
            .child(text_el("span", "qs-label", label))
            .child(text_el("strong", if class == "qs-from" { "qs-exporter" } else { "" }, &p.name))
            .child(text_el("span", "", &p.address))
            .child(text_el("span", "", &p.contact))
    })
}

/// The article's code, HS code, sizes and what a CMT price covers, as lines of text.
fn article_lines(a: &BuyerArticle, l: BuyerLang) -> Vec<(&'static str, String)> {
    let t = |k: BT| k.in_lang(l);
    let n = |v: Decimal| format_number(v, l.number_style(), None);
    let mut code = a.code.clone();
    if !a.hs_code.is_empty() {
        code.push_str(&format!("{}{}: {}", if code.is_empty() { "" } else { " · " }, t(BT::HsCode), a.hs_code));
    }
    let mut lines = vec![("", code)];
    if !a.sizes.is_empty() {
        let list = a.sizes.iter().map(|s| format!("{} · {} mm", s.label, n(s.foot_mm))).collect::<Vec<_>>();
        lines.push(("qs-sizes", format!("{}: {}", t(BT::Sizes), list.join(" | "))));
    }
    if a.moq > 0 {
        lines.push(("qs-moq", format!("{}: {}", t(BT::Moq), n(Decimal::from(a.moq)))));
    }
    if let Some(ppc) = a.pairs_per_carton {
        lines.push(("qs-ppc", format!("{}: {}", t(BT::PairsPerCarton), n(Decimal::from(ppc)))));
    }
    if !a.supplied.is_empty() {
        lines.push(("qs-covers", format!("{}: {} {}", t(BT::PriceCovers), t(BT::CmtCovers), a.supplied.join(", "))));
    }
    lines.retain(|(_, text)| !text.trim().is_empty());
    lines
}

/// The quotation sheet (`<article class="quote-sheet">`), in language `l`; `expired` marks the
/// validity row; `level` is the title's heading level (1 on the printed page, 2 under the buyer
/// page's own heading); an article's name is one level below.
pub fn sheet(q: &BuyerQuote, l: BuyerLang, expired: bool, level: u8) -> Option<El> {
    let below = format!("h{}", level + 1);
    let t = |k: BT| k.in_lang(l);
    let pi = q.proforma.as_ref();
    let kind = if pi.is_some() { BT::Proforma } else { BT::Quotation };
    let head = header(q, l, expired, &format!("h{level}"), kind);
    // One article: its name and lines above the prices, as a price list.
    let single = (q.articles.len() <= 1).then(|| q.articles.first()).flatten().map(|a| {
        El::new("section").map(|s| {
            s.class("qs-article")
                .child(text_el(&below, "qs-article-name", &a.name))
                .children(article_lines(a, l).into_iter().map(|(class, text)| text_el("p", class, &text)))
        })
    });
    let places = q.terms.iter().map(crate::share::buyer::BuyerTerm::line).collect::<Vec<_>>().join(" / ");
    let prices = prices(q, l, &places);
    let terms = terms(q, l, &places);
    El::new("article").map(|a| {
        a.class(if pi.is_some() { "quote-sheet proforma" } else { "quote-sheet" })
            .attr("aria-label", t(kind))
            .child(head)
            .child(party("qs-to", t(BT::To), &q.buyer))
            .child(pi.and_then(|pi| party("qs-to", t(BT::Consignee), &pi.consignee)))
            .child(single.flatten())
            .child(prices)
            .child(terms)
    })
}

/// The sheet's header: the exporter, and the title (tag `title`) over the number, date and validity.
fn header(q: &BuyerQuote, l: BuyerLang, expired: bool, title: &str, kind: BT) -> Option<El> {
    let t = |k: BT| k.in_lang(l);
    El::new("header").map(|h| {
        h.class("qs-head").child(party("qs-from", t(BT::Exporter), &q.exporter)).child(El::new("div").map(|d| {
            d.class("qs-title").child(text_el(title, "qs-h", t(kind))).child(El::new("table").map(|tb| {
                tb.class("qs-meta").child(El::new("tbody").map(|b| {
                    let b = match &q.proforma {
                        Some(pi) => b
                            .child(row(t(BT::PiNumber), &pi.number))
                            .child(row(t(BT::Date), &pi.date))
                            .child(row(t(BT::FromQuotation), &q.number)),
                        None => b.child(row(t(BT::Number), &q.number)).child(row(t(BT::Date), &q.date)),
                    };
                    b.child(q.valid_until().and_then(|u| {
                        let r = row(t(BT::ValidUntil), &u.to_string())?;
                        Some(if expired { r.class("expired") } else { r })
                    }))
                }))
            }))
        }))
    })
}

/// `<th scope=col>`, right-aligned for a price.
fn th_col(text: &str, right: bool) -> Option<El> {
    text_el("th", if right { "r" } else { "" }, text).map(|th| th.attr("scope", "col"))
}

/// The prices table: its caption, column heads, one group of rows per article, and the total.
fn prices(q: &BuyerQuote, l: BuyerLang, places: &str) -> Option<El> {
    let t = |k: BT| k.in_lang(l);
    let cur = q.currency.code();
    let head_row = El::new("tr").map(|r| {
        let r = r.child(th_col(t(BT::Quantity), false));
        if q.terms.len() > 1 {
            r.children(q.terms.iter().map(|term| th_col(&format!("{} ({cur})", term.line()), true)))
        } else {
            r.child(th_col(&format!("{} ({cur})", t(BT::UnitPrice)), true))
                .child(th_col(&format!("{} ({cur})", t(BT::Amount)), true))
        }
    });
    let total = total(q, l);
    El::new("table").map(|tb| {
        tb.class("qs-prices")
            .id("buyer-prices")
            .child(
                text_el("caption", "", &format!("{} {} · {} (Incoterms® 2020)", t(BT::PricesIn), cur, places))
                    // The Element Timing API reports when this text is painted (e2e/perf.mjs).
                    .map(|c| c.attr("elementtiming", "first-figure")),
            )
            .child(El::new("thead").map(|h| h.child(head_row)))
            .children(q.articles.iter().map(|a| body(q, a, l)))
            .child(total)
    })
}

/// An article's `<tbody>`: its name and lines (with several articles), then a row per quantity.
fn body(q: &BuyerQuote, a: &BuyerArticle, l: BuyerLang) -> Option<El> {
    let n = |v: Decimal, dp: Option<u32>| format_number(v, l.number_style(), dp);
    let several_terms = q.terms.len() > 1;
    let columns = if several_terms { 1 + q.terms.len() } else { 3 };
    El::new("tbody").map(|b| {
        let b = if q.articles.len() > 1 {
            b.child(El::new("tr").map(|r| {
                r.class("qs-art").child(El::new("th").map(|th| {
                    th.attr("scope", "rowgroup")
                        .attr("colspan", &columns.to_string())
                        .child(text_el("strong", "qs-article-name", &a.name))
                        .children(article_lines(a, l).into_iter().map(|(class, text)| text_el("span", class, &text)))
                }))
            }))
        } else {
            b
        };
        b.children(a.tiers.iter().map(|tier| {
            let r = El::new("tr")?.child(text_el("td", "", &n(Decimal::from(tier.pairs), None)));
            Some(if several_terms {
                r.children(tier.prices.iter().map(|p| text_el("td", "r", &n(*p, Some(q.decimals)))))
            } else {
                let unit = tier.prices.first().map_or_else(|| "—".into(), |p| n(*p, Some(q.decimals)));
                let amount = tier.total(0, q.decimals).map_or_else(|| "—".into(), |v| n(v, Some(q.decimals)));
                r.child(text_el("td", "r", &unit)).child(text_el("td", "r", &amount))
            })
        }))
    })
}

/// The order's total (`<tfoot>`): with several articles or several terms (one article at one
/// term shows its amounts in its rows already), and a PI's deposit and balance.
fn total(q: &BuyerQuote, l: BuyerLang) -> Option<El> {
    let t = |k: BT| k.in_lang(l);
    let n = |v: Decimal, dp: Option<u32>| format_number(v, l.number_style(), dp);
    let several_terms = q.terms.len() > 1;
    let pi = q.proforma.as_ref();
    if !(q.articles.len() > 1 || several_terms || pi.is_some()) {
        return None;
    }
    let totals = (0..q.terms.len()).map(|k| q.order_total(k)).collect::<Option<Vec<_>>>()?;
    let pairs = totals.first()?.0;
    El::new("tfoot").map(|f| {
        f.child(El::new("tr").map(|r| {
            let label = format!("{} · {} {}", t(BT::OrderTotal), n(Decimal::from(pairs), None), t(BT::Pairs));
            let r = r.class("qs-total").child(text_el("th", "", &label).map(|th| th.attr("scope", "row")));
            if several_terms {
                r.children(totals.iter().map(|(_, v)| text_el("td", "r", &n(*v, Some(q.decimals)))))
            } else {
                r.id("pi-total").child(text_el("td", "", "")).child(text_el(
                    "td",
                    "r",
                    &n(totals[0].1, Some(q.decimals)),
                ))
            }
        }))
        // A PI's deposit and balance (`BuyerQuote::balance`: they add back to the total).
        .children(
            pi.map(|pi| {
                let line = |label: String, value: Decimal, id: &str| {
                    Some(
                        El::new("tr")?
                            .class("qs-total")
                            .id(id)
                            .child(text_el("th", "", &label).map(|th| th.attr("scope", "row")))
                            .child(text_el("td", "", ""))
                            .child(text_el("td", "r", &n(value, Some(q.decimals)))),
                    )
                };
                [
                    line(
                        format!("{} ({} %)", t(BT::Deposit), n(pi.deposit_pct, None)),
                        pi.deposit,
                        "pi-deposit-amount",
                    ),
                    q.balance().and_then(|b| line(t(BT::Balance).to_string(), b, "pi-balance")),
                ]
            })
            .into_iter()
            .flatten(),
        )
    })
}

/// A place with its country's name ("Tanjung Perak, Surabaya, Indonesia"), unless the place
/// names it already or is empty.
fn with_country(place: &str, code: &str, l: BuyerLang) -> String {
    let country = region_name(code, l.tag());
    let named = place.to_ascii_lowercase().contains(&country.to_ascii_lowercase())
        || place.to_ascii_lowercase().contains("indonesia");
    if place.trim().is_empty() || named {
        place.to_string()
    } else {
        format!("{}, {country}", place.trim())
    }
}

/// The terms table: delivery, port, a PI's destination and date, payment, lead time, remarks,
/// the shipment (with several articles), bank details and notes.
fn terms(q: &BuyerQuote, l: BuyerLang, places: &str) -> Option<El> {
    let t = |k: BT| k.in_lang(l);
    let n = |v: Decimal, dp: Option<u32>| format_number(v, l.number_style(), dp);
    let pi = q.proforma.as_ref();
    let shipment = q.shipment.map(|s| {
        format!(
            "{} {} · {} m³ · {} kg",
            n(Decimal::from(s.cartons), None),
            t(BT::Cartons),
            n(s.cbm, Some(2)),
            n(s.gross_kg, Some(0))
        )
    });
    El::new("table").map(|tb| {
        tb.class("qs-terms").child(El::new("tbody").map(|b| {
            b.child(row(t(BT::DeliveryTerm), places))
                .child(row(t(BT::PortOfLoading), &with_country(&q.port_of_loading, "ID", l)))
                .child(q.destination_country.and_then(|c| row(t(BT::BuyerCountry), &region_name(c.code(), l.tag()))))
                .child(pi.and_then(|pi| row(t(BT::Destination), &pi.destination)))
                .child(pi.and_then(|pi| row(t(BT::ShipmentDate), &pi.shipment_date)))
                .child(row(t(BT::PaymentTerms), &with_text(q.payment.map(|p| payment(p, l)), &q.payment_terms)))
                .child(row(t(BT::LeadTime), &with_text(q.lead.map(|x| lead(x, l)), &q.lead_time)))
                .child(row(t(BT::Remarks), &q.remarks.iter().map(|r| remark(*r, l)).collect::<Vec<_>>().join(" ")))
                // The packing facts an FOB buyer asks first: cartons, m³ and kg of the order.
                .child(row(t(BT::Shipment), shipment.as_deref().unwrap_or("")))
                .child(row(t(BT::BankDetails), &q.bank_details))
                .child(row(t(BT::Notes), &q.notes))
        }))
    })
}
