//! The browser widget: the article with every quote highlighted by stance, a summary with
//! filters, and the speaker's context one click away.
//!
//! [`segments`], [`state`], [`labels`], [`placement`], [`corrections`] and [`shared`] are plain data and
//! logic, tested natively; the Yew components (feature `web`) render them and dispatch
//! [`state::Action`]s.
//!
//! | module | what it is |
//! |---|---|
//! | [`segments`] | the article cut into text, names and quotes |
//! | [`state`] | filters, the open quote, the disclosed part of the bar, corrections; the reducer |
//! | [`labels`] | words and class names for labels, certainty, reported speech; the key |
//! | [`placement`] | where the panel goes (gutter or bottom sheet) and how far to scroll |
//! | [`corrections`] | an editor's corrections as the `overrides` option |
//! | [`shared`] | the analysis as components pass it: an `Rc` compared by identity |
//! | `lens` | the widget rendering an article: summary, who's who, article, panel |
//! | `overlay` | the widget over a host page's own article (embedding) |
//! | `hooks`, `browser`, `events` | what both share: actions, focus, keyboard, deep links, events |
//! | `controls` | the bar both shells show: one line of counts and toggles, and what it discloses |
//! | `summary_bar` | counts per label, their toggles |
//! | `about` | "About these labels" and the key (also printed) |
//! | `correction_form`, `corrections_view` | editor mode: correct a quote, export the corrections (render functions) |
//! | `who_is_who` | speakers grouped by stance, speaker toggles |
//! | `article_view` | the highlighted article |
//! | `quote_panel` | the speaker's context for the chosen quote |
//! | `paste_box`, `demo` | the demo page |
//! | `worker` | analysing in the publisher's module worker (the demo's paste box) |

pub mod corrections;
pub mod labels;
pub mod placement;
pub mod segments;
pub mod shared;
pub mod state;

#[cfg(feature = "web")]
pub mod about;
#[cfg(feature = "web")]
pub mod article_view;
#[cfg(feature = "web")]
pub mod browser;
#[cfg(feature = "web")]
pub mod controls;
#[cfg(feature = "web")]
pub mod correction_form;
#[cfg(feature = "web")]
pub mod corrections_view;
#[cfg(feature = "web")]
pub mod demo;
#[cfg(feature = "web")]
pub mod events;
#[cfg(feature = "web")]
pub mod hooks;
#[cfg(feature = "web")]
pub mod lens;
#[cfg(feature = "web")]
pub mod overlay;
#[cfg(feature = "web")]
pub mod paste_box;
#[cfg(feature = "web")]
pub mod quote_panel;
#[cfg(feature = "web")]
pub mod summary_bar;
#[cfg(feature = "web")]
pub mod who_is_who;
#[cfg(feature = "web")]
pub mod worker;
