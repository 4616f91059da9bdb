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

use super::lexicon::Assessment;
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

    /// The group of a feature's group index.
    pub fn of(index: u8) -> Option<Group> {
        Group::ALL.get(usize::from(index)).copied()
    }
}

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
    /// The speaker's roles and affiliations as the article gives them.
    pub speaker_roles: &'a [String],
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
    let mut w = word.to_lowercase().replace('’', "'");
    if let Some(p) = w.find("'s") {
        w.truncate(p);
    }
    let mut w = w.replace("iz", "is");
    if w.len() > 4 && w.ends_with("our") {
        w.truncate(w.len() - 3);
        w.push_str("or");
    }
    for suffix in [
        "isations", "isation", "ations", "ation", "ising", "ised", "ises", "ise", "ings", "ing",
        "ies", "ed", "es", "ly", "s",
    ] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if stem.chars().count() >= 4 {
                return stem.to_string();
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

    // The lexicon's reading.
    let r = v.own_reading;
    f.add(
        g(Group::Lexicon),
        &["lex", "own", sign_name(r.score)],
        1,
        None,
    );
    f.add(
        g(Group::Lexicon),
        &["lex", "own", "score"],
        r.score.clamp(-4, 4) as i16,
        None,
    );
    f.add(
        g(Group::Lexicon),
        &["lex", "loose", sign_name(r.loose_valence)],
        1,
        None,
    );
    if r.has_target() {
        f.add(g(Group::Lexicon), &["lex", "target"], 1, None);
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
        1,
        None,
    );
    f.add(
        g(Group::Lexicon),
        &["lex", "rule", "score"],
        (v.rule.score.clamp(-4, 4) * v.rule.label.sign().abs()) as i16,
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
    for role in v.speaker_roles {
        for w in role.split(|c: char| !c.is_alphanumeric() && c != '\'') {
            if w.chars().count() > 2 {
                f.add(g(Group::Speaker), &["d", &stem(w)], 1, None);
            }
        }
    }

    // The article.
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

#[cfg(test)]
mod tests {
    use super::*;

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
