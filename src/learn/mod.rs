//! Learning from the annotated corpus: reading it, scoring against it, training the models
//! and measuring them by cross-validation (native only; the `cli` feature).
//!
//! | module | what it does |
//! |---|---|
//! | [`corpus`] | annotated articles and their folds |
//! | [`score`] | the scoring rules of `shared/eval/score.py` |
//! | [`logistic`] | logistic regression by L-BFGS, written as a [`crate::linear::LinearModel`] |

pub mod corpus;
pub mod logistic;
pub mod score;
