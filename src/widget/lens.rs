//! The widget: the bar, the highlighted article and the speaker panel, with keyboard
//! navigation (Tab, arrows or j/k between quotes, Home and End to the first and last; Enter
//! or Space opens; Esc closes and returns focus to the quote).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::article_view::ArticleView;
use super::browser::{handle_key, reveal};
use super::controls::{Controls, Features};
use super::hooks::{use_corrected, use_deep_link, use_panel, Dispatch, FindQuote};
use super::quote_panel::QuotePanel;
use super::segments;
use super::shared::Shared;
use super::state::ViewState;
use crate::analysis::Analysis;
use crate::topic::Topic;

/// Props of [`Lens`].
#[derive(Properties, PartialEq)]
pub struct LensProps {
    /// The article text, paragraphs separated by blank lines.
    pub text: Rc<str>,
    /// Its headline, which the stance model reads (as it did in training), when known.
    #[prop_or_default]
    pub headline: Option<Rc<str>>,
    /// The topic stances are toward.
    #[prop_or_else(|| Rc::new(Topic::default()))]
    pub topic: Rc<Topic>,
    /// The text's analysis, when made already (in a worker, or with editorial overrides).
    #[prop_or_default]
    pub analysis: Option<Shared<Analysis>>,
    /// Messages for the publisher (overrides that matched nothing…).
    #[prop_or_default]
    pub notices: Rc<Vec<String>>,
    /// What the publisher turned on.
    #[prop_or_default]
    pub features: Features,
}

/// The quote element with this id inside `root`.
fn quote_element(root: &NodeRef, id: usize) -> Option<HtmlElement> {
    let root = root.cast::<Element>()?;
    let el = root
        .query_selector(&format!("[data-quote-id=\"{id}\"]"))
        .ok()??;
    el.dyn_into::<HtmlElement>().ok()
}

/// The whole widget for one article.
#[function_component(Lens)]
pub fn lens(props: &LensProps) -> Html {
    let base: Shared<Analysis> = {
        let (text, headline, topic, given) = (
            props.text.clone(),
            props.headline.clone(),
            props.topic.clone(),
            props.analysis.clone(),
        );
        let memo = use_memo(
            (text, headline, topic, given),
            |(text, headline, topic, given)| {
                given.clone().unwrap_or_else(|| {
                    let analyzer = crate::Analyzer::new(topic);
                    Shared::new(analyzer.analyze_titled(headline.as_deref(), text))
                })
            },
        );
        (*memo).clone()
    };
    let view = use_reducer(ViewState::default);
    let analysis = use_corrected(base, view.corrections.clone());
    let pieces = {
        let text = props.text.clone();
        use_memo(analysis.clone(), move |a| segments::pieces(a, &text))
    };
    let root = use_node_ref();
    let heading = use_node_ref();
    let panel = use_node_ref();
    let find: FindQuote = {
        let root = root.clone();
        Rc::new(move |id| quote_element(&root, id))
    };
    // The panel goes beside the widget (bar and article), not just the text.
    let column_of: Rc<dyn Fn() -> Option<Element>> = {
        let root = root.clone();
        Rc::new(move || root.cast::<Element>())
    };
    use_panel(
        view.open,
        heading.clone(),
        panel.clone(),
        column_of,
        find.clone(),
    );
    use_deep_link(view.clone(), AttrValue::from(""), analysis.quotes.len());
    let dispatch = Dispatch::new(&view);
    let onkeydown = {
        let (view, analysis, panel, root) =
            (view.clone(), analysis.clone(), panel.clone(), root.clone());
        Callback::from(move |e: KeyboardEvent| {
            let show = |el: &HtmlElement| {
                reveal(
                    el,
                    panel.cast::<HtmlElement>().as_ref(),
                    root.cast::<Element>().as_ref(),
                )
            };
            handle_key(&e, &view, &analysis, |id| find(id), show)
        })
    };
    let on_correct = props.features.editor().then(|| dispatch.correct.clone());
    let quote_panel = view.open.map(|id| {
        let corrected = view.corrections.iter().any(|c| c.quote == id);
        html! {
            <QuotePanel key="panel" text={props.text.clone()} analysis={analysis.clone()} quote={id}
                on_close={dispatch.close.clone()} on_jump={dispatch.open.clone()} heading={heading.clone()}
                panel={panel.clone()} link_prefix="" {on_correct} {corrected} />
        }
    });
    let view_now = Rc::new((*view).clone());
    let bar = Controls {
        analysis: &analysis,
        view: &view_now,
        dispatch: &dispatch,
        notices: &props.notices,
        features: props.features,
    }
    .render();
    html! {
        <section class="stancelens" ref={root} aria-label="Quotes and where each speaker stands" {onkeydown}>
            <header class="sl-bar">
                { bar }
            </header>
            <div class="sl-body">
                <ArticleView key="article" text={props.text.clone()} analysis={analysis.clone()} pieces={pieces.clone()}
                    view={view_now} on_open={dispatch.open.clone()} />
                { for quote_panel }
            </div>
        </section>
    }
}
