//! Who's who: the speakers grouped by stance, each a toggle that filters the highlights to
//! their quotes.

use yew::prelude::*;

use super::labels;
use super::state::speakers_by_stance;
use crate::analysis::Analysis;
use std::rc::Rc;

/// Props of [`WhoIsWho`].
#[derive(Properties, PartialEq)]
pub struct WhoIsWhoProps {
    /// The analysis.
    pub analysis: Rc<Analysis>,
    /// Speakers the highlights are filtered to (empty: all).
    pub only: Vec<usize>,
    /// Toggle a speaker.
    pub on_toggle: Callback<usize>,
}

/// The speakers strip.
#[function_component(WhoIsWho)]
pub fn who_is_who(props: &WhoIsWhoProps) -> Html {
    let groups = speakers_by_stance(&props.analysis).into_iter().map(|(stance, ids)| {
        let key = stance.as_str();
        let chips = ids.into_iter().filter_map(|id| props.analysis.speakers.get(id)).map(|s| {
            let id = s.id;
            let onclick = props.on_toggle.reform(move |_: MouseEvent| id);
            let pressed = props.only.contains(&id);
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
                    <span class="sl-icon" aria-hidden="true">{ labels::speaker_stance_icon(stance) }</span>
                    { labels::speaker_stance_title(stance) }
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
