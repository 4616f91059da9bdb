//! Whether words name a person or a body: the shape of a person's name, the words that end a
//! body's, and acronyms, which are bodies' initials.

use super::runs::is_saint;
use crate::document::Document;
use crate::lexicon::{self, lexicon};
use crate::tokens::{self, TokKind};

/// Whether token `k` is a word that ends a body's name ("Trust", "Council"). "NGO" is
/// one only in capitals: "Ngo" is a surname.
pub(super) fn heads_body(doc: &Document, k: usize) -> bool {
    let w = tokens::strip_possessive(&doc.norm[k]);
    lexicon().is_org_head(w) && (w != "ngo" || tokens::is_all_caps(doc.tok_text(k)))
}

/// Plausible person name: 1–4 capitalised words, no titles, organisation heads or connectors.
/// A lede's first word may be in capitals ("JANE Doe has become…").
pub(super) fn is_person_like(doc: &Document, words: &[usize]) -> bool {
    let shouted_lede = |k: usize| {
        k == words[0]
            && words.len() >= 2
            && doc.tok_text(k).chars().count() > 2
            && doc
                .paragraphs
                .get(doc.para_of[k])
                .is_some_and(|p| p.span.start == doc.toks[k].span.start)
    };
    // "Class B", "Plan B": a name does not end in a bare letter.
    let ends_in_letter = words
        .last()
        .is_some_and(|&k| doc.tok_text(k).chars().count() == 1 && doc.tok_text(k + 1) != ".");
    !words.is_empty()
        && words.len() <= 4
        && !ends_in_letter
        && words.iter().enumerate().all(|(i, &k)| {
            let w = &doc.norm[k];
            // "Ledama ole Kina", "Eileen de Villa": a surname's particle inside the name.
            let inner = i > 0 && i + 1 < words.len();
            // "Rob A. Lee": an initial, though "A" is also a word.
            let initial = doc.tok_text(k).chars().count() == 1 && doc.tok_text(k + 1) == ".";
            // "Dean Barrow": a first name that is also a title.
            let first_name = i == 0 && words.len() >= 2 && is_first_name_too(w);
            // "Elodio Aragon Junior": a generation after a full name.
            let generation = i >= 2 && i + 1 == words.len() && is_generation(w);
            // "John Major", "Alan Dean": a title that is a surname too, after a first name;
            // "Theresa May", "Mark Young": a common word that is one (not "Britain First").
            let first = &*doc.norm[words[0]];
            let surname = i >= 1
                && i + 1 == words.len()
                && tokens::is_capitalised(doc.tok_text(k))
                && !lexicon().is_title(first)
                && !lexicon().is_title_modifier(first)
                && (lexicon().is_surname_title(w)
                    || is_surname_word(doc, k)
                        && !lexicon().is_common(first)
                        && !lexicon::is_date_word(first)
                        && !lexicon().is_place(doc.tok_text(words[0])));
            first_name
                || generation
                || surname
                || (inner
                    && (lexicon::is_surname_particle(doc.tok_text(k))
                        || initial
                        || is_saint(doc, k)))
                || tokens::is_capitalised(doc.tok_text(k))
                    && (!tokens::is_all_caps(doc.tok_text(k)) || shouted_lede(k))
                    && !heads_body(doc, k)
                    && !lexicon().is_title(w)
                    && !lexicon::is_name_connector(w)
                    && !lexicon().is_common(w)
        })
}

/// A capitalised common word that is also a common surname ("May", "Young"): a person's
/// after a first name or a title.
pub(super) fn is_surname_word(doc: &Document, k: usize) -> bool {
    tokens::is_capitalised(doc.tok_text(k)) && lexicon().is_surname_word(&doc.norm[k])
}

/// A first name and a surname that is also what ends a body's name ("Dr Mary House",
/// "Professor Jo Church"), or the surname alone after "Dr", "Ms" or "Prof." ("Dr House"):
/// after a title, a person. Only heads that are common surnames ("Justice Action Network"
/// is a body).
pub(super) fn is_titled_surname(doc: &Document, words: &[usize]) -> bool {
    let surname = |k: usize| {
        let raw = doc.tok_text(k);
        heads_body(doc, k)
            && lexicon().is_surname_head(tokens::strip_possessive(&doc.norm[k]))
            && tokens::is_capitalised(raw)
            && !tokens::is_all_caps(raw)
            && !tokens::is_possessive(raw)
    };
    match words {
        [first, last] => is_person_like(doc, &[*first]) && surname(*last),
        [last] => {
            let before = (last.saturating_sub(2)..*last)
                .rev()
                .find(|&k| doc.toks[k].kind == TokKind::Word);
            surname(*last) && before.is_some_and(|k| lexicon::is_short_honorific(doc.tok_text(k)))
        }
        _ => false,
    }
}

/// A title or a surname's particle that is also a first name ("Dean Barrow", "Prime
/// Minister Dean Barrow", "Al Gore").
pub(super) fn is_first_name_too(w: &str) -> bool {
    // "Al Gore", "Van Johnson", "Di Fox": written with a capital at a name's start, these
    // particles are first names.
    matches!(w, "dean" | "al" | "van" | "di" | "del")
}

/// "Junior", "Senior" (lower case) after a full name: the generation, part of the name.
pub(super) fn is_generation(w: &str) -> bool {
    matches!(w, "junior" | "senior")
}

/// An all-capitals word of 2–7 letters that is not a title ("HSCC", "ACLU", not "MP"), or a
/// short one with lower-case letters between capitals ("GdP", "PvdA", "FvD": a body's
/// initials with its small words).
pub fn is_acronym(word: &str) -> bool {
    let word = tokens::strip_possessive(word);
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    let mixed = (3..=4).contains(&letters)
        && capitals >= 2
        && word.starts_with(|c: char| c.is_uppercase())
        && word.ends_with(|c: char| c.is_uppercase())
        && word.chars().all(char::is_alphabetic);
    (tokens::is_all_caps(word) && (2..=7).contains(&letters) || mixed)
        && !lexicon().is_title(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms() {
        assert!(is_acronym("HSCC") && is_acronym("ACLU") && is_acronym("HSCC’s"));
        assert!(
            is_acronym("GdP") && is_acronym("PvdA") && !is_acronym("JoJo") && !is_acronym("McCoy")
        );
        assert!(!is_acronym("MP") && !is_acronym("A") && !is_acronym("Hscc"));
    }
}
