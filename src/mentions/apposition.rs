//! The appositive after a name (", director of policy at the Centre for Social Justice,"),
//! which says who someone is, and the dashes that set words off as commas would.

use super::holds_party;
use super::person::is_person_like;
use super::roles::is_party_member;
use crate::document::Document;
use crate::lexicon::{self, lexicon};
use crate::span::Span;
use crate::tokens;

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
        // "According to Jo Doe, if it were legal, …": a clause of the sentence's own; so is
        // a question asked of someone ("She asked the minister, Jo Doe, how many …").
        || matches!(
            &**w,
            "if" | "when"
                | "while"
                | "because"
                | "although"
                | "though"
                | "unless"
                | "whether"
                | "how"
                | "what"
                | "why"
                | "where"
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
    // "Jo Rowe, assistant chief constable of the Northshire Police Officers' Association
    // (NPOA) said": an office the writer did not close ends at the verb of saying (not a
    // relative clause's: "a group that said"), or at a verb in the past with its object
    // ("…, executive director of the Foundation launched a report."). A bare office only:
    // "On Monday, the mayor said" is a subject of its own.
    let verb = |k: usize| {
        let v = &*doc.norm[k];
        matches!(v, "said" | "says" | "told" | "added")
            || v.len() > 4
                && v.ends_with("ed")
                && !tokens::is_capitalised(doc.tok_text(k))
                && doc.norm.get(k + 1).is_some_and(|n| {
                    matches!(&**n, "a" | "an" | "the" | "its" | "his" | "her" | "their")
                })
    };
    let may_run_on = opens_role
        && !dashed
        && !lexicon::is_determiner(w)
        && !lexicon::is_date_word(&doc.norm[last]);
    let mut j = first;
    let (mut unclosed, mut relative) = (false, false);
    while j < doc.toks.len() && j - first < 24 && doc.para_of[j] == doc.para_of[first] {
        let t = doc.tok_text(j);
        if may_run_on
            && !relative
            && j > first + 1
            && doc.is_writer_word(j)
            && verb(j)
            && !lexicon::is_auxiliary(&doc.norm[j - 1])
        {
            unclosed = true;
            break;
        }
        relative |= matches!(&*doc.norm[j], "who" | "that" | "which");
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
    if unclosed {
        // Its initials in brackets are not part of it.
        let mut end = j - 1;
        if doc.tok_text(end) == ")" {
            if let Some(paren) = (first + 1..end).rev().find(|&k| doc.tok_text(k) == "(") {
                end = paren - 1;
            }
        }
        return (Some(doc.span_of(first, end)), Some((open, end)));
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
    // Irving, representing the Maine Prosecutors Association."), or a colon before the
    // quote it introduces ("Jo Doe, a nurse: “…”").
    let introduces_quote = closes == ":" && doc.quote_of.get(j + 2).is_some_and(Option::is_some);
    if !(matches!(closes, "," | ".")
        || introduces_quote
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
