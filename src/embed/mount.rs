//! `mount`: one widget on one element, and `Widget::destroy` to take it off again.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use super::colour;
use super::host::{self, Marks};
use super::json;
use super::options::{Options, Theme};
use crate::analysis::Analysis;
use crate::analyzer::Analyzer;
use crate::overrides;
use crate::paragraphs::ParagraphRole;
use crate::stance::Stance;
use crate::topic::Topic;
use crate::widget::browser::mark;
use crate::widget::controls::Features;
use crate::widget::events::{self, Value};
use crate::widget::labels::{Group, Look};
use crate::widget::overlay::{Overlay, OverlayProps};
use crate::widget::shared::Shared;
use crate::widget::state::hidden_at_first;
use crate::wire;

thread_local! {
    /// Widgets mounted so far on this page: the first one answers to `#quote-N`.
    static MOUNTED: Cell<usize> = const { Cell::new(0) };
}

/// Highlights being wrapped into the page, a batch at a time.
struct Marking {
    article: host::HostArticle,
    plan: host::Plan,
    marks: Marks,
    hidden: Vec<Group>,
    document: Document,
    done: bool,
}

/// A mounted widget, returned to JavaScript.
#[wasm_bindgen]
pub struct Widget {
    app: Option<AppHandle<Overlay>>,
    ui: Option<Element>,
    /// The bar's slot, when the widget made it (the page had no `data-stancelens-bar`).
    made_slot: Option<Element>,
    /// The article written into the page from its text (`text` option, JSON-LD).
    made_text: Option<Element>,
    marking: Option<Marking>,
    element: Element,
    analysis: Shared<Analysis>,
    /// The page's own article was marked (not one written in from its text).
    in_place: bool,
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

#[wasm_bindgen]
impl Widget {
    /// Takes the widget off: highlights unwrapped, panel removed; the page is as it was.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        if let Some(ui) = self.ui.take() {
            ui.remove();
        }
        if let Some(slot) = self.made_slot.take() {
            slot.remove();
        }
        if let Some(m) = self.marking.take() {
            host::unmark(m.marks, &m.article.blocks);
        }
        if let Some(text) = self.made_text.take() {
            text.remove();
        }
        let _ = self.element.remove_attribute("data-stancelens-scheme");
        let _ = self.element.remove_attribute("data-stancelens-state");
    }

    /// Wraps more of the article's highlights, for at most about `budget_ms`; true when all
    /// are in place (the element is then `data-stancelens-state="ready"` and
    /// `stancelens:ready` has been sent). The loader calls it between frames, so a long
    /// article never blocks the page.
    #[wasm_bindgen(js_name = markStep)]
    pub fn mark_step(&mut self, budget_ms: f64) -> bool {
        let Some(m) = self.marking.as_mut() else {
            return true;
        };
        if m.done {
            return true;
        }
        let deadline = now() + budget_ms.max(1.0);
        m.done = m.plan.apply(
            &m.article,
            &self.analysis,
            &m.hidden,
            &m.document,
            &mut m.marks,
            || now() > deadline,
        );
        let done = m.done;
        if done {
            mark("stancelens:marked");
            self.announce_ready();
        }
        done
    }

    /// The analysis, as the JSON the command-line tool writes.
    #[wasm_bindgen(js_name = analysisJson)]
    pub fn analysis_json(&self) -> String {
        serde_json::to_string(&*self.analysis).unwrap_or_default()
    }

    /// Number of quotes found.
    #[wasm_bindgen(getter, js_name = quoteCount)]
    pub fn quote_count(&self) -> usize {
        self.analysis.quotes.len()
    }
}

impl Widget {
    fn announce_ready(&self) {
        let _ = self.element.set_attribute("data-stancelens-state", "ready");
        let a = &self.analysis;
        let unclear = a
            .quotes
            .iter()
            .filter(|q| Look::of(q).group() == Group::Unclear)
            .count();
        events::dispatch(
            &self.element,
            "stancelens:ready",
            &[
                ("quotes", Value::Count(a.quotes.len())),
                ("speakers", Value::Count(a.speakers.len())),
                ("support", Value::Count(a.count(Stance::Support))),
                ("oppose", Value::Count(a.count(Stance::Oppose))),
                ("neutral", Value::Count(a.count(Stance::Neutral))),
                ("unclear", Value::Count(unclear)),
                ("inPlace", Value::Flag(self.in_place)),
            ],
        );
    }
}

fn fail(message: impl Into<String>) -> JsError {
    JsError::new(&message.into())
}

fn describe(el: &Element) -> String {
    let id = el.id();
    let tag = el.tag_name().to_lowercase();
    if id.is_empty() {
        format!("<{tag}>")
    } else {
        format!("<{tag} id=\"{id}\">")
    }
}

/// The options: the JSON block inside the element, then its attributes, then the object
/// given to `mount`, each overriding the one before.
fn read_options(element: &Element, given: JsValue) -> Result<Options, JsError> {
    let mut options = Options::default();
    if let Ok(Some(block)) =
        element.query_selector("script[type=\"application/json\"][data-stancelens-options]")
    {
        let json = block.text_content().unwrap_or_default();
        let value =
            json::parse(&json).map_err(|e| fail(format!("StanceLens: options block: {e}")))?;
        options = Options::from_block(&value).map_err(|e| fail(format!("StanceLens: {e}")))?;
    }
    let names = element.get_attribute_names();
    let attrs: Vec<(String, String)> = (0..names.length())
        .filter_map(|i| names.get(i).as_string())
        .filter(|n| n.starts_with("data-stancelens-"))
        .filter_map(|n| element.get_attribute(&n).map(|v| (n, v)))
        .collect();
    let from_attrs = Options::from_attributes(attrs.iter().map(|(n, v)| (n.as_str(), v.clone())))
        .map_err(|e| fail(format!("StanceLens: {e}")))?;
    options = options.merged(from_attrs);
    if !given.is_undefined() && !given.is_null() {
        // The object as JSON, then read like the options block: unknown options, even
        // nested ones in an override, are errors that name them.
        let json = js_sys::JSON::stringify(&given)
            .ok()
            .and_then(|s| s.as_string())
            .ok_or_else(|| fail("StanceLens options: not an object that can be read as JSON"))?;
        let value = json::parse(&json).map_err(|e| fail(format!("StanceLens options: {e}")))?;
        let from_js = Options::from_value(value).map_err(|e| fail(format!("StanceLens {e}")))?;
        options = options.merged(from_js);
    }
    Ok(options)
}

/// Relative luminance of the first opaque background from `el` up: is the page dark there?
fn page_is_dark(el: &Element) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let mut cur = Some(el.clone());
    while let Some(e) = cur {
        let colour = window
            .get_computed_style(&e)
            .ok()
            .flatten()
            .and_then(|s| s.get_property_value("background-color").ok());
        if let Some(dark) = colour.as_deref().and_then(colour::is_dark) {
            return dark;
        }
        cur = e.parent_element();
    }
    false
}

/// Where the bar goes: the page's `data-stancelens-bar` slot inside `element` (whose height
/// the page's style sheet reserves before the widget is ready), else a slot made before
/// `before` (never inside a list: before the list), else at the end of `element`. Returns the
/// slot and whether it was made here.
fn bar_slot(
    document: &Document,
    element: &Element,
    before: Option<&Element>,
) -> Result<(Element, bool), JsError> {
    let given = element
        .query_selector("[data-stancelens-bar]")
        .ok()
        .flatten()
        .filter(|slot| slot.child_element_count() == 0);
    if let Some(slot) = given {
        return Ok((slot, false));
    }
    let slot = document
        .create_element("div")
        .map_err(|_| fail("StanceLens: cannot create an element"))?;
    let _ = slot.set_attribute("data-stancelens-bar", "");
    let placed = match before {
        Some(b) => {
            let anchor = match b.parent_element() {
                Some(p) if matches!(p.tag_name().to_lowercase().as_str(), "ul" | "ol" | "dl") => p,
                _ => b.clone(),
            };
            anchor
                .parent_node()
                .map(|parent| parent.insert_before(&slot, Some(&anchor)))
        }
        None => Some(element.append_child(&slot)),
    };
    if !matches!(placed, Some(Ok(_))) {
        return Err(fail("StanceLens: cannot insert the widget"));
    }
    Ok((slot, true))
}

/// A shadow root on a new element in `slot`, with the widget's style sheet. Until the sheet
/// has loaded, the page's style sheet keeps the element at the bar's height (the unstyled
/// contents would be taller); the element then gets `data-stancelens-styled`.
fn shadow_ui(
    document: &Document,
    slot: &Element,
    asset_base: &str,
) -> Result<(Element, Element), JsError> {
    let ui = document
        .create_element("div")
        .map_err(|_| fail("StanceLens: cannot create an element"))?;
    let _ = ui.set_attribute("class", "stancelens-host");
    let _ = ui.set_attribute("data-stancelens-ui", "");
    let shadow = ui
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .map_err(|_| fail("StanceLens: cannot attach a shadow root"))?;
    let link = document
        .create_element("link")
        .map_err(|_| fail("StanceLens: cannot create an element"))?;
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &format!("{asset_base}stancelens-widget.css"));
    {
        let ui = ui.clone();
        gloo_events::EventListener::once(&link, "load", move |_| {
            let _ = ui.set_attribute("data-stancelens-styled", "");
        })
        .forget();
    }
    let _ = shadow.append_child(&link);
    let root = document
        .create_element("div")
        .map_err(|_| fail("StanceLens: cannot create an element"))?;
    let _ = shadow.append_child(&root);
    slot.append_child(&ui)
        .map_err(|_| fail("StanceLens: cannot insert the widget"))?;
    Ok((ui, root))
}

/// What a widget will work on, read from the page.
struct Source {
    options: Options,
    topic: Topic,
    article: host::HostArticle,
    text: String,
    /// The article's headline, read by the stance model as in training.
    headline: Option<String>,
    in_place: bool,
}

/// The options and topic, read at once; the article is read by [`Prepared::read_step`].
fn read_settings(element: &Element, options: JsValue) -> Result<(Options, Topic), JsError> {
    let options = read_options(element, options)?;
    let topic = match options.topic.clone() {
        Some(value) => {
            Topic::from_value(value).map_err(|e| fail(format!("StanceLens topic: {e}")))?
        }
        None => Topic::default(),
    };
    Ok((options, topic))
}

/// What the widget works on: the `text` option, else the page's paragraphs (marked in place),
/// else the page's JSON-LD `articleBody`. A page without a `<p>` (its paragraphs written as
/// `<div>`s, or only a headline) is the article when it holds at least half as much text as
/// the JSON-LD body, if it has one (less is a teaser; and marking the article in place beats
/// writing it out a second time).
fn choose_source(
    document: &Document,
    element: &Element,
    (options, topic): (Options, Topic),
    article: host::HostArticle,
) -> Result<Source, JsError> {
    let in_page = |article: &host::HostArticle| (article.map.text.clone(), true);
    let (text, in_place) = if let Some(text) = options.text.clone() {
        (text, false)
    } else if !article.map.is_blank() && !article.paragraphless {
        in_page(&article)
    } else {
        match host::json_ld_body(document) {
            Some(body)
                if article.map.is_blank()
                    || crate::page::is_teaser(article.map.text.trim().len(), body.trim().len()) =>
            {
                (body, false)
            }
            _ if !article.map.is_blank() => in_page(&article),
            _ => {
                return Err(fail(format!(
                    "StanceLens found no article text in {}: no paragraphs, no JSON-LD articleBody, no text option",
                    describe(element)
                )))
            }
        }
    };
    if text.trim().is_empty() {
        return Err(fail(format!(
            "StanceLens: the article in {} is empty",
            describe(element)
        )));
    }
    Ok(Source {
        options,
        topic,
        article,
        text,
        headline: host::headline(document, element),
        in_place,
    })
}

/// Analyses `text` (under `headline`, if the page has one) toward a topic (JSON, or the
/// built-in one) and returns the analysis as compact bytes ([`crate::wire`]): what the
/// loader's worker runs, off the page's main thread.
#[wasm_bindgen(js_name = analyzeToBytes)]
pub fn analyze_to_bytes(
    text: &str,
    topic_json: Option<String>,
    headline: Option<String>,
) -> Result<Vec<u8>, JsError> {
    let topic = match topic_json {
        Some(json) => {
            let value = json::parse(&json).map_err(|e| fail(format!("StanceLens topic: {e}")))?;
            Topic::from_value(value).map_err(|e| fail(format!("StanceLens topic: {e}")))?
        }
        None => Topic::default(),
    };
    let analysis = Analyzer::new(&topic).analyze_titled(headline.as_deref(), text);
    Ok(wire::encode(&analysis, text))
}

/// An article read from the page and its options, ready to be analysed (in a worker, for a
/// long one) and mounted.
#[wasm_bindgen]
pub struct Prepared {
    element: Element,
    document: Document,
    /// The options and topic, and the article being read from the page.
    reading: Option<((Options, Topic), host::Reading)>,
    source: Option<Source>,
    analysis: Option<Analysis>,
}

#[wasm_bindgen]
impl Prepared {
    /// Reads more of the article from the page, for at most about `budget_ms`; true when it
    /// is all read (then `text` is the text to analyse). A long article's thousands of
    /// paragraphs are read between the page's other tasks. Errors (no article text) leave the
    /// page untouched.
    #[wasm_bindgen(js_name = readStep)]
    pub fn read_step(&mut self, budget_ms: f64) -> Result<bool, JsError> {
        let Some((_, reading)) = self.reading.as_mut() else {
            return Ok(true);
        };
        let deadline = now() + budget_ms.max(1.0);
        if !reading.step(|| now() > deadline) {
            return Ok(false);
        }
        if let Some((settings, reading)) = self.reading.take() {
            self.source = Some(choose_source(
                &self.document,
                &self.element,
                settings,
                reading.finish(),
            )?);
        }
        Ok(true)
    }

    /// The text to analyse.
    #[wasm_bindgen(getter)]
    pub fn text(&self) -> String {
        self.source
            .as_ref()
            .map(|s| s.text.clone())
            .unwrap_or_default()
    }

    /// The article's headline, for the worker (`undefined` when the page has none).
    #[wasm_bindgen(getter)]
    pub fn headline(&self) -> Option<String> {
        self.source.as_ref()?.headline.clone()
    }

    /// The topic profile as JSON, for the worker (`undefined` for the built-in one).
    #[wasm_bindgen(getter, js_name = topicJson)]
    pub fn topic_json(&self) -> Option<String> {
        let s = self.source.as_ref()?;
        s.options.topic.as_ref()?;
        serde_json::to_string(&s.topic).ok()
    }

    /// Takes the analysis the worker made ([`crate::wire`] bytes); false, and nothing kept,
    /// if it is not an analysis of this text. A separate step from `mount`, so the page gets
    /// a breath between.
    #[wasm_bindgen(js_name = setAnalysis)]
    pub fn set_analysis(&mut self, bytes: &[u8]) -> bool {
        let Some(source) = self.source.as_ref() else {
            return false;
        };
        self.analysis = wire::decode(bytes, &source.text).ok();
        self.analysis.is_some()
    }

    /// Mounts the widget, analysing the text here unless `setAnalysis` gave an analysis. A
    /// long article's highlights are then wrapped a batch at a time (`Widget::markStep`).
    pub fn mount(&mut self) -> Result<Widget, JsError> {
        self.read_step(f64::INFINITY)?;
        let source = self
            .source
            .take()
            .ok_or_else(|| fail("StanceLens: this article was mounted already"))?;
        mount_source(
            self.element.clone(),
            self.document.clone(),
            source,
            self.analysis.take(),
        )
    }
}

/// Reads the options of `element` (an `<article>`, a `<stance-lens>`, or any element holding
/// the article's paragraphs) and starts reading its article (`Prepared::readStep`). Errors
/// leave the page untouched.
#[wasm_bindgen]
pub fn prepare(element: Element, options: JsValue) -> Result<Prepared, JsError> {
    mark("stancelens:start");
    let document = element
        .owner_document()
        .ok_or_else(|| fail("StanceLens: the element is not in a document"))?;
    let settings = read_settings(&element, options)?;
    // With the text given, the page's paragraphs are not read.
    let reading = host::Reading::new(&element, settings.0.text.is_some());
    Ok(Prepared {
        element,
        document,
        reading: Some((settings, reading)),
        source: None,
        analysis: None,
    })
}

/// Reads, analyses and mounts in one go (what the loader does for a short article).
#[wasm_bindgen]
pub fn mount(element: Element, options: JsValue) -> Result<Widget, JsError> {
    prepare(element, options)?.mount()
}

fn mount_source(
    element: Element,
    document: Document,
    source: Source,
    analysis: Option<Analysis>,
) -> Result<Widget, JsError> {
    let Source {
        options,
        topic,
        article,
        text,
        headline,
        in_place,
    } = source;
    let mut analysis = analysis
        .unwrap_or_else(|| Analyzer::new(&topic).analyze_titled(headline.as_deref(), &text));
    let mut notices = Vec::new();
    if let Some(list) = &options.overrides {
        for outcome in overrides::apply(&mut analysis, list) {
            if outcome.quotes.is_empty() {
                let message = format!("Override “{}” matches no quote.", outcome.matches);
                web_sys::console::warn_1(&format!("StanceLens: {message}").into());
                notices.push(message);
            }
        }
    }
    if analysis.quotes.is_empty() {
        web_sys::console::info_1(&"StanceLens: no quotes found in this article.".into());
        notices.push("No quotes found in this article.".to_string());
    }
    let analysis = Shared::new(analysis);
    let hidden = hidden_at_first(options.stances.as_deref());
    let features = Features {
        export: options.export.unwrap_or(false),
        editor: options.editor.unwrap_or(false),
    };

    let dark = match options.theme.unwrap_or_default() {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::Auto => page_is_dark(&element),
    };
    let n = MOUNTED.with(|m| {
        let n = m.get();
        m.set(n + 1);
        n
    });
    let prefix = match &options.id {
        Some(id) => format!("{id}-"),
        None if n == 0 => String::new(),
        None => format!("stancelens{}-", n + 1),
    };
    let asset_base = options.asset_base.clone().unwrap_or_default();
    // An article the page does not carry is written into it, then marked like its own.
    let (article, made_text) = if in_place {
        (article, None)
    } else {
        let (made, article) = host::write_text(&document, &element, &text, &analysis)
            .ok_or_else(|| fail("StanceLens: cannot insert the article"))?;
        (article, Some(made))
    };
    // The bar goes right before the story's first body paragraph (after headline, byline,
    // picture).
    let first_body = analysis
        .paragraphs
        .iter()
        .position(|p| p.role == ParagraphRole::Body)
        .and_then(|i| article.blocks.get(i));
    let made_ui =
        bar_slot(&document, &element, first_body).and_then(|(slot, made)| {
            match shadow_ui(&document, &slot, &asset_base) {
                Ok(ui) => Ok((ui, made.then_some(slot))),
                Err(e) => {
                    if made {
                        slot.remove();
                    }
                    Err(e)
                }
            }
        });
    let ((ui, root), made_slot) = match made_ui {
        Ok(made_ui) => made_ui,
        Err(e) => {
            if let Some(text) = made_text {
                text.remove();
            }
            return Err(e);
        }
    };
    let theme = if dark { "sl-dark" } else { "sl-light" };
    let mut widget = Widget {
        app: None,
        ui: Some(ui),
        made_slot,
        made_text,
        marking: None,
        element: element.clone(),
        analysis: analysis.clone(),
        in_place,
    };
    let _ = element.set_attribute(
        "data-stancelens-scheme",
        if dark { "dark" } else { "light" },
    );
    let plan = host::plan(&article, &analysis);
    widget.marking = Some(Marking {
        article,
        plan,
        marks: Marks::default(),
        hidden: hidden.clone(),
        document,
        done: false,
    });
    let props = OverlayProps {
        text: Rc::from(text.as_str()),
        analysis: analysis.clone(),
        article: element.clone(),
        prefix: prefix.into(),
        hidden,
        theme: theme.into(),
        notices: Rc::new(notices),
        features,
    };
    widget.app = Some(yew::Renderer::<Overlay>::with_root_and_props(root, props).render());
    // A short article is highlighted at once; a long one goes on in `mark_step`.
    widget.mark_step(16.0);
    Ok(widget)
}
