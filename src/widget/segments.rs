//! The article cut into what the widget renders: plain text, speaker names, and quotes
//! (which may contain names, as reported speech does). Pure data, tested natively.

use crate::analysis::Analysis;
use crate::lexicon;
use crate::span::Span;

/// A run of text inside a quote or between quotes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text(Span),
    /// A speaker's name (index into [`Analysis::speakers`]).
    Name { span: Span, speaker: usize },
}

/// A piece of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text or a name outside any quote.
    Inline(Inline),
    /// A quote (index into [`Analysis::quotes`]) and its content.
    Quote { id: usize, content: Vec<Inline> },
}

/// The speakers' mentions marked as names, with their speaker: every mention but a
/// pronoun ("she" is left as text).
pub fn names<'a>(
    analysis: &'a Analysis,
    text: &'a str,
) -> impl Iterator<Item = (Span, usize)> + 'a {
    analysis.speakers.iter().flat_map(move |s| {
        s.mentions
            .iter()
            .filter(move |m| {
                !m.is_empty() && lexicon::pronoun(&m.slice(text).to_lowercase()).is_none()
            })
            .map(move |&m| (m, s.id))
    })
}

/// Every paragraph's pieces, in order. Pieces cover the paragraph's text exactly.
pub fn pieces(analysis: &Analysis, text: &str) -> Vec<Vec<Piece>> {
    let paragraphs = &analysis.paragraphs;
    let para_of = |offset: usize| paragraphs.partition_point(|p| p.span.end <= offset);
    let mut quotes: Vec<Vec<(Span, usize)>> = vec![Vec::new(); paragraphs.len()];
    for q in &analysis.quotes {
        if let Some(list) = quotes.get_mut(q.paragraph) {
            list.push((q.span, q.id));
        }
    }
    let mut by_paragraph: Vec<Vec<(Span, usize)>> = vec![Vec::new(); paragraphs.len()];
    for (m, speaker) in names(analysis, text) {
        if let Some(list) = by_paragraph.get_mut(para_of(m.start)) {
            list.push((m, speaker));
        }
    }
    paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut qs = std::mem::take(&mut quotes[i]);
            let mut ns = std::mem::take(&mut by_paragraph[i]);
            crate::sort::sort(&mut qs);
            crate::sort::sort(&mut ns);
            paragraph(p.span, &qs, &ns)
        })
        .collect()
}

/// Cuts one paragraph. Overlapping quotes or names (which the analysis does not produce)
/// are dropped rather than rendered twice.
fn paragraph(span: Span, quotes: &[(Span, usize)], names: &[(Span, usize)]) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut at = span.start;
    let mut names = names.iter().peekable();
    for &(q, id) in quotes {
        if q.start < at || q.end > span.end || q.is_empty() {
            continue;
        }
        inline_run(at, q.start, &mut names, |i| out.push(Piece::Inline(i)));
        let mut content = Vec::new();
        inline_run(q.start, q.end, &mut names, |i| content.push(i));
        out.push(Piece::Quote { id, content });
        at = q.end;
    }
    inline_run(at, span.end, &mut names, |i| out.push(Piece::Inline(i)));
    out
}

/// Text and names from `from` to `to`, consuming the names that fall inside.
fn inline_run<'a>(
    from: usize,
    to: usize,
    names: &mut std::iter::Peekable<impl Iterator<Item = &'a (Span, usize)>>,
    mut emit: impl FnMut(Inline),
) {
    let mut at = from;
    while let Some(&&(n, speaker)) = names.peek() {
        if n.start >= to {
            break;
        }
        names.next();
        if n.start < at || n.end > to {
            continue;
        }
        if n.start > at {
            emit(Inline::Text(Span::new(at, n.start)));
        }
        emit(Inline::Name { span: n, speaker });
        at = n.end;
    }
    if to > at {
        emit(Inline::Text(Span::new(at, to)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Topic};

    fn flat(text: &str, pieces: &[Piece]) -> String {
        let inline = |i: &Inline| match i {
            Inline::Text(s) => s.slice(text).to_string(),
            Inline::Name { span, .. } => format!("<{}>", span.slice(text)),
        };
        pieces
            .iter()
            .map(|p| match p {
                Piece::Inline(i) => inline(i),
                Piece::Quote { content, .. } => {
                    format!("[{}]", content.iter().map(inline).collect::<String>())
                }
            })
            .collect()
    }

    #[test]
    fn pieces_cover_the_text_and_mark_quotes_and_names() {
        let text =
            "Ann Lee said: “Locking people up does not work.”\n\nCritics say the plan is wrong.";
        let a = analyze(text, Topic::builtin());
        let ps = pieces(&a, text);
        assert_eq!(ps.len(), 2);
        assert_eq!(
            flat(text, &ps[0]),
            "<Ann Lee> said: “[Locking people up does not work.]”"
        );
        assert_eq!(flat(text, &ps[1]), "<Critics> [say the plan is wrong.]");
    }

    #[test]
    fn pieces_of_the_seed_cover_every_paragraph() {
        let v: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/golden/articles/seed.json"))
                .expect("seed");
        let text = v["text"].as_str().expect("text");
        let a = analyze(text, Topic::builtin());
        let ps = pieces(&a, text);
        let quotes: usize = ps
            .iter()
            .flatten()
            .filter(|p| matches!(p, Piece::Quote { .. }))
            .count();
        assert_eq!(quotes, a.quotes.len());
        for (p, para) in ps.iter().zip(&a.paragraphs) {
            let rebuilt: String = p
                .iter()
                .flat_map(|piece| match piece {
                    Piece::Inline(i) => vec![i.clone()],
                    Piece::Quote { content, .. } => content.clone(),
                })
                .map(|i| match i {
                    Inline::Text(s) | Inline::Name { span: s, .. } => s.slice(text).to_string(),
                })
                .collect();
            assert_eq!(rebuilt, para.span.slice(text));
        }
    }
}
