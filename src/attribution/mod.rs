//! Who said it.
//!
//! | module | what it does |
//! |---|---|
//! | [`rules`] | reporting cues and the order they are tried in; a cue's subject (`rules/subjects.rs`) resolved to an entity (`rules/resolve.rs`) |
//! | [`terms`] | quote or term: the rules' verdict on scare quotes, titles and names in quotation marks |
//! | [`interview`] | questions and answers: an answer in quotation marks after the interviewer's question is the interviewee's |
//! | [`candidates`] | every person or body a quote could be given to, with features |
//! | [`model`] | the learned choice among the candidates |
//! | [`passages`] | quote or term: the learned decision whether a quoted passage is someone's words |

pub mod candidates;
pub mod interview;
pub mod model;
pub mod passages;
pub mod rules;
pub mod terms;

pub use rules::{Attribution, Attributor, CueWords, Found, Subject};
pub use terms::is_term;
