//! Byte ranges into the analysed text.
//!
//! Every offset StanceLens reports is a **UTF-8 byte offset** into the exact text given to
//! [`crate::analyze`]: the unit Rust's `str` uses, so `&text[span.start..span.end]` is the
//! spanned text. Spans always fall on `char` boundaries.

use serde::{Deserialize, Serialize};

/// A half-open range `start..end` of UTF-8 byte offsets into the analysed text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given in the wrong order).
    pub fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies wholly inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the byte offset lies inside this span.
    pub fn contains_offset(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// The spanned text, or `""` if the span does not fit `text` (never panics).
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The span with leading and trailing whitespace (and the byte-order mark) removed.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.slice(text);
        let lead = s.len() - s.trim_start_matches(is_blank).len();
        let trimmed = s.trim_matches(is_blank);
        Span::new(self.start + lead, self.start + lead + trimmed.len())
    }
}

/// Whitespace for layout purposes: Unicode white space plus the byte-order mark and
/// zero-width characters that publishers' CMSes leave behind.
pub fn is_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_never_panics_out_of_bounds_or_off_boundary() {
        let text = "né";
        assert_eq!(Span::new(0, 2).slice(text), "");
        assert_eq!(Span::new(0, 3).slice(text), "né");
        assert_eq!(Span::new(0, 99).slice(text), "");
    }

    #[test]
    fn trim_removes_blank_and_bom() {
        let text = "\u{feff}  hello \n";
        let s = Span::new(0, text.len()).trim(text);
        assert_eq!(s.slice(text), "hello");
    }

    #[test]
    fn new_orders_its_ends() {
        assert_eq!(Span::new(5, 2), Span { start: 2, end: 5 });
        assert!(Span::new(3, 3).is_empty());
        assert!(Span::new(0, 10).contains(Span::new(2, 4)));
    }
}
