//! StanceLens: who is quoted in a news article, what each of them says, and where each
//! stands on a topic.
//!
//! ```
//! use stancelens::{analyze, Topic};
//!
//! let text = "Ann Lee, a GP in Leeds, said locking people up had “utterly failed”.\n\n\
//!             “We should treat addiction as a health issue,” she added.";
//! let analysis = analyze(text, Topic::builtin());
//!
//! let q = &analysis.quotes[0];
//! assert_eq!(q.text, "utterly failed");
//! assert_eq!(q.speaker.as_deref(), Some("Ann Lee"));
//! assert_eq!(analysis.quotes[1].speaker.as_deref(), Some("Ann Lee")); // "she added"
//! assert_eq!(analysis.speakers[0].description.as_deref(), Some("a GP in Leeds"));
//! // Every label comes with a confidence and a reason a reader can follow.
//! assert!((0.0..=1.0).contains(&q.confidence));
//! println!("{} ({:?}): {}", q.stance.as_str(), q.certainty(), q.reason);
//! ```
//!
//! [`analyze`] is total (any `&str`, never panics) and deterministic (the same output
//! natively and in WebAssembly). Offsets are UTF-8 byte offsets into the given text
//! ([`span`]). The analysis core has no web dependency; the browser widget lives behind the
//! `web` feature and the command-line tool behind `cli`.
//!
//! # Map
//!
//! The pipeline, in the order it runs ([`analyzer`] drives it):
//!
//! | module | what it does |
//! |---|---|
//! | [`page`] | what of a web page is the article (the widget's and the CLI's one set of rules) |
//! | [`paragraphs`] | splits the text into paragraphs; marks promo lines and bylines |
//! | [`tokens`] | words, punctuation and quotation marks, with byte spans |
//! | [`quotes`] | pairs quotation marks: apostrophes, nesting, quotations over paragraphs |
//! | [`document`] | the article prepared once: tokens, quoted passages, writer's sentences |
//! | [`json_fields`] | reading JSON objects field by field, with serde's messages and paths |
//! | [`json_value`] | a JSON document as those readers need it: fields in order, numbers as `f64` |
//! | [`json_ld`] | a page's schema.org JSON-LD `articleBody` |
//! | [`json_pretty`] | compact JSON indented as serde_json's pretty printer does |
//! | [`mentions`] | names in the writer's text, with titles and appositives |
//! | [`speakers`] | who is who: names, surnames, acronyms, short forms, pronouns, descriptions |
//! | [`attribution`] | the cue and speaker of each quoted passage; quotes vs scare quotes (`terms`) |
//! | [`reported`] | reported speech without quotation marks |
//! | [`phrases`] | the word-pattern language topic profiles are written in |
//! | [`topic`] | topic profiles (data): targets, evaluations, negations; a trained stance model |
//! | [`stance`] | stance toward the topic, with evidence; speaker aggregation |
//! | [`lexicon`] | English reporting verbs, titles, role nouns, organisation heads (data files) |
//! | [`analyzer`] | the pipeline: text in, stage by stage, an [`Analysis`] out |
//! | [`analysis`] | what comes out: quotes, speakers, stances (serde types) |
//! | [`overrides`] | editorial fixes of a quote's speaker or stance |
//! | [`wire`] | the analysis as compact bytes (the worker's answer to the page) |
//! | [`embed`] | embedding in a news page: options and the text map (plain), `mount` (`embed`) |
//! | [`widget`] | the browser widget: render pieces and view state (plain), Yew components (`web`) |
//! | [`sort`] | one stable sort, compiled once (the wasm stays small) |
//! | [`by_entity`] | a value per speaker entity, without a hash table (the wasm stays small) |
//! | `input` (`cli`) | reading plain text, HTML or JSON articles |
//! | `learn` (`cli`) | the annotated corpus, scoring, training and cross-validation |

pub mod analysis;
pub mod analyzer;
pub mod attribution;
pub mod by_entity;
pub mod document;
pub mod embed;
pub mod features;
#[cfg(feature = "cli")]
pub mod input;
pub mod json_fields;
pub mod json_ld;
pub mod json_pretty;
pub mod json_value;
#[cfg(feature = "cli")]
pub mod learn;
pub mod lexicon;
pub mod linear;
pub mod mentions;
pub mod overrides;
pub mod page;
pub mod paragraphs;
pub mod phrases;
pub mod quotes;
pub mod reported;
pub mod sort;
pub mod span;
pub mod speakers;
pub mod stance;
pub mod tokens;
pub mod topic;
pub mod widget;
pub mod wire;

pub use analysis::{Analysis, Certainty, Quote, QuoteKind, Speaker};
pub use analyzer::{analyze, Analyzer};
pub use speakers::SpeakerKind;
pub use stance::{SpeakerStance, Stance};
pub use topic::{Topic, TopicError};
