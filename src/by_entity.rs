//! A value per speaker entity, in a vector indexed by entity id.
//!
//! Entity ids are dense (`0..` the registry's length), so a vector does what a hash map
//! would, in constant time and with no hashing code: every `HashMap` key and value type
//! compiles its own hash table into the wasm every reader downloads.
//!
//! ```
//! use stancelens::by_entity::ByEntity;
//! let mut sides: ByEntity<&str> = ByEntity::default();
//! *sides.get_or_insert_with(3, || "for") = "against";
//! assert_eq!(sides.get(3), Some(&"against"));
//! assert_eq!(sides.get(1), None);
//! assert!(!sides.contains(7));
//! ```

use crate::speakers::EntityId;

/// Values by entity id; an id never given a value has none.
#[derive(Clone, Debug)]
pub struct ByEntity<T>(Vec<Option<T>>);

impl<T> Default for ByEntity<T> {
    fn default() -> Self {
        ByEntity(Vec::new())
    }
}

impl<T> ByEntity<T> {
    /// The value of `id`, if it has one.
    pub fn get(&self, id: EntityId) -> Option<&T> {
        self.0.get(id)?.as_ref()
    }

    /// True when `id` has a value.
    pub fn contains(&self, id: EntityId) -> bool {
        self.get(id).is_some()
    }

    /// The value of `id`, made by `make` if it has none yet.
    pub fn get_or_insert_with(&mut self, id: EntityId, make: impl FnOnce() -> T) -> &mut T {
        if self.0.len() <= id {
            self.0.resize_with(id + 1, || None);
        }
        self.0[id].get_or_insert_with(make)
    }
}
