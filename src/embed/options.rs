//! Options a publisher gives a widget: as a JavaScript object to `StanceLens.mount` (read
//! as its JSON), as `data-stancelens-*` attributes, or as a JSON block
//! (`<script type="application/json" data-stancelens-options>`). Read field by field
//! ([`crate::json_fields`], with serde's messages); unknown options are errors that name
//! them.

use crate::json_value::JsonValue;

use crate::json_fields::{Field, FieldError};
use crate::overrides::Override;
use crate::stance::Stance;

/// Colour scheme of the widget.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Light or dark to match the page the article is on.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// What readers see when the widget cannot work (WebAssembly blocked, a broken option…): the
/// article is left as published either way, and the reason goes to the console and the
/// element's `data-stancelens-error`. (Read by the loader, which handles failures; checked
/// here so that a typo is named.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Failure {
    /// One plain sentence after the article.
    #[default]
    Note,
    /// Nothing.
    Silent,
}

/// Everything a publisher can set.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// A topic profile (the loader fetches a same-origin URL given instead).
    pub topic: Option<JsonValue>,
    /// Colour scheme.
    pub theme: Option<Theme>,
    /// Stances whose highlights are shown at first (all when absent).
    pub stances: Option<Vec<Stance>>,
    /// Editorial fixes of a quote's speaker or stance.
    pub overrides: Option<Vec<Override>>,
    /// The article's text, when the page does not carry it as paragraphs.
    pub text: Option<String>,
    /// A prefix for deep links and element ids, for pages with several widgets.
    pub id: Option<String>,
    /// Where the widget's own files are (set by the loader).
    pub asset_base: Option<String>,
    /// "Export analysis (JSON)" in the bar (off by default).
    pub export: Option<bool>,
    /// Editor mode: correct a quote's speaker or stance in the panel and export the
    /// corrections as `overrides` (off by default).
    pub editor: Option<bool>,
    /// What readers see when the widget cannot work.
    pub failure: Option<Failure>,
}

const THEMES: [(&str, Theme); 3] = [
    ("auto", Theme::Auto),
    ("light", Theme::Light),
    ("dark", Theme::Dark),
];
const FAILURES: [(&str, Failure); 2] = [("note", Failure::Note), ("silent", Failure::Silent)];

/// The stances by name ("support", "oppose", "neutral").
fn stances() -> [(&'static str, Stance); 3] {
    Stance::ALL.map(|s| (s.as_str(), s))
}

/// The value named `name` (already lower case) in `table`.
fn named<T: Copy>(table: &[(&str, T)], name: &str) -> Option<T> {
    table.iter().find(|(n, _)| *n == name).map(|&(_, v)| v)
}

/// A switch given as an attribute: present, empty, "true" or "on" turn it on; "false" or
/// "off" off.
fn flag(name: &str, value: &str) -> Result<bool, String> {
    match value.trim().to_lowercase().as_str() {
        "" | "true" | "on" => Ok(true),
        "false" | "off" => Ok(false),
        _ => Err(format!("{name}: \"{value}\" is not true or false")),
    }
}

impl Options {
    /// `self`, with every option `other` sets taking precedence.
    pub fn merged(self, other: Options) -> Options {
        Options {
            topic: other.topic.or(self.topic),
            theme: other.theme.or(self.theme),
            stances: other.stances.or(self.stances),
            overrides: other.overrides.or(self.overrides),
            text: other.text.or(self.text),
            id: other.id.or(self.id),
            asset_base: other.asset_base.or(self.asset_base),
            export: other.export.or(self.export),
            editor: other.editor.or(self.editor),
            failure: other.failure.or(self.failure),
        }
    }

    /// Reads the `data-stancelens-theme`, `-stances`, `-id`, `-export`, `-editor` and
    /// `-failure` attributes (given as name, value pairs).
    pub fn from_attributes<'a>(
        attrs: impl IntoIterator<Item = (&'a str, String)>,
    ) -> Result<Options, String> {
        let mut o = Options::default();
        for (name, value) in attrs {
            match name {
                "data-stancelens-theme" => {
                    o.theme =
                        Some(named(&THEMES, &value.trim().to_lowercase()).ok_or_else(|| {
                            format!("data-stancelens-theme: \"{value}\" is not auto, light or dark")
                        })?);
                }
                "data-stancelens-stances" => {
                    let mut stances = Vec::new();
                    for part in value
                        .split(|c: char| c == ',' || c.is_whitespace())
                        .filter(|p| !p.is_empty())
                    {
                        stances.push(named(&self::stances(), &part.to_lowercase()).ok_or_else(|| format!("data-stancelens-stances: \"{part}\" is not support, oppose or neutral"))?);
                    }
                    o.stances = Some(stances);
                }
                "data-stancelens-id" => o.id = Some(value),
                "data-stancelens-export" => o.export = Some(flag(name, &value)?),
                "data-stancelens-editor" => o.editor = Some(flag(name, &value)?),
                "data-stancelens-failure" => {
                    o.failure = Some(named(&FAILURES, &value.trim().to_lowercase()).ok_or_else(
                        || format!("data-stancelens-failure: \"{value}\" is not note or silent"),
                    )?);
                }
                // Read by the loader (a topic URL), or set by the widget itself.
                "data-stancelens-topic"
                | "data-stancelens-state"
                | "data-stancelens-scheme"
                | "data-stancelens-error"
                | "data-stancelens-options" => {}
                other if other.starts_with("data-stancelens-") => {
                    return Err(format!(
                        "unknown attribute {other} (known: data-stancelens-theme, data-stancelens-stances, data-stancelens-id, data-stancelens-topic, data-stancelens-export, data-stancelens-editor, data-stancelens-failure)"
                    ));
                }
                _ => {}
            }
        }
        Ok(o)
    }

    /// Reads a JSON options block.
    pub fn from_json(json: &str) -> Result<Options, String> {
        let value = JsonValue::parse(json).map_err(|e| format!("options block: {e}"))?;
        Options::from_block(&value)
    }

    /// Reads a JSON options block already parsed (the embed parses it with the browser's
    /// `JSON.parse`).
    pub fn from_block(value: &JsonValue) -> Result<Options, String> {
        Options::read(&Field::root(value)).map_err(|e| format!("options block: {}", e.message))
    }

    /// Reads the options object given to `StanceLens.mount`, as a JSON value.
    pub fn from_value(value: JsonValue) -> Result<Options, String> {
        Options::read(&Field::root(&value)).map_err(|e| format!("options: {}", e.message))
    }

    /// Every option; `null` leaves one unset.
    fn read(at: &Field) -> Result<Options, FieldError> {
        let o = at.object(
            "struct Options",
            &[
                "topic",
                "theme",
                "stances",
                "overrides",
                "text",
                "id",
                "assetBase",
                "export",
                "editor",
                "failure",
            ],
        )?;
        let mut options = Options::default();
        o.each(|name, f| {
            if f.is_null() {
                return Ok(());
            }
            match name {
                "topic" => options.topic = Some(f.value.clone()),
                "theme" => options.theme = Some(f.variant(&THEMES)?),
                "stances" => options.stances = Some(f.list(|s| s.variant(&stances()))?),
                "overrides" => options.overrides = Some(f.list(|o| Override::read(&o))?),
                "text" => options.text = Some(f.string()?),
                "id" => options.id = Some(f.string()?),
                "assetBase" => options.asset_base = Some(f.string()?),
                "export" => options.export = Some(f.boolean()?),
                "editor" => options.editor = Some(f.boolean()?),
                _ => options.failure = Some(f.variant(&FAILURES)?),
            }
            Ok(())
        })?;
        Ok(options)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_blocks_table() {
        let ok = Options::from_json(r#"{"theme": "dark", "stances": ["support", "oppose"], "overrides": [{"match": "x", "stance": "neutral"}], "editor": true, "failure": "silent"}"#).expect("valid");
        assert_eq!(
            (ok.editor, ok.failure, ok.export),
            (Some(true), Some(Failure::Silent), None)
        );
        assert_eq!(ok.theme, Some(Theme::Dark));
        assert_eq!(ok.stances, Some(vec![Stance::Support, Stance::Oppose]));
        assert_eq!(ok.overrides.map(|o| o.len()), Some(1));
        let cases = [
            (r#"{"colour": "red"}"#, "unknown field `colour`"),
            (r#"{"theme": "purple"}"#, "unknown variant `purple`"),
            (r#"{"failure": "loud"}"#, "unknown variant `loud`"),
            (r#"{"export": "yes"}"#, "invalid type"),
            (r#"{"stances": ["maybe"]}"#, "unknown variant `maybe`"),
            (
                r#"{"overrides": [{"match": "x", "who": "y"}]}"#,
                "unknown field `who`",
            ),
            ("{", "EOF"),
        ];
        for (json, want) in cases {
            let err = Options::from_json(json).expect_err(json);
            assert!(err.contains(want), "{json}: {err}");
            if let Ok(value) = JsonValue::parse(json) {
                let err = Options::from_value(value).expect_err(json);
                assert!(
                    err.starts_with("options: ") && err.contains(want),
                    "{json}: {err}"
                );
            }
        }
    }

    #[test]
    fn attributes_table() {
        let o = Options::from_attributes([
            ("data-stancelens-theme", "Light".to_string()),
            ("data-stancelens-stances", "support, neutral".to_string()),
        ])
        .expect("valid");
        assert_eq!(o.theme, Some(Theme::Light));
        assert_eq!(o.stances, Some(vec![Stance::Support, Stance::Neutral]));
        assert!(
            Options::from_attributes([("data-stancelens-theme", "blue".to_string())])
                .unwrap_err()
                .contains("data-stancelens-theme")
        );
        assert!(
            Options::from_attributes([("data-stancelens-stances", "for".to_string())])
                .unwrap_err()
                .contains("\"for\"")
        );
        assert!(
            Options::from_attributes([("data-stancelens-colour", "red".to_string())])
                .unwrap_err()
                .contains("data-stancelens-colour")
        );
        assert!(Options::from_attributes([
            ("data-stancelens-topic", "/t.json".to_string()),
            ("class", "x".to_string())
        ])
        .is_ok());
        let o = Options::from_attributes([
            ("data-stancelens-export", String::new()),
            ("data-stancelens-editor", "false".to_string()),
            ("data-stancelens-failure", "Silent".to_string()),
        ])
        .expect("valid");
        assert_eq!(
            (o.export, o.editor, o.failure),
            (Some(true), Some(false), Some(Failure::Silent))
        );
        for (name, value) in [
            ("data-stancelens-editor", "maybe"),
            ("data-stancelens-failure", "loud"),
        ] {
            let e = Options::from_attributes([(name, value.to_string())]).unwrap_err();
            assert!(e.contains(name) && e.contains(value), "{e}");
        }
    }

    #[test]
    fn later_options_win() {
        let a = Options {
            theme: Some(Theme::Dark),
            id: Some("a".into()),
            ..Options::default()
        };
        let b = Options {
            theme: Some(Theme::Light),
            ..Options::default()
        };
        let m = a.merged(b);
        assert_eq!((m.theme, m.id.as_deref()), (Some(Theme::Light), Some("a")));
    }
}
