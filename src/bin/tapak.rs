//! `tapak`: the same core, natively, for batch use.
//!
//! ```text
//! tapak quote FILE.json [--json] [--lang id|en]   cost breakdown and quote of a saved sheet,
//!                                                  or every article of a quotation file
//! tapak example [busan|safety|sandal|consolidator|cmt|order]   a built-in example, as a file
//! ```
//! FILE.json is a file the app saves ("Simpan file" / "Save file"): a sheet, or a quotation
//! with the sheets it uses (`example order`: three articles for Busan); `-` reads standard input.
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
    use tapak::codec::quotation::{is_quotation, quotation_from_json, quotation_to_json};
    use tapak::codec::{document_from_json, document_to_json};
    use tapak::format::{format_money, format_money_dp, format_number, format_share};
    use tapak::i18n::{self, Lang, T};
    use tapak::model::base::money::Money;
    use tapak::model::cost::compute::{compute, Breakdown};
    use tapak::model::explain::examples::ExampleId;
    use tapak::model::export::quote::{quote, Quote};
    use tapak::model::quotation::combined::QuotationPrice;
    use tapak::model::quotation::Quotation;
    use tapak::model::sheet::document::Document;

    const EXIT_UNREADABLE: i32 = 1;
    const EXIT_NOT_READY: i32 = 3;

    const USAGE: &str =
        "usage: tapak quote FILE.json [--json] [--lang id|en]\n       tapak example [busan|safety|sandal|consolidator|cmt|order]";

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
            [cmd, which @ ..] if cmd == "example" && which.len() <= 1 => example(which.first().map(String::as_str)),
            [cmd, file] if cmd == "quote" => quote_file(file, as_json, lang),
            _ => usage(),
        }
    }

    /// `tapak example [name]`: a worked example's sheet (or the order's quotation) as a file.
    fn example(which: Option<&str>) -> i32 {
        let id = match which {
            None | Some("busan") => ExampleId::SneakerBusan,
            Some("safety") => ExampleId::SafetyShoe,
            Some("sandal") => ExampleId::SandalLosAngeles,
            Some("consolidator") => ExampleId::Consolidator,
            Some("cmt") => ExampleId::Cmt,
            Some("order") => {
                let (q, lib) = tapak::model::explain::examples::busan_order();
                print!("{}", quotation_to_json(&q, &lib));
                return 0;
            }
            Some(_) => return usage(),
        };
        println!("{}", document_to_json(&id.document()));
        0
    }

    /// `tapak quote FILE`: the sheet's (or quotation's) figures as a table or JSON; what keeps it
    /// from being sent goes to stderr, with its exit code.
    fn quote_file(file: &str, as_json: bool, lang: Lang) -> i32 {
        let text = match read(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("tapak: {file}: {e}");
                return EXIT_UNREADABLE;
            }
        };
        if is_quotation(&text) {
            return quotation(file, &text, as_json, lang);
        }
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

    fn refused(file: &str, e: &tapak::codec::LoadError, lang: Lang) -> i32 {
        let m = i18n::load_message(e, lang);
        eprintln!("tapak: {file}: {}", m.summary);
        for line in &m.lines {
            eprintln!("  - {line}");
        }
        if let Some(d) = &m.detail {
            eprintln!("  ({d})");
        }
        EXIT_UNREADABLE
    }

    /// A quotation file: every article at every term, the shared costs, as a table or JSON.
    fn quotation(file: &str, text: &str, as_json: bool, lang: Lang) -> i32 {
        let q = match quotation_from_json(text) {
            Ok(q) => q,
            Err(e) => return refused(file, &e, lang),
        };
        let p = tapak::model::quotation::combined::price(&q, &q.sheets);
        let line_name = |n: u32| {
            let name = p.lines.iter().find(|l| l.id == n).map_or(String::new(), |l| l.sheet.article.name.clone());
            format!("{n} · {name}")
        };
        if as_json {
            println!("{}", serde_json::to_string_pretty(&quotation_json(&q, &p, lang, &line_name)).unwrap_or_default());
        } else {
            print!("{}", quotation_table(&q, &p, lang));
        }
        if p.is_ready() {
            return 0;
        }
        eprintln!("tapak: {file}: {}", T::NotReady.in_lang(lang));
        for i in p.blockers() {
            eprintln!("  - {}", tapak::i18n::quotation::quotation_issue(&i, lang, &line_name));
        }
        EXIT_NOT_READY
    }

    /// The quotation as a table: per article, each quantity's exact and quoted price at each
    /// term (the exact price and the step are the exporter's: the buyer sees the quoted one),
    /// then the order's totals and the shared costs with what each article carries.
    pub fn quotation_table(q: &Quotation, p: &QuotationPrice, lang: Lang) -> String {
        let t = |k: T| k.in_lang(lang);
        let st = lang.number_style();
        let opt = |x: Option<Money>| x.map_or_else(|| "—".to_string(), |v| format_money(v, st));
        let places: Vec<String> =
            p.terms.iter().map(|&term| format!("{} {}", term.code(), q.named_place(term))).collect();
        let mut out = format!("{} · {} · {}\n", q.details.number, q.currency.code(), places.join(" / "));
        if let Some(step) = p.lines.first().and_then(|l| l.quotes.first()).filter(|x| x.commercial_step || x.step.up) {
            out += &format!("  {}\n", i18n::notes::price_step(&step.step, lang));
        }
        for l in &p.lines {
            let a = &l.sheet.article;
            out += &format!("\n{} · {} · {}\n", l.id, a.name, a.code);
            out += &format!("  {:>10}", t(T::Pairs));
            for term in &p.terms {
                out += &format!(" {:>32}", format!("{} ({})", term.code(), t(T::UnitPriceCol)));
            }
            out += "\n";
            let Some(first) = l.quotes.first() else { continue };
            for (k, tier) in first.tiers.iter().enumerate() {
                out += &format!("  {:>10}", format_number(tier.pairs.into(), st, None));
                for qt in &l.quotes {
                    let x = qt.tiers.get(k);
                    let exact = x
                        .and_then(|x| x.unit_exact)
                        .map_or_else(|| "—".into(), |m| format_money_dp(m, st, qt.decimals + 2));
                    out += &format!(" {:>32}", format!("{exact} → {}", opt(x.and_then(|x| x.unit_price))));
                }
                out += "\n";
            }
        }
        out += &format!("\n{}: {} {}", t(T::OrderTotal), format_number(p.pairs().into(), st, None), t(T::Pairs));
        for (k, term) in p.terms.iter().enumerate() {
            out += &format!(" · {} {}", term.code(), opt(p.total(k)));
        }
        out += "\n";
        if let Some(s) = p.shipment {
            out += &format!(
                "  {} {} · {} m³ · {} kg{}\n",
                format_number(s.plan.cartons.into(), st, None),
                tapak::i18n::buyer::BT::Cartons.in_lang(lang.into()),
                format_number(s.plan.cbm, st, Some(2)),
                format_number(s.plan.gross_kg, st, Some(0)),
                s.load.map_or(String::new(), |l| format!(" · {} × {}", l.containers, l.kind.label()))
            );
        }
        if p.shared {
            out += &format!("\n{} ({})\n", t(T::ExportCosts), tapak::i18n::quotation::key_name(p.key, lang));
            // The stages the quoted terms include (a destination's charges do not touch FOB or CIF).
            for sh in p.shares.iter().filter(|sh| p.terms.iter().any(|t| t.stages().contains(&sh.stage))) {
                let parts: Vec<String> = sh.lines.iter().map(|m| format_money(*m, st)).collect();
                out += &format!(
                    "  {:<34} {:>18} = {}\n",
                    i18n::stage(sh.stage).in_lang(lang),
                    format_money(sh.total, st),
                    parts.join(" + ")
                );
            }
        }
        out
    }

    /// The quotation's figures as JSON (decimals as strings).
    fn quotation_json(q: &Quotation, p: &QuotationPrice, lang: Lang, line_name: &dyn Fn(u32) -> String) -> Value {
        json!({
            "number": q.details.number,
            "currency": q.currency.code(),
            "terms": p.terms.iter().map(|&t| json!({ "incoterm": t.code(), "named_place": q.named_place(t) })).collect::<Vec<_>>(),
            "price_step": q.price_step.map(|s| s.to_string()),
            "step_up": q.step_up,
            "key": format!("{:?}", p.key),
            "articles": p.lines.iter().map(|l| json!({
                "line": l.id,
                "name": l.sheet.article.name,
                "code": l.sheet.article.code,
                "colourway": l.colourway,
                "cost_per_pair": l.quotes.first().and_then(|x| x.tiers.first()).map(|t| money(t.cost_per_pair)),
                "prices": l.quotes.iter().map(|x| json!({
                    "incoterm": x.term.code(),
                    "tiers": x.tiers.iter().map(|t| json!({
                        "pairs": t.pairs,
                        "unit_price_exact": opt(t.unit_exact),
                        "unit_price_rounded": opt(t.unit_price),
                        "step_added": opt(t.step_added()),
                        "total": opt(t.total),
                    })).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "totals": p.terms.iter().enumerate().map(|(k, t)| json!({ "incoterm": t.code(), "total": opt(p.total(k)) })).collect::<Vec<_>>(),
            "pairs": p.pairs(),
            "shipment": p.shipment.map(|s| json!({
                "cartons": s.plan.cartons,
                "cbm": s.plan.cbm.to_string(),
                "gross_kg": s.plan.gross_kg.to_string(),
                "containers": s.load.map(|l| l.containers),
            })),
            "shared_costs": p.shares.iter().map(|s| json!({
                "stage": format!("{:?}", s.stage),
                "total": money(s.total),
                "by_article": s.lines.iter().map(|m| money(*m)).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "issues": p.blockers().iter().map(|i| tapak::i18n::quotation::quotation_issue(i, lang, line_name)).collect::<Vec<_>>(),
        })
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
        if let Some(d) = b.per_pair_display.filter(|d| d.currency() != b.currency) {
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
                // Not ready: the figures are provisional (what is missing goes to stderr).
                let provisional = if q.is_ready() {
                    String::new()
                } else {
                    format!(" ({})", tapak::i18n::P::Provisional.in_lang(lang))
                };
                out += &format!(
                    "  {} → {how} = {}{provisional}\n",
                    format_money_dp(exact, st, q.decimals + 2),
                    format_money(unit, st)
                );
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
        json!({ "amount": x.amount().to_string(), "currency": x.currency().code() })
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
                "ready": q.is_ready(),
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
