//! "Paste an article": analyse any other text, in the browser. An empty box says so; while an
//! article is analysed the box says that too.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Props of [`PasteBox`].
#[derive(Properties, PartialEq)]
pub struct PasteBoxProps {
    /// Called with the pasted text.
    pub on_submit: Callback<String>,
    /// Called to go back to the built-in article.
    pub on_reset: Callback<()>,
    /// True while a pasted article is being analysed.
    #[prop_or_default]
    pub busy: bool,
}

/// A form with a text area and two buttons.
#[function_component(PasteBox)]
pub fn paste_box(props: &PasteBoxProps) -> Html {
    let area = use_node_ref();
    let empty = use_state(|| false);
    let onsubmit = {
        let (area, empty) = (area.clone(), empty.clone());
        let on_submit = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(t) = area.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let text = t.value();
            let blank = text.trim().is_empty();
            empty.set(blank);
            if blank {
                let _ = t.focus();
            } else {
                on_submit.emit(text);
            }
        })
    };
    let oninput = {
        let empty = empty.clone();
        Callback::from(move |_: InputEvent| empty.set(false))
    };
    let reset = props.on_reset.reform(|_: MouseEvent| ());
    let (invalid, described) = if *empty {
        ("true", Some("sl-paste-empty"))
    } else {
        ("false", None)
    };
    let (label, status) = if props.busy {
        ("Analysing…", "Analysing the article…")
    } else {
        ("Analyse", "")
    };
    html! {
        <form class="sl-paste" {onsubmit} aria-busy={props.busy.to_string()}>
            <label for="sl-paste-text">{ "Paste an article (paragraphs separated by blank lines)" }</label>
            <textarea id="sl-paste-text" ref={area} rows="6" spellcheck="false" {oninput}
                aria-invalid={invalid} aria-describedby={described} />
            if *empty {
                <p id="sl-paste-empty" class="sl-paste-error" role="alert">{ "The box is empty: paste the text of an article first." }</p>
            }
            <div class="sl-paste-actions">
                <button type="submit" disabled={props.busy}>{ label }</button>
                <button type="button" onclick={reset}>{ "Back to the sample article" }</button>
            </div>
            <p class="sl-paste-status" role="status">{ status }</p>
        </form>
    }
}
