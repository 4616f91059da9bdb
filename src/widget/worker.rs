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

/// Analyses `text` (toward the built-in topic) in a new worker running `script`; the worker
/// is ended when it has answered.
pub async fn analyse(script: &str, text: &str) -> Result<Analysis, WorkerError> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(script, &options)
        .map_err(|_| WorkerError(format!("the worker {script} could not start")))?;
    let mut listeners = Vec::new();
    let answer = Promise::new(&mut |resolve, reject| {
        listeners.push(EventListener::once(&worker, "message", move |e| {
            let data = e
                .dyn_ref::<MessageEvent>()
                .map_or(JsValue::UNDEFINED, MessageEvent::data);
            let _ = resolve.call1(&JsValue::UNDEFINED, &data);
        }));
        listeners.push(EventListener::once(&worker, "error", move |_| {
            let _ = reject.call0(&JsValue::UNDEFINED);
        }));
    });
    let request = Object::new();
    let _ = Reflect::set(
        &request,
        &JsValue::from_str("text"),
        &JsValue::from_str(text),
    );
    let sent = worker.post_message(&request);
    let data = match sent {
        Ok(()) => js_sys::futures::JsFuture::from(answer).await,
        Err(e) => Err(e),
    };
    drop(listeners);
    worker.terminate();
    let data = data.map_err(|_| WorkerError(format!("the worker {script} failed")))?;
    if let Some(error) = field(&data, "error").as_string() {
        return Err(WorkerError(error));
    }
    let bytes = field(&data, "bytes")
        .dyn_into::<Uint8Array>()
        .map_err(|_| WorkerError("the worker sent no analysis".into()))?
        .to_vec();
    wire::decode(&bytes, text).map_err(|e| WorkerError(e.to_string()))
}
