//! Topic profiles: what the stance is *toward*, as data.
//!
//! A [`Topic`] lists the policy under debate (targets), its alternative (counter-targets),
//! words that refer back to it ("the proposal"), the law in force ("the status quo") and
//! moves that undo the policy ("recriminalise": a story that reports one reads its "bill" as
//! that move), phrases that take a side on their own (frames), evaluative words with their
//! polarity, negation and contrast words, and idioms (phrases that hold a cue's words and
//! are no cue: "law enforcement" names the police). Every
//! entry is a [word pattern](crate::phrases). The default topic, decriminalisation of drug
//! use, is compiled in; a publisher can supply another as JSON:
//!
//! ```
//! use stancelens::topic::Topic;
//! let json = r#"{
//!   "id": "rent-control", "name": "Rent control",
//!   "targets": ["rent control*", "cap* [on] rent*"],
//!   "counter_targets": ["free market"],
//!   "evaluations": {"positive": ["work*", "fair"], "negative": ["fail*", "harm*"]},
//!   "negations": ["not", "no", "never"]
//! }"#;
//! let topic = Topic::from_json(json).expect("a valid topic");
//! assert_eq!(topic.name, "Rent control");
//!
//! let err = Topic::from_json(r#"{"id": "x", "name": "X", "targets": ["a [b"],
//!     "evaluations": {"positive": [], "negative": []}}"#).unwrap_err();
//! assert!(err.to_string().starts_with("targets[0]"));
//! ```

use std::sync::{Arc, LazyLock};

use serde::Serialize;
use thiserror::Error;

use crate::json_fields::{Field, FieldError};
use crate::json_value::JsonValue;
use crate::linear::ModelError;
use crate::phrases::{Pattern, PatternError, PatternSet, WordStream};
use crate::stance::model::StanceModel;
use crate::tokens::Tok;

/// A topic profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Topic {
    /// A short identifier ("drug-decriminalisation").
    pub id: String,
    /// The topic as readers see it ("Decriminalisation of drug use").
    pub name: String,
    /// What supporting and opposing mean here.
    pub description: String,
    /// The policy under debate, in its many forms: speaking for it is support.
    pub targets: Vec<String>,
    /// What the policy would replace: speaking for it is opposition.
    pub counter_targets: Vec<String>,
    /// Phrases that refer back to the policy ("the proposal", "this move"); in a story
    /// that reports undoing the policy (see `reversals`), they refer to that move instead.
    pub anaphora: Vec<String>,
    /// The law or system in force ("the status quo", "the current law"): speaking for it is
    /// opposition, except in a story that reports undoing the policy, where the policy is
    /// what is in force.
    pub status_quo: Vec<String>,
    /// Phrases that report undoing the policy where it is in force ("recriminalise", "roll
    /// back decriminalisation"). When the headline or the lede names one, the story is about
    /// that reversal: "the bill" is the reversal and "the status quo" the policy.
    pub reversals: Vec<String>,
    /// How the topic's bills and ballot measures are named by their number ("Measure #",
    /// "HB #"): each names the policy, unless the article says, right after naming it, that
    /// it undoes the policy ("House Bill 4002, which recriminalized possession").
    pub measures: Vec<String>,
    /// Phrases that take a side on their own.
    pub frames: Frames,
    /// Evaluative words: positive ones applied to a target mean support, negative ones oppose.
    pub evaluations: Evaluations,
    /// Words that call for something or against it ("should", "call for", "rule out"). Unlike
    /// evaluations they count only when they govern a target in the same clause.
    pub advocacy: Advocacy,
    /// Words that reverse an evaluation ("not", "never"). Words ending in n't always do.
    pub negations: Vec<String>,
    /// Words that start a contrasting clause ("but", "however").
    pub contrasts: Vec<String>,
    /// Phrases that hold a cue's words and are no cue ("law enforcement officials" are
    /// people, not a call for enforcement): read as nothing. Every topic also reads the
    /// general ones of `src/lexicon/evaluations.txt` ("a good number", "not only").
    pub idioms: Vec<String>,
    /// The stance model trained for this profile (`stancelens train --topic`), as
    /// [`StanceModel::to_bytes`] writes it; in JSON, `stance_model` in hexadecimal. A
    /// profile without one is decided by its lexicon rules; the built-in profile uses the
    /// model the crate ships. The model learned the lexicon's readings, so it belongs to the
    /// profile it was trained with: train again after changing the lexicon.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_hex"
    )]
    pub stance_model: Option<Vec<u8>>,
}

/// Writes a stance model's bytes as one hexadecimal string: plain JSON, compressed by the
/// server as well as any other encoding of the same bytes. (Plain loops: the iterator
/// adapters' instances cost the publisher's wasm about a kilobyte.)
fn serialize_hex<S: serde::Serializer>(bytes: &Option<Vec<u8>>, s: S) -> Result<S::Ok, S::Error> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let bytes = bytes.as_deref().unwrap_or_default();
    let mut hex = String::with_capacity(2 * bytes.len());
    for &b in bytes {
        hex.push(char::from(DIGITS[usize::from(b >> 4)]));
        hex.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    s.serialize_str(&hex)
}

/// Reads [`serialize_hex`]'s string back (either case), or says what is wrong with it.
fn parse_hex(hex: &str) -> Result<Vec<u8>, &'static str> {
    fn digit(c: u8) -> Result<u8, &'static str> {
        match c {
            b'0'..=b'9' => Ok(c - b'0'),
            b'a'..=b'f' => Ok(c - b'a' + 10),
            b'A'..=b'F' => Ok(c - b'A' + 10),
            _ => Err("a character that is not a hexadecimal digit"),
        }
    }
    let hex = hex.trim().as_bytes();
    if hex.len() % 2 != 0 {
        return Err("an odd number of hexadecimal digits");
    }
    let mut bytes = Vec::with_capacity(hex.len() / 2);
    for pair in hex.chunks_exact(2) {
        bytes.push(digit(pair[0])? << 4 | digit(pair[1])?);
    }
    Ok(bytes)
}

/// Phrases that take a side by themselves.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Frames {
    /// Phrases that argue for the policy.
    pub support: Vec<String>,
    /// Phrases that argue against it.
    pub oppose: Vec<String>,
}

/// Evaluative words, by polarity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Evaluations {
    /// Approving words ("works", "sensible", "should").
    pub positive: Vec<String>,
    /// Disapproving words ("failing", "dangerous", "rule out").
    pub negative: Vec<String>,
}

/// Words calling for or against something.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Advocacy {
    /// Calling for ("should", "urge", "back").
    #[serde(rename = "for")]
    pub for_: Vec<String>,
    /// Calling against ("oppose", "rule out", "no plans").
    pub against: Vec<String>,
}

/// What is wrong with a topic profile; the message names the field.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TopicError {
    /// The JSON does not parse or does not have the topic's shape.
    #[error("{path}: {message}")]
    Json {
        /// Where in the document ("evaluations.positive[3]", or "." for the whole).
        path: String,
        /// What the parser said.
        message: String,
    },
    /// A pattern does not compile.
    #[error("{field}: {source}")]
    Pattern {
        /// The field and index ("targets[0]").
        field: String,
        /// Why.
        source: PatternError,
    },
    /// A required field is empty.
    #[error("{field}: {problem}")]
    Field {
        /// The field ("id").
        field: String,
        /// What is wrong.
        problem: String,
    },
    /// The stance model's bytes are not a model this version reads.
    #[error("stance_model: {0}")]
    StanceModel(#[source] ModelError),
}

/// Evaluative words shared by every topic, and the phrases that only look like one (read as
/// [`Cue::Idiom`]), parsed once.
static GENERAL_EVALUATIONS: LazyLock<Vec<(Pattern, Cue)>> = LazyLock::new(|| {
    let mut cue = None;
    let mut out = Vec::new();
    for line in crate::lexicon::lexicon_file!("evaluations.txt")
        .lines()
        .map(str::trim)
    {
        match line {
            "" => {}
            l if l.starts_with('#') => {}
            "[positive]" => cue = Some(Cue::Evaluation(1)),
            "[negative]" => cue = Some(Cue::Evaluation(-1)),
            "[idioms]" => cue = Some(Cue::Idiom),
            l => {
                if let (Ok(p), Some(cue)) = (Pattern::parse(l), cue) {
                    out.push((p, cue));
                }
            }
        }
    }
    out
});

static DEFAULT_TOPIC: LazyLock<Topic> = LazyLock::new(|| {
    // `src/topics/decriminalisation.json` as build.rs writes its fields.
    Topic::from_fields(include_str!(concat!(
        env!("OUT_DIR"),
        "/topics/decriminalisation.fields"
    )))
});

impl Default for Topic {
    /// Decriminalisation of drug use, the built-in topic.
    fn default() -> Self {
        DEFAULT_TOPIC.clone()
    }
}

impl Topic {
    /// The built-in topic, without copying it.
    pub fn builtin() -> &'static Topic {
        &DEFAULT_TOPIC
    }

    /// The topic from one field a line (its path, U+001E, its entries separated by
    /// U+001F), as build.rs writes the built-in profile: no JSON parser in a build that reads
    /// no other profile.
    fn from_fields(text: &str) -> Topic {
        let list = |path: &str| -> Vec<String> {
            text.lines()
                .find_map(|l| l.strip_prefix(path)?.strip_prefix('\u{1e}'))
                .unwrap_or_default()
                .split('\u{1f}')
                .filter(|e| !e.is_empty())
                .map(str::to_string)
                .collect()
        };
        let one = |path: &str| list(path).pop().unwrap_or_default();
        Topic {
            id: one("id"),
            name: one("name"),
            description: one("description"),
            targets: list("targets"),
            counter_targets: list("counter_targets"),
            anaphora: list("anaphora"),
            status_quo: list("status_quo"),
            reversals: list("reversals"),
            measures: list("measures"),
            frames: Frames {
                support: list("frames.support"),
                oppose: list("frames.oppose"),
            },
            evaluations: Evaluations {
                positive: list("evaluations.positive"),
                negative: list("evaluations.negative"),
            },
            advocacy: Advocacy {
                for_: list("advocacy.for"),
                against: list("advocacy.against"),
            },
            negations: list("negations"),
            contrasts: list("contrasts"),
            idioms: list("idioms"),
            stance_model: None,
        }
    }

    /// Parses and validates a topic profile.
    pub fn from_json(json: &str) -> Result<Topic, TopicError> {
        let value = JsonValue::parse(json).map_err(|e| TopicError::Json {
            path: ".".into(),
            message: e.to_string(),
        })?;
        Topic::from_value(value)
    }

    /// Reads and validates a topic profile already parsed as JSON (from a page's options).
    pub fn from_value(value: JsonValue) -> Result<Topic, TopicError> {
        let topic = Topic::read(&Field::root(&value)).map_err(|e| TopicError::Json {
            path: e.path,
            message: e.message,
        })?;
        topic.validate()?;
        Ok(topic)
    }

    /// The fields of a topic profile, by hand ([`crate::json_fields`]: serde's messages and
    /// paths, without a generic deserializer in the widget).
    fn read(at: &Field) -> Result<Topic, FieldError> {
        let o = at.object(
            "struct Topic",
            &[
                "id",
                "name",
                "description",
                "targets",
                "counter_targets",
                "anaphora",
                "status_quo",
                "reversals",
                "measures",
                "frames",
                "evaluations",
                "advocacy",
                "negations",
                "contrasts",
                "idioms",
                "stance_model",
            ],
        )?;
        let mut t = Topic {
            id: String::new(),
            name: String::new(),
            description: String::new(),
            targets: Vec::new(),
            counter_targets: Vec::new(),
            anaphora: Vec::new(),
            status_quo: Vec::new(),
            reversals: Vec::new(),
            measures: Vec::new(),
            frames: Frames::default(),
            evaluations: Evaluations::default(),
            advocacy: Advocacy::default(),
            negations: Vec::new(),
            contrasts: Vec::new(),
            idioms: Vec::new(),
            stance_model: None,
        };
        o.each(|name, f| {
            match name {
                "id" => t.id = f.string()?,
                "name" => t.name = f.string()?,
                "description" => t.description = f.string()?,
                "targets" => t.targets = f.strings()?,
                "counter_targets" => t.counter_targets = f.strings()?,
                "anaphora" => t.anaphora = f.strings()?,
                "status_quo" => t.status_quo = f.strings()?,
                "reversals" => t.reversals = f.strings()?,
                "measures" => t.measures = f.strings()?,
                "frames" => {
                    let o = f.object("struct Frames", &["support", "oppose"])?;
                    o.each(|name, f| {
                        match name {
                            "support" => t.frames.support = f.strings()?,
                            _ => t.frames.oppose = f.strings()?,
                        }
                        Ok(())
                    })?;
                }
                "evaluations" => {
                    let o = f.object("struct Evaluations", &["positive", "negative"])?;
                    o.each(|name, f| {
                        match name {
                            "positive" => t.evaluations.positive = f.strings()?,
                            _ => t.evaluations.negative = f.strings()?,
                        }
                        Ok(())
                    })?;
                    o.require(&["positive", "negative"])?;
                }
                "advocacy" => {
                    let o = f.object("struct Advocacy", &["for", "against"])?;
                    o.each(|name, f| {
                        match name {
                            "for" => t.advocacy.for_ = f.strings()?,
                            _ => t.advocacy.against = f.strings()?,
                        }
                        Ok(())
                    })?;
                }
                "negations" => t.negations = f.strings()?,
                "idioms" => t.idioms = f.strings()?,
                "stance_model" => {
                    t.stance_model = Some(parse_hex(&f.string()?).map_err(|e| f.error(e))?);
                }
                _ => t.contrasts = f.strings()?,
            }
            Ok(())
        })?;
        o.require(&["id", "name", "targets", "evaluations"])?;
        Ok(t)
    }

    /// Checks every field: identifiers present, every pattern compiles.
    pub fn validate(&self) -> Result<(), TopicError> {
        for (field, value) in [("id", &self.id), ("name", &self.name)] {
            if value.trim().is_empty() {
                return Err(TopicError::Field {
                    field: field.into(),
                    problem: "must not be empty".into(),
                });
            }
        }
        if self.targets.is_empty() {
            return Err(TopicError::Field {
                field: "targets".into(),
                problem: "needs at least one pattern naming the policy under debate".into(),
            });
        }
        let lists = self
            .pattern_lists()
            .map(|(field, patterns, _)| (field, patterns));
        let reversals = [("reversals", &self.reversals)];
        for (field, patterns) in lists.into_iter().chain(reversals) {
            for (i, p) in patterns.iter().enumerate() {
                Pattern::parse(p).map_err(|source| TopicError::Pattern {
                    field: format!("{field}[{i}]"),
                    source,
                })?;
            }
        }
        if let Some(bytes) = &self.stance_model {
            StanceModel::from_bytes(bytes).map_err(TopicError::StanceModel)?;
        }
        Ok(())
    }

    fn pattern_lists(&self) -> [(&'static str, &Vec<String>, Cue); 14] {
        [
            ("targets", &self.targets, Cue::Target(Side::Policy)),
            (
                "counter_targets",
                &self.counter_targets,
                Cue::Target(Side::Alternative),
            ),
            ("anaphora", &self.anaphora, Cue::Target(Side::Anaphor)),
            ("status_quo", &self.status_quo, Cue::Target(Side::StatusQuo)),
            ("measures", &self.measures, Cue::Target(Side::Measure)),
            ("frames.support", &self.frames.support, Cue::Frame(1)),
            ("frames.oppose", &self.frames.oppose, Cue::Frame(-1)),
            (
                "evaluations.positive",
                &self.evaluations.positive,
                Cue::Evaluation(1),
            ),
            (
                "evaluations.negative",
                &self.evaluations.negative,
                Cue::Evaluation(-1),
            ),
            ("advocacy.for", &self.advocacy.for_, Cue::Advocacy(1)),
            (
                "advocacy.against",
                &self.advocacy.against,
                Cue::Advocacy(-1),
            ),
            ("negations", &self.negations, Cue::Negation),
            ("contrasts", &self.contrasts, Cue::Contrast),
            ("idioms", &self.idioms, Cue::Idiom),
        ]
    }

    /// The topic's patterns, compiled for matching, followed by the general evaluative words
    /// every topic shares (`src/lexicon/evaluations.txt`; the topic's own entries win).
    /// Patterns that do not compile are left out (call [`Topic::validate`] to hear about
    /// them).
    pub fn compile(&self) -> CompiledTopic {
        let mut set = PatternSet::default();
        let mut own: Vec<String> = Vec::new();
        for (_, patterns, cue) in self.pattern_lists() {
            for p in patterns {
                if let Ok(pattern) = Pattern::parse(p) {
                    own.push(pattern.source().to_string());
                    set.insert(pattern, cue);
                }
            }
        }
        let own: crate::lexicon::WordSet<String> = own.into_iter().collect();
        // A general word the topic lists itself would only ever lose to the topic's entry.
        for (pattern, cue) in GENERAL_EVALUATIONS.iter() {
            if !own.contains(pattern.source()) {
                set.insert(pattern.clone(), *cue);
            }
        }
        let compiled = |patterns: &[String]| {
            let mut set = PatternSet::default();
            for pattern in patterns.iter().filter_map(|p| Pattern::parse(p).ok()) {
                set.insert(pattern, ());
            }
            Arc::new(set)
        };
        CompiledTopic {
            patterns: Arc::new(set),
            reversals: compiled(&self.reversals),
            measures: compiled(&self.measures),
            reversal: false,
            undoing: Arc::new(Vec::new()),
        }
    }
}

/// Which side of the debate a target phrase names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The policy under debate.
    Policy,
    /// Its alternative (tougher enforcement, prison).
    Alternative,
    /// A phrase referring back to the policy (or, in a story about undoing it, to that move).
    Anaphor,
    /// The law or system in force: the alternative, unless the story is about undoing the
    /// policy.
    StatusQuo,
    /// A bill or ballot measure named by its number: the policy, unless the article defines
    /// it as undoing the policy (see [`Topic::measures`]).
    Measure,
}

/// What a topic pattern tells the stance classifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// Names a side of the debate.
    Target(Side),
    /// Takes a side by itself: +1 support, -1 oppose.
    Frame(i32),
    /// Approves (+1) or disapproves (-1).
    Evaluation(i32),
    /// Calls for (+1) or against (-1) a target it governs.
    Advocacy(i32),
    /// Reverses what follows.
    Negation,
    /// Starts a contrasting clause.
    Contrast,
    /// Reads as nothing, though its words would read as a cue: a judgement ("a good number
    /// of", "right now"), a call ("back in 2019"), a negation ("No 10"). Matched so that they
    /// are not.
    Idiom,
}

/// A topic's patterns, ready for matching, as one story reads them.
#[derive(Debug, Clone)]
pub struct CompiledTopic {
    /// Every pattern with what it signals.
    pub patterns: Arc<PatternSet<Cue>>,
    /// Phrases reporting a move to undo the policy.
    reversals: Arc<PatternSet<()>>,
    /// Named measures (see [`Topic::measures`]).
    measures: Arc<PatternSet<()>>,
    /// The story reports undoing the policy (see [`Topic::reversals`]).
    reversal: bool,
    /// The numbers of the measures the story defines as undoing the policy, sorted.
    undoing: Arc<Vec<String>>,
}

/// How many words after a measure's number its definition may start ("HB 4002, the bill that
/// would recriminalize…").
const DEFINITION_REACH: usize = 12;

impl CompiledTopic {
    /// True when `toks` (a headline, a lede: a stretch of `text`) report undoing the policy.
    pub fn reports_reversal(&self, text: &str, toks: &[Tok]) -> bool {
        let stream = WordStream::new(text, toks);
        let words: Vec<&str> = stream.words.iter().map(String::as_str).collect();
        !self.reversals.find_all(&words).is_empty()
    }

    /// Adds to `out` the number of every measure that `toks` (a sentence of `text`, or a
    /// headline) name and at once define as undoing the policy: the first phrase within
    /// [`DEFINITION_REACH`] words after the number, in its sentence, that names the policy or
    /// its undoing decides ("House Bill 4002, which recriminalized possession" undoes it;
    /// "Measure 110, which decriminalized possession, before HB 4002 recriminalized it"
    /// does not, for Measure 110).
    pub fn measures_undoing(&self, text: &str, toks: &[Tok], out: &mut Vec<String>) {
        // Most sentences with a number name no measure: a measure ending at a number is looked
        // for in the few words up to each number before the sentence's words are built.
        let named_here = toks.iter().enumerate().any(|(j, t)| {
            t.span.slice(text).bytes().any(|b| b.is_ascii_digit()) && {
                let near = WordStream::new(text, &toks[j.saturating_sub(3)..=j]);
                let words: Vec<&str> = near.words.iter().map(String::as_str).collect();
                !self.measures.find_all(&words).is_empty()
            }
        });
        if !named_here {
            return;
        }
        let stream = WordStream::new(text, toks);
        let words: Vec<&str> = stream.words.iter().map(String::as_str).collect();
        let named = self.measures.find_all(&words);
        if named.is_empty() {
            return;
        }
        // Where the policy is named (false) or undone (true), in order.
        let mut sides: Vec<(usize, bool)> = self
            .reversals
            .find_all(&words)
            .iter()
            .map(|m| (m.start, true))
            .chain(
                self.patterns
                    .find_all(&words)
                    .iter()
                    .filter(|m| *m.payload == Cue::Target(Side::Policy))
                    .map(|m| (m.start, false)),
            )
            .collect();
        crate::sort::sort_by_key(&mut sides, |&(start, undoes)| (start, !undoes));
        for m in named {
            let end = m.start + m.len;
            let first = sides
                .get(sides.partition_point(|&(start, _)| start < end))
                .filter(|&&(start, _)| {
                    start < end + DEFINITION_REACH
                        && stream.sentence[start] == stream.sentence[end - 1]
                });
            if let Some(&(_, true)) = first {
                out.push(words[end - 1].to_string());
            }
        }
    }

    /// The same patterns, for a story that does (or does not) report undoing the policy, and
    /// that defines the measures numbered `undoing` as undoing it.
    pub fn in_story(&self, reversal: bool, mut undoing: Vec<String>) -> CompiledTopic {
        crate::sort::sort(&mut undoing);
        undoing.dedup();
        CompiledTopic {
            reversal,
            undoing: Arc::new(undoing),
            ..self.clone()
        }
    }

    /// +1 for the side of the debate that is the policy, -1 for the other, for a target
    /// phrase of `side` made of `words`. In a story about undoing the policy, "the bill" is
    /// that move and the status quo is the policy; a measure is the policy unless the story
    /// defines it as undoing it.
    pub fn sign(&self, side: Side, words: &[&str]) -> i32 {
        let flip = if self.reversal { -1 } else { 1 };
        match side {
            Side::Policy => 1,
            Side::Alternative => -1,
            Side::Anaphor => flip,
            Side::StatusQuo => -flip,
            Side::Measure => {
                let number = words.last().copied().unwrap_or_default();
                if self
                    .undoing
                    .binary_search_by(|n| n.as_str().cmp(number))
                    .is_ok()
                {
                    -1
                } else {
                    1
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_in_topic_is_the_file_as_written() {
        let written = Topic::from_json(include_str!("topics/decriminalisation.json"));
        assert_eq!(written.as_ref(), Ok(Topic::builtin()));
    }

    #[test]
    fn the_builtin_topic_reads_as_its_json_does() {
        let json = Topic::from_json(include_str!("topics/decriminalisation.json"));
        assert_eq!(json.as_ref(), Ok(Topic::builtin()));
    }

    #[test]
    fn builtin_topic_is_valid() {
        let topic = Topic::builtin();
        assert_eq!(topic.validate(), Ok(()));
        let compiled = topic.compile();
        let total: usize = topic.pattern_lists().iter().map(|(_, p, _)| p.len()).sum();
        let listed: Vec<&String> = topic
            .pattern_lists()
            .iter()
            .flat_map(|(_, p, _)| p.iter())
            .collect();
        let general_only = GENERAL_EVALUATIONS
            .iter()
            .filter(|(p, _)| !listed.iter().any(|l| l.as_str() == p.source()))
            .count();
        assert!(
            general_only < GENERAL_EVALUATIONS.len(),
            "the topic shares some words"
        );
        assert_eq!(compiled.patterns.len(), total + general_only);
    }

    #[test]
    fn general_evaluations_all_compile() {
        let lines = crate::lexicon::lexicon_file!("evaluations.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with('['))
            .count();
        assert_eq!(GENERAL_EVALUATIONS.len(), lines);
    }

    #[test]
    fn a_stance_model_travels_in_its_profile_as_hexadecimal() {
        let mut topic = Topic::builtin().clone();
        let model = StanceModel::builtin().expect("the crate ships a stance model");
        topic.stance_model = Some(model.to_bytes());
        let json = serde_json::to_string(&topic).expect("serialises");
        // "SLST", the model's magic, is where the field begins.
        assert!(json.contains(r#""stance_model":"534c5354"#), "{json}");
        assert_eq!(Topic::from_json(&json).as_ref(), Ok(&topic));
        // Upper case reads the same.
        let upper = json.replace(r#""stance_model":"534c5354"#, r#""stance_model":"534C5354"#);
        assert_eq!(Topic::from_json(&upper), Ok(topic));
    }

    #[test]
    fn a_profile_without_a_stance_model_writes_none() {
        let json = serde_json::to_string(Topic::builtin()).expect("serialises");
        assert!(!json.contains("stance_model"));
    }

    #[test]
    fn a_broken_stance_model_is_an_error_naming_the_field() {
        let head = r#"{"id": "x", "name": "X", "targets": ["a"],
            "evaluations": {"positive": [], "negative": []}, "stance_model": "#;
        for (value, error) in [
            (
                r#""5z""#,
                "stance_model: a character that is not a hexadecimal digit",
            ),
            (
                r#""534""#,
                "stance_model: an odd number of hexadecimal digits",
            ),
            (r#""534c5354""#, "stance_model: model data ends early"),
            (
                r#""0000000000000000000000000000000000""#,
                "stance_model: not a StanceLens model (bad magic)",
            ),
            ("12", "stance_model: invalid type"),
        ] {
            let err = Topic::from_json(&format!("{head}{value}}}"))
                .expect_err(value)
                .to_string();
            assert!(err.starts_with(error), "{value}: {err}");
        }
    }

    #[test]
    fn builtin_topic_round_trips_through_json() {
        let json = serde_json::to_string(Topic::builtin()).expect("serialises");
        let parsed = Topic::from_json(&json).map_err(|e| e.to_string());
        assert!(
            parsed.as_ref().is_ok_and(|t| t == Topic::builtin()),
            "{:?}",
            parsed.err()
        );
    }

    #[test]
    fn a_headline_or_lede_reports_a_reversal_when_it_undoes_the_policy() {
        let topic = Topic::builtin().compile();
        let cases = [
            ("Council votes to recriminalise drug use in public", true),
            ("Province moves to re-criminalize public drug use", true),
            ("Opposition vows to repeal the decriminalisation law", true),
            (
                "Government will roll back its drug decriminalisation pilot",
                true,
            ),
            ("Should the city scrap decriminalization?", true),
            (
                "Minister rules out reversing legalisation of cannabis",
                true,
            ),
            ("Police chief backs decriminalisation", false),
            ("It is time to end the war on drugs", false),
            ("Campaigners call to reverse decades of prohibition", false),
            ("Councillors debate drug policy", false),
        ];
        for (headline, want) in cases {
            let toks = crate::tokens::tokenize(headline);
            assert_eq!(topic.reports_reversal(headline, &toks), want, "{headline}");
        }
    }

    #[test]
    fn a_measure_undoes_the_policy_only_where_its_own_words_say_so() {
        let topic = Topic::builtin().compile();
        let cases: [(&str, &[&str]); 8] = [
            (
                "Lawmakers approved House Bill 4002, which recriminalizes drug possession.",
                &["4002"],
            ),
            ("HB 4002 would recriminalise possession; Measure 110 stays.", &["4002"]),
            (
                "Measure 110, which decriminalized possession, was undone when lawmakers voted to recriminalize it.",
                &[],
            ),
            ("Officials are asking to repeal Measure 110.", &[]),
            ("Voters backed Proposition 64 to legalise cannabis.", &[]),
            // Too far after the number to be its definition.
            (
                "Prop 5 passed on Tuesday after a long and bitter campaign across the whole state, and now some want to recriminalise possession.",
                &[],
            ),
            ("Measure 110. Now they want to recriminalise drugs.", &[]),
            ("Bill C-5, which would recriminalise possession, passed.", &["5"]),
        ];
        for (text, want) in cases {
            let mut got = Vec::new();
            topic.measures_undoing(text, &crate::tokens::tokenize(text), &mut got);
            assert_eq!(got, want, "{text}");
        }
        let story = topic.in_story(false, vec!["4002".into()]);
        assert_eq!(story.sign(Side::Measure, &["hb", "4002"]), -1);
        assert_eq!(story.sign(Side::Measure, &["measure", "110"]), 1);
    }

    #[test]
    fn sides_turn_only_in_a_story_about_undoing_the_policy() {
        let topic = Topic::builtin().compile();
        let sides = [
            Side::Policy,
            Side::Alternative,
            Side::Anaphor,
            Side::StatusQuo,
        ];
        let usual: Vec<i32> = sides
            .iter()
            .map(|&s| topic.in_story(false, Vec::new()).sign(s, &[]))
            .collect();
        let reversal: Vec<i32> = sides
            .iter()
            .map(|&s| topic.in_story(true, Vec::new()).sign(s, &[]))
            .collect();
        assert_eq!(usual, [1, -1, 1, -1]);
        assert_eq!(reversal, [1, -1, -1, 1]);
    }

    #[test]
    fn a_profiles_idioms_hide_the_cues_in_them() {
        let json = r#"{"id": "rent", "name": "Rent control", "targets": ["rent control"],
            "evaluations": {"positive": ["fair"], "negative": []},
            "idioms": ["fair market rent"]}"#;
        let topic = Topic::from_json(json).expect("a valid profile");
        assert_eq!(topic.idioms, ["fair market rent"]);
        let compiled = topic.compile();
        let cues = |words: &[&str]| -> Vec<Cue> {
            compiled
                .patterns
                .find_all(words)
                .iter()
                .map(|m| *m.payload)
                .collect()
        };
        assert_eq!(cues(&["a", "fair", "market", "rent"]), [Cue::Idiom]);
        assert_eq!(cues(&["a", "fair", "rent"]), [Cue::Evaluation(1)]);
    }

    #[test]
    fn errors_name_the_field() {
        let base =
            r#""id": "t", "name": "T", "evaluations": {"positive": ["good"], "negative": []}"#;
        let cases = [
            (format!("{{{base}, \"targets\": []}}"), "targets: needs at least one"),
            (format!("{{{base}, \"targets\": [\"ok\", \"bad*x\"]}}"), "targets[1]: `bad*x`"),
            (format!("{{{base}, \"targets\": [\"x\"], \"frames\": {{\"support\": [\"\"]}}}}"), "frames.support[0]: the pattern is empty"),
            (format!("{{{base}, \"targets\": [\"x\"], \"colour\": 1}}"), "colour"),
            (format!("{{{base}, \"targets\": \"x\"}}"), "targets: invalid type"),
            (format!("{{{base}, \"targets\": [\"x\"], \"reversals\": [\"undo [x\"]}}"), "reversals[0]"),
            (format!("{{{base}, \"targets\": [\"x\"], \"status_quo\": [\"\"]}}"), "status_quo[0]: the pattern is empty"),
            (format!("{{{base}, \"targets\": [\"x\"], \"idioms\": [\"[x\"]}}"), "idioms[0]"),
            ("{\"id\": \"t\"".to_string(), "EOF"),
            (r#"{"id": " ", "name": "T", "targets": ["x"], "evaluations": {"positive": [], "negative": []}}"#.to_string(), "id: must not be empty"),
        ];
        for (json, want) in cases {
            let err = Topic::from_json(&json).expect_err(&json).to_string();
            assert!(err.contains(want), "{json}\n  gave: {err}\n  want: {want}");
        }
    }
}
