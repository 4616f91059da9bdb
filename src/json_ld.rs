//! schema.org JSON-LD: the `articleBody` of a page's `NewsArticle` (or of any object in the
//! document that has one), for pages that carry their story there rather than in paragraphs.

use crate::json_value::JsonValue;

/// The first `articleBody` string found in a JSON-LD document (objects, `@graph` arrays and
/// nested objects are searched in order).
///
/// ```
/// use stancelens::json_value::JsonValue;
/// let doc = JsonValue::parse(r#"{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "articleBody": "Text."}]}"#).unwrap();
/// assert_eq!(stancelens::json_ld::article_body(&doc).as_deref(), Some("Text."));
/// ```
pub fn article_body(v: &JsonValue) -> Option<String> {
    first_string(v, "articleBody")
}

/// The first `headline` string found in a JSON-LD document, searched as [`article_body`]:
/// the stance model reads an article's headline.
///
/// ```
/// use stancelens::json_value::JsonValue;
/// let doc = JsonValue::parse(r#"{"@type": "NewsArticle", "headline": "Council backs reform", "articleBody": "Text."}"#).unwrap();
/// assert_eq!(stancelens::json_ld::headline(&doc).as_deref(), Some("Council backs reform"));
/// ```
pub fn headline(v: &JsonValue) -> Option<String> {
    first_string(v, "headline")
}

/// The first string under `key` in `v`: objects, arrays and nested objects in order.
fn first_string(v: &JsonValue, key: &str) -> Option<String> {
    match v {
        JsonValue::Object(o) => v
            .get(key)
            .and_then(JsonValue::as_str)
            .map(str::to_string)
            .or_else(|| o.iter().find_map(|(_, v)| first_string(v, key))),
        JsonValue::Array(a) => a.iter().find_map(|v| first_string(v, key)),
        _ => None,
    }
}

/// `headline` of a JSON-LD script's text; `None` when it is not JSON or has none.
pub fn headline_of(json: &str) -> Option<String> {
    headline(&JsonValue::parse(json).ok()?)
}

/// `article_body` of a JSON-LD script's text; `None` when it is not JSON.
pub fn article_body_of(json: &str) -> Option<String> {
    article_body(&JsonValue::parse(json).ok()?)
}
