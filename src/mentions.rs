//! Names in the writer's text: people, organisations and their titles and appositives.
//!
//! A name is a run of capitalised words, with connectors inside ("Centre for Social
//! Justice", "Department of Health and Social Care"). Titles are split off ("State
//! Representative | Rachel Talbot-Ross", "Meagan Sway | Policy Director of ACLU of Maine"),
//! lower-case role words before a name are kept as its title ("shadow chancellor Rachel
//! Reeves"), and an appositive after it is kept as its description ("Ed Davies, director of
//! policy at the Centre for Social Justice, said"). Words inside quotation marks are the
//! speakers' own and are not searched.
//!
//! This file has the types and [`find`], which walks the text run by run; each stage is a
//! file of its own under `mentions/`:
//! - `runs`: where a capitalised run starts and ends;
//! - `split`: a run split into title, name and office, and the name classed;
//! - `person`: whether words name a person or a body (and what an acronym is);
//! - `roles`: the roles around a name that its capitals leave out (lower-case titles, a role
//!   set off by commas, whose office it is, where a person works);
//! - `datelines`: a dateline's place is no name, and its outlet is the writer's newsroom;
//! - `apposition`: the appositive after a name, and dashes that set words off.

mod apposition;
mod datelines;
mod person;
mod roles;
mod runs;
mod split;

pub use apposition::{apposition_after, is_parenthetical_dash};
pub use datelines::{dateline_after, dateline_outlets};
pub use person::is_acronym;

use crate::document::Document;
use crate::lexicon::{self, lexicon};
use crate::span::Span;
use crate::tokens::{self, TokKind};
use datelines::dateline_end;
use person::is_person_like;
use roles::{
    affiliation, former_title, is_abbreviated_title, is_owner, lower_title_before, owned_role,
    qualified_title, role_before,
};
use runs::{run_end, starts_name};
use split::{names_party, split_run};

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
                // (A run with "the" second is a body named for what it does, "Save the
                // Children": `runs::run_end` only goes on past a bare "the" after a verb.)
                || (at_start
                    && lexicon().is_known_word(w)
                    && words.get(1).is_none_or(|&k| &*doc.norm[k] != "the")
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
        // "North Shire's youth movement Tir Ifanc", "the drugs charity Release": a name
        // the writer introduces as a body is one, whatever its form.
        let m = &out[i];
        let introduced_as_body = m.title.is_none()
            && m.toks.0 > 0
            && doc.is_writer_word(m.toks.0 - 1)
            && !tokens::is_capitalised(doc.tok_text(m.toks.0 - 1))
            && lexicon().is_org_head(&doc.norm[m.toks.0 - 1]);
        if introduced_as_body {
            out[i].kind = NameKind::Organisation;
        }
    }
    // Where a person works, once every body introduced as one is known as one ("Jo Doe of
    // the think tank Bright Blue"); a workplace read as a person's name is a body's ("Jo Doe
    // of Bright Blue").
    for i in 0..out.len() {
        let (this, after) = out.split_at_mut(i + 1);
        if let Some(office) = affiliation(doc, &this[i], after.first()) {
            this[i].office = Some(office);
            if let Some(body) = after
                .first_mut()
                .filter(|b| b.kind == NameKind::Person && office.contains(b.full))
            {
                body.kind = NameKind::Organisation;
            }
        }
    }
    out
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
            // A body named for what it does: a capitalised verb, then "the"; a bare "the"
            // after any other name links nothing.
            (
                "Save the Children said so.",
                &[("Save the Children", Organisation, None, None, None)],
            ),
            (
                "Jo Roe of Moms Stop the Harm said so.",
                &[
                    ("Jo Roe", Person, None, Some("of Moms Stop the Harm"), None),
                    ("Moms Stop the Harm", Organisation, None, None, None),
                ],
            ),
            ("Meanwhile the Government said so.", &[]),
            // Where a person works, in a name that could be a person's: a body's.
            (
                "Jo Roe of the think tank Bright Blue said so.",
                &[
                    ("Jo Roe", Person, None, Some("of the think tank Bright Blue"), None),
                    ("Bright Blue", Organisation, None, None, None),
                ],
            ),
            // A role after a title's qualifier is a title, and alone an office, no one's name.
            (
                "Staff Nurse Jo Bell said so.",
                &[("Jo Bell", Person, Some("Staff Nurse"), None, None)],
            ),
            ("The Chief Nurse said so.", &[]),
            // A place after "in" is where the person works, not their first name: the
            // role's.
            (
                "Our envoy in Vienna Piotr Varga said so.",
                &[("Piotr Varga", Person, Some("envoy in Vienna"), None, None)],
            ),
            ("The diplomat Ann Roe said so.", &[("Ann Roe", Person, Some("diplomat"), None, None)]),
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
            ("Mayor Elect Jo Bell said so.", &[("Jo Bell", Person, Some("Mayor Elect"), None, None)]),
            // A name the writer introduces as a body is one.
            (
                "The party's youth movement Tir Ifanc said so.",
                &[("Tir Ifanc", Organisation, None, None, None)],
            ),
            ("The drugs charity Release said so.", &[("Release", Organisation, None, None, None)]),
            // An office the writer did not close ends at the verb after it, and its initials
            // in brackets are not part of it.
            (
                "Ed Davies, director of policy at the Centre (CSJ) said no.",
                &[
                    ("Ed Davies", Person, None, None, Some("director of policy at the Centre")),
                    ("Centre", Organisation, None, None, None),
                    ("CSJ", Organisation, None, None, None),
                ],
            ),
            (
                "Ed Davies, director of policy at the Centre launched a report.",
                &[
                    ("Ed Davies", Person, None, None, Some("director of policy at the Centre")),
                    ("Centre", Organisation, None, None, None),
                ],
            ),
            // Not a relative clause's verb.
            (
                "Ed Davies, head of the group that backed the plan, went home.",
                &[("Ed Davies", Person, None, None, Some("head of the group that backed the plan"))],
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
            // A question asked of someone is no description of them.
            (
                "She asked the minister, Jo Doe, how many people were fined.",
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
}
