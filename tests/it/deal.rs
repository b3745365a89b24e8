//! The maker's side of the deal (issue 16): the commission's base, the preferential duty rate,
//! materials the buyer supplies (maklon / CMT) and their place in the customs value. Every
//! figure worked by hand.

use crate::{chain, d, line, total};
use rust_decimal_macros::dec;
use tapak::model::base::currency::Currency::*;
use tapak::model::base::incoterms::{Chain, CommissionBase, Component, Incoterm, Stage};
use tapak::model::base::money::Frac;
use tapak::model::base::units::Unit;
use tapak::model::cost::compute::compute;
use tapak::model::explain::trail::Fig;
use tapak::model::export::quote::quote;
use tapak::model::sheet::document::*;

// ---- the commission's base ----

#[test]
fn a_commission_on_the_fob_value_is_not_charged_on_freight_or_duty() {
    // Shipment: ex-factory 10.000, clearance 100, haulage 200, THC 300, freight 1.000 (USD).
    // 5 % on the invoice: FOB = 10.600 ÷ 0,95 = 11.157,8947…; CFR = 11.600 ÷ 0,95 = 12.210,5263…
    // 5 % on the FOB value: the CFR commission is 5 % × 11.157,8947… = 557,8947…, a fixed
    // amount: CFR = 11.600 + 557,8947… = 12.157,8947… (the agent no longer earns
    // 1.000 × 5 % ÷ 0,95 = 52,63 on the freight).
    let invoice = Chain { commission: dec!(0.05), ..chain() };
    let fob = Chain { commission_base: CommissionBase::Fob, ..invoice.clone() };
    assert_eq!(total(&invoice, Incoterm::Fob).round_dp(4), dec!(11157.8947));
    assert_eq!(total(&fob, Incoterm::Fob), total(&invoice, Incoterm::Fob));
    assert_eq!(total(&invoice, Incoterm::Cfr).round_dp(4), dec!(12210.5263));
    assert_eq!(total(&fob, Incoterm::Cfr).round_dp(4), dec!(12157.8947));
    // Up to FOB the two bases are one price: EXW 10.000 ÷ 0,95 = 10.526,3158.
    assert_eq!(total(&fob, Incoterm::Exw), total(&invoice, Incoterm::Exw));
    assert_eq!(total(&fob, Incoterm::Exw).round_dp(4), dec!(10526.3158));
    // Under DDP too the commission is 5 % of the FOB price, not of duty and import VAT.
    for term in [Incoterm::Cif, Incoterm::Dap, Incoterm::Ddp] {
        let bu = fob.price(term).unwrap();
        let c = bu.parts.iter().find(|(k, _)| *k == Component::Commission).unwrap().1;
        assert_eq!(c.value().unwrap().round_dp(4), dec!(557.8947), "{term:?}");
        // The parts still add up to the price.
        let sum = Frac::sum(bu.parts.iter().map(|(_, f)| *f)).unwrap().value().unwrap();
        assert_eq!(sum.round_dp(10), bu.total.value().unwrap().round_dp(10), "{term:?}");
    }
}

// ---- a CMT order: the buyer supplies the leather ----

/// 2.000 pairs in rupiah, quoted in rupiah. Leather 2 sq ft × 1,1 × Rp25.000 = Rp55.000 a pair
/// (the buyer's, when `cmt`); sole Rp20.000; sewing by the piece Rp10.000 a pair; no overhead.
/// Profit 20 % on cost. Export costs per shipment: clearance 1.000.000, haulage 2.000.000,
/// THC 1.000.000, freight 16.000.000, destination 2.000.000, import clearance 2.000.000.
/// Insurance rate 0 % (so CIF = CFR), duty 10 %, import VAT 10 % on the CIF value.
fn cmt_order(cmt: bool) -> Document {
    let mut doc = Document::empty();
    doc.article.name = "Sandal kulit".into();
    doc.article.order_pairs = 2000;
    doc.display_currency = IDR;
    let mut leather = line(1, Section::Upper, Unit::SqFt, "2", "10", "25000", Unit::SqFt, IDR);
    leather.buyer_supplied = cmt;
    doc.materials = vec![leather, line(2, Section::Bottom, Unit::Pair, "1", "0", "20000", Unit::Pair, IDR)];
    doc.labour.method = LabourMethod::PieceRate;
    doc.labour.piece_rates =
        vec![PieceRate { id: 3, name: "Jahit".into(), rate: d("10000"), per: PiecePer::Pair, step: None }];
    let cost = crate::shipment_cost;
    doc.export_costs = vec![
        cost(10, Stage::ExportClearance, "1000000"),
        cost(11, Stage::InlandHaulage, "2000000"),
        cost(12, Stage::OriginTerminal, "1000000"),
        cost(13, Stage::MainCarriage, "16000000"),
        cost(14, Stage::DestinationCharges, "2000000"),
        cost(15, Stage::ImportClearance, "2000000"),
    ];
    let t = &mut doc.terms;
    t.profit.pct = dec!(20);
    t.quote_currency = IDR;
    t.incoterm = Incoterm::Ddp;
    t.insurance_rate_pct = Some(dec!(0));
    t.duty_pct = Some(dec!(10));
    t.import_tax_pct = Some(dec!(10));
    doc
}

fn unit(doc: &Document, term: Incoterm) -> rust_decimal::Decimal {
    let q = quote(doc);
    q.side_by_side.iter().find(|(t, _)| *t == term).unwrap().1.clone().unwrap().amount()
}

#[test]
fn materials_the_buyer_supplies_are_valued_but_not_costed() {
    // Own leather: HPP 55.000 + 20.000 + 10.000 = Rp85.000. CMT: 20.000 + 10.000 = Rp30.000,
    // and the leather's Rp55.000 a pair is shown as the buyer's.
    let own = compute(&cmt_order(false));
    assert_eq!(own.per_pair.amount(), dec!(85000));
    assert_eq!(own.supplied_per_pair, None);
    let cmt = compute(&cmt_order(true));
    assert_eq!(cmt.per_pair.amount(), dec!(30000));
    assert_eq!(cmt.supplied_per_pair.map(|m| m.amount()), Some(dec!(55000)));
    assert_eq!(cmt.line(1).and_then(|l| l.per_pair).map(|m| m.amount()), Some(dec!(55000)));
    // The section still lists the line, with nothing of it in its subtotal.
    let upper = cmt.sections.iter().find(|s| s.section == Section::Upper).unwrap();
    assert_eq!((upper.lines, upper.per_pair.amount()), (1, dec!(0)));
    // FOB: 30.000 × 1,2 × 2.000 = 72.000.000 + 4.000.000 = 76.000.000 → Rp38.000 a pair.
    assert_eq!(unit(&cmt_order(true), Incoterm::Fob), dec!(38000));
}

#[test]
fn assists_join_the_customs_value_when_customs_require_it() {
    // CIF = 72.000.000 + 1 + 2 + 1 + 16 million = 92.000.000.
    // Without assists: duty 10 % × 92.000.000 = 9.200.000; VAT 10 % × 101.200.000 = 10.120.000;
    //   DDP = 96.000.000 + 9.200.000 + 10.120.000 = 115.320.000 → Rp57.660 a pair.
    // With assists (55.000 × 2.000 = 110.000.000): customs value 202.000.000; duty 20.200.000;
    //   VAT 10 % × 222.200.000 = 22.220.000; DDP = 138.420.000 → Rp69.210 a pair.
    let mut doc = cmt_order(true);
    assert_eq!(unit(&doc, Incoterm::Ddp), dec!(57660));
    doc.terms.assists_in_customs_value = true;
    assert_eq!(unit(&doc, Incoterm::Ddp), dec!(69210));
    let q = quote(&doc);
    let bu = q.tiers[0].price.clone().unwrap().unwrap();
    assert_eq!(bu.customs_money().map(|m| m.amount()), Some(dec!(202000000)));
    // The assists are in no price: FOB and CIF are as before.
    assert_eq!(unit(&doc, Incoterm::Fob), dec!(38000));
    assert_eq!(unit(&doc, Incoterm::Cif), dec!(46000));
    // The formula trail explains the customs value with the assists.
    let trail = tapak::model::explain::trail::trail(&doc);
    assert!(tapak::model::explain::trail::mismatches(&trail).is_empty());
    let assists = trail.get(tapak::model::explain::trail::Fig::Assists).expect("assists explained");
    assert_eq!(assists.value.value(), dec!(110000000));
}

#[test]
fn a_preferential_rate_with_a_certificate_of_origin_replaces_the_general_rate() {
    // General duty 10 %, preferential 0 % (AKFTA with form AK): duty 0, VAT 10 % × 202.000.000
    // = 20.200.000; DDP = 96.000.000 + 20.200.000 = 116.200.000 → Rp58.100 a pair.
    let mut doc = cmt_order(true);
    doc.terms.assists_in_customs_value = true;
    doc.terms.preferential_duty_pct = Some(dec!(0));
    assert_eq!(doc.terms.duty_applied(), Some(dec!(0)));
    assert_eq!(unit(&doc, Incoterm::Ddp), dec!(58100));
    // With no general rate entered, the preferential one still prices DDP.
    doc.terms.duty_pct = None;
    assert_eq!(unit(&doc, Incoterm::Ddp), dec!(58100));
    // A preferential rate is held to the duty's rule at every door.
    doc.terms.preferential_duty_pct = Some(dec!(-1));
    let problems = tapak::model::rules::validate(&doc);
    assert!(problems.iter().any(|p| matches!(
        p.fault,
        tapak::model::rules::Fault::Number(tapak::model::rules::Num::PreferentialDutyPct, _)
    )));
}

#[test]
fn a_cmt_quotation_says_what_its_price_covers_and_hides_the_buyers_materials_value() {
    let mut doc = cmt_order(true);
    doc.materials[0].name = "Leather upper".into();
    doc.quote.notes = "Samples within 10 days.".into();
    let sent = tapak::share::buyer::BuyerQuote::issue(&doc, &quote(&doc)).expect("ready");
    // The article names what the buyer supplies; the page words it in the buyer's language
    // (`BT::CmtCovers`), and the exporter's notes stay theirs.
    assert_eq!(sent.articles[0].supplied, vec!["Leather upper".to_string()]);
    assert_eq!(sent.notes, "Samples within 10 days.");
    // The link carries the price only: DDP Rp57.660 a pair, not the leather's Rp55.000.
    assert_eq!(sent.articles[0].tiers[0].prices, vec![dec!(57660)]);
    // Without buyer-supplied lines the price is a full one.
    let own = cmt_order(false);
    assert!(tapak::share::buyer::BuyerQuote::issue(&own, &quote(&own)).unwrap().articles[0].supplied.is_empty());
}

// ---- work bought from workshops ----

/// A consolidator's sheet: own operations at Rp4.200.000 ÷ (25 × 420 × 80 %) = Rp500 a minute:
/// cutting 4 min (Rp2.000), sewing uppers 20 (Rp10.000), lasting 16 (Rp8.000), finishing 6
/// (Rp3.000): own labour Rp23.000 a pair.
fn consolidator() -> Document {
    let mut doc = Document::empty();
    doc.article.order_pairs = 2000;
    doc.display_currency = IDR;
    doc.labour.wage.monthly_wage = dec!(4200000);
    let op =
        |id, minutes: &str, step| Operation { id, name: String::new(), standard_minutes: d(minutes), step: Some(step) };
    doc.labour.operations = vec![
        op(1, "4", MakingStep::Cutting),
        op(2, "20", MakingStep::Closing),
        op(3, "16", MakingStep::Lasting),
        op(4, "6", MakingStep::Finishing),
    ];
    doc
}

fn workshop(id: u32, covers: MakingStep, rate: &str, per: PiecePer, pairs: u32) -> BoughtWork {
    BoughtWork { id, workshop: format!("Bengkel {id}"), covers, rate: d(rate), per, pairs }
}

#[test]
fn uppers_bought_from_three_workshops_cost_their_weighted_rate() {
    let mut doc = consolidator();
    assert_eq!(
        compute(&doc).category(tapak::model::cost::compute::Category::Labour).unwrap().per_pair.amount(),
        dec!(23000)
    );
    // Sewing the uppers goes to three workshops (Mojokerto, Pasuruan, Jombang):
    //   A Rp9.000 a pair × 800 = 7.200.000; B Rp200.000 a kodi (÷ 20 = 10.000) × 700 = 7.000.000;
    //   C Rp102.000 a dozen (÷ 12 = 8.500) × 500 = 4.250.000.
    //   (7.200.000 + 7.000.000 + 4.250.000) ÷ 2.000 = Rp9.225 a pair, replacing the own Rp10.000.
    doc.labour.bought = vec![
        workshop(10, MakingStep::Closing, "9000", PiecePer::Pair, 800),
        workshop(11, MakingStep::Closing, "200000", PiecePer::Kodi, 700),
        workshop(12, MakingStep::Closing, "102000", PiecePer::Dozen, 500),
    ];
    let b = compute(&doc);
    assert!(b.issues.is_empty(), "{:?}", b.issues);
    assert_eq!(b.labour.bought.len(), 1);
    assert_eq!(b.labour.bought[0].per_pair.map(|m| m.amount()), Some(dec!(9225)));
    assert_eq!(b.labour.replaced, vec![2]);
    // Labour: 2.000 + 9.225 + 8.000 + 3.000 = Rp22.225.
    assert_eq!(b.category(tapak::model::cost::compute::Category::Labour).unwrap().per_pair.amount(), dec!(22225));
    // The split is a mix: a quote for 5.000 pairs costs the same labour a pair.
    doc.terms.tiers = vec![5000];
    let trail = tapak::model::explain::trail::trail(&doc);
    assert!(tapak::model::explain::trail::mismatches(&trail).is_empty());
    let node = trail.get(tapak::model::explain::trail::Fig::Bought(MakingStep::Closing)).expect("explained");
    assert_eq!(node.value.value(), dec!(9225));
}

#[test]
fn whole_pairs_from_one_workshop_replace_all_own_labour_and_overlaps_are_flagged() {
    // One workshop makes whole pairs at Rp600.000 a kodi = Rp30.000 a pair: no pair count needed.
    let mut doc = consolidator();
    doc.labour.bought = vec![workshop(10, MakingStep::WholePair, "600000", PiecePer::Kodi, 0)];
    let b = compute(&doc);
    assert!(b.issues.is_empty());
    assert_eq!(b.category(tapak::model::cost::compute::Category::Labour).unwrap().per_pair.amount(), dec!(30000));
    assert_eq!(b.labour.replaced, vec![1, 2, 3, 4]);
    // Whole pairs and a step bought besides would pay the step twice: said, not hidden.
    doc.labour.bought.push(workshop(11, MakingStep::Closing, "9000", PiecePer::Pair, 0));
    assert!(compute(&doc).issues.contains(&tapak::model::cost::compute::Issue::OverlappingWork));
    // Two workshops for a step and no pairs to weight them: the figure waits for the pairs.
    let mut doc = consolidator();
    doc.labour.bought = vec![
        workshop(10, MakingStep::Closing, "9000", PiecePer::Pair, 0),
        workshop(11, MakingStep::Closing, "10000", PiecePer::Pair, 0),
    ];
    assert!(compute(&doc)
        .issues
        .contains(&tapak::model::cost::compute::Issue::WorkshopsWithoutPairs { step: MakingStep::Closing }));
    // A workshop's rate is held to the rule at every door.
    doc.labour.bought[0].rate = dec!(-1);
    assert!(!tapak::model::rules::validate(&doc).is_empty());
}

// ---- the order's cash ----

/// The own-leather order at FOB, paid T/T 30 % on day 7 and the balance before shipment on day
/// 42, financed at 1 % a month.
fn order_30_70() -> Document {
    let mut doc = cmt_order(false);
    doc.terms.incoterm = Incoterm::Fob;
    doc.cash = tapak::model::sheet::plans::CashPlan {
        deposit_pct: dec!(30),
        deposit_day: 7,
        lead_days: 42,
        monthly_rate_pct: Some(dec!(1)),
        ..Default::default()
    };
    doc
}

#[test]
fn a_30_70_order_needs_its_materials_financed_and_the_cost_can_carry_it() {
    // The own-leather order at FOB: 85.000 × 1,2 = 102.000 + 4.000.000 ÷ 2.000 = Rp104.000 a
    // pair, Rp208.000.000 in all. T/T 30 % on day 7, balance before shipment on day 42.
    // Materials 75.000 × 2.000 = Rp150.000.000 on day 0; sewing 10.000 × 2.000 = Rp20.000.000
    // in six weekly wages (days 7 … 42); FOB costs Rp4.000.000 on day 42.
    //   day 0: −150.000.000; day 7: wage → −153.333.333,33 (the peak), deposit 62.400.000 →
    //   −90.933.333,33; then −94,27 / −97,6 / −100,93 / −104,27 million; day 42: wage, costs,
    //   balance 145.600.000 → +34.000.000, what the order leaves.
    //   Need-days 150.000.000 × 7 + (90,93 + 94,27 + 97,6 + 100,93 + 104,27 = 488) million × 7
    //   = 4.466.000.000; at 1 % a month ÷ 30 = Rp1.488.666,67, Rp744,33 a pair.
    let mut doc = order_30_70();
    let q = quote(&doc);
    assert_eq!(q.tiers[0].unit_price.map(|m| m.amount()), Some(dec!(104000)));
    let cash = q.cash.clone().expect("a lead time is entered").expect("a timeline");
    assert_eq!(cash.peak_need.amount().round_dp(2), dec!(153333333.33));
    assert_eq!(cash.peak_day, Some(7));
    assert_eq!(cash.last_payment_day, 42);
    assert_eq!(cash.need_days.round_dp(2), dec!(4466000000));
    assert_eq!(cash.financing.map(|m| m.amount().round_dp(2)), Some(dec!(1488666.67)));
    assert_eq!(cash.ends_with.amount().round_dp(2), dec!(34000000));
    // Not in the price until asked.
    assert_eq!(q.tiers[0].financing, None);
    // Added to the cost: (85.000 + 744,33) × 1,2 + 2.000 = 104.893,2 → Rp104.893.
    doc.cash.in_price = true;
    let q = quote(&doc);
    assert_eq!(q.tiers[0].financing.map(|m| m.amount().round_dp(2)), Some(dec!(744.33)));
    assert_eq!(q.tiers[0].unit_price.map(|m| m.amount()), Some(dec!(104893)));
    // The trail explains the peak, the financing and its share of the price.
    let trail = tapak::model::explain::trail::trail(&doc);
    assert!(
        tapak::model::explain::trail::mismatches(&trail).is_empty(),
        "{:?}",
        tapak::model::explain::trail::mismatches(&trail)
    );
    for fig in [Fig::CashPeak, Fig::CashNeedDays, Fig::Financing, Fig::FinancingPerPair] {
        assert!(trail.get(fig).is_some(), "{fig:?}");
    }
    // No lead time, no timeline; a deposit above 100 % is refused at every door.
    doc.cash.lead_days = 0;
    assert_eq!(quote(&doc).cash, None);
    doc.cash.deposit_pct = dec!(120);
    assert!(!tapak::model::rules::validate(&doc).is_empty());
}

// ---- direct export or through a broker ----

#[test]
fn direct_export_against_a_brokers_price_and_commission_with_the_break_even() {
    use tapak::model::export::broker::compare;
    use tapak::model::sheet::plans::{BrokerDeal, BrokerPays};
    // The own-leather order: cost Rp85.000 a pair, 2.000 pairs (Rp170.000.000), 20 % profit.
    // Direct FOB: 102.000 × 2.000 + 4.000.000 = 208.000.000 − 4.000.000 − 170.000.000
    //   = Rp34.000.000 kept (Rp17.000 a pair).
    let doc = cmt_order(false);
    let q = quote(&doc);
    let ex_works = BrokerDeal { price: Some(dec!(95000)), ..BrokerDeal::default() };
    let c = compare(&ex_works, &q, &doc.fx, &doc.cash).unwrap();
    assert_eq!((c.direct.revenue.amount(), c.direct.costs.amount()), (dec!(208000000), dec!(4000000)));
    assert_eq!((c.direct.keeps.amount(), c.direct.keeps_per_pair.amount()), (dec!(34000000), dec!(17000)));
    // A broker paying Rp95.000 ex-works: 190.000.000 − 170.000.000 = Rp20.000.000 (Rp10.000 a
    // pair), Rp14.000.000 less than exporting directly; break-even (170 + 34) million ÷ 2.000
    // = Rp102.000 a pair, the ex-works price.
    assert_eq!((c.broker.keeps.amount(), c.broker.keeps_per_pair.amount()), (dec!(20000000), dec!(10000)));
    assert_eq!(c.difference.amount(), dec!(14000000));
    assert_eq!(c.break_even.amount(), dec!(102000));
    // A trading house taking the pairs FCA at the maker's price less 8 %: FCA = 204.000.000 +
    // clearance 1.000.000 + haulage 2.000.000 = 207.000.000; commission 16.560.000; kept
    // 207.000.000 − 3.000.000 − 16.560.000 − 170.000.000 = Rp17.440.000 (Rp8.720 a pair);
    // break-even (170 + 34 + 3) million ÷ 2.000 = Rp103.500.
    let fca = BrokerDeal {
        term: Incoterm::Fca,
        pays: BrokerPays::Commission,
        commission_pct: dec!(8),
        ..BrokerDeal::default()
    };
    let c = compare(&fca, &q, &doc.fx, &doc.cash).unwrap();
    assert_eq!(c.broker.costs.amount(), dec!(19560000));
    assert_eq!((c.broker.keeps.amount(), c.broker.keeps_per_pair.amount()), (dec!(17440000), dec!(8720)));
    assert_eq!(c.break_even.amount(), dec!(103500));
    // Bank charges of 1 % fall on whatever the maker is paid: direct FOB = 208.000.000 ÷ 0,99;
    // the break-even price is grossed up alike, and at it the two routes leave the same.
    let mut banked = doc.clone();
    banked.terms.bank_pct = dec!(1);
    let q = quote(&banked);
    let c = compare(&ex_works, &q, &banked.fx, &banked.cash).unwrap();
    let at_break_even = BrokerDeal { price: Some(c.break_even.amount()), ..BrokerDeal::default() };
    let even = compare(&at_break_even, &q, &banked.fx, &banked.cash).unwrap();
    assert_eq!(even.difference.amount().round_dp(6), dec!(0));
    // A broker's price not yet entered waits for it.
    assert_eq!(
        compare(&BrokerDeal::default(), &q, &doc.fx, &doc.cash),
        Err(tapak::model::export::broker::BrokerError::NoPrice)
    );
}

/// "Kept after every cost" is one figure with one rule: the cash card's remainder
/// (`cash::kept`), the broker card's direct route and the trail's `CashKept` agree, the
/// financing taken off each route the same way.
#[test]
fn what_the_order_keeps_is_one_figure_on_the_cash_card_the_broker_card_and_the_trail() {
    use tapak::model::export::broker::compare;
    use tapak::model::sheet::plans::BrokerDeal;
    // The 30/70 order above, FOB, no commission: it leaves Rp34.000.000 before financing and
    // Rp1.488.666,67 of interest, so 34.000.000 − 1.488.666,67 = Rp32.511.333,33 is kept.
    let mut doc = order_30_70();
    let q = quote(&doc);
    let cash = q.cash.clone().unwrap().unwrap();
    let kept = tapak::model::export::cash::kept(&cash, &doc.cash).unwrap();
    assert_eq!(kept.amount().round_dp(2), dec!(32511333.33));
    // The broker card's direct route is the same order: the same figure, not Rp34.000.000.
    let offer = BrokerDeal { price: Some(dec!(95000)), ..BrokerDeal::default() };
    let c = compare(&offer, &q, &doc.fx, &doc.cash).unwrap();
    assert_eq!(c.direct.financing, cash.financing);
    assert_eq!(c.direct.keeps, kept);
    // The broker's route is financed on the same plan: deposit 30 % of 190.000.000 on day 7,
    // no export costs, balance on day 42. Short 150.000.000 × 7 + (96,33 + 99,67 + 103 +
    // 106,33 + 109,67 = 515) million × 7 = 4.655.000.000 money-days; ÷ 30 × 1 % =
    // Rp1.551.666,67; kept 20.000.000 − 1.551.666,67 = Rp18.448.333,33, which is Rp14.063.000
    // less than direct (14.000.000 + the 63.000 more interest).
    assert_eq!(c.broker.financing.map(|m| m.amount().round_dp(2)), Some(dec!(1551666.67)));
    assert_eq!(c.broker.keeps.amount().round_dp(2), dec!(18448333.33));
    assert_eq!(c.difference.amount().round_dp(6), dec!(14063000));
    // Break-even: the price p at which 2.000p − 170.000.000 − the route's financing is
    // 32.511.333,33. The financing at revenue R is (1.050 + 7 × (5 × (153,33 − 0,3R) +
    // 33,33)) million × 1 % ÷ 30 = (6.650.000.000 − 10,5R) ÷ 3.000, so 3.010,5R =
    // 614.184.000.000: R = 204.013.951,17, p = Rp102.006,98 (not the 102.031,50 the offer's
    // own financing would give), and an offer at it leaves what direct export does.
    assert_eq!(c.break_even.amount().round_dp(2), dec!(102006.98));
    let at = BrokerDeal { price: Some(c.break_even.amount()), ..BrokerDeal::default() };
    assert_eq!(compare(&at, &q, &doc.fx, &doc.cash).unwrap().difference.amount().round_dp(2), dec!(0));
    // The trail explains the same remainder, from the timeline's end and the financing.
    let trail = tapak::model::explain::trail::trail(&doc);
    assert_eq!(trail.get(Fig::CashKept).map(|s| s.value), Some(tapak::model::explain::trail::Operand::Money(kept)));
    assert!(
        tapak::model::explain::trail::mismatches(&trail).is_empty(),
        "{:?}",
        tapak::model::explain::trail::mismatches(&trail)
    );
    // Without a rate there is no financing anywhere: 34.000.000 on both cards.
    doc.cash.monthly_rate_pct = None;
    let q = quote(&doc);
    let c = compare(&offer, &q, &doc.fx, &doc.cash).unwrap();
    assert_eq!((c.direct.financing, c.direct.keeps.amount()), (None, dec!(34000000)));
    assert_eq!(
        tapak::model::export::cash::kept(q.cash.as_ref().unwrap().as_ref().unwrap(), &doc.cash).unwrap().amount(),
        dec!(34000000)
    );
}

#[test]
fn a_workshop_line_just_added_replaces_nothing_until_its_rate_is_entered() {
    // A new line (rate 0) must not drop the own sewing (Rp10.000) from the cost: labour stays
    // Rp23.000, and the labour card asks for the rate.
    let mut doc = consolidator();
    doc.apply(tapak::model::sheet::edit::Edit::Add(tapak::model::sheet::edit::List::Bought));
    let b = compute(&doc);
    assert_eq!(b.category(tapak::model::cost::compute::Category::Labour).unwrap().per_pair.amount(), dec!(23000));
    assert!(b.labour.replaced.is_empty());
    let lines = tapak::model::explain::outline::costing(&doc, &b);
    let labour = lines.iter().find(|l| l.card == tapak::model::explain::outline::Card::Labour).unwrap();
    assert_eq!(labour.needs, tapak::model::explain::outline::Needs::Filling);
}

#[test]
fn the_teaching_examples_consolidator_and_cmt() {
    use tapak::model::cost::compute::Category;
    use tapak::model::explain::examples;
    // The Busan sneaker's labour: 48 standard minutes × Rp4.800.000 ÷ 8.400 = Rp27.428,57.
    // The consolidator sews the uppers (18 of them, Rp10.285,71) in three workshops:
    // (5.500 × 1.500 + 6.000 × 1.000 + 5.000 × 750) ÷ 3.250 = 18.000.000 ÷ 3.250 = Rp5.538,46;
    // labour 30 × 571,43 = 17.142,86 + 5.538,46 = Rp22.681,32 a pair.
    let own = compute(&examples::sneaker_busan());
    assert_eq!(own.category(Category::Labour).unwrap().per_pair.amount().round_dp(2), dec!(27428.57));
    let pooled = compute(&examples::consolidator_busan());
    assert_eq!(pooled.labour.bought[0].per_pair.map(|m| m.amount().round_dp(2)), Some(dec!(5538.46)));
    assert_eq!(pooled.category(Category::Labour).unwrap().per_pair.amount().round_dp(2), dec!(22681.32));
    // The CMT sneaker: the leather (1,6 sq ft × 1,08 × Rp38.000 = Rp65.664) and the outsole
    // (9,50 CNY × 1,02 × 2.265 = Rp21.947,85) are the buyer's: Rp87.611,85 a pair, out of the
    // cost, which drops by that much (materials are not graded in this example's symmetric run
    // on average).
    let cmt = compute(&examples::cmt_busan());
    assert_eq!(cmt.supplied_per_pair.map(|m| m.amount().round_dp(2)), Some(dec!(87611.85)));
    assert_eq!((own.per_pair.amount() - cmt.per_pair.amount()).round_dp(2), dec!(87611.85));
    // Every example's figures are explained by the trail.
    for e in examples::all() {
        let t = tapak::model::explain::trail::trail(&e.document);
        assert!(tapak::model::explain::trail::mismatches(&t).is_empty(), "{:?}", e.id);
    }
}

#[test]
fn paperwork_some_orders_have_is_one_tap_each_in_the_stage_where_it_falls() {
    use tapak::model::export::paperwork::Paper;
    let mut doc = cmt_order(false);
    doc.terms.incoterm = Incoterm::Fob;
    assert!(doc.apply(tapak::model::export::paperwork::line(Paper::Fumigation).edit()));
    assert!(doc.apply(tapak::model::export::paperwork::line(Paper::Inspection).edit()));
    assert!(doc.apply(tapak::model::export::paperwork::line(Paper::Sni).edit()));
    // A second tap adds nothing.
    assert!(!doc.apply(tapak::model::export::paperwork::line(Paper::Sni).edit()));
    let stage_of = |name: &str| doc.export_costs.iter().find(|c| c.name.starts_with(name)).map(|c| c.stage);
    assert_eq!(stage_of("Fumigasi"), Some(Stage::OriginTerminal));
    assert_eq!(stage_of("Inspeksi"), Some(Stage::Deal));
    // SNI is spread over the order: Rp25.000.000 ÷ 2.000 = Rp12.500 a pair on the HPP of 85.000.
    assert_eq!(compute(&doc).per_pair.amount(), dec!(97500));
    // Ids stay unique.
    let mut ids: Vec<u32> = doc.ids().collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), doc.ids().count());
}

#[test]
fn what_the_buyer_supplies_or_a_workshop_does_holds_nothing_back() {
    use tapak::model::cost::compute::Issue;
    // A buyer-supplied line in a currency without a rate is no cost of the maker's: the sheet
    // is complete, unless its value must join a customs value.
    let mut doc = cmt_order(true);
    doc.materials[0].currency = USD;
    assert!(compute(&doc).issues.is_empty());
    doc.terms.assists_in_customs_value = true;
    assert!(!compute(&doc).issues.is_empty());
    // Every own operation done by a whole-pair workshop: no working time is asked for.
    let mut doc = consolidator();
    doc.labour.wage.working_days = dec!(0);
    assert!(compute(&doc).issues.contains(&Issue::NoWorkingTime));
    doc.labour.bought = vec![workshop(10, MakingStep::WholePair, "30000", PiecePer::Pair, 0)];
    assert!(compute(&doc).issues.is_empty());
    // The what-if's main material is the maker's own, never the buyer's leather.
    assert_eq!(tapak::model::explain::whatif::main_material(&cmt_order(true)), Some(2));
    assert_eq!(tapak::model::explain::whatif::main_material(&cmt_order(false)), Some(1));
}

#[test]
fn choices_the_screen_does_not_offer_are_refused_at_the_door() {
    use tapak::model::rules::{validate, Fault};
    let mut doc = consolidator();
    doc.labour.operations[0].step = Some(MakingStep::WholePair);
    assert!(validate(&doc).iter().any(|p| p.fault == Fault::Choice));
    let mut doc = cmt_order(false);
    doc.broker = Some(tapak::model::sheet::plans::BrokerDeal { term: Incoterm::Cif, ..Default::default() });
    assert!(validate(&doc).iter().any(|p| p.fault == Fault::Choice));
    // Days beyond 520 weeks are refused as typed, before any timeline is drawn.
    let mut doc = cmt_order(false);
    doc.cash.lead_days = 3641;
    assert!(!validate(&doc).is_empty());
    doc.cash.lead_days = 3640;
    assert!(validate(&doc).is_empty());
}

#[test]
fn a_damaged_files_new_fields_are_named_in_the_users_words() {
    use tapak::i18n::{path_name, Lang};
    assert_eq!(path_name("cash.lead_days", Lang::Id), "Arus kas pesanan · Jumlah hari");
    assert_eq!(path_name("cash.monthly_rate_pct", Lang::En), "The order's cash · Loan interest per month (%)");
    assert_eq!(path_name("labour.bought[0].rate", Lang::Id), "Dikerjakan bengkel (borongan luar), baris 1 · Tarif");
    assert_eq!(path_name("broker.price", Lang::En), "Direct or through a broker · The broker's price per pair");
}
