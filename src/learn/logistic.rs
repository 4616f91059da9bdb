//! Logistic regression: binary (one logit) or softmax (one logit per class), L2-regularised,
//! fitted by L-BFGS over the buckets the training examples use. Deterministic: no sampling,
//! a fixed number of iterations at most, and sums in a fixed order.

use std::collections::BTreeMap;

use crate::features::Features;
use crate::linear::LinearModel;

/// One training example.
#[derive(Clone, Copy, Debug)]
pub struct Example<'a> {
    /// Its features.
    pub features: &'a Features,
    /// The class (binary: 1 positive, 0 negative).
    pub class: usize,
    /// How much it counts.
    pub weight: f64,
}

/// How to fit.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// Outputs: 1 for binary, else the number of classes.
    pub outputs: usize,
    /// L2 penalty (on the sum of example weights' scale).
    pub l2: f64,
    /// Features seen in fewer examples are left out.
    pub min_count: usize,
    /// L-BFGS iterations at most.
    pub iterations: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            outputs: 1,
            l2: 1.0,
            min_count: 2,
            iterations: 300,
        }
    }
}

/// A dense view of the examples: features as (column, value).
struct Problem {
    rows: Vec<Vec<(usize, f64)>>,
    class: Vec<usize>,
    weight: Vec<f64>,
    buckets: Vec<u32>,
    outputs: usize,
    l2: f64,
    /// For ranking: consecutive rows that compete (a softmax over each group).
    groups: Option<Vec<std::ops::Range<usize>>>,
    /// For ranking: each row's own yes/no loss counts as well.
    anchored: bool,
    /// Per column: its first two outputs share one weight (the gradient is shared, so the
    /// weights, starting equal, stay equal).
    tied: Vec<bool>,
}

impl Problem {
    fn new(examples: &[Example], config: &Config) -> Problem {
        let mut count: BTreeMap<u32, usize> = BTreeMap::new();
        for e in examples {
            let mut seen: Vec<u32> = e.features.items.iter().map(|f| f.hash).collect();
            seen.sort_unstable();
            seen.dedup();
            for h in seen {
                *count.entry(h).or_default() += 1;
            }
        }
        let buckets: Vec<u32> = count
            .into_iter()
            .filter(|&(_, c)| c >= config.min_count)
            .map(|(h, _)| h)
            .collect();
        let rows = examples
            .iter()
            .map(|e| {
                let mut row: BTreeMap<usize, f64> = BTreeMap::new();
                for f in &e.features.items {
                    if let Ok(col) = buckets.binary_search(&f.hash) {
                        *row.entry(col).or_default() += f64::from(f.value);
                    }
                }
                row.into_iter().collect()
            })
            .collect();
        Problem {
            rows,
            class: examples.iter().map(|e| e.class).collect(),
            weight: examples.iter().map(|e| e.weight).collect(),
            buckets,
            outputs: config.outputs.max(1),
            l2: config.l2,
            groups: None,
            anchored: false,
            tied: Vec::new(),
        }
    }

    /// Loss and gradient of a ranking problem: in each group, the softmax of the rows'
    /// scores should put its mass on the rows of class 1 (any of them: a speaker may be
    /// named in several ways).
    fn eval_ranking(&self, groups: &[std::ops::Range<usize>], w: &[f64], grad: &mut [f64]) -> f64 {
        grad.iter_mut().for_each(|g| *g = 0.0);
        let mut loss = 0.0;
        let mut z = Vec::new();
        for group in groups {
            z.clear();
            for row in &self.rows[group.clone()] {
                z.push(row.iter().map(|&(col, v)| w[col + 1] * v).sum::<f64>());
            }
            let max = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let all: f64 = z.iter().map(|&x| (x - max).exp()).sum();
            let pos: f64 = z
                .iter()
                .zip(&self.class[group.clone()])
                .filter(|(_, &c)| c == 1)
                .map(|(&x, _)| (x - max).exp())
                .sum();
            if pos <= 0.0 {
                continue;
            }
            let weight = self.weight[group.start];
            loss += weight * (all.ln() - pos.ln());
            for (i, r) in group.clone().enumerate() {
                let e = (z[i] - max).exp();
                let target = if self.class[r] == 1 { e / pos } else { 0.0 };
                let resid = e / all - target;
                for &(col, v) in &self.rows[r] {
                    grad[col + 1] += weight * resid * v;
                }
            }
        }
        for (&wi, g) in w.iter().zip(grad.iter_mut()).skip(1) {
            loss += 0.5 * self.l2 * wi * wi;
            *g += self.l2 * wi;
        }
        loss
    }

    /// Parameters: bias (outputs), then columns × outputs.
    fn dim(&self) -> usize {
        (self.buckets.len() + 1) * self.outputs
    }

    /// Loss and gradient at `w`.
    fn eval(&self, w: &[f64], grad: &mut [f64]) -> f64 {
        if let Some(groups) = &self.groups {
            let ranking = self.eval_ranking(groups, w, grad);
            if !self.anchored {
                return ranking;
            }
            // Anchored: each candidate's own yes/no loss as well (without a second penalty),
            // so that a score also says how good a candidate is, not only how much better
            // than the others.
            let mut own = vec![0.0; grad.len()];
            let pointwise = self.eval_pointwise(w, &mut own, false);
            grad.iter_mut().zip(&own).for_each(|(g, o)| *g += o);
            return ranking + pointwise;
        }
        self.eval_pointwise(w, grad, true)
    }

    fn eval_pointwise(&self, w: &[f64], grad: &mut [f64], penalty: bool) -> f64 {
        let k = self.outputs;
        grad.iter_mut().for_each(|g| *g = 0.0);
        let mut loss = 0.0;
        let mut z = vec![0.0; k];
        for ((row, &class), &weight) in self.rows.iter().zip(&self.class).zip(&self.weight) {
            z.copy_from_slice(&w[..k]);
            for &(col, v) in row {
                let base = (col + 1) * k;
                for (o, zo) in z.iter_mut().enumerate() {
                    *zo += w[base + o] * v;
                }
            }
            // Residuals: prediction minus target, per output.
            let mut resid = vec![0.0; k];
            if k == 1 {
                let y = if class == 1 { 1.0 } else { 0.0 };
                // log(1 + e^z) − y z, computed stably.
                let zz = z[0];
                loss += weight * (softplus(zz) - y * zz);
                resid[0] = crate::linear::sigmoid(zz) - y;
            } else {
                let max = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                let sum: f64 = z.iter().map(|&x| (x - max).exp()).sum();
                let lse = max + sum.ln();
                loss += weight * (lse - z[class.min(k - 1)]);
                for o in 0..k {
                    resid[o] = (z[o] - lse).exp() - if o == class { 1.0 } else { 0.0 };
                }
            }
            for o in 0..k {
                grad[o] += weight * resid[o];
            }
            for &(col, v) in row {
                let base = (col + 1) * k;
                for o in 0..k {
                    grad[base + o] += weight * resid[o] * v;
                }
            }
        }
        if penalty {
            for (&wi, g) in w.iter().zip(grad.iter_mut()).skip(k) {
                loss += 0.5 * self.l2 * wi * wi;
                *g += self.l2 * wi;
            }
        }
        if k >= 2 {
            for (col, _) in self.tied.iter().enumerate().filter(|(_, &t)| t) {
                let base = (col + 1) * k;
                let shared = (grad[base] + grad[base + 1]) / 2.0;
                grad[base] = shared;
                grad[base + 1] = shared;
            }
        }
        loss
    }
}

fn softplus(z: f64) -> f64 {
    if z > 30.0 {
        z
    } else {
        z.exp().ln_1p()
    }
}

/// Fits a model to the examples.
pub fn fit(examples: &[Example], config: &Config) -> LinearModel {
    fit_relative(examples, config, false, &|_| false)
}

/// Fits a softmax model and gives its logits against the last class, whose logit is then 0
/// (dropped): the same probabilities from one weight fewer per feature, a third of a
/// three-class model's bytes. The features whose bucket `tied` names push the first two
/// classes alike: they can say whether an example is of the last class, not which of the
/// others it is.
pub fn fit_against_last(
    examples: &[Example],
    config: &Config,
    tied: &dyn Fn(u32) -> bool,
) -> LinearModel {
    fit_relative(examples, config, true, tied)
}

fn fit_relative(
    examples: &[Example],
    config: &Config,
    against_last: bool,
    tied: &dyn Fn(u32) -> bool,
) -> LinearModel {
    let mut problem = Problem::new(examples, config);
    problem.tied = problem.buckets.iter().map(|&b| tied(b)).collect();
    let w = lbfgs(&problem, config.iterations);
    let k = problem.outputs;
    // Softmax probabilities do not change when every logit moves by the same amount.
    let relative = |ws: &[f64]| -> Vec<f64> {
        match ws.split_last() {
            Some((&last, rest)) if against_last => rest.iter().map(|x| x - last).collect(),
            _ => ws.to_vec(),
        }
    };
    let entries: Vec<(u32, Vec<f64>)> = problem
        .buckets
        .iter()
        .enumerate()
        .map(|(col, &b)| (b, relative(&w[(col + 1) * k..(col + 2) * k])))
        .collect();
    let bias = relative(&w[..k]);
    LinearModel::quantise(bias.len(), &bias, &entries)
}

/// Fits a ranking model: one score per example, trained so that in each group (the
/// examples competing for one decision, e.g. the candidate speakers of one quote) a
/// softmax over the scores picks an example of class 1. A choice among candidates is
/// learned as a choice (a conditional logit), not as separate yes/no questions whose
/// scores are only compared afterwards.
pub fn fit_ranking(groups: &[Vec<Example>], config: &Config, anchored: bool) -> LinearModel {
    let flat: Vec<Example> = groups.iter().flatten().copied().collect();
    let mut problem = Problem::new(
        &flat,
        &Config {
            outputs: 1,
            ..*config
        },
    );
    let mut ranges = Vec::with_capacity(groups.len());
    let mut at = 0;
    for g in groups {
        ranges.push(at..at + g.len());
        at += g.len();
    }
    problem.groups = Some(ranges);
    problem.anchored = anchored;
    let w = lbfgs(&problem, config.iterations);
    let entries: Vec<(u32, Vec<f64>)> = problem
        .buckets
        .iter()
        .enumerate()
        .map(|(col, &b)| (b, vec![w[col + 1]]))
        .collect();
    LinearModel::quantise(1, &[w[0]], &entries)
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Limited-memory BFGS with a backtracking (Armijo) line search.
fn lbfgs(p: &Problem, iterations: usize) -> Vec<f64> {
    const M: usize = 8;
    let n = p.dim();
    let mut w = vec![0.0; n];
    let mut g = vec![0.0; n];
    let mut f = p.eval(&w, &mut g);
    let mut s_hist: Vec<Vec<f64>> = Vec::new();
    let mut y_hist: Vec<Vec<f64>> = Vec::new();
    let mut new_g = vec![0.0; n];
    for _ in 0..iterations {
        // Two-loop recursion: d = −H g.
        let mut q = g.clone();
        let mut alphas = Vec::with_capacity(s_hist.len());
        for (s, y) in s_hist.iter().zip(&y_hist).rev() {
            let rho = 1.0 / dot(y, s);
            let a = rho * dot(s, &q);
            q.iter_mut().zip(y).for_each(|(qi, yi)| *qi -= a * yi);
            alphas.push((a, rho));
        }
        if let (Some(s), Some(y)) = (s_hist.last(), y_hist.last()) {
            let gamma = dot(s, y) / dot(y, y);
            q.iter_mut().for_each(|qi| *qi *= gamma);
        }
        for ((s, y), (a, rho)) in s_hist.iter().zip(&y_hist).zip(alphas.into_iter().rev()) {
            let b = rho * dot(y, &q);
            q.iter_mut().zip(s).for_each(|(qi, si)| *qi += (a - b) * si);
        }
        let d: Vec<f64> = q.iter().map(|x| -x).collect();
        let mut slope = dot(&g, &d);
        let d = if slope >= 0.0 {
            // Not a descent direction: restart from the gradient.
            s_hist.clear();
            y_hist.clear();
            let d: Vec<f64> = g.iter().map(|x| -x).collect();
            slope = dot(&g, &d);
            d
        } else {
            d
        };
        let mut step = if s_hist.is_empty() {
            1.0 / dot(&g, &g).sqrt().max(1.0)
        } else {
            1.0
        };
        let mut accepted = None;
        for _ in 0..30 {
            let trial: Vec<f64> = w.iter().zip(&d).map(|(wi, di)| wi + step * di).collect();
            let ft = p.eval(&trial, &mut new_g);
            if ft <= f + 1e-4 * step * slope {
                accepted = Some((trial, ft));
                break;
            }
            step *= 0.5;
        }
        let Some((trial, ft)) = accepted else { break };
        let s: Vec<f64> = trial.iter().zip(&w).map(|(a, b)| a - b).collect();
        let y: Vec<f64> = new_g.iter().zip(&g).map(|(a, b)| a - b).collect();
        let converged = (f - ft).abs() <= 1e-9 * f.abs().max(1.0);
        if dot(&s, &y) > 1e-12 {
            s_hist.push(s);
            y_hist.push(y);
            if s_hist.len() > M {
                s_hist.remove(0);
                y_hist.remove(0);
            }
        }
        w = trial;
        f = ft;
        g.copy_from_slice(&new_g);
        if converged {
            break;
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(words: &[&str]) -> Features {
        let mut f = Features::default();
        for w in words {
            f.add(0, &["w", w], 1, None);
        }
        f
    }

    #[test]
    fn binary_separates_a_separable_problem() {
        let pos = ex(&["good", "fine"]);
        let neg = ex(&["bad", "fine"]);
        let data: Vec<Example> = (0..10)
            .flat_map(|_| {
                [
                    Example {
                        features: &pos,
                        class: 1,
                        weight: 1.0,
                    },
                    Example {
                        features: &neg,
                        class: 0,
                        weight: 1.0,
                    },
                ]
            })
            .collect();
        let m = fit(&data, &Config::default());
        assert!(m.logits(&pos)[0] > 1.0);
        assert!(m.logits(&neg)[0] < -1.0);
        // Deterministic.
        assert_eq!(m, fit(&data, &Config::default()));
    }

    /// A tied feature can tell the last class from the others, never the others apart:
    /// "headline" comes with class 0 three times and class 1 twice, never with class 2, while
    /// "for" and "against" say which of the two it is.
    #[test]
    fn a_tied_feature_pushes_the_first_two_classes_alike() {
        let examples = [
            (ex(&["headline", "for"]), 0),
            (ex(&["headline", "for"]), 0),
            (ex(&["headline", "against"]), 1),
            (ex(&["plain"]), 2),
            (ex(&["plain"]), 2),
            (ex(&["headline", "against"]), 1),
            (ex(&["headline", "for"]), 0),
        ];
        let data: Vec<Example> = examples
            .iter()
            .map(|(f, class)| Example {
                features: f,
                class: *class,
                weight: 1.0,
            })
            .collect();
        let config = Config {
            outputs: 3,
            min_count: 1,
            ..Config::default()
        };
        let headline = ex(&["headline"]).items[0].hash;
        let tied = fit_against_last(&data, &config, &|b| b == headline);
        let w = tied.weights_of(headline).expect("a weight");
        assert_eq!(w[0], w[1], "tied: {w:?}");
        assert!(w[0] > 0, "it still says a side is taken: {w:?}");
        let free = fit_against_last(&data, &config, &|_| false);
        let w = free.weights_of(headline).expect("a weight");
        assert_ne!(w[0], w[1], "untied, it learns the commoner side: {w:?}");
    }

    #[test]
    fn ranking_prefers_the_right_candidate_of_each_group() {
        let (a, b, c) = (ex(&["near", "named"]), ex(&["far", "named"]), ex(&["near"]));
        let groups: Vec<Vec<Example>> = (0..8)
            .map(|i| {
                let (right, wrong) = if i % 2 == 0 { (&a, &b) } else { (&a, &c) };
                vec![
                    Example {
                        features: wrong,
                        class: 0,
                        weight: 1.0,
                    },
                    Example {
                        features: right,
                        class: 1,
                        weight: 1.0,
                    },
                ]
            })
            .collect();
        let m = fit_ranking(&groups, &Config::default(), false);
        let score = |f: &Features| m.logits(f)[0];
        assert!(score(&a) > score(&b) && score(&a) > score(&c));
        assert_eq!(m, fit_ranking(&groups, &Config::default(), false));
    }

    #[test]
    fn softmax_learns_three_classes() {
        let fs = [ex(&["a"]), ex(&["b"]), ex(&["c"])];
        let data: Vec<Example> = (0..6)
            .flat_map(|_| {
                fs.iter().enumerate().map(|(class, f)| Example {
                    features: f,
                    class,
                    weight: 1.0,
                })
            })
            .collect();
        let config = Config {
            outputs: 3,
            ..Config::default()
        };
        let m = fit(&data, &config);
        for (class, f) in fs.iter().enumerate() {
            let l = m.logits(f);
            let best = (0..3).max_by(|&a, &b| l[a].total_cmp(&l[b])).unwrap_or(9);
            assert_eq!(best, class);
        }
    }
}
