//! Datelines ("DENVER (AP) —", "New Delhi, Dec 3 (PTI)"): their place is no one's name, and
//! the outlet in them is the writer's own newsroom, never the one quoted.

use crate::document::Document;
use crate::lexicon;
use crate::tokens::{self, TokKind};

/// "DENVER (AP) —", "MONTREAL --", "PORTLAND, Ore. (KPTV) -", "DOUGLAS COUNTY, Ore. –": the
/// words in capitals a paragraph opens with, before a parenthesis or a dash (a state's
/// abbreviation may come between), are the dateline's place, not a name. The parenthesis or
/// dash after them, when token `k` opens such a dateline.
pub(super) fn dateline_end(doc: &Document, k: usize) -> Option<usize> {
    if doc.paragraphs[doc.para_of[k]].span.start != doc.toks[k].span.start {
        return None;
    }
    let is_word = |j: usize| doc.toks.get(j).is_some_and(|t| t.kind == TokKind::Word);
    let mut end = k;
    while end < k + 3 && is_word(end) && tokens::is_all_caps(doc.tok_text(end)) {
        end += 1;
    }
    if end == k {
        return wire_dateline_end(doc, k);
    }
    let opens_story = |j: usize| matches!(doc.tok_text(j), "(" | "—" | "–" | "-" | "--");
    // The state after the place: ", Ore." or " Ore".
    let mut state = end + usize::from(doc.tok_text(end) == ",");
    if is_word(state) && tokens::is_capitalised(doc.tok_text(state)) {
        state += 1 + usize::from(doc.tok_text(state + 1) == ".");
    }
    // "BANGKOK, May 8 (Reuters) -": the place in capitals, then a wire's date and agency.
    [end, state]
        .into_iter()
        .find(|&j| opens_story(j))
        .or_else(|| wire_dateline_end(doc, k))
}

/// "New Delhi, Dec 3 (PTI)", "Lagos, March 12 (NAN)", "BANGKOK, May 8 (Reuters) -": a
/// wire's dateline, the place in capitalised words, a comma, the date and the agency in
/// brackets (a dash may follow). The bracket, when token `k` opens one.
fn wire_dateline_end(doc: &Document, k: usize) -> Option<usize> {
    let is_word = |j: usize| doc.toks.get(j).is_some_and(|t| t.kind == TokKind::Word);
    let mut comma = k;
    while comma < k + 3 && is_word(comma) && tokens::is_capitalised(doc.tok_text(comma)) {
        comma += 1;
    }
    if comma == k || doc.tok_text(comma) != "," || !is_month(doc.norm.get(comma + 1)?) {
        return None;
    }
    let day = comma + 2 + usize::from(doc.tok_text(comma + 2) == ".");
    let digits = doc.tok_text(day);
    let is_day = (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    (is_day && doc.tok_text(day + 1) == "(").then_some(day + 1)
}

/// "Dec", "Sept", "December": a month, abbreviated or not (lower case).
fn is_month(w: &str) -> bool {
    matches!(
        w,
        "jan"
            | "feb"
            | "mar"
            | "apr"
            | "may"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    ) || (lexicon::is_date_word(w) && !w.ends_with("day") && w != "tonight")
}

/// The newsrooms named in datelines ("AUSTIN (KXAN) —", "DENVER (AP) —"): the writer's own
/// outlet, which reports, asks and is told things ("KXAN reached out to …", "told KXAN") but
/// is never the one quoted.
pub fn dateline_outlets<'t>(doc: &Document<'t>) -> Vec<&'t str> {
    (0..doc.toks.len())
        .filter(|&k| k == 0 || doc.para_of[k] != doc.para_of[k - 1])
        .filter_map(|k| {
            let open = dateline_end(doc, k).filter(|&j| doc.tok_text(j) == "(")?;
            let close =
                (open + 2..doc.toks.len().min(open + 6)).find(|&c| doc.tok_text(c) == ")")?;
            Some(doc.span_of(open + 1, close - 1).slice(doc.text))
        })
        .collect()
}

/// The first token after a dateline that token `k` opens ("WELLINGTON (Reuters) - The
/// government …" → "The"): what a report that opens the paragraph starts with.
pub fn dateline_after(doc: &Document, k: usize) -> Option<usize> {
    let mut j = dateline_end(doc, k)?;
    if doc.tok_text(j) == "(" {
        j = (j + 1..doc.toks.len().min(j + 6)).find(|&c| doc.tok_text(c) == ")")? + 1;
    }
    if matches!(doc.tok_text(j), "—" | "–" | "-" | "--") {
        j += 1;
    }
    (j < doc.toks.len()).then_some(j)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentions::find;

    #[test]
    fn dateline_outlets_are_the_writers_newsroom() {
        let text = "EASTVALE (KXYZ) — The council voted.\n\nKXYZ asked the mayor (Jo Doe) why.";
        assert_eq!(dateline_outlets(&Document::new(text)), ["KXYZ"]);
        assert!(dateline_outlets(&Document::new("EASTVALE — The council voted.")).is_empty());
        assert!(dateline_outlets(&Document::new("The council (KXYZ) voted.")).is_empty());
        // A wire's dateline: the place in capitalised words, the date, the agency.
        let wire = Document::new("New Delhi, Dec 3 (PTI) The government has no plans.");
        assert_eq!(dateline_outlets(&wire), ["PTI"]);
        assert_eq!(wire.tok_text(dateline_after(&wire, 0).unwrap_or(0)), "The");
        let names: Vec<&str> = find(&wire)
            .iter()
            .map(|m| m.name.slice(wire.text))
            .collect();
        assert!(
            !names
                .iter()
                .any(|n| n.contains("Delhi") || n.contains("Dec")),
            "{names:?}"
        );
        let named = Document::new("Jo Doe, Labour (PTI) said no.");
        assert!(dateline_outlets(&named).is_empty());
        // The place in capitals, then the date and the agency, then a dash.
        let caps = Document::new("BANGKOK, May 8 (Reuters) - Thailand will ban it.");
        assert_eq!(dateline_outlets(&caps), ["Reuters"]);
        assert_eq!(
            caps.tok_text(dateline_after(&caps, 0).unwrap_or(0)),
            "Thailand"
        );
    }
}
