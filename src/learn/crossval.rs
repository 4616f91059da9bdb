//! The evaluation harness: k-fold cross-validation by article over the corpus's folds.
//!
//! Everything learned is fit on the other folds and predicts the held-out one; the pooled
//! held-out predictions are scored (and can be written out for `shared/eval/score.py`). The
//! same runs give the ablation (each feature group left out) and the learning curve (a
//! quarter, half, three quarters and all of the training folds). A fixed test set is scored
//! with models trained on the whole corpus.

use std::fmt::Write as _;
use std::path::Path;

use std::sync::Arc;

use serde::Serialize;

use crate::analysis::{Analysis, Certainty};
use crate::analyzer::Analyzer;
use crate::attribution::candidates::Group as AttributionGroup;
use crate::attribution::model::AttributionModel;
use crate::attribution::passages::QuoteModel;
use crate::features::{hash, Features};
use crate::stance::features::Group;
use crate::stance::model::StanceModel;
use crate::topic::Topic;

use super::attribution::{self as attribution_training, LabelledCandidates};
use super::corpus::{Corpus, GoldArticle};
use super::errors::{speaker_errors, ErrorCounts};
use super::passages as passages_training;
use super::score::{flips_by_certainty, score, Calibration, Metrics, Prediction, Tally, STANCES};
use super::stance::{self as stance_training, Labelled, Options};

/// One line of [`dump_features`]: a struct, so the keys keep the code's order.
#[derive(Serialize)]
struct FeatureRecord<'a> {
    id: &'a str,
    fold: usize,
    quote: usize,
    speaker: Option<usize>,
    kind: &'static str,
    text: &'a str,
    label: Option<usize>,
    weight: Option<f64>,
    scored: bool,
    features: Vec<&'a str>,
    values: Vec<i16>,
}

/// Writes every quote's features, gold label, fold and speaker as JSON lines, for analysis
/// outside the harness.
pub fn dump_features(path: &Path, corpus: &Corpus, analyzer: &Analyzer) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    for (a, fold) in corpus.articles.iter().zip(&corpus.folds) {
        let l = stance_training::label(a, analyzer.draft(a.title.as_deref(), &a.text, true));
        for (i, ((f, lab), scored)) in l
            .draft
            .features
            .iter()
            .zip(&l.labels)
            .zip(&l.scored)
            .enumerate()
        {
            let q = &l.draft.analysis.quotes[i];
            let names: Vec<&str> = (0..f.items.len()).filter_map(|k| f.name(k)).collect();
            let values: Vec<i16> = f.items.iter().map(|x| x.value).collect();
            let record = FeatureRecord {
                id: &a.id,
                fold: *fold,
                quote: i,
                speaker: q.speaker_id,
                kind: q.kind.as_str(),
                text: &q.text,
                label: lab.map(|(c, _)| c),
                weight: lab.map(|(_, w)| w),
                scored: *scored,
                features: names,
                values,
            };
            let json = serde_json::to_string(&record).map_err(std::io::Error::other)?;
            writeln!(out, "{json}")?;
        }
    }
    out.flush()
}

/// Which of a fold's training articles a run is fit on.
#[derive(Clone, Copy, Debug)]
pub enum Training {
    /// This share of them, by a seeded order (the same articles for the same corpus,
    /// whatever the machine): the learning curve.
    Share(f64),
    /// All but about one in [`SPREAD_LEFT_OUT`], chosen by this seed: the same model refit
    /// on a slightly different sample, to see how far a retraining alone moves the figures.
    AllBut(u32),
}

/// A spread run leaves out one training article in this many (about 7 of a fold's 240).
const SPREAD_LEFT_OUT: u32 = 32;

/// The articles of `fold`'s training set (all folds but `fold`), as `training` thins them.
fn training_ids(corpus: &Corpus, fold: usize, training: Training) -> Vec<usize> {
    let mut train: Vec<usize> = (0..corpus.articles.len())
        .filter(|&i| corpus.folds[i] != fold)
        .collect();
    match training {
        Training::Share(fraction) if fraction < 1.0 => {
            train.sort_by_key(|&i| (hash(&["curve-seed-1", &corpus.articles[i].id]), i));
            let keep = ((train.len() as f64) * fraction).ceil() as usize;
            train.truncate(keep.max(1));
            train.sort_unstable();
        }
        Training::Share(_) => {}
        Training::AllBut(seed) => {
            let seed = seed.to_string();
            let kept = |i: &usize| {
                hash(&["spread", &seed, &corpus.articles[*i].id]) % SPREAD_LEFT_OUT != 0
            };
            if train.iter().any(kept) {
                train.retain(kept);
            }
        }
    }
    train
}

/// What one cross-validation run learns.
#[derive(Clone, Copy, Debug, Default)]
pub struct Experiment {
    /// The attribution model's options (`None`: the cue rules choose speakers).
    pub attribution: Option<attribution_training::Options>,
    /// The stance model's options (`None`: the lexicon rules label stance).
    pub stance: Option<Options>,
    /// Quotes told from terms by the learned model (else by the rules).
    pub quotes: bool,
}

impl Experiment {
    /// Both models with their default options.
    pub fn full() -> Experiment {
        Experiment {
            attribution: Some(Default::default()),
            stance: Some(Default::default()),
            quotes: true,
        }
    }
}

/// Each article's candidate speakers, labelled (they depend on the rules only, so they are
/// computed once).
pub fn candidate_sets(corpus: &Corpus, analyzer: &Analyzer) -> Vec<LabelledCandidates> {
    corpus
        .articles
        .iter()
        .map(|a| attribution_training::label(a, analyzer.speaker_candidates(&a.text, false)))
        .collect()
}

/// Each article's quoted passages, labelled quote or term.
pub fn passage_sets(corpus: &Corpus, analyzer: &Analyzer) -> Vec<Vec<(Features, bool)>> {
    corpus
        .articles
        .iter()
        .map(|a| passages_training::label(a, analyzer.passages(&a.text)))
        .collect()
}

/// What the learned steps are fit on, computed once from the rules.
pub struct TrainingSets {
    /// Candidate speakers per article.
    pub candidates: Vec<LabelledCandidates>,
    /// Quoted passages per article.
    pub passages: Vec<Vec<(Features, bool)>>,
}

impl TrainingSets {
    /// Both sets for a corpus.
    pub fn new(corpus: &Corpus, analyzer: &Analyzer) -> TrainingSets {
        TrainingSets {
            candidates: candidate_sets(corpus, analyzer),
            passages: passage_sets(corpus, analyzer),
        }
    }
}

/// Pooled held-out predictions of one cross-validation run.
pub struct Run {
    /// The scores, summed over the folds.
    pub tally: Tally,
    /// Each article's held-out analysis, in corpus order.
    pub predictions: Vec<Analysis>,
    /// Each fold's stance consensus as its inner folds chose it (none without a stance
    /// model): see [`Consensus`].
    pub consensus: Vec<Consensus>,
}

/// What a stance model's inner folds chose, per mille: the weight of a speaker's other
/// quotes beside a quote's own, the bias toward neutral, the temperature of the shown
/// probabilities. Printed because a retraining can move them a grid step, and with them
/// how often quotes take a side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Consensus {
    /// [`StanceModel::alpha`].
    pub others: i32,
    /// [`StanceModel::beta`].
    pub neutral_bias: i32,
    /// [`StanceModel::temperature`].
    pub temperature: i32,
}

impl Consensus {
    /// The choices of `model`.
    pub fn of(model: &StanceModel) -> Consensus {
        Consensus {
            others: model.alpha,
            neutral_bias: model.beta,
            temperature: model.temperature,
        }
    }
}

/// "others 500, neutral bias 400, temperature 1875; …": one entry per model.
pub fn consensus_list(choices: &[Consensus]) -> String {
    let each: Vec<String> = choices
        .iter()
        .map(|c| {
            format!(
                "others {}, neutral bias {}, temperature {}",
                c.others, c.neutral_bias, c.temperature
            )
        })
        .collect();
    each.join("; ")
}

/// Cross-validates an experiment: per fold, the attribution model is fit on the training
/// articles, every article is drafted with it, the stance model is fit on the training
/// drafts, and the held-out drafts are decided.
pub fn cross_validate(
    corpus: &Corpus,
    analyzer: &Analyzer,
    sets: &TrainingSets,
    experiment: &Experiment,
    training: Training,
) -> Run {
    let candidates = &sets.candidates;
    let mut predictions: Vec<Option<Analysis>> = vec![None; corpus.articles.len()];
    let mut consensus = Vec::new();
    for fold in 0..corpus.fold_count().max(1) {
        let train = training_ids(corpus, fold, training);
        let attribution = experiment.attribution.map(|o| {
            let data: Vec<&LabelledCandidates> = train.iter().map(|&i| &candidates[i]).collect();
            Arc::new(attribution_training::train(&data, &o))
        });
        let quotes = experiment.quotes.then(|| {
            let data: Vec<&Vec<(Features, bool)>> =
                train.iter().map(|&i| &sets.passages[i]).collect();
            Arc::new(passages_training::train(&data))
        });
        let fold_analyzer = analyzer
            .clone()
            .with_attribution(attribution)
            .with_quotes(quotes);
        let draft = |i: usize| {
            let a = &corpus.articles[i];
            stance_training::label(a, fold_analyzer.draft(a.title.as_deref(), &a.text, false))
        };
        let stance = experiment.stance.map(|o| {
            let data: Vec<Labelled> = train.iter().map(|&i| draft(i)).collect();
            let refs: Vec<&Labelled> = data.iter().collect();
            (stance_training::train(&refs, &o), o)
        });
        consensus.extend(stance.as_ref().map(|(m, _)| Consensus::of(m)));
        for i in (0..corpus.articles.len()).filter(|&i| corpus.folds[i] == fold) {
            let l = draft(i);
            predictions[i] = Some(match &stance {
                Some((m, o)) => stance_training::decide(&l, m, o),
                None => l.draft.decide(None),
            });
        }
    }
    let predictions: Vec<Analysis> = predictions.into_iter().flatten().collect();
    Run {
        tally: score_all(&corpus.articles, &predictions),
        predictions,
        consensus,
    }
}

/// Scores analyses against their gold articles (same order).
pub fn score_all(gold: &[GoldArticle], predictions: &[Analysis]) -> Tally {
    let mut tally = Tally::default();
    for (g, a) in gold.iter().zip(predictions) {
        tally.add(score(g, &Prediction::from(a)));
    }
    tally
}

/// One prediction file: the article's id, then its analysis. A struct, not a JSON map, so
/// that the keys' order is the code's whatever features serde_json is built with.
#[derive(Serialize)]
struct PredictionFile<'a> {
    id: &'a str,
    #[serde(flatten)]
    analysis: &'a Analysis,
}

/// Writes analyses as `DIR/<id>.json`, the files `score.py --pred DIR` reads.
pub fn write_predictions(
    dir: &Path,
    gold: &[GoldArticle],
    predictions: &[Analysis],
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (g, a) in gold.iter().zip(predictions) {
        let record = PredictionFile {
            id: &g.id,
            analysis: a,
        };
        let json = serde_json::to_string(&record).map_err(std::io::Error::other)?;
        std::fs::write(dir.join(format!("{}.json", g.id)), json)?;
    }
    Ok(())
}

/// What to run besides the main cross-validation.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    /// Leave out each feature group in turn.
    pub ablation: bool,
    /// Train on 25/50/75/100 % of the training folds.
    pub curve: bool,
    /// Refit the full model this many times on slightly thinned training sets.
    pub spread: usize,
    /// A fixed test set to score with models trained on the whole corpus.
    pub dev: Option<Corpus>,
}

/// Runs the plan and reports it as Markdown.
pub fn evaluate(
    corpus: &Corpus,
    analyzer: &Analyzer,
    plan: &Plan,
    out: Option<&Path>,
) -> std::io::Result<String> {
    let sets = TrainingSets::new(corpus, analyzer);
    let mut r = String::new();
    let n_quotes: usize = corpus
        .articles
        .iter()
        .map(|a| a.quotes.iter().filter(|q| !q.is_optional()).count())
        .sum();
    let _ = writeln!(
        r,
        "# Cross-validation: {} articles, {} folds, {} scored quotes\n",
        corpus.articles.len(),
        corpus.fold_count(),
        n_quotes
    );
    let cv =
        |e: &Experiment, training: Training| cross_validate(corpus, analyzer, &sets, e, training);
    let full = Experiment::full();
    let rules = cv(&Experiment::default(), Training::Share(1.0));
    let attribution_only = cv(
        &Experiment {
            stance: None,
            ..full
        },
        Training::Share(1.0),
    );
    let main = cv(&full, Training::Share(1.0));
    if let Some(dir) = out {
        write_predictions(dir, &corpus.articles, &main.predictions)?;
    }
    r.push_str(&header());
    r.push_str(&row(
        "rules alone (v1: cue rules, lexicon rules)",
        &rules.tally.metrics(),
    ));
    r.push_str(&row(
        "attribution model, lexicon rules",
        &attribution_only.tally.metrics(),
    ));
    r.push_str(&row(
        "attribution model, stance model",
        &main.tally.metrics(),
    ));
    let _ = writeln!(
        r,
        "\nThe stance consensus each fold's inner folds chose (per mille): {}.",
        consensus_list(&main.consensus)
    );
    let _ = writeln!(
        r,
        "\nStance confusion (rows gold, columns predicted; matched scored quotes):\n\n{}",
        confusion(&main.tally)
    );
    let _ = writeln!(
        r,
        "Calibration of the stance labels (matched scored quotes):\n\n{}",
        calibration(&main.tally)
    );
    let _ = writeln!(
        r,
        "Speakers' sides by certainty (gold speakers found and given a side):\n\n{}",
        speaker_sides(&main.tally)
    );
    let _ = writeln!(
        r,
        "Speaker errors by cause (matched scored quotes):\n\n{}",
        speaker_error_table(
            &[
                ("rules alone", &rules.predictions),
                ("attribution model", &main.predictions)
            ],
            corpus
        )
    );
    if plan.ablation {
        let _ = writeln!(r, "## Ablation: each feature group left out\n");
        r.push_str(&header());
        r.push_str(&row("all groups", &main.tally.metrics()));
        for g in AttributionGroup::ALL {
            let e = Experiment {
                attribution: Some(attribution_training::Options {
                    without: Some(g),
                    ..Default::default()
                }),
                ..full
            };
            r.push_str(&row(
                &format!("attribution without {}", g.name()),
                &cv(&e, Training::Share(1.0)).tally.metrics(),
            ));
        }
        for g in Group::ALL {
            let e = Experiment {
                stance: Some(Options {
                    without: Some(g),
                    ..Default::default()
                }),
                ..full
            };
            r.push_str(&row(
                &format!("stance without {}", g.name()),
                &cv(&e, Training::Share(1.0)).tally.metrics(),
            ));
        }
        r.push('\n');
    }
    if plan.curve {
        let _ = writeln!(r, "## Learning curve: share of the training folds used\n");
        r.push_str(&header());
        for fraction in [0.25, 0.5, 0.75, 1.0] {
            let run = cv(&full, Training::Share(fraction));
            r.push_str(&row(
                &format!("{:.0} %", fraction * 100.0),
                &run.tally.metrics(),
            ));
        }
        r.push('\n');
    }
    if plan.spread > 0 {
        let _ = writeln!(
            r,
            "## Spread: the full model refit {} times, each without a seeded one in {} of its \
             training articles\n",
            plan.spread, SPREAD_LEFT_OUT
        );
        r.push_str(&header());
        let mut choices = String::new();
        let mut eces = Vec::new();
        let runs: Vec<Metrics> = (1..=plan.spread)
            .map(|seed| {
                let run = cv(&full, Training::AllBut(seed as u32));
                let m = run.tally.metrics();
                r.push_str(&row(&format!("seed {seed}"), &m));
                let _ = writeln!(choices, "- seed {seed}: {}", consensus_list(&run.consensus));
                eces.push(Calibration::of(&run.tally.calibration).ece);
                m
            })
            .collect();
        r.push_str(&spread_row(&runs));
        let _ = writeln!(
            r,
            "\nExpected calibration error (10 bins) of each run: {}.",
            eces.iter()
                .map(|e| format!("{e:.3}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let _ = writeln!(
            r,
            "\nThe stance consensus each fold's inner folds chose (per mille):\n\n{choices}"
        );
    }
    if let Some(dev) = &plan.dev {
        let models = train_all(corpus, analyzer);
        let rules_analyzer = analyzer.clone().with_attribution(None);
        let preds = decide_with(analyzer, &models, dev);
        let rules_preds: Vec<Analysis> = dev
            .articles
            .iter()
            .map(|a| {
                rules_analyzer
                    .draft(a.title.as_deref(), &a.text, false)
                    .decide(None)
            })
            .collect();
        let _ = writeln!(
            r,
            "## Fixed test set ({} articles; models trained on the whole corpus)\n",
            dev.articles.len()
        );
        r.push_str(&header());
        r.push_str(&row(
            "rules alone",
            &score_all(&dev.articles, &rules_preds).metrics(),
        ));
        r.push_str(&row("models", &score_all(&dev.articles, &preds).metrics()));
        let mut choices = vec![Consensus::of(&models.stance)];
        if plan.spread > 0 {
            // The fixed set's figures move with a retraining as the folds' do.
            let runs: Vec<Metrics> = (1..=plan.spread)
                .map(|seed| {
                    let models = train_on(corpus, analyzer, &sets, Training::AllBut(seed as u32));
                    choices.push(Consensus::of(&models.stance));
                    let m =
                        score_all(&dev.articles, &decide_with(analyzer, &models, dev)).metrics();
                    r.push_str(&row(&format!("models, spread seed {seed}"), &m));
                    m
                })
                .collect();
            r.push_str(&spread_row(&runs));
        }
        let _ = writeln!(
            r,
            "\nThe stance consensus the whole corpus's inner folds chose (per mille; then each \
             spread seed's): {}.\n",
            consensus_list(&choices)
        );
    }
    Ok(r)
}

/// The analyses of a fixed set's articles with `models`.
fn decide_with(analyzer: &Analyzer, models: &Models, set: &Corpus) -> Vec<Analysis> {
    let trained = analyzer
        .clone()
        .with_attribution(Some(Arc::new(models.attribution.clone())))
        .with_quotes(Some(Arc::new(models.quotes.clone())));
    set.articles
        .iter()
        .map(|a| {
            trained
                .draft(a.title.as_deref(), &a.text, false)
                .decide(Some(&models.stance))
        })
        .collect()
}

/// The models trained on a whole corpus.
pub struct Models {
    /// Who said it.
    pub attribution: AttributionModel,
    /// Where they stand.
    pub stance: StanceModel,
    /// Quote or term.
    pub quotes: QuoteModel,
}

/// Trains both models on the whole corpus: the models that ship.
pub fn train_all(corpus: &Corpus, analyzer: &Analyzer) -> Models {
    let sets = TrainingSets::new(corpus, analyzer);
    train_on(corpus, analyzer, &sets, Training::Share(1.0))
}

/// Trains the models on the corpus's articles as `training` thins them (every fold is a
/// training fold here).
fn train_on(
    corpus: &Corpus,
    analyzer: &Analyzer,
    sets: &TrainingSets,
    training: Training,
) -> Models {
    let ids = training_ids(corpus, usize::MAX, training);
    let refs: Vec<&LabelledCandidates> = ids.iter().map(|&i| &sets.candidates[i]).collect();
    let attribution = attribution_training::train(&refs, &Default::default());
    let quotes =
        passages_training::train(&ids.iter().map(|&i| &sets.passages[i]).collect::<Vec<_>>());
    let trained = analyzer
        .clone()
        .with_attribution(Some(Arc::new(attribution.clone())))
        .with_quotes(Some(Arc::new(quotes.clone())));
    let data: Vec<Labelled> = ids
        .iter()
        .map(|&i| {
            let a = &corpus.articles[i];
            stance_training::label(a, trained.draft(a.title.as_deref(), &a.text, false))
        })
        .collect();
    let refs: Vec<&Labelled> = data.iter().collect();
    Models {
        attribution,
        stance: stance_training::train(&refs, &Default::default()),
        quotes,
    }
}

/// Trains a stance model for `topic` on every article of a folder annotated toward it
/// (`stancelens train --topic`). Who is quoted, and whether a passage is a quote, know no
/// topic: the shipped models find them, and only where each speaker stands is learned, with
/// the topic's lexicon as one of its inputs (a model the profile already has is not used:
/// drafts stop before the stance is decided). `None` when no quote the analysis finds
/// matches an annotated one: nothing to learn from.
pub fn train_stance(corpus: &Corpus, topic: &Topic) -> Option<StanceModel> {
    let data = drafts_labelled(corpus, topic);
    let refs: Vec<&Labelled> = data.iter().collect();
    stance_from(&refs)
}

/// Every article's draft toward `topic`, its quotes labelled with the gold stances.
fn drafts_labelled(corpus: &Corpus, topic: &Topic) -> Vec<Labelled> {
    let analyzer = Analyzer::new(topic);
    corpus
        .articles
        .iter()
        .map(|a| stance_training::label(a, analyzer.draft(a.title.as_deref(), &a.text, false)))
        .collect()
}

/// A stance model fit on `data`, or `None` when none of its quotes is labelled.
fn stance_from(data: &[&Labelled]) -> Option<StanceModel> {
    data.iter()
        .any(|l| l.labels.iter().any(Option::is_some))
        .then(|| stance_training::train(data, &Default::default()))
}

/// How many folds a folder without `folds.tsv` is dealt into for [`evaluate_topic`].
const TOPIC_FOLDS: u32 = 5;

/// Cross-validates [`train_stance`] on a folder of articles annotated toward `topic`
/// (`stancelens eval --topic`): each fold's articles are labelled by a model fit on the
/// other folds, pooled and scored, beside the topic's lexicon rules alone. The quotes and
/// speakers are the shipped models' in both, so only the stance differs. A folder without
/// `folds.tsv` is dealt into five folds by its articles' ids.
pub fn evaluate_topic(
    corpus: &Corpus,
    topic: &Topic,
    out: Option<&Path>,
) -> std::io::Result<String> {
    let folds: Vec<u32> = if corpus.fold_count() > 1 {
        corpus.folds.iter().map(|&f| f as u32).collect()
    } else {
        let fold = |id: &str| hash(&["topic-fold", id]) % TOPIC_FOLDS;
        corpus.articles.iter().map(|a| fold(&a.id)).collect()
    };
    let data = drafts_labelled(corpus, topic);
    let mut fold_ids = folds.clone();
    fold_ids.sort_unstable();
    fold_ids.dedup();
    let models: Vec<Option<StanceModel>> = fold_ids
        .iter()
        .map(|&k| {
            let train: Vec<&Labelled> = data
                .iter()
                .zip(&folds)
                .filter(|&(_, &f)| f != k)
                .map(|(l, _)| l)
                .collect();
            stance_from(&train)
        })
        .collect();
    let predictions: Vec<Analysis> = data
        .iter()
        .zip(&folds)
        .map(|(l, f)| {
            let model = fold_ids
                .binary_search(f)
                .ok()
                .and_then(|i| models[i].as_ref());
            l.draft.clone().decide(model)
        })
        .collect();
    let rules: Vec<Analysis> = data.iter().map(|l| l.draft.clone().decide(None)).collect();
    if let Some(dir) = out {
        write_predictions(dir, &corpus.articles, &predictions)?;
    }
    let model = score_all(&corpus.articles, &predictions);
    let mut r = String::new();
    let _ = writeln!(
        r,
        "# Cross-validation of the stance toward {}: {} articles, {} folds\n",
        topic.name,
        corpus.articles.len(),
        fold_ids.len()
    );
    r.push_str(&header());
    r.push_str(&row(
        "the topic's lexicon rules alone",
        &score_all(&corpus.articles, &rules).metrics(),
    ));
    r.push_str(&row("stance model (held out)", &model.metrics()));
    let _ = writeln!(r, "\nStance confusion (held out; rows gold):\n");
    r.push_str(&confusion(&model));
    Ok(r)
}

/// Speaker errors of runs, by cause.
fn speaker_error_table(runs: &[(&str, &[Analysis])], corpus: &Corpus) -> String {
    let mut s = String::from("| cause |");
    for (name, _) in runs {
        let _ = write!(s, " {name} |");
    }
    s.push_str("\n|---|");
    for _ in runs {
        s.push_str("---|");
    }
    s.push('\n');
    let counts: Vec<ErrorCounts> = runs
        .iter()
        .map(|(_, preds)| speaker_errors(&corpus.articles, preds))
        .collect();
    for (i, cause) in ErrorCounts::CAUSES.iter().enumerate() {
        let _ = write!(s, "| {cause} |");
        for c in &counts {
            let _ = write!(s, " {} |", c.0[i]);
        }
        s.push('\n');
    }
    s
}

fn header() -> String {
    "| | quoted F1 | speaker acc | stance macro-F1 | agreed macro-F1 | flips | speaker-level stance |\n\
     |---|---|---|---|---|---|---|\n"
        .to_string()
}

fn row(name: &str, m: &Metrics) -> String {
    let agreed = if m.agreed > 0 {
        format!("{:.3}", m.stance_macro_f1_agreed)
    } else {
        "–".to_string()
    };
    format!(
        "| {name} | {:.3} | {:.3} | {:.3} | {agreed} | {} ({:.1} %) | {:.3} |\n",
        m.quoted_f1,
        m.speaker_acc,
        m.stance_macro_f1,
        m.flips,
        m.flip_rate * 100.0,
        m.speaker_stance_acc
    )
}

/// The mean and standard deviation of the stance figures over spread runs: one run that
/// lands within about two deviations of the mean cannot be told from a retraining. (Two
/// spreads' means, each of N runs, differ by chance by about sd·√(2/N).)
fn spread_row(runs: &[Metrics]) -> String {
    let stats = |f: &dyn Fn(&Metrics) -> f64| {
        let n = runs.len().max(1) as f64;
        let mean = runs.iter().map(f).sum::<f64>() / n;
        let var = runs.iter().map(|m| (f(m) - mean).powi(2)).sum::<f64>() / (n - 1.0).max(1.0);
        (mean, var.sqrt())
    };
    let (f1, f1_sd) = stats(&|m| m.stance_macro_f1);
    // A set with no second annotator has no agreed quotes (as in [`row`]).
    let agreed = if runs.iter().any(|m| m.agreed > 0) {
        let (agreed, agreed_sd) = stats(&|m| m.stance_macro_f1_agreed);
        format!("{agreed:.3} ± {agreed_sd:.3}")
    } else {
        "–".to_string()
    };
    let (flips, flips_sd) = stats(&|m| m.flips as f64);
    let (spk, spk_sd) = stats(&|m| m.speaker_stance_acc);
    format!(
        "| mean ± sd | | | {f1:.3} ± {f1_sd:.3} | {agreed} | {flips:.1} ± {flips_sd:.1} | \
         {spk:.3} ± {spk_sd:.3} |\n"
    )
}

fn calibration(t: &Tally) -> String {
    let c = Calibration::of(&t.calibration);
    let flips = flips_by_certainty(&t.flip_confidences);
    let mut s = String::from(
        "| shown as | labels | mean confidence | right | flips |\n|---|---|---|---|---|\n",
    );
    for ((band, n, conf, acc), (_, f)) in c.bands.iter().zip(flips) {
        let _ = writeln!(
            s,
            "| {} | {n} | {conf:.3} | {acc:.3} | {f} |",
            band.as_str()
        );
    }
    let _ = writeln!(s, "\nExpected calibration error (10 bins): {:.3}", c.ece);
    s
}

/// How often a speaker's side is right, and the other side, at each certainty a reader is
/// shown it with.
fn speaker_sides(t: &Tally) -> String {
    let mut s = String::from("| shown as | speakers | right | flips |\n|---|---|---|---|\n");
    for band in [Certainty::Firm, Certainty::Leaning, Certainty::Unclear] {
        let of_band: Vec<_> = t.speaker_sides.iter().filter(|x| x.0 == band).collect();
        let right = of_band.iter().filter(|x| x.1).count();
        let flips = of_band.iter().filter(|x| x.2).count();
        let share = right as f64 / of_band.len().max(1) as f64;
        let _ = writeln!(
            s,
            "| {} | {} | {share:.3} | {flips} |",
            band.as_str(),
            of_band.len()
        );
    }
    s
}

fn confusion(t: &Tally) -> String {
    let m = t.confusion();
    let mut s =
        String::from("| gold \\ predicted | support | oppose | neutral |\n|---|---|---|---|\n");
    for (i, name) in STANCES.iter().enumerate() {
        let _ = writeln!(s, "| {name} | {} | {} | {} |", m[i][0], m[i][1], m[i][2]);
    }
    s
}

/// The quick loop of attribution work: the attribution model cross-validated alone (stance
/// by the lexicon rules, which attribution does not read), its figures and errors by cause,
/// and, with `errors`, every wrong speaker, missed and spurious quote listed by cause for
/// reading (a fraction of the time of [`evaluate`]); with `out`, the pooled held-out
/// predictions for `score.py`.
pub fn evaluate_attribution(
    corpus: &Corpus,
    analyzer: &Analyzer,
    errors: Option<&Path>,
    out: Option<&Path>,
) -> std::io::Result<String> {
    let sets = TrainingSets::new(corpus, analyzer);
    let candidates = &sets.candidates;
    let run = cross_validate(
        corpus,
        analyzer,
        &sets,
        &Experiment {
            attribution: Some(Default::default()),
            stance: None,
            quotes: true,
        },
        Training::Share(1.0),
    );
    let mut r = header();
    r.push_str(&row("attribution model", &run.tally.metrics()));
    let sets: Vec<&Vec<(crate::features::Features, bool)>> =
        candidates.iter().flat_map(|l| l.quotes.iter()).collect();
    let reachable = sets.iter().filter(|s| s.iter().any(|(_, r)| *r)).count();
    let _ = writeln!(
        r,
        "\nthe right speaker is among the candidates of {reachable} of {} matched quotes \
         (optional ones included)",
        sets.len()
    );
    let (tp, fp, fn_) = run.tally.quoted;
    let _ = writeln!(r, "\nquoted: {tp} matched, {fp} spurious, {fn_} missed\n");
    r.push_str(&speaker_error_table(
        &[("attribution model", &run.predictions)],
        corpus,
    ));
    if let Some(path) = errors {
        std::fs::write(path, error_listing(corpus, analyzer, &run.predictions))?;
    }
    if let Some(dir) = out {
        write_predictions(dir, &corpus.articles, &run.predictions)?;
    }
    Ok(r)
}

/// Every wrong speaker (with its cause), missed and spurious quote of held-out predictions,
/// one per line: `article<TAB>what<TAB>detail`. Among a wrong speaker's candidates, `*` marks
/// the right one and `^` the rules' choice.
fn error_listing(corpus: &Corpus, analyzer: &Analyzer, predictions: &[Analysis]) -> String {
    let mut s = String::new();
    for (g, a) in corpus.articles.iter().zip(predictions) {
        let mut sets: Option<Vec<crate::analyzer::QuoteCandidates>> = None;
        let gt: Vec<&str> = g.quotes.iter().map(|q| q.text.as_str()).collect();
        let pt: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
        let matching = super::score::greedy_match(&gt, &pt);
        let mut pred_matched = vec![false; pt.len()];
        let mut gold_matched = vec![false; gt.len()];
        for &(gi, pi) in &matching {
            pred_matched[pi] = true;
            gold_matched[gi] = true;
            let gq = &g.quotes[gi];
            let pq = &a.quotes[pi];
            if gq.is_optional() {
                continue;
            }
            let pred = pq.speaker.as_deref();
            if super::score::speaker_match(pred, &gq.speaker, g.speaker(&gq.speaker)) == 0 {
                let cause = super::errors::cause(g, &gq.speaker, pred);
                let sets = sets.get_or_insert_with(|| analyzer.speaker_candidates(&g.text, true));
                let names: Vec<String> = sets
                    .iter()
                    .find(|q| q.text == pq.text)
                    .map(|q| {
                        q.candidates
                            .iter()
                            .map(|(n, f)| {
                                let n = n.as_deref();
                                // `^`: the rules' choice.
                                let rule = (0..f.items.len())
                                    .any(|i| f.name(i).is_some_and(|x| x.starts_with("rule:")));
                                let right = super::score::speaker_match(
                                    n,
                                    &gq.speaker,
                                    g.speaker(&gq.speaker),
                                ) > 0;
                                format!(
                                    "{}{}{}",
                                    if rule { "^" } else { "" },
                                    if right { "*" } else { "" },
                                    n.unwrap_or("-")
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                let _ = writeln!(
                    s,
                    "{}\tspeaker:{}\tgold={:?} pred={:?} how={:?} q={:?} candidates={}",
                    g.id,
                    ErrorCounts::CAUSES[cause]
                        .split_whitespace()
                        .next()
                        .unwrap_or(""),
                    gq.speaker,
                    pred,
                    pq.attribution,
                    gq.text.chars().take(80).collect::<String>(),
                    names.join("|")
                );
            }
        }
        for (gi, gq) in g.quotes.iter().enumerate() {
            if !gold_matched[gi] && !gq.is_optional() {
                let _ = writeln!(
                    s,
                    "{}\tmissed:{}\tq={:?}",
                    g.id,
                    gq.kind,
                    gq.text.chars().take(100).collect::<String>()
                );
            }
        }
        for (pi, pq) in a.quotes.iter().enumerate() {
            if !pred_matched[pi] && pq.kind != crate::QuoteKind::Indirect {
                let _ = writeln!(
                    s,
                    "{}\tspurious:{}\tspeaker={:?} q={:?}",
                    g.id,
                    pq.kind.as_str(),
                    pq.speaker,
                    pq.text.chars().take(100).collect::<String>()
                );
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A corpus of `n` empty articles dealt round five folds.
    fn corpus(n: usize) -> Corpus {
        Corpus {
            dir: Default::default(),
            articles: (0..n)
                .map(|i| GoldArticle {
                    id: format!("article-{i}"),
                    title: None,
                    text: String::new(),
                    quotes: Vec::new(),
                    speakers: Vec::new(),
                })
                .collect(),
            folds: (0..n).map(|i| i % 5).collect(),
        }
    }

    #[test]
    fn training_sets_leave_out_the_held_out_fold_and_thin_as_asked() {
        let c = corpus(1000);
        let all = training_ids(&c, 0, Training::Share(1.0));
        assert_eq!(all.len(), 800);
        assert!(all.iter().all(|&i| c.folds[i] != 0));
        assert_eq!(training_ids(&c, 0, Training::Share(0.25)).len(), 200);
        // A spread run leaves out about one in 32, the same ones every time, and other
        // ones for another seed.
        let one = training_ids(&c, 0, Training::AllBut(1));
        let left_out = all.len() - one.len();
        assert!((10..=40).contains(&left_out), "{left_out} left out");
        assert!(one.iter().all(|i| all.contains(i)));
        assert_eq!(one, training_ids(&c, 0, Training::AllBut(1)));
        assert_ne!(one, training_ids(&c, 0, Training::AllBut(2)));
    }

    #[test]
    fn the_spread_row_gives_mean_and_sample_deviation() {
        let run = |f1: f64, flips: usize, agreed: usize| Metrics {
            stance_macro_f1: f1,
            stance_macro_f1_agreed: f1 - 0.1,
            agreed,
            flips,
            speaker_stance_acc: 0.5,
            ..Default::default()
        };
        assert_eq!(
            spread_row(&[run(0.5, 10, 7), run(0.6, 14, 7)]),
            "| mean ± sd | | | 0.550 ± 0.071 | 0.450 ± 0.071 | 12.0 ± 2.8 | 0.500 ± 0.000 |\n"
        );
        // A fixed set without a second annotator has no agreed figure.
        assert!(spread_row(&[run(0.5, 10, 0)]).contains("| – |"));
    }

    #[test]
    fn the_consensus_list_names_each_models_choices() {
        let c = |others, neutral_bias| Consensus {
            others,
            neutral_bias,
            temperature: 1875,
        };
        assert_eq!(
            consensus_list(&[c(500, 400), c(1500, 350)]),
            "others 500, neutral bias 400, temperature 1875; \
             others 1500, neutral bias 350, temperature 1875"
        );
        assert_eq!(consensus_list(&[]), "");
    }

    #[test]
    fn a_spread_run_never_leaves_a_fold_without_training_articles() {
        // One training article, which about one seed in 32 would leave out.
        let c = corpus(2);
        for seed in 0..200 {
            assert!(!training_ids(&c, 0, Training::AllBut(seed)).is_empty());
        }
    }
}
