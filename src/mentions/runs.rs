//! Where a capitalised run starts and ends: which word can open a name, and how far a name
//! goes on past initials, nicknames, possessives and connectors ("Department of Health").

use super::person::is_person_like;
use super::split::is_title_word;
use crate::document::Document;
use crate::lexicon::{self, lexicon};
use crate::tokens::{self, TokKind};

pub(super) fn is_name_word(doc: &Document, k: usize) -> bool {
    let t = doc.tok_text(k);
    doc.is_writer_word(k) && (tokens::is_capitalised(t) || tokens::is_all_caps(t))
}

pub(super) fn starts_name(doc: &Document, i: usize) -> bool {
    is_name_word(doc, i)
        && !doc
            .tok_text(i)
            .chars()
            .next()
            .is_some_and(|c| c.is_numeric())
}

/// Last token of the capitalised run starting at `i`.
pub(super) fn run_end(doc: &Document, i: usize) -> usize {
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
        // A body named for what it does ("Save the Children", "Moms Stop the Harm"): a
        // capitalised verb, then "the".
        let purpose = doc.norm[next] == *"the"
            && matches!(
                &*doc.norm[last],
                "save" | "stop" | "end" | "change" | "protect"
            );
        if so_far.len() >= 2 && is_person_like(doc, &so_far) && !particle && !portfolio && !purpose
        {
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
        let bare_the = j > next && &*doc.norm[next] == "the" && !purpose;
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
pub(super) fn is_saint(doc: &Document, k: usize) -> bool {
    matches!(&*doc.norm[k], "st" | "ste") && doc.tok_text(k + 1) == "."
}

/// One capital letter ("J" of "Martin J. Walsh").
fn is_initial(t: &str) -> bool {
    let mut c = t.chars();
    c.next().is_some_and(char::is_uppercase) && c.next().is_none()
}
