//! The legend: quote counts per stance, each a toggle that shows or hides its highlights.

use yew::prelude::*;

use super::labels;
use crate::stance::Stance;

/// Props of [`SummaryBar`].
#[derive(Properties, PartialEq)]
pub struct SummaryBarProps {
    /// (stance, number of quotes).
    pub counts: [(Stance, usize); 3],
    /// Stances currently hidden.
    pub hidden: Vec<Stance>,
    /// True when any filter is on.
    pub filtering: bool,
    /// Toggle a stance.
    pub on_toggle: Callback<Stance>,
    /// Clear every filter.
    pub on_clear: Callback<()>,
}

/// The legend with counts and stance toggles.
#[function_component(SummaryBar)]
pub fn summary_bar(props: &SummaryBarProps) -> Html {
    let total: usize = props.counts.iter().map(|(_, n)| n).sum();
    let buttons = props.counts.iter().map(|&(stance, n)| {
        let pressed = !props.hidden.contains(&stance);
        let onclick = props.on_toggle.reform(move |_: MouseEvent| stance);
        let class = format!("sl-legend-item sl-{}", stance.as_str());
        let title = format!("{}: {}", labels::stance_title(stance), labels::quotes_count(n));
        html! {
            <button type="button" {class} aria-pressed={pressed.to_string()} {onclick} data-stance={stance.as_str()} title={title}>
                <span class="sl-icon" aria-hidden="true">{ labels::stance_icon(stance) }</span>
                <span class="sl-legend-label">{ labels::stance_title(stance) }</span>
                <span class="sl-count">{ n }</span>
            </button>
        }
    });
    let clear = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <div class="sl-summary" role="group" aria-label="Quotes by stance">
            <span class="sl-total">{ labels::quotes_count(total) }</span>
            { for buttons }
            if props.filtering {
                <button type="button" class="sl-clear" onclick={clear}>{ "Show all" }</button>
            }
        </div>
    }
}
