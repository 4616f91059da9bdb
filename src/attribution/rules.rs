//! The rules of attribution: the reporting cue and its subject for each quoted passage.
//! What they find is the strongest candidate the attribution model weighs (see
//! [`super::candidates`]). This file holds the cues and the order they are tried in; which
//! words are a cue's subject is `rules/subjects.rs`, and who that subject is (a name's
//! entity, a pronoun's antecedent, what "the committee" refers back to) `rules/resolve.rs`.
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

use crate::document::Document;
use crate::lexicon::{self, lexicon, Pronoun};
use crate::mentions::NameMention;
use crate::span::Span;
use crate::speakers::{EntityId, Registry};
use crate::tokens::{self, TokKind};

mod resolve;
mod subjects;

pub(super) use subjects::stops_np;

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
    name_by_last: ByToken,
    name_by_first: ByToken,
}

/// Names by the token they start or end at: for each token of the article, the name there
/// (constant-time lookups, and no hash table's code in every reader's download).
struct ByToken(Vec<usize>);

/// No name at this token.
const NO_NAME: usize = usize::MAX;

impl ByToken {
    /// `(token, name)` pairs over an article of `tokens` tokens; of two at one token, the
    /// later is kept.
    fn new(tokens: usize, pairs: impl Iterator<Item = (usize, usize)>) -> ByToken {
        let mut at = vec![NO_NAME; tokens];
        for (k, name) in pairs {
            if let Some(slot) = at.get_mut(k) {
                *slot = name;
            }
        }
        ByToken(at)
    }

    /// The name at token `k`.
    fn get(&self, k: &usize) -> Option<&usize> {
        self.0.get(*k).filter(|&&n| n != NO_NAME)
    }

    /// True when a name starts (or ends) at token `k`.
    fn contains_key(&self, k: &usize) -> bool {
        self.get(k).is_some()
    }
}

impl<'d, 't> Attributor<'d, 't> {
    /// Finds the names and registers them.
    pub fn new(doc: &'d Document<'t>) -> Self {
        let names = crate::mentions::find(doc);
        let mut registry = Registry::default();
        let name_entity: Vec<EntityId> = names
            .iter()
            .map(|m| registry.register_name(doc, m))
            .collect();
        // A name registered before the fuller name it is part of was merged into it.
        let name_entity = name_entity
            .into_iter()
            .map(|id| registry.canonical(id))
            .collect();
        let words = doc.norm.iter().map(|w| &**w).collect();
        let tokens = doc.toks.len();
        let name_by_last =
            ByToken::new(tokens, names.iter().enumerate().map(|(i, m)| (m.toks.1, i)));
        let name_by_first =
            ByToken::new(tokens, names.iter().enumerate().map(|(i, m)| (m.toks.0, i)));
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
        // "Supreme Court advocate Ravi Sharma": a role before a name, not a verb; so is one
        // after an article ("a peer advocate and former drug user").
        let after_article = || {
            (k.saturating_sub(3)..k)
                .any(|j| (j..k).all(|m| self.is_word(m)) && matches!(self.word(j), "a" | "an"))
        };
        if len == 1
            && lexicon().is_role_noun(self.word(k))
            && (self.is_word(k + 1) && tokens::is_capitalised(self.doc.tok_text(k + 1))
                || after_article())
        {
            return None;
        }
        if k > 0 && self.doc.toks[k - 1].kind == TokKind::Word {
            let prev = self.word(k - 1);
            let prev_raw = self.doc.tok_text(k - 1);
            // "They both said", "the two all warned": after a subject, not a noun's article.
            let past =
                self.word(k).ends_with("ed") || matches!(self.word(k), "said" | "told" | "wrote");
            if lexicon::is_determiner(prev) && !(matches!(prev, "both" | "all") && past)
                || tokens::is_possessive(prev_raw) && lexicon::pronoun(prev).is_none()
                || prev == "to" && lemma != "go on to say"
            {
                return None;
            }
        }
        Some((lemma, len))
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
            // A participle after an object belongs to the clause's subject, not to the
            // object: "sent a letter to the Home Office saying…" (a name after a
            // preposition), "The union issued a statement saying…" (what it issued speaks in
            // its name).
            let object = match s {
                Subject::Name(ni) => {
                    Some(self.names[ni].toks.0).filter(|&first| self.after_preposition(first))
                }
                Subject::Description { first, head, .. } => Some(first)
                    .filter(|_| lexicon::is_issued_text(tokens::strip_possessive(self.word(head)))),
                _ => None,
            };
            if let Some(first) = object.filter(|_| self.word(c).ends_with("ing")) {
                if let Some(main) = self.first_subject(floor, first) {
                    return Some(main);
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
        let inverts = self
            .cue_at(c)
            .is_some_and(|(lemma, _)| lexicon::inverts(lemma));
        if !inverts {
            return None;
        }
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
            if !(self.is_word(k) && self.word(k) == "according" && self.word(k + 1) == "to") {
                return None;
            }
            // "According to him, …": the pronoun as object, someone just named ("according
            // to her lawyer" is the lawyer).
            let alone = !self.is_word(k + 3);
            let object = match self.word(k + 2) {
                "him" => Some(Pronoun::Masculine),
                "her" if alone => Some(Pronoun::Feminine),
                "them" => Some(Pronoun::Plural),
                _ => None,
            };
            let subject = match object {
                Some(p) if k + 2 < ceil && self.is_word(k + 2) => Some(Subject::Pronoun(p, k + 2)),
                _ => self.subject_after(k + 2, ceil),
            };
            subject.map(|s| (s, k))
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

    /// Whether the cue at `c` is the verb of a relative clause set off by commas and closed
    /// before token `before` (", who wrote the bill, says"; ", which has long argued for it,";
    /// ", whose party has long backed reform, said").
    pub fn in_relative_clause(&self, c: usize, before: usize) -> bool {
        self.relative_clause(c, before) == Some(true)
    }

    /// Whether the cue at `c` is the verb of a relative clause after a comma (", who said",
    /// ", whose party has backed"), and if so whether a comma closes the clause before token
    /// `before`; `None` when the cue opens no such clause.
    fn relative_clause(&self, c: usize, before: usize) -> Option<bool> {
        let doc = self.doc;
        let opens = (c.saturating_sub(4)..c)
            .rev()
            .find(|&k| !(self.is_word(k) && lexicon::is_verb_filler(self.word(k))));
        // "whose party": the clause's own subject before its verb.
        let opens = opens.map(|k| {
            (k.saturating_sub(2)..k)
                .find(|&j| self.is_word(j) && self.word(j) == "whose")
                .filter(|&j| (j + 1..=k).all(|w| self.is_word(w)))
                .unwrap_or(k)
        });
        let relative = opens.is_some_and(|k| {
            k > 0
                && self.is_word(k)
                && matches!(self.word(k), "who" | "which" | "whose")
                && doc.tok_text(k - 1) == ","
                && (k + 1..c).all(|j| self.is_word(j))
        });
        relative.then(|| {
            (c + 1..before.min(c + 16)).any(|j| doc.tok_text(j) == "," && doc.quote_of[j].is_none())
        })
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
            // Nor is a relative clause about the subject ("Jo Doe, who wrote the bill, says
            // …"): its cue comes after the main verb's. But a relative clause that runs on
            // into the quote introduces it ("Jo Bird backed it, as did Tom Roe, who called it
            // “overdue”"): its cue comes first. Each cue's place is read once.
            let mut cues: Vec<_> = self
                .cues_in(floor..open_tok)
                .into_iter()
                .map(|cue| {
                    let c = cue.0;
                    let relative = self.relative_clause(c, open_tok);
                    let late = (
                        relative != Some(false),
                        opening_end.is_some_and(|end| c < end),
                        relative == Some(true),
                    );
                    (late, cue)
                })
                .collect();
            crate::sort::sort_by_key(&mut cues, |&(late, _)| late);
            for (_, (c, lemma, len)) in cues {
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
            // The name may open with its title ("Sen. Jo Doe, D-N.M., the bill's sponsor,").
            let opens_at = self.doc.toks.get(post_start).map(|t| t.span.start);
            let appositive = (post_start..post_start + 6)
                .find_map(|k| self.name_by_first.get(&k))
                .filter(|&&ni| Some(self.names[ni].full.start) == opens_at)
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
        // 5. no cue, but the sentence opens with who speaks and a colon before the quote, as
        //    a round-up of reactions writes it: "Jo Doe: “…”", "Jo Doe, who runs a clinic:
        //    “…”", "Councillor Jo Doe (Labour): “…”", "The county's health officer: “…”".
        let colon = open_tok.checked_sub(1)?;
        if pre_floor != s_start || colon <= s_start || doc.tok_text(colon) != ":" {
            return None;
        }
        let subject = self.subject_after(s_start, colon).filter(|s| match *s {
            Subject::Name(ni) => matches!(doc.tok_text(self.names[ni].toks.1 + 1), "," | "(" | ":"),
            Subject::Description { last, .. } => last + 1 == colon,
            _ => false,
        });
        let found = self.found(subject?, colon, ":", 1)?;
        Some((found, Attribution::Cue))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_by_token_find_each_token_once_the_later_name_winning() {
        let by = ByToken::new(9, [(7, 0), (2, 1), (7, 2), (4, 3), (12, 4)].into_iter());
        let got: Vec<Option<usize>> = (0..14).map(|k| by.get(&k).copied()).collect();
        // Token 12 is past the article's nine: no name there.
        let mut want = [None; 14];
        want[2] = Some(1);
        want[4] = Some(3);
        want[7] = Some(2);
        assert_eq!(got, want);
        assert!(by.contains_key(&4) && !by.contains_key(&5));
    }

    /// The speaker's name as registered and the cue's lemma that attribute the first quote
    /// of `text` (a sentence).
    fn attributed(text: &str) -> Option<(String, String)> {
        let doc = Document::new(text);
        let mut a = Attributor::new(&doc);
        let q = doc.quoted.iter().find(|q| q.depth == 0)?;
        let open = doc.tok_at(q.open.start);
        let close = q.close.map(|c| doc.tok_at(c.start));
        let (found, _) = a.attribute_in_sentence(open, close, None, None)?;
        let name = a.registry.get(found.speaker).name.clone();
        Some((name, found.cue.lemma.to_string()))
    }

    /// (sentence containing one quote) → speaker name as registered.
    fn speaker(text: &str) -> Option<String> {
        attributed(text).map(|(name, _)| name)
    }

    /// The lemma of the cue that attributes the first quote of `text`.
    fn cue(text: &str) -> Option<String> {
        attributed(text).map(|(_, lemma)| lemma)
    }

    #[test]
    fn the_cue_that_reports_a_quote_table() {
        // (text, the cue that reports the quote)
        let cases: &[(&str, &str)] = &[
            (
                "Jo Doe, who wrote the bill, says it will “save lives”.",
                "say",
            ),
            (
                "Jo Doe, who has long argued for it, told MPs it would “save lives”.",
                "tell",
            ),
            ("“It works,” Sen. Jo Doe, D-Md., said.", "say"),
            ("Jo Doe hailed it as “a lifeline”.", "hail"),
            (
                "Jo Doe, hailing from Leeds, labelled the plan “reckless”.",
                "label",
            ),
            (
                "Jo Doe, whose party has long backed reform, said it would “look at the detail”.",
                "say",
            ),
            (
                "“It works,” Sen. Jo Doe, D-N.M., the bill's sponsor, said.",
                "say",
            ),
            // Only a relative clause reports: its verb.
            ("Jo Doe, who said it would “save lives”, left early.", "say"),
            // Not closed before the quote: the clause is the report.
            ("It was Jo Doe who said it would “save lives”.", "say"),
            // A relative clause that runs on into the quote introduces it.
            (
                "Jo Bird backed the plan, as did Tom Roe, who called it “overdue”.",
                "call",
            ),
        ];
        for (text, lemma) in cases {
            assert_eq!(cue(text).as_deref(), Some(*lemma), "text {text:?}");
        }
    }

    #[test]
    fn attribution_table() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Ann Lee said: “It works.”", Some("Ann Lee")),
            // A second clause with its own name and cue; a relative clause after an
            // appositive description.
            (
                "Jo Bird backed the plan and Tom Roe called it “overdue”.",
                Some("Tom Roe"),
            ),
            (
                "Jo Bird backed the minister, and Labour's health spokeswoman Ann Roe called the bill “long overdue”.",
                Some("Ann Roe"),
            ),
            (
                "The mayor says it can work, a view shared by Tom Roe, a professor of social work, who called it “overdue”.",
                Some("Tom Roe"),
            ),
            // A name that ends in a word that is also an auxiliary or a month.
            ("Theresa May said it was “not the answer”.", Some("Theresa May")),
            ("Ann Lee spoke. “It works,” Mrs May said.", Some("May")),
            ("“It works,” said Ann Lee.", Some("Ann Lee")),
            ("“It works,” Ann Lee said.", Some("Ann Lee")),
            ("“It works,” said State Representative Ann Lee.", Some("Ann Lee")),
            ("Ann Lee – a nurse at the clinic – said: “It works.”", Some("Ann Lee")),
            ("Its leader, the Rev Amy Dube, said it was “a mistake”.", Some("Amy Dube")),
            // A plural possessive inside a description; a body owned by a class of people is
            // not the body just named.
            (
                "The United Nations’ human rights chief said it was “wrong”.",
                Some("The United Nations’ human rights chief"),
            ),
            (
                "The Greens said no. The teachers’ union said it was “bad”.",
                Some("The teachers’ union"),
            ),
            ("Its leader, the Rev. Amy Dube, said it was “a mistake”.", Some("Amy Dube")),
            ("Ed Davies, director of policy at the Centre for Social Justice, said it was “a dangerously regressive step”.", Some("Ed Davies")),
            ("A Home Office spokesman stressed “every death is a tragedy”.", Some("Home Office")),
            ("The Health and Social Care Committee’s report called for a ‘health focused’ approach.", Some("Health and Social Care Committee")),
            ("Supporters of the bill say it “simply doesn’t work”.", Some("Supporters of the bill")),
            ("Others, especially on the law enforcement side, say it “will not work”.", Some("Others")),
            ("Drug laws ‘destroy more life chances’ than drugs, says cannabis campaigner after report", Some("cannabis campaigner")),
            ("“It is wrong,” according to the Home Office.", Some("Home Office")),
            // "him", "her", "them" after "according to": someone just named.
            ("Jo Doe spoke. According to him, “it is wrong”.", Some("Jo Doe")),
            ("Ann Lee spoke. “It is wrong,” according to her.", Some("Ann Lee")),
            ("Ann Lee spoke. According to her lawyer, it was “wrong”.", Some("Ann Lee's lawyer")),
            ("Jo Doe and Sam Roe spoke. The latter said it was “wrong”.", Some("Sam Roe")),
            // A relative clause after a person's appositive describes the body in it.
            ("Ann Lee, director of the Drug Policy Alliance, which campaigned for it, said it was “caving”.", Some("Ann Lee")),
            ("Ann Lee, director of the Drug Policy Alliance, said it was “caving”.", Some("Ann Lee")),
            // A participle's subject is the clause's, not its owner's.
            ("Mexico’s Supreme Court struck the ban down, saying it was “disproportionate”.", Some("Supreme Court")),
            // A party and an abbreviated state between the name and the cue.
            ("“It works,” Sen. Ann Lee, D-Md., said.", Some("Ann Lee")),
            ("Sen. Ann Lee, D-N.M., the bill's sponsor, said: “It works.”", Some("Ann Lee")),
            ("Sir Peter Hall, who led Northshire Police for a decade, and Dame Ruth Ellis, the former head of Eastmoor Constabulary, gave evidence to the Home Affairs Committee on Monday.\n\nThe latter told MPs that arrests were “a waste of police time”.", Some("Ruth Ellis")),
            ("Jo Doe and Sam Roe spoke. “It is wrong,” said the former.", Some("Jo Doe")),
            ("According to the state’s Department of Public Health, it was “a record year”.", Some("Department of Public Health")),
            ("“Deaths rose,” said the Department of Health spokesman Jo Doe.", Some("Jo Doe")),
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
            // A day or a platform named just before is no one a description can mean.
            ("The vote was close. On Monday, the council said the plan would “send the wrong message”.", Some("the council")),
            ("The vote was close. In a Facebook post, the council said the plan would “send the wrong message”.", Some("the council")),
            ("Deschutes County Sheriff Kent Nolan said no.\n\nIn a Facebook post, the sheriff's office said the plan would “send the wrong message”.", Some("the sheriff's office")),
            // A person's body after "of" or "from" is where they work: the person speaks.
            ("Jo Doe of the Drug Policy Alliance said it was “a missed opportunity”.", Some("Jo Doe")),
            ("Jo Doe of the drugs charity Release said it was “a missed opportunity”.", Some("Jo Doe")),
            ("Members of the Drug Policy Alliance said it was “a missed opportunity”.", Some("Members of the Drug Policy Alliance")),
            ("Tom Hart from the mayor's office said it was “a missed opportunity”.", Some("Tom Hart")),
            ("Jo Doe of the mayor’s office said it was “a missed opportunity”.", Some("Jo Doe")),
            ("Tom Hart from the city office said it was “a missed opportunity”. Jo Ray agreed.", Some("Tom Hart")),
            // One word that spoke, with nothing that makes it a person, may be the body a
            // description means; a surname after its full name may not.
            ("Oxfam warned of a crisis.\n\nThe charity said it was “a scandal”.", Some("Oxfam")),
            ("The drugs charity Release said there was a crisis. “It is a scandal,” the charity added.", Some("Release")),
            ("Jo Davies spoke. Davies warned of a crisis.\n\nThe council said it was “a scandal”.", Some("The council")),
            // "close to" inside the description of who spoke.
            ("A source close to the board chair said it had “gone down badly”.", Some("A source close to the board chair")),
            ("It had “gone down badly”, said a source close to the board chair.", Some("a source close to the board chair")),
            // Whom a spokesperson speaks for, after the verb as before it.
            ("“We are watching closely,” said a spokeswoman for the health board.", Some("a spokeswoman for the health board")),
            ("“We are watching closely,” said a spokesman for the Home Office.", Some("Home Office")),
            ("Sources close to Jo Doe said it had “gone down badly”.", Some("Sources close to Jo Doe")),
            // A document's author that the article describes rather than names.
            ("According to a report by the county health department, deaths rose. The report says capacity “has not kept pace with demand”.", Some("the county health department")),
            ("A study by the state health department says capacity “has not kept pace”.", Some("the state health department")),
            // Nor does a town the lists do not know, written after "in".
            ("Jo Bell runs a clinic in Almada.\n\nThe city council said the plan would “send the wrong message”.", Some("The city council")),
            ("The Almada clinic opened in 2004. Few in Almada object.\n\nThe city council said the plan would “send the wrong message”.", Some("The city council")),
            // The person a description opening the clause names, set off after it.
            ("Tom Wilde spoke first. The Labour candidate, Priya Shah, went further, saying the law was “a failure”.", Some("Priya Shah")),
            ("Tom Wilde spoke first. The Liberal Democrat, Helen Okoro, went further, saying the law was “a failure”.", Some("Helen Okoro")),
            ("The North Shire Party said no. A party spokesman said it was “not something we support”.", Some("North Shire Party")),
            ("The aim is to study “the effects on health,” study leader Marc Walter of the University of Basel told AFP.", Some("Marc Walter")),
            ("“It is disappointing,” said North Shire’s chief coroner Lisa Lapointe of the coroners service.", Some("Lisa Lapointe")),
            ("He agreed with residents such as Jane Doe, who said, “The parks are worse.”", Some("Jane Doe")),
            ("It passed, Rep. Jane Doe, D-Springfield, who wrote it, said: “A good day.”", Some("Jane Doe")),
            ("It passed, Rep. Jane Doe, D-El Paso, who wrote it, said: “A good day.”", Some("Jane Doe")),
            ("Sen. Jane Doe, R-Eastvale, who voted against it, called it “a welcome mat”.", Some("Jane Doe")),
            ("Supreme Court advocate Ravi Sharma said: “No.”", Some("Ravi Sharma")),
            ("Its chairman, Jo Doe (rtd), said: “No.”", Some("Jo Doe")),
            // A body's name set off after its description is the speaker.
            ("The state police union, the Fraternal Order of Police, said: “No.”", Some("Fraternal Order of Police")),
            ("Reacting, the group that led the campaign, Releaf, said: “No.”", Some("Releaf")),
            ("“We voted on reform,” said state Rep. Jane Doe, D-Springfield, who wrote the bill.", Some("Jane Doe")),
            ("“The states missed a chance,” complained the deputy chairman of the union, Jane Doe.", Some("Jane Doe")),
            ("Proposing it, Alan Dean, of Upper Marsh, Northshire, said they would end ‘the deadlock on drugs’ soon.", Some("Alan Dean")),
            ("Tom Felicella, a peer advocate, was blunter.\n\n“It is a political decision,” he said.", Some("Tom Felicella")),
            ("The East Vale Trust both criticised the ban and said it was “a gamble”.", Some("East Vale Trust")),
            ("Jo Doe and the East Vale Trust both said it was “a gamble”.", Some("Jo Doe and East Vale Trust")),
            ("Jo Doe and Mary Ellis spoke. The latter, Ms Ellis, said it was “a gamble”.", Some("Mary Ellis")),
            // A title's full stop inside an insert does not end it.
            ("The chairperson, Prof. Jo Dlamini, said it was “a failure”.", Some("Jo Dlamini")),
            ("A police spokesperson, Brig. Sam Ndlovu, said it was “the law”.", Some("Sam Ndlovu")),
            // A place after a comma ends the appositive before it.
            ("Ann Lee, a doctor at the Royal Infirmary, Glasgow, said it was “a failure”.", Some("Ann Lee")),
            ("Ngozi Eze, a doctor at the Federal Hospital, Yaba, said it was “a failure”.", Some("Ngozi Eze")),
            // A place's body, in lower case before a spokesperson, is who speaks.
            ("A UK government spokesperson said there were “no plans”.", Some("UK government")),
            ("A British government spokesperson said there were “no plans”.", Some("British government")),
            ("A government spokesperson said there were “no plans”.", Some("A government spokesperson")),
            // "Hon." is a title; a parenthesis is inside the insert that holds it.
            ("The chairman, Hon. Musa Bello, said it was “a failure”.", Some("Musa Bello")),
            ("The motion, sponsored by Hon. Jo Okafor (PDP, Anambra), urged them to “act now”.", Some("Jo Okafor")),
            ("Ann Lee, director of the Centre, London, said it was “a failure”.", Some("Ann Lee")),
            ("“We need a kinder approach,” says B.C.’s Chief Coroner, Lisa Lapointe.", Some("Lisa Lapointe")),
            ("“It is a giveaway,” said No on 4 spokesperson Chris Keohan.", Some("Chris Keohan")),
            ("“It started as a class exercise,” Dan Porter, who brought the case with his law professor Alex Matt, told a news agency.", Some("Dan Porter")),
            ("One business owner who met Assistant Commissioner Jane Doe told a paper it was “a supermarket”.", Some("One business owner")),
            ("The woman who employs Jane Doe said it was “a shame”.", Some("The woman")),
            ("One shop owner who met the city’s police chief told a paper it was “a supermarket”.", Some("One shop owner")),
            ("A mum whose son died of an overdose said it was “a shame”.", Some("A mum")),
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
            ("The city’s mayor and its police chief said it was “a mistake”.", Some("The city’s mayor and its police chief")),
            ("The weather was “lovely” today.", None),
            ("Coun. Tom Smith spoke. Mayor Jane Doe said Smith’s plan was “a real step” and said she backs it “not because it will work, but because we must act.”", Some("Jane Doe")),
            // Bodies counted are a group; a number is no one's name.
            ("Twenty-three organisations said the law was “a free for all”.", Some("Twenty-three organisations")),
            ("An open letter signed by 14 local advocacy groups called it “a free for all”.", Some("14 local advocacy groups")),
            ("Twenty-three said the law was “a free for all”.", None),
            // "that" before a plural opens the reported clause.
            ("Reuters reports that officials in the new government have called it “overdue”.", Some("officials in the new government")),
            ("Jo Roe, a Ph.D. candidate in physiology, said it was “overdue”.", Some("Jo Roe")),
            // An office after a person that the writer did not close is theirs.
            ("Jo Rowe, assistant chief constable of the Northshire Police Officers' Association (NPOA) said it would end “the confusion”.", Some("Jo Rowe")),
            ("Jo Doe, President of the Union says, “It works.”", Some("Jo Doe")),
            // A verb that takes a side has its subject before it: ", support services" is a
            // noun phrase; "said the minister" is inverted.
            ("The board will look at prevention, support services and “fresh ideas”.", None),
            ("“It is time,” urged the minister.", Some("the minister")),
            // The object of a clause that opens the sentence is not the description after it.
            ("After meeting Jo Doe, the minister said it was “a mistake”.", Some("the minister")),
            ("Asked about Jo Doe, the minister said: “It works.”", Some("the minister")),
            ("Jo Doe spoke. Later, the minister said: “It works.”", Some("Jo Doe")),
            // An incumbent is someone in office.
            ("Ann Lee is the new mayor. The Labour incumbent has pledged to find “fresh ideas”.", Some("Ann Lee")),
            // Who speaks, then a colon and the quote, with no verb: a round-up of reactions.
            ("Maria Lopez, who runs a clinic: “This is the day.”", Some("Maria Lopez")),
            ("Councillor Tom Reed (Labour): “It is reckless.”", Some("Tom Reed")),
            ("Labour’s Ann Smith: “Total nonsense.”", Some("Ann Smith")),
            ("The county health officer: “We are watching.”", Some("The county health officer")),
            ("His advice was this: “Stay calm.”", None),
            ("Ann Smith praised the plan: “It is bold.”", Some("Ann Smith")),
            // Someone a person has is not that person; a role right before a name is theirs.
            ("A lawyer for Jo Doe said: “He is innocent.”", Some("A lawyer for Jo Doe")),
            ("The mother of Jo Doe said: “He is innocent.”", Some("The mother of Jo Doe")),
            ("Study leader Jo Doe of the university said: “It works.”", Some("Jo Doe")),
            // A titled person, then where they work: the person, not the whole phrase.
            ("Dr Ann Cole of the Eastvale clinic said it was “overdue”.", Some("Ann Cole")),
            // A body whose name could be a person's, named as where someone works.
            ("Ann Lee of the support group Safe Streets said: “It works.”", Some("Ann Lee")),
            ("Jo Doe of the think tank Bright Blue said: “It works.”", Some("Jo Doe")),
            ("Jo Doe of Bright Blue said: “It works.”", Some("Jo Doe")),
            ("“It works,” said Jo Doe of Bright Blue.", Some("Jo Doe")),
            ("A friend of Jo Doe said: “It works.”", Some("A friend of Jo Doe")),
            // A body named for what it does.
            ("Save the Children said: “It works.”", Some("Save the Children")),
            ("Jo Doe of Moms Stop the Harm said: “It works.”", Some("Jo Doe")),
            // Another office, or another place's: not the minister named before; the same
            // office, or a seat the story had not given, is.
            ("Federal Health Minister Jo Roe backed it. Westland’s Interior Minister: “It is wrong.”", Some("Westland’s Interior Minister")),
            ("Federal Health Minister Jo Roe backed it. Westland’s health minister said it was “wrong”.", Some("Westland’s health minister")),
            ("Federal Health Minister Jo Roe backed it. The interior minister said it was “wrong”.", Some("The interior minister")),
            ("Federal Health Minister Jo Roe backed it. The health minister said it was “right”.", Some("Jo Roe")),
            ("Local Green Party TD Jo Roe backed it. The Eastvale TD said it was “right”.", Some("Jo Roe")),
        ];
        for (text, want) in cases {
            assert_eq!(speaker(text).as_deref(), *want, "text {text:?}");
        }
    }

    #[test]
    fn a_sentence_about_a_named_person_centres_them() {
        // (text, speaker of its last quote)
        let cases = [
            // A description by a role noun of party politics is the person just named.
            (
                "Jane Doe has hit back at Lord Roe after the former leader called for it.\n\n\
                 In an article, the party grandee argued it had “failed”.\n\n\
                 He said the ban was “out of date”.",
                "Lord Roe",
            ),
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
            // An office named alone is someone "he" can be.
            (
                "The Taoiseach has said the report “will not be ignored”.\n\n\
                 He said the Government would respond to it “in full”.",
                "Taoiseach",
            ),
            // "the government" is no other body named before it.
            (
                "A bill cleared a committee of the North Shire Senate on Monday.\n\n\
                 But the government says it will “not support it”.",
                "the government",
            ),
            (
                "Jane Doe said the party would “fight on”.\n\n\
                 Possession is illegal under the 1971 Act.\n\n\
                 The party leader, who once taught drugs courses, said it was “a doctor's decision”.",
                "Jane Doe",
            ),
        ];
        for (text, want) in cases {
            let a = crate::analyzer::analyze(text, crate::Topic::builtin());
            let last = a.quotes.last().expect("a quote");
            assert_eq!(last.speaker.as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn two_people_described_together_are_not_the_next_one_named() {
        let text = "The city’s mayor and its police chief have disagreed over the plan.\n\n\
                    Mayor Jane Doe said it was a mistake.";
        let a = crate::analyzer::analyze(text, crate::Topic::builtin());
        let speakers: Vec<_> = a.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("The city’s mayor and its police chief"),
                Some("Jane Doe")
            ]
        );
    }

    #[test]
    fn a_bare_spokesperson_after_a_body_speaks_for_it() {
        // Not for the next person named, as an unnamed speaker otherwise would be.
        let text = "The North Shire Trust said there were “no plans”. A spokesperson added: \
                    “It is not on the table.”\n\n\
                    Professor Jane Doe said it was a mistake.";
        let a = crate::analyzer::analyze(text, crate::Topic::builtin());
        let q = a.quotes.iter().find(|q| q.text.contains("table"));
        assert_eq!(
            q.and_then(|q| q.speaker.as_deref()),
            Some("North Shire Trust")
        );
    }

    #[test]
    fn a_possessive_description_names_its_owner() {
        // (text, speaker of its one quote): a person's spokesperson or office is shown with
        // the person's name; a body's spokesperson is the body.
        let cases = [
            (
                "Mayor Tom Reyes backed the plan. His spokesman said it “will not change”.",
                "spokesman for Tom Reyes",
            ),
            (
                "Dr Mia Cole leads the service. Her office said her view “has not changed”.",
                "Mia Cole's office",
            ),
            // A person's office is not a body named before.
            (
                "The Army backed the plan. Mayor Tom Reyes opposes the plan, his office said.",
                "Tom Reyes's office",
            ),
            (
                "The Health Department declined to comment. Its spokeswoman said the review \
                 “is ongoing”.",
                "Health Department",
            ),
            // A body's office is the body's, not the last person called by that office.
            (
                "The Harbour Pilots Guild, whose president is Ana Ruiz, backs the bill. The \
                 Valley Growers Union does not. “It will cost jobs,” its president said.",
                "Valley Growers Union's president",
            ),
        ];
        for (text, want) in cases {
            let a = crate::analyzer::analyze(text, crate::Topic::builtin());
            let got: Vec<_> = a.quotes.iter().map(|q| q.speaker.as_deref()).collect();
            assert_eq!(got, [Some(want)], "{text}");
        }
    }

    #[test]
    fn a_body_s_office_is_its_holder_at_that_body() {
        // "its president" after a body is the person named as that body's president, not
        // another body's president named before.
        let text = "Tom Vale, president of the Valley Growers Union, was at the hearing.\n\n\
                    “We oppose it,” said Ana Ruiz, president of the Harbour Pilots Guild.\n\n\
                    The Valley Growers Union backs the bill. “It will save farms,” its \
                    president said.";
        let a = crate::analyzer::analyze(text, crate::Topic::builtin());
        let q = a.quotes.iter().find(|q| q.text.contains("farms"));
        assert_eq!(q.and_then(|q| q.speaker.as_deref()), Some("Tom Vale"));
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
            let a = crate::analyzer::analyze(text, crate::Topic::builtin());
            assert!(!a.quotes.is_empty(), "{text}");
            for q in &a.quotes {
                assert_eq!(q.speaker.as_deref(), Some(want), "{text}");
            }
        }
    }

    #[test]
    fn a_partys_member_is_who_its_representative_or_mp_is() {
        // (text, the speaker of the last quote)
        let cases = [
            (
                "People Before Profit MLA Jo Carr has called for reform.\n\n\
                 He asked Justice Minister Ann Lee for figures.\n\n\
                 The average sentence, according to the minister, was 92 days.\n\n\
                 The PBP representative said it was “a waste of time”.",
                "Jo Carr",
            ),
            (
                "Conservative MP Tom Hale backed tougher sentences.\n\n\
                 Labour's shadow minister Ann Roe said the plan would fail.\n\n\
                 The Tory MP said critics were “naive”.\n\n\
                 The Labour MP said the policy was “cruel”.",
                "Ann Roe",
            ),
        ];
        for (text, want) in cases {
            let a = crate::analyzer::analyze(text, crate::Topic::builtin());
            let last = a.quotes.last().and_then(|q| q.speaker.as_deref());
            assert_eq!(last, Some(want), "{text}");
        }
    }

    #[test]
    fn a_person_kept_anonymous_is_not_the_next_one_named() {
        // (text, speaker of each quote)
        let cases: &[(&str, &[&str])] = &[
            (
                "A senior official, who did not wish to be named, said: “Jail is no answer.”

                 Lawyer Ravi Sharma called the plan “regressive”.",
                &["A senior official", "Ravi Sharma"],
            ),
            (
                "A police officer, speaking on condition of anonymity, said: “It will fail.”

                 Jo Doe said it was “a good start”.",
                &["A police officer", "Jo Doe"],
            ),
        ];
        for (text, want) in cases {
            let a = crate::analyzer::analyze(text, crate::Topic::builtin());
            let got: Vec<&str> = a
                .quotes
                .iter()
                .filter_map(|q| q.speaker.as_deref())
                .collect();
            assert_eq!(&got, want, "{text}");
        }
    }
}
