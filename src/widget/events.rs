//! Custom events for the host page (`stancelens:ready`, `stancelens:select`).

use web_sys::{CustomEvent, CustomEventInit, Element};

/// Dispatches a bubbling, composed `CustomEvent` named `name` on `target`, with `detail` as a
/// plain JavaScript object.
pub fn dispatch(target: &Element, name: &str, detail: &serde_json::Value) {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let detail =
        serde::Serialize::serialize(detail, &serializer).unwrap_or(wasm_bindgen::JsValue::NULL);
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}
