//! Editor mode, in the bar: the corrections made so far as the `overrides` option the embed
//! reads, to copy or download and paste into the page's options block.

use yew::prelude::*;

use super::browser::{copy_text, download_json};
use super::corrections;
use super::state::Correction;

/// The corrections and how to publish them. A render function: no state of its own.
pub fn render(list: &[Correction]) -> Html {
    if list.is_empty() {
        return html! {
            <p class="sl-corrections">{ "No corrections yet. Open a quote and use “Wrong label?” to correct its speaker or stance." }</p>
        };
    }
    let json = corrections::options_json(list);
    let copy = {
        let json = json.clone();
        Callback::from(move |_: MouseEvent| copy_text(&json))
    };
    let download = {
        let json = json.clone();
        Callback::from(move |_: MouseEvent| {
            download_json("stancelens-overrides.json", json.clone())
        })
    };
    html! {
        <div class="sl-corrections">
            <p>{ "Put this in the page’s options block (script type=\"application/json\" data-stancelens-options) to publish the corrections:" }</p>
            <pre class="sl-json" tabindex="0" aria-label="Corrections as JSON">{ json }</pre>
            <p class="sl-actions">
                <button type="button" onclick={copy}>{ "Copy" }</button>
                <button type="button" onclick={download}>{ "Download" }</button>
            </p>
        </div>
    }
}
