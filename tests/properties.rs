//! Properties that hold for every input: the analysis never panics, is deterministic, and
//! every span it reports lies inside the text, on character boundaries, and matches the
//! text it claims to cover.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use stancelens::span::Span;
use stancelens::{analyze, Analysis, Topic};

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} out of bounds ({})",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} off a char boundary"
    );
}

fn check(text: &str) -> Analysis {
    let a = analyze(text, Topic::builtin());
    for p in &a.paragraphs {
        check_span(text, p.span, "paragraph");
    }
    for q in &a.quotes {
        check_span(text, q.span, "quote");
        assert_eq!(
            q.text,
            &text[q.span.start..q.span.end],
            "quote text is its span"
        );
        assert!(q.paragraph < a.paragraphs.len());
        assert!(
            a.paragraphs[q.paragraph].span.contains(q.span),
            "quote inside its paragraph"
        );
        if let Some(m) = q.speaker_mention {
            check_span(text, m, "speaker mention");
        }
        if let Some(c) = &q.cue {
            check_span(text, c.span, "cue");
        }
        for e in &q.evidence {
            check_span(text, e.span, "evidence");
            assert_eq!(
                e.text,
                &text[e.span.start..e.span.end],
                "evidence text is its span"
            );
        }
        assert_eq!(q.speaker_id.is_some(), q.speaker.is_some());
        if let Some(c) = q.continues {
            assert!(c < q.id, "a quote continues an earlier one");
        }
    }
    for s in &a.speakers {
        for m in &s.mentions {
            check_span(text, *m, "mention");
        }
        for &q in &s.quotes {
            assert_eq!(a.quotes[q].speaker_id, Some(s.id));
        }
    }
    a
}

/// Text made of the characters that matter most: marks, apostrophes, capitals, breaks.
fn nasty() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "“",
        "”",
        "‘",
        "’",
        "\"",
        "'",
        "«",
        "»",
        "„",
        " ",
        "\n",
        "\n\n",
        ".",
        ",",
        ":",
        "–",
        "-",
        "(",
        ")",
        "said",
        "Mr",
        "Davies",
        "Ann Lee",
        "he",
        "she",
        "they",
        "it",
        "according to",
        "the committee",
        "decriminalise",
        "not",
        "work",
        "READ MORE:",
        "HSCC",
        "a spokesman",
        "e\u{301}",
        "中文",
        "مرحبا",
        "🙂",
        "\u{0}",
        "\u{feff}",
        "\u{200b}",
        "\r\n",
        "s’",
        "’s",
        "80s’",
    ]);
    prop::collection::vec(pieces, 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_string_is_analysed(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn nasty_strings_are_analysed(text in nasty()) {
        check(&text);
    }

    #[test]
    fn analysis_is_deterministic(text in nasty()) {
        prop_assert_eq!(analyze(&text, Topic::builtin()), analyze(&text, Topic::builtin()));
    }
}

/// A publisher's profile with this stance model in it, as `stancelens train --topic` writes it.
fn profile_with_model(model: Vec<u8>) -> String {
    let mut topic = Topic::builtin().clone();
    topic.id = "a-publishers-copy".into();
    topic.stance_model = Some(model);
    serde_json::to_string(&topic).expect("a topic serialises")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Whatever a profile's `stance_model` holds (here the shipped model with bytes changed
    /// or cut short), reading it either refuses it, naming the field, or gives a topic whose
    /// analysis is total and deterministic: a model is input like any other.
    #[test]
    fn any_stance_model_in_a_profile_is_refused_or_analyses(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..6),
        cut in prop::option::of(any::<prop::sample::Index>()),
    ) {
        let model = stancelens::stance::model::StanceModel::builtin().expect("a shipped model");
        let mut bytes = model.to_bytes();
        for (at, byte) in edits {
            let k = at.index(bytes.len());
            bytes[k] = byte;
        }
        if let Some(cut) = cut {
            bytes.truncate(cut.index(bytes.len() + 1));
        }
        match Topic::from_json(&profile_with_model(bytes)) {
            Ok(topic) => {
                let text = "“Locking people up for drug use has failed,” said Ann Lee, a GP. \
                            Tom Hale disagreed: “It would send the wrong message,” he said.";
                let a = analyze(text, &topic);
                prop_assert_eq!(&a, &analyze(text, &topic));
                prop_assert_eq!(a.quotes.len(), 2);
            }
            Err(e) => prop_assert!(e.to_string().starts_with("stance_model: "), "{}", e),
        }
    }
}

#[test]
fn pathological_inputs() {
    let cases = [
        "“".repeat(20_000),
        "’".repeat(20_000),
        "\"".repeat(20_001),
        "‘a “b ‘c “d".repeat(2_000),
        format!("He said “{}", "word ".repeat(50_000)),
        // A 1 MB single paragraph of prose with quotes and names in it.
        "Ann Lee said: “It works.” Mr Ray disagreed, calling it ‘a mistake’ and adding that "
            .repeat(12_500),
        "\u{0}".repeat(1000),
        "\n".repeat(10_000),
        "Mr. ".repeat(10_000),
        "said ".repeat(10_000),
        // Ages after ages ("Jo Doe, 52, …"), roles before names, possessives of offices.
        format!("Jo Doe{} said no.", ", 52".repeat(50_000)),
        "The minister, Jo Doe, said no. Reform UK's Jo Doe TD of the Police Federation said. "
            .repeat(5_000),
        "Sheriff's Office's ".repeat(10_000),
    ];
    for text in cases {
        check(&text);
    }
}

#[test]
fn seed_spans_are_consistent() {
    let text = include_str!("golden/articles/seed.json");
    let v: serde_json::Value = serde_json::from_str(text).expect("seed parses");
    let a = check(v["text"].as_str().expect("seed text"));
    assert!(!a.quotes.is_empty() && !a.speakers.is_empty());
}
