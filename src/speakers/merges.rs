//! Which entities turned out to be one: merges kept as sets and read through, so a merge
//! never rewrites what was recorded before it.

use super::{EntityId, Registry};

impl Registry {
    /// The entity `id` became: itself, or the one it was merged into.
    pub fn canonical(&self, id: EntityId) -> EntityId {
        self.merges.kept(id)
    }

    /// Merges entity `from` into `into` (mentions, roles); `from` keeps existing but empty.
    pub fn merge(&mut self, from: EntityId, into: EntityId) {
        // Between the entities as they are now: "X is Y" once X went into Z says Z is Y.
        let (from, into) = (self.canonical(from), self.canonical(into));
        if from == into {
            return;
        }
        self.merges.join(from, into);
        let moved = std::mem::take(&mut self.entities[from].mentions);
        let roles = std::mem::take(&mut self.entities[from].roles);
        let e = &mut self.entities[into];
        e.mentions.extend(moved);
        crate::sort::sort(&mut e.mentions);
        e.mentions.dedup();
        // Descriptions first: "the city's Green Party leader" is how the article introduced them.
        let mut merged = roles;
        merged.append(&mut e.roles);
        for r in merged {
            self.add_role(into, &r);
        }
    }
}

/// Entities merged into others, as sets (union by size, so every lookup is a few steps
/// however many merges an article makes), each answering to the entity that was kept.
#[derive(Clone, Debug, Default)]
pub(super) struct Merges {
    /// Per entity, its parent in its set (itself at the set's root).
    parent: Vec<EntityId>,
    /// Per root, how many entities its set holds.
    size: Vec<usize>,
    /// Per root, the entity its set is known as.
    kept: Vec<EntityId>,
}

impl Merges {
    /// A new entity, merged into nothing.
    pub(super) fn add(&mut self, id: EntityId) {
        self.parent.push(id);
        self.size.push(1);
        self.kept.push(id);
    }

    fn root(&self, mut id: EntityId) -> EntityId {
        while let Some(&up) = self.parent.get(id).filter(|&&up| up != id) {
            id = up;
        }
        id
    }

    /// The entity `id` is now known as.
    fn kept(&self, id: EntityId) -> EntityId {
        self.kept.get(self.root(id)).copied().unwrap_or(id)
    }

    /// `from`'s set goes into `into`'s, known as `into`'s entity.
    fn join(&mut self, from: EntityId, into: EntityId) {
        let (a, b) = (self.root(from), self.root(into));
        if a == b || a >= self.parent.len() || b >= self.parent.len() {
            return;
        }
        let name = self.kept[b];
        let (small, big) = if self.size[a] < self.size[b] {
            (a, b)
        } else {
            (b, a)
        };
        self.parent[small] = big;
        self.size[big] += self.size[small];
        self.kept[big] = name;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_run_of_merges_ends_at_the_last_entity_kept() {
        let mut m = Merges::default();
        for id in 0..40 {
            m.add(id);
        }
        // Each entity kept so far goes into the next one: a chain as long as the article's.
        for id in 0..39 {
            m.join(m.kept(id), id + 1);
        }
        assert!((0..40).all(|id| m.kept(id) == 39));
        m.join(7, 7);
        assert_eq!(m.kept(7), 39);
    }
}
