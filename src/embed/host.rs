//! The host page's article: reading its paragraphs from the DOM, and marking quotes and
//! names in place — wrapping text ranges in spans, so the host's own markup (links,
//! emphasis, images) stays as it was — and unmarking them again.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node, NodeList, Text};

use super::text_map::TextMap;
use crate::analysis::Analysis;
use crate::page::{BLOCKS, LOOSE_BLOCKS};
use crate::paragraphs::ParagraphRole;
use crate::span::Span;
use crate::widget::labels::{Group, Look};
use crate::widget::overlay::dress;
use crate::widget::segments;

/// The widget's own parts in the page, and what a publisher marks to be left out: not the
/// article's text, as [`crate::page::NOT_TEXT`] is not.
const WIDGET_PARTS: &str = ".stancelens-host, [data-stancelens-bar], [data-stancelens-skip]";

/// Whether `e` is outside the article's text.
fn is_not_text(e: &Element) -> bool {
    e.matches(crate::page::NOT_TEXT).unwrap_or(false) || e.matches(WIDGET_PARTS).unwrap_or(false)
}

/// The article as read from the page.
pub struct HostArticle {
    /// Text and offsets.
    pub map: TextMap,
    /// The text nodes, numbered as in `map`.
    pub nodes: Vec<Text>,
    /// The block elements the text came from, one per paragraph of the text.
    pub blocks: Vec<Element>,
    /// No `<p>` held text: what was read (headings, list items, or the innermost `<div>`s)
    /// may be the article, or only a teaser beside a JSON-LD body.
    pub paragraphless: bool,
}

fn inside_excluded(el: &Element, root: &Element) -> bool {
    let mut cur = Some(el.clone());
    while let Some(e) = cur {
        if e == *root {
            return false;
        }
        if is_not_text(&e) {
            return true;
        }
        cur = e.parent_element();
    }
    false
}

fn collect_text(node: &Node, map: &mut TextMap, nodes: &mut Vec<Text>) {
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else {
            continue;
        };
        match child.node_type() {
            Node::TEXT_NODE => {
                if let Ok(text) = child.dyn_into::<Text>() {
                    map.push_node(&text.data());
                    nodes.push(text);
                }
            }
            Node::ELEMENT_NODE => {
                let skip = child.dyn_ref::<Element>().is_some_and(is_not_text);
                if !skip {
                    collect_text(&child, map, nodes);
                }
            }
            _ => {}
        }
    }
}

/// Reading the article's paragraphs under `root` — its paragraph-like blocks, outside asides,
/// figures and the like, each block once even when nested — a slice at a time: a long
/// article's thousands of paragraphs are read between the page's other tasks (each block is
/// a dozen calls into the DOM).
pub struct Reading {
    root: Element,
    list: Option<NodeList>,
    next: u32,
    /// Reading [`LOOSE_BLOCKS`]: no `<p>` held text.
    loose: bool,
    /// A `<p>` held text.
    saw_paragraph: bool,
    /// What [`BLOCKS`] gave, while [`LOOSE_BLOCKS`] are read.
    first: Option<HostArticle>,
    article: HostArticle,
}

impl Reading {
    /// Starts reading the blocks under `root` (none, if `skip`: the article is given as text).
    pub fn new(root: &Element, skip: bool) -> Reading {
        Reading {
            root: root.clone(),
            list: if skip {
                None
            } else {
                root.query_selector_all(BLOCKS).ok()
            },
            next: 0,
            loose: false,
            saw_paragraph: false,
            first: None,
            article: HostArticle {
                map: TextMap::new(),
                nodes: Vec::new(),
                blocks: Vec::new(),
                paragraphless: false,
            },
        }
    }

    /// Reads blocks until all are read (true) or `out_of_time` says to stop (false).
    pub fn step(&mut self, out_of_time: impl Fn() -> bool) -> bool {
        loop {
            if !self.read_list(&out_of_time) {
                return false;
            }
            if self.list.is_none() || self.saw_paragraph && !self.loose {
                return true;
            }
            if self.loose {
                // The <div>s are the article only if they hold more than the blocks did.
                if let Some(first) = self.first.take() {
                    let (divs, blocks) = (&self.article.map.text, &first.map.text);
                    if !crate::page::divs_are_the_article(divs.trim().len(), blocks.trim().len()) {
                        self.article = HostArticle {
                            paragraphless: true,
                            ..first
                        };
                    }
                }
                return true;
            }
            // No <p> held text (headings and list items alone are no article): read the
            // innermost <div>s as well.
            self.loose = true;
            self.list = self.root.query_selector_all(LOOSE_BLOCKS).ok();
            self.next = 0;
            let blocks = HostArticle {
                map: TextMap::new(),
                nodes: Vec::new(),
                blocks: Vec::new(),
                paragraphless: true,
            };
            self.first = Some(std::mem::replace(&mut self.article, blocks));
        }
    }

    /// Reads the current list of blocks on (see [`Reading::step`]).
    fn read_list(&mut self, out_of_time: &impl Fn() -> bool) -> bool {
        let Some(list) = &self.list else {
            return true;
        };
        let HostArticle {
            map, nodes, blocks, ..
        } = &mut self.article;
        while self.next < list.length() {
            if out_of_time() {
                return false;
            }
            let item = list.item(self.next);
            self.next += 1;
            let Some(el) = item.and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let skip = if self.loose {
                // Only the innermost: an outer <div>'s text is its inner ones'.
                el.query_selector(LOOSE_BLOCKS).ok().flatten().is_some()
            } else {
                // A block inside another block (a <p> in a <blockquote>) is read with its
                // parent.
                el.parent_element()
                    .and_then(|p| p.closest(BLOCKS).ok().flatten())
                    .is_some_and(|outer| self.root.contains(Some(&outer)))
            };
            if skip || inside_excluded(&el, &self.root) {
                continue;
            }
            map.start_block();
            let before = map.text.len();
            collect_text(&el, map, nodes);
            // One entry per paragraph of the analysis: blank blocks are not paragraphs.
            if !map.text[before..].trim().is_empty() {
                self.saw_paragraph |= el.local_name() == "p";
                blocks.push(el);
            }
        }
        true
    }

    /// The article as read so far (all of it, once [`Reading::step`] said so).
    pub fn finish(self) -> HostArticle {
        self.article
    }
}

/// Writes the paragraphs of an article the page does not carry (the `text` option, a JSON-LD
/// `articleBody`) into a new element at the end of `element`, one `<p>` per paragraph of the
/// analysis, and returns that element and the article to mark in it: the embed then has one
/// way to show an article — marked in place — rather than a second renderer in its wasm. The
/// map is over `text` itself, so the analysis's offsets stay as they are.
pub fn write_text(
    document: &Document,
    element: &Element,
    text: &str,
    analysis: &Analysis,
) -> Option<(Element, HostArticle)> {
    let container = document.create_element("div").ok()?;
    let _ = container.set_attribute("class", "stancelens-text");
    let mut nodes = Vec::new();
    let mut blocks = Vec::new();
    for paragraph in &analysis.paragraphs {
        let p = document.create_element("p").ok()?;
        match paragraph.role {
            ParagraphRole::Body => {}
            ParagraphRole::Promo => {
                let _ = p.set_attribute("class", "stancelens-promo");
            }
            ParagraphRole::Byline => {
                let _ = p.set_attribute("class", "stancelens-byline");
            }
        }
        let node = document.create_text_node(paragraph.span.slice(text));
        p.append_child(&node).ok()?;
        container.append_child(&p).ok()?;
        nodes.push(node);
        blocks.push(p);
    }
    element.append_child(&container).ok()?;
    let spans = analysis.paragraphs.iter().map(|p| p.span).collect();
    let map = TextMap::over(text.to_string(), spans);
    Some((
        container,
        HostArticle {
            map,
            nodes,
            blocks,
            paragraphless: false,
        },
    ))
}

/// `articleBody` of the page's schema.org JSON-LD (a NewsArticle or any object that has one).
pub fn json_ld_body(document: &Document) -> Option<String> {
    json_ld_find(document, crate::json_ld::article_body)
}

/// The first of the page's JSON-LD scripts that `find` finds something in.
fn json_ld_find(
    document: &Document,
    find: impl Fn(&crate::json_value::JsonValue) -> Option<String>,
) -> Option<String> {
    let scripts = document
        .query_selector_all("script[type=\"application/ld+json\"]")
        .ok()?;
    (0..scripts.length()).find_map(|i| {
        let value = super::json::parse(&scripts.item(i)?.text_content()?).ok()?;
        find(&value)
    })
}

/// The article's headline, which the stance model reads: the first `<h1>` in `root`, else
/// the page's JSON-LD `headline`, else its `og:title`.
pub fn headline(document: &Document, root: &Element) -> Option<String> {
    let words = |t: String| Some(t.split_whitespace().collect::<Vec<_>>().join(" "));
    let h1 = root.query_selector("h1").ok().flatten();
    h1.and_then(|e| e.text_content())
        .and_then(words)
        .filter(|t| !t.is_empty())
        .or_else(|| json_ld_find(document, crate::json_ld::headline).and_then(words))
        .or_else(|| {
            let og = document
                .query_selector("meta[property=\"og:title\"]")
                .ok()??;
            og.get_attribute("content").and_then(words)
        })
        .filter(|t| !t.is_empty())
}

/// What was wrapped, to undo it.
#[derive(Default)]
pub struct Marks {
    undo: Vec<Undo>,
}

/// What wrapping one text node changed: the node's text from its first wrap on (taken out of
/// the page, as it was) and the text nodes and spans put in its place.
struct Undo {
    tail: Text,
    made: Vec<Node>,
}

struct Wrap {
    node: usize,
    start: u32,
    end: u32,
    quote: Option<usize>,
    speaker: Option<usize>,
    first: bool,
    last: bool,
}

/// The wraps to make, in the order to make them; made a batch at a time, so that a long
/// article never holds the page's main thread for long.
pub struct Plan {
    wraps: Vec<Wrap>,
    next: usize,
    last: Option<(usize, u32)>,
}

/// Plans wrapping every quote (and every speaker's name outside quotes) of the analysis.
pub fn plan(article: &HostArticle, analysis: &Analysis) -> Plan {
    // (span, quote, speaker): quotes, then the names outside them, located in text order.
    let mut targets: Vec<(Span, Option<usize>, Option<usize>)> = analysis
        .quotes
        .iter()
        .map(|q| (q.span, Some(q.id), q.speaker_id))
        .collect();
    let mut quoted: Vec<Span> = analysis.quotes.iter().map(|q| q.span).collect();
    crate::sort::sort(&mut quoted);
    let in_quote = |m: Span| {
        let i = quoted.partition_point(|q| q.start <= m.start);
        i > 0 && quoted[i - 1].end > m.start
    };
    targets.extend(
        segments::names(analysis, &article.map.text)
            .filter(|&(m, _)| !in_quote(m))
            .map(|(m, speaker)| (m, None, Some(speaker))),
    );
    crate::sort::sort_by_key(&mut targets, |&(span, quote, _)| {
        (span.start, quote.is_none())
    });
    let mut locator = article.map.locator();
    let mut wraps: Vec<Wrap> = Vec::new();
    for (span, quote, speaker) in targets {
        let ranges = locator.locate(span);
        let pieces = ranges.len();
        for (k, r) in ranges.into_iter().enumerate() {
            wraps.push(Wrap {
                node: r.node,
                start: r.start,
                end: r.end,
                quote,
                speaker,
                first: k == 0 || quote.is_none(),
                last: k + 1 == pieces,
            });
        }
    }
    // Within a node, cut from the end so earlier offsets stay valid.
    crate::sort::sort_by(&mut wraps, |a, b| {
        a.node.cmp(&b.node).then(b.start.cmp(&a.start))
    });
    Plan {
        wraps,
        next: 0,
        last: None,
    }
}

impl Plan {
    /// Makes wraps until all are made (true) or `out_of_time` says to stop (false). Quotes of
    /// a group in `hidden` start filtered.
    pub fn apply(
        &mut self,
        article: &HostArticle,
        analysis: &Analysis,
        hidden: &[Group],
        document: &Document,
        marks: &mut Marks,
        out_of_time: impl Fn() -> bool,
    ) -> bool {
        while let Some(first) = self.wraps.get(self.next) {
            if self.next > 0 && out_of_time() {
                return false;
            }
            // The next node's wraps, from its end backwards, with anything overlapping a wrap
            // already made left out: made together, with one split of the node (each split
            // copies the node's text) and one relayout of its paragraph (a paragraph holding a
            // whole long article relayed out after every few quotes costs minutes).
            let node_index = first.node;
            let mut batch: Vec<&Wrap> = Vec::new();
            while let Some(w) = self.wraps.get(self.next) {
                if w.node != node_index {
                    break;
                }
                self.next += 1;
                if self
                    .last
                    .is_some_and(|(node, start)| node == w.node && w.end > start)
                {
                    continue;
                }
                self.last = Some((w.node, w.start));
                batch.push(w);
            }
            let Some(node) = article.nodes.get(node_index) else {
                continue;
            };
            if let Some((undo, spans)) = wrap_batch(node, &batch, document) {
                for (span, w) in spans {
                    decorate(&span, w, analysis, hidden);
                }
                marks.undo.push(undo);
            }
        }
        true
    }
}

/// Wraps each of `batch` (UTF-16 ranges of `node`, last first, not overlapping) in a new
/// span: the node is split once before the first range and the rest replaced by text and
/// spans. Returns how to undo it and the spans made, with their wraps.
fn wrap_batch<'w>(
    node: &Text,
    batch: &[&'w Wrap],
    document: &Document,
) -> Option<(Undo, Vec<(Element, &'w Wrap)>)> {
    let length = node.length();
    let batch: Vec<&Wrap> = batch
        .iter()
        .rev()
        .copied()
        .filter(|w| w.start < w.end && w.end <= length)
        .collect();
    let low = batch.first()?.start;
    let parent = node.parent_node()?;
    let tail = if low > 0 {
        node.split_text(low).ok()?
    } else {
        node.clone()
    };
    let text = |from: u32, to: u32| -> Node {
        let piece = tail
            .substring_data(from - low, to - from)
            .unwrap_or_default();
        document.create_text_node(&piece).into()
    };
    let mut made: Vec<Node> = Vec::new();
    let mut spans = Vec::new();
    let mut at = low;
    for w in batch {
        let Ok(span) = document.create_element("span") else {
            continue;
        };
        if w.start > at {
            made.push(text(at, w.start));
        }
        let _ = span.append_child(&text(w.start, w.end));
        made.push(span.clone().into());
        spans.push((span, w));
        at = w.end;
    }
    if length > at {
        made.push(text(at, length));
    }
    let fragment = document.create_document_fragment();
    for n in &made {
        let _ = fragment.append_child(n);
    }
    parent.replace_child(&fragment, &tail).ok()?;
    Some((Undo { tail, made }, spans))
}

fn decorate(span: &Element, w: &Wrap, analysis: &Analysis, hidden: &[Group]) {
    match w.quote.and_then(|id| analysis.quotes.get(id)) {
        Some(q) => {
            let _ = span.set_attribute("data-quote-id", &q.id.to_string());
            if w.first {
                let _ = span.set_attribute("data-stancelens-first", "");
            }
            if w.last {
                let _ = span.set_attribute("data-stancelens-last", "");
            }
            dress(span, q, !hidden.contains(&Look::of(q).group()), false);
        }
        None => {
            let name = w
                .speaker
                .and_then(|s| analysis.speakers.get(s))
                .map_or("", |s| s.name.as_str());
            let _ = span.set_attribute("class", "stancelens-name");
            let _ = span.set_attribute("data-speaker", name);
        }
    }
}

/// Puts back every text node a [`Plan`] cut and merges the text again: the page is as it
/// was.
pub fn unmark(marks: Marks, blocks: &[Element]) {
    for Undo { tail, made } in marks.undo.into_iter().rev() {
        let Some(parent) = made.first().and_then(|n| n.parent_node()) else {
            continue;
        };
        let _ = parent.insert_before(&tail, made.first());
        for n in &made {
            let _ = parent.remove_child(n);
        }
    }
    for b in blocks {
        b.normalize();
    }
}
