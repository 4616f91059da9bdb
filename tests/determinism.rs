//! The same article gives the same analysis natively and in WebAssembly: both builds
//! compare the seed's full analysis with one committed file (`UPDATE_GOLDEN=1` rewrites it
//! from a native run).

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use stancelens::{analyze, Topic};

const EXPECTED: &str = include_str!("golden/seed.analysis.json");

fn seed_text() -> String {
    let v: serde_json::Value =
        serde_json::from_str(include_str!("golden/articles/seed.json")).expect("seed parses");
    v["text"].as_str().expect("seed text").to_string()
}

#[test]
fn seed_analysis_matches_the_committed_one() {
    let analysis = analyze(&seed_text(), Topic::builtin());
    let got = serde_json::to_string_pretty(&analysis).expect("serialises") + "\n";
    #[cfg(not(target_arch = "wasm32"))]
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/golden/seed.analysis.json"
        );
        std::fs::write(path, &got).expect("writes");
        return;
    }
    assert!(
        got == EXPECTED,
        "the seed's analysis differs from tests/golden/seed.analysis.json"
    );
}

#[test]
fn analysis_round_trips_through_json() {
    let analysis = analyze(&seed_text(), Topic::builtin());
    let json = serde_json::to_string(&analysis).expect("serialises");
    let back: stancelens::Analysis = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, analysis);
}
