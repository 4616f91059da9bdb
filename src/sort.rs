//! One stable sort for the whole crate, compiled once.
//!
//! Every `slice::sort*` call site compiles its own copy of the standard library's sort for
//! its element type and comparison (3–5 KB of WebAssembly each; with sixteen of them, a
//! tenth of the widget's code). These functions give exactly the order `slice::sort_by`
//! gives — both are stable, so equal elements keep their order — but sort positions through
//! one shared, non-generic merge sort and then move the elements into place (a short slice is
//! sorted in place), so each call site adds only a little code.
//!
//! ```
//! use stancelens::sort;
//! let mut v = [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')];
//! sort::sort_by_key(&mut v, |p| p.0);
//! assert_eq!(v, [(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
//! ```

use std::cmp::Ordering;

/// Sorts `v` (stable), as `v.sort()` does.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Sorts `v` by a key (stable), as `v.sort_by_key(key)` does.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` with a comparison (stable), as `v.sort_by(compare)` does.
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    // Most sorts here are of a handful of elements (a quote's words, its evidence): in place,
    // with no allocation.
    if v.len() <= SHORT {
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && compare(&v[j], &v[j - 1]) == Ordering::Less {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let order = {
        let v = &*v;
        positions(v.len(), &mut |a, b| compare(&v[a], &v[b]) == Ordering::Less)
    };
    permute(v, order);
}

/// `v` sorted by `key` (stable), keeping of each key only the last element given: what
/// collecting pairs into a map keeps, for a table looked up by binary search.
///
/// ```
/// let kept = stancelens::sort::last_per_key(vec![(7, 'a'), (2, 'b'), (7, 'c')], |p| &p.0);
/// assert_eq!(kept, [(2, 'b'), (7, 'c')]);
/// ```
pub fn last_per_key<T, K: Ord + ?Sized>(mut v: Vec<T>, key: impl Fn(&T) -> &K) -> Vec<T> {
    sort_by(&mut v, |a, b| key(a).cmp(key(b)));
    let mut kept: Vec<T> = Vec::with_capacity(v.len());
    for x in v {
        match kept.last_mut() {
            Some(last) if key(last) == key(&x) => *last = x,
            _ => kept.push(x),
        }
    }
    kept
}

/// The positions `0..n` in sorted order, by `less` on positions (stable: a later position
/// goes before an earlier one only when it is strictly less).
fn positions(n: usize, less: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut scratch = order.clone();
    merge_sort(&mut order, &mut scratch, less);
    order
}

/// Below this many elements, insertion sort.
const SHORT: usize = 12;

fn merge_sort(v: &mut [usize], scratch: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n <= SHORT {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(v[j], v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    {
        let (left, right) = v.split_at_mut(mid);
        let (s_left, s_right) = scratch.split_at_mut(mid);
        merge_sort(left, s_left, less);
        merge_sort(right, s_right, less);
    }
    if !less(v[mid], v[mid - 1]) {
        return; // already in order
    }
    scratch[..n].copy_from_slice(v);
    let (left, right) = scratch[..n].split_at(mid);
    let (mut i, mut j) = (0, 0);
    for slot in v.iter_mut() {
        let take_right = j < right.len() && (i == left.len() || less(right[j], left[i]));
        if take_right {
            *slot = right[j];
            j += 1;
        } else {
            *slot = left[i];
            i += 1;
        }
    }
}

/// Moves the elements of `v` so that position `i` holds what was at `order[i]` (`order` is
/// a permutation of `0..v.len()`), following each cycle with swaps.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..v.len() {
        let mut at = start;
        while order[at] != DONE {
            let from = order[at];
            order[at] = DONE;
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_standard_librarys_order_table() {
        // (key, original position): stability shows in the positions of equal keys.
        let cases: [&[u8]; 7] = [
            &[],
            &[1],
            &[2, 1],
            &[3, 1, 2, 1, 3, 1],
            &[5, 4, 3, 2, 1, 0, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 5, 5],
            &[1; 40],
            &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0],
        ];
        for keys in cases {
            let mut ours: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut std = ours.clone();
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "{keys:?}");
        }
    }

    #[test]
    fn long_inputs_match_the_standard_library() {
        // A fixed pseudo-random sequence with many ties, at lengths around the merge steps.
        let mut seed = 0x2545_f491_u32;
        for n in [13, 24, 25, 100, 1000, 4097] {
            let mut v: Vec<(u32, usize)> = (0..n)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    (seed % 17, i)
                })
                .collect();
            let mut std = v.clone();
            std.sort_by_key(|b| std::cmp::Reverse(b.0));
            sort_by(&mut v, |a, b| b.0.cmp(&a.0));
            assert_eq!(v, std, "n = {n}");
        }
    }

    #[test]
    fn owned_elements_are_moved_not_copied() {
        let mut v: Vec<String> = ["pear", "apple", "fig", "apple"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        sort(&mut v);
        assert_eq!(v, ["apple", "apple", "fig", "pear"]);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn any_input_in_the_standard_librarys_order(keys in proptest::collection::vec(0u8..8, 0..300)) {
            let mut ours: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut std = ours.clone();
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            proptest::prop_assert_eq!(ours, std);
        }
    }
}
