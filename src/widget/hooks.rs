//! Hooks the widget's two shells (`Lens`, rendering an article; `Overlay`, over a host
//! page's article) share: the reader's actions as callbacks, the analysis with an editor's
//! corrections, and a panel that is placed and followed by focus.

use std::rc::Rc;

use gloo_events::EventListener;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::browser::{deep_link, focus, mark, place_panel, reveal, unmake_room};
use super::corrections;
use super::labels::Group;
use super::shared::Shared;
use super::state::{Action, Correction, Part, ViewState};
use crate::analysis::Analysis;

/// The reader's actions, as callbacks for the components.
#[derive(Clone)]
pub struct Dispatch {
    /// Open a quote's panel.
    pub open: Callback<usize>,
    /// Close the panel.
    pub close: Callback<()>,
    /// Show or hide a group's highlights.
    pub toggle_group: Callback<Group>,
    /// Filter to (or back from) a speaker's quotes.
    pub toggle_speaker: Callback<usize>,
    /// Show everything again.
    pub clear: Callback<()>,
    /// Open or close a part of the bar.
    pub disclose: Callback<Part>,
    /// Record an editor's correction.
    pub correct: Callback<Correction>,
}

impl Dispatch {
    /// Callbacks dispatching to `view`.
    pub fn new(view: &UseReducerHandle<ViewState>) -> Dispatch {
        fn to<T: 'static>(
            view: &UseReducerHandle<ViewState>,
            action: impl Fn(T) -> Action + 'static,
        ) -> Callback<T> {
            let view = view.clone();
            Callback::from(move |x: T| view.dispatch(action(x)))
        }
        Dispatch {
            open: to(view, Action::Open),
            close: to(view, |()| Action::Close),
            toggle_group: to(view, Action::ToggleGroup),
            toggle_speaker: to(view, Action::ToggleSpeaker),
            clear: to(view, |()| Action::ClearFilters),
            disclose: to(view, Action::Disclose),
            correct: to(view, Action::Correct),
        }
    }
}

/// Finds a quote's (focusable) element by its id.
pub type FindQuote = Rc<dyn Fn(usize) -> Option<HtmlElement>>;

/// The analysis the reader sees: `base` with the editor's corrections applied (`base` itself
/// when there are none).
#[hook]
pub fn use_corrected(base: Shared<Analysis>, fixes: Vec<Correction>) -> Shared<Analysis> {
    let memo = use_memo((base, fixes), |(base, fixes)| {
        // Corrections are made in editor mode only (not in a build without it: the demo).
        if fixes.is_empty() || !cfg!(feature = "editor") {
            base.clone()
        } else {
            Shared::new(corrections::apply(base, fixes))
        }
    });
    (*memo).clone()
}

/// The panel follows the chosen quote. When it opens it is placed (beside `column`, the
/// article's column, or as a bottom sheet; again when the window is resized), focus goes to
/// its heading and the quote is brought into the part of the screen the panel leaves free —
/// only if it is not there already. When another quote is chosen from the panel, focus goes
/// to that quote; when the panel closes, focus returns to the quote it was opened on.
#[hook]
pub fn use_panel(
    open: Option<usize>,
    heading: NodeRef,
    panel: NodeRef,
    column: Rc<dyn Fn() -> Option<Element>>,
    find: FindQuote,
) {
    let previous = use_mut_ref(|| None::<usize>);
    {
        let panel = panel.clone();
        let column = column.clone();
        use_effect_with(open, move |open| {
            let before = previous.replace(*open);
            let panel_el = panel.cast::<HtmlElement>();
            let column = column();
            if let (Some(p), Some(c), Some(_)) = (&panel_el, &column, open) {
                place_panel(p, c);
            }
            match (before, *open) {
                (None, Some(now)) => {
                    if let Some(h) = heading.cast::<HtmlElement>() {
                        focus(&h);
                    }
                    if let Some(el) = find(now) {
                        reveal(&el, panel_el.as_ref(), column.as_ref());
                    }
                }
                (Some(_), Some(now)) => {
                    if let Some(el) = find(now) {
                        focus(&el);
                        reveal(&el, panel_el.as_ref(), column.as_ref());
                    }
                }
                (Some(was), None) => {
                    if let Some(el) = find(was) {
                        focus(&el);
                    }
                }
                (None, None) => {}
            }
        });
    }
    // While the panel is open, a resized window places it again; when it closes (or the
    // widget goes), any room made for it goes too.
    use_effect_with(open.is_some(), move |&is_open| {
        let listener = is_open.then(|| {
            let column = column.clone();
            web_sys::window().map(|w| {
                EventListener::new(&w, "resize", move |_| {
                    if let (Some(p), Some(c)) = (panel.cast::<HtmlElement>(), column()) {
                        place_panel(&p, &c);
                    }
                })
            })
        });
        move || {
            drop(listener);
            if let Some(c) = column().filter(|_| is_open) {
                unmake_room(&c);
            }
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
