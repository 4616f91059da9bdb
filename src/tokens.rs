//! Words, punctuation and quotation marks, with their byte spans.
//!
//! One pass over the text; everything later works on these tokens. Apostrophes inside words
//! (don’t, Britain’s, O’Brien) and hyphens inside compounds (Talbot-Ross, drug-related) stay
//! in their word, so they are never taken for quotation marks or clause breaks.

use crate::span::{is_blank, Span};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Letters and digits, with inner apostrophes, hyphens and acronym dots.
    Word,
    /// A quotation mark or an apostrophe that is not inside a word (‘ ’ “ ” " ' « » …).
    QuoteMark,
    /// Any other visible character (one per token).
    Punct,
}

/// A token and where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    /// Byte span in the text.
    pub span: Span,
    /// Word, quotation mark or punctuation.
    pub kind: TokKind,
}

/// Every quotation-mark character StanceLens knows.
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '„'
            | '‟'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '＂'
    )
}

/// Apostrophe-like characters that may join the two halves of a word.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Letters, digits and combining marks.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Splits `text` into tokens (whitespace is dropped).
///
/// ```
/// use stancelens::tokens::{tokenize, TokKind};
/// let text = "Britain’s “drug-laws” don't work.";
/// let toks: Vec<&str> = tokenize(text).iter().map(|t| t.span.slice(text)).collect();
/// assert_eq!(toks, ["Britain’s", "“", "drug-laws", "”", "don't", "work", "."]);
/// ```
pub fn tokenize(text: &str) -> Vec<Tok> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::with_capacity(chars.len() / 4);
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if is_blank(c) {
            i += 1;
            continue;
        }
        if is_word_char(c) {
            let mut j = i + 1;
            while j < chars.len() {
                let c = chars[j].1;
                if is_word_char(c) {
                    j += 1;
                    continue;
                }
                // "B.C.’s": an acronym's last dot and its possessive stay in the word.
                if c == '.' && is_acronym_possessive(&chars, j) {
                    j += 3;
                    break;
                }
                let prev = chars[j - 1].1;
                let next = chars.get(j + 1).map(|x| x.1);
                let joins = match next {
                    Some(n) if is_apostrophe(c) => prev.is_alphanumeric() && n.is_alphabetic(),
                    Some(n) if is_hyphen(c) => prev.is_alphanumeric() && n.is_alphanumeric(),
                    Some(n) if c == ',' || c == '.' => {
                        (prev.is_ascii_digit() && n.is_ascii_digit())
                            || (c == '.' && is_acronym_dot(&chars, j))
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |x| x.0);
            out.push(Tok {
                span: Span::new(start, end),
                kind: TokKind::Word,
            });
            i = j;
            continue;
        }
        let end = chars.get(i + 1).map_or(text.len(), |x| x.0);
        let kind = if is_quote_mark(c) {
            TokKind::QuoteMark
        } else {
            TokKind::Punct
        };
        out.push(Tok {
            span: Span::new(start, end),
            kind,
        });
        i += 1;
    }
    out
}

/// The dot at `j` ends an acronym ("B.C.") and a possessive follows ("B.C.’s").
fn is_acronym_possessive(chars: &[(usize, char)], j: usize) -> bool {
    let at = |k: usize| chars.get(k).map(|x| x.1);
    j >= 2
        && at(j - 1).is_some_and(char::is_uppercase)
        && at(j - 2) == Some('.')
        && at(j + 1).is_some_and(is_apostrophe)
        && at(j + 2) == Some('s')
        && at(j + 3).is_none_or(|c| !c.is_alphanumeric())
}

/// "U.S", "U.K": a dot between two single capital letters; "Ph.D": after a capital and a
/// small letter.
fn is_acronym_dot(chars: &[(usize, char)], j: usize) -> bool {
    // A blank stands for the text's ends.
    let at = |k: Option<usize>| k.and_then(|k| chars.get(k)).map_or(' ', |x| x.1);
    let back = |n: usize| at(j.checked_sub(n));
    let starts = if back(1).is_uppercase() {
        !back(2).is_alphanumeric()
    } else {
        back(1).is_lowercase() && back(2).is_uppercase() && !back(3).is_alphanumeric()
    };
    starts && at(Some(j + 1)).is_uppercase() && !at(Some(j + 2)).is_alphanumeric()
}

/// The word lower-cased, with curly apostrophes made straight: the form lexicons use.
/// Borrowed when the word is already in that form (most words are), so a long article does
/// not cost an allocation per word.
pub fn normalize_cow(word: &str) -> std::borrow::Cow<'_, str> {
    let changes = |c: char| {
        let mut lower = c.to_lowercase();
        (is_apostrophe(c) && c != '\'') || lower.next() != Some(c) || lower.next().is_some()
    };
    if word.chars().any(changes) {
        std::borrow::Cow::Owned(normalize(word))
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

/// The word lower-cased, with curly apostrophes made straight: the form lexicons use.
pub fn normalize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if is_apostrophe(c) {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// The word without a possessive ending ("Britain’s" → "Britain", "students’" stays).
pub fn strip_possessive(word: &str) -> &str {
    for suffix in ["’s", "'s", "ʼs"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    word
}

/// True when the word carries a possessive ending.
pub fn is_possessive(word: &str) -> bool {
    strip_possessive(word).len() != word.len()
}

/// True for a word whose first letter is upper-case.
pub fn is_capitalised(word: &str) -> bool {
    word.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase)
}

/// True for an all-capitals word of two letters or more ("HSCC", "NHS", "THE").
pub fn is_all_caps(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(&str, TokKind)> {
        tokenize(text)
            .iter()
            .map(|t| (t.span.slice(text), t.kind))
            .collect()
    }

    #[test]
    fn tokenizer_table() {
        use TokKind::*;
        let cases: &[(&str, &[(&str, TokKind)])] = &[
            ("don’t", &[("don’t", Word)]),
            (
                "the 80s’ music",
                &[
                    ("the", Word),
                    ("80s", Word),
                    ("’", QuoteMark),
                    ("music", Word),
                ],
            ),
            (
                "‘gateway’",
                &[("‘", QuoteMark), ("gateway", Word), ("’", QuoteMark)],
            ),
            ("Talbot-Ross", &[("Talbot-Ross", Word)]),
            ("1,187 deaths", &[("1,187", Word), ("deaths", Word)]),
            ("U.S. law", &[("U.S", Word), (".", Punct), ("law", Word)]),
            (
                "a Ph.D. student",
                &[("a", Word), ("Ph.D", Word), (".", Punct), ("student", Word)],
            ),
            ("Mr.Smith", &[("Mr", Word), (".", Punct), ("Smith", Word)]),
            ("U.S.’s law", &[("U.S.’s", Word), ("law", Word)]),
            ("the U.S.'s", &[("the", Word), ("U.S.'s", Word)]),
            (
                "U.S.'so",
                &[("U.S", Word), (".", Punct), ("'", QuoteMark), ("so", Word)],
            ),
            ("end. Next", &[("end", Word), (".", Punct), ("Next", Word)]),
            ("a - b", &[("a", Word), ("-", Punct), ("b", Word)]),
            ("O’Brien said", &[("O’Brien", Word), ("said", Word)]),
            (
                "tragedy – these",
                &[("tragedy", Word), ("–", Punct), ("these", Word)],
            ),
            ("e\u{301}te\u{301}", &[("e\u{301}te\u{301}", Word)]),
        ];
        for (input, want) in cases {
            assert_eq!(&toks(input), want, "input {input:?}");
        }
    }

    #[test]
    fn word_helpers() {
        assert_eq!(strip_possessive("Britain’s"), "Britain");
        assert_eq!(strip_possessive("’s"), "’s");
        assert!(is_possessive("committee's"));
        assert_eq!(normalize("Don’t"), "don't");
        for w in [
            "Don’t",
            "don't",
            "ǅemal",
            "İstanbul",
            "already",
            "ΣΟΦΊΑ",
            "80s",
        ] {
            assert_eq!(normalize_cow(w), normalize(w), "{w}");
        }
        assert!(is_all_caps("HSCC") && !is_all_caps("A") && !is_all_caps("Hscc"));
        assert!(is_capitalised("Éric") && !is_capitalised("éric"));
    }
}
