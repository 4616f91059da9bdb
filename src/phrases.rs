//! Word patterns, the little language topic profiles are written in, and matching them
//! against text.
//!
//! A pattern is words separated by blanks, matched case-insensitively against the words of
//! the text (hyphenated words count as separate words, punctuation is skipped):
//!
//! | syntax        | matches                                               |
//! |---------------|-------------------------------------------------------|
//! | `law`         | the word "law"                                        |
//! | `decriminali*`| any word starting with "decriminali" (3+ letters)     |
//! | `welcome*`    | the same, and the -ing form ("welcoming")            |
//! | `lock|jail`   | either word                                           |
//! | `[the|our]`   | one of the words, or nothing                          |
//! | `_`           | any one word (not first)                              |
//! | `#`           | a number: a word that starts with a digit (not first) |
//!
//! So `[the|our] drug* law*` matches "drug laws", "the drugs law" and "our drug laws".

use std::collections::HashMap;

use thiserror::Error;

use crate::span::Span;
use crate::tokens::{self, Tok, TokKind};

/// Why a pattern could not be compiled.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PatternError {
    /// The pattern has no words.
    #[error("the pattern is empty")]
    Empty,
    /// Every word is optional, so the pattern would match nothing at all.
    #[error("the pattern has only optional words")]
    OnlyOptional,
    /// A `[` without its `]`, or the other way round.
    #[error("unbalanced brackets in `{0}`")]
    Brackets(String),
    /// `*` anywhere but at the end of a word, or after fewer than three letters.
    #[error("`{0}`: a `*` must end a word of at least three letters")]
    Wildcard(String),
    /// An alternative with nothing in it (`a||b`).
    #[error("`{0}` has an empty alternative")]
    EmptyAlternative(String),
    /// Characters that are never part of a word.
    #[error("`{0}` is not a word (patterns match words; punctuation is skipped)")]
    NotAWord(String),
    /// Too many optional words: patterns must stay cheap to match.
    #[error("at most 4 optional words per pattern")]
    TooManyOptional,
    /// `_` (any word) or `#` (a number) before the first required word: the pattern could
    /// start almost anywhere.
    #[error("a pattern cannot start with `_` (any word) or `#` (a number)")]
    LeadingAny,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Alt {
    Exact(String),
    Prefix(String),
    Any,
    /// A word that starts with a digit ("110" of "Measure 110").
    Number,
}

impl Alt {
    fn matches(&self, word: &str) -> bool {
        match self {
            Alt::Exact(w) => w == word,
            Alt::Prefix(p) => word.starts_with(p.as_str()) || ing_form(p, word),
            Alt::Any => true,
            Alt::Number => word.starts_with(|c: char| c.is_ascii_digit()),
        }
    }
    fn key(&self) -> String {
        match self {
            Alt::Exact(w) | Alt::Prefix(w) => index_key(w),
            Alt::Any | Alt::Number => String::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Slot {
    alts: Vec<Alt>,
    optional: bool,
}

/// A compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    source: String,
    slots: Vec<Slot>,
}

impl Pattern {
    /// Compiles a pattern.
    ///
    /// ```
    /// use stancelens::phrases::Pattern;
    /// assert!(Pattern::parse("[the|our] drug* law*").is_ok());
    /// assert!(Pattern::parse("a [b").is_err());
    /// ```
    pub fn parse(source: &str) -> Result<Pattern, PatternError> {
        let mut slots = Vec::new();
        for raw in source.split_whitespace() {
            let (body, optional) = match (raw.strip_prefix('['), raw.strip_suffix(']')) {
                (Some(_), Some(_)) if raw.len() >= 2 => (&raw[1..raw.len() - 1], true),
                (None, None) => (raw, false),
                _ => return Err(PatternError::Brackets(raw.to_string())),
            };
            if body.contains(['[', ']']) {
                return Err(PatternError::Brackets(raw.to_string()));
            }
            let mut alts = Vec::new();
            for alt in body.split('|') {
                if alt.is_empty() {
                    return Err(PatternError::EmptyAlternative(raw.to_string()));
                }
                if alt == "_" {
                    alts.push(Alt::Any);
                    continue;
                }
                if alt == "#" {
                    alts.push(Alt::Number);
                    continue;
                }
                let (stem, prefix) = match alt.strip_suffix('*') {
                    Some(stem) => (stem, true),
                    None => (alt, false),
                };
                if stem.contains('*') || (prefix && stem.chars().count() < 3) {
                    return Err(PatternError::Wildcard(alt.to_string()));
                }
                if !stem
                    .chars()
                    .all(|c| tokens::is_word_char(c) || tokens::is_apostrophe(c))
                {
                    return Err(PatternError::NotAWord(alt.to_string()));
                }
                let stem = tokens::normalize(stem);
                alts.push(if prefix {
                    Alt::Prefix(stem)
                } else {
                    Alt::Exact(stem)
                });
            }
            slots.push(Slot { alts, optional });
        }
        if slots.is_empty() {
            return Err(PatternError::Empty);
        }
        if slots.iter().all(|s| s.optional) {
            return Err(PatternError::OnlyOptional);
        }
        if slots.iter().filter(|s| s.optional).count() > 4 {
            return Err(PatternError::TooManyOptional);
        }
        for slot in &slots {
            if slot
                .alts
                .iter()
                .any(|a| matches!(a, Alt::Any | Alt::Number))
            {
                return Err(PatternError::LeadingAny);
            }
            if !slot.optional {
                break;
            }
        }
        Ok(Pattern {
            source: source.to_string(),
            slots,
        })
    }

    /// The pattern as written.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// How many words the longest match starting at `words[0]` takes, if any.
    fn match_len(&self, words: &[&str]) -> Option<usize> {
        fn go(slots: &[Slot], words: &[&str], used: usize) -> Option<usize> {
            let Some((slot, rest)) = slots.split_first() else {
                return Some(used);
            };
            let here = words
                .get(used)
                .filter(|w| slot.alts.iter().any(|a| a.matches(w)))
                .and_then(|_| go(rest, words, used + 1));
            let skipped = if slot.optional {
                go(rest, words, used)
            } else {
                None
            };
            here.max(skipped)
        }
        go(&self.slots, words, 0).filter(|&n| n > 0)
    }

    /// Index keys under which a match could start.
    fn first_keys(&self) -> Vec<String> {
        let mut keys = Vec::new();
        for slot in &self.slots {
            keys.extend(slot.alts.iter().map(Alt::key));
            if !slot.optional {
                break;
            }
        }
        crate::sort::sort(&mut keys);
        keys.dedup();
        keys
    }
}

/// Whether `word` is the -ing form of a stem that ends in a silent e ("welcome*" matches
/// "welcoming", "oppose*" "opposing"): a stem is written as the bare word, and English drops
/// that e before -ing. A double e stays ("agreeing" already starts with "agree"), and the stem
/// keeps at least the three letters it is indexed under.
fn ing_form(stem: &str, word: &str) -> bool {
    stem.chars().count() > 3
        && !stem.ends_with("ee")
        && stem
            .strip_suffix('e')
            .and_then(|bare| word.strip_prefix(bare))
            .is_some_and(|rest| rest.starts_with("ing"))
}

fn index_key(word: &str) -> String {
    word.chars().take(3).collect()
}

/// Words of a stretch of text, normalised for matching, each with its byte span.
#[derive(Debug, Default, Clone)]
pub struct WordStream {
    /// Normalised words (lower case, straight apostrophes, hyphenated words split).
    pub words: Vec<String>,
    /// Where each word is in the text.
    pub spans: Vec<Span>,
    /// For each word: the index of the clause it is in (clauses end at , ; : . ! ? – — ( )).
    pub clause: Vec<usize>,
    /// For each word: the index of the sentence it is in (sentences end at . ! ? ;).
    pub sentence: Vec<usize>,
}

/// Whether the full stop `toks[k]` belongs to an abbreviation rather than ending a sentence:
/// what follows it is a word in lower case or a number ("urges B.C. to decriminalise",
/// "approx. 40 grams"). A sentence in news text opens with a capital, so what goes on in
/// lower case is the same sentence.
fn abbreviation_stop(text: &str, toks: &[Tok], k: usize) -> bool {
    toks.get(k + 1)
        .filter(|t| t.kind == TokKind::Word)
        .and_then(|t| t.span.slice(text).chars().next())
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
}

impl WordStream {
    /// Builds the stream for the tokens of a stretch of text.
    pub fn new(text: &str, toks: &[Tok]) -> WordStream {
        let mut s = WordStream::default();
        let (mut clause, mut sentence, mut next_clause) = (0, 0, 1);
        let mut pending_break = (false, false);
        // A dash with another dash later in its sentence opens an insert ("drugs – including
        // heroin – to be made legal"): the words after the pair continue the outer clause.
        let is_dash =
            |t: &Tok| t.kind == TokKind::Punct && matches!(t.span.slice(text), "–" | "—" | "-");
        let mut dash_ahead = vec![false; toks.len()];
        let mut seen = false;
        for (i, t) in toks.iter().enumerate().rev() {
            dash_ahead[i] = seen;
            if t.kind == TokKind::Punct && matches!(t.span.slice(text), "." | "!" | "?" | ";") {
                seen = false;
            } else if is_dash(t) {
                seen = true;
            }
        }
        let mut outer: Option<usize> = None;
        let mut resume: Option<usize> = None;
        for (ti, t) in toks.iter().enumerate() {
            let raw = t.span.slice(text);
            if is_dash(t) {
                if let Some(o) = outer.take() {
                    resume = Some(o);
                    pending_break.0 = false;
                } else if dash_ahead[ti] && !s.words.is_empty() {
                    outer = Some(clause);
                    pending_break.0 = true;
                } else {
                    pending_break.0 |= !s.words.is_empty();
                }
                continue;
            }
            match t.kind {
                TokKind::Word => {
                    let resumed = resume.take();
                    if pending_break.0 {
                        clause = next_clause;
                        next_clause += 1;
                    } else if let Some(r) = resumed {
                        clause = r;
                    }
                    if pending_break.1 {
                        sentence += 1;
                    }
                    pending_break = (false, false);
                    let mut part_start = 0;
                    let bounds = raw
                        .char_indices()
                        .filter(|(_, c)| matches!(c, '-' | '‐' | '‑'))
                        .map(|(i, c)| (i, i + c.len_utf8()))
                        .chain(std::iter::once((raw.len(), raw.len())));
                    for (hyphen_start, hyphen_end) in bounds {
                        let part = &raw[part_start..hyphen_start];
                        if !part.is_empty() {
                            let start = t.span.start + part_start;
                            s.words.push(tokens::normalize(part));
                            s.spans.push(Span::new(start, start + part.len()));
                            s.clause.push(clause);
                            s.sentence.push(sentence);
                        }
                        part_start = hyphen_end;
                    }
                }
                TokKind::Punct => {
                    let ends_sentence = matches!(raw, "!" | "?" | ";")
                        || raw == "." && !abbreviation_stop(text, toks, ti);
                    let ends_clause = ends_sentence || matches!(raw, "," | ":" | "(" | ")" | "…");
                    pending_break.0 |= ends_clause && !s.words.is_empty();
                    pending_break.1 |= ends_sentence && !s.words.is_empty();
                }
                TokKind::QuoteMark => {}
            }
        }
        s
    }

    /// True when word `i` is the first of its sentence.
    pub fn opens_sentence(&self, i: usize) -> bool {
        i == 0 || self.sentence.get(i - 1) != self.sentence.get(i)
    }

    /// True when word `i` is the first of its clause.
    pub fn opens_clause(&self, i: usize) -> bool {
        i == 0 || self.clause.get(i - 1) != self.clause.get(i)
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when there are no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// A set of patterns, each with a payload, indexed for matching.
#[derive(Debug, Clone)]
pub struct PatternSet<T> {
    patterns: Vec<(Pattern, T)>,
    index: HashMap<String, Vec<usize>>,
}

/// One match: which pattern, its payload, and the words it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'a, T> {
    /// The pattern as written.
    pub source: &'a str,
    /// What the pattern was registered with.
    pub payload: &'a T,
    /// First word index.
    pub start: usize,
    /// Number of words.
    pub len: usize,
}

impl<T> Default for PatternSet<T> {
    fn default() -> Self {
        PatternSet {
            patterns: Vec::new(),
            index: HashMap::new(),
        }
    }
}

impl<T> PatternSet<T> {
    /// Adds a compiled pattern.
    pub fn insert(&mut self, pattern: Pattern, payload: T) {
        let id = self.patterns.len();
        for key in pattern.first_keys() {
            self.index.entry(key).or_default().push(id);
        }
        self.patterns.push((pattern, payload));
    }

    /// Number of patterns.
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// True when there are no patterns.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Longest-first, non-overlapping matches, left to right. Ties go to the pattern added
    /// first.
    pub fn find_all<'a>(&'a self, words: &[&str]) -> Vec<Match<'a, T>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let best = self.longest_at(words, i);
            match best {
                Some(m) => {
                    i += m.len;
                    out.push(m);
                }
                None => i += 1,
            }
        }
        out
    }

    fn longest_at<'a>(&'a self, words: &[&str], i: usize) -> Option<Match<'a, T>> {
        let key = index_key(words[i]);
        let ids = self.index.get(&key)?;
        let mut best: Option<Match<'a, T>> = None;
        for &id in ids {
            let (pattern, payload) = &self.patterns[id];
            if let Some(len) = pattern.match_len(&words[i..]) {
                if best.as_ref().is_none_or(|b| len > b.len) {
                    best = Some(Match {
                        source: pattern.source(),
                        payload,
                        start: i,
                        len,
                    });
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    #[test]
    fn pattern_errors_table() {
        let cases: &[(&str, PatternError)] = &[
            ("", PatternError::Empty),
            ("  ", PatternError::Empty),
            ("[the]", PatternError::OnlyOptional),
            ("[the drug", PatternError::Brackets("[the".into())),
            ("de*crim", PatternError::Wildcard("de*crim".into())),
            ("le*", PatternError::Wildcard("le*".into())),
            ("a||b", PatternError::EmptyAlternative("a||b".into())),
            ("drugs,", PatternError::NotAWord("drugs,".into())),
            ("[a] [b] [c] [d] [e] f", PatternError::TooManyOptional),
            ("_ vote", PatternError::LeadingAny),
            ("[_] vote", PatternError::LeadingAny),
            ("# vote", PatternError::LeadingAny),
        ];
        for (src, want) in cases {
            assert_eq!(Pattern::parse(src).unwrap_err(), *want, "pattern {src:?}");
        }
    }

    fn matches(patterns: &[&str], text: &str) -> Vec<String> {
        let mut set = PatternSet::default();
        for p in patterns {
            set.insert(Pattern::parse(p).expect("valid pattern"), ());
        }
        let stream = WordStream::new(text, &tokenize(text));
        let words: Vec<&str> = stream.words.iter().map(String::as_str).collect();
        set.find_all(&words)
            .iter()
            .map(|m| words[m.start..m.start + m.len].join(" "))
            .collect()
    }

    #[test]
    fn matching_table() {
        let cases: &[(&[&str], &str, &[&str])] = &[
            (
                &["decriminali*"],
                "Decriminalising drugs",
                &["decriminalising"],
            ),
            (
                &["[the|our] drug* law*"],
                "Our drug laws fail",
                &["our drug laws"],
            ),
            (&["[the|our] drug* law*"], "drug laws fail", &["drug laws"]),
            (
                &["harm", "harm reduction"],
                "a harm reduction approach",
                &["harm reduction"],
            ),
            (&["health led"], "a health-led approach", &["health led"]),
            (
                &["lock* [them] up"],
                "locking them up and locking up",
                &["locking them up", "locking up"],
            ),
            (&["doesn't work"], "It doesn’t work", &["doesn't work"]),
            (&["law"], "lawyers", &[]),
            (
                &["welcome*", "save* lives"],
                "Welcoming it, welcomed, saving lives",
                &["welcoming", "welcomed", "saving lives"],
            ),
            (&["agree*"], "agreeing, agring", &["agreeing"]),
            (&["site*"], "sites, sitting", &["sites"]),
            (
                &["the [_] [_] vote"],
                "the Lib Dem vote and the vote",
                &["the lib dem vote", "the vote"],
            ),
            (
                &["measure|prop #"],
                "Measure 110 and Prop 64, but no measure of success",
                &["measure 110", "prop 64"],
            ),
        ];
        for (patterns, text, want) in cases {
            assert_eq!(&matches(patterns, text), want, "text {text:?}");
        }
    }

    #[test]
    fn word_stream_marks_clauses_and_sentences() {
        let text = "One two, three. Four";
        let s = WordStream::new(text, &tokenize(text));
        assert_eq!(s.clause, [0, 0, 1, 2]);
        assert_eq!(s.sentence, [0, 0, 0, 1]);
    }

    #[test]
    fn an_abbreviations_full_stop_ends_nothing_when_the_sentence_goes_on() {
        // "B.C." then a word in lower case: one sentence, one clause.
        let text = "Urges B.C. to act. Then U.S. Steel";
        let s = WordStream::new(text, &tokenize(text));
        assert_eq!(
            s.words,
            ["urges", "b.c", "to", "act", "then", "u.s", "steel"]
        );
        assert_eq!(s.sentence, [0, 0, 0, 0, 1, 1, 2]);
        assert_eq!(s.clause, [0, 0, 0, 0, 1, 1, 2]);
    }

    #[test]
    fn a_dash_pair_is_an_insert_in_its_clause() {
        let text = "Called for drugs – including heroin – to be legal. Next – clause";
        let s = WordStream::new(text, &tokenize(text));
        assert_eq!(s.clause, [0, 0, 0, 1, 1, 0, 0, 0, 2, 3]);
    }
}
