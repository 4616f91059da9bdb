//! The learned stance decision: a quote's label and confidence from its features.
//!
//! The model is a softmax regression over the quote's [features](super::features) (three
//! logits: support, oppose, neutral), trained by `stancelens train` from the annotated
//! corpus. Its weights ship in the crate (`src/models/stance.bin`, exactly as the training
//! command writes them).

use std::sync::OnceLock;

use crate::analysis::Quote;
use crate::features::Features;
use crate::linear::{softmax, LinearModel, ModelError};
use crate::span::Span;

use super::{Basis, Stance};

/// The labels in the order of the model's outputs.
pub const LABELS: [Stance; 3] = [Stance::Support, Stance::Oppose, Stance::Neutral];

/// The stance model.
#[derive(Clone, Debug, PartialEq)]
pub struct StanceModel {
    /// Per-quote logits: support, oppose, neutral.
    pub quote: LinearModel,
}

/// The shipped weights (empty before the first training run: the rules decide then).
const BUILTIN: &[u8] = include_bytes!("../models/stance.bin");

impl StanceModel {
    /// The model shipped with the crate, if it has one.
    pub fn builtin() -> Option<&'static StanceModel> {
        static MODEL: OnceLock<Option<StanceModel>> = OnceLock::new();
        MODEL
            .get_or_init(|| StanceModel::from_bytes(BUILTIN).ok())
            .as_ref()
    }

    /// Reads a model written by [`StanceModel::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<StanceModel, ModelError> {
        Ok(StanceModel {
            quote: LinearModel::from_bytes(bytes)?,
        })
    }

    /// The model as bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.quote.to_bytes()
    }

    /// Decides each quote's stance. `speakers[i]` is quote `i`'s speaker.
    pub fn decide(&self, features: &[Features], _speakers: &[Option<usize>]) -> Vec<Decision> {
        features
            .iter()
            .map(|f| {
                let p = softmax(&self.quote.logits(f));
                let best = (0..3)
                    .max_by(|&a, &b| p[a].total_cmp(&p[b]).then(b.cmp(&a)))
                    .unwrap_or(2);
                Decision {
                    label: LABELS[best],
                    confidence: (p[best] * 100.0).round() as f32 / 100.0,
                    words: Vec::new(),
                }
            })
            .collect()
    }
}

/// One quote's decision.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    /// The label.
    pub label: Stance,
    /// Its probability, rounded to two decimals.
    pub confidence: f32,
    /// The quote's words that pushed hardest toward the label.
    pub words: Vec<Span>,
}

impl Decision {
    /// Writes the decision into a quote.
    pub fn apply(self, q: &mut Quote) {
        if q.stance != self.label {
            q.stance_basis = Basis::Quote;
        }
        q.stance = self.label;
        q.stance_score = self.label.sign();
        q.confidence = self.confidence;
    }
}
