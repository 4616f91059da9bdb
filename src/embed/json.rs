//! JSON text read by the browser's own parser (`JSON.parse`) into a [`serde_json::Value`].
//!
//! The embed reads its options block, topic profiles and the page's JSON-LD this way, so
//! serde_json's parser is not compiled into the WebAssembly: about 5 KB gzipped that every
//! reader of every article would pay for a parser the browser already has.

use js_sys::{Array, Object, Reflect, JSON};
use serde_json::{Number, Value};
use wasm_bindgen::{JsCast, JsValue};

/// Parses `text`; the error is the browser's message.
pub fn parse(text: &str) -> Result<Value, String> {
    let parsed = JSON::parse(text).map_err(|e| {
        e.dyn_ref::<js_sys::Error>()
            .map_or_else(|| "not JSON".to_string(), |e| String::from(e.message()))
    })?;
    Ok(value_of(&parsed))
}

/// What `JSON.parse` gave, as serde_json's value.
fn value_of(v: &JsValue) -> Value {
    if let Some(s) = v.as_string() {
        Value::String(s)
    } else if let Some(b) = v.as_bool() {
        Value::Bool(b)
    } else if let Some(x) = v.as_f64() {
        number(x)
    } else if Array::is_array(v) {
        Value::Array(Array::from(v).iter().map(|i| value_of(&i)).collect())
    } else if let Some(o) = v.dyn_ref::<Object>() {
        Value::Object(
            Object::keys(o)
                .iter()
                .filter_map(|k| Some((k.as_string()?, value_of(&Reflect::get(o, &k).ok()?))))
                .collect(),
        )
    } else {
        Value::Null
    }
}

/// A number as serde_json reads one: whole numbers (exact in a double) as integers.
fn number(x: f64) -> Value {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    if x.fract() == 0.0 && x.abs() < EXACT {
        if x >= 0.0 {
            Value::Number(Number::from(x as u64))
        } else {
            Value::Number(Number::from(x as i64))
        }
    } else {
        Number::from_f64(x).map_or(Value::Null, Value::Number)
    }
}
