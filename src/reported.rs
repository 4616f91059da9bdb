//! Reported speech: "X said that…", "X called for…", "the shift was ruled out by Labour".
//!
//! A clause of the writer's text with a reporting cue and a speaker, and no quotation marks,
//! is an indirect quote. A clause that only introduces a quote to come ("She added:") makes
//! its speaker the current one without being a quote itself.

use crate::attribution::{Attributor, Found, Subject};
use crate::document::Document;
use crate::span::Span;
use crate::tokens::{self, TokKind};

/// A clause of reported speech.
#[derive(Clone, Debug)]
pub struct Reported {
    /// What was said (byte offsets): the clause without the speaker (see [`said`]).
    pub span: Span,
    /// Token range of the clause.
    pub toks: (usize, usize),
    /// Token range of what was said.
    pub said: (usize, usize),
    /// Its cue and speaker.
    pub found: Found,
    /// True when the clause only introduces a quotation ("She added:").
    pub introducer: bool,
}

/// True when a clause ends after token `k`: a semicolon or colon, or a comma followed by
/// "with", "while", "but", "although", "whereas" or "and" plus a new subject (one that names
/// someone, or a subject ending in a name with its own reporting verb); or a
/// subordinating conjunction before a named subject with a reporting verb of its own.
fn ends_clause(doc: &Document, k: usize) -> bool {
    if doc.quote_of[k].is_some() {
        return false;
    }
    let next = doc.norm.get(k + 1).map(|w| &**w).unwrap_or("");
    let after = doc.norm.get(k + 2).map(|w| &**w).unwrap_or("");
    // "Tom Roe called for a review but Mayor Jo Bird said …": "but" before a new subject
    // starts a new clause even without a comma.
    if next == "but" && doc.toks[k].kind == TokKind::Word && starts_subject(doc, k + 2) {
        return true;
    }
    // "Jo Bird backed the plan and Tom Roe called it “overdue”": so does "and" before a name
    // and its own reporting verb, but not inside a joint subject ("Caritas and OASI said").
    // The name must open what follows: without a comma, "the union and party leader Jo
    // Bird said" is one subject (after a comma, below, a subject may end in the name).
    if next == "and"
        && doc.toks[k].kind == TokKind::Word
        && !tokens::is_capitalised(doc.tok_text(k))
        && name_then_cue(doc, k + 2)
    {
        return true;
    }
    // "ruled out any change after former party leader Jo Bird called for it": a subordinate
    // clause whose subject is named and has its own reporting verb is someone else's report.
    if is_subordinator(next) && named_then_cue(doc, k + 2) {
        return true;
    }
    match doc.tok_text(k) {
        ";" | ":" => true,
        "," => {
            // "…, adding: “…”": the participle introduces the quotation, not more report.
            let introduces = matches!(next, "adding" | "saying")
                && (after == ":" || doc.quote_of.get(k + 2).is_some_and(Option::is_some));
            matches!(next, "with" | "while" | "but" | "although" | "whereas")
                || (next == "and"
                    && (names_someone(after)
                        || tokens::is_possessive(after)
                        || named_then_cue(doc, k + 2)))
                || introduces
        }
        _ => false,
    }
}

/// True when `word` (lower case) opens a phrase naming someone: a determiner, a pronoun or
/// a title.
fn names_someone(word: &str) -> bool {
    crate::lexicon::is_determiner(word)
        || crate::lexicon::pronoun(word).is_some()
        || crate::lexicon::lexicon().is_title(word)
}

/// The most words of a name that [`name_then_cue`] reads before its cue.
const NAME_WORDS: usize = 6;

/// True when the tokens from `k` are a name and then a reporting cue's first word: "…, and
/// Prime Minister Jo Bird said she would welcome it" starts a report of its own.
fn name_then_cue(doc: &Document, k: usize) -> bool {
    let name = (k..doc.toks.len().min(k + NAME_WORDS))
        .take_while(|&j| {
            doc.toks[j].kind == TokKind::Word
                && doc.quote_of[j].is_none()
                && tokens::is_capitalised(doc.tok_text(j))
        })
        .count();
    name > 0
        && doc
            .norm
            .get(k + name)
            .is_some_and(|w| crate::lexicon::lexicon().starts_cue(w))
}

/// Conjunctions that open a clause of time, cause or contrast: one of them before a named
/// subject and its reporting verb starts that subject's own report.
fn is_subordinator(word: &str) -> bool {
    matches!(
        word,
        "after" | "when" | "because" | "before" | "since" | "until" | "although" | "though"
    )
}

/// True when the tokens from `k` are a subject that ends in a name, then a reporting cue:
/// "former party leader Jo Bird called for". At most [`NAME_WORDS`] words before the name,
/// none quoted.
fn named_then_cue(doc: &Document, k: usize) -> bool {
    (k..doc.toks.len().min(k + NAME_WORDS))
        .take_while(|&j| doc.toks[j].kind == TokKind::Word && doc.quote_of[j].is_none())
        .any(|j| {
            tokens::is_capitalised(doc.tok_text(j))
                && (j == k || !tokens::is_capitalised(doc.tok_text(j - 1)))
                && name_then_cue(doc, j)
        })
}

/// True when token `k` can open a clause's subject: a word that names someone, or a
/// capitalised one.
fn starts_subject(doc: &Document, k: usize) -> bool {
    doc.toks.get(k).is_some_and(|tok| {
        tok.kind == TokKind::Word
            && doc.quote_of[k].is_none()
            && (names_someone(&doc.norm[k]) || tokens::is_capitalised(doc.tok_text(k)))
    })
}

/// Splits sentence `s` (token range) into clauses (see [`ends_clause`]).
pub fn clauses(doc: &Document, (start, end): (usize, usize)) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut a = start;
    for k in start..end {
        if ends_clause(doc, k) {
            out.push((a, k + 1));
            a = k + 1;
        }
    }
    if a < end {
        out.push((a, end));
    }
    out
}

/// The start of the clause holding token `k`, looking back no further than `floor`: a
/// bounded scan, so a sentence with thousands of quotes costs each quote the same.
pub fn clause_start(doc: &Document, floor: usize, k: usize) -> usize {
    (floor..k)
        .rev()
        .find(|&j| ends_clause(doc, j))
        .map_or(floor, |j| j + 1)
}

/// Finds reported speech in sentence `s` (index into `doc.sentences`).
pub fn find(attr: &mut Attributor, s: usize) -> Vec<Reported> {
    let doc = attr.doc;
    let mut out: Vec<Reported> = Vec::new();
    // The report whose words run to the end of the previous clause: a clause after it with
    // no quote and no report of its own goes on with what was said ("Dr Lee said he remained
    // concerned, but he recognised the arguments").
    let mut running = false;
    for (a, b) in clauses(doc, doc.sentences[s]) {
        // A mark the quote finder did not pair is an apostrophe or a stray ("the chief
        // officers’ lead said…"): only a quotation makes the clause a quote's.
        let has_quote = (a..b).any(|k| doc.quote_of[k].is_some());
        if has_quote {
            running = false;
            continue;
        }
        let words: Vec<usize> = (a..b)
            .filter(|&k| doc.toks[k].kind == TokKind::Word)
            .collect();
        if words.len() < 3 {
            running = false;
            continue;
        }
        let cues = attr.cues_in(a..b);
        // The speaker of cue `n`, when it may report the clause.
        let subject_of = |attr: &Attributor, n: usize| {
            let (c, _, len) = cues[n];
            if is_negated(doc, a, c) {
                return None;
            }
            // "Jo Doe, who had urged the council to act, said on Monday that …": the
            // relative clause's verb describes the speaker; the main verb after it reports.
            // (Each such clause opens after a comma of its own and is read to the next
            // comma: every token once.)
            let main_verb_later = || {
                let comma = (c..b).find(|&k| doc.tok_text(k) == ",");
                comma.is_some_and(|comma| cues[n + 1..].last().is_some_and(|&(l, ..)| l > comma))
            };
            if attr.in_relative_clause(c, b) && main_verb_later() {
                return None;
            }
            attr.speaker_of_cue(c, len, a, b)
                .filter(|&subject| !embedded(doc, subject))
        };
        // "The state will ask the Centre to amend the Act, Health Minister Jo Doe said on
        // Tuesday.": a last verb of saying that reports all that comes before it governs the
        // clause, whatever other cues that holds ("…, the board said, Xinhua reported" is
        // the board's: "reported" relays). A participle ("…, a spokesman saying on Friday")
        // does not ("…, Johns said, noting …" is "said"). (The last such cue only: one more
        // look per clause, however many cues.)
        let last_finite = cues
            .iter()
            .rposition(|&(c, ..)| !doc.norm[c].ends_with("ing"));
        let trailing = last_finite.filter(|&n| {
            let (c, lemma, len) = cues[n];
            n > 0
                && SAYING.contains(&lemma)
                && subject_of(attr, n).is_some_and(|subject| {
                    let (from, to) = said(doc, (a, b), subject_range(attr, subject), (c, c + len));
                    from == a && to <= c
                })
        });
        let by_cue = |attr: &mut Attributor| {
            trailing.into_iter().chain(0..cues.len()).find_map(|n| {
                let subject = subject_of(attr, n)?;
                report(attr, (a, b), &words, subject, cues[n])
            })
        };
        // "According to Ann Lee, prisons are full"; "Prisons are full, according to Ann Lee."
        let by_source = |attr: &mut Attributor| {
            let (subject, k) = attr.according_to(a..b, b)?;
            report(attr, (a, b), &words, subject, (k, "according to", 2))
        };
        // A source the sentence opens with speaks for all of it ("According to Dr Jo Doe,
        // who heads a clinic, families feared a police case.").
        let found = if doc.according_to_at(a) {
            by_source(attr).or_else(|| by_cue(attr))
        } else {
            by_cue(attr).or_else(|| by_source(attr))
        };
        match found {
            Some(r) => {
                running =
                    !r.introducer && r.said.1 + 1 >= b && !matches!(doc.tok_text(b - 1), ";" | ":");
                out.push(r);
            }
            None if running && same_speaker_goes_on(doc, a) => {
                if let Some(r) = out.last_mut() {
                    extend(doc, r, b);
                }
            }
            None => {}
        }
    }
    out
}

/// "Her office did not immediately respond", "He would not say whether …", "They have
/// never commented": a cue denied reports nothing said (from clause start `a` to cue `c`).
fn is_negated(doc: &Document, a: usize, c: usize) -> bool {
    let denies = |w: &str| matches!(w, "not" | "never") || w.ends_with("n't");
    (a..c)
        .rev()
        .filter(|&k| doc.toks[k].kind == TokKind::Word)
        .take(3)
        .map(|k| &*doc.norm[k])
        .take_while(|w| denies(w) || NEGATED_ADVERBS.contains(w))
        .any(denies)
}

/// Words that may stand between a negation and its cue: "did not immediately respond".
const NEGATED_ADVERBS: &[&str] = &["immediately", "yet", "publicly", "directly", "really"];

/// The most words after the cue, besides the speaker, that a clause ending in a colon may
/// have and still only introduce what follows ("Speaking on the radio, he told The
/// Northern Echo on Tuesday:").
const INTRODUCER_WORDS: usize = 6;

/// True when the clause that starts at token `a` may go on in the voice of the previous
/// one's speaker ("…, but he recognised the arguments"; "…, but faces limits"): not one
/// that sets someone or something else beside it ("…, with Jo Roe telling journalists …",
/// "…, and Coun. Jo Roe, who …", "…, but that was not the case").
fn same_speaker_goes_on(doc: &Document, a: usize) -> bool {
    let first = (a..a + 3).find(|&k| doc.toks.get(k).is_some_and(|t| t.kind == TokKind::Word));
    first.is_some_and(|k| match &*doc.norm[k] {
        "with" | "whereas" => false,
        "but" | "and" | "while" | "although" | "though" => {
            doc.norm
                .get(k + 1)
                .is_some_and(|w| matches!(&**w, "he" | "she" | "they" | "we" | "i"))
                || !starts_subject(doc, k + 1)
        }
        _ => true,
    })
}

/// The last token of what was said in a stretch that ends before token `to`: its closing
/// comma, colon, semicolon or dash left out.
fn last_said(doc: &Document, to: usize) -> usize {
    if matches!(doc.tok_text(to - 1), "," | ":" | ";" | "–" | "—") {
        to.saturating_sub(2)
    } else {
        to - 1
    }
}

/// Extends report `r` over the clause that ends at token `b` (exclusive).
fn extend(doc: &Document, r: &mut Reported, b: usize) {
    let last = last_said(doc, b);
    let from = r.said.0;
    if last < from {
        return;
    }
    r.span = doc.span_of(from, last);
    r.said.1 = last + 1;
    r.toks.1 = b;
}

/// The report of clause `(a, b)` whose cue `(token, lemma, length)` has `subject`, if it
/// says anything.
fn report(
    attr: &mut Attributor,
    (a, b): (usize, usize),
    words: &[usize],
    subject: Subject,
    (c, lemma, len): (usize, &'static str, usize),
) -> Option<Reported> {
    let doc = attr.doc;
    let (subj_first, subj_last) = subject_range(attr, subject);
    let cue_end = c + len;
    // "The minister was responding to a demand by …", "replied to critics": what was
    // answered, not what was said.
    if matches!(lemma, "respond" | "reply" | "answered")
        && doc.norm.get(cue_end).is_some_and(|w| &**w == "to")
    {
        return None;
    }
    // "So says Jo Doe, who …": a cue turned round after "so" gives the quotation before it
    // its speaker; it reports nothing of its own.
    let mut before_cue = words.iter().take_while(|&&k| k < c);
    let so_alone = matches!(
        (before_cue.next(), before_cue.next()),
        (Some(&k), None) if matches!(&*doc.norm[k], "so" | "thus")
    );
    if so_alone && subj_first >= cue_end {
        return None;
    }
    let content = words
        .iter()
        .filter(|&&k| !(subj_first..=subj_last).contains(&k) && !(c..cue_end).contains(&k))
        .count();
    let ends_with_colon = doc.tok_text(b - 1) == ":";
    if content < 2 && !ends_with_colon {
        return None;
    }
    // "X told journalists:" introduces the quotation that follows; it is not one. "He said
    // he saw two advantages to the new approach:" is one.
    let introducer = ends_with_colon
        && (cue_end..b)
            .filter(|&k| {
                doc.toks[k].kind == TokKind::Word && !(subj_first..=subj_last).contains(&k)
            })
            .count()
            <= INTRODUCER_WORDS;
    let found = attr.found(subject, c, lemma, len)?;
    let (from, to) = if c == a && subj_first >= cue_end {
        // "According to Ann Lee, prisons are full": what follows the source (and what the
        // writer says of them: "According to Dr Jo Doe, who heads a clinic, families …").
        let described = match subject {
            Subject::Name(ni) => attr.names[ni]
                .apposition_toks
                .filter(|&(_, end)| doc.tok_text(end) == ",")
                .map_or(subj_last, |(_, end)| end.max(subj_last)),
            _ => subj_last,
        };
        // (The token after the source: the comma that closes what is said of them.)
        let after = if described > subj_last {
            described
        } else {
            subj_last + 1
        };
        (
            after + usize::from(after < b && doc.tok_text(after) == ","),
            b,
        )
    } else {
        // "…, said Jo Doe, a nurse.": after the cue, the speaker's appositive is theirs too.
        let speaker_last = match subject {
            Subject::Name(ni) if c < subj_first => {
                attr.names[ni]
                    .apposition_toks
                    .map_or(subj_last, |(_, end)| {
                        // The comma that closes the appositive is the sentence's.
                        let end = end - usize::from(doc.tok_text(end) == ",");
                        end.max(subj_last)
                    })
            }
            _ => subj_last,
        };
        said(doc, (a, b), (subj_first, speaker_last), (c, cue_end))
    };
    // "WELLINGTON (Reuters) - The government will …, the minister announced": not the
    // dateline.
    let from = crate::mentions::dateline_after(doc, from)
        .filter(|&k| k < to)
        .unwrap_or(from);
    if from >= to {
        return None;
    }
    let last = last_said(doc, to);
    let last = last.max(from);
    // "the rise that critics predicted.": a cue with nothing after it in its clause
    // reports nothing.
    let said_words = (from..=last)
        .filter(|&k| doc.toks[k].kind == TokKind::Word && !(c..cue_end).contains(&k))
        .count();
    if said_words == 0 {
        return None;
    }
    Some(Reported {
        span: doc.span_of(from, last),
        toks: (a, b),
        said: (from, last + 1),
        found,
        introducer,
    })
}

/// What was said in clause `(a, b)` (token range, end exclusive), the speaker's name left
/// out as it is for a quotation: from the cue on when the speaker comes first ("Ann Lee
/// called for …", "Ann Lee told the radio that …"); the words before the speaker when the
/// report comes first ("… on board with the plans, she said"); otherwise the whole clause
/// ("The shift was ruled out by Labour").
fn said(
    doc: &Document,
    (a, b): (usize, usize),
    (subj_first, subj_last): (usize, usize),
    (cue, cue_end): (usize, usize),
) -> (usize, usize) {
    let words = |range: std::ops::Range<usize>| {
        range.filter(|&k| doc.toks[k].kind == TokKind::Word).count()
    };
    // The report first, then only the speaker and the cue, perhaps with when or where:
    // "…, she said on Monday." — not "Speaking on radio, Ann Lee called for action".
    // A body's name leaves its article out ("…, the Home Office said"): the report ends
    // before the article.
    let mut report_end = owner_start(doc, a, cue.min(subj_first));
    if report_end > a + 1 && matches!(&*doc.norm[report_end - 1], "the" | "a" | "an") {
        report_end -= 1;
    }
    let report_end = description_start(doc, a, report_end);
    let tail = listener_end(doc, cue, cue_end.max(subj_last + 1), b);
    let tail_first = (tail..b).find(|&k| doc.toks[k].kind == TokKind::Word);
    let tail_is_circumstance = tail_first.is_none_or(|k| {
        crate::lexicon::is_date_word(&doc.norm[k]) || CIRCUMSTANCE.contains(&&*doc.norm[k])
    });
    // "…, she said during a second reading of the bill on Tuesday.": a longer circumstance
    // when it reports nothing itself (no "that") and the report before does not open with a
    // phrase of its own ("Speaking on the radio, Ann Lee said on Monday the …").
    // So is a day set off by a comma ("…, Premier Jo Doe announced Friday, less than two
    // years into the pilot.").
    let long_circumstance = tail_first.is_some_and(|k| {
        let dated = crate::lexicon::is_date_word(&doc.norm[k])
            && (k + 1..b.min(k + 3)).any(|j| doc.tok_text(j) == ",");
        (matches!(&*doc.norm[k], "during" | "at" | "in" | "on") && words(tail..b) <= 10
            || dated && words(tail..b) <= 14)
            && !(tail..b).any(|j| &*doc.norm[j] == "that")
    }) && (a..report_end)
        .find(|&k| doc.toks[k].kind == TokKind::Word)
        .is_some_and(|k| {
            let w: &str = &doc.norm[k];
            !w.ends_with("ing") && !matches!(w, "in" | "on" | "at" | "asked" | "when" | "after")
        });
    // "…, he said, meaning less crime": a participle's phrase after the speaker goes on
    // with the report; it is not what the cue introduces.
    // ("…, the minister said on Wednesday, reversing a decision that …": when may come
    // between, in a few words with a day or a date.)
    let comma = (tail..b.min(tail + 6))
        .find(|&k| doc.tok_text(k) == ",")
        .filter(|&comma| {
            comma == tail || (tail..comma).any(|k| crate::lexicon::is_date_word(&doc.norm[k]))
        });
    let participle_tail = comma.is_some_and(|comma| {
        comma + 1 < b
            && doc.toks[comma + 1].kind == TokKind::Word
            && doc.norm[comma + 1].ends_with("ing")
    });
    // "…, the minister has confirmed, despite objections from the union.": so does a
    // circumstance set off right after the cue ("The trial, she said, will go on" goes on
    // with the report, and no circumstance opens it).
    let circumstance_tail = comma.is_some_and(|comma| {
        comma == tail
            && comma + 1 < b
            && (CIRCUMSTANCE.contains(&&*doc.norm[comma + 1])
                || SET_OFF_CIRCUMSTANCE.contains(&&*doc.norm[comma + 1]))
    });
    if words(a..report_end) >= 2
        && ((words(tail..b) <= 4 && tail_is_circumstance)
            || long_circumstance
            || participle_tail
            || circumstance_tail)
        && matches!(doc.tok_text(report_end - 1), "," | "–" | "—")
    {
        return (a, report_end);
    }
    if subj_last < cue {
        return (cue, b);
    }
    (a, b)
}

/// After "told", who was told ("…, two officials told Reuters on Monday.", "…, she told
/// reporters", "…, he told the newspaper"): part of the cue, not a report of its own. The
/// token after the listener (from `k`, before `b`), or `k` when no listener follows.
fn listener_end(doc: &Document, cue: usize, k: usize, b: usize) -> usize {
    if !matches!(&*doc.norm[cue], "told" | "tells" | "tell") {
        return k;
    }
    let word = |j: usize| j < b && doc.toks[j].kind == TokKind::Word;
    let mut j = k + usize::from(word(k) && matches!(&*doc.norm[k], "the" | "a" | "an"));
    let start = j;
    while word(j) && j - start < 5 && tokens::is_capitalised(doc.tok_text(j)) {
        j += 1;
    }
    if j == start {
        // "told reporters", "told the newspaper", "told a news conference".
        while word(j)
            && j - start < 2
            && !crate::lexicon::is_date_word(&doc.norm[j])
            && !CIRCUMSTANCE.contains(&&*doc.norm[j])
            && !matches!(&*doc.norm[j], "that" | "it" | "they" | "he" | "she" | "we")
        {
            j += 1;
        }
    }
    j
}

/// Where the speaker's owner starts, when one comes right before token `at`: "…, Labour's
/// Jo Doe said", "…, the Youth League's Jo Doe said", "…, the party's health spokesman Jo
/// Doe said". The owner is the speaker's party or employer, not part of the report. At most
/// five capitalised words before the possessive, and not before token `floor + 1`.
fn owner_start(doc: &Document, floor: usize, at: usize) -> usize {
    let possessive =
        at > floor + 1 && doc.is_writer_word(at - 1) && tokens::is_possessive(doc.tok_text(at - 1));
    if !possessive {
        return at;
    }
    let mut k = at - 1;
    while k > floor + 1
        && at - k < 6
        && doc.is_writer_word(k - 1)
        && tokens::is_capitalised(doc.tok_text(k - 1))
    {
        k -= 1;
    }
    k
}

/// Where a description of the speaker starts, when one comes right before token `at` and a
/// comma sets it off from the report: "…, the Russian diplomat Jo Doe stated on Monday",
/// "…, Russia's envoy in Vienna Jo Doe said". It opens with a determiner or an owner's
/// possessive and runs at most ten words, none of which opens a clause; else `at`.
fn description_start(doc: &Document, floor: usize, at: usize) -> usize {
    const WORDS: usize = 10;
    if at <= floor + 1 || doc.tok_text(at - 1) == "," {
        return at;
    }
    let mut k = at - 1;
    while k > floor && at - k <= WORDS + 1 {
        let t = doc.tok_text(k);
        if t == "," {
            let first = k + 1;
            let opens = crate::lexicon::is_determiner(&doc.norm[first])
                && !matches!(&*doc.norm[first], "that" | "this" | "these" | "those")
                || tokens::is_possessive(doc.tok_text(first));
            return if opens { first } else { at };
        }
        let clause_word = matches!(
            &*doc.norm[k],
            "that" | "who" | "which" | "whose" | "and" | "but" | "or" | "if" | "because"
        );
        if !doc.is_writer_word(k) || clause_word || doc.toks[k].kind != TokKind::Word {
            return at;
        }
        k -= 1;
    }
    at
}

/// Words that open when or where something was said, after the speaker ("…, she said on
/// Monday"): a list, not a `match`, for a fraction of the code.
/// Lemmas of verbs of saying and thinking, which may follow the clause they report ("…, she
/// said"), as verbs of backing and opposing, which take an object, do not.
const SAYING: &[&str] = &[
    "say",
    "add",
    "tell",
    "stated",
    "stress",
    "insist",
    "claim",
    "argue",
    "warn",
    "explain",
    "write",
    "noted",
    "admit",
    "acknowledge",
    "announce",
    "declare",
    "maintain",
    "assert",
    "contend",
    "tweet",
    "posted",
    "conclude",
    "believe",
    "think",
    "feel",
    "confirm",
    "reveal",
    "point out",
    "reiterate",
    "emphasise",
    "concede",
    "complain",
    "allege",
    "caution",
    "predict",
    "observe",
    "remark",
    "indicate",
    "estimate",
];

/// Words that open a circumstance set off after a cue, besides [`CIRCUMSTANCE`]'s.
const SET_OFF_CIRCUMSTANCE: &[&str] = &[
    "despite",
    "amid",
    "amidst",
    "following",
    "ahead",
    "as",
    "whilst",
    "with",
    "without",
];

const CIRCUMSTANCE: &[&str] = &[
    "on", "in", "at", "to", "during", "after", "before", "when", "while", "earlier", "later",
    "last", "this", "recently",
];

fn subject_range(attr: &Attributor, subject: Subject) -> (usize, usize) {
    match subject {
        // "…, the Health Secretary, Jo Doe, said": the role set off before the name is the
        // speaker's too.
        Subject::Name(ni) => {
            let m = &attr.names[ni];
            let role = m.role_before.map(|r| attr.doc.tok_at(r.start));
            (role.map_or(m.toks.0, |r| r.min(m.toks.0)), m.toks.1)
        }
        Subject::Pronoun(_, k) => (k, k),
        // "a report by the county health department": who wrote the document is part of
        // the source.
        Subject::Description { first, last, head } => {
            (first, attr.document_author_end(head, last).unwrap_or(last))
        }
    }
}

/// "the measures it believes could work": a pronoun subject right after a noun heads a
/// relative clause, not the sentence's report.
fn embedded(doc: &Document, subject: Subject) -> bool {
    let Subject::Pronoun(_, k) = subject else {
        return false;
    };
    if k == 0 || doc.sentences[doc.sentence_of[k]].0 == k {
        return false;
    }
    let prev: &str = &doc.norm[k - 1];
    doc.toks[k - 1].kind == TokKind::Word && !CLAUSE_OPENERS.contains(&prev)
}

/// Words after which a pronoun starts a clause of its own ("and she said"), not a relative
/// clause on the noun before it.
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "that", "so", "as", "because", "while", "when", "though", "although", "however",
    "yet", "then", "now",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn reported(text: &str) -> Vec<(String, String)> {
        let doc = Document::new(text);
        let mut attr = Attributor::new(&doc);
        let mut out = Vec::new();
        for s in 0..doc.sentences.len() {
            for r in find(&mut attr, s) {
                if !r.introducer {
                    out.push((
                        r.span.slice(text).to_string(),
                        attr.registry.get(r.found.speaker).name.clone(),
                    ));
                }
            }
        }
        out
    }

    #[test]
    fn reported_speech_table() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            // A speaker set off by dashes is the subject; what follows the verb is the report.
            (
                "Maria Oyelaran — a nurse who runs the site — told the board that arrests push people away from care.",
                &[("told the board that arrests push people away from care.", "Maria Oyelaran")],
            ),
            // A subordinate clause with a named subject and a reporting verb of its own is
            // that subject's report, not the main clause's.
            (
                "The minister ruled out any change after former party leader Jo Bird called for decriminalisation.",
                &[
                    ("ruled out any change", "The minister"),
                    ("called for decriminalisation.", "Jo Bird"),
                ],
            ),
            (
                "The union said it would fight the plan, although Mayor Jo Bird announced a vote.",
                &[
                    ("said it would fight the plan", "The union"),
                    ("announced a vote.", "Jo Bird"),
                ],
            ),
            // The body of the person a relative clause describes speaks for them.
            (
                "The vote flies in the face of Gov. Jane Moss (D), whose administration opposes the reform.",
                &[("opposes the reform.", "Jane Moss")],
            ),
            // What a body issues speaks in its name; a study someone cites does not.
            (
                "Safe Streets Westshire released a statement saying it would back decriminalisation.",
                &[("saying it would back decriminalisation.", "Safe Streets Westshire")],
            ),
            ("Jo Doe cited a study saying arrests had fallen.", &[]),
            // "The council" is a council: not the federation just named, but the council
            // named before it.
            (
                "The Eastvale Police Federation warned of the cost.\n\nThe council said it backed the plan.",
                &[
                    ("warned of the cost.", "Eastvale Police Federation"),
                    ("said it backed the plan.", "The council"),
                ],
            ),
            (
                "Westvale City Council met on Monday.\n\nThe Eastvale Police Federation warned of the cost.\n\nJo Doe, a resident, said she was worried.\n\nThe city council said it would vote.",
                &[
                    ("warned of the cost.", "Eastvale Police Federation"),
                    ("said she was worried.", "Jo Doe"),
                    ("said it would vote.", "Westvale City Council"),
                ],
            ),
            (
                "Westvale City Council voted on Monday. The Eastvale Police Federation warned of the cost. The city council said it would vote.",
                &[
                    ("warned of the cost.", "Eastvale Police Federation"),
                    ("said it would vote.", "Westvale City Council"),
                ],
            ),
            // "as X said" comments on the main clause: it is not a report of its own.
            (
                "The mayor said the reform was overdue, as Jo Day said last week.",
                &[("said the reform was overdue, as Jo Day said last week.", "The mayor")],
            ),
            // Without a reporting verb of its own, the clause goes on with the report.
            (
                "The minister said the plan would fail because Jo Bird had left.",
                &[("said the plan would fail because Jo Bird had left.", "The minister")],
            ),
            // A role set off before the name is who agreed, not what was said.
            ("Her party colleague, Jo Doe, agreed.", &[]),
            // A description of the speaker, after the comma that ends the report, is the
            // speaker's: the report is what comes before it.
            (
                "Norland breached the convention, the Estovian diplomat Piotr Varga stated on Monday.",
                &[("Norland breached the convention", "Piotr Varga")],
            ),
            (
                "Norland breached the convention, Estovia's envoy in Vienna Piotr Varga said.",
                &[("Norland breached the convention", "Piotr Varga")],
            ),
            // Who wrote a document is the source's, not what was said.
            ("According to a report by the health department, deaths rose.", &[("deaths rose.", "the health department")]),
            ("Arrests fell, according to a report by the science adviser Jo Doe released in July.", &[("Arrests fell", "Jo Doe")]),
            // "So says X" gives the quotation before it its speaker; it reports nothing.
            ("So says Sheriff Dana Cole, who has spent 30 years in law enforcement.", &[]),
            // A circumstance set off right after the cue is the writer's; words that go on
            // with the report after a cue in its middle are not a circumstance.
            (
                "The trial will run for another year, Jo Doe said, despite objections from the union.",
                &[("The trial will run for another year", "Jo Doe")],
            ),
            (
                "The trial will run for another year, the Health Minister has confirmed, amid objections.",
                &[("The trial will run for another year", "Health Minister")],
            ),
            // When, then a participle's phrase after the speaker: the report is before; what
            // the cue takes, then a participle, is the report.
            (
                "Back then, the mayor argued in favour of a pilot, saying the city could run one.",
                &[("argued in favour of a pilot, saying the city could run one.", "the mayor")],
            ),
            (
                "Cannabis will be a narcotic again, Health Minister Jo Doe said on Wednesday, reversing a decision that made it legal.",
                &[("Cannabis will be a narcotic again", "Jo Doe")],
            ),
            ("So the sheriff says people should be treated, not jailed.", &[("says people should be treated, not jailed.", "the sheriff")]),
            (
                "The vote was close. On Monday, the council said the plan had failed.",
                &[("said the plan had failed.", "the council")],
            ),
            // A participle that introduces a quotation ends the report.
            (
                "Jo Doe said the state would spend more on treatment, adding: “It was never meant to stand alone.”",
                &[("said the state would spend more on treatment", "Jo Doe")],
            ),
            (
                "The province will ban it, Premier Jo Doe announced Friday, less than two years into the pilot.",
                &[("The province will ban it", "Jo Doe")],
            ),
            (
                "Jo Doe announced Friday, after a long meeting, a ban on it.",
                &[("announced Friday, after a long meeting, a ban on it.", "Jo Doe")],
            ),
            (
                "According to Dr Jo Doe, who heads a clinic in Leeds, families hid it for years.",
                &[("families hid it for years.", "Jo Doe")],
            ),
            // A last verb of saying governs the cues before it; an outlet's relay does not.
            (
                "The state will ask the Centre to amend the Act, Health Minister Jo Doe said on Tuesday.",
                &[("The state will ask the Centre to amend the Act", "Jo Doe")],
            ),
            (
                "Use is rising, the North Shire Trust said in its report, the agency reported.",
                &[("Use is rising", "North Shire Trust")],
            ),
            // Who was told is part of the cue: the report comes before it.
            (
                "The ministry is drafting rules, two officials told Reuters on Monday.",
                &[("The ministry is drafting rules", "two officials")],
            ),
            (
                "Prisons are full, Jane Doe told reporters.",
                &[("Prisons are full", "Jane Doe")],
            ),
            (
                "Jane Doe told the council that prisons are full.",
                &[("told the council that prisons are full.", "Jane Doe")],
            ),
            (
                "Jane Doe has long argued that prisons are full.",
                &[("argued that prisons are full.", "Jane Doe")],
            ),
            // A dateline is not what was said.
            (
                "WELLINGTON (Reuters) - The law will go, Minister Jo Doe announced on Thursday.",
                &[("The law will go", "Jo Doe")],
            ),
            // What someone responds to is not what they said.
            (
                "The minister was responding to a demand by Jo Roe. Jo Roe had replied to critics.",
                &[],
            ),
            (
                "Jo Doe responded that the figures were wrong.",
                &[("responded that the figures were wrong.", "Jo Doe")],
            ),
            // A relative clause's verb describes the speaker; the main verb reports.
            (
                "Jo Doe, who had urged the council to act, said on Monday that jails were full.",
                &[("said on Monday that jails were full.", "Jo Doe")],
            ),
            // "which" is never a person: the body before the insert.
            (
                "It answered the Drugs Committee, chaired by Senator Jo Doe, which proposed ending the ban.",
                &[("proposed ending the ban.", "Drugs Committee")],
            ),
            // An age and then who she is, between the name and the cue.
            (
                "Jo Kent, 43, a nurse, said she welcomed the vote.",
                &[("said she welcomed the vote.", "Jo Kent")],
            ),
            // The speaker's owner or role before the name is not part of the report.
            (
                "Prisons are full, Labour's Jane Doe said.",
                &[("Prisons are full", "Jane Doe")],
            ),
            (
                "Prisons are full, the Eastvale Youth League's Jane Doe said.",
                &[("Prisons are full", "Jane Doe")],
            ),
            (
                "Prisons are full, the Health Secretary, Jane Doe, said.",
                &[("Prisons are full", "Jane Doe")],
            ),
            (
                "Prisons are full, said Jane Doe, a nurse.",
                &[("Prisons are full", "Jane Doe")],
            ),
            (
                "Prisons are full, said Jane Doe, a nurse, on Monday.",
                &[("Prisons are full", "Jane Doe")],
            ),
            // A cue denied reports nothing said.
            (
                "The office of Jane Doe did not immediately respond to a request for comment.",
                &[],
            ),
            ("Jane Doe didn’t say whether the bill would pass.", &[]),
            (
                "Jane Doe said she would not comment on the bill.",
                &[("said she would not comment on the bill.", "Jane Doe")],
            ),
            (
                "Supporters of the bill say the way the state works now is wrong.",
                &[("say the way the state works now is wrong.", "Supporters of the bill")],
            ),
            (
                "The shift was also ruled out by Labour, with Rachel Reeves telling journalists: “No.”",
                &[("The shift was also ruled out by Labour", "Labour")],
            ),
            // A preposition after the head, or two in a row, stay in the phrase.
            (
                "At the hearing, shop owners from across Eastvale said the ban was overdue.",
                &[(
                    "said the ban was overdue.",
                    "shop owners from across Eastvale",
                )],
            ),
            (
                "Police forces throughout Northshire said the law was clear.",
                &[("said the law was clear.", "Police forces throughout Northshire")],
            ),
            // "states" before "have said" is the subject's noun, not a verb.
            (
                "Several federal states have said they would delay the law.",
                &[("said they would delay the law.", "Several federal states")],
            ),
            // A person described by age or family is the person just named.
            (
                "Karen Doe lost her son in 2022. The 54-year-old said she had begged for help.",
                &[("said she had begged for help.", "Karen Doe")],
            ),
            (
                "Karen Doe lost her son in 2022. The mother-of-three said she had begged for help.",
                &[("said she had begged for help.", "Karen Doe")],
            ),
            // Governments and their parts speak as groups.
            (
                "The states said they would not comply.",
                &[("said they would not comply.", "The states")],
            ),
            (
                "Health authorities said the law would change.",
                &[("said the law would change.", "Health authorities")],
            ),
            // Reporting verbs of advice, rulings and estimates; "spoke out" only with a side.
            (
                "Deputy Speaker Jo Bird advised the committee to drop the bill.",
                &[("advised the committee to drop the bill.", "Jo Bird")],
            ),
            (
                "The Northshire High Court ruled that the ban was unconstitutional.",
                &[(
                    "ruled that the ban was unconstitutional.",
                    "Northshire High Court",
                )],
            ),
            (
                "Senator Ann Lee had spoken out against legalisation this week.",
                &[("spoken out against legalisation this week.", "Ann Lee")],
            ),
            ("Ann Lee spoke out after the vote.", &[]),
            ("Gardaí were on board with the plans, he said.", &[]),
            (
                "Ann Lee spoke first. Gardaí were on board with the plans, she said.",
                &[("Gardaí were on board with the plans", "Ann Lee")],
            ),
            ("In a document, the Government outlines measures it believes could be taken.", &[]),
            // A plural role noun as the subject; a pronoun with its auxiliary contracted.
            (
                "The plaintiffs had argued that the ban breached their rights.",
                &[("argued that the ban breached their rights.", "The plaintiffs")],
            ),
            (
                "Jo Bird voted no. She's argued that the ban is unfair.",
                &[("argued that the ban is unfair.", "Jo Bird")],
            ),
            (
                "Premier Dana Ford repeated her call for a review of the scheme.",
                &[("repeated her call for a review of the scheme.", "Dana Ford")],
            ),
            (
                "Two nurses' unions came out against the pilot scheme.",
                &[("came out against the pilot scheme.", "Two nurses' unions")],
            ),
            ("Ann Lee added:", &[]),
            (
                "Prisons are full, Ann Lee said on Monday.",
                &[("Prisons are full", "Ann Lee")],
            ),
            (
                "Prisons are full, the Home Office said on Tuesday.",
                &[("Prisons are full", "Home Office")],
            ),
            (
                "Speaking on the radio, Ann Lee called for action.",
                &[("called for action.", "Ann Lee")],
            ),
            (
                "Ann Lee told the North Shire radio that she would never agree to it.",
                &[("told the North Shire radio that she would never agree to it.", "Ann Lee")],
            ),
            ("The weather was lovely.", &[]),
            (
                "Most members were in favour, including Coun. Ann Lee who felt the board should debate it, and Coun. Jo Roe, who would not vote.",
                &[("felt the board should debate it", "Ann Lee")],
            ),
            ("Use has not risen the way that critics predicted.", &[]),
            (
                "Earlier this week the Ana Liffey drug project launched a report which called for drug decriminalisation.",
                &[("called for drug decriminalisation.", "Ana Liffey drug project")],
            ),
            // A plural's apostrophe is not a quotation mark.
            (
                "Chief Constable Ann Lee, the Northshire chief officers’ lead on drugs, said the matter was for Parliament.",
                &[("said the matter was for Parliament.", "Ann Lee")],
            ),
            // "but" and a new subject start a new clause, comma or not.
            (
                "Tom Roe called for a review but Mayor Jo Bird said the plan was wrong.",
                &[("called for a review", "Tom Roe"), ("said the plan was wrong.", "Jo Bird")],
            ),
            // So do "and" and a name that reports ("…, and Prime Minister Jo Bird said"), but
            // not "and" and a name that does not.
            (
                "Nurses urged councillors to act, and Prime Minister Jo Bird said she would welcome it.",
                &[
                    ("urged councillors to act", "Nurses"),
                    ("said she would welcome it.", "Jo Bird"),
                ],
            ),
            // … and so does a subject that ends in the name ("…, and former party leader Jo
            // Bird called for"), as after a subordinator.
            (
                "Home Secretary Tom Roe ruled out any change, and former party leader Jo Bird called for the decriminalisation of drugs.",
                &[
                    ("ruled out any change", "Tom Roe"),
                    ("called for the decriminalisation of drugs.", "Jo Bird"),
                ],
            ),
            (
                "Ann Lee said the law would cut crime, and Parliament should pass it.",
                &[("said the law would cut crime, and Parliament should pass it.", "Ann Lee")],
            ),
            // The report goes on past "but" in the speaker's voice …
            (
                "Dr Ann Lee said she remained concerned about the risks, but she recognised the case for change.",
                &[(
                    "said she remained concerned about the risks, but she recognised the case for change.",
                    "Ann Lee",
                )],
            ),
            // … not past "with" or someone else's words.
            (
                "Ann Lee said the plan was wrong, with Tom Roe telling the council he disagreed.",
                &[
                    ("said the plan was wrong", "Ann Lee"),
                    ("telling the council he disagreed.", "Tom Roe"),
                ],
            ),
            (
                "Ann Lee said she hoped for support, but that was not the case.",
                &[("said she hoped for support", "Ann Lee")],
            ),
            // A participle's phrase after the speaker is not what was said.
            (
                "This would cut the income of the gangs, Tom Roe said, meaning less crime.",
                &[("This would cut the income of the gangs", "Tom Roe")],
            ),
            // When it was said, however it is put.
            (
                "Police forces are ready for the change, Chief Constable Ann Lee said Monday.",
                &[("Police forces are ready for the change", "Ann Lee")],
            ),
            (
                "Prisons are full, Tom Roe said during a second reading of the bill on Tuesday.",
                &[("Prisons are full", "Tom Roe")],
            ),
            (
                "Speaking on the radio, Ann Lee said on Monday the plan was wrong.",
                &[("said on Monday the plan was wrong.", "Ann Lee")],
            ),
            // "according to" names a source for what the clause says.
            (
                "According to Ann Lee, the gangs would lose their income.",
                &[("the gangs would lose their income.", "Ann Lee")],
            ),
            (
                "The legal situation is a grey area, according to Tom Roe.",
                &[("The legal situation is a grey area", "Tom Roe")],
            ),
            // No speaker is better than "a member stood up and".
            ("There was a moment when a member stood up and expressed frustration.", &[]),
            // A clause before a colon introduces a quotation unless it says something itself.
            ("Speaking on the radio on Monday evening, Ann Lee told the Northshire Echo:", &[]),
            (
                "Ann Lee said she saw two main advantages to the new approach:",
                &[("said she saw two main advantages to the new approach", "Ann Lee")],
            ),
        ];
        for (text, want) in cases {
            let got = reported(text);
            let got: Vec<(&str, &str)> =
                got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
            assert_eq!(&got, want, "text {text:?}");
        }
    }
}
