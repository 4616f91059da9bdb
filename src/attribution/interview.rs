//! Interviews written as questions and answers: the writer's question in a paragraph of its
//! own, then the answer in quotation marks with no reporting cue. The answer is the
//! interviewee's, whoever the question names ("Some critics say the policy has failed. Is
//! that fair?" names critics, but the answer after it is not theirs).
//!
//! An article is read as an interview only when it has at least [`MIN_EXCHANGES`] such
//! exchanges. Then an interviewer's prompt need not be a question ("Some critics say the
//! policy has failed."): after the first question, any short paragraph of the writer's that
//! a cue-less quotation answers is one. The interviewee is the person the article names most before its first question
//! (the introduction's subject), the later one on a tie.

use crate::document::Document;
use crate::paragraphs::ParagraphRole;
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
    /// The person interviewed.
    interviewee: Option<EntityId>,
}

impl Interview {
    /// Reads `attr`'s document for questions and answers. Linear in the document.
    pub fn find(attr: &Attributor) -> Interview {
        let doc = attr.doc;
        let exchanges = |p: &usize| is_question(doc, p - 1) && opens_with_quote(doc, *p);
        let mut answered = (1..doc.paragraphs.len()).filter(exchanges);
        let Some(first) = answered.next().map(|p| p - 1) else {
            return Interview::default();
        };
        if answered.count() + 1 < MIN_EXCHANGES {
            return Interview::default();
        }
        // After the first question, any prompt of the writer's that a quotation answers.
        let answers: Vec<usize> = (first + 1..doc.paragraphs.len())
            .filter(|&p| is_prompt(doc, p - 1) && opens_with_quote(doc, p))
            .collect();
        let before = doc.paragraphs[first].span.start;
        // Mentions of each person before the first question, and where the last one is.
        let mut counts: Vec<(EntityId, usize, usize)> = Vec::new();
        for (m, &id) in attr.names.iter().zip(&attr.name_entity) {
            if m.full.start >= before {
                break;
            }
            let id = attr.registry.canonical(id);
            if attr.registry.get(id).kind != SpeakerKind::Person {
                continue;
            }
            match counts.iter_mut().find(|(e, _, _)| *e == id) {
                Some(c) => {
                    c.1 += 1;
                    c.2 = m.full.start;
                }
                None => counts.push((id, 1, m.full.start)),
            }
        }
        let interviewee = counts
            .iter()
            .max_by_key(|&&(_, n, last)| (n, last))
            .map(|&(id, _, _)| id);
        Interview {
            answers: if interviewee.is_some() {
                answers
            } else {
                Vec::new()
            },
            interviewee,
        }
    }

    /// The interviewee, when paragraph `p` answers a question.
    pub fn answerer(&self, p: usize) -> Option<EntityId> {
        self.interviewee
            .filter(|_| self.answers.binary_search(&p).is_ok())
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

    /// The answerer of each paragraph of `text` (paragraphs split by blank lines).
    fn answerers(text: &str) -> Vec<Option<String>> {
        let doc = Document::new(text);
        let attr = Attributor::new(&doc);
        let interview = Interview::find(&attr);
        (0..doc.paragraphs.len())
            .map(|p| {
                interview
                    .answerer(p)
                    .map(|id| attr.registry.get(id).name.clone())
            })
            .collect()
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
        ];
        for text in cases {
            assert!(answerers(text).iter().all(Option::is_none), "{text}");
        }
    }
}
