//! Copies the word lists of `src/lexicon/` into the build without their comment lines: the
//! comments are for whoever edits a list, and every byte compiled in is paid by every reader.

use std::path::Path;
use std::{env, fs};

fn main() {
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
