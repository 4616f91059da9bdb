//! A speaker's overall stance, weighed from their quotes' calibrated probabilities.
//!
//! The gold standard a reader expects is simple: a speaker supports when what they say
//! supports, and is mixed only when they really argue both ways (8 of 800 speakers in the
//! annotated corpus). A label that is only a lean must not make a speaker "mixed", and
//! several quotes that each lean the same way add up.

use super::{Probabilities, SpeakerStance, Stance};
use crate::analysis::Certainty;

/// A speaker's stance and the line that explains it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// What the quotes add up to.
    pub stance: SpeakerStance,
    /// How far a reader can rely on it: the certainty of the surest quote that carries the
    /// stance as its label (firm for mixed; unclear when no quote carries it). Held out, a
    /// speaker's side is right about nine times in ten when firm, seven when leaning, and
    /// about five when unclear (README, "Accuracy").
    pub certainty: Certainty,
    /// Why, in one line.
    pub reason: String,
}

/// Weighs a speaker's quotes, each given as its label and its probabilities.
///
/// Mixed only when both sides have a firm quote. Otherwise the speaker takes a side when it
/// is more likely than not that at least one quote takes one: the side their labelled
/// quotes take when they all take one, else the one their quotes give more probability to,
/// summed (neutral on a tie).
///
/// ```
/// use stancelens::stance::{aggregate::weigh, Probabilities, SpeakerStance, Stance};
/// let firm = Probabilities::with_label(Stance::Support, 0.9);
/// let lean = Probabilities::with_label(Stance::Oppose, 0.55);
/// let v = weigh(&[(Stance::Support, firm), (Stance::Oppose, lean)], "the policy");
/// assert_eq!(v.stance, SpeakerStance::Support);
/// ```
pub fn weigh(quotes: &[(Stance, Probabilities)], policy: &str) -> Verdict {
    let mut none_sided = 1.0f64;
    let (mut support, mut oppose) = (0.0f64, 0.0f64);
    let (mut firm_support, mut firm_oppose) = (0usize, 0usize);
    let (mut labelled_support, mut labelled_oppose) = (0usize, 0usize);
    for &(label, p) in quotes {
        none_sided *= f64::from(p.neutral.clamp(0.0, 1.0));
        support += f64::from(p.support);
        oppose += f64::from(p.oppose);
        match label {
            Stance::Support => {
                labelled_support += 1;
                firm_support += usize::from(Certainty::of(p.support) == Certainty::Firm);
            }
            Stance::Oppose => {
                labelled_oppose += 1;
                firm_oppose += usize::from(Certainty::of(p.oppose) == Certainty::Firm);
            }
            Stance::Neutral => {}
        }
    }
    // The surest quote carrying each label: what a reader can check the verdict against.
    let surest = |label: Stance| {
        quotes
            .iter()
            .filter(|(l, _)| *l == label)
            .map(|(_, p)| Certainty::of(p.of(label)))
            .min()
            .unwrap_or(Certainty::Unclear)
    };
    let total = quotes.len();
    let quotes_word = |n: usize| if n == 1 { "quote" } else { "quotes" };
    if firm_support > 0 && firm_oppose > 0 {
        return Verdict {
            stance: SpeakerStance::Mixed,
            certainty: Certainty::Firm,
            reason: format!(
                "{firm_support} {} clearly for and {firm_oppose} clearly against {policy}.",
                quotes_word(firm_support)
            ),
        };
    }
    if quotes.is_empty() || 1.0 - none_sided < 0.5 {
        return Verdict {
            stance: SpeakerStance::Neutral,
            certainty: surest(Stance::Neutral),
            reason: if total == 1 {
                format!("Their one quote takes no side on {policy}.")
            } else {
                format!(
                    "None of {total} {} takes a side on {policy}.",
                    quotes_word(total)
                )
            },
        };
    }
    if support == oppose {
        return Verdict {
            stance: SpeakerStance::Neutral,
            certainty: Certainty::Unclear,
            reason: format!("Their quotes lean both ways on {policy}, none firmly."),
        };
    }
    // Labels on one side only decide it: a speaker is not shown leaning for what their one
    // labelled quote argues against, because their unlabelled quotes lean the other way.
    let for_side = match (labelled_support, labelled_oppose) {
        (1.., 0) => true,
        (0, 1..) => false,
        _ => support > oppose,
    };
    let (stance, label, side, labelled, against, verb) = if for_side {
        (
            SpeakerStance::Support,
            Stance::Support,
            "for",
            labelled_support,
            labelled_oppose,
            "support",
        )
    } else {
        (
            SpeakerStance::Oppose,
            Stance::Oppose,
            "against",
            labelled_oppose,
            labelled_support,
            "oppose",
        )
    };
    let verb = |n: usize| {
        if n == 1 {
            format!("{verb}s")
        } else {
            verb.to_string()
        }
    };
    // One quote: "1 of 1 quote" and "together" say nothing a reader needs.
    let reason = match (total, labelled, against) {
        (1, 0, _) => {
            format!("Their one quote leans {side} {policy}, not clearly enough to label it.")
        }
        (1, _, _) => format!("Their one quote {} {policy}.", verb(1)),
        (_, 0, _) => format!(
            "No quote is clear alone, but together their {total} {} lean {side} {policy}.",
            quotes_word(total)
        ),
        (_, n, 0) => format!(
            "{n} of {total} {} {} {policy}; none argues the other way.",
            quotes_word(total),
            verb(n)
        ),
        (_, n, m) => format!(
            "{n} of {total} {} {} {policy}; {m} {} the other way less surely.",
            quotes_word(total),
            verb(n),
            if m == 1 { "leans" } else { "lean" }
        ),
    };
    Verdict {
        stance,
        certainty: surest(label),
        reason,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Stance::*;

    fn q(label: Stance, p: f32) -> (Stance, Probabilities) {
        (label, Probabilities::with_label(label, p))
    }

    #[test]
    fn weighing_table() {
        let cases: &[(&[(Stance, Probabilities)], SpeakerStance)] = &[
            (&[], SpeakerStance::Neutral),
            (&[q(Neutral, 0.9), q(Neutral, 0.8)], SpeakerStance::Neutral),
            (&[q(Support, 0.6), q(Neutral, 0.9)], SpeakerStance::Support),
            (
                &[q(Oppose, 0.8), q(Neutral, 0.7), q(Oppose, 0.55)],
                SpeakerStance::Oppose,
            ),
            // Both sides firmly: mixed.
            (&[q(Support, 0.8), q(Oppose, 0.9)], SpeakerStance::Mixed),
            // One weak label against a firm one is not "mixed".
            (&[q(Support, 0.9), q(Oppose, 0.55)], SpeakerStance::Support),
            (&[q(Support, 0.55), q(Oppose, 0.56)], SpeakerStance::Oppose),
            // Two equal leans cancel out.
            (&[q(Support, 0.6), q(Oppose, 0.6)], SpeakerStance::Neutral),
            // A labelled quote outweighs leans the other way that carry no label.
            (
                &[
                    q(Oppose, 0.55),
                    (
                        Neutral,
                        Probabilities {
                            support: 0.45,
                            oppose: 0.05,
                            neutral: 0.5,
                        },
                    ),
                    (
                        Neutral,
                        Probabilities {
                            support: 0.45,
                            oppose: 0.05,
                            neutral: 0.5,
                        },
                    ),
                ],
                SpeakerStance::Oppose,
            ),
        ];
        for (quotes, want) in cases {
            assert_eq!(weigh(quotes, "it").stance, *want, "{quotes:?}");
        }
    }

    #[test]
    fn a_verdict_is_as_sure_as_its_surest_quote() {
        let lean = Probabilities {
            support: 0.4,
            oppose: 0.15,
            neutral: 0.45,
        };
        type Case<'a> = (&'a [(Stance, Probabilities)], SpeakerStance, Certainty);
        let cases: &[Case] = &[
            (
                &[q(Support, 0.9), q(Support, 0.6)],
                SpeakerStance::Support,
                Certainty::Firm,
            ),
            (
                &[q(Oppose, 0.6), q(Neutral, 0.9)],
                SpeakerStance::Oppose,
                Certainty::Leaning,
            ),
            // No quote carries the side: the side is a sum of leans.
            (
                &[(Neutral, lean), (Neutral, lean)],
                SpeakerStance::Support,
                Certainty::Unclear,
            ),
            (
                &[q(Support, 0.8), q(Oppose, 0.9)],
                SpeakerStance::Mixed,
                Certainty::Firm,
            ),
            (
                &[q(Neutral, 0.9), q(Neutral, 0.8)],
                SpeakerStance::Neutral,
                Certainty::Firm,
            ),
            (
                &[q(Support, 0.6), q(Oppose, 0.6)],
                SpeakerStance::Neutral,
                Certainty::Unclear,
            ),
            (&[], SpeakerStance::Neutral, Certainty::Unclear),
        ];
        for (quotes, stance, certainty) in cases {
            let v = weigh(quotes, "it");
            assert_eq!((v.stance, v.certainty), (*stance, *certainty), "{quotes:?}");
        }
    }

    #[test]
    fn leaning_quotes_add_up() {
        // Two quotes labelled neutral, each more likely than not to take the same side.
        let lean = Probabilities {
            support: 0.4,
            oppose: 0.15,
            neutral: 0.45,
        };
        let v = weigh(&[(Neutral, lean), (Neutral, lean)], "the policy");
        assert_eq!(v.stance, SpeakerStance::Support);
        assert!(v.reason.contains("together"), "{}", v.reason);
    }

    #[test]
    fn reasons_say_what_was_weighed() {
        let lean = Probabilities {
            support: 0.15,
            oppose: 0.4,
            neutral: 0.45,
        };
        let cases: &[(&[(Stance, Probabilities)], &str)] = &[
            (&[q(Support, 0.9)], "Their one quote supports the policy."),
            (&[q(Oppose, 0.6)], "Their one quote opposes the policy."),
            (
                &[(Neutral, lean)],
                "Their one quote leans against the policy, not clearly enough to label it.",
            ),
            (
                &[q(Neutral, 0.9)],
                "Their one quote takes no side on the policy.",
            ),
            (
                &[q(Neutral, 0.9), q(Neutral, 0.8)],
                "None of 2 quotes takes a side on the policy.",
            ),
            (
                &[q(Support, 0.9), q(Neutral, 0.8)],
                "1 of 2 quotes supports the policy; none argues the other way.",
            ),
        ];
        for (quotes, reason) in cases {
            assert_eq!(weigh(quotes, "the policy").reason, *reason, "{quotes:?}");
        }
        let v = weigh(&[q(Support, 0.9), q(Oppose, 0.55)], "the policy");
        assert_eq!(
            v.reason,
            "1 of 2 quotes supports the policy; 1 leans the other way less surely."
        );
        let v = weigh(&[q(Support, 0.8), q(Oppose, 0.8)], "the policy");
        assert!(v.reason.contains("clearly against"), "{}", v.reason);
    }
}
