//! The text of a host page's article, gathered from its text nodes, with a map back from
//! the analysis's byte offsets to each node and its UTF-16 offsets (the unit the DOM uses).
//! Pure data, tested natively; `embed` fills it from the DOM and wraps quotes in place.

use crate::span::Span;

/// The article's text and where each node's text is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextMap {
    /// Blocks separated by blank lines; line breaks inside a block are blanks, so one block
    /// is always one paragraph.
    pub text: String,
    /// Where each node's text is in `text` (bytes), numbered in the order nodes were added.
    nodes: Vec<Span>,
}

/// A piece of a range inside one node: node index and UTF-16 offsets in that node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NodeRange {
    /// The node, numbered in the order [`TextMap::push_node`] added it.
    pub node: usize,
    /// First UTF-16 unit in the node.
    pub start: u32,
    /// One past the last UTF-16 unit.
    pub end: u32,
}

impl TextMap {
    /// An empty map.
    pub fn new() -> TextMap {
        TextMap::default()
    }

    /// A map of `text` whose nodes hold the given spans of it (in order, not overlapping):
    /// an article written into the page from its text, one node per paragraph, so the
    /// analysis's offsets into `text` are the map's.
    pub fn over(text: String, nodes: Vec<Span>) -> TextMap {
        TextMap { text, nodes }
    }

    /// Starts a block (a paragraph of the host page).
    pub fn start_block(&mut self) {
        if !self.text.trim().is_empty() && !self.text.ends_with("\n\n") {
            self.text.push_str("\n\n");
        }
    }

    /// Adds a text node's data to the current block.
    pub fn push_node(&mut self, data: &str) {
        let start = self.text.len();
        // Same length, so offsets map one to one: line breaks and tabs become blanks.
        self.text.extend(data.chars().map(|c| {
            if matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}') {
                ' '
            } else {
                c
            }
        }));
        self.nodes.push(Span::new(start, self.text.len()));
    }

    /// True when no block has any visible text.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// Cuts a byte span of [`TextMap::text`] into per-node UTF-16 ranges, in order.
    pub fn locate(&self, span: Span) -> Vec<NodeRange> {
        self.locator().locate(span)
    }

    /// Locates many spans: given in order of their start, the whole text is counted in
    /// UTF-16 units once, however many spans a long node holds.
    pub fn locator(&self) -> Locator<'_> {
        Locator {
            map: self,
            known: None,
        }
    }
}

/// Locates spans, remembering the last point it counted to.
pub struct Locator<'m> {
    map: &'m TextMap,
    /// (node, byte offset in the text, UTF-16 offset of that byte in the node).
    known: Option<(usize, usize, u32)>,
}

impl Locator<'_> {
    /// The UTF-16 offset in node `n` of byte `at` of the text (a char boundary in the node).
    fn utf16_at(&mut self, n: usize, at: usize) -> Option<u32> {
        let node = self.map.nodes[n];
        let (from, base) = match self.known {
            Some((kn, byte, units)) if kn == n && byte <= at => (byte, units),
            _ => (node.start, 0),
        };
        let units = base + self.map.text.get(from..at)?.encode_utf16().count() as u32;
        self.known = Some((n, at, units));
        Some(units)
    }

    /// Cuts a byte span of [`TextMap::text`] into per-node UTF-16 ranges, in order.
    pub fn locate(&mut self, span: Span) -> Vec<NodeRange> {
        let map = self.map;
        let first = map.nodes.partition_point(|n| n.end <= span.start);
        let mut out = Vec::new();
        for (n, &node) in map.nodes.iter().enumerate().skip(first) {
            if node.start >= span.end {
                break;
            }
            let (a, b) = (span.start.max(node.start), span.end.min(node.end));
            if a >= b {
                continue;
            }
            let (Some(start), Some(end)) = (self.utf16_at(n, a), self.utf16_at(n, b)) else {
                continue;
            };
            out.push(NodeRange {
                node: n,
                start,
                end,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_paragraphs_and_breaks_are_blanks() {
        let mut m = TextMap::new();
        m.start_block();
        m.push_node("He said\n“it ");
        m.push_node("works”.");
        m.start_block();
        m.start_block();
        m.push_node("Second.");
        assert_eq!(m.text, "He said “it works”.\n\nSecond.");
        let paras = crate::paragraphs::split(&m.text);
        assert_eq!(paras.len(), 2);
    }

    #[test]
    fn ranges_cross_nodes_in_utf16_units() {
        let mut m = TextMap::new();
        m.start_block();
        m.push_node("Ann: “🙂 big ");
        m.push_node("deal”");
        // "🙂 big deal" spans both nodes; 🙂 is 4 bytes, 2 UTF-16 units.
        let start = m.text.find('🙂').unwrap_or(0);
        let end = m.text.find('”').unwrap_or(0);
        let got = m.locate(Span::new(start, end));
        assert_eq!(
            got,
            [
                NodeRange {
                    node: 0,
                    start: 6,
                    end: 13
                },
                NodeRange {
                    node: 1,
                    start: 0,
                    end: 4
                }
            ]
        );
    }

    #[test]
    fn a_map_over_given_text_keeps_its_offsets() {
        // Paragraphs as the analysis cut them: the blanks around and between them are in no
        // node, and a line break inside one stays as it is.
        let text = "  One “a\nb”.\n\n\n Two “c”. ";
        let paras: Vec<Span> = crate::paragraphs::split(text)
            .iter()
            .map(|p| p.span)
            .collect();
        let m = TextMap::over(text.to_string(), paras.clone());
        assert_eq!(m.text, text);
        let quote = |q: &str| {
            let start = text.find(q).unwrap_or(0);
            Span::new(start, start + q.len())
        };
        assert_eq!(
            m.locate(quote("a\nb")),
            [NodeRange {
                node: 0,
                start: 5,
                end: 8
            }]
        );
        assert_eq!(
            m.locate(quote("c")),
            [NodeRange {
                node: 1,
                start: 5,
                end: 6
            }]
        );
        assert!(m.locate(Span::new(paras[0].end, paras[1].start)).is_empty());
    }

    #[test]
    fn spans_outside_any_node_locate_nothing() {
        let mut m = TextMap::new();
        m.start_block();
        m.push_node("One.");
        m.start_block();
        m.push_node("Two.");
        assert!(
            m.locate(Span::new(4, 6)).is_empty(),
            "the blank line between blocks"
        );
        assert!(m.locate(Span::new(50, 60)).is_empty());
    }

    #[test]
    fn a_locator_agrees_with_locate_in_any_order() {
        let mut m = TextMap::new();
        m.start_block();
        m.push_node("“Ça va”, dit-elle — 🙂 “oui” ");
        m.push_node("et “non”.");
        m.start_block();
        m.push_node("Zweite “Zeile”.");
        let spans: Vec<Span> = (0..m.text.len())
            .flat_map(|a| (a..=m.text.len()).map(move |b| Span::new(a, b)))
            .filter(|s| m.text.is_char_boundary(s.start) && m.text.is_char_boundary(s.end))
            .collect();
        let mut locator = m.locator();
        for &s in spans.iter().chain(spans.iter().rev()) {
            let fresh = m.locator().locate(s);
            assert_eq!(locator.locate(s), fresh, "{s:?}");
            // Against a count from the node's start, by hand.
            for r in &fresh {
                let node = m.nodes[r.node];
                let units = |at: usize| m.text[node.start..at].encode_utf16().count() as u32;
                assert_eq!(r.start, units(s.start.max(node.start)));
                assert_eq!(r.end, units(s.end.min(node.end)));
            }
        }
    }
}
