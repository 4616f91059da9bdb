//! Copies the word lists of `src/lexicon/` into the build without their comment lines, and
//! the built-in topic profile as plain fields: the comments and the layout are for whoever
//! edits a file, and every byte compiled in is paid by every reader.

use std::path::Path;
use std::{env, fs};

fn main() {
    lexicon();
    topic();
}

/// The built-in topic profile as one field a line: its path ("targets", "frames.support"),
/// U+001E, then its entries separated by U+001F. Read without a JSON parser, so a build that
/// reads no other profile (the demo) carries none; the tests check that it reads back as the
/// JSON does.
fn topic() {
    let source = Path::new("src/topics/decriminalisation.json");
    println!("cargo:rerun-if-changed={}", source.display());
    let text = fs::read_to_string(source).expect("the built-in topic is UTF-8 text");
    let json: serde_json::Value = serde_json::from_str(&text).expect("the built-in topic is JSON");
    let mut out = String::new();
    fields(&mut out, "", &json);
    let dir = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("topics");
    fs::create_dir_all(&dir).expect("OUT_DIR is writable");
    fs::write(dir.join("decriminalisation.fields"), out).expect("OUT_DIR is writable");
}

/// Writes `value`'s strings and lists of strings as lines under `path`, objects field by
/// field.
fn fields(out: &mut String, path: &str, value: &serde_json::Value) {
    let entries: Vec<&str> = match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                let inner = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                fields(out, &inner, v);
            }
            return;
        }
        serde_json::Value::String(s) => vec![s.as_str()],
        serde_json::Value::Array(items) => items
            .iter()
            .map(|i| i.as_str().expect("a topic's lists hold strings"))
            .collect(),
        other => panic!("{path} is neither text nor a list of text: {other}"),
    };
    for e in &entries {
        assert!(
            !e.contains(['\n', '\u{1e}', '\u{1f}']),
            "{path} holds a line break, U+001E or U+001F"
        );
    }
    out.push_str(path);
    out.push('\u{1e}');
    out.push_str(&entries.join("\u{1f}"));
    out.push('\n');
}

/// The word lists, their comment lines left out.
fn lexicon() {
    let source = Path::new("src/lexicon");
    println!("cargo:rerun-if-changed={}", source.display());
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lexicon");
    fs::create_dir_all(&out).expect("OUT_DIR is writable");
    let entries = fs::read_dir(source).expect("src/lexicon is readable");
    for entry in entries {
        let path = entry.expect("src/lexicon is readable").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("a word list is UTF-8 text");
        let kept: String = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .flat_map(|l| [l, "\n"])
            .collect();
        let name = path.file_name().expect("a file has a name");
        fs::write(out.join(name), kept).expect("OUT_DIR is writable");
    }
}
