//! Training the stance model: each draft quote matched to a gold quote becomes an example
//! labelled with the gold stance.

use crate::analyzer::Draft;
use crate::features::hash;
use crate::features::Features;
use crate::linear::LinearModel;
use crate::stance::features::Group;
use crate::stance::model::{consensus, consensus_weighed, cooled, log_odds, StanceModel, LABELS};

use super::corpus::GoldArticle;
use super::logistic::{self, Example};
use super::score::{greedy_match, macro_f1};

/// A draft with the gold label of each quote that matches a gold quote.
#[derive(Clone, Debug)]
pub struct Labelled {
    /// The article's id.
    pub id: String,
    /// The draft analysis.
    pub draft: Draft,
    /// Per draft quote: the gold label's index in [`LABELS`] and the example's weight.
    pub labels: Vec<Option<(usize, f64)>>,
    /// Per draft quote: matched to a scored (non-optional) gold quote.
    pub scored: Vec<bool>,
}

/// Weight of a quote the two annotators label differently: debatable, so it counts less.
/// Nearly all of them (163 of 175) are neutral to the first annotator and take a side to
/// the second, so the weight sets how readily the model takes a side where a reader could
/// argue either way. Cross-validated in session 52 (eight refits each; macro-F1, flips):
/// 1 → 0.571, 99.5; 0.5 → 0.575, 100.1; 0.25 → 0.580, 101.9; 0.1 → 0.582, 108.1;
/// 0 → 0.587, 126.8. Macro-F1 less the flip rate, the trade-off the issue asks for, is
/// highest at 0.25.
const DEBATABLE: f64 = 0.25;

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
    let mut scored = vec![false; p.len()];
    for (gi, pi) in greedy_match(&g, &p) {
        let q = &gold.quotes[gi];
        scored[pi] = !q.is_optional();
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
        scored,
    }
}

/// How to train.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// L2 penalty.
    pub l2: f64,
    /// Features seen in fewer training quotes are dropped: every weight is paid by every
    /// reader, and ones seen this rarely earn little held-out (cross-validated in session 4:
    /// 6 → 0.526 macro-F1 and 21.6 KB gzipped, 10 → 0.528 and 13.0 KB, 14 → 0.514, 20 →
    /// 0.497; in session 7, 10 → 0.518, 11 → 0.513 and 1.1 KB less, which kept the demo
    /// under 250 KB; in session 11, 11 → 0.511, 12 → 0.510 and about 1 KB less, again for
    /// the demo; in session 13, with the demo 16 KB under, each over three draws of the
    /// inner folds: 12 → 0.520 and 9.0 KB gzipped, 10 → 0.526 and 10.7 KB, 8 → 0.528 and
    /// 13.5 KB, 6 → 0.533, 22 fewer flips, 21 more speakers right and 18.0 KB, 4 → 0.534).
    pub min_count: usize,
    /// Features seen in fewer training articles are fitted but not shipped. A weight learned
    /// from one story is that story's (its people's names, its headline's words, the writer's
    /// words around its speakers), not the topic's: fitted, it soaks up what is peculiar to
    /// the story, so the weights that recur learn less of it; shipped, it would fire on an
    /// unseen story only by chance, and every reader pays its bytes. Cross-validated in
    /// session 50 (eight refits each): pruning at 2 → 0.577 ± 0.004 macro-F1, 97.4 flips,
    /// 1.8 KB less gzipped; at 3 → 0.577 ± 0.003, 100.9 flips, 3.0 KB less; none →
    /// 0.576 ± 0.006, 97.5 flips. Left out of the fit as well, at 3: 0.569 ± 0.006.
    pub min_articles: usize,
    /// Groups left out (for ablation).
    pub without: Option<Group>,
    /// How much a flip (support for oppose or back) costs against macro-F1 when the
    /// consensus parameters are chosen.
    pub flip_cost: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            l2: 4.0,
            min_count: 6,
            min_articles: 2,
            without: None,
            flip_cost: 1.0,
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

/// Fits the per-quote model: softmax regression, classes weighted to count equally.
fn fit_quotes(data: &[&Labelled], options: &Options) -> LinearModel {
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
    let mut per_class = [0.0f64; 3];
    for (_, c, w) in &feats {
        per_class[*c] += w;
    }
    let total: f64 = per_class.iter().sum();
    let examples: Vec<Example> = feats
        .iter()
        .map(|(f, class, weight)| Example {
            features: f,
            class: *class,
            weight: weight * total / (3.0 * per_class[*class].max(1.0)),
        })
        .collect();
    let config = logistic::Config {
        outputs: LABELS.len(),
        l2: options.l2,
        min_count: options.min_count,
        iterations: 300,
    };
    // The features of groups that take no side say only whether a quote takes one.
    let mut tied: Vec<u32> = feats
        .iter()
        .flat_map(|(f, _, _)| f.items.iter())
        .filter(|i| Group::of(i.group).is_some_and(|g| !g.takes_sides()))
        .map(|i| i.hash)
        .collect();
    tied.sort_unstable();
    tied.dedup();
    // Coarse weights: fewer bytes for every reader, and better labels held out.
    let recurring = recurring(data, options.min_articles);
    logistic::fit_against_last(&examples, &config, &|b| tied.binary_search(&b).is_ok())
        .coarsened()
        .retain(|b| recurring.binary_search(&b).is_ok())
}

/// The buckets of the features that labelled quotes of at least `min` articles have,
/// ascending.
fn recurring(data: &[&Labelled], min: usize) -> Vec<u32> {
    let mut each: Vec<u32> = Vec::new();
    for l in data {
        let mut mine: Vec<u32> = l
            .draft
            .features
            .iter()
            .zip(&l.labels)
            .filter(|(_, label)| label.is_some())
            .flat_map(|(f, _)| f.items.iter().map(|i| i.hash))
            .collect();
        mine.sort_unstable();
        mine.dedup();
        each.extend(mine);
    }
    each.sort_unstable();
    each.chunk_by(|a, b| a == b)
        .filter(|run| run.len() >= min)
        .map(|run| run[0])
        .collect()
}

/// Inner folds for choosing the consensus parameters inside the training set.
const INNER_FOLDS: u32 = 4;

/// How many ways the training articles are dealt into inner folds. The temperature and the
/// consensus parameters are chosen on the held-out probabilities of every draw together:
/// chosen on one draw, they moved with which articles happened to fall together, and the
/// labels (flips above all) moved with them.
const INNER_DRAWS: u32 = 3;

/// Fits a stance model to labelled drafts: the per-quote model on all of them, and the
/// consensus parameters by cross-validation inside them (so nothing is tuned on the
/// articles the model will be scored on).
pub fn train(data: &[&Labelled], options: &Options) -> StanceModel {
    let draws: Vec<HeldOut> = (0..INNER_DRAWS)
        .map(|draw| held_out(data, options, draw))
        .collect();
    let speakers = speakers_of(data);
    let (alpha, beta) = choose_consensus(data, &speakers, &draws, options);
    let temperature = choose_temperature(data, &speakers, &draws, alpha);
    StanceModel {
        quote: fit_quotes(data, options),
        alpha,
        beta,
        temperature,
    }
}

/// Per training article, the held-out probabilities of its quotes.
type HeldOut = Vec<Vec<[f64; 3]>>;

/// The held-out probabilities of every training quote, its article's inner fold left out of
/// the fit, with the articles dealt into folds the `draw`th way.
fn held_out(data: &[&Labelled], options: &Options, draw: u32) -> HeldOut {
    let draw = draw.to_string();
    let inner = |l: &Labelled| hash(&["inner-fold", &draw, &l.id]) % INNER_FOLDS;
    let mut held_out: HeldOut = vec![Vec::new(); data.len()];
    for k in 0..INNER_FOLDS {
        let train: Vec<&Labelled> = data.iter().copied().filter(|l| inner(l) != k).collect();
        if train.is_empty() || train.len() == data.len() {
            continue;
        }
        let model = StanceModel {
            quote: fit_quotes(&train, options),
            alpha: 0,
            beta: 0,
            temperature: 1000,
        };
        for (i, l) in data.iter().enumerate() {
            if inner(l) == k {
                let features: Vec<Features> =
                    l.draft.features.iter().map(|f| view(f, options)).collect();
                held_out[i] = model.quote_probabilities(&features);
            }
        }
    }
    held_out
}

/// Probabilities `p` as the model shows them cooled by `temperature` (per mille; see
/// [`cooled`]).
fn cool(p: &[f64; 3], temperature: i32) -> [f64; 3] {
    let t = f64::from(temperature) / 1000.0;
    cooled(log_odds(p[0], p[2]), log_odds(p[1], p[2]), t)
}

/// Temperature scaling: the divisor of the logits that makes the probabilities a reader is
/// shown most likely (weighted negative log-likelihood of the gold labels, over every
/// draw). Those are the consensus's, weighed with the speaker's other quotes (`alpha`), so
/// the temperature is fitted on them and not on each quote's own: the consensus is right
/// more often than a quote alone, and scaled for a quote alone its probabilities said less
/// than they knew. They are shown in hundredths, so none counts as below half of one.
fn choose_temperature(
    data: &[&Labelled],
    speakers: &[Vec<Option<usize>>],
    draws: &[HeldOut],
    alpha: i32,
) -> i32 {
    let mut best = (f64::INFINITY, 1000);
    for temperature in (750..=3000).step_by(125) {
        let mut loss = 0.0;
        for held_out in draws {
            for ((l, probs), speakers) in data.iter().zip(held_out).zip(speakers) {
                if probs.len() != l.labels.len() {
                    continue;
                }
                let cooled: Vec<[f64; 3]> = probs.iter().map(|p| cool(p, temperature)).collect();
                let shown = consensus_weighed(&cooled, probs, speakers, alpha, 0);
                for (d, lab) in shown.iter().zip(&l.labels) {
                    if let Some((c, w)) = lab {
                        let p = d.probabilities.of(LABELS[*c]);
                        loss -= w * f64::from(p).max(0.005).ln();
                    }
                }
            }
        }
        if loss < best.0 - 1e-9 {
            best = (loss, temperature);
        }
    }
    best.1
}

/// Per training article, its draft quotes' speakers (read once for every draw and every
/// choice of parameters).
fn speakers_of(data: &[&Labelled]) -> Vec<Vec<Option<usize>>> {
    data.iter()
        .map(|l| {
            l.draft
                .analysis
                .quotes
                .iter()
                .map(|q| q.speaker_id)
                .collect()
        })
        .collect()
}

/// The consensus parameters that score best on held-out probabilities: stance macro-F1
/// minus `flip_cost` times the flip rate, over the labelled quotes, summed over the draws.
fn choose_consensus(
    data: &[&Labelled],
    speakers: &[Vec<Option<usize>>],
    draws: &[HeldOut],
    options: &Options,
) -> (i32, i32) {
    let mut best = (f64::NEG_INFINITY, 0, 0);
    for alpha in [0, 250, 500, 750, 1000, 1500] {
        for beta in (0..=400).step_by(50) {
            let value: f64 = draws
                .iter()
                .map(|held_out| consensus_value(data, speakers, held_out, options, (alpha, beta)))
                .sum();
            if value > best.0 + 1e-12 {
                best = (value, alpha, beta);
            }
        }
    }
    (best.1, best.2)
}

/// Stance macro-F1 minus `flip_cost` times the flip rate of the consensus decisions with
/// `(alpha, beta)` on one draw's held-out probabilities; `speakers[i]` are article `i`'s
/// quotes' speakers.
fn consensus_value(
    data: &[&Labelled],
    speakers: &[Vec<Option<usize>>],
    held_out: &HeldOut,
    options: &Options,
    (alpha, beta): (i32, i32),
) -> f64 {
    let mut pairs = Vec::new();
    for ((l, probs), speakers) in data.iter().zip(held_out).zip(speakers) {
        if probs.len() != l.labels.len() {
            continue;
        }
        let decisions = consensus(probs, speakers, alpha, beta);
        for (d, lab) in decisions.iter().zip(&l.labels) {
            if let Some((c, _)) = lab {
                pairs.push((
                    LABELS[*c].as_str().to_string(),
                    d.label.as_str().to_string(),
                ));
            }
        }
    }
    let sided = pairs.iter().filter(|(g, _)| g != "neutral").count().max(1);
    let flips = pairs
        .iter()
        .filter(|(g, p)| g != "neutral" && p != "neutral" && g != p)
        .count();
    macro_f1(&pairs) - options.flip_cost * flips as f64 / sided as f64
}

/// Decides a labelled draft with `model`, honouring `options` (the same groups left out).
pub fn decide(l: &Labelled, model: &StanceModel, options: &Options) -> crate::Analysis {
    let mut draft = l.draft.clone();
    if options.without.is_some() {
        draft.features = draft.features.iter().map(|f| view(f, options)).collect();
    }
    draft.decide(Some(model))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Analyzer, Topic};

    /// An article of `text`, its quotes labelled `labels` (indices in [`LABELS`]).
    fn labelled(text: &str, labels: &[usize]) -> Labelled {
        let draft = Analyzer::new(Topic::builtin()).draft(None, text, false);
        assert_eq!(draft.analysis.quotes.len(), labels.len());
        Labelled {
            id: "a".into(),
            draft,
            labels: labels.iter().map(|&c| Some((c, 1.0))).collect(),
            scored: vec![true; labels.len()],
        }
    }

    fn one_quote(label: usize) -> Labelled {
        labelled("“It works,” said Jo Doe.", &[label])
    }

    #[test]
    fn a_feature_of_one_article_is_fitted_but_not_shipped() {
        let it = |id: &str, text: &str| Labelled {
            id: id.into(),
            ..labelled(text, &[0])
        };
        let data = [
            it("a", "“It works,” said Jo Doe."),
            it("b", "“It works,” said Jo Doe."),
            it("c", "“It works wonders,” said Jo Doe."),
        ];
        let refs: Vec<&Labelled> = data.iter().collect();
        let shared = hash(&["w", "work"]);
        let own = hash(&["w", "wonder"]);
        let seen = |min: usize| {
            let r = recurring(&refs, min);
            (
                r.binary_search(&shared).is_ok(),
                r.binary_search(&own).is_ok(),
            )
        };
        assert_eq!(seen(1), (true, true));
        assert_eq!(seen(2), (true, false));
        assert_eq!(seen(4), (false, false));
        let fitted = |min_articles: usize| {
            let options = Options {
                min_count: 1,
                min_articles,
                ..Options::default()
            };
            let model = fit_quotes(&refs, &options);
            (
                model.weights_of(shared).is_some(),
                model.weights_of(own).is_some(),
            )
        };
        assert_eq!(fitted(1), (true, true));
        assert_eq!(fitted(2), (true, false));
    }

    #[test]
    fn the_temperature_sharpens_what_is_right_and_flattens_what_is_wrong() {
        // (gold label, the quote's held-out probabilities, the temperature chosen)
        let cases = [
            (0, [0.6, 0.2, 0.2], 750),
            (1, [0.97, 0.015, 0.015], 3000),
            (2, [0.2, 0.1, 0.7], 750),
        ];
        for (label, p, want) in cases {
            let l = one_quote(label);
            let data = [&l];
            let speakers = speakers_of(&data);
            for alpha in [0, 1000] {
                let got = choose_temperature(&data, &speakers, &[vec![vec![p]]], alpha);
                assert_eq!(got, want, "label {label}, {p:?}, others {alpha}");
            }
        }
    }

    #[test]
    fn the_temperature_is_fitted_to_what_the_consensus_shows() {
        // Both quotes are for; the second leans against alone, and for once its speaker's
        // first quote is weighed in: fitted to the quotes alone, the temperature flattens
        // the second's wrong lean; fitted to what a reader is shown, it sharpens.
        let l = labelled("“It works,” said Jo Doe. “It is fine,” she added.", &[0, 0]);
        let data = [&l];
        let speakers = speakers_of(&data);
        assert_eq!(speakers[0][0], speakers[0][1]);
        let held_out = [vec![vec![[0.7, 0.15, 0.15], [0.2, 0.6, 0.2]]]];
        let alone = choose_temperature(&data, &speakers, &held_out, 0);
        let shown = choose_temperature(&data, &speakers, &held_out, 1000);
        assert!(shown < alone, "{shown} < {alone}");
    }
}
