//! The speaker's context for a chosen quote: who they are, their role as the article gives
//! it, their overall stance and why, the chosen quote with the words that decided its label
//! and how sure that label is, all their quotes (each jumps to its place), and what the labels
//! mean. Reported speech is shown as the writer's words, never in quotation marks. In editor
//! mode, "Wrong label?". The shell places it (beside the article, or a bottom sheet).

use std::rc::Rc;

use yew::prelude::*;

use super::about;
use super::browser::copy_link;
use super::correction_form;
use super::labels::{self, Look};
use super::shared::Shared;
use super::state::Correction;
use crate::analysis::{Analysis, Quote, QuoteKind};
use crate::span::Span;
use crate::stance::Evidence;

/// Props of [`QuotePanel`].
#[derive(Properties, PartialEq)]
pub struct QuotePanelProps {
    /// The analysed text.
    pub text: Rc<str>,
    /// Its analysis (with any corrections).
    pub analysis: Shared<Analysis>,
    /// The chosen quote.
    pub quote: usize,
    /// Close the panel.
    pub on_close: Callback<()>,
    /// Go to another quote.
    pub on_jump: Callback<usize>,
    /// Where focus goes when the panel opens.
    pub heading: NodeRef,
    /// The panel itself, for the shell to place.
    pub panel: NodeRef,
    /// The widget's deep-link prefix ("" for the page's first widget).
    pub link_prefix: AttrValue,
    /// Editor mode: record a correction ("Wrong label?" is shown when given).
    #[prop_or_default]
    pub on_correct: Option<Callback<Correction>>,
    /// Editor mode: this quote has been corrected.
    #[prop_or_default]
    pub corrected: bool,
}

/// The evidence spans inside the quote, in order, without overlaps.
fn marks(q: &Quote) -> Vec<Span> {
    let mut marks: Vec<Span> = q
        .evidence
        .iter()
        .filter(|e| !e.context && q.span.contains(e.span))
        .map(|e| e.span)
        .collect();
    crate::sort::sort(&mut marks);
    marks.dedup_by(|b, a| b.start < a.end);
    marks
}

/// The chosen quote with the words that decided its label marked: a block quotation for the
/// speaker's words, a plain paragraph for reported speech (the writer's words).
fn marked_quote(text: &str, q: &Quote) -> Html {
    let mut parts = Vec::new();
    let mut at = q.span.start;
    for m in marks(q) {
        parts.push(html! { { Span::new(at, m.start).slice(text) } });
        parts.push(html! { <mark class="sl-evidence">{ m.slice(text) }</mark> });
        at = m.end;
    }
    parts.push(html! { { Span::new(at, q.span.end).slice(text) } });
    let class = labels::styled("sl-chosen", Look::of(q));
    if q.kind == QuoteKind::Indirect {
        html! { <p {class}>{ for parts }</p> }
    } else {
        html! { <blockquote {class}>{ for parts }</blockquote> }
    }
}

fn evidence_item(e: &Evidence) -> Html {
    let place = if e.context { " (in the context)" } else { "" };
    html! {
        <li>
            <span class="sl-ev-words">{ format!("“{}”", e.text) }</span>
            { format!(" — {}{place}", labels::signal_title(e.signal)) }
        </li>
    }
}

/// One of the speaker's quotes, a button that goes to it.
fn other_quote(q: &Quote, current: bool, on_jump: &Callback<usize>) -> Html {
    let id = q.id;
    let onclick = on_jump.reform(move |_: MouseEvent| id);
    let look = Look::of(q);
    let class = labels::styled("sl-jump", look);
    let reported = (q.kind == QuoteKind::Indirect)
        .then(|| html! { <span class="sl-tag">{ "reported" }</span> });
    html! {
        <li>
            <button type="button" {class} {onclick} aria-current={current.then_some("true")}>
                <span class="sl-icon" aria-hidden="true">{ look.icon() }</span>
                { for reported }
                { labels::shown_text(q) }
            </button>
        </li>
    }
}

/// The panel.
#[function_component(QuotePanel)]
pub fn quote_panel(props: &QuotePanelProps) -> Html {
    // The link last copied, shown so it can also be copied by hand.
    let copied = use_state(|| None::<AttrValue>);
    let a = &props.analysis;
    let Some(q) = a.quotes.get(props.quote) else {
        return html! {};
    };
    let on_copy = {
        let (copied, prefix, id) = (copied.clone(), props.link_prefix.clone(), q.id);
        Callback::from(move |_: MouseEvent| copied.set(copy_link(&prefix, id).map(AttrValue::from)))
    };
    let speaker = q.speaker_id.and_then(|id| a.speakers.get(id));
    let close = props.on_close.reform(|_: MouseEvent| ());
    let name = speaker.map_or_else(|| "Unknown speaker".to_string(), |s| s.name.clone());
    let kind = speaker
        .map(|s| labels::kind_title(s.kind))
        .unwrap_or("Not named in the article");
    let others: Vec<Html> = speaker
        .map(|s| s.quotes.as_slice())
        .unwrap_or(&[])
        .iter()
        .filter_map(|&id| a.quotes.get(id))
        .map(|other| other_quote(other, other.id == q.id, &props.on_jump))
        .collect();
    let stance_line = speaker.map(|s| {
        let look = labels::SpeakerLook::of(s);
        html! {
            <p class={format!("sl-speaker-stance sl-{}", look.group())}>
                <span class="sl-icon" aria-hidden="true">{ look.icon() }</span>
                <strong>{ look.title() }</strong>
                { format!(" overall — {}", s.reason) }
            </p>
        }
    });
    let description = speaker
        .and_then(|s| s.description.clone())
        .map(|d| html! { <p class="sl-role">{ d }</p> });
    let look = Look::of(q);
    let (heading, reported) = match q.kind {
        QuoteKind::Indirect => (
            "Reported speech",
            Some(
                html! { <p class="sl-kind-note"><span class="sl-tag">{ "reported" }</span>{ " The writer’s summary of what was said, not the speaker’s own words." }</p> },
            ),
        ),
        QuoteKind::Direct | QuoteKind::Partial => ("This quote", None),
    };
    // Editor mode only (and so never in a build without it: the demo).
    let form = props
        .on_correct
        .as_ref()
        .filter(|_| cfg!(feature = "editor"))
        .map(|on_correct| correction_form::render(a, q, props.corrected, on_correct));
    // Each part in a wrapper of its own, so that the panel's children are the same from quote
    // to quote (Yew matches unkeyed children by position).
    html! {
        <div class="sl-panel" role="dialog" aria-modal="false" aria-labelledby="sl-panel-title" ref={props.panel.clone()}>
            <div class="sl-panel-head">
                <h2 id="sl-panel-title" tabindex="-1" ref={props.heading.clone()}>{ name }</h2>
                <button type="button" class="sl-close" onclick={close} aria-label="Close speaker panel">{ "×" }</button>
            </div>
            <div class="sl-speaker">
                <p class="sl-kind">{ kind }</p>
                { description }
                { for stance_line }
            </div>
            <div class="sl-this">
                <h3>{ heading }</h3>
                { for reported }
                { marked_quote(&props.text, q) }
                <p class={labels::styled("sl-verdict", look)}>
                    <span class="sl-icon" aria-hidden="true">{ look.icon() }</span>
                    <strong>{ look.title() }</strong>
                    { format!(" — {}", q.reason) }
                </p>
                <p class="sl-confidence">{ labels::confidence_line(q) }</p>
                if !q.evidence.is_empty() {
                    <ul class="sl-evidence-list" aria-label="Evidence">{ for q.evidence.iter().map(evidence_item) }</ul>
                }
                { for form }
                <p class="sl-actions">
                    <button type="button" class="sl-copy" onclick={on_copy}>{ "Copy link to this quote" }</button>
                </p>
                if let Some(link) = &*copied {
                    <p class="sl-copied" role="status">
                        { "Link copied: " }
                        <a href={link.clone()}>{ link.clone() }</a>
                    </p>
                }
            </div>
            <div class="sl-all">
                if !others.is_empty() {
                    <h3>{ format!("All {} in this article", labels::quotes_count(others.len())) }</h3>
                    <ul class="sl-quote-list">{ for others }</ul>
                }
            </div>
            <details class="sl-about-details">
                <summary>{ "About these labels" }</summary>
                { about::note(&a.topic.name) }
            </details>
        </div>
    }
}
