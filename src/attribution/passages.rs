//! Quote or term: is a quoted passage someone's words, or a name, a title or a scare-quoted
//! term ("the ‘war on drugs’", "so-called ‘legal highs’", a newspaper's name)?
//!
//! The rules ([`super::is_term`], and how many words a passage needs for how it was
//! attributed) decide alone until a model is trained. The learned decision reads the same
//! evidence and more: the passage's length and capitals, whether it ends a sentence, the
//! words either side of it, whether a reporting cue or a speaker stands in its sentence, how
//! the rules attributed it, and whether the speaker's own voice ("I", "we") is in it. It is a
//! logistic model trained by `stancelens train` from the annotated corpus (a passage is a
//! quote when it matches a scored gold quote), integer-weighted like the others, shipped in
//! `src/models/quotes.bin`.

use std::sync::{Arc, OnceLock};

use crate::document::Document;
use crate::features::Features;
use crate::lexicon::{self, lexicon};
use crate::linear::{LinearModel, ModelError};
use crate::tokens::{self, TokKind};

use super::Attribution;

/// What the decision reads of one quoted passage.
#[derive(Clone, Copy, Debug)]
pub struct Passage {
    /// Token of the opening quotation mark.
    pub open_tok: usize,
    /// Token of the closing one, if the passage is closed.
    pub close_tok: Option<usize>,
    /// Words inside.
    pub words: usize,
    /// How the rules attributed it.
    pub how: Attribution,
    /// It opens its paragraph.
    pub paragraph_initial: bool,
    /// The rules' verdict: a term.
    pub term: bool,
    /// The rules' verdict: long enough for how it was attributed.
    pub long_enough: bool,
}

impl Passage {
    /// What the rules decide: a quote unless a term or too short for its attribution.
    pub fn rule(&self) -> bool {
        !self.term && self.long_enough
    }
}

fn bucket(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2 => "2",
        3 => "3",
        4..=5 => "4-5",
        6..=9 => "6-9",
        _ => "10+",
    }
}

/// The class of a word next to the passage.
fn neighbour(doc: &Document, k: Option<usize>, para: Option<usize>) -> &'static str {
    let Some(k) = k.filter(|&k| k < doc.toks.len()) else {
        return "edge";
    };
    if doc.para_of.get(k).copied() != para {
        return "edge";
    }
    let raw = doc.tok_text(k);
    match doc.toks[k].kind {
        TokKind::Word => {
            let w = &*doc.norm[k];
            if lexicon().cue_at(&[w], 0).is_some() {
                "cue"
            } else if lexicon::pronoun(w).is_some() {
                "pronoun"
            } else if lexicon::is_determiner(w) {
                "determiner"
            } else if matches!(
                w,
                "of" | "to" | "in" | "on" | "at" | "for" | "as" | "by" | "with" | "from"
            ) {
                "preposition"
            } else if matches!(w, "and" | "or" | "but") {
                "conjunction"
            } else if matches!(w, "is" | "are" | "was" | "were" | "be" | "been") {
                "be"
            } else if matches!(
                w,
                "called" | "dubbed" | "termed" | "labelled" | "labeled" | "named" | "so-called"
            ) {
                "naming"
            } else if tokens::is_capitalised(raw) {
                "capital"
            } else if w.ends_with("ly") {
                "adverb"
            } else {
                "word"
            }
        }
        _ => match raw {
            "." | "!" | "?" => "stop",
            "," => "comma",
            ":" => "colon",
            "(" | ")" => "paren",
            _ => "punct",
        },
    }
}

/// The features of a passage.
pub fn features(doc: &Document, p: &Passage, names: bool) -> Features {
    let mut f = if names {
        Features::with_names()
    } else {
        Features::default()
    };
    let g = 0;
    let inner_end = p.close_tok.unwrap_or(p.open_tok + 1);
    let inner = p.open_tok + 1..inner_end.max(p.open_tok + 1);
    let para = doc.para_of.get(p.open_tok).copied();
    f.add(g, &["words", bucket(p.words)], 1, None);
    f.add(g, &["how", p.how.short_name()], 1, None);
    f.add(
        g,
        &["how", p.how.short_name(), "words", bucket(p.words)],
        1,
        None,
    );
    if p.term {
        f.add(g, &["rule-term"], 1, None);
    }
    if !p.long_enough {
        f.add(g, &["rule-short"], 1, None);
    }
    if p.rule() {
        f.add(g, &["rule-quote"], 1, None);
    }
    if super::terms::is_title(doc, p.open_tok, p.close_tok) {
        f.add(g, &["title"], 1, None);
    }
    if p.words == 1
        && inner
            .clone()
            .any(|k| matches!(&*doc.norm[k], "yes" | "no" | "maybe"))
    {
        f.add(g, &["answer"], 1, None);
    }
    if p.paragraph_initial {
        f.add(g, &["paragraph-initial"], 1, None);
    }
    if p.close_tok.is_none() {
        f.add(g, &["unclosed"], 1, None);
    }
    let (mut capitals, mut first_person, mut evaluative) = (0, false, false);
    let mut first_capital = None;
    let mut last_punct = None;
    for k in inner.clone() {
        let raw = doc.tok_text(k);
        if doc.toks[k].kind == TokKind::Word {
            let cap = tokens::is_capitalised(raw);
            first_capital.get_or_insert(cap);
            capitals += usize::from(cap);
            let w = &*doc.norm[k];
            first_person |= matches!(
                w,
                "i" | "we" | "our" | "my" | "me" | "us" | "i'm" | "we're" | "i've" | "we've"
            );
            evaluative |= matches!(
                w,
                "very" | "so" | "too" | "really" | "utterly" | "deeply" | "not" | "no" | "never"
            ) || (w.len() > 4 && w.ends_with("ly"));
            last_punct = None;
        } else {
            last_punct = Some(raw);
        }
    }
    if first_capital == Some(true) {
        f.add(g, &["first-capital"], 1, None);
    }
    if p.words > 0 && capitals == p.words {
        f.add(g, &["all-capitals", bucket(p.words)], 1, None);
    }
    if first_person {
        f.add(g, &["first-person"], 1, None);
    }
    if evaluative {
        f.add(g, &["evaluative"], 1, None);
    }
    match last_punct {
        Some("." | "!" | "?") => f.add(g, &["ends", "stop"], 1, None),
        Some(",") => f.add(g, &["ends", "comma"], 1, None),
        _ => {}
    }
    let before = neighbour(doc, p.open_tok.checked_sub(1), para);
    let after = neighbour(doc, p.close_tok.map(|c| c + 1), para);
    f.add(g, &["before", before], 1, None);
    f.add(g, &["after", after], 1, None);
    f.add(g, &["around", before, after], 1, None);
    f.add(
        g,
        &["after", after, "words", bucket(p.words.min(4))],
        1,
        None,
    );
    // A reporting cue or a name anywhere in the sentence (bounded: a sentence is scanned
    // once per passage, at most 60 tokens either side).
    if let Some(&s) = doc.sentence_of.get(p.open_tok) {
        let (a, b) = doc.sentences[s];
        let from = a.max(p.open_tok.saturating_sub(60));
        let to = b.min(inner_end + 60);
        let writer = |k: usize| doc.is_writer_word(k);
        let cue = (from..to).any(|k| writer(k) && lexicon().cue_at(&[&*doc.norm[k]], 0).is_some());
        let capital = (from..to).any(|k| {
            writer(k) && k != a && tokens::is_capitalised(doc.tok_text(k)) && !(inner.contains(&k))
        });
        f.add(
            g,
            &["sentence-cue", if cue { "yes" } else { "no" }],
            1,
            None,
        );
        if capital {
            f.add(g, &["sentence-capital"], 1, None);
        }
        if cue && p.words <= 3 {
            f.add(g, &["sentence-cue", "short"], 1, None);
        }
    }
    f
}

/// The learned decision.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteModel {
    /// One logit: the passage is someone's words.
    pub passages: LinearModel,
}

/// The shipped weights (empty before the first training run: the rules decide then).
const BUILTIN: &[u8] = include_bytes!("../models/quotes.bin");

impl QuoteModel {
    /// The model shipped with the crate, if it has one.
    pub fn builtin() -> Option<Arc<QuoteModel>> {
        static MODEL: OnceLock<Option<Arc<QuoteModel>>> = OnceLock::new();
        MODEL
            .get_or_init(|| QuoteModel::from_bytes(BUILTIN).ok().map(Arc::new))
            .clone()
    }

    /// Reads a model written by [`QuoteModel::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<QuoteModel, ModelError> {
        Ok(QuoteModel {
            passages: LinearModel::from_tagged(bytes, b"SLQT")?,
        })
    }

    /// The model as bytes: `b"SLQT"`, then the linear model.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.passages.to_tagged(b"SLQT")
    }

    /// Is a passage with these features someone's words?
    pub fn is_quote(&self, features: &Features) -> bool {
        self.passages
            .scores(features)
            .first()
            .is_some_and(|&s| s > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passage(text: &str, how: Attribution) -> Features {
        let doc = Document::new(text);
        let q = doc.quoted.iter().find(|q| q.depth == 0).expect("a quote");
        let open_tok = doc.tok_at(q.open.start);
        let close_tok = q.close.map(|c| doc.tok_at(c.start));
        let words = doc
            .toks_in(q.inner)
            .filter(|&k| doc.toks[k].kind == TokKind::Word)
            .count();
        let p = Passage {
            open_tok,
            close_tok,
            words,
            how,
            paragraph_initial: false,
            term: super::super::is_term(&doc, open_tok, close_tok, words),
            long_enough: true,
        };
        features(&doc, &p, true)
    }

    fn named(f: &Features) -> Vec<String> {
        (0..f.items.len())
            .filter_map(|i| f.name(i).map(String::from))
            .collect()
    }

    #[test]
    fn features_table() {
        let cases: &[(&str, Attribution, &[&str], &[&str])] = &[
            (
                "Jane Doe said the plan was “a disaster” for the town.",
                Attribution::Cue,
                &["words:2", "sentence-cue:yes", "before:be", "rule-quote"],
                &["first-person", "rule-term"],
            ),
            (
                "The so-called “legal highs” were sold.",
                Attribution::Unattributed,
                &["rule-term", "before:naming", "sentence-cue:no"],
                &["rule-quote"],
            ),
            (
                "“We will not stop,” she said.",
                Attribution::Cue,
                &[
                    "first-person",
                    "first-capital",
                    "ends:comma",
                    "after:pronoun",
                ],
                &["rule-term"],
            ),
        ];
        for (text, how, has, lacks) in cases {
            let names = named(&passage(text, *how));
            for want in *has {
                assert!(
                    names.iter().any(|n| n == want),
                    "{text}: {want} in {names:?}"
                );
            }
            for not in *lacks {
                assert!(
                    !names.iter().any(|n| n == not),
                    "{text}: {not} in {names:?}"
                );
            }
        }
    }

    #[test]
    fn a_model_reads_and_writes_itself() {
        let quote = crate::features::hash(&["first-person"]);
        let model = QuoteModel {
            passages: LinearModel::quantise(1, &[0.0], &[(quote, vec![2.0])]),
        };
        let back = QuoteModel::from_bytes(&model.to_bytes()).expect("reads");
        assert_eq!(back, model);
        assert!(model.is_quote(&passage("“We will not stop,” she said.", Attribution::Cue)));
        assert!(!model.is_quote(&passage(
            "The “legal highs” sold.",
            Attribution::Unattributed
        )));
        assert!(QuoteModel::from_bytes(b"SLAT").is_err());
    }
}
