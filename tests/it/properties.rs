//! Invariants over many generated inputs: typed numbers read back exactly, and `compute` never
//! panics and always adds up, whatever the sheet holds.

use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use tapak::format::{format_number, parse_number, NumberStyle};
use tapak::model::base::currency::Currency;
use tapak::model::base::fx::ExchangeRate;
use tapak::model::base::incoterms::{Incoterm, Stage};
use tapak::model::base::money::Money;
use tapak::model::base::packing::Mode;
use tapak::model::base::units::Unit;
use tapak::model::cost::compute::compute;
use tapak::model::export::quote::quote;
use tapak::model::sheet::document::{Basis, Document, ExportCost, MaterialLine, OneOffCost, OverheadMethod, Section};

/// A decimal as a user might type it: up to 15 integer digits and 6 decimals, sometimes zero.
fn amount() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        Just(Decimal::ZERO),
        (0i64..1_000_000_000, 0u32..=6).prop_map(|(m, s)| Decimal::new(m, s)),
        (0i64..999_999_999_999_999, 0u32..=2).prop_map(|(m, s)| Decimal::new(m, s)),
    ]
}

fn currency() -> impl Strategy<Value = Currency> {
    prop::sample::select(vec![Currency::IDR, Currency::USD, Currency::CNY, Currency::KRW])
}

fn unit() -> impl Strategy<Value = Unit> {
    prop::sample::select(Unit::ALL.to_vec())
}

fn material() -> impl Strategy<Value = MaterialLine> {
    (0usize..6, unit(), amount(), amount(), amount(), unit(), currency()).prop_map(
        |(s, u, net, waste, price, pu, c)| MaterialLine {
            id: 0,
            section: Section::ALL[s],
            name: String::new(),
            unit: u,
            net_consumption: net,
            waste_pct: waste,
            unit_price: price,
            price_unit: pu,
            currency: c,
            grading_pct: None,
            buyer_supplied: false,
        },
    )
}

fn document() -> impl Strategy<Value = Document> {
    (
        prop::collection::vec(material(), 0..12),
        prop::collection::vec((currency(), currency(), amount()), 0..4),
        prop::collection::vec((amount(), currency()), 0..3),
        (amount(), amount(), amount(), amount(), any::<bool>()),
        any::<u32>(),
    )
        .prop_map(|(mats, rates, one_offs, (wage, days, oh, out, pct), pairs)| {
            let mut doc = Document::empty();
            doc.materials = mats
                .into_iter()
                .enumerate()
                .map(|(i, mut m)| {
                    m.id = i as u32 + 1;
                    m
                })
                .collect();
            doc.fx = rates
                .into_iter()
                .enumerate()
                .map(|(i, (base, quote, rate))| ExchangeRate {
                    id: 100 + i as u32,
                    base,
                    quote,
                    rate,
                    date: String::new(),
                    source: String::new(),
                })
                .collect();
            doc.one_off = one_offs
                .into_iter()
                .enumerate()
                .map(|(i, (amount, currency))| OneOffCost { id: 200 + i as u32, name: String::new(), amount, currency })
                .collect();
            doc.labour.wage.monthly_wage = wage;
            doc.labour.wage.working_days = days;
            doc.labour.operations.push(tapak::model::sheet::document::Operation {
                id: 300,
                name: String::new(),
                standard_minutes: oh,
                step: None,
            });
            doc.overhead.monthly_overhead = oh;
            doc.overhead.monthly_output_pairs = out;
            doc.overhead.percent_of_prime = out;
            doc.overhead.method = if pct { OverheadMethod::PercentOfPrime } else { OverheadMethod::PerMonth };
            doc.article.order_pairs = pairs;
            doc
        })
}

/// Export cost lines from generated (stage, basis, amount, currency), each with `minimum`.
fn export_costs(costs: Vec<(usize, usize, Decimal, Currency)>, minimum: Option<Decimal>) -> Vec<ExportCost> {
    costs
        .into_iter()
        .enumerate()
        .map(|(i, (s, b, amount, currency))| ExportCost {
            id: 500 + i as u32,
            stage: Stage::ALL[s],
            name: String::new(),
            basis: Basis::ALL[b],
            amount,
            currency,
            minimum,
            example: false,
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn written_numbers_read_back_exactly(v in amount(), negative in any::<bool>()) {
        let v = if negative { -v } else { v };
        for style in [NumberStyle::Indonesian, NumberStyle::English] {
            let text = format_number(v, style, None);
            prop_assert_eq!(parse_number(&text, style), Ok(v.normalize()), "{:?} {}", style, text);
        }
    }

    #[test]
    fn any_typed_text_parses_or_is_refused_without_panic(text in "[0-9.,\\- a]{0,24}") {
        for style in [NumberStyle::Indonesian, NumberStyle::English] {
            if let Ok(v) = parse_number(&text, style) {
                prop_assert_eq!(parse_number(&format_number(v, style, None), style), Ok(v));
            }
        }
    }

    #[test]
    fn compute_never_panics_and_complete_sheets_add_up(doc in document()) {
        let b = compute(&doc);
        let cur = doc.article.costing_currency;
        prop_assert_eq!(b.per_pair.currency(), cur);
        prop_assert_eq!(b.lines.len(), doc.materials.len());
        if b.is_complete() {
            // HPP is the sum of its four parts, and materials the sum of the sections plus the
            // grading row. Each figure is its own exact quotient divided once, so a sum of
            // non-terminating figures may differ from the total in the 28th digit, never more.
            let close = |a: Decimal, b: Decimal| (a - b).abs() <= dec!(0.00000000000000000001) * b.abs().max(Decimal::ONE);
            let parts = Money::sum(cur, b.categories.iter().map(|c| c.per_pair)).unwrap();
            prop_assert!(close(parts.amount(), b.per_pair.amount()), "{:?} vs {:?}", parts, b.per_pair);
            let sections = Money::sum(cur, b.sections.iter().map(|s| s.per_pair).chain(b.grading_adjustment)).unwrap();
            prop_assert!(close(sections.amount(), b.categories[0].per_pair.amount()), "{:?} vs {:?}", sections, b.categories[0].per_pair);
            prop_assert!(b.lines.iter().all(|l| l.per_pair.is_some()));
        }
    }

    #[test]
    fn quote_never_panics_and_quoted_totals_are_unit_price_times_pairs(
        doc in document(),
        costs in prop::collection::vec((0usize..7, 0usize..8, amount(), currency()), 0..8),
        (profit, commission, bank, insurance, duty, buffer) in (amount(), amount(), amount(), amount(), amount(), amount()),
        (term, mode, ppc, tiers) in (0usize..11, 0usize..3, 0u32..40, prop::collection::vec(0u32..20_000, 0..3)),
    ) {
        let mut doc = doc;
        doc.export_costs = export_costs(costs, None);
        let t = &mut doc.terms;
        t.profit.pct = profit;
        t.commission_pct = commission;
        t.bank_pct = bank;
        t.insurance_rate_pct = Some(insurance);
        t.duty_pct = Some(duty);
        t.import_tax_pct = Some(duty);
        t.fx_buffer_pct = buffer;
        t.incoterm = Incoterm::ALL[term];
        t.tiers = tiers;
        doc.shipping.mode = [Mode::SeaFcl, Mode::SeaLcl, Mode::Air][mode];
        doc.shipping.carton.pairs_per_carton = ppc;
        let q = quote(&doc);
        if compute(&doc).is_complete() {
            // Every figure's formula trail recomputes that figure.
            let t = tapak::model::explain::trail::build(&doc, &compute(&doc), &q);
            prop_assert!(tapak::model::explain::trail::mismatches(&t).is_empty(), "{:?}", tapak::model::explain::trail::mismatches(&t));
        }
        for tier in &q.tiers {
            if let (Some(unit), Some(total)) = (tier.unit_price, tier.total) {
                prop_assert_eq!(unit.amount() * Decimal::from(tier.pairs), total.amount());
                prop_assert_eq!(unit.currency(), q.currency);
            }
        }
    }
}

proptest! {
    // Compressing at the highest level is the slow part; a few hundred cases cover the shapes.
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_buyer_quote_survives_its_link(
        texts in prop::collection::vec("\\PC{0,40}", 16),
        sizes in prop::collection::vec(("[0-9A-Z ]{0,4}", 0u32..4000), 0..12),
        articles in prop::collection::vec(prop::collection::vec((1u32..1_000_000, prop::collection::vec(0i64..10_000_000_000, 3)), 1..6), 1..5),
        (decimals, validity, moq, cur, columns) in (0u32..=3, any::<u32>(), any::<u32>(), 0usize..10, 1usize..=3),
        terms in prop::collection::vec(0usize..11, 3),
        shipment in prop::option::of((any::<u32>(), 0u64..1_000_000_000, 0u64..1_000_000_000)),
        (pay, lead, remarks) in (prop::option::of((0usize..5, any::<u32>())), prop::option::of((0usize..3, any::<u32>())), prop::collection::vec(0usize..5, 0..5)),
        pi in prop::option::of((0u32..=10_000, 0i64..1_000_000_000_000)),
    ) {
        use tapak::model::sheet::phrases::{Lead, LeadKind, Payment, PaymentKind, Remark};
        use tapak::share::buyer::{BuyerArticle, BuyerQuote, BuyerShipment, BuyerSize, BuyerTerm, BuyerTier};
        use tapak::share::link;
        let t = |i: usize| texts[i].clone();
        let q = BuyerQuote {
            exporter: tapak::model::sheet::document::Party { name: t(0), address: t(1), contact: t(2) },
            buyer: tapak::model::sheet::document::Party { name: t(12), address: t(13), contact: String::new() },
            number: t(3),
            date: t(4),
            validity_days: validity,
            currency: Currency::ALL[cur],
            decimals,
            terms: terms[..columns].iter().enumerate().map(|(k, &i)| BuyerTerm { incoterm: Incoterm::ALL[i], place: t(8 + k) }).collect(),
            articles: articles
                .into_iter()
                .enumerate()
                .map(|(i, tiers)| BuyerArticle {
                    name: t(5),
                    code: t(6),
                    hs_code: t(7),
                    sizes: sizes.iter().map(|(label, tenths)| BuyerSize { label: label.clone(), foot_mm: Decimal::new((*tenths).into(), 1) }).collect(),
                    order: (i % 2 == 0).then_some(tiers[0].0),
                    tiers: tiers
                        .into_iter()
                        .map(|(pairs, minor)| BuyerTier { pairs, prices: minor[..columns].iter().map(|m| Decimal::new(*m, decimals)).collect() })
                        .collect(),
                    moq,
                    supplied: if i == 1 { vec![t(14)] } else { Vec::new() },
                    pairs_per_carton: (i % 3 != 2).then_some(moq % 48 + 1),
                })
                .collect(),
            port_of_loading: t(9),
            payment_terms: t(10),
            lead_time: t(11),
            bank_details: t(15),
            notes: String::new(),
            shipment: shipment.map(|(cartons, cbm, kg)| BuyerShipment { cartons, cbm: Decimal::new(cbm as i64, 3), gross_kg: Decimal::new(kg as i64, 1) }),
            destination_country: (cur % 4 != 0).then(|| tapak::model::base::country::Country::ALL[cur % 33]),
            payment: pay.map(|(k, n)| Payment { kind: PaymentKind::ALL[k], n }),
            lead: lead.map(|(k, days)| Lead { kind: LeadKind::ALL[k], days }),
            remarks: remarks.iter().map(|&i| Remark::ALL[i]).collect(),
            // A proforma invoice is priced at one term.
            proforma: pi.filter(|_| columns == 1).map(|(pct, deposit)| tapak::share::buyer::BuyerProforma {
                number: t(3),
                date: t(4),
                consignee: tapak::model::sheet::document::Party { name: t(14), address: t(13), contact: t(12) },
                destination: t(8),
                shipment_date: t(9),
                deposit_pct: Decimal::new(pct.into(), 2),
                deposit: Decimal::new(deposit, decimals),
            }),
        };
        let text = link::encode_buyer(&q).expect("encodes");
        prop_assert_eq!(link::decode_buyer(&text), Ok(q));
    }
}

proptest! {
    // Each case prices three articles at two terms: a hundred cases cover the shapes.
    #![proptest_config(ProptestConfig { cases: 100, ..ProptestConfig::default() })]

    #[test]
    fn every_article_of_a_shared_shipment_explains_its_price(
        costs in prop::collection::vec((0usize..7, 0usize..8, amount(), currency()), 0..8),
        (mode, key, pairs) in (0usize..3, 0usize..3, prop::collection::vec(1u32..20_000, 3)),
        (insurance, commission, min, financed) in (amount(), amount(), prop::option::of(amount()), any::<bool>()),
    ) {
        use tapak::model::quotation::allocation::Key;
        let (mut q, mut lib) = tapak::model::explain::examples::busan_order();
        q.key = Key::ALL[key];
        for (line, n) in q.lines.iter_mut().zip(&pairs) {
            line.pairs = *n;
        }
        let lead = lib.get_mut("example-busan").unwrap();
        lead.export_costs = export_costs(costs, min);
        lead.shipping.mode = [Mode::SeaFcl, Mode::SeaLcl, Mode::Air][mode];
        lead.terms.insurance_rate_pct = Some(insurance);
        lead.terms.commission_pct = commission;
        // The cash plan's financing in the price: the per-value key weighs the value before it.
        lead.cash.in_price = financed;
        let p = tapak::model::quotation::combined::price(&q, &lib);
        for i in 0..p.lines.len() {
            for k in 0..p.terms.len() {
                let priced = p.lines[i].quotes[k].tiers[0].unit_price.is_some();
                match tapak::model::explain::trail::article(&p, i, k) {
                    Some(a) => {
                        let bad = tapak::model::explain::trail::mismatches(&a.trail);
                        prop_assert!(bad.is_empty(), "line {} term {}: {:?}", i, k, bad);
                        // A priced article's trail is whole: down from its price to its share.
                        if priced {
                            prop_assert!(a.trail.get(tapak::model::explain::trail::Fig::UnitPrice).is_some());
                            prop_assert!(a.trail.get(tapak::model::explain::trail::Fig::Share(q.key)).is_some());
                        }
                    }
                    None => prop_assert!(!priced, "line {} term {} is priced but not explained", i, k),
                }
            }
        }
    }
}
