//! Why speakers are wrong: each wrong speaker of a matched scored quote, sorted into a
//! cause, so a change shows which kind of error it fixed.

use crate::analysis::Analysis;
use crate::attribution::candidates::is_date_name;

use super::corpus::GoldArticle;
use super::score::{greedy_match, speaker_match, tokens};

/// Counts per cause, in [`ErrorCounts::CAUSES`] order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorCounts(pub [usize; 7]);

impl ErrorCounts {
    /// The causes.
    pub const CAUSES: [&'static str; 7] = [
        "missing (nobody, though the article names them)",
        "wrong candidate (another speaker of the article)",
        "type (a date or a publication as speaker)",
        "boundary (part of the name, or too much)",
        "merge (a role or short form of the speaker, not resolved)",
        "spurious (a speaker where the gold has nobody)",
        "other (someone else)",
    ];
}

/// Classifies one wrong speaker.
pub fn cause(gold: &GoldArticle, gold_speaker: &str, predicted: Option<&str>) -> usize {
    let Some(pred) = predicted.filter(|p| !p.trim().is_empty()) else {
        return 0;
    };
    if speaker_match(None, gold_speaker, None) > 0 {
        return 5;
    }
    if gold
        .speakers
        .iter()
        .any(|s| s.name != gold_speaker && speaker_match(Some(pred), &s.name, Some(s)) > 0)
    {
        return 1;
    }
    let last = pred
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .to_lowercase();
    if is_date_name(pred)
        || matches!(
            last.as_str(),
            "news" | "times" | "post" | "today" | "herald" | "echo" | "mail" | "press" | "ap"
        )
    {
        return 2;
    }
    let p = tokens(pred);
    if !p.is_disjoint(&tokens(gold_speaker)) {
        return 3;
    }
    if let Some(record) = gold.speaker(gold_speaker) {
        let described = record
            .aliases
            .iter()
            .map(String::as_str)
            .chain(record.description.as_deref());
        if described.into_iter().any(|d| !p.is_disjoint(&tokens(d))) {
            return 4;
        }
    }
    6
}

/// Counts the causes of wrong speakers over articles and their predictions.
pub fn speaker_errors(gold: &[GoldArticle], predictions: &[Analysis]) -> ErrorCounts {
    let mut counts = ErrorCounts::default();
    for (g, a) in gold.iter().zip(predictions) {
        let gt: Vec<&str> = g.quotes.iter().map(|q| q.text.as_str()).collect();
        let pt: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
        for (gi, pi) in greedy_match(&gt, &pt) {
            let gq = &g.quotes[gi];
            if gq.is_optional() {
                continue;
            }
            let pred = a.quotes[pi].speaker.as_deref();
            if speaker_match(pred, &gq.speaker, g.speaker(&gq.speaker)) == 0 {
                counts.0[cause(g, &gq.speaker, pred)] += 1;
            }
        }
    }
    counts
}
