//! Interviews written as questions and answers. Two forms:
//!
//! * the writer's question in a paragraph of its own, then the answer in quotation marks with
//!   no reporting cue;
//! * "Q: …" and "A: …" paragraphs, the answers in no quotation marks at all.
//!
//! The answer is the interviewee's, whoever the question names ("Some critics say the policy
//! has failed. Is that fair?" names critics, but the answer after it is not theirs).
//!
//! An article is read as an interview only when it has at least [`MIN_EXCHANGES`] exchanges
//! of one form. Then an interviewer's prompt need not be a question ("Some critics say the
//! policy has failed."): after the first question, any short paragraph of the writer's that a
//! cue-less quotation answers is one. The interviewee is the person the article names most
//! before its first question (the introduction's subject), the later one on a tie.

use crate::document::Document;
use crate::paragraphs::ParagraphRole;
use crate::span::Span;
use crate::speakers::{EntityId, SpeakerKind};
use crate::tokens::TokKind;

use super::Attributor;

/// Question-and-answer pairs an article needs before it is read as an interview: one
/// rhetorical question answered by a quote is a writer's device, not an interview.
pub const MIN_EXCHANGES: usize = 2;

/// The longest question read as an interviewer's (in words): a longer paragraph that ends in a
/// question mark is the writer's own argument.
const MAX_QUESTION_WORDS: usize = 60;

/// Which paragraphs answer an interviewer's question, and who answers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Interview {
    /// Paragraphs (indices) that open with a quotation mark right after a question.
    answers: Vec<usize>,
    /// "A: …" paragraphs (indices), with their words after the marker (byte span).
    marked: Vec<(usize, Span)>,
    /// The person interviewed.
    interviewee: Option<EntityId>,
}

impl Interview {
    /// Reads `attr`'s document for questions and answers. Linear in the document.
    pub fn find(attr: &Attributor) -> Interview {
        let doc = attr.doc;
        let paragraphs = 1..doc.paragraphs.len();
        // "Q: …" then "A: …".
        let marked: Vec<(usize, Span)> = paragraphs
            .clone()
            .filter(|&p| marker(doc, p - 1) == Some(Marker::Question))
            .filter_map(|p| match marker(doc, p)? {
                Marker::Answer(words) => Some((p, words)),
                Marker::Question => None,
            })
            .collect();
        let marked = if marked.len() >= MIN_EXCHANGES {
            marked
        } else {
            Vec::new()
        };
        // A question, then a quotation; after the first, any prompt that a quotation answers.
        let exchanges = |p: &usize| is_question(doc, p - 1) && opens_with_quote(doc, *p);
        let mut answered = paragraphs.clone().filter(exchanges);
        let first_quoted = answered.next().map(|p| p - 1);
        let answers: Vec<usize> = match first_quoted {
            Some(first) if answered.count() + 1 >= MIN_EXCHANGES => (first + 1
                ..doc.paragraphs.len())
                .filter(|&p| is_prompt(doc, p - 1) && opens_with_quote(doc, p))
                .collect(),
            _ => Vec::new(),
        };
        let first_question = [
            answers.first().map(|p| p - 1),
            marked.first().map(|(p, _)| p - 1),
        ]
        .into_iter()
        .flatten()
        .min();
        let Some(first) = first_question else {
            return Interview::default();
        };
        let Some(interviewee) = interviewee(attr, doc.paragraphs[first].span.start) else {
            return Interview::default();
        };
        Interview {
            answers,
            marked,
            interviewee: Some(interviewee),
        }
    }

    /// The interviewee, when paragraph `p` answers a question in quotation marks.
    pub fn answerer(&self, p: usize) -> Option<EntityId> {
        self.interviewee
            .filter(|_| self.answers.binary_search(&p).is_ok())
    }

    /// The interviewee and the answer's words, when paragraph `p` is an "A: …" answer.
    pub fn marked_answer(&self, p: usize) -> Option<(EntityId, Span)> {
        let i = self.marked.binary_search_by_key(&p, |&(q, _)| q).ok()?;
        Some((self.interviewee?, self.marked[i].1))
    }
}

/// The person named most before byte `before`, the later on a tie.
fn interviewee(attr: &Attributor, before: usize) -> Option<EntityId> {
    // Per entity: mentions, and where the last one starts.
    let mut counts = vec![(0usize, 0usize); attr.registry.entities.len()];
    for (m, &id) in attr.names.iter().zip(&attr.name_entity) {
        if m.full.start >= before {
            break;
        }
        let id = attr.registry.canonical(id);
        if attr.registry.get(id).kind == SpeakerKind::Person {
            if let Some(c) = counts.get_mut(id) {
                *c = (c.0 + 1, m.full.start);
            }
        }
    }
    (0..counts.len())
        .filter(|&id| counts[id].0 > 0)
        .max_by_key(|&id| counts[id])
}

/// What opens an interview's paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Marker {
    /// "Q:" or "Question:".
    Question,
    /// "A:" or "Answer:", and the words after it (byte span).
    Answer(Span),
}

/// The marker paragraph `p` opens with, if any.
fn marker(doc: &Document, p: usize) -> Option<Marker> {
    let para = &doc.paragraphs[p];
    if para.role != ParagraphRole::Body {
        return None;
    }
    let text = para.span.slice(doc.text);
    let (label, rest) = text.split_once(':')?;
    let words = Span::new(para.span.end - rest.trim_start().len(), para.span.end);
    match label.trim_end() {
        "Q" | "Question" => Some(Marker::Question),
        "A" | "Answer" if !words.is_empty() => Some(Marker::Answer(words)),
        _ => None,
    }
}

/// A body paragraph of the writer's, short, no quotation in it, ending with a question mark.
fn is_question(doc: &Document, p: usize) -> bool {
    doc.paragraphs[p].span.slice(doc.text).ends_with('?') && is_prompt(doc, p)
}

/// A body paragraph of the writer's, short, with no quotation in it.
fn is_prompt(doc: &Document, p: usize) -> bool {
    let para = &doc.paragraphs[p];
    if para.role != ParagraphRole::Body {
        return false;
    }
    let toks = doc.toks_in(para.span);
    let words = toks
        .clone()
        .filter(|&k| doc.toks[k].kind == TokKind::Word)
        .count();
    words > 0 && words <= MAX_QUESTION_WORDS && toks.into_iter().all(|k| doc.quote_of[k].is_none())
}

/// Paragraph `p` opens with a quotation mark.
fn opens_with_quote(doc: &Document, p: usize) -> bool {
    let start = doc.paragraphs[p].span.start;
    doc.toks_in(doc.paragraphs[p].span)
        .next()
        .and_then(|k| doc.quote_of[k])
        .is_some_and(|q| doc.quoted[q].open.start == start)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The answerer of each paragraph of `text` (paragraphs split by blank lines), and for
    /// an "A: …" answer its words.
    fn answerers(text: &str) -> Vec<Option<String>> {
        let doc = Document::new(text);
        let attr = Attributor::new(&doc);
        let interview = Interview::find(&attr);
        let name = |id: EntityId| attr.registry.get(id).name.clone();
        (0..doc.paragraphs.len())
            .map(
                |p| match (interview.answerer(p), interview.marked_answer(p)) {
                    (Some(id), _) => Some(name(id)),
                    (None, Some((id, words))) => {
                        Some(format!("{}: {}", name(id), words.slice(text)))
                    }
                    (None, None) => None,
                },
            )
            .collect()
    }

    #[test]
    fn marked_answers_are_the_interviewee_s_words() {
        let text = "Dr Ana Silva runs a clinic in Lisbon.\n\n\
                    Q: What changed?\n\n\
                    A: People stopped hiding from us.\n\n\
                    Question: Some critics say the policy failed. Is that fair?\n\n\
                    Answer:  No. It is a funding problem.\n\n\
                    A: And that is all.";
        let got = answerers(text);
        let silva = |words: &str| Some(format!("Ana Silva: {words}"));
        let answers = vec![
            None,
            None,
            silva("People stopped hiding from us."),
            None,
            silva("No. It is a funding problem."),
            None,
        ];
        assert_eq!(got, answers);
    }

    #[test]
    fn answers_after_questions_are_the_interviewee_s() {
        let text = "Dr Ana Silva runs a clinic in Lisbon. Silva spoke to us about the law.\n\n\
                    What changed?\n\n\
                    \"People stopped hiding from us.\"\n\n\
                    Some critics say the policy failed. Is that fair?\n\n\
                    \"That is a funding problem.\"\n\n\
                    \"And the money was cut.\"\n\n\
                    Others blame the police.\n\n\
                    \"The police did their job.\"";
        let got = answerers(text);
        let silva = Some("Ana Silva".to_string());
        let answers = vec![
            None,
            None,
            silva.clone(),
            None,
            silva.clone(),
            None,
            None,
            silva,
        ];
        assert_eq!(got, answers);
    }

    #[test]
    fn not_an_interview() {
        let cases = [
            // One question answered by a quote is a writer's device.
            "Jo Bell chairs the board.\n\nWhat went wrong?\n\n\"We ran out of money.\"",
            // A question in quotation marks is someone's, not the interviewer's.
            "Jo Bell chairs the board.\n\n\"Why now?\"\n\n\"Because.\"\n\n\"Why not?\"\n\n\"Ask them.\"",
            // Nobody is named before the questions.
            "What now?\n\n\"We wait.\"\n\nAnd then?\n\n\"We see.\"",
            // One "Q:" and its "A:"; an "A:" after no "Q:"; a marker with nothing after it.
            "Jo Bell chairs the board.\n\nQ: Why?\n\nA: Money.",
            "Jo Bell chairs the board.\n\nA: Money.\n\nA: Time.\n\nQ: Why?\n\nA:",
            // Initials are no marker.
            "Jo Bell chairs the board.\n\nQ: Who?\n\nA. Smith: ran it.\n\nQ: And?\n\nA. Jones: left.",
        ];
        for text in cases {
            assert!(answerers(text).iter().all(Option::is_none), "{text}");
        }
    }
}
