//! Learning from the annotated corpus: reading it, scoring against it, training the models
//! and measuring them by cross-validation (native only; the `cli` feature).
//!
//! | module | what it does |
//! |---|---|
//! | [`corpus`] | annotated articles and their folds |
//! | [`score`] | the scoring rules of `shared/eval/score.py` |
//! | [`stance`] | stance examples from drafts matched to gold; fitting the stance model |
//! | [`attribution`] | candidate speakers labelled against gold; fitting the attribution model |
//! | [`passages`] | quoted passages labelled quote or term against gold; fitting the quote model |
//! | [`errors`] | wrong speakers sorted by cause |
//! | [`crossval`] | cross-validation, ablation, learning curve, the fixed test set |
//! | [`logistic`] | logistic regression by L-BFGS, written as a [`crate::linear::LinearModel`] |

pub mod attribution;
pub mod corpus;
pub mod crossval;
pub mod errors;
pub mod logistic;
pub mod passages;
pub mod score;
pub mod stance;
