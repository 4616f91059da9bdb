//! The pipeline: an article's text in, its [`Analysis`] out. Stage by stage, as spaCy's
//! components are: the document (tokens, sentences, paragraphs), quoted passages and
//! reported speech found, quote or term decided, speakers attributed (the rules' cue and
//! subject, then the learned choice among the candidates), speakers profiled, and each
//! quote's stance read (features, then the learned model and a consensus per speaker).
//! [`analysis`](crate::analysis) holds what comes out.

use std::rc::Rc;
use std::sync::Arc;

use crate::analysis::{tally_speakers, Analysis, Certainty, Quote, QuoteKind, Speaker, TopicRef};
use crate::attribution::candidates::{can_speak, candidates, Candidate, QuoteSite, Shapes};
use crate::attribution::interview::Interview;
use crate::attribution::model::AttributionModel;
use crate::attribution::passages::{self, Passage, QuoteModel};
use crate::attribution::{self, Attribution, Attributor, CueWords};
use crate::by_entity::ByEntity;
use crate::document::Document;
use crate::features::Features;
use crate::lexicon::WordSet;
use crate::mentions;
use crate::paragraphs::ParagraphRole;
use crate::reported;
use crate::span::Span;
use crate::speakers::{self, Entity, EntityId, SpeakerKind};
use crate::stance::features::{QuoteView, SpeakerContext};
use crate::stance::model::StanceModel;
use crate::stance::{self, Assessment, ContextKind, Probabilities, SpeakerStance, Stance};
use crate::tokens::{Tok, TokKind};
use crate::topic::{CompiledTopic, Topic};

/// Analyses `text` for stances toward `topic`. Total: any string gives an analysis.
///
/// ```
/// use stancelens::{analyze, Topic};
/// let text = "Ann Lee, a local councillor, said: “Locking up drug users does not work.”";
/// let a = analyze(text, Topic::builtin());
/// assert_eq!(a.quotes[0].speaker.as_deref(), Some("Ann Lee"));
/// assert_eq!(a.speakers[0].quotes, [0]);
/// ```
pub fn analyze(text: &str, topic: &Topic) -> Analysis {
    Analyzer::new(topic).analyze(text)
}

/// A topic compiled once, for analysing many articles.
#[derive(Debug, Clone)]
pub struct Analyzer {
    topic: TopicRef,
    compiled: CompiledTopic,
    model: Option<Arc<StanceModel>>,
    attribution: Option<Arc<AttributionModel>>,
    quotes: Option<Arc<QuoteModel>>,
}

struct Item {
    kind: QuoteKind,
    span: Span,
    paragraph: usize,
    quoted: Option<usize>,
    speaker: Option<EntityId>,
    mention: Option<Span>,
    attribution: Attribution,
    cue: Option<CueWords>,
    promo: bool,
    /// Tokens of the quote's own words.
    own: (usize, usize),
    /// Sentence containing it (tokens).
    sentence: usize,
    /// It answers an interviewer's question (see [`Interview`]): its speaker is the
    /// interviewee, not a choice among the people named around it.
    answer: bool,
}

/// How many earlier quotes are looked back over (same paragraph, same speaker): what is
/// recent, and a bound on the work in a paragraph with thousands of quotes.
const RECENT: usize = 32;

#[derive(Default)]
struct Discourse {
    last_speaker: Option<EntityId>,
}

impl Analyzer {
    /// Compiles the topic.
    pub fn new(topic: &Topic) -> Analyzer {
        Analyzer {
            topic: TopicRef {
                id: topic.id.clone(),
                name: topic.name.clone(),
            },
            compiled: topic.compile(),
            // The shipped model learned the built-in topic; another topic is decided by the
            // model trained for it, if it brings one (checked when it was read), or else by
            // its own profile's lexicon rules.
            model: match &topic.stance_model {
                Some(bytes) => StanceModel::from_bytes(bytes).ok().map(Arc::new),
                None => StanceModel::builtin().filter(|_| topic.id == Topic::builtin().id),
            },
            attribution: AttributionModel::builtin(),
            quotes: QuoteModel::builtin(),
        }
    }

    /// The same analyser telling quotes from terms with another model (or the rules alone,
    /// with `None`): for training and evaluation.
    pub fn with_quotes(mut self, model: Option<Arc<QuoteModel>>) -> Analyzer {
        self.quotes = model;
        self
    }

    /// Every quoted passage the analysis weighs, with what the quote-or-term decision reads
    /// of it (decided by the rules meanwhile): what the quote model is trained on.
    pub fn passages(&self, text: &str) -> Vec<(String, Features)> {
        let doc = Document::new(text);
        let mut attr = Attributor::new(&doc);
        let mut record = Vec::new();
        find_items(&doc, &mut attr, Keep::Rules, Some(&mut record));
        record
            .into_iter()
            .map(|(span, f)| (span.slice(text).to_string(), f))
            .collect()
    }

    /// The same analyser choosing speakers with another attribution model (or the rules
    /// alone, with `None`): for training and evaluation.
    pub fn with_attribution(mut self, model: Option<Arc<AttributionModel>>) -> Analyzer {
        self.attribution = model;
        self
    }

    /// Each quoted passage's text (every one the quote model may keep, terms included; not
    /// reported speech, whose speaker is its cue's subject) and
    /// its candidate speakers (name, or `None` for nobody, and the features the attribution
    /// model reads): what the attribution model is trained on.
    pub fn speaker_candidates(&self, text: &str, names: bool) -> Vec<QuoteCandidates> {
        let doc = Document::new(text);
        let mut attr = Attributor::new(&doc);
        let mut items = find_items(&doc, &mut attr, Keep::All, None);
        merge_described_speakers(&mut attr, &mut items);
        let mut walk = CandidateWalk::new(&doc, &attr, names);
        items
            .iter()
            .map(|it| (it, walk.next(it)))
            // Reported speech keeps its cue's subject (see `choose_speakers`).
            .filter(|(it, _)| it.kind != QuoteKind::Indirect)
            .map(|(it, set)| QuoteCandidates {
                text: it.span.slice(text).to_string(),
                candidates: set
                    .into_iter()
                    .map(|c| {
                        let name = c.entity.map(|e| attr.registry.get(e).name.clone());
                        (name, c.features)
                    })
                    .collect(),
            })
            .collect()
    }

    /// Analyses one article.
    pub fn analyze(&self, text: &str) -> Analysis {
        self.analyze_titled(None, text)
    }

    /// Analyses one article with its headline (which tells what the story is about).
    pub fn analyze_titled(&self, title: Option<&str>, text: &str) -> Analysis {
        self.draft(title, text, false).decide(self.model.as_deref())
    }

    /// Everything up to the stance decision: quotes, speakers, and what the stance model
    /// reads of each quote (`names`: keep feature names, for training reports).
    pub fn draft(&self, title: Option<&str>, text: &str, names: bool) -> Draft {
        let doc = Document::new(text);
        let mut attr = Attributor::new(&doc);
        let mut items = find_items(&doc, &mut attr, Keep::of(self.quotes.as_deref()), None);
        merge_described_speakers(&mut attr, &mut items);
        if let Some(model) = &self.attribution {
            choose_speakers(&doc, &attr, &mut items, model);
            follow_continued_quotes(&doc, &mut items);
        }
        let title = title.map(|t| (t, crate::tokens::tokenize(t)));
        let lede = lede_tokens(&doc);
        // A story whose headline or lede reports undoing the policy: its "bill" is that move.
        let reversal = title
            .as_ref()
            .is_some_and(|(t, toks)| self.compiled.reports_reversal(t, toks))
            || self.compiled.reports_reversal(doc.text, &lede);
        let mut undoing = Vec::new();
        if let Some((t, toks)) = &title {
            self.compiled.measures_undoing(t, toks, &mut undoing);
        }
        for &(a, b) in &doc.sentences {
            self.compiled
                .measures_undoing(doc.text, &doc.toks[a..b], &mut undoing);
        }
        let topic = self.compiled.in_story(reversal, undoing);
        let (readings, lede) = judge_items(&doc, &attr, &items, &lede, &topic);
        let (items, readings) = drop_non_quotes(&doc, items, readings);
        let headline = title
            .as_ref()
            .map(|(t, toks)| headline_words(t, toks))
            .unwrap_or_default();
        let headline_reading = title
            .as_ref()
            .map(|(t, toks)| stance::assess(t, toks, &topic));
        let mut contexts: ByEntity<SpeakerContext> = ByEntity::default();
        for it in &items {
            if let Some(id) = it.speaker {
                contexts.get_or_insert_with(id, || {
                    let e = attr.registry.get(id);
                    let name_words: Vec<String> = e
                        .name
                        .split_whitespace()
                        .filter(|w| w.chars().count() > 2)
                        .map(stance::features::stem)
                        .collect();
                    SpeakerContext::read(&doc, &e.mentions, &topic, &name_words, &headline)
                });
            }
        }
        let features = items
            .iter()
            .zip(&readings)
            .map(|(it, r)| {
                let entity = it.speaker.map(|e| attr.registry.get(e));
                let view = QuoteView {
                    doc: &doc,
                    own: it.own,
                    sentence: doc.sentences[it.sentence],
                    kind: it.kind,
                    cue: it.cue.as_ref().map(|c| c.lemma.as_str()),
                    speaker_kind: entity.map(|e| e.kind),
                    speaker_name: entity.map(|e| e.name.as_str()),
                    speaker_roles: entity.map(|e| e.roles.as_slice()).unwrap_or_default(),
                    speaker_context: it.speaker.and_then(|id| contexts.get(id)),
                    own_reading: &r.own,
                    context_reading: r.around.as_deref(),
                    rule: &r.rule,
                    lede: &lede,
                    headline: &headline,
                    headline_reading: headline_reading.as_ref(),
                };
                stance::features::extract(&view, names)
            })
            .collect();
        let rules = readings.into_iter().map(|r| r.rule).collect();
        Draft {
            analysis: build(&doc, &attr, items, rules, self.topic.clone()),
            features,
            text: text.to_string(),
        }
    }
}

/// A quote and its candidate speakers, for training the attribution model.
#[derive(Clone, Debug)]
pub struct QuoteCandidates {
    /// The quoted words.
    pub text: String,
    /// Each candidate's name (`None`: nobody) and features.
    pub candidates: Vec<(Option<String>, Features)>,
}

/// The candidates of items in the text's order (see [`crate::attribution::candidates`]),
/// one item at a time: a set is consumed before the next is built, so a long article never
/// holds every quote's candidate features at once (a megabyte of quotes by many speakers
/// held some 300 MB).
struct CandidateWalk<'a, 'd, 't> {
    doc: &'a Document<'t>,
    attr: &'a Attributor<'d, 't>,
    names: bool,
    /// The speaker the rules gave the last item that had one.
    previous: Option<EntityId>,
    shapes: Shapes,
}

impl<'a, 'd, 't> CandidateWalk<'a, 'd, 't> {
    fn new(doc: &'a Document<'t>, attr: &'a Attributor<'d, 't>, names: bool) -> Self {
        CandidateWalk {
            doc,
            attr,
            names,
            previous: None,
            shapes: Shapes::default(),
        }
    }

    /// The candidates of `it`, the item after the last one asked for, read as the rules left
    /// it (before any model's choice changes its speaker).
    fn next(&mut self, it: &Item) -> Vec<Candidate> {
        let site = QuoteSite {
            span: it.span,
            paragraph: it.paragraph,
            sentence: it.sentence,
            kind: it.kind,
            rule: it.speaker,
            how: it.attribution,
            rule_mention: it.mention,
            previous_speaker: self.previous,
            paragraph_initial: self
                .doc
                .paragraphs
                .get(it.paragraph)
                .is_some_and(|p| it.span.start <= p.span.start + 4),
        };
        if it.speaker.is_some() {
            self.previous = it.speaker;
        }
        candidates(
            self.doc,
            &self.attr.registry,
            &site,
            self.names,
            &mut self.shapes,
        )
    }
}

/// Gives each item the speaker the attribution model prefers among its candidates.
fn choose_speakers(
    doc: &Document,
    attr: &Attributor,
    items: &mut [Item],
    model: &AttributionModel,
) {
    let mut walk = CandidateWalk::new(doc, attr, false);
    // A set: an article of many datelines names many outlets, and each entity asks once.
    let outlets: WordSet<&str> = mentions::dateline_outlets(doc).into_iter().collect();
    // Once per entity, not per candidate: a long article offers the same ones to every quote.
    let speaks: Vec<bool> = attr
        .registry
        .entities
        .iter()
        .map(|e| can_speak(&e.name) && !outlets.contains(&e.name))
        .collect();
    let may_speak = |e: EntityId| speaks.get(e).copied().unwrap_or(false);
    for it in items.iter_mut() {
        // Every item is walked, also those the model leaves alone: the next one's candidates
        // read this one's speaker as the rules gave it.
        let set = walk.next(it);
        // Reported speech exists because of its cue: its speaker is the cue's subject, unless
        // that is a place ("Ottawa announced") or another name that cannot speak.
        if it.kind == QuoteKind::Indirect && it.speaker.is_none_or(may_speak) {
            continue;
        }
        // An interview's answers are the interviewee's: the model, which saw few interviews,
        // would give them to whoever the question named.
        if it.answer {
            continue;
        }
        // Dates and publications are never speakers, whatever the scores.
        let set: Vec<Candidate> = set
            .into_iter()
            .filter(|c| c.entity.is_none_or(may_speak))
            .collect();
        let rule = set.iter().position(|c| c.entity == it.speaker);
        let Some(best) = model.choose(&set, rule) else {
            continue;
        };
        if Some(best) == rule {
            continue;
        }
        let chosen = &set[best];
        it.speaker = chosen.entity;
        it.mention = chosen.mention;
        it.attribution = if chosen.entity.is_some() {
            Attribution::Nearby
        } else {
            Attribution::Unattributed
        };
        if chosen.entity.is_none() {
            it.cue = None;
        }
    }
}

/// A quotation left open at a paragraph's end and reopened at the next one's start is one
/// quotation: unless the new paragraph names its speaker in a cue of its own, it is the
/// speaker of the paragraph before. (The attribution model weighs each quote's candidates
/// on the rules' reading, in which a continued quote whose opening went unattributed had no
/// previous speaker, so the next person named could take it.)
fn follow_continued_quotes(doc: &Document, items: &mut [Item]) {
    // In the text's order, so that a quotation over three paragraphs passes its speaker on.
    for (i, continued) in continued_quotes(doc, items).into_iter().enumerate() {
        let own_cue = matches!(
            items[i].attribution,
            Attribution::Cue | Attribution::AccordingTo | Attribution::SameSentence
        );
        if let Some(p) = continued.filter(|&p| !own_cue && items[p].speaker.is_some()) {
            items[i].speaker = items[p].speaker;
            items[i].mention = None;
            items[i].cue = None;
            items[i].attribution = Attribution::Continuation;
        }
    }
}

/// For each item, the quoted item it continues: a quotation left open at the end of the
/// previous paragraph, the last quoted item there (items come in the text's order).
fn continued_quotes(doc: &Document, items: &[Item]) -> Vec<Option<usize>> {
    let mut last_quoted: Option<usize> = None;
    items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            let qi = it.quoted?;
            let previous = last_quoted.replace(i);
            previous.filter(|&p| {
                doc.quoted[qi].continues_previous && items[p].paragraph + 1 == it.paragraph
            })
        })
        .collect()
}

/// The headline's words, as the stance features read them.
fn headline_words(title: &str, toks: &[Tok]) -> Vec<String> {
    toks.iter()
        .filter(|t| t.kind == TokKind::Word)
        .map(|t| stance::features::stem(t.span.slice(title)))
        .collect()
}

/// An analysis before the stance decision: its quotes carry the lexicon rules' labels, and
/// each has the features the stance model reads. Training and evaluation decide the same
/// drafts with different models.
#[derive(Clone, Debug)]
pub struct Draft {
    /// The analysis, with the rules' stance labels.
    pub analysis: Analysis,
    /// What the stance model reads of each quote (same order as `analysis.quotes`).
    pub features: Vec<Features>,
    /// The analysed text.
    pub text: String,
}

impl Draft {
    /// Decides every quote's stance with `model` (the rules' labels when there is none) and
    /// tallies the speakers.
    pub fn decide(mut self, model: Option<&StanceModel>) -> Analysis {
        if let Some(model) = model {
            let speakers: Vec<Option<usize>> =
                self.analysis.quotes.iter().map(|q| q.speaker_id).collect();
            // Before a model decides, each quote's label is the lexicon's.
            let rules: Vec<Stance> = self.analysis.quotes.iter().map(|q| q.stance).collect();
            let decisions = model.decide(&self.text, &self.features, &speakers, &rules);
            let topic = self.analysis.topic.name.clone();
            let all = &self.analysis.speakers;
            for (q, d) in self.analysis.quotes.iter_mut().zip(decisions) {
                let speaker = q.speaker_id.and_then(|id| all.get(id));
                d.apply(q, &topic, speaker);
            }
        }
        tally_speakers(&mut self.analysis);
        self.analysis
    }
}

/// Which quoted passages are kept as quotes.
#[derive(Clone, Copy)]
enum Keep<'m> {
    /// Those the rules say are someone's words.
    Rules,
    /// Those the model says are.
    Model(&'m QuoteModel),
    /// Every one, terms included (the attribution model learns from every passage that
    /// the quote model may keep).
    All,
}

impl<'m> Keep<'m> {
    fn of(model: Option<&'m QuoteModel>) -> Keep<'m> {
        model.map_or(Keep::Rules, Keep::Model)
    }
}

/// The quoted passages and reported speech of an article, attributed by the rules. A
/// passage is kept as `keep` says; `record` collects every passage weighed, with its
/// features (for training the quote model).
fn find_items(
    doc: &Document,
    attr: &mut Attributor,
    keep: Keep,
    mut record: Option<&mut Vec<(Span, Features)>>,
) -> Vec<Item> {
    let learned = !matches!(keep, Keep::Rules) || record.is_some();
    let mut items: Vec<Item> = Vec::new();
    let mut state = Discourse::default();
    let interview = Interview::find(attr);
    let top: Vec<usize> = (0..doc.quoted.len())
        .filter(|&i| doc.quoted[i].depth == 0)
        .collect();
    let mut next_quote = 0;
    for s in 0..doc.sentences.len() {
        let (s_start, s_end) = doc.sentences[s];
        let Some(para) = doc.para_of.get(s_start).copied() else {
            continue;
        };
        let role = doc.paragraphs[para].role;
        if role == ParagraphRole::Byline {
            next_quote = quotes_from(doc, &top, next_quote, s_end);
            continue;
        }
        // An interview's "A: …" answer is one quotation of the interviewee's, whatever its
        // sentences hold.
        if let Some((speaker, words)) = interview.marked_answer(para) {
            next_quote = quotes_from(doc, &top, next_quote, s_end);
            let opens_paragraph = s == 0 || doc.para_of[doc.sentences[s - 1].0] != para;
            if opens_paragraph {
                let own = doc.toks_in(words);
                state.last_speaker = Some(speaker);
                items.push(Item {
                    kind: QuoteKind::Direct,
                    span: words,
                    paragraph: para,
                    quoted: None,
                    speaker: Some(speaker),
                    mention: None,
                    attribution: Attribution::Continuation,
                    cue: None,
                    promo: false,
                    own: (own.start, own.end),
                    sentence: s,
                    answer: true,
                });
            }
            continue;
        }
        let promo = role == ParagraphRole::Promo;
        // Reported speech, then quotes, in order of position.
        let reports = if promo {
            Vec::new()
        } else {
            attr.sight_sentence_subject(s);
            reported::find(attr, s)
        };
        let mut quotes_here = Vec::new();
        while next_quote < top.len() && doc.tok_at(doc.quoted[top[next_quote]].open.start) < s_end {
            quotes_here.push(top[next_quote]);
            next_quote += 1;
        }
        let mut reports = reports.into_iter().peekable();
        let mut prev_close: Option<usize> = None;
        let mut sentence_speaker: Option<(EntityId, Span, Option<CueWords>)> = None;
        for (n, &qi) in quotes_here.iter().enumerate() {
            let q = doc.quoted[qi];
            let open_tok = doc.tok_at(q.open.start);
            while let Some(r) = reports.next_if(|r| r.toks.0 < open_tok) {
                push_report(&mut items, &mut state, r, para, s);
            }
            let close_tok = q.close.map(|c| doc.tok_at(c.start));
            let next_open = quotes_here
                .get(n + 1)
                .map(|&nq| doc.tok_at(doc.quoted[nq].open.start));
            let inner = doc.toks_in(q.inner);
            let words = inner
                .clone()
                .filter(|&k| doc.toks[k].kind == TokKind::Word)
                .count();
            if words == 0 {
                continue;
            }
            let term = attribution::is_term(doc, open_tok, close_tok, words);
            if term && !learned {
                continue;
            }
            let para_initial = doc.paragraphs[para].span.start == q.open.start;
            let found = attr.attribute_in_sentence(open_tok, close_tok, prev_close, next_open);
            let answerer = interview.answerer(para).filter(|_| para_initial && !promo);
            let mut answer = false;
            let (speaker, mention, cue, how) = match found {
                Some((f, how)) => (Some(f.speaker), Some(f.mention), Some(f.cue), how),
                None => match (&sentence_speaker, para_initial) {
                    (Some((id, m, cue)), _) => {
                        (Some(*id), Some(*m), cue.clone(), Attribution::SameSentence)
                    }
                    // An answer to an interviewer's question continues the interviewee.
                    (None, true) if answerer.is_some() => {
                        answer = true;
                        (answerer, None, None, Attribution::Continuation)
                    }
                    (None, true) if state.last_speaker.is_some() && !promo => {
                        (state.last_speaker, None, None, Attribution::Continuation)
                    }
                    _ => match items
                        .iter()
                        .rev()
                        .take(RECENT)
                        .take_while(|it| it.paragraph == para)
                        .find(|it| it.speaker.is_some() && it.quoted.is_some())
                    {
                        Some(it) => (it.speaker, None, None, Attribution::SameParagraph),
                        None => (None, None, None, Attribution::Unattributed),
                    },
                },
            };
            let needed_words = match how {
                Attribution::Cue | Attribution::AccordingTo | Attribution::SameSentence => 1,
                Attribution::Continuation => 3,
                Attribution::SameParagraph => 4,
                Attribution::Nearby | Attribution::Unattributed => 6,
            };
            let passage = Passage {
                open_tok,
                close_tok,
                words,
                how,
                paragraph_initial: para_initial,
                term,
                long_enough: words >= needed_words,
            };
            let kept = if learned {
                let f = passages::features(doc, &passage, false);
                let kept = match keep {
                    Keep::Rules => passage.rule(),
                    // A title-cased passage is a name or a title, whatever else its sentence
                    // holds: people's words are written in sentence case (a guard on the
                    // model, which sees too few titles to learn it: one scored quote in the
                    // corpus is title-cased, and it is a two-word name).
                    Keep::Model(m) => {
                        m.is_quote(&f) && !attribution::terms::is_title(doc, open_tok, close_tok)
                    }
                    Keep::All => true,
                };
                if let Some(r) = record.as_deref_mut() {
                    r.push((trim_quote(doc.text, q.inner), f));
                }
                kept
            } else {
                passage.rule()
            };
            if !kept {
                continue;
            }
            prev_close = close_tok.map(|c| c + 1);
            if let (Some(id), Some(m)) = (speaker, mention) {
                sentence_speaker = Some((id, m, cue.clone()));
            }
            let first_char_upper = q
                .inner
                .slice(doc.text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            let after_colon = open_tok > 0 && doc.tok_text(open_tok - 1) == ":";
            let kind = if para_initial || after_colon || (first_char_upper && words >= 4) {
                QuoteKind::Direct
            } else {
                QuoteKind::Partial
            };
            let span = trim_quote(doc.text, q.inner);
            if !promo && speaker.is_some() {
                state.last_speaker = speaker;
            }
            items.push(Item {
                kind,
                span,
                paragraph: para,
                quoted: Some(qi),
                speaker,
                mention,
                attribution: how,
                cue,
                promo,
                own: (inner.start, inner.end),
                sentence: s,
                answer,
            });
        }
        for r in reports {
            push_report(&mut items, &mut state, r, para, s);
        }
    }
    items
}

/// The first of `top`'s quotations (from index `from`) that opens at or after token `end`:
/// where the next sentence's quotations start, past a sentence whose quotes are not read.
fn quotes_from(doc: &Document, top: &[usize], from: usize, end: usize) -> usize {
    from + top[from.min(top.len())..]
        .iter()
        .take_while(|&&qi| doc.tok_at(doc.quoted[qi].open.start) < end)
        .count()
}

fn push_report(
    items: &mut Vec<Item>,
    state: &mut Discourse,
    r: reported::Reported,
    para: usize,
    s: usize,
) {
    state.last_speaker = Some(r.found.speaker);
    if r.introducer {
        return;
    }
    items.push(Item {
        kind: QuoteKind::Indirect,
        span: r.span,
        paragraph: para,
        quoted: None,
        speaker: Some(r.found.speaker),
        mention: Some(r.found.mention),
        attribution: Attribution::Cue,
        cue: Some(r.found.cue),
        promo: false,
        own: r.toks,
        sentence: s,
        answer: false,
    });
}

/// Drops trailing commas and blanks from a quote ("…lives," said X).
fn trim_quote(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let trimmed =
        s.trim_end_matches(|c: char| c == ',' || c == ';' || c == ':' || crate::span::is_blank(c));
    Span::new(span.start, span.start + trimmed.len())
}

/// News often describes a speaker before naming them: the lede's "THE city's Green Party
/// leader has voiced…", then "City councillor Louis Stephen said…"; or, further on, "the
/// county's police commissioner has ruled out…", then "Jane Doe told me…". An unnamed person
/// who speaks becomes the next person named as a speaker, if that person is first mentioned
/// after the description and speaks within the next two paragraphs (in the lede) or the next
/// one (further on).
fn merge_described_speakers(attr: &mut Attributor, items: &mut [Item]) {
    // "A senior official, who did not wish to be named, said … “…,” the official said": a
    // description that asked not to be named once stays unnamed at every mention.
    let mut anonymous: ByEntity<()> = ByEntity::default();
    for it in items.iter() {
        let (Some(speaker), Some(mention)) = (it.speaker, it.mention) else {
            continue;
        };
        let id = attr.registry.canonical(speaker);
        if attr.registry.get(id).unnamed && asks_anonymity(attr.doc.text, mention.end) {
            anonymous.get_or_insert_with(id, || ());
        }
    }
    let mut merged = false;
    for i in 0..items.len() {
        let Some(desc) = items[i].speaker.map(|id| attr.registry.canonical(id)) else {
            continue;
        };
        // A description already merged is its person: it is not given to another one.
        let desc_e = attr.registry.get(desc);
        if !(desc_e.unnamed && desc_e.definite_person) {
            continue;
        }
        if refers_back(attr, items, i) {
            continue;
        }
        let last_para = items[i].paragraph + if i == 0 { 2 } else { 1 };
        // Bounded (paragraphs, items), so an article of unnamed speakers stays linear.
        let candidate = items[i + 1..]
            .iter()
            .take(64)
            .take_while(|it| it.paragraph <= last_para)
            .find_map(|it| {
                let id = it.speaker?;
                let e = attr.registry.get(id);
                (e.kind == SpeakerKind::Person && !e.unnamed && !offices_differ(desc_e, e))
                    .then_some((id, e.first_seen))
            });
        let Some((person, first_seen)) = candidate else {
            continue;
        };
        let desc_at = items[i].mention.map_or(items[i].span.start, |m| m.start);
        let desc_end = items[i].mention.map_or(desc_at, |m| m.end);
        if first_seen < desc_at
            || asks_anonymity(attr.doc.text, desc_end)
            || anonymous.contains(desc)
        {
            continue;
        }
        // Later checks read entities through the registry, which follows the merge; the
        // items are given their merged speakers once, below (not rewritten per merge).
        attr.registry.merge(desc, person);
        merged = true;
    }
    if merged {
        for it in items.iter_mut() {
            it.speaker = it.speaker.map(|id| attr.registry.canonical(id));
        }
    }
}

/// Whether a definite description past the lede follows right after a named person's quote
/// ("Backbencher Tom Reid said … The Brent East MP said he would vote against it"): "the"
/// then points back, most likely to that person, so the description is not given to the
/// next person the story names. (Whether it is the person just quoted the article does not
/// say; it stays unnamed.)
fn refers_back(attr: &Attributor, items: &[Item], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &items[p]) else {
        return false;
    };
    let Some(at) = items[i].mention else {
        return false;
    };
    let definite = at
        .slice(attr.doc.text)
        .split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let named_person_before = prev.speaker.is_some_and(|id| {
        let e = attr.registry.get(id);
        e.kind == SpeakerKind::Person && !e.unnamed
    });
    definite && named_person_before && prev.paragraph + 1 >= items[i].paragraph
}

/// Whether an unnamed office-holder ("the health minister") cannot be a person the article
/// describes only by roles that are no office ("Jo Doe, a nurse in the city"): the minister
/// is someone the story has not named. A person described by no role, or by any office,
/// may be them ("the city's Green Party leader" is "City councillor Louis Stephen").
fn offices_differ(description: &Entity, person: &Entity) -> bool {
    let described: Vec<&str> = description.role_words.iter().map(String::as_str).collect();
    described.iter().any(|w| speakers::is_office(w)) && person.has_only_other_roles(&described)
}

/// Whether the words right after a description (byte `at`) keep its person unnamed: "A
/// senior official, who did not wish to be named, said"; "speaking on condition of
/// anonymity". Such a person is never the next one the story names.
fn asks_anonymity(text: &str, at: usize) -> bool {
    let mut end = (at + 120).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let after = text.get(at..end).unwrap_or("");
    let sentence = after
        .find(['.', '“', '"'])
        .map_or(after, |stop| &after[..stop]);
    [
        "be named",
        "be identified",
        "anonymity",
        "anonymous",
        "authorised to",
        "authorized to",
    ]
    .iter()
    .any(|p| sentence.contains(p))
}

/// What only the topic can tell apart from a quote: a short quoted phrase that is just the
/// name of a side ("the ‘war on drugs’", "‘rent control areas’") is a term; reported
/// "support" or "hopes" that say nothing about the topic ("the network supports 400 people
/// a year") are not speech about it.
fn drop_non_quotes(
    doc: &Document,
    items: Vec<Item>,
    readings: Vec<Reading>,
) -> (Vec<Item>, Vec<Reading>) {
    items
        .into_iter()
        .zip(readings)
        .filter(|(it, r)| match it.kind {
            QuoteKind::Partial => {
                let words = (it.own.0..it.own.1)
                    .filter(|&k| doc.toks[k].kind == TokKind::Word)
                    .count();
                words > 4 || !r.own.is_only_a_target()
            }
            QuoteKind::Indirect => {
                let weak = it.cue.as_ref().is_some_and(|c| {
                    matches!(
                        c.lemma.as_str(),
                        "support" | "back" | "want" | "hope" | "describe" | "call" | "favour"
                    )
                });
                // A vote, an endorsement or a rejection is an act, not speech.
                let act = it.cue.as_ref().is_some_and(|c| {
                    matches!(
                        c.lemma.as_str(),
                        "backed"
                            | "back"
                            | "reject"
                            | "endorse"
                            | "advocate"
                            | "approve"
                            | "pass"
                            | "vote"
                            | "admit"
                            | "acknowledge"
                    )
                });
                // "Jo Doe wrote the bill" is authorship; "wrote that …", "wrote:" and "wrote
                // the plan would work" report.
                let authored = it.cue.as_ref().is_some_and(|c| c.lemma == "write")
                    && !(it.own.0..it.own.1).any(|k| {
                        doc.norm
                            .get(k)
                            .is_some_and(|w| &**w == "that" || crate::lexicon::is_auxiliary(w))
                            || doc.tok_text(k) == ":"
                    });
                !(act || authored || weak && r.rule.label == Stance::Neutral)
            }
            QuoteKind::Direct => true,
        })
        .unzip()
}

/// The lede (the first two body paragraphs, the writer's words only, as far as the lexicon
/// reads a stretch): it says what the story is about.
fn lede_tokens(doc: &Document) -> Vec<Tok> {
    let lede_paras: Vec<usize> = (0..doc.paragraphs.len())
        .filter(|&p| doc.paragraphs[p].role == ParagraphRole::Body)
        .take(2)
        .collect();
    (0..doc.toks.len())
        .take_while(|&k| {
            lede_paras
                .last()
                .is_some_and(|&last| doc.para_of[k] <= last)
        })
        .filter(|&k| doc.quote_of[k].is_none() && lede_paras.contains(&doc.para_of[k]))
        .map(|k| doc.toks[k])
        .take(stance::lexicon::MAX_TOKENS)
        .collect()
}

/// The lexicon's reading of one quote: the rule-based judgement, and the readings of the
/// quote's words and of the writer's words around it (the stance model's inputs).
struct Reading {
    rule: stance::Judgement,
    own: Rc<Assessment>,
    around: Option<Rc<Assessment>>,
}

fn judge_items(
    doc: &Document,
    attr: &Attributor,
    items: &[Item],
    lede: &[Tok],
    topic: &CompiledTopic,
) -> (Vec<Reading>, Assessment) {
    let assess =
        |a: usize, b: usize| stance::assess(doc.text, &doc.toks[a..b.min(doc.toks.len())], topic);
    // Per speaker: (paragraph, assessments of their earlier words and their context).
    let mut history: Vec<(Option<EntityId>, usize, Rc<Assessment>)> = Vec::new();
    let lede = stance::assess(doc.text, lede, topic);
    let mut out = Vec::new();
    let mut arguing = Vec::new();
    for it in items {
        let own = Rc::new(assess(it.own.0, it.own.1));
        let (s_start, s_end) = doc.sentences[it.sentence];
        // The writer's words around the quote: for a partial quote, the words around the
        // fragment (not the writer's whole sentence: a long lede describing the story must not
        // decide what one speaker's fragment argues); for a direct one, the words introducing it.
        let around = match it.kind {
            QuoteKind::Partial => {
                let (a, b) = (
                    s_start.max(it.own.0.saturating_sub(14)),
                    s_end.min(it.own.1 + 14),
                );
                Some((ContextKind::Embedding, Rc::new(assess(a, b))))
            }
            QuoteKind::Direct => {
                let (a, b) = (
                    s_start.max(it.own.0.saturating_sub(60)),
                    s_end.min(it.own.1 + 60),
                );
                let writer: Vec<_> = (a..b)
                    .filter(|&k| doc.quote_of[k].is_none())
                    .map(|k| doc.toks[k])
                    .collect();
                Some((
                    ContextKind::Framing,
                    Rc::new(stance::assess(doc.text, &writer, topic)),
                ))
            }
            QuoteKind::Indirect => None,
        };
        let mut context: Vec<(ContextKind, &Assessment)> = Vec::new();
        if let Some((kind, a)) = &around {
            context.push((*kind, a));
        }
        if it.speaker.is_some() {
            let recent = history
                .iter()
                .rev()
                .take(RECENT)
                .take_while(|(_, p, _)| it.paragraph <= p + 3);
            for (_, _, a) in recent.filter(|(sp, _, _)| *sp == it.speaker) {
                context.push((ContextKind::Earlier, a));
            }
        }
        context.push((ContextKind::Article, &lede));
        let mut j = stance::lexicon::judge(&own, &context);
        j.topical = j.label != Stance::Neutral
            || own.has_target()
            || around.as_ref().is_some_and(|(_, a)| a.has_target());
        arguing.push(j.label == Stance::Neutral && stance::lexicon::argues_without_naming(&own));
        history.push((it.speaker, it.paragraph, own.clone()));
        let around = around.map(|(_, a)| a);
        if let Some(a) = &around {
            history.push((it.speaker, it.paragraph, a.clone()));
        }
        out.push(Reading {
            rule: j,
            own,
            around,
        });
    }
    // A quote that argues without naming the topic takes its speaker's side, when the
    // speaker's decided quotes all take one.
    // Per speaker: the one side all their decided quotes take, or None when they differ.
    let mut sides: ByEntity<Option<Stance>> = ByEntity::default();
    for (it, r) in items.iter().zip(&out) {
        if let (Some(speaker), true) = (it.speaker, r.rule.label != Stance::Neutral) {
            let side = sides.get_or_insert_with(speaker, || Some(r.rule.label));
            if *side != Some(r.rule.label) {
                *side = None;
            }
        }
    }
    for (i, it) in items.iter().enumerate() {
        let Some(speaker) = it.speaker.filter(|_| arguing[i]) else {
            continue;
        };
        if let Some(&Some(side)) = sides.get(speaker) {
            out[i].rule =
                stance::lexicon::speaker_side(&out[i].rule, side, &attr.registry.get(speaker).name);
        }
    }
    (out, lede)
}

fn build(
    doc: &Document,
    attr: &Attributor,
    items: Vec<Item>,
    judgements: Vec<stance::Judgement>,
    topic: TopicRef,
) -> Analysis {
    // Speakers in the order they first speak; an entity's index looked up by its id (ids
    // index the registry), not found by a scan: an article may have thousands of speakers.
    let mut speaker_ids: Vec<EntityId> = Vec::new();
    let mut speaker_index: Vec<Option<usize>> = vec![None; attr.registry.entities.len()];
    for it in &items {
        if let Some(slot) = it.speaker.and_then(|e| speaker_index.get_mut(e)) {
            if slot.is_none() {
                *slot = Some(speaker_ids.len());
                speaker_ids.extend(it.speaker);
            }
        }
    }
    let mut quotes = Vec::with_capacity(items.len());
    let continued = continued_quotes(doc, &items);
    for (id, ((it, j), continues)) in items.into_iter().zip(judgements).zip(continued).enumerate() {
        let speaker_id = it
            .speaker
            .and_then(|e| speaker_index.get(e).copied().flatten());
        let probabilities = Probabilities::with_label(j.label, interim_confidence(&j));
        quotes.push(Quote {
            id,
            text: it.span.slice(doc.text).to_string(),
            kind: it.kind,
            span: it.span,
            paragraph: it.paragraph,
            continues,
            speaker: it
                .speaker
                .map(|e| attr.registry.get(e).shown_name().into_owned()),
            speaker_id,
            speaker_mention: it.mention,
            attribution: it.attribution,
            cue: it.cue,
            stance: j.label,
            stance_basis: j.basis,
            stance_score: j.score,
            confidence: probabilities.of(j.label),
            probabilities,
            topical: j.topical,
            evidence: j.evidence,
            reason: j.reason,
            promo: it.promo,
        });
    }
    let speakers: Vec<Speaker> = speaker_ids
        .iter()
        .enumerate()
        .map(|(sid, &e)| {
            let entity = attr.registry.get(e);
            // "The Prime Minister's official spokesman" is named by their role: shown once.
            let roles: Vec<String> = entity
                .roles
                .iter()
                .filter(|r| !speakers::same_words(r, &entity.name))
                .cloned()
                .collect();
            Speaker {
                id: sid,
                name: entity.shown_name().into_owned(),
                kind: entity.kind,
                description: (!roles.is_empty()).then(|| roles.join("; ")),
                roles,
                mentions: entity.mentions.clone(),
                stance: SpeakerStance::Neutral,
                certainty: Certainty::Unclear,
                reason: String::new(),
                quotes: Vec::new(),
            }
        })
        .collect();
    let mut analysis = Analysis {
        topic,
        paragraphs: doc.paragraphs.clone(),
        quotes,
        speakers,
    };
    tally_speakers(&mut analysis);
    analysis
}

/// How sure a rule-based judgement is (until the learned model gives probabilities).
fn interim_confidence(j: &stance::Judgement) -> f32 {
    match (j.basis, j.score.abs()) {
        (stance::Basis::Quote | stance::Basis::Sentence, s) if s >= 2 => 0.85,
        (stance::Basis::Quote | stance::Basis::Sentence, _) => 0.7,
        (stance::Basis::Editor, _) => 1.0,
        (stance::Basis::Nothing, _) => 0.6,
        _ => 0.55,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_brings_its_own_stance_model() {
        let text = "“Locking people up for drug use has failed,” said Dr Ann Lee, a public \
                    health researcher.\n\nThe Police Federation's Tom Hale disagreed. “This \
                    would send the wrong message to young people,” he said.";
        let labels = |topic: &Topic| -> Vec<(Stance, [u8; 3])> {
            Analyzer::new(topic)
                .analyze(text)
                .quotes
                .iter()
                .map(|q| {
                    let p = &q.probabilities;
                    let pct = |x: f32| (x * 100.0).round() as u8;
                    (q.stance, [pct(p.support), pct(p.oppose), pct(p.neutral)])
                })
                .collect()
        };
        let builtin = labels(Topic::builtin());
        // The same profile under another name is another topic: its lexicon rules decide...
        let mut copy = Topic::builtin().clone();
        copy.id = "a-publishers-copy".into();
        assert_ne!(labels(&copy), builtin);
        // ...unless it brings a model, here the one trained for the built-in profile.
        let model = StanceModel::builtin().expect("the crate ships a stance model");
        copy.stance_model = Some(model.to_bytes());
        assert_eq!(labels(&copy), builtin);
        assert_eq!(builtin.len(), 2);
    }

    #[test]
    fn title_cased_passages_are_never_quotes() {
        // (text, a title in it, a quote that stays)
        let cases = [
            (
                "“A delay would create new uncertainty,” Jo Doe told the Bremen “Weser Kurier” on Friday.",
                "Weser Kurier",
                "A delay would create new uncertainty",
            ),
            (
                "In light of the committee’s report titled: “Drugs: Breaking the Cycle,” the minister, Jo Doe, explained that the government was “open to new ways of thinking”.",
                "Drugs: Breaking the Cycle",
                "open to new ways of thinking",
            ),
            (
                "Jo Doe told the “North Shire Herald” that the plan was “a disaster for the town”.",
                "North Shire Herald",
                "a disaster for the town",
            ),
        ];
        for (text, title, quote) in cases {
            let a = Analyzer::new(Topic::builtin()).analyze(text);
            let texts: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
            assert!(
                !texts.iter().any(|t| t.contains(title)),
                "{text}: {texts:?}"
            );
            assert!(texts.contains(&quote), "{text}: {texts:?}");
        }
    }

    #[test]
    fn a_speaker_named_by_their_role_is_not_shown_it_twice() {
        // (text, the speaker, their roles)
        let cases: [(&str, &str, &[&str]); 2] = [
            (
                "The Prime Minister's official spokesman told reporters: “We have no plans.”",
                "The Prime Minister's official spokesman",
                &[],
            ),
            (
                "Jo Doe, the council's spokesman, told reporters: “We have no plans.”",
                "Jo Doe",
                &["the council's spokesman"],
            ),
        ];
        for (text, name, roles) in cases {
            let a = Analyzer::new(Topic::builtin()).analyze(text);
            let got: Option<Vec<&str>> = a
                .speakers
                .iter()
                .find(|s| s.name == name)
                .map(|s| s.roles.iter().map(String::as_str).collect());
            assert_eq!(got.as_deref(), Some(roles), "{text}: {:?}", a.speakers);
        }
    }

    #[test]
    fn a_described_speaker_becomes_the_next_person_named_only_if_they_can_be_them() {
        // (text, the start of a quote, its speaker)
        let cases = [
            (
                "THE town’s Green Party leader has backed the plan, to “save lives”.\n\nCouncillor Jo Doe said the laws were “failing”.",
                "save lives",
                "Jo Doe",
            ),
            (
                "Users will no longer face charges, the health minister said.\n\n“This is about saving lives,” the minister told reporters.\n\nJo Doe, a nurse in the city, said it was “long overdue”.",
                "This is about saving lives",
                "the health minister",
            ),
            (
                "Users will no longer face charges, the health minister said.\n\nJo Doe, a nurse in the city, said it was “long overdue”.",
                "long overdue",
                "Jo Doe",
            ),
            (
                "Users will no longer face charges, the health minister said.\n\n“This is about saving lives,” Jo Doe, a former nurse who became minister in May, said.",
                "Users will no longer",
                "Jo Doe",
            ),
            // A spokesperson for someone else is not the next person named.
            (
                "A spokesperson for the governor said she had “serious concerns”.\n\n“It is wrong,” said state Sen. Jo Doe.",
                "serious concerns",
                "A spokesperson for the governor",
            ),
            // Right after a named person's quote, "the" points back, not to the next name.
            (
                "Backbencher Tom Reid said the plan was “reckless”.\n\nThe Brent East MP said he would vote against it.\n\nCarla Denyer said: “This is a public health issue.”",
                "said he would vote",
                "Brent East MP",
            ),
            (
                "Backbencher Tom Reid said the plan was “reckless”.\n\nThe Brent East MP said he would vote against it.\n\nCarla Denyer said: “This is a public health issue.”",
                "This is a public",
                "Carla Denyer",
            ),
            // A word for any member of a legislature names an MP or a senator; a nurse is none.
            (
                "Kiharu MP Jo Doe said the law filled prisons.\n\n“That money should go to treatment,” the legislator added.",
                "That money",
                "Jo Doe",
            ),
            (
                "Jo Doe, a nurse in the city, said the law filled prisons.\n\n“That money should go to treatment,” the lawmaker added.",
                "That money",
                "the lawmaker",
            ),
            // A plural possessive is part of the description.
            (
                "The United Nations’ human rights chief urged governments to decriminalise drug use.\n\n“It has failed,” Jo Doe told a conference.",
                "urged governments",
                "Jo Doe",
            ),
            // Asked once not to be named, a description stays unnamed at every mention.
            (
                "A senior official, who did not wish to be named, said there were “no plans”.\n\n“Any softening will be exploited,” the official said.\n\nMinister Jo Doe told reporters it was “fine”.",
                "Any softening",
                "A senior official",
            ),
            // A definite office refers back to no one the story describes otherwise.
            (
                "Jo Doe wrote the bill last year.\n\nSam Roe, a lobbyist for the clinics, said it was “a mistake”.\n\n“We have waited long enough,” the senator said.",
                "We have waited",
                "the senator",
            ),
            (
                "State Sen. Jo Doe wrote the bill.\n\nSam Roe, a lobbyist for the clinics, said it was “a mistake”.\n\n“We have waited long enough,” the senator said.",
                "We have waited",
                "Jo Doe",
            ),
        ];
        for (text, quote, speaker) in cases {
            let a = Analyzer::new(Topic::builtin()).analyze(text);
            let q = a.quotes.iter().find(|q| q.text.starts_with(quote));
            assert_eq!(
                q.and_then(|q| q.speaker.as_deref()),
                Some(speaker),
                "{text}"
            );
        }
    }

    #[test]
    fn a_quotation_over_paragraphs_keeps_its_speaker() {
        let text = "Dr Jo Doe has treated addiction for 20 years.\n\n“When I started, I believed in prosecution.\n\n“What I see is the opposite. People use alone.\n\n“It would let us reach people in time.”\n\nProfessor Sam Roe disagreed. “The evidence is thin,” he said.";
        let a = Analyzer::new(Topic::builtin()).analyze(text);
        let speakers: Vec<(&str, Option<&str>)> = a
            .quotes
            .iter()
            .map(|q| (&q.text[..8], q.speaker.as_deref()))
            .collect();
        assert_eq!(
            speakers,
            [
                ("When I s", Some("Jo Doe")),
                ("What I s", Some("Jo Doe")),
                ("It would", Some("Jo Doe")),
                ("The evid", Some("Sam Roe")),
            ]
        );
    }

    #[test]
    fn an_interview_s_answers_are_the_interviewee_s_whoever_the_question_names() {
        let text = "Dr Ana Silva runs a clinic in Lisbon. Silva spoke to us about the law.\n\n\
                    What changed?\n\n\
                    “People stopped hiding from us when the law changed.”\n\n\
                    Some critics say the policy has failed in Porto.\n\n\
                    “That is a funding problem, not a problem with the law.”\n\n\
                    Would you change anything?\n\n\
                    “I would hire more outreach staff for the commissions.”";
        let a = Analyzer::new(Topic::builtin()).analyze(text);
        let speakers: Vec<(&str, Option<&str>)> = a
            .quotes
            .iter()
            .filter(|q| q.kind != QuoteKind::Indirect)
            .map(|q| (&q.text[..8], q.speaker.as_deref()))
            .collect();
        assert_eq!(
            speakers,
            [
                ("People s", Some("Ana Silva")),
                ("That is ", Some("Ana Silva")),
                ("I would ", Some("Ana Silva")),
            ]
        );
    }

    #[test]
    fn an_interview_s_marked_answers_are_quotes_of_the_interviewee() {
        let text = "Dr Ana Silva runs a clinic in Lisbon.\n\n\
                    Q: What changed?\n\n\
                    A: People stopped hiding from us. “Never again,” one told me.\n\n\
                    Q: Some critics say the policy has failed. Is that fair?\n\n\
                    A: No. It is a funding problem.";
        let a = Analyzer::new(Topic::builtin()).analyze(text);
        let quotes: Vec<(&str, QuoteKind, Option<&str>)> = a
            .quotes
            .iter()
            .map(|q| (q.text.as_str(), q.kind, q.speaker.as_deref()))
            .collect();
        assert_eq!(
            quotes,
            [
                (
                    "People stopped hiding from us. “Never again,” one told me.",
                    QuoteKind::Direct,
                    Some("Ana Silva")
                ),
                (
                    "say the policy has failed.",
                    QuoteKind::Indirect,
                    Some("Some critics")
                ),
                (
                    "No. It is a funding problem.",
                    QuoteKind::Direct,
                    Some("Ana Silva")
                ),
            ]
        );
    }

    #[test]
    fn writing_reports_only_what_was_written() {
        // (text, reports found)
        let cases: [(&str, &[&str]); 4] = [
            ("Jo Doe wrote the bill last year.", &[]),
            ("Jo Doe wrote the bill, which passed.", &[]),
            (
                "Jo Doe wrote that the bill would save lives.",
                &["wrote that the bill would save lives."],
            ),
            (
                "In a letter, Jo Doe wrote the plan would save lives.",
                &["wrote the plan would save lives."],
            ),
        ];
        for (text, want) in cases {
            let a = Analyzer::new(Topic::builtin()).analyze(text);
            let got: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
