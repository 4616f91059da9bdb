//! Splitting plain text into paragraphs and telling the article's body from promo lines and
//! bylines.
//!
//! Paragraphs are separated by blank lines. Text without any blank line (one paragraph per
//! line, as copied from many pages) is split at every line break instead. Promo lines
//! ("READ MORE: …") and bylines are kept, but marked, because they are not part of the
//! article's argument.

use serde::{Deserialize, Serialize};

use crate::span::{is_blank, Span};

/// What a paragraph is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphRole {
    /// Part of the article's story.
    Body,
    /// A link to another story ("READ MORE: …", "RELATED: …").
    Promo,
    /// A byline, dateline or publication stamp ("By Jane Smith", "Updated 10:32").
    Byline,
}

/// One paragraph of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// The paragraph's text, without surrounding whitespace (byte offsets).
    pub span: Span,
    /// Body, promo or byline.
    pub role: ParagraphRole,
}

/// Splits `text` into non-empty paragraphs, in order.
///
/// ```
/// use stancelens::paragraphs::{split, ParagraphRole};
/// let text = "First line\nstill first.\n\nREAD MORE: another story\n\nLast.";
/// let paras = split(text);
/// assert_eq!(paras.len(), 3);
/// assert_eq!(paras[0].span.slice(text), "First line\nstill first.");
/// assert_eq!(paras[1].role, ParagraphRole::Promo);
/// ```
pub fn split(text: &str) -> Vec<Paragraph> {
    let by_blank_lines = has_blank_line(text);
    let mut out = Vec::new();
    let mut start = 0;
    let mut line_start = 0;
    let mut line_is_blank = true;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            let line_end = i;
            let boundary = if by_blank_lines { line_is_blank } else { true };
            if boundary {
                push(text, Span::new(start, line_end), &mut out);
                start = i + 1;
            }
            line_start = i + 1;
            line_is_blank = true;
        } else if !is_blank(c) {
            line_is_blank = false;
        }
    }
    let _ = line_start;
    push(text, Span::new(start, text.len()), &mut out);
    out
}

/// The headline a pasted or saved article opens with, and the text after it: a first
/// paragraph of one line and at most [`HEADLINE_WORDS`] words that ends no sentence (no
/// full stop, colon, semicolon or comma at its end, closing quotation marks aside), before
/// at least two more paragraphs. A page's `<h1>` or a JSON `title` says the same, where there
/// is one; plain text only has its first line. Its quotes are an editor's summary, not the
/// story's (a headline's "X urges Y" would be a speaker of its own), and the stance model
/// reads a headline as context.
///
/// ```
/// use stancelens::paragraphs::split_headline;
/// let text = "Mayor backs drugs plan\n\nThe mayor said it was \"time\".\n\nCritics disagreed.";
/// assert_eq!(split_headline(text), (Some("Mayor backs drugs plan"), "The mayor said it was \"time\".\n\nCritics disagreed."));
/// assert_eq!(split_headline("The mayor spoke.\n\nShe said no.\n\nThen left."), (None, "The mayor spoke.\n\nShe said no.\n\nThen left."));
/// ```
pub fn split_headline(text: &str) -> (Option<&str>, &str) {
    let paras = split(text);
    let [first, second, _, ..] = paras.as_slice() else {
        return (None, text);
    };
    let line = first.span.slice(text);
    let words = line.split_whitespace().count();
    let ending = line
        .trim_end_matches(['"', '”', '’', '\'', ')', ']'])
        .chars()
        .next_back();
    let headline = first.role == ParagraphRole::Body
        && !line.contains('\n')
        && (2..=HEADLINE_WORDS).contains(&words)
        && !matches!(ending, Some('.' | ':' | ';' | ',' | '…'));
    if headline {
        (Some(line), &text[second.span.start..])
    } else {
        (None, text)
    }
}

/// The most words a first line may have to be read as the headline.
pub const HEADLINE_WORDS: usize = 20;

fn has_blank_line(text: &str) -> bool {
    let mut seen_newline = false;
    for c in text.chars() {
        if c == '\n' {
            if seen_newline {
                return true;
            }
            seen_newline = true;
        } else if !is_blank(c) {
            seen_newline = false;
        }
    }
    false
}

fn push(text: &str, span: Span, out: &mut Vec<Paragraph>) {
    let span = span.trim(text);
    if span.is_empty() {
        return;
    }
    let role = role_of(span.slice(text));
    out.push(Paragraph { span, role });
}

const PROMO_PREFIXES: &[&str] = &[
    "read more",
    "related",
    "see also",
    "more:",
    "watch:",
    "watch more",
    "listen:",
    "click here",
    "sign up",
    "subscribe",
    "follow us",
    "advertisement",
    "don't miss",
    "don’t miss",
    "most read",
    "recommended",
    "also read",
    "trending",
];

const BYLINE_PREFIXES: &[&str] = &[
    "published",
    "updated",
    "last updated",
    "posted",
    "first published",
    "image:",
    "photo:",
    "picture:",
    "credit:",
];

/// Classifies a paragraph's text as body, promo or byline.
pub fn role_of(para: &str) -> ParagraphRole {
    let short = para.chars().count() <= 160;
    if short
        && PROMO_PREFIXES
            .iter()
            .filter_map(|p| strip_prefix_ci(para, p))
            .any(promo_prefix_ends)
    {
        return ParagraphRole::Promo;
    }
    if short
        && BYLINE_PREFIXES
            .iter()
            .any(|p| strip_prefix_ci(para, p).is_some())
    {
        return ParagraphRole::Byline;
    }
    if is_by_line(para) {
        return ParagraphRole::Byline;
    }
    ParagraphRole::Body
}

/// `s` without `prefix`, compared case-insensitively, or `None`.
fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let mut rest = s.char_indices();
    for p in prefix.chars() {
        let (_, c) = rest.next()?;
        if !c.to_lowercase().eq(p.to_lowercase()) {
            return None;
        }
    }
    Some(rest.next().map_or("", |(i, _)| &s[i..]))
}

/// "READ MORE:", "Related - …", "Sign up To…": the prefix ends the label (its own colon) or
/// is followed by punctuation, or by a blank and a capital letter or quotation mark.
fn promo_prefix_ends(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some(':' | '-' | '–' | '—' | '|' | '>' | '»') => true,
        Some(' ') => chars
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric() || "\"'‘“".contains(c)),
        Some(_) => false,
    }
}

/// "By Jane Smith", "By Jane Smith, Health Correspondent": short, starts with "By " and
/// a capitalised name.
fn is_by_line(para: &str) -> bool {
    let Some(rest) = para
        .strip_prefix("By ")
        .or_else(|| para.strip_prefix("BY "))
    else {
        return false;
    };
    para.chars().count() <= 80
        && rest.chars().next().is_some_and(char::is_uppercase)
        && !rest.contains(['.', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split(text).iter().map(|p| p.span.slice(text)).collect()
    }

    #[test]
    fn a_first_line_that_ends_no_sentence_is_the_headline() {
        // (text, the headline read off it)
        let body = "\n\nThe mayor said it was “time”.\n\nCritics disagreed.";
        for (first, want) in [
            ("Mayor backs drugs plan", true),
            ("Top cop: ‘Let addicts off with a caution’", true),
            ("Should drugs be decriminalised?", true),
            ("The mayor spoke on Monday.", false),
            ("“We have had enough.”", false),
            ("The mayor said:", false),
            ("READ MORE: another story", false),
            ("Word", false),
        ] {
            let text = format!("{first}{body}");
            let (headline, rest) = split_headline(&text);
            assert_eq!(headline, want.then_some(first), "{first}");
            assert_eq!(rest.len(), if want { body.len() - 2 } else { text.len() });
        }
        // Two paragraphs after it at least; one line, at most twenty words.
        assert_eq!(split_headline("Mayor backs plan\n\nShe said so.").0, None);
        assert_eq!(split_headline("Mayor\nbacks plan\n\nOne.\n\nTwo.").0, None);
        let long = ["word"; 21].join(" ") + "\n\nOne.\n\nTwo.";
        assert_eq!(split_headline(&long).0, None);
    }

    #[test]
    fn splitting_table() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("   \n\n  ", &[]),
            ("One.", &["One."]),
            ("One.\n\nTwo.", &["One.", "Two."]),
            ("One.\r\n\r\nTwo.", &["One.", "Two."]),
            ("One.\n \t\nTwo.\n\n\n\nThree.", &["One.", "Two.", "Three."]),
            ("Wrapped\nline.\n\nNext.", &["Wrapped\nline.", "Next."]),
            (
                "Line one.\nLine two.\nLine three.",
                &["Line one.", "Line two.", "Line three."],
            ),
            ("\u{feff}Title\n\nBody", &["Title", "Body"]),
        ];
        for (input, want) in cases {
            assert_eq!(&texts(input), want, "input {input:?}");
        }
    }

    #[test]
    fn roles_table() {
        use ParagraphRole::*;
        let cases = [
            (
                "READ MORE: Drug laws 'destroy more life chances', says campaigner",
                Promo,
            ),
            ("Read more: Council tax to rise", Promo),
            ("RELATED: Police chief speaks out", Promo),
            ("Related coverage is available elsewhere, he said.", Body),
            ("By Jane Smith", Byline),
            ("By Jane Smith, Health Correspondent", Byline),
            ("By the end of the year, the law will change.", Body),
            ("Published: 10:32, 26 November 2026", Byline),
            ("The committee said it would publish its report.", Body),
        ];
        for (text, role) in cases {
            assert_eq!(role_of(text), role, "{text}");
        }
    }
}
