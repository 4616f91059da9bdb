//! Words and class names the widget shows for stances, kinds and evidence, kept out of the
//! markup so that components stay declarative.

use crate::analysis::Quote;
use crate::speakers::SpeakerKind;
use crate::stance::{Signal, SpeakerStance, Stance};

/// "Supports" — how a quote's stance reads.
pub fn stance_verb(s: Stance) -> &'static str {
    match s {
        Stance::Support => "supports",
        Stance::Oppose => "opposes",
        Stance::Neutral => "neutral",
    }
}

/// "Support" — a legend entry.
pub fn stance_title(s: Stance) -> &'static str {
    match s {
        Stance::Support => "Support",
        Stance::Oppose => "Oppose",
        Stance::Neutral => "Neutral",
    }
}

/// The non-colour cue: an icon for each stance (also printed).
pub fn stance_icon(s: Stance) -> &'static str {
    match s {
        Stance::Support => "▲",
        Stance::Oppose => "▼",
        Stance::Neutral => "●",
    }
}

/// "Supports", "Opposes", "Mixed", "Neutral" — a speaker's overall stance.
pub fn speaker_stance_title(s: SpeakerStance) -> &'static str {
    match s {
        SpeakerStance::Support => "Supports",
        SpeakerStance::Oppose => "Opposes",
        SpeakerStance::Mixed => "Mixed",
        SpeakerStance::Neutral => "Neutral",
    }
}

/// Icon for a speaker's overall stance.
pub fn speaker_stance_icon(s: SpeakerStance) -> &'static str {
    match s {
        SpeakerStance::Support => "▲",
        SpeakerStance::Oppose => "▼",
        SpeakerStance::Mixed => "◆",
        SpeakerStance::Neutral => "●",
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

/// Class names of a quote highlight.
pub fn quote_class(s: Stance, shown: bool, open: bool) -> String {
    let mut c = format!("sl-quote sl-{}", s.as_str());
    if !shown {
        c.push_str(" sl-filtered");
    }
    if open {
        c.push_str(" sl-open");
    }
    c
}

/// "Ann Lee, supports": who said a quote and where it stands, for screen readers.
pub fn said_by(q: &Quote) -> String {
    let who = q.speaker.as_deref().unwrap_or("unknown speaker");
    format!("{who}, {}", stance_verb(q.stance))
}

/// "3 quotes" / "1 quote".
pub fn quotes_count(n: usize) -> String {
    format!("{n} {}", if n == 1 { "quote" } else { "quotes" })
}
