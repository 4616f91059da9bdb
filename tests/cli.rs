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
