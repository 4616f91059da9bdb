//! The widget: summary, who's who, the highlighted article and the speaker panel, with
//! keyboard navigation (Tab, arrows or j/k between quotes; Enter or Space opens; Esc closes
//! and returns focus to the quote).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use super::article_view::ArticleView;
use super::quote_panel::QuotePanel;
use super::segments;
use super::state::{self, Action, KeyCommand, ViewState};
use super::summary_bar::SummaryBar;
use super::who_is_who::WhoIsWho;
use crate::analysis::Analysis;
use crate::stance::Stance;
use crate::topic::Topic;

/// Props of [`Lens`].
#[derive(Properties, PartialEq)]
pub struct LensProps {
    /// The article text, paragraphs separated by blank lines.
    pub text: Rc<str>,
    /// The topic stances are toward.
    #[prop_or_else(|| Rc::new(Topic::default()))]
    pub topic: Rc<Topic>,
    /// The text's analysis, when made already (in a worker, or with editorial overrides).
    #[prop_or_default]
    pub analysis: Option<Rc<Analysis>>,
}

/// The quote element with this id inside `root`.
fn quote_element(root: &NodeRef, id: usize) -> Option<HtmlElement> {
    let root = root.cast::<web_sys::Element>()?;
    let el = root
        .query_selector(&format!("[data-quote-id=\"{id}\"]"))
        .ok()??;
    el.dyn_into::<HtmlElement>().ok()
}

fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

pub(crate) fn bring_into_view(el: &HtmlElement) {
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
pub(crate) fn quote_id_of(e: &web_sys::Event) -> Option<usize> {
    let el = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let quote = el.closest("[data-quote-id]").ok()??;
    quote.get_attribute("data-quote-id")?.parse().ok()
}

/// The keyboard: Esc closes the panel; on a quote, Enter or Space opens it, and arrows or
/// j/k move to the next or previous highlighted quote (`find` locates a quote's element).
pub(crate) fn handle_key(
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

/// The whole widget for one article.
#[function_component(Lens)]
pub fn lens(props: &LensProps) -> Html {
    let analysis: Rc<Analysis> = {
        let (text, topic, given) = (
            props.text.clone(),
            props.topic.clone(),
            props.analysis.clone(),
        );
        let memo = use_memo((text, topic, given), |(text, topic, given)| {
            given
                .clone()
                .unwrap_or_else(|| Rc::new(crate::analyze(text, topic)))
        });
        (*memo).clone()
    };
    let pieces = {
        let text = props.text.clone();
        use_memo(analysis.clone(), move |a| segments::pieces(a, &text))
    };
    let view = use_reducer(ViewState::default);
    let root = use_node_ref();
    let heading = use_node_ref();
    let copied = use_state(|| None::<AttrValue>);
    let previous_open = use_mut_ref(|| None::<usize>);

    // Focus: into the panel when it opens, onto the quote when another quote is chosen from
    // it, back to the quote when it closes.
    {
        let (root, heading, previous_open) = (root.clone(), heading.clone(), previous_open.clone());
        use_effect_with(view.open, move |open| {
            let before = previous_open.replace(*open);
            match (before, *open) {
                (None, Some(_)) => {
                    if let Some(h) = heading.cast::<HtmlElement>() {
                        let _ = h.focus();
                    }
                }
                (Some(_), Some(now)) => {
                    if let Some(el) = quote_element(&root, now) {
                        bring_into_view(&el);
                        let _ = el.focus();
                    }
                }
                (Some(was), None) => {
                    if let Some(el) = quote_element(&root, was) {
                        let _ = el.focus();
                    }
                }
                (None, None) => {}
            }
        });
    }
    {
        let (analysis, view) = (analysis.clone(), view.clone());
        use_effect_with(analysis, move |a| {
            mark("stancelens:rendered");
            // A deep link (#quote-3) opens that quote.
            if let Some(id) = deep_link("").filter(|&id| id < a.quotes.len()) {
                view.dispatch(Action::Open(id));
            }
        });
    }

    let on_open = {
        let view = view.clone();
        Callback::from(move |id: usize| view.dispatch(Action::Open(id)))
    };
    let on_close = {
        let view = view.clone();
        Callback::from(move |()| view.dispatch(Action::Close))
    };
    let on_toggle_stance = {
        let view = view.clone();
        Callback::from(move |s: Stance| view.dispatch(Action::ToggleStance(s)))
    };
    let on_toggle_speaker = {
        let view = view.clone();
        Callback::from(move |id: usize| view.dispatch(Action::ToggleSpeaker(id)))
    };
    let on_clear = {
        let view = view.clone();
        Callback::from(move |()| view.dispatch(Action::ClearFilters))
    };
    let onkeydown = {
        let (view, analysis, root) = (view.clone(), analysis.clone(), root.clone());
        Callback::from(move |e: KeyboardEvent| {
            handle_key(&e, &view, &analysis, |id| quote_element(&root, id));
        })
    };

    let on_copy_link = {
        let copied = copied.clone();
        Callback::from(move |id: usize| copied.set(copy_link("", id).map(AttrValue::from)))
    };
    let on_export = {
        let analysis = analysis.clone();
        Callback::from(move |_: MouseEvent| export_json(&analysis))
    };
    let panel = view.open.map(|id| {
        html! {
            <QuotePanel key="panel" text={props.text.clone()} analysis={analysis.clone()} quote={id}
                on_close={on_close.clone()} on_jump={on_open.clone()} heading={heading.clone()}
                on_copy_link={Some(on_copy_link.clone())} copied={(*copied).clone()} />
        }
    });
    let class = if view.open.is_some() {
        "stancelens sl-with-panel"
    } else {
        "stancelens"
    };
    html! {
        <section {class} ref={root} aria-label="Quotes and where each speaker stands" {onkeydown}>
            <header class="sl-bar">
                <p class="sl-topic">{ format!("Stance toward: {}", analysis.topic.name) }</p>
                <SummaryBar counts={state::counts(&analysis)} hidden={view.hidden_stances.clone()}
                    filtering={view.filtering()} on_toggle={on_toggle_stance} {on_clear} />
                <WhoIsWho analysis={analysis.clone()} only={view.only_speakers.clone()} on_toggle={on_toggle_speaker} />
                <p class="sl-actions"><button type="button" class="sl-export" onclick={on_export}>{ "Export analysis (JSON)" }</button></p>
            </header>
            <div class="sl-body">
                <ArticleView key="article" text={props.text.clone()} analysis={analysis.clone()} pieces={pieces.clone()}
                    view={Rc::new((*view).clone())} {on_open} />
                { for panel }
            </div>
        </section>
    }
}

/// The quote a `#quote-N` fragment in the page's address points to.
pub(crate) fn deep_link(prefix: &str) -> Option<usize> {
    let hash = web_sys::window()?.location().hash().ok()?;
    super::state::quote_of_fragment(&hash, prefix)
}

/// Copies the page's address with a fragment opening quote `id` to the clipboard (when the
/// browser allows it) and returns it.
pub(crate) fn copy_link(prefix: &str, id: usize) -> Option<String> {
    let window = web_sys::window()?;
    let href = window.location().href().ok()?;
    let base = href.split('#').next().unwrap_or(&href);
    let link = format!("{base}{}", state::fragment_of_quote(id, prefix));
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok();
    if let Some(clipboard) = clipboard.filter(|c| c.is_object()) {
        if let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) {
            if let Some(write) = write.dyn_ref::<js_sys::Function>() {
                // A refused permission rejects a promise nobody awaits: the link is shown anyway.
                let _ = write.call1(&clipboard, &link.clone().into());
            }
        }
    }
    Some(link)
}

/// Saves the analysis as a JSON file (a download made in the page; nothing is sent).
pub(crate) fn export_json(analysis: &Analysis) {
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
