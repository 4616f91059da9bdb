//! StanceLens: who is quoted in a news article, what each of them says, and where each
//! stands on a topic.
pub mod analysis;
pub mod attribution;
pub mod document;
#[cfg(feature = "cli")]
pub mod input;
pub mod lexicon;
pub mod mentions;
pub mod paragraphs;
pub mod phrases;
pub mod quotes;
pub mod reported;
pub mod span;
pub mod speakers;
pub mod stance;
pub mod tokens;
pub mod topic;

pub use analysis::{analyze, Analysis, Analyzer, Quote, QuoteKind, Speaker};
pub use speakers::SpeakerKind;
pub use stance::{SpeakerStance, Stance};
pub use topic::{Topic, TopicError};
