//! What a topic profile's words say about a stretch of text: the rule-based reading of
//! stance, which the stance model reads as features.
//!
//! Sentiment is not stance: "locking up drug addicts does not work" is negative in tone and
//! supports decriminalisation. So the classifier composes two things the topic profile
//! lists: **targets** (the policy, its alternative, references back to it) and
//! **evaluations** (approving or disapproving words), with negation:
//!
//! * an evaluation applies to the nearest target in its clause (else in its sentence);
//!   its contribution is `evaluation polarity × target side`, reversed by a negation earlier
//!   in the clause ("does **not** work");
//! * a target negated outright ("**not** criminalise", "**rather than** criminalised") counts
//!   as rejecting that side;
//! * frames ("a public health emergency") take a side by themselves;
//! * a call whose object is another call passes its sign on ("reject calls for
//!   decriminalisation": against × for = against);
//! * a policy's bare verb opening a sentence calls for it ("Decriminalise drugs, the party
//!   says").
//!
//! A quote that evaluates without naming a target ("It frightens me") borrows the target
//! from its context: the writer's sentence around it, or the speaker's previous words. A
//! quote with no evaluation of the topic is neutral ("Taking drugs can lead to a downward
//! spiral" evaluates drugs, not the policy).

use crate::phrases::WordStream;
use crate::span::Span;
use crate::tokens::{is_all_caps, is_capitalised, Tok};
use crate::topic::{CompiledTopic, Cue, Side};

use super::{Basis, Evidence, Judgement, Signal, Stance};

#[derive(Clone, Debug)]
struct Target {
    evidence: Evidence,
    /// Index of its first word in the assessed stream.
    word: usize,
    /// +1 policy, -1 alternative, reversed when negated outright.
    sign: i32,
    negated_by: Option<Evidence>,
    /// The negation follows a call ("should not be legalised", "must never be"): it is the
    /// call's, so a judgement of the same clause judges the target itself ("harmful and
    /// must never be legalised").
    call_negated: bool,
}

/// What one stretch of text says about the topic.
#[derive(Clone, Debug, Default)]
pub struct Assessment {
    /// Sum of contributions tied to a target or frame.
    pub score: i32,
    /// Evidence for `score`.
    pub evidence: Vec<Evidence>,
    /// Sum of evaluations tied to no target.
    pub loose_valence: i32,
    /// Evidence for `loose_valence`.
    pub loose_evidence: Vec<Evidence>,
    targets: Vec<Target>,
    summary: Vec<String>,
    /// The text refers back with "it", "this", "that"…: its evaluations may be about a target
    /// named in its context.
    anaphoric: bool,
    /// Every word of the text is part of a target phrase ("war on drugs", "rent control").
    only_target: bool,
}

impl Assessment {
    /// True when the text is nothing but the name of a side of the debate: quoted, it is a
    /// term ("the ‘war on drugs’"), not someone's words.
    pub fn is_only_a_target(&self) -> bool {
        self.only_target
    }

    /// True when the text takes a side by itself.
    pub fn is_decisive(&self) -> bool {
        self.score != 0
    }

    /// True when the text names a side of the debate.
    pub fn has_target(&self) -> bool {
        !self.targets.is_empty()
    }

    /// Where the text names a side, and which: +1 the policy (or a reference to it), -1
    /// its alternative; reversed when negated outright ("not decriminalise").
    pub fn targets(&self) -> impl Iterator<Item = (Span, i32)> + '_ {
        self.targets.iter().map(|t| (t.evidence.span, t.sign))
    }
}

struct Hit<'a> {
    start: usize,
    len: usize,
    cue: Cue,
    source: &'a str,
}

fn evidence(text: &str, stream: &WordStream, hit: &Hit, signal: Signal) -> Evidence {
    let first = stream.spans[hit.start];
    let last = stream.spans[hit.start + hit.len - 1];
    let span = Span::new(first.start, last.end);
    Evidence {
        span,
        text: span.slice(text).to_string(),
        signal,
        pattern: hit.source.to_string(),
        context: false,
    }
}

/// The verb a reading's summary gives a positive or negative weight.
fn favours(weight: i32) -> &'static str {
    if weight > 0 {
        "favours"
    } else {
        "disfavours"
    }
}

fn quoted(e: &Evidence) -> String {
    format!("“{}”", e.text)
}

/// How many tokens of a stretch are read: a quote, its context or a lede is far shorter,
/// and a bound keeps the pairing of cues and targets below (quadratic in the stretch's cues)
/// linear in the article, whatever runs on unbroken (a quote left open, a one-paragraph page).
pub(crate) const MAX_TOKENS: usize = 2_000;

/// The words a negation reaches a target across, at most three of them: "not to
/// decriminalise", "never going to be legalised", "not in prison".
const NEGATION_REACHES_ACROSS: &[&str] = &[
    "to", "be", "being", "been", "a", "an", "the", "going", "gonna", "in", "into", "continue",
];

/// For each word of `stream`: it is capitalised inside a sentence, so part of a name. Not a
/// sentence's first word, one after a colon, a dash, a bracket or an opening quote mark, and
/// nothing in a headline in title case.
fn capitalised_inside_sentences(text: &str, stream: &WordStream) -> Vec<bool> {
    // A capitalised word, not one in capitals throughout ("DECRIMINALISATION should…").
    let capitalised = |i: usize| {
        let w = stream.spans[i].slice(text);
        is_capitalised(w) && !is_all_caps(w)
    };
    let n = stream.words.len();
    // In title case hardly a longer word is left in lower case ("Police Chief Calls
    // Decriminalisation Dangerous"; "with", "from" and the like often are).
    let lower = (0..n)
        .filter(|&i| {
            let w = stream.spans[i].slice(text);
            w.len() >= 5 && w.as_bytes()[0].is_ascii_lowercase()
        })
        .count();
    if lower <= 1 {
        return vec![false; n];
    }
    (0..n)
        .map(|i| {
            let opens = stream.opens_sentence(i)
                || text[..stream.spans[i].start]
                    .trim_end()
                    .chars()
                    .next_back()
                    .is_none_or(|c| "“\"‘':([—–-".contains(c));
            !opens && capitalised(i)
        })
        .collect()
}

/// Verbs of accepting a proposition: a call to do so calls for nothing itself.
const ACCEPTANCE: &[&str] = &[
    "accept",
    "acknowledge",
    "admit",
    "recognise",
    "recognize",
    "realise",
    "realize",
    "concede",
];

/// Verbs that follow a subject: what shows a call in -ing opening a clause to be one.
const SUBJECT_VERBS: &[&str] = &[
    "is", "was", "are", "were", "would", "will", "could", "can", "might", "may", "must", "should",
    "has", "have", "had", "won't", "wouldn't", "isn't", "wasn't",
];

/// "rather than" and "instead of" reject whatever they put second, however it is phrased:
/// "treatment rather than being given criminal records", "instead of sending them to
/// prison". A bare "not" reaches only across the words of [`NEGATION_REACHES_ACROSS`].
fn rejects_what_follows(negation: &[&str]) -> bool {
    matches!(negation, ["rather", "than"] | ["instead", "of"])
}

/// True when the target at word `target` is what an evaluation ending at word `end` measures
/// against: a "than" at most three words after the evaluation and before the target. Not
/// "rather than" (a negation), "other than", nor "more than 4,000 arrests" (a count).
fn compared_against(words: &[&str], end: usize, target: usize) -> bool {
    (end..target.min(end + 3)).any(|k| {
        words[k] == "than"
            && !(k > 0 && matches!(words[k - 1], "rather" | "other" | "more" | "less" | "fewer"))
    })
}

/// Assesses the words of `toks` (a stretch of `text`, its first [`MAX_TOKENS`]) against the
/// topic.
pub fn assess(text: &str, toks: &[Tok], topic: &CompiledTopic) -> Assessment {
    let toks = &toks[..toks.len().min(MAX_TOKENS)];
    let stream = WordStream::new(text, toks);
    let words: Vec<&str> = stream.words.iter().map(String::as_str).collect();
    // A phrase does not run across a comma or a dash ("At the end of the day,
    // decriminalisation works" names no end of decriminalisation): each clause is matched
    // on its own.
    let mut hits: Vec<Hit> = Vec::new();
    let mut first = 0;
    while first < words.len() {
        let end = first
            + stream.clause[first..]
                .iter()
                .take_while(|&&c| c == stream.clause[first])
                .count();
        hits.extend(
            topic
                .patterns
                .find_all(&words[first..end])
                .into_iter()
                .map(|m| Hit {
                    start: first + m.start,
                    len: m.len,
                    cue: *m.payload,
                    source: m.source,
                }),
        );
        first = end;
    }
    // Words ending in n't negate whatever the profile says.
    let covered: Vec<bool> = {
        let mut c = vec![false; words.len()];
        for h in &hits {
            c[h.start..h.start + h.len]
                .iter_mut()
                .for_each(|x| *x = true);
        }
        c
    };
    for (i, w) in words.iter().enumerate() {
        if !covered[i] && (w.ends_with("n't") || *w == "cannot") {
            hits.push(Hit {
                start: i,
                len: 1,
                cue: Cue::Negation,
                source: "n't",
            });
        }
    }
    crate::sort::sort_by_key(&mut hits, |h| h.start);
    // "Smart Approaches to Marijuana", a surname like Worrall, "the Safe Streets Bylaw": a
    // judgement or a call in a name is no one's judgement. Nor is "the Eastgate Harm
    // Reduction Project" the policy for a judgement to judge: a side named in capitals, two
    // words or more, is a name ("Prohibition" alone, or "Measure 110", stays a side).
    let names = capitalised_inside_sentences(text, &stream);
    let named = |i: usize| names.get(i).copied().unwrap_or(false);
    hits.retain(|h| match h.cue {
        Cue::Evaluation(_) | Cue::Advocacy(_) => !named(h.start),
        Cue::Target(Side::Policy | Side::Alternative) => {
            h.len < 2 || !(h.start..h.start + h.len).all(named)
        }
        _ => true,
    });

    let negations: Vec<&Hit> = hits.iter().filter(|h| h.cue == Cue::Negation).collect();
    let target_words: usize = hits
        .iter()
        .filter(|h| matches!(h.cue, Cue::Target(_)))
        .map(|h| h.len)
        .sum();
    let mut a = Assessment {
        anaphoric: (0..words.len()).any(|i| refers_back(&words, &stream.clause, i)),
        only_target: !words.is_empty() && target_words == words.len(),
        ..Assessment::default()
    };

    // Targets, with outright negation: "not criminalise", "rather than criminalised".
    let mut consumed = vec![false; hits.len()];
    // "Repealing the reform would be a mistake", "Scrapping decriminalisation is right": a
    // call in -ing opening its clause (or the noun "opposition to" anywhere), its target
    // right after it and a verb of being or a modal soon after that, is the subject of what
    // follows, which judges the call's target turned by the call (repealing the reform is
    // the other side), not the reform itself. The call is consumed. ("…, calling for
    // decriminalisation." is no subject: it calls.)
    let mut turned_by: Vec<(i32, usize)> = hits.iter().map(|h| (1, h.start)).collect();
    for (ci, c) in hits.iter().enumerate() {
        let Cue::Advocacy(p) = c.cue else { continue };
        // "the opposition to harm reduction has cost lives": the noun is a subject wherever
        // it stands.
        let gerund = stream.opens_clause(c.start) && words[c.start].ends_with("ing");
        if !(gerund || words[c.start] == "opposition") {
            continue;
        }
        let end = c.start + c.len;
        if let Some((ti, _)) = hits
            .iter()
            .enumerate()
            .skip(ci + 1)
            .find(|(_, n)| n.cue != Cue::Idiom)
            .filter(|(_, n)| {
                let after = n.start + n.len;
                matches!(n.cue, Cue::Target(_))
                    && n.start <= end + 2
                    && stream.clause[n.start] == stream.clause[c.start]
                    && (after..(after + 3).min(words.len())).any(|k| {
                        stream.clause[k] == stream.clause[c.start]
                            && SUBJECT_VERBS.contains(&words[k])
                    })
            })
        {
            turned_by[ti] = (p.signum(), c.start);
            consumed[ci] = true;
        }
    }
    for (hi, h) in hits.iter().enumerate() {
        if let Cue::Target(side) = h.cue {
            let (turn, from) = turned_by[hi];
            let sign = topic.sign(side, &words[h.start..h.start + h.len]) * turn;
            // The evidence a reader sees is the whole phrase, "Repealing the reform".
            let phrase = Hit {
                start: from,
                len: h.start + h.len - from,
                cue: h.cue,
                source: h.source,
            };
            let signal = match (side, sign) {
                (Side::Anaphor, 1) => Signal::Reference,
                (_, 1) => Signal::Policy,
                _ => Signal::Alternative,
            };
            let negated_by = hits.iter().position(|n| {
                let end = n.start + n.len;
                n.cue == Cue::Negation
                    && stream.clause.get(end) == stream.clause.get(h.start)
                    && end <= h.start
                    && h.start - end <= 3
                    && (rejects_what_follows(&words[n.start..end])
                        || words[end..h.start]
                            .iter()
                            .all(|w| NEGATION_REACHES_ACROSS.contains(w)))
            });
            if let Some(n) = negated_by {
                consumed[n] = true;
            }
            let call_negated = negated_by.is_some_and(|n| {
                hits.iter().any(|c| {
                    matches!(c.cue, Cue::Advocacy(_))
                        && c.start + c.len == hits[n].start
                        && stream.clause[c.start] == stream.clause[hits[n].start]
                })
            });
            let sign = sign * if negated_by.is_some() { -1 } else { 1 };
            a.targets.push(Target {
                evidence: evidence(text, &stream, &phrase, signal),
                word: h.start,
                sign,
                negated_by: negated_by.map(|n| evidence(text, &stream, &hits[n], Signal::Negation)),
                call_negated,
            });
        }
    }
    let _ = &negations;

    // Each negation reverses the next evaluation, call or frame of its clause.
    let mut pending: Vec<usize> = Vec::new();
    let mut clause = usize::MAX;
    let mut linked = vec![false; a.targets.len()];
    // A modal right before a verb that judges ("must be overhauled", "should be scrapped")
    // lends that verb its force; it does not count on its own.
    let modal_before_judgement = |hi: usize| {
        let h = &hits[hi];
        matches!(
            words[h.start],
            "must" | "should" | "need" | "needs" | "ought" | "want" | "wants"
        ) && hits[hi + 1..]
            .iter()
            .find(|n| matches!(n.cue, Cue::Evaluation(_) | Cue::Advocacy(_)))
            .is_some_and(|n| {
                n.start <= h.start + h.len + 3 && stream.clause[n.start] == stream.clause[h.start]
            })
    };
    // After "but", "however" or "yet", a sentence makes its main point: what follows counts
    // double.
    let mut weight = vec![1; words.len()];
    for h in hits.iter().filter(|h| h.cue == Cue::Contrast) {
        if matches!(
            words[h.start],
            "but" | "however" | "yet" | "nevertheless" | "nonetheless"
        ) {
            let sentence = stream.sentence[h.start];
            for (w, s) in weight.iter_mut().zip(&stream.sentence).skip(h.start) {
                if *s != sentence {
                    break;
                }
                *w = 2;
            }
        }
    }
    // "urges states to end the war on drugs", "warns against postponing legalisation",
    // "calls for a halt to decriminalisation": a call whose object is another call passes
    // its sign to that call (for × against = against) instead of judging a target itself.
    // "welcomed the decision to scrap it", "backs the move to legalise": a decision, move
    // or plan to do something passes on what it is to do.
    let calls_a_call = |hi: usize| {
        let h = &hits[hi];
        let end = h.start + h.len;
        let mut rest = hits[hi + 1..]
            .iter()
            .filter(|n| !matches!(n.cue, Cue::Negation | Cue::Idiom));
        let mut next = rest.next();
        let mut reach = end + 3;
        if let Some(n) = next.filter(|n| {
            n.cue == Cue::Target(Side::Anaphor)
                && n.start <= end + 1
                && words.get(n.start + n.len) == Some(&"to")
        }) {
            reach = n.start + n.len + 2;
            next = rest.next();
        }
        matches!(h.cue, Cue::Advocacy(_))
            && next.is_some_and(|n| {
                matches!(n.cue, Cue::Advocacy(_))
                    && n.start <= reach
                    && stream.clause[n.start] == stream.clause[h.start]
            })
    };
    // "wrong to support legalisation", "a mistake to reject it", "wrong that they should be
    // criminalised", "regret voting for it": a judgement of a call passes its sign to the
    // call.
    let judges_a_call = |hi: usize| {
        let h = &hits[hi];
        let end = h.start + h.len;
        let proposition = words.get(end) == Some(&"that");
        matches!(h.cue, Cue::Evaluation(_))
            && hits[hi + 1..]
                .iter()
                .find(|n| !matches!(n.cue, Cue::Negation | Cue::Idiom))
                .is_some_and(|n| {
                    matches!(n.cue, Cue::Advocacy(_))
                        && (proposition
                            || (n.start <= end + 1 && words[n.start - 1] == "to")
                            || (n.start == end && words[n.start].ends_with("ing")))
                        && stream.clause[n.start] == stream.clause[h.start]
                })
    };
    // "must acknowledge that the war on drugs hasn't worked", "time to accept it has
    // failed": a call to accept something calls for nothing itself; what is accepted says
    // where the speaker stands. The call and the verb of accepting are both passed over.
    let accepted = |hi: usize| {
        let h = &hits[hi];
        let mut k = h.start + h.len;
        if words.get(k) == Some(&"to") {
            k += 1;
        }
        let accepts = matches!(h.cue, Cue::Advocacy(_))
            && words.get(k).is_some_and(|w| ACCEPTANCE.contains(w));
        accepts.then_some(k)
    };
    // The word of accepting that a call has just passed over.
    let mut accepting: Option<usize> = None;
    // The last negated call that judged a target: (its polarity, the target's word, the
    // call's evidence). "did not want drugs legalised, but possession decriminalised".
    let mut refused: Option<(i32, usize, Evidence)> = None;
    // The sign the calls before pass on, with their evidence.
    let mut carried = 1;
    let mut carried_evidence: Vec<Evidence> = Vec::new();
    for (hi, h) in hits.iter().enumerate() {
        if matches!(h.cue, Cue::Advocacy(_)) && modal_before_judgement(hi) {
            continue;
        }
        if let Some(k) = accepted(hi) {
            accepting = Some(k);
            continue;
        }
        if accepting == Some(h.start) {
            continue;
        }
        if stream.clause[h.start] != clause {
            clause = stream.clause[h.start];
            pending.clear();
            carried = 1;
            carried_evidence.clear();
        }
        let polarity = match h.cue {
            Cue::Negation => {
                if !consumed[hi] {
                    pending.push(hi);
                }
                continue;
            }
            Cue::Advocacy(_) if consumed[hi] => continue,
            Cue::Evaluation(p) | Cue::Advocacy(p) | Cue::Frame(p) => p,
            Cue::Target(_) | Cue::Contrast | Cue::Idiom => continue,
        };
        let negs: Vec<Evidence> = pending
            .drain(..)
            .map(|n| evidence(text, &stream, &hits[n], Signal::Negation))
            .collect();
        let flipped = negs.len() % 2 == 1;
        if calls_a_call(hi) || judges_a_call(hi) {
            carried *= if flipped { -polarity } else { polarity }.signum();
            carried_evidence.extend(negs);
            let signal = if polarity > 0 {
                Signal::Positive
            } else {
                Signal::Negative
            };
            carried_evidence.push(evidence(text, &stream, h, signal));
            continue;
        }
        let value = if flipped { -polarity } else { polarity } * weight[h.start];
        let (value, outer) = if matches!(h.cue, Cue::Advocacy(_)) {
            (value * carried, std::mem::take(&mut carried_evidence))
        } else {
            (value, Vec::new())
        };
        if matches!(h.cue, Cue::Advocacy(_)) {
            carried = 1;
        }
        if let Cue::Frame(_) = h.cue {
            let signal = if polarity > 0 {
                Signal::SupportFrame
            } else {
                Signal::OpposeFrame
            };
            let ev = evidence(text, &stream, h, signal);
            a.score += value;
            a.summary.push(format!(
                "{} argues {} the policy",
                quoted(&ev),
                if value > 0 { "for" } else { "against" }
            ));
            a.evidence.extend(negs);
            a.evidence.push(ev);
            continue;
        }
        let signal = if polarity > 0 {
            Signal::Positive
        } else {
            Signal::Negative
        };
        let ev = evidence(text, &stream, h, signal);
        // The nearest target in the clause, else the sentence, else (evaluations only) the text.
        let nearest = |same: &dyn Fn(usize) -> bool| {
            a.targets
                .iter()
                .enumerate()
                .filter(|(_, t)| same(t.word))
                .min_by_key(|(_, t)| t.word.abs_diff(h.start))
                .map(|(i, _)| i)
        };
        let in_clause = |w: usize| stream.clause[w] == stream.clause[h.start];
        let in_sentence = |w: usize| stream.sentence[w] == stream.sentence[h.start];
        let evaluation = matches!(h.cue, Cue::Evaluation(_));
        // Calls ("should", "rule out") govern their own clause only, unless their object
        // refers back ("I would never support that").
        let end = h.start + h.len;
        let refers = words
            .get(end)
            .is_some_and(|w| matches!(*w, "it" | "this" | "that" | "them" | "these" | "those"));
        let target = nearest(&in_clause).or_else(|| {
            (evaluation || refers)
                .then(|| nearest(&in_sentence).or_else(|| nearest(&|_| true)))
                .flatten()
        });
        // "Cannabis is a dangerous drug and should stay illegal": a call between a judgement
        // and the target after it owns that target; the judgement was of something else.
        // "Decriminalisation sends a message that drug use is acceptable": a frame between
        // them, on either side, owns the judgement.
        let target = target.filter(|&ti| {
            let word = a.targets[ti].word;
            !(evaluation
                && hits.iter().any(|c| {
                    let after = c.start >= end && c.start < word;
                    let before = c.start > word && c.start + c.len <= h.start;
                    let between = match c.cue {
                        Cue::Advocacy(_) => after,
                        Cue::Frame(_) => after || before,
                        _ => false,
                    };
                    between && in_clause(c.start) && in_clause(word)
                }))
        });
        match target {
            Some(ti) => {
                let t = &a.targets[ti];
                // "We will not be decriminalising drugs. I don't support it.": "it" is the
                // policy, not its negation, which stands as a rejection of its own. So is
                // what a judgement in another sentence judges ("We will not legalise it. It
                // would be a disaster.").
                let across = t.negated_by.is_some()
                    && ((refers && !in_clause(t.word)) || (evaluation && !in_sentence(t.word)));
                // A judgement beside a call's negation judges the target as named.
                let bare = across || (evaluation && t.call_negated);
                let sign = if bare { -t.sign } else { t.sign };
                // "a better way than prison": what follows "than" is what the judgement
                // is measured against, so it is judged the other way.
                let sign = if compared_against(&words, end, t.word) && in_clause(t.word) {
                    -sign
                } else {
                    sign
                };
                linked[ti] |= !across;
                if flipped && !evaluation && !bare {
                    refused = Some((polarity.signum(), t.word, ev.clone()));
                }
                a.score += value * sign;
                a.summary.push(format!(
                    "{}{} {} {}{}",
                    if flipped { "negated " } else { "" },
                    quoted(&ev),
                    favours(value),
                    quoted(&t.evidence),
                    if bare {
                        side_note_plain(t)
                    } else {
                        side_note(t)
                    },
                ));
                a.evidence.extend(outer);
                a.evidence.extend(negs);
                a.evidence.push(ev);
                a.evidence.push(t.evidence.clone());
                if !bare {
                    a.evidence.extend(t.negated_by.clone());
                }
            }
            None if evaluation => {
                a.loose_valence += value;
                a.loose_evidence.extend(negs);
                a.loose_evidence.push(ev);
            }
            None => {}
        }
    }
    // "Decriminalise drugs, Plaid Cymru says", "Legalise it": a policy's verb, bare, opening
    // a sentence, calls for it.
    let imperative = |t: &Target| {
        let w = words[t.word];
        let opens = stream.opens_sentence(t.word);
        opens && (w.ends_with("ise") || w.ends_with("ize"))
    };
    // "not legalised, but decriminalised", "not for legalisation but for decriminalisation":
    // a side named after a "but" that follows a refused call, in the same sentence and with
    // no call or judgement of its own, is what the call asks for instead.
    let instead = |t: &Target| {
        let (polarity, refused_word, call) = refused.as_ref()?;
        // The last cue between the refused target and this one is the "but".
        let turn = hits
            .iter()
            .rev()
            .find(|h| h.start < t.word && h.start > *refused_word)?;
        (t.negated_by.is_none()
            && stream.sentence[*refused_word] == stream.sentence[t.word]
            && turn.cue == Cue::Contrast
            && words[turn.start] == "but")
            .then_some((*polarity, call))
    };
    for (t, linked) in a.targets.iter().zip(&linked) {
        if let (false, Some((polarity, call))) = (*linked, instead(t)) {
            a.score += polarity * t.sign * weight[t.word];
            a.summary.push(format!(
                "{} {} {} instead{}",
                quoted(call),
                favours(polarity),
                quoted(&t.evidence),
                side_note_plain(t)
            ));
            a.evidence.push(call.clone());
            a.evidence.push(t.evidence.clone());
            continue;
        }
        if !*linked && t.negated_by.is_none() && imperative(t) {
            a.score += t.sign;
            a.summary.push(format!(
                "calls for {}{}",
                quoted(&t.evidence),
                side_note_plain(t)
            ));
            a.evidence.push(t.evidence.clone());
        }
        if let (false, Some(neg)) = (*linked, &t.negated_by) {
            a.score += t.sign;
            a.summary.push(format!(
                "rejects {}{}",
                quoted(&t.evidence),
                side_note_plain(t)
            ));
            a.evidence.push(neg.clone());
            a.evidence.push(t.evidence.clone());
        }
    }
    dedup(&mut a.evidence);
    dedup(&mut a.loose_evidence);
    a
}

/// Does `words[i]` refer back to something named elsewhere: a pronoun ("it", "this is",
/// "that would"; "this investment" is a determiner, not a reference) or a hypothetical
/// ("would")?
fn refers_back(words: &[&str], clause: &[usize], i: usize) -> bool {
    let next = words
        .get(i + 1)
        .copied()
        .filter(|_| clause.get(i + 1) == clause.get(i));
    let verbish =
        |n: Option<&str>| n.is_none_or(|n| crate::lexicon::is_verb_filler(n) || n.ends_with("n't"));
    match words[i] {
        // A hypothetical ("we would be heading…") speaks of the change under debate.
        "it" | "it's" | "that's" | "this's" | "would" | "wouldn't" => true,
        "this" => verbish(next) || next.is_some_and(|n| n.ends_with('s') && !n.ends_with("ss")),
        "that" | "these" | "those" => verbish(next),
        _ => false,
    }
}

fn side_note(t: &Target) -> &'static str {
    match (t.evidence.signal, t.negated_by.is_some()) {
        (Signal::Alternative, false) => " (the alternative to the policy)",
        (Signal::Alternative, true) => " (negated: rejecting the alternative)",
        (_, true) => " (negated: rejecting the policy)",
        (Signal::Reference, false) => " (the policy)",
        _ => "",
    }
}

fn side_note_plain(t: &Target) -> &'static str {
    match t.evidence.signal {
        Signal::Alternative => " (the alternative to the policy)",
        _ => " (the policy)",
    }
}

/// Each span and signal once (the first), then in order of place, the quote's own first.
fn dedup(evidence: &mut Vec<Evidence>) {
    // By span and signal, each one's first in front (the sort is stable): the repeats are
    // the ones after it. (Sorting, not a hash set: no hash table's code in the wasm.)
    let key = |e: &Evidence| (e.span, e.signal as u8);
    let mut order: Vec<usize> = (0..evidence.len()).collect();
    crate::sort::sort_by_key(&mut order, |&i| key(&evidence[i]));
    let mut repeat = vec![false; evidence.len()];
    for pair in order.windows(2) {
        if key(&evidence[pair[0]]) == key(&evidence[pair[1]]) {
            repeat[pair[1]] = true;
        }
    }
    let mut i = 0;
    evidence.retain(|_| {
        i += 1;
        !repeat[i - 1]
    });
    crate::sort::sort_by_key(evidence, |e| (e.context, e.span));
}

/// Where a quote's context comes from, in the order it is consulted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContextKind {
    /// The writer's sentence a partial quote is embedded in: it speaks for the quote.
    Embedding,
    /// The writer's words introducing a quote in the same sentence ("ruled out by Labour,
    /// with Reeves saying: …").
    Framing,
    /// The speaker's earlier words in the same run of quotes, or shortly before.
    Earlier,
    /// The article's lede: what the whole story is about.
    Article,
}

/// Decides a quote's stance from its own words and, where they do not decide it, its context.
/// The context is borrowed: only what decides the label is copied, marked as context.
pub fn judge(own: &Assessment, context: &[(ContextKind, &Assessment)]) -> Judgement {
    if own.is_decisive() {
        return finish(
            Basis::Quote,
            own.score,
            own.evidence.clone(),
            own.summary.clone(),
        );
    }
    if let Some((_, ctx)) = context
        .iter()
        .find(|(k, a)| *k == ContextKind::Embedding && a.is_decisive())
    {
        let mut evidence = own.loose_evidence.clone();
        evidence.extend(ctx.evidence.iter().map(in_context));
        let mut summary = ctx.summary.clone();
        summary.push("in the sentence the quote is part of".into());
        return finish(Basis::Sentence, ctx.score, evidence, summary);
    }
    if own.loose_valence != 0 && own.anaphoric {
        let borrowed = context
            .iter()
            .find_map(|(_, a)| a.targets.iter().find(|t| t.negated_by.is_none()));
        if let Some(t) = borrowed {
            let score = own.loose_valence * t.sign;
            let mut evidence = own.loose_evidence.clone();
            evidence.push(in_context(&t.evidence));
            let words: Vec<String> = own
                .loose_evidence
                .iter()
                .filter(|e| e.signal != Signal::Negation)
                .map(quoted)
                .collect();
            let summary = vec![format!(
                "{} {} {}{}, which the context names",
                words.join(", "),
                favours(own.loose_valence),
                quoted(&t.evidence),
                side_note(t),
            )];
            return finish(Basis::Reference, score, evidence, summary);
        }
    }
    if own.loose_evidence.is_empty() && !own.has_target() {
        if let Some((_, ctx)) = context
            .iter()
            .find(|(k, a)| *k == ContextKind::Framing && a.is_decisive())
        {
            let mut summary = ctx.summary.clone();
            summary.push("in the words introducing the quote".into());
            return finish(
                Basis::Introduction,
                ctx.score,
                ctx.evidence.iter().map(in_context).collect(),
                summary,
            );
        }
    }
    let reason = if own.has_target() {
        "Mentions the topic without judging it.".to_string()
    } else if own.loose_valence != 0 {
        "Judges something, but not the topic.".to_string()
    } else {
        "Does not address the topic.".to_string()
    };
    let mut evidence = own.loose_evidence.clone();
    evidence.extend(own.targets.iter().map(|t| t.evidence.clone()));
    dedup(&mut evidence);
    Judgement {
        label: Stance::Neutral,
        basis: Basis::Nothing,
        score: 0,
        evidence,
        reason,
        topical: true,
    }
}

/// True when a quote argues (judges something it refers to as "it" or "this") without
/// naming the topic: such a quote takes its speaker's side.
pub fn argues_without_naming(own: &Assessment) -> bool {
    own.anaphoric
        && own
            .loose_evidence
            .iter()
            .any(|e| e.signal != Signal::Negation)
}

/// A neutral judgement turned to the speaker's side, keeping its evidence.
pub fn speaker_side(j: &Judgement, side: Stance, speaker: &str) -> Judgement {
    let verdict = if side == Stance::Support {
        "supports"
    } else {
        "opposes"
    };
    let words: Vec<String> = j
        .evidence
        .iter()
        .filter(|e| !e.context && matches!(e.signal, Signal::Positive | Signal::Negative))
        .map(quoted)
        .collect();
    Judgement {
        label: side,
        basis: Basis::Speaker,
        score: side.sign(),
        evidence: j.evidence.clone(),
        reason: format!(
            "Argues ({}) without naming the policy; {speaker}'s other quotes all {} it → {verdict}.",
            words.join(", "),
            if side == Stance::Support { "support" } else { "oppose" }
        ),
        topical: true,
    }
}

/// A copy of evidence found in a quote's context, marked as such.
fn in_context(e: &Evidence) -> Evidence {
    Evidence {
        context: true,
        ..e.clone()
    }
}

fn finish(
    basis: Basis,
    score: i32,
    mut evidence: Vec<Evidence>,
    summary: Vec<String>,
) -> Judgement {
    dedup(&mut evidence);
    let label = Stance::of_score(score);
    let verdict = match label {
        Stance::Support => "supports",
        Stance::Oppose => "opposes",
        Stance::Neutral => "balances out",
    };
    let mut reason = summary.join("; ");
    // `get(..1)` is a whole character only when it is ASCII, so the ASCII upper case is the
    // Unicode one here (and keeps Unicode's upper-case table, 7 KB gzipped, out of the wasm).
    if let Some(first) = reason.get(..1) {
        let upper = first.to_ascii_uppercase();
        reason.replace_range(..1, &upper);
    }
    Judgement {
        label,
        basis,
        score,
        evidence,
        reason: format!("{reason} → {verdict}."),
        topical: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;
    use crate::topic::Topic;

    #[test]
    fn evidence_keeps_the_first_of_each_span_and_signal_in_order_of_place() {
        let e = |start: usize, signal: Signal, pattern: &str, context: bool| Evidence {
            span: Span::new(start, start + 1),
            text: String::new(),
            signal,
            pattern: pattern.into(),
            context,
        };
        let mut got = vec![
            e(9, Signal::Negation, "first", false),
            e(3, Signal::Policy, "a", true),
            e(9, Signal::Negation, "second", false),
            e(3, Signal::Policy, "b", false),
            e(3, Signal::Policy, "c", true),
            e(1, Signal::Negation, "d", false),
        ];
        dedup(&mut got);
        let kept: Vec<(usize, &str)> = got.iter().map(|e| (e.span.start, &*e.pattern)).collect();
        // The quote's own first, by place; "second" and "b", "c" repeat a span and signal.
        assert_eq!(kept, [(1, "d"), (9, "first"), (3, "a")]);
    }

    fn label(text: &str) -> Stance {
        let topic = Topic::builtin().compile();
        judge(&assess(text, &tokenize(text), &topic), &[]).label
    }

    /// In a story about undoing the policy, "the bill" is that reversal and the status quo is
    /// the policy: praising the bill or faulting the status quo is opposition.
    #[test]
    fn a_story_about_undoing_the_policy_turns_its_bill_and_status_quo() {
        use Stance::*;
        let compiled = Topic::builtin().compile();
        let cases = [
            (
                "This bill gives officers the tools they need and it will work.",
                Support,
                Oppose,
            ),
            ("The bill is a dangerous mistake.", Oppose, Support),
            ("The status quo is not working.", Support, Oppose),
            ("Decriminalisation has worked.", Support, Support),
            ("Locking people up does not work.", Support, Support),
        ];
        for (text, usual, reversal) in cases {
            for (story, want) in [(false, usual), (true, reversal)] {
                let topic = compiled.in_story(story, Vec::new());
                let got = judge(&assess(text, &tokenize(text), &topic), &[]).label;
                assert_eq!(got, want, "{text} (story of a reversal: {story})");
            }
        }
    }

    #[test]
    fn composition_table() {
        use Stance::*;
        let cases = [
            ("Locking up drug addicts does not work.", Support),
            (
                "Moves to decriminalise drugs would be a dangerously regressive step.",
                Oppose,
            ),
            ("Britain's drug laws are utterly failing.", Support),
            // A ban on drugs is prohibition.
            ("A ban on illicit drugs in parks is a move in the right direction.", Oppose),
            ("The ban on drugs has failed.", Support),
            // A call whose object is another call passes its sign on.
            ("They reject calls for decriminalisation.", Oppose),
            ("The minister warns against repealing the reform.", Support),
            // A policy's bare verb opening a sentence calls for it; negated, it rejects it.
            ("Decriminalise drugs, the party says.", Support),
            ("Don't decriminalise drugs.", Oppose),
            ("They decriminalise drugs there.", Neutral),
            // An abbreviation's full stop does not cut the call off from what it calls for.
            (
                "The health officer urges B.C. to decriminalize drug possession.",
                Support,
            ),
            (
                "Taking drugs can lead to a downward spiral of mental health breakdown.",
                Neutral,
            ),
            (
                "The government must direct significant investment into drug treatment services.",
                Neutral,
            ),
            (
                "We need to treat this as a health epidemic not criminalise people.",
                Support,
            ),
            ("We should legalise and regulate their supply.", Support),
            (
                "The Government has no plans to decriminalise drug possession.",
                Oppose,
            ),
            (
                "People should be treated and supported rather than criminalised.",
                Support,
            ),
            (
                "Decriminalisation would be a disaster for our communities.",
                Oppose,
            ),
            ("Decriminalisation works.", Support),
            ("Decriminalisation does not work.", Oppose),
            ("We must keep prosecuting dealers and users alike.", Oppose),
            ("The weather was lovely.", Neutral),
            // A ballot measure named by its number is the policy.
            ("Measure 110 has been a complete failure.", Oppose),
            ("We urge every voter to support Prop 64.", Support),
            // Undoing the policy is its alternative, and ending prohibition is the policy.
            ("We must end decriminalisation.", Oppose),
            ("Ending decriminalisation was a mistake.", Support),
            ("We welcome the end of decriminalisation.", Oppose),
            ("We must end the war on drugs.", Support),
            // Changing the drug laws is the reform, whoever's laws they are.
            ("We must reform our drug laws.", Support),
            ("There are no plans to change national drug laws.", Oppose),
            // A frame in the past tense.
            ("The vote sent the wrong message to young people.", Oppose),
            // Harm-reduction services are part of the policy.
            ("A drug consumption room would save lives.", Support),
            ("We oppose safe injection sites.", Oppose),
            // A phrase does not run across a comma.
            ("At the end of the day, decriminalisation works.", Support),
            // A motion or a decision is the proposal the story is about.
            ("Some delegates opposed the motion.", Oppose),
            ("The decision was welcomed by campaigners.", Support),
            // The policy puts drug use into the health system; a health system is not it.
            (
                "Addiction should be dealt with in the health system.",
                Support,
            ),
            ("That is not a health system working as it should.", Neutral),
            // Urging caution over a move, or putting it off, is a call against it.
            (
                "The Taoiseach urged caution over any move to decriminalise drugs.",
                Oppose,
            ),
            (
                "The minister warned against postponing cannabis legalisation.",
                Support,
            ),
            (
                "The states want to delay legalisation by six months.",
                Oppose,
            ),
            ("He called for a stop to the reform.", Oppose),
            ("Voters approved the measure.", Support),
            // A negation reaches the policy across "be a"; "it" in the next sentence is the
            // policy itself, not its negation.
            ("Drug use should no longer be a criminal offence.", Support),
            (
                "We will not be decriminalising drugs. I don't support it.",
                Oppose,
            ),
            // Moving away from a policy is a call against it.
            ("We need to move away from criminalising people.", Support),
            // Criminality is not criminalisation.
            (
                "The trade has fuelled a rise in organised criminality.",
                Neutral,
            ),
            // Words that judge a move as futile or as a step forward.
            ("Arresting users is pointless.", Support),
            ("Decriminalisation would be a step backwards.", Oppose),
            ("The bill is a step in the right direction.", Support),
            ("Locking up users is futile.", Support),
            ("Decriminalisation was a step forward.", Support),
            // Recovery (a service) and progress (a bill's passage) judge nothing.
            (
                "Decriminalisation takes money from treatment and recovery.",
                Neutral,
            ),
            ("The two measures made progress in the Senate.", Neutral),
            // Removing the deterrent is the policy; "not something we could support" rejects it.
            (
                "Removing the deterrent entirely is not something we could support.",
                Oppose,
            ),
            // "The system" is the one in force; the health system is not.
            (
                "Legalisation would put more strain on the health system, devastating poor towns.",
                Oppose,
            ),
            // Phrases whose words only look like a judgement or a negation.
            ("A good number of users have been jailed.", Neutral),
            ("Right now decriminalisation is a mistake.", Oppose),
            (
                "The war on drugs has not only failed, it has cost lives.",
                Support,
            ),
            ("There is no doubt decriminalisation works.", Support),
            // "Effectively decriminalised" says what a change amounts to, not how well it works.
            ("The ruling effectively decriminalised possession.", Neutral),
            // Wishes are calls; achieving little is a judgement; doing little to is a negation.
            ("I would like to see cannabis legalised.", Support),
            ("I wouldn't like to see it legalised.", Oppose),
            ("Decriminalisation achieves very little.", Oppose),
            ("Prohibition does little to reduce harm.", Support),
            ("Jailing users for possession is nonsense.", Support),
            ("Legalising cocaine makes no sense.", Oppose),
            ("The bill is sheer foolishness.", Oppose),
            // Law enforcement officers are people, not a call for enforcement; a prosecutor
            // is not a prosecution; legality is not legalisation; liberalisation is the policy.
            (
                "Amendment A would legalise possession, which every law enforcement officer we spoke to called a bad idea.",
                Oppose,
            ),
            (
                "County Prosecutor Jo Doe is concerned about what the passage of Proposal 1 means.",
                Oppose,
            ),
            ("Critics say the legality of the raids is a disaster.", Neutral),
            ("The minister strongly opposed liberalisation.", Oppose),
            ("The county prosecuting attorney said it was wrong.", Neutral),
            // Harm outweighing good, worsening, normalising: judgements; "No 10" and a
            // closed-door meeting are no negation and no judgement.
            ("The measure does more harm than good.", Oppose),
            ("Legalisation would exacerbate the problem.", Oppose),
            ("They argued the plans would normalise cannabis.", Oppose),
            ("No 10 said it had no plans to change the law.", Oppose),
            ("She called for legalisation in a closed-door meeting.", Support),
            // Reducing a harm is a good; "back" after a verb or before a time backs nothing;
            // knocking a proposal back rejects it; returning to a system calls for it.
            ("Decriminalising would reduce the risks of drug use.", Support),
            ("Back in 2019, decriminalisation passed.", Neutral),
            (
                "The government knocked back a proposal to decriminalise drugs.",
                Oppose,
            ),
            ("The council voted to return to prosecuting users.", Oppose),
            // A negation reaches the policy across "going to"; a nightmare is a judgement.
            (
                "As long as I'm premier, we're never going to decriminalise hard drugs.",
                Oppose,
            ),
            ("Cannabis is not going to be legalised.", Oppose),
            ("He called decriminalisation a nightmare.", Oppose),
            // Making possession the lowest priority of the police is the policy.
            (
                "Possession should be the lowest law enforcement priority.",
                Support,
            ),
            // "The legislation", "the initiative", "the experiment", "the approach" refer to
            // the move the story is about.
            ("The police chief said the approach has been a disaster.", Oppose),
            ("Senators voted to block the legislation.", Oppose),
            ("The initiative is a bad idea, he said.", Oppose),
            // Drug laws to be reconsidered are the policy; the current legislation is not.
            ("Officers called for the drug laws to be reconsidered.", Support),
            ("The current legislation does not work.", Support),
            // Failing to achieve a good is one judgement, not a bad and a good that cancel.
            ("Legalisation has failed to achieve its goals.", Oppose),
            // Keeping drugs illegal is the other side of the debate.
            ("Cannabis should remain illegal.", Oppose),
            ("Keeping drugs illegal has failed.", Support),
            // Reactions and rulings: hailing, unconstitutional.
            ("Campaigners hailed the vote to legalise cannabis.", Support),
            ("The judge ruled that prohibition was unconstitutional.", Support),
            // Being the answer or a solution is a good; a negation reaches a target across
            // "in"; "an end to" calls against what follows.
            ("Decriminalisation is not the answer.", Oppose),
            ("Drug users belong in treatment, not in prison.", Support),
            ("They want an end to imprisonment for possession.", Support),
            // Harms rising or falling, and police time freed, judge what brought them.
            ("Legalising cannabis would increase drug use among teenagers.", Oppose),
            ("Drug deaths have soared since decriminalisation.", Oppose),
            ("Prohibition fuels organised crime.", Support),
            ("Decriminalisation would free up police time.", Support),
            ("Legalisation would make our streets less safe.", Oppose),
            // One opponent or critic is a frame as many are; so is losing the war on drugs;
            // going too far is a judgement.
            ("She is a vocal opponent of the measure.", Oppose),
            ("Critics of harm reduction seized on the figures.", Oppose),
            ("We have lost the war on drugs.", Support),
            ("The bill goes too far.", Oppose),
            // Who gains: the mafia benefiting or the black market thriving judges what let
            // them; money out of criminals' hands is a good. Reforming the justice system is
            // the policy's side.
            ("Prohibition only benefits the mafias.", Support),
            ("The black market has thrived since legalisation.", Oppose),
            (
                "Legalisation would take money out of the hands of criminals.",
                Support,
            ),
            ("We must reform our criminal justice system.", Support),
            // Treating drug use as a crime is the other side; solving is a good; refusing
            // to negates what follows; "high time" calls; being unconvinced judges.
            ("Treating addiction as a crime has never worked.", Support),
            ("Jailing addicts doesn't solve anything.", Support),
            ("The minister refused to back decriminalisation.", Oppose),
            ("It is high time we legalised cannabis.", Support),
            ("He remains unconvinced by decriminalisation.", Oppose),
            // Portugal's approach is the policy, the current approach the status quo; a
            // gamble, a cop-out, playing with fire and dangers judge; so does a no-brainer.
            ("Portugal's approach has been hugely successful.", Support),
            ("The current approach is broken.", Support),
            ("Legalisation is a gamble with our children's health.", Oppose),
            ("Decriminalisation is a cop-out.", Oppose),
            ("Legalising drugs is playing with fire.", Oppose),
            ("Decriminalisation is a no-brainer.", Support),
            ("He warned of the dangers of legalisation.", Oppose),
            // Harm done or caused judges its cause; harm reduced is a good.
            ("Decriminalisation could harm young people.", Oppose),
            ("Criminalisation is causing more harm.", Support),
            ("The bill is designed to reduce the harm users suffer.", Support),
            // What follows "than" is judged the other way; "more than" counts; the end of
            // cannabis prohibition is the policy.
            ("There is a better way than prison.", Support),
            ("Treatment is far more effective than jail.", Support),
            ("We are pleased that more than 4,000 arrests were made.", Oppose),
            ("It is time to end cannabis prohibition.", Support),
            // Reservations and game changers judge; "cannot afford to" rejects; relaxing
            // the drug laws and making drugs more available are the policy, rolling the
            // reform back the other side; pushing users underground is a harm.
            ("I have serious reservations about decriminalisation.", Oppose),
            ("This reform is a game changer.", Support),
            ("We cannot afford to legalise drugs.", Oppose),
            (
                "I am totally opposed to any relaxation of our drug laws.",
                Oppose,
            ),
            ("Making drugs more available is not the answer.", Oppose),
            (
                "Rolling back the policy would push people into the shadows.",
                Support,
            ),
            ("Criminalising people only drives them away from help.", Support),
            // Not being treated as criminals is a frame of its own, not its negation.
            (
                "People who use drugs should not be treated as criminals.",
                Support,
            ),
            ("The government is soft on crime.", Oppose),
            ("It would send a terrible signal.", Oppose),
            // Reducing, addressing or tackling deaths, crime or addiction is a good, in any
            // topic (the general pattern; the topic's own copy of it is gone).
            ("The reform would help address addiction.", Support),
            ("Prohibition has done nothing to tackle overdose deaths.", Support),
            // What a policy leads to or fails to stop judges it; so do the back door, the
            // thin end of the wedge, half-baked plans and a real difference.
            ("Decriminalisation will lead to more crime.", Oppose),
            ("Decriminalisation has led to fewer deaths.", Support),
            ("Prohibition has not stopped drug use.", Support),
            ("This is legalisation by the back door.", Oppose),
            ("Decriminalisation is the thin end of the wedge.", Oppose),
            ("The proposals are half-baked.", Oppose),
            ("The reform will make a real difference.", Support),
            // Headlines' verbs: throwing one's weight behind, hitting or lashing out at,
            // voting down; "end to" without its article calls against, as "an end to" does.
            ("Mayor throws weight behind decriminalisation", Support),
            ("Doctors hit out at plan to decriminalise drugs", Oppose),
            ("Police union lashes out at decriminalisation bill", Oppose),
            ("MPs vote down decriminalisation bill", Oppose),
            ("Experts call for end to war on drugs", Support),
            // "rather than" and "instead of" reject what they put second, however phrased.
            (
                "They should be offered treatment rather than given criminal records.",
                Support,
            ),
            // Keeping or diverting people out of, or away from, the courts is the policy.
            (
                "Keeping them out of the criminal justice system benefits everyone.",
                Support,
            ),
            (
                "We must divert young people away from the courts.",
                Support,
            ),
            // A camp's call is not the speaker's: "those who want" calls for nothing.
            (
                "Those who want to legalise cannabis are living in a fantasy.",
                Neutral,
            ),
            // Gangs thriving judges what lets them, as a thriving black market does.
            ("Gangs will still thrive even if cannabis becomes legal.", Oppose),
            ("Under prohibition the cartels have thrived.", Support),
            // A judgement inside a name is no one's ("Smart", "Safe", a surname like
            // Worrall); in a headline in title case every word is capitalised, and counts.
            (
                "The Smart Choices Alliance spoke against decriminalisation.",
                Oppose,
            ),
            (
                "Dr Ann Worrall of the Streets Alliance spoke about decriminalisation.",
                Neutral,
            ),
            ("Police Chief Calls Decriminalisation Dangerous", Oppose),
            // A negation that follows a call is the call's: a judgement beside it judges
            // the policy as named; one beside a bare negation judges the negated policy.
            ("Drugs are harmful and must never be legalised.", Oppose),
            ("We should not decriminalise because it is dangerous.", Oppose),
            ("People should not be criminalised, it is harmful.", Support),
            ("It is dangerous not to decriminalise.", Support),
            // A decision, move or plan to do something passes on what it is to do.
            ("We welcome the decision to scrap decriminalisation.", Oppose),
            ("We welcome the decision to decriminalise.", Support),
            // A call in -ing opening its clause is the subject: what follows judges it.
            ("Repealing the reform would be a mistake.", Support),
            ("Scrapping decriminalisation is the right thing to do.", Oppose),
            ("We should not repeal the reform.", Support),
            ("The group wrote to the minister, calling for decriminalisation.", Support),
            ("He spoke at the meeting, opposing decriminalisation.", Oppose),
            // "fewer" takes away what it counts.
            ("We need more treatment and fewer arrests.", Support),
            // A gateway drug and open-air drug markets frame against; "the softer
            // ‘gateway’ drugs", with a word between, is no frame.
            ("Cannabis is a gateway drug.", Oppose),
            ("It is not true that cannabis is a gateway drug.", Support),
            (
                "Decriminalisation has turned our parks into open-air drug markets.",
                Oppose,
            ),
            ("The parks have become open drug markets.", Oppose),
            // Banning public drug use is the other side.
            ("I support the ban on public drug use.", Oppose),
            // A negation reaches across "continue to"; what fewer or more people will do
            // after a move judges it; a step too far; pushing to do something calls for it.
            ("We can't continue to criminalise people for being ill.", Support),
            ("If we decriminalise, fewer people will die.", Support),
            ("If we decriminalise, more children will try drugs.", Oppose),
            ("The legislation is a step too far.", Oppose),
            ("The mayor has pushed to recriminalise public drug use.", Oppose),
            // A call between a judgement and the target after it owns the target; a
            // judgement of a call ("wrong to", "wrong that … should") passes its sign on.
            ("Cannabis is a dangerous drug and should stay illegal.", Oppose),
            ("It would be wrong to support legalisation.", Oppose),
            ("It is wrong that people should be criminalised for being ill.", Support),
            // Campaigning, fighting, pressing, lobbying and voting for a target call for it;
            // defending it too; a supporter, a champion, an opponent, a critic of it.
            ("Our members have long campaigned for decriminalisation.", Support),
            ("We will fight for this reform every step of the way.", Support),
            ("We have been in this fight for four years.", Neutral),
            ("She vowed to defend the reform.", Support),
            ("He said he would never vote for decriminalisation.", Oppose),
            ("Several councillors voiced opposition to the plan.", Oppose),
            ("Their opposition to safe injection sites has cost lives.", Support),
            ("She is a vocal supporter of drug law reform.", Support),
            // Sponsoring, introducing, bringing or putting forward a proposal is making it.
            ("She sponsored the bill to decriminalise possession.", Support),
            ("Cllr Santos, who brought the motion, spoke first.", Support),
            ("He put forward a plan to decriminalise drug use.", Support),
            ("The Tories introduced a bill to recriminalise drug use.", Oppose),
            ("Police brought charges against two men.", Neutral),
            // Devolving the drug laws is changing who makes them; a gift to whoever profits.
            ("We have no plans to devolve drug laws.", Oppose),
            ("Holyrood should be able to devolve drug policy.", Support),
            ("Decriminalisation would be a gift to drug dealers.", Oppose),
            // "in good conscience" is no judgement; "this reckless policy" refers back.
            ("I cannot in good conscience support this bill.", Oppose),
            ("The government must scrap this reckless policy.", Oppose),
            // Profile and general phrases of the fifth round.
            ("The drug war has done far more harm than good.", Support),
            ("Criminal penalties do more harm than the drugs themselves.", Support),
            ("The current laws are doing more harm than good.", Support),
            ("Criminalising users has never stopped anyone from using drugs.", Support),
            ("There must be consequences for using drugs.", Oppose),
            ("Jail is not the place for people struggling with addiction.", Support),
            ("It should be treated as a medical problem and not as a crime.", Support),
            (
                "Possession should be dealt with by health services rather than the police.",
                Support,
            ),
            ("We are on the right side of history.", Support),
            ("The war on drugs is killing people.", Support),
            ("The war on drugs is a war on people.", Support),
            ("Opposition leaders lambasted the proposal.", Oppose),
            ("Decriminalisation simply enables addiction.", Oppose),
            ("Legalisation will not stop the black market.", Oppose),
            ("There is no evidence that decriminalisation reduces harm.", Oppose),
            // A judgement in another sentence judges the target as named, not its negation;
            // a frame between a judgement and a target owns the judgement; regretting a
            // call judges the call.
            ("We will not legalise cannabis. It would be a disaster.", Oppose),
            ("We should not criminalise users. It has never worked.", Support),
            (
                "Decriminalisation sends a message that drug use is acceptable.",
                Oppose,
            ),
            ("I regret voting for the decriminalisation bill.", Oppose),
            // A side named in capitals is a name; "calling for help" calls for nothing.
            (
                "Ann Lee of the Riverside Harm Reduction Project said the council's ban was a terrible mistake.",
                Neutral,
            ),
            ("Fear of arrest stops people calling for help.", Support),
            // Profile phrases of the sixth round.
            ("Cannabis should be taxed and regulated like alcohol.", Support),
            ("Cannabis is less harmful than alcohol.", Support),
            ("It is a question of public health, not of criminal law.", Support),
            ("They want to expunge the records of past offenders.", Support),
            ("The bill would vacate thousands of convictions.", Neutral),
            ("Legalisation will encourage more drug cartels.", Oppose),
            ("We take these people out of the justice system.", Support),
            ("We should keep people who use drugs out of prison.", Support),
            ("Prison will not make a single person stop using.", Support),
            ("We must abolish criminal penalties for possession.", Support),
            ("Some growers say they were discriminated against.", Neutral),
            // A call to accept something calls for nothing itself.
            (
                "Ministers must acknowledge that the war on drugs has not worked.",
                Support,
            ),
            ("It is time to accept that prohibition has failed.", Support),
            // A side after a "but" that follows a refused call is what it calls for instead.
            (
                "He did not want drugs legalised, but possession decriminalised.",
                Support,
            ),
            (
                "We are not calling for legalisation but for decriminalisation.",
                Support,
            ),
            (
                "I do not oppose treatment, but decriminalisation is a mistake.",
                Oppose,
            ),
            // Profile phrases of the seventh round.
            ("The premier pledged to fight the decriminalisation request.", Oppose),
            ("We will fight legalisation every step of the way.", Oppose),
            ("They vowed to fight for decriminalisation.", Support),
            ("He has spent years fighting against legalisation.", Oppose),
            (
                "The minister denied that the government supported decriminalisation.",
                Oppose,
            ),
            ("She denied claims that decriminalisation had failed.", Support),
            ("We need non-punitive responses to drug use.", Support),
            (
                "The money spent prosecuting cannabis cases could be better spent elsewhere.",
                Support,
            ),
            (
                "Decriminalisation would fight the stigma that keeps people from treatment.",
                Support,
            ),
            ("It is time to move from prohibition to regulation.", Support),
            ("People are dying because of prohibition.", Support),
            ("We oppose any move to weaken our drug laws.", Oppose),
            ("Police should be focusing on dealers, not users.", Support),
            ("Legalisation would be a gift to organised crime.", Oppose),
            ("Decriminalisation is just turning a blind eye to drug use.", Oppose),
            ("Jailing users has done nothing to stop the flow of drugs.", Support),
            ("Decriminalisation has done nothing to stop the overdose crisis.", Oppose),
            ("Legalising drugs is the last thing this city needs.", Oppose),
            ("Addiction is an illness, not a crime.", Support),
            ("What we have now simply isn't working.", Support),
            ("Decriminalisation will bring people into treatment.", Support),
            ("The harm reduction approach has only increased harm.", Oppose),
            (
                "Decriminalisation will free up money to increase addiction services.",
                Support,
            ),
            ("The government will increase addiction services next year.", Neutral),
            ("Since the law changed, public drug use has exploded.", Oppose),
        ];
        for (text, want) in cases {
            assert_eq!(label(text), want, "{text}");
        }
    }

    #[test]
    fn a_loose_evaluation_borrows_the_context_target() {
        let topic = Topic::builtin().compile();
        let quote = "It frightens me.";
        let ctx = "He spoke about proposals to decriminalise drugs.";
        let own = assess(quote, &tokenize(quote), &topic);
        let context = assess(ctx, &tokenize(ctx), &topic);
        let j = judge(&own, &[(ContextKind::Earlier, &context)]);
        assert_eq!(j.label, Stance::Oppose);
        assert!(j
            .evidence
            .iter()
            .any(|e| e.context && matches!(e.signal, Signal::Policy | Signal::Reference)));
        assert!(j
            .evidence
            .iter()
            .any(|e| !e.context && e.text == "frightens"));
    }

    #[test]
    fn evidence_names_the_deciding_words() {
        let topic = Topic::builtin().compile();
        let text = "Locking up drug addicts does not work.";
        let j = judge(&assess(text, &tokenize(text), &topic), &[]);
        let words: Vec<&str> = j.evidence.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(words, ["Locking up", "not", "work"]);
        assert!(j.reason.contains("supports"), "{}", j.reason);
    }
}
