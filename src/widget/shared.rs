//! [`Shared`]: the analysis as the components pass it around, compared by identity.
//!
//! Yew compares props and hooks' dependencies with `PartialEq` to decide whether to render
//! again. An analysis is never changed in place — an editor's correction makes a new one — so
//! whether two are the same allocation says all that comparing their thousands of fields
//! would, at once, and the wasm does without that comparison (1.2 KB gzipped).

use std::ops::Deref;
use std::rc::Rc;

/// An `Rc` whose equality is identity.
#[derive(Debug)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    /// Shares `value`.
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_only_to_itself() {
        let a = Shared::new(vec![1, 2]);
        assert!(a == a.clone());
        assert!(a != Shared::new(vec![1, 2]), "the same contents elsewhere");
        assert_eq!(*a, [1, 2]);
    }
}
