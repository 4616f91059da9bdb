//! The widget's view state and its reducer: which labels and speakers are shown, which
//! quote is open, which part of the bar is disclosed, and an editor's corrections. Plain data,
//! tested natively; the Yew components only dispatch actions.

#[cfg(feature = "web")]
use std::rc::Rc;

use super::labels::{Group, Look, SpeakerLook};
use crate::analysis::{Analysis, Certainty, Quote};
use crate::stance::{SpeakerStance, Stance};

/// A part of the bar that opens below its one line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Who's who: the speakers, by stance.
    Speakers,
    /// About these labels: what they mean, and that they may be wrong.
    About,
    /// An editor's corrections, to export as overrides.
    Corrections,
}

/// An editor's correction of one quote: its right speaker or stance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Correction {
    /// The quote (index into the analysis's quotes).
    pub quote: usize,
    /// Text that identifies it in an override (its words).
    pub matches: String,
    /// The right speaker, if it changes.
    pub speaker: Option<String>,
    /// The right stance, if it changes.
    pub stance: Option<Stance>,
}

/// What the reader has chosen to see.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Groups (stances, unclear) whose highlights are hidden.
    pub hidden: Vec<Group>,
    /// When not empty, only these speakers' quotes are highlighted.
    pub only_speakers: Vec<usize>,
    /// The quote whose speaker panel is open.
    pub open: Option<usize>,
    /// The part of the bar disclosed below its line.
    pub disclosed: Option<Part>,
    /// An editor's corrections, one per quote, in the order made.
    pub corrections: Vec<Correction>,
}

/// What the reader can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Show or hide one group's highlights.
    ToggleGroup(Group),
    /// Add a speaker to (or remove from) the speaker filter.
    ToggleSpeaker(usize),
    /// Show everything again.
    ClearFilters,
    /// Open the panel for a quote.
    Open(usize),
    /// Close the panel.
    Close,
    /// Open a part of the bar (closing any other), or close it if open.
    Disclose(Part),
    /// Record an editor's correction (replacing an earlier one of the same quote; one that
    /// changes nothing withdraws it).
    Correct(Correction),
    /// A new article: forget everything.
    Reset,
}

impl ViewState {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> ViewState {
        let mut next = self.clone();
        match action {
            Action::ToggleGroup(g) => toggle(&mut next.hidden, g),
            Action::ToggleSpeaker(id) => toggle(&mut next.only_speakers, id),
            Action::ClearFilters => {
                next.hidden.clear();
                next.only_speakers.clear();
            }
            Action::Open(id) => next.open = Some(id),
            Action::Close => next.open = None,
            Action::Disclose(part) => {
                next.disclosed = (next.disclosed != Some(part)).then_some(part);
            }
            Action::Correct(c) => {
                next.corrections.retain(|old| old.quote != c.quote);
                if c.speaker.is_some() || c.stance.is_some() {
                    next.corrections.push(c);
                }
                // A corrected speaker may renumber the speakers: their filter starts over.
                next.only_speakers.clear();
            }
            Action::Reset => next = ViewState::default(),
        }
        next
    }

    /// Is this quote highlighted under the current filters?
    pub fn shows(&self, q: &Quote) -> bool {
        !self.hidden.contains(&Look::of(q).group())
            && (self.only_speakers.is_empty()
                || q.speaker_id
                    .is_some_and(|s| self.only_speakers.contains(&s)))
    }

    /// Is any filter on?
    pub fn filtering(&self) -> bool {
        !self.hidden.is_empty() || !self.only_speakers.is_empty()
    }

    /// The highlighted quotes, in reading order.
    fn shown(&self, analysis: &Analysis) -> Vec<usize> {
        analysis
            .quotes
            .iter()
            .filter(|q| self.shows(q))
            .map(|q| q.id)
            .collect()
    }

    /// The next (or previous) highlighted quote from `from` in reading order, wrapping round.
    pub fn neighbour(
        &self,
        analysis: &Analysis,
        from: Option<usize>,
        forward: bool,
    ) -> Option<usize> {
        let shown = self.shown(analysis);
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

    /// The first (or last) highlighted quote.
    pub fn end(&self, analysis: &Analysis, last: bool) -> Option<usize> {
        let shown = self.shown(analysis);
        if last {
            shown.last().copied()
        } else {
            shown.first().copied()
        }
    }
}

/// The groups hidden at first when a publisher shows only some stances: the others, and the
/// unclear quotes (which are no stance's for sure) unless every stance is shown.
pub fn hidden_at_first(shown: Option<&[Stance]>) -> Vec<Group> {
    let Some(shown) = shown else {
        return Vec::new();
    };
    let mut hidden: Vec<Group> = Stance::ALL
        .into_iter()
        .filter(|s| !shown.contains(s))
        .map(Group::of_stance)
        .collect();
    if !hidden.is_empty() {
        hidden.push(Group::Unclear);
    }
    hidden
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
    /// Home: the first quote.
    First,
    /// End: the last quote.
    Last,
}

/// The command a key (a `KeyboardEvent.key` value) gives, if any.
pub fn key_command(key: &str) -> Option<KeyCommand> {
    match key {
        "Enter" | " " | "Spacebar" => Some(KeyCommand::Open),
        "ArrowRight" | "ArrowDown" | "j" => Some(KeyCommand::Next),
        "ArrowLeft" | "ArrowUp" | "k" => Some(KeyCommand::Previous),
        "Escape" | "Esc" => Some(KeyCommand::Close),
        "Home" => Some(KeyCommand::First),
        "End" => Some(KeyCommand::Last),
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

/// Quote counts per group, as the bar shows them: support, oppose and neutral always, and
/// unclear when there are any.
pub fn counts(analysis: &Analysis) -> Vec<(Group, usize)> {
    Group::ALL
        .into_iter()
        .map(|g| {
            let n = analysis
                .quotes
                .iter()
                .filter(|q| Look::of(q).group() == g)
                .count();
            (g, n)
        })
        .filter(|&(g, n)| g != Group::Unclear || n > 0)
        .collect()
}

/// Speakers grouped as who's who lists them: by their overall stance, in the order support,
/// oppose, mixed, neutral, and last those whose stance is unclear; empty groups left out.
/// Each group is keyed by the look its title shows (firm: "Supports"; or "Unclear").
pub fn speakers_by_stance(analysis: &Analysis) -> Vec<(SpeakerLook, Vec<usize>)> {
    let firm = |stance| SpeakerLook {
        stance,
        certainty: Certainty::Firm,
    };
    let unclear = SpeakerLook {
        stance: SpeakerStance::Neutral,
        certainty: Certainty::Unclear,
    };
    [
        firm(SpeakerStance::Support),
        firm(SpeakerStance::Oppose),
        firm(SpeakerStance::Mixed),
        firm(SpeakerStance::Neutral),
        unclear,
    ]
    .into_iter()
    .map(|group| {
        let ids: Vec<usize> = analysis
            .speakers
            .iter()
            .filter(|s| SpeakerLook::of(s).group() == group.group())
            .map(|s| s.id)
            .collect();
        (group, ids)
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

    fn fix(quote: usize, stance: Option<Stance>) -> Correction {
        Correction {
            quote,
            matches: format!("quote {quote}"),
            speaker: None,
            stance,
        }
    }

    #[test]
    fn actions_table() {
        use Action::*;
        let cases: Vec<(Vec<Action>, ViewState)> = vec![
            (vec![], ViewState::default()),
            (
                vec![ToggleGroup(Group::Oppose)],
                ViewState {
                    hidden: vec![Group::Oppose],
                    ..Default::default()
                },
            ),
            (
                vec![ToggleGroup(Group::Oppose), ToggleGroup(Group::Oppose)],
                ViewState::default(),
            ),
            (
                vec![ToggleSpeaker(1), ToggleSpeaker(2)],
                ViewState {
                    only_speakers: vec![1, 2],
                    ..Default::default()
                },
            ),
            (
                vec![ToggleSpeaker(1), ToggleGroup(Group::Neutral), ClearFilters],
                ViewState::default(),
            ),
            (
                vec![Open(2)],
                ViewState {
                    open: Some(2),
                    ..Default::default()
                },
            ),
            (vec![Open(2), Close], ViewState::default()),
            (
                vec![Disclose(Part::Speakers), Disclose(Part::About)],
                ViewState {
                    disclosed: Some(Part::About),
                    ..Default::default()
                },
            ),
            (
                vec![Disclose(Part::About), Disclose(Part::About)],
                ViewState::default(),
            ),
            (
                vec![
                    ToggleSpeaker(3),
                    Correct(fix(1, Some(Stance::Oppose))),
                    Correct(fix(2, Some(Stance::Support))),
                    Correct(fix(1, Some(Stance::Neutral))),
                ],
                ViewState {
                    corrections: vec![fix(2, Some(Stance::Support)), fix(1, Some(Stance::Neutral))],
                    ..Default::default()
                },
            ),
            (
                vec![Correct(fix(1, Some(Stance::Oppose))), Correct(fix(1, None))],
                ViewState::default(),
            ),
            (
                vec![
                    Open(2),
                    ToggleSpeaker(0),
                    Disclose(Part::Corrections),
                    Reset,
                ],
                ViewState::default(),
            ),
        ];
        for (actions, want) in cases {
            let got = actions
                .iter()
                .fold(ViewState::default(), |s, a| s.apply(a.clone()));
            assert_eq!(got, want, "{actions:?}");
        }
    }

    #[test]
    fn filters_decide_what_is_shown() {
        let a = article();
        assert_eq!(
            a.quotes.iter().map(|q| q.stance).collect::<Vec<_>>(),
            [Stance::Support, Stance::Oppose, Stance::Neutral]
        );
        let s = ViewState::default().apply(Action::ToggleGroup(Group::Oppose));
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
    fn unclear_quotes_are_their_own_group() {
        let mut a = article();
        a.quotes[1].confidence = 0.3;
        assert_eq!(
            counts(&a),
            [
                (Group::Support, 1),
                (Group::Oppose, 0),
                (Group::Neutral, 1),
                (Group::Unclear, 1)
            ]
        );
        let s = ViewState::default().apply(Action::ToggleGroup(Group::Unclear));
        assert_eq!(
            a.quotes.iter().map(|q| s.shows(q)).collect::<Vec<_>>(),
            [true, false, true]
        );
    }

    #[test]
    fn a_publishers_stances_hide_the_others_and_unclear_quotes() {
        assert_eq!(hidden_at_first(None), []);
        assert_eq!(hidden_at_first(Some(&Stance::ALL)), []);
        assert_eq!(
            hidden_at_first(Some(&[Stance::Oppose])),
            [Group::Support, Group::Neutral, Group::Unclear]
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
        assert_eq!((all.end(&a, false), all.end(&a, true)), (Some(0), Some(2)));
        let no_oppose = all.apply(Action::ToggleGroup(Group::Oppose));
        assert_eq!(no_oppose.neighbour(&a, Some(0), true), Some(2));
        let no_neutral = all.apply(Action::ToggleGroup(Group::Neutral));
        assert_eq!(no_neutral.end(&a, true), Some(1));
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
            ("Home", Some(First)),
            ("End", Some(Last)),
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
            [(Group::Support, 1), (Group::Oppose, 1), (Group::Neutral, 1)]
        );
        let groups = speakers_by_stance(&a);
        assert_eq!(
            groups.iter().map(|(s, _)| s.title()).collect::<Vec<_>>(),
            ["Supports", "Opposes", "Neutral"]
        );
    }
}
