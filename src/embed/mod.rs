//! Embedding in a news page: `StanceLens.mount(element, options)` and what the one-tag
//! loader (`www/embed/stancelens.js`) calls.
//!
//! The widget reads the article from the page (its paragraphs, else the page's JSON-LD
//! `articleBody`, else `options.text`), analyses it in the browser, wraps each quote in a
//! highlight in place (the host's markup stays), and puts its summary and panel in a Shadow
//! DOM. Anything wrong — options, topic, no article — is an error with a message, and the
//! page is left exactly as it was.

pub mod colour;
pub mod options;
pub mod text_map;

#[cfg(feature = "embed")]
mod host;
#[cfg(feature = "embed")]
mod json;
#[cfg(feature = "embed")]
mod mount;
#[cfg(feature = "embed")]
pub use mount::{mount, Widget};
