//! Native `compute` time for a 60-line bill of materials (not a test: prints figures).
//! Run: `cargo bench --bench compute` (or `./scripts/bench`).

use std::hint::black_box;
use std::time::Instant;
use tapak::model::compute::compute;
use tapak::model::currency::Currency;
use tapak::model::document::{Document, Section};
use tapak::model::examples::sneaker_busan;

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

fn main() {
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
