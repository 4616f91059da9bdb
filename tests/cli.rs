//! The command-line tool as a batch user runs it: JSON lines in, one record per line out,
//! each record's keys in a fixed order. (The tool writes structs, never JSON maps, so that
//! serde_json's `preserve_order`, which a dev-dependency turns on in test builds only, cannot
//! change what a release build writes.)

#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `stancelens` with `args`, `stdin` as its input; returns its exit code and stdout.
fn run(args: &[&str], stdin: &str) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_stancelens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the tool starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("input written");
    let out = child.wait_with_output().expect("the tool ends");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn json_lines_keep_their_order_and_report_bad_lines_in_place() {
    let input = concat!(
        r#"{"id": "a", "text": "“Prison does not work,” said Ann Lee."}"#,
        "\n",
        "not json\n",
        "\n",
        r#"{"id": "b", "text": "Nothing is quoted here."}"#,
        "\n",
    );
    let (code, out) = run(&["analyze", "--jsonl", "-"], input);
    assert_eq!(code, Some(2), "a bad line makes the exit code 2");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "one record per non-blank line: {out}");
    assert!(lines[0].starts_with(r#"{"id":"a","#), "{}", lines[0]);
    assert!(lines[0].contains("Ann Lee"), "{}", lines[0]);
    assert!(
        lines[1].starts_with(r#"{"line":2,"error":""#),
        "the error record names its line first: {}",
        lines[1]
    );
    assert!(lines[2].starts_with(r#"{"id":"b","#), "{}", lines[2]);
}

#[test]
fn an_article_is_written_with_its_keys_in_the_documented_order() {
    let (code, out) = run(
        &["analyze", "-"],
        "“Locking people up does not work,” said Ann Lee.",
    );
    assert_eq!(code, Some(0));
    let keys: Vec<usize> = ["\"topic\"", "\"paragraphs\"", "\"quotes\"", "\"speakers\""]
        .iter()
        .map(|k| out.find(k).unwrap_or(usize::MAX))
        .collect();
    assert!(keys.iter().all(|&k| k != usize::MAX), "{out}");
    assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:?}");
}

/// A fresh, empty folder under the system's temporary one.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("stancelens-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

#[test]
fn train_writes_a_publishers_topic_with_the_stance_model_it_learned_and_eval_measures_it() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let dir = scratch("train-topic");
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).expect("a corpus folder");
    // The two rent-control articles written for the golden tests, annotated toward it.
    for id in [
        "edinburgh-tenants-rent-cap-call",
        "santa-rosa-rent-measure-ballot",
    ] {
        let from = root.join(format!("articles/{id}.json"));
        std::fs::copy(&from, corpus.join(format!("{id}.json"))).expect("article copied");
    }
    let profile = root.join("topics/rent-control.json");
    let out = dir.join("out");
    let arg = |p: &std::path::Path| p.to_str().expect("a UTF-8 path").to_string();
    let (code, _) = run(
        &[
            "train",
            "--corpus",
            &arg(&corpus),
            "--topic",
            &arg(&profile),
            "--out",
            &arg(&out),
        ],
        "",
    );
    assert_eq!(code, Some(0));
    let written = out.join("rent-control.json");
    let trained = std::fs::read_to_string(&written).expect("the profile is written");
    let topic = stancelens::Topic::from_json(&trained).expect("and reads back");
    assert!(topic.stance_model.is_some());

    // Analysed with it, the labels are the model's, not the profile's rules alone.
    let article = r#"“Rent control is the only thing standing between my family and the street,” said Maribel Ochoa, a tenant. The landlords' association disagreed. “Caps drive owners out of the market and leave fewer homes to rent,” said its president, Gary Lindqvist."#;
    let (code, with_model) = run(&["analyze", "-", "--topic", &arg(&written)], article);
    assert_eq!(code, Some(0));
    let (_, with_rules) = run(&["analyze", "-", "--topic", &arg(&profile)], article);
    assert!(with_model.contains("\"quotes\""), "{with_model}");
    assert_ne!(with_model, with_rules);

    // And cross-validated on the same folder: the model's row beside the rules' (two
    // articles, each its own fold).
    let (code, report) = run(
        &["eval", "--corpus", &arg(&corpus), "--topic", &arg(&profile)],
        "",
    );
    assert_eq!(code, Some(0));
    assert!(
        report.contains("toward Rent control: 2 articles, 2 folds")
            && report.contains("| the topic's lexicon rules alone |")
            && report.contains("| stance model (held out) |"),
        "{report}"
    );

    // A folder whose quotes are not annotated teaches nothing: an error, no file.
    let empty = dir.join("unannotated");
    std::fs::create_dir_all(&empty).expect("a folder");
    std::fs::write(
        empty.join("a.json"),
        r#"{"id": "a", "text": "“Caps work,” said Ann Lee.", "quotes": [], "speakers": []}"#,
    )
    .expect("an article");
    let (code, _) = run(
        &[
            "train",
            "--corpus",
            &arg(&empty),
            "--topic",
            &arg(&profile),
            "--out",
            &arg(&dir.join("none")),
        ],
        "",
    );
    assert_eq!(code, Some(2));
    assert!(!dir.join("none").exists());
    let _ = std::fs::remove_dir_all(&dir);
}
