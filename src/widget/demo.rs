//! The demo page: the seed article, and a box to paste any other. A pasted article is analysed
//! in the publisher's worker, off the page's main thread; the page shows that it is being
//! analysed, then its results are brought into view with focus on them.

use std::rc::Rc;
use std::time::Duration;

use web_sys::HtmlElement;
use yew::prelude::*;

use super::browser::{focus, reduced_motion};
use super::lens::Lens;
use super::paste_box::PasteBox;
use super::shared::Shared;
use super::worker;
use crate::analysis::Analysis;

/// The article the demo opens on: the project's built-in default.
pub const SEED_TEXT: &str = include_str!("../../www/seed.txt");
/// The seed article's headline (the stance model reads a story's headline).
pub const SEED_HEADLINE: &str = "Green Party leader backs decriminalisation of drug use";

/// The article shown: a revision (each new article gets a fresh widget: filters and panel
/// start over), its text, and its analysis when the worker made it.
#[derive(Clone, PartialEq)]
struct Shown {
    revision: u32,
    text: Rc<str>,
    /// The headline, shown above the article: the seed's, or the first line of a pasted
    /// article when it reads as one ([`crate::paragraphs::split_headline`]).
    headline: Option<Rc<str>>,
    analysis: Option<Shared<Analysis>>,
}

impl Shown {
    /// The seed article, analysed here, as revision `revision`.
    fn seed(revision: u32) -> Shown {
        Shown {
            revision,
            text: Rc::from(SEED_TEXT),
            headline: Some(Rc::from(SEED_HEADLINE)),
            analysis: None,
        }
    }
}

/// Brings the results to the top of the screen and focus onto them.
fn show_results(results: &NodeRef) {
    let Some(el) = results.cast::<HtmlElement>() else {
        return;
    };
    focus(&el);
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    options.set_behavior(if reduced_motion() {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// The demo application.
#[function_component(Demo)]
pub fn demo() -> Html {
    let shown = use_state(|| Shown::seed(0));
    let busy = use_state(|| false);
    let results = use_node_ref();
    let on_submit = {
        let (shown, busy) = (shown.clone(), busy.clone());
        Callback::from(move |pasted: String| {
            busy.set(true);
            let (shown, busy) = (shown.clone(), busy.clone());
            let (headline, text) = crate::paragraphs::split_headline(&pasted);
            let (headline, text) = (headline.map(Rc::<str>::from), text.to_string());
            // Analysed in the publisher's worker, off this thread (the page shows "Analysing…"
            // meanwhile); if the worker cannot, here, after a breath to show that.
            yew::platform::spawn_local(async move {
                let analysis =
                    match worker::analyse(worker::SCRIPT, &text, headline.as_deref()).await {
                        Ok(a) => Some(Shared::new(a)),
                        Err(e) => {
                            web_sys::console::warn_1(
                                &format!(
                                "StanceLens: analysing on the page instead of in a worker ({e})."
                            )
                                .into(),
                            );
                            yew::platform::time::sleep(Duration::from_millis(30)).await;
                            None
                        }
                    };
                shown.set(Shown {
                    revision: shown.revision + 1,
                    text: Rc::from(text),
                    headline,
                    analysis,
                });
                busy.set(false);
            });
        })
    };
    let on_reset = {
        let shown = shown.clone();
        Callback::from(move |()| shown.set(Shown::seed(shown.revision + 1)))
    };
    {
        let results = results.clone();
        use_effect_with(shown.revision, move |&revision| {
            if revision > 0 {
                show_results(&results);
            }
        });
    }
    let heading = shown.headline.clone();
    html! {
        <>
            <div class="sl-results" tabindex="-1" ref={results} aria-label="Analysis of the article">
                if let Some(h) = heading {
                    <h2 class="demo-headline">{ h }</h2>
                }
                <Lens key={shown.revision} text={shown.text.clone()} headline={shown.headline.clone()} analysis={shown.analysis.clone()} />
            </div>
            <PasteBox {on_submit} {on_reset} busy={*busy} />
        </>
    }
}

/// Mounts the demo on the element with id `stancelens`, else on the body.
pub fn start() {
    super::browser::mark("stancelens:start");
    let document = web_sys::window().and_then(|w| w.document());
    let root = document
        .as_ref()
        .and_then(|d| d.get_element_by_id("stancelens"));
    match root {
        Some(root) => {
            yew::Renderer::<Demo>::with_root(root).render();
        }
        None => {
            yew::Renderer::<Demo>::new().render();
        }
    }
}
