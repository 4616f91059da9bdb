//! The widget in real browsers (headless Chromium, Firefox and WebKit through
//! wasm-bindgen-test), read as a reader's actions: the seed renders with every quote
//! highlighted by its stance, a click opens the right speaker, the keyboard moves between
//! quotes and opens and closes the panel, filters hide highlights, and markup in an article
//! stays text.
#![cfg(all(target_arch = "wasm32", feature = "web"))]

use std::rc::Rc;

use stancelens::widget::controls::Features;
use stancelens::widget::demo::SEED_TEXT;
use stancelens::widget::labels::{Group, Look, SpeakerLook};
use stancelens::widget::lens::{Lens, LensProps};
use stancelens::{analyze, Analysis, Topic};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Mounts the widget on a fresh element and waits for it to render.
async fn mount(text: &str) -> Element {
    mount_with_notices(text, Vec::new()).await
}

/// The same, with messages for the publisher (shown in editor mode).
async fn mount_with_notices(text: &str, notices: Vec<String>) -> Element {
    let root = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    let props = LensProps {
        text: Rc::from(text),
        headline: None,
        topic: Rc::new(Topic::default()),
        analysis: None,
        features: Features {
            editor: !notices.is_empty(),
            ..Features::default()
        },
        notices: Rc::new(notices),
    };
    yew::Renderer::<Lens>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .collect()
}

fn one(root: &Element, selector: &str) -> Option<HtmlElement> {
    root.query_selector(selector)
        .ok()
        .flatten()?
        .dyn_into::<HtmlElement>()
        .ok()
}

fn quote(root: &Element, id: usize) -> HtmlElement {
    one(root, &format!("[data-quote-id=\"{id}\"]")).expect("quote element")
}

fn key(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let e = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    target.dispatch_event(&e).expect("dispatch");
}

fn focused_quote() -> Option<String> {
    document().active_element()?.get_attribute("data-quote-id")
}

fn panel_title(root: &Element) -> Option<String> {
    one(root, ".sl-panel h2").map(|h| h.text_content().unwrap_or_default())
}

fn seed() -> Analysis {
    analyze(SEED_TEXT, Topic::builtin())
}

fn label<T: serde::Serialize>(v: T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_seed_renders_every_quote_with_its_stance() {
    let a = seed();
    let root = mount(SEED_TEXT).await;
    let quotes = all(&root, "[data-quote-id]");
    assert_eq!(quotes.len(), a.quotes.len());
    assert!(a.quotes.len() >= 15, "the seed has its quotes");
    for (el, q) in quotes.iter().zip(&a.quotes) {
        assert_eq!(el.get_attribute("data-quote-id"), Some(q.id.to_string()));
        assert_eq!(el.get_attribute("data-stance"), Some(label(q.stance)));
        let confidence: f32 = el
            .get_attribute("data-confidence")
            .and_then(|c| c.parse().ok())
            .expect("data-confidence");
        assert!((confidence - q.confidence).abs() < 0.006, "quote {}", q.id);
        assert_eq!(
            el.get_attribute("data-certainty").as_deref(),
            Some(q.certainty().as_str())
        );
        assert_eq!(
            el.get_attribute("data-kind").as_deref(),
            Some(q.kind.as_str())
        );
        assert_eq!(
            el.get_attribute("data-speaker").unwrap_or_default(),
            q.speaker.clone().unwrap_or_default()
        );
        let group = Look::of(q).group();
        assert!(el.class_list().contains(&format!("sl-{}", group.as_str())));
        assert!(
            el.text_content().unwrap_or_default().contains(&q.text),
            "the highlight holds the quote"
        );
    }
    // The legend counts match.
    let support = a
        .quotes
        .iter()
        .filter(|q| Look::of(q).group() == Group::Support)
        .count();
    let legend = one(&root, ".sl-legend-item[data-group=\"support\"] .sl-count").expect("legend");
    assert_eq!(legend.text_content(), Some(support.to_string()));
    // Every paragraph is there.
    assert_eq!(all(&root, ".sl-p").len(), a.paragraphs.len());
}

#[wasm_bindgen_test]
async fn a_click_opens_the_speakers_context() {
    let a = seed();
    let root = mount(SEED_TEXT).await;
    let davies = a
        .quotes
        .iter()
        .find(|q| q.speaker.as_deref() == Some("Ed Davies"))
        .expect("a Davies quote");
    let clicked = quote(&root, davies.id);
    clicked.click();
    yew::scheduler::flush().await;
    assert!(
        clicked.is_connected(),
        "the highlight is updated in place, not replaced"
    );
    assert_eq!(panel_title(&root).as_deref(), Some("Ed Davies"));
    let panel = one(&root, ".sl-panel").expect("panel");
    assert_eq!(panel.get_attribute("role").as_deref(), Some("dialog"));
    let text = panel.text_content().unwrap_or_default();
    assert!(
        text.contains("director of policy at the Centre for Social Justice"),
        "role shown: {text}"
    );
    let speaker = a.speakers.iter().find(|s| s.name == "Ed Davies");
    assert_eq!(
        all(&root, ".sl-panel .sl-jump").len(),
        speaker.map_or(0, |s| s.quotes.len())
    );
    // Their overall stance, as sure as the analysis is of it ("Opposes", "Leans oppose",
    // "Unclear").
    let look = speaker.map(SpeakerLook::of);
    assert_eq!(
        one(&root, ".sl-panel .sl-speaker-stance strong").and_then(|e| e.text_content()),
        look.map(|l| l.title().to_string())
    );
    assert_eq!(
        quote(&root, davies.id)
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn the_keyboard_moves_between_quotes_and_opens_and_closes() {
    let a = seed();
    let root = mount(SEED_TEXT).await;
    let first = quote(&root, 0);
    first.focus().expect("focus");
    assert_eq!(focused_quote().as_deref(), Some("0"));
    key(&first, "ArrowRight");
    assert_eq!(focused_quote().as_deref(), Some("1"));
    key(&quote(&root, 1), "j");
    assert_eq!(focused_quote().as_deref(), Some("2"));
    key(&quote(&root, 2), "k");
    assert_eq!(focused_quote().as_deref(), Some("1"));
    key(&quote(&root, 1), "Enter");
    yew::scheduler::flush().await;
    let speaker = a.quotes[1].speaker.clone().expect("a speaker");
    assert_eq!(panel_title(&root), Some(speaker));
    let heading = one(&root, ".sl-panel h2").expect("heading");
    key(&heading, "Escape");
    yew::scheduler::flush().await;
    assert!(panel_title(&root).is_none(), "Esc closes the panel");
    assert_eq!(
        focused_quote().as_deref(),
        Some("1"),
        "focus returns to the quote"
    );
    key(&quote(&root, 1), " ");
    yew::scheduler::flush().await;
    assert!(panel_title(&root).is_some(), "Space opens the panel");
    key(&quote(&root, 1), "End");
    assert_eq!(
        focused_quote(),
        Some((a.quotes.len() - 1).to_string()),
        "End: the last quote"
    );
    key(&quote(&root, a.quotes.len() - 1), "Home");
    assert_eq!(
        focused_quote().as_deref(),
        Some("0"),
        "Home: the first quote"
    );
}

#[wasm_bindgen_test]
async fn filters_hide_highlights_by_stance_and_by_speaker() {
    let a = seed();
    let root = mount(SEED_TEXT).await;
    one(&root, ".sl-legend-item[data-group=\"oppose\"]")
        .expect("oppose toggle")
        .click();
    yew::scheduler::flush().await;
    for q in &a.quotes {
        let el = quote(&root, q.id);
        let hidden = el.class_list().contains("sl-filtered");
        assert_eq!(
            hidden,
            Look::of(q).group() == Group::Oppose,
            "quote {}",
            q.id
        );
        assert_eq!(
            el.get_attribute("tabindex").as_deref(),
            Some(if hidden { "-1" } else { "0" })
        );
    }
    one(&root, ".sl-clear").expect("show all").click();
    yew::scheduler::flush().await;
    assert!(all(&root, ".sl-filtered").is_empty());
    assert!(
        one(&root, ".sl-chip").is_none(),
        "the speakers are behind a disclosure"
    );
    let speakers = one(&root, ".sl-disclose").expect("the speakers' disclosure");
    speakers.click();
    yew::scheduler::flush().await;
    assert!(speakers.is_connected(), "the button is updated in place");
    assert_eq!(
        one(&root, ".sl-disclose")
            .and_then(|b| b.get_attribute("aria-expanded"))
            .as_deref(),
        Some("true")
    );
    one(&root, ".sl-chip[data-speaker=\"Ed Davies\"]")
        .expect("Davies chip")
        .click();
    yew::scheduler::flush().await;
    for q in &a.quotes {
        let shown = !quote(&root, q.id).class_list().contains("sl-filtered");
        assert_eq!(
            shown,
            q.speaker.as_deref() == Some("Ed Davies"),
            "quote {}",
            q.id
        );
    }
}

#[wasm_bindgen_test]
async fn markup_in_an_article_is_shown_as_text_and_never_runs() {
    let text = "Ann Lee said: “<script>window.__stancelens_pwned = 1</script> is not a quote I like.”\n\n\
                <img src=x onerror=\"window.__stancelens_pwned = 2\"> Bob Ray said it was “<b>bold</b> and wrong”.";
    let root = mount(text).await;
    assert!(
        all(&root, "script, img, b").is_empty(),
        "no element was made from the article's text"
    );
    let shown = root.text_content().unwrap_or_default();
    assert!(shown.contains("<script>window.__stancelens_pwned = 1</script>"));
    assert!(shown.contains("<img src=x onerror="));
    let pwned = js_sys::Reflect::get(
        &web_sys::window().expect("window"),
        &"__stancelens_pwned".into(),
    )
    .expect("get");
    assert!(pwned.is_undefined(), "nothing from the article ran");
}

#[wasm_bindgen_test]
async fn an_empty_or_odd_article_renders_without_quotes() {
    for text in ["", "   ", "\u{feff}", "“", "no quotes here at all"] {
        let root = mount(text).await;
        assert!(all(&root, "[data-quote-id]").is_empty(), "{text:?}");
        assert!(one(&root, ".sl-summary").is_some());
    }
}

#[wasm_bindgen_test]
async fn notices_for_the_publisher_are_shown() {
    let note = "Override “words nobody said” matches no quote.";
    let root = mount_with_notices(SEED_TEXT, vec![note.to_string()]).await;
    let shown: Vec<String> = all(&root, ".sl-notice")
        .iter()
        .filter_map(|n| n.text_content())
        .collect();
    assert_eq!(shown, [note]);
    assert!(all(&mount(SEED_TEXT).await, ".sl-notice").is_empty());
}

#[wasm_bindgen_test]
async fn a_pasted_article_is_analysed_in_the_page() {
    let root = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    yew::Renderer::<stancelens::widget::demo::Demo>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert_eq!(
        all(&root, "[data-quote-id]").len(),
        seed().quotes.len(),
        "opens on the seed"
    );
    assert_eq!(
        one(&root, "h2.demo-headline").and_then(|h| h.text_content()),
        Some(stancelens::widget::demo::SEED_HEADLINE.to_string()),
        "under the seed's headline"
    );
    // Its first line reads as the headline: shown above it, read as context, not searched
    // for quotes.
    let pasted = "Council backs “radical” drugs plan\n\nAnn Lee said: “Locking people up does not work.”\n\n“Decriminalisation would be a disaster,” said Bob Ray.";
    let area: web_sys::HtmlTextAreaElement = root
        .query_selector("textarea")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
        .expect("textarea");
    let analyse = one(&root, ".sl-paste button[type=\"submit\"]").expect("Analyse button");
    analyse.click();
    yew::scheduler::flush().await;
    assert!(
        one(&root, ".sl-paste [role=\"alert\"]").is_some(),
        "an empty box says so"
    );
    area.set_value(pasted);
    analyse.click();
    yew::scheduler::flush().await;
    assert_eq!(
        one(&root, ".sl-paste-status")
            .and_then(|s| s.text_content())
            .as_deref(),
        Some("Analysing the article…")
    );
    assert!(one(&root, ".sl-paste [role=\"alert\"]").is_none());
    // The analysis comes from the publisher's worker, or (here, where there is none) from
    // the page once the worker has failed to start (at most 10 s): wait until the box no
    // longer says it is analysing.
    for _ in 0..300 {
        yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;
        yew::scheduler::flush().await;
        let status = one(&root, ".sl-paste-status").and_then(|s| s.text_content());
        if status.as_deref() == Some("") {
            break;
        }
    }
    let quotes = all(&root, "[data-quote-id]");
    let stances: Vec<String> = quotes
        .iter()
        .filter_map(|q| q.get_attribute("data-stance"))
        .collect();
    let (headline, body) = stancelens::paragraphs::split_headline(pasted);
    assert_eq!(headline, Some("Council backs “radical” drugs plan"));
    let expected: Vec<&str> = stancelens::Analyzer::new(stancelens::Topic::builtin())
        .analyze_titled(headline, body)
        .quotes
        .iter()
        .map(|q| q.stance.as_str())
        .collect();
    assert_eq!(
        stances, expected,
        "the widget shows the analysis of the pasted text"
    );
    assert_eq!(
        one(&root, "h2.demo-headline").and_then(|h| h.text_content()),
        headline.map(String::from),
        "the headline is shown above the article"
    );
    assert_eq!(quotes.len(), 2, "the headline's quoted word is no quote");
    assert_eq!(
        quotes[1].get_attribute("data-speaker").as_deref(),
        Some("Bob Ray")
    );
    one(&root, ".sl-paste button[type=\"button\"]")
        .expect("back button")
        .click();
    yew::scheduler::flush().await;
    assert_eq!(
        all(&root, "[data-quote-id]").len(),
        seed().quotes.len(),
        "back to the seed"
    );
}
