//! How names and descriptions are written and compared: a shouted lede's capitals lowered,
//! articles and a second body's "the" dropped, initials, a peer's title. Plain text in, text out.

use std::borrow::Cow;

use crate::lexicon::{self, lexicon};
use crate::tokens;

pub(super) fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// Initials of the capitalised words of a name ("Health and Social Care Committee" → "HSCC").
pub(super) fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| tokens::is_capitalised(w) && !lexicon::is_name_connector(&lower(w)))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// A peerage's titles, which are part of how a peer named by one name is known.
pub(crate) const PEERAGES: [&str; 8] = [
    "Lord",
    "Lady",
    "Baron",
    "Baroness",
    "Viscount",
    "Viscountess",
    "Earl",
    "Countess",
];

/// The peerage's title that `title` ends in ("former minister Lord" → "Lord").
pub(super) fn peerage(title: Option<&str>) -> Option<&'static str> {
    let last = title?.split_whitespace().last()?;
    PEERAGES.into_iter().find(|&p| p == last)
}

/// Whether two names or roles say the same, but for case and a leading article ("the
/// party's spokesman" and "The party's spokesman").
pub fn same_words(a: &str, b: &str) -> bool {
    strip_article(a.trim()).eq_ignore_ascii_case(strip_article(b.trim()))
}

/// "STEVEN Agnew" → "Steven Agnew": a drop-cap lede's capitals in a person's first name
/// (ASCII only; initials, "TK Waters", stay).
pub(super) fn unshout_first_name(name: &str) -> Cow<'_, str> {
    let mut words = name.splitn(2, ' ');
    let (Some(first), Some(rest)) = (words.next(), words.next()) else {
        return Cow::Borrowed(name);
    };
    let shouted = first.len() > 2 && first.bytes().all(|b| b.is_ascii_uppercase());
    if !shouted || tokens::is_all_caps(rest) {
        return Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len());
    out.push_str(&first[..1]);
    out.push_str(&first[1..].to_ascii_lowercase());
    out.push(' ');
    out.push_str(rest);
    Cow::Owned(out)
}

/// "THE city's leader" → "the city's leader": capitals that only shout (a drop-cap lede),
/// which open the text ("the US Attorney" keeps its "US").
pub(super) fn fix_shouting(s: &str) -> String {
    let mut shouting = true;
    s.split(' ')
        .map(|w| {
            let lx = lexicon();
            let l = lower(w);
            shouting &= tokens::is_all_caps(w) || w.chars().count() == 1;
            // ("A CHIEF constable": a title's word too, but not initials, "MP", "GP".)
            let word = lx.is_common(&l)
                || (lx.is_title(&l) || lx.is_role_noun(&l)) && !lx.is_initialism(&l) && l.len() > 3;
            if shouting && tokens::is_all_caps(w) && word {
                lower(w)
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// How an unnamed speaker is shown: as the article first describes them, article and all
/// ("a source close to her", "the Ontario provincial government": a reader, and the
/// corpus's annotators, name them so), but a body's name without its "the" ("The Centre
/// for Social Justice" is the Centre for Social Justice), and two bodies each without theirs
/// ("the North Shire Trust and the East Vale Foundation").
pub fn shown_name(description: &str) -> Cow<'_, str> {
    let bare = strip_article(description);
    let named = bare.split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic())
            || crate::lexicon::is_name_connector(w)
    });
    if !named {
        return description.trim().into();
    }
    joined_bodies(bare)
}

/// Two bodies named as one speaker, each without its "the" or its acronym: "North Shire
/// Trust (NST) and the East Vale Foundation" → "North Shire Trust and East Vale Foundation".
pub(super) fn joined_bodies(name: &str) -> Cow<'_, str> {
    if !name.contains(" and the ") {
        return name.into();
    }
    let kept: Vec<&str> = name
        .split(' ')
        .filter(|w| !(w.starts_with('(') && w.ends_with(')')))
        .collect();
    kept.join(" ").replace(" and the ", " and ").into()
}

/// "a cannabis campaigner" → "cannabis campaigner"; "THE city’s leader" → "city’s leader".
pub fn strip_article(s: &str) -> &str {
    let s = s.trim();
    for article in ["a ", "an ", "the "] {
        if s.len() > article.len()
            && s.is_char_boundary(article.len())
            && s[..article.len()].eq_ignore_ascii_case(article)
        {
            return s[article.len()..].trim_start();
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shouted_first_name_is_written_as_a_name() {
        for (name, want) in [
            ("STEVEN Agnew", "Steven Agnew"),
            ("TK Waters", "TK Waters"),
            ("JANE DOE", "JANE DOE"),
            ("Jane Doe", "Jane Doe"),
        ] {
            assert_eq!(unshout_first_name(name), want);
        }
    }

    #[test]
    fn shouted_words_are_lowered_but_initials_kept() {
        for (shouted, want) in [
            ("THE city's leader", "the city's leader"),
            ("A CHIEF constable", "A chief constable"),
            ("NHS chief", "NHS chief"),
            ("SNP MSP", "SNP MSP"),
            ("a GP in Leeds", "a GP in Leeds"),
            ("the US Attorney", "the US Attorney"),
        ] {
            assert_eq!(fix_shouting(shouted), want);
        }
    }

    #[test]
    fn articles_are_stripped() {
        assert_eq!(
            strip_article("a cannabis campaigner"),
            "cannabis campaigner"
        );
        assert_eq!(strip_article("THE city’s leader"), "city’s leader");
        assert_eq!(
            strip_article("Supporters of the bill"),
            "Supporters of the bill"
        );
        assert_eq!(strip_article("the"), "the");
        for (description, shown) in [
            ("a source close to her", "a source close to her"),
            ("The committee", "The committee"),
            (
                "the Ontario provincial government",
                "the Ontario provincial government",
            ),
            ("The Centre for Social Justice", "Centre for Social Justice"),
            ("the North Shire City Council", "North Shire City Council"),
            ("Supporters of the bill", "Supporters of the bill"),
            ("cannabis campaigner", "cannabis campaigner"),
            (
                "the North Shire Trust and the East Vale Foundation",
                "North Shire Trust and East Vale Foundation",
            ),
        ] {
            assert_eq!(shown_name(description), shown, "{description}");
        }
    }
}
