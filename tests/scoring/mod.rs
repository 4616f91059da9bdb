//! The dev-set scoring rules (`shared/fixtures/FORMAT.md`, `shared/eval/score.py`) for
//! tests: quotes match by token-set Jaccard ≥ 0.5, greedily, one to one.

use std::collections::BTreeSet;

use serde::Deserialize;
use stancelens::Analysis;

#[derive(Deserialize, Clone, Debug)]
pub struct GoldQuote {
    pub text: String,
    #[serde(default)]
    pub kind: String,
    pub speaker: String,
    pub stance: String,
    #[serde(default)]
    pub optional: Option<bool>,
}

#[derive(Deserialize, Clone, Debug)]
pub struct GoldSpeaker {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub stance: String,
}

fn tokens(s: &str) -> BTreeSet<String> {
    let mut out = String::new();
    for c in s.to_lowercase().chars() {
        if matches!(
            c,
            '\'' | '‘' | '’' | '‛' | 'ʼ' | '`' | '´' | '-' | '‐' | '‑'
        ) {
            continue;
        }
        out.push(if c.is_alphanumeric() { c } else { ' ' });
    }
    out.split_whitespace().map(str::to_string).collect()
}

fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    a.intersection(b).count() as f64 / a.union(b).count() as f64
}

fn norm(s: &str) -> String {
    s.to_lowercase()
        .replace('’', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_null(s: Option<&str>) -> bool {
    s.is_none_or(|s| matches!(norm(s).as_str(), "" | "unknown" | "null" | "none"))
}

fn last_token(s: &str) -> Option<String> {
    tokens_ordered(s).pop()
}

fn tokens_ordered(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn looks_like_person(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && !w.chars().all(|c| c.is_uppercase())
        })
        && !words.iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "of" | "for"
                    | "and"
                    | "the"
                    | "committee"
                    | "party"
                    | "office"
                    | "government"
                    | "council"
                    | "department"
                    | "association"
                    | "project"
                    | "group"
                    | "union"
                    | "trust"
                    | "service"
                    | "police"
                    | "forum"
                    | "society"
                    | "foundation"
                    | "campaign"
                    | "centre"
                    | "center"
                    | "institute"
            )
        })
}

fn speaker_matches(pred: Option<&str>, gold: &GoldSpeaker) -> bool {
    if is_null(Some(&gold.name)) {
        return is_null(pred);
    }
    let Some(pred) = pred.filter(|p| !is_null(Some(p))) else {
        return false;
    };
    let p = norm(pred);
    if std::iter::once(&gold.name)
        .chain(&gold.aliases)
        .any(|n| norm(n) == p)
    {
        return true;
    }
    looks_like_person(&gold.name)
        && last_token(&gold.name).is_some()
        && last_token(&gold.name) == last_token(pred)
}

/// Counts for one article.
#[derive(Default, Debug)]
pub struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
    speaker_right: usize,
    stance_pairs: Vec<(String, String)>,
    speaker_stance_right: usize,
    speakers: usize,
}

pub fn score(gold: &[GoldQuote], speakers: &[GoldSpeaker], a: &Analysis) -> Counts {
    let g: Vec<_> = gold.iter().map(|q| tokens(&q.text)).collect();
    let p: Vec<_> = a.quotes.iter().map(|q| tokens(&q.text)).collect();
    let mut pairs = Vec::new();
    for (i, gt) in g.iter().enumerate() {
        for (j, pt) in p.iter().enumerate() {
            let inter = gt.intersection(pt).count() as f64;
            let union = gt.union(pt).count() as f64;
            if union > 0.0 && inter >= 0.5 * union - 1e-9 {
                pairs.push((jaccard(gt, pt), i, j));
            }
        }
    }
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let (mut gu, mut pu) = (vec![false; g.len()], vec![false; p.len()]);
    let mut c = Counts::default();
    let optional = |q: &GoldQuote| q.optional.unwrap_or(q.kind == "indirect");
    for (_, i, j) in pairs {
        if gu[i] || pu[j] {
            continue;
        }
        gu[i] = true;
        pu[j] = true;
        if optional(&gold[i]) {
            continue;
        }
        c.tp += 1;
        let gs = speakers
            .iter()
            .find(|s| s.name == gold[i].speaker)
            .cloned()
            .unwrap_or(GoldSpeaker {
                name: gold[i].speaker.clone(),
                aliases: vec![],
                stance: String::new(),
            });
        if speaker_matches(a.quotes[j].speaker.as_deref(), &gs) {
            c.speaker_right += 1;
        }
        let ps = serde_json::to_value(a.quotes[j].stance)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        c.stance_pairs.push((gold[i].stance.clone(), ps));
    }
    c.fn_ = gold
        .iter()
        .enumerate()
        .filter(|(i, q)| !gu[*i] && !optional(q))
        .count();
    c.fp = pu.iter().filter(|u| !**u).count();
    for gs in speakers {
        c.speakers += 1;
        let stance = a
            .speakers
            .iter()
            .find(|s| {
                speaker_matches(Some(&s.name), gs)
                    && std::iter::once(&gs.name)
                        .chain(&gs.aliases)
                        .any(|n| norm(n) == norm(&s.name))
            })
            .or_else(|| {
                a.speakers
                    .iter()
                    .find(|s| speaker_matches(Some(&s.name), gs))
            })
            .and_then(|s| serde_json::to_value(s.stance).ok())
            .and_then(|v| v.as_str().map(str::to_string));
        if stance.as_deref() == Some(gs.stance.as_str()) {
            c.speaker_stance_right += 1;
        }
    }
    c
}

/// Counts summed over articles.
#[derive(Default, Debug)]
pub struct Totals(Vec<Counts>);

#[derive(Debug)]
#[allow(dead_code)]
pub struct Metrics {
    pub quote_f1: f64,
    pub quote_precision: f64,
    pub quote_recall: f64,
    pub speaker_accuracy: f64,
    pub stance_accuracy: f64,
    pub stance_macro_f1: f64,
    pub speaker_stance_accuracy: f64,
}

impl Totals {
    pub fn add(&mut self, c: &Counts) {
        self.0.push(Counts {
            stance_pairs: c.stance_pairs.clone(),
            ..*c
        });
    }

    pub fn metrics(&self) -> Metrics {
        let sum = |f: fn(&Counts) -> usize| self.0.iter().map(f).sum::<usize>() as f64;
        let (tp, fp, fn_) = (sum(|c| c.tp), sum(|c| c.fp), sum(|c| c.fn_));
        let precision = if tp + fp > 0.0 { tp / (tp + fp) } else { 1.0 };
        let recall = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 1.0 };
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        let pairs: Vec<&(String, String)> = self.0.iter().flat_map(|c| &c.stance_pairs).collect();
        let mut labels: Vec<&str> = pairs
            .iter()
            .flat_map(|(g, p)| [g.as_str(), p.as_str()])
            .collect();
        labels.sort();
        labels.dedup();
        let f1s: Vec<f64> = labels
            .iter()
            .map(|l| {
                let tp = pairs.iter().filter(|(g, p)| g == l && p == l).count() as f64;
                let fp = pairs.iter().filter(|(g, p)| g != l && p == l).count() as f64;
                let fn_ = pairs.iter().filter(|(g, p)| g == l && p != l).count() as f64;
                if tp == 0.0 {
                    0.0
                } else {
                    2.0 * tp / (2.0 * tp + fp + fn_)
                }
            })
            .collect();
        Metrics {
            quote_f1: f1,
            quote_precision: precision,
            quote_recall: recall,
            speaker_accuracy: if tp > 0.0 {
                sum(|c| c.speaker_right) / tp
            } else {
                1.0
            },
            stance_accuracy: if pairs.is_empty() {
                1.0
            } else {
                pairs.iter().filter(|(g, p)| g == p).count() as f64 / pairs.len() as f64
            },
            stance_macro_f1: if f1s.is_empty() {
                1.0
            } else {
                f1s.iter().sum::<f64>() / f1s.len() as f64
            },
            speaker_stance_accuracy: sum(|c| c.speaker_stance_right) / sum(|c| c.speakers).max(1.0),
        }
    }
}
