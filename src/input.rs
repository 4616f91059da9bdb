//! Reading an article from what the command line is given: plain text, HTML, or JSON with a
//! `text` field.
//!
//! HTML is reduced to the article's headline and paragraphs as the widget reads them from a
//! page: the headline is the article's first `<h1>` (else the JSON-LD `headline`, else the
//! `og:title`); the paragraphs are the `<article>` element's if there is one (else `<main>`'s,
//! else `<body>`'s): its `<p>`, heading,
//! list-item and block-quote text, one paragraph each, leaving out asides, figures,
//! navigation, scripts and anything hidden. Where no `<p>` holds text, its innermost `<div>`s
//! (some publishing systems write paragraphs so) if they hold more than the headings and list
//! items; and then a schema.org `NewsArticle` JSON-LD `articleBody` holding more than twice
//! that text is the article (what the page holds is a teaser).

use scraper::{ElementRef, Html, Selector};

use crate::page;
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
        let (title, text) = html_article(s);
        return Ok(Article {
            id: None,
            title,
            text,
        });
    }
    // Plain text: its first line may be the headline.
    let (title, text) = crate::paragraphs::split_headline(s);
    Ok(Article {
        id: None,
        title: title.map(str::to_string),
        text: text.to_string(),
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

/// The page's selectors ([`crate::page`]), parsed once per page.
struct Rules {
    blocks: Selector,
    loose: Selector,
    not_text: Selector,
}

impl Rules {
    fn new() -> Option<Rules> {
        Some(Rules {
            blocks: Selector::parse(page::BLOCKS).ok()?,
            loose: Selector::parse(page::LOOSE_BLOCKS).ok()?,
            not_text: Selector::parse(page::NOT_TEXT).ok()?,
        })
    }
}

/// The headline and article text of an HTML page, one paragraph per block, blank lines
/// between.
pub fn html_article(html: &str) -> (Option<String>, String) {
    let doc = Html::parse_document(html);
    let root = ["article", "main", "body"]
        .iter()
        .filter_map(|sel| Selector::parse(sel).ok())
        .find_map(|sel| doc.select(&sel).next());
    let Some(rules) = Rules::new() else {
        return (None, String::new());
    };
    (headline(&doc, root, &rules), html_text(&doc, root, &rules))
}

/// The article's headline: its first `<h1>`, else the JSON-LD `headline`, else `og:title`.
fn headline(doc: &Html, root: Option<ElementRef>, rules: &Rules) -> Option<String> {
    let h1 = Selector::parse("h1").ok()?;
    root.and_then(|r| r.select(&h1).next())
        .map(|h| text_of(h, rules))
        .filter(|t| !t.is_empty())
        .or_else(|| json_ld(doc, crate::json_ld::headline_of))
        .or_else(|| {
            let sel = Selector::parse(r#"meta[property="og:title"]"#).ok()?;
            Some(
                doc.select(&sel)
                    .next()?
                    .value()
                    .attr("content")?
                    .to_string(),
            )
        })
        .map(|t| collapse(&t))
        .filter(|t| !t.is_empty())
}

/// The article text under `root`, one paragraph per block, blank lines between.
fn html_text(doc: &Html, root: Option<ElementRef>, rules: &Rules) -> String {
    let Some(root) = root else {
        return json_ld(doc, crate::json_ld::article_body_of).unwrap_or_default();
    };
    // A block inside another (a <p> in a <blockquote>) is read with it: `paragraphs` does
    // not look inside a block.
    let blocks = paragraphs(root, rules, |el| rules.blocks.matches(&el));
    if blocks.iter().any(|(el, _)| el.value().name() == "p") {
        return join(&blocks);
    }
    // No <p> holds text (headings and list items alone are no article): the innermost
    // <div>s, with the headings and list items outside them, if the <div>s hold more.
    let with_divs = paragraphs(root, rules, |el| {
        rules.blocks.matches(&el)
            || rules.loose.matches(&el) && el.select(&rules.loose).next().is_none()
    });
    let divs: usize = with_divs
        .iter()
        .filter(|(el, _)| rules.loose.matches(el))
        .map(|(_, p)| p.len())
        .sum();
    let page = if page::divs_are_the_article(divs, length(&blocks)) {
        with_divs
    } else {
        blocks
    };
    match json_ld(doc, crate::json_ld::article_body_of) {
        Some(body) if page::is_teaser(length(&page), body.trim().len()) => body,
        _ if !page.is_empty() => join(&page),
        _ => collapse(&text_of(root, rules)),
    }
}

/// Bytes of text in `paragraphs`.
fn length(paragraphs: &[(ElementRef, String)]) -> usize {
    paragraphs.iter().map(|(_, p)| p.len()).sum()
}

/// The paragraphs' text, blank lines between.
fn join(paragraphs: &[(ElementRef, String)]) -> String {
    let texts: Vec<&str> = paragraphs.iter().map(|(_, p)| p.as_str()).collect();
    texts.join("\n\n")
}

/// Each element under `root` that `is_block` (outside what is not the article's text), with
/// its text, in document order, blank ones left out.
fn paragraphs<'a>(
    root: ElementRef<'a>,
    rules: &Rules,
    is_block: impl Fn(ElementRef) -> bool,
) -> Vec<(ElementRef<'a>, String)> {
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(el) = stack.pop() {
        if el.id() != root.id() && rules.not_text.matches(&el) {
            continue;
        }
        if el.id() != root.id() && is_block(el) {
            let text = collapse(&text_of(el, rules));
            if !text.is_empty() {
                out.push((el, text));
            }
            continue;
        }
        // Children in reverse, so that they come off the stack in document order.
        let children: Vec<ElementRef> = el.children().filter_map(ElementRef::wrap).collect();
        stack.extend(children.into_iter().rev());
    }
    out
}

/// The text under `el`, leaving out what is not the article's.
fn text_of(el: ElementRef, rules: &Rules) -> String {
    let mut out = String::new();
    for child in el.children() {
        if let Some(text) = child.value().as_text() {
            out.push_str(text);
        } else if let Some(e) = ElementRef::wrap(child) {
            if !rules.not_text.matches(&e) {
                out.push_str(&text_of(e, rules));
            }
        }
    }
    out
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first thing `find` finds in the page's JSON-LD scripts' text.
fn json_ld(doc: &Html, find: impl Fn(&str) -> Option<String>) -> Option<String> {
    let sel = Selector::parse(r#"script[type="application/ld+json"]"#).ok()?;
    doc.select(&sel)
        .find_map(|s| find(&s.text().collect::<String>()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_table() {
        let cases: &[(&[u8], &str)] = &[
            (b"Plain text.\n\nTwo.", "Plain text.\n\nTwo."),
            (br#"{"id": "a", "text": "From JSON."}"#, "From JSON."),
            (b"<html><body><nav><p>Menu</p></nav><article><h1>Title</h1><p>One <em>two</em>.</p><p>Three.</p></article></body></html>", "One two.\n\nThree."),
            (br#"<html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "Body text."}</script></head><body></body></html>"#, "Body text."),
            (b"\xef\xbb\xbfWith BOM", "With BOM"),
            // Not the article's text: asides, figures, navigation, hidden blocks.
            (b"<article><p>One.</p><aside><p>Ad.</p></aside><figure><figcaption><p>Caption.</p></figcaption></figure><p hidden>Hidden.</p><blockquote><p>Two.</p></blockquote></article>", "One.\n\nTwo."),
            // Paragraphs written as <div>s: the innermost ones.
            (b"<article><div>One.</div><div class=\"body\"><div>Two <a href=\"#\">links</a>.</div></div><nav><div>Menu</div></nav></article>", "One.\n\nTwo links."),
            // A subheading is no article: the <div>s beside it are read with it.
            (b"<article><h2>Part one</h2><div>The story, in a div.</div></article>", "Part one\n\nThe story, in a div."),
            // A subheading beside a JSON-LD body is a teaser.
            (br#"<html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "The whole story, at length, as the page's data gives it."}</script></head><body><article><h2>Part</h2></article></body></html>"#, "The whole story, at length, as the page's data gives it."),
            // Nor are <div>s shorter than the list items.
            (b"<article><ul><li>A list of points, one.</li><li>Two.</li></ul><div>Share</div></article>", "A list of points, one.\n\nTwo."),
            // <div>s with less than half the JSON-LD body's text are a teaser.
            (br#"<html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "The whole story, at length, as the page's data gives it."}</script></head><body><article><div>A teaser.</div></article></body></html>"#, "The whole story, at length, as the page's data gives it."),
            (br#"<html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "Short."}</script></head><body><article><div>The whole story is in the page.</div></article></body></html>"#, "The whole story is in the page."),
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
    fn a_pages_headline_is_its_h1_its_json_ld_headline_or_its_og_title() {
        let cases: &[(&[u8], Option<&str>)] = &[
            (b"<article><h1>Council  backs reform</h1><p>Text.</p></article>", Some("Council backs reform")),
            (br#"<html><head><meta property="og:title" content="From og"><script type="application/ld+json">{"@type": "NewsArticle", "headline": "From JSON-LD"}</script></head><body><article><p>Text.</p></article></body></html>"#, Some("From JSON-LD")),
            (br#"<html><head><meta property="og:title" content="From og"></head><body><article><p>Text.</p></article></body></html>"#, Some("From og")),
            (b"<article><p>Text.</p></article>", None),
        ];
        for (input, want) in cases {
            let got = read(input).ok().and_then(|a| a.title);
            assert_eq!(
                got.as_deref(),
                *want,
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
        // Plain text's first line, when it reads as a headline.
        let a = read("Bill passes\n\nIt passed, Jo Doe said.\n\nCritics disagreed.".as_bytes())
            .unwrap();
        assert_eq!(a.title.as_deref(), Some("Bill passes"));
        assert_eq!(a.text, "It passed, Jo Doe said.\n\nCritics disagreed.");
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
