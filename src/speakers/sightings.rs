//! Where each entity was seen, in text order: the sightings references are resolved
//! against (most recent first), kept in two sorted runs so those found late cost little.

use crate::span::Span;

use super::{EntityId, Registry};

#[derive(Clone, Copy, Debug)]
pub(super) struct Sighting {
    pub(super) at: usize,
    pub(super) entity: EntityId,
    /// Subject of a reporting verb (or speaker of a quote) here.
    pub(super) speaking: bool,
}

/// How far back (in sightings) references are looked for: recency, and a bound on the work.
const LOOKBACK: usize = 400;

impl Registry {
    /// Records that `entity` is mentioned at `span`.
    pub fn sight(&mut self, entity: EntityId, span: Span, speaking: bool) {
        let e = &mut self.entities[entity];
        if let Err(pos) = e.mentions.binary_search(&span) {
            e.mentions.insert(pos, span);
        }
        let same = self.canonical(entity);
        let here = |list: &[Sighting]| {
            let from = list.partition_point(|s| s.at < span.start);
            let to = list.partition_point(|s| s.at <= span.start);
            (from..to).find(|&i| self.canonical(list[i].entity) == same)
        };
        if let Some(i) = here(&self.sightings) {
            self.sightings[i].speaking |= speaking;
        } else if let Some(i) = here(&self.late) {
            self.late[i].speaking |= speaking;
        } else {
            let sighting = Sighting {
                at: span.start,
                entity,
                speaking,
            };
            if self.sightings.last().is_none_or(|s| s.at <= span.start) {
                self.sightings.push(sighting);
            } else {
                let to = self.late.partition_point(|s| s.at <= span.start);
                self.late.insert(to, sighting);
            }
        }
    }

    /// Sightings from byte `from` to byte `to`, in order, at most `limit` of them (the
    /// ones nearest `to`): (byte offset, entity, speaking there).
    pub fn sightings_between(
        &self,
        from: usize,
        to: usize,
        limit: usize,
    ) -> impl DoubleEndedIterator<Item = (usize, EntityId, bool)> + '_ {
        // The last `limit`: walk back that far, then read forward from there (no copy).
        let all = self.between(from, to);
        let mut before = all.clone();
        for _ in 0..limit {
            if before.next_back().is_none() {
                break;
            }
        }
        let nearest = InOrder {
            read: &all.read[before.read.len()..],
            late: &all.late[before.late.len()..],
        };
        nearest.map(|s| (s.at, self.canonical(s.entity), s.speaking))
    }

    /// Sightings from byte `from` to byte `to` (none if `to` comes first), in order.
    pub(super) fn between(&self, from: usize, to: usize) -> InOrder<'_> {
        fn part(list: &[Sighting], from: usize, to: usize) -> &[Sighting] {
            let a = list.partition_point(|s| s.at < from);
            let b = list.partition_point(|s| s.at < to).max(a);
            &list[a..b]
        }
        InOrder {
            read: part(&self.sightings, from, to),
            late: part(&self.late, from, to),
        }
    }

    /// Sightings before `before`, most recent first, at most [`LOOKBACK`] of them.
    pub(super) fn recent(&self, before: usize) -> impl Iterator<Item = Sighting> + '_ {
        self.between(0, before)
            .rev()
            .take(LOOKBACK)
            .map(|s| self.following_merges(s))
    }

    /// A sighting with its entity as it is now: merges are read through [`Registry::canonical`]
    /// rather than rewritten into every sighting, which made each merge cost the whole article.
    pub(super) fn following_merges(&self, s: &Sighting) -> Sighting {
        Sighting {
            entity: self.canonical(s.entity),
            ..*s
        }
    }
}

/// Two sorted runs of sightings read as one, in text order (at the same offset, the one read
/// with the names first: it came first), from either end.
#[derive(Clone)]
pub(super) struct InOrder<'r> {
    read: &'r [Sighting],
    late: &'r [Sighting],
}

impl<'r> Iterator for InOrder<'r> {
    type Item = &'r Sighting;

    fn next(&mut self) -> Option<&'r Sighting> {
        let take_read = match (self.read.first(), self.late.first()) {
            (Some(r), Some(l)) => r.at <= l.at,
            (r, _) => r.is_some(),
        };
        let list = if take_read {
            &mut self.read
        } else {
            &mut self.late
        };
        let (first, rest) = list.split_first()?;
        *list = rest;
        Some(first)
    }
}

impl DoubleEndedIterator for InOrder<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let take_late = match (self.read.last(), self.late.last()) {
            (Some(r), Some(l)) => l.at >= r.at,
            (_, l) => l.is_some(),
        };
        let list = if take_late {
            &mut self.late
        } else {
            &mut self.read
        };
        let (last, rest) = list.split_last()?;
        *list = rest;
        Some(last)
    }
}
