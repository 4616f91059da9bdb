//! Who said it.
//!
//! | module | what it does |
//! |---|---|
//! | [`rules`] | reporting cues and their subjects, resolved to entities; quotes vs scare quotes |
//! | [`candidates`] | every person or body a quote could be given to, with features |
//! | [`model`] | the learned choice among the candidates |
//! | [`passages`] | quote or term: the learned decision whether a quoted passage is someone's words |

pub mod candidates;
pub mod model;
pub mod passages;
pub mod rules;

pub use rules::{is_term, Attribution, Attributor, CueWords, Found, Subject};
