//! Words and class names the widget shows for labels, certainty, kinds and evidence, kept out
//! of the markup so that components stay declarative. One source for what a reader is told
//! about a quote: the highlight, its accessible name, the panel and the printed page agree.

use crate::analysis::{Certainty, Quote, QuoteKind, Speaker};
use crate::speakers::SpeakerKind;
use crate::stance::{Signal, SpeakerStance, Stance};

/// What the bar counts and toggles: a stance, or "unclear" for quotes the analysis is too
/// unsure of to label (they are shown as unclear, whatever their stance).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// Argues for the policy (firmly or leaning).
    Support,
    /// Argues against it.
    Oppose,
    /// Takes no side, or is off topic.
    Neutral,
    /// Too unsure to label.
    Unclear,
}

impl Group {
    /// Every group, in the order the bar lists them.
    pub const ALL: [Group; 4] = [
        Group::Support,
        Group::Oppose,
        Group::Neutral,
        Group::Unclear,
    ];

    /// The group of a stance label the analysis is sure enough of.
    pub fn of_stance(s: Stance) -> Group {
        match s {
            Stance::Support => Group::Support,
            Stance::Oppose => Group::Oppose,
            Stance::Neutral => Group::Neutral,
        }
    }

    /// "support", "oppose", "neutral", "unclear": class names and `data-` values.
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Support => "support",
            Group::Oppose => "oppose",
            Group::Neutral => "neutral",
            Group::Unclear => "unclear",
        }
    }

    /// "Support" — a toggle's label.
    pub fn title(self) -> &'static str {
        match self {
            Group::Support => "Support",
            Group::Oppose => "Oppose",
            Group::Neutral => "Neutral",
            Group::Unclear => "Unclear",
        }
    }

    /// The non-colour cue (also printed).
    pub fn icon(self) -> &'static str {
        match self {
            Group::Support => "▲",
            Group::Oppose => "▼",
            Group::Neutral => "●",
            Group::Unclear => "?",
        }
    }
}

/// How a quote's label looks to a reader: its stance, how sure the analysis is, whether it
/// touches the topic at all, and whether it is reported speech (the writer's words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Look {
    /// The label.
    pub stance: Stance,
    /// Firm, leaning or unclear.
    pub certainty: Certainty,
    /// False: the quote does not touch the topic (a neutral label then means "off topic").
    pub topical: bool,
    /// Reported speech: the writer's summary, not the speaker's words.
    pub reported: bool,
}

impl Look {
    /// The look of a quote.
    pub fn of(q: &Quote) -> Look {
        Look {
            stance: q.stance,
            certainty: q.certainty(),
            topical: q.topical,
            reported: q.kind == QuoteKind::Indirect,
        }
    }

    /// What the bar counts it as.
    pub fn group(self) -> Group {
        match self.certainty {
            Certainty::Unclear => Group::Unclear,
            _ => Group::of_stance(self.stance),
        }
    }

    fn off_topic(self) -> bool {
        self.stance == Stance::Neutral && !self.topical
    }

    /// "Support", "Leans oppose", "Off topic", "Unclear"…: the label in words.
    pub fn title(self) -> &'static str {
        let leaning = self.certainty == Certainty::Leaning;
        match (self.group(), leaning, self.off_topic()) {
            (Group::Unclear, _, _) => "Unclear",
            (Group::Support, false, _) => "Support",
            (Group::Support, true, _) => "Leans support",
            (Group::Oppose, false, _) => "Oppose",
            (Group::Oppose, true, _) => "Leans oppose",
            (Group::Neutral, false, false) => "Neutral",
            (Group::Neutral, true, false) => "Probably neutral",
            (Group::Neutral, false, true) => "Off topic",
            (Group::Neutral, true, true) => "Probably off topic",
        }
    }

    /// The icon: filled for a firm label, hollow for a lean, "?" when unclear, "○" off topic.
    pub fn icon(self) -> &'static str {
        if self.group() == Group::Neutral && self.off_topic() {
            return "○";
        }
        match (self.group(), self.certainty == Certainty::Leaning) {
            (Group::Support, false) => "▲",
            (Group::Support, true) => "△",
            (Group::Oppose, false) => "▼",
            (Group::Oppose, true) => "▽",
            (Group::Neutral, _) => "●",
            (Group::Unclear, _) => "?",
        }
    }

    /// Class-name stems of its style: the group, then "leaning", "offtopic", "reported" as
    /// they apply ("support leaning reported"); the shells add their prefix.
    pub fn styles(self) -> Vec<&'static str> {
        let mut out = vec![self.group().as_str()];
        if self.certainty == Certainty::Leaning {
            out.push("leaning");
        }
        if self.group() == Group::Neutral && self.off_topic() {
            out.push("offtopic");
        }
        if self.reported {
            out.push("reported");
        }
        out
    }
}

/// Class names of a quote highlight: `base`, then each style stem with `prefix`, then the
/// filtered and open states ("sl-quote sl-support sl-leaning sl-open").
pub fn highlight_class(q: &Quote, base: &str, prefix: &str, shown: bool, open: bool) -> String {
    let mut c = String::from(base);
    let states = [(!shown, "filtered"), (open, "open")];
    let stems = Look::of(q).styles().into_iter().chain(
        states
            .into_iter()
            .filter(|&(on, _)| on)
            .map(|(_, stem)| stem),
    );
    for stem in stems {
        c.push(' ');
        c.push_str(prefix);
        c.push_str(stem);
    }
    c
}

/// `base` with the look's style stems as `sl-` classes ("sl-verdict sl-oppose sl-leaning").
pub fn styled(base: &str, look: Look) -> String {
    look.styles()
        .into_iter()
        .fold(String::from(base), |c, s| c + " sl-" + s)
}

/// The `data-` attributes every highlight carries, for the page's CSS, analytics and tests:
/// `data-stance`, `data-confidence` (0–1), `data-certainty`, `data-kind`, `data-speaker`.
pub fn highlight_data(q: &Quote) -> [(&'static str, String); 5] {
    [
        ("data-stance", q.stance.as_str().to_string()),
        ("data-confidence", confidence_value(q.confidence)),
        ("data-certainty", q.certainty().as_str().to_string()),
        ("data-kind", q.kind.as_str().to_string()),
        ("data-speaker", q.speaker.clone().unwrap_or_default()),
    ]
}

/// A confidence as `data-confidence` gives it: two decimals between 0 and 1 ("0.62").
pub fn confidence_value(c: f32) -> String {
    let hundredths = percent(c);
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// A confidence in whole hundredths, 0–100 (integer formatting: float formatting would add
/// kilobytes of wasm for every reader).
pub fn percent(c: f32) -> u32 {
    let c = if c.is_finite() {
        c.clamp(0.0, 1.0)
    } else {
        0.0
    };
    (c * 100.0).round() as u32
}

/// How sure the analysis is, in a sentence for the panel.
pub fn confidence_line(q: &Quote) -> String {
    let percent = percent(q.confidence);
    let meaning = match q.certainty() {
        Certainty::Firm => "fairly sure, but it can be wrong",
        Certainty::Leaning => "a lean, not a firm reading",
        Certainty::Unclear => "too unsure to give this quote a label",
    };
    format!("Confidence {percent}% — {meaning}.")
}

/// "“words”" for what a speaker said in quotation marks; reported speech is the writer's
/// summary and is never put in quotation marks.
pub fn shown_text(q: &Quote) -> String {
    match q.kind {
        QuoteKind::Indirect => q.text.clone(),
        QuoteKind::Direct | QuoteKind::Partial => format!("“{}”", q.text),
    }
}

/// "Ann Lee, leans support" (", reported speech" for the writer's summary): who said a
/// quote and how it is labelled, for screen readers and the printed page.
pub fn said_by(q: &Quote) -> String {
    let who = q.speaker.as_deref().unwrap_or("unknown speaker");
    let reported = if q.kind == QuoteKind::Indirect {
        ", reported speech"
    } else {
        ""
    };
    format!("{who}, {}{reported}", Look::of(q).title().to_lowercase())
}

/// A highlight's accessible name: "Oppose: “words” — Ed Davies, oppose".
pub fn accessible_label(q: &Quote) -> String {
    format!(
        "{}: {} — {}",
        Look::of(q).title(),
        shown_text(q),
        said_by(q)
    )
}

/// How a speaker's overall stance is shown: as their quotes' labels are, a stance, a lean
/// or unclear by its certainty (held out, a speaker's side is right about nine times in ten
/// when firm, seven when leaning and about five when unclear: an unclear side is not shown as one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpeakerLook {
    /// What their quotes add up to.
    pub stance: SpeakerStance,
    /// How sure that is.
    pub certainty: Certainty,
}

impl SpeakerLook {
    /// The look of a speaker.
    pub fn of(s: &Speaker) -> SpeakerLook {
        SpeakerLook {
            stance: s.stance,
            certainty: s.certainty,
        }
    }

    /// The same stance and certainty as a quote's label (none for mixed, which no quote
    /// is): leans and unclear sides are put in the words and icons quotes use.
    fn as_quote(self) -> Option<Look> {
        let stance = match self.stance {
            SpeakerStance::Support => Stance::Support,
            SpeakerStance::Oppose => Stance::Oppose,
            SpeakerStance::Neutral => Stance::Neutral,
            SpeakerStance::Mixed => return None,
        };
        Some(Look {
            stance,
            certainty: self.certainty,
            topical: true,
            reported: false,
        })
    }

    /// The group who's who lists them in, by its class-name stem: "support", "oppose",
    /// "mixed", "neutral" or "unclear".
    pub fn group(self) -> &'static str {
        self.as_quote().map_or("mixed", |l| l.group().as_str())
    }

    /// "Supports", "Leans oppose", "Unclear"…: the stance in words (a firm side as a verb,
    /// the rest as a quote's label reads).
    pub fn title(self) -> &'static str {
        match (self.stance, self.certainty) {
            (SpeakerStance::Support, Certainty::Firm) => "Supports",
            (SpeakerStance::Oppose, Certainty::Firm) => "Opposes",
            _ => self.as_quote().map_or("Mixed", Look::title),
        }
    }

    /// The icon: a quote's (filled when firm, hollow for a lean, "?" when unclear), "◆" for
    /// mixed.
    pub fn icon(self) -> &'static str {
        self.as_quote().map_or("◆", Look::icon)
    }
}

/// "person", "organisation", "group".
pub fn kind_title(k: SpeakerKind) -> &'static str {
    match k {
        SpeakerKind::Person => "Person",
        SpeakerKind::Organisation => "Organisation",
        SpeakerKind::Group => "Unnamed source",
    }
}

/// What a piece of evidence did, in a reader's words.
pub fn signal_title(s: Signal) -> &'static str {
    match s {
        Signal::Policy => "names the policy",
        Signal::Alternative => "names the alternative to the policy",
        Signal::Reference => "refers to the policy",
        Signal::SupportFrame => "argues for the policy",
        Signal::OpposeFrame => "argues against the policy",
        Signal::Positive => "approving word",
        Signal::Negative => "disapproving word",
        Signal::Negation => "negation",
        Signal::LeansSupport => "weighs toward support",
        Signal::LeansOppose => "weighs toward oppose",
    }
}

/// "3 quotes" / "1 quote".
pub fn quotes_count(n: usize) -> String {
    format!("{n} {}", if n == 1 { "quote" } else { "quotes" })
}

/// One entry of the key: the icon, the style stems of its sample, its name and what it means.
pub struct KeyEntry {
    /// Icon shown in the sample.
    pub icon: &'static str,
    /// Style stems of the sample ("support leaning").
    pub styles: &'static str,
    /// Its name.
    pub name: &'static str,
    /// What it means.
    pub meaning: &'static str,
}

impl KeyEntry {
    /// Class names of its sample ("sl-sample sl-support sl-leaning"); none for an entry
    /// without one.
    pub fn sample_class(&self) -> Option<String> {
        (!self.styles.is_empty()).then(|| {
            self.styles
                .split(' ')
                .fold(String::from("sl-sample"), |c, s| c + " sl-" + s)
        })
    }
}

/// The key in one line, as the printed page keeps it.
pub fn print_key(topic: &str) -> String {
    let entries: Vec<String> = KEY
        .iter()
        .map(|k| {
            let gap = if k.icon.is_empty() { "" } else { " " };
            format!("{}{gap}{}: {}", k.icon, k.name.to_lowercase(), k.meaning)
        })
        .collect();
    format!(
        "Quotes labelled by stance on {topic} — {}.",
        entries.join("; ")
    )
}

/// The complete key to the highlights and the speakers' labels, in the order it is shown.
pub const KEY: [KeyEntry; 9] = [
    KeyEntry {
        icon: "▲",
        styles: "support",
        name: "Support",
        meaning: "argues for the policy",
    },
    KeyEntry {
        icon: "▼",
        styles: "oppose",
        name: "Oppose",
        meaning: "argues against it",
    },
    KeyEntry {
        icon: "●",
        styles: "neutral",
        name: "Neutral",
        meaning: "touches the topic without taking a side",
    },
    KeyEntry {
        icon: "○",
        styles: "neutral offtopic",
        name: "Off topic",
        meaning: "does not touch the topic",
    },
    KeyEntry {
        icon: "◆",
        styles: "mixed",
        name: "Mixed",
        meaning: "a speaker whose quotes take both sides",
    },
    KeyEntry {
        icon: "△",
        styles: "support leaning",
        name: "Leans support (▽ leans oppose)",
        meaning: "a lighter highlight — the software is not sure",
    },
    KeyEntry {
        icon: "?",
        styles: "unclear",
        name: "Unclear",
        meaning: "grey and dashed — too unsure to give a label",
    },
    KeyEntry {
        icon: "",
        styles: "support reported",
        name: "Reported",
        meaning: "the writer's summary of what someone said, not their words",
    },
    KeyEntry {
        icon: "",
        styles: "",
        name: "Automatic",
        meaning: "labels are made by software reading the article and may be wrong",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Topic};

    fn quote(stance: Stance, confidence: f32, topical: bool, kind: QuoteKind) -> Quote {
        let mut q = analyze(
            "Ann Lee said: “Locking people up does not work.”",
            Topic::builtin(),
        )
        .quotes
        .remove(0);
        q.stance = stance;
        q.confidence = confidence;
        q.topical = topical;
        q.kind = kind;
        q
    }

    #[test]
    fn looks_table() {
        use QuoteKind::*;
        use Stance::*;
        // (stance, confidence, topical, kind) → (title, icon, styles, group)
        let cases = [
            (
                (Support, 0.9, true, Direct),
                ("Support", "▲", "support", Group::Support),
            ),
            (
                (Support, 0.6, true, Partial),
                ("Leans support", "△", "support leaning", Group::Support),
            ),
            (
                (Oppose, 0.75, true, Direct),
                ("Oppose", "▼", "oppose", Group::Oppose),
            ),
            (
                (Oppose, 0.5, true, Indirect),
                (
                    "Leans oppose",
                    "▽",
                    "oppose leaning reported",
                    Group::Oppose,
                ),
            ),
            (
                (Oppose, 0.49, true, Direct),
                ("Unclear", "?", "unclear", Group::Unclear),
            ),
            (
                (Neutral, 0.8, true, Direct),
                ("Neutral", "●", "neutral", Group::Neutral),
            ),
            (
                (Neutral, 0.8, false, Direct),
                ("Off topic", "○", "neutral offtopic", Group::Neutral),
            ),
            (
                (Neutral, 0.6, false, Direct),
                (
                    "Probably off topic",
                    "○",
                    "neutral leaning offtopic",
                    Group::Neutral,
                ),
            ),
            (
                (Neutral, 0.1, false, Indirect),
                ("Unclear", "?", "unclear reported", Group::Unclear),
            ),
        ];
        for ((stance, c, topical, kind), (title, icon, styles, group)) in cases {
            let look = Look::of(&quote(stance, c, topical, kind));
            let case = format!("{stance:?} {c} {topical} {kind:?}");
            assert_eq!(look.title(), title, "{case}");
            assert_eq!(look.icon(), icon, "{case}");
            assert_eq!(look.styles().join(" "), styles, "{case}");
            assert_eq!(look.group(), group, "{case}");
        }
    }

    #[test]
    fn speaker_looks_table() {
        use Certainty::*;
        use SpeakerStance::*;
        // (stance, certainty) → (group, title, icon)
        let cases = [
            (Support, Firm, ("support", "Supports", "▲")),
            (Support, Leaning, ("support", "Leans support", "△")),
            (Support, Unclear, ("unclear", "Unclear", "?")),
            (Oppose, Leaning, ("oppose", "Leans oppose", "▽")),
            (Oppose, Unclear, ("unclear", "Unclear", "?")),
            (Mixed, Firm, ("mixed", "Mixed", "◆")),
            (Neutral, Firm, ("neutral", "Neutral", "●")),
            (Neutral, Leaning, ("neutral", "Probably neutral", "●")),
            (Neutral, Unclear, ("unclear", "Unclear", "?")),
        ];
        for (stance, certainty, want) in cases {
            let look = SpeakerLook { stance, certainty };
            assert_eq!((look.group(), look.title(), look.icon()), want, "{look:?}");
        }
    }

    #[test]
    fn highlights_carry_their_label_and_confidence() {
        let q = quote(Stance::Oppose, 0.62, true, QuoteKind::Indirect);
        assert_eq!(
            highlight_class(&q, "sl-quote", "sl-", false, true),
            "sl-quote sl-oppose sl-leaning sl-reported sl-filtered sl-open"
        );
        assert_eq!(
            highlight_class(&q, "stancelens-quote", "stancelens-", true, false),
            "stancelens-quote stancelens-oppose stancelens-leaning stancelens-reported"
        );
        assert_eq!(
            styled("sl-chosen", Look::of(&q)),
            "sl-chosen sl-oppose sl-leaning sl-reported"
        );
        let data = highlight_data(&q);
        assert_eq!(
            data.iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>(),
            [
                "data-stance=oppose",
                "data-confidence=0.62",
                "data-certainty=leaning",
                "data-kind=indirect",
                "data-speaker=Ann Lee"
            ]
        );
    }

    #[test]
    fn confidence_values_table() {
        let cases = [
            (0.0, "0.00"),
            (0.625, "0.63"),
            (0.62, "0.62"),
            (0.05, "0.05"),
            (1.0, "1.00"),
            (1.5, "1.00"),
            (-0.2, "0.00"),
            (f32::NAN, "0.00"),
        ];
        for (c, want) in cases {
            assert_eq!(confidence_value(c), want, "{c}");
        }
        let q = quote(Stance::Support, 0.85, true, QuoteKind::Direct);
        assert_eq!(
            confidence_line(&q),
            "Confidence 85% — fairly sure, but it can be wrong."
        );
    }

    #[test]
    fn reported_speech_is_never_in_quotation_marks() {
        let direct = quote(Stance::Support, 0.9, true, QuoteKind::Direct);
        let reported = quote(Stance::Support, 0.9, true, QuoteKind::Indirect);
        assert_eq!(shown_text(&direct), "“Locking people up does not work.”");
        assert_eq!(shown_text(&reported), "Locking people up does not work.");
        assert_eq!(said_by(&reported), "Ann Lee, support, reported speech");
        assert_eq!(
            accessible_label(&reported),
            "Support: Locking people up does not work. — Ann Lee, support, reported speech"
        );
        assert!(!accessible_label(&reported).contains('“'));
    }

    #[test]
    fn the_key_names_every_look() {
        let names: Vec<&str> = KEY.iter().map(|k| k.name).collect();
        for want in [
            "Support",
            "Oppose",
            "Neutral",
            "Off topic",
            "Mixed",
            "Unclear",
            "Reported",
        ] {
            assert!(names.contains(&want), "{want} missing from the key");
        }
        assert!(KEY.iter().any(|k| k.name.starts_with("Leans")));
        assert_eq!(
            KEY[5].sample_class().as_deref(),
            Some("sl-sample sl-support sl-leaning")
        );
        let printed = print_key("drug laws");
        assert!(printed.starts_with("Quotes labelled by stance on drug laws — ▲ support: argues"));
        assert!(printed.contains("◆ mixed") && printed.contains("reported: the writer's"));
    }
}
