//! Editor mode, in the panel: "Wrong label?" — correct the chosen quote's speaker or stance.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::corrections::correction;
use super::state::Correction;
use crate::analysis::Analysis;
use crate::stance::Stance;

/// Props of [`CorrectionForm`].
#[derive(Properties, PartialEq)]
pub struct CorrectionFormProps {
    /// The analysis the reader sees (with earlier corrections).
    pub analysis: Rc<Analysis>,
    /// The quote to correct.
    pub quote: usize,
    /// Record the correction.
    pub on_correct: Callback<Correction>,
}

/// The form.
#[function_component(CorrectionForm)]
pub fn correction_form(props: &CorrectionFormProps) -> Html {
    let speaker = use_node_ref();
    let stance = use_node_ref();
    let saved = use_state(|| false);
    let Some(q) = props.analysis.quotes.get(props.quote) else {
        return html! {};
    };
    let onsubmit = {
        let (speaker, stance, saved) = (speaker.clone(), stance.clone(), saved.clone());
        let (on_correct, q) = (props.on_correct.clone(), q.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(name), Some(label)) = (
                speaker.cast::<HtmlInputElement>(),
                stance.cast::<HtmlSelectElement>(),
            ) else {
                return;
            };
            let chosen = Stance::ALL
                .into_iter()
                .find(|s| s.as_str() == label.value())
                .unwrap_or(q.stance);
            on_correct.emit(correction(&q, &name.value(), chosen));
            saved.set(true);
        })
    };
    let names = props
        .analysis
        .speakers
        .iter()
        .map(|s| html! { <option value={s.name.clone()} /> });
    let options = Stance::ALL.into_iter().map(|s| {
        html! { <option value={s.as_str()} selected={s == q.stance}>{ s.as_str() }</option> }
    });
    html! {
        <form class="sl-correct" {onsubmit}>
            <h3>{ "Wrong label?" }</h3>
            <label for="sl-fix-speaker">{ "Speaker" }</label>
            <input id="sl-fix-speaker" type="text" list="sl-fix-names" ref={speaker}
                value={q.speaker.clone().unwrap_or_default()} autocomplete="off" />
            <datalist id="sl-fix-names">{ for names }</datalist>
            <label for="sl-fix-stance">{ "Stance" }</label>
            <select id="sl-fix-stance" ref={stance}>{ for options }</select>
            <button type="submit">{ "Save correction" }</button>
            if *saved {
                <p role="status">{ "Saved. Export it from “Corrections” in the bar." }</p>
            }
        </form>
    }
}
