//! Custom events for the host page (`stancelens:ready`, `stancelens:select`).

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

/// A value in an event's `detail`.
pub enum Value<'a> {
    /// A count or an index.
    Count(usize),
    /// A number such as a confidence.
    Number(f64),
    /// Text.
    Text(&'a str),
    /// Text that may be missing (`null`).
    Maybe(Option<&'a str>),
    /// True or false.
    Flag(bool),
}

impl From<&Value<'_>> for JsValue {
    fn from(v: &Value<'_>) -> JsValue {
        match *v {
            // Counts are far below 2^53: exact as JavaScript numbers.
            Value::Count(n) => JsValue::from_f64(n as f64),
            Value::Number(x) => JsValue::from_f64(x),
            Value::Text(s) => JsValue::from_str(s),
            Value::Maybe(s) => s.map_or(JsValue::NULL, JsValue::from_str),
            Value::Flag(b) => JsValue::from_bool(b),
        }
    }
}

/// Dispatches a bubbling, composed `CustomEvent` named `name` on `target`, with `detail` as a
/// plain JavaScript object of these fields.
pub fn dispatch(target: &Element, name: &str, detail: &[(&str, Value)]) {
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value.into());
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}
