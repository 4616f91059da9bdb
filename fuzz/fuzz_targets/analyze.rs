//! Any text: the analysis must not panic or hang, and everything it reports must hold
//! (spans in bounds, on char boundaries, quote text equal to its span, speakers consistent).
#![no_main]

use libfuzzer_sys::fuzz_target;
use stancelens::{analyze, Topic};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = analyze(&text, Topic::builtin());
    let fits = |s: stancelens::span::Span| s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end);
    for p in &a.paragraphs {
        assert!(fits(p.span));
    }
    for q in &a.quotes {
        assert!(fits(q.span));
        assert_eq!(q.text, &text[q.span.start..q.span.end]);
        assert!(a.paragraphs[q.paragraph].span.contains(q.span));
        assert_eq!(q.speaker.is_some(), q.speaker_id.is_some());
        for e in &q.evidence {
            assert!(fits(e.span));
        }
    }
    for s in &a.speakers {
        assert!(s.mentions.iter().all(|&m| fits(m)));
        assert!(s.quotes.iter().all(|&q| a.quotes[q].speaker_id == Some(s.id)));
    }
});
