//! The roles around a name that its capitals leave out: lower-case titles before it ("shadow
//! chancellor"), a role set off by commas, whose office it is, and where a person works.

use super::person::{is_acronym, is_person_like};
use super::{NameKind, NameMention};
use crate::document::Document;
use crate::lexicon::{self, lexicon};
use crate::span::Span;
use crate::tokens::{self, TokKind};

/// "attorney General Jo Doe", "State’s Attorney Jo Doe": a one-word title with the word
/// before it that the name's capitals left out ("General" alone would mislead): a lower-case
/// office, or a possessive that is no name of its own (one that is, is the title's owner:
/// [`is_owner`]).
pub(super) fn qualified_title(doc: &Document, m: &NameMention) -> Option<Span> {
    let title = m.title?;
    let at = m.toks.0;
    let word = doc.tok_text(at);
    let one_word = doc.toks.get(at).is_some_and(|t| t.span == title);
    let prev = at.checked_sub(1)?;
    let p = doc.tok_text(prev);
    let qualifies = doc.is_writer_word(prev)
        && doc.sentence_of[prev] == doc.sentence_of[at]
        && (!tokens::is_capitalised(p) && lexicon().is_title(&doc.norm[prev])
            || tokens::is_possessive(p) && tokens::is_capitalised(p));
    (m.kind == NameKind::Person
        && one_word
        && qualifies
        && !lexicon::is_honorific(word)
        && !is_abbreviated_title(word)
        && !lexicon::is_rank(word)
        && !tokens::is_all_caps(word))
    .then(|| doc.span_of(prev, at))
}

/// "former President Jo Doe", "Former Health Minister Jo Doe" (opening the sentence): a
/// title is no longer, or not yet, or only for now theirs, which the profile has to say.
pub(super) fn former_title(doc: &Document, m: &NameMention) -> Option<Span> {
    let title = m.title?;
    let prev = m.toks.0.checked_sub(1)?;
    let p = doc.tok_text(prev);
    let sentence_start = doc.sentences[doc.sentence_of[prev]].0;
    let placed = !tokens::is_capitalised(p) || prev == sentence_start;
    let when = matches!(
        &*doc.norm[prev],
        "former" | "ex" | "then" | "outgoing" | "incoming" | "retiring" | "acting" | "interim"
    );
    (m.kind == NameKind::Person
        && when
        && placed
        && doc.is_writer_word(prev)
        && doc.sentence_of[prev] == doc.sentence_of[m.toks.0]
        && !lexicon::is_short_honorific(title.slice(doc.text)))
    .then(|| Span {
        start: doc.toks[prev].span.start,
        end: title.end,
    })
}

/// "Cllr", "Sen.", "Gov.": a title short enough to be abbreviated is an office in full, so
/// a role before it is a second one ("group leader Cllr Jo Doe"), not its qualifier.
pub(super) fn is_abbreviated_title(word: &str) -> bool {
    let w = word.to_lowercase();
    w != "councilor" && lexicon::title_in_full(&w).is_some()
}

/// "Reform UK's Lee Grant", "Fianna Fáil's justice spokesman Jim O'Brien": a body's
/// possessive right before a person's name is their party or employer; anyone's before
/// their title is whose office it is ("Britain's Home Secretary Jo Doe").
pub(super) fn is_owner(doc: &Document, owner: &NameMention, person: &NameMention) -> bool {
    // "In October Colombia's President …": a run that opens with a date is no one's.
    let dated = lexicon::is_date_word(&doc.norm[owner.toks.0]);
    owner.possessive
        && !dated
        && (owner.kind == NameKind::Organisation || person.title.is_some())
        && person.kind == NameKind::Person
        && owner.toks.1 + 1 == person.toks.0
}

/// The body's name, or the body's and the title together ("Fianna Fáil's justice
/// spokesman").
pub(super) fn owned_role(doc: &Document, owner: &NameMention, person: &NameMention) -> Span {
    match person.title {
        Some(title) => Span {
            start: owner.full.start,
            end: title.end,
        },
        None => {
            let name = owner.name_text(doc.text);
            Span {
                start: owner.name.start,
                end: owner.name.start + name.len(),
            }
        }
    }
}

/// "the Health Secretary, Maria Lund, said", "Labour's health spokesman, Jim Smith, said": a
/// role ending in an office or a role noun, right before a person's name that commas set off.
/// It opens the sentence or its clause, or follows a determiner or a reporting verb ("said
/// the party's leader, Jo Doe."), so that "After meeting the minister, Jo Doe, …" does not
/// make Jo Doe the minister.
pub(super) fn role_before(doc: &Document, m: &NameMention) -> Option<Span> {
    // "Its leader, the Rev Amy Dube, said": "the" before a titled name.
    let first = match m.toks.0.checked_sub(1) {
        Some(the) if m.title.is_some() && doc.norm[the] == "the" => the,
        _ => m.toks.0,
    };
    // "The campaigner, Jo Kent, 43, said": an age after the name leaves the role before it
    // hers (any other appositive says who she is itself).
    let age_first = |a: Span| {
        let t = a.slice(doc.text).trim_start();
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3).contains(&digits) && matches!(t.as_bytes().get(digits), None | Some(b','))
    };
    // A party in brackets ("Jo Doe (Labour),") leaves it hers too.
    let bracketed = m
        .apposition_toks
        .is_some_and(|(open, _)| doc.tok_text(open) == "(");
    // So does a relative clause, which says what she did, not who she is ("The county's
    // commissioner, Jo Doe, who introduced the scheme, said").
    let relative = |a: Span| {
        let t = a.slice(doc.text).trim_start();
        let first = t.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        matches!(first, "who" | "whose")
    };
    if m.kind != NameKind::Person
        || m.apposition
            .is_some_and(|a| !age_first(a) && !bracketed && !relative(a))
        || m.possessive
        || first < 2
        || doc.tok_text(first - 1) != ","
        || !closes_role(doc, m.toks.1 + 1)
    {
        return None;
    }
    let last = first - 2;
    let sentence_start = doc.sentences[doc.sentence_of[last]].0;
    let is_head = |k: usize| {
        let w = &doc.norm[k];
        doc.is_writer_word(k)
            && !tokens::is_possessive(doc.tok_text(k))
            && (lexicon().is_title(w) || lexicon().is_role_noun(w))
    };
    // "the member for the area, Jo Doe,": the office, then what it is for or of (a few
    // words, no comma).
    let of_what = (last.saturating_sub(8).max(sentence_start + 1)..last)
        .rev()
        .take_while(|&k| doc.tok_text(k) != ",")
        .find(|&k| matches!(&*doc.norm[k], "for" | "of" | "on") && is_head(k - 1));
    // "The Liberal Democrat, Helen Okoro, said": a member of a party, named by it.
    if of_what.is_none() && is_party_member(doc, sentence_start, last) {
        return Some(doc.span_of(sentence_start, last));
    }
    let last = match of_what {
        Some(k) => k - 1,
        None if is_head(last) => last,
        None => return None,
    };
    let end = first - 2;
    let mut start = last;
    while start > sentence_start && last - start < 6 {
        let k = start - 1;
        let w = &doc.norm[k];
        // "The Greens’ drug spokeswoman": a plural possessive's owner, as "Britain's".
        let plural_owner = k > 0 && doc.is_plural_possessive(k) && doc.is_writer_word(k - 1);
        // "The U.S. Attorney": a full stop the document does not read as a sentence end
        // (as the appositive reads "B.C.'s provincial health officer").
        let inner_stop = k > 0
            && doc.tok_text(k) == "."
            && doc.is_writer_word(k - 1)
            && doc.sentence_of.get(k + 1) == Some(&doc.sentence_of[k]);
        if inner_stop {
            start = k - 1;
            continue;
        }
        if !doc.is_writer_word(k) && !plural_owner {
            break;
        }
        if lexicon::is_determiner(w) {
            start = k;
            break;
        }
        if plural_owner || tokens::is_possessive(doc.tok_text(k)) {
            // The owner's whole name: "The Scottish Drugs Forum's chief executive".
            start = if plural_owner { k - 1 } else { k };
            // Not an opening "But": "But Sinn Féin's spokesperson on drugs, Jo Doe,".
            let opening_conjunction = |k: usize| {
                k == sentence_start && matches!(&*doc.norm[k], "but" | "and" | "yet" | "so")
            };
            while start > sentence_start
                && k - start < 6
                && doc.is_writer_word(start - 1)
                && tokens::is_capitalised(doc.tok_text(start - 1))
                && !lexicon().is_title(&doc.norm[start - 1])
                && !opening_conjunction(start - 1)
            {
                start -= 1;
            }
            if start > sentence_start && lexicon::is_determiner(&doc.norm[start - 1]) {
                start -= 1;
            }
            break;
        }
        if stops_title(w) {
            break;
        }
        start = k;
    }
    // "But Opposition spokesman on security, Jo Doe, argued": after a conjunction that
    // opens the sentence, as at its start.
    let after_conjunction = start == sentence_start + 1
        && matches!(&*doc.norm[sentence_start], "but" | "and" | "yet" | "so");
    let opens = start == sentence_start
        || after_conjunction
        || matches!(doc.tok_text(start - 1), "," | ":" | ";" | "and" | "—" | "–")
        || doc.toks[start - 1].kind == TokKind::QuoteMark
        || lexicon().cue_at(&[&*doc.norm[start - 1]], 0).is_some()
        // "According to the union's leader, Amy Cole, …"
        || (start >= 2 && doc.according_to_at(start - 2));
    let determined = lexicon::is_determiner(&doc.norm[start])
        || tokens::is_possessive(doc.tok_text(start))
        || start == sentence_start
        || after_conjunction;
    (opens && determined).then(|| doc.span_of(start, end))
}

/// True when the sentence opens with "The" or "A" and one to three capitalised words up to
/// token `last` that name a member of a party ("The Liberal Democrat", "A Republican": the
/// party's plural, "Liberal Democrats", "Republicans", is a party the list knows).
pub(super) fn is_party_member(doc: &Document, sentence_start: usize, last: usize) -> bool {
    if !matches!(&*doc.norm[sentence_start], "the" | "a")
        || last
            .checked_sub(sentence_start)
            .is_none_or(|n| !(1..=3).contains(&n))
    {
        return false;
    }
    if !(sentence_start + 1..=last)
        .all(|k| doc.is_writer_word(k) && tokens::is_capitalised(doc.tok_text(k)))
    {
        return false;
    }
    let member = doc.span_of(sentence_start + 1, last).slice(doc.text);
    lexicon().member_party(member).is_some()
}

/// Whether token `k`, right after a name, closes the commas around it: a comma or a full
/// stop, perhaps after a parenthesis ("the justice minister, Jo Doe (Labour), wrote").
fn closes_role(doc: &Document, k: usize) -> bool {
    let k = if doc.tok_text(k) == "(" {
        match (k + 1..doc.toks.len().min(k + 6)).find(|&j| doc.tok_text(j) == ")") {
            Some(close) => close + 1,
            None => return false,
        }
    } else {
        k
    };
    matches!(doc.tok_text(k), "," | ".")
}

/// "Jane Doe of the Police Federation", "Jane Doe from the charity Release", "Jo Doe of the
/// police union said": where a person named without a title works, when it ends the phrase
/// (a comma, a full stop or a reporting verb after it): the name of `body`, the next name
/// after hers, or up to three lower-case words that end in a body's word. A body named stays
/// a name of its own (and `mentions::find` makes it a body's, whatever its form).
pub(super) fn affiliation(
    doc: &Document,
    person: &NameMention,
    body: Option<&NameMention>,
) -> Option<Span> {
    let link = person.toks.1 + 1;
    // Only a name within the phrase's reach (the link, an article, three words) can be the
    // body: one further on is someone else, later in the article.
    let body = body.filter(|b| b.toks.0 <= link + 5);
    // A name right after "of" is the body whatever its form ("Jo Doe of Bright Blue said");
    // after an article and a description, one introduced as a body already is one.
    if person.kind != NameKind::Person
        || body.is_some_and(|b| b.kind == NameKind::Person && b.toks.0 != link + 1)
        || person.office.is_some()
        || person.apposition.is_some()
        || person.possessive
    {
        return None;
    }
    if !doc.is_writer_word(link) || !lexicon::is_workplace_link(&doc.norm[link]) {
        return None;
    }
    // An article, then at most three words of what the body is, the last a body's word ("the
    // charity", "the think tank", "the drugs charity", "a drug policy group").
    let mut k = link + 1;
    if doc.norm.get(k).is_some_and(|w| matches!(&**w, "the" | "a")) {
        k += 1;
    }
    let kind_end = (k..k + 3)
        .take_while(|&j| doc.is_writer_word(j) && !tokens::is_capitalised(doc.tok_text(j)))
        .filter(|&j| lexicon().is_org_head(&doc.norm[j]))
        .last();
    let end = match body.filter(|b| b.toks.0 == kind_end.map_or(k, |h| h + 1)) {
        // "of the Eastvale clinic": the body's common noun after its name ends the phrase.
        Some(b) => body_noun_after(doc, b.toks.1 + 1, 2).unwrap_or(b.toks.1),
        None => kind_end?,
    };
    let next = end + 1;
    let ends = next >= doc.toks.len()
        || doc.para_of[next] != doc.para_of[link]
        || doc.toks[next].kind != TokKind::Word
        || lexicon().cue_at(&[&*doc.norm[next]], 0).is_some();
    (doc.para_of[end] == doc.para_of[link] && ends).then(|| doc.span_of(link, end))
}

/// The last of up to `most` lower-case words from token `from` that is a body's head noun
/// ("police union", "drugs advice service", "clinic"), the words before it plain words of the
/// body's description (no article, preposition or verb: "of Eastvale said the council" is no
/// office).
pub(super) fn body_noun_after(doc: &Document, from: usize, most: usize) -> Option<usize> {
    (from..from + most)
        .take_while(|&j| {
            doc.is_writer_word(j)
                && !tokens::is_capitalised(doc.tok_text(j))
                && !stops_title(&doc.norm[j])
        })
        .filter(|&j| lexicon().is_org_head(&doc.norm[j]))
        .last()
}

/// Words a lower-case title may not contain.
fn stops_title(w: &str) -> bool {
    lexicon::is_determiner(w)
        || matches!(
            w,
            "with"
                | "by"
                | "to"
                | "from"
                | "in"
                | "on"
                | "at"
                | "as"
                | "that"
                | "but"
                | "or"
                | "said"
                | "says"
                | "told"
                | "is"
                | "was"
                | "were"
                | "are"
                | "has"
                | "have"
                | "had"
                | "of"
                | "for"
                | "after"
                | "before"
                | "while"
                | "when"
                | "who"
                | "which"
                | "according"
        )
        || lexicon().cue_at(&[w], 0).is_some()
}

/// Whether token `k` is the writer's word for a role or a title, not a possessive ("the
/// spokesman" and "minister", not "the minister's").
pub(super) fn is_role_word(doc: &Document, k: usize) -> bool {
    let w = &doc.norm[k];
    doc.is_writer_word(k)
        && lexicon().is_role_or_title(w)
        && !tokens::is_possessive(doc.tok_text(k))
}

/// Token range of lower-case role words ending right before token `at`.
pub(super) fn lower_title_before(doc: &Document, at: usize) -> Option<(usize, usize)> {
    if at == 0 {
        return None;
    }
    let is_role = |k: usize| is_role_word(doc, k);
    // What follows a role's word is the role's: its portfolio, a few lower-case words after
    // "on" or "for" ("Labour spokesperson on justice Jo Doe"), or where it is held, a place
    // after "in" ("Russia's envoy in Vienna Jo Doe").
    let portfolio = (at.saturating_sub(4)..at.saturating_sub(1))
        .rev()
        .find(|&k| {
            let lower_words = || {
                (k + 1..at).all(|j| {
                    doc.is_writer_word(j)
                        && doc.toks[j].kind == TokKind::Word
                        && !tokens::is_capitalised(doc.tok_text(j))
                })
            };
            let place = || lexicon().is_place(doc.span_of(k + 1, at - 1).slice(doc.text));
            k > 0
                && is_role(k - 1)
                && match &*doc.norm[k] {
                    "on" | "for" => lower_words(),
                    "in" => place(),
                    _ => false,
                }
        });
    let sentence_start = doc.sentences[doc.sentence_of[at]].0;
    // "Inspector General of Police (IGP) Usman Baba": an office whose initials follow it in
    // brackets; the office's run of capitals holds a title.
    let bracketed_office = acronym_in_brackets_before(doc, at, sentence_start).filter(|&open| {
        (open.saturating_sub(6).max(sentence_start)..open).any(|k| {
            doc.is_writer_word(k)
                && tokens::is_capitalised(doc.tok_text(k))
                && lexicon().is_title(&doc.norm[k])
        })
    });
    // The role's last word before any office initials or portfolio; the role runs to `at`.
    let adjacent = match (bracketed_office, portfolio) {
        (Some(open), _) => open - 1,
        (None, Some(k)) => k - 1,
        (None, None) => at - 1,
    };
    if bracketed_office.is_none() && !is_role(adjacent) {
        return None;
    }
    let mut start = adjacent;
    while start > sentence_start && adjacent - start < 7 {
        let k = start - 1;
        // "Jo Doe and NUAA chief executive Mary Ellis", "Premier Ann Hodgman and Police
        // Minister Jo Shelton": a name before "and" that is no body's is a list.
        if &*doc.norm[k] == "and"
            && k >= 1
            && is_person_like(doc, &[k - 1])
            && !lexicon().is_title_modifier(&doc.norm[k - 1])
        {
            break;
        }
        // "Department of Health spokesman Jo Doe": a body's name with "of" or "for" in it.
        let connects = lexicon::is_name_connector(&doc.norm[k])
            && k > sentence_start
            && doc.is_writer_word(k - 1)
            && tokens::is_capitalised(doc.tok_text(start))
            && tokens::is_capitalised(doc.tok_text(k - 1));
        if connects {
            start = k;
            continue;
        }
        if adjacent - start >= 5 {
            break;
        }
        // "the Assembly passed Labor backbencher Jo Doe's bill": a verb in the past ends it
        // ("retired police officer Jo Doe" does not).
        let w = &doc.norm[k];
        let past = w.ends_with("ed")
            && !tokens::is_capitalised(doc.tok_text(k))
            && !matches!(
                &**w,
                "retired" | "elected" | "appointed" | "qualified" | "unelected"
            );
        if !doc.is_writer_word(k)
            || stops_title(w)
            || past
            || tokens::is_possessive(doc.tok_text(k))
        {
            break;
        }
        start = k;
    }
    Some((start, at - 1))
}

/// The opening bracket of "(IGP)" when the tokens right before token `at` are initials in
/// brackets after a capitalised word, all after `floor`. (A body's initials after its name,
/// "Conservative Party of Canada (CPC) leader Jo Doe", stay the body's: its name is a
/// mention of its own, which the initials then name too.)
fn acronym_in_brackets_before(doc: &Document, at: usize, floor: usize) -> Option<usize> {
    let close = at.checked_sub(1)?;
    let open = close.checked_sub(2)?;
    (open > floor
        && doc.tok_text(close) == ")"
        && doc.tok_text(open) == "("
        && is_acronym(doc.tok_text(open + 1))
        && doc.is_writer_word(open - 1)
        && tokens::is_capitalised(doc.tok_text(open - 1)))
    .then_some(open)
}
