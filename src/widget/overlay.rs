//! The widget over a host page's own article: the summary, who's who and speaker panel (in
//! the Shadow DOM, styled by its own sheet), driving the highlights that `embed` wrapped
//! around the quotes in the page (light DOM, scoped class names).

use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::browser::{handle_key, quote_id_of};
use super::controls::Controls;
use super::hooks::{use_deep_link, use_panel_focus, Dispatch, FindQuote};
use super::quote_panel::QuotePanel;
use super::state::{Action, ViewState};
use crate::analysis::Analysis;
use crate::stance::Stance;

/// Props of [`Overlay`].
#[derive(Properties, PartialEq)]
pub struct OverlayProps {
    /// The analysed text (as read from the page).
    pub text: Rc<str>,
    /// Its analysis.
    pub analysis: Rc<Analysis>,
    /// The page's article element, where the highlights are.
    pub article: Element,
    /// Deep-link prefix ("" for the first widget of a page).
    pub prefix: AttrValue,
    /// Stances hidden at first.
    #[prop_or_default]
    pub hidden: Vec<Stance>,
    /// Extra class on the root ("sl-light" or "sl-dark").
    #[prop_or_default]
    pub theme: AttrValue,
    /// Messages for the publisher (overrides that matched nothing…).
    #[prop_or_default]
    pub notices: Rc<Vec<String>>,
}

fn quote_in(article: &Element, id: usize) -> Option<HtmlElement> {
    article
        .query_selector(&format!(
            ".stancelens-quote[data-quote-id=\"{id}\"][data-stancelens-first]"
        ))
        .ok()??
        .dyn_into::<HtmlElement>()
        .ok()
}

/// Brings the page's highlights in line with a change of view: filtered ones lose their
/// colour and leave the tab order, the open one is marked. Only highlights whose state
/// changed are touched, so a long article's page is not restyled for nothing.
fn sync_highlights(article: &Element, analysis: &Analysis, before: &ViewState, now: &ViewState) {
    let Ok(list) = article.query_selector_all(".stancelens-quote") else {
        return;
    };
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let Some(q) = el
            .get_attribute("data-quote-id")
            .and_then(|v| v.parse::<usize>().ok())
            .and_then(|id| analysis.quotes.get(id))
        else {
            continue;
        };
        let (shown, open) = (now.shows(q), now.open == Some(q.id));
        if shown == before.shows(q) && open == (before.open == Some(q.id)) {
            continue;
        }
        let classes = el.class_list();
        let _ = classes.toggle_with_force("stancelens-filtered", !shown);
        let _ = classes.toggle_with_force("stancelens-open", open);
        if el.has_attribute("data-stancelens-first") {
            let _ = el.set_attribute("tabindex", if shown { "0" } else { "-1" });
            let _ = el.set_attribute("aria-expanded", if open { "true" } else { "false" });
        }
    }
}

/// Tells the page which quote was chosen (`stancelens:select`).
fn announce(host: &Element, analysis: &Analysis, id: usize) {
    let Some(q) = analysis.quotes.get(id) else {
        return;
    };
    let detail = serde_json::json!({
        "quoteId": q.id, "speaker": q.speaker, "stance": q.stance, "text": q.text,
    });
    super::events::dispatch(host, "stancelens:select", &detail);
}

/// The overlay.
#[function_component(Overlay)]
pub fn overlay(props: &OverlayProps) -> Html {
    let analysis = props.analysis.clone();
    let view = {
        let hidden = props.hidden.clone();
        use_reducer(move || ViewState {
            hidden_stances: hidden,
            ..ViewState::default()
        })
    };
    let heading = use_node_ref();
    // The view the page's highlights show (they are made in the initial view).
    let synced = {
        let initial = (*view).clone();
        use_mut_ref(move || initial)
    };
    let find: FindQuote = {
        let article = props.article.clone();
        Rc::new(move |id| quote_in(&article, id))
    };
    use_panel_focus(view.open, heading.clone(), find.clone());
    use_deep_link(view.clone(), props.prefix.clone(), analysis.quotes.len());

    // The page's highlights follow the view; the page hears of each choice.
    {
        let (article, analysis, synced) = (props.article.clone(), analysis.clone(), synced.clone());
        use_effect_with((*view).clone(), move |now| {
            let before = synced.replace(now.clone());
            if before != *now {
                sync_highlights(&article, &analysis, &before, now);
                if let Some(id) = now.open.filter(|_| before.open != now.open) {
                    announce(&article, &analysis, id);
                }
            }
        });
    }
    // Clicks and keys on the page's highlights.
    {
        let (article, analysis, view) = (props.article.clone(), analysis.clone(), view.clone());
        use_effect_with((*view).clone(), move |_| {
            let on_click = {
                let view = view.clone();
                EventListener::new(&article, "click", move |e| {
                    if let Some(id) = quote_id_of(e) {
                        view.dispatch(Action::Open(id));
                    }
                })
            };
            let on_key = {
                let article = article.clone();
                EventListener::new(&article.clone(), "keydown", move |e| {
                    if let Some(e) = e.dyn_ref::<KeyboardEvent>() {
                        handle_key(e, &view, &analysis, |id| quote_in(&article, id));
                    }
                })
            };
            move || drop((on_click, on_key))
        });
    }
    let dispatch = Dispatch::new(&view);
    let onkeydown = {
        let (view, analysis, article) = (view.clone(), analysis.clone(), props.article.clone());
        Callback::from(move |e: KeyboardEvent| {
            handle_key(&e, &view, &analysis, |id| quote_in(&article, id))
        })
    };
    let panel = view.open.map(|id| {
        html! {
            <QuotePanel key="panel" text={props.text.clone()} analysis={analysis.clone()} quote={id}
                on_close={dispatch.close.clone()} on_jump={dispatch.open.clone()} heading={heading.clone()}
                link_prefix={props.prefix.clone()} />
        }
    });
    let title = format!("StanceLens · stance toward: {}", analysis.topic.name);
    let bar = Controls {
        analysis: &analysis,
        view: &view,
        dispatch: &dispatch,
        title,
        notices: &props.notices,
    }
    .render();
    html! {
        <div class={classes!("stancelens", "sl-floating", props.theme.to_string())} {onkeydown} aria-label="Quotes in this article and where each speaker stands" role="region">
            <div class="sl-bar">
                { bar }
            </div>
            { for panel }
        </div>
    }
}
