//! `mount`: one widget on one element, and `Widget::destroy` to take it off again.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use super::host::{self, Marks};
use super::options::{Options, Theme};
use crate::analysis::{Analysis, Analyzer};
use crate::overrides;
use crate::stance::Stance;
use crate::topic::Topic;
use crate::widget::events;
use crate::widget::lens::{mark, Lens, LensProps};
use crate::widget::overlay::{Overlay, OverlayProps};

thread_local! {
    /// Widgets mounted so far on this page: the first one answers to `#quote-N`.
    static MOUNTED: Cell<usize> = const { Cell::new(0) };
}

enum App {
    Overlay(AppHandle<Overlay>),
    Lens(AppHandle<Lens>),
}

/// A mounted widget, returned to JavaScript.
#[wasm_bindgen]
pub struct Widget {
    app: Option<App>,
    ui: Option<Element>,
    marks: Option<(Marks, Vec<Element>)>,
    element: Element,
    analysis: Rc<Analysis>,
}

#[wasm_bindgen]
impl Widget {
    /// Takes the widget off: highlights unwrapped, panel removed; the page is as it was.
    pub fn destroy(&mut self) {
        match self.app.take() {
            Some(App::Overlay(a)) => a.destroy(),
            Some(App::Lens(a)) => a.destroy(),
            None => {}
        }
        if let Some(ui) = self.ui.take() {
            ui.remove();
        }
        if let Some((marks, blocks)) = self.marks.take() {
            host::unmark(marks, &blocks);
        }
        let _ = self.element.remove_attribute("data-stancelens-scheme");
        let _ = self.element.remove_attribute("data-stancelens-state");
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
        options = Options::from_json(&json).map_err(|e| fail(format!("StanceLens: {e}")))?;
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
        // Through JSON, so that unknown options are errors that name them, as in a JSON block.
        let json = js_sys::JSON::stringify(&given)
            .ok()
            .and_then(|s| s.as_string())
            .ok_or_else(|| fail("StanceLens options: not a plain object"))?;
        let from_js = Options::from_json(&json).map_err(|e| {
            fail(format!(
                "StanceLens {}",
                e.replacen("options block", "options", 1)
            ))
        })?;
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
        if let Some(rgb) = colour.as_deref().and_then(parse_rgb) {
            let (r, g, b, a) = rgb;
            if a > 0.5 {
                let lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
                return lum < 0.45;
            }
        }
        cur = e.parent_element();
    }
    false
}

/// "rgb(12, 34, 56)" or "rgba(12, 34, 56, 0.5)" → channels in 0..1 and alpha.
fn parse_rgb(s: &str) -> Option<(f64, f64, f64, f64)> {
    let inner = s
        .trim()
        .strip_prefix("rgba(")
        .or_else(|| s.trim().strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let parts: Vec<f64> = inner
        .split(',')
        .map(|p| p.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .ok()?;
    match parts.as_slice() {
        [r, g, b] => Some((r / 255.0, g / 255.0, b / 255.0, 1.0)),
        [r, g, b, a] => Some((r / 255.0, g / 255.0, b / 255.0, *a)),
        _ => None,
    }
}

/// A shadow root on a new element placed before `before` (else at the start of `element`),
/// with the widget's style sheet.
fn shadow_ui(
    document: &Document,
    element: &Element,
    before: Option<&Element>,
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
    let _ = shadow.append_child(&link);
    let root = document
        .create_element("div")
        .map_err(|_| fail("StanceLens: cannot create an element"))?;
    let _ = shadow.append_child(&root);
    let placed = match before {
        // Never inside a list: before the list itself.
        Some(b) => {
            let anchor = match b.parent_element() {
                Some(p) if matches!(p.tag_name().to_lowercase().as_str(), "ul" | "ol" | "dl") => p,
                _ => b.clone(),
            };
            anchor
                .parent_node()
                .map(|parent| parent.insert_before(&ui, Some(&anchor)))
        }
        None => Some(element.insert_before(&ui, element.first_child().as_ref())),
    };
    if !matches!(placed, Some(Ok(_))) {
        return Err(fail("StanceLens: cannot insert the widget"));
    }
    Ok((ui, root))
}

/// Mounts a widget on `element` (an `<article>`, a `<stance-lens>`, or any element holding
/// the article's paragraphs). Errors leave the page untouched.
#[wasm_bindgen]
pub fn mount(element: Element, options: JsValue) -> Result<Widget, JsError> {
    mark("stancelens:start");
    let document = element
        .owner_document()
        .ok_or_else(|| fail("StanceLens: the element is not in a document"))?;
    let options = read_options(&element, options)?;
    let topic = match options.topic.clone() {
        Some(value) => {
            Topic::from_value(value).map_err(|e| fail(format!("StanceLens topic: {e}")))?
        }
        None => Topic::default(),
    };
    let article = host::read(&element);
    let (text, in_place) = if let Some(text) = options.text.clone() {
        (text, false)
    } else if !article.map.is_blank() {
        (article.map.text.clone(), true)
    } else if let Some(body) = host::json_ld_body(&document) {
        (body, false)
    } else {
        return Err(fail(format!(
            "StanceLens found no article text in {}: no paragraphs, no JSON-LD articleBody, no text option",
            describe(&element)
        )));
    };
    if text.trim().is_empty() {
        return Err(fail(format!(
            "StanceLens: the article in {} is empty",
            describe(&element)
        )));
    }
    let mut analysis = Analyzer::new(&topic).analyze(&text);
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
        notices.push("No quotes found in this article.".to_string());
    }
    let analysis = Rc::new(analysis);
    let hidden: Vec<Stance> = match &options.stances {
        Some(shown) => [Stance::Support, Stance::Oppose, Stance::Neutral]
            .into_iter()
            .filter(|s| !shown.contains(s))
            .collect(),
        None => Vec::new(),
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
    // The bar goes right before the story's first body paragraph (after headline, byline,
    // picture), or at the top when the article is rendered from text.
    let first_body = in_place
        .then(|| {
            analysis
                .paragraphs
                .iter()
                .position(|p| p.role == crate::paragraphs::ParagraphRole::Body)
        })
        .flatten()
        .and_then(|i| article.blocks.get(i));
    let (ui, root) = shadow_ui(&document, &element, first_body, &asset_base)?;
    let theme = if dark { "sl-dark" } else { "sl-light" };
    let mut widget = Widget {
        app: None,
        ui: Some(ui),
        marks: None,
        element: element.clone(),
        analysis: analysis.clone(),
    };
    if in_place {
        let marks = host::mark(&article, &analysis, &document);
        let _ = element.set_attribute(
            "data-stancelens-scheme",
            if dark { "dark" } else { "light" },
        );
        widget.marks = Some((marks, article.blocks.clone()));
        let props = OverlayProps {
            text: Rc::from(text.as_str()),
            analysis: analysis.clone(),
            article: element.clone(),
            prefix: prefix.into(),
            hidden,
            theme: theme.into(),
            notices: Rc::new(notices),
        };
        widget.app = Some(App::Overlay(
            yew::Renderer::<Overlay>::with_root_and_props(root, props).render(),
        ));
    } else {
        let props = LensProps {
            text: Rc::from(text.as_str()),
            topic: Rc::new(topic),
        };
        let _ = root.set_attribute("class", theme);
        widget.app = Some(App::Lens(
            yew::Renderer::<Lens>::with_root_and_props(root, props).render(),
        ));
    }
    let _ = element.set_attribute("data-stancelens-state", "ready");
    let count = |s: Stance| analysis.quotes.iter().filter(|q| q.stance == s).count();
    events::dispatch(
        &element,
        "stancelens:ready",
        &serde_json::json!({
            "quotes": analysis.quotes.len(),
            "speakers": analysis.speakers.len(),
            "support": count(Stance::Support),
            "oppose": count(Stance::Oppose),
            "neutral": count(Stance::Neutral),
            "inPlace": in_place,
        }),
    );
    Ok(widget)
}

#[cfg(test)]
mod tests {
    use super::parse_rgb;

    #[test]
    fn colours_table() {
        assert_eq!(parse_rgb("rgb(255, 255, 255)"), Some((1.0, 1.0, 1.0, 1.0)));
        assert_eq!(parse_rgb("rgba(0, 0, 0, 0)"), Some((0.0, 0.0, 0.0, 0.0)));
        assert_eq!(parse_rgb("transparent"), None);
    }
}
