//! The text of a host page's article, gathered from its text nodes, with a map back from
//! the analysis's byte offsets to each node and its UTF-16 offsets (the unit the DOM uses).
//! Pure data, tested natively; `embed` fills it from the DOM and wraps quotes in place.

use crate::span::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
struct NodeText {
    /// Index of the node, in the order the nodes were added.
    node: usize,
    /// Where its text is in [`TextMap::text`] (bytes).
    span: Span,
}

/// The article's text and where each node's text is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextMap {
    /// Blocks separated by blank lines; line breaks inside a block are blanks, so one block
    /// is always one paragraph.
    pub text: String,
    nodes: Vec<NodeText>,
    count: usize,
}

/// A piece of a range inside one node: node index and UTF-16 offsets in that node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NodeRange {
    /// The node, as numbered by [`TextMap::push_node`].
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

    /// Starts a block (a paragraph of the host page).
    pub fn start_block(&mut self) {
        if !self.text.trim().is_empty() && !self.text.ends_with("\n\n") {
            self.text.push_str("\n\n");
        }
    }

    /// Adds a text node's data to the current block; returns its node number.
    pub fn push_node(&mut self, data: &str) -> usize {
        let node = self.count;
        self.count += 1;
        let start = self.text.len();
        // Same length, so offsets map one to one: line breaks and tabs become blanks.
        self.text.extend(data.chars().map(|c| {
            if matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}') {
                ' '
            } else {
                c
            }
        }));
        self.nodes.push(NodeText {
            node,
            span: Span::new(start, self.text.len()),
        });
        node
    }

    /// Number of nodes added.
    pub fn node_count(&self) -> usize {
        self.count
    }

    /// True when no block has any visible text.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// Cuts a byte span of [`TextMap::text`] into per-node UTF-16 ranges, in order.
    pub fn locate(&self, span: Span) -> Vec<NodeRange> {
        let first = self.nodes.partition_point(|n| n.span.end <= span.start);
        let mut out = Vec::new();
        for n in &self.nodes[first..] {
            if n.span.start >= span.end {
                break;
            }
            let a = span.start.max(n.span.start);
            let b = span.end.min(n.span.end);
            if a >= b {
                continue;
            }
            let node_text = n.span.slice(&self.text);
            let (Some(before), Some(inside)) = (
                node_text.get(..a - n.span.start),
                node_text.get(a - n.span.start..b - n.span.start),
            ) else {
                continue;
            };
            let start = before.encode_utf16().count() as u32;
            let end = start + inside.encode_utf16().count() as u32;
            out.push(NodeRange {
                node: n.node,
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
}
