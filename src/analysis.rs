//! What the analysis of one article is: its quotes, speakers and stances, as the core
//! returns them (serde types, byte offsets into the analysed text). The pipeline that
//! makes it is [`analyzer`](crate::analyzer).

use serde::{Deserialize, Serialize};

use crate::attribution::{Attribution, CueWords};
use crate::paragraphs::Paragraph;
use crate::span::Span;
use crate::speakers::SpeakerKind;
use crate::stance::{self, Evidence, Probabilities, SpeakerStance, Stance};

/// Everything StanceLens found in one article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The topic the stances are toward.
    pub topic: TopicRef,
    /// The paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
    /// Every quote, in reading order.
    pub quotes: Vec<Quote>,
    /// Every speaker of at least one quote, in order of first quote.
    pub speakers: Vec<Speaker>,
}

impl Analysis {
    /// How many quotes take this stance.
    pub fn count(&self, stance: Stance) -> usize {
        self.quotes.iter().filter(|q| q.stance == stance).count()
    }
}

/// Which topic an analysis is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicRef {
    /// The topic's identifier.
    pub id: String,
    /// Its readable name.
    pub name: String,
}

/// How a quote is quoted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A sentence or more in quotation marks.
    Direct,
    /// A fragment in quotation marks inside the writer's sentence.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
}

impl QuoteKind {
    /// The name as serialised: "direct", "partial", "indirect".
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// One quote.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Its index in [`Analysis::quotes`].
    pub id: usize,
    /// The quoted words (for indirect quotes, the reporting clause).
    pub text: String,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// Where `text` is (byte offsets; inside the quotation marks).
    pub span: Span,
    /// Index of its paragraph.
    pub paragraph: usize,
    /// For a quotation running over paragraphs: the quote of the previous paragraph.
    pub continues: Option<usize>,
    /// The speaker's name, or `None` when nobody can be named.
    pub speaker: Option<String>,
    /// Index into [`Analysis::speakers`].
    pub speaker_id: Option<usize>,
    /// Where the speaker is named for this quote (a name, pronoun or description).
    pub speaker_mention: Option<Span>,
    /// How the speaker was found.
    pub attribution: Attribution,
    /// The reporting cue ("say", "add", "according to", "call for"…; ":" when a colon
    /// after the speaker's name introduces the quote: "Jo Doe: “…”").
    pub cue: Option<CueWords>,
    /// Stance toward the topic.
    pub stance: Stance,
    /// What the stance rests on.
    pub stance_basis: stance::Basis,
    /// Signed strength of the stance (positive: support).
    pub stance_score: i32,
    /// How sure the analysis is of `stance`: the probability it gives the label, 0–1 (two
    /// decimals). Below [`Certainty`] thresholds a reader is told the label is a lean or unclear.
    pub confidence: f32,
    /// How likely each label is (what `confidence` is one of): a speaker's stance weighs
    /// these, so a firm quote counts for more than a lean.
    pub probabilities: Probabilities,
    /// False when the quote does not touch the topic: its neutral label means "off topic",
    /// not "even-handed".
    pub topical: bool,
    /// The words that decided the stance.
    pub evidence: Vec<Evidence>,
    /// Why, in one line.
    pub reason: String,
    /// True when the quote is in a promo line ("READ MORE: …"), not the article's argument.
    pub promo: bool,
}

/// One speaker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// Its index in [`Analysis::speakers`].
    pub id: usize,
    /// Canonical name ("Louis Stephen", "Health and Social Care Committee",
    /// "cannabis campaigner").
    pub name: String,
    /// Person, organisation or unnamed group.
    pub kind: SpeakerKind,
    /// Roles and affiliations as the article gives them, joined.
    pub description: Option<String>,
    /// The same, one by one.
    pub roles: Vec<String>,
    /// Every place the article names them (byte offsets).
    pub mentions: Vec<Span>,
    /// What their quotes add up to.
    pub stance: SpeakerStance,
    /// How far a reader can rely on `stance`: the certainty of their surest quote that
    /// carries it (see [`stance::aggregate::Verdict::certainty`]).
    pub certainty: Certainty,
    /// Why, in one line.
    pub reason: String,
    /// Their quotes (indices into [`Analysis::quotes`]).
    pub quotes: Vec<usize>,
}

/// How far a reader can rely on a quote's label, from its confidence. Ordered from the
/// surest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    /// Confidence ≥ 0.75: shown as the label.
    Firm,
    /// Confidence ≥ 0.5: shown as a lean ("leans support").
    Leaning,
    /// Below 0.5: shown as unclear.
    Unclear,
}

impl Certainty {
    /// The certainty a confidence (0–1) stands for.
    pub fn of(confidence: f32) -> Certainty {
        if confidence >= 0.75 {
            Certainty::Firm
        } else if confidence >= 0.5 {
            Certainty::Leaning
        } else {
            Certainty::Unclear
        }
    }

    /// The name as serialised: "firm", "leaning", "unclear".
    pub fn as_str(self) -> &'static str {
        match self {
            Certainty::Firm => "firm",
            Certainty::Leaning => "leaning",
            Certainty::Unclear => "unclear",
        }
    }
}

impl Quote {
    /// Sets the stance label with every label's probabilities, and `confidence` from them:
    /// the one place the three are written, so they never disagree.
    pub fn set_label(&mut self, stance: Stance, probabilities: Probabilities) {
        self.stance = stance;
        self.probabilities = probabilities;
        self.confidence = probabilities.of(stance);
    }

    /// How far a reader can rely on this quote's stance label.
    pub fn certainty(&self) -> Certainty {
        Certainty::of(self.confidence)
    }
}

/// Fills in each speaker's quotes, overall stance and its reason from the quotes' speaker
/// ids (after the analysis, and again after editorial overrides).
pub(crate) fn tally_speakers(analysis: &mut Analysis) {
    let policy = analysis.topic.name.to_lowercase();
    let quotes = &analysis.quotes;
    for s in analysis.speakers.iter_mut() {
        s.quotes.clear();
    }
    for q in quotes {
        if let Some(s) = q.speaker_id.and_then(|id| analysis.speakers.get_mut(id)) {
            s.quotes.push(q.id);
        }
    }
    for s in &mut analysis.speakers {
        let weighed: Vec<(Stance, Probabilities)> = s
            .quotes
            .iter()
            .filter_map(|&q| quotes.get(q))
            .map(|q| (q.stance, q.probabilities))
            .collect();
        let verdict = stance::aggregate::weigh(&weighed, &policy);
        s.stance = verdict.stance;
        s.certainty = verdict.certainty;
        s.reason = verdict.reason;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyzer::Analyzer;
    use crate::topic::Topic;

    fn serialised<T: Serialize>(v: T) -> String {
        serde_json::to_value(v)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    #[test]
    fn names_are_the_serialised_names() {
        for s in Stance::ALL {
            assert_eq!(s.as_str(), serialised(s));
        }
        for s in [
            SpeakerStance::Support,
            SpeakerStance::Oppose,
            SpeakerStance::Mixed,
            SpeakerStance::Neutral,
        ] {
            assert_eq!(s.as_str(), serialised(s));
        }
        for k in [
            SpeakerKind::Person,
            SpeakerKind::Organisation,
            SpeakerKind::Group,
        ] {
            assert_eq!(k.as_str(), serialised(k));
        }
        for k in [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect] {
            assert_eq!(k.as_str(), serialised(k));
        }
    }

    #[test]
    fn speakers_tally_their_quotes() {
        // The lexicon rules' labels (no model): this tests the tally, not the labels.
        let a = Analyzer::new(Topic::builtin())
            .draft(
                None,
                "Ann Lee said: “Locking people up does not work.”\n\n\
                 “Decriminalisation would be a disaster,” Ann Lee added.\n\n\
                 Bob Ray said: “We need more treatment beds.”",
                false,
            )
            .decide(None);
        assert_eq!(a.count(Stance::Support), 1);
        assert_eq!(a.count(Stance::Oppose), 1);
        assert_eq!(a.count(Stance::Neutral), 1);
        let tally = |a: &Analysis| -> Vec<(String, SpeakerStance, Vec<usize>)> {
            a.speakers
                .iter()
                .map(|s| (s.name.clone(), s.stance, s.quotes.clone()))
                .collect()
        };
        // Two leans of equal weight, one each way: neither side, and not "mixed".
        assert_eq!(
            tally(&a),
            [
                ("Ann Lee".into(), SpeakerStance::Neutral, vec![0, 1]),
                ("Bob Ray".into(), SpeakerStance::Neutral, vec![2])
            ]
        );
        // Both firm: mixed.
        let mut a = a;
        for q in &mut a.quotes[..2] {
            q.probabilities = Probabilities::with_label(q.stance, 0.9);
        }
        tally_speakers(&mut a);
        assert_eq!(a.speakers[0].stance, SpeakerStance::Mixed);
        assert_eq!(
            a.speakers[0].reason,
            "1 quote clearly for and 1 clearly against decriminalisation of drug use."
        );
    }
}
