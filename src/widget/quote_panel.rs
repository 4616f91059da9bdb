//! The speaker's context for a chosen quote: who they are, their role as the article gives
//! it, their overall stance and why, all their quotes (each jumps to its place), and the
//! evidence that decided the chosen quote's label. A side panel; a bottom sheet on phones.

use std::rc::Rc;

use yew::prelude::*;

use super::browser::copy_link;
use super::labels;
use crate::analysis::{Analysis, Quote};
use crate::span::Span;
use crate::stance::Evidence;

/// Props of [`QuotePanel`].
#[derive(Properties, PartialEq)]
pub struct QuotePanelProps {
    /// The analysed text.
    pub text: Rc<str>,
    /// Its analysis.
    pub analysis: Rc<Analysis>,
    /// The chosen quote.
    pub quote: usize,
    /// Close the panel.
    pub on_close: Callback<()>,
    /// Go to another quote.
    pub on_jump: Callback<usize>,
    /// Where focus goes when the panel opens.
    pub heading: NodeRef,
    /// The widget's deep-link prefix ("" for the page's first widget).
    pub link_prefix: AttrValue,
}

/// The chosen quote with the words that decided its label marked.
fn marked_quote(text: &str, q: &Quote) -> Html {
    let mut marks: Vec<Span> = q
        .evidence
        .iter()
        .filter(|e| !e.context && q.span.contains(e.span))
        .map(|e| e.span)
        .collect();
    marks.sort();
    marks.dedup_by(|b, a| b.start < a.end);
    let mut parts = Vec::new();
    let mut at = q.span.start;
    for m in marks {
        parts.push(html! { { Span::new(at, m.start).slice(text) } });
        parts.push(html! { <mark class="sl-evidence">{ m.slice(text) }</mark> });
        at = m.end;
    }
    parts.push(html! { { Span::new(at, q.span.end).slice(text) } });
    html! { <blockquote class={format!("sl-chosen sl-{}", q.stance.as_str())}>{ for parts }</blockquote> }
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
        .map(|other| {
            let id = other.id;
            let onclick = props.on_jump.reform(move |_: MouseEvent| id);
            let current = (id == q.id).then_some("true");
            html! {
                <li>
                    <button type="button" class={format!("sl-jump sl-{}", other.stance.as_str())} {onclick} aria-current={current}>
                        <span class="sl-icon" aria-hidden="true">{ labels::stance_icon(other.stance) }</span>
                        { format!("“{}”", other.text) }
                    </button>
                </li>
            }
        })
        .collect();
    let stance_line = speaker.map(|s| {
        html! {
            <p class={format!("sl-speaker-stance sl-{}", s.stance.as_str())}>
                <span class="sl-icon" aria-hidden="true">{ labels::speaker_stance_icon(s.stance) }</span>
                <strong>{ labels::speaker_stance_title(s.stance) }</strong>
                { format!(" — {}", s.reason) }
            </p>
        }
    });
    let description = speaker
        .and_then(|s| s.description.clone())
        .map(|d| html! { <p class="sl-role">{ d }</p> });
    let cue = q
        .cue
        .as_ref()
        .map(|c| format!(" Cue: “{}”.", c.span.slice(&props.text)))
        .unwrap_or_default();
    html! {
        <div class="sl-panel" role="dialog" aria-modal="false" aria-labelledby="sl-panel-title">
            <div class="sl-panel-head">
                <h2 id="sl-panel-title" tabindex="-1" ref={props.heading.clone()}>{ name }</h2>
                <button type="button" class="sl-close" onclick={close} aria-label="Close speaker panel">{ "×" }</button>
            </div>
            <p class="sl-kind">{ kind }</p>
            { description }
            { for stance_line }
            <h3>{ "This quote" }</h3>
            { marked_quote(&props.text, q) }
            <p class={format!("sl-verdict sl-{}", q.stance.as_str())}>
                <span class="sl-icon" aria-hidden="true">{ labels::stance_icon(q.stance) }</span>
                <strong>{ labels::stance_title(q.stance) }</strong>
                { format!(" — {}{cue}", q.reason) }
            </p>
            if !q.evidence.is_empty() {
                <ul class="sl-evidence-list" aria-label="Evidence">{ for q.evidence.iter().map(evidence_item) }</ul>
            }
            <p class="sl-actions">
                <button type="button" class="sl-copy" onclick={on_copy}>{ "Copy link to this quote" }</button>
            </p>
            if let Some(link) = &*copied {
                <p class="sl-copied" role="status">
                    { "Link copied: " }
                    <a href={link.clone()}>{ link.clone() }</a>
                </p>
            }
            if !others.is_empty() {
                <h3>{ format!("All {} in this article", labels::quotes_count(others.len())) }</h3>
                <ul class="sl-quote-list">{ for others }</ul>
            }
        </div>
    }
}
