//! Share-link figures (not a test: prints them): the buyer link of a typical quote (3 tiers,
//! 8 sizes) and of the Busan example, its QR version, beside naive JSON + base64 of the same
//! content, and the worksheet link.
//! Run: `cargo bench --bench links` (or `./scripts/bench`).

use base64::Engine;
use rust_decimal_macros::dec;
use tapak::model::base::sizes::Size;
use tapak::model::explain::examples::sneaker_busan;
use tapak::model::export::quote::quote;
use tapak::share::buyer::BuyerQuote;
use tapak::share::{link, qr};

fn main() {
    let origin = "https://tapak.example/";
    let mut typical = sneaker_busan();
    typical.sizes.sizes.push(Size { id: 67, label: "45".into(), foot_mm: dec!(275), quantity: 0 });
    for (name, doc) in
        [("typical quote (3 tiers, 8 sizes)", typical), ("Busan example (3 tiers, 7 sizes)", sneaker_busan())]
    {
        let q = quote(&doc);
        let Ok(b) = BuyerQuote::issue(&doc, &q) else { continue };
        let url = format!("{origin}#q={}", link::encode_buyer(&b).unwrap_or_default());
        let code = qr::encode(&url);
        // The same content as JSON text, base64url-encoded, without compression: what a naive link would be.
        let naive_json = serde_json::json!({
            "exporter": [b.exporter.name, b.exporter.address, b.exporter.contact],
            "buyer": [b.buyer.name, b.buyer.address, b.buyer.contact],
            "number": b.number, "date": b.date, "validity_days": b.validity_days,
            "articles": b.articles.iter().map(|a| serde_json::json!({
                "article": [a.name, a.code, a.hs_code],
                "sizes": a.sizes.iter().map(|s| (s.label.clone(), s.foot_mm.to_string())).collect::<Vec<_>>(),
                "tiers": a.tiers.iter().map(|t| (t.pairs, t.prices.iter().map(ToString::to_string).collect::<Vec<_>>())).collect::<Vec<_>>(),
                "order": a.order, "moq": a.moq,
            })).collect::<Vec<_>>(),
            "currency": b.currency.code(), "decimals": b.decimals,
            "terms": b.terms.iter().map(|t| (t.incoterm.code(), t.place.clone())).collect::<Vec<_>>(),
            "port_of_loading": b.port_of_loading, "payment_terms": b.payment_terms, "lead_time": b.lead_time,
            "bank_details": b.bank_details, "notes": b.notes,
        })
        .to_string();
        let naive = format!("{origin}#q={}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(naive_json));
        println!(
            "buyer link, {name}: {} characters, QR version {} (level M); naive JSON + base64: {} characters, QR version {}",
            url.len(),
            code.map_or_else(|| "—".into(), |c| c.version.to_string()),
            naive.len(),
            qr::encode(&naive).map_or_else(|| "none fits".into(), |c| c.version.to_string()),
        );
    }
    let sheet = format!("{origin}#w={}", link::encode_worksheet(&sneaker_busan()));
    println!("worksheet link, Busan example: {} characters", sheet.len());
}
