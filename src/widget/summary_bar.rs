//! The counts: quotes per label (support, oppose, neutral, and unclear when there are any),
//! each a toggle that shows or hides its highlights — the bar's legend.

use yew::prelude::*;

use super::labels::{self, Group};

/// The counts (group, number of quotes) with their toggles: `hidden` groups show as not
/// pressed, and "Show all" appears while `filtering`. A render function, not a component: it
/// has no state, and a component costs wasm every reader downloads.
pub fn render(
    counts: &[(Group, usize)],
    hidden: &[Group],
    filtering: bool,
    on_toggle: &Callback<Group>,
    on_clear: &Callback<()>,
) -> Html {
    let buttons = counts.iter().map(|&(group, n)| {
        let pressed = !hidden.contains(&group);
        let onclick = on_toggle.reform(move |_: MouseEvent| group);
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
    let clear = on_clear.reform(|_: MouseEvent| ());
    html! {
        <div class="sl-summary" role="group" aria-label="Show quotes by label">
            { for buttons }
            if filtering {
                <button type="button" class="sl-clear" onclick={clear}>{ "Show all" }</button>
            }
        </div>
    }
}
