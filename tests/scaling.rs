//! Linear time on adversarial input: for every generator, ten times the text may cost at most
//! [`MAX_RATIO`] times as long (linear is about 10; quadratic would be about 100). Times are
//! the best of three runs, so a busy machine does not fail it; `cargo bench --bench analyze`
//! reports the figures themselves.
#![cfg(not(target_arch = "wasm32"))]

mod scaling {
    pub mod generators;
}

use std::time::{Duration, Instant};

use scaling::generators::GENERATORS;
use stancelens::{Analyzer, Topic};

const MAX_RATIO: f64 = 25.0;

fn best_of_three(analyzer: &Analyzer, text: &str) -> Duration {
    (0..3)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(analyzer.analyze(text));
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

#[test]
fn every_generator_scales_linearly() {
    let analyzer = Analyzer::new(Topic::builtin());
    let mut report = Vec::new();
    for (name, generate) in GENERATORS {
        let small = generate(20_000);
        let large = generate(200_000);
        let (a, b) = (
            best_of_three(&analyzer, &small),
            best_of_three(&analyzer, &large),
        );
        let ratio = b.as_secs_f64() / a.as_secs_f64().max(1e-6);
        report.push(format!("{name}: {a:?} → {b:?} (×{ratio:.1})"));
        assert!(
            ratio <= MAX_RATIO,
            "{name} is not linear: {}",
            report.join("; ")
        );
    }
    eprintln!("{}", report.join("\n"));
}
