//! Sparse features for the learned models: named by short strings, stored as hashes.
//!
//! A feature is a name built from parts (`["w", "failed"]`, `["cue", "warn"]`), hashed with
//! FNV-1a into [`BUCKETS`] buckets, with a small integer value. Integer values and integer
//! weights keep a model's sums exact, so the same text gives the same labels natively and in
//! WebAssembly. Each feature belongs to a group (the models' ablations switch groups off)
//! and may point at the words it came from (so a label can say which words decided it).

use crate::span::Span;

/// How many hash buckets feature names fall into (2^20): collisions are rare at the few
/// thousand features a model keeps, and bucket numbers delta-code into one or two bytes.
pub const BUCKETS: u32 = 1 << 20;

/// One feature occurrence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Feature {
    /// The bucket of its name.
    pub hash: u32,
    /// Its value (1 for presence; a count or a signed strength otherwise).
    pub value: i16,
    /// Its group (an index the model's extractor defines).
    pub group: u8,
    /// The words it came from, when it came from words of the text.
    pub span: Option<Span>,
}

/// The features of one example, optionally with their names (for training reports).
#[derive(Clone, Debug, Default)]
pub struct Features {
    /// Every feature, in the order added.
    pub items: Vec<Feature>,
    names: Option<Vec<String>>,
}

/// FNV-1a over the parts, separated by a unit separator, folded into [`BUCKETS`].
pub fn hash(parts: &[&str]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0x1f;
            h = h.wrapping_mul(0x0100_0193);
        }
        for &b in part.as_bytes() {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    (h ^ (h >> 20)) % BUCKETS
}

impl Features {
    /// An empty set that also keeps each feature's name.
    pub fn with_names() -> Features {
        Features {
            items: Vec::new(),
            names: Some(Vec::new()),
        }
    }

    /// Adds a feature named by `parts`.
    pub fn add(&mut self, group: u8, parts: &[&str], value: i16, span: Option<Span>) {
        if value == 0 {
            return;
        }
        self.items.push(Feature {
            hash: hash(parts),
            value,
            group,
            span,
        });
        if let Some(names) = &mut self.names {
            names.push(parts.join(":"));
        }
    }

    /// The name of feature `i`, when names are kept.
    pub fn name(&self, i: usize) -> Option<&str> {
        self.names.as_ref()?.get(i).map(String::as_str)
    }

    /// True when names are kept.
    pub fn has_names(&self) -> bool {
        self.names.is_some()
    }

    /// Appends another example's features (names too, when both keep them).
    pub fn extend(&mut self, other: &Features) {
        self.items.extend_from_slice(&other.items);
        if let (Some(mine), Some(theirs)) = (&mut self.names, &other.names) {
            mine.extend(theirs.iter().cloned());
        }
    }

    /// The same features without the groups `off` says to leave out.
    pub fn without(&self, off: impl Fn(u8) -> bool) -> Features {
        let keep: Vec<bool> = self.items.iter().map(|f| !off(f.group)).collect();
        Features {
            items: self
                .items
                .iter()
                .zip(&keep)
                .filter(|(_, k)| **k)
                .map(|(f, _)| *f)
                .collect(),
            names: self.names.as_ref().map(|n| {
                n.iter()
                    .zip(&keep)
                    .filter(|(_, k)| **k)
                    .map(|(s, _)| s.clone())
                    .collect()
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bucket of "w:failed", pinned: shipped weights are stored by bucket, so the hash
    /// must never change without retraining.
    const PINNED: u32 = 79_382;

    #[test]
    fn hashes_are_stable_and_parts_are_separated() {
        // Fixed values: a model's weights are stored by these numbers.
        assert_eq!(hash(&["w", "failed"]), hash(&["w", "failed"]));
        assert_ne!(hash(&["w", "failed"]), hash(&["wf", "ailed"]));
        assert_ne!(hash(&["ab"]), hash(&["a", "b"]));
        assert!(hash(&["anything"]) < BUCKETS);
        assert_eq!(hash(&["w", "failed"]), PINNED);
    }

    #[test]
    fn zero_values_are_not_stored_and_groups_filter() {
        let mut f = Features::with_names();
        f.add(0, &["a"], 1, None);
        f.add(1, &["b"], 0, None);
        f.add(1, &["c"], -2, None);
        assert_eq!(f.items.len(), 2);
        let only_zero = f.without(|g| g == 1);
        assert_eq!(only_zero.items.len(), 1);
        assert_eq!(only_zero.name(0), Some("a"));
    }
}
