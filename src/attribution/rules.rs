//! The rules of attribution: the reporting cue and its subject for each quoted passage, and
//! telling quotes from scare quotes. What they find is the strongest candidate the
//! attribution model weighs (see [`super::candidates`]).
//!
//! For a quoted passage the attribution is looked for, in order:
//!
//! 1. "according to X" in its sentence;
//! 2. a reporting cue before it in its sentence ("X said:", "X, a role, said", "X told
//!    journalists: …", "X called for a ‘…’ approach");
//! 3. a cue right after it ("…,” said X." / "…,” X said." / "…,” he added.");
//! 4. another quote of the same sentence;
//! 5. for a paragraph that opens with a quotation mark, the current speaker
//!    (continuation paragraphs);
//! 6. an earlier quote of the same paragraph.
//!
//! Subjects are found by the shape of the writer's sentence: names, pronouns, and
//! descriptions ("a Home Office spokesman", "supporters of the bill", "the committee",
//! "the HSCC report"), skipping appositives ("Ed Davies, director of policy at …, said").

use std::collections::HashMap;

use crate::document::Document;
use crate::lexicon::{self, lexicon, Pronoun};
use crate::mentions::{self, NameMention};
use crate::paragraphs::ParagraphRole;
use crate::span::Span;
use crate::speakers::{self, EntityId, Registry, SpeakerKind};
use crate::tokens::{self, TokKind};

/// How a quote was tied to its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attribution {
    /// A reporting cue in the sentence ("said", "told", "called for").
    Cue,
    /// "according to X".
    AccordingTo,
    /// Another quote of the same sentence.
    SameSentence,
    /// A paragraph opening with a quotation mark continues the current speaker.
    Continuation,
    /// An earlier quote of the same paragraph.
    SameParagraph,
    /// Named nearby, without a cue that ties them: chosen by the attribution model from
    /// the people and bodies around the quote.
    Nearby,
    /// Nobody can be named.
    Unattributed,
}

impl Attribution {
    /// A short name, for features and reports ("cue", "according-to", …).
    pub fn short_name(self) -> &'static str {
        match self {
            Attribution::Cue => "cue",
            Attribution::AccordingTo => "according-to",
            Attribution::SameSentence => "same-sentence",
            Attribution::Continuation => "continuation",
            Attribution::SameParagraph => "same-paragraph",
            Attribution::Nearby => "nearby",
            Attribution::Unattributed => "none",
        }
    }
}

/// A reporting cue as it stands in the text.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CueWords {
    /// The cue's lemma ("say", "call for", "according to").
    pub lemma: String,
    /// Where its words are (byte offsets).
    pub span: Span,
}

/// The grammatical subject of a cue, before resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    /// A name mention (index into the names).
    Name(usize),
    /// A pronoun token.
    Pronoun(Pronoun, usize),
    /// A noun phrase without a name as its head: first and last token, head token.
    Description {
        first: usize,
        last: usize,
        head: usize,
    },
}

/// A cue with its resolved speaker.
#[derive(Clone, Debug)]
pub struct Found {
    /// The cue.
    pub cue: CueWords,
    /// The speaker.
    pub speaker: EntityId,
    /// Where the speaker is mentioned.
    pub mention: Span,
    /// Token index of the cue's first word.
    pub cue_tok: usize,
    /// Number of words in the cue.
    pub cue_len: usize,
}

/// Prepositions that may stand inside a speaker's description, after its head ("members of
/// the committee", "residents in the town", "business leaders from across Portland").
const PREPOSITIONS_IN_NP: &[&str] = &[
    "of",
    "on",
    "for",
    "in",
    "at",
    "from",
    "across",
    "around",
    "throughout",
];

/// Shared state of the attribution stages: the document, its names and the registry.
pub struct Attributor<'d, 't> {
    /// The document.
    pub doc: &'d Document<'t>,
    /// Names in the writer's text.
    pub names: Vec<NameMention>,
    /// The entity of each name.
    pub name_entity: Vec<EntityId>,
    /// Who is who.
    pub registry: Registry,
    words: Vec<&'d str>,
    name_by_last: HashMap<usize, usize>,
    name_by_first: HashMap<usize, usize>,
}

impl<'d, 't> Attributor<'d, 't> {
    /// Finds the names and registers them.
    pub fn new(doc: &'d Document<'t>) -> Self {
        let names = crate::mentions::find(doc);
        let mut registry = Registry::default();
        let name_entity: Vec<EntityId> = names
            .iter()
            .map(|m| registry.register_name(doc.text, m))
            .collect();
        // A name registered before the fuller name it is part of was merged into it.
        let name_entity = name_entity
            .into_iter()
            .map(|id| registry.canonical(id))
            .collect();
        let words = doc.norm.iter().map(|w| &**w).collect();
        let name_by_last = names
            .iter()
            .enumerate()
            .map(|(i, m)| (m.toks.1, i))
            .collect();
        let name_by_first = names
            .iter()
            .enumerate()
            .map(|(i, m)| (m.toks.0, i))
            .collect();
        Attributor {
            doc,
            names,
            name_entity,
            registry,
            words,
            name_by_last,
            name_by_first,
        }
    }

    fn word(&self, k: usize) -> &str {
        self.words.get(k).copied().unwrap_or("")
    }

    fn is_word(&self, k: usize) -> bool {
        self.doc.is_writer_word(k)
    }

    /// Is there a reporting cue at token `k` used as a verb? Returns lemma and length.
    pub fn cue_at(&self, k: usize) -> Option<(&'static str, usize)> {
        if !self.is_word(k) {
            return None;
        }
        let raw = self.doc.tok_text(k);
        let sentence_start = self.doc.sentences[self.doc.sentence_of[k]].0;
        if tokens::is_capitalised(raw) && k != sentence_start {
            return None;
        }
        let (lemma, len) = lexicon().cue_at(&self.words, k)?;
        if (k..k + len).any(|j| !self.is_word(j)) {
            return None;
        }
        if k > 0 && self.doc.toks[k - 1].kind == TokKind::Word {
            let prev = self.word(k - 1);
            let prev_raw = self.doc.tok_text(k - 1);
            if lexicon::is_determiner(prev)
                || tokens::is_possessive(prev_raw)
                || prev == "to" && lemma != "go on to say"
            {
                return None;
            }
        }
        Some((lemma, len))
    }

    fn skip_fillers(&self, mut k: usize, floor: usize) -> Option<usize> {
        while k >= floor
            && self.is_word(k)
            && lexicon::is_verb_filler(self.word(k))
            && lexicon::pronoun(self.word(k)).is_none()
        {
            if k == floor {
                return None;
            }
            k -= 1;
        }
        Some(k)
    }

    fn skip_parenthesis(&self, k: usize, floor: usize) -> Option<usize> {
        if self.doc.tok_text(k) != ")" {
            return Some(k);
        }
        let mut j = k;
        while j > floor && self.doc.tok_text(j) != "(" && k - j < 10 {
            j -= 1;
        }
        if self.doc.tok_text(j) == "(" && j > floor {
            Some(j - 1)
        } else {
            None
        }
    }

    /// The subject of a cue starting at token `c`, looking left no further than `floor`.
    pub fn subject_before(&self, c: usize, floor: usize) -> Option<Subject> {
        if c == 0 || c <= floor {
            return None;
        }
        let mut k = self.skip_fillers(c - 1, floor)?;
        // Appositives and inserts: "X, director of …, said"; "Others, especially …, argue".
        for _ in 0..3 {
            if self.doc.tok_text(k) != "," {
                break;
            }
            let mut j = k;
            while j > floor {
                j -= 1;
                let t = self.doc.tok_text(j);
                if matches!(t, "," | "." | ";" | ":")
                    || self.doc.quote_of[j].is_some()
                    || k - j > 30
                {
                    break;
                }
            }
            if self.doc.tok_text(j) != "," || j <= floor {
                return None;
            }
            // "Its chief executive, Morag Lindsay, said": the insert is the name itself.
            if let Some(&ni) = self.name_by_first.get(&(j + 1)) {
                let m = &self.names[ni];
                let full_name = m.name.slice(self.doc.text).split_whitespace().count() >= 2;
                if m.toks.1 + 1 == k
                    && full_name
                    && self.registry.get(self.name_entity[ni]).kind == SpeakerKind::Person
                {
                    return Some(Subject::Name(ni));
                }
            }
            k = self.skip_parenthesis(j - 1, floor)?;
            k = self.skip_fillers(k, floor)?;
            // "Senator Jane Doe, of the Green list, led by Senator John Roe, who …, tweeted":
            // a participle's phrase before the insert is an insert too.
            if let Some(before) = self.participle_insert_start(k, floor) {
                k = before;
            }
        }
        k = self.skip_parenthesis(k, floor)?;
        if k < floor {
            return None;
        }
        if let Some(group) = self.collective_before(k, floor) {
            return Some(group);
        }
        // "Jane Doe, of Upper Marsh, Northshire, said": where someone is from, after a comma.
        if let Some(&ni) = self.name_by_last.get(&k) {
            let first = self.names[ni].toks.0;
            if first >= floor + 3
                && matches!(self.word(first - 1), "of" | "from")
                && self.doc.tok_text(first - 2) == ","
            {
                if let Some(&person) = self.name_by_last.get(&(first - 3)) {
                    if self.names[person].toks.0 >= floor {
                        return Some(Subject::Name(person));
                    }
                }
            }
        }
        if let Some(&ni) = self.name_by_last.get(&k) {
            let first = self.names[ni].toks.0;
            // "members of the committee on Veterans and Legal Affairs": the name ends a longer
            // phrase whose head comes before it.
            let inside_phrase = first > floor
                && self.is_word(first - 1)
                && (PREPOSITIONS_IN_NP.contains(&self.word(first - 1))
                    || lexicon::is_determiner(self.word(first - 1))
                        && first - 1 > floor
                        && PREPOSITIONS_IN_NP.contains(&self.word(first - 2)));
            if inside_phrase {
                if let Some(d @ Subject::Description { head, .. }) = self.np_before(k, floor) {
                    if head < first {
                        return Some(d);
                    }
                }
            }
            if first >= floor {
                let person = |n: usize| self.is_person(n);
                // "The North Shire MSP said", "the Justice said": capitals that end in a
                // role are a description of someone, not a name.
                // "the San Juan/Barataria MP said": places joined by a slash.
                let mut start = first;
                while start >= floor + 2 && self.doc.tok_text(start - 1) == "/" {
                    match self.name_by_last.get(&(start - 2)) {
                        Some(&before) if self.names[before].toks.0 >= floor => {
                            start = self.names[before].toks.0;
                        }
                        _ => break,
                    }
                }
                if !person(ni) && start > floor && lexicon::is_determiner(self.word(start - 1)) {
                    let head = tokens::strip_possessive(self.word(k));
                    // "the North Shire PCC": an office's initials, known as someone's role.
                    let office = || {
                        let at = self.doc.toks[first].span.start;
                        mentions::is_acronym(self.doc.tok_text(k))
                            && self.registry.by_role(head, at).is_some()
                    };
                    if lexicon().is_role_noun(head) || lexicon().is_title(head) || office() {
                        return Some(Subject::Description {
                            first: start - 1,
                            last: k,
                            head: k,
                        });
                    }
                }
                // "Ann Lee, leader of the Centre Party said": an appositive
                // the writer did not close; the subject is the person it describes.
                if !person(ni) {
                    if let Some(owner) = self.open_appositive_owner(first, floor) {
                        return Some(Subject::Name(owner));
                    }
                }
                // "Wade Huxley, R-Roswell, who…": a non-person name right after a person and a
                // comma is the person's appositive.
                if !person(ni) && first >= floor + 2 && self.doc.tok_text(first - 1) == "," {
                    if let Some(&before) = self.name_by_last.get(&(first - 2)) {
                        if person(before) && self.names[before].toks.0 >= floor {
                            return Some(Subject::Name(before));
                        }
                    }
                }
                if let Some(joint) = self.joint_subject(ni, floor) {
                    return Some(joint);
                }
                // "Jane Doe, whose cousin, John, died in 2008, said": the relative clause's
                // own appositive is not the subject.
                if let Some(owner) = self.whose_owner(first, floor) {
                    return Some(Subject::Name(owner));
                }
                if let Some(owner) = self.restrictive_relative_owner(first, floor) {
                    return Some(owner);
                }
                return Some(Subject::Name(ni));
            }
        }
        if !self.is_word(k) {
            return None;
        }
        let w = self.word(k);
        if let Some(p) = lexicon::pronoun(w) {
            return Some(Subject::Pronoun(p, k));
        }
        if matches!(w, "which" | "that" | "who") && k > floor {
            return self.relative_antecedent(k - 1, floor);
        }
        let np = self.np_before(k, floor);
        // "Mr Ray, who was a nurse for twenty years, first in …, said": the phrase
        // before the cue describes the person the appositive hangs on.
        if let Some(Subject::Description { first, .. }) = np {
            if let Some(owner) = self.open_appositive_owner(first, floor) {
                return Some(Subject::Name(owner));
            }
            if let Some(owner) = self.restrictive_relative_owner(first, floor) {
                return Some(owner);
            }
        }
        np
    }

    /// A sentence that opens with a definite role description of a person already named
    /// ("Jane Doe, the North Shire leader, … The opposition leader spoke to reporters
    /// alongside John Roe."): the sentence is about that person, so a pronoun in the next
    /// sentence prefers them to a name mentioned later in it.
    pub fn sight_sentence_subject(&mut self, s: usize) {
        let (first, end) = self.doc.sentences[s];
        if !self.is_word(first) || self.word(first) != "the" {
            return;
        }
        let Some(Subject::Description { first, last, head }) =
            self.np_after(first, end.min(first + 8))
        else {
            return;
        };
        let lx = lexicon();
        let head_word = tokens::strip_possessive(self.word(head));
        if !(lx.is_role_noun(head_word) || lx.is_title(head_word)) {
            return;
        }
        let span = self.doc.span_of(first, last);
        // "The West Shire MSP, the party's justice spokesman, is …" right after "Jane Doe, a
        // former journalist, is tipped to replace John Roe": with no name of its own, a
        // definite role that opens a sentence goes on about the previous sentence's subject
        // (the first person it names), whoever carries the role word.
        let names_someone_new =
            (last + 1..end.min(last + 4)).any(|k| self.person_name_at(k).is_some());
        let id = self
            .registry
            .by_role(head_word, span.start)
            .filter(|&id| !self.registry.get(id).unnamed)
            .or_else(|| {
                (!names_someone_new)
                    .then(|| self.previous_sentence_subject(s))
                    .flatten()
            });
        if let Some(id) = id {
            self.registry.sight(id, span, false);
        }
    }

    /// Whether the phrase starting at token `first` is a preposition's object ("to the
    /// Home Office", "with Jane Doe").
    fn after_preposition(&self, first: usize) -> bool {
        let mut k = first;
        if k > 0 && self.is_word(k - 1) && lexicon::is_determiner(self.word(k - 1)) {
            k -= 1;
        }
        k > 0
            && self.is_word(k - 1)
            && matches!(
                self.word(k - 1),
                "to" | "with" | "from" | "at" | "for" | "against" | "into" | "toward" | "towards"
            )
    }

    /// The first token after a dateline that opens the sentence ("MONTPELIER (AP) — Gov. Jane
    /// Doe vetoed…"), else `floor`.
    fn after_dateline(&self, floor: usize, before: usize) -> usize {
        let doc = self.doc;
        let limit = before.min(floor + 8);
        let Some(dash) = (floor..limit).find(|&k| matches!(doc.tok_text(k), "—" | "–" | "--"))
        else {
            return floor;
        };
        let dateline = (floor..dash).all(|k| {
            let t = doc.tok_text(k);
            !self.is_word(k) || tokens::is_all_caps(t) || matches!(t, "," | "(" | ")" | ".")
        });
        if dateline && dash > floor {
            dash + 1
        } else {
            floor
        }
    }

    /// "PERSON, whose NOUN, NAME": the person the relative clause holding the name at token
    /// `first` describes.
    fn whose_owner(&self, first: usize, floor: usize) -> Option<usize> {
        if first < floor + 4 || self.doc.tok_text(first - 1) != "," {
            return None;
        }
        let whose = (first.saturating_sub(5)..first - 1)
            .rev()
            .find(|&k| self.is_word(k) && self.word(k) == "whose")?;
        if whose < floor + 2 || self.doc.tok_text(whose - 1) != "," {
            return None;
        }
        let &owner = self.name_by_last.get(&(whose - 2))?;
        self.is_person(owner).then_some(owner)
    }

    /// Whether the phrase at token `first` opens its sentence, or follows only the quotation
    /// that does ("“…,” the shadow minister said").
    fn opens_sentence(&self, first: usize) -> bool {
        let doc = self.doc;
        let Some(&(start, _)) = doc
            .sentence_of
            .get(first)
            .and_then(|&s| doc.sentences.get(s))
        else {
            return false;
        };
        start == first
            || doc
                .toks
                .get(start)
                .is_some_and(|t| t.kind == TokKind::QuoteMark)
                && (start..first).all(|k| doc.quote_of[k].is_some() || !doc.is_writer_word(k))
    }

    /// The first named person of the sentence before sentence `s`, in the same or the
    /// previous paragraph.
    fn previous_sentence_subject(&self, s: usize) -> Option<EntityId> {
        let doc = self.doc;
        let (prev_first, _) = *doc.sentences.get(s.checked_sub(1)?)?;
        let (first, _) = *doc.sentences.get(s)?;
        if doc
            .para_of
            .get(first)?
            .saturating_sub(*doc.para_of.get(prev_first)?)
            > 1
        {
            return None;
        }
        let from = doc.toks.get(prev_first)?.span.start;
        let to = doc.toks.get(first)?.span.start;
        self.registry
            .sightings_between(from, to, 64)
            .filter(|&(at, _, _)| self.in_body(at))
            .map(|(_, id, _)| id)
            .find(|&id| {
                let e = self.registry.get(id);
                !e.unnamed && e.kind == SpeakerKind::Person
            })
    }

    /// Whether name `ni` is a person's.
    fn is_person(&self, ni: usize) -> bool {
        self.registry.get(self.name_entity[ni]).kind == SpeakerKind::Person
    }

    /// The person's name that starts at token `k`, if one does.
    fn person_name_at(&self, k: usize) -> Option<usize> {
        self.name_by_first
            .get(&k)
            .copied()
            .filter(|&ni| self.is_person(ni))
    }

    /// A body joined to another name as one subject ("the North Shire Trust and the East
    /// Vale Foundation said", "Jane Doe and the East Vale Foundation said"): the pair speaks
    /// as one, named as written. Two people ("Jane Doe and John Roe said") are left alone.
    fn joint_subject(&self, ni: usize, floor: usize) -> Option<Subject> {
        let (first, last) = self.names[ni].toks;
        let kind = |n: usize| self.registry.get(self.name_entity[n]).kind;
        if kind(ni) == SpeakerKind::Person {
            return None;
        }
        let mut j = first.checked_sub(1)?;
        if j > floor && self.word(j) == "the" {
            j -= 1;
        }
        if j <= floor || self.word(j) != "and" {
            return None;
        }
        // "The North Shire Trust (NST) and the East Vale Foundation said".
        let before_and = self.skip_parenthesis(j - 1, floor)?;
        let &other = self.name_by_last.get(&before_and)?;
        let a = self.names[other].toks.0;
        if a < floor || self.names[other].possessive {
            return None;
        }
        let a = if a > floor && self.word(a - 1) == "the" {
            a - 1
        } else {
            a
        };
        Some(Subject::Description {
            first: a,
            last,
            head: last,
        })
    }

    /// The person whose appositive holds token `first`: "PERSON, words… NAME" with no
    /// sentence or clause break between the comma and `first` (at most 25 tokens back).
    fn open_appositive_owner(&self, first: usize, floor: usize) -> Option<usize> {
        let doc = self.doc;
        let mut j = first;
        while j > floor && first - j < 25 {
            j -= 1;
            let t = doc.tok_text(j);
            if matches!(t, "." | ";" | ":") || doc.quote_of[j].is_some() || self.cue_at(j).is_some()
            {
                return None;
            }
            if t == "," {
                let &owner = self.name_by_last.get(&j.checked_sub(1)?)?;
                let e = self.registry.get(self.name_entity[owner]);
                let words_between = (j + 1..first).filter(|&k| self.is_word(k)).count();
                return (e.kind == SpeakerKind::Person
                    && self.names[owner].toks.0 >= floor
                    && words_between >= 1)
                    .then_some(owner);
            }
        }
        None
    }

    /// Whether `id` is known by a title other than `head` ("minister" for "the premier"):
    /// one office-holder is not referred to by another's office.
    fn holds_other_office(&self, id: EntityId, head: &str, description: &str) -> bool {
        let lx = lexicon();
        if !lx.is_title(head) {
            return false;
        }
        let mut offices = self
            .registry
            .get(id)
            .role_words
            .iter()
            .filter(|w| lx.is_title(w));
        // "police chief Jane Doe … the North Shire chief constable": a word of the
        // description is one of her offices.
        let described = |w: &str| description.split(' ').any(|d| d.eq_ignore_ascii_case(w));
        offices.clone().next().is_some() && offices.all(|w| w != head && !described(w))
    }

    /// The comma opening a participle's insert ", led by Senator John Roe" that ends at `k`.
    fn participle_insert_start(&self, k: usize, floor: usize) -> Option<usize> {
        let mut j = k;
        while j > floor && k - j < 12 {
            j -= 1;
            let t = self.doc.tok_text(j);
            if self.doc.quote_of[j].is_some() || matches!(t, "." | ";" | ":") {
                return None;
            }
            if t == "," {
                let first = j + 1;
                let participle = self.is_word(first)
                    && self.is_word(first + 1)
                    && self.word(first).ends_with("ed")
                    && self.word(first + 1) == "by";
                return participle.then_some(j);
            }
        }
        None
    }

    /// "One business owner who met Assistant Commissioner Jane Doe told…": a name inside a
    /// restrictive relative clause (no comma closes it) is not the subject; the person the
    /// clause describes is. Only "who": "the group which represents Jane Doe" is too often
    /// a name's own phrase.
    fn restrictive_relative_owner(&self, first: usize, floor: usize) -> Option<Subject> {
        let doc = self.doc;
        let mut j = first;
        while j > floor + 1 && first - j < 20 {
            j -= 1;
            let t = doc.tok_text(j);
            if matches!(t, "," | "." | ";" | ":" | "(" | ")")
                || doc.quote_of[j].is_some()
                || self.cue_at(j).is_some()
            {
                return None;
            }
            if self.is_word(j) && self.word(j) == "who" {
                let end = j - 1;
                if let Some(&ni) = self.name_by_last.get(&end) {
                    return (self.names[ni].toks.0 >= floor).then_some(Subject::Name(ni));
                }
                return match self.np_before(end, floor) {
                    Some(d @ Subject::Description { head, .. }) if head == end => Some(d),
                    _ => None,
                };
            }
        }
        None
    }

    /// "A motion, raised by the party's youth wing Plaid Ifanc, called…", "a letter dated
    /// April 14 from North Shire Health": who a document ending at token `last` comes from,
    /// named right after it. A place is where it was sent, not who wrote it.
    fn document_source(&self, last: usize) -> Option<usize> {
        let doc = self.doc;
        let end = doc.sentences[*doc.sentence_of.get(last)?].1;
        let by = (last + 1..end.min(last + 8))
            .find(|&k| self.is_word(k) && matches!(self.word(k), "by" | "from"))?;
        if (last + 1..by).any(|k| doc.quote_of[k].is_some() || self.cue_at(k).is_some()) {
            return None;
        }
        let mut found = None;
        for k in by + 1..end.min(by + 10) {
            if matches!(doc.tok_text(k), "," | "." | ";" | ":") || doc.quote_of[k].is_some() {
                break;
            }
            if let Some(&ni) = self.name_by_first.get(&k) {
                found = Some(ni);
                // "by North Shire's youth wing Plaid Ifanc": the owner names the one after.
                if !self.names[ni].possessive {
                    break;
                }
            }
        }
        found.filter(|&ni| !lexicon().is_place(self.names[ni].name.slice(doc.text)))
    }

    /// "A letter from North Shire Health pleads … “…,” reads the letter": the source of the
    /// same document named earlier (the nearest mention of its noun in the last three
    /// paragraphs) or its owner ("North Shire Health's letter").
    fn earlier_document_source(&self, head_word: &str, first: usize) -> Option<usize> {
        let doc = self.doc;
        let floor_para = doc.para_of[first].saturating_sub(3);
        let mut k = first;
        while k > 0 && first - k < 400 {
            k -= 1;
            if doc.para_of[k] < floor_para {
                return None;
            }
            if !self.is_word(k) || tokens::strip_possessive(self.word(k)) != head_word {
                continue;
            }
            let owner = (k > 0)
                .then(|| self.name_by_last.get(&(k - 1)).copied())
                .flatten()
                .filter(|&ni| self.names[ni].possessive);
            return owner.or_else(|| self.document_source(k));
        }
        None
    }

    /// "A cross-party group of MPs and peers is calling…", "a group of five MEPs said":
    /// the group speaks, not the last of its members named, for the phrase ending at `k`.
    fn collective_before(&self, k: usize, floor: usize) -> Option<Subject> {
        let mut j = k;
        while j > floor + 1 && k - j < 10 {
            j -= 1;
            let t = self.doc.tok_text(j);
            if matches!(t, "," | "." | ";" | ":" | "(" | ")")
                || self.doc.quote_of[j].is_some()
                || self.cue_at(j).is_some()
            {
                return None;
            }
            if self.is_word(j) && self.word(j) == "of" {
                let h = j - 1;
                if !self.is_word(h) || !COLLECTIVES.contains(&self.word(h)) {
                    return None;
                }
                return match self.np_before(h, floor) {
                    Some(Subject::Description { first, .. }) => Some(Subject::Description {
                        first,
                        last: k,
                        head: h,
                    }),
                    _ => None,
                };
            }
        }
        None
    }

    /// "a report which called for…": the report's author, the subject of the verb before it.
    fn relative_antecedent(&self, end: usize, floor: usize) -> Option<Subject> {
        // "resident Jane Doe, who said": the name before the comma.
        let end = if self.doc.tok_text(end) == "," && end > floor {
            end - 1
        } else {
            end
        };
        if let Some(&ni) = self.name_by_last.get(&end) {
            // "Rep. Jane Doe, D-Springfield, who said", "Ann Lee, a nominated County Assembly
            // member in Nairobi who wants…": the person the tag or appositive belongs to.
            let mut first = self.names[ni].toks.0;
            while first > floor + 2
                && self.names[ni].toks.0 - first < 3
                && self.is_word(first - 1)
                && !tokens::is_capitalised(self.doc.tok_text(first - 1))
            {
                first -= 1;
            }
            if !self.is_person(ni) && first >= floor + 2 && self.doc.tok_text(first - 1) == "," {
                if let Some(&before) = self.name_by_last.get(&(first - 2)) {
                    if self.is_person(before) {
                        return Some(Subject::Name(before));
                    }
                }
            }
            return Some(Subject::Name(ni));
        }
        let Some(Subject::Description { first, head, .. }) = self.np_before(end, floor) else {
            return None;
        };
        if !lexicon().is_document_noun(self.word(head)) || first <= floor {
            return None;
        }
        // Skip the verb governing the document ("launched", "published").
        let verb = first - 1;
        if !self.is_word(verb) || verb <= floor {
            return None;
        }
        self.subject_before(verb, floor)
    }

    /// A noun phrase ending at token `k` whose head is a role, group, organisation or
    /// document noun, or that contains a name.
    fn np_before(&self, k: usize, floor: usize) -> Option<Subject> {
        // "a member stood up and expressed…": no phrase ends in a conjunction; the verb
        // before it has the subject (see `speaker_of_cue`).
        if matches!(self.word(k), "and" | "or" | "but") {
            return None;
        }
        let mut s = k;
        while s > floor && k - s < 12 {
            let p = s - 1;
            if let Some(&ni) = self.name_by_last.get(&p) {
                let first = self.names[ni].toks.0;
                if first < floor {
                    break;
                }
                s = first;
                continue;
            }
            if !self.is_word(p) {
                break;
            }
            let w = self.word(p);
            if lexicon::is_determiner(w) {
                s = p;
                // "members of the committee": a preposition inside the phrase.
                if p > floor + 1
                    && self.is_word(p - 1)
                    && PREPOSITIONS_IN_NP.contains(&self.word(p - 1))
                    && self.is_word(p - 2)
                {
                    s = p - 1;
                    continue;
                }
                break;
            }
            if PREPOSITIONS_IN_NP.contains(&w) {
                // "leaders from across Portland": two prepositions in a row are one.
                let before = self.word(p - 1);
                if p > floor
                    && self.is_word(p - 1)
                    && (!stops_np(before) || PREPOSITIONS_IN_NP.contains(&before))
                {
                    s = p;
                    continue;
                }
                break;
            }
            if stops_np(w) || lexicon::pronoun(w).is_some() {
                break;
            }
            s = p;
        }
        self.classify_np(s, k)
    }

    /// A noun phrase starting at token `a` ("said a Home Office spokesman").
    fn np_after(&self, a: usize, ceil: usize) -> Option<Subject> {
        let mut e = a;
        let mut last = None;
        while e < ceil && e - a < 12 {
            if let Some(&ni) = self.name_by_first.get(&e) {
                let end = self.names[ni].toks.1;
                last = Some(end);
                e = end + 1;
                continue;
            }
            if !self.is_word(e) {
                break;
            }
            let w = self.word(e);
            // "a source close to her", "sources close to the minister".
            if w == "to" && e > a && self.word(e - 1) == "close" && e + 1 < ceil {
                if self.is_word(e + 1) && matches!(self.word(e + 1), "her" | "him" | "them") {
                    last = Some(e + 1);
                    break;
                }
                e += 1;
                continue;
            }
            if e > a && (stops_np(w) || PREPOSITIONS_IN_NP.contains(&w) && w != "of") {
                break;
            }
            // "was asked if politicians…", "proposed by X": no phrase opens with these.
            if e == a && (stops_np(w) || PREPOSITIONS_IN_NP.contains(&w)) {
                break;
            }
            if e > a
                && lexicon::is_determiner(w)
                && last.is_some_and(|l| !PREPOSITIONS_IN_NP.contains(&self.word(l)))
            {
                break;
            }
            last = Some(e);
            e += 1;
        }
        let last = last?;
        self.classify_np(a, last)
    }

    fn classify_np(&self, first: usize, last: usize) -> Option<Subject> {
        if first > last {
            return None;
        }
        // "who on becoming head of the council promised": a phrase that opens with a
        // participle is a clause, not anyone's description.
        let opener = self.word(first);
        if opener.ends_with("ing")
            && opener.len() > 5
            && !tokens::is_capitalised(self.doc.tok_text(first))
            && !lexicon().is_role_noun(opener)
            && !lexicon().is_group_noun(opener)
        {
            return None;
        }
        // A date ends the phrase: "the council on Monday unanimously voted" is "the council".
        let mut last = (first + 1..=last)
            .find(|&k| lexicon::is_date_word(self.word(k)))
            .map_or(last, |k| k - 1);
        while last > first && matches!(self.word(last), "on" | "at" | "in" | "last" | "this" | ",")
        {
            last -= 1;
        }
        let lx = lexicon();
        let is_head = |k: usize| {
            let h = tokens::strip_possessive(self.word(k));
            lx.is_role_noun(h)
                || lx.is_group_noun(h)
                || lx.is_org_head(h)
                || lx.is_document_noun(h)
                || lx.is_title(h)
        };
        // The head: the last head noun before the first preposition ("the minister responsible
        // for…", "members of the committee"), else the last word.
        // Words inside a name ("Department of Health") are not the phrase's own.
        let in_name = |k: usize| {
            (first..k).any(|f| {
                self.name_by_first
                    .get(&f)
                    .is_some_and(|&ni| self.names[ni].toks.1 >= k)
            })
        };
        let prep = (first + 1..=last).find(|&k| {
            self.is_word(k) && PREPOSITIONS_IN_NP.contains(&self.word(k)) && !in_name(k)
        });
        let before_prep = prep.map_or(last, |p| p - 1);
        let head = (first..=before_prep)
            .rev()
            .find(|&k| {
                is_head(k) && !tokens::is_possessive(self.doc.tok_text(k))
                    || k == before_prep && is_head(k)
            })
            .unwrap_or(before_prep);
        let h = tokens::strip_possessive(self.word(head));
        let has_name = (first..=last).any(|k| self.name_by_first.contains_key(&k));
        let useful = lx.is_role_noun(h)
            || lx.is_group_noun(h)
            || lx.is_org_head(h)
            || lx.is_document_noun(h)
            || lx.is_title(h)
            || speakers::is_spokes_word(h);
        if !useful && !has_name {
            return None;
        }
        if !useful {
            return None;
        }
        Some(Subject::Description { first, last, head })
    }

    /// The subject right after a cue ending before token `a` ("said X", "added the spokesman").
    pub fn subject_after(&self, a: usize, ceil: usize) -> Option<Subject> {
        if a >= ceil {
            return None;
        }
        if let Some(&ni) = self.name_by_first.get(&a) {
            if self.names[ni].possessive {
                if let Some(owned) = self.person_after_possessive(ni, ceil) {
                    return Some(Subject::Name(owned));
                }
                // "according to North Shire's Police and Crime Commissioner": the office's
                // holder, not the place.
                if let Some(d @ Subject::Description { head, .. }) = self.np_after(a, ceil) {
                    let role = tokens::strip_possessive(self.word(head));
                    if head > self.names[ni].toks.1
                        && (lexicon().is_role_noun(role) || lexicon().is_title(role))
                    {
                        return Some(d);
                    }
                }
            }
            let (first, last) = self.names[ni].toks;
            if !self.is_person(ni) || first == last {
                if let Some(person) = self.person_after_role(ni, ceil) {
                    return Some(Subject::Name(person));
                }
            }
            return Some(Subject::Name(ni));
        }
        let w = self.word(a);
        if let Some(p) = lexicon::pronoun(w) {
            return Some(Subject::Pronoun(p, a));
        }
        let np = self.np_after(a, ceil);
        // "complained the deputy chairman of the union, Jane Doe": the person the role is.
        if let Some(Subject::Description { last, .. }) = np {
            let names_a_person = (a..=last).any(|k| self.person_name_at(k).is_some());
            if !names_a_person && last + 2 < ceil && self.doc.tok_text(last + 1) == "," {
                if let Some(ni) = self.person_name_at(last + 2) {
                    return Some(Subject::Name(ni));
                }
            }
        }
        np
    }

    /// The person a body's or campaign's name introduces through a role word: "said No on 4
    /// spokesperson Chris Keohan", "said Safe Streets campaign director Jane Doe".
    fn person_after_role(&self, ni: usize, ceil: usize) -> Option<usize> {
        let next = self.names[ni].toks.1 + 1;
        let lx = lexicon();
        (next + 1..ceil.min(next + 6))
            .take_while(|&k| self.is_word(k - 1))
            .find_map(|k| {
                let person = self.person_name_at(k)?;
                // The role is the name's own title ("spokesperson Chris Keohan"), or the word
                // before it.
                let role = self.names[person].title.map_or_else(
                    || self.word(k - 1),
                    |t| {
                        t.slice(self.doc.text)
                            .split_whitespace()
                            .last()
                            .unwrap_or("")
                    },
                );
                let role = tokens::normalize(tokens::strip_possessive(role));
                (lx.is_role_noun(&role) || lx.is_title(&role) || speakers::is_spokes_word(&role))
                    .then_some(person)
            })
    }

    /// The person a possessive name introduces: "Labour's Ann Smith", "North Shire's Chief
    /// Coroner, Lisa Lapointe" (the place or party is theirs, not the speaker).
    fn person_after_possessive(&self, ni: usize, ceil: usize) -> Option<usize> {
        let next = self.names[ni].toks.1 + 1;
        let mut k = next;
        while k < ceil && k - next < 6 {
            if let Some(person) = self.person_name_at(k) {
                if k == next || self.doc.tok_text(k - 1) == "," {
                    return Some(person);
                }
            }
            let t = self.doc.tok_text(k);
            if t != "," && !self.is_word(k) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// Finds the speaker of the cue at `c` (length `len`): subject before it (within
    /// `floor`), the agent of a passive ("ruled out by Labour"), or an inverted subject
    /// after it ("said X", within `ceil`).
    pub fn speaker_of_cue(
        &self,
        c: usize,
        len: usize,
        floor: usize,
        ceil: usize,
    ) -> Option<Subject> {
        // Passive: "was ruled out by Labour".
        let mut b = c;
        while b > floor
            && self.is_word(b - 1)
            && matches!(
                self.word(b - 1),
                "also" | "now" | "firmly" | "swiftly" | "quickly"
            )
        {
            b -= 1;
        }
        // "is calling for" is progressive, not passive.
        let passive = b > floor
            && !self.word(c).ends_with("ing")
            && matches!(
                self.word(b - 1),
                "was" | "were" | "been" | "be" | "is" | "are" | "being"
            );
        if passive {
            return (self.word(c + len) == "by")
                .then(|| self.subject_after(c + len + 1, ceil))
                .flatten();
        }
        // "in calling for": a gerund after a preposition takes the clause's subject; so
        // does a participle after a comma ("A resident spoke briefly, saying “…”").
        if self.word(c).ends_with("ing")
            && c > floor
            && (matches!(
                self.word(c - 1),
                "in" | "by" | "after" | "before" | "while" | "when"
            ) || self.doc.tok_text(c - 1) == ",")
        {
            return self.first_subject(floor, c);
        }
        if let Some(s) = self.subject_before(c, floor) {
            // "sent a letter to the Home Office saying…": a participle after an object
            // belongs to the clause's subject, not to the object.
            if let Subject::Name(ni) = s {
                if self.word(c).ends_with("ing") && self.after_preposition(self.names[ni].toks.0) {
                    if let Some(main) = self.first_subject(floor, self.names[ni].toks.0) {
                        return Some(main);
                    }
                }
            }
            return Some(s);
        }
        // "She pointed to the figures and said…": the subject of the first verb.
        if let Some(k) = c.checked_sub(1).and_then(|k| self.skip_fillers(k, floor)) {
            if self.is_word(k) && matches!(self.word(k), "and" | "but") {
                let start = self.doc.sentences[self.doc.sentence_of[c]].0;
                if start < floor && c - start <= 80 {
                    // "Jane Doe said the plan was “a start” and said …": a quote before the
                    // second verb does not change whose verb it is; the first one's subject
                    // is its subject too.
                    let first_cue = self.cues_in(start..floor).first().copied();
                    if let Some((c0, _, len0)) = first_cue {
                        return self.speaker_of_cue(c0, len0, start, floor);
                    }
                }
                let start = start.max(floor);
                if let Some(&ni) = self.name_by_first.get(&start) {
                    return Some(Subject::Name(ni));
                }
                if let Some(p) = lexicon::pronoun(self.word(start)) {
                    return Some(Subject::Pronoun(p, start));
                }
            }
        }
        // "A Belfast mother whose son died after years of addiction has urged…"
        if let Some(d @ Subject::Description { last, .. }) = self.np_after(floor, c) {
            if matches!(self.word(last + 1), "whose" | "who" | "which")
                && lexicon::is_determiner(self.word(floor))
            {
                return Some(d);
            }
        }
        // Inversion: "said State Representative Rachel Talbot-Ross", "says a campaigner".
        if c == floor
            || self
                .doc
                .toks
                .get(c.wrapping_sub(1))
                .is_some_and(|t| t.kind != TokKind::Word)
            || c <= floor + 1
        {
            return self.subject_after(c + len, ceil);
        }
        None
    }

    /// The first name or description of a clause (its subject).
    fn first_subject(&self, floor: usize, before: usize) -> Option<Subject> {
        let floor = self.after_dateline(floor, before);
        // "The chief constable sent a paper…": a description that opens the clause.
        if floor < before && self.is_word(floor) && lexicon::is_determiner(self.word(floor)) {
            if let Some(Subject::Description { first, last, head }) = self.np_after(floor, before) {
                // The phrase ends at its head unless a complement follows ("the chief of
                // police"): "The chief constable sent…" is "The chief constable".
                let complement = head < last && PREPOSITIONS_IN_NP.contains(&self.word(head + 1));
                let last = if complement { last } else { head };
                return Some(Subject::Description { first, last, head });
            }
        }
        (floor..before.min(floor + 12)).find_map(|k| {
            if let Some(&ni) = self.name_by_first.get(&k) {
                return Some(Subject::Name(ni));
            }
            None
        })
    }

    /// Resolves a subject to an entity, registering descriptions and sightings.
    pub fn resolve(&mut self, subject: Subject) -> Option<(EntityId, Span)> {
        let doc = self.doc;
        match subject {
            Subject::Name(ni) => {
                let id = self.name_entity[ni];
                let m = &self.names[ni];
                let span = m.full;
                if self.registry.get(id).kind == SpeakerKind::Organisation && !m.possessive {
                    self.registry.treat_as_person(id);
                }
                self.registry.sight(id, m.name, true);
                Some((id, span))
            }
            Subject::Pronoun(p, k) => {
                let at = doc.toks[k].span.start;
                let window = doc
                    .paragraphs
                    .get(doc.para_of[k].saturating_sub(3))
                    .map_or(0, |p| p.span.start);
                let sentence = doc.sentence_of[k];
                let start_of = |s: usize| {
                    doc.sentences
                        .get(s)
                        .and_then(|&(a, _)| doc.toks.get(a))
                        .map_or(0, |t| t.span.start)
                };
                let sentences = (start_of(sentence), start_of(sentence.saturating_sub(1)));
                let id = self.registry.pronoun(p, at, window, sentences)?;
                self.registry.learn_gender(id, p);
                let span = doc.toks[k].span;
                self.registry.sight(id, span, true);
                Some((id, span))
            }
            Subject::Description { first, last, head } => {
                let span = doc.span_of(first, last);
                let at = span.start;
                let head_word = tokens::strip_possessive(self.word(head)).to_string();
                let lx = lexicon();
                // "the", or a possessive: "Northland's Health Secretary" is one person.
                let definite = matches!(
                    self.word(first),
                    "the" | "this" | "that" | "these" | "those" | "its" | "their" | "his" | "her"
                ) || tokens::is_possessive(doc.tok_text(first));
                let name_inside = (first..=last).find_map(|k| self.name_by_first.get(&k).copied());
                let possessive_owner = (first..=last)
                    .find(|&k| tokens::is_possessive(doc.tok_text(k)) && k < head)
                    .and_then(|k| self.name_by_last.get(&k).copied());
                let text = span.slice(doc.text);
                let id = if lx.is_document_noun(&head_word) {
                    let owner = possessive_owner
                        .or(name_inside)
                        .or_else(|| self.document_source(last))
                        .or_else(|| {
                            definite
                                .then(|| self.earlier_document_source(&head_word, first))
                                .flatten()
                        })
                        .map(|ni| self.name_entity[ni]);
                    let owner = owner
                        .or_else(|| {
                            let w = self.word(first);
                            matches!(w, "its" | "their")
                                .then(|| self.registry.pronoun(Pronoun::Neuter, at, 0, (at, at)))
                                .flatten()
                        })
                        .or_else(|| definite.then(|| self.registry.last_author(at)).flatten())?;
                    self.registry.add_author(at, owner);
                    owner
                } else if speakers::is_spokes_word(&head_word) {
                    // "The North Ward representative", "the party's representative": a
                    // definite representative is the person just named.
                    let named_before = (definite && head_word == "representative")
                        .then(|| self.recent_named(SpeakerKind::Person, first, at))
                        .flatten();
                    // "a North Shire council source": an unnamed source is not the body's
                    // voice; the source is its own speaker, named by its description.
                    let body_source = matches!(head_word.as_str(), "source" | "sources")
                        && name_inside.is_some_and(|ni| {
                            self.registry.get(self.name_entity[ni]).kind != SpeakerKind::Person
                        });
                    let modifier_org = (first..head)
                        .filter(|&k| self.is_word(k) && lx.is_org_head(self.word(k)))
                        .find_map(|k| self.registry.short_form(self.word(k), at));
                    // "her spokesperson", "a spokesperson for the Mayor of London": a person's
                    // spokesperson is someone else, who speaks for them; a body speaks
                    // through its spokesperson.
                    let for_person = matches!(self.word(first), "her" | "his")
                        || name_inside.is_some_and(|ni| {
                            let e = self.registry.get(self.name_entity[ni]);
                            let office = self.names[ni]
                                .name
                                .slice(doc.text)
                                .split_whitespace()
                                .next()
                                .is_some_and(|w| lx.is_title(&w.to_lowercase()));
                            e.kind == SpeakerKind::Person || office
                        });
                    match (named_before, name_inside, modifier_org) {
                        // Neither merges into the next person named.
                        _ if body_source || for_person && named_before.is_none() => {
                            self.registry.describe(text, &head_word, false, false, span)
                        }
                        (Some(id), _, _) => {
                            self.registry.add_role(id, text);
                            id
                        }
                        (None, Some(ni), _)
                            if self.registry.get(self.name_entity[ni]).kind
                                == SpeakerKind::Organisation =>
                        {
                            let org = self.name_entity[ni];
                            self.registry.add_role(org, &head_word);
                            org
                        }
                        // "The Democratic Unionist Party … A party spokesman said": the
                        // body a short form before the role names speaks.
                        (None, _, Some(org)) => {
                            self.registry.add_role(org, &head_word);
                            org
                        }
                        (None, _, None) => {
                            match self.registry.by_role(&head_word, at).filter(|_| definite) {
                                Some(id) => id,
                                None => self
                                    .registry
                                    .describe(text, &head_word, definite, true, span),
                            }
                        }
                    }
                } else if lx.is_org_head(&head_word)
                    && name_inside.is_none()
                    && !lx.is_group_noun(&head_word)
                {
                    let short = last == head && (head - first) <= 1;
                    let referred = self
                        .registry
                        .short_form(&head_word, at)
                        .filter(|_| short)
                        .or_else(|| {
                            // "The Hemp Growers' Association … the trade group said". A
                            // specific head ("the mission") is not any body just named.
                            (definite && !SPECIFIC_BODIES.contains(&head_word.as_str()))
                                .then(|| self.recent_named(SpeakerKind::Organisation, first, at))
                                .flatten()
                        });
                    match referred {
                        Some(id) => id,
                        None => {
                            let id = self
                                .registry
                                .describe(text, &head_word, definite, false, span);
                            self.registry.entities[id].kind = if short {
                                SpeakerKind::Group
                            } else {
                                SpeakerKind::Organisation
                            };
                            id
                        }
                    }
                } else if lx.is_org_head(&head_word) && name_inside.is_some() && head == last {
                    // "the Ana Liffey drug project": a name plus a lower-case organisation head.
                    let name = speakers::strip_article(text);
                    let id = self.registry.describe(name, &head_word, false, false, span);
                    let e = &mut self.registry.entities[id];
                    e.kind = SpeakerKind::Organisation;
                    e.unnamed = false;
                    id
                } else if let Some(person) = (lx.is_role_noun(&head_word)
                    || lx.is_title(&head_word))
                .then(|| {
                    (first..=last)
                        .filter_map(|k| self.person_name_at(k))
                        .find(|&ni| self.doc.tok_at(self.names[ni].name.start) > head)
                })
                .flatten()
                {
                    // "study leader Jane Doe of the University of North Shire": the person named
                    // after the role is who it belongs to (a name before it, "North Shire's
                    // coroner", is the role's owner).
                    let id = self.name_entity[person];
                    self.registry.add_role(id, &head_word);
                    id
                } else if lx.is_role_noun(&head_word) || lx.is_title(&head_word) {
                    let named = definite
                        .then(|| self.registry.by_role(&head_word, at))
                        .flatten();
                    match named {
                        Some(id) => id,
                        // "Jane Doe … The North Shire MSP said": a definite
                        // description names no one new; it refers back to the person just
                        // named: the previous sentence's subject when it opens its sentence.
                        // Not someone who holds another office: "Police Minister Jane Doe …
                        // the premier says" is not Jane Doe.
                        _ => match definite
                            .then(|| {
                                let fits =
                                    |id: &EntityId| !self.holds_other_office(*id, &head_word, text);
                                self.opens_sentence(first)
                                    .then(|| self.previous_sentence_subject(doc.sentence_of[first]))
                                    .flatten()
                                    .filter(fits)
                                    .or_else(|| {
                                        self.recent_named(SpeakerKind::Person, first, at)
                                            .filter(fits)
                                    })
                                    .or_else(|| self.recent_speaker(first, at).filter(fits))
                            })
                            .flatten()
                        {
                            Some(id) => {
                                self.registry.add_role(id, text);
                                id
                            }
                            None => self
                                .registry
                                .describe(text, &head_word, definite, true, span),
                        },
                    }
                } else if let Some(id) = (definite && mentions::is_acronym(doc.tok_text(head)))
                    .then(|| self.registry.by_role(&head_word, at))
                    .flatten()
                {
                    // "the North Shire PCC": an office known by its initials.
                    id
                } else {
                    self.registry
                        .describe(text, &head_word, definite, false, span)
                };
                self.registry.sight(id, span, true);
                Some((id, span))
            }
        }
    }

    /// The most recent named entity of `kind` from the start of the previous paragraph to
    /// token `k` (byte offset `at`).
    fn recent_named(&self, kind: SpeakerKind, k: usize, at: usize) -> Option<EntityId> {
        self.latest_named(k, at, 1, kind, false)
    }

    /// The named person who last spoke in the three paragraphs before token `k` (byte `at`):
    /// who a definite role ("The party leader said") most likely is when no one nearer has
    /// the role.
    fn recent_speaker(&self, k: usize, at: usize) -> Option<EntityId> {
        self.latest_named(k, at, 3, SpeakerKind::Person, true)
    }

    /// The latest named entity of `kind` sighted in the story's body (a byline's or promo
    /// line's names are not the story's people) from `paragraphs_back` paragraphs before
    /// token `k` to byte `at`; with `speaking`, only where it speaks.
    fn latest_named(
        &self,
        k: usize,
        at: usize,
        paragraphs_back: usize,
        kind: SpeakerKind,
        speaking: bool,
    ) -> Option<EntityId> {
        let doc = self.doc;
        let para = doc.para_of.get(k).copied().unwrap_or(0);
        let window = doc
            .paragraphs
            .get(para.saturating_sub(paragraphs_back))
            .map_or(0, |p| p.span.start);
        self.registry
            .sightings_between(window, at, 64)
            .rev()
            .filter(|&(at, _, spoke)| (spoke || !speaking) && self.in_body(at))
            .map(|(_, id, _)| id)
            .find(|&id| {
                let e = self.registry.get(id);
                !e.unnamed && e.kind == kind
            })
    }

    /// Whether byte `at` is in the story's body: a byline's or promo line's names are not the
    /// story's people.
    fn in_body(&self, at: usize) -> bool {
        let doc = self.doc;
        doc.para_of
            .get(doc.tok_at(at))
            .and_then(|&p| doc.paragraphs.get(p))
            .is_some_and(|p| p.role == ParagraphRole::Body)
    }

    /// Every reporting cue in `range`, in order: token index, lemma, length.
    pub fn cues_in(&self, range: std::ops::Range<usize>) -> Vec<(usize, &'static str, usize)> {
        let mut out = Vec::new();
        let mut k = range.start;
        while k < range.end {
            if let Some((lemma, len)) = self.cue_at(k) {
                if k + len <= range.end {
                    out.push((k, lemma, len));
                    k += len;
                    continue;
                }
            }
            k += 1;
        }
        out
    }

    /// "according to X" in `range`: the subject after it.
    pub fn according_to(
        &self,
        range: std::ops::Range<usize>,
        ceil: usize,
    ) -> Option<(Subject, usize)> {
        (range.start..range.end.saturating_sub(1)).find_map(|k| {
            (self.is_word(k) && self.word(k) == "according" && self.word(k + 1) == "to")
                .then(|| self.subject_after(k + 2, ceil).map(|s| (s, k)))
                .flatten()
        })
    }

    /// The comma ending an opening subordinate clause of the sentence that starts at `floor`
    /// ("When asked…, ", "If it passes, "), looking no further than `before`.
    fn opening_clause_end(&self, floor: usize, before: usize) -> Option<usize> {
        let doc = self.doc;
        let first = doc.sentences[doc.sentence_of.get(floor).copied()?].0;
        if first != floor
            || !self.is_word(first)
            || !matches!(
                self.word(first),
                "when"
                    | "while"
                    | "if"
                    | "after"
                    | "before"
                    | "although"
                    | "though"
                    | "as"
                    | "asked"
                    | "since"
                    | "because"
                    | "once"
                    | "unless"
                    | "whether"
            )
        {
            return None;
        }
        (first + 1..before.min(first + 40))
            .find(|&k| doc.tok_text(k) == "," && doc.quote_of[k].is_none())
    }

    /// Attributes a quoted passage by its own sentence: "according to", a cue before it,
    /// a cue right after it. `prev_close` is the token after the previous quote of the
    /// sentence, if any.
    pub fn attribute_in_sentence(
        &mut self,
        open_tok: usize,
        close_tok: Option<usize>,
        prev_close: Option<usize>,
        next_open: Option<usize>,
    ) -> Option<(Found, Attribution)> {
        let doc = self.doc;
        let (s_start, s_end) = doc.sentences[doc.sentence_of[open_tok]];
        let pre_floor = prev_close
            .unwrap_or(s_start)
            .max(s_start)
            .max(open_tok.saturating_sub(80));
        let post_start = close_tok.map_or(s_end, |c| c + 1);
        let post_end = next_open.unwrap_or(s_end).min(s_end);
        // 1. according to X
        for range in [pre_floor..open_tok, post_start..post_end] {
            let ceil = range.end;
            if let Some((subject, k)) = self.according_to(range, ceil) {
                if let Some(found) = self.found(subject, k, "according to", 2) {
                    return Some((found, Attribution::AccordingTo));
                }
            }
        }
        // 2. a cue right before the quote ("…, such as Jane Doe, who said, “…”"): the
        //    writer's own introduction of these words, whatever cues came earlier. (Not a
        //    participle: "…, saying, “…”" takes its clause's subject, below.)
        let mut b = open_tok;
        while b > pre_floor && matches!(doc.tok_text(b - 1), "," | ":") {
            b -= 1;
        }
        if b < open_tok && b > pre_floor {
            if let Some((c, lemma, len)) = (b.saturating_sub(3).max(pre_floor)..b)
                .filter_map(|c| self.cue_at(c).map(|(l, n)| (c, l, n)))
                .find(|&(c, _, n)| c + n == b && !self.word(c).ends_with("ing"))
            {
                if let Some(subject) = self.speaker_of_cue(c, len, pre_floor, open_tok) {
                    if let Some(found) = self.found(subject, c, lemma, len) {
                        return Some((found, Attribution::Cue));
                    }
                }
            }
        }
        // 3. a cue before the quote: the first with a subject in the quote's own clause
        //    ("…, with Rachel Reeves telling journalists: “…”"), else in the sentence. The
        //    first, not the last: "a spokeswoman said the Government would respond “…”".
        let before_quote = open_tok.saturating_sub(1);
        let clause_start = crate::reported::clause_start(doc, pre_floor, before_quote);
        // An opening subordinate clause ("When asked whether he backed it, Jane Doe said…")
        // is not the main clause: its cues come after the main clause's.
        let opening_end = self.opening_clause_end(pre_floor, open_tok);
        for floor in [clause_start, pre_floor] {
            let mut cues = self.cues_in(floor..open_tok);
            if let Some(end) = opening_end {
                crate::sort::sort_by_key(&mut cues, |&(c, _, _)| c < end);
            }
            for (c, lemma, len) in cues {
                let Some(subject) = self.speaker_of_cue(c, len, floor, open_tok) else {
                    continue;
                };
                if let Some(found) = self.found(subject, c, lemma, len) {
                    return Some((found, Attribution::Cue));
                }
            }
        }
        // 4. a cue right after it: only the first cue after the quote can attribute it.
        if close_tok.is_some() {
            // "“…,” Jane Doe, who brought the case with her professor, told reporters": a
            // name and its appositive put the cue further off.
            let appositive = self
                .name_by_first
                .get(&post_start)
                .is_some_and(|&ni| self.doc.tok_text(self.names[ni].toks.1 + 1) == ",");
            let window_end = post_end.min(post_start + if appositive { 32 } else { 12 });
            // "… were “madness” and a “disgrace,” but John Roe has slammed the move", "was
            // “super disappointed” Wednesday when the government rejected it": a new clause
            // between the quote and the cue, with its own subject.
            let new_clause = |c: usize| {
                (post_start..c).any(|k| {
                    self.is_word(k)
                        && matches!(
                            self.word(k),
                            "but"
                                | "while"
                                | "whereas"
                                | "although"
                                | "though"
                                | "however"
                                | "when"
                                | "because"
                                | "after"
                                | "before"
                                | "since"
                                | "unless"
                        )
                })
            };
            if let Some(&(c, lemma, len)) = self
                .cues_in(post_start..window_end)
                .first()
                .filter(|&&(c, _, _)| !new_clause(c))
            {
                let subject = self
                    .subject_before(c, post_start)
                    .or_else(|| self.subject_after(c + len, post_end));
                if let Some(found) = subject.and_then(|s| self.found(s, c, lemma, len)) {
                    return Some((found, Attribution::Cue));
                }
            }
        }
        None
    }

    /// Resolves a cue's subject into what a quote is attributed with.
    pub fn found(
        &mut self,
        subject: Subject,
        cue_tok: usize,
        lemma: &str,
        cue_len: usize,
    ) -> Option<Found> {
        let (speaker, mention) = self.resolve(subject)?;
        let cue = CueWords {
            lemma: lemma.into(),
            span: self.doc.span_of(cue_tok, cue_tok + cue_len - 1),
        };
        Some(Found {
            cue,
            speaker,
            mention,
            cue_tok,
            cue_len,
        })
    }
}

/// Nouns for a group of people that speaks as one ("a group of five MEPs").
const COLLECTIVES: &[&str] = &[
    "group",
    "coalition",
    "alliance",
    "handful",
    "panel",
    "team",
    "delegation",
    "caucus",
];

/// Bodies a definite description names only by their own word ("the mission" is no
/// party or council named before it).
const SPECIFIC_BODIES: &[&str] = &["mission", "delegation", "inquiry", "taskforce"];

/// Words that end a noun phrase when reading leftwards or rightwards.
fn stops_np(w: &str) -> bool {
    NP_STOPS.contains(&w) || lexicon().cue_at(&[w], 0).is_some()
}

/// The words of [`stops_np`]: a list, not a `match`, for a fraction of the code.
const NP_STOPS: &[&str] = &[
    "and",
    "or",
    "but",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "as",
    "while",
    "when",
    "if",
    "with",
    "by",
    "from",
    "to",
    "after",
    "before",
    "during",
    "under",
    "despite",
    "than",
    "said",
    "says",
    "say",
    "told",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "not",
    "also",
    "however",
    "though",
    "although",
    "because",
    "since",
    "until",
    "about",
    "against",
    "into",
    "over",
    "between",
    "there",
    "here",
    "yesterday",
    "today",
    "meanwhile",
];

/// Words that can follow a quoted passage used as words rather than as a modifier.
fn is_function_word(w: &str) -> bool {
    lexicon::is_determiner(w)
        || lexicon::is_verb_filler(w)
        || stops_np(w)
        || matches!(
            w,
            "of" | "to"
                | "in"
                | "on"
                | "at"
                | "for"
                | "so"
                | "yet"
                | "nor"
                | "him"
                | "her"
                | "them"
                | "us"
                | "me"
                | "it"
                | "around"
                | "unless"
                | "whether"
                | "where"
                | "why"
                | "how"
                | "be"
                | "do"
                | "does"
                | "did"
                | "am"
                | "out"
                | "up"
                | "off"
                | "too"
                | "very"
                | "rather"
                | "instead"
                | "even"
                | "only"
                | "just"
                | "more"
                | "less"
                | "no"
        )
}

/// Is the quoted passage used as a modifier or a name ("the ‘gateway’ drugs", "so-called
/// ‘legal highs’", "‘heroin maintenance’ clinics") rather than as someone's words?
pub fn is_term(doc: &Document, open_tok: usize, close_tok: Option<usize>, words: usize) -> bool {
    if is_title(doc, open_tok, close_tok) {
        return true;
    }
    if words > 3 {
        return false;
    }
    // so-called ‘X’, dubbed ‘X’, known as ‘X’
    let before: Vec<&str> = (open_tok.saturating_sub(2)..open_tok)
        .map(|k| &*doc.norm[k])
        .collect();
    if let Some(prev) = before.last() {
        // "a drug called ‘spice’" names a thing; "what he called ‘legal experiments’" and
        // "she dubbed it…" quote a speaker.
        let by_speaker = before.len() == 2 && {
            let w = before[0];
            lexicon::pronoun(w).is_some()
                || matches!(w, "has" | "have" | "had" | "was" | "were" | "what")
                || tokens::is_capitalised(doc.tok_text(open_tok - 2))
        };
        if matches!(
            *prev,
            "called"
                | "dubbed"
                | "termed"
                | "labelled"
                | "labeled"
                | "nicknamed"
                | "named"
                | "titled"
                | "entitled"
        ) && !by_speaker
            || before.join(" ") == "known as"
            || *prev == "so-called"
        {
            return true;
        }
    }
    // "the ‘very real’ pressure", "a ‘strictly controlled and regulated’ market": an
    // evaluative phrase is someone's words even where it modifies a noun.
    let inner_words: Vec<&str> = (open_tok + 1..close_tok.unwrap_or(open_tok + 1))
        .filter(|&k| doc.toks[k].kind == TokKind::Word)
        .map(|k| &*doc.norm[k])
        .collect();
    if inner_words.iter().any(|w| {
        matches!(
            *w,
            "very" | "so" | "too" | "really" | "truly" | "and" | "or" | "utterly" | "deeply"
        ) || (w.len() > 4 && w.ends_with("ly"))
    }) {
        return false;
    }
    let Some(close) = close_tok else { return false };
    let Some(next) = doc.toks.get(close + 1) else {
        return false;
    };
    if next.kind != TokKind::Word || doc.para_of.get(close + 1) != doc.para_of.get(close) {
        return false;
    }
    let w: &str = &doc.norm[close + 1];
    let raw = doc.tok_text(close + 1);
    if tokens::is_capitalised(raw) {
        return false;
    }
    let function =
        is_function_word(w) || lexicon::is_name_connector(w) || lexicon::pronoun(w).is_some();
    let verbish = lexicon().cue_at(&[w], 0).is_some() || w.ends_with("ly") || w.ends_with("ed");
    !(function || verbish)
}

/// Small words a title leaves in lower case ("Breaking the Cycle", "A Plan for Europe").
fn is_title_small_word(w: &str) -> bool {
    lexicon::is_name_connector(w)
        || matches!(
            w,
            "a" | "an" | "to" | "at" | "by" | "with" | "or" | "against" | "vs" | "from" | "into"
        )
}

/// Is the quoted passage a title or a proper name ("the ‘North Shire Drug Strategy
/// 2030’", "told the ‘Evening Standard’", "‘Drugs: A Way Forward’")? Every word of two
/// or more is capitalised (but small words), and it ends no sentence: people's words are
/// written in sentence case, titles in title case (in the corpus one scored quote of 1,471
/// is title-cased).
pub fn is_title(doc: &Document, open_tok: usize, close_tok: Option<usize>) -> bool {
    let Some(close) = close_tok else { return false };
    let inner = open_tok + 1..close;
    let mut words = 0;
    for k in inner.clone() {
        let raw = doc.tok_text(k);
        match doc.toks[k].kind {
            TokKind::Word => {
                let first = words == 0;
                words += 1;
                let capital = tokens::is_capitalised(raw)
                    || raw.chars().next().is_some_and(|c| c.is_ascii_digit());
                if !capital && (first || !is_title_small_word(&doc.norm[k])) {
                    return false;
                }
            }
            _ if matches!(raw, "." | "!" | "?" | "," | ";") => return false,
            _ => {}
        }
    }
    words >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (sentence containing one quote) → speaker name as registered.
    fn speaker(text: &str) -> Option<String> {
        let doc = Document::new(text);
        let mut a = Attributor::new(&doc);
        let q = doc.quoted.iter().find(|q| q.depth == 0)?;
        let open = doc.tok_at(q.open.start);
        let close = q.close.map(|c| doc.tok_at(c.start));
        let (found, _) = a.attribute_in_sentence(open, close, None, None)?;
        Some(a.registry.get(found.speaker).name.clone())
    }

    #[test]
    fn attribution_table() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Ann Lee said: “It works.”", Some("Ann Lee")),
            ("“It works,” said Ann Lee.", Some("Ann Lee")),
            ("“It works,” Ann Lee said.", Some("Ann Lee")),
            ("“It works,” said State Representative Ann Lee.", Some("Ann Lee")),
            ("Ed Davies, director of policy at the Centre for Social Justice, said it was “a dangerously regressive step”.", Some("Ed Davies")),
            ("A Home Office spokesman stressed “every death is a tragedy”.", Some("Home Office")),
            ("The Health and Social Care Committee’s report called for a ‘health focused’ approach.", Some("Health and Social Care Committee")),
            ("Supporters of the bill say it “simply doesn’t work”.", Some("Supporters of the bill")),
            ("Others, especially on the law enforcement side, say it “will not work”.", Some("Others")),
            ("Drug laws ‘destroy more life chances’ than drugs, says cannabis campaigner after report", Some("cannabis campaigner")),
            ("“It is wrong,” according to the Home Office.", Some("Home Office")),
            ("A North Shire Council source said it was “not on the table”.", Some("A North Shire Council source")),
            ("“Not yet,” a Whitehall source said.", Some("a Whitehall source")),
            ("When John Roe asked whether she backed it, Jane Doe said it had “real scope”.", Some("Jane Doe")),
            ("Asked by John Roe, Jane Doe said it had “real scope”.", Some("Jane Doe")),
            ("John Roe said, when asked, that it had “real scope”.", Some("John Roe")),
            ("The North Shire Trust and the East Vale Foundation said it was “a mistake”.", Some("North Shire Trust and East Vale Foundation")),
            ("Jane Doe and the East Vale Foundation said it was “a mistake”.", Some("Jane Doe and East Vale Foundation")),
            ("The North Shire Trust (NST) and the East Vale Foundation say it was “a mistake”.", Some("North Shire Trust and East Vale Foundation")),
            ("Mayor Jane Doe and Mayor John Roe said it was “a mistake”.", Some("John Roe")),
            ("Jane Doe, who on becoming head of the council promised a “clean sweep”, left.", None),
            ("The acting head of the council promised a “clean sweep”.", Some("The acting head of the council")),
            ("The idea was ruled out by Labour, with shadow chancellor Rachel Reeves telling journalists: “No.”", Some("Rachel Reeves")),
            ("Sarah Wollaston (pictured), chair of the Health and Social Care Committee, said drug use was a “public health emergency”.", Some("Sarah Wollaston")),
            ("“We need a new approach,” says North Shire’s Chief Coroner, Lisa Lapointe.", Some("Lisa Lapointe")),
            ("“It is overdue,” said Labour’s Ann Smith.", Some("Ann Smith")),
            ("“It is a grave concern,” CEO of the North Shire Trust Scott Webb said.", Some("Scott Webb")),
            ("Jane Doe, whose cousin, John, died in 2008, said it was “a relief”.", Some("Jane Doe")),
            ("“Gone,” said a 52-year-old man who gave only a first name.", Some("a 52-year-old man")),
            ("NORTHTOWN (AP) — Gov. Jane Doe vetoed the bill, saying it “goes too far”.", Some("Jane Doe")),
            ("The chief constable wrote to ministers last month, saying the fight was “unwinnable”.", Some("The chief constable")),
            ("The North Shire Party said no. A party spokesman said it was “not something we support”.", Some("North Shire Party")),
            ("The aim is to study “the effects on health,” study leader Marc Walter of the University of Basel told AFP.", Some("Marc Walter")),
            ("“It is disappointing,” said North Shire’s chief coroner Lisa Lapointe of the coroners service.", Some("Lisa Lapointe")),
            ("He agreed with residents such as Jane Doe, who said, “The parks are worse.”", Some("Jane Doe")),
            ("It passed, Rep. Jane Doe, D-Springfield, who wrote it, said: “A good day.”", Some("Jane Doe")),
            ("“We voted on reform,” said state Rep. Jane Doe, D-Springfield, who wrote the bill.", Some("Jane Doe")),
            ("“The states missed a chance,” complained the deputy chairman of the union, Jane Doe.", Some("Jane Doe")),
            ("Proposing it, Alan Dean, of Upper Marsh, Northshire, said they would end ‘the deadlock on drugs’ soon.", Some("Alan Dean")),
            ("“We need a kinder approach,” says B.C.’s Chief Coroner, Lisa Lapointe.", Some("Lisa Lapointe")),
            ("“It is a giveaway,” said No on 4 spokesperson Chris Keohan.", Some("Chris Keohan")),
            ("“It started as a class exercise,” Dan Porter, who brought the case with his law professor Alex Matt, told a news agency.", Some("Dan Porter")),
            ("One business owner who met Assistant Commissioner Jane Doe told a paper it was “a supermarket”.", Some("One business owner")),
            ("The woman who employs Jane Doe said it was “a shame”.", Some("The woman")),
            ("One shop owner who met the city’s police chief told a paper it was “a supermarket”.", Some("One shop owner")),
            ("A motion, raised by the party’s youth wing Young North, called for “a new approach”.", Some("Young North")),
            ("A letter dated April 14 from North Shire Health says it is “too soon”.", Some("North Shire Health")),
            ("A letter from North Shire Health asks for time. “Wait,” the letter says.", Some("North Shire Health")),
            ("Jane Doe was “super disappointed” on Monday when the council rejected her bill.", None),
            ("She thinks it has been “effectively” legalised, according to a source close to her.", Some("a source close to her")),
            ("It was asked if politicians were “enslaved” to the media.", None),
            ("A group of TDs and senators said it was “radical change”.", Some("A group of TDs and senators")),
            ("A cross-party group of MPs and peers is calling for “a new approach”.", Some("A cross-party group of MPs and peers")),
            ("The North Shire Party is calling for “urgent reform”.", Some("North Shire Party")),
            ("A cross-party group of five MEPs has called for “urgent reform”.", Some("A cross-party group of five MEPs")),
            ("A spokesperson for the Mayor of North Shire said: “It is a limited trial.”", Some("A spokesperson for the Mayor of North Shire")),
            ("A spokesperson for the North Shire Trust said: “It is a limited trial.”", Some("North Shire Trust")),
            ("A case was filed by Ann Lee, a nominated County Assembly in Nairobi who wants it “because I am his mother.”", Some("Ann Lee")),
            ("Senator Jane Doe, of the Green list, led by Senator John Roe, who lost the vote, tweeted that it was “a shame”.", Some("Jane Doe")),
            ("Police Minister Jane Doe said she was ready. And the premier says he will not “rush into it”.", Some("the premier")),
            ("John Roe expressed his agreement with residents such as Jane Doe, who said, “The parks are worse.”", Some("Jane Doe")),
            ("Opposition MP Jane Doe spoke. Later the Eastvale/Northshire MP said, “I beg the members.”", Some("Jane Doe")),
            ("The weather was “lovely” today.", None),
            ("Coun. Tom Smith spoke. Mayor Jane Doe said Smith’s plan was “a real step” and said she backs it “not because it will work, but because we must act.”", Some("Jane Doe")),
        ];
        for (text, want) in cases {
            assert_eq!(speaker(text).as_deref(), *want, "text {text:?}");
        }
    }

    #[test]
    fn a_sentence_about_a_named_person_centres_them() {
        // (text, speaker of its last quote)
        let cases = [
            (
                "Party leader Jane Doe called it “a risky experiment”.\n\n\
                 The opposition leader spoke on Monday alongside MLA John Roe.\n\n\
                 “We need guardrails,” he said.",
                "Jane Doe",
            ),
            (
                "Party leader Jane Doe called it “a risky experiment”.\n\n\
                 Her deputy spoke on Monday alongside MLA John Roe.\n\n\
                 “We need guardrails,” he said.",
                "John Roe",
            ),
            (
                "Jane Doe, a former journalist, is tipped to replace John Roe as leader.\n\n\
                 The North Shire MSP, the party's justice spokesman, opposes the plan.\n\n\
                 Launching a campaign today, he said: “It is the wrong path.”",
                "Jane Doe",
            ),
            (
                "Senator Jane Doe has taken aim at John Roe and the Labor senator Ann Smith.\n\n\
                 “This town deserves better than this,” the shadow attorney-general said.",
                "Jane Doe",
            ),
            (
                "By Jo Bloggs, Political Reporter\n\n\
                 THE city’s Green Party leader has called the plan “long overdue”.",
                "the city’s Green Party leader",
            ),
            (
                "Reformers are living in “a dream world”, according to Northshire's Police and \
                 Crime Commissioner (PCC).\n\n\
                 Jane Doe has rejected claims that police time is being wasted on growers.\n\n\
                 Some users say the law is unfair.\n\n\
                 But the Northshire PCC later dismissed any “softly, softly” policy.",
                "Jane Doe",
            ),
            (
                "Police chief Jane Doe, who wants drugs legalised, drew criticism last week.\n\n\
                 The Eastshire chief constable wrote to ministers last month, claiming \
                 prohibition was “unwinnable”.",
                "Jane Doe",
            ),
            (
                "The board met on Monday.\n\n\
                 A majority of members backed the plan, including Coun. Ann Lee, who felt the \
                 board should debate it, and Coun. Jo Roe, who called the backlog a mess.\n\n\
                 “We will never find a perfect answer,” she said.",
                "Jo Roe",
            ),
            (
                "Jane Doe said the party would “fight on”.\n\n\
                 Possession is illegal under the 1971 Act.\n\n\
                 The party leader, who once taught drugs courses, said it was “a doctor's decision”.",
                "Jane Doe",
            ),
        ];
        for (text, want) in cases {
            let a = crate::analysis::analyze(text, crate::Topic::builtin());
            let last = a.quotes.last().expect("a quote");
            assert_eq!(last.speaker.as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn a_role_named_in_a_later_sentence_is_that_person() {
        // (text, speaker of every quote)
        let cases = [
            (
                "The rules were of “deep concern”, the CEO of the Harbour Police Union has told \
                 an inquiry.\n\n\
                 “From where we stand, this is a mess,” Sam Wexley told the committee.",
                "Sam Wexley",
            ),
            (
                "Reform should be “part of the talks”, Northland’s Health Secretary has said.\n\n\
                 New figures showed deaths were up.\n\n\
                 Neil Grayling said the government was “working hard”.",
                "Neil Grayling",
            ),
            (
                "But the Northshire commissioner has ruled out a “soft” approach.\n\n\
                 Martin Grayling told me there would be no change “on his watch”.",
                "Martin Grayling",
            ),
        ];
        for (text, want) in cases {
            let a = crate::analysis::analyze(text, crate::Topic::builtin());
            assert!(!a.quotes.is_empty(), "{text}");
            for q in &a.quotes {
                assert_eq!(q.speaker.as_deref(), Some(want), "{text}");
            }
        }
    }

    #[test]
    fn terms_table() {
        let cases = [
            ("the softer ‘gateway’ drugs", true),
            ("so-called ‘legal highs’ were sold", true),
            ("it says ‘heroin maintenance’ clinics work", true),
            ("it had ‘no intention’ of changing", false),
            ("it has “no plans” to change", false),
            ("proposals “frightens” him", false),
            ("the laws are “utterly failing” and must go", false),
            ("she told the “North Shire Evening Standard” it works", true),
            (
                "the report “Drugs: A Way Forward for the Region” said",
                true,
            ),
            ("she said “We Will Win” and left", true),
            ("she said “We will win” and left", false),
            ("he said “Enough. No More.”", false),
            ("it was “Ready”, he said", false),
        ];
        for (text, want) in cases {
            let doc = Document::new(text);
            let q = doc.quoted.iter().find(|q| q.depth == 0).expect("a quote");
            let open = doc.tok_at(q.open.start);
            let close = q.close.map(|c| doc.tok_at(c.start));
            let words = doc
                .toks_in(q.inner)
                .filter(|&k| doc.toks[k].kind == TokKind::Word)
                .count();
            assert_eq!(is_term(&doc, open, close, words), want, "{text}");
        }
    }
}
