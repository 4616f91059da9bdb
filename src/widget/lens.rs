//! The widget: summary, who's who, the highlighted article and the speaker panel, with
//! keyboard navigation (Tab, arrows or j/k between quotes; Enter or Space opens; Esc closes
//! and returns focus to the quote).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::article_view::ArticleView;
use super::browser::{copy_link, export_json, handle_key};
use super::hooks::{use_deep_link, use_panel_focus, Dispatch, FindQuote};
use super::quote_panel::QuotePanel;
use super::segments;
use super::state::{self, ViewState};
use super::summary_bar::SummaryBar;
use super::who_is_who::WhoIsWho;
use crate::analysis::Analysis;
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
    let find: FindQuote = {
        let root = root.clone();
        Rc::new(move |id| quote_element(&root, id))
    };
    use_panel_focus(view.open, heading.clone(), find.clone());
    use_deep_link(view.clone(), AttrValue::from(""), analysis.quotes.len());
    let Dispatch {
        open: on_open,
        close: on_close,
        toggle_stance: on_toggle_stance,
        toggle_speaker: on_toggle_speaker,
        clear: on_clear,
    } = Dispatch::new(&view);
    let onkeydown = {
        let (view, analysis) = (view.clone(), analysis.clone());
        Callback::from(move |e: KeyboardEvent| handle_key(&e, &view, &analysis, |id| find(id)))
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
