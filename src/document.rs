//! The article prepared for analysis: paragraphs, tokens, quoted passages and the writer's
//! sentences, computed once and shared by every later stage.

use std::borrow::Cow;

use crate::paragraphs::{self, Paragraph};
use crate::quotes::{self, QuotedSpan};
use crate::span::Span;
use crate::tokens::{self, Tok, TokKind};

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "prof", "rev", "hon", "gen", "sen", "rep", "gov", "jr", "sr",
    "no", "vs", "etc", "inc", "ltd", "co", "cllr", "supt", "sgt", "insp", "det", "capt", "col",
    "lt", "mt", "ft", "approx", "dept", "govt", "e.g", "i.e", "u.s", "u.k", "jan", "feb", "mar",
    "apr", "aug", "sept", "sep", "oct", "nov", "dec", "fig", "cf", "al",
];

/// The article as the analysis stages see it.
#[derive(Debug)]
pub struct Document<'t> {
    /// The analysed text.
    pub text: &'t str,
    /// Its paragraphs.
    pub paragraphs: Vec<Paragraph>,
    /// Its tokens.
    pub toks: Vec<Tok>,
    /// Each token's normalised form (lower case, straight apostrophes; punctuation as is).
    pub norm: Vec<Cow<'t, str>>,
    /// Each token's paragraph.
    pub para_of: Vec<usize>,
    /// Each token's sentence (index into `sentences`).
    pub sentence_of: Vec<usize>,
    /// Sentences as token ranges `start..end`. Quoted passages do not end the writer's
    /// sentence unless they end with a full stop and the next word starts a new one.
    pub sentences: Vec<(usize, usize)>,
    /// Every quoted passage.
    pub quoted: Vec<QuotedSpan>,
    /// For each token, the top-level quoted passage it lies in (marks included).
    pub quote_of: Vec<Option<usize>>,
}

impl<'t> Document<'t> {
    /// Prepares `text`.
    pub fn new(text: &'t str) -> Document<'t> {
        let paragraphs = paragraphs::split(text);
        let toks = tokens::tokenize(text);
        let norm: Vec<Cow<'t, str>> = toks
            .iter()
            .map(|t| tokens::normalize_cow(t.span.slice(text)))
            .collect();
        let mut para_of = vec![0; toks.len()];
        let mut pi = 0;
        for (i, t) in toks.iter().enumerate() {
            while pi + 1 < paragraphs.len() && t.span.start >= paragraphs[pi].span.end {
                pi += 1;
            }
            para_of[i] = pi;
        }
        let quoted = quotes::scan(text, &paragraphs, &toks);
        let mut quote_of = vec![None; toks.len()];
        for (qi, q) in quoted.iter().enumerate().filter(|(_, q)| q.depth == 0) {
            let para_end = paragraphs
                .get(q.paragraph)
                .map_or(text.len(), |p| p.span.end);
            let outer = q.outer(para_end);
            let first = toks.partition_point(|t| t.span.start < outer.start);
            for slot in quote_of.iter_mut().skip(first).zip(&toks[first..]) {
                if slot.1.span.start >= outer.end {
                    break;
                }
                *slot.0 = Some(qi);
            }
        }
        let mut doc = Document {
            text,
            paragraphs,
            toks,
            norm,
            para_of,
            sentence_of: Vec::new(),
            sentences: Vec::new(),
            quoted,
            quote_of,
        };
        doc.split_sentences();
        doc
    }

    fn split_sentences(&mut self) {
        let n = self.toks.len();
        self.sentence_of = vec![0; n];
        let mut start = 0;
        for i in 0..n {
            let last_in_para = i + 1 == n || self.para_of[i + 1] != self.para_of[i];
            if last_in_para || self.ends_sentence(i) {
                let id = self.sentences.len();
                self.sentence_of[start..=i].iter_mut().for_each(|s| *s = id);
                self.sentences.push((start, i + 1));
                start = i + 1;
            }
        }
    }

    /// Does the writer's sentence end after token `i` (not the last of its paragraph)?
    fn ends_sentence(&self, i: usize) -> bool {
        let t = self.toks[i];
        let next = self.toks[i + 1];
        let next_text = next.span.slice(self.text);
        let next_starts = next_text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
            || (next.kind == TokKind::QuoteMark && self.is_opening_mark(i + 1));
        if !next_starts {
            return false;
        }
        match t.kind {
            TokKind::Punct => {
                let p = t.span.slice(self.text);
                if !matches!(p, "." | "!" | "?" | "…") || self.quote_of[i].is_some() {
                    return false;
                }
                if p == "." && i > 0 && self.toks[i - 1].kind == TokKind::Word {
                    let prev: &str = &self.norm[i - 1];
                    let single_initial = prev.chars().count() == 1
                        && self.toks[i - 1]
                            .span
                            .slice(self.text)
                            .chars()
                            .all(char::is_uppercase);
                    // "Coun. Jasmine Gill", "Supt. Ryan": a title's full stop. A title
                    // before a name is written capitalised; "backed the minister. Yadav said"
                    // ends a sentence at the common noun.
                    let written = self.toks[i - 1].span.slice(self.text);
                    let title = written.starts_with(char::is_uppercase)
                        && crate::lexicon::lexicon().is_title(prev);
                    // "No. 10" is a number; "voted no. She said" ends a sentence.
                    let number = |k: usize| {
                        self.toks.get(k).is_some_and(|t| {
                            t.span
                                .slice(self.text)
                                .starts_with(|c: char| c.is_ascii_digit())
                        })
                    };
                    let abbreviation =
                        ABBREVIATIONS.contains(&prev) && (prev != "no" || number(i + 1));
                    if abbreviation || single_initial || title {
                        return false;
                    }
                }
                true
            }
            TokKind::QuoteMark => {
                // “… lives.” Next sentence: a closing mark after a full stop ends the sentence.
                let Some(qi) = self.quote_of[i] else {
                    return false;
                };
                let q = &self.quoted[qi];
                q.close.is_some_and(|c| c == t.span)
                    && q.inner.slice(self.text).ends_with(['.', '!', '?', '…'])
                    && self.quote_of[i + 1] != Some(qi)
            }
            TokKind::Word => false,
        }
    }

    fn is_opening_mark(&self, i: usize) -> bool {
        self.quote_of[i].is_some_and(|qi| self.quoted[qi].open == self.toks[i].span)
    }

    /// Whether "according to" starts at token `k` (a source the sentence names).
    pub fn according_to_at(&self, k: usize) -> bool {
        self.norm.get(k).is_some_and(|w| &**w == "according")
            && self.norm.get(k + 1).is_some_and(|w| &**w == "to")
    }

    /// True when token `k` is the apostrophe of a plural possessive ("the Greens’", "Lothian
    /// Tenants’ Union"): glued to a word ending in s, and inside no quotation it would close.
    pub fn is_plural_possessive(&self, k: usize) -> bool {
        k > 0
            && self.toks.get(k).is_some_and(|t| {
                t.kind == TokKind::QuoteMark && t.span.start == self.toks[k - 1].span.end
            })
            && matches!(self.tok_text(k), "’" | "'")
            && self.tok_text(k - 1).ends_with(['s', 'S'])
            && self.quote_of[k].is_none()
    }

    /// The text of token `i`.
    pub fn tok_text(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| t.span.slice(self.text))
    }

    /// True when token `i` is a word outside every top-level quoted passage.
    pub fn is_writer_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Word) && self.quote_of[i].is_none()
    }

    /// Where (bytes) the sentence holding token `k` starts, and where the sentence before it
    /// starts (the same for a first sentence): what a pronoun or an "its" may look back to.
    pub fn sentence_starts(&self, k: usize) -> (usize, usize) {
        let sentence = self.sentence_of.get(k).copied().unwrap_or(0);
        let start = |s: usize| {
            self.sentences
                .get(s)
                .and_then(|&(a, _)| self.toks.get(a))
                .map_or(0, |t| t.span.start)
        };
        (start(sentence), start(sentence.saturating_sub(1)))
    }

    /// Index of the first token starting at or after byte `offset`.
    pub fn tok_at(&self, offset: usize) -> usize {
        self.toks.partition_point(|t| t.span.start < offset)
    }

    /// Tokens lying wholly inside `span`, as an index range.
    pub fn toks_in(&self, span: Span) -> std::ops::Range<usize> {
        let start = self.tok_at(span.start);
        let end = self
            .toks
            .partition_point(|t| t.span.end <= span.end)
            .max(start);
        start..end
    }

    /// The span from token `a` to token `b` inclusive.
    pub fn span_of(&self, a: usize, b: usize) -> Span {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => Span::new(x.span.start, y.span.end),
            _ => Span::default(),
        }
    }

    /// The paragraph's end offset.
    pub fn paragraph_end(&self, p: usize) -> usize {
        self.paragraphs
            .get(p)
            .map_or(self.text.len(), |p| p.span.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let d = Document::new(text);
        d.sentences
            .iter()
            .map(|&(a, b)| d.span_of(a, b - 1).slice(text).to_string())
            .collect()
    }

    #[test]
    fn sentence_table() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            (
                "Mr. Smith said so. Then left.",
                &["Mr. Smith said so.", "Then left."],
            ),
            ("J. Smith left.", &["J. Smith left."]),
            // "no." ends a sentence unless a number follows ("No. 10").
            (
                "Jo Doe voted no. She left.",
                &["Jo Doe voted no.", "She left."],
            ),
            (
                "It was sent to No. 10 by noon.",
                &["It was sent to No. 10 by noon."],
            ),
            (
                "“We are locking people up. Further marginalising them,” said Ann Lee.",
                &["“We are locking people up. Further marginalising them,” said Ann Lee."],
            ),
            ("“It works.” He agreed.", &["“It works.”", "He agreed."]),
            ("Para one\n\nPara two", &["Para one", "Para two"]),
            (
                "It costs 1.5 million. Yes.",
                &["It costs 1.5 million.", "Yes."],
            ),
            // An abbreviated title before a name is capitalised; a title word written in
            // lower case is a common noun that may end the sentence.
            (
                "It went to Coun. Jo Gill. Supt. Ryan agreed.",
                &["It went to Coun. Jo Gill.", "Supt. Ryan agreed."],
            ),
            (
                "The chief backed the minister. Yadav said so.",
                &["The chief backed the minister.", "Yadav said so."],
            ),
            (
                "She wrote to the governor. He replied.",
                &["She wrote to the governor.", "He replied."],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&sentences(text), want, "text {text:?}");
        }
    }

    #[test]
    fn tokens_know_their_quote() {
        let text = "He said “it works” today.";
        let d = Document::new(text);
        let inside: Vec<&str> = (0..d.toks.len())
            .filter(|&i| d.quote_of[i].is_some())
            .map(|i| d.tok_text(i))
            .collect();
        assert_eq!(inside, ["“", "it", "works", "”"]);
    }
}
