//! What a reference to someone already seen means: "the minister" by role, "the committee"
//! by head word, "the report" by its author, "she" by gender and recency.

use crate::lexicon::{lexicon, Pronoun};
use crate::tokens;

use super::names::lower;
use super::roles::is_spokes_word;
use super::{Entity, EntityId, Registry, SpeakerKind};

impl Registry {
    /// The named person whose roles include `head` ("the minister" → "SNP Minister Elena
    /// Whitham"), most recent first.
    pub fn by_role(&self, head: &str, before: usize) -> Option<EntityId> {
        self.recent(before)
            .map(|s| s.entity)
            .find(|&id| self.entities[id].role_words.iter().any(|w| w == head))
    }

    /// The named person who holds `head` at the body `body` ("its president" after "The
    /// Oregon Nurses Association backs the bill"), most recent first: a president of
    /// another body, named earlier, is someone else.
    pub fn by_role_at(&self, head: &str, body: EntityId, before: usize) -> Option<EntityId> {
        let body_name = lower(&self.entities[body].name);
        self.recent(before).map(|s| s.entity).find(|&id| {
            let e = &self.entities[id];
            e.role_words.iter().any(|w| w == head)
                && e.roles.iter().any(|r| lower(r).contains(&body_name))
        })
    }

    /// The organisation a short form ("the committee", "the party", "the government")
    /// refers to: the most recent one whose name has that head word.
    pub fn short_form(&self, head: &str, before: usize) -> Option<EntityId> {
        self.recent(before).map(|s| s.entity).find(|&id| {
            let e = &self.entities[id];
            e.kind == SpeakerKind::Organisation
                && (e
                    .name
                    .split_whitespace()
                    .any(|w| lower(tokens::strip_possessive(w)) == head)
                    || (head == "party" && e.party.is_some()))
        })
    }

    /// Records that `entity` authored a document (a report, a proposal).
    pub fn add_author(&mut self, at: usize, entity: EntityId) {
        let pos = self.authors.partition_point(|(a, _)| *a <= at);
        self.authors.insert(pos, (at, entity));
    }

    /// The most recent author of a document before `before`.
    pub fn last_author(&self, before: usize) -> Option<EntityId> {
        let end = self.authors.partition_point(|(at, _)| *at < before);
        end.checked_sub(1)
            .map(|i| self.canonical(self.authors[i].1))
    }

    /// What a pronoun at `at` refers to: the most recent compatible speaker of the last
    /// three paragraphs, else the most recent compatible mention.
    ///
    /// Within its own sentence, the nearest compatible mention before it wins ("a spokesman
    /// stressed … as he said"); then the previous sentence's last compatible speaker ("…,
    /// including Ann Lee, who …, and Jo Roe, who called it a mess. “…,” she said" is Jo
    /// Roe), else its first compatible mention (its subject); then recency.
    pub fn pronoun(
        &self,
        p: Pronoun,
        at: usize,
        window_start: usize,
        sentences: (usize, usize),
    ) -> Option<EntityId> {
        let fits = |id: EntityId| {
            let e = &self.entities[id];
            match p {
                Pronoun::Masculine | Pronoun::Feminine => {
                    let person_like = e.kind == SpeakerKind::Person
                        // "the Taoiseach", "the premier": an office is someone.
                        || (e.unnamed
                            && e.role_words
                                .iter()
                                .any(|w| lexicon().is_role_or_title(w)))
                        || is_spokes_org(e);
                    person_like && e.gender.is_none_or(|g| g == p)
                }
                Pronoun::Plural => e.kind != SpeakerKind::Person,
                Pronoun::Neuter => e.kind == SpeakerKind::Organisation && !is_spokes_org(e),
            }
        };
        let (sentence_start, previous_start) = sentences;
        let recent = || self.recent(at).take_while(|s| s.at >= window_start);
        let in_sentence = recent()
            .take_while(|s| s.at >= sentence_start)
            .find(|s| fits(s.entity));
        let previous = || {
            self.between(previous_start.max(window_start), sentence_start)
                .map(|s| self.following_merges(s))
        };
        in_sentence
            .or_else(|| previous().rev().find(|s| s.speaking && fits(s.entity)))
            .or_else(|| previous().find(|s| fits(s.entity)))
            .or_else(|| recent().find(|s| s.speaking && fits(s.entity)))
            .or_else(|| recent().find(|s| fits(s.entity)))
            .map(|s| s.entity)
    }

    /// Records a pronoun's gender on the entity it resolved to.
    pub fn learn_gender(&mut self, id: EntityId, p: Pronoun) {
        if matches!(p, Pronoun::Masculine | Pronoun::Feminine)
            && self.entities[id].kind == SpeakerKind::Person
        {
            self.entities[id].gender.get_or_insert(p);
        }
    }
}

/// A spokesperson entity standing for its organisation.
fn is_spokes_org(e: &Entity) -> bool {
    e.kind == SpeakerKind::Organisation && e.role_words.iter().any(|w| is_spokes_word(w))
}
