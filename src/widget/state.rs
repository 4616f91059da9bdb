//! The widget's view state and its reducer: which stances and speakers are shown, which
//! quote is open. Plain data, tested natively; the Yew components only dispatch actions.

#[cfg(feature = "web")]
use std::rc::Rc;

use crate::analysis::{Analysis, Quote};
use crate::stance::{SpeakerStance, Stance};

/// What the reader has chosen to see.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Stances whose highlights are hidden.
    pub hidden_stances: Vec<Stance>,
    /// When not empty, only these speakers' quotes are highlighted.
    pub only_speakers: Vec<usize>,
    /// The quote whose speaker panel is open.
    pub open: Option<usize>,
}

/// What the reader can do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Show or hide one stance's highlights.
    ToggleStance(Stance),
    /// Add a speaker to (or remove from) the speaker filter.
    ToggleSpeaker(usize),
    /// Show everything again.
    ClearFilters,
    /// Open the panel for a quote.
    Open(usize),
    /// Close the panel.
    Close,
    /// A new article: forget everything.
    Reset,
}

impl ViewState {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> ViewState {
        let mut next = self.clone();
        match action {
            Action::ToggleStance(s) => toggle(&mut next.hidden_stances, s),
            Action::ToggleSpeaker(id) => toggle(&mut next.only_speakers, id),
            Action::ClearFilters => {
                next.hidden_stances.clear();
                next.only_speakers.clear();
            }
            Action::Open(id) => next.open = Some(id),
            Action::Close => next.open = None,
            Action::Reset => next = ViewState::default(),
        }
        next
    }

    /// Is this quote highlighted under the current filters?
    pub fn shows(&self, q: &Quote) -> bool {
        !self.hidden_stances.contains(&q.stance)
            && (self.only_speakers.is_empty()
                || q.speaker_id
                    .is_some_and(|s| self.only_speakers.contains(&s)))
    }

    /// Is any filter on?
    pub fn filtering(&self) -> bool {
        !self.hidden_stances.is_empty() || !self.only_speakers.is_empty()
    }

    /// The next (or previous) highlighted quote from `from` in reading order, wrapping round.
    pub fn neighbour(
        &self,
        analysis: &Analysis,
        from: Option<usize>,
        forward: bool,
    ) -> Option<usize> {
        let shown: Vec<usize> = analysis
            .quotes
            .iter()
            .filter(|q| self.shows(q))
            .map(|q| q.id)
            .collect();
        let first = if forward { shown.first() } else { shown.last() };
        let Some(from) = from else {
            return first.copied();
        };
        let next = if forward {
            shown.iter().find(|&&id| id > from)
        } else {
            shown.iter().rev().find(|&&id| id < from)
        };
        next.or(first).copied()
    }
}

fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(item),
    }
}

#[cfg(feature = "web")]
impl yew::Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// What a key does in the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyCommand {
    /// Enter or Space on a quote: open its panel.
    Open,
    /// Right, Down or j: the next quote.
    Next,
    /// Left, Up or k: the previous quote.
    Previous,
    /// Esc: close the panel.
    Close,
}

/// The command a key (a `KeyboardEvent.key` value) gives, if any.
pub fn key_command(key: &str) -> Option<KeyCommand> {
    match key {
        "Enter" | " " | "Spacebar" => Some(KeyCommand::Open),
        "ArrowRight" | "ArrowDown" | "j" => Some(KeyCommand::Next),
        "ArrowLeft" | "ArrowUp" | "k" => Some(KeyCommand::Previous),
        "Escape" | "Esc" => Some(KeyCommand::Close),
        _ => None,
    }
}

/// The quote id in a `#quote-N` URL fragment (`#PREFIXquote-N` for a widget with an id
/// prefix, on pages with several).
pub fn quote_of_fragment(fragment: &str, prefix: &str) -> Option<usize> {
    fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .strip_prefix(prefix)?
        .strip_prefix("quote-")?
        .parse()
        .ok()
}

/// The fragment that opens quote `id` of the widget with this prefix.
pub fn fragment_of_quote(id: usize, prefix: &str) -> String {
    format!("#{prefix}quote-{id}")
}

/// Quote counts per stance: (support, oppose, neutral).
pub fn counts(analysis: &Analysis) -> [(Stance, usize); 3] {
    Stance::ALL.map(|s| (s, analysis.count(s)))
}

/// Speakers grouped by their overall stance, in the order support, oppose, mixed, neutral;
/// empty groups left out.
pub fn speakers_by_stance(analysis: &Analysis) -> Vec<(SpeakerStance, Vec<usize>)> {
    [
        SpeakerStance::Support,
        SpeakerStance::Oppose,
        SpeakerStance::Mixed,
        SpeakerStance::Neutral,
    ]
    .into_iter()
    .map(|s| {
        (
            s,
            analysis
                .speakers
                .iter()
                .filter(|x| x.stance == s)
                .map(|x| x.id)
                .collect::<Vec<_>>(),
        )
    })
    .filter(|(_, ids)| !ids.is_empty())
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Topic;

    /// Three quotes, one per stance (the lexicon rules' labels: these tests are about the
    /// view, not the models).
    fn article() -> Analysis {
        crate::Analyzer::new(Topic::builtin())
            .with_attribution(None)
            .draft(
                None,
                "Ann Lee said: “Locking people up does not work.”\n\n\
                 Bob Ray said: “Decriminalisation would be a disaster.”\n\n\
                 “We need more treatment beds,” said Cy Oak.",
                false,
            )
            .decide(None)
    }

    #[test]
    fn actions_table() {
        use Action::*;
        let cases: &[(&[Action], ViewState)] = &[
            (&[], ViewState::default()),
            (
                &[ToggleStance(Stance::Oppose)],
                ViewState {
                    hidden_stances: vec![Stance::Oppose],
                    ..Default::default()
                },
            ),
            (
                &[ToggleStance(Stance::Oppose), ToggleStance(Stance::Oppose)],
                ViewState::default(),
            ),
            (
                &[ToggleSpeaker(1), ToggleSpeaker(2)],
                ViewState {
                    only_speakers: vec![1, 2],
                    ..Default::default()
                },
            ),
            (
                &[
                    ToggleSpeaker(1),
                    ToggleStance(Stance::Neutral),
                    ClearFilters,
                ],
                ViewState::default(),
            ),
            (
                &[Open(2)],
                ViewState {
                    open: Some(2),
                    ..Default::default()
                },
            ),
            (&[Open(2), Close], ViewState::default()),
            (&[Open(2), ToggleSpeaker(0), Reset], ViewState::default()),
        ];
        for (actions, want) in cases {
            let got = actions
                .iter()
                .fold(ViewState::default(), |s, &a| s.apply(a));
            assert_eq!(&got, want, "{actions:?}");
        }
    }

    #[test]
    fn filters_decide_what_is_shown() {
        let a = article();
        assert_eq!(
            a.quotes.iter().map(|q| q.stance).collect::<Vec<_>>(),
            [Stance::Support, Stance::Oppose, Stance::Neutral]
        );
        let s = ViewState::default().apply(Action::ToggleStance(Stance::Oppose));
        assert_eq!(
            a.quotes.iter().map(|q| s.shows(q)).collect::<Vec<_>>(),
            [true, false, true]
        );
        let s = ViewState::default().apply(Action::ToggleSpeaker(2));
        assert_eq!(
            a.quotes.iter().map(|q| s.shows(q)).collect::<Vec<_>>(),
            [false, false, true]
        );
    }

    #[test]
    fn navigation_skips_hidden_quotes_and_wraps() {
        let a = article();
        let all = ViewState::default();
        assert_eq!(all.neighbour(&a, None, true), Some(0));
        assert_eq!(all.neighbour(&a, Some(0), true), Some(1));
        assert_eq!(all.neighbour(&a, Some(2), true), Some(0));
        assert_eq!(all.neighbour(&a, Some(0), false), Some(2));
        let no_oppose = all.apply(Action::ToggleStance(Stance::Oppose));
        assert_eq!(no_oppose.neighbour(&a, Some(0), true), Some(2));
    }

    #[test]
    fn fragments_table() {
        let cases = [
            ("#quote-3", "", Some(3)),
            ("quote-12", "", Some(12)),
            ("#quote-", "", None),
            ("#q-3", "", None),
            ("", "", None),
            ("#quote-x", "", None),
            ("#second-quote-4", "second-", Some(4)),
            ("#quote-4", "second-", None),
        ];
        for (fragment, prefix, want) in cases {
            assert_eq!(
                quote_of_fragment(fragment, prefix),
                want,
                "{fragment} {prefix}"
            );
        }
        assert_eq!(
            quote_of_fragment(&fragment_of_quote(7, "b-"), "b-"),
            Some(7)
        );
    }

    #[test]
    fn keys_table() {
        use KeyCommand::*;
        let cases = [
            ("Enter", Some(Open)),
            (" ", Some(Open)),
            ("j", Some(Next)),
            ("ArrowDown", Some(Next)),
            ("k", Some(Previous)),
            ("ArrowLeft", Some(Previous)),
            ("Escape", Some(Close)),
            ("a", None),
            ("Tab", None),
        ];
        for (key, want) in cases {
            assert_eq!(key_command(key), want, "{key:?}");
        }
    }

    #[test]
    fn counts_and_groups() {
        let a = article();
        assert_eq!(
            counts(&a),
            [
                (Stance::Support, 1),
                (Stance::Oppose, 1),
                (Stance::Neutral, 1)
            ]
        );
        let groups = speakers_by_stance(&a);
        assert_eq!(
            groups.iter().map(|(s, _)| *s).collect::<Vec<_>>(),
            [
                SpeakerStance::Support,
                SpeakerStance::Oppose,
                SpeakerStance::Neutral
            ]
        );
    }
}
