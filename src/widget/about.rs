//! "About these labels": that they are made automatically and may be wrong, what each means,
//! and the complete key — reached from the bar and from the panel — and the short key the
//! printed page keeps. Render functions rather than components: they have no state, and a
//! component costs wasm every reader downloads.

use yew::prelude::*;

use super::labels::{self, KEY};

/// The key: a sample of each look, its name and its meaning.
fn key() -> Html {
    let entries = KEY.iter().map(|k| {
        let sample = k.sample_class().map(|class| {
            html! { <span {class} aria-hidden="true">{ k.icon }{ " words" }</span> }
        });
        html! {
            <li>{ for sample }<strong>{ k.name }</strong>{ format!(": {}.", k.meaning) }</li>
        }
    });
    html! { <ul class="sl-key">{ for entries }</ul> }
}

/// The note, for a topic.
pub fn note(topic: &str) -> Html {
    html! {
        <div class="sl-about">
            <p>{ format!(
                "Software reading this article in your browser labels each quote by where it stands on {topic}. \
                 The labels are automatic and may be wrong: read each quote in its context."
            ) }</p>
            { key() }
            <p>{ "How sure the software is shows in the highlight — lighter when it only leans one way, grey when it is unclear — and in words when you open a quote." }</p>
        </div>
    }
}

/// The key as the printed page keeps it (hidden on screen).
pub fn print_key(topic: &str) -> Html {
    html! { <p class="sl-print-key">{ labels::print_key(topic) }</p> }
}
