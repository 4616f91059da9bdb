//! "Paste an article": analyse any other text, in the browser.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Props of [`PasteBox`].
#[derive(Properties, PartialEq)]
pub struct PasteBoxProps {
    /// Called with the pasted text.
    pub on_submit: Callback<String>,
    /// Called to go back to the built-in article.
    pub on_reset: Callback<()>,
}

/// A form with a text area and two buttons.
#[function_component(PasteBox)]
pub fn paste_box(props: &PasteBoxProps) -> Html {
    let area = use_node_ref();
    let onsubmit = {
        let area = area.clone();
        let on_submit = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(t) = area.cast::<HtmlTextAreaElement>() {
                let text = t.value();
                if !text.trim().is_empty() {
                    on_submit.emit(text);
                }
            }
        })
    };
    let reset = props.on_reset.reform(|_: MouseEvent| ());
    html! {
        <form class="sl-paste" {onsubmit}>
            <label for="sl-paste-text">{ "Paste an article (paragraphs separated by blank lines)" }</label>
            <textarea id="sl-paste-text" ref={area} rows="6" spellcheck="false" />
            <div class="sl-paste-actions">
                <button type="submit">{ "Analyse" }</button>
                <button type="button" onclick={reset}>{ "Back to the sample article" }</button>
            </div>
        </form>
    }
}
