//! A JSON document as the readers of options, topic profiles and JSON-LD need it.
//!
//! serde_json's `Value` keeps an object in a sorted map and a number in three forms; the
//! widget reads a few small documents once, and reading them through `Value` put the map's
//! sorting, cloning and dropping and the number's printing in every reader's download. This
//! keeps an object's fields as the document wrote them (the order serde reads them in) and a
//! number as the `f64` that JavaScript's `JSON.parse` gives.
//!
//! ```
//! use stancelens::json_value::JsonValue;
//! let v = JsonValue::parse(r#"{"b": [1, "x"], "a": null}"#).unwrap();
//! let fields: Vec<&str> = v.as_object().unwrap().iter().map(|(k, _)| k.as_str()).collect();
//! assert_eq!(fields, ["b", "a"]);
//! assert_eq!(v.get("b").and_then(JsonValue::as_array).map(<[_]>::len), Some(2));
//! ```

use std::fmt;

use serde::de::{self, Deserialize, Deserializer};

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum JsonValue {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<JsonValue>),
    /// An object's fields, in the document's order. A repeated name is kept each time (not
    /// looked up per field, which a long object would make slow); the last counts.
    Object(Vec<(String, JsonValue)>),
}

impl JsonValue {
    /// Parses JSON text (with serde_json: the command line and the tests; the widget has the
    /// browser parse it).
    pub fn parse(text: &str) -> Result<JsonValue, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// True for `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, JsonValue::Null)
    }

    /// The string, if it is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            JsonValue::String(s) => Some(s),
            _ => None,
        }
    }

    /// The boolean, if it is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            JsonValue::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The elements, if it is an array.
    pub fn as_array(&self) -> Option<&[JsonValue]> {
        match self {
            JsonValue::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The fields, if it is an object.
    pub fn as_object(&self) -> Option<&[(String, JsonValue)]> {
        match self {
            JsonValue::Object(o) => Some(o),
            _ => None,
        }
    }

    /// The field `name` (its last value, as `JSON.parse` keeps), if it is an object that
    /// has it.
    pub fn get(&self, name: &str) -> Option<&JsonValue> {
        self.as_object()?
            .iter()
            .rfind(|(k, _)| k == name)
            .map(|(_, v)| v)
    }
}

impl<'de> Deserialize<'de> for JsonValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<JsonValue, D::Error> {
        deserializer.deserialize_any(Visitor)
    }
}

/// Builds a [`JsonValue`] from what a serde deserializer reads, fields in order.
struct Visitor;

impl<'de> de::Visitor<'de> for Visitor {
    type Value = JsonValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<JsonValue, E> {
        Ok(JsonValue::Null)
    }

    fn visit_bool<E>(self, b: bool) -> Result<JsonValue, E> {
        Ok(JsonValue::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<JsonValue, E> {
        Ok(JsonValue::Number(n as f64))
    }

    fn visit_u64<E>(self, n: u64) -> Result<JsonValue, E> {
        Ok(JsonValue::Number(n as f64))
    }

    fn visit_f64<E>(self, n: f64) -> Result<JsonValue, E> {
        Ok(JsonValue::Number(n))
    }

    fn visit_str<E>(self, s: &str) -> Result<JsonValue, E> {
        Ok(JsonValue::String(s.to_string()))
    }

    fn visit_string<E>(self, s: String) -> Result<JsonValue, E> {
        Ok(JsonValue::String(s))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<JsonValue, A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element()? {
            items.push(v);
        }
        Ok(JsonValue::Array(items))
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<JsonValue, A::Error> {
        let mut fields: Vec<(String, JsonValue)> = Vec::new();
        while let Some(field) = map.next_entry()? {
            fields.push(field);
        }
        Ok(JsonValue::Object(fields))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_as_serde_json_reads_them_table() {
        let cases = [
            ("null", JsonValue::Null),
            ("true", JsonValue::Bool(true)),
            ("-3", JsonValue::Number(-3.0)),
            ("1.5", JsonValue::Number(1.5)),
            (r#""a\"b""#, JsonValue::String("a\"b".into())),
            ("[1, []]", {
                JsonValue::Array(vec![JsonValue::Number(1.0), JsonValue::Array(vec![])])
            }),
            (
                r#"{"z": 1, "a": {"y": null}}"#,
                JsonValue::Object(vec![
                    ("z".into(), JsonValue::Number(1.0)),
                    (
                        "a".into(),
                        JsonValue::Object(vec![("y".into(), JsonValue::Null)]),
                    ),
                ]),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(JsonValue::parse(text).ok(), Some(want), "{text}");
        }
        assert!(JsonValue::parse("{").is_err());
        let repeated = JsonValue::parse(r#"{"a": 1, "b": 2, "a": 3}"#).expect("JSON");
        assert_eq!(repeated.get("a"), Some(&JsonValue::Number(3.0)));
    }

    #[test]
    fn accessors_answer_only_for_their_kind() {
        let v = JsonValue::parse(r#"{"s": "x", "b": false, "n": null}"#).expect("JSON");
        assert_eq!(v.get("s").and_then(JsonValue::as_str), Some("x"));
        assert_eq!(v.get("b").and_then(JsonValue::as_bool), Some(false));
        assert!(v.get("n").is_some_and(JsonValue::is_null));
        assert_eq!(v.get("missing"), None);
        assert_eq!(v.get("s").and_then(JsonValue::as_bool), None);
        assert_eq!(v.as_array(), None);
        assert_eq!(JsonValue::Null.get("s"), None);
    }
}
