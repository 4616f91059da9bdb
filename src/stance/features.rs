//! What the stance model reads of a quote: its words, the topic lexicon's reading of them,
//! the writer's words around it, who the speaker is, and what the article is about.
//!
//! Every feature belongs to a [`Group`], so the training command's ablation can say what
//! each kind of evidence earns. Word features carry the span they came from, so a label can
//! point at the words that decided it.

use crate::analysis::QuoteKind;
use crate::document::Document;
use crate::features::Features;
use crate::span::Span;
use crate::speakers::SpeakerKind;
use crate::tokens::TokKind;

use crate::tokens::Tok;
use crate::topic::CompiledTopic;

use super::lexicon::{assess, Assessment};
use super::{Basis, Judgement, Stance};

/// Kinds of evidence, for ablation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// The quote's own words and word pairs.
    Words = 0,
    /// What the topic lexicon's rules make of the quote and its context.
    Lexicon = 1,
    /// The writer's words around the quote: the reporting verb, the sentence.
    Context = 2,
    /// Who the speaker is: their description, kind.
    Speaker = 3,
    /// What the article is about: its headline and opening.
    Article = 4,
    /// How the quote is quoted: kind, length.
    Form = 5,
}

impl Group {
    /// Every group.
    pub const ALL: [Group; 6] = [
        Group::Words,
        Group::Lexicon,
        Group::Context,
        Group::Speaker,
        Group::Article,
        Group::Form,
    ];

    /// Its name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Group::Words => "words",
            Group::Lexicon => "lexicon",
            Group::Context => "context",
            Group::Speaker => "speaker",
            Group::Article => "article",
            Group::Form => "form",
        }
    }

    /// Whether the group's features may say which side a quote takes, not only whether it
    /// takes one. What the story is about says whether its quotes argue (a court report
    /// quotes few who do), not which side each speaker is on: a contested story quotes both
    /// sides under one headline. How a quote is quoted (its kind, its length) knows no side
    /// at all. Trained freely, these features gave every quote of a story the headline's
    /// side; tied, they push support and oppose alike (README, "Accuracy", session 44).
    pub fn takes_sides(self) -> bool {
        !matches!(self, Group::Article | Group::Form)
    }

    /// The group of a feature's group index.
    pub fn of(index: u8) -> Option<Group> {
        Group::ALL.get(usize::from(index)).copied()
    }
}

/// What the writer says around a speaker's every mention ("Jim Gerhardt, who opposes the
/// measure"; "opponents of Prop 64, including…"), and whether the headline names them:
/// the same for each of their quotes.
#[derive(Clone, Debug, Default)]
pub struct SpeakerContext {
    /// Stemmed words of the writer's sentences that mention the speaker, once each, with
    /// where each is first written (bytes; an empty span for words of the speaker's own
    /// name): a reason can cite what weighed.
    pub words: Vec<(String, Span)>,
    /// The lexicon's score of those sentences, summed.
    pub score: i32,
    /// The headline names the speaker.
    pub in_headline: bool,
}

/// How many of a speaker's mentions are read (the first ones: introductions matter most).
const MENTIONS_READ: usize = 12;

/// How many tokens either side of a mention are read.
const MENTION_REACH: usize = 40;

impl SpeakerContext {
    /// Reads the writer's sentences around `mentions` (byte spans, in text order) in `doc`.
    pub fn read(
        doc: &Document,
        mentions: &[Span],
        topic: &CompiledTopic,
        name_words: &[String],
        headline: &[String],
    ) -> SpeakerContext {
        // The writer's words of each mention's sentence, at most MENTION_REACH tokens either
        // side of it (a bound on the work when a "sentence" runs for pages).
        let mut windows: Vec<(usize, usize)> = Vec::new();
        for m in mentions.iter().take(MENTIONS_READ) {
            let k = doc.tok_at(m.start);
            let Some(&(a, b)) = doc.sentence_of.get(k).and_then(|&s| doc.sentences.get(s)) else {
                continue;
            };
            let window = (
                a.max(k.saturating_sub(MENTION_REACH)),
                b.min(k + MENTION_REACH),
            );
            if windows.last() != Some(&window) {
                windows.push(window);
            }
        }
        let mut words = Vec::new();
        let mut score = 0;
        for range in windows {
            let toks: Vec<Tok> = (range.0..range.1.min(doc.toks.len()))
                .filter(|&k| doc.quote_of[k].is_none())
                .map(|k| doc.toks[k])
                .collect();
            score += assess(doc.text, &toks, topic).score;
            // The speaker's own name is read, but is no words to cite about them (the
            // mentions are in text order, as the registry keeps them: the one that could
            // hold a word is the last to start at or before it).
            words.extend(self::words(doc, range, true).into_iter().map(|(w, span)| {
                let before = mentions.partition_point(|m| m.start <= span.start);
                let named = before
                    .checked_sub(1)
                    .and_then(|i| mentions.get(i))
                    .is_some_and(|m| span.end <= m.end);
                (w, if named { Span::default() } else { span })
            }));
        }
        words.retain(|(w, _)| says_something(w));
        // Once each, at its first place in the text.
        crate::sort::sort(&mut words);
        words.dedup_by(|b, a| a.0 == b.0);
        SpeakerContext {
            words,
            score,
            in_headline: name_words.iter().any(|n| headline.contains(n)),
        }
    }
}

/// Whether a word of the writer's sentences about a speaker, or of their roles, can say
/// anything of them: a function word ("the", "when", "has"), a day or a number says nothing
/// of where they stand; learned from a few hundred stories such words only stood for the
/// stories they came from, and a reason showed a reader "Monday" as why (cross-validated in
/// session 45, eight refits: speaker-level 0.574 → 0.583, the dev set 0.785 → 0.817, the
/// golden articles 0.595 → 0.615; in the roles as well, flips 107.4 → 102.0).
pub(super) fn says_something(w: &str) -> bool {
    let plain = w.trim_start_matches('¬');
    !(FUNCTION_WORDS.binary_search(&plain).is_ok()
        || crate::lexicon::is_date_word(plain)
        || plain.starts_with(|c: char| c.is_ascii_digit()))
}

/// Function words as [`stem`] leaves them ("does" → "doe", "this" → "thi"), sorted for a
/// binary search. Not "not", "no" or "against": those take sides.
const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "across", "along", "also", "although", "am", "among", "an", "and", "are",
    "around", "as", "at", "be", "because", "been", "being", "between", "but", "by", "can", "could",
    "did", "do", "doe", "doing", "done", "dr", "even", "for", "from", "had", "has", "have",
    "having", "he", "her", "here", "him", "his", "how", "i", "if", "in", "into", "is", "it",
    "just", "may", "me", "might", "mine", "mr", "mrs", "ms", "my", "nor", "of", "on", "one",
    "only", "onto", "or", "our", "over", "shall", "she", "so", "still", "that", "the", "their",
    "them", "there", "these", "they", "thi", "those", "though", "three", "through", "to", "too",
    "two", "under", "upon", "us", "very", "was", "we", "were", "what", "when", "where", "which",
    "while", "who", "whom", "whose", "why", "will", "with", "within", "would", "yet", "you",
    "your",
];

/// Everything the extractor reads about one quote.
pub struct QuoteView<'a> {
    /// The article.
    pub doc: &'a Document<'a>,
    /// Token range of the quote's own words.
    pub own: (usize, usize),
    /// Token range of the writer's sentence it is in.
    pub sentence: (usize, usize),
    /// Direct, partial or reported.
    pub kind: QuoteKind,
    /// The reporting cue's lemma.
    pub cue: Option<&'a str>,
    /// The speaker's kind, when there is a speaker.
    pub speaker_kind: Option<SpeakerKind>,
    /// The speaker's name.
    pub speaker_name: Option<&'a str>,
    /// The speaker's roles and affiliations as the article gives them.
    pub speaker_roles: &'a [String],
    /// What the writer says around the speaker's mentions.
    pub speaker_context: Option<&'a SpeakerContext>,
    /// The lexicon's reading of the quote's words.
    pub own_reading: &'a Assessment,
    /// The lexicon's reading of the writer's words around it.
    pub context_reading: Option<&'a Assessment>,
    /// The rule-based judgement (lexicon and context combined).
    pub rule: &'a Judgement,
    /// The lexicon's reading of the article's opening.
    pub lede: &'a Assessment,
    /// The headline's words, stemmed (empty when there is none).
    pub headline: &'a [String],
    /// The lexicon's reading of the headline.
    pub headline_reading: Option<&'a Assessment>,
}

/// Words after which the next few words are read as negated.
fn is_negator(w: &str) -> bool {
    matches!(
        w,
        "not" | "no" | "never" | "nothing" | "cannot" | "without" | "neither" | "nor" | "hardly"
    ) || w.ends_with("n't")
}

/// A crude stem: British and American spellings and common endings folded together, so
/// "decriminalising", "decriminalized" and "decriminalisation" share a feature.
pub fn stem(word: &str) -> String {
    // One allocation for the common word (it runs for every word of every quote's context):
    // the replacements copy only when there is something to replace.
    let mut w = word.to_lowercase();
    if w.contains('’') {
        w = w.replace('’', "'");
    }
    if let Some(p) = w.find("'s") {
        w.truncate(p);
    }
    if w.contains("iz") {
        w = w.replace("iz", "is");
    }
    if w.len() > 4 && w.ends_with("our") {
        w.truncate(w.len() - 3);
        w.push_str("or");
    }
    for suffix in [
        "isations", "isation", "ations", "ation", "ising", "ised", "ises", "ise", "ings", "ing",
        "ies", "ed", "es", "ly", "s",
    ] {
        if let Some(stem) = w.strip_suffix(suffix) {
            let shortest = if suffix == "s" { 3 } else { 4 };
            if stem.chars().count() >= shortest && !(suffix == "s" && stem.ends_with('s')) {
                w.truncate(stem.len());
                return w;
            }
        }
    }
    w
}

fn sign_name(x: i32) -> &'static str {
    match x.signum() {
        1 => "+",
        -1 => "-",
        _ => "0",
    }
}

/// The words of a token range (word tokens only) with their spans, stemmed, negation-marked.
fn words(doc: &Document, (a, b): (usize, usize), skip_quoted: bool) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    let mut negated = 0;
    for k in a..b.min(doc.toks.len()) {
        let t = doc.toks[k];
        if skip_quoted && doc.quote_of[k].is_some() {
            continue;
        }
        match t.kind {
            TokKind::Word => {
                let w = &doc.norm[k];
                let mut s = stem(w);
                if negated > 0 {
                    s.insert(0, '¬');
                    negated -= 1;
                }
                if is_negator(w) {
                    negated = 3;
                }
                out.push((s, t.span));
            }
            TokKind::Punct | TokKind::QuoteMark => {
                if matches!(doc.tok_text(k), "." | "," | ";" | ":" | "!" | "?") {
                    negated = 0;
                }
            }
        }
    }
    out
}

/// The value of the lexicon's summary features. A few dense features compete with
/// thousands of sparse word features under one L2 penalty; a larger value is a smaller
/// penalty on their weights (the profile's composition is worth more than any one word).
const LEXICON_VALUE: i16 = 3;

/// How far (in bytes) a word may be from a target to be read against it.
const TARGET_REACH: usize = 120;

/// For each word, the nearest target within reach: feature `prefix:word`, valued by the
/// target's side. Words of the target itself are left out.
fn add_relative(f: &mut Features, prefix: &str, words: &[(String, Span)], targets: &[(Span, i32)]) {
    for (w, span) in words {
        let nearest = targets
            .iter()
            .filter(|(t, _)| span.end <= t.start || span.start >= t.end)
            .map(|(t, sign)| {
                (
                    t.start.abs_diff(span.start).min(t.end.abs_diff(span.end)),
                    *sign,
                )
            })
            .filter(|(d, _)| *d <= TARGET_REACH)
            .min_by_key(|(d, _)| *d);
        if let Some((_, sign)) = nearest {
            // A negated word counts against the target: "does not work" near "locking up"
            // is "work" against it.
            let (w, sign) = match w.strip_prefix('¬') {
                Some(plain) => (plain, -sign),
                None => (w.as_str(), sign),
            };
            f.add(Group::Lexicon as u8, &[prefix, w], sign as i16, Some(*span));
        }
    }
}

/// The features of one quote.
pub fn extract(v: &QuoteView, names: bool) -> Features {
    let mut f = if names {
        Features::with_names()
    } else {
        Features::default()
    };
    let g = |group: Group| group as u8;

    // The quote's words and word pairs.
    let own = words(v.doc, v.own, false);
    for (w, span) in &own {
        f.add(g(Group::Words), &["w", w], 1, Some(*span));
    }
    for pair in own.windows(2) {
        let span = Span::new(pair[0].1.start, pair[1].1.end);
        f.add(
            g(Group::Words),
            &["b", &pair[0].0, &pair[1].0],
            1,
            Some(span),
        );
    }

    // Words judged against the side they are nearest to: "failed" near "the war on drugs"
    // and "failed" near "decriminalisation" point opposite ways. The value carries the
    // target's side, so one weight per word learns what the word does to a target.
    let own_targets: Vec<(Span, i32)> = v.own_reading.targets().collect();
    add_relative(&mut f, "tw", &own, &own_targets);
    if own_targets.is_empty() {
        if let Some(c) = v.context_reading {
            let ctx_targets: Vec<(Span, i32)> = c.targets().collect();
            add_relative(&mut f, "tc", &own, &ctx_targets);
        }
    }

    // The lexicon's reading.
    let r = v.own_reading;
    f.add(
        g(Group::Lexicon),
        &["lex", "own", sign_name(r.score)],
        LEXICON_VALUE,
        None,
    );
    f.add(
        g(Group::Lexicon),
        &["lex", "own", "score"],
        r.score.clamp(-4, 4) as i16 * LEXICON_VALUE,
        None,
    );
    f.add(
        g(Group::Lexicon),
        &["lex", "loose", sign_name(r.loose_valence)],
        LEXICON_VALUE,
        None,
    );
    if r.has_target() {
        f.add(g(Group::Lexicon), &["lex", "target"], LEXICON_VALUE, None);
    }
    let basis = match v.rule.basis {
        Basis::Quote => "quote",
        Basis::Sentence => "sentence",
        Basis::Reference => "reference",
        Basis::Introduction => "introduction",
        Basis::Speaker => "speaker",
        Basis::Nothing => "nothing",
        Basis::Editor => "editor",
    };
    f.add(
        g(Group::Lexicon),
        &["lex", "rule", v.rule.label.as_str(), basis],
        LEXICON_VALUE,
        None,
    );
    f.add(
        g(Group::Lexicon),
        &["lex", "rule", "score"],
        (v.rule.score.clamp(-4, 4) * v.rule.label.sign().abs()) as i16 * LEXICON_VALUE,
        None,
    );
    if let Some(c) = v.context_reading {
        f.add(
            g(Group::Lexicon),
            &["lex", "ctx", sign_name(c.score)],
            1,
            None,
        );
    }

    // The writer's words around the quote.
    if let Some(cue) = v.cue {
        f.add(g(Group::Context), &["cue", cue], 1, None);
    }
    let (s0, s1) = v.sentence;
    let before = words(v.doc, (s0.max(v.own.0.saturating_sub(12)), v.own.0), true);
    let after = words(v.doc, (v.own.1, s1.min(v.own.1 + 12)), true);
    for (w, span) in before.iter().chain(&after) {
        f.add(g(Group::Context), &["c", w], 1, Some(*span));
    }

    // The speaker.
    match v.speaker_kind {
        Some(k) => f.add(g(Group::Speaker), &["spk", k.as_str()], 1, None),
        None => f.add(g(Group::Speaker), &["spk", "none"], 1, None),
    }
    // Public figures and bodies recur from story to story: their names are evidence.
    for w in v.speaker_name.unwrap_or_default().split_whitespace() {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if w.chars().count() > 1 {
            f.add(g(Group::Speaker), &["n", &w], 1, None);
        }
    }
    for role in v.speaker_roles {
        for w in role.split(|c: char| !c.is_alphanumeric() && c != '\'') {
            if w.chars().count() <= 2 {
                continue;
            }
            let w = stem(w);
            if says_something(&w) {
                f.add(g(Group::Speaker), &["d", &w], 1, None);
            }
        }
    }

    if let Some(c) = v.speaker_context {
        for (w, span) in &c.words {
            let cited = (*span != Span::default()).then_some(*span);
            f.add(g(Group::Speaker), &["sx", w], 1, cited);
        }
        f.add(
            g(Group::Speaker),
            &["sx", "lex", sign_name(c.score)],
            1,
            None,
        );
        if c.in_headline {
            let h = v.headline_reading.map_or(0, |h| h.score);
            f.add(g(Group::Speaker), &["hs", "lex", sign_name(h)], 1, None);
            for w in v.headline {
                f.add(g(Group::Speaker), &["hs", w], 1, None);
            }
        } else if role_in_headline(v) {
            let h = v.headline_reading.map_or(0, |h| h.score);
            f.add(g(Group::Speaker), &["hr", "lex", sign_name(h)], 1, None);
        }
    }

    // The article.
    if let Some(h) = v.headline_reading {
        f.add(
            g(Group::Article),
            &["h", "lex", sign_name(h.score)],
            1,
            None,
        );
    }
    f.add(
        g(Group::Article),
        &["lede", sign_name(v.lede.score)],
        1,
        None,
    );
    for w in v.headline {
        f.add(g(Group::Article), &["h", w], 1, None);
    }

    // The form.
    f.add(g(Group::Form), &["kind", v.kind.as_str()], 1, None);
    let n = own.len();
    let len = match n {
        0..=3 => "1-3",
        4..=8 => "4-8",
        9..=20 => "9-20",
        _ => "21+",
    };
    f.add(g(Group::Form), &["len", len], 1, None);
    if v.rule.label != Stance::Neutral {
        f.add(g(Group::Form), &["rule-sided"], 1, None);
    }
    f
}

/// True when the headline names the speaker's role ("Police chief backs…" for a speaker
/// described as the city's police chief).
fn role_in_headline(v: &QuoteView) -> bool {
    v.speaker_roles.iter().any(|role| {
        role.split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| w.chars().count() > 3)
            .any(|w| v.headline.contains(&stem(w)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::topic::Topic;

    /// A reason may cite the writer's words about a speaker, at their first place; never
    /// the speaker's own name, which is read but says nothing about them.
    #[test]
    fn what_the_story_says_of_a_speaker_points_at_the_writer_s_words() {
        let text = "Sheriff Jo Roe opposes the measure. Roe said it was “a mistake”.";
        let doc = Document::new(text);
        let mentions = [Span::new(8, 14), Span::new(36, 39)];
        let topic = Topic::builtin().compile();
        let c = SpeakerContext::read(&doc, &mentions, &topic, &[], &[]);
        let at = |stem: &str| c.words.iter().find(|(w, _)| w == stem).map(|(_, s)| *s);
        let first = |word: &str| text.find(word).map(|i| Span::new(i, i + word.len()));
        assert_eq!(at("oppos"), first("opposes"));
        assert_eq!(at("sheriff"), first("Sheriff"));
        assert_eq!(
            at("roe"),
            Some(Span::default()),
            "a name is no words to cite"
        );
        assert_eq!(at("mistake"), None, "the quote is not the writer's words");
    }

    /// Function words, days and numbers in the writer's sentences about a speaker are
    /// neither features nor reasons; the words that describe them are.
    #[test]
    fn what_the_story_says_of_a_speaker_leaves_out_words_that_say_nothing() {
        let text = "On Monday, Sheriff Jo Roe, who has served 12 years, warned against the plan.";
        let doc = Document::new(text);
        let mentions = [Span::new(19, 25)];
        let topic = Topic::builtin().compile();
        let c = SpeakerContext::read(&doc, &mentions, &topic, &[], &[]);
        let read: Vec<&str> = c.words.iter().map(|(w, _)| w.as_str()).collect();
        for kept in ["sheriff", "warn", "against", "plan"] {
            assert!(read.contains(&kept), "{kept} in {read:?}");
        }
        for left in ["on", "monday", "who", "has", "12", "the"] {
            assert!(!read.contains(&left), "{left} in {read:?}");
        }
    }

    #[test]
    fn function_words_are_sorted_and_stemmed() {
        assert!(FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
        // The words they are looked up for are stemmed: an entry the stemmer would change
        // ("this" for "thi") would never match.
        for w in FUNCTION_WORDS {
            assert_eq!(stem(w), *w);
        }
    }

    #[test]
    fn words_that_say_nothing_of_a_speaker() {
        // (stemmed word, says something)
        let cases = [
            ("the", false),
            ("doe", false),
            ("thi", false),
            ("monday", false),
            ("2024", false),
            ("¬has", false),
            ("not", true),
            ("against", true),
            ("director", true),
            ("police", true),
            ("¬support", true),
        ];
        for (w, want) in cases {
            assert_eq!(says_something(w), want, "{w}");
        }
    }

    #[test]
    fn stems_fold_spellings_and_endings() {
        for (a, b) in [
            ("decriminalising", "decriminalized"),
            ("decriminalisation", "decriminalise"),
            ("laws", "law"),
            ("legalising", "legally"),
            ("Labour", "labor"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        assert_eq!(stem("is"), "is");
        assert_eq!(stem("report's"), "report");
    }
}
