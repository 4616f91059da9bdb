//! Stance toward the topic: support, oppose or neutral, with the words that decided it.
//!
//! | module | what it does |
//! |---|---|
//! | [`lexicon`] | what the topic profile's words say: targets, evaluations, negation |
//! | [`features`] | what the stance model reads of a quote and its context |
//! | [`model`] | the learned decision: labels, confidence, the words that decided them |
//! | [`reason`] | why a quote got its side, in a reader's words |
//! | [`aggregate`] | a speaker's stance, weighed from their quotes' probabilities |

pub mod aggregate;
pub mod features;
pub mod lexicon;
pub mod model;
pub mod reason;

use serde::{Deserialize, Serialize};

use crate::span::Span;

pub use lexicon::{assess, Assessment, ContextKind};

/// A quote's stance toward the topic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// Argues for the policy.
    Support,
    /// Argues against it.
    Oppose,
    /// Does not argue either way.
    Neutral,
}

/// How likely each label is for a quote (0–1 each, two decimals, summing to about 1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Probabilities {
    /// The quote argues for the policy.
    pub support: f32,
    /// It argues against.
    pub oppose: f32,
    /// It argues neither way.
    pub neutral: f32,
}

impl Probabilities {
    /// `label` with probability `p`, the rest shared evenly by the other two: what a rule
    /// or an editor's label says when it gives one number.
    ///
    /// In hundredths, as a reader is shown them: computed in `f32`, (1 − 0.6) / 2 is
    /// 0.19999999, and a program reading the JSON would see that.
    ///
    /// ```
    /// use stancelens::stance::{Probabilities, Stance};
    /// let p = Probabilities::with_label(Stance::Oppose, 0.6);
    /// assert_eq!((p.support, p.oppose, p.neutral), (0.2, 0.6, 0.2));
    /// ```
    pub fn with_label(label: Stance, p: f32) -> Probabilities {
        let hundredths = (p.clamp(0.0, 1.0) * 100.0).round();
        let p = hundredths / 100.0;
        let rest = (100.0 - hundredths) / 200.0;
        let mut out = Probabilities {
            support: rest,
            oppose: rest,
            neutral: rest,
        };
        *out.of_mut(label) = p;
        out
    }

    /// The probability of `label`.
    pub fn of(self, label: Stance) -> f32 {
        match label {
            Stance::Support => self.support,
            Stance::Oppose => self.oppose,
            Stance::Neutral => self.neutral,
        }
    }

    fn of_mut(&mut self, label: Stance) -> &mut f32 {
        match label {
            Stance::Support => &mut self.support,
            Stance::Oppose => &mut self.oppose,
            Stance::Neutral => &mut self.neutral,
        }
    }
}

/// A speaker's overall stance: what their quotes add up to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerStance {
    /// Their quotes, weighed together, argue for the policy.
    Support,
    /// Their quotes, weighed together, argue against it.
    Oppose,
    /// They argue both ways, each side in at least one firm quote.
    Mixed,
    /// Their quotes most likely take no side.
    Neutral,
}

impl Stance {
    /// Every stance, in the order the widget lists them.
    pub const ALL: [Stance; 3] = [Stance::Support, Stance::Oppose, Stance::Neutral];

    /// The name as serialised: "support", "oppose", "neutral".
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Support => "support",
            Stance::Oppose => "oppose",
            Stance::Neutral => "neutral",
        }
    }

    /// +1, -1 or 0: the score a label stands for when nothing weighed it.
    pub fn sign(self) -> i32 {
        match self {
            Stance::Support => 1,
            Stance::Oppose => -1,
            Stance::Neutral => 0,
        }
    }

    fn of_score(score: i32) -> Stance {
        match score.signum() {
            1 => Stance::Support,
            -1 => Stance::Oppose,
            _ => Stance::Neutral,
        }
    }
}

impl SpeakerStance {
    /// The name as serialised: "support", "oppose", "mixed", "neutral".
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerStance::Support => "support",
            SpeakerStance::Oppose => "oppose",
            SpeakerStance::Mixed => "mixed",
            SpeakerStance::Neutral => "neutral",
        }
    }
}

/// What a piece of evidence told the classifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Signal {
    /// Names the policy under debate.
    Policy,
    /// Names its alternative.
    Alternative,
    /// Refers back to the policy ("the proposal").
    Reference,
    /// A phrase arguing for the policy by itself.
    SupportFrame,
    /// A phrase arguing against it by itself.
    OpposeFrame,
    /// An approving word.
    Positive,
    /// A disapproving word.
    Negative,
    /// A word reversing what follows.
    Negation,
    /// Words the stance model weighed toward support.
    LeansSupport,
    /// Words the stance model weighed toward oppose.
    LeansOppose,
}

/// One piece of evidence: words in the text and the topic entry they matched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Where the words are (byte offsets).
    pub span: Span,
    /// The words.
    pub text: String,
    /// What they signalled.
    pub signal: Signal,
    /// The topic pattern they matched.
    pub pattern: String,
    /// True when the words are not in the quote itself but in its context (the writer's
    /// sentence, or the speaker's earlier words).
    pub context: bool,
}

/// A stance with its reasons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Judgement {
    /// Support, oppose or neutral.
    pub label: Stance,
    /// What the label rests on.
    pub basis: Basis,
    /// Sum of the signed contributions (positive: support).
    pub score: i32,
    /// The words that decided the label.
    pub evidence: Vec<Evidence>,
    /// One line a reader can follow.
    pub reason: String,
    /// False when the text does not touch the topic at all (a neutral label then means
    /// "off topic", not "even-handed").
    pub topical: bool,
}

/// What a stance label rests on, from strongest to weakest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The quote's own words judge a side of the debate.
    Quote,
    /// The writer's sentence the partial quote is part of.
    Sentence,
    /// The quote judges "it" or "this"; the context names what.
    Reference,
    /// The words introducing the quote.
    Introduction,
    /// The quote argues without naming the topic; the speaker's other quotes all take this side.
    Speaker,
    /// Nothing in or around the quote takes a side.
    Nothing,
    /// Set by the publisher's editorial override.
    Editor,
}
