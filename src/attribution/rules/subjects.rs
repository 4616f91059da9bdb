//! Which words are a reporting cue's subject: the shape of the writer's sentence read left
//! of the cue ("Ed Davies, director of policy at …, said") or right of it ("…,” said the
//! chief constable"), past appositives, inserts, relative clauses and datelines. What is
//! found is a [`Subject`] (a name, a pronoun or a description), not yet anyone;
//! [`super::resolve`] says who it is.

use crate::lexicon::{self, lexicon};
use crate::mentions;
use crate::speakers::{self, SpeakerKind};
use crate::tokens::{self, TokKind};

use super::{Attributor, Subject};

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

/// Words that end a noun phrase when reading leftwards or rightwards.
pub(in crate::attribution) fn stops_np(w: &str) -> bool {
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

impl<'d, 't> Attributor<'d, 't> {
    /// The last token before `k` (or `k`) that is not an adverb or auxiliary between a
    /// subject and its verb ("Jo Doe has also said"); a name's last word is never one
    /// ("Theresa May said").
    pub(super) fn skip_fillers(&self, mut k: usize, floor: usize) -> Option<usize> {
        while k >= floor
            && self.is_word(k)
            && lexicon::is_verb_filler(self.word(k))
            && lexicon::pronoun(self.word(k)).is_none()
            && !self.name_by_last.contains_key(&k)
        {
            if k == floor {
                return None;
            }
            k -= 1;
        }
        Some(k)
    }

    /// The person whose appositive ends at token `close`: the comma that closes it ("Tera
    /// Hurst, director of the Alliance,"), or its last word where the writer did not close
    /// it. Looks back no further than `floor` nor 30 tokens.
    fn appositive_owner_ending_at(&self, close: usize, floor: usize) -> Option<usize> {
        (close.saturating_sub(30).max(floor)..close)
            .rev()
            .filter_map(|k| self.name_by_last.get(&k).copied())
            .find(|&ni| {
                self.names[ni].apposition_toks.map(|(_, end)| end) == Some(close)
                    && self.names[ni].toks.0 >= floor
                    && self.is_person(ni)
            })
    }

    pub(super) fn skip_parenthesis(&self, k: usize, floor: usize) -> Option<usize> {
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

    /// The token before an insert that ends at the comma `k` (going back no further than
    /// `floor` or 30 tokens): the comma that opens it, or whatever else stopped the scan (a
    /// full stop, a quote).
    fn insert_start(&self, k: usize, floor: usize) -> usize {
        let mut j = k;
        while j > floor {
            j -= 1;
            // "sponsored by Jo Doe (PDP, Anambra),": a parenthesis is inside the insert,
            // whatever commas it holds.
            if self.doc.tok_text(j) == ")" {
                let open = (floor.max(j.saturating_sub(10))..j)
                    .rev()
                    .find(|&o| self.doc.tok_text(o) == "(");
                if let Some(open) = open.filter(|&o| o > floor) {
                    j = open;
                    continue;
                }
            }
            let t = self.doc.tok_text(j);
            // "D-Md.," closes an abbreviation, not a sentence.
            let abbreviation = t == "."
                && j > 0
                && self.doc.toks[j].span.start == self.doc.toks[j - 1].span.end
                && self.doc.tok_text(j + 1) == ",";
            // "The chairperson, Prof. Lerato Dlamini, said": a title's full stop, which the
            // document does not read as a sentence end.
            let inside_sentence =
                t == "." && self.doc.sentence_of.get(j + 1) == Some(&self.doc.sentence_of[j]);
            if (matches!(t, "," | "." | ";" | ":") && !abbreviation && !inside_sentence)
                || self.doc.quote_of[j].is_some()
                || k - j > 30
            {
                break;
            }
        }
        j
    }

    /// The subject of a cue starting at token `c`, looking left no further than `floor`.
    pub fn subject_before(&self, c: usize, floor: usize) -> Option<Subject> {
        if c == 0 || c <= floor {
            return None;
        }
        let mut k = self.skip_fillers(c - 1, floor)?;
        // "Maria Oyelaran — a nurse who runs the site — said": the dash closes her appositive.
        if crate::mentions::is_parenthetical_dash(self.doc, k) {
            return self.appositive_owner_ending_at(k, floor).map(Subject::Name);
        }
        // Appositives and inserts: "X, director of …, said"; "Others, especially …, argue".
        for _ in 0..3 {
            if self.doc.tok_text(k) != "," {
                break;
            }
            let mut j = self.insert_start(k, floor);
            if self.doc.tok_text(j) != "," || j <= floor {
                return None;
            }
            // "Anil Mehta, a doctor at the City Hospital, Leeds, said": a place after a
            // comma ends the appositive before it, not an insert of its own; so does one
            // capitalised word after a body's name, a place the list does not know ("…
            // at the Federal Neuro-Psychiatric Hospital, Yaba, said").
            let town_after_body = k == j + 2
                && j > 0
                && tokens::is_capitalised(self.doc.tok_text(j + 1))
                && !tokens::is_all_caps(self.doc.tok_text(j + 1))
                && self.name_by_first.get(&(j + 1)).is_none_or(|&ni| {
                    self.registry.get(self.name_entity[ni]).kind != SpeakerKind::Person
                })
                && tokens::is_capitalised(self.doc.tok_text(j - 1))
                && lexicon().is_org_head(tokens::strip_possessive(self.word(j - 1)));
            if j + 1 < k
                && (town_after_body
                    || lexicon().is_place(self.doc.span_of(j + 1, k - 1).slice(self.doc.text)))
            {
                let before = self.insert_start(j, floor);
                if self.doc.tok_text(before) == "," && before > floor && k - before <= 30 {
                    j = before;
                }
            }
            // "Tera Hurst, director of the Alliance, which campaigned for it, said": a
            // relative clause after a person's appositive; the subject is the person.
            if self.is_word(j + 1) && matches!(self.word(j + 1), "which" | "who" | "whose") {
                if let Some(owner) = self.appositive_owner_ending_at(j, floor) {
                    return Some(Subject::Name(owner));
                }
            }
            // "Its chief executive, Morag Lindsay, said": the insert is the name itself
            // ("Its leader, the Rev Amy Dube, said": a titled one after "the").
            let the = usize::from(self.is_word(j + 1) && self.word(j + 1) == "the");
            let titled_after_the = |ni: usize| the == 0 || self.names[ni].title.is_some();
            if let Some(&ni) = self
                .name_by_first
                .get(&(j + 1 + the))
                .filter(|&&ni| titled_after_the(ni))
            {
                let m = &self.names[ni];
                // ("The latter, Ms Ellis, said": a titled surname names someone as fully.)
                let full_name = m.name.slice(self.doc.text).split_whitespace().count() >= 2
                    || m.title.is_some();
                // "Its chairman, Jo Doe (rtd), said": a parenthesis after the name.
                let after = m.toks.1 + 1;
                let bracketed = self.doc.tok_text(after) == "("
                    && k > after + 1
                    && k - after < 6
                    && self.doc.tok_text(k - 1) == ")";
                if (after == k || bracketed)
                    && full_name
                    && self.registry.get(self.name_entity[ni]).kind == SpeakerKind::Person
                {
                    return Some(Subject::Name(ni));
                }
            }
            // "The state police union, the Fraternal Order of Police, said": a body's own
            // name set off after its description is the subject, by name.
            if let Some(&ni) = self.name_by_first.get(&(j + 1 + the)) {
                let after_name = self.name_by_last.contains_key(&(j - 1));
                if self.names[ni].toks.1 + 1 == k
                    && !after_name
                    && self.registry.get(self.name_entity[ni]).kind == SpeakerKind::Organisation
                {
                    return Some(Subject::Name(ni));
                }
            }
            // "Jo Kent, 43, a nurse, said": an age before the insert is an insert of its own.
            let age = j - 1;
            if age > floor + 1
                && self.doc.tok_text(age - 1) == ","
                && self.doc.tok_text(age).len() <= 3
                && self.doc.tok_text(age).bytes().all(|b| b.is_ascii_digit())
            {
                k = j;
                continue;
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
        // "Sen. Wade Huxley, R-Roswell, who voted against it, called …": past the tag too.
        k = self.before_party_tag(k, floor);
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
            // "Sources close to Jo Doe said": the name ends the description of who spoke.
            if first > 0 && self.close_to_ends_at(first - 1, floor) {
                return self.np_before(k, floor);
            }
            // "Jo Doe of the drugs charity Release said": the body is where the person works
            // (the person's affiliation, read with the names), and the person speaks.
            if !self.is_person(ni) {
                let end = self.names[ni].full.end;
                let person = (floor.max(first.saturating_sub(8))..first)
                    .rev()
                    .filter_map(|j| self.name_by_last.get(&j))
                    .find(|&&p| self.names[p].office.is_some_and(|o| o.end == end));
                if let Some(&person) = person.filter(|&&p| self.names[p].toks.0 >= floor) {
                    return Some(Subject::Name(person));
                }
            }
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
                        // "Jo Rowe, assistant chief constable of the Northshire Police
                        // Officers' Association said": an appositive the writer did not close.
                        return Some(self.open_appositive_owner_of(d, floor));
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
                    if lexicon().is_role_or_title(head) || office() {
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
            return self.relative_antecedent(k - 1, floor, w == "which");
        }
        // "Mr Ray, who was a nurse for twenty years, first in …, said": the phrase
        // before the cue describes the person the appositive hangs on.
        self.np_before(k, floor)
            .map(|np| self.open_appositive_owner_of(np, floor))
    }

    /// The person a description before a cue describes, when it is their unclosed appositive
    /// or restrictive relative clause; else the description itself.
    fn open_appositive_owner_of(&self, np: Subject, floor: usize) -> Subject {
        let Subject::Description { first, last, .. } = np else {
            return np;
        };
        if let Some(owner) = self.open_appositive_owner(first, floor) {
            return Subject::Name(owner);
        }
        // "Jo Rowe, assistant chief constable of the Association …, said" without its
        // closing comma: the appositive reader ended her office before the verb
        // (`mentions::apposition_after`), so the description is hers.
        if let Some(owner) = self.appositive_owner_ending_at(last, floor) {
            return Subject::Name(owner);
        }
        self.restrictive_relative_owner(first, floor).unwrap_or(np)
    }

    /// Whether the phrase starting at token `first` is a preposition's object ("to the
    /// Home Office", "with Jane Doe").
    pub(super) fn after_preposition(&self, first: usize) -> bool {
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
    pub(super) fn after_dateline(&self, floor: usize, before: usize) -> usize {
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
    pub(super) fn whose_owner(&self, first: usize, floor: usize) -> Option<usize> {
        if first < floor + 4 || self.doc.tok_text(first - 1) != "," {
            return None;
        }
        let whose = (first.saturating_sub(5)..first - 1)
            .rev()
            .find(|&k| self.is_word(k) && self.word(k) == "whose")?;
        self.owner_before_whose(whose, floor)
    }

    /// Whether the phrase at token `first` opens its sentence, or follows only the quotation
    /// that does ("“…,” the shadow minister said").
    pub(super) fn opens_sentence(&self, first: usize) -> bool {
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

    /// Whether name `ni` is a person's.
    pub(super) fn is_person(&self, ni: usize) -> bool {
        self.registry.get(self.name_entity[ni]).kind == SpeakerKind::Person
    }

    /// The person's name that starts at token `k`, if one does.
    pub(super) fn person_name_at(&self, k: usize) -> Option<usize> {
        self.name_by_first
            .get(&k)
            .copied()
            .filter(|&ni| self.is_person(ni))
    }

    /// A body joined to another name as one subject ("the North Shire Trust and the East
    /// Vale Foundation said", "Jane Doe and the East Vale Foundation said"): the pair speaks
    /// as one, named as written. Two people ("Jane Doe and John Roe said") are left alone.
    pub(super) fn joint_subject(&self, ni: usize, floor: usize) -> Option<Subject> {
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
    pub(super) fn open_appositive_owner(&self, first: usize, floor: usize) -> Option<usize> {
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

    /// The comma opening a participle's insert ", led by Senator John Roe" that ends at `k`.
    pub(super) fn participle_insert_start(&self, k: usize, floor: usize) -> Option<usize> {
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
    /// clause describes is. Only "who" and "whose": "the group which represents Jane Doe" is
    /// too often a name's own phrase.
    pub(super) fn restrictive_relative_owner(&self, first: usize, floor: usize) -> Option<Subject> {
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
            // ("A mum whose son died of an overdose said": the mum, not her son.)
            if self.is_word(j) && matches!(self.word(j), "who" | "whose") {
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
    pub(super) fn document_source(&self, last: usize) -> Option<usize> {
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

    /// "a report by the county health department": the first token after "by" or "from"
    /// right after the document noun at `last`, and the end of its sentence, when nothing
    /// named follows (see [`Self::document_source`] for a name).
    pub(super) fn described_source(&self, last: usize) -> Option<(usize, usize)> {
        let doc = self.doc;
        let end = doc.sentences[*doc.sentence_of.get(last)?].1;
        let by = last + 1;
        (by + 1 < end
            && self.is_word(by)
            && matches!(self.word(by), "by" | "from")
            && self.is_word(by + 1)
            && !tokens::is_capitalised(doc.tok_text(by + 1)))
        .then_some((by + 1, end.min(by + 12)))
    }

    /// The last token of who wrote a document ("a report by the county health
    /// department"): for a description headed by a document noun at `head` and ending at
    /// `last`, the words after "by" or "from" right after it, up to a comma, a cue or twelve
    /// words. What was said does not include them.
    pub fn document_author_end(&self, head: usize, last: usize) -> Option<usize> {
        let doc = self.doc;
        let by = last + 1;
        let by_author = self.is_word(by) && matches!(self.word(by), "by" | "from");
        if !by_author || !lexicon().is_document_noun(tokens::strip_possessive(self.word(head))) {
            return None;
        }
        (by + 1..doc.toks.len().min(by + 13))
            .take_while(|&k| self.is_word(k) && self.cue_at(k).is_none())
            .last()
    }

    /// The nearest earlier mention of the document noun `head_word` in the last three
    /// paragraphs before token `first` (at most 400 tokens back: a bound on the work).
    fn earlier_mention(&self, head_word: &str, first: usize) -> Option<usize> {
        let doc = self.doc;
        let floor_para = doc.para_of[first].saturating_sub(3);
        (first.saturating_sub(400)..first)
            .rev()
            .take_while(|&k| doc.para_of[k] >= floor_para)
            .find(|&k| self.is_word(k) && tokens::strip_possessive(self.word(k)) == head_word)
    }

    /// The same document's source as [`Self::described_source`] reads it, at its earlier
    /// mention ("According to a report by the county health department, … The report says
    /// …").
    pub(super) fn earlier_document(&self, head_word: &str, first: usize) -> Option<(usize, usize)> {
        self.described_source(self.earlier_mention(head_word, first)?)
    }

    /// "A letter from North Shire Health pleads … “…,” reads the letter": the source of the
    /// same document named earlier (the nearest mention of its noun in the last three
    /// paragraphs) or its owner ("North Shire Health's letter").
    pub(super) fn earlier_document_source(&self, head_word: &str, first: usize) -> Option<usize> {
        let k = self.earlier_mention(head_word, first)?;
        let owner = (k > 0)
            .then(|| self.name_by_last.get(&(k - 1)).copied())
            .flatten()
            .filter(|&ni| self.names[ni].possessive);
        owner.or_else(|| self.document_source(k))
    }

    /// "A cross-party group of MPs and peers is calling…", "a group of five MEPs said":
    /// the group speaks, not the last of its members named, for the phrase ending at `k`.
    pub(super) fn collective_before(&self, k: usize, floor: usize) -> Option<Subject> {
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

    /// The name a US politician's party-and-place tag ending at token `end` follows ("Rep.
    /// Jane Doe, D-El Paso"): the token before the tag's comma; `end` itself otherwise.
    fn before_party_tag(&self, end: usize, floor: usize) -> usize {
        let mut tag = end;
        // "R-Fla.", "D-N.M.": an abbreviated state's full stops.
        while tag > floor
            && end - tag < 4
            && lexicon::party_and_place(self.doc.tok_text(tag)).is_none()
            && (tokens::is_capitalised(self.doc.tok_text(tag)) || self.doc.tok_text(tag) == ".")
        {
            tag -= 1;
        }
        let tagged = tag >= floor + 2
            && lexicon::party_and_place(self.doc.tok_text(tag)).is_some()
            && self.doc.tok_text(tag - 1) == ",";
        if tagged {
            tag - 2
        } else {
            end
        }
    }

    /// "a report which called for…": the report's author, the subject of the verb before it.
    pub(super) fn relative_antecedent(
        &self,
        end: usize,
        floor: usize,
        which: bool,
    ) -> Option<Subject> {
        // "the Joint Committee, chaired by Jo Doe, which proposed": "which" is never a
        // person; the body before the insert is.
        if which && self.doc.tok_text(end) == "," {
            let person_before = self
                .name_by_last
                .get(&end.saturating_sub(1))
                .is_some_and(|&ni| self.is_person(ni));
            let open = self.insert_start(end, floor);
            if person_before && open > floor && self.doc.tok_text(open) == "," {
                return self
                    .name_by_last
                    .get(&(open - 1))
                    .filter(|&&ni| !self.is_person(ni) && self.names[ni].toks.0 >= floor)
                    .map(|&ni| Subject::Name(ni));
            }
        }
        let comma = (self.doc.tok_text(end) == "," && end > floor).then_some(end);
        // "resident Jane Doe, who said": the name before the comma.
        let end = comma.map_or(end, |c| c - 1);
        let end = self.before_party_tag(end, floor);
        if let Some(&ni) = self.name_by_last.get(&end) {
            // "Ann Lee, a nominated County Assembly member in Nairobi who wants…": the person
            // the appositive belongs to.
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
        // "fellow sponsor, Jo Roe, a professor of social work, who called it …": the person
        // the appositive description after the name belongs to.
        if let Some(comma) = comma {
            let open = self.insert_start(comma, floor);
            let described = open > floor
                && self.doc.tok_text(open) == ","
                && self.is_word(open + 1)
                && matches!(self.word(open + 1), "a" | "an" | "the");
            let person = described
                .then(|| self.name_by_last.get(&(open - 1)))
                .flatten()
                .filter(|&&ni| self.is_person(ni));
            if let Some(&ni) = person {
                return Some(Subject::Name(ni));
            }
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
    pub(super) fn np_before(&self, k: usize, floor: usize) -> Option<Subject> {
        let s = self.np_start(k, floor)?;
        // "The city's mayor and its police chief": two people described, one subject (one
        // level: a list of thousands stays linear).
        let lx = lexicon();
        let joined = s >= floor + 2
            && self.is_word(s - 1)
            && self.word(s - 1) == "and"
            && self.is_word(s - 2)
            && lexicon::is_determiner(self.word(s))
            && lx.is_role_or_title(self.word(s - 2));
        let s = if joined {
            self.np_start(s - 2, floor).unwrap_or(s)
        } else {
            s
        };
        self.classify_np(s, k)
    }

    /// Where the noun phrase ending at token `k` starts, walking back no further than
    /// `floor` (names, determiners, prepositions inside the phrase).
    fn np_start(&self, k: usize, floor: usize) -> Option<usize> {
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
            // "The United Nations’ human rights chief": a plural possessive's apostrophe.
            if self.doc.is_plural_possessive(p) {
                s = p;
                continue;
            }
            if !self.is_word(p) {
                break;
            }
            let w = self.word(p);
            // "a source close to the board chair", "sources close to Jo Doe".
            if self.close_to_ends_at(p, floor) {
                s = p - 1;
                continue;
            }
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
                if p > floor + 1 && self.close_to_ends_at(p - 1, floor) {
                    s = p - 2;
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
        Some(s)
    }

    /// Whether token `k` is the "to" of "close to" inside a description ("a source close to
    /// the minister"), with a word before "close" for the phrase's head.
    fn close_to_ends_at(&self, k: usize, floor: usize) -> bool {
        k > floor + 1
            && self.is_word(k)
            && self.word(k) == "to"
            && self.is_word(k - 1)
            && self.word(k - 1) == "close"
            && self.is_word(k - 2)
    }

    /// A noun phrase starting at token `a` ("said a Home Office spokesman").
    pub(super) fn np_after(&self, a: usize, ceil: usize) -> Option<Subject> {
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
                // "close to the board chair": the article is the phrase's, not a new one.
                let the = self.is_word(e + 1) && lexicon::is_determiner(self.word(e + 1));
                e += 1 + usize::from(the);
                continue;
            }
            // "said a spokeswoman for the Home Office": whom a spokesperson speaks for is
            // part of the description, as before the verb.
            let speaks_for =
                w == "for" && last.is_some_and(|l| speakers::is_spokes_word(self.word(l)));
            if e > a && (stops_np(w) || PREPOSITIONS_IN_NP.contains(&w) && w != "of" && !speaks_for)
            {
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

    pub(super) fn classify_np(&self, first: usize, last: usize) -> Option<Subject> {
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
        // Words inside a name ("Department of Health") are not the phrase's own; a person's
        // office after their name is ("Dr Jo Doe of the Eastvale clinic": "of" opens where
        // Jo Doe works, and the phrase is Jo Doe's).
        let in_name = |k: usize| {
            let starts = self.doc.toks.get(k).map_or(usize::MAX, |t| t.span.start);
            (first..k).any(|f| {
                self.name_by_first.get(&f).is_some_and(|&ni| {
                    let m = &self.names[ni];
                    m.toks.1 >= k && (m.office.is_none() || starts < m.name.end)
                })
            })
        };
        let prep = (first + 1..=last).find(|&k| {
            self.is_word(k)
                && (PREPOSITIONS_IN_NP.contains(&self.word(k))
                    || self.word(k) == "close" && self.word(k + 1) == "to")
                && !in_name(k)
        });
        // "Tom Hart from the mayor's office said": a person's name, then where they work
        // (`mentions` read it as their office, named or described): the person speaks.
        if let Some(&ni) = self.name_by_first.get(&first) {
            let m = &self.names[ni];
            let ends = self.doc.toks.get(last).map(|t| t.span.end);
            if self.is_person(ni) && m.office.is_some_and(|o| Some(o.end) == ends) {
                return Some(Subject::Name(ni));
            }
        }
        let before_prep = prep.map_or(last, |p| p - 1);
        let head = (first..=before_prep)
            .rev()
            .find(|&k| {
                is_head(k) && !tokens::is_possessive(self.doc.tok_text(k))
                    || k == before_prep && is_head(k)
            })
            .unwrap_or(before_prep);
        let h = tokens::strip_possessive(self.word(head));
        // "The former told MPs", "said the latter": one of two just named.
        if head == last && head == first + 1 && self.word(first) == "the" && is_former_or_latter(h)
        {
            return Some(Subject::Description { first, last, head });
        }
        // "reports that officials in … have indicated": "that" before a plural opens a
        // clause; it points at no one.
        let first = if matches!(self.word(first), "that" | "this") && lx.is_group_noun(h) {
            (first + 1).min(head)
        } else {
            first
        };
        // "Twenty-three organisations said": bodies counted are a group the story introduces
        // ("the organisations said" points back to bodies it has named).
        let counted = head > first && lexicon::is_number_word(self.word(first));
        let useful = lx.is_role_noun(h)
            || lx.is_group_noun(h)
            || lx.is_org_head(h)
            || lx.is_document_noun(h)
            || lx.is_title(h)
            || speakers::is_spokes_word(h)
            || counted && lx.is_org_plural(h);
        if !useful {
            return None;
        }
        // "Gov. Jane Moss (D), whose administration opposes the reform": the body or
        // spokesman of the person the relative clause describes speaks for that person.
        if head == last && !lx.is_group_noun(h) {
            if let Some(owner) = self.relative_owner(first) {
                return Some(Subject::Name(owner));
            }
        }
        Some(Subject::Description { first, last, head })
    }

    /// The person a ", whose" just before token `first` describes ("Jane Moss (D), whose
    /// office").
    fn relative_owner(&self, first: usize) -> Option<usize> {
        let whose = first.checked_sub(1)?;
        if !(self.is_word(whose) && self.word(whose) == "whose") {
            return None;
        }
        self.owner_before_whose(whose, 0)
    }

    /// The person named right before the comma of ", whose" (token `whose`), past a
    /// parenthesis ("Jane Moss (D), whose"), not before token `floor`.
    fn owner_before_whose(&self, whose: usize, floor: usize) -> Option<usize> {
        if whose < floor + 2 || self.doc.tok_text(whose - 1) != "," {
            return None;
        }
        let mut end = whose - 2;
        if self.doc.tok_text(end) == ")" {
            let open = (end.saturating_sub(6).max(floor)..end)
                .rev()
                .find(|&k| self.doc.tok_text(k) == "(")?;
            end = open.checked_sub(1).filter(|&e| e >= floor)?;
        }
        let &ni = self.name_by_last.get(&end)?;
        self.is_person(ni).then_some(ni)
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
                    if head > self.names[ni].toks.1 && lexicon().is_role_or_title(role) {
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
        // "according to the (state's) Department of Public Health": a body's name after its
        // article, and perhaps a lower-case owner, is the body by name; "said the Department
        // of Health spokesman Jo Doe", the person.
        if let Some(Subject::Description { first, last, .. }) = np {
            let mut n = first + usize::from(w == "the");
            if n < last
                && tokens::is_possessive(self.doc.tok_text(n))
                && !tokens::is_capitalised(self.doc.tok_text(n))
            {
                n += 1;
            }
            if let Some(&ni) = self.name_by_first.get(&n).filter(|_| n > first) {
                if self.names[ni].toks.1 == last {
                    return Some(Subject::Name(ni));
                }
            }
        }
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
    pub(super) fn person_after_role(&self, ni: usize, ceil: usize) -> Option<usize> {
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
                (lx.is_role_or_title(&role) || speakers::is_spokes_word(&role)).then_some(person)
            })
    }

    /// The person a possessive name introduces: "Labour's Ann Smith", "North Shire's Chief
    /// Coroner, Lisa Lapointe" (the place or party is theirs, not the speaker).
    pub(super) fn person_after_possessive(&self, ni: usize, ceil: usize) -> Option<usize> {
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

    /// The first name or description of a clause (its subject).
    pub(super) fn first_subject(&self, floor: usize, before: usize) -> Option<Subject> {
        let floor = self.after_dateline(floor, before);
        // "The chief constable sent a paper…": a description that opens the clause.
        if floor < before && self.is_word(floor) && lexicon::is_determiner(self.word(floor)) {
            if let Some(Subject::Description { first, last, head }) = self.np_after(floor, before) {
                // The phrase ends at its head unless a complement follows ("the chief of
                // police"): "The chief constable sent…" is "The chief constable".
                let complement = head < last && PREPOSITIONS_IN_NP.contains(&self.word(head + 1));
                let last = if complement { last } else { head };
                // "The Labour candidate, Priya Shah, went further, calling for …": the
                // person the description names, set off after it.
                if let Some(person) = self.person_set_off_after(last, before) {
                    return Some(Subject::Name(person));
                }
                return Some(Subject::Description { first, last, head });
            }
        }
        (floor..before.min(floor + 12)).find_map(|k| {
            let &ni = self.name_by_first.get(&k)?;
            // "Mexico's Supreme Court struck it down, saying …": the owner's name is not
            // the subject; what it owns is.
            let owned = self.names[ni]
                .possessive
                .then(|| self.name_by_first.get(&(self.names[ni].toks.1 + 1)))
                .flatten()
                .filter(|&&owned| self.names[owned].toks.1 < before);
            // "The Liberal Democrat, Helen Okoro, went further, calling for …": a party's
            // member named by the party, then the person.
            let person = (!self.is_person(ni))
                .then(|| self.person_set_off_after(self.names[ni].toks.1, before))
                .flatten();
            Some(Subject::Name(owned.copied().or(person).unwrap_or(ni)))
        })
    }

    /// The person whose name follows token `last` between commas, ending before token
    /// `before` ("The Labour candidate, Priya Shah, went …").
    fn person_set_off_after(&self, last: usize, before: usize) -> Option<usize> {
        if self.doc.tok_text(last + 1) != "," {
            return None;
        }
        let &ni = self.name_by_first.get(&(last + 2))?;
        let end = self.names[ni].toks.1;
        (end < before && self.doc.tok_text(end + 1) == "," && self.is_person(ni)).then_some(ni)
    }
}

/// "former" or "latter", which after "the" point back to one of two just named.
pub(super) fn is_former_or_latter(w: &str) -> bool {
    matches!(w, "former" | "latter")
}
