//! Reading an article from what the command line is given: plain text, HTML, or JSON with a
//! `text` field.
//!
//! HTML is reduced to the article's paragraphs: the `<article>` element if there is one
//! (else `<main>`, else `<body>`), its `<p>`, heading, list-item and block-quote text, one
//! paragraph each; failing that, a schema.org `NewsArticle` JSON-LD `articleBody`.

use scraper::{ElementRef, Html, Selector};
use thiserror::Error;

/// What was wrong with the input.
#[derive(Debug, Error)]
pub enum InputError {
    /// The bytes are not UTF-8.
    #[error("the input is not valid UTF-8 (at byte {0})")]
    NotUtf8(usize),
    /// JSON input that does not parse.
    #[error("the input looks like JSON but does not parse: {0}")]
    Json(String),
    /// JSON input without a string `text` field.
    #[error("the JSON input has no string field \"text\" (the article body)")]
    NoText,
}

/// An article to analyse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// An identifier, if the input carried one (`id` in JSON).
    pub id: Option<String>,
    /// The headline, if the input carried one (`title` in JSON): stance reads it as context.
    pub title: Option<String>,
    /// The text, paragraphs separated by blank lines.
    pub text: String,
}

/// Reads an article from raw bytes, detecting the format.
pub fn read(bytes: &[u8]) -> Result<Article, InputError> {
    let s = std::str::from_utf8(bytes).map_err(|e| InputError::NotUtf8(e.valid_up_to()))?;
    let s = s.strip_prefix('\u{feff}').unwrap_or(s);
    let trimmed = s.trim_start();
    if trimmed.starts_with('{') {
        return from_json(trimmed);
    }
    if looks_like_html(trimmed) {
        return Ok(Article {
            id: None,
            title: None,
            text: html_text(s),
        });
    }
    Ok(Article {
        id: None,
        title: None,
        text: s.to_string(),
    })
}

/// Reads a JSON object with a `text` field (and optionally `id` and `title`).
pub fn from_json(s: &str) -> Result<Article, InputError> {
    let v: serde_json::Value =
        serde_json::from_str(s).map_err(|e| InputError::Json(e.to_string()))?;
    let text = v
        .get("text")
        .and_then(|t| t.as_str())
        .ok_or(InputError::NoText)?;
    let id = v.get("id").map(|i| match i {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    });
    let title = v.get("title").and_then(|t| t.as_str()).map(str::to_string);
    Ok(Article {
        id,
        title,
        text: text.to_string(),
    })
}

fn looks_like_html(s: &str) -> bool {
    let head: String = s.chars().take(512).collect::<String>().to_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.contains("<body")
        || head.contains("<article")
        || head.starts_with("<p")
        || head.starts_with("<div")
}

/// The article text of an HTML page, one paragraph per block, blank lines between.
pub fn html_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let root = ["article", "main", "body"]
        .iter()
        .filter_map(|sel| Selector::parse(sel).ok())
        .find_map(|sel| doc.select(&sel).next());
    let mut paragraphs = Vec::new();
    if let (Some(root), Ok(blocks)) = (root, Selector::parse("p, h1, h2, h3, h4, li, blockquote")) {
        for el in root.select(&blocks) {
            if has_block_ancestor_within(el, root) {
                continue;
            }
            let text = collapse(&el.text().collect::<String>());
            if !text.is_empty() {
                paragraphs.push(text);
            }
        }
    }
    if paragraphs.is_empty() {
        if let Some(body) = json_ld_body(&doc) {
            return body;
        }
        if let Some(root) = root {
            return collapse(&root.text().collect::<String>());
        }
    }
    paragraphs.join("\n\n")
}

/// Skips a block nested in another block (a `<p>` inside a `<blockquote>`), so its text is
/// taken once.
fn has_block_ancestor_within(el: ElementRef, root: ElementRef) -> bool {
    let mut node = el.parent();
    while let Some(n) = node {
        if n.id() == root.id() {
            return false;
        }
        if let Some(e) = ElementRef::wrap(n) {
            if matches!(
                e.value().name(),
                "p" | "li" | "blockquote" | "h1" | "h2" | "h3" | "h4"
            ) {
                return true;
            }
        }
        node = n.parent();
    }
    false
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `articleBody` of the page's JSON-LD scripts.
fn json_ld_body(doc: &Html) -> Option<String> {
    let sel = Selector::parse(r#"script[type="application/ld+json"]"#).ok()?;
    doc.select(&sel)
        .find_map(|s| crate::json_ld::article_body_of(&s.text().collect::<String>()))
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_table() {
        let cases: &[(&[u8], &str)] = &[
            (b"Plain text.\n\nTwo.", "Plain text.\n\nTwo."),
            (br#"{"id": "a", "text": "From JSON."}"#, "From JSON."),
            (b"<html><body><nav><p>Menu</p></nav><article><h1>Title</h1><p>One <em>two</em>.</p><p>Three.</p></article></body></html>", "Title\n\nOne two.\n\nThree."),
            (br#"<html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "Body text."}</script></head><body></body></html>"#, "Body text."),
            (b"\xef\xbb\xbfWith BOM", "With BOM"),
        ];
        for (input, want) in cases {
            let got = read(input).map(|a| a.text);
            assert_eq!(
                got.as_deref().ok(),
                Some(*want),
                "{:?}",
                String::from_utf8_lossy(input)
            );
        }
    }

    #[test]
    fn json_title_is_kept_for_context() {
        let a = read(br#"{"id": 7, "title": "Bill passes", "text": "Body."}"#).unwrap();
        assert_eq!(a.id.as_deref(), Some("7"));
        assert_eq!(a.title.as_deref(), Some("Bill passes"));
        assert_eq!(read(b"Plain text.").unwrap().title, None);
    }

    #[test]
    fn errors_table() {
        assert!(matches!(read(b"\xff\xfe bad"), Err(InputError::NotUtf8(0))));
        assert!(matches!(
            read(br#"{"title": "x"}"#),
            Err(InputError::NoText)
        ));
        assert!(matches!(read(br#"{"text": 3}"#), Err(InputError::NoText)));
        assert!(matches!(read(b"{ not json"), Err(InputError::Json(_))));
    }
}
