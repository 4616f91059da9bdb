//! The counts: quotes per label (support, oppose, neutral, and unclear when there are any),
//! each a toggle that shows or hides its highlights — the bar's legend.

use yew::prelude::*;

use super::labels::{self, Group};

/// Props of [`SummaryBar`].
#[derive(Properties, PartialEq)]
pub struct SummaryBarProps {
    /// (group, number of quotes).
    pub counts: Vec<(Group, usize)>,
    /// Groups currently hidden.
    pub hidden: Vec<Group>,
    /// True when any filter is on.
    pub filtering: bool,
    /// Toggle a group.
    pub on_toggle: Callback<Group>,
    /// Clear every filter.
    pub on_clear: Callback<()>,
}

/// The counts with their toggles.
#[function_component(SummaryBar)]
pub fn summary_bar(props: &SummaryBarProps) -> Html {
    let buttons = props.counts.iter().map(|&(group, n)| {
        let pressed = !props.hidden.contains(&group);
        let onclick = props.on_toggle.reform(move |_: MouseEvent| group);
        let class = format!("sl-legend-item sl-{}", group.as_str());
        let title = format!("{}: {}", group.title(), labels::quotes_count(n));
        html! {
            <button type="button" {class} aria-pressed={pressed.to_string()} {onclick} data-group={group.as_str()} {title}>
                <span class="sl-icon" aria-hidden="true">{ group.icon() }</span>
                <span class="sl-legend-label">{ group.title() }</span>{ " " }
                <span class="sl-count">{ n }</span>
            </button>
        }
    });
    let clear = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <div class="sl-summary" role="group" aria-label="Show quotes by label">
            { for buttons }
            if props.filtering {
                <button type="button" class="sl-clear" onclick={clear}>{ "Show all" }</button>
            }
        </div>
    }
}
