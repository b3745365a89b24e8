//! Native times (not a test: prints figures): `compute` for a 60-line bill of materials, and
//! pricing the worked quotation of three articles (`combined::price`) and explaining one of its
//! articles (`trail::article`).
//! Run: `cargo bench --bench compute` (or `./scripts/bench`).

use std::hint::black_box;
use std::time::Instant;
use tapak::model::base::currency::Currency;
use tapak::model::cost::compute::compute;
use tapak::model::explain::examples::sneaker_busan;
use tapak::model::sheet::document::{Document, Section};

/// The Busan example grown to 60 material lines across all sections and three currencies.
fn large_document() -> Document {
    let mut doc = sneaker_busan();
    let base = doc.materials.clone();
    doc.materials.clear();
    for i in 0..60u32 {
        let mut line = base[i as usize % base.len()].clone();
        line.id = 1000 + i;
        line.section = Section::ALL[i as usize % Section::ALL.len()];
        line.name = format!("{} #{i}", line.name);
        line.currency = [Currency::IDR, Currency::USD, Currency::CNY][i as usize % 3];
        doc.materials.push(line);
    }
    doc
}

/// Median, min and max µs per call of `f`, over 31 rounds of `per_round` calls.
fn time(per_round: u32, mut f: impl FnMut()) -> (f64, f64, f64) {
    let mut samples: Vec<f64> = (0..31)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..per_round {
                f();
            }
            start.elapsed().as_secs_f64() * 1e6 / f64::from(per_round)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    (samples[15], samples[0], samples[30])
}

fn main() {
    let (q, lib) = tapak::model::explain::examples::busan_order();
    let (med, min, max) = time(20, || {
        black_box(tapak::model::quotation::combined::price(black_box(&q), black_box(&lib)));
    });
    println!(
        "quotation of 3 articles × 2 terms (native, release): median {med:.0} µs, min {min:.0} µs, max {max:.0} µs"
    );
    let p = tapak::model::quotation::combined::price(&q, &lib);
    let (med, min, max) = time(20, || {
        black_box(tapak::model::explain::trail::article(black_box(&p), 2, 1));
    });
    println!("trail of one of its articles (native, release): median {med:.0} µs, min {min:.0} µs, max {max:.0} µs");
    let doc = large_document();
    assert_eq!(compute(&doc).lines.len(), 60);
    let rounds = 31;
    let per_round = 200;
    let mut samples: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..per_round {
                black_box(compute(black_box(&doc)));
            }
            start.elapsed().as_secs_f64() * 1e6 / f64::from(per_round)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    println!(
        "compute, 60-line BOM (native, release): median {:.1} µs, min {:.1} µs, max {:.1} µs ({rounds} rounds × {per_round})",
        samples[rounds / 2],
        samples[0],
        samples[rounds - 1]
    );
}
