//! Reported speech: "X said that…", "X called for…", "the shift was ruled out by Labour".
//!
//! A clause of the writer's text with a reporting cue and a speaker, and no quotation marks,
//! is an indirect quote. A clause that only introduces a quote to come ("She added:") makes
//! its speaker the current one without being a quote itself.

use crate::attribution::{Attributor, Found, Subject};
use crate::document::Document;
use crate::span::Span;
use crate::tokens::TokKind;

/// A clause of reported speech.
#[derive(Clone, Debug)]
pub struct Reported {
    /// What was said (byte offsets): the clause without the speaker (see [`said`]).
    pub span: Span,
    /// Token range of the clause.
    pub toks: (usize, usize),
    /// Token range of what was said.
    pub said: (usize, usize),
    /// Its cue and speaker.
    pub found: Found,
    /// True when the clause only introduces a quotation ("She added:").
    pub introducer: bool,
}

/// True when a clause ends after token `k`: a semicolon or colon, or a comma followed by
/// "with", "while", "but", "although", "whereas" or "and" plus a new subject.
fn ends_clause(doc: &Document, k: usize) -> bool {
    if doc.quote_of[k].is_some() {
        return false;
    }
    match doc.tok_text(k) {
        ";" | ":" => true,
        "," => {
            let next = doc.norm.get(k + 1).map(|w| &**w).unwrap_or("");
            let after = doc.norm.get(k + 2).map(|w| &**w).unwrap_or("");
            matches!(next, "with" | "while" | "but" | "although" | "whereas")
                || (next == "and"
                    && (crate::lexicon::is_determiner(after)
                        || crate::lexicon::pronoun(after).is_some()
                        || crate::lexicon::lexicon().is_title(after)))
        }
        _ => false,
    }
}

/// Splits sentence `s` (token range) into clauses (see [`ends_clause`]).
pub fn clauses(doc: &Document, (start, end): (usize, usize)) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut a = start;
    for k in start..end {
        if ends_clause(doc, k) {
            out.push((a, k + 1));
            a = k + 1;
        }
    }
    if a < end {
        out.push((a, end));
    }
    out
}

/// The start of the clause holding token `k`, looking back no further than `floor`: a
/// bounded scan, so a sentence with thousands of quotes costs each quote the same.
pub fn clause_start(doc: &Document, floor: usize, k: usize) -> usize {
    (floor..k)
        .rev()
        .find(|&j| ends_clause(doc, j))
        .map_or(floor, |j| j + 1)
}

/// Finds reported speech in sentence `s` (index into `doc.sentences`).
pub fn find(attr: &mut Attributor, s: usize) -> Vec<Reported> {
    let doc = attr.doc;
    let mut out = Vec::new();
    for (a, b) in clauses(doc, doc.sentences[s]) {
        let has_quote =
            (a..b).any(|k| doc.toks[k].kind == TokKind::QuoteMark || doc.quote_of[k].is_some());
        if has_quote {
            continue;
        }
        let words: Vec<usize> = (a..b)
            .filter(|&k| doc.toks[k].kind == TokKind::Word)
            .collect();
        if words.len() < 3 {
            continue;
        }
        for (c, lemma, len) in attr.cues_in(a..b) {
            let Some(subject) = attr.speaker_of_cue(c, len, a, b) else {
                continue;
            };
            if embedded(doc, subject) {
                continue;
            }
            let (subj_first, subj_last) = subject_range(attr, subject);
            let cue_end = c + len;
            let content = words
                .iter()
                .filter(|&&k| !(subj_first..=subj_last).contains(&k) && !(c..cue_end).contains(&k))
                .count();
            let ends_with_colon = doc.tok_text(b - 1) == ":";
            if content < 2 && !ends_with_colon {
                continue;
            }
            // "X told journalists:" introduces the quotation that follows; it is not one.
            let introducer = ends_with_colon;
            let Some(found) = attr.found(subject, c, lemma, len) else {
                continue;
            };
            let (from, to) = said(doc, (a, b), (subj_first, subj_last), (c, cue_end));
            let last = if matches!(doc.tok_text(to - 1), "," | ":" | ";" | "–" | "—") {
                to - 2
            } else {
                to - 1
            };
            let last = last.max(from);
            // "the rise that critics predicted.": a cue with nothing after it in its clause
            // reports nothing.
            let said_words = (from..=last)
                .filter(|&k| doc.toks[k].kind == TokKind::Word && !(c..cue_end).contains(&k))
                .count();
            if said_words == 0 {
                continue;
            }
            out.push(Reported {
                span: doc.span_of(from, last),
                toks: (a, b),
                said: (from, last + 1),
                found,
                introducer,
            });
            break;
        }
    }
    out
}

/// What was said in clause `(a, b)` (token range, end exclusive), the speaker's name left
/// out as it is for a quotation: from the cue on when the speaker comes first ("Ann Lee
/// called for …", "Ann Lee told the radio that …"); the words before the speaker when the
/// report comes first ("… on board with the plans, she said"); otherwise the whole clause
/// ("The shift was ruled out by Labour").
fn said(
    doc: &Document,
    (a, b): (usize, usize),
    (subj_first, subj_last): (usize, usize),
    (cue, cue_end): (usize, usize),
) -> (usize, usize) {
    let words = |range: std::ops::Range<usize>| {
        range.filter(|&k| doc.toks[k].kind == TokKind::Word).count()
    };
    // The report first, then only the speaker and the cue, perhaps with when or where:
    // "…, she said on Monday." — not "Speaking on radio, Ann Lee called for action".
    let report_end = cue.min(subj_first);
    let tail = cue_end.max(subj_last + 1);
    let tail_is_circumstance = (tail..b)
        .find(|&k| doc.toks[k].kind == TokKind::Word)
        .is_none_or(|k| {
            matches!(
                &*doc.norm[k],
                "on" | "in"
                    | "at"
                    | "to"
                    | "during"
                    | "after"
                    | "before"
                    | "when"
                    | "while"
                    | "yesterday"
                    | "today"
                    | "earlier"
                    | "later"
                    | "last"
                    | "this"
                    | "recently"
            )
        });
    if words(a..report_end) >= 2
        && words(tail..b) <= 4
        && tail_is_circumstance
        && matches!(doc.tok_text(report_end - 1), "," | "–" | "—")
    {
        return (a, report_end);
    }
    if subj_last < cue {
        return (cue, b);
    }
    (a, b)
}

fn subject_range(attr: &Attributor, subject: Subject) -> (usize, usize) {
    match subject {
        Subject::Name(ni) => attr.names[ni].toks,
        Subject::Pronoun(_, k) => (k, k),
        Subject::Description { first, last, .. } => (first, last),
    }
}

/// "the measures it believes could work": a pronoun subject right after a noun heads a
/// relative clause, not the sentence's report.
fn embedded(doc: &Document, subject: Subject) -> bool {
    let Subject::Pronoun(_, k) = subject else {
        return false;
    };
    if k == 0 || doc.sentences[doc.sentence_of[k]].0 == k {
        return false;
    }
    let prev: &str = &doc.norm[k - 1];
    doc.toks[k - 1].kind == TokKind::Word
        && !matches!(
            prev,
            "and"
                | "but"
                | "that"
                | "so"
                | "as"
                | "because"
                | "while"
                | "when"
                | "though"
                | "although"
                | "however"
                | "yet"
                | "then"
                | "now"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reported(text: &str) -> Vec<(String, String)> {
        let doc = Document::new(text);
        let mut attr = Attributor::new(&doc);
        let mut out = Vec::new();
        for s in 0..doc.sentences.len() {
            for r in find(&mut attr, s) {
                if !r.introducer {
                    out.push((
                        r.span.slice(text).to_string(),
                        attr.registry.get(r.found.speaker).name.clone(),
                    ));
                }
            }
        }
        out
    }

    #[test]
    fn reported_speech_table() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Supporters of the bill say the way the state works now is wrong.",
                &[("say the way the state works now is wrong.", "Supporters of the bill")],
            ),
            (
                "The shift was also ruled out by Labour, with Rachel Reeves telling journalists: “No.”",
                &[("The shift was also ruled out by Labour", "Labour")],
            ),
            ("Gardaí were on board with the plans, he said.", &[]),
            (
                "Ann Lee spoke first. Gardaí were on board with the plans, she said.",
                &[("Gardaí were on board with the plans", "Ann Lee")],
            ),
            ("In a document, the Government outlines measures it believes could be taken.", &[]),
            ("Ann Lee added:", &[]),
            (
                "Prisons are full, Ann Lee said on Monday.",
                &[("Prisons are full", "Ann Lee")],
            ),
            (
                "Speaking on the radio, Ann Lee called for action.",
                &[("called for action.", "Ann Lee")],
            ),
            (
                "Ann Lee told the North Shire radio that she would never agree to it.",
                &[("told the North Shire radio that she would never agree to it.", "Ann Lee")],
            ),
            ("The weather was lovely.", &[]),
            (
                "Most members were in favour, including Coun. Ann Lee who felt the board should debate it, and Coun. Jo Roe, who would not vote.",
                &[("felt the board should debate it", "Ann Lee")],
            ),
            ("Use has not risen the way that critics predicted.", &[]),
            (
                "Earlier this week the Ana Liffey drug project launched a report which called for drug decriminalisation.",
                &[("called for drug decriminalisation.", "Ana Liffey drug project")],
            ),
        ];
        for (text, want) in cases {
            let got = reported(text);
            let got: Vec<(&str, &str)> =
                got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
            assert_eq!(&got, want, "text {text:?}");
        }
    }
}
