//! JSON text read by the browser's own parser (`JSON.parse`) into a [`JsonValue`].
//!
//! The embed reads its options block, topic profiles and the page's JSON-LD this way, so
//! serde_json's parser is not compiled into the WebAssembly: about 5 KB gzipped that every
//! reader of every article would pay for a parser the browser already has.

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

use crate::json_value::JsonValue;

/// Parses `text`; the error is the browser's message.
pub fn parse(text: &str) -> Result<JsonValue, String> {
    let parsed = JSON::parse(text).map_err(|e| {
        e.dyn_ref::<js_sys::Error>()
            .map_or_else(|| "not JSON".to_string(), |e| String::from(e.message()))
    })?;
    Ok(value_of(&parsed))
}

/// What `JSON.parse` gave, as a [`JsonValue`] (its fields in the order `Object.keys` gives).
fn value_of(v: &JsValue) -> JsonValue {
    if let Some(s) = v.as_string() {
        JsonValue::String(s)
    } else if let Some(b) = v.as_bool() {
        JsonValue::Bool(b)
    } else if let Some(x) = v.as_f64() {
        JsonValue::Number(x)
    } else if Array::is_array(v) {
        JsonValue::Array(Array::from(v).iter().map(|i| value_of(&i)).collect())
    } else if let Some(o) = v.dyn_ref::<Object>() {
        JsonValue::Object(
            Object::keys(o)
                .iter()
                .filter_map(|k| Some((k.as_string()?, value_of(&Reflect::get(o, &k).ok()?))))
                .collect(),
        )
    } else {
        JsonValue::Null
    }
}
