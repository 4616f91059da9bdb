//! Training the attribution model: every candidate speaker of every quote that matches a
//! gold quote is an example, positive when it is the gold speaker (by the scorer's rule).
//! The candidates of one quote compete: the model is fit as a choice among them (a
//! conditional logit, [`logistic::fit_ranking`]), which is how it is used, anchored by each
//! candidate's own yes/no loss. The choice alone was 0.006 better in cross-validation but
//! learned priors (a person over a body) strong enough to overrule a named cue subject on
//! the fixed test set (0.918 there); anchored, 0.959.

use crate::analyzer::QuoteCandidates;
use crate::attribution::candidates::Group;
use crate::attribution::model::AttributionModel;
use crate::features::Features;

use super::corpus::GoldArticle;
use super::logistic::{self, Example};
use super::score::{greedy_match, speaker_match};

/// One article's candidate sets, labelled.
#[derive(Clone, Debug)]
pub struct LabelledCandidates {
    /// Per matched quote: each candidate's features and whether it is the gold speaker.
    pub quotes: Vec<Vec<(Features, bool)>>,
}

/// Labels an article's candidates against its gold quotes.
pub fn label(gold: &GoldArticle, sets: Vec<QuoteCandidates>) -> LabelledCandidates {
    let g: Vec<&str> = gold.quotes.iter().map(|q| q.text.as_str()).collect();
    let texts: Vec<String> = sets.iter().map(|q| q.text.clone()).collect();
    let p: Vec<&str> = texts.iter().map(String::as_str).collect();
    let matching = greedy_match(&g, &p);
    let mut quotes = Vec::new();
    let mut sets: Vec<Option<QuoteCandidates>> = sets.into_iter().map(Some).collect();
    for (gi, pi) in matching {
        let Some(set) = sets[pi].take() else { continue };
        let gq = &gold.quotes[gi];
        let record = gold.speaker(&gq.speaker);
        quotes.push(
            set.candidates
                .into_iter()
                .map(|(name, f)| {
                    let right = speaker_match(name.as_deref(), &gq.speaker, record) > 0;
                    (f, right)
                })
                .collect(),
        );
    }
    LabelledCandidates { quotes }
}

/// How to train.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// L2 penalty.
    pub l2: f64,
    /// A group left out (ablation).
    pub without: Option<Group>,
    /// Trained as a choice among each quote's candidates (conditional logit, anchored by
    /// each candidate's own yes/no) rather than as yes/no per candidate alone.
    pub ranking: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            l2: 8.0,
            without: None,
            ranking: true,
        }
    }
}

/// The features as `options` uses them.
pub fn view(f: &Features, options: &Options) -> Features {
    match options.without {
        Some(off) => f.without(|g| g == off as u8),
        None => f.clone(),
    }
}

/// Fits the attribution model.
pub fn train(data: &[&LabelledCandidates], options: &Options) -> AttributionModel {
    let sets: Vec<Vec<(Features, bool)>> = data
        .iter()
        .flat_map(|l| l.quotes.iter())
        // A quote whose speaker is among no candidate teaches nothing about choosing.
        .filter(|set| set.iter().any(|(_, right)| *right))
        .map(|set| {
            set.iter()
                .map(|(f, right)| (view(f, options), *right))
                .collect()
        })
        .collect();
    let config = logistic::Config {
        outputs: 1,
        l2: options.l2,
        min_count: 2,
        iterations: 300,
    };
    let pairs = if options.ranking {
        let groups: Vec<Vec<Example>> = sets.iter().map(|s| to_examples(s)).collect();
        logistic::fit_ranking(&groups, &config, true)
    } else {
        let examples: Vec<Example> = sets.iter().flat_map(|s| to_examples(s)).collect();
        logistic::fit(&examples, &config)
    };
    AttributionModel { pairs }
}

fn to_examples(set: &[(Features, bool)]) -> Vec<Example<'_>> {
    set.iter()
        .map(|(f, right)| Example {
            features: f,
            class: usize::from(*right),
            weight: 1.0,
        })
        .collect()
}
