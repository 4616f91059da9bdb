//! The widget's bar, the same in both shells (`Lens` and `Overlay`): one calm line — the
//! number of quotes, the counts per label with their toggles, and buttons that disclose who's
//! who and "About these labels" below it (and, when a publisher turns them on, the export and
//! an editor's corrections). The line's height is fixed, so the page can reserve it before the
//! analysis is ready. Also the printed key.

use yew::prelude::*;

use super::about;
use super::browser::export_json;
use super::corrections_view;
use super::hooks::Dispatch;
use super::labels;
use super::shared::Shared;
use super::state::{self, Part, ViewState};
use super::summary_bar;
use super::who_is_who;
use crate::analysis::Analysis;

/// What a publisher turns on (both off by default).
///
/// Only a build with the `editor` feature (the embed's) has them: the demo never turns them
/// on, and without them its wasm has no analysis serializer and no editor.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Features {
    /// "Export analysis (JSON)" in the bar.
    pub export: bool,
    /// Editor mode: "Wrong label?" in the panel, corrections exported as overrides, and the
    /// notices for the publisher shown in the bar.
    pub editor: bool,
}

impl Features {
    /// "Export JSON" is in the bar.
    pub fn export(self) -> bool {
        cfg!(feature = "editor") && self.export
    }

    /// Editor mode is on.
    pub fn editor(self) -> bool {
        cfg!(feature = "editor") && self.editor
    }
}

/// What the bar shows.
pub struct Controls<'a> {
    /// The analysis (with any corrections).
    pub analysis: &'a Shared<Analysis>,
    /// Filters, the open quote, the disclosed part.
    pub view: &'a ViewState,
    /// The reader's actions.
    pub dispatch: &'a Dispatch,
    /// Messages for the publisher (overrides that matched nothing, no quotes found…).
    pub notices: &'a [String],
    /// What the publisher turned on.
    pub features: Features,
}

/// A button that opens a part of the bar below its line.
fn disclosure(part: Part, label: Html, view: &ViewState, dispatch: &Dispatch) -> Html {
    let open = view.disclosed == Some(part);
    let onclick = dispatch.disclose.reform(move |_: MouseEvent| part);
    let controls = open.then_some("sl-disclosed");
    html! {
        <button type="button" class="sl-disclose" aria-expanded={open.to_string()} aria-controls={controls} {onclick}>
            { label }
        </button>
    }
}

impl Controls<'_> {
    /// The bar's contents (the shell decides what element holds them). A function of its
    /// inputs rather than a component: it has no state, and a component costs wasm every
    /// reader downloads. Its parts are keyed: opening a part must not re-create the line (and
    /// the button just pressed, with focus on it).
    pub fn render(&self) -> Html {
        let (a, view, dispatch) = (self.analysis, self.view, self.dispatch);
        let topic = &a.topic.name;
        let export = self.features.export().then(|| {
            let analysis = a.clone();
            let onclick = Callback::from(move |_: MouseEvent| export_json(&analysis));
            html! { <button type="button" class="sl-export" {onclick}>{ "Export JSON" }</button> }
        });
        let editor = self.features.editor();
        let corrections = editor.then(|| {
            let label = html! { <>{ "Corrections " }<span class="sl-count">{ view.corrections.len() }</span></> };
            disclosure(Part::Corrections, label, view, dispatch)
        });
        let disclosed = view.disclosed.map(|part| {
            let inner = match part {
                Part::Speakers => {
                    who_is_who::render(a, &view.only_speakers, &dispatch.toggle_speaker)
                }
                Part::About => about::note(topic),
                Part::Corrections if editor => corrections_view::render(&view.corrections),
                Part::Corrections => Html::default(),
            };
            html! { <div key="disclosed" class="sl-disclosed" id="sl-disclosed">{ inner }</div> }
        });
        let notices = self.notices.iter().filter(|_| editor).map(
            |n| html! { <p key={n.clone()} class="sl-notice" role="status">{ n.clone() }</p> },
        );
        let speakers =
            html! { <>{ "Speakers " }<span class="sl-count">{ a.speakers.len() }</span></> };
        let about = html! { <>{ "About" }<span class="sl-wide">{ " these labels" }</span></> };
        html! {
            <>
                <div key="line" class="sl-line">
                    <p class="sl-total">
                        { labels::quotes_count(a.quotes.len()) }
                        <span class="sl-wide sl-topic">{ format!(" on {topic}") }</span>
                    </p>
                    { summary_bar::render(&state::counts(a), &view.hidden, view.filtering(), &dispatch.toggle_group, &dispatch.clear) }
                    { disclosure(Part::Speakers, speakers, view, dispatch) }
                    { disclosure(Part::About, about, view, dispatch) }
                    { for export }
                    { for corrections }
                </div>
                { for disclosed }
                { for notices }
                <div key="print">{ about::print_key(topic) }</div>
            </>
        }
    }
}
