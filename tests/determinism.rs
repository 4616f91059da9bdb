//! The same article gives the same analysis natively and in WebAssembly: both builds
//! compare the seed's full analysis with one committed file, and every golden article's
//! analysis with a committed digest (`UPDATE_GOLDEN=1` rewrites both from a native run), and
//! the compact bytes the embed's worker sends (`wire`) give back the same analysis.

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

/// What the embed's worker sends the page is the analysis, exactly (`wire`), for every
/// golden article; in WebAssembly too, where both ends of it run.
#[test]
fn every_golden_analysis_round_trips_through_the_wire_format() {
    for (name, json) in ARTICLES {
        let v: serde_json::Value = serde_json::from_str(json).expect("article parses");
        let text = v["text"].as_str().expect("article text");
        let analysis = analyze(text, Topic::builtin());
        let bytes = stancelens::wire::encode(&analysis, text);
        assert_eq!(
            stancelens::wire::decode(&bytes, text).as_ref(),
            Ok(&analysis),
            "{name}"
        );
        let json = serde_json::to_string(&analysis).expect("serialises");
        assert!(
            bytes.len() * 3 < json.len(),
            "{name}: {} bytes against {} of JSON",
            bytes.len(),
            json.len()
        );
    }
}

/// Every golden article: the learned model's arithmetic (integer sums, portable exp and ln)
/// must give the same analysis in both builds, on more than one article.
const ARTICLES: &[(&str, &str)] = &[
    (
        "abbotsford-mayor-public-drug-use",
        include_str!("golden/articles/abbotsford-mayor-public-drug-use.json"),
    ),
    (
        "act-decriminalisation-one-year-review",
        include_str!("golden/articles/act-decriminalisation-one-year-review.json"),
    ),
    (
        "almada-clinic-director-interview",
        include_str!("golden/articles/almada-clinic-director-interview.json"),
    ),
    (
        "belfast-mother-petition-stormont",
        include_str!("golden/articles/belfast-mother-petition-stormont.json"),
    ),
    (
        "bristol-council-decriminalisation-motion",
        include_str!("golden/articles/bristol-council-decriminalisation-motion.json"),
    ),
    (
        "cork-garda-health-led-warning",
        include_str!("golden/articles/cork-garda-health-led-warning.json"),
    ),
    (
        "edinburgh-tenants-rent-cap-call",
        include_str!("golden/articles/edinburgh-tenants-rent-cap-call.json"),
    ),
    (
        "eastvale-council-possession-motion",
        include_str!("golden/articles/eastvale-council-possession-motion.json"),
    ),
    (
        "glasgow-forum-decriminalisation-powers",
        include_str!("golden/articles/glasgow-forum-decriminalisation-powers.json"),
    ),
    (
        "kenya-bhang-bill-drug-agency",
        include_str!("golden/articles/kenya-bhang-bill-drug-agency.json"),
    ),
    (
        "new-mexico-possession-bill-committee",
        include_str!("golden/articles/new-mexico-possession-bill-committee.json"),
    ),
    (
        "northfield-council-recriminalises-public-use",
        include_str!("golden/articles/northfield-council-recriminalises-public-use.json"),
    ),
    (
        "santa-rosa-rent-measure-ballot",
        include_str!("golden/articles/santa-rosa-rent-measure-ballot.json"),
    ),
    ("seed", include_str!("golden/articles/seed.json")),
    (
        "tabloid-chief-constable-caution-call",
        include_str!("golden/articles/tabloid-chief-constable-caution-call.json"),
    ),
    (
        "uk-drug-deaths-commission-report",
        include_str!("golden/articles/uk-drug-deaths-commission-report.json"),
    ),
    (
        "westbury-assembly-possession-bill",
        include_str!("golden/articles/westbury-assembly-possession-bill.json"),
    ),
];

const DIGESTS: &str = include_str!("golden/analysis-digests.txt");

/// FNV-1a, 64 bits: a digest of an analysis's JSON.
fn digest(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[test]
fn every_golden_analysis_matches_its_committed_digest() {
    let mut lines = String::new();
    for (name, json) in ARTICLES {
        let v: serde_json::Value = serde_json::from_str(json).expect("article parses");
        let text = v["text"].as_str().expect("article text");
        let analysis = analyze(text, Topic::builtin());
        let got = serde_json::to_string(&analysis).expect("serialises");
        lines.push_str(&format!("{name} {:016x}\n", digest(&got)));
    }
    #[cfg(not(target_arch = "wasm32"))]
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/golden/analysis-digests.txt"
        );
        std::fs::write(path, &lines).expect("writes");
        return;
    }
    assert_eq!(
        lines, DIGESTS,
        "analyses differ from tests/golden/analysis-digests.txt"
    );
}
