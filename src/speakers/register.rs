//! Which entity a name or a description is: one already known under another form ("Cllr
//! Stephen", "HSCC", "Von der Leyen"), or a new one.

use crate::document::Document;
use crate::lexicon::{self, lexicon};
use crate::mentions::{self, NameKind, NameMention};
use crate::span::Span;
use crate::tokens;

use super::names::{
    fix_shouting, initials, joined_bodies, lower, peerage, shown_name, strip_article,
    unshout_first_name, PEERAGES,
};
use super::roles::{
    gender_of_title, is_spokes_word, of_a_measure, office_initials, with_article, year_old,
};
use super::{Entity, EntityId, Registry, SpeakerKind};

/// What an organisation is looked up by: "HSCC" finds the "Health and Social Care
/// Committee" through its initials, "the Lib Dems" the party by its canonical name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum OrgKey {
    /// Its name, lower-cased.
    Name(String),
    /// A party's canonical name.
    Party(&'static str),
    /// An acronym it was written as.
    Acronym(String),
    /// The initials of its full name.
    Initials(String),
}

impl Registry {
    /// Registers a name mention and returns its entity.
    pub fn register_name(&mut self, doc: &Document, m: &NameMention) -> EntityId {
        let text = doc.text;
        let name = m.name_text(text).trim();
        let at = m.full.start;
        let id = match m.kind {
            NameKind::Organisation => match self.by_particle_surname(name) {
                Some(id) => id,
                None => self.organisation(name, m.party, at),
            },
            NameKind::Person => self.person(name, m.title.map(|t| t.slice(text)), at),
            NameKind::Unknown => self.single_word(name, m.title.map(|t| t.slice(text)), at),
        };
        self.sight(id, m.name, false);
        if let Some(title) = peerage(m.title.map(|t| t.slice(text))) {
            self.entities[id].peerage.get_or_insert(title);
        }
        // A body that opens the mention's sentence, or the one before, is the one "its" means.
        let (this, before) = doc.sentence_starts(m.toks.0);
        let sentences = [this, before];
        // "The minister, Jo Doe, said": the capital only opens the sentence. "Its chair, Jo
        // Doe," is the chair of the body last named.
        let before = m.role_before.map(|r| {
            let r = r.slice(text);
            match r.split_once(' ') {
                // "Its chief sponsor": what has sponsors and authors is a bill, not a body.
                Some((det, rest)) if matches!(lower(det).as_str(), "its" | "their") => {
                    match self.last_body(text, sentences, at) {
                        _ if of_a_measure(rest) => rest.to_string(),
                        Some(body) => format!("{rest} of {}", with_article(body)),
                        None => format!("{} {rest}", lower(det)),
                    }
                }
                Some((det, rest)) if lexicon::is_determiner(&lower(det)) => {
                    format!("{} {rest}", lower(det))
                }
                _ => r.to_string(),
            }
        });
        if let Some(role) = &before {
            self.add_role(id, role);
        }
        // "its executive director Sarah Helm": the office of the body last named.
        let its_title = m.title.and_then(|t| {
            let before = text[..t.start].trim_end();
            let owner = before.rsplit(|c: char| !c.is_alphanumeric()).next()?;
            (matches!(lower(owner).as_str(), "its" | "their") && !of_a_measure(t.slice(text)))
                .then(|| self.last_body(text, sentences, at))
                .flatten()
                .map(|body| format!("{} of {}", t.slice(text), with_article(body)))
        });
        if let Some(role) = &its_title {
            self.add_role(id, role);
        }
        let title = m.title.filter(|_| its_title.is_none());
        for role in [title, m.office, m.apposition].into_iter().flatten() {
            let role = role.slice(text);
            let person = self.entities[id].kind == SpeakerKind::Person;
            if person && (lexicon::is_honorific(role) || PEERAGES.contains(&role)) {
                if let Some(g) = gender_of_title(role) {
                    self.entities[id].gender.get_or_insert(g);
                }
                continue;
            }
            if !role.starts_with("whose ") {
                self.add_role(id, role);
            }
        }
        id
    }

    fn organisation(&mut self, name: &str, party: Option<&'static str>, at: usize) -> EntityId {
        // "the Government", "the Committee": a short form of an organisation named before.
        let lone_head = !name.contains(' ') && lexicon().is_org_head(&lower(name));
        if let Some(id) = lone_head
            .then(|| self.short_form(&lower(name), at))
            .flatten()
        {
            return id;
        }
        // Named as the article writes it ("the Labour party", "SNP"); a party's other names
        // find it through its canonical key.
        let display = &*joined_bodies(name);
        let key = lower(display);
        let is_acr = mentions::is_acronym(name);
        let own_initials = initials(name);
        // Keys it is found by, and keys it is filed under: an acronym finds an organisation
        // filed under those initials, and a full name one written as its initials.
        let mut keys = vec![OrgKey::Name(key)];
        keys.extend(party.map(OrgKey::Party));
        let filed: Vec<OrgKey> = if is_acr {
            vec![OrgKey::Acronym(name.to_string())]
        } else if own_initials.chars().count() >= 2 && name.contains(' ') {
            vec![OrgKey::Initials(own_initials.clone())]
        } else {
            Vec::new()
        };
        let mut lookups = keys.clone();
        if is_acr {
            lookups.push(OrgKey::Acronym(name.to_string()));
            lookups.push(OrgKey::Initials(name.to_string()));
        } else if own_initials.chars().count() >= 2 {
            lookups.push(OrgKey::Acronym(own_initials));
        }
        let found = lookups
            .iter()
            .filter_map(|k| self.org_keys.get(k).copied())
            .find(|&id| self.entities[id].kind == SpeakerKind::Organisation);
        let id = match found {
            Some(id) => id,
            None => {
                let id = self.new_entity(SpeakerKind::Organisation, display, at);
                self.entities[id].party = party;
                id
            }
        };
        for k in keys.into_iter().chain(filed) {
            self.org_keys.insert(k, id);
        }
        let e = &mut self.entities[id];
        if is_acr {
            e.acronym.get_or_insert_with(|| name.to_string());
        } else if mentions::is_acronym(&e.name) || display.len() > e.name.len() {
            if mentions::is_acronym(&e.name) {
                let acr = e.name.clone();
                e.acronym.get_or_insert(acr);
            }
            e.name = display.to_string();
        }
        id
    }

    /// "Von der Leyen said", "Dela Paz said" after "Ursula von der Leyen", "Mario “Toto”
    /// dela Paz": a surname whose particle's capital only opens the sentence (read as a
    /// body's name or a new given name otherwise). Only a person already named so.
    fn by_particle_surname(&self, name: &str) -> Option<EntityId> {
        let mut words = name.split_whitespace();
        let first = words.next()?;
        let surname = lower(words.last()?);
        if !(tokens::is_capitalised(first) && lexicon::is_surname_particle(&lower(first))) {
            return None;
        }
        let tail = [" ", &lower(name)].concat();
        self.surnames
            .get(&surname)?
            .iter()
            .rev()
            .copied()
            .find(|&id| {
                let e = &self.entities[id];
                e.kind == SpeakerKind::Person && lower(&e.name).ends_with(&tail)
            })
    }

    fn person(&mut self, name: &str, title: Option<&str>, at: usize) -> EntityId {
        let words: Vec<&str> = name.split_whitespace().collect();
        let surname = lower(words.last().copied().unwrap_or(name));
        // A surname's particles are the surname's ("Ó Ríordáin", "de Villa", "van der Berg"):
        // "O Riordain" is "Aodhan O Riordain" without the first name.
        let before_surname = words.len().saturating_sub(1);
        let given_len = (0..before_surname)
            .rev()
            .find(|&i| !lexicon::is_surname_particle(words[i]))
            .map_or(0, |i| i + 1);
        let given = (given_len > 0).then(|| lower(&words[..given_len].join(" ")));
        // "Gutiérrez Ortega" after "María José Gutiérrez Ortega": two surnames, the given
        // names left out, as Spanish and Portuguese names are shortened.
        let compound = |e: &Entity| {
            words.len() == 2
                && e.given
                    .as_deref()
                    .zip(given.as_deref())
                    .is_some_and(|(g, first)| {
                        g.len() > first.len()
                            && g.ends_with(first)
                            && g.as_bytes()[g.len() - first.len() - 1] == b' '
                    })
        };
        // The most recent person with this surname and a compatible given name.
        let found = self.surnames.get(&surname).and_then(|ids| {
            ids.iter().rev().copied().find(|&id| {
                let e = &self.entities[id];
                (e.kind == SpeakerKind::Person || is_placeholder(e))
                    && (given.is_none() || e.given.is_none() || e.given == given || compound(e))
            })
        });
        let found = found.or_else(|| self.by_particle_surname(name));
        // "Sir Jane" after "Sir Jane Doe": a titled first name of the one person who has it.
        let found = found.or_else(|| match (words.len(), self.given_names.get(&surname)) {
            (1, Some(ids)) if ids.len() == 1 => Some(ids[0]),
            _ => None,
        });
        let id = match found {
            Some(id) => id,
            None => {
                let id = self.new_entity(SpeakerKind::Person, name, at);
                self.surnames.entry(surname.clone()).or_default().push(id);
                id
            }
        };
        // "Gladys said … Gladys Doe": a first name alone, seen before the full name, is
        // this person (a single word only ever registered as a placeholder or a person).
        if let Some(first) =
            (words.len() == 2 && !lexicon::is_surname_particle(words[0])).then(|| lower(words[0]))
        {
            let alone: Vec<EntityId> = self
                .surnames
                .get(&first)
                .map(|ids| {
                    ids.iter()
                        .copied()
                        .filter(|&o| {
                            let e = &self.entities[o];
                            o != id
                                && !e.name.contains(' ')
                                && e.given.is_none()
                                && (is_placeholder(e) || e.kind == SpeakerKind::Person)
                        })
                        .collect()
                })
                .unwrap_or_default();
            for o in alone {
                self.merge(o, id);
            }
        }
        let e = &mut self.entities[id];
        e.kind = SpeakerKind::Person;
        if e.surname.is_none() || given.is_some() {
            e.surname = Some(surname);
        }
        if given.is_some() && e.given.is_none() {
            e.given = given.clone();
            e.name = unshout_first_name(name).into_owned();
            if let Some(g) = given {
                let ids = self.given_names.entry(g).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        if let Some(g) = title.and_then(gender_of_title) {
            e.gender.get_or_insert(g);
        }
        id
    }

    fn single_word(&mut self, name: &str, title: Option<&str>, at: usize) -> EntityId {
        let key = lower(name);
        let known = self
            .surnames
            .get(&key)
            .and_then(|ids| ids.last().copied())
            .or_else(|| self.org_keys.get(&OrgKey::Name(key.clone())).copied())
            .or_else(|| {
                // "Gladys Doe … Gladys said": the first name of the one person who has it.
                match self.given_names.get(&key).map(Vec::as_slice) {
                    Some(&[id]) => Some(id),
                    _ => None,
                }
            });
        if let Some(id) = known {
            return id;
        }
        // An unknown single word becomes a person only if it is ever treated as one; until
        // then it is an organisation-or-place placeholder named as written.
        let id = self.new_entity(SpeakerKind::Organisation, name, at);
        self.surnames.entry(key.clone()).or_default().push(id);
        self.entities[id].surname = Some(key);
        if let Some(g) = title.and_then(gender_of_title) {
            self.entities[id].gender = Some(g);
            self.entities[id].kind = SpeakerKind::Person;
        }
        id
    }

    /// Marks a single-word name as a person: it was the subject of "said" or got a pronoun.
    pub fn treat_as_person(&mut self, id: EntityId) {
        let e = &mut self.entities[id];
        if e.kind == SpeakerKind::Organisation
            && e.party.is_none()
            && e.acronym.is_none()
            && !e.name.contains(' ')
        {
            // "The Senate said", "the Kremlin said": a body's head word, or a seat of
            // government, is no one's name.
            let word = e.surname.clone().unwrap_or_else(|| lower(&e.name));
            if lexicon().is_known_word(&word) || lexicon().is_institution(&e.name) {
                return;
            }
            e.kind = SpeakerKind::Person;
        }
    }

    /// Registers a description that names no one ("a cannabis campaigner", "supporters of
    /// the bill", "the city's Green Party leader"): an existing entity described the same
    /// way, or a new unnamed one.
    pub fn describe(
        &mut self,
        description: &str,
        head: &str,
        definite: bool,
        person: bool,
        at: Span,
    ) -> EntityId {
        let name = strip_article(description);
        let key = lower(name);
        let id = match self.described.get(&key).copied() {
            Some(id) => id,
            None => {
                let shown = fix_shouting(&shown_name(description));
                let id = self.new_entity(SpeakerKind::Group, &shown, at.start);
                self.described.insert(key, id);
                let e = &mut self.entities[id];
                e.unnamed = true;
                // "the city's leader", "a Belfast mother" may be named next; "one councillor"
                // or "another speaker" is someone else.
                let article = lower(description.split_whitespace().next().unwrap_or(""));
                // "The city's mayor and its police chief" are two people, not one to name.
                let words: Vec<String> = description.split_whitespace().map(lower).collect();
                let joint = words
                    .windows(2)
                    .any(|w| w[0] == "and" && lexicon::is_determiner(&w[1]));
                // "A spokesperson for the governor" speaks for someone else: not the next
                // person the story names.
                let speaks_for = is_spokes_word(head)
                    && words
                        .iter()
                        .any(|w| matches!(w.as_str(), "for" | "of" | "to"));
                e.definite_person = person
                    && !joint
                    && !speaks_for
                    && (definite || matches!(article.as_str(), "a" | "an"));
                if e.definite_person {
                    // "The 60-year-old told Bild": an age, shown as one ("aged 60").
                    let role = match year_old(description) {
                        Some(age) => ["aged ", age].concat(),
                        None => fix_shouting(description.trim()),
                    };
                    e.roles.push(role);
                    e.role_words.extend(office_initials(description));
                }
                if person {
                    if let Some(g) = gender_of_title(head) {
                        e.gender = Some(g);
                    }
                }
                id
            }
        };
        if !self.entities[id].role_words.iter().any(|w| w == head) {
            self.entities[id].role_words.push(head.to_string());
        }
        self.sight(id, at, true);
        id
    }
}

/// A single capitalised word not yet known to be a person or an organisation.
fn is_placeholder(e: &Entity) -> bool {
    e.kind == SpeakerKind::Organisation
        && e.party.is_none()
        && e.acronym.is_none()
        && !e.name.contains(' ')
        && !e.unnamed
}
