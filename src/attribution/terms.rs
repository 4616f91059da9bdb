//! Quote or term: whether a quoted passage is someone's words or a name, a title or a scare
//! quote ("the ‘gateway’ drugs", "so-called ‘legal highs’", "the ‘North Shire Evening
//! Standard’"). The rules' verdict is a feature of the learned decision in
//! [`super::passages`].

use crate::document::Document;
use crate::lexicon::{self, lexicon};
use crate::tokens::{self, TokKind};

use super::rules::stops_np;

/// Is the quoted passage used as a modifier or a name ("the ‘gateway’ drugs", "so-called
/// ‘legal highs’", "‘heroin maintenance’ clinics") rather than as someone's words?
pub fn is_term(doc: &Document, open_tok: usize, close_tok: Option<usize>, words: usize) -> bool {
    if is_title(doc, open_tok, close_tok) {
        return true;
    }
    if words > 3 {
        return false;
    }
    // so-called ‘X’, dubbed ‘X’, known as ‘X’
    let before: Vec<&str> = (open_tok.saturating_sub(2)..open_tok)
        .map(|k| &*doc.norm[k])
        .collect();
    if let Some(prev) = before.last() {
        // "a drug called ‘spice’" names a thing; "what he called ‘legal experiments’" and
        // "she dubbed it…" quote a speaker.
        let by_speaker = before.len() == 2 && {
            let w = before[0];
            lexicon::pronoun(w).is_some()
                || matches!(w, "has" | "have" | "had" | "was" | "were" | "what")
                || tokens::is_capitalised(doc.tok_text(open_tok - 2))
        };
        if matches!(
            *prev,
            "called"
                | "dubbed"
                | "termed"
                | "labelled"
                | "labeled"
                | "nicknamed"
                | "named"
                | "titled"
                | "entitled"
        ) && !by_speaker
            || before.join(" ") == "known as"
            || *prev == "so-called"
        {
            return true;
        }
    }
    // "the ‘very real’ pressure", "a ‘strictly controlled and regulated’ market": an
    // evaluative phrase is someone's words even where it modifies a noun.
    let inner_words: Vec<&str> = (open_tok + 1..close_tok.unwrap_or(open_tok + 1))
        .filter(|&k| doc.toks[k].kind == TokKind::Word)
        .map(|k| &*doc.norm[k])
        .collect();
    if inner_words.iter().any(|w| {
        matches!(
            *w,
            "very" | "so" | "too" | "really" | "truly" | "and" | "or" | "utterly" | "deeply"
        ) || (w.len() > 4 && w.ends_with("ly"))
    }) {
        return false;
    }
    let Some(close) = close_tok else { return false };
    let Some(next) = doc.toks.get(close + 1) else {
        return false;
    };
    if next.kind != TokKind::Word || doc.para_of.get(close + 1) != doc.para_of.get(close) {
        return false;
    }
    let w: &str = &doc.norm[close + 1];
    let raw = doc.tok_text(close + 1);
    if tokens::is_capitalised(raw) {
        return false;
    }
    let function =
        is_function_word(w) || lexicon::is_name_connector(w) || lexicon::pronoun(w).is_some();
    let verbish = lexicon().cue_at(&[w], 0).is_some() || w.ends_with("ly") || w.ends_with("ed");
    !(function || verbish)
}

/// Small words a title leaves in lower case ("Breaking the Cycle", "A Plan for Europe").
fn is_title_small_word(w: &str) -> bool {
    lexicon::is_name_connector(w)
        || matches!(
            w,
            "a" | "an" | "to" | "at" | "by" | "with" | "or" | "against" | "vs" | "from" | "into"
        )
}

/// Is the quoted passage a title or a proper name ("the ‘North Shire Drug Strategy
/// 2030’", "told the ‘Evening Standard’", "‘Drugs: A Way Forward’")? Every word of two
/// or more is capitalised (but small words), and it ends no sentence: people's words are
/// written in sentence case, titles in title case (in the corpus one scored quote of 1,471
/// is title-cased).
pub fn is_title(doc: &Document, open_tok: usize, close_tok: Option<usize>) -> bool {
    let Some(close) = close_tok else { return false };
    let inner = open_tok + 1..close;
    let mut words = 0;
    for k in inner.clone() {
        let raw = doc.tok_text(k);
        match doc.toks[k].kind {
            TokKind::Word => {
                let first = words == 0;
                words += 1;
                let capital = tokens::is_capitalised(raw)
                    || raw.chars().next().is_some_and(|c| c.is_ascii_digit());
                if !capital && (first || !is_title_small_word(&doc.norm[k])) {
                    return false;
                }
            }
            // A comma closing the passage is the writer's, set inside the marks as US style
            // does ("the report “Breaking the Cycle,” she said").
            _ if raw == "," && k + 1 == close => {}
            _ if matches!(raw, "." | "!" | "?" | "," | ";") => return false,
            _ => {}
        }
    }
    words >= 2
}

/// Words that can follow a quoted passage used as words rather than as a modifier.
fn is_function_word(w: &str) -> bool {
    lexicon::is_determiner(w)
        || lexicon::is_verb_filler(w)
        || stops_np(w)
        || matches!(
            w,
            "of" | "to"
                | "in"
                | "on"
                | "at"
                | "for"
                | "so"
                | "yet"
                | "nor"
                | "him"
                | "her"
                | "them"
                | "us"
                | "me"
                | "it"
                | "around"
                | "unless"
                | "whether"
                | "where"
                | "why"
                | "how"
                | "be"
                | "do"
                | "does"
                | "did"
                | "am"
                | "out"
                | "up"
                | "off"
                | "too"
                | "very"
                | "rather"
                | "instead"
                | "even"
                | "only"
                | "just"
                | "more"
                | "less"
                | "no"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_table() {
        let cases = [
            ("the softer ‘gateway’ drugs", true),
            ("so-called ‘legal highs’ were sold", true),
            ("it says ‘heroin maintenance’ clinics work", true),
            ("it had ‘no intention’ of changing", false),
            ("it has “no plans” to change", false),
            ("proposals “frightens” him", false),
            ("the laws are “utterly failing” and must go", false),
            ("she told the “North Shire Evening Standard” it works", true),
            (
                "the report “Drugs: A Way Forward for the Region” said",
                true,
            ),
            ("she said “We Will Win” and left", true),
            ("the report “Breaking the Cycle,” she said, was late", true),
            ("“Yes, We Can,” she said", false),
            ("she said “We will win” and left", false),
            ("he said “Enough. No More.”", false),
            ("it was “Ready”, he said", false),
        ];
        for (text, want) in cases {
            let doc = Document::new(text);
            let q = doc.quoted.iter().find(|q| q.depth == 0).expect("a quote");
            let open = doc.tok_at(q.open.start);
            let close = q.close.map(|c| doc.tok_at(c.start));
            let words = doc
                .toks_in(q.inner)
                .filter(|&k| doc.toks[k].kind == TokKind::Word)
                .count();
            assert_eq!(is_term(&doc, open, close, words), want, "{text}");
        }
    }
}
