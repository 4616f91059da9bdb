//! Editor mode, in the panel: "Wrong label?" — correct the chosen quote's speaker or stance.
//! A render function rather than a component (no state of its own: the form's fields are read
//! when it is sent, and whether the quote is corrected already is the view's): a component
//! costs wasm every reader downloads.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::corrections::correction;
use super::state::Correction;
use crate::analysis::{Analysis, Quote};
use crate::stance::Stance;

/// The speaker and stance the form holds, when sent.
fn chosen(form: &Element, q: &Quote) -> Option<(String, Stance)> {
    let field = |id: &str| form.query_selector(id).ok().flatten();
    let name = field("#sl-fix-speaker")?
        .dyn_into::<HtmlInputElement>()
        .ok()?;
    let label = field("#sl-fix-stance")?
        .dyn_into::<HtmlSelectElement>()
        .ok()?;
    let stance = Stance::ALL
        .into_iter()
        .find(|s| s.as_str() == label.value())
        .unwrap_or(q.stance);
    Some((name.value(), stance))
}

/// The form for quote `q` of `analysis` (the analysis the reader sees, with earlier
/// corrections); `corrected` when the editor has corrected this quote already.
pub fn render(
    analysis: &Analysis,
    q: &Quote,
    corrected: bool,
    on_correct: &Callback<Correction>,
) -> Html {
    let onsubmit = {
        let (on_correct, q) = (on_correct.clone(), q.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let form = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            if let Some((name, stance)) = form.and_then(|f| chosen(&f, &q)) {
                on_correct.emit(correction(&q, &name, stance));
            }
        })
    };
    let names = analysis
        .speakers
        .iter()
        .map(|s| html! { <option value={s.name.clone()} /> });
    let options = Stance::ALL.into_iter().map(|s| {
        html! { <option value={s.as_str()} selected={s == q.stance}>{ s.as_str() }</option> }
    });
    html! {
        <form class="sl-correct" key={q.id} {onsubmit}>
            <h3>{ "Wrong label?" }</h3>
            <label for="sl-fix-speaker">{ "Speaker" }</label>
            <input id="sl-fix-speaker" type="text" list="sl-fix-names"
                value={q.speaker.clone().unwrap_or_default()} autocomplete="off" />
            <datalist id="sl-fix-names">{ for names }</datalist>
            <label for="sl-fix-stance">{ "Stance" }</label>
            <select id="sl-fix-stance">{ for options }</select>
            <button type="submit">{ "Save correction" }</button>
            if corrected {
                <p role="status">{ "Corrected. Export the corrections from “Corrections” in the bar." }</p>
            }
        </form>
    }
}
