//! Hostile documents: field-level mutations of the real examples (signs, 10²⁰-scale values,
//! the rules' own limits, empty lists, zero counts) go through validation, `compute`, `quote`,
//! the formula trail, what-if, sensitivity and the charts without a panic — whether the rules
//! would refuse them or not (the core must be total; the doors refuse). Documents the rules
//! accept price without an overflow anywhere near realistic magnitudes.
//!
//! The mutation count is `TAPAK_FUZZ_N` (default 3,000 per test run); `scripts/test` runs
//! 100,000 in release mode.

use rust_decimal::Decimal;
use tapak::codec::{document_from_json, document_to_json};
use tapak::model::cost::compute::compute;
use tapak::model::explain::chart;
use tapak::model::explain::examples;
use tapak::model::explain::{trail, whatif};
use tapak::model::export::quote::quote;
use tapak::model::rules::{validate, Num};
use tapak::model::sheet::document::Document;

/// A small deterministic generator (xorshift64*), so a failure can be replayed by its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A hostile value for a field with `rule_max` as its largest accepted value.
fn value(r: &mut Rng, rule_max: Decimal) -> Decimal {
    match r.below(11) {
        0 => Decimal::ZERO,
        1 => -Decimal::ONE,
        2 => Decimal::new(-((r.next() % 1_000_000) as i64), 2),
        3 => Decimal::from_i128_with_scale(10i128.pow(20), 0),
        4 => Decimal::MAX,
        5 => Decimal::MIN,
        6 => Decimal::new(1, 28),
        7 => rule_max,
        8 => rule_max * Decimal::TEN,
        9 => Decimal::new((r.next() % 10_000_000_000) as i64, (r.next() % 11) as u32),
        _ => Decimal::new((r.next() % 100_000) as i64, 0),
    }
}

fn count(r: &mut Rng) -> u32 {
    match r.below(5) {
        0 => 0,
        1 => u32::MAX,
        2 => 1,
        3 => 10_000_000,
        _ => (r.next() % 100_000) as u32,
    }
}

/// Applies one field-level mutation.
fn mutate(d: &mut Document, r: &mut Rng) {
    let max = |n: Num| n.rule().max.unwrap_or(Decimal::MAX);
    let pick = |len: usize, r: &mut Rng| if len == 0 { None } else { Some(r.below(len)) };
    match r.below(34) {
        0 => d.article.order_pairs = count(r),
        1 => {
            if let Some(i) = pick(d.materials.len(), r) {
                d.materials[i].net_consumption = value(r, max(Num::NetConsumption));
            }
        }
        2 => {
            if let Some(i) = pick(d.materials.len(), r) {
                d.materials[i].waste_pct = value(r, max(Num::WastePct));
            }
        }
        3 => {
            if let Some(i) = pick(d.materials.len(), r) {
                d.materials[i].unit_price = value(r, max(Num::UnitPrice));
            }
        }
        4 => {
            if let Some(i) = pick(d.materials.len(), r) {
                d.materials[i].grading_pct = Some(value(r, max(Num::GradingPct)));
            }
        }
        5 => {
            if let Some(i) = pick(d.fx.len(), r) {
                d.fx[i].rate = value(r, max(Num::Rate));
            }
        }
        6 => d.labour.wage.monthly_wage = value(r, max(Num::MonthlyWage)),
        7 => d.labour.wage.working_days = value(r, max(Num::WorkingDays)),
        8 => d.labour.wage.minutes_per_day = value(r, max(Num::MinutesPerDay)),
        9 => d.labour.wage.efficiency_pct = value(r, max(Num::EfficiencyPct)),
        10 => {
            if let Some(i) = pick(d.labour.operations.len(), r) {
                d.labour.operations[i].standard_minutes = value(r, max(Num::StandardMinutes));
            }
        }
        11 => {
            if let Some(i) = pick(d.labour.piece_rates.len(), r) {
                d.labour.piece_rates[i].rate = value(r, max(Num::PieceRate));
            }
        }
        12 => d.overhead.monthly_overhead = value(r, max(Num::MonthlyOverhead)),
        13 => d.overhead.monthly_output_pairs = value(r, max(Num::MonthlyOutput)),
        14 => d.overhead.percent_of_prime = value(r, max(Num::PercentOfPrime)),
        15 => {
            if let Some(i) = pick(d.one_off.len(), r) {
                d.one_off[i].amount = value(r, max(Num::OneOffAmount));
            }
        }
        16 => d.sizes.grading_pct = value(r, max(Num::SizeGradingPct)),
        17 => {
            if let Some(i) = pick(d.sizes.sizes.len(), r) {
                d.sizes.sizes[i].quantity = count(r);
            }
        }
        18 => {
            if let Some(i) = pick(d.sizes.sizes.len(), r) {
                d.sizes.sizes[i].foot_mm = value(r, max(Num::FootMm));
            }
        }
        19 => d.shipping.carton.pairs_per_carton = count(r),
        20 => d.shipping.carton.length_cm = value(r, max(Num::CartonCm)),
        21 => d.shipping.carton.gross_kg = value(r, max(Num::CartonKg)),
        22 => {
            if let Some(i) = pick(d.shipping.containers.len(), r) {
                d.shipping.containers[i].practical_cbm = value(r, max(Num::ContainerCbm));
            }
        }
        23 => d.shipping.air_divisor = value(r, max(Num::AirDivisor)),
        24 => {
            if let Some(i) = pick(d.export_costs.len(), r) {
                d.export_costs[i].amount = value(r, max(Num::ExportAmount));
            }
        }
        25 => d.terms.profit.pct = value(r, max(Num::ProfitPct)),
        26 => d.terms.commission_pct = value(r, max(Num::CommissionPct)),
        27 => d.terms.insurance_rate_pct = Some(value(r, max(Num::InsurancePct))),
        28 => d.terms.duty_pct = Some(value(r, max(Num::DutyPct))),
        29 => d.terms.fx_buffer_pct = value(r, max(Num::FxBufferPct)),
        30 => d.terms.tiers.push(count(r)),
        31 => {
            if let Some(t) = d.terms.target.as_mut() {
                t.amount = value(r, max(Num::TargetPrice));
            }
        }
        32 => match r.below(5) {
            0 => d.materials.clear(),
            1 => d.export_costs.clear(),
            2 => d.sizes.sizes.clear(),
            3 => d.fx.clear(),
            _ => d.labour.operations.clear(),
        },
        _ => {
            d.shipping.mode = [
                tapak::model::base::packing::Mode::SeaFcl,
                tapak::model::base::packing::Mode::SeaLcl,
                tapak::model::base::packing::Mode::Air,
            ][r.below(3)];
            d.terms.incoterm = tapak::model::base::incoterms::Incoterm::ALL[r.below(11)];
        }
    }
}

fn runs() -> usize {
    std::env::var("TAPAK_FUZZ_N").ok().and_then(|n| n.parse().ok()).unwrap_or(3_000)
}

/// Every stage a document goes through on screen. Returns whether the rules accept it.
fn exercise(doc: &Document, heavy: bool) -> bool {
    let accepted = validate(doc).is_empty();
    let b = compute(doc);
    let q = quote(doc);
    let _ = q.is_ready();
    let _ = chart::cost_by_section(&b);
    if let Some(t) = q.tiers.first() {
        if let Some(u) = t.unit_exact {
            let _ = chart::waterfall(&t.parts_per_pair, u);
        }
    }
    if heavy {
        let _ = trail::build(doc, &b, &q);
        let _ = whatif::outcome(doc);
        let s = whatif::sensitivity(doc);
        if let Some(base) = q.tiers.first().and_then(|t| t.unit_exact) {
            let _ = chart::tornado(&s, base);
        }
        // The file door: what is written reads back, or is refused with a reason.
        let _ = document_from_json(&document_to_json(doc));
    }
    accepted
}

#[test]
fn field_level_mutations_of_real_documents_never_panic() {
    let n = runs();
    let mut r = Rng(0x5EED_7A9A_0000_0001);
    let bases: Vec<Document> = examples::all().into_iter().map(|e| e.id.document()).collect();
    let mut accepted = 0;
    for i in 0..n {
        let mut doc = bases[i % bases.len()].clone();
        for _ in 0..(1 + r.below(4)) {
            mutate(&mut doc, &mut r);
        }
        // The heavy stages (trail, what-if, sensitivity re-quote the sheet a dozen times) on
        // every 20th document.
        if exercise(&doc, i % 20 == 0) {
            accepted += 1;
        }
    }
    // Both sides were reached: documents the rules accept and documents they refuse.
    assert!(accepted > n / 20 && accepted < n, "{accepted} of {n} accepted");
}

#[test]
fn documents_at_the_rules_limits_price_without_overflow() {
    // Every field at its largest accepted value, in one currency: a sheet the doors let through
    // still computes and quotes with no "figures too large".
    let mut doc = examples::sneaker_busan();
    let max = |n: Num| n.rule().max.unwrap_or(Decimal::ZERO);
    for m in &mut doc.materials {
        m.net_consumption = Decimal::from(1_000);
        m.unit_price = max(Num::UnitPrice) / Decimal::from(1_000_000);
        m.waste_pct = max(Num::WastePct);
    }
    doc.article.order_pairs = 10_000_000;
    doc.sizes.sizes.clear();
    doc.terms.commission_pct = Decimal::from(30);
    doc.terms.profit.pct = max(Num::ProfitPct);
    assert_eq!(validate(&doc), vec![]);
    let b = compute(&doc);
    assert!(b.issues.is_empty(), "{:?}", b.issues);
    let q = quote(&doc);
    assert!(q.tiers[0].unit_price.is_some(), "{:?}", q.issues);
}
