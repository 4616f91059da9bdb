//! Custom events for the host page (`stancelens:ready`, `stancelens:select`).

use web_sys::{CustomEvent, CustomEventInit, Element};

/// Dispatches a bubbling, composed `CustomEvent` named `name` on `target`, with `detail` as a
/// plain JavaScript object (made by `JSON.parse`, which costs the wasm less than a serializer
/// into JavaScript values).
pub fn dispatch(target: &Element, name: &str, detail: &serde_json::Value) {
    let detail = js_sys::JSON::parse(&detail.to_string()).unwrap_or(wasm_bindgen::JsValue::NULL);
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}
