//! Copies the word lists of `src/lexicon/` into the build without their comment lines, and
//! the built-in topic profile without its indentation: the comments and the layout are for
//! whoever edits a file, and every byte compiled in is paid by every reader.

use std::path::Path;
use std::{env, fs};

fn main() {
    lexicon();
    topic();
}

/// The built-in topic profile, its whitespace outside strings left out.
fn topic() {
    let source = Path::new("src/topics/decriminalisation.json");
    println!("cargo:rerun-if-changed={}", source.display());
    let text = fs::read_to_string(source).expect("the built-in topic is UTF-8 text");
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    let dir = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("topics");
    fs::create_dir_all(&dir).expect("OUT_DIR is writable");
    fs::write(dir.join("decriminalisation.json"), out).expect("OUT_DIR is writable");
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
