//! The widget over a host page's own article: the bar and the speaker panel (in the Shadow
//! DOM, styled by its own sheet), driving the highlights that `embed` wrapped around the
//! quotes in the page (light DOM, scoped class names).

use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::browser::{handle_key, quote_id_of, reveal};
use super::controls::{Controls, Features};
use super::events::Value;
use super::hooks::{use_corrected, use_deep_link, use_panel, Dispatch, FindQuote};
use super::labels::{self, Group};
use super::quote_panel::QuotePanel;
use super::shared::Shared;
use super::state::{Action, ViewState};
use crate::analysis::{Analysis, Quote};

/// Props of [`Overlay`].
#[derive(Properties, PartialEq)]
pub struct OverlayProps {
    /// The analysed text (as read from the page).
    pub text: Rc<str>,
    /// Its analysis.
    pub analysis: Shared<Analysis>,
    /// The page's article element, where the highlights are.
    pub article: Element,
    /// Deep-link prefix ("" for the first widget of a page).
    pub prefix: AttrValue,
    /// Groups hidden at first.
    #[prop_or_default]
    pub hidden: Vec<Group>,
    /// Extra class on the root ("sl-light" or "sl-dark").
    #[prop_or_default]
    pub theme: AttrValue,
    /// Messages for the publisher (overrides that matched nothing…).
    #[prop_or_default]
    pub notices: Rc<Vec<String>>,
    /// What the publisher turned on.
    #[prop_or_default]
    pub features: Features,
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

/// Dresses one piece of a highlight in the page as `q` looks now: classes, the `data-`
/// attributes (stance, confidence, certainty, kind, speaker); on the quote's first piece
/// (`data-stancelens-first`) its role, tab stop and accessible name, and on its last
/// (`data-stancelens-last`) the label the printed page shows after it.
pub fn dress(el: &Element, q: &Quote, shown: bool, open: bool) {
    let set = |name: &str, value: &str| {
        if el.get_attribute(name).as_deref() != Some(value) {
            let _ = el.set_attribute(name, value);
        }
    };
    set(
        "class",
        &labels::highlight_class(q, "stancelens-quote", "stancelens-", shown, open),
    );
    for (name, value) in labels::highlight_data(q) {
        set(name, &value);
    }
    if el.has_attribute("data-stancelens-first") {
        set("role", "button");
        set("tabindex", if shown { "0" } else { "-1" });
        set("aria-haspopup", "dialog");
        set("aria-expanded", if open { "true" } else { "false" });
        set("aria-label", &labels::accessible_label(q));
    }
    if el.has_attribute("data-stancelens-last") {
        set("data-stancelens-label", &labels::said_by(q));
    }
}

/// Brings the page's highlights in line with a change of view, or of the analysis (which an
/// editor's corrections change): only highlights whose state changed are touched, and only
/// attributes whose value changed are written, so a long article's page is not restyled for
/// nothing.
fn sync_highlights(
    article: &Element,
    analysis: &Analysis,
    before: Option<&ViewState>,
    now: &ViewState,
) {
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
        let same = before.is_some_and(|b| b.shows(q) == shown && (b.open == Some(q.id)) == open);
        if !same {
            dress(&el, q, shown, open);
        }
    }
}

/// Tells the page which quote was chosen (`stancelens:select`).
fn announce(host: &Element, analysis: &Analysis, id: usize) {
    let Some(q) = analysis.quotes.get(id) else {
        return;
    };
    let detail = [
        ("quoteId", Value::Count(q.id)),
        ("speaker", Value::Maybe(q.speaker.as_deref())),
        ("stance", Value::Text(q.stance.as_str())),
        ("text", Value::Text(&q.text)),
        // Two decimals, as in `data-confidence` (0.62, not the f32's 0.6200000047683716).
        (
            "confidence",
            Value::Number(f64::from(labels::percent(q.confidence)) / 100.0),
        ),
        ("certainty", Value::Text(q.certainty().as_str())),
        ("kind", Value::Text(q.kind.as_str())),
    ];
    super::events::dispatch(host, "stancelens:select", &detail);
}

/// The overlay.
#[function_component(Overlay)]
pub fn overlay(props: &OverlayProps) -> Html {
    let view = {
        let hidden = props.hidden.clone();
        use_reducer(move || ViewState {
            hidden,
            ..ViewState::default()
        })
    };
    let analysis = use_corrected(props.analysis.clone(), view.corrections.clone());
    let heading = use_node_ref();
    let panel = use_node_ref();
    // The view and analysis the page's highlights show (they are made in the initial view).
    let synced = {
        let initial = ((*view).clone(), analysis.clone());
        use_mut_ref(move || initial)
    };
    let find: FindQuote = {
        let article = props.article.clone();
        Rc::new(move |id| quote_in(&article, id))
    };
    let column: Rc<dyn Fn() -> Option<Element>> = {
        let article = props.article.clone();
        Rc::new(move || Some(article.clone()))
    };
    use_panel(
        view.open,
        heading.clone(),
        panel.clone(),
        column,
        find.clone(),
    );
    use_deep_link(view.clone(), props.prefix.clone(), analysis.quotes.len());

    // The page's highlights follow the view; the page hears of each choice.
    {
        let (article, synced) = (props.article.clone(), synced.clone());
        use_effect_with(
            ((*view).clone(), analysis.clone()),
            move |(now, analysis)| {
                let (before, was) = synced.replace((now.clone(), analysis.clone()));
                let same_analysis = was == *analysis;
                if before != *now || !same_analysis {
                    sync_highlights(&article, analysis, same_analysis.then_some(&before), now);
                    if let Some(id) = now.open.filter(|_| before.open != now.open) {
                        announce(&article, analysis, id);
                    }
                }
            },
        );
    }
    // Clicks and keys on the page's highlights. The key listener is not passive: Space and
    // Enter open a quote without scrolling the page, Home and End do not jump it.
    {
        let (article, analysis, view) = (props.article.clone(), analysis.clone(), view.clone());
        let panel = panel.clone();
        use_effect_with(((*view).clone(), analysis.clone()), move |_| {
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
                EventListener::new_with_options(
                    &article.clone(),
                    "keydown",
                    EventListenerOptions::enable_prevent_default(),
                    move |e| {
                        if let Some(e) = e.dyn_ref::<KeyboardEvent>() {
                            let show = |el: &HtmlElement| {
                                reveal(el, panel.cast::<HtmlElement>().as_ref(), Some(&article))
                            };
                            handle_key(e, &view, &analysis, |id| quote_in(&article, id), show);
                        }
                    },
                )
            };
            move || drop((on_click, on_key))
        });
    }
    let dispatch = Dispatch::new(&view);
    let onkeydown = {
        let (view, analysis, article) = (view.clone(), analysis.clone(), props.article.clone());
        let panel = panel.clone();
        Callback::from(move |e: KeyboardEvent| {
            let show =
                |el: &HtmlElement| reveal(el, panel.cast::<HtmlElement>().as_ref(), Some(&article));
            handle_key(&e, &view, &analysis, |id| quote_in(&article, id), show)
        })
    };
    let on_correct = props.features.editor().then(|| dispatch.correct.clone());
    let quote_panel = view.open.map(|id| {
        let corrected = view.corrections.iter().any(|c| c.quote == id);
        html! {
            <QuotePanel key="panel" text={props.text.clone()} analysis={analysis.clone()} quote={id}
                on_close={dispatch.close.clone()} on_jump={dispatch.open.clone()} heading={heading.clone()}
                panel={panel.clone()} link_prefix={props.prefix.clone()} {on_correct} {corrected} />
        }
    });
    let bar = Controls {
        analysis: &analysis,
        view: &view,
        dispatch: &dispatch,
        notices: &props.notices,
        features: props.features,
    }
    .render();
    html! {
        <div class={classes!("stancelens", "sl-floating", props.theme.to_string())} {onkeydown} aria-label="Quotes in this article and where each speaker stands" role="region">
            <div key="bar" class="sl-bar">
                { bar }
            </div>
            { for quote_panel }
        </div>
    }
}
