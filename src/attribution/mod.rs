//! Who said it.
//!
//! | module | what it does |
//! |---|---|
//! | [`rules`] | reporting cues and their subjects, resolved to entities; quotes vs scare quotes |
//! | [`candidates`] | every person or body a quote could be given to, with features |
//! | [`model`] | the learned choice among the candidates |

pub mod candidates;
pub mod model;
pub mod rules;

pub use rules::{is_term, Attribution, Attributor, CueWords, Found, Subject};
