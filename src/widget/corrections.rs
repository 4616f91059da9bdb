//! An editor's corrections ("Wrong label?") as the `overrides` the embed already reads: applied
//! to the analysis the reader sees, and exported as JSON a publisher pastes into the page's
//! options block. Plain data, tested natively.

use serde::Serialize;

use super::state::Correction;
use crate::analysis::{Analysis, Quote};
use crate::overrides::{self, Override};
use crate::stance::Stance;

/// A correction of `q` to `speaker` and `stance`, keeping only what differs from the
/// analysis's own (`None` when nothing does).
pub fn correction(q: &Quote, speaker: &str, stance: Stance) -> Correction {
    let speaker = speaker.trim();
    let changed = !speaker.is_empty() && Some(speaker) != q.speaker.as_deref();
    Correction {
        quote: q.id,
        matches: q.text.clone(),
        speaker: changed.then(|| speaker.to_string()),
        stance: (stance != q.stance).then_some(stance),
    }
}

/// The overrides the corrections stand for, in the order they were made.
pub fn overrides(corrections: &[Correction]) -> Vec<Override> {
    corrections
        .iter()
        .map(|c| Override {
            matches: c.matches.clone(),
            speaker: c.speaker.clone(),
            stance: c.stance,
        })
        .collect()
}

/// `base` with the corrections applied (speakers' quotes and stances recomputed).
pub fn apply(base: &Analysis, corrections: &[Correction]) -> Analysis {
    let mut a = base.clone();
    overrides::apply(&mut a, &overrides(corrections));
    a
}

/// One override as exported: only what the correction changes.
#[derive(Serialize)]
struct Exported<'a> {
    #[serde(rename = "match")]
    matches: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stance: Option<Stance>,
}

/// The options block the corrections go in.
#[derive(Serialize)]
struct Block<'a> {
    overrides: Vec<Exported<'a>>,
}

/// The corrections as the `overrides` option, pretty-printed JSON:
/// `{"overrides": [{"match": "…", "speaker": "…", "stance": "oppose"}]}` — what goes in the
/// page's `<script type="application/json" data-stancelens-options>` block.
pub fn options_json(corrections: &[Correction]) -> String {
    let overrides = corrections
        .iter()
        .map(|c| Exported {
            matches: &c.matches,
            speaker: c.speaker.as_deref(),
            stance: c.stance,
        })
        .collect();
    serde_json::to_string(&Block { overrides })
        .map(|json| crate::json_pretty::pretty(&json))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::options::Options;
    use crate::{analyze, Topic};

    const TEXT: &str = "Ann Lee said: “Locking people up does not work.”\n\n\
                        Bob Ray said: “Decriminalisation would be a disaster.”";

    #[test]
    fn corrections_keep_only_what_changes() {
        let a = analyze(TEXT, Topic::builtin());
        let q = &a.quotes[1];
        let same = correction(q, "Bob Ray", q.stance);
        assert_eq!((same.speaker, same.stance), (None, None));
        let fix = correction(q, "  Dr Bob Ray ", Stance::Neutral);
        assert_eq!(fix.speaker.as_deref(), Some("Dr Bob Ray"));
        assert_eq!(fix.stance, Some(Stance::Neutral));
        assert_eq!(fix.matches, q.text);
        assert_eq!(correction(q, "", Stance::Neutral).speaker, None);
    }

    #[test]
    fn exported_overrides_give_the_page_the_corrected_analysis() {
        let a = analyze(TEXT, Topic::builtin());
        let fixes = vec![
            correction(&a.quotes[0], "Ann Lee", Stance::Neutral),
            correction(&a.quotes[1], "Cy Oak", a.quotes[1].stance),
        ];
        let corrected = apply(&a, &fixes);
        assert_eq!(corrected.quotes[0].stance, Stance::Neutral);
        assert_eq!(corrected.quotes[1].speaker.as_deref(), Some("Cy Oak"));
        // The JSON is the options block the embed reads, and gives the same analysis.
        let json = options_json(&fixes);
        assert!(!json.contains("null"), "{json}");
        let options = Options::from_json(&json).expect("an options block");
        let mut from_page = analyze(TEXT, Topic::builtin());
        let outcomes =
            crate::overrides::apply(&mut from_page, &options.overrides.unwrap_or_default());
        assert!(outcomes.iter().all(|o| o.quotes.len() == 1), "{outcomes:?}");
        assert_eq!(from_page, corrected);
    }
}
