//! Who's who: the speakers grouped by stance, each a toggle that filters the highlights to
//! their quotes.

use yew::prelude::*;

use super::labels;
use super::state::speakers_by_stance;
use crate::analysis::Analysis;

/// The speakers strip: the speakers grouped by stance, `only` those the highlights are
/// filtered to (empty: all). A render function, not a component: it has no state, and a
/// component costs wasm every reader downloads.
pub fn render(analysis: &Analysis, only: &[usize], on_toggle: &Callback<usize>) -> Html {
    let groups = speakers_by_stance(analysis).into_iter().map(|(look, ids)| {
        let key = look.group();
        let chips = ids.into_iter().filter_map(|id| analysis.speakers.get(id)).map(|s| {
            let id = s.id;
            let onclick = on_toggle.reform(move |_: MouseEvent| id);
            let pressed = only.contains(&id);
            let title = format!("{} — {}", labels::quotes_count(s.quotes.len()), s.reason);
            html! {
                <li>
                    <button type="button" class={format!("sl-chip sl-{key}")} aria-pressed={pressed.to_string()} {onclick} {title} data-speaker={s.name.clone()}>
                        { s.name.clone() }
                        <span class="sl-count">{ s.quotes.len() }</span>
                    </button>
                </li>
            }
        });
        html! {
            <div class={format!("sl-group sl-{key}")}>
                <span class="sl-group-title">
                    <span class="sl-icon" aria-hidden="true">{ look.icon() }</span>
                    { look.title() }
                </span>
                <ul class="sl-chips">{ for chips }</ul>
            </div>
        }
    });
    html! {
        <nav class="sl-who" aria-label="Who's who: filter by speaker">
            { for groups }
        </nav>
    }
}
