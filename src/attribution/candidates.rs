//! Every person or body a quote could be given to, with what the attribution model reads
//! of each: the rules' choice, where the candidate is mentioned relative to the quote,
//! what kind of name it is, and the discourse around the quote.
//!
//! Candidates are the entities mentioned from two paragraphs before the quote to the
//! paragraph after it (the nearest [`WINDOW_SIGHTINGS`] mentions), the rules' choice, the
//! previous quote's speaker, and "nobody".

use crate::analysis::QuoteKind;
use crate::by_entity::ByEntity;
use crate::document::Document;
use crate::features::Features;
use crate::span::Span;
use crate::speakers::{EntityId, Registry, SpeakerKind};

use super::Attribution;

/// How many mentions around a quote are considered: a bound on the work per quote.
pub const WINDOW_SIGHTINGS: usize = 48;

/// Kinds of evidence, for ablation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// What the cue-and-subject rules chose.
    Rules = 0,
    /// Where the candidate is mentioned relative to the quote.
    Position = 1,
    /// What kind of name the candidate is.
    Entity = 2,
    /// The run of quotes and paragraphs around the quote.
    Discourse = 3,
}

impl Group {
    /// Every group.
    pub const ALL: [Group; 4] = [
        Group::Rules,
        Group::Position,
        Group::Entity,
        Group::Discourse,
    ];

    /// Its name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Group::Rules => "rules",
            Group::Position => "position",
            Group::Entity => "entity",
            Group::Discourse => "discourse",
        }
    }
}

/// A quote, as candidate generation sees it.
#[derive(Clone, Debug)]
pub struct QuoteSite {
    /// The quoted words (byte span).
    pub span: Span,
    /// Its paragraph.
    pub paragraph: usize,
    /// Its writer's sentence.
    pub sentence: usize,
    /// Direct, partial or reported.
    pub kind: QuoteKind,
    /// The rules' speaker, and how they found it.
    pub rule: Option<EntityId>,
    /// How the rules attributed it.
    pub how: Attribution,
    /// Where the rules' speaker is named for this quote.
    pub rule_mention: Option<Span>,
    /// The previous quote's speaker.
    pub previous_speaker: Option<EntityId>,
    /// The quote opens its paragraph.
    pub paragraph_initial: bool,
}

/// One candidate speaker.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// The entity, or `None` for "nobody can be named".
    pub entity: Option<EntityId>,
    /// Its nearest mention to the quote.
    pub mention: Option<Span>,
    /// What the model reads.
    pub features: Features,
}

/// A mention: its byte offset, and whether the entity speaks there.
type Sighted = (usize, bool);

/// Where a mention is relative to a quote.
fn relation(doc: &Document, site: &QuoteSite, at: usize) -> &'static str {
    let k = doc.tok_at(at);
    let (Some(&p), Some(&s)) = (doc.para_of.get(k), doc.sentence_of.get(k)) else {
        return "far";
    };
    let before = at < site.span.start;
    if s == site.sentence {
        if before {
            "s-before"
        } else {
            "s-after"
        }
    } else if p == site.paragraph {
        match (before, site.sentence.abs_diff(s)) {
            (true, 1) => "prev-s",
            (true, _) => "p-before",
            (false, 1) => "next-s",
            (false, _) => "p-after",
        }
    } else if p + 1 == site.paragraph {
        "para-1"
    } else if p + 2 == site.paragraph {
        "para-2"
    } else if p == site.paragraph + 1 {
        "para+1"
    } else {
        "far"
    }
}

fn bucket(n: usize) -> &'static str {
    match n {
        0..=2 => "0-2",
        3..=6 => "3-6",
        7..=15 => "7-15",
        16..=40 => "16-40",
        _ => "41+",
    }
}

/// Last words of broadcasters and other media that are not certainly publications ("Radio",
/// "Network"): a feature, not a guard.
const MEDIA_WORDS: &[&str] = &[
    "daily",
    "weekly",
    "magazine",
    "radio",
    "tv",
    "television",
    "broadcasting",
    "network",
    "channel",
    "standard",
    "record",
    "reporter",
    "bulletin",
];

/// True when a name is a day or a month ("Tuesday", "October").
pub fn is_date_name(name: &str) -> bool {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    !words.is_empty()
        && words
            .iter()
            .all(|w| crate::lexicon::is_date_word(w) || w.chars().all(|c| c.is_ascii_digit()))
}

/// Last words that make a name a publication beyond doubt ("The Daily News", "Metro Times",
/// "The Evening Post", "AP") or a platform ("Facebook"): a guard, since a newspaper or a
/// post is quoted from, not a speaker.
const PUBLICATION_NAMES: &[&str] = &[
    "news",
    "times",
    "post",
    "today",
    "herald",
    "echo",
    "mail",
    "guardian",
    "telegraph",
    "tribune",
    "journal",
    "gazette",
    "chronicle",
    "express",
    "mirror",
    "observer",
    "press",
    "examiner",
    "courier",
    "newspaper",
    "reuters",
    "ap",
    "afp",
    "bbc",
    "cnn",
    "jazeera",
    "arabiya",
    // Platforms: "In a Facebook post, the sheriff's office said".
    "facebook",
    "twitter",
    "instagram",
    "tiktok",
    "youtube",
    "linkedin",
    "whatsapp",
    "reddit",
    "substack",
    "bluesky",
];

/// Whether an entity of this name may be given a quote: never a date, a publication, a
/// place, a law, or a legislator's party-and-place tag ("D-San Francisco", "R-Fla.").
pub fn can_speak(name: &str) -> bool {
    let lexicon = crate::lexicon::lexicon();
    let tag = name.split_once('-').is_some_and(|(party, place)| {
        matches!(party, "D" | "R" | "I")
            && place.starts_with(char::is_uppercase)
            && !place
                .split_whitespace()
                .any(|w| lexicon.is_org_head(&w.to_lowercase()))
    });
    // "Voluntary Organisations Act", "Emergency Ordinance C36386": a law says nothing.
    // ("ACT Policing" speaks: the law's word ends the name, or comes before its number.)
    let mut words = name.split_whitespace().rev();
    let last = words.next().unwrap_or("");
    let is_law = |w: &str| {
        ["act", "ordinance", "bylaw", "amendment", "code"]
            .iter()
            .any(|law| w.eq_ignore_ascii_case(law))
    };
    let law = words.next().is_some_and(|before| {
        is_law(last) || is_law(before) && last.chars().any(|c| c.is_ascii_digit())
    });
    if tag || law {
        return false;
    }
    let last = last
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    !is_date_name(name) && !PUBLICATION_NAMES.contains(&last.as_str()) && !lexicon.is_place(name)
}

/// Each entity's [`shape_flags`] and name features, worked out once per article: they depend
/// on the entity alone, and a long article offers the same entity to many quotes.
#[derive(Debug, Default)]
pub struct Shapes {
    flags: ByEntity<Vec<&'static str>>,
    features: ByEntity<Features>,
}

impl Shapes {
    fn of(&mut self, registry: &Registry, id: EntityId) -> &[&'static str] {
        self.flags
            .get_or_insert_with(id, || shape_flags(registry, id))
    }

    /// The entity group's features of `id` (see [`name_shape`]).
    fn name_features(
        &mut self,
        registry: &Registry,
        id: EntityId,
        doc: &Document,
        names: bool,
    ) -> &Features {
        if !self.features.contains(id) {
            let mut f = if names {
                Features::with_names()
            } else {
                Features::default()
            };
            name_shape(&mut f, registry, id, doc, self);
            self.features.get_or_insert_with(id, || f);
        }
        // Made above when it was not there yet.
        self.features.get_or_insert_with(id, Features::default)
    }
}

/// What the form of a name says against it being a speaker's name: a lower-case word first
/// ("becoming head of the North Shire police": a phrase taken for a name), a participle first
/// ("Speaking", "Contacted"), a preposition inside a person's name ("Doe on Twitter"), a
/// digit, or one word that is the first name of another person of the article.
fn shape_flags(registry: &Registry, id: EntityId) -> Vec<&'static str> {
    let e = registry.get(id);
    let words: Vec<&str> = e.name.split_whitespace().collect();
    let mut flags = Vec::new();
    let Some(first) = words.first() else {
        return flags;
    };
    // A letter that is not upper case: the same as `char::is_lowercase` for a name's first
    // letter, without a third Unicode table in the wasm.
    if !e.unnamed
        && first
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() && !c.is_uppercase())
    {
        flags.push("lower-first");
    }
    let first_lower = first.to_lowercase();
    if first.chars().next().is_some_and(char::is_uppercase)
        && (first_lower.ends_with("ing") || first_lower.ends_with("ed"))
        && first_lower.chars().count() > 4
    {
        flags.push("participle-first");
    }
    if e.kind == SpeakerKind::Person
        && words[1..]
            .iter()
            .any(|w| matches!(*w, "on" | "in" | "at" | "for" | "from" | "to"))
    {
        flags.push("person-preposition");
    }
    if e.name.chars().any(|c| c.is_ascii_digit()) {
        flags.push("digit");
    }
    if words.len() == 1 {
        let key = first_lower.as_str();
        let given_elsewhere = registry
            .entities
            .iter()
            .enumerate()
            .take(256)
            .any(|(j, o)| {
                j != id && o.kind == SpeakerKind::Person && o.given.as_deref() == Some(key)
            });
        if given_elsewhere {
            flags.push("first-name-of-other");
        }
    }
    flags
}

fn name_shape(
    f: &mut Features,
    registry: &Registry,
    id: EntityId,
    doc: &Document,
    shapes: &mut Shapes,
) {
    let g = Group::Entity as u8;
    let e = registry.get(id);
    f.add(g, &["kind", e.kind.as_str()], 1, None);
    if e.unnamed {
        f.add(g, &["unnamed", e.kind.as_str()], 1, None);
    }
    let words: Vec<String> = e
        .name
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let n = match words.len() {
        0 | 1 => "1",
        2 => "2",
        _ => "3+",
    };
    f.add(g, &["words", n, e.kind.as_str()], 1, None);
    if words.last().is_some_and(|w| {
        PUBLICATION_NAMES.contains(&w.as_str()) || MEDIA_WORDS.contains(&w.as_str())
    }) {
        f.add(g, &["publication"], 1, None);
    }
    if is_date_name(&e.name) {
        f.add(g, &["date"], 1, None);
    }
    if !e.roles.is_empty() {
        f.add(g, &["has-roles"], 1, None);
    }
    f.add(g, &["mentions", bucket(e.mentions.len())], 1, None);
    for flag in shapes.of(registry, id) {
        f.add(g, &["shape", flag], 1, None);
    }
    // A name that first appears after "in", "from", "across" is usually a place.
    if let Some(first) = e.mentions.first() {
        let k = doc.tok_at(first.start);
        if k > 0
            && matches!(
                &*doc.norm[k - 1],
                "in" | "from" | "across" | "at" | "to" | "near" | "throughout"
            )
        {
            f.add(g, &["after-preposition"], 1, None);
        }
    }
}

/// The candidates for one quote (`shapes`: the article's memo of name shapes).
pub fn candidates(
    doc: &Document,
    registry: &Registry,
    site: &QuoteSite,
    names: bool,
    shapes: &mut Shapes,
) -> Vec<Candidate> {
    let new = || {
        if names {
            Features::with_names()
        } else {
            Features::default()
        }
    };
    let para_start = |p: usize| doc.paragraphs.get(p).map_or(0, |p| p.span.start);
    let from = para_start(site.paragraph.saturating_sub(2));
    let to = doc
        .paragraphs
        .get(site.paragraph + 1)
        .or_else(|| doc.paragraphs.get(site.paragraph))
        .map_or(doc.text.len(), |p| p.span.end);
    // Per entity: its nearest mention before and after the quote.
    let mut seen: Vec<(EntityId, Option<Sighted>, Option<Sighted>)> = Vec::new();
    for (at, id, speaking) in registry.sightings_between(from, to, WINDOW_SIGHTINGS) {
        if at >= site.span.start && at < site.span.end {
            continue;
        }
        let entry = match seen.iter_mut().find(|(e, _, _)| *e == id) {
            Some(e) => e,
            None => {
                seen.push((id, None, None));
                let last = seen.len() - 1;
                &mut seen[last]
            }
        };
        if at < site.span.start {
            entry.1 = Some((at, speaking)); // the latest before wins
        } else if entry.2.is_none() {
            entry.2 = Some((at, speaking)); // the earliest after wins
        }
    }
    for extra in [site.rule, site.previous_speaker].into_iter().flatten() {
        if !seen.iter().any(|(e, _, _)| *e == extra) {
            seen.push((extra, None, None));
        }
    }
    let mut out = Vec::with_capacity(seen.len() + 1);
    let how = site.how.short_name();
    let context = Context::new(doc, registry, site, &seen);
    for (id, before, after) in seen {
        let mut f = new();
        let rules = Group::Rules as u8;
        let pos = Group::Position as u8;
        let disc = Group::Discourse as u8;
        let e = registry.get(id);
        if site.rule == Some(id) {
            f.add(rules, &["rule", how], 1, None);
            f.add(rules, &["rule", how, e.kind.as_str()], 1, None);
            let pronoun = site
                .rule_mention
                .map(|m| m.slice(doc.text).to_lowercase())
                .is_some_and(|m| crate::lexicon::pronoun(&m).is_some());
            if pronoun {
                f.add(rules, &["rule-pronoun"], 1, None);
            }
            if e.unnamed {
                f.add(rules, &["rule-unnamed", how], 1, None);
            }
            // Where the rules went wrong: a name that does not look like a speaker's.
            for flag in shapes.of(registry, id) {
                f.add(rules, &["rule-shape", flag], 1, None);
            }
        } else if site.rule.is_some() {
            f.add(rules, &["not-rule", how], 1, None);
        } else {
            f.add(rules, &["no-rule"], 1, None);
        }
        let mut mention = None;
        for (side, m) in [("before", before), ("after", after)] {
            let Some((at, speaking)) = m else {
                f.add(pos, &["none", side], 1, None);
                continue;
            };
            let rel = relation(doc, site, at);
            f.add(pos, &["rel", rel], 1, None);
            f.add(pos, &["rel", rel, e.kind.as_str()], 1, None);
            if speaking {
                f.add(pos, &["speaking", rel], 1, None);
            }
            let distance = if at < site.span.start {
                doc.tok_at(site.span.start).saturating_sub(doc.tok_at(at))
            } else {
                doc.tok_at(at).saturating_sub(doc.tok_at(site.span.end))
            };
            f.add(pos, &["dist", side, bucket(distance)], 1, None);
            if mention.is_none() || side == "before" {
                let k = doc.tok_at(at);
                mention = doc.toks.get(k).map(|t| t.span);
            }
        }
        f.extend(shapes.name_features(registry, id, doc, names));
        context.features(&mut f, registry, id, before, after);
        if site.previous_speaker == Some(id) {
            f.add(disc, &["previous-speaker"], 1, None);
            if site.paragraph_initial {
                f.add(disc, &["previous-speaker", "paragraph-initial"], 1, None);
            }
        }
        f.add(
            disc,
            &["quote", site.kind.as_str(), e.kind.as_str()],
            1,
            None,
        );
        out.push(Candidate {
            entity: Some(id),
            mention,
            features: f,
        });
    }
    let mut f = new();
    f.add(Group::Rules as u8, &["nobody", how], 1, None);
    f.add(
        Group::Discourse as u8,
        &["nobody", site.kind.as_str()],
        1,
        None,
    );
    if site.paragraph_initial {
        f.add(
            Group::Discourse as u8,
            &["nobody", "paragraph-initial"],
            1,
            None,
        );
    }
    if out.is_empty() {
        f.add(Group::Position as u8, &["nobody", "alone"], 1, None);
    }
    out.push(Candidate {
        entity: None,
        mention: None,
        features: f,
    });
    out
}

/// What a candidate is among the others: how recently it was named compared with them, whether
/// the paragraph is about it (named first in the quote's paragraph or the one before: the
/// centre of attention a pronoun and a continuation usually refer to), whether it is the
/// most-mentioned of them, and whether it agrees with the rules' pronoun ("he" is a person
/// who is not known to be a woman; "they" a body or a group).
struct Context {
    /// Candidates by their last mention before the quote, nearest first.
    recency_before: Vec<EntityId>,
    /// Candidates by their first mention after the quote, nearest first.
    recency_after: Vec<EntityId>,
    /// The first entity named in the quote's paragraph before it.
    first_here: Option<EntityId>,
    /// The first entity named in the previous paragraph.
    first_previous: Option<EntityId>,
    /// The candidate with the most mentions in the article.
    most_mentioned: Option<EntityId>,
    /// The rules' subject, when it is a pronoun.
    pronoun: Option<crate::lexicon::Pronoun>,
}

impl Context {
    fn new(
        doc: &Document,
        registry: &Registry,
        site: &QuoteSite,
        seen: &[(EntityId, Option<Sighted>, Option<Sighted>)],
    ) -> Context {
        let mut before: Vec<(usize, EntityId)> = seen
            .iter()
            .filter_map(|&(id, b, _)| b.map(|(at, _)| (at, id)))
            .collect();
        crate::sort::sort_by(&mut before, |a, b| b.cmp(a));
        let mut after: Vec<(usize, EntityId)> = seen
            .iter()
            .filter_map(|&(id, _, a)| a.map(|(at, _)| (at, id)))
            .collect();
        crate::sort::sort(&mut after);
        let para = |p: usize| doc.paragraphs.get(p).map(|p| p.span);
        let first_in = |from: usize, to: usize| {
            registry
                .sightings_between(from, to, WINDOW_SIGHTINGS)
                .next()
                .map(|(_, id, _)| id)
        };
        let first_here = para(site.paragraph).and_then(|p| first_in(p.start, site.span.start));
        let first_previous = site
            .paragraph
            .checked_sub(1)
            .and_then(para)
            .and_then(|p| first_in(p.start, p.end));
        let most_mentioned = seen
            .iter()
            .map(|&(id, _, _)| (registry.get(id).mentions.len(), std::cmp::Reverse(id)))
            .max()
            .map(|(_, std::cmp::Reverse(id))| id);
        let pronoun = site
            .rule_mention
            .and_then(|m| crate::lexicon::pronoun(&m.slice(doc.text).to_lowercase()));
        Context {
            recency_before: before.into_iter().map(|(_, id)| id).collect(),
            recency_after: after.into_iter().map(|(_, id)| id).collect(),
            first_here,
            first_previous,
            most_mentioned,
            pronoun,
        }
    }

    fn features(
        &self,
        f: &mut Features,
        registry: &Registry,
        id: EntityId,
        before: Option<Sighted>,
        after: Option<Sighted>,
    ) {
        use crate::lexicon::Pronoun;
        let pos = Group::Position as u8;
        let disc = Group::Discourse as u8;
        let rank = |order: &[EntityId]| match order.iter().position(|&e| e == id) {
            Some(0) => "1st",
            Some(1) => "2nd",
            Some(2) => "3rd",
            _ => "later",
        };
        if before.is_some() {
            f.add(
                pos,
                &["recency-before", rank(&self.recency_before)],
                1,
                None,
            );
        }
        if after.is_some() {
            f.add(pos, &["recency-after", rank(&self.recency_after)], 1, None);
        }
        if self.first_here == Some(id) {
            f.add(disc, &["first-in-paragraph"], 1, None);
        }
        if self.first_previous == Some(id) {
            f.add(disc, &["first-in-previous-paragraph"], 1, None);
        }
        if self.most_mentioned == Some(id) {
            f.add(disc, &["most-mentioned"], 1, None);
        }
        if let Some(p) = self.pronoun {
            let e = registry.get(id);
            let agreement = match p {
                Pronoun::Masculine | Pronoun::Feminine => match (e.kind, e.gender) {
                    (SpeakerKind::Person, Some(g)) if g == p => "agrees",
                    (SpeakerKind::Person, Some(_)) => "clashes",
                    (SpeakerKind::Person, None) => "person",
                    _ => "not-person",
                },
                Pronoun::Plural | Pronoun::Neuter => match e.kind {
                    SpeakerKind::Person => "person",
                    _ => "body",
                },
            };
            let which = if matches!(p, Pronoun::Plural | Pronoun::Neuter) {
                "they"
            } else {
                "he-she"
            };
            f.add(disc, &["pronoun", which, agreement], 1, None);
            if self.recency_before.first() == Some(&id) {
                f.add(disc, &["pronoun", which, agreement, "nearest"], 1, None);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_publications_and_places_cannot_speak() {
        for (name, speaks) in [
            ("Belgium", false),
            ("NHS", true),
            ("County Limerick", false),
            ("Limerick County Council", true),
            ("The Daily News", false),
            ("Metro Today", false),
            ("AP", false),
            ("Al Jazeera", false),
            ("Facebook", false),
            ("Tuesday", false),
            ("Release", true),
            ("Drug Policy Network", true),
            ("Ed Davies", true),
            ("D-San Francisco", false),
            ("R-Fla", false),
            ("D-Day Veterans Association", true),
            ("Misuse of Drugs Act", false),
            ("Emergency Ordinance C36386", false),
            ("Act", true),
            ("ACT Policing", true),
        ] {
            assert_eq!(can_speak(name), speaks, "{name}");
        }
    }

    #[test]
    fn days_and_months_are_dates() {
        for (name, date) in [
            ("Tuesday", true),
            ("October", true),
            ("October 2019", true),
            ("May", false),
            ("May Smith", false),
            ("Ed Davies", false),
        ] {
            assert_eq!(is_date_name(name), date, "{name}");
        }
    }
}
