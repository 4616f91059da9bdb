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

/// Props of [`Controls`].
#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    /// The analysis.
    pub analysis: Rc<Analysis>,
    /// Filters and the open quote.
    pub view: Rc<ViewState>,
    /// The reader's actions.
    pub dispatch: Dispatch,
    /// The line naming the topic.
    pub title: AttrValue,
    /// Messages for the publisher (overrides that matched nothing, no quotes found…).
    #[prop_or_default]
    pub notices: Rc<Vec<String>>,
}

/// The bar's contents (the shell decides what element holds them).
#[function_component(Controls)]
pub fn controls(props: &ControlsProps) -> Html {
    let on_export = {
        let analysis = props.analysis.clone();
        Callback::from(move |_: MouseEvent| export_json(&analysis))
    };
    let (view, dispatch) = (&props.view, &props.dispatch);
    let notices = props
        .notices
        .iter()
        .map(|n| html! { <p class="sl-notice" role="status">{ n.clone() }</p> });
    html! {
        <>
            <p class="sl-topic">{ props.title.clone() }</p>
            <SummaryBar counts={state::counts(&props.analysis)} hidden={view.hidden_stances.clone()}
                filtering={view.filtering()} on_toggle={dispatch.toggle_stance.clone()} on_clear={dispatch.clear.clone()} />
            <WhoIsWho analysis={props.analysis.clone()} only={view.only_speakers.clone()} on_toggle={dispatch.toggle_speaker.clone()} />
            <p class="sl-actions"><button type="button" class="sl-export" onclick={on_export}>{ "Export analysis (JSON)" }</button></p>
            { for notices }
        </>
    }
}
