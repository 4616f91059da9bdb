//! Scoring predictions against gold, by the rules of `shared/eval/score.py` (FORMAT.md):
//! quotes match by token-set Jaccard ≥ 0.5, greedily best-first, one to one; speakers match
//! by name, alias or (for people) surname; stance by macro-F1 over matched quotes.
//!
//! It is a port, checked against the script: the harness reports these figures itself and
//! also writes prediction files the script can read.

use std::collections::BTreeSet;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::corpus::{GoldArticle, GoldSpeaker};
use crate::analysis::Certainty;
use crate::{Analysis, QuoteKind};

/// Stance labels in the order tables show them.
pub const STANCES: [&str; 3] = ["support", "oppose", "neutral"];

/// A predicted quote, as the scorer sees it.
#[derive(Clone, Debug)]
pub struct PredQuote {
    /// The quoted words.
    pub text: String,
    /// The speaker's name.
    pub speaker: Option<String>,
    /// "support", "oppose" or "neutral".
    pub stance: Option<String>,
    /// Reported speech (left out of the "quoted" figures).
    pub indirect: bool,
    /// The probability the analysis gave its stance label (for calibration).
    pub confidence: Option<f32>,
}

/// A prediction for one article.
#[derive(Clone, Debug, Default)]
pub struct Prediction {
    /// Its quotes.
    pub quotes: Vec<PredQuote>,
    /// Its speakers.
    pub speakers: Vec<PredSpeaker>,
}

/// A predicted speaker.
#[derive(Clone, Debug)]
pub struct PredSpeaker {
    /// Their name.
    pub name: String,
    /// Their overall stance.
    pub stance: Option<String>,
    /// How sure the analysis is of it.
    pub certainty: Option<Certainty>,
}

impl From<&Analysis> for Prediction {
    fn from(a: &Analysis) -> Prediction {
        Prediction {
            quotes: a
                .quotes
                .iter()
                .map(|q| PredQuote {
                    text: q.text.clone(),
                    speaker: q.speaker.clone(),
                    stance: Some(q.stance.as_str().to_string()),
                    confidence: Some(q.confidence),
                    indirect: q.kind == QuoteKind::Indirect,
                })
                .collect(),
            speakers: a
                .speakers
                .iter()
                .map(|s| PredSpeaker {
                    name: s.name.clone(),
                    stance: Some(s.stance.as_str().to_string()),
                    certainty: Some(s.certainty),
                })
                .collect(),
        }
    }
}

/// Counts of one article (or many, summed).
#[derive(Clone, Debug, Default)]
pub struct Tally {
    /// Predictions matched to non-optional gold.
    pub tp: usize,
    /// Predictions matched to nothing.
    pub fp: usize,
    /// Non-optional gold matched by nothing.
    pub fn_: usize,
    /// The same three, leaving out predictions labelled indirect.
    pub quoted: (usize, usize, usize),
    /// Matched non-optional quotes with the right speaker.
    pub speaker_right: usize,
    /// (gold, predicted) stance of matched non-optional quotes.
    pub stance_pairs: Vec<(String, String)>,
    /// The same, where the two annotators agree.
    pub stance_pairs_agreed: Vec<(String, String)>,
    /// Per matched non-optional quote with a confidence: the probability given to the
    /// predicted label, and whether the label is right.
    pub calibration: Vec<(f32, bool)>,
    /// The confidences of the labels that are flips (the other side than the gold's).
    pub flip_confidences: Vec<f32>,
    /// Gold speakers whose predicted stance is right.
    pub speaker_stance_right: usize,
    /// Per gold speaker found with a side and a certainty: the certainty, whether the side is
    /// right, and whether it is the other side than the gold's.
    pub speaker_sides: Vec<(Certainty, bool, bool)>,
    /// Gold speakers.
    pub speakers: usize,
    /// Whether any predicted speaker has a stance.
    pub any_speaker_stance: bool,
    /// Errors, for reading.
    pub errors: Vec<ScoreError>,
}

/// One mistake, as `score.py --errors` lists them.
#[derive(Clone, Debug)]
pub enum ScoreError {
    /// A gold quote nothing matched.
    Missed(String),
    /// A prediction that matches no gold quote.
    Spurious(String),
    /// A matched quote given to the wrong speaker.
    Speaker {
        /// The quote.
        quote: String,
        /// Who said it.
        gold: String,
        /// Who the prediction says.
        predicted: Option<String>,
    },
    /// A matched quote with the wrong stance.
    Stance {
        /// The quote.
        quote: String,
        /// The gold label.
        gold: String,
        /// The predicted label.
        predicted: String,
    },
}

impl Tally {
    /// Adds another tally.
    pub fn add(&mut self, o: Tally) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.quoted.0 += o.quoted.0;
        self.quoted.1 += o.quoted.1;
        self.quoted.2 += o.quoted.2;
        self.speaker_right += o.speaker_right;
        self.stance_pairs.extend(o.stance_pairs);
        self.stance_pairs_agreed.extend(o.stance_pairs_agreed);
        self.calibration.extend(o.calibration);
        self.flip_confidences.extend(o.flip_confidences);
        self.speaker_stance_right += o.speaker_stance_right;
        self.speaker_sides.extend(o.speaker_sides);
        self.speakers += o.speakers;
        self.any_speaker_stance |= o.any_speaker_stance;
        self.errors.extend(o.errors);
    }

    /// The headline figures.
    pub fn metrics(&self) -> Metrics {
        let (_, _, quote_f1) = prf(self.tp, self.fp, self.fn_);
        let (_, _, quoted_f1) = prf(self.quoted.0, self.quoted.1, self.quoted.2);
        let sided: Vec<&(String, String)> = self
            .stance_pairs
            .iter()
            .filter(|(g, _)| g != "neutral")
            .collect();
        let flips = sided
            .iter()
            .filter(|(g, p)| p != "neutral" && p != g)
            .count();
        let correct = self.stance_pairs.iter().filter(|(g, p)| g == p).count();
        Metrics {
            quote_f1,
            quoted_f1,
            speaker_acc: ratio(self.speaker_right, self.tp),
            stance_acc: ratio(correct, self.stance_pairs.len()),
            stance_macro_f1: macro_f1(&self.stance_pairs),
            stance_macro_f1_agreed: macro_f1(&self.stance_pairs_agreed),
            agreed: self.stance_pairs_agreed.len(),
            flips,
            flip_rate: ratio(flips, sided.len()),
            speaker_stance_acc: if self.any_speaker_stance {
                ratio(self.speaker_stance_right, self.speakers)
            } else {
                0.0
            },
            matched: self.tp,
        }
    }

    /// Rows gold × predicted stance, in [`STANCES`] order.
    pub fn confusion(&self) -> [[usize; 3]; 3] {
        let mut m = [[0; 3]; 3];
        let at = |s: &str| STANCES.iter().position(|x| *x == s);
        for (g, p) in &self.stance_pairs {
            if let (Some(i), Some(j)) = (at(g), at(p)) {
                m[i][j] += 1;
            }
        }
        m
    }
}

/// How well the labels' probabilities match how often the labels are right.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Calibration {
    /// Expected calibration error: over ten equal-width bins of confidence, the share of
    /// labels in each bin times the gap between its mean confidence and its accuracy.
    pub ece: f64,
    /// Per certainty a reader is shown (firm, leaning, unclear): labels, mean confidence,
    /// share right.
    pub bands: Vec<(Certainty, usize, f64, f64)>,
}

/// How many of the flips (`flip_confidences`) a reader is shown at each certainty.
pub fn flips_by_certainty(flip_confidences: &[f32]) -> [(Certainty, usize); 3] {
    [Certainty::Firm, Certainty::Leaning, Certainty::Unclear].map(|band| {
        (
            band,
            flip_confidences
                .iter()
                .filter(|&&c| Certainty::of(c) == band)
                .count(),
        )
    })
}

impl Calibration {
    /// Calibration of `(confidence, right)` pairs.
    pub fn of(pairs: &[(f32, bool)]) -> Calibration {
        let n = pairs.len().max(1) as f64;
        let summary = |sel: &[&(f32, bool)]| {
            let k = sel.len().max(1) as f64;
            let conf = sel.iter().map(|(c, _)| f64::from(*c)).sum::<f64>() / k;
            let acc = sel.iter().filter(|(_, ok)| *ok).count() as f64 / k;
            (conf, acc)
        };
        let mut ece = 0.0;
        for b in 0..10 {
            let in_bin: Vec<&(f32, bool)> = pairs
                .iter()
                .filter(|(c, _)| ((f64::from(*c) * 10.0).floor() as i64).clamp(0, 9) == b)
                .collect();
            if !in_bin.is_empty() {
                let (conf, acc) = summary(&in_bin);
                ece += in_bin.len() as f64 / n * (conf - acc).abs();
            }
        }
        let bands = [Certainty::Firm, Certainty::Leaning, Certainty::Unclear]
            .into_iter()
            .map(|band| {
                let sel: Vec<&(f32, bool)> = pairs
                    .iter()
                    .filter(|(c, _)| Certainty::of(*c) == band)
                    .collect();
                let (conf, acc) = summary(&sel);
                (band, sel.len(), conf, acc)
            })
            .collect();
        Calibration { ece, bands }
    }
}

/// The figures the README reports.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Metrics {
    /// Quote F1 (all predictions).
    pub quote_f1: f64,
    /// Quote F1 leaving out predictions labelled indirect.
    pub quoted_f1: f64,
    /// Speaker accuracy over matched non-optional quotes.
    pub speaker_acc: f64,
    /// Stance accuracy over the same.
    pub stance_acc: f64,
    /// Stance macro-F1 over the same.
    pub stance_macro_f1: f64,
    /// Stance macro-F1 where the two annotators agree.
    pub stance_macro_f1_agreed: f64,
    /// How many quotes that is (0 when the gold has no second annotator).
    pub agreed: usize,
    /// Support ↔ oppose errors.
    pub flips: usize,
    /// Flips over gold quotes that take a side.
    pub flip_rate: f64,
    /// Gold speakers whose overall stance is right.
    pub speaker_stance_acc: f64,
    /// Matched non-optional quotes.
    pub matched: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else if tp + fn_ == 0 {
        1.0
    } else {
        0.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        1.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// Mean F1 over the labels that occur in gold or prediction.
pub fn macro_f1(pairs: &[(String, String)]) -> f64 {
    if pairs.is_empty() {
        return 0.0;
    }
    let labels: BTreeSet<&str> = pairs
        .iter()
        .flat_map(|(g, p)| [g.as_str(), p.as_str()])
        .collect();
    let f1s: Vec<f64> = labels
        .iter()
        .map(|&l| {
            let tp = pairs.iter().filter(|(g, p)| g == l && p == l).count();
            let fp = pairs.iter().filter(|(g, p)| g != l && p == l).count();
            let fn_ = pairs.iter().filter(|(g, p)| g == l && p != l).count();
            if tp + fp + fn_ > 0 {
                prf(tp, fp, fn_).2
            } else {
                1.0
            }
        })
        .collect();
    f1s.iter().sum::<f64>() / f1s.len() as f64
}

fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2018}'
            | '\u{2019}'
            | '\u{201b}'
            | '\u{02bc}'
            | '`'
            | '\u{b4}'
            | '-'
            | '\u{2010}'
            | '\u{2011}'
    )
}

/// Lower-cased tokens, apostrophes and hyphens deleted, other punctuation a space.
fn token_list(text: &str) -> Vec<String> {
    let mut s = String::with_capacity(text.len());
    for c in text.nfkc().flat_map(char::to_lowercase) {
        if is_joiner(c) {
            continue;
        }
        s.push(
            if c.is_alphanumeric() || c.is_whitespace() || is_combining_mark(c) {
                c
            } else {
                ' '
            },
        );
    }
    s.split_whitespace().map(str::to_string).collect()
}

/// The set of a text's tokens, as the scorer compares quotes.
pub fn tokens(text: &str) -> BTreeSet<String> {
    token_list(text).into_iter().collect()
}

fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    a.intersection(b).count() as f64 / a.union(b).count() as f64
}

fn at_least(a: &BTreeSet<String>, b: &BTreeSet<String>, threshold: f64) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    a.intersection(b).count() as f64 >= threshold * a.union(b).count() as f64 - 1e-9
}

/// Greedy one-to-one matching, best Jaccard first: `(gold index, prediction index)` pairs.
pub fn greedy_match(gold: &[&str], pred: &[&str]) -> Vec<(usize, usize)> {
    let g: Vec<_> = gold.iter().map(|t| tokens(t)).collect();
    let p: Vec<_> = pred.iter().map(|t| tokens(t)).collect();
    let mut pairs = Vec::new();
    for (i, gt) in g.iter().enumerate() {
        for (j, pt) in p.iter().enumerate() {
            if at_least(gt, pt, 0.5) {
                pairs.push((jaccard(gt, pt), i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut gu, mut pu) = (vec![false; g.len()], vec![false; p.len()]);
    let mut out = Vec::new();
    for (_, i, j) in pairs {
        if gu[i] || pu[j] {
            continue;
        }
        gu[i] = true;
        pu[j] = true;
        out.push((i, j));
    }
    out
}

const ORG_WORDS: &str = "committee party council office department ministry government police \
service services trust foundation association society union agency commission board university \
college school institute institution centre center group network alliance coalition federation \
club news times post report review court parliament assembly executive authority bureau unit team \
project campaign charity ltd inc plc limited company corporation bank fund press media forum \
partnership panel organisation organization force constabulary home house senate congress labour \
conservatives conservative tories democrats greens green liberal reform nhs uk un who eu usa us \
cabinet inquiry survey study research church hospital clinic council's spokesman spokeswoman \
spokesperson source sources officials official residents people users campaigners campaigner \
experts expert critics";
const CONNECTORS: &[&str] = &[
    "of", "for", "and", "the", "on", "in", "at", "to", "&", "with", "against",
];
const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el", "st",
    "mac", "mc", "ter", "ten", "del", "della",
];
const NULL_SPEAKERS: &[&str] = &["", "unknown", "null", "none", "n/a", "na", "nobody"];

fn norm_name(s: &str) -> String {
    let s: String = s
        .nfkc()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{02bc}' | '`' | '\u{b4}' => '\'',
            c => c,
        })
        .collect();
    let s = s
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    s.trim_matches(|c: char| {
        c.is_whitespace() || ".,;:!?\"'()[]{}\u{201c}\u{201d}-\u{2013}\u{2014}".contains(c)
    })
    .to_string()
}

fn is_null_speaker(s: Option<&str>) -> bool {
    s.is_none_or(|s| NULL_SPEAKERS.contains(&norm_name(s).as_str()))
}

/// The scorer's heuristic for a person's name (else an organisation or group).
pub fn is_person_name(name: &str, record: Option<&GoldSpeaker>) -> bool {
    if let Some(t) = record.and_then(|r| r.r#type.as_deref()) {
        if !t.trim().is_empty() {
            return matches!(
                t.trim().to_lowercase().as_str(),
                "person" | "per" | "individual" | "people"
            );
        }
    }
    let replaced = name.nfkc().collect::<String>().replace(',', " ");
    let raw: Vec<&str> = replaced.split_whitespace().collect();
    if raw.is_empty() || raw.len() > 5 {
        return false;
    }
    for w in raw {
        let core = w.trim_matches(|c| matches!(c, '.' | '\'' | '\u{2019}' | '(' | ')'));
        if core.is_empty() {
            continue;
        }
        let low = core.to_lowercase();
        if CONNECTORS.contains(&low.as_str()) || ORG_WORDS.split_whitespace().any(|o| o == low) {
            return false;
        }
        if PARTICLES.contains(&low.as_str()) {
            continue;
        }
        if !core.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        if core.chars().count() >= 2
            && core.chars().all(char::is_alphabetic)
            && core.chars().all(|c| !c.is_lowercase())
        {
            return false; // acronym
        }
    }
    true
}

/// 0: no match; 2: the name or an alias; 1: a person's surname.
pub fn speaker_match(pred: Option<&str>, gold: &str, record: Option<&GoldSpeaker>) -> u8 {
    if is_null_speaker(Some(gold)) {
        return if is_null_speaker(pred) { 2 } else { 0 };
    }
    let Some(pred) = pred.filter(|p| !is_null_speaker(Some(p))) else {
        return 0;
    };
    let p = norm_name(pred);
    let aliases = record.map(|r| r.aliases.as_slice()).unwrap_or_default();
    if std::iter::once(gold)
        .chain(aliases.iter().map(String::as_str))
        .any(|n| !n.is_empty() && norm_name(n) == p)
    {
        return 2;
    }
    if is_person_name(gold, record) {
        let (g, pt) = (token_list(gold), token_list(pred));
        if let (Some(a), Some(b)) = (g.last(), pt.last()) {
            if a == b {
                return 1;
            }
        }
    }
    0
}

fn norm_stance(s: &str) -> String {
    s.trim().to_lowercase()
}

/// Scores one article.
pub fn score(gold: &GoldArticle, pred: &Prediction) -> Tally {
    let mut t = tally(gold, pred, true);
    let quoted_only = Prediction {
        quotes: pred
            .quotes
            .iter()
            .filter(|q| !q.indirect)
            .cloned()
            .collect(),
        speakers: pred.speakers.clone(),
    };
    let q = tally(gold, &quoted_only, false);
    t.quoted = (q.tp, q.fp, q.fn_);
    t
}

fn tally(gold: &GoldArticle, pred: &Prediction, full: bool) -> Tally {
    let g_texts: Vec<&str> = gold.quotes.iter().map(|q| q.text.as_str()).collect();
    let p_texts: Vec<&str> = pred.quotes.iter().map(|q| q.text.as_str()).collect();
    let matching = greedy_match(&g_texts, &p_texts);
    let mut of_gold = vec![None; gold.quotes.len()];
    let mut matched_pred = vec![false; pred.quotes.len()];
    for &(i, j) in &matching {
        of_gold[i] = Some(j);
        matched_pred[j] = true;
    }
    let mut t = Tally::default();
    for (g, m) in gold.quotes.iter().zip(&of_gold) {
        let optional = g.is_optional();
        let Some(j) = *m else {
            if !optional {
                t.fn_ += 1;
                t.errors.push(ScoreError::Missed(g.text.clone()));
            }
            continue;
        };
        if optional {
            continue;
        }
        let p = &pred.quotes[j];
        t.tp += 1;
        if !full {
            continue;
        }
        let ok = speaker_match(p.speaker.as_deref(), &g.speaker, gold.speaker(&g.speaker)) > 0;
        if ok {
            t.speaker_right += 1;
        } else {
            t.errors.push(ScoreError::Speaker {
                quote: g.text.clone(),
                gold: g.speaker.clone(),
                predicted: p.speaker.clone(),
            });
        }
        if let Some(ps) = &p.stance {
            let (gs, ps) = (norm_stance(&g.stance), norm_stance(ps));
            if gs != ps {
                t.errors.push(ScoreError::Stance {
                    quote: g.text.clone(),
                    gold: gs.clone(),
                    predicted: ps.clone(),
                });
            }
            if g.stance_alt
                .as_deref()
                .is_some_and(|a| norm_stance(a) == gs)
            {
                t.stance_pairs_agreed.push((gs.clone(), ps.clone()));
            }
            if let Some(c) = p.confidence {
                t.calibration.push((c, gs == ps));
                if gs != ps && gs != "neutral" && ps != "neutral" {
                    t.flip_confidences.push(c);
                }
            }
            t.stance_pairs.push((gs, ps));
        }
    }
    for (j, p) in pred.quotes.iter().enumerate() {
        if !matched_pred[j] {
            t.fp += 1;
            if full {
                t.errors.push(ScoreError::Spurious(p.text.clone()));
            }
        }
    }
    if full {
        t.any_speaker_stance = pred.speakers.iter().any(|s| s.stance.is_some());
        for s in &gold.speakers {
            t.speakers += 1;
            let best = pred
                .speakers
                .iter()
                .filter_map(|p| {
                    p.stance.as_ref()?;
                    let level = speaker_match(Some(&p.name), &s.name, Some(s));
                    (level > 0).then_some((level, p))
                })
                .fold(None::<(u8, &PredSpeaker)>, |best, c| match best {
                    Some(b) if b.0 >= c.0 => Some(b),
                    _ => Some(c),
                });
            let Some((_, p)) = best else { continue };
            let (predicted, gold) = (
                norm_stance(p.stance.as_deref().unwrap_or("")),
                norm_stance(&s.stance),
            );
            let right = predicted == gold;
            t.speaker_stance_right += usize::from(right);
            let sides = ["support", "oppose"];
            if let (Some(c), true) = (p.certainty, sides.contains(&predicted.as_str())) {
                let flip = sides.contains(&gold.as_str()) && !right;
                t.speaker_sides.push((c, right, flip));
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calibration_table() {
        // (pairs, expected calibration error)
        let cases: &[(&[(f32, bool)], f64)] = &[
            (&[], 0.0),
            // Near what it says: 0.95 right (gap 0.05), two at 0.55 half right (gap 0.05).
            (&[(0.95, true), (0.55, true), (0.55, false)], 0.05),
            (&[(0.5, true), (0.5, false)], 0.0),
            // Sure and wrong: all error.
            (&[(1.0, false)], 1.0),
        ];
        for (pairs, want) in cases {
            let c = Calibration::of(pairs);
            assert!((c.ece - want).abs() < 1e-6, "{pairs:?}: {}", c.ece);
        }
        let c = Calibration::of(&[(0.9, true), (0.6, false), (0.3, true)]);
        let bands: Vec<(Certainty, usize)> = c.bands.iter().map(|b| (b.0, b.1)).collect();
        assert_eq!(
            bands,
            [
                (Certainty::Firm, 1),
                (Certainty::Leaning, 1),
                (Certainty::Unclear, 1)
            ]
        );
    }

    #[test]
    fn tokens_drop_apostrophes_and_hyphens_and_split_on_punctuation() {
        let t = tokens("“Every death – is a ‘tragedy’!” He said, drug-habit report’s");
        let want: BTreeSet<String> = [
            "every",
            "death",
            "is",
            "a",
            "tragedy",
            "he",
            "said",
            "drughabit",
            "reports",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(t, want);
    }

    #[test]
    fn matching_is_greedy_best_first_and_one_to_one() {
        assert_eq!(
            greedy_match(&["a b c d", "a b c d e f"], &["a b c d e f", "a b c d"]),
            vec![(0, 1), (1, 0)]
        );
        assert_eq!(
            greedy_match(&["a b c d"], &["a b c d", "a b c d"]),
            vec![(0, 0)]
        );
        assert!(greedy_match(&["a b"], &["a b c d e"]).is_empty());
        assert_eq!(greedy_match(&["a b"], &["a b c d"]), vec![(0, 0)]);
    }

    fn rec(name: &str, aliases: &[&str]) -> GoldSpeaker {
        GoldSpeaker {
            name: name.into(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            description: None,
            stance: "support".into(),
            r#type: None,
        }
    }

    #[test]
    fn speakers_sides_are_counted_by_certainty() {
        let mut oppose = rec("Jo Bird", &[]);
        oppose.stance = "oppose".into();
        let gold = GoldArticle {
            id: "a".into(),
            title: None,
            text: String::new(),
            quotes: Vec::new(),
            speakers: vec![rec("Ann Lee", &[]), oppose, rec("Tom Roe", &[])],
        };
        let said = |name: &str, stance: &str, certainty| PredSpeaker {
            name: name.into(),
            stance: Some(stance.into()),
            certainty: Some(certainty),
        };
        let pred = Prediction {
            quotes: Vec::new(),
            speakers: vec![
                said("Ann Lee", "support", Certainty::Firm),
                said("Jo Bird", "support", Certainty::Unclear),
                // Neutral: no side to count.
                said("Tom Roe", "neutral", Certainty::Leaning),
            ],
        };
        let t = score(&gold, &pred);
        assert_eq!(t.speaker_stance_right, 1);
        assert_eq!(
            t.speaker_sides,
            [
                (Certainty::Firm, true, false),
                (Certainty::Unclear, false, true)
            ]
        );
    }

    #[test]
    fn speakers_match_by_alias_or_surname() {
        let ed = rec("Ed Davies", &["Mr Davies"]);
        for (pred, want) in [
            (Some("mr davies"), 2),
            (Some("Dr Ed  Davies"), 1),
            (Some("Davies"), 1),
            (None, 0),
        ] {
            assert_eq!(
                speaker_match(pred, "Ed Davies", Some(&ed)),
                want,
                "{pred:?}"
            );
        }
        assert_eq!(speaker_match(None, "unknown", None), 2);
        assert_eq!(speaker_match(Some("Bob"), "unknown", None), 0);
        let org = rec("Health and Social Care Committee", &["the committee"]);
        assert_eq!(
            speaker_match(Some("The Committee"), &org.name, Some(&org)),
            2
        );
        assert_eq!(
            speaker_match(Some("Home Affairs Committee"), &org.name, Some(&org)),
            0
        );
    }

    #[test]
    fn person_names_exclude_organisations_and_acronyms() {
        assert!(is_person_name("Louis Stephen", None));
        assert!(is_person_name("Ursula von der Leyen", None));
        assert!(!is_person_name("Centre for Social Justice", None));
        assert!(!is_person_name("HSCC", None));
        assert!(!is_person_name("cannabis campaigner", None));
    }

    #[test]
    fn macro_f1_averages_over_labels_present() {
        let pairs = vec![
            ("support".to_string(), "support".to_string()),
            ("oppose".to_string(), "support".to_string()),
        ];
        assert!((macro_f1(&pairs) - (2.0 / 3.0) / 2.0).abs() < 1e-12);
    }
}
