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

/// Elements whose text is one paragraph (the `<h1>` is the headline).
const BLOCKS: &[&str] = &["p", "h2", "h3", "h4", "h5", "li", "blockquote", "dd"];
/// Paragraphs where no `<p>` holds text: the innermost of these.
const LOOSE_BLOCKS: &[&str] = &["div", "section"];
/// Parts of a page that are not the article's text (as the widget's `NOT_TEXT`).
const NOT_TEXT: &[&str] = &[
    "aside",
    "nav",
    "figure",
    "figcaption",
    "footer",
    "header",
    "script",
    "style",
    "noscript",
    "template",
    "button",
    "form",
    "iframe",
    "svg",
];

/// The headline and article text of an HTML page, one paragraph per block, blank lines
/// between.
pub fn html_article(html: &str) -> (Option<String>, String) {
    let doc = Html::parse_document(html);
    let root = ["article", "main", "body"]
        .iter()
        .filter_map(|sel| Selector::parse(sel).ok())
        .find_map(|sel| doc.select(&sel).next());
    (headline(&doc, root), html_text(&doc, root))
}

/// The article's headline: its first `<h1>`, else the JSON-LD `headline`, else `og:title`.
fn headline(doc: &Html, root: Option<ElementRef>) -> Option<String> {
    let h1 = Selector::parse("h1").ok()?;
    root.and_then(|r| r.select(&h1).next())
        .map(|h| collapse(&text_of(h)))
        .filter(|t| !t.is_empty())
        .or_else(|| {
            let sel = Selector::parse(r#"script[type="application/ld+json"]"#).ok()?;
            doc.select(&sel)
                .find_map(|s| crate::json_ld::headline_of(&s.text().collect::<String>()))
                .map(|h| collapse(&h))
        })
        .or_else(|| {
            let sel = Selector::parse(r#"meta[property="og:title"]"#).ok()?;
            let content = doc.select(&sel).next()?.value().attr("content")?;
            Some(collapse(content))
        })
        .filter(|t| !t.is_empty())
}

/// The article text under `root`, one paragraph per block, blank lines between.
fn html_text(doc: &Html, root: Option<ElementRef>) -> String {
    let Some(root) = root else {
        return json_ld_body(doc).unwrap_or_default();
    };
    // A block inside another (a <p> in a <blockquote>) is read with it: `paragraphs` does
    // not look inside a block.
    let blocks = paragraphs(root, |el| BLOCKS.contains(&el.value().name()));
    let has_paragraph = !paragraphs(root, |el| el.value().name() == "p").is_empty();
    let length = |ps: &[String]| ps.iter().map(String::len).sum::<usize>();
    if has_paragraph {
        return blocks.join("\n\n");
    }
    // No <p> holds text (headings and list items alone are no article): the innermost
    // <div>s as well, if that holds more.
    let loose = paragraphs(root, |el: ElementRef| {
        let name = el.value().name();
        BLOCKS.contains(&name)
            || LOOSE_BLOCKS.contains(&name)
                && !el.descendants().skip(1).any(|n| {
                    ElementRef::wrap(n).is_some_and(|e| LOOSE_BLOCKS.contains(&e.value().name()))
                })
    });
    // What the <div>s add must be more than the headings and list items hold.
    let page = if length(&loose) > 2 * length(&blocks) {
        loose
    } else {
        blocks
    };
    match json_ld_body(doc) {
        Some(body) if length(&page) * 2 < body.trim().len() => body,
        _ if !page.is_empty() => page.join("\n\n"),
        _ => collapse(&text_of(root)),
    }
}

/// The text of each element under `root` that `is_block` (outside what is not the article's
/// text), in document order, blank ones left out.
fn paragraphs(root: ElementRef, is_block: impl Fn(ElementRef) -> bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(el) = stack.pop() {
        if el.id() != root.id() && is_not_text(el) {
            continue;
        }
        if el.id() != root.id() && is_block(el) {
            let text = collapse(&text_of(el));
            if !text.is_empty() {
                out.push(text);
            }
            continue;
        }
        // Children in reverse, so that they come off the stack in document order.
        let children: Vec<ElementRef> = el.children().filter_map(ElementRef::wrap).collect();
        stack.extend(children.into_iter().rev());
    }
    out
}

/// Whether `el` is outside the article's text: an aside, a figure, navigation, a script…, or
/// hidden.
fn is_not_text(el: ElementRef) -> bool {
    let v = el.value();
    NOT_TEXT.contains(&v.name())
        || v.attr("hidden").is_some()
        || v.attr("aria-hidden") == Some("true")
}

/// The text under `el`, leaving out what [`is_not_text`].
fn text_of(el: ElementRef) -> String {
    let mut out = String::new();
    for child in el.children() {
        if let Some(text) = child.value().as_text() {
            out.push_str(text);
        } else if let Some(e) = ElementRef::wrap(child) {
            if !is_not_text(e) {
                out.push_str(&text_of(e));
            }
        }
    }
    out
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
