//! Small browser helpers the widget's components share: placing the panel and bringing a
//! quote into the part of the screen it leaves free, focus, the keyboard, deep links, the
//! clipboard, downloads and performance marks.

use wasm_bindgen::JsCast;
use web_sys::{Element, FocusOptions, HtmlElement, ScrollBehavior, ScrollToOptions};
use yew::prelude::*;

use super::placement::{self, Placement};
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

fn viewport() -> Option<(f64, f64)> {
    let root = web_sys::window()?.document()?.document_element()?;
    Some((
        f64::from(root.client_width()),
        f64::from(root.client_height()),
    ))
}

/// A length in whole CSS pixels (integer formatting keeps float formatting out of the wasm).
fn px(v: f64) -> String {
    format!("{}px", v.round() as i64)
}

/// Places the open panel beside `column` (the article's column) or as a bottom sheet, by its
/// `data-place` and the `--sl-left` / `--sl-width` properties its style sheet reads (set
/// through the CSSOM, which a strict Content-Security-Policy allows).
pub fn place_panel(panel: &HtmlElement, column: &Element) -> Placement {
    let (width, _) = viewport().unwrap_or((0.0, 0.0));
    let r = column.get_bounding_client_rect();
    let place = placement::place(width, r.left(), r.right());
    let _ = panel.set_attribute("data-place", place.as_str());
    let style = panel.style();
    let _ = style.remove_property("--sl-sheet");
    if let Placement::Side { left, width } = place {
        let _ = style.set_property("--sl-left", &px(left));
        let _ = style.set_property("--sl-width", &px(width));
    }
    place
}

/// Scrolls `el` (a quote) into the part of the viewport the panel leaves free — above a
/// bottom sheet, anywhere beside a side panel — only when it is not there already. When the
/// page cannot scroll that far (a quote at its very end), room is made at the end of `column`
/// (an empty element, taken away when the panel closes: [`unmake_room`]).
pub fn reveal(el: &Element, panel: Option<&HtmlElement>, column: Option<&Element>) {
    let (Some(window), Some((_, height))) = (web_sys::window(), viewport()) else {
        return;
    };
    let sheet = panel.filter(|p| p.get_attribute("data-place").as_deref() == Some("sheet"));
    let free_bottom = sheet.map_or(height, |p| p.get_bounding_client_rect().top());
    let r = el.get_bounding_client_rect();
    let wanted = placement::reveal(r.top(), r.bottom(), 0.0, free_bottom);
    if wanted == 0.0 {
        return;
    }
    let scrolled = window.scroll_y().unwrap_or(0.0);
    let page = window
        .document()
        .and_then(|d| d.document_element())
        .map_or(0.0, |e| f64::from(e.scroll_height()));
    let short = wanted - (page - height - scrolled);
    if let (Some(_), Some(column), true) = (sheet, column, short > 0.0) {
        make_room(column, short);
    }
    let options = ScrollToOptions::new();
    options.set_top(wanted.max(-scrolled));
    options.set_behavior(if reduced_motion() {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    window.scroll_by_with_scroll_to_options(&options);
}

const ROOM: &str = ":scope > [data-stancelens-room]";

/// Makes `extra` more pixels of room at the end of `column`.
fn make_room(column: &Element, extra: f64) {
    let room = column
        .query_selector(ROOM)
        .ok()
        .flatten()
        .or_else(|| {
            let el = column.owner_document()?.create_element("div").ok()?;
            let _ = el.set_attribute("data-stancelens-room", "");
            let _ = el.set_attribute("aria-hidden", "true");
            column.append_child(&el).ok()?;
            Some(el)
        })
        .and_then(|el| el.dyn_into::<HtmlElement>().ok());
    if let Some(room) = room {
        let now = room.get_bounding_client_rect().height();
        let _ = room.style().set_property("height", &px(now + extra));
        let _ = room.style().set_property("display", "block");
    }
}

/// Takes away the room [`reveal`] made at the end of `column`.
pub fn unmake_room(column: &Element) {
    if let Ok(Some(room)) = column.query_selector(ROOM) {
        room.remove();
    }
}

/// Focuses an element without scrolling the page (the widget scrolls only on purpose).
pub fn focus(el: &HtmlElement) {
    let options = FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}

/// The quote id of the element an event came from (or of its highlight).
pub fn quote_id_of(e: &web_sys::Event) -> Option<usize> {
    let el = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let quote = el.closest("[data-quote-id]").ok()??;
    quote.get_attribute("data-quote-id")?.parse().ok()
}

/// The keyboard: Esc closes the panel; on a quote, Enter or Space opens it (without
/// scrolling the page), arrows or j/k move to the next or previous highlighted quote, Home
/// and End to the first and last (`find` locates a quote's element, `show` brings one into
/// view).
pub fn handle_key(
    e: &KeyboardEvent,
    view: &UseReducerHandle<ViewState>,
    analysis: &Analysis,
    find: impl Fn(usize) -> Option<HtmlElement>,
    show: impl Fn(&HtmlElement),
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
    let to = match command {
        KeyCommand::Open => {
            view.dispatch(Action::Open(id));
            return;
        }
        KeyCommand::Next => view.neighbour(analysis, Some(id), true),
        KeyCommand::Previous => view.neighbour(analysis, Some(id), false),
        KeyCommand::First => view.end(analysis, false),
        KeyCommand::Last => view.end(analysis, true),
        KeyCommand::Close => None,
    };
    if let Some(el) = to.and_then(find) {
        focus(&el);
        show(&el);
    }
}

/// The quote a `#quote-N` fragment in the page's address points to.
pub fn deep_link(prefix: &str) -> Option<usize> {
    let hash = web_sys::window()?.location().hash().ok()?;
    super::state::quote_of_fragment(&hash, prefix)
}

/// Copies text to the clipboard when the browser allows it (`navigator.clipboard` is missing
/// outside secure contexts; a refused permission rejects a promise nobody awaits).
pub fn copy_text(text: &str) {
    if let Some(window) = web_sys::window() {
        let clipboard = window.navigator().clipboard();
        if !clipboard.is_undefined() {
            let _ = clipboard.write_text(text);
        }
    }
}

/// Copies the page's address with a fragment opening quote `id` to the clipboard (when the
/// browser allows it) and returns it.
pub fn copy_link(prefix: &str, id: usize) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let base = href.split('#').next().unwrap_or(&href);
    let link = format!("{base}{}", state::fragment_of_quote(id, prefix));
    copy_text(&link);
    Some(link)
}

/// Saves `json` as a file named `name` (a download made in the page; nothing is sent).
pub fn download_json(name: &str, json: String) {
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
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Saves the analysis as a JSON file.
pub fn export_json(analysis: &Analysis) {
    if let Ok(json) = serde_json::to_string(analysis) {
        download_json(
            "stancelens-analysis.json",
            crate::json_pretty::pretty(&json),
        );
    }
}

/// A performance mark, for measuring time to first highlighted render.
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}
