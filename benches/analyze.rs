//! Analysis speed: the seed article, articles of 100 KB and 1 MB built from it, and the
//! adversarial generators of `tests/scaling/generators.rs` at 100 KB and 1 MB.
//!
//! `cargo bench --bench analyze` — throughput is reported per byte of input, so the 100 KB
//! and 1 MB figures show whether the cost stays linear.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use stancelens::{Analyzer, Topic};

#[path = "../tests/scaling/generators.rs"]
mod generators;

fn seed_text() -> String {
    let json = include_str!("../tests/golden/articles/seed.json");
    let v: serde_json::Value = serde_json::from_str(json).expect("seed parses");
    v["text"].as_str().expect("seed has text").to_string()
}

/// Repeats the seed's paragraphs until `bytes` is reached.
fn article_of(bytes: usize) -> String {
    let seed = seed_text();
    let mut out = String::with_capacity(bytes + seed.len());
    while out.len() < bytes {
        out.push_str(&seed);
        out.push_str("\n\n");
    }
    out
}

fn bench(c: &mut Criterion) {
    let analyzer = Analyzer::new(Topic::builtin());
    let mut group = c.benchmark_group("analyze");
    let seed = seed_text();
    // One paragraph of 1 MB, with a quote and names every 80 bytes: the worst shape for
    // anything that looks back over a paragraph.
    let one_paragraph =
        "Ann Lee said: “It works.” Mr Ray disagreed, calling it ‘a mistake’ and adding that "
            .repeat(12_500);
    let inputs = [
        ("seed", seed),
        ("100KB", article_of(100_000)),
        ("1MB", article_of(1_000_000)),
        ("1MB-one-paragraph", one_paragraph),
    ];
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() > 500_000 {
            group.sample_size(10);
        }
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, t| {
            b.iter(|| analyzer.analyze(t))
        });
    }
    group.finish();
    // Adversarial generators at 100 KB and 1 MB: the ratio of the two times is the test of
    // linearity (tests/scaling.rs asserts a generous bound on it).
    let mut adversarial = c.benchmark_group("adversarial");
    adversarial.sample_size(10);
    for (name, generate) in generators::GENERATORS {
        for bytes in [100_000, 1_000_000] {
            let text = generate(bytes);
            adversarial.throughput(Throughput::Bytes(text.len() as u64));
            let id = BenchmarkId::new(*name, if bytes < 1_000_000 { "100KB" } else { "1MB" });
            adversarial.bench_with_input(id, &text, |b, t| b.iter(|| analyzer.analyze(t)));
        }
    }
    adversarial.finish();
    let mut compile = c.benchmark_group("topic");
    compile.bench_function("compile", |b| b.iter(|| Analyzer::new(Topic::builtin())));
    compile.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
