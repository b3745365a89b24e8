//! `tapak`: the same core, natively, for batch use.
//!
//! ```text
//! tapak quote FILE.json [--json] [--lang id|en]   cost breakdown and quote of a saved sheet
//! tapak example [busan|safety|sandal|consolidator|cmt]             a built-in example, as a sheet file
//! ```
//! FILE.json is the file the app saves ("Simpan file" / "Save file"); `-` reads standard input.
//! Exit status:
//! - 0: done, and the quote is ready to send;
//! - 1: the file could not be read, or was refused by the field rules (each field is named);
//! - 2: usage;
//! - 3: the figures Tapak could work out are printed, but the quote is not ready to send (a cost
//!   left out, a missing rate, a term lacking an input); what is missing goes to standard error.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run(std::env::args().skip(1).collect()));
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use serde_json::{json, Value};
    use std::io::Read;
    use tapak::codec::{document_from_json, document_to_json};
    use tapak::format::{format_money, format_money_dp, format_number, format_share};
    use tapak::i18n::{self, Lang, T};
    use tapak::model::compute::{compute, Breakdown};
    use tapak::model::document::Document;
    use tapak::model::examples::ExampleId;
    use tapak::model::money::Money;
    use tapak::model::quote::{quote, Quote};

    const EXIT_UNREADABLE: i32 = 1;
    const EXIT_NOT_READY: i32 = 3;

    const USAGE: &str =
        "usage: tapak quote FILE.json [--json] [--lang id|en]\n       tapak example [busan|safety|sandal|consolidator|cmt]";

    pub fn run(args: Vec<String>) -> i32 {
        let mut lang = Lang::En;
        let mut as_json = false;
        let mut rest = Vec::new();
        let mut it = args.into_iter();
        while let Some(a) = it.next() {
            match a.as_str() {
                "--json" => as_json = true,
                "--lang" => match it.next().as_deref().and_then(Lang::from_tag) {
                    Some(l) => lang = l,
                    None => return usage(),
                },
                "-h" | "--help" => {
                    println!("{USAGE}");
                    return 0;
                }
                _ => rest.push(a),
            }
        }
        match rest.as_slice() {
            [cmd, which @ ..] if cmd == "example" && which.len() <= 1 => {
                let id = match which.first().map(String::as_str) {
                    None | Some("busan") => ExampleId::SneakerBusan,
                    Some("safety") => ExampleId::SafetyShoe,
                    Some("sandal") => ExampleId::SandalLosAngeles,
                    Some("consolidator") => ExampleId::Consolidator,
                    Some("cmt") => ExampleId::Cmt,
                    Some(_) => return usage(),
                };
                println!("{}", document_to_json(&id.document()));
                0
            }
            [cmd, file] if cmd == "quote" => {
                let text = match read(file) {
                    Ok(t) => t,
                    Err(e) => {
                        eprintln!("tapak: {file}: {e}");
                        return EXIT_UNREADABLE;
                    }
                };
                let doc = match document_from_json(&text) {
                    Ok(d) => d,
                    Err(e) => {
                        let m = i18n::load_message(&e, lang);
                        eprintln!("tapak: {file}: {}", m.summary);
                        for line in &m.lines {
                            eprintln!("  - {line}");
                        }
                        if let Some(d) = &m.detail {
                            eprintln!("  ({d})");
                        }
                        return EXIT_UNREADABLE;
                    }
                };
                let (b, q) = (compute(&doc), quote(&doc));
                if as_json {
                    println!("{}", serde_json::to_string_pretty(&to_json(&doc, &b, &q, lang)).unwrap_or_default());
                } else {
                    print!("{}", table(&doc, &b, &q, lang));
                }
                if q.is_ready() {
                    0
                } else {
                    // The figures it has are printed above; what is missing goes to stderr.
                    eprintln!("tapak: {file}: {}", T::NotReady.in_lang(lang));
                    for line in i18n::not_ready_lines(&doc, &q, lang) {
                        eprintln!("  - {line}");
                    }
                    EXIT_NOT_READY
                }
            }
            _ => usage(),
        }
    }

    fn usage() -> i32 {
        eprintln!("{USAGE}");
        2
    }

    fn read(file: &str) -> std::io::Result<String> {
        if file == "-" {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s)?;
            Ok(s)
        } else {
            std::fs::read_to_string(file)
        }
    }

    /// The breakdown and quote as a plain-text table.
    pub fn table(doc: &Document, b: &Breakdown, q: &Quote, lang: Lang) -> String {
        let t = |k: T| k.in_lang(lang);
        let st = lang.number_style();
        let m = |x: Money| format_money(x, st);
        let mut out = String::new();
        let a = &doc.article;
        out += &format!("{} · {} · HS {}\n\n", a.name, a.code, a.hs_code);
        out += &format!("{}: {}", t(T::HppPerPair), m(b.per_pair));
        if let Some(d) = b.per_pair_display.filter(|d| d.currency != b.currency) {
            out += &format!(" (≈ {})", m(d));
        }
        out += "\n";
        for c in &b.categories {
            out += &format!(
                "  {:<26} {:>16} {:>20} {:>7}\n",
                i18n::category(c.category).in_lang(lang),
                m(c.per_pair),
                m(c.per_order),
                c.share.map_or_else(|| "—".into(), |s| format_share(s, st))
            );
        }
        for i in &b.issues {
            out += &format!("  ! {}\n", i18n::issue(i, lang, &|p| i18n::place_name(doc, p, lang)));
        }
        out += &format!(
            "\n{} · {} {} · {}\n",
            t(T::ExportPrice),
            q.term.code(),
            doc.terms.named_place(q.term),
            q.currency.code()
        );
        if let Some(r) = &q.rate {
            out += &format!("  {}\n", i18n::notes::rate_used(r, lang));
        }
        // The seller's view: the exact price and the step, which the buyer never sees.
        if let Some(f) = q.tiers.first() {
            if let (Some(exact), Some(unit)) = (f.unit_exact, f.unit_price) {
                let how = if q.commercial_step || q.step.up {
                    i18n::notes::price_step(&q.step, lang)
                } else {
                    format!("{} {}", q.decimals, tapak::i18n::P::Decimals.in_lang(lang))
                };
                out +=
                    &format!("  {} → {how} = {}\n", format_money_dp(exact, st, q.decimals + 2), format_money(unit, st));
            }
        }
        out += &format!(
            "  {:>10} {:>16} {:>20} {:>20} {:>14}\n",
            t(T::Pairs),
            t(T::UnitPriceCol),
            t(T::OrderTotal),
            t(T::ExactTotal),
            t(T::RoundingDiff)
        );
        let opt = |x: Option<Money>| x.map_or_else(|| "—".to_string(), |v| format_money(v, st));
        for tier in &q.tiers {
            out += &format!(
                "  {:>10} {:>16} {:>20} {:>20} {:>14}{}\n",
                format_number(tier.pairs.into(), st, None),
                opt(tier.unit_price),
                opt(tier.total),
                opt(tier.exact_total),
                opt(tier.rounding_difference()),
                if tier.below_moq { format!("  ({})", t(T::BelowMoq)) } else { String::new() }
            );
        }
        out += &format!("\n{}\n", t(T::AllTerms));
        for (term, r) in &q.side_by_side {
            let v = match r {
                Ok(x) if !q.fits_transport(*term) => {
                    format!("({}) {}", format_money(q.quoted(*x), st), t(T::NotForAir))
                }
                Ok(x) => format_money(q.quoted(*x), st),
                Err(e) => i18n::term_error(e, lang),
            };
            out += &format!("  {:<4} {}\n", term.code(), v);
        }
        if let Some(f) = q.tiers.first() {
            if !f.parts_per_pair.is_empty() {
                out += &format!("\n{} ({})\n", t(T::BuildUp), q.term.code());
                for (c, x) in &f.parts_per_pair {
                    out += &format!(
                        "  {:<40} {:>18}\n",
                        i18n::component(*c).in_lang(lang),
                        format_money_dp(*x, st, q.decimals + 2)
                    );
                }
            }
        }
        for i in &q.issues {
            out += &format!("  ! {}\n", i18n::quote_issue(i, lang, &|id| i18n::export_line_name(doc, id, lang)));
        }
        out
    }

    fn money(x: Money) -> Value {
        json!({ "amount": x.amount.to_string(), "currency": x.currency.code() })
    }

    fn opt(x: Option<Money>) -> Value {
        x.map_or(Value::Null, money)
    }

    /// The same figures as JSON; decimals are strings, full precision unless named "rounded".
    pub fn to_json(doc: &Document, b: &Breakdown, q: &Quote, lang: Lang) -> Value {
        json!({
            "article": { "name": doc.article.name, "code": doc.article.code, "hs_code": doc.article.hs_code },
            "cost": {
                "per_pair": money(b.per_pair),
                "per_order": money(b.per_order),
                "categories": b.categories.iter().map(|c| json!({
                    "category": format!("{:?}", c.category),
                    "per_pair": money(c.per_pair),
                    "per_order": money(c.per_order),
                    "share": c.share.map(|s| s.to_string()),
                })).collect::<Vec<_>>(),
                "issues": b.issues.iter().map(|i| i18n::issue(i, lang, &|p| i18n::place_name(doc, p, lang))).collect::<Vec<_>>(),
            },
            "quote": {
                "incoterm": q.term.code(),
                "named_place": doc.terms.named_place(q.term),
                "currency": q.currency.code(),
                "rounding": format!("{:?}", q.rounding),
                "decimals": q.decimals,
                "price_step": doc.terms.price_step.map(|s| s.to_string()),
                "step_up": doc.terms.step_up,
                "tiers": q.tiers.iter().map(|t| json!({
                    "pairs": t.pairs,
                    "below_moq": t.below_moq,
                    "unit_price_exact": opt(t.unit_exact),
                    "unit_price_rounded": opt(t.unit_price),
                    "step_added": opt(t.step_added()),
                    "total": opt(t.total),
                    "exact_total": opt(t.exact_total),
                })).collect::<Vec<_>>(),
                "all_terms": q.side_by_side.iter().map(|(term, r)| match r {
                    Ok(x) => json!({ "incoterm": term.code(), "unit_price_exact": money(*x) }),
                    Err(e) => json!({ "incoterm": term.code(), "missing": i18n::term_error(e, lang) }),
                }).collect::<Vec<_>>(),
                "issues": q.issues.iter().map(|i| i18n::quote_issue(i, lang, &|id| i18n::export_line_name(doc, id, lang))).collect::<Vec<_>>(),
            }
        })
    }
}
