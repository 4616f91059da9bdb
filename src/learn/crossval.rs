//! The evaluation harness: k-fold cross-validation by article over the corpus's folds.
//!
//! Everything learned is fit on the other folds and predicts the held-out one; the pooled
//! held-out predictions are scored (and can be written out for `shared/eval/score.py`). The
//! same runs give the ablation (each feature group left out) and the learning curve (a
//! quarter, half, three quarters and all of the training folds). A fixed test set is scored
//! with a model trained on the whole corpus.

use std::fmt::Write as _;
use std::path::Path;

use crate::analysis::{Analysis, Analyzer};
use crate::features::hash;
use crate::stance::features::Group;
use crate::stance::model::StanceModel;

use super::corpus::{Corpus, GoldArticle};
use super::score::{score, Metrics, Prediction, Tally, STANCES};
use super::stance::{self as stance_training, Labelled, Options};

/// Drafts every article of a corpus and labels its quotes.
pub fn prepare(corpus: &Corpus, analyzer: &Analyzer) -> Vec<Labelled> {
    corpus
        .articles
        .iter()
        .map(|a| {
            let draft = analyzer.draft(a.title.as_deref(), &a.text, false);
            stance_training::label(a, draft)
        })
        .collect()
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
            let record = serde_json::json!({
                "id": a.id, "fold": fold, "quote": i, "speaker": q.speaker_id,
                "kind": q.kind.as_str(), "text": q.text,
                "label": lab.map(|(c, _)| c), "weight": lab.map(|(_, w)| w), "scored": scored,
                "features": names, "values": values,
            });
            writeln!(out, "{record}")?;
        }
    }
    out.flush()
}

/// The training articles of a fold, thinned to `fraction` by a seeded order (the same
/// articles for the same corpus, whatever the machine).
fn training_set<'a>(
    corpus: &Corpus,
    data: &'a [Labelled],
    fold: usize,
    fraction: f64,
) -> Vec<&'a Labelled> {
    let mut train: Vec<&Labelled> = data
        .iter()
        .zip(&corpus.folds)
        .filter(|(_, &f)| f != fold)
        .map(|(l, _)| l)
        .collect();
    if fraction < 1.0 {
        train.sort_by_key(|l| (hash(&["curve-seed-1", &l.id]), l.id.clone()));
        let keep = ((train.len() as f64) * fraction).ceil() as usize;
        train.truncate(keep.max(1));
        train.sort_by(|a, b| a.id.cmp(&b.id));
    }
    train
}

/// Pooled held-out predictions of one cross-validation run.
pub struct Run {
    /// The scores, summed over the folds.
    pub tally: Tally,
    /// Each article's held-out analysis, in corpus order.
    pub predictions: Vec<Analysis>,
}

/// Cross-validates the stance model (`None` for `model_free`: the lexicon rules alone).
pub fn cross_validate(
    corpus: &Corpus,
    data: &[Labelled],
    options: Option<&Options>,
    fraction: f64,
) -> Run {
    let mut predictions: Vec<Option<Analysis>> = vec![None; data.len()];
    for fold in 0..corpus.fold_count().max(1) {
        let model = options.map(|o| {
            let train = training_set(corpus, data, fold, fraction);
            (stance_training::train(&train, o), o)
        });
        for (i, l) in data.iter().enumerate() {
            if corpus.folds[i] != fold {
                continue;
            }
            predictions[i] = Some(match &model {
                Some((m, o)) => stance_training::decide(l, m, o),
                None => l.draft.clone().decide(None),
            });
        }
    }
    let predictions: Vec<Analysis> = predictions.into_iter().flatten().collect();
    Run {
        tally: score_all(&corpus.articles, &predictions),
        predictions,
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

/// Writes analyses as `DIR/<id>.json`, the files `score.py --pred DIR` reads.
pub fn write_predictions(
    dir: &Path,
    gold: &[GoldArticle],
    predictions: &[Analysis],
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (g, a) in gold.iter().zip(predictions) {
        let mut v = serde_json::to_value(a).map_err(std::io::Error::other)?;
        if let Some(o) = v.as_object_mut() {
            o.insert("id".into(), g.id.clone().into());
        }
        let json = serde_json::to_string(&v).map_err(std::io::Error::other)?;
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
    /// A fixed test set to score with a model trained on the whole corpus.
    pub dev: Option<Corpus>,
}

/// Runs the plan and reports it as Markdown.
pub fn evaluate(
    corpus: &Corpus,
    analyzer: &Analyzer,
    options: &Options,
    plan: &Plan,
    out: Option<&Path>,
) -> std::io::Result<String> {
    let data = prepare(corpus, analyzer);
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
    let rules = cross_validate(corpus, &data, None, 1.0);
    let main = cross_validate(corpus, &data, Some(options), 1.0);
    if let Some(dir) = out {
        write_predictions(dir, &corpus.articles, &main.predictions)?;
    }
    r.push_str(&header());
    r.push_str(&row(
        "lexicon rules alone (no model)",
        &rules.tally.metrics(),
    ));
    r.push_str(&row("stance model", &main.tally.metrics()));
    let _ = writeln!(
        r,
        "\nConfusion (rows gold, columns predicted; matched scored quotes):\n\n{}",
        confusion(&main.tally)
    );
    if plan.ablation {
        let _ = writeln!(r, "## Ablation: each feature group left out\n");
        r.push_str(&header());
        r.push_str(&row("all groups", &main.tally.metrics()));
        for g in Group::ALL {
            let o = Options {
                without: Some(g),
                ..*options
            };
            let run = cross_validate(corpus, &data, Some(&o), 1.0);
            r.push_str(&row(&format!("without {}", g.name()), &run.tally.metrics()));
        }
        r.push('\n');
    }
    if plan.curve {
        let _ = writeln!(r, "## Learning curve: share of the training folds used\n");
        r.push_str(&header());
        for fraction in [0.25, 0.5, 0.75, 1.0] {
            let run = cross_validate(corpus, &data, Some(options), fraction);
            r.push_str(&row(
                &format!("{:.0} %", fraction * 100.0),
                &run.tally.metrics(),
            ));
        }
        r.push('\n');
    }
    if let Some(dev) = &plan.dev {
        let all: Vec<&Labelled> = data.iter().collect();
        let model = stance_training::train(&all, options);
        let dev_data = prepare(dev, analyzer);
        let preds: Vec<Analysis> = dev_data
            .iter()
            .map(|l| stance_training::decide(l, &model, options))
            .collect();
        let rules_preds: Vec<Analysis> = dev_data
            .iter()
            .map(|l| l.draft.clone().decide(None))
            .collect();
        let _ = writeln!(
            r,
            "## Fixed test set ({} articles; model trained on the whole corpus)\n",
            dev.articles.len()
        );
        r.push_str(&header());
        r.push_str(&row(
            "lexicon rules alone",
            &score_all(&dev.articles, &rules_preds).metrics(),
        ));
        r.push_str(&row(
            "stance model",
            &score_all(&dev.articles, &preds).metrics(),
        ));
        r.push('\n');
    }
    Ok(r)
}

/// Trains on the whole corpus: the model that ships.
pub fn train_all(corpus: &Corpus, analyzer: &Analyzer, options: &Options) -> StanceModel {
    let data = prepare(corpus, analyzer);
    let all: Vec<&Labelled> = data.iter().collect();
    stance_training::train(&all, options)
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

fn confusion(t: &Tally) -> String {
    let m = t.confusion();
    let mut s =
        String::from("| gold \\ predicted | support | oppose | neutral |\n|---|---|---|---|\n");
    for (i, name) in STANCES.iter().enumerate() {
        let _ = writeln!(s, "| {name} | {} | {} | {} |", m[i][0], m[i][1], m[i][2]);
    }
    s
}
