//! schema.org JSON-LD: the `articleBody` of a page's `NewsArticle` (or of any object in the
//! document that has one), for pages that carry their story there rather than in paragraphs.

use serde_json::Value;

/// The first `articleBody` string found in a JSON-LD document (objects, `@graph` arrays and
/// nested objects are searched in order).
///
/// ```
/// let doc = serde_json::json!({"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "articleBody": "Text."}]});
/// assert_eq!(stancelens::json_ld::article_body(&doc).as_deref(), Some("Text."));
/// ```
pub fn article_body(v: &Value) -> Option<String> {
    first_string(v, "articleBody")
}

/// The first `headline` string found in a JSON-LD document, searched as [`article_body`]:
/// the stance model reads an article's headline.
///
/// ```
/// let doc = serde_json::json!({"@type": "NewsArticle", "headline": "Council backs reform", "articleBody": "Text."});
/// assert_eq!(stancelens::json_ld::headline(&doc).as_deref(), Some("Council backs reform"));
/// ```
pub fn headline(v: &Value) -> Option<String> {
    first_string(v, "headline")
}

/// The first string under `key` in `v`: objects, arrays and nested objects in order.
fn first_string(v: &Value, key: &str) -> Option<String> {
    match v {
        Value::Object(o) => o
            .get(key)
            .and_then(Value::as_str)
            .map(str::to_string)
            .or_else(|| o.values().find_map(|v| first_string(v, key))),
        Value::Array(a) => a.iter().find_map(|v| first_string(v, key)),
        _ => None,
    }
}

/// `headline` of a JSON-LD script's text; `None` when it is not JSON or has none.
pub fn headline_of(json: &str) -> Option<String> {
    headline(&serde_json::from_str(json).ok()?)
}

/// `article_body` of a JSON-LD script's text; `None` when it is not JSON.
pub fn article_body_of(json: &str) -> Option<String> {
    article_body(&serde_json::from_str(json).ok()?)
}
