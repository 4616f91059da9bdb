//! Hooks the widget's two shells (`Lens`, rendering an article; `Overlay`, over a host
//! page's article) share: the reader's actions as callbacks, and focus that follows the panel.

use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use super::browser::{bring_into_view, deep_link, mark};
use super::state::{Action, ViewState};
use crate::stance::Stance;

/// The reader's actions, as callbacks for the components.
#[derive(Clone)]
pub struct Dispatch {
    /// Open a quote's panel.
    pub open: Callback<usize>,
    /// Close the panel.
    pub close: Callback<()>,
    /// Show or hide a stance's highlights.
    pub toggle_stance: Callback<Stance>,
    /// Filter to (or back from) a speaker's quotes.
    pub toggle_speaker: Callback<usize>,
    /// Show everything again.
    pub clear: Callback<()>,
}

impl Dispatch {
    /// Callbacks dispatching to `view`.
    pub fn new(view: &UseReducerHandle<ViewState>) -> Dispatch {
        let to = |action: fn(usize) -> Action| {
            let view = view.clone();
            Callback::from(move |id: usize| view.dispatch(action(id)))
        };
        let (v1, v2, v3) = (view.clone(), view.clone(), view.clone());
        Dispatch {
            open: to(Action::Open),
            toggle_speaker: to(Action::ToggleSpeaker),
            close: Callback::from(move |()| v1.dispatch(Action::Close)),
            toggle_stance: Callback::from(move |s: Stance| v2.dispatch(Action::ToggleStance(s))),
            clear: Callback::from(move |()| v3.dispatch(Action::ClearFilters)),
        }
    }
}

/// Finds a quote's (focusable) element by its id.
pub type FindQuote = Rc<dyn Fn(usize) -> Option<HtmlElement>>;

/// Focus follows the panel: when it opens, the quote is brought into view and focus goes to
/// the panel's heading; when another quote is chosen from the panel, focus goes to that
/// quote; when it closes, focus returns to the quote it was opened on.
#[hook]
pub fn use_panel_focus(open: Option<usize>, heading: NodeRef, find: FindQuote) {
    let previous = use_mut_ref(|| None::<usize>);
    use_effect_with(open, move |open| {
        let before = previous.replace(*open);
        match (before, *open) {
            (None, Some(now)) => {
                if let Some(el) = find(now) {
                    bring_into_view(&el);
                }
                if let Some(h) = heading.cast::<HtmlElement>() {
                    let _ = h.focus();
                }
            }
            (Some(_), Some(now)) => {
                if let Some(el) = find(now) {
                    bring_into_view(&el);
                    let _ = el.focus();
                }
            }
            (Some(was), None) => {
                if let Some(el) = find(was) {
                    let _ = el.focus();
                }
            }
            (None, None) => {}
        }
    });
}

/// Once rendered: the `stancelens:rendered` mark, and a deep link (`#PREFIXquote-N`) opening
/// its quote.
#[hook]
pub fn use_deep_link(view: UseReducerHandle<ViewState>, prefix: AttrValue, quotes: usize) {
    use_effect_with((prefix, quotes), move |(prefix, quotes)| {
        mark("stancelens:rendered");
        if let Some(id) = deep_link(prefix).filter(|id| id < quotes) {
            view.dispatch(Action::Open(id));
        }
    });
}
