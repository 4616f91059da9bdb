//! Editorial overrides: a publisher fixes a quote's speaker or stance by matching its text.
//!
//! An override matches every quote whose text contains its `match` string (compared without
//! case and with curly and straight quotation marks and apostrophes alike). Overrides that
//! match nothing are reported, so a publisher hears about a typo instead of a silent no-op.

use serde::Serialize;

use crate::analysis::{tally_speakers, Analysis, Certainty, Speaker};
use crate::json_fields::{Field, FieldError};
use crate::speakers::SpeakerKind;
use crate::stance::{self, Basis, Stance};

/// One override.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Override {
    /// Text that identifies the quote (part of it is enough).
    #[serde(rename = "match")]
    pub matches: String,
    /// The right speaker, by name (an existing speaker, or a new one).
    pub speaker: Option<String>,
    /// The right stance.
    pub stance: Option<Stance>,
}

impl Override {
    /// Reads an override from JSON (`{"match": …, "speaker": …, "stance": …}`; `null` for an
    /// unset one), with serde's messages ([`crate::json_fields`]).
    pub fn read(at: &Field) -> Result<Override, FieldError> {
        let o = at.object("struct Override", &["match", "speaker", "stance"])?;
        let mut out = Override {
            matches: String::new(),
            speaker: None,
            stance: None,
        };
        o.each(|name, f| {
            match name {
                "match" => out.matches = f.string()?,
                _ if f.is_null() => {}
                "speaker" => out.speaker = Some(f.string()?),
                _ => out.stance = Some(f.variant(&Stance::ALL.map(|s| (s.as_str(), s)))?),
            }
            Ok(())
        })?;
        o.require(&["match"])?;
        Ok(out)
    }
}

/// What an override did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OverrideOutcome {
    /// The override's `match` text.
    #[serde(rename = "match")]
    pub matches: String,
    /// The quotes it changed.
    pub quotes: Vec<usize>,
}

fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '‘' | '’' | 'ʼ' | '`' => '\'',
            '“' | '”' | '„' => '"',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Applies overrides in order; speakers' quote lists and stances are recomputed.
///
/// ```
/// use stancelens::{analyze, Topic, Stance};
/// use stancelens::overrides::{apply, Override};
/// let mut a = analyze("Ann Lee said: “The plan will not work.”", Topic::builtin());
/// let fix = Override { matches: "will not work".into(), speaker: Some("Dr Ann Lee".into()), stance: Some(Stance::Oppose) };
/// let outcome = apply(&mut a, &[fix]);
/// assert_eq!(outcome[0].quotes, [0]);
/// assert_eq!(a.quotes[0].speaker.as_deref(), Some("Dr Ann Lee"));
/// assert_eq!(a.quotes[0].stance, Stance::Oppose);
/// ```
pub fn apply(analysis: &mut Analysis, overrides: &[Override]) -> Vec<OverrideOutcome> {
    let mut outcomes = Vec::new();
    for o in overrides {
        let needle = fold(&o.matches);
        let hits: Vec<usize> = if needle.is_empty() {
            Vec::new()
        } else {
            analysis
                .quotes
                .iter()
                .filter(|q| fold(&q.text).contains(&needle))
                .map(|q| q.id)
                .collect()
        };
        for &id in &hits {
            if let Some(name) = &o.speaker {
                let sid = speaker_named(analysis, name);
                let q = &mut analysis.quotes[id];
                q.speaker = Some(analysis.speakers[sid].name.clone());
                q.speaker_id = Some(sid);
            }
            if let Some(stance) = o.stance {
                let q = &mut analysis.quotes[id];
                q.set_label(stance, stance::Probabilities::with_label(stance, 1.0));
                q.stance_basis = Basis::Editor;
                q.stance_score = stance.sign();
                q.reason = "Set by the editor.".into();
            }
        }
        outcomes.push(OverrideOutcome {
            matches: o.matches.clone(),
            quotes: hits,
        });
    }
    rebuild_speakers(analysis);
    outcomes
}

/// The speaker with this name (case-insensitive), created if new.
fn speaker_named(analysis: &mut Analysis, name: &str) -> usize {
    let key = fold(name);
    if let Some(s) = analysis.speakers.iter().find(|s| fold(&s.name) == key) {
        return s.id;
    }
    let id = analysis.speakers.len();
    analysis.speakers.push(Speaker {
        id,
        name: name.trim().to_string(),
        kind: SpeakerKind::Person,
        description: None,
        roles: Vec::new(),
        mentions: Vec::new(),
        stance: stance::SpeakerStance::Neutral,
        certainty: Certainty::Unclear,
        reason: String::new(),
        quotes: Vec::new(),
    });
    id
}

/// Recomputes each speaker's quotes and stance; drops speakers left without quotes.
fn rebuild_speakers(analysis: &mut Analysis) {
    let mut quoted = vec![false; analysis.speakers.len()];
    for q in &analysis.quotes {
        if let Some(flag) = q.speaker_id.and_then(|id| quoted.get_mut(id)) {
            *flag = true;
        }
    }
    let mut remap = vec![None; quoted.len()];
    for (old, s) in std::mem::take(&mut analysis.speakers)
        .into_iter()
        .enumerate()
    {
        if quoted[old] {
            remap[old] = Some(analysis.speakers.len());
            analysis.speakers.push(Speaker {
                id: analysis.speakers.len(),
                ..s
            });
        }
    }
    for q in &mut analysis.quotes {
        q.speaker_id = q.speaker_id.and_then(|id| remap.get(id).copied().flatten());
    }
    tally_speakers(analysis);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Topic};

    fn article() -> Analysis {
        analyze(
            "Ann Lee said: “Locking people up does not work.”\n\n“It’s a ‘gateway’ to worse,” said Bob Ray.",
            Topic::builtin(),
        )
    }

    #[test]
    fn overrides_table() {
        // (override, expected quotes hit, speaker of quote 1 after, stance of quote 1 after)
        let cases: Vec<(Override, Vec<usize>, Option<&str>, Stance)> = vec![
            (
                Override {
                    matches: "nothing like this".into(),
                    speaker: None,
                    stance: Some(Stance::Oppose),
                },
                vec![],
                Some("Bob Ray"),
                article().quotes[1].stance,
            ),
            (
                Override {
                    matches: "IT'S A 'GATEWAY'".into(),
                    speaker: None,
                    stance: Some(Stance::Oppose),
                },
                vec![1],
                Some("Bob Ray"),
                Stance::Oppose,
            ),
            (
                Override {
                    matches: "gateway".into(),
                    speaker: Some("ann lee".into()),
                    stance: None,
                },
                vec![1],
                Some("Ann Lee"),
                article().quotes[1].stance,
            ),
            (
                Override {
                    matches: "gateway".into(),
                    speaker: Some("Cy Oak".into()),
                    stance: Some(Stance::Neutral),
                },
                vec![1],
                Some("Cy Oak"),
                Stance::Neutral,
            ),
            (
                Override {
                    matches: "  ".into(),
                    speaker: Some("X".into()),
                    stance: None,
                },
                vec![],
                Some("Bob Ray"),
                article().quotes[1].stance,
            ),
        ];
        for (o, hits, speaker, stance) in cases {
            let mut a = article();
            let out = apply(&mut a, std::slice::from_ref(&o));
            assert_eq!(out[0].quotes, hits, "{o:?}");
            assert_eq!(a.quotes[1].speaker.as_deref(), speaker, "{o:?}");
            assert_eq!(a.quotes[1].stance, stance, "{o:?}");
            // Speakers stay consistent with quotes.
            for s in &a.speakers {
                assert!(!s.quotes.is_empty());
                for &q in &s.quotes {
                    assert_eq!(a.quotes[q].speaker_id, Some(s.id));
                    assert_eq!(a.quotes[q].speaker.as_deref(), Some(s.name.as_str()));
                }
            }
        }
    }

    #[test]
    fn moving_a_quote_updates_both_speakers() {
        let mut a = article();
        apply(
            &mut a,
            &[Override {
                matches: "gateway".into(),
                speaker: Some("Ann Lee".into()),
                stance: None,
            }],
        );
        assert_eq!(a.speakers.len(), 1, "Bob Ray has no quote left");
        assert_eq!(a.speakers[0].quotes, [0, 1]);
    }
}
