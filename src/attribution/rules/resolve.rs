//! Who a cue's [`Subject`] is: a name's entity, a pronoun's antecedent, the person or body a
//! description ("the committee", "the governor", "a Home Office spokesman") refers back
//! to, registered as a speaker of the article with the mention that names them.

use crate::lexicon::{self, lexicon, Pronoun};
use crate::mentions;
use crate::paragraphs::ParagraphRole;
use crate::span::Span;
use crate::speakers::{self, EntityId, SpeakerKind};
use crate::tokens;

use super::{Attributor, Subject};

/// Bodies a definite description names only by their own word ("the mission" is no
/// party or council named before it; "the government" is not the Senate just named).
const SPECIFIC_BODIES: &[&str] = &[
    "mission",
    "delegation",
    "inquiry",
    "taskforce",
    "government",
];

/// How [`Attributor::latest_named`] narrows whom it looks for.
#[derive(Clone, Copy)]
enum Narrowed<'a> {
    /// Anyone of the kind asked for.
    No,
    /// Someone whose roles name this party.
    Party(&'a str),
    /// Someone whose name has this word (any case).
    NameHas(&'a str),
}

/// Bodies a definite description names only when the body just named is one of their kind:
/// "the city council" is Westvale City Council, not the police federation just named.
const KINDS_OF_BODY: &[&str] = &["council", "court"];

/// The pronoun a possessive determiner stands for ("her" → she, "its" → it).
fn possessive(w: &str) -> Option<Pronoun> {
    match w {
        "his" => Some(Pronoun::Masculine),
        "her" => Some(Pronoun::Feminine),
        "its" => Some(Pronoun::Neuter),
        "their" => Some(Pronoun::Plural),
        _ => None,
    }
}

impl<'d, 't> Attributor<'d, 't> {
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
        if !lx.is_role_or_title(head_word) {
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

    /// The first named person of the sentence before sentence `s`, in the same or the
    /// previous paragraph.
    pub(super) fn previous_sentence_subject(&self, s: usize) -> Option<EntityId> {
        self.previous_sentence_names(s)?.find(|&id| {
            let e = self.registry.get(id);
            !e.unnamed && e.kind == SpeakerKind::Person
        })
    }

    /// The body the sentence before sentence `s` opens with (its first name), in the same
    /// or the previous paragraph.
    fn previous_sentence_body(&self, s: usize) -> Option<EntityId> {
        self.previous_sentence_names(s)?
            .find(|&id| !self.registry.get(id).unnamed)
            .filter(|&id| self.registry.get(id).kind == SpeakerKind::Organisation)
    }

    /// The entities sighted in the sentence before sentence `s` when it is in the same or
    /// the previous paragraph, in text order.
    fn previous_sentence_names(&self, s: usize) -> Option<impl Iterator<Item = EntityId> + '_> {
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
        Some(
            self.registry
                .sightings_between(from, to, 64)
                .filter(move |&(at, _, _)| self.in_body(at))
                .map(|(_, id, _)| id),
        )
    }

    /// Who "the former" or "the latter" in sentence `s` is: the first or the last of the
    /// people named in the sentence before, if it names two or more, else of the people and
    /// bodies (`None` when it names fewer than two, or is not in the same or the previous
    /// paragraph: then nobody can tell).
    fn former_or_latter(&self, which: &str, s: usize) -> Option<EntityId> {
        let mut people: Vec<EntityId> = Vec::new();
        let mut named: Vec<EntityId> = Vec::new();
        for id in self.previous_sentence_names(s)?.take(16) {
            let id = self.registry.canonical(id);
            let e = self.registry.get(id);
            if e.unnamed || named.contains(&id) {
                continue;
            }
            match e.kind {
                SpeakerKind::Person => {
                    people.push(id);
                    named.push(id);
                }
                SpeakerKind::Organisation => named.push(id),
                SpeakerKind::Group => {}
            }
        }
        let pick = if people.len() >= 2 { people } else { named };
        if pick.len() < 2 {
            return None;
        }
        if which == "former" {
            pick.first().copied()
        } else {
            pick.last().copied()
        }
    }

    /// Whether the words before a description's head (tokens `first..head`) fit what the
    /// story said of entity `id`, when its roles have the same head word ("Federal Health
    /// Minister"): a lower-case word right before the head names the office ("the interior
    /// minister", "the deputy minister"), a possessive whose office it is ("Bavaria's health
    /// minister"), and each must be a word of its roles. A word that dates the office ("the
    /// former minister") narrows nothing, nor does a capitalised one ("the Clondalkin TD" may
    /// be the party's TD named before: a seat, not another office), nor a party (checked
    /// apart).
    fn qualifiers_fit(&self, id: EntityId, first: usize, head: usize) -> bool {
        let words = self.registry.get(id).roles.join(" ").to_lowercase();
        let has = |w: &str| words.split(' ').any(|r| tokens::strip_possessive(r) == w);
        if !has(tokens::strip_possessive(self.word(head))) {
            return true;
        }
        let k = head.saturating_sub(1);
        let before = self.word(k);
        let office_word = head > first
            && self.is_word(k)
            && !tokens::is_capitalised(self.doc.tok_text(k))
            && !tokens::is_possessive(before)
            && !lexicon::is_determiner(before)
            && !matches!(
                before,
                "former" | "then" | "new" | "current" | "outgoing" | "incoming" | "acting"
            );
        (!office_word || has(before))
            && (first..head).all(|k| {
                let w = self.word(k);
                !(self.is_word(k) && tokens::is_possessive(w)) || has(tokens::strip_possessive(w))
            })
    }

    /// Whether `id` is known by a title other than `head` ("minister" for "the premier"):
    /// one office-holder is not referred to by another's office.
    pub(super) fn holds_other_office(&self, id: EntityId, head: &str, description: &str) -> bool {
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
        // "Kiharu MP Ndindi Nyoro … the legislator added": a word for any member of a
        // legislature names an MP too.
        offices.clone().next().is_some()
            && offices.all(|w| w != head && !described(w) && !lx.names_legislator(head, w))
    }

    /// A body named by a name and a lower-case head ("the Ana Liffey drug project", "the UK
    /// government"): an organisation, shown by that name.
    fn body_by_name(&mut self, name: &str, head: &str, span: Span) -> EntityId {
        let id = self.registry.describe(name, head, false, false, span);
        let e = &mut self.registry.entities[id];
        e.kind = SpeakerKind::Organisation;
        e.unnamed = false;
        id
    }

    /// Whom the pronoun `p` at token `k` means, among the speakers of the last few
    /// paragraphs.
    fn antecedent(&self, p: Pronoun, k: usize) -> Option<EntityId> {
        let doc = self.doc;
        let at = doc.toks[k].span.start;
        let window = doc
            .paragraphs
            .get(doc.para_of[k].saturating_sub(3))
            .map_or(0, |p| p.span.start);
        self.registry.pronoun(p, at, window, doc.sentence_starts(k))
    }

    /// "her spokesperson", "his lawyer" (tokens `first..=last`): someone a named person's
    /// possessive describes, written with that person's name ("spokesperson for Jo Doe", "Jo
    /// Doe's lawyer") so that a reader sees whose they are. `None` for any other description.
    ///
    /// A body's office ("its president" after the Oregon Nurses Association) is written the
    /// same way: "Oregon Nurses Association's president".
    /// `body` is what "its" or "their" at `first` stands for ([`Self::possessive_body`]).
    fn owned_description(
        &self,
        first: usize,
        last: usize,
        head_word: &str,
        body: Option<EntityId>,
    ) -> Option<String> {
        if last <= first {
            return None;
        }
        let owner = match body {
            Some(body)
                if !speakers::is_spokes_word(head_word)
                    && lexicon().is_role_or_title(head_word) =>
            {
                self.registry.get(body)
            }
            _ => {
                let p = possessive(self.word(first))
                    .filter(|p| matches!(p, Pronoun::Masculine | Pronoun::Feminine))?;
                let owner = self.registry.get(self.antecedent(p, first)?);
                if owner.kind != SpeakerKind::Person {
                    return None;
                }
                owner
            }
        };
        if owner.unnamed {
            return None;
        }
        let name = owner.shown_name();
        let rest = self.doc.span_of(first + 1, last).slice(self.doc.text);
        Some(if speakers::is_spokes_word(head_word) {
            format!("{rest} for {name}")
        } else {
            format!("{name}'s {rest}")
        })
    }

    /// The body "its" or "their" at token `k` stands for ("The Health Department declined to
    /// comment. Its spokeswoman said …"); `None` for any other word, or when the antecedent
    /// is a person.
    fn possessive_body(&self, k: usize) -> Option<EntityId> {
        let p =
            possessive(self.word(k)).filter(|p| matches!(p, Pronoun::Neuter | Pronoun::Plural))?;
        self.antecedent(p, k)
            .filter(|&id| self.registry.get(id).kind != SpeakerKind::Person)
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
                let id = self.antecedent(p, k)?;
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
                // What "its" or "their" opening it stands for, read once: the owner of a
                // body's office or spokesperson.
                let its_body = self.possessive_body(first);
                let owned = self.owned_description(first, last, &head_word, its_body);
                let text = owned.as_deref().unwrap_or(span.slice(doc.text));
                if super::subjects::is_former_or_latter(&head_word) && head == last {
                    let id = self.former_or_latter(&head_word, doc.sentence_of[first])?;
                    self.registry.sight(id, span, true);
                    return Some((id, span));
                }
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
                    // "a report by the county health department": a source the article
                    // describes rather than names (the same document's earlier mention's, for
                    // "the report").
                    let owner = owner.or_else(|| {
                        let earlier = || {
                            definite
                                .then(|| self.earlier_document(&head_word, first))
                                .flatten()
                        };
                        let (k, end) = self.described_source(last).or_else(earlier)?;
                        match self.np_after(k, end)? {
                            d @ Subject::Description { head, .. }
                                if !lx.is_document_noun(tokens::strip_possessive(
                                    self.word(head),
                                )) =>
                            {
                                self.resolve(d).map(|(id, _)| id)
                            }
                            _ => None,
                        }
                    });
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
                    // definite representative is the person just named; "The PBP
                    // representative", the party's member named last, further back.
                    let party = lexicon::party_in(text);
                    let named_before = (definite && head_word == "representative")
                        .then(|| match party {
                            Some(party) => self.latest_member(party, first, at),
                            None => self.recent_named(SpeakerKind::Person, first, at),
                        })
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
                    // "A UK government spokesperson", "a British government spokesman": a
                    // place's body, its head in lower case, right before the role.
                    let place_body = name_inside
                        .map(|ni| self.names[ni].toks)
                        .filter(|&(a, b)| {
                            let name = doc.span_of(a, b).slice(doc.text);
                            b + 2 == head
                                && lx.is_org_head(self.word(b + 1))
                                && !tokens::is_capitalised(doc.tok_text(b + 1))
                                && lx.party(name).is_none()
                                && (lx.is_place(name) || a == b)
                        })
                        .filter(|_| modifier_org.is_none() && !body_source);
                    match (named_before, name_inside, modifier_org, place_body) {
                        // Neither merges into the next person named.
                        _ if body_source || for_person && named_before.is_none() => {
                            self.registry.describe(text, &head_word, false, false, span)
                        }
                        (.., Some((a, b))) => {
                            let body = doc.span_of(a, b + 1);
                            let org_head = self.word(b + 1).to_string();
                            let id = self.body_by_name(body.slice(doc.text), &org_head, body);
                            self.registry.add_role(id, &head_word);
                            id
                        }
                        (Some(id), ..) => {
                            self.registry.add_role(id, text);
                            id
                        }
                        (None, Some(ni), _, _)
                            if self.registry.get(self.name_entity[ni]).kind
                                == SpeakerKind::Organisation =>
                        {
                            let org = self.name_entity[ni];
                            self.registry.add_role(org, &head_word);
                            org
                        }
                        // "The Democratic Unionist Party … A party spokesman said": the
                        // body a short form before the role names speaks.
                        (None, _, Some(org), _) => {
                            self.registry.add_role(org, &head_word);
                            org
                        }
                        (None, _, None, _) => {
                            // "The Home Office said … A spokesperson added:" is the body
                            // that has just spoken ("A government spokesperson" says whose
                            // voice it is).
                            let bare = !definite && head == first + 1 && last == head;
                            let body = (bare && self.opens_sentence(first))
                                .then(|| self.previous_sentence_body(doc.sentence_of[first]))
                                .flatten();
                            // "The Health Department declined to comment. Its spokeswoman
                            // said …": the body "its" means speaks through its spokesperson.
                            if let Some(id) = its_body {
                                self.registry.add_role(id, &head_word);
                                id
                            } else {
                                match body.or_else(|| {
                                    self.registry.by_role(&head_word, at).filter(|_| definite)
                                }) {
                                    Some(id) => id,
                                    None => self
                                        .registry
                                        .describe(text, &head_word, definite, true, span),
                                }
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
                            // specific head ("the mission") is not any body just named, nor
                            // is one that a class of people owns ("the teachers’ union"; "the
                            // city's health board" may be the city's body just named).
                            // Nor is a person's office or team ("his office"), though
                            // "his group" may be the body he leads.
                            let owned = (first..head).any(|k| self.doc.is_plural_possessive(k))
                                || matches!(self.word(first), "his" | "her")
                                    && matches!(head_word.as_str(), "office" | "team" | "campaign");
                            let of_kind = KINDS_OF_BODY
                                .contains(&head_word.as_str())
                                .then_some(head_word.as_str());
                            (definite && !owned && !SPECIFIC_BODIES.contains(&head_word.as_str()))
                                .then(|| self.recent_body(of_kind, first, at))
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
                    self.body_by_name(speakers::strip_article(text), &head_word, span)
                } else if let Some(person) = (lx.is_role_or_title(&head_word)
                    // Not after a preposition: "a friend of Jo Doe", "a lawyer for Jo Doe"
                    // is someone else, who has Jo Doe.
                    && !matches!(self.word(head + 1), "of" | "for" | "to" | "with"))
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
                    // The whole role, not only its head: "Provincial health officer".
                    let id = self.name_entity[person];
                    let role_first = (first..head)
                        .find(|&k| !lexicon::is_determiner(self.word(k)))
                        .unwrap_or(head);
                    self.registry
                        .add_role(id, doc.span_of(role_first, head).slice(doc.text));
                    id
                } else if lx.is_role_or_title(&head_word) {
                    // "The Labour MP" is not the Conservative MP named before.
                    let party = lexicon::party_in(text);
                    let party_fits = |id: EntityId| {
                        party.is_none_or(|p| {
                            let roles = &self.registry.get(id).roles;
                            // Roles that name no party leave it open.
                            let mut named =
                                roles.iter().filter_map(|r| lexicon::party_in(r)).peekable();
                            named.peek().is_none() || named.any(|q| q == p)
                        })
                    };
                    // "Bavaria's health minister", "the interior minister": not the federal
                    // health minister named before.
                    let qualifiers_fit = |id: EntityId| self.qualifiers_fit(id, first, head);
                    // "its president": the body's, not whoever was last called president.
                    let named = match its_body {
                        Some(body) => self.registry.by_role_at(&head_word, body, at),
                        None => definite
                            .then(|| self.registry.by_role(&head_word, at))
                            .flatten(),
                    }
                    .filter(|&id| party_fits(id) && qualifiers_fit(id));
                    match named {
                        Some(id) => id,
                        // Nobody named holds it: the body's office is its own speaker.
                        None if its_body.is_some() => self
                            .registry
                            .describe(text, &head_word, definite, true, span),
                        // "Jane Doe … The North Shire MSP said": a definite
                        // description names no one new; it refers back to the person just
                        // named: the previous sentence's subject when it opens its sentence.
                        // Not someone who holds another office: "Police Minister Jane Doe …
                        // the premier says" is not Jane Doe.
                        // "her lawyer", "his deputy": someone else, whom the person just
                        // named has.
                        _ => match (definite
                            && !matches!(self.word(first), "his" | "her" | "their"))
                        .then(|| {
                            // Nor someone the story describes only otherwise: "Sam
                            // Roe, a lobbyist … the senator said" is not Sam Roe.
                            let words: Vec<String> =
                                text.split_whitespace().map(str::to_lowercase).collect();
                            let words: Vec<&str> = words.iter().map(String::as_str).collect();
                            let fits = |id: &EntityId| {
                                let other = speakers::is_office(&head_word)
                                    && self.registry.get(*id).has_only_other_roles(&words);
                                !(other || self.holds_other_office(*id, &head_word, text))
                                    && party_fits(*id)
                                    && qualifiers_fit(*id)
                                    && !self.named_in_fronted_clause(*id, first)
                            };
                            self.opens_sentence(first)
                                .then(|| self.previous_sentence_subject(doc.sentence_of[first]))
                                .flatten()
                                .filter(fits)
                                .or_else(|| {
                                    self.recent_named(SpeakerKind::Person, first, at)
                                        .filter(fits)
                                })
                                .or_else(|| self.recent_speaker(first, at).filter(fits))
                                .or_else(|| party.and_then(|p| self.latest_member(p, first, at)))
                        })
                        .flatten()
                        {
                            Some(id) => {
                                // "the legislator" says nothing "Kiharu MP" did not.
                                let bare = head == first + 1 && head == last;
                                if !(bare && lx.is_any_legislator(&head_word)) {
                                    self.registry.add_role(id, text);
                                }
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
    /// Whether the entity was last named in a clause that opens the sentence of token
    /// `first` and ends in the comma before it ("After meeting Jo Doe, the minister said",
    /// "Asked about Jo Doe, the minister said"): a description after such a clause is its
    /// subject, someone other than the clause's object. ("Jo Doe, the minister said" opens
    /// with the name: the minister may be her.)
    fn named_in_fronted_clause(&self, id: EntityId, first: usize) -> bool {
        let doc = self.doc;
        if first == 0 || doc.tok_text(first - 1) != "," {
            return false;
        }
        let (start, _) = doc.sentences[doc.sentence_of[first]];
        let (from, to) = (doc.toks[start].span.start, doc.toks[first].span.start);
        let mentions = &self.registry.get(id).mentions;
        let before = mentions.partition_point(|m| m.start < to);
        before
            .checked_sub(1)
            .and_then(|i| mentions.get(i))
            .is_some_and(|m| m.start > from)
    }

    pub(super) fn recent_named(&self, kind: SpeakerKind, k: usize, at: usize) -> Option<EntityId> {
        self.latest_named(k, at, 1, kind, false, Narrowed::No)
    }

    /// The body last named in the paragraph before token `k` (byte `at`) or this one; with
    /// `of_kind`, the last whose name has that word ("the city council": a council), in the
    /// three paragraphs before (a council named in the lede is still the story's council).
    fn recent_body(&self, of_kind: Option<&str>, k: usize, at: usize) -> Option<EntityId> {
        match of_kind {
            Some(word) => {
                let narrowed = Narrowed::NameHas(word);
                self.latest_named(k, at, 3, SpeakerKind::Organisation, false, narrowed)
            }
            None => self.recent_named(SpeakerKind::Organisation, k, at),
        }
    }

    /// The named person who last spoke in the three paragraphs before token `k` (byte `at`):
    /// who a definite role ("The party leader said") most likely is when no one nearer has
    /// the role.
    pub(super) fn recent_speaker(&self, k: usize, at: usize) -> Option<EntityId> {
        self.latest_named(k, at, 3, SpeakerKind::Person, true, Narrowed::No)
    }

    /// The latest named person whose roles name `party` ("People Before Profit MLA") in the
    /// five paragraphs before token `k` (byte `at`): who "the party's representative" is when
    /// others have spoken since.
    fn latest_member(&self, party: &str, k: usize, at: usize) -> Option<EntityId> {
        self.latest_named(k, at, 5, SpeakerKind::Person, false, Narrowed::Party(party))
    }

    /// The latest named entity of `kind` sighted in the story's body (a byline's or promo
    /// line's names are not the story's people) from `paragraphs_back` paragraphs before
    /// token `k` to byte `at`; with `speaking`, only where it speaks; `narrowed` to one whose
    /// roles name a party or whose name has a word.
    fn latest_named(
        &self,
        k: usize,
        at: usize,
        paragraphs_back: usize,
        kind: SpeakerKind,
        speaking: bool,
        narrowed: Narrowed,
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
                // "Oxfam warned … The charity said": one word that spoke, with nothing
                // that makes it a person (a first name, a title, a pronoun, a role), may be
                // the body a description means.
                let bare_word = || {
                    e.kind == SpeakerKind::Person
                        && !e.name.contains(' ')
                        && e.given.is_none()
                        && e.gender.is_none()
                        && e.roles.is_empty()
                        && e.peerage.is_none()
                };
                !e.unnamed
                    && (e.kind == kind || kind == SpeakerKind::Organisation && bare_word())
                    && !(kind == SpeakerKind::Organisation && self.is_place(id))
                    && match narrowed {
                        Narrowed::No => true,
                        Narrowed::Party(p) => {
                            e.roles.iter().any(|r| lexicon::party_in(r) == Some(p))
                        }
                        Narrowed::NameHas(w) => {
                            e.name.split_whitespace().any(|n| n.eq_ignore_ascii_case(w))
                        }
                    }
            })
            // "On Monday, the council said": a day, a newspaper or a platform named just
            // before is no one a description can mean, and it hides whoever came before it.
            .filter(|&id| crate::attribution::candidates::can_speak(&self.registry.get(id).name))
    }

    /// Whether the entity `id` is a place the word lists do not know, written right after
    /// "in", "near" or "across" ("everyone in Almada"): "the city council" does not mean the
    /// town, as it does not mean a place the lists know. (Its first mentions are read: a
    /// bound on the work.)
    fn is_place(&self, id: EntityId) -> bool {
        let e = self.registry.get(id);
        e.mentions.iter().take(8).any(|m| {
            let k = self.doc.tok_at(m.start);
            k > 0 && self.is_word(k - 1) && matches!(self.word(k - 1), "in" | "near" | "across")
        })
    }

    /// Whether byte `at` is in the story's body: a byline's or promo line's names are not the
    /// story's people.
    pub(super) fn in_body(&self, at: usize) -> bool {
        let doc = self.doc;
        doc.para_of
            .get(doc.tok_at(at))
            .and_then(|&p| doc.paragraphs.get(p))
            .is_some_and(|p| p.role == ParagraphRole::Body)
    }
}
