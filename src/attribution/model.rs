//! The learned choice of a quote's speaker among its [candidates](super::candidates).
//!
//! A linear model scores each (quote, candidate) pair; the best-scoring candidate wins
//! (ties go to the rules' choice). It is trained by `stancelens train` from the annotated
//! corpus, where a candidate is right when its name is the gold speaker's (or an alias, or
//! for a person the surname). Its weights ship in `src/models/attribution.bin`.

use std::sync::{Arc, OnceLock};

use crate::linear::{LinearModel, ModelError};

use super::candidates::Candidate;

/// The attribution model.
#[derive(Clone, Debug, PartialEq)]
pub struct AttributionModel {
    /// One logit per (quote, candidate) pair.
    pub pairs: LinearModel,
}

/// The shipped weights (empty before the first training run: the rules decide then).
const BUILTIN: &[u8] = include_bytes!("../models/attribution.bin");

impl AttributionModel {
    /// The model shipped with the crate, if it has one.
    pub fn builtin() -> Option<Arc<AttributionModel>> {
        static MODEL: OnceLock<Option<Arc<AttributionModel>>> = OnceLock::new();
        MODEL
            .get_or_init(|| AttributionModel::from_bytes(BUILTIN).ok().map(Arc::new))
            .clone()
    }

    /// Reads a model written by [`AttributionModel::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<AttributionModel, ModelError> {
        Ok(AttributionModel {
            pairs: LinearModel::from_tagged(bytes, b"SLAT")?,
        })
    }

    /// The model as bytes: `b"SLAT"`, then the linear model.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.pairs.to_tagged(b"SLAT")
    }

    /// The index of the best candidate; `rule` is the rules' choice (it wins ties).
    pub fn choose(&self, candidates: &[Candidate], rule: Option<usize>) -> Option<usize> {
        let scores: Vec<i32> = candidates
            .iter()
            .map(|c| self.pairs.scores(&c.features).first().copied().unwrap_or(0))
            .collect();
        let best = *scores.iter().max()?;
        rule.filter(|&r| scores.get(r) == Some(&best))
            .or_else(|| scores.iter().position(|&s| s == best))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::Features;

    fn candidate(word: &str) -> Candidate {
        let mut features = Features::default();
        features.add(0, &["w", word], 1, None);
        Candidate {
            entity: None,
            mention: None,
            features,
        }
    }

    #[test]
    fn the_best_scoring_candidate_wins_and_ties_go_to_the_rules() {
        let good = crate::features::hash(&["w", "good"]);
        let model = AttributionModel {
            pairs: LinearModel::quantise(1, &[0.0], &[(good, vec![2.0])]),
        };
        let c = [candidate("bad"), candidate("good"), candidate("other")];
        assert_eq!(model.choose(&c, Some(0)), Some(1));
        let tie = [candidate("bad"), candidate("other")];
        assert_eq!(model.choose(&tie, Some(1)), Some(1));
        assert_eq!(model.choose(&tie, None), Some(0));
        assert_eq!(model.choose(&[], None), None);
        let back = AttributionModel::from_bytes(&model.to_bytes()).expect("reads");
        assert_eq!(back, model);
    }
}
