//! Reading JSON objects field by field, with serde's messages and the path to the field.
//!
//! Topic profiles and the widget's options are small JSON documents read once; reading them
//! from a [`JsonValue`] by hand, rather than through `#[derive(Deserialize)]` and a
//! path-tracking deserializer, keeps a generic deserializer per type (and with it the float
//! formatting of serde's messages, 20 KB of WebAssembly) out of the widget. The messages are
//! serde's ("invalid type: integer `3`, expected a string", "unknown field `colour`,
//! expected one of …", "missing field `name`"), and each error names where it is, as
//! `serde_path_to_error` does: `evaluations.positive[3]`, or `.` for the whole document.
//!
//! ```
//! use stancelens::json_fields::{Field, FieldError};
//! use stancelens::json_value::JsonValue;
//! let v = JsonValue::parse(r#"{"name": "X", "tags": ["a", 2]}"#).unwrap();
//! let (mut name, mut tags) = (String::new(), Vec::new());
//! let mut read = || -> Result<(), FieldError> {
//!     let doc = Field::root(&v).object("struct Doc", &["name", "tags"])?;
//!     doc.each(|field, f| {
//!         match field {
//!             "name" => name = f.string()?,
//!             _ => tags = f.strings()?,
//!         }
//!         Ok(())
//!     })?;
//!     doc.require(&["name"])
//! };
//! let err = read().unwrap_err();
//! assert_eq!(err.to_string(), "tags[1]: invalid type: integer `2`, expected a string");
//! ```

use std::fmt;

use crate::json_value::JsonValue;

/// What is wrong where in a JSON document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// Where: `evaluations.positive[3]`, or `.` for the whole document.
    pub path: String,
    /// What, in serde's words.
    pub message: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// A value in a JSON document and where it is.
#[derive(Clone, Debug)]
pub struct Field<'v> {
    /// The value.
    pub value: &'v JsonValue,
    /// Where, "" for the whole document.
    path: String,
}

/// An object, with the fields it may have.
#[derive(Clone, Debug)]
pub struct Object<'v> {
    at: Field<'v>,
    map: &'v [(String, JsonValue)],
    known: &'static [&'static str],
}

/// What a value is, as serde's messages say it: `string "x"`, ``integer `5` ``, `map`.
pub fn describe(v: &JsonValue) -> String {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: whole numbers a double holds exactly
    match v {
        JsonValue::Null => "null".into(),
        JsonValue::Bool(b) => format!("boolean `{b}`"),
        JsonValue::Number(n) if n.fract() == 0.0 && n.abs() < EXACT => {
            format!("integer `{}`", *n as i64)
        }
        // serde_json's digits (already in the widget for the analysis it writes), not `{n}`,
        // which would bring the standard library's float printing.
        JsonValue::Number(n) => format!(
            "floating point `{}`",
            serde_json::to_string(n).unwrap_or_default()
        ),
        JsonValue::String(s) => format!("string \"{}\"", escaped(s)),
        JsonValue::Array(_) => "sequence".into(),
        JsonValue::Object(_) => "map".into(),
    }
}

/// A string as Rust's `Debug` quotes it (what serde's messages show), for the characters an
/// option or a topic holds: quotes, backslashes and control characters escaped. Written out
/// so that the widget does not carry `Debug`'s Unicode tables for one message.
fn escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// serde's list of what was expected: "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [a] => a.clone(),
        [a, b] => format!("{a} or {b}"),
        all => format!("one of {}", all.join(", ")),
    }
}

impl<'v> Field<'v> {
    /// The whole document.
    pub fn root(value: &'v JsonValue) -> Field<'v> {
        Field {
            value,
            path: String::new(),
        }
    }

    fn child(&self, value: &'v JsonValue, name: &str) -> Field<'v> {
        let path = if self.path.is_empty() {
            name.to_string()
        } else {
            format!("{}.{name}", self.path)
        };
        Field { value, path }
    }

    /// Where this value is: `frames.support[0]`, or `.` for the whole document.
    pub fn path(&self) -> String {
        if self.path.is_empty() {
            ".".into()
        } else {
            self.path.clone()
        }
    }

    /// An error here.
    pub fn error(&self, message: impl Into<String>) -> FieldError {
        FieldError {
            path: self.path(),
            message: message.into(),
        }
    }

    fn invalid_type(&self, expected: &str) -> FieldError {
        self.error(format!(
            "invalid type: {}, expected {expected}",
            describe(self.value)
        ))
    }

    /// True for `null` (an optional setting left unset).
    pub fn is_null(&self) -> bool {
        self.value.is_null()
    }

    /// A string.
    pub fn string(&self) -> Result<String, FieldError> {
        self.value
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| self.invalid_type("a string"))
    }

    /// `true` or `false`.
    pub fn boolean(&self) -> Result<bool, FieldError> {
        self.value
            .as_bool()
            .ok_or_else(|| self.invalid_type("a boolean"))
    }

    /// A list, each element read by `each`.
    pub fn list<T>(
        &self,
        mut each: impl FnMut(Field<'v>) -> Result<T, FieldError>,
    ) -> Result<Vec<T>, FieldError> {
        let items = self
            .value
            .as_array()
            .ok_or_else(|| self.invalid_type("a sequence"))?;
        items
            .iter()
            .enumerate()
            .map(|(i, value)| {
                each(Field {
                    value,
                    path: format!("{}[{i}]", self.path),
                })
            })
            .collect()
    }

    /// A list of strings.
    pub fn strings(&self) -> Result<Vec<String>, FieldError> {
        self.list(|f| f.string())
    }

    /// One of `variants` (a name and its value), named by a string.
    pub fn variant<T: Copy>(&self, variants: &[(&str, T)]) -> Result<T, FieldError> {
        let name = self
            .value
            .as_str()
            .ok_or_else(|| self.invalid_type("a string"))?;
        variants
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, v)| v)
            .ok_or_else(|| {
                let names: Vec<&str> = variants.iter().map(|(n, _)| *n).collect();
                self.error(format!(
                    "unknown variant `{name}`, expected {}",
                    one_of(&names)
                ))
            })
    }

    /// An object (serde calls it `expected`, e.g. "struct Topic") that may have the fields
    /// `known`.
    pub fn object(
        &self,
        expected: &str,
        known: &'static [&'static str],
    ) -> Result<Object<'v>, FieldError> {
        let map = self
            .value
            .as_object()
            .ok_or_else(|| self.invalid_type(expected))?;
        Ok(Object {
            at: self.clone(),
            map,
            known,
        })
    }
}

impl<'v> Object<'v> {
    /// Reads every field, in the object's order, as serde does: `read` gets each known
    /// field's name and value; a field not known is an error naming the known ones.
    pub fn each(
        &self,
        mut read: impl FnMut(&str, Field<'v>) -> Result<(), FieldError>,
    ) -> Result<(), FieldError> {
        for (name, value) in self.map {
            let field = self.at.child(value, name);
            if !self.known.contains(&name.as_str()) {
                let expected = if self.known.is_empty() {
                    "there are no fields".to_string()
                } else {
                    format!("expected {}", one_of(self.known))
                };
                return Err(field.error(format!("unknown field `{name}`, {expected}")));
            }
            read(name, field)?;
        }
        Ok(())
    }

    /// Every one of `names` is there (else the first missing one is an error, as serde
    /// reports it after reading the rest).
    pub fn require(&self, names: &[&str]) -> Result<(), FieldError> {
        match names
            .iter()
            .find(|n| !self.map.iter().any(|(k, _)| k == *n))
        {
            Some(name) => Err(self.at.error(format!("missing field `{name}`"))),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> JsonValue {
        JsonValue::parse(json).expect("test JSON parses")
    }

    #[test]
    fn strings_are_quoted_as_debug_quotes_them() {
        for s in [
            "dark",
            "say \"no\"",
            "a\\b",
            "two\nlines\tand\r\0",
            "\u{1}\u{7f}",
            "café ‘x’ 'y'",
        ] {
            assert_eq!(
                describe(&JsonValue::String(s.into())),
                format!("string {s:?}"),
                "{s}"
            );
        }
    }

    #[test]
    fn values_are_described_as_serde_does() {
        let cases = [
            ("null", "null"),
            ("true", "boolean `true`"),
            ("3", "integer `3`"),
            ("-3", "integer `-3`"),
            ("1.5", "floating point `1.5`"),
            (r#""a\"b""#, r#"string "a\"b""#),
            ("[]", "sequence"),
            ("{}", "map"),
        ];
        for (json, want) in cases {
            assert_eq!(describe(&parse(json)), want, "{json}");
        }
    }

    #[test]
    fn errors_name_the_path_table() {
        let v = parse(r#"{"a": {"b": [1, "x"]}, "d": "e"}"#);
        let root = Field::root(&v);
        let read = |known: &'static [&'static str]| {
            let doc = root.object("struct Doc", known)?;
            doc.each(|name, f| match name {
                "a" => f
                    .object("struct A", &["b"])?
                    .each(|_, b| b.strings().map(|_| ())),
                "d" => f.variant(&[("x", 1), ("y", 2)]).map(|_| ()),
                _ => Ok(()),
            })?;
            doc.require(&["a", "z"])
        };
        let err = |known| read(known).unwrap_err().to_string();
        assert_eq!(
            err(&["a", "d"]),
            "a.b[0]: invalid type: integer `1`, expected a string"
        );
        assert_eq!(
            err(&["d", "z"]),
            "a: unknown field `a`, expected `d` or `z`"
        );
        assert_eq!(
            err(&["x", "y", "z"]),
            "a: unknown field `a`, expected one of `x`, `y`, `z`"
        );
        assert_eq!(err(&[]), "a: unknown field `a`, there are no fields");
        let v = parse(r#"{"d": "e"}"#);
        let doc = Field::root(&v)
            .object("struct Doc", &["d"])
            .expect("an object");
        assert_eq!(
            doc.each(|_, f| f.variant(&[("x", 1), ("y", 2)]).map(|_| ()))
                .unwrap_err()
                .to_string(),
            "d: unknown variant `e`, expected `x` or `y`"
        );
        assert_eq!(
            doc.require(&["d", "z"]).unwrap_err().to_string(),
            ".: missing field `z`"
        );
        assert_eq!(
            Field::root(&parse("[]"))
                .object("struct Doc", &[])
                .unwrap_err()
                .to_string(),
            ".: invalid type: sequence, expected struct Doc"
        );
    }
}
