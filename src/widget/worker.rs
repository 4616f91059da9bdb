//! Analysing in a module worker, off the page's main thread: the publisher's worker script
//! (`stancelens/stancelens-worker.js`, built next to the demo) answers with the analysis as
//! compact bytes ([`crate::wire`]).

use gloo_events::EventListener;
use js_sys::{Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::analysis::Analysis;
use crate::wire;

/// The worker script, relative to the page.
pub const SCRIPT: &str = "stancelens/stancelens-worker.js";

/// Why the worker gave no analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkerError(pub String);

impl std::fmt::Display for WorkerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn field(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// A worker that has not said it runs within this long (ms) never will: the page analyses.
const START_MS: i32 = 10_000;

/// Analyses `text` (toward the built-in topic) in a new worker running `script`; the worker
/// is ended when it has answered. A worker that does not start (its script missing, blocked,
/// or never answering `{loaded}`) is an error, so the caller can analyse on the page.
pub async fn analyse(
    script: &str,
    text: &str,
    headline: Option<&str>,
) -> Result<Analysis, WorkerError> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(script, &options)
        .map_err(|_| WorkerError(format!("the worker {script} could not start")))?;
    // Two promises: the worker runs (its first message, `{loaded: true}`), and its answer.
    let mut ends: Vec<js_sys::Function> = Vec::new();
    let loaded = Promise::new(&mut |resolve, reject| ends.extend([resolve, reject]));
    let answer = Promise::new(&mut |resolve, reject| ends.extend([resolve, reject]));
    let [loaded_ok, loaded_failed, answer_ok, answer_failed] =
        <[js_sys::Function; 4]>::try_from(ends)
            .map_err(|_| WorkerError("promises without their functions".into()))?;
    let on_message = EventListener::new(&worker, "message", move |e| {
        let data = e
            .dyn_ref::<MessageEvent>()
            .map_or(JsValue::UNDEFINED, MessageEvent::data);
        let _ = if field(&data, "loaded").is_truthy() {
            loaded_ok.call0(&JsValue::UNDEFINED)
        } else {
            answer_ok.call1(&JsValue::UNDEFINED, &data)
        };
    });
    let on_error = {
        let (loaded_failed, answer_failed) = (loaded_failed.clone(), answer_failed.clone());
        EventListener::new(&worker, "error", move |_| {
            let _ = loaded_failed.call0(&JsValue::UNDEFINED);
            let _ = answer_failed.call0(&JsValue::UNDEFINED);
        })
    };
    if let Some(window) = web_sys::window() {
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(&loaded_failed, START_MS);
    }
    let request = Object::new();
    let _ = Reflect::set(
        &request,
        &JsValue::from_str("text"),
        &JsValue::from_str(text),
    );
    if let Some(headline) = headline {
        let _ = Reflect::set(
            &request,
            &JsValue::from_str("headline"),
            &JsValue::from_str(headline),
        );
    }
    let data = match worker.post_message(&request) {
        Ok(()) => match js_sys::futures::JsFuture::from(loaded).await {
            Ok(_) => js_sys::futures::JsFuture::from(answer).await,
            Err(e) => Err(e),
        },
        Err(e) => Err(e),
    };
    drop((on_message, on_error));
    worker.terminate();
    let data =
        data.map_err(|_| WorkerError(format!("the worker {script} did not start or failed")))?;
    if let Some(error) = field(&data, "error").as_string() {
        return Err(WorkerError(error));
    }
    let bytes = field(&data, "bytes")
        .dyn_into::<Uint8Array>()
        .map_err(|_| WorkerError("the worker sent no analysis".into()))?
        .to_vec();
    wire::decode(&bytes, text).map_err(|e| WorkerError(e.to_string()))
}
