//! Small browser helpers the widget's components share: scrolling and focus, the keyboard,
//! deep links, the clipboard, downloads and performance marks.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use super::state::{self, Action, KeyCommand, ViewState};
use crate::analysis::Analysis;

/// True when the reader asked for less motion.
pub fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

pub fn bring_into_view(el: &HtmlElement) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    options.set_behavior(if reduced_motion() {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// The quote id of the element an event came from (or of its highlight).
pub fn quote_id_of(e: &web_sys::Event) -> Option<usize> {
    let el = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let quote = el.closest("[data-quote-id]").ok()??;
    quote.get_attribute("data-quote-id")?.parse().ok()
}

/// The keyboard: Esc closes the panel; on a quote, Enter or Space opens it, and arrows or
/// j/k move to the next or previous highlighted quote (`find` locates a quote's element).
pub fn handle_key(
    e: &KeyboardEvent,
    view: &UseReducerHandle<ViewState>,
    analysis: &Analysis,
    find: impl Fn(usize) -> Option<HtmlElement>,
) {
    let Some(command) = state::key_command(&e.key()) else {
        return;
    };
    if command == KeyCommand::Close {
        if view.open.is_some() {
            e.prevent_default();
            view.dispatch(Action::Close);
        }
        return;
    }
    let Some(id) = quote_id_of(e) else { return };
    e.prevent_default();
    let forward = match command {
        KeyCommand::Open => {
            view.dispatch(Action::Open(id));
            return;
        }
        KeyCommand::Next => true,
        KeyCommand::Previous | KeyCommand::Close => false,
    };
    if let Some(el) = view.neighbour(analysis, Some(id), forward).and_then(find) {
        bring_into_view(&el);
        let _ = el.focus();
    }
}

/// The quote a `#quote-N` fragment in the page's address points to.
pub fn deep_link(prefix: &str) -> Option<usize> {
    let hash = web_sys::window()?.location().hash().ok()?;
    super::state::quote_of_fragment(&hash, prefix)
}

/// Copies the page's address with a fragment opening quote `id` to the clipboard (when the
/// browser allows it) and returns it.
pub fn copy_link(prefix: &str, id: usize) -> Option<String> {
    let window = web_sys::window()?;
    let href = window.location().href().ok()?;
    let base = href.split('#').next().unwrap_or(&href);
    let link = format!("{base}{}", state::fragment_of_quote(id, prefix));
    // `navigator.clipboard` is missing outside secure contexts; a refused permission rejects
    // a promise nobody awaits. The link is shown either way.
    let clipboard = window.navigator().clipboard();
    if !clipboard.is_undefined() {
        let _ = clipboard.write_text(&link);
    }
    Some(link)
}

/// Saves the analysis as a JSON file (a download made in the page; nothing is sent).
pub fn export_json(analysis: &Analysis) {
    let Ok(json) = serde_json::to_string_pretty(analysis) else {
        return;
    };
    let parts = js_sys::Array::of1(&json.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(a) = link {
        a.set_href(&url);
        a.set_download("stancelens-analysis.json");
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// A performance mark, for measuring time to first highlighted render.
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}
