//! Training the stance model: each draft quote matched to a gold quote becomes an example
//! labelled with the gold stance.

use crate::analysis::Draft;
use crate::features::Features;
use crate::stance::features::Group;
use crate::stance::model::{StanceModel, LABELS};

use super::corpus::GoldArticle;
use super::logistic::{self, Example};
use super::score::greedy_match;

/// A draft with the gold label of each quote that matches a gold quote.
#[derive(Clone, Debug)]
pub struct Labelled {
    /// The article's id.
    pub id: String,
    /// The draft analysis.
    pub draft: Draft,
    /// Per draft quote: the gold label's index in [`LABELS`] and the example's weight.
    pub labels: Vec<Option<(usize, f64)>>,
}

/// Weight of a quote the two annotators label differently: debatable, so it counts less.
const DEBATABLE: f64 = 0.5;

/// Matches a draft's quotes to the gold quotes (the scorer's rule) and labels them.
pub fn label(gold: &GoldArticle, draft: Draft) -> Labelled {
    let g: Vec<&str> = gold.quotes.iter().map(|q| q.text.as_str()).collect();
    let p: Vec<&str> = draft
        .analysis
        .quotes
        .iter()
        .map(|q| q.text.as_str())
        .collect();
    let mut labels = vec![None; p.len()];
    for (gi, pi) in greedy_match(&g, &p) {
        let q = &gold.quotes[gi];
        let Some(class) = LABELS.iter().position(|l| l.as_str() == q.stance.trim()) else {
            continue;
        };
        let weight = if q.annotators_agree() { 1.0 } else { DEBATABLE };
        labels[pi] = Some((class, weight));
    }
    Labelled {
        id: gold.id.clone(),
        draft,
        labels,
    }
}

/// How to train.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// L2 penalty.
    pub l2: f64,
    /// Features seen in fewer training quotes are dropped.
    pub min_count: usize,
    /// Groups left out (for ablation).
    pub without: Option<Group>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            l2: 2.0,
            min_count: 2,
            without: None,
        }
    }
}

/// The features of a quote as `options` uses them.
pub fn view(f: &Features, options: &Options) -> Features {
    match options.without {
        Some(off) => f.without(|g| g == off as u8),
        None => f.clone(),
    }
}

/// Fits a stance model to labelled drafts.
pub fn train(data: &[&Labelled], options: &Options) -> StanceModel {
    let feats: Vec<(Features, usize, f64)> = data
        .iter()
        .flat_map(|l| {
            l.draft
                .features
                .iter()
                .zip(&l.labels)
                .filter_map(|(f, lab)| lab.map(|(c, w)| (view(f, options), c, w)))
        })
        .collect();
    let examples: Vec<Example> = feats
        .iter()
        .map(|(f, class, weight)| Example {
            features: f,
            class: *class,
            weight: *weight,
        })
        .collect();
    let config = logistic::Config {
        outputs: LABELS.len(),
        l2: options.l2,
        min_count: options.min_count,
        iterations: 300,
    };
    StanceModel {
        quote: logistic::fit(&examples, &config),
    }
}

/// Decides a labelled draft with `model`, honouring `options` (the same groups left out).
pub fn decide(l: &Labelled, model: &StanceModel, options: &Options) -> crate::Analysis {
    let mut draft = l.draft.clone();
    if options.without.is_some() {
        draft.features = draft.features.iter().map(|f| view(f, options)).collect();
    }
    draft.decide(Some(model))
}
