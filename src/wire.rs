//! The analysis as compact bytes: what the embed's worker sends the page.
//!
//! A 1 MB article's analysis is about 5 MB as JSON, and parsing that on the page's main
//! thread is a long task. These bytes carry the same [`Analysis`], exactly, in about a
//! fifth of the size, and move between threads without a copy (an `ArrayBuffer` is
//! transferred). Text the analysis quotes from the article (a quote's words, evidence words)
//! is sent as its span, and taken from the article's text again on the page; spans and
//! indices are checked as they are read, so bytes that do not fit the text are an error,
//! never a wrong highlight.
//!
//! The format (all integers LEB128, signed ones zig-zagged): `b"SLA2"`, the topic's id and
//! name, the paragraphs, the quotes, the speakers, each list preceded by its length; strings
//! are a length and UTF-8 bytes; a span is its start and length; an optional value is 0 for
//! none, else 1 and the value (an optional index: 0, or the index plus one). A quote's and a
//! speaker's `id` is not sent: it is its position in its list.
//!
//! ```
//! use stancelens::{analyze, wire, Topic};
//! let text = "Ann Lee said: “Locking people up has failed.”";
//! let a = analyze(text, Topic::builtin());
//! let bytes = wire::encode(&a, text);
//! assert_eq!(wire::decode(&bytes, text), Ok(a));
//! assert!(wire::decode(&bytes, "another text").is_err());
//! ```

use thiserror::Error;

use crate::analysis::{Analysis, Certainty, Quote, QuoteKind, Speaker, TopicRef};
use crate::attribution::{Attribution, CueWords};
use crate::paragraphs::{Paragraph, ParagraphRole};
use crate::span::Span;
use crate::speakers::SpeakerKind;
use crate::stance::{Basis, Evidence, Probabilities, Signal, SpeakerStance, Stance};

const MAGIC: &[u8; 4] = b"SLA2";

/// Why bytes are not an analysis of the given text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum WireError {
    /// The bytes end early.
    #[error("the analysis data ends early")]
    Truncated,
    /// Not analysis data, or of another version.
    #[error("not StanceLens analysis data")]
    Magic,
    /// A value out of range: a span outside the text or off a character boundary, an
    /// index past its list, an unknown label.
    #[error("the analysis data does not fit the text: {0}")]
    Corrupt(&'static str),
}

/// The analysis of `text` as bytes.
pub fn encode(analysis: &Analysis, text: &str) -> Vec<u8> {
    let mut w = Writer {
        out: MAGIC.to_vec(),
        text,
    };
    w.string(&analysis.topic.id);
    w.string(&analysis.topic.name);
    w.uint(analysis.paragraphs.len());
    for p in &analysis.paragraphs {
        w.span(p.span);
        w.byte(paragraph_role(p.role));
    }
    w.uint(analysis.quotes.len());
    for q in &analysis.quotes {
        w.quote(q);
    }
    w.uint(analysis.speakers.len());
    for s in &analysis.speakers {
        w.speaker(s);
    }
    w.out
}

/// The analysis of `text` that [`encode`] wrote.
pub fn decode(bytes: &[u8], text: &str) -> Result<Analysis, WireError> {
    let mut r = Reader { bytes, at: 0, text };
    if r.take(MAGIC.len())? != MAGIC {
        return Err(WireError::Magic);
    }
    let topic = TopicRef {
        id: r.string()?,
        name: r.string()?,
    };
    let paragraphs = r.list(|r| {
        Ok(Paragraph {
            span: r.span()?,
            role: r.code(&PARAGRAPH_ROLES)?,
        })
    })?;
    let mut quotes = r.list(Reader::quote)?;
    let mut speakers = r.list(Reader::speaker)?;
    if r.at != bytes.len() {
        return Err(WireError::Corrupt("trailing bytes"));
    }
    // A quote's and a speaker's id is its position in its list.
    for (i, q) in quotes.iter_mut().enumerate() {
        q.id = i;
    }
    for (i, s) in speakers.iter_mut().enumerate() {
        s.id = i;
    }
    let analysis = Analysis {
        topic,
        paragraphs,
        quotes,
        speakers,
    };
    check_indices(&analysis)?;
    Ok(analysis)
}

/// Every index points into its list (the widget follows them).
fn check_indices(a: &Analysis) -> Result<(), WireError> {
    let (np, nq, ns) = (a.paragraphs.len(), a.quotes.len(), a.speakers.len());
    let quotes_ok = a.quotes.iter().all(|q| {
        q.paragraph < np
            && q.continues.is_none_or(|c| c < nq)
            && q.speaker_id.is_none_or(|s| s < ns)
    });
    let speakers_ok = a.speakers.iter().all(|s| s.quotes.iter().all(|&q| q < nq));
    if quotes_ok && speakers_ok {
        Ok(())
    } else {
        Err(WireError::Corrupt("an index past its list"))
    }
}

// Labels as bytes: a `match` each way round would be two places to keep in step, so each
// enum has one table (its position is the byte) and a `match` that must name every variant.

const PARAGRAPH_ROLES: [ParagraphRole; 3] = [
    ParagraphRole::Body,
    ParagraphRole::Promo,
    ParagraphRole::Byline,
];
fn paragraph_role(x: ParagraphRole) -> u8 {
    match x {
        ParagraphRole::Body => 0,
        ParagraphRole::Promo => 1,
        ParagraphRole::Byline => 2,
    }
}

const QUOTE_KINDS: [QuoteKind; 3] = [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect];
fn quote_kind(x: QuoteKind) -> u8 {
    match x {
        QuoteKind::Direct => 0,
        QuoteKind::Partial => 1,
        QuoteKind::Indirect => 2,
    }
}

const ATTRIBUTIONS: [Attribution; 7] = [
    Attribution::Cue,
    Attribution::AccordingTo,
    Attribution::SameSentence,
    Attribution::Continuation,
    Attribution::SameParagraph,
    Attribution::Nearby,
    Attribution::Unattributed,
];
fn attribution(x: Attribution) -> u8 {
    match x {
        Attribution::Cue => 0,
        Attribution::AccordingTo => 1,
        Attribution::SameSentence => 2,
        Attribution::Continuation => 3,
        Attribution::SameParagraph => 4,
        Attribution::Nearby => 5,
        Attribution::Unattributed => 6,
    }
}

const STANCES: [Stance; 3] = [Stance::Support, Stance::Oppose, Stance::Neutral];
fn stance(x: Stance) -> u8 {
    match x {
        Stance::Support => 0,
        Stance::Oppose => 1,
        Stance::Neutral => 2,
    }
}

const BASES: [Basis; 7] = [
    Basis::Quote,
    Basis::Sentence,
    Basis::Reference,
    Basis::Introduction,
    Basis::Speaker,
    Basis::Nothing,
    Basis::Editor,
];
fn basis(x: Basis) -> u8 {
    match x {
        Basis::Quote => 0,
        Basis::Sentence => 1,
        Basis::Reference => 2,
        Basis::Introduction => 3,
        Basis::Speaker => 4,
        Basis::Nothing => 5,
        Basis::Editor => 6,
    }
}

const SIGNALS: [Signal; 10] = [
    Signal::Policy,
    Signal::Alternative,
    Signal::Reference,
    Signal::SupportFrame,
    Signal::OpposeFrame,
    Signal::Positive,
    Signal::Negative,
    Signal::Negation,
    Signal::LeansSupport,
    Signal::LeansOppose,
];
fn signal(x: Signal) -> u8 {
    match x {
        Signal::Policy => 0,
        Signal::Alternative => 1,
        Signal::Reference => 2,
        Signal::SupportFrame => 3,
        Signal::OpposeFrame => 4,
        Signal::Positive => 5,
        Signal::Negative => 6,
        Signal::Negation => 7,
        Signal::LeansSupport => 8,
        Signal::LeansOppose => 9,
    }
}

const SPEAKER_KINDS: [SpeakerKind; 3] = [
    SpeakerKind::Person,
    SpeakerKind::Organisation,
    SpeakerKind::Group,
];
fn speaker_kind(x: SpeakerKind) -> u8 {
    match x {
        SpeakerKind::Person => 0,
        SpeakerKind::Organisation => 1,
        SpeakerKind::Group => 2,
    }
}

const SPEAKER_STANCES: [SpeakerStance; 4] = [
    SpeakerStance::Support,
    SpeakerStance::Oppose,
    SpeakerStance::Mixed,
    SpeakerStance::Neutral,
];
fn speaker_stance(x: SpeakerStance) -> u8 {
    match x {
        SpeakerStance::Support => 0,
        SpeakerStance::Oppose => 1,
        SpeakerStance::Mixed => 2,
        SpeakerStance::Neutral => 3,
    }
}

const CERTAINTIES: [Certainty; 3] = [Certainty::Firm, Certainty::Leaning, Certainty::Unclear];
fn certainty(x: Certainty) -> u8 {
    match x {
        Certainty::Firm => 0,
        Certainty::Leaning => 1,
        Certainty::Unclear => 2,
    }
}

struct Writer<'t> {
    out: Vec<u8>,
    text: &'t str,
}

impl Writer<'_> {
    fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    fn uint(&mut self, v: usize) {
        let mut v = v as u64;
        while v >= 0x80 {
            self.out.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.out.push(v as u8);
    }

    fn int(&mut self, v: i32) {
        self.uint(((v << 1) ^ (v >> 31)) as u32 as usize);
    }

    fn flag(&mut self, b: bool) {
        self.byte(u8::from(b));
    }

    /// A probability, bit for bit (the decoded analysis must equal the encoded one).
    fn f32(&mut self, x: f32) {
        self.out.extend_from_slice(&x.to_bits().to_le_bytes());
    }

    fn string(&mut self, s: &str) {
        self.uint(s.len());
        self.out.extend_from_slice(s.as_bytes());
    }

    fn span(&mut self, s: Span) {
        self.uint(s.start);
        self.uint(s.end - s.start);
    }

    /// Text that is usually the text at `span`: then only a mark, else the string.
    fn words(&mut self, s: &str, span: Span) {
        if self.text.get(span.start..span.end) == Some(s) {
            self.byte(0);
        } else {
            self.byte(1);
            self.string(s);
        }
    }

    fn index(&mut self, i: Option<usize>) {
        self.uint(i.map_or(0, |i| i + 1));
    }

    fn quote(&mut self, q: &Quote) {
        self.span(q.span);
        self.words(&q.text, q.span);
        self.byte(quote_kind(q.kind));
        self.uint(q.paragraph);
        self.index(q.continues);
        match &q.speaker {
            Some(name) => {
                self.byte(1);
                self.string(name);
            }
            None => self.byte(0),
        }
        self.index(q.speaker_id);
        match q.speaker_mention {
            Some(m) => {
                self.byte(1);
                self.span(m);
            }
            None => self.byte(0),
        }
        self.byte(attribution(q.attribution));
        match &q.cue {
            Some(cue) => {
                self.byte(1);
                self.string(&cue.lemma);
                self.span(cue.span);
            }
            None => self.byte(0),
        }
        self.byte(stance(q.stance));
        self.byte(basis(q.stance_basis));
        self.int(q.stance_score);
        for x in [
            q.confidence,
            q.probabilities.support,
            q.probabilities.oppose,
            q.probabilities.neutral,
        ] {
            self.f32(x);
        }
        self.flag(q.topical);
        self.uint(q.evidence.len());
        for e in &q.evidence {
            self.span(e.span);
            self.words(&e.text, e.span);
            self.byte(signal(e.signal));
            self.string(&e.pattern);
            self.flag(e.context);
        }
        self.string(&q.reason);
        self.flag(q.promo);
    }

    fn speaker(&mut self, s: &Speaker) {
        self.string(&s.name);
        self.byte(speaker_kind(s.kind));
        match &s.description {
            Some(d) => {
                self.byte(1);
                self.string(d);
            }
            None => self.byte(0),
        }
        self.uint(s.roles.len());
        for r in &s.roles {
            self.string(r);
        }
        self.uint(s.mentions.len());
        for &m in &s.mentions {
            self.span(m);
        }
        self.byte(speaker_stance(s.stance));
        self.byte(certainty(s.certainty));
        self.string(&s.reason);
        self.uint(s.quotes.len());
        for &q in &s.quotes {
            self.uint(q);
        }
    }
}

struct Reader<'b, 't> {
    bytes: &'b [u8],
    at: usize,
    text: &'t str,
}

impl<'b> Reader<'b, '_> {
    fn take(&mut self, n: usize) -> Result<&'b [u8], WireError> {
        let end = self.at.checked_add(n).ok_or(WireError::Truncated)?;
        let s = self.bytes.get(self.at..end).ok_or(WireError::Truncated)?;
        self.at = end;
        Ok(s)
    }

    fn byte(&mut self) -> Result<u8, WireError> {
        Ok(self.take(1)?[0])
    }

    fn uint(&mut self) -> Result<usize, WireError> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return usize::try_from(v).map_err(|_| WireError::Corrupt("a number too large"));
            }
        }
        Err(WireError::Corrupt("a number too long"))
    }

    fn int(&mut self) -> Result<i32, WireError> {
        let z = u32::try_from(self.uint()?).map_err(|_| WireError::Corrupt("a score too large"))?;
        Ok(((z >> 1) as i32) ^ -((z & 1) as i32))
    }

    fn f32(&mut self) -> Result<f32, WireError> {
        let mut bits = [0; 4];
        bits.copy_from_slice(self.take(4)?);
        Ok(f32::from_bits(u32::from_le_bytes(bits)))
    }

    fn flag(&mut self) -> Result<bool, WireError> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(WireError::Corrupt("a flag that is not 0 or 1")),
        }
    }

    fn string(&mut self) -> Result<String, WireError> {
        let n = self.uint()?;
        let bytes = self.take(n)?;
        std::str::from_utf8(bytes)
            .map(str::to_string)
            .map_err(|_| WireError::Corrupt("a string that is not UTF-8"))
    }

    fn span(&mut self) -> Result<Span, WireError> {
        let start = self.uint()?;
        let end = start
            .checked_add(self.uint()?)
            .ok_or(WireError::Corrupt("a span too long"))?;
        if end > self.text.len()
            || !self.text.is_char_boundary(start)
            || !self.text.is_char_boundary(end)
        {
            return Err(WireError::Corrupt("a span outside the text"));
        }
        Ok(Span { start, end })
    }

    fn words(&mut self, span: Span) -> Result<String, WireError> {
        if self.flag()? {
            self.string()
        } else {
            // `span` was checked against the text.
            Ok(span.slice(self.text).to_string())
        }
    }

    fn index(&mut self) -> Result<Option<usize>, WireError> {
        Ok(self.uint()?.checked_sub(1))
    }

    fn option<T>(
        &mut self,
        read: impl FnOnce(&mut Self) -> Result<T, WireError>,
    ) -> Result<Option<T>, WireError> {
        if self.flag()? {
            read(self).map(Some)
        } else {
            Ok(None)
        }
    }

    fn code<T: Copy>(&mut self, table: &[T]) -> Result<T, WireError> {
        table
            .get(usize::from(self.byte()?))
            .copied()
            .ok_or(WireError::Corrupt("an unknown label"))
    }

    fn list<T>(
        &mut self,
        mut read: impl FnMut(&mut Self) -> Result<T, WireError>,
    ) -> Result<Vec<T>, WireError> {
        let n = self.uint()?;
        // Every element takes at least a byte: a length past the data is corrupt, not a
        // reason to reserve memory.
        if n > self.bytes.len() - self.at {
            return Err(WireError::Truncated);
        }
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(read(self)?);
        }
        Ok(out)
    }

    fn quote(&mut self) -> Result<Quote, WireError> {
        let span = self.span()?;
        let text = self.words(span)?;
        let kind = self.code(&QUOTE_KINDS)?;
        let paragraph = self.uint()?;
        let continues = self.index()?;
        let speaker = self.option(Self::string)?;
        let speaker_id = self.index()?;
        let speaker_mention = self.option(Self::span)?;
        let attribution = self.code(&ATTRIBUTIONS)?;
        let cue = self.option(|r| {
            Ok(CueWords {
                lemma: r.string()?,
                span: r.span()?,
            })
        })?;
        let stance = self.code(&STANCES)?;
        let stance_basis = self.code(&BASES)?;
        let stance_score = self.int()?;
        let confidence = self.f32()?;
        let probabilities = Probabilities {
            support: self.f32()?,
            oppose: self.f32()?,
            neutral: self.f32()?,
        };
        let topical = self.flag()?;
        let evidence = self.list(|r| {
            let span = r.span()?;
            Ok(Evidence {
                span,
                text: r.words(span)?,
                signal: r.code(&SIGNALS)?,
                pattern: r.string()?,
                context: r.flag()?,
            })
        })?;
        Ok(Quote {
            id: 0, // its position, set in `decode`
            text,
            kind,
            span,
            paragraph,
            continues,
            speaker,
            speaker_id,
            speaker_mention,
            attribution,
            cue,
            stance,
            stance_basis,
            stance_score,
            confidence,
            probabilities,
            topical,
            evidence,
            reason: self.string()?,
            promo: self.flag()?,
        })
    }

    fn speaker(&mut self) -> Result<Speaker, WireError> {
        Ok(Speaker {
            id: 0, // its position, set in `decode`
            name: self.string()?,
            kind: self.code(&SPEAKER_KINDS)?,
            description: self.option(Self::string)?,
            roles: self.list(Self::string)?,
            mentions: self.list(Self::span)?,
            stance: self.code(&SPEAKER_STANCES)?,
            certainty: self.code(&CERTAINTIES)?,
            reason: self.string()?,
            quotes: self.list(Self::uint)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Topic};

    const TEXT: &str = "Ann Lee, a GP in Leeds, said locking people up had “utterly failed”.\n\n\
        “We should treat addiction as a health issue,” she added. “It is time.”\n\n\
        The Home Office said it had no plans to decriminalise drugs.";

    #[test]
    fn analyses_round_trip_exactly() {
        let a = analyze(TEXT, Topic::builtin());
        assert!(a.quotes.len() >= 3 && !a.speakers.is_empty());
        let bytes = encode(&a, TEXT);
        assert_eq!(decode(&bytes, TEXT), Ok(a));
    }

    #[test]
    fn text_that_is_not_the_span_is_carried() {
        let mut a = analyze(TEXT, Topic::builtin());
        a.quotes[0].text = "edited".into();
        assert_eq!(decode(&encode(&a, TEXT), TEXT), Ok(a));
    }

    #[test]
    fn every_label_round_trips() {
        for (i, &x) in PARAGRAPH_ROLES.iter().enumerate() {
            assert_eq!(usize::from(paragraph_role(x)), i);
        }
        for (i, &x) in QUOTE_KINDS.iter().enumerate() {
            assert_eq!(usize::from(quote_kind(x)), i);
        }
        for (i, &x) in ATTRIBUTIONS.iter().enumerate() {
            assert_eq!(usize::from(attribution(x)), i);
        }
        for (i, &x) in STANCES.iter().enumerate() {
            assert_eq!(usize::from(stance(x)), i);
        }
        for (i, &x) in BASES.iter().enumerate() {
            assert_eq!(usize::from(basis(x)), i);
        }
        for (i, &x) in SIGNALS.iter().enumerate() {
            assert_eq!(usize::from(signal(x)), i);
        }
        for (i, &x) in SPEAKER_KINDS.iter().enumerate() {
            assert_eq!(usize::from(speaker_kind(x)), i);
        }
        for (i, &x) in SPEAKER_STANCES.iter().enumerate() {
            assert_eq!(usize::from(speaker_stance(x)), i);
        }
        for (i, &x) in CERTAINTIES.iter().enumerate() {
            assert_eq!(usize::from(certainty(x)), i);
        }
    }

    #[test]
    fn bytes_that_do_not_fit_are_errors() {
        let a = analyze(TEXT, Topic::builtin());
        let bytes = encode(&a, TEXT);
        assert_eq!(decode(b"JSON", TEXT), Err(WireError::Magic));
        assert_eq!(
            decode(&bytes[..bytes.len() - 1], TEXT),
            Err(WireError::Truncated)
        );
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode(&longer, TEXT).is_err());
        // A shorter text: spans fall outside it.
        assert!(decode(&bytes, &TEXT[..20]).is_err());
        // Every truncation and every single-byte change is an error or another analysis,
        // never a panic.
        for n in 0..bytes.len() {
            let _ = decode(&bytes[..n], TEXT);
            let mut changed = bytes.clone();
            changed[n] ^= 0xff;
            let _ = decode(&changed, TEXT);
        }
    }
}
