//! What of a web page is the article: which elements are its paragraphs, which are not its
//! text, and when `<div>`s or a JSON-LD `articleBody` are the story. One set of rules for the
//! widget reading the live page (`embed`) and the command-line tool reading saved HTML
//! (`input`), so that both analyse the same text. The selectors are CSS, for the browser's
//! `matches` and for `scraper`.

/// Elements whose text is one paragraph of the article (the `<h1>` is its headline).
pub const BLOCKS: &str = "p, h2, h3, h4, h5, li, blockquote, dd";

/// Where no `<p>` holds text, as on pages whose publishing system writes each paragraph as a
/// `<div>`: the innermost of these (holding none of them) are the paragraphs, if they hold
/// more than the headings and list items (see [`divs_are_the_article`]).
pub const LOOSE_BLOCKS: &str = "div, section";

/// Parts of a page that are not the article's text.
pub const NOT_TEXT: &str =
    "aside, nav, figure, figcaption, footer, header, script, style, noscript, \
                            template, button, form, iframe, svg, [hidden], [aria-hidden=\"true\"]";

/// Whether a page without a `<p>` holds its story in `<div>`s: their text (bytes) against
/// that of its headings and list items.
///
/// ```
/// assert!(stancelens::page::divs_are_the_article(400, 20));
/// assert!(!stancelens::page::divs_are_the_article(5, 60)); // a "Share" link beside a list
/// ```
pub fn divs_are_the_article(divs: usize, blocks: usize) -> bool {
    divs > blocks
}

/// Whether what a page without a `<p>` holds (`page`, its text's bytes) is only a teaser of
/// its JSON-LD `articleBody` (`body`): less than half of it. A page that holds the story is
/// marked in place rather than given the body a second time.
///
/// ```
/// assert!(stancelens::page::is_teaser(60, 2000));
/// assert!(!stancelens::page::is_teaser(1900, 2000));
/// ```
pub fn is_teaser(page: usize, body: usize) -> bool {
    page * 2 < body
}
