//! Finding quoted passages: pairing quotation marks, paragraph by paragraph.
//!
//! This layer only knows about marks: which characters open and close a quotation, which are
//! apostrophes (don’t, Britain’s, the 80s’, students’), which quotations are nested inside
//! others (‘gateway’ inside “…”), and which run on over paragraphs (an opening mark on each
//! paragraph, a closing one only at the end). Whether a quoted passage is somebody's words
//! or a scare quote is decided later, in [`crate::attribution`].

use crate::paragraphs::Paragraph;
use crate::span::{is_blank, Span};
use crate::tokens::{Tok, TokKind};

/// A passage between quotation marks, inside one paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuotedSpan {
    /// The opening mark.
    pub open: Span,
    /// The closing mark; `None` when the quotation runs to the end of its paragraph.
    pub close: Option<Span>,
    /// The quoted words, without the marks and surrounding blanks.
    pub inner: Span,
    /// Index of the paragraph.
    pub paragraph: usize,
    /// 0 for a top-level quotation, 1 for one nested inside another, and so on.
    pub depth: usize,
    /// True for double marks (“ ” " « »), false for single ones (‘ ’ ').
    pub double: bool,
    /// True when this paragraph carries on a quotation left open by the previous paragraph.
    pub continues_previous: bool,
}

impl QuotedSpan {
    /// From the opening mark to the closing mark (or the paragraph's end), inclusive.
    pub fn outer(&self, paragraph_end: usize) -> Span {
        Span::new(self.open.start, self.close.map_or(paragraph_end, |c| c.end))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// An apostrophe that may also close a quotation: the plural possessive (students’).
    WeakClose,
    /// A straight mark that opens or closes depending on what is open.
    Either,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    span: Span,
    double: bool,
    role: Role,
}

/// Words that take a leading apostrophe of elision (’em, ’til, ’cause).
const ELISIONS: &[&str] = &[
    "em", "til", "cause", "n", "tis", "twas", "bout", "round", "cos", "coz",
];

/// Finds every quoted passage in the paragraphs, in text order (outer before inner).
pub fn scan(text: &str, paragraphs: &[Paragraph], toks: &[Tok]) -> Vec<QuotedSpan> {
    let mut out = Vec::new();
    let mut tok_i = 0;
    // The family (double?) of a top-level quotation left open at the previous paragraph's end.
    let mut open_at_end: Option<bool> = None;
    for (pi, para) in paragraphs.iter().enumerate() {
        let mut marks = Vec::new();
        while tok_i < toks.len() && toks[tok_i].span.start < para.span.end {
            let t = toks[tok_i];
            if t.span.start >= para.span.start && t.kind == TokKind::QuoteMark {
                if let Some(m) = classify(text, para.span, t.span) {
                    marks.push(m);
                }
            }
            tok_i += 1;
        }
        let first = out.len();
        let left_open = pair(text, para.span, pi, &marks, &mut out);
        if let (Some(prev_double), Some(q)) = (open_at_end, out.get_mut(first)) {
            if q.depth == 0 && q.double == prev_double && q.open.start == para.span.start {
                q.continues_previous = true;
            }
        }
        open_at_end = left_open;
    }
    out
}

fn char_before(text: &str, at: usize, floor: usize) -> Option<char> {
    text.get(floor..at)?.chars().next_back()
}

fn char_after(text: &str, at: usize, ceil: usize) -> Option<char> {
    text.get(at..ceil)?.chars().next()
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(is_blank)
}

fn classify(text: &str, para: Span, at: Span) -> Option<Mark> {
    let c = at.slice(text).chars().next()?;
    let p = char_before(text, at.start, para.start);
    let n = char_after(text, at.end, para.end);
    let opener_context = |p: Option<char>| {
        p.is_none_or(|p| is_blank(p) || "([{–—-/".contains(p) || crate::tokens::is_quote_mark(p))
    };
    let role = match c {
        '“' | '„' | '‟' | '«' => {
            // “ also closes a „German-style“ quotation: after a word, before a space or a mark.
            if !opener_context(p) && n.is_none_or(|n| !n.is_alphanumeric()) {
                Role::Close
            } else {
                Role::Open
            }
        }
        '”' | '»' => {
            if is_space(p) && n.is_some_and(char::is_alphanumeric) {
                Role::Open
            } else {
                Role::Close
            }
        }
        '"' | '＂' => {
            if opener_context(p) && !is_space(n) {
                Role::Open
            } else if is_space(n) || n.is_some_and(|n| !n.is_alphanumeric()) {
                if is_space(p) {
                    return None;
                }
                Role::Close
            } else if p.is_some_and(char::is_alphanumeric) {
                return None; // 5"6, inches
            } else {
                Role::Either
            }
        }
        '‘' | '‚' | '‛' | '‹' => {
            if p.is_some_and(char::is_alphanumeric) || is_elision(text, at.end, para.end) {
                return None;
            }
            if is_space(n) {
                return None;
            }
            Role::Open
        }
        '’' | '\'' | '›' | 'ʼ' => {
            if opener_context(p) && !is_space(p) && p.is_some_and(|p| "([{".contains(p)) {
                Role::Open
            } else if is_space(p) {
                if is_space(n) || is_elision(text, at.end, para.end) {
                    return None;
                }
                Role::Open
            } else if is_space(n) || n.is_some_and(|n| !n.is_alphanumeric()) {
                let before_p =
                    p.and_then(|p| char_before(text, at.start - p.len_utf8(), para.start));
                if matches!(p, Some('s' | 'S')) && before_p.is_some_and(char::is_alphanumeric) {
                    Role::WeakClose
                } else {
                    Role::Close
                }
            } else {
                return None;
            }
        }
        _ => return None,
    };
    Some(Mark {
        span: at,
        double: matches!(c, '“' | '”' | '„' | '‟' | '"' | '＂' | '«' | '»'),
        role,
    })
}

/// ’80s, ’em, ’til: a leading apostrophe that elides, not a quotation mark.
fn is_elision(text: &str, after: usize, ceil: usize) -> bool {
    let rest = text.get(after..ceil).unwrap_or("");
    if rest.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        return digits == 2;
    }
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    ELISIONS.contains(&word.as_str())
}

/// Pairs the marks of one paragraph; pushes the quotations found and returns the family of a
/// top-level quotation still open at the paragraph's end.
fn pair(
    text: &str,
    para: Span,
    pi: usize,
    marks: &[Mark],
    out: &mut Vec<QuotedSpan>,
) -> Option<bool> {
    // For a weak closer: is there a strong single closer before the next single opener?
    let mut strong_close_ahead = vec![false; marks.len()];
    let mut seen_strong = false;
    for (i, m) in marks.iter().enumerate().rev() {
        strong_close_ahead[i] = seen_strong;
        if !m.double {
            match m.role {
                Role::Close => seen_strong = true,
                Role::Open => seen_strong = false,
                _ => {}
            }
        }
    }
    let mut stack: Vec<Mark> = Vec::new();
    let first_new = out.len();
    for (i, m) in marks.iter().enumerate() {
        let role = match m.role {
            Role::Either => {
                if stack.iter().any(|s| s.double == m.double) {
                    Role::Close
                } else {
                    Role::Open
                }
            }
            Role::WeakClose => {
                let top_is_single = stack.last().is_some_and(|s| !s.double);
                if top_is_single && !strong_close_ahead[i] {
                    Role::Close
                } else {
                    continue;
                }
            }
            r => r,
        };
        if role == Role::Open {
            stack.push(*m);
            continue;
        }
        let Some(pos) = stack.iter().rposition(|s| s.double == m.double) else {
            continue; // a closer with nothing to close
        };
        stack.truncate(pos + 1);
        let Some(open) = stack.pop() else { continue };
        let inner = Span::new(open.span.end, m.span.start).trim(text);
        out.push(QuotedSpan {
            open: open.span,
            close: Some(m.span),
            inner,
            paragraph: pi,
            depth: pos,
            double: open.double,
            continues_previous: false,
        });
    }
    // A quotation left open runs to the end of the paragraph; nested ones left open are dropped.
    let left_open = stack.first().copied();
    if let Some(open) = left_open {
        let inner = Span::new(open.span.end, para.end).trim(text);
        out.push(QuotedSpan {
            open: open.span,
            close: None,
            inner,
            paragraph: pi,
            depth: 0,
            double: open.double,
            continues_previous: false,
        });
    }
    crate::sort::sort_by_key(&mut out[first_new..], |q| (q.open.start, q.depth));
    left_open.map(|m| m.double)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paragraphs;
    use crate::tokens::tokenize;

    /// (inner text, depth, closed?) for every quoted passage.
    fn found(text: &str) -> Vec<(&str, usize, bool)> {
        let paras = paragraphs::split(text);
        scan(text, &paras, &tokenize(text))
            .iter()
            .map(|q| (q.inner.slice(text), q.depth, q.close.is_some()))
            .collect()
    }

    #[test]
    fn pairing_table() {
        type Found<'a> = &'a [(&'a str, usize, bool)];
        let cases: &[(&str, Found)] = &[
            ("He said “it works”.", &[("it works", 0, true)]),
            ("He said \"it works\".", &[("it works", 0, true)]),
            ("He said ‘it works’.", &[("it works", 0, true)]),
            ("He said 'it works'.", &[("it works", 0, true)]),
            ("Britain’s laws don’t work.", &[]),
            ("Music of the 80s’ best bands, the ’90s and ’em.", &[]),
            (
                "the students’ union said ‘no deal’ today",
                &[("no deal", 0, true)],
            ),
            (
                "‘users are victims’ he said",
                &[("users are victims", 0, true)],
            ),
            (
                "‘the students’ union is right’, she said",
                &[("the students’ union is right", 0, true)],
            ),
            (
                "“the softer ‘gateway’ drugs”",
                &[
                    ("the softer ‘gateway’ drugs", 0, true),
                    ("gateway", 1, true),
                ],
            ),
            (
                "“Every death is a tragedy.",
                &[("Every death is a tragedy.", 0, false)],
            ),
            ("He said «c'est ça».", &[("c'est ça", 0, true)]),
            (
                "„It is dangerous“, he said.",
                &[("It is dangerous", 0, true)],
            ),
            ("He said „no“.", &[("no", 0, true)]),
            (
                "“Yes,” he said, “it is.”",
                &[("Yes,", 0, true), ("it is.", 0, true)],
            ),
            ("a 5\"6 man", &[]),
            ("“one” and “two”", &[("one", 0, true), ("two", 0, true)]),
            ("”stray closer", &[("stray closer", 0, false)]),
            ("stray closer” here", &[]),
        ];
        for (input, want) in cases {
            assert_eq!(&found(input), want, "input {input:?}");
        }
    }

    #[test]
    fn quotation_runs_on_over_paragraphs() {
        let text = "She said: “First part.\n\n“Second part.\n\n“Third part.”\n\nNot quoted.";
        let paras = paragraphs::split(text);
        let qs = scan(text, &paras, &tokenize(text));
        let got: Vec<(&str, bool, bool)> = qs
            .iter()
            .map(|q| (q.inner.slice(text), q.continues_previous, q.close.is_some()))
            .collect();
        assert_eq!(
            got,
            [
                ("First part.", false, false),
                ("Second part.", true, false),
                ("Third part.", true, true)
            ]
        );
    }

    #[test]
    fn a_new_quotation_after_a_closed_one_does_not_continue() {
        let text = "“One.”\n\n“Two.”";
        let paras = paragraphs::split(text);
        let qs = scan(text, &paras, &tokenize(text));
        assert!(qs.iter().all(|q| !q.continues_previous));
    }
}
