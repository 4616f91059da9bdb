//! Why a quote got its side, in a reader's words: what weighed most, named as a reader
//! would name it.
//!
//! A linear model's label is a sum, and on news the largest part of that sum is seldom the
//! quote's own words: in the annotated corpus it is usually who is speaking. A reason that
//! cites only words of the quote would then show words that did not decide the label (and
//! often words that, taken together, pulled the other way), so the reason names the
//! sources that pushed hardest toward the side, and cites words only when the words did.

use std::borrow::Cow;

use super::features::Group;
use super::{Evidence, Signal, Stance};
use crate::speakers::SpeakerKind;

/// Where a push toward a side comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The quote's own words, alone or read against the debate's sides.
    Words,
    /// The topic lexicon's reading of the quote and its sentence.
    Topic,
    /// The writer's words around the quote: the reporting verb, the sentence.
    Around,
    /// What the story says of the speaker: who they are, the words around their mentions.
    Speaker,
    /// The headline and the opening.
    Story,
}

impl Source {
    /// Every source, in the order of [`Pushes`].
    pub const ALL: [Source; 5] = [
        Source::Words,
        Source::Topic,
        Source::Around,
        Source::Speaker,
        Source::Story,
    ];

    /// The source of a feature of `group`, `spanned` when it points at words of the quote;
    /// `None` for the quote's form (its kind and length explain nothing to a reader).
    pub fn of(group: Group, spanned: bool) -> Option<Source> {
        match group {
            Group::Words => Some(Source::Words),
            Group::Lexicon if spanned => Some(Source::Words),
            Group::Lexicon => Some(Source::Topic),
            Group::Context => Some(Source::Around),
            Group::Speaker => Some(Source::Speaker),
            Group::Article => Some(Source::Story),
            Group::Form => None,
        }
    }
}

/// What each [`Source`] pushed toward a side (the model's integer weights times the
/// features' values, side minus the other side), in the order of [`Source::ALL`].
pub type Pushes = [i32; 5];

/// The sources a reason names: the strongest push, and the next when it is at least half
/// as strong. Sources that pushed the other way or not at all are never named.
pub fn named(pushes: &Pushes) -> Vec<Source> {
    // The strongest, then the next strongest; on a tie the earlier source (the quote's own
    // words first) leads.
    let best = |skip: Option<usize>| {
        (0..pushes.len())
            .filter(|&i| Some(i) != skip && pushes[i] > 0)
            .fold(None, |b: Option<usize>, i| match b {
                Some(b) if pushes[b] >= pushes[i] => Some(b),
                _ => Some(i),
            })
    };
    let Some(top) = best(None) else {
        return Vec::new();
    };
    let mut out = vec![Source::ALL[top]];
    if let Some(next) = best(Some(top)).filter(|&n| 2 * pushes[n] >= pushes[top]) {
        out.push(Source::ALL[next]);
    }
    out
}

/// The reason for a side (support or oppose): `sources` as [`named`] gives them, `cited`
/// the quote's words they rest on (already quoted: “failed”), `said_of` the writer's words
/// about the speaker that weighed (quoted too), `topic` the policy and `speaker` the
/// quote's speaker.
///
/// ```
/// use stancelens::stance::reason::{sided, Source};
/// use stancelens::stance::Stance;
/// let r = sided(
///     &[Source::Speaker, Source::Words],
///     &["“failed”".to_string()],
///     &["“sheriff”".to_string()],
///     Stance::Oppose,
///     "decriminalisation",
///     Some("Ann Lee"),
/// );
/// assert_eq!(
///     r,
///     "What the story says of Ann Lee (“sheriff”) weighs most against decriminalisation, \
///      and so does “failed”."
/// );
/// ```
pub fn sided(
    sources: &[Source],
    cited: &[String],
    said_of: &[String],
    side: Stance,
    topic: &str,
    speaker: Option<&str>,
) -> String {
    let side = if side == Stance::Oppose {
        "against"
    } else {
        "for"
    };
    // One phrase per source; the words of the quote and the topic's words in it are one
    // list, and the topic's reading with nothing of the quote cited is the words around it.
    let mut phrases: Vec<(String, bool)> = Vec::new();
    for &s in sources {
        let phrase = match s {
            Source::Words | Source::Topic if !cited.is_empty() => {
                (join_words(cited), cited.len() > 1)
            }
            Source::Words => continue,
            Source::Topic | Source::Around => ("the writer's words around it".into(), true),
            Source::Speaker => {
                let mut phrase = match speaker {
                    Some(name) => ["what the story says of ", name].concat(),
                    None => "the story around it".into(),
                };
                // The words that weighed, so that a reader can judge them.
                if !said_of.is_empty() {
                    phrase.push_str(" (");
                    phrase.push_str(&said_of.join(", "));
                    phrase.push(')');
                }
                (phrase, false)
            }
            Source::Story => ("the story's headline and opening".into(), true),
        };
        if !phrases.contains(&phrase) {
            phrases.push(phrase);
        }
    }
    let mut out = String::new();
    for (i, (phrase, plural)) in phrases.iter().enumerate() {
        if i == 0 {
            out.push_str(phrase);
            out.push_str(if *plural { " weigh " } else { " weighs " });
            if phrases.len() > 1 {
                out.push_str("most ");
            }
            out.push_str(side);
            out.push(' ');
            out.push_str(topic);
        } else {
            out.push_str(if *plural {
                ", and so do "
            } else {
                ", and so does "
            });
            out.push_str(phrase);
        }
    }
    if out.is_empty() {
        out = [
            "Nothing weighs clearly alone; on balance it reads ",
            side,
            " ",
            topic,
        ]
        .concat();
    }
    out.push('.');
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// How a reason refers to a speaker: a person by name, a description the article gave
/// with its determiner ("a source close to her", "another resident"), a body by the head
/// noun its name ends in ("the committee" for the Health and Social Care Committee), and
/// any other as "the speaker" (a bare name reads wrongly with "the" as often as without:
/// "the Labour", "Trulieve").
pub fn referring_to(name: &str, kind: SpeakerKind) -> Cow<'_, str> {
    let described = name
        .split_whitespace()
        .next()
        .is_some_and(|w| crate::lexicon::is_determiner(&w.to_lowercase()));
    if kind == SpeakerKind::Person || described {
        return Cow::Borrowed(name);
    }
    let head = name
        .split_whitespace()
        .last()
        .map(|w| crate::tokens::strip_possessive(w).to_lowercase())
        .filter(|w| crate::lexicon::lexicon().is_org_head(w));
    match head {
        Some(head) => Cow::Owned(format!("the {head}")),
        None => Cow::Borrowed("the speaker"),
    }
}

/// The evidence a reason cites, quoted: at most [`CITED`] entries in text order, leaving
/// out negations (they turn other words round; the panel lists them beside the words).
pub fn citable(evidence: &[Evidence]) -> Vec<String> {
    evidence
        .iter()
        .filter(|e| e.signal != Signal::Negation)
        .take(CITED)
        .map(|e| format!("“{}”", e.text))
        .collect()
}

/// How many words a reason cites.
const CITED: usize = 3;

/// “a”, “b” and “c”.
fn join_words(words: &[String]) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Source::*;

    #[test]
    fn only_sources_that_pushed_hard_are_named() {
        // (pushes: words, topic, around, speaker, story) → named sources
        let cases: &[(Pushes, &[Source])] = &[
            ([0, 0, 0, 0, 0], &[]),
            ([-40, 0, 0, 0, 0], &[]),
            ([30, 0, 0, 200, 90], &[Speaker]),
            ([30, 0, 0, 200, 100], &[Speaker, Story]),
            // The quote's words pulled the other way: not cited, however the rest adds up.
            ([-171, -52, 0, 198, 92], &[Speaker]),
            ([120, 573, -86, -151, -92], &[Topic]),
            ([300, 0, 160, 0, 0], &[Words, Around]),
            // A tie: the quote's own words first.
            ([50, 0, 0, 50, 0], &[Words, Speaker]),
            // Never more than two.
            ([100, 100, 100, 100, 100], &[Words, Topic]),
        ];
        for (pushes, want) in cases {
            assert_eq!(named(pushes), *want, "{pushes:?}");
        }
    }

    #[test]
    fn speakers_are_referred_to_as_a_reader_would() {
        let cases = [
            ("Ann Lee", SpeakerKind::Person, "Ann Lee"),
            (
                "a source close to her",
                SpeakerKind::Group,
                "a source close to her",
            ),
            ("Another resident", SpeakerKind::Group, "Another resident"),
            (
                "Health and Social Care Committee",
                SpeakerKind::Organisation,
                "the committee",
            ),
            (
                "NZ Drug Foundation",
                SpeakerKind::Organisation,
                "the foundation",
            ),
            ("Trulieve", SpeakerKind::Organisation, "the speaker"),
            ("HSCC", SpeakerKind::Organisation, "the speaker"),
            ("cannabis campaigner", SpeakerKind::Group, "the speaker"),
        ];
        for (name, kind, want) in cases {
            assert_eq!(referring_to(name, kind), want, "{name}");
        }
    }

    #[test]
    fn reasons_read_as_sentences() {
        let words = |w: &[&str]| w.iter().map(|w| format!("“{w}”")).collect::<Vec<_>>();
        // (sources named, words cited, side, speaker) → the reason
        type Case<'a> = (&'a [Source], Vec<String>, Stance, Option<&'a str>, &'a str);
        let cases: &[Case] = &[
            (
                &[Words],
                words(&["treat", "health"]),
                Stance::Support,
                Some("Jo Roe"),
                "“treat” and “health” weigh for it.",
            ),
            (
                &[Speaker],
                vec![],
                Stance::Support,
                Some("Jo Roe"),
                "What the story says of Jo Roe weighs for it.",
            ),
            (
                &[Speaker, Words],
                words(&["failed"]),
                Stance::Oppose,
                Some("Jo Roe"),
                "What the story says of Jo Roe weighs most against it, and so does “failed”.",
            ),
            (
                &[Topic, Story],
                words(&["regressive", "step"]),
                Stance::Oppose,
                None,
                "“regressive” and “step” weigh most against it, and so do the story's \
                 headline and opening.",
            ),
            // The topic's reading with nothing cited in the quote is the sentence's.
            (
                &[Topic, Around],
                vec![],
                Stance::Support,
                None,
                "The writer's words around it weigh for it.",
            ),
            (
                &[Story, Speaker],
                vec![],
                Stance::Support,
                None,
                "The story's headline and opening weigh most for it, and so does the story \
                 around it.",
            ),
            (
                &[],
                vec![],
                Stance::Oppose,
                None,
                "Nothing weighs clearly alone; on balance it reads against it.",
            ),
        ];
        for (sources, cited, side, speaker, want) in cases {
            assert_eq!(sided(sources, cited, &[], *side, "it", *speaker), *want);
        }
    }
}
