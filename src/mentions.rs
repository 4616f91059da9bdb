//! Names in the writer's text: people, organisations and their titles and appositives.
//!
//! A name is a run of capitalised words, with connectors inside ("Centre for Social
//! Justice", "Department of Health and Social Care"). Titles are split off ("State
//! Representative | Rachel Talbot-Ross", "Meagan Sway | Policy Director of ACLU of Maine"),
//! lower-case role words before a name are kept as its title ("shadow chancellor Rachel
//! Reeves"), and an appositive after it is kept as its description ("Ed Davies, director of
//! policy at the Centre for Social Justice, said"). Words inside quotation marks are the
//! speakers' own and are not searched.

use crate::document::Document;
use crate::lexicon::{self, lexicon};
use crate::span::Span;
use crate::tokens::{self, TokKind};

/// What a name names, as far as its form tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    /// A person ("Louis Stephen", "Mr Davies").
    Person,
    /// An organisation ("Home Office", "HSCC", "Labour").
    Organisation,
    /// One capitalised word: a surname, a place or an organisation ("Whitham", "Maine").
    Unknown,
}

/// A name found in the writer's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameMention {
    /// The name itself ("Rachel Talbot-Ross", "Health and Social Care Committee").
    pub name: Span,
    /// The whole mention, title included ("State Representative Rachel Talbot-Ross").
    pub full: Span,
    /// First and last token of `full`.
    pub toks: (usize, usize),
    /// A title before the name ("State Representative", "shadow chancellor").
    pub title: Option<Span>,
    /// An office after the name, without a comma ("Policy Director of ACLU of Maine").
    pub office: Option<Span>,
    /// An appositive after a comma ("director of policy at the Centre for Social Justice").
    pub apposition: Option<Span>,
    /// A role set off by commas before the name ("the Health Secretary, Maria Lund, said").
    pub role_before: Option<Span>,
    /// Token range of the appositive, commas included (for skipping it).
    pub apposition_toks: Option<(usize, usize)>,
    /// Person, organisation or unknown.
    pub kind: NameKind,
    /// True when written with a possessive ending ("the Committee’s report").
    pub possessive: bool,
    /// The canonical party name, when the name is a political party.
    pub party: Option<&'static str>,
}

impl NameMention {
    /// The name's words, possessive removed.
    pub fn name_text<'t>(&self, text: &'t str) -> &'t str {
        tokens::strip_possessive(self.name.slice(text))
    }
}

/// Where a name that an acronym in brackets follows starts, when its capitalised run
/// (tokens `i..=end`) is only the name's end: the first of at most ten tokens before it
/// from which the initials of the name's words (lower-case connectors and short words left
/// out) spell the acronym. `None` when the run spells it alone, or nothing does.
fn acronym_start(doc: &Document, i: usize, end: usize) -> Option<usize> {
    if doc.tok_text(end + 1) != "(" || doc.toks.get(end + 3).is_none() {
        return None;
    }
    let acronym = doc.tok_text(end + 2);
    if !is_acronym(acronym) || doc.tok_text(end + 3) != ")" {
        return None;
    }
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_uppercase())
        .flat_map(char::to_lowercase)
        .collect();
    // The initials of the words from `from` to the end.
    let spells = |from: usize| {
        let mut initials = (from..=end)
            .filter(|&k| doc.toks[k].kind == TokKind::Word)
            .filter(|&k| {
                let raw = doc.tok_text(k);
                tokens::is_capitalised(raw)
                    || !(lexicon::is_name_connector(&doc.norm[k]) || raw.chars().count() <= 3)
            })
            .filter_map(|k| doc.norm[k].chars().next());
        letters.iter().all(|&c| initials.next() == Some(c)) && initials.next().is_none()
    };
    if spells(i) {
        return None;
    }
    // A comma may be one of the name's ("the Health, Social Care and Sport Committee
    // (HSCSC)").
    let floor = doc.sentences[doc.sentence_of[i]]
        .0
        .max(i.saturating_sub(10));
    (floor..i)
        .rev()
        .take_while(|&k| doc.is_writer_word(k) || doc.tok_text(k) == ",")
        .filter(|&k| tokens::is_capitalised(doc.tok_text(k)))
        .find(|&k| spells(k))
}

/// Finds every name in the writer's text, in order.
pub fn find(doc: &Document) -> Vec<NameMention> {
    let mut out = Vec::new();
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        if !starts_name(doc, i) {
            i += 1;
            continue;
        }
        if let Some(mark) = dateline_end(doc, i) {
            i = mark;
            continue;
        }
        let end = run_end(doc, i);
        let next = end + 1;
        // "the Association des intervenants en dépendance du Québec (AIDQ)": the initials in
        // brackets say where a name with lower-case words in it starts.
        if let Some(start) = acronym_start(doc, i, end) {
            out.retain(|m: &NameMention| m.toks.1 < start);
            let words: Vec<usize> = (start..=end)
                .filter(|&k| doc.toks[k].kind == TokKind::Word)
                .collect();
            for mut m in split_run(doc, &words) {
                m.kind = NameKind::Organisation;
                out.push(m);
            }
            i = next;
            continue;
        }
        // "Rep. Jo Doe, D-El Paso, said": a party and a place, no one's name ("D-Day
        // Veterans Association" is one).
        let party_tag = lexicon::party_and_place(doc.tok_text(i)).is_some()
            && !(i..=end).any(|k| lexicon().is_org_head(&doc.norm[k]));
        // "Gov. Jo Doe (R) said", "Cllr Jo Doe (Lab, Westfield) said": the party, and
        // the ward after it.
        let party_initial = i > 0 && doc.tok_text(i - 1) == "(" && is_bracketed_party(doc, i - 1);
        let ward = i > 2
            && doc.tok_text(i - 1) == ","
            && doc.tok_text(i - 3) == "("
            && is_bracketed_party(doc, i - 3);
        if party_tag || party_initial || ward {
            i = next;
            continue;
        }
        let mut words: Vec<usize> = (i..=end)
            .filter(|&k| doc.toks[k].kind == TokKind::Word)
            .collect();
        // A capital that only starts the sentence ("The", "Meanwhile", "Supporters") is not a name.
        while let Some(&first) = words.first() {
            let sentence_start = doc.sentences[doc.sentence_of[first]].0;
            let at_start = first == sentence_start || is_after_opening(doc, first);
            let w = &doc.norm[first];
            let titled =
                words.len() > 1 && (lexicon().is_title(w) || lexicon().is_title_modifier(w));
            let lone_title = words.len() == 1
                && (lexicon().is_title(w) || lexicon().is_title_modifier(w))
                && lexicon().party(w).is_none();
            // "People Before Profit's Gino Kenny": a party's name opens with a common word
            // (looked up only for a common word at a sentence's start).
            let opens_party = || {
                (1..words.len().min(5)).any(|n| {
                    names_party(tokens::strip_possessive(
                        doc.span_of(first, words[n]).slice(doc.text),
                    ))
                })
            };
            // "Tough-talking Mike Barton", "Long-serving Jo Doe": a compound adjective before
            // a person's name (a name's hyphen joins capitals: "Talbot-Ross").
            let adjective = words.len() > 1
                && doc
                    .tok_text(first)
                    .split_once('-')
                    .is_some_and(|(before, after)| {
                        after.starts_with(|c: char| c.is_lowercase())
                            && ![before, after].iter().any(|part| {
                                let part = part.to_lowercase();
                                lexicon().is_title(&part) || lexicon().is_role_noun(&part)
                            })
                    })
                && is_person_like(doc, &words[1..]);
            // "House Republican Leader Jo Doe", "Council Leader Jo Doe": a body's word before
            // an office opens the title.
            let heads_office = words.len() > 2
                && lexicon().is_org_head(w)
                && words[1..words.len() - 1]
                    .iter()
                    .take(3)
                    .any(|&k| lexicon().is_title(&doc.norm[k]));
            let drop = adjective
                || (at_start
                    && lexicon().is_known_word(w)
                    && !titled
                    && !heads_office
                    && !opens_party())
                || (at_start && words.len() == 1 && is_opening_adverbial(doc, first))
                || (at_start && lone_title)
                || matches!(&**w, "the" | "a" | "an")
                // A capital pronoun alone is no one's name, even where the sentence
                // splitter missed the start ("… voted no. She said"), and "I" never is
                // ("When the law changed I thought …").
                || (words.len() == 1 && (lexicon::pronoun(w).is_some() || w == "i"))
                || (lexicon::is_name_connector(w) && !tokens::is_capitalised(doc.tok_text(first)));
            if !drop {
                break;
            }
            words.remove(0);
        }
        // Trailing connectors ("of the") are not part of the name.
        while words.last().is_some_and(|&k| {
            lexicon::is_name_connector(&doc.norm[k]) && !tokens::is_capitalised(doc.tok_text(k))
        }) {
            words.pop();
        }
        if !words.is_empty() {
            for m in split_run(doc, &words) {
                out.push(m);
            }
        }
        i = next;
    }
    // A capitalised word that turned out to open a later name's title ("City councillor
    // and parliamentary candidate Louis Stephen") is not a name of its own.
    let mut titles: Vec<Span> = out.iter().filter_map(|m| m.title).collect();
    crate::sort::sort(&mut titles);
    out.retain(|m| {
        let i = titles.partition_point(|t| t.start <= m.full.start);
        !titles[i.saturating_sub(2)..i]
            .iter()
            .any(|t| t.contains(m.full))
    });
    for i in 1..out.len() {
        let (before, after) = out.split_at_mut(i);
        if let Some(office) = affiliation(doc, &before[i - 1], &after[0]) {
            before[i - 1].office = Some(office);
        }
    }
    for i in 0..out.len() {
        let role = match i.checked_sub(1).map(|p| &out[p]) {
            Some(owner) if is_owner(doc, owner, &out[i]) => Some(owned_role(doc, owner, &out[i])),
            _ => role_before(doc, &out[i])
                .or_else(|| {
                    // "chief constable Sir Mark Webb": the office before an honorific;
                    // "group leader Cllr Jo Doe": before an abbreviated title;
                    // "police spokesperson Captain Jo Doe": before a rank.
                    let m = &out[i];
                    let honorific = m.title.is_some_and(|t| {
                        let t = t.slice(doc.text);
                        lexicon::is_honorific(t) || is_abbreviated_title(t) || lexicon::is_rank(t)
                    });
                    (honorific && m.kind == NameKind::Person)
                        .then(|| lower_title_before(doc, m.toks.0))
                        .flatten()
                        .map(|(a, b)| doc.span_of(a, b))
                })
                .or_else(|| qualified_title(doc, &out[i]))
                .or_else(|| former_title(doc, &out[i])),
        };
        out[i].role_before = role;
    }
    out
}

/// "attorney General Jo Doe", "State’s Attorney Jo Doe": a one-word title with the word
/// before it that the name's capitals left out ("General" alone would mislead): a lower-case
/// office, or a possessive that is no name of its own (one that is, is the title's owner:
/// [`is_owner`]).
fn qualified_title(doc: &Document, m: &NameMention) -> Option<Span> {
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
fn former_title(doc: &Document, m: &NameMention) -> Option<Span> {
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
fn is_abbreviated_title(word: &str) -> bool {
    let w = word.to_lowercase();
    w != "councilor" && lexicon::title_in_full(&w).is_some()
}

/// "Reform UK's Lee Grant", "Fianna Fáil's justice spokesman Jim O'Brien": a body's
/// possessive right before a person's name is their party or employer; anyone's before
/// their title is whose office it is ("Britain's Home Secretary Jo Doe").
fn is_owner(doc: &Document, owner: &NameMention, person: &NameMention) -> bool {
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
fn owned_role(doc: &Document, owner: &NameMention, person: &NameMention) -> Span {
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
fn role_before(doc: &Document, m: &NameMention) -> Option<Span> {
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
fn is_party_member(doc: &Document, sentence_start: usize, last: usize) -> bool {
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
    let plural = match member.strip_suffix('y') {
        Some(stem) => format!("{stem}ies"),
        None => format!("{member}s"),
    };
    lexicon().party(&plural).is_some()
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

/// "Jane Doe of the Police Federation", "Jane Doe from the charity Release": where a person
/// named without a title works, when the body's name follows hers and ends the phrase (a
/// comma, a full stop or a reporting verb after it). The body stays a name of its own.
fn affiliation(doc: &Document, person: &NameMention, body: &NameMention) -> Option<Span> {
    if person.kind != NameKind::Person
        || body.kind == NameKind::Person
        || person.office.is_some()
        || person.apposition.is_some()
        || person.possessive
    {
        return None;
    }
    let link = person.toks.1 + 1;
    if !doc.is_writer_word(link) || !matches!(&*doc.norm[link], "of" | "from" | "at") {
        return None;
    }
    // "the", then at most three words of what the body is, the last a body's word ("the
    // charity", "the think tank", "the drugs charity", "the drug policy group").
    let mut k = link + 1;
    if doc.norm.get(k).is_some_and(|w| &**w == "the") {
        k += 1;
    }
    let kind_from = k;
    while k < body.toks.0
        && k - kind_from < 3
        && doc.is_writer_word(k)
        && !tokens::is_capitalised(doc.tok_text(k))
    {
        k += 1;
    }
    if k > kind_from && !lexicon().is_org_head(&doc.norm[k - 1]) {
        return None;
    }
    let end = body.toks.1;
    let next = end + 1;
    let ends = next >= doc.toks.len()
        || doc.para_of[next] != doc.para_of[link]
        || doc.toks[next].kind != TokKind::Word
        || lexicon().cue_at(&[&*doc.norm[next]], 0).is_some();
    (k == body.toks.0 && doc.para_of[end] == doc.para_of[link] && ends)
        .then(|| doc.span_of(link, end))
}

/// A sentence's first word that opens an adverbial rather than naming someone
/// ("Ultimately, …", "Reacting to the vote, …", "Referring to the report, …"): an adverb's
/// ending, or a participle followed by a lower-case word that is not a reporting verb
/// ("Manning said" is a name).
fn is_opening_adverbial(doc: &Document, k: usize) -> bool {
    let w = &*doc.norm[k];
    const ADVERB_ENDINGS: &[&str] = &["ally", "ately", "ively", "ously", "fully", "ingly", "edly"];
    if ADVERB_ENDINGS.iter().any(|e| w.ends_with(e)) && w.chars().count() > 6 {
        return true;
    }
    let participle = (w.ends_with("ing") || w.ends_with("ed")) && w.chars().count() > 4;
    let next_lower = doc.toks.get(k + 1).is_some_and(|t| {
        t.kind == TokKind::Word
            && !tokens::is_capitalised(doc.tok_text(k + 1))
            && !tokens::is_all_caps(doc.tok_text(k + 1))
    });
    // The few words a cue can take (bounded: this runs for every sentence).
    let after: Vec<&str> = (k + 1..(k + 5).min(doc.norm.len()))
        .map(|j| &*doc.norm[j])
        .collect();
    // "Led by …", "Backed by …": a passive participle, however short.
    let passive = w.ends_with("ed") && doc.norm.get(k + 1).is_some_and(|n| &**n == "by");
    passive || participle && next_lower && lexicon().cue_at(&after, 0).is_none()
}

fn is_after_opening(doc: &Document, i: usize) -> bool {
    i > 0 && doc.toks[i - 1].kind == TokKind::QuoteMark
}

fn is_name_word(doc: &Document, k: usize) -> bool {
    let t = doc.tok_text(k);
    doc.is_writer_word(k) && (tokens::is_capitalised(t) || tokens::is_all_caps(t))
}

fn starts_name(doc: &Document, i: usize) -> bool {
    is_name_word(doc, i)
        && !doc
            .tok_text(i)
            .chars()
            .next()
            .is_some_and(|c| c.is_numeric())
}

/// Last token of the capitalised run starting at `i`.
fn run_end(doc: &Document, i: usize) -> usize {
    let mut last = i;
    let mut k = i;
    let para = doc.para_of[i];
    // The run's words so far, and whether one is an organisation's head, kept as the run
    // grows (recounting them at every connector made a long run quadratic).
    let mut so_far: Vec<usize> = Vec::new();
    let mut scanned = i;
    let mut org_head_so_far = false;
    loop {
        let next = k + 1;
        if tokens::is_possessive(doc.tok_text(k)) {
            // "the Northshire Sheriff's Office", "Children's Hospital": an office's or a
            // people's possessive inside a body's name ("Labour's Ann Smith" is two names).
            let owner = tokens::strip_possessive(&doc.norm[k]);
            let of_office = lexicon().is_title(owner)
                || lexicon().is_role_noun(owner)
                || matches!(owner, "children" | "women" | "men" | "people");
            if of_office
                && doc.para_of.get(next) == Some(&para)
                && is_name_word(doc, next)
                && lexicon().is_org_head(&doc.norm[next])
            {
                k = next;
                last = k;
                continue;
            }
            return last;
        }
        if next >= doc.toks.len() || doc.para_of[next] != para {
            return last;
        }
        // "Dr. Jane Smith": a title abbreviation's full stop.
        if doc.tok_text(next) == "."
            && lexicon().is_title(&doc.norm[k])
            && is_name_word(doc, next + 1)
        {
            k = next + 1;
            last = k;
            continue;
        }
        // A full stop inside a name: a middle initial's ("Martin J. Walsh", "Amber E.
        // Senter") or a saint's ("Allen St. Pierre", "Mary St. John").
        let initial = doc.tok_text(next) == "." && is_initial(doc.tok_text(k)) && k > i;
        if (initial || is_saint(doc, k))
            && is_name_word(doc, next + 1)
            && !lexicon().is_known_word(&doc.norm[next + 1])
            && doc.para_of.get(next + 1) == Some(&para)
        {
            k = next + 1;
            last = k;
            continue;
        }
        // "Premier David Eby Friday said": a day ends the name, unless a name goes on after it
        // ("Good Friday Agreement").
        let date_then_not_name = lexicon::is_date_word(&doc.norm[next])
            && !(doc.para_of.get(next + 1) == Some(&para) && is_name_word(doc, next + 1));
        if is_name_word(doc, next) && !date_then_not_name {
            k = next;
            last = k;
            continue;
        }
        // "Mario “Toto” dela Paz": a nickname in quotation marks inside a person's name,
        // then the surname (after its particle).
        if let Some(after) = nickname_end(doc, next) {
            let particle = lexicon::is_surname_particle(doc.tok_text(after));
            let surname = if particle { after + 1 } else { after };
            if doc.para_of.get(surname) == Some(&para) && is_name_word(doc, surname) {
                k = surname;
                last = k;
                continue;
            }
        }
        // "Lothian Tenants’ Union": a plural possessive inside a name.
        if next == k + 1
            && doc.is_plural_possessive(next)
            && is_name_word(doc, next + 1)
            && doc.para_of.get(next + 1) == Some(&para)
        {
            k = next + 1;
            last = k;
            continue;
        }
        // Connectors inside a name: up to two, then a capitalised word. Not after a
        // person's full name ("Ann Lee of the University of Leeds" is a person and an
        // affiliation), and not before a date ("Bob Ray on Wednesday").
        for w in scanned..=last {
            if doc.toks[w].kind == TokKind::Word {
                so_far.push(w);
                org_head_so_far |= lexicon().is_org_head(tokens::strip_possessive(&doc.norm[w]));
            }
        }
        scanned = last + 1;
        // "Coalition to Fix and Improve Measure 110", "Campaign to End Prohibition": a body
        // named for its purpose. Only right after its head, and not before a place ("sent
        // the Commission to Brussels").
        let head_last = lexicon().is_org_head(tokens::strip_possessive(&doc.norm[last]));
        if head_last
            && doc.norm[next] == "to"
            && !tokens::is_capitalised(doc.tok_text(next))
            && doc.para_of.get(next + 1) == Some(&para)
            && is_name_word(doc, next + 1)
            && !lexicon().is_place(doc.tok_text(next + 1))
            && !lexicon::is_date_word(&doc.norm[next + 1])
        {
            k = next + 1;
            last = k;
            continue;
        }
        // "… Improve Measure 110": a ballot measure's number inside a body's name.
        if org_head_so_far
            && is_measure_word(&doc.norm[last])
            && doc.tok_text(next).bytes().all(|b| b.is_ascii_digit())
        {
            return next;
        }
        // A surname's particle goes on with the name ("Senator Ledama ole Kina").
        let particle = lexicon::is_surname_particle(doc.tok_text(next))
            && !tokens::is_capitalised(doc.tok_text(next));
        // "Mental Health and Addictions Minister Jo Doe": a portfolio of two parts.
        let portfolio = doc.norm[next] == "and"
            && lexicon().is_title_modifier(&doc.norm[last])
            && (next + 1..doc.toks.len().min(next + 4))
                .any(|k| doc.para_of[k] == para && is_title_word(doc, k));
        if so_far.len() >= 2 && is_person_like(doc, &so_far) && !particle && !portfolio {
            return last;
        }
        let mut j = next;
        let mut connectors = 0;
        while j < doc.toks.len()
            && connectors < 2
            && doc.para_of[j] == para
            && (doc.is_writer_word(j) || doc.tok_text(j) == "&")
            && (lexicon::is_name_connector(&doc.norm[j]))
            && !tokens::is_capitalised(doc.tok_text(j))
        {
            j += 1;
            connectors += 1;
        }
        // A bare "the" links nothing ("told the Senate the Government was …"); only after
        // another connector ("Department of the Taoiseach").
        let bare_the = j > next && &*doc.norm[next] == "the";
        // "on" and "in" link only a body's name ("Commission on Drug Policy"); after a
        // person's name they start an adjunct ("Doe on Twitter", "Doe in North Shire").
        let adjunct = (next..j).any(|c| matches!(&*doc.norm[c], "on" | "in")) && !org_head_so_far;
        if connectors > 0
            && !adjunct
            && !bare_the
            && j < doc.toks.len()
            && doc.para_of[j] == para
            && is_name_word(doc, j)
            && !lexicon::is_date_word(&doc.norm[j])
        {
            k = j;
            last = j;
            continue;
        }
        return last;
    }
}

/// The token after a nickname that opens at token `i`: an opening quotation mark, one or
/// two capitalised words, the closing mark.
fn nickname_end(doc: &Document, i: usize) -> Option<usize> {
    let opens = doc.toks.get(i)?.kind == TokKind::QuoteMark;
    let words = (i + 1..doc.toks.len().min(i + 3))
        .take_while(|&k| {
            doc.toks[k].kind == TokKind::Word && tokens::is_capitalised(doc.tok_text(k))
        })
        .count();
    let close = i + 1 + words;
    (opens && words > 0 && doc.toks.get(close)?.kind == TokKind::QuoteMark).then_some(close + 1)
}

/// A word a ballot measure's number follows ("Measure 110", "Proposition 64").
fn is_measure_word(w: &str) -> bool {
    matches!(
        w,
        "measure" | "proposition" | "prop" | "amendment" | "question" | "initiative" | "issue"
    )
}

/// "St." or "Ste." with its full stop: a saint's name inside a person's ("Allen St. Pierre").
fn is_saint(doc: &Document, k: usize) -> bool {
    matches!(&*doc.norm[k], "st" | "ste") && doc.tok_text(k + 1) == "."
}

/// One capital letter ("J" of "Martin J. Walsh").
fn is_initial(t: &str) -> bool {
    let mut c = t.chars();
    c.next().is_some_and(char::is_uppercase) && c.next().is_none()
}

/// Whether words name a party, or its member ("Labour", "Conservative", "Liberal Democrat").
fn names_party(words: &str) -> bool {
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

fn is_title_word(doc: &Document, k: usize) -> bool {
    (lexicon().is_title(&doc.norm[k]) || is_second_title_word(doc, k))
        && !tokens::is_possessive(doc.tok_text(k))
        && (tokens::is_all_caps(doc.tok_text(k)) || !lexicon().is_initialism(&doc.norm[k]))
}

/// Titles of two words whose second is a title only after the first: "Council Member Jo
/// Doe", "Assembly Member", "Board Member" ("a member of the board" and "Member States" are
/// none); the Malaysian "Tan Sri" and "Puan Sri" ("Sri Lanka" is a place); a role after a
/// title's qualifier ("Staff Nurse").
fn is_second_title_word(doc: &Document, k: usize) -> bool {
    let after = |firsts: &[&str]| {
        k > 0 && firsts.contains(&&*doc.norm[k - 1]) && tokens::is_capitalised(doc.tok_text(k - 1))
    };
    match &*doc.norm[k] {
        "member" => after(&["council", "assembly", "board", "committee"]),
        "sri" => after(&["tan", "puan"]),
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

/// "DENVER (AP) —", "MONTREAL --", "PORTLAND, Ore. (KPTV) -", "DOUGLAS COUNTY, Ore. –": the
/// words in capitals a paragraph opens with, before a parenthesis or a dash (a state's
/// abbreviation may come between), are the dateline's place, not a name. The parenthesis or
/// dash after them, when token `k` opens such a dateline.
fn dateline_end(doc: &Document, k: usize) -> Option<usize> {
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

/// Whether token `k` is a word that ends a body's name ("Trust", "Council"). "NGO" is
/// one only in capitals: "Ngo" is a surname.
fn heads_body(doc: &Document, k: usize) -> bool {
    let w = tokens::strip_possessive(&doc.norm[k]);
    lexicon().is_org_head(w) && (w != "ngo" || tokens::is_all_caps(doc.tok_text(k)))
}

/// Plausible person name: 1–4 capitalised words, no titles, organisation heads or connectors.
/// A lede's first word may be in capitals ("JANE Doe has become…").
fn is_person_like(doc: &Document, words: &[usize]) -> bool {
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
fn is_surname_word(doc: &Document, k: usize) -> bool {
    tokens::is_capitalised(doc.tok_text(k)) && lexicon().is_surname_word(&doc.norm[k])
}

/// A first name and a surname that is also what ends a body's name ("Dr Mary House",
/// "Professor Jo Church"), or the surname alone after "Dr", "Ms" or "Prof." ("Dr House"):
/// after a title, a person. Only heads that are common surnames ("Justice Action Network"
/// is a body).
fn is_titled_surname(doc: &Document, words: &[usize]) -> bool {
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

/// A peer's title ("Lord", "Baroness"): a territorial designation may follow the name.
fn is_peerage(doc: &Document, k: usize) -> bool {
    crate::speakers::PEERAGES.contains(&doc.tok_text(k))
}

/// A title or a surname's particle that is also a first name ("Dean Barrow", "Prime
/// Minister Dean Barrow", "Al Gore").
fn is_first_name_too(w: &str) -> bool {
    // "Al Gore", "Van Johnson", "Di Fox": written with a capital at a name's start, these
    // particles are first names.
    matches!(w, "dean" | "al" | "van" | "di" | "del")
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

/// "Junior", "Senior" (lower case) after a full name: the generation, part of the name.
fn is_generation(w: &str) -> bool {
    matches!(w, "junior" | "senior")
}

/// Splits a run into title, name and office, and classifies the name.
fn split_run(doc: &Document, words: &[usize]) -> Vec<NameMention> {
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
        office: office.map(|(a, b)| doc.span_of(a, b)),
        apposition,
        apposition_toks,
        role_before: None,
        kind,
        possessive,
        party,
    }]
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

/// How many of `words` (a run of capitals) are a place that a role's "on" or "for" before
/// the run is about, when a person's name follows it ("spokesman on Wales David Jones").
fn portfolio_place(doc: &Document, words: &[usize]) -> Option<usize> {
    let first = words[0];
    let about = first >= 2
        && matches!(&*doc.norm[first - 1], "on" | "for")
        && is_role_word(doc, first - 2)
        && !tokens::is_capitalised(doc.tok_text(first - 2));
    if !about {
        return None;
    }
    (1..words.len().saturating_sub(1).min(4)).find(|&n| {
        lexicon().is_place(doc.span_of(first, words[n - 1]).slice(doc.text))
            && is_person_like(doc, &words[n..])
    })
}

/// Whether token `k` is the writer's word for a role or a title, not a possessive ("the
/// spokesman" and "minister", not "the minister's").
fn is_role_word(doc: &Document, k: usize) -> bool {
    let w = &doc.norm[k];
    doc.is_writer_word(k)
        && (lexicon().is_role_noun(w) || lexicon().is_title(w))
        && !tokens::is_possessive(doc.tok_text(k))
}

/// Token range of lower-case role words ending right before token `at`.
fn lower_title_before(doc: &Document, at: usize) -> Option<(usize, usize)> {
    if at == 0 {
        return None;
    }
    let is_role = |k: usize| is_role_word(doc, k);
    // "Labour spokesperson on justice Jo Doe": a role's portfolio, a few lower-case words
    // after "on" or "for", is the role's.
    let portfolio = (at.saturating_sub(4)..at.saturating_sub(1))
        .rev()
        .find(|&k| {
            k > 0
                && matches!(&*doc.norm[k], "on" | "for")
                && is_role(k - 1)
                && (k + 1..at).all(|j| {
                    doc.is_writer_word(j)
                        && doc.toks[j].kind == TokKind::Word
                        && !tokens::is_capitalised(doc.tok_text(j))
                })
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

/// Whether the parenthesis that opens at token `open` holds a party ("(D)", "(R-Fla.)",
/// "(Lab)", "(Con, Westfield)"), a few tokens at most.
fn is_bracketed_party(doc: &Document, open: usize) -> bool {
    let close = (open + 2..doc.toks.len().min(open + 7)).find(|&k| doc.tok_text(k) == ")");
    close.is_some_and(|close| holds_party(doc, open, close))
}

/// Whether the parenthesis from token `open` to token `close` holds a party: a US
/// initial or tag, or a British, Irish or German party ([`lexicon::party_in_brackets`]).
fn holds_party(doc: &Document, open: usize, close: usize) -> bool {
    let first = doc.tok_text(open + 1);
    close > open + 1
        && (lexicon::party_and_place(first).is_some()
            || lexicon::party_letter(first).is_some()
            || lexicon::party_in_brackets(doc.span_of(open + 1, close - 1).slice(doc.text))
                .is_some())
}

/// ", director of policy at the Centre for Social Justice," after token `last`.
pub fn apposition_after(doc: &Document, last: usize) -> (Option<Span>, Option<(usize, usize)>) {
    apposition(doc, last, true)
}

/// True when the name ending at token `last` is set off by a comma after a description that
/// opens its sentence ("The Labour candidate, Priya Shah", "Its chief executive, Jo Doe",
/// "The Liberal Democrat, Helen Okoro").
fn set_off_after_description(doc: &Document, last: usize) -> bool {
    let mut k = last;
    while k > 0
        && last - k < 6
        && (doc.is_writer_word(k) && tokens::is_capitalised(doc.tok_text(k))
            || doc.tok_text(k) == ".")
    {
        k -= 1;
    }
    if k == last || k == 0 || doc.tok_text(k) != "," {
        return false;
    }
    let role = k - 1;
    let start = doc.sentences[doc.sentence_of[k]].0;
    let describes = || {
        lexicon().is_role_noun(&doc.norm[role])
            || lexicon().is_title(&doc.norm[role])
            || is_party_member(doc, start, role)
    };
    role > start
        && role - start <= 6
        && describes()
        && (lexicon::is_determiner(&doc.norm[start]) || tokens::is_possessive(doc.tok_text(start)))
        && (start..role).all(|j| doc.is_writer_word(j))
}

/// True when token `k` is a dash that sets words off, as a pair of commas would: an em
/// dash, or an en dash or hyphen with a space before it ("Jo Doe – a nurse – said").
pub fn is_parenthetical_dash(doc: &Document, k: usize) -> bool {
    match doc.tok_text(k) {
        "—" => true,
        "–" | "-" => doc
            .toks
            .get(k)
            .is_some_and(|t| doc.text[..t.span.start].ends_with(' ')),
        _ => false,
    }
}

/// The appositive after token `last`; after an age, the one after it too, once.
fn apposition(
    doc: &Document,
    last: usize,
    after_age: bool,
) -> (Option<Span>, Option<(usize, usize)>) {
    let mut k = last + 1;
    let para = doc.para_of.get(last).copied();
    // Skip a parenthesis: "(pictured)", "(HSCC)". One that holds a politician's party
    // ("(D)", "(R-Fla.)", "(Lab)", "(Con, Westfield)") is who they are when no appositive
    // follows.
    let mut party = None;
    if doc.tok_text(k) == "(" {
        let open = k;
        while k < doc.toks.len() && doc.tok_text(k) != ")" && k - last < 8 {
            k += 1;
        }
        if doc.tok_text(k) == ")" && holds_party(doc, open, k) {
            party = Some((doc.span_of(open + 1, k - 1), (open, k)));
        }
        k += 1;
    }
    // No appositive after the party (or only a clause, "(Green), who said"): the party.
    let fallback = party.map_or((None, None), |(span, toks)| (Some(span), Some(toks)));
    // "Maria Oyelaran — a nurse who runs the site — said": set off by dashes, closed by the
    // same dash.
    let dashed = is_parenthetical_dash(doc, k);
    if (doc.tok_text(k) != "," && !dashed) || doc.para_of.get(k).copied() != para {
        return fallback;
    }
    let open = k;
    let opener = doc.tok_text(open);
    let first = k + 1;
    if !doc.is_writer_word(first) {
        return fallback;
    }
    let w = &doc.norm[first];
    let raw = doc.tok_text(first);
    // "Priya Nair, Ontario's provincial health officer, said": whose office it is.
    let owner = tokens::is_possessive(raw)
        && doc.is_writer_word(first + 1)
        && (!tokens::is_capitalised(doc.tok_text(first + 1))
            || lexicon().is_title(&doc.norm[first + 1])
            || lexicon().is_title_modifier(&doc.norm[first + 1]));
    // "a nurse", "the clinic's director", "Ontario's …", "director of …".
    let opens_role = owner
        || lexicon::is_determiner(w)
        || lexicon().is_title(w)
        || lexicon().is_title_modifier(w)
        || lexicon().is_role_noun(w);
    let starts_ok =
        !tokens::is_capitalised(raw) || opens_role || lexicon::party_and_place(raw).is_some();
    // Between dashes, only what plainly says who someone is ("— a nurse —", "— the clinic's
    // director —", "— who runs it —", "— 43 —"); "the Council—as well as the Commission—"
    // is a list.
    let describes = opens_role
        || &**w == "who"
        || tokens::is_capitalised(raw)
        || raw.bytes().all(|b| b.is_ascii_digit());
    if dashed && !describes {
        return fallback;
    }
    // "The Labour candidate, Priya Shah, went further, …": the name is itself set off after
    // the description that opens the sentence, so its comma closes that, and what follows
    // is the sentence's predicate.
    let says_who = opens_role
        || raw.bytes().all(|b| b.is_ascii_digit())
        || matches!(
            &**w,
            "aged" | "who" | "whose" | "from" | "of" | "at" | "in" | "now" | "himself" | "herself"
        );
    if !says_who && set_off_after_description(doc, last) {
        return fallback;
    }
    let is_reporting = lexicon().cue_at(&[&**w], 0).is_some() && !w.ends_with("ing");
    // "Led by Jane Doe, it said no": a clause with its own subject describes no one.
    let clause = lexicon::pronoun(w).is_some();
    if !starts_ok
        || is_reporting
        || clause
        || lexicon::is_auxiliary(w)
        || (lexicon::is_circumstance_participle(w)
            && doc.norm.get(first + 1).is_none_or(|next| &**next != "as"))
        || matches!(&**w, "and" | "or" | "but" | "who's" | "which")
        // "According to Jo Doe, if it were legal, …": a clause of the sentence's own.
        || matches!(
            &**w,
            "if" | "when" | "while" | "because" | "although" | "though" | "unless" | "whether"
        )
    {
        return fallback;
    }
    // "Jane Doe, Liberal Democrat Sir John Roe and …": another person's name after the comma
    // is a list of people, not a description of the first.
    let mut n = first;
    while n < doc.toks.len()
        && n - first < 6
        && (lexicon().is_title(&doc.norm[n]) || lexicon().is_title_modifier(&doc.norm[n]))
        && tokens::is_capitalised(doc.tok_text(n))
    {
        n += 1;
    }
    let run: Vec<usize> = (n..doc.toks.len().min(n + 4))
        .take_while(|&k| doc.is_writer_word(k) && tokens::is_capitalised(doc.tok_text(k)))
        .collect();
    if run.len() >= 2 && is_person_like(doc, &run) && lexicon::party_and_place(raw).is_none() {
        return fallback;
    }
    let mut j = first;
    while j < doc.toks.len() && j - first < 24 && doc.para_of[j] == doc.para_of[first] {
        let t = doc.tok_text(j);
        // A dash set off by spaces closes it too ("Mark Reid, who runs a café — …").
        if t == "," || is_parenthetical_dash(doc, j) || doc.quote_of[j].is_some() {
            break;
        }
        // A full stop the document does not read as a sentence end ("B.C.'s provincial
        // health officer", "a Ph.D. student") goes on.
        let stop = t == "." && doc.sentence_of.get(j + 1) != Some(&doc.sentence_of[j]);
        if stop || matches!(t, "!" | "?" | ";" | ":") {
            break;
        }
        j += 1;
    }
    if j == first || (dashed && doc.tok_text(j) != opener) {
        return fallback;
    }
    // "Led by Governor Jo Doe, the leaders who spoke at the service said, …": a subject, its
    // relative clause and its verb of saying are the sentence's main clause, not who the
    // name is. Without a relative clause the verb is the main clause's, after a stray comma
    // ("Jo Doe, President of the Union says, …"): who she is ends before it.
    let ends_saying = j > first + 1
        && matches!(
            &*doc.norm[j - 1],
            "said" | "say" | "says" | "told" | "added"
        )
        && !matches!(&**w, "who" | "whose" | "that");
    if ends_saying {
        // ("…, a Liberal Democrat minister has said.": the writer's attribution, set off.)
        let clause = (first..j).any(|k| matches!(&*doc.norm[k], "who" | "that" | "which"))
            || lexicon::is_auxiliary(&doc.norm[j - 2])
            || doc.tok_text(j) != ",";
        if clause {
            return fallback;
        }
        return (
            Some(doc.span_of(first, j - 2)),
            Some((open, j.min(doc.toks.len().saturating_sub(1)))),
        );
    }
    // "D-N.Y.," and "R-Fla.)": an abbreviated state's full stop, when the sentence goes on.
    let glued_stop = j + 1 < doc.toks.len()
        && doc.tok_text(j) == "."
        && doc.toks[j].span.start == doc.toks[j - 1].span.end
        && matches!(doc.tok_text(j + 1), "," | ")");
    if glued_stop && j == first + 1 && lexicon::party_and_place(raw).is_some() {
        j += 1;
    }
    let closes = doc.tok_text(j);
    // "Jo Doe, however, said": a sentence adverbial, not who she is.
    if j - first <= 4
        && !tokens::is_capitalised(raw)
        && lexicon::is_discourse_adverbial(doc.span_of(first, j - 1).slice(doc.text))
    {
        return fallback;
    }
    // An appositive is closed by a comma or a dash, or ends the sentence ("…, said Natasha
    // Irving, representing the Maine Prosecutors Association.").
    if !(matches!(closes, "," | ".")
        || is_parenthetical_dash(doc, j)
        || j >= doc.toks.len()
        || doc.para_of[j] != doc.para_of[first])
    {
        return fallback;
    }
    // "According to the Board, the trend contravenes the convention.": after an opening
    // source, what runs to the end of the sentence is the sentence, not who the source is;
    // the source may have been introduced by its office ("According to the party's
    // chairperson, Nomsa Khumalo, the party would …").
    let (sentence_start, _) = doc.sentences[doc.sentence_of[last]];
    let opening_source = doc.according_to_at(sentence_start)
        && (sentence_start..open)
            .filter(|&k| doc.tok_text(k) == ",")
            .nth(1)
            .is_none();
    if opening_source && closes != "," {
        return fallback;
    }
    // "The bill's critic, Senator Jo Doe, clashed with him on the floor.": a verb in the past
    // that runs to the sentence's end is its predicate, unless a reporting verb came before
    // ("…, said Jo Doe, elected in 2019.").
    // So is a reporting verb after when ("Brig. Gen. Jo Doe (retd.), on Friday said …").
    let dated_report = (lexicon::is_date_word(w)
        || matches!(&**w, "on" | "last" | "earlier" | "this"))
        && (first + 1..j.min(first + 5)).any(|k| {
            !tokens::is_capitalised(doc.tok_text(k))
                && lexicon().cue_at(&[&*doc.norm[k]], 0).is_some()
        });
    let predicate = closes != ","
        && (w.ends_with("ed") || dated_report)
        && !tokens::is_capitalised(raw)
        && !(sentence_start.max(open.saturating_sub(40))..open)
            .any(|k| lexicon().cue_at(&[&*doc.norm[k]], 0).is_some());
    if predicate {
        return fallback;
    }
    // "Mary Cole, 52, from Leeds": an age, then who she is; "Sen. Jo Doe, D-N.M., the
    // bill's sponsor,": a party and home, then who she is.
    let age = after_age && j == first + 1 && closes == "," && doc.tok_text(first).len() <= 3 && {
        let t = doc.tok_text(first);
        t.bytes().all(|b| b.is_ascii_digit())
    };
    let party_tag =
        after_age && closes == "," && j <= first + 2 && lexicon::party_and_place(raw).is_some();
    if age || party_tag {
        if let (Some(more), Some((_, end))) = apposition(doc, j - 1, false) {
            return (
                Some(Span {
                    start: doc.toks[first].span.start,
                    end: more.end,
                }),
                Some((open, end)),
            );
        }
    }
    (
        Some(doc.span_of(first, j - 1)),
        Some((open, j.min(doc.toks.len().saturating_sub(1)))),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Found {
        name: String,
        kind: NameKind,
        title: Option<String>,
        office: Option<String>,
        apposition: Option<String>,
    }

    fn names(text: &str) -> Vec<Found> {
        let doc = Document::new(text);
        find(&doc)
            .into_iter()
            .map(|m| Found {
                name: m.name_text(text).to_string(),
                kind: m.kind,
                title: m.title.map(|s| s.slice(text).to_string()),
                office: m.office.map(|s| s.slice(text).to_string()),
                apposition: m.apposition.map(|s| s.slice(text).to_string()),
            })
            .collect()
    }

    #[test]
    fn names_table() {
        use NameKind::*;
        // (text, [(name, kind, title, office, apposition)])
        type Row<'a> = (
            &'a str,
            NameKind,
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
        );
        let cases: &[(&str, &[Row])] = &[
            // A surname that also ends bodies' names, after a title; "Ngo" is no NGO.
            (
                "Professor Helen Ngo said so.",
                &[("Helen Ngo", Person, Some("Professor"), None, None)],
            ),
            ("Tran Ngo said so.", &[("Tran Ngo", Person, None, None, None)]),
            // A role after a title's qualifier is a title, and alone an office, no one's name.
            (
                "Staff Nurse Jo Bell said so.",
                &[("Jo Bell", Person, Some("Staff Nurse"), None, None)],
            ),
            ("The Chief Nurse said so.", &[]),
            // A peer's territorial designation is part of the name.
            (
                "Lord Falconer of Thoroton said so.",
                &[("Falconer of Thoroton", Person, Some("Lord"), None, None)],
            ),
            // "I" is no one's name, wherever it falls.
            ("When the law changed I thought it was madness.", &[]),
            // A comma that opens a sentence sets off nothing.
            (
                "Jo Bell left. , Ann Lee, went home.",
                &[
                    ("Jo Bell", Person, None, None, None),
                    ("Ann Lee", Person, None, None, Some("went home")),
                ],
            ),
            // A name set off after a description: what follows its comma is the predicate.
            (
                "The Labour candidate, Jo Bell, went further.",
                &[
                    ("Labour", Organisation, None, None, None),
                    ("Jo Bell", Person, None, None, None),
                ],
            ),
            // Set off by dashes, as by commas; one dash is no pair.
            (
                "Jo Bell — a nurse — said so.",
                &[("Jo Bell", Person, None, None, Some("a nurse"))],
            ),
            (
                "It was Jo Bell — a nurse.",
                &[("Jo Bell", Person, None, None, None)],
            ),
            (
                "Dr Mary House agreed. Dr House said so.",
                &[
                    ("Mary House", Person, Some("Dr"), None, None),
                    ("House", Person, Some("Dr"), None, None),
                ],
            ),
            // Only heads that are common surnames: a title inside a body's name stays the
            // body's.
            (
                "The Justice Action Network said so.",
                &[("Justice Action Network", Organisation, None, None, None)],
            ),
            ("The NGO said so.", &[("NGO", Organisation, None, None, None)]),
            ("The Senate said so.", &[("Senate", Organisation, None, None, None)]),
            // A seat of government that speaks for it.
            ("Downing Street said so.", &[("Downing Street", Organisation, None, None, None)]),
            ("The Kremlin said so.", &[("Kremlin", Organisation, None, None, None)]),
            // A pronoun is no name, wherever the sentence starts.
            ("Jo Doe voted no. She said so.", &[("Jo Doe", Person, None, None, None)]),
            ("The plan, No. 4, won. He said so.", &[("No", Unknown, None, None, None)]),
            // A ministry by what it is for and its country; a person named after a country.
            ("Health Canada said so.", &[("Health Canada", Organisation, None, None, None)]),
            (
                "Public Health Scotland said so.",
                &[("Public Health Scotland", Organisation, None, None, None)],
            ),
            ("Kevin Ireland said so.", &[("Kevin Ireland", Person, None, None, None)]),
            (
                "The Eastvale Recovery Trust said so.",
                &[("Eastvale Recovery Trust", Organisation, None, None, None)],
            ),
            // A party in brackets after the name.
            (
                "Cllr Jo Doe (Con, Westfield) said so.",
                &[("Jo Doe", Person, Some("Cllr"), None, Some("Con, Westfield"))],
            ),
            // Initials in brackets say where a name with lower-case words starts.
            (
                "The Association des intervenants en dépendance du Québec (AIDQ) welcomed it.",
                &[
                    ("Association des intervenants en dépendance du Québec", Organisation, None, None, None),
                    ("AIDQ", Organisation, None, None, None),
                ],
            ),
            (
                "Last week the Royal Society for Public Health (RSPH) welcomed it.",
                &[
                    ("Royal Society for Public Health", Organisation, None, None, None),
                    ("RSPH", Organisation, None, None, None),
                ],
            ),
            // … and with a comma in it.
            (
                "The Health, Social Care and Sport Committee (HSCSC) welcomed it.",
                &[
                    ("Health, Social Care and Sport Committee", Organisation, None, None, None),
                    ("HSCSC", Organisation, None, None, None),
                ],
            ),
            // A body's name with "of" in it, in the title before the name.
            (
                "Department of Health spokesman Jo Doe said no.",
                &[("Jo Doe", Person, Some("Department of Health spokesman"), None, None)],
            ),
            (
                "Mayor Jane Q. Doe said no.",
                &[("Jane Q. Doe", Person, Some("Mayor"), None, None)],
            ),
            (
                "In a statement, ACP Rusiate Tudravu said no.",
                &[("Rusiate Tudravu", Person, Some("ACP"), None, None)],
            ),
            (
                "The BC United MLAs said no.",
                &[("BC United MLAs", Organisation, None, None, None)],
            ),
            (
                "The law has failed, says Allen St. Pierre, a campaigner.",
                &[("Allen St. Pierre", Person, None, None, Some("a campaigner"))],
            ),
            (
                "Prime Minister Dean Barrow said no.",
                &[("Dean Barrow", Person, Some("Prime Minister"), None, None)],
            ),
            (
                "People Before Profit's Jo Doe said no.",
                &[
                    ("People Before Profit", Organisation, None, None, None),
                    ("Jo Doe", Person, None, None, None),
                ],
            ),
            // A bare "the" joins no names; after another connector it does.
            (
                "Jo Doe told the Senate the Government was wrong.",
                &[
                    ("Jo Doe", Person, None, None, None),
                    ("Senate", Organisation, None, None, None),
                ],
            ),
            (
                "The Department of the Taoiseach said no.",
                &[("Department of the Taoiseach", Organisation, None, None, None)],
            ),
            (
                "The ANC Youth League's Jo Doe said no.",
                &[
                    ("ANC Youth League", Organisation, None, None, None),
                    ("Jo Doe", Person, None, None, None),
                ],
            ),
            // A US politician's party and home.
            (
                "Rep. Jo Doe, D-El Paso, said no.",
                &[("Jo Doe", Person, Some("Rep"), None, Some("D-El Paso"))],
            ),
            (
                "Rep. Jo Doe, D-N.Y., said no.",
                &[("Jo Doe", Person, Some("Rep"), None, Some("D-N.Y."))],
            ),
            (
                "Rep. Jo Doe (D-Md.) said no.",
                &[("Jo Doe", Person, Some("Rep"), None, Some("D-Md."))],
            ),
            (
                "Gov. Jo Doe (R) said no.",
                &[("Jo Doe", Person, Some("Gov"), None, Some("R"))],
            ),
            // A predicate in the past, not who she is; after a cue, who she is.
            (
                "The bill's critic, Senator Jo Doe, clashed with him on the floor.",
                &[("Jo Doe", Person, Some("Senator"), None, None)],
            ),
            (
                "It was wrong, said Jo Doe, elected in 2019.",
                &[("Jo Doe", Person, None, None, Some("elected in 2019"))],
            ),
            (
                "Mental Health and Addictions Minister Jo Doe said no.",
                &[(
                    "Jo Doe",
                    Person,
                    Some("Mental Health and Addictions Minister"),
                    None,
                    None,
                )],
            ),
            // A nickname inside a name.
            (
                "Senator Mario “Toto” dela Paz said no.",
                &[("Mario “Toto” dela Paz", Person, Some("Senator"), None, None)],
            ),
            // Nor when or why they spoke.
            (
                "Jo Doe, speaking on the radio, said no.",
                &[("Jo Doe", Person, None, None, None)],
            ),
            // "Speaking as" says who they are.
            (
                "Jo Doe, speaking as a mother, said no.",
                &[("Jo Doe", Person, None, None, Some("speaking as a mother"))],
            ),
            (
                "Jo Doe, asked about the plan, said no.",
                &[("Jo Doe", Person, None, None, None)],
            ),
            // At the end of the text.
            ("Jo Doe, speaking", &[("Jo Doe", Person, None, None, None)]),
            // A sentence adverbial is not who they are.
            (
                "Jo Doe, however, said no.",
                &[("Jo Doe", Person, None, None, None)],
            ),
            (
                "Jo Doe, for her part, said no.",
                &[("Jo Doe", Person, None, None, None)],
            ),
            (
                "Jo Doe, meanwhile, said no.",
                &[("Jo Doe", Person, None, None, None)],
            ),
            (
                "Jo Doe, too, said no.",
                &[("Jo Doe", Person, None, None, None)],
            ),
            (
                "Jo Doe, an early supporter, said no.",
                &[("Jo Doe", Person, None, None, Some("an early supporter"))],
            ),
            // A predicate after the name is the sentence's, not who they are.
            (
                "The motion, put forward by Jo Doe, was defeated by ten votes.",
                &[("Jo Doe", Person, None, None, None)],
            ),
            // After an opening source, the rest of the sentence is what it says.
            (
                "According to the Eastvale Board, the trend breaches the law.",
                &[("Eastvale Board", Organisation, None, None, None)],
            ),
            (
                "According to Jo Doe, a nurse, prisons are full.",
                &[("Jo Doe", Person, None, None, Some("a nurse"))],
            ),
            (
                "Ultimately, Jane Doe said it was wrong. Reacting to it, Doe left.",
                &[
                    ("Jane Doe", Person, None, None, None),
                    ("Doe", Unknown, None, None, None),
                ],
            ),
            (
                "Manning said no.",
                &[("Manning", Unknown, None, None, None)],
            ),
            // A short passive participle opens an adverbial too.
            (
                "Led by Jane Doe, it said no.",
                &[("Jane Doe", Person, None, None, None)],
            ),
            (
                "Ms Smith and Sir John both said so.",
                &[
                    ("Smith", Person, Some("Ms"), None, None),
                    ("John", Person, Some("Sir"), None, None),
                ],
            ),
            (
                "Conservative Jane Doe, Liberal Democrat Sir John Roe and Labour's Ann Smith spoke out.",
                &[
                    ("Jane Doe", Person, Some("Conservative"), None, None),
                    ("John Roe", Person, Some("Liberal Democrat Sir"), None, None),
                    ("Labour", Organisation, None, None, None),
                    ("Ann Smith", Person, None, None, None),
                ],
            ),
            (
                "President of the Union of North Shire Chiefs Jo Bloggs said so.",
                &[(
                    "Jo Bloggs",
                    Person,
                    Some("President of the Union of North Shire Chiefs"),
                    None,
                    None,
                )],
            ),
            (
                "Yesterday the Fire and Emergency Services Jo Bloggs spoke.",
                &[(
                    "Jo Bloggs",
                    Person,
                    Some("Fire and Emergency Services"),
                    None,
                    None,
                )],
            ),
            (
                "Green Party members met.",
                &[("Green Party", Organisation, None, None, None)],
            ),
            (
                "Assistant Commissioner of Crime Command Jane Doe said no.",
                &[(
                    "Jane Doe",
                    Person,
                    Some("Assistant Commissioner of Crime Command"),
                    None,
                    None,
                )],
            ),
            // An office alone is a description of its holder, not a name.
            ("The Health Secretary said no.", &[]),
            (
                "Mayor Jane Q. Doe of Boston said no.",
                &[("Jane Q. Doe", Person, Some("Mayor"), Some("of Boston"), None)],
            ),
            (
                "Eastvale Sheriff TK Waters said no.",
                &[("TK Waters", Person, Some("Eastvale Sheriff"), None, None)],
            ),
            (
                "EASTVALE (AP) — Jane Doe said no.",
                &[
                    ("AP", Organisation, None, None, None),
                    ("Jane Doe", Person, None, None, None),
                ],
            ),
            (
                "EASTVALE, Ore. (KEVN) - Jane Doe said no.",
                &[
                    ("KEVN", Organisation, None, None, None),
                    ("Jane Doe", Person, None, None, None),
                ],
            ),
            (
                "NORTH VALE COUNTY, Ore. – Jane Doe said no.",
                &[("Jane Doe", Person, None, None, None)],
            ),
            (
                "A letter from Interior Health asked for a pause.",
                &[("Interior Health", Organisation, None, None, None)],
            ),
            ("Northland's Chief Coroner spoke.", &[("Northland", Unknown, None, None, None)]),
            (
                "the CEO of the Harbour Trust said",
                &[("Harbour Trust", Organisation, None, None, None)],
            ),
            (
                "the Mayor of London said",
                &[("Mayor of London", Organisation, None, None, None)],
            ),
            ("Labour said", &[("Labour", Organisation, None, None, None)]),
            // Letters after the name are an office; a role word before it a title.
            (
                "Minister of State for Health Jo Doe TD said no.",
                &[(
                    "Jo Doe",
                    Person,
                    Some("Minister of State for Health"),
                    Some("TD"),
                    None,
                )],
            ),
            (
                "Jo Doe MSP, a former nurse, said no.",
                &[("Jo Doe", Person, None, Some("MSP"), Some("a former nurse"))],
            ),
            (
                "Then Deputy Gino Kenny said no.",
                &[("Gino Kenny", Person, Some("Deputy"), None, None)],
            ),
            // Two-word ranks; "Lance" is a first name too.
            (
                "Staff Sergeant Jo Ruiz said no.",
                &[("Jo Ruiz", Person, Some("Staff Sergeant"), None, None)],
            ),
            (
                "Lance Corporal Jo Fox said no.",
                &[("Jo Fox", Person, Some("Lance Corporal"), None, None)],
            ),
            (
                "Lance Armstrong said no.",
                &[("Lance Armstrong", Person, None, None, None)],
            ),
            // A compound adjective before a name is not part of it.
            (
                "Tough-talking Jo Barton said no.",
                &[("Jo Barton", Person, None, None, None)],
            ),
            (
                "Jo Talbot-Ross said no.",
                &[("Jo Talbot-Ross", Person, None, None, None)],
            ),
            (
                "Minister of State Jo Aragon Junior said no.",
                &[("Jo Aragon Junior", Person, Some("Minister of State"), None, None)],
            ),
            // A body's word before an office at a sentence's start is the title's.
            (
                "House Republican Leader Jo Helfrich said no.",
                &[("Jo Helfrich", Person, Some("House Republican Leader"), None, None)],
            ),
            (
                "Council Leader Jo Doe said no.",
                &[("Jo Doe", Person, Some("Council Leader"), None, None)],
            ),
            (
                "Senate Majority Leader Jo Doe said no.",
                &[("Jo Doe", Person, Some("Senate Majority Leader"), None, None)],
            ),
            // A role's portfolio after "on" or "for" is the role's.
            (
                "Tory spokesman on Wales Jo Jones said no.",
                &[("Jo Jones", Person, Some("Tory spokesman on Wales"), None, None)],
            ),
            (
                "Labour spokesperson on justice Jo Doe said no.",
                &[("Jo Doe", Person, Some("Labour spokesperson on justice"), None, None)],
            ),
            // A title joined by a hyphen is a title.
            (
                "President-elect Jo Doe said no.",
                &[("Jo Doe", Person, Some("President-elect"), None, None)],
            ),
            (
                "Vice-President Jo Doe said no.",
                &[("Jo Doe", Person, Some("Vice-President"), None, None)],
            ),
            (
                "Shadow Attorney-General Jo Hanson said no.",
                &[("Jo Hanson", Person, Some("Shadow Attorney-General"), None, None)],
            ),
            // A title that is a common surname too, after a first name.
            (
                "John Major said no.",
                &[("John Major", Person, None, None, None)],
            ),
            (
                "Major Jo Doe said no.",
                &[("Jo Doe", Person, Some("Major"), None, None)],
            ),
            (
                "Liberals-leader Jo Doe said no.",
                &[("Jo Doe", Person, Some("Liberals-leader"), None, None)],
            ),
            // A particle written with a capital at a name's start is a first name; a
            // title that is an initialism is one only in capitals.
            (
                "Al Gore said no.",
                &[("Al Gore", Person, None, None, None)],
            ),
            (
                "Rear Admiral Al Kim said no.",
                &[("Al Kim", Person, Some("Rear Admiral"), None, None)],
            ),
            (
                "Lance Corporal Di Fox said no.",
                &[("Di Fox", Person, Some("Lance Corporal"), None, None)],
            ),
            (
                "DI Jo Fox said no.",
                &[("Jo Fox", Person, Some("DI"), None, None)],
            ),
            (
                "Van Johnson said no.",
                &[("Van Johnson", Person, None, None, None)],
            ),
            // An office's possessive inside a body's name.
            (
                "The Eastvale Sheriff's Office said no.",
                &[("Eastvale Sheriff's Office", Organisation, None, None, None)],
            ),
            (
                "Eastvale Children's Hospital said no.",
                &[("Eastvale Children's Hospital", Organisation, None, None, None)],
            ),
            // A surname's particle stays in the name, after a plural title too.
            (
                "Senators Ledama ole Kina (Narok) spoke.",
                &[
                    ("Ledama ole Kina", Person, Some("Senators"), None, None),
                    ("Narok", Unknown, None, None, None),
                ],
            ),
            // A day after a name is when, not who (and never speaks: `can_speak`).
            (
                "Premier Jane Doe Friday said no to the Good Friday Agreement.",
                &[
                    ("Jane Doe", Person, Some("Premier"), None, None),
                    ("Friday", Unknown, None, None, None),
                    ("Good Friday Agreement", Organisation, None, None, None),
                ],
            ),
            // A body named for its purpose, with its ballot measure's number.
            (
                "The Coalition to Fix and Improve Measure 110 said so.",
                &[("Coalition to Fix and Improve Measure 110", Organisation, None, None, None)],
            ),
            (
                "It sent the Commission to Brussels.",
                &[
                    ("Commission", Organisation, None, None, None),
                    ("Brussels", Unknown, None, None, None),
                ],
            ),
            (
                "It is a Class B drug.",
                &[("Class B", Organisation, None, None, None)],
            ),
            (
                "Doe on Twitter said no.",
                &[
                    ("Doe", Unknown, None, None, None),
                    ("Twitter", Unknown, None, None, None),
                ],
            ),
            (
                "Mr Doe in North Shire said no.",
                &[
                    ("Doe", Person, Some("Mr"), None, None),
                    ("North Shire", Organisation, None, None, None),
                ],
            ),
            (
                "The Commission on Drug Policy said no.",
                &[("Commission on Drug Policy", Organisation, None, None, None)],
            ),
            (
                "It was Plan B. The council agreed.",
                &[("Plan B", Organisation, None, None, None)],
            ),
            (
                "State Representative Rachel Talbot-Ross said.",
                &[(
                    "Rachel Talbot-Ross",
                    Person,
                    Some("State Representative"),
                    None,
                    None,
                )],
            ),
            (
                "“Q,” said Meagan Sway Policy Director of ACLU of Maine.",
                &[(
                    "Meagan Sway",
                    Person,
                    None,
                    Some("Policy Director of ACLU of Maine"),
                    None,
                )],
            ),
            (
                "Ed Davies, director of policy at the Centre for Social Justice, said no.",
                &[
                    (
                        "Ed Davies",
                        Person,
                        None,
                        None,
                        Some("director of policy at the Centre for Social Justice"),
                    ),
                    ("Centre for Social Justice", Organisation, None, None, None),
                ],
            ),
            (
                "It was ruled out, with shadow chancellor Rachel Reeves telling us.",
                &[(
                    "Rachel Reeves",
                    Person,
                    Some("shadow chancellor"),
                    None,
                    None,
                )],
            ),
            (
                "Spain's leader Sanchez remains unmoved on the debate.",
                &[
                    ("Spain", Unknown, None, None, None),
                    ("Sanchez", Person, Some("leader"), None, None),
                ],
            ),
            (
                "Police chief Mark Long said it.",
                &[("Mark Long", Person, Some("Police chief"), None, None)],
            ),
            (
                "Deputy president Tuan Ibrahim Tuan Man said it.",
                &[(
                    "Tuan Ibrahim Tuan Man",
                    Person,
                    Some("Deputy president"),
                    None,
                    None,
                )],
            ),
            (
                "Britain First said it.",
                &[("Britain First", Organisation, None, None, None)],
            ),
            (
                "Yesterday Theresa May said it.",
                &[("Theresa May", Person, None, None, None)],
            ),
            (
                "Yesterday Mrs May said it.",
                &[("May", Person, Some("Mrs"), None, None)],
            ),
            (
                "Prime minister Sanchez remains unmoved.",
                &[("Sanchez", Person, Some("Prime minister"), None, None)],
            ),
            (
                "Jo Doe, medical director for the city of Basel, said no.",
                &[
                    (
                        "Jo Doe",
                        Person,
                        None,
                        None,
                        Some("medical director for the city of Basel"),
                    ),
                    ("Basel", Unknown, None, None, None),
                ],
            ),
            (
                "City councillor and parliamentary candidate Louis Stephen said it.",
                &[(
                    "Louis Stephen",
                    Person,
                    Some("City councillor and parliamentary candidate"),
                    None,
                    None,
                )],
            ),
            (
                "The Health and Social Care Committee’s report called for it.",
                &[(
                    "Health and Social Care Committee",
                    Organisation,
                    None,
                    None,
                    None,
                )],
            ),
            (
                "The HSCC report also said so.",
                &[("HSCC", Organisation, None, None, None)],
            ),
            (
                "Meanwhile the Scottish Government welcomed it.",
                &[("Scottish Government", Organisation, None, None, None)],
            ),
            ("Supporters of the bill say no.", &[]),
            (
                "Whitham said: yes.",
                &[("Whitham", Unknown, None, None, None)],
            ),
            (
                "Cllr Stephen, who represents Battenhall, said so.",
                &[
                    (
                        "Stephen",
                        Person,
                        Some("Cllr"),
                        None,
                        Some("who represents Battenhall"),
                    ),
                    ("Battenhall", Unknown, None, None, None),
                ],
            ),
            (
                "Lib Dem MEP Chris Davies told delegates.",
                &[("Chris Davies", Person, Some("Lib Dem MEP"), None, None)],
            ),
            (
                "The shift was ruled out by Labour.",
                &[("Labour", Organisation, None, None, None)],
            ),
            ("He said “Bob Smith is wrong”.", &[]),
            // Welsh "ap" is a surname's particle; "MS" after a name is a Member of the Senedd.
            (
                "Mabon ap Gwilym MS said no.",
                &[("Mabon ap Gwilym", Person, None, Some("MS"), None)],
            ),
            // "Member" is an office after a body's word, and only there.
            (
                "Council Member Jo Ortiz said no.",
                &[("Jo Ortiz", Person, Some("Member"), None, None)],
            ),
            (
                "Former minister Tan Sri Lee Chong Wei said no.",
                &[("Lee Chong Wei", Person, Some("Tan Sri"), None, None)],
            ),
            (
                "Health Minister Datuk Seri Dr Ali Hamid said no.",
                &[("Ali Hamid", Person, Some("Health Minister Datuk Seri Dr"), None, None)],
            ),
            (
                "According to Jo Doe, if it were legal, gangs would lose.",
                &[("Jo Doe", Person, None, None, None)],
            ),
            (
                "Led by Governor Jo Doe, the leaders who spoke said, it should pass.",
                &[("Jo Doe", Person, Some("Governor"), None, None)],
            ),
            (
                "Grand Chief Jo Doe, President of the Union says, it failed.",
                &[
                    ("Jo Doe", Person, Some("Grand Chief"), None, Some("President of the Union")),
                    ("Union", Organisation, None, None, None),
                ],
            ),
            (
                "Sri Lanka said no.",
                &[("Sri Lanka", Person, None, None, None)],
            ),
            (
                "Brig. Gen. Jo Marwa said no.",
                &[("Jo Marwa", Person, Some("Brig. Gen"), None, None)],
            ),
            (
                "Its chairman, Gen. Jo Marwa (retd.), on Friday said it would fail.",
                &[
                    ("Jo Marwa", Person, Some("Gen"), None, None),
                    ("Friday", Unknown, None, None, None),
                ],
            ),
            (
                "Jo Doe and NUAA chief executive Mary Ellis said no.",
                &[
                    ("Jo Doe", Person, None, None, None),
                    ("Mary Ellis", Person, Some("NUAA chief executive"), None, None),
                ],
            ),
            (
                "Then Premier Ann Hodgman and Police Minister Jo Shelton said no.",
                &[
                    ("Ann Hodgman", Person, Some("Premier"), None, None),
                    ("Jo Shelton", Person, Some("Police Minister"), None, None),
                ],
            ),
            (
                "The Health and Social Care spokesman Jo Doe said no.",
                &[("Jo Doe", Person, Some("Health and Social Care spokesman"), None, None)],
            ),
            // Whose office it is, and an acronym's full stops, in an appositive.
            (
                "Priya Nair, B.C.’s provincial health officer, said no.",
                &[
                    ("Priya Nair", Person, None, None, Some("B.C.’s provincial health officer")),
                    ("B.C.", Organisation, None, None, None),
                ],
            ),
            (
                "Priya Nair, Ontario’s Chief Medical Officer, said no.",
                &[
                    ("Priya Nair", Person, None, None, Some("Ontario’s Chief Medical Officer")),
                    ("Ontario", Unknown, None, None, None),
                ],
            ),
            // After an opening source, the rest of the sentence is what it says, though an
            // office introduced the source.
            (
                "According to the party’s chairperson, Nomsa Khumalo, the party would wait.",
                &[("Nomsa Khumalo", Person, None, None, None)],
            ),
            (
                "THE city’s Green Party leader has voiced support.",
                &[("Green Party", Organisation, None, None, None)],
            ),
        ];
        for (text, want) in cases {
            let got = names(text);
            let got: Vec<Row> = got
                .iter()
                .map(|f| {
                    (
                        f.name.as_str(),
                        f.kind,
                        f.title.as_deref(),
                        f.office.as_deref(),
                        f.apposition.as_deref(),
                    )
                })
                .collect();
            assert_eq!(&got, want, "text {text:?}");
        }
    }

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

    #[test]
    fn acronyms() {
        assert!(is_acronym("HSCC") && is_acronym("ACLU") && is_acronym("HSCC’s"));
        assert!(
            is_acronym("GdP") && is_acronym("PvdA") && !is_acronym("JoJo") && !is_acronym("McCoy")
        );
        assert!(!is_acronym("MP") && !is_acronym("A") && !is_acronym("Hscc"));
    }
}
