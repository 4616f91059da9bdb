//! A capitalised run split into title, name and office ("State Representative | Rachel
//! Talbot-Ross", "Meagan Sway | Policy Director of ACLU of Maine"), and its name classed as
//! a person's, a body's or unknown.

use super::apposition::apposition_after;
use super::person::{
    heads_body, is_acronym, is_first_name_too, is_generation, is_person_like, is_surname_word,
    is_titled_surname,
};
use super::roles::{body_noun_after, is_role_word, lower_title_before};
use super::runs::{is_name_word, is_saint};
use super::{NameKind, NameMention};
use crate::document::Document;
use crate::lexicon::{self, lexicon};
use crate::tokens;

/// Splits a run into title, name and office, and classifies the name.
pub(super) fn split_run(doc: &Document, words: &[usize]) -> Vec<NameMention> {
    let first = words[0];
    let last = *words.last().unwrap_or(&first);
    let mut title: Option<(usize, usize)> = None;
    let mut office: Option<(usize, usize)> = None;
    let mut name_words: &[usize] = words;

    // "Ms Doe and Sir John", "Sir John Roe and Labour's": a person, then another name — two
    // mentions, not one name (checked before titles, which would join them).
    if let Some(and) = words.iter().position(|&k| doc.norm[k] == "and") {
        let (a, b) = (&words[..and], &words[and + 1..]);
        if !a.is_empty() && !b.is_empty() {
            let left = split_run(doc, a);
            if let [one] = left.as_slice() {
                // "Rep. Jo Doe of Eastvale and Westvale": one person, from two places.
                if one.kind == NameKind::Person && one.title.is_some() && one.office.is_none() {
                    let mut out = left;
                    out.extend(split_run(doc, b));
                    return out;
                }
            }
        }
    }

    // "Tory spokesman on Wales David Jones": the place is the role's portfolio, and the
    // person is named after it.
    if let Some(n) = portfolio_place(doc, words) {
        let mut out = split_run(doc, &words[n..]);
        if let [one] = out.as_mut_slice() {
            let role = lower_title_before(doc, first - 1);
            if let (NameKind::Person, None, Some((a, _))) = (one.kind, one.title, role) {
                one.title = Some(doc.span_of(a, words[n - 1]));
                one.full = doc.span_of(a, one.toks.1);
                one.toks.0 = a;
                return out;
            }
        }
    }

    // "… to the United Nations in Vienna Piotr Varga": a place after "in",
    // "at" or "from" is where the person works, not the first word of their name.
    if let Some(n) = place_then_person(doc, words) {
        return split_run(doc, &words[n..]);
    }

    // Letters after a name are an office: "… Hildegarde Naughton TD", "Jo Doe MSP".
    if let [.., before, after] = words {
        let post_nominal = words.len() >= 3
            && tokens::is_all_caps(doc.tok_text(*after))
            && is_title_word(doc, *after)
            && !is_title_word(doc, *before);
        if post_nominal {
            let mut out = split_run(doc, &words[..words.len() - 1]);
            if let [one] = out.as_mut_slice() {
                if one.kind == NameKind::Person && one.office.is_none() && one.toks.1 == *before {
                    one.office = Some(doc.toks[*after].span);
                    one.full = doc.span_of(one.toks.0, *after);
                    one.toks.1 = *after;
                    let (apposition, apposition_toks) = apposition_after(doc, *after);
                    one.apposition = apposition;
                    one.apposition_toks = apposition_toks;
                    return out;
                }
            }
        }
    }

    // A party before a person's name: "Conservative Jane Doe", "Liberal Democrat Sir John
    // Roe" (the party is their affiliation, read as a title).
    let modifiers = words
        .iter()
        .take_while(|&&k| {
            lexicon().is_title_modifier(&doc.norm[k]) && !tokens::is_possessive(doc.tok_text(k))
        })
        .count();
    let is_party = |n: usize| names_party(doc.span_of(first, words[n - 1]).slice(doc.text));
    // An acronym before a person's name is their rank, office or body, read the same way:
    // "ACP Rusiate Tudravu", "PCC Ron Hogg".
    let rank_in_capitals = words.len() >= 3
        && is_acronym(doc.tok_text(first))
        && is_person_like(doc, &words[1..])
        && !words.iter().any(|&k| is_plural_title(&doc.norm[k]));
    // "Sinn Féin TD for Dublin Central Mary Lou McDonald", "Greens MP Tim Read": a party
    // whose name qualifies no title, right before the title.
    let party_before_title = || {
        (1..=words.len().saturating_sub(3).min(4))
            .rev()
            .find(|&n| is_title_word(doc, words[n]) && is_party(n))
    };
    let affiliation = (1..=modifiers)
        .rev()
        .find(|&n| is_party(n))
        .or(rank_in_capitals.then_some(1))
        .or_else(party_before_title);
    if let Some(n) = affiliation {
        let rest = &words[n..];
        let person_after =
            rest.len() >= 2 && (is_person_like(doc, rest) || is_title_word(doc, rest[0]));
        if person_after {
            let mut out = split_run(doc, rest);
            if let [one] = out.as_mut_slice() {
                if one.kind == NameKind::Person {
                    let title_last = one
                        .title
                        .map_or(words[n - 1], |t| doc.toks_in(t).end.saturating_sub(1));
                    one.title = Some(doc.span_of(first, title_last));
                    one.full = doc.span_of(first, one.toks.1);
                    one.toks.0 = first;
                    return out;
                }
            }
        }
    }

    // Titles alone ("Scotland's Health Secretary", "the Prime Minister") name an office, not
    // someone: they are read as a description of its holder. Two modifiers without a title
    // are a body's name ("Interior Health", a health authority).
    let bare = |k: usize| tokens::strip_possessive(&doc.norm[k]);
    let title_alone = |k: usize| lexicon().is_title(bare(k)) || is_second_title_word(doc, k);
    if words
        .iter()
        .all(|&k| title_alone(k) || lexicon().is_title_modifier(bare(k)))
        && (words.len() == 1 || words.iter().any(|&k| title_alone(k)))
        && !(0..words.len().min(4)).any(|n| {
            names_party(tokens::strip_possessive(
                doc.span_of(first, words[n]).slice(doc.text),
            ))
        })
    {
        return Vec::new();
    }

    // An office of a body, with no name after it: "CEO of the North Shire Trust", "Executive
    // Director of Safe Streets": the body is a name; the office describes a person (read as a
    // description, not as the body's name). An office of a place ("Mayor of London") is the
    // office-holder's name.
    // A name at the end of a run of offices is two words, or three with a generation
    // ("… Minister of State Elodio Aragon Junior") or after a seat that ends in a point of
    // the compass ("… TD for Dublin Central Mary Lou McDonald").
    let n = words.len();
    let after_seat = n >= 5
        && is_compass(&doc.norm[words[n - 4]])
        && !is_compass(&doc.norm[words[n - 3]])
        && is_person_like(doc, &words[n - 3..]);
    let tail = if n >= 3 && is_generation(&doc.norm[last]) || after_seat {
        3
    } else {
        2
    };
    if let Some(of) = office_of(doc, words) {
        let named_after =
            words.len() >= of + 1 + tail && is_person_like(doc, &words[words.len() - tail..]);
        let body = words[of + 1..]
            .iter()
            .position(|&k| !matches!(&*doc.norm[k], "the"))
            .map_or(&[][..], |p| &words[of + 1 + p..]);
        let place = |body: &[usize]| {
            let (a, b) = (body[0], body[body.len() - 1]);
            lexicon().is_place(tokens::strip_possessive(doc.span_of(a, b).slice(doc.text)))
        };
        if !named_after && !body.is_empty() && !place(body) {
            return split_run(doc, body);
        }
    }

    // Title first: the last title word followed by a plausible name ("Senators" too, before
    // the first of a list).
    // A role word that also qualifies titles is a title before a person's name: "Deputy
    // Kenny" (an Irish TD), "Deputy Gino Kenny", "Chief Smith", "Garda Murphy".
    let role_title = |k: usize| {
        let w = &doc.norm[k];
        lexicon().is_title_modifier(w) && lexicon().is_role_noun(w)
    };
    // "President-elect", "Vice-President", "Ex-Minister", "Liberals-leader": a title joined
    // to a word by a hyphen, opening the run or after its titles and qualifiers ("Shadow
    // Attorney-General Jo Hanson").
    let hyphen_title = |p: usize| {
        let w = &doc.norm[words[p]];
        w.split('-').count() == 2
            && w.split('-').any(|part| {
                lexicon().is_title(part) && !lexicon().is_initialism(part)
                    || lexicon().is_role_noun(part)
            })
            && words[..p]
                .iter()
                .all(|&k| is_title_word(doc, k) || lexicon().is_title_modifier(&doc.norm[k]))
    };
    // After a title, a name may open with initials ("Sheriff TK Waters") and end in its
    // place ("Mayor Jane Doe of Eastvale"): how many of `rest` are the name.
    let name_after_title = |rest: &[usize], peer: bool| -> Option<usize> {
        // Four words of name, "of" and four of place at most: a run of offices thousands of
        // words long stays linear.
        if rest.len() > 9 {
            return None;
        }
        let initials = |k: usize| {
            let w = doc.tok_text(k);
            w.len() == 2 && w.chars().all(|c| c.is_ascii_uppercase())
        };
        let person = |ws: &[usize]| {
            is_person_like(doc, ws)
                || ws.len() >= 2 && initials(ws[0]) && is_person_like(doc, &ws[1..])
                || is_titled_surname(doc, ws)
                // ("Mrs May", "Mr Young": after a title, a common word that is a surname.)
                || matches!(ws, [k] if is_surname_word(doc, *k))
        };
        if person(rest) {
            return Some(rest.len());
        }
        // "Mayor Jane Doe of Eastvale", "Dr Jane Doe of the Police Federation": a place or a
        // body after a titled person's full name is where they hold office or work.
        let of = rest.iter().position(|&k| doc.norm[k] == "of")?;
        let after_of = rest.get(of + 1..).filter(|p| !p.is_empty());
        let place = after_of.is_some_and(|p| {
            let (a, b) = (p[0], p[p.len() - 1]);
            lexicon().is_place(tokens::strip_possessive(doc.span_of(a, b).slice(doc.text)))
        });
        let named = after_of.is_some_and(|p| p.iter().any(|&k| is_name_word(doc, k)));
        // "Lord Falconer of Thoroton": a peer's territorial designation is part of the name.
        if peer && of > 0 && named && person(&rest[..of]) {
            return Some(rest.len());
        }
        // A lone surname before "of" only with a place ("Mayor Doe of Eastvale").
        (of > 0 && (place || of >= 2 && named) && person(&rest[..of])).then_some(of)
    };
    if let Some((pos, len)) = (0..words.len()).rev().find_map(|p| {
        // "Prime Minister Dean Barrow": after another title, a title that is also a first
        // name is the name's.
        let first_name =
            p > 0 && is_title_word(doc, words[p - 1]) && is_first_name_too(&doc.norm[words[p]]);
        let titled = !first_name && is_title_word(doc, words[p])
            || p == 0 && (is_plural_title(&doc.norm[words[p]]) || role_title(words[p]))
            || hyphen_title(p);
        (titled && p + 1 < words.len())
            .then(|| {
                name_after_title(&words[p + 1..], is_peerage(doc, words[p])).map(|len| (p, len))
            })
            .flatten()
    }) {
        title = Some((first, words[pos]));
        name_words = &words[pos + 1..pos + 1 + len];
        if pos + 1 + len < words.len() {
            office = Some((words[pos + 1 + len], last));
        }
    } else if words.len() >= tail + 2
        && (lexicon().is_title(&doc.norm[first])
            || lexicon().is_title_modifier(&doc.norm[first])
                && words[1..words.len() - tail]
                    .iter()
                    .any(|&k| is_title_word(doc, k)))
        && is_person_like(doc, &words[words.len() - tail..])
        && !is_plural_title(&doc.norm[last])
        && !lexicon::is_name_connector(&doc.norm[words[words.len() - tail - 1]])
    {
        // A title with its office before the name: "Assistant Commissioner of North Shire
        // Police Jane Doe", "CEO of the North Shire Trust Jane Doe".
        title = Some((first, words[words.len() - tail - 1]));
        name_words = &words[words.len() - tail..];
    } else if words.len() >= 3
        && lexicon().is_org_head(tokens::strip_possessive(&doc.norm[words[words.len() - 3]]))
        && is_person_like(doc, &words[words.len() - 2..])
        && !is_plural_title(&doc.norm[last])
    {
        // A body's name, then a person's: "… Fire and Emergency Services Jane Doe" (the end
        // of a title the writer split with commas).
        title = Some((first, words[words.len() - 3]));
        name_words = &words[words.len() - 2..];
    } else if let Some(pos) = (1..words.len()).find(|&p| {
        let w = &doc.norm[words[p]];
        (lexicon().is_title(w) || lexicon().is_title_modifier(w))
            && words[p..].iter().any(|&k| is_title_word(doc, k))
    }) {
        // Name first: "Meagan Sway Policy Director of ACLU of Maine". One word before a
        // title is the title's own ("Health Secretary", "Justice Minister").
        if pos >= 2 && is_person_like(doc, &words[..pos]) {
            name_words = &words[..pos];
            office = Some((words[pos], last));
        }
    }
    if name_words.is_empty() {
        return Vec::new();
    }
    // "Louis Stephen and Ed Davies": two people, not one name.
    if let Some(and) = name_words.iter().position(|&k| doc.norm[k] == "and") {
        let (a, b) = (&name_words[..and], &name_words[and + 1..]);
        if title.is_none()
            && office.is_none()
            && is_person_like(doc, a)
            && is_person_like(doc, b)
            && a.len() >= 2
            && b.len() >= 2
        {
            let mut out = split_run(doc, a);
            out.extend(split_run(doc, b));
            return out;
        }
    }
    let name_first = name_words[0];
    let name_last = *name_words.last().unwrap_or(&name_first);
    let name = doc.span_of(name_first, name_last);
    let name_text = tokens::strip_possessive(name.slice(doc.text));
    let party = lexicon().party(name_text);
    let has_org_head = name_words.iter().any(|&k| heads_body(doc, k))
        && !(title.is_some() && is_titled_surname(doc, name_words));
    // "Lord Falconer of Thoroton", "Baroness Smith of Basildon": a peer's territorial
    // designation is part of a person's name.
    let peer = title.is_some_and(|(_, t)| is_peerage(doc, t));
    let has_connector = name_words.iter().enumerate().any(|(i, &k)| {
        let first_name = i == 0 && is_first_name_too(&doc.norm[k]);
        lexicon::is_name_connector(&doc.norm[k])
            && !(peer && i > 0 && doc.norm[k] == "of")
            && !((lexicon::is_surname_particle(doc.tok_text(k)) || is_saint(doc, k) || first_name)
                && is_person_like(doc, name_words))
    });
    let acronym = name_words.len() == 1 && is_acronym(doc.tok_text(name_first));
    // "Interior Health": words that only qualify a title name a body.
    // "Health Canada", "Public Health Scotland": what a ministry is for, then its country
    // ("County Limerick" is the place).
    let modifiers_only = name_words.len() >= 2
        && !lexicon().is_place(name_text)
        && name_words.iter().enumerate().all(|(i, &k)| {
            let w = tokens::strip_possessive(&doc.norm[k]);
            lexicon().is_title_modifier(w)
                || i + 1 == name_words.len()
                    && i > 0
                    && lexicon().is_place(tokens::strip_possessive(doc.tok_text(k)))
        });
    let kind = if party.is_some()
        || has_org_head
        || acronym
        || has_connector
        || modifiers_only
        || lexicon().is_institution(name_text)
    {
        NameKind::Organisation
    } else if title.is_some()
        || (name_words.len() >= 2
            && is_person_like(doc, name_words)
            && (!after_place_word(doc, name_first)
                || tokens::is_possessive(doc.tok_text(name_last))))
    {
        NameKind::Person
    } else if name_words.len() >= 2 {
        NameKind::Organisation
    } else {
        NameKind::Unknown
    };
    // Lower-case role words right before the name ("shadow chancellor Rachel Reeves"). A
    // surname alone after them is a person too ("Spain's leader Sanchez", "prime minister
    // Sanchez"), unless it is a place or a date; not after a portfolio ("director for the city
    // of Basel").
    let lone_surname = || {
        kind == NameKind::Unknown
            && first > 0
            && is_role_word(doc, first - 1)
            && is_person_like(doc, name_words)
            && !lexicon().is_place(name_text)
            && !lexicon::is_date_word(&doc.norm[name_first])
    };
    let lower_title = if title.is_none() && (kind == NameKind::Person || lone_surname()) {
        lower_title_before(doc, first)
    } else {
        None
    };
    let kind = if lower_title.is_some() {
        NameKind::Person
    } else {
        kind
    };
    let title_span = match (lower_title, title) {
        (Some((a, _)), Some((_, b))) => Some((a, b)),
        (Some(t), None) => Some(t),
        (None, t) => t,
    };
    let full_first = title_span.map_or(name_first, |t| t.0);
    let full_last = office.map_or(name_last, |o| o.1);
    let possessive = tokens::is_possessive(doc.tok_text(name_last));
    let (apposition, apposition_toks) = if possessive {
        (None, None)
    } else {
        apposition_after(doc, full_last)
    };
    vec![NameMention {
        name,
        full: doc.span_of(full_first, full_last),
        toks: (full_first, full_last),
        title: title_span.map(|(a, b)| doc.span_of(a, b)),
        // "Dr Jo Doe of the Eastvale clinic": a body's common noun after the office written
        // in capitals completes it (the mention itself stays the capitalised run).
        office: office.map(|(a, b)| doc.span_of(a, body_noun_after(doc, b + 1, 3).unwrap_or(b))),
        apposition,
        apposition_toks,
        role_before: None,
        kind,
        possessive,
        party,
    }]
}

/// Whether words name a party, or its member ("Labour", "Conservative", "Liberal Democrat").
pub(super) fn names_party(words: &str) -> bool {
    let lx = lexicon();
    lx.party(words).is_some()
        || lx.party(&format!("{words} Party")).is_some()
        || lx.party(&format!("{words}s")).is_some()
}

/// Where "of" follows one to three title words that open a run ("Executive Director of …").
/// Only in a run short enough to be one name (which also bounds the recursion it starts).
fn office_of(doc: &Document, words: &[usize]) -> Option<usize> {
    if words.len() > 12 {
        return None;
    }
    let of = words.iter().take(4).position(|&k| &*doc.norm[k] == "of")?;
    let titles = &words[..of];
    let opens = !titles.is_empty()
        && titles
            .iter()
            .all(|&k| is_title_word(doc, k) || lexicon().is_title_modifier(&doc.norm[k]))
        && titles.last().is_some_and(|&k| is_title_word(doc, k));
    opens.then_some(of)
}

pub(super) fn is_title_word(doc: &Document, k: usize) -> bool {
    (lexicon().is_title(&doc.norm[k]) || is_second_title_word(doc, k))
        && !tokens::is_possessive(doc.tok_text(k))
        && (tokens::is_all_caps(doc.tok_text(k)) || !lexicon().is_initialism(&doc.norm[k]))
}

/// Titles of two words whose second is a title only after the first: "Council Member Jo
/// Doe", "Assembly Member", "Board Member" ("a member of the board" and "Member States" are
/// none); the Malaysian "Tan Sri" and "Puan Sri" ("Sri Lanka" is a place); "Elect" after a
/// title ("Mayor Elect"); a role after a title's qualifier ("Staff Nurse").
fn is_second_title_word(doc: &Document, k: usize) -> bool {
    let after = |firsts: &[&str]| {
        k > 0 && firsts.contains(&&*doc.norm[k - 1]) && tokens::is_capitalised(doc.tok_text(k - 1))
    };
    match &*doc.norm[k] {
        "member" => after(&["council", "assembly", "board", "committee"]),
        "sri" => after(&["tan", "puan"]),
        // "Mayor Elect Jo Bell": elected, not yet in office.
        "elect" => {
            k > 0
                && lexicon().is_title(&doc.norm[k - 1])
                && tokens::is_capitalised(doc.tok_text(k - 1))
        }
        // "Staff Nurse Jo Bell", "Senior Pharmacist Jo Bell": a role, capitalised after a
        // word that qualifies titles, is one.
        w => {
            lexicon().is_role_noun(w)
                && k > 0
                && lexicon().is_title_modifier(&doc.norm[k - 1])
                && tokens::is_capitalised(doc.tok_text(k - 1))
                && tokens::is_capitalised(doc.tok_text(k))
        }
    }
}

/// A peer's title ("Lord", "Baroness"): a territorial designation may follow the name.
fn is_peerage(doc: &Document, k: usize) -> bool {
    crate::speakers::PEERAGES.contains(&doc.tok_text(k))
}

/// The point of the compass that ends a seat's name ("Dublin Central", "Cork South-West").
fn is_compass(w: &str) -> bool {
    matches!(
        w,
        "north"
            | "south"
            | "east"
            | "west"
            | "central"
            | "north-east"
            | "north-west"
            | "south-east"
            | "south-west"
            | "mid-west"
    )
}

/// Is the word before a name one that people are rarely named after ("the East Riding MSP",
/// "at the Town Hall", "in North Shire")? A name shaped like a person's is then a place or
/// a body. A possessive ("in Jane Doe's view") and a title ("the Prime Minister Jane Doe")
/// still make a person.
fn after_place_word(doc: &Document, name_first: usize) -> bool {
    // "Alan Dean, of Saffron Walden, said": where someone is from, set off by commas.
    let hometown = name_first >= 2
        && doc.norm[name_first - 1].as_ref() == "of"
        && doc.tok_text(name_first - 2) == ",";
    hometown
        || name_first > 0
            && doc.is_writer_word(name_first - 1)
            && matches!(
                &*doc.norm[name_first - 1],
                "the" | "in" | "at" | "near" | "across" | "throughout" | "outside" | "inside"
            )
}

/// "Chiefs", "Councillors": a body's members, not the end of a person's name.
fn is_plural_title(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|one| lexicon().is_title(one) || lexicon().is_role_noun(one))
}

/// How many of `words` (a run of capitals) are a place that "in", "at" or "from" before the
/// run opens, when a person's full name follows it ("envoy in Vienna Piotr Varga").
fn place_then_person(doc: &Document, words: &[usize]) -> Option<usize> {
    let first = words[0];
    let located = first >= 1
        && matches!(&*doc.norm[first - 1], "in" | "at" | "from")
        && !tokens::is_capitalised(doc.tok_text(first - 1));
    located.then(|| place_then_name(doc, words)).flatten()
}

/// How many of `words` (up to three) are a place with a person's name of at least two words
/// after it.
fn place_then_name(doc: &Document, words: &[usize]) -> Option<usize> {
    let first = words[0];
    (1..words.len().saturating_sub(1).min(4)).find(|&n| {
        lexicon().is_place(doc.span_of(first, words[n - 1]).slice(doc.text))
            && is_person_like(doc, &words[n..])
    })
}

/// How many of `words` (a run of capitals) are a place that a role's "on" or "for" before
/// the run is about, when a person's name follows it ("spokesman on Wales David Jones").
fn portfolio_place(doc: &Document, words: &[usize]) -> Option<usize> {
    let first = words[0];
    let about = first >= 2
        && matches!(&*doc.norm[first - 1], "on" | "for")
        && is_role_word(doc, first - 2)
        && !tokens::is_capitalised(doc.tok_text(first - 2));
    about.then(|| place_then_name(doc, words)).flatten()
}
