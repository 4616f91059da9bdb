//! The widget's bar, the same in both shells (`Lens` and `Overlay`): the topic, the legend
//! with stance toggles, who's who with speaker toggles, the export button and any notices for
//! the publisher.

use std::rc::Rc;

use yew::prelude::*;

use super::browser::export_json;
use super::hooks::Dispatch;
use super::state::{self, ViewState};
use super::summary_bar::SummaryBar;
use super::who_is_who::WhoIsWho;
use crate::analysis::Analysis;

/// What the bar shows.
pub struct Controls<'a> {
    /// The analysis.
    pub analysis: &'a Rc<Analysis>,
    /// Filters and the open quote.
    pub view: &'a ViewState,
    /// The reader's actions.
    pub dispatch: &'a Dispatch,
    /// The line naming the topic.
    pub title: String,
    /// Messages for the publisher (overrides that matched nothing, no quotes found…).
    pub notices: &'a [String],
}

impl Controls<'_> {
    /// The bar's contents (the shell decides what element holds them). A function of its
    /// inputs rather than a component: it has no state, and a component costs wasm every
    /// reader downloads.
    pub fn render(&self) -> Html {
        let on_export = {
            let analysis = self.analysis.clone();
            Callback::from(move |_: MouseEvent| export_json(&analysis))
        };
        let (view, dispatch) = (self.view, self.dispatch);
        let notices = self
            .notices
            .iter()
            .map(|n| html! { <p class="sl-notice" role="status">{ n.clone() }</p> });
        html! {
            <>
                <p class="sl-topic">{ self.title.clone() }</p>
                <SummaryBar counts={state::counts(self.analysis)} hidden={view.hidden_stances.clone()}
                    filtering={view.filtering()} on_toggle={dispatch.toggle_stance.clone()} on_clear={dispatch.clear.clone()} />
                <WhoIsWho analysis={self.analysis.clone()} only={view.only_speakers.clone()} on_toggle={dispatch.toggle_speaker.clone()} />
                <p class="sl-actions"><button type="button" class="sl-export" onclick={on_export}>{ "Export analysis (JSON)" }</button></p>
                { for notices }
            </>
        }
    }
}
