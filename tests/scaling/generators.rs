//! Adversarial article generators: each mixes the patterns the analysis handles, repeated to
//! any size, in one paragraph (the worst shape for anything that looks back or ahead).

/// A generator: an article of about the given number of bytes.
pub type Generator = fn(usize) -> String;

/// The generators, by name.
pub const GENERATORS: &[(&str, Generator)] = &[
    ("pronoun-cue-and-scare-quote", pronoun_cue_and_scare_quote),
    ("many-speakers", many_speakers),
    (
        "one-speaker-thousands-of-mentions",
        one_speaker_many_mentions,
    ),
    ("unbalanced-and-nested-marks", unbalanced_and_nested),
    ("titles-apostrophes-appositives", titles_and_apostrophes),
    ("reported-speech-chain", reported_speech_chain),
    ("one-long-capitalised-run", one_long_capitalised_run),
    ("roles-named-later", roles_named_later),
    ("numbered-measures-one-sentence", numbered_measures),
    ("datelines-and-outlets", datelines_and_outlets),
];

fn repeat_to(bytes: usize, mut unit: impl FnMut(usize) -> String) -> String {
    let mut out = String::with_capacity(bytes + 200);
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(&unit(i));
        i += 1;
    }
    out
}

/// `Mr Smith said “…” and she added 'no'`: a cue, a pronoun cue and a single-quoted word.
pub fn pronoun_cue_and_scare_quote(bytes: usize) -> String {
    repeat_to(bytes, |_| {
        "Mr Smith said “Locking people up does not work at all.” and she added 'no' ".into()
    })
}

/// A new named speaker for every quote.
pub fn many_speakers(bytes: usize) -> String {
    repeat_to(bytes, |i| {
        format!("Ann{i} Lee{i}, a councillor in Town{i}, said “The law has failed us.” ")
    })
}

/// One speaker named by full name, surname, title and pronoun, thousands of times.
pub fn one_speaker_many_mentions(bytes: usize) -> String {
    repeat_to(bytes, |_| {
        "Ann Lee spoke. Ms Lee said: “It works.” Lee added that she agreed, and Ann Lee ".into()
    })
}

/// Opening marks never closed, single quotes that may be apostrophes, nesting.
pub fn unbalanced_and_nested(bytes: usize) -> String {
    repeat_to(bytes, |_| {
        "“He said ‘she said “no ‘maybe’ » « 'it's' the users' ".into()
    })
}

/// Titles with full stops, possessives, appositives and organisations.
pub fn titles_and_apostrophes(bytes: usize) -> String {
    repeat_to(bytes, |_| {
        "Dr. Jane O'Neil, director of policy at the Centre for Social Justice's unit, said the \
         committee's report was “a mistake”. The HSCC disagreed. "
            .into()
    })
}

/// Reported speech clause after clause, no quotation marks.
pub fn reported_speech_chain(bytes: usize) -> String {
    repeat_to(bytes, |_| {
        "The minister said that the plan would fail, while critics argued that it would work; \
         the council called for a review, and she warned against it, "
            .into()
    })
}

/// One capitalised run that never ends: offices of bodies ("Director of Director of …"),
/// surname particles and plural titles, the shapes a name's reading looks into.
pub fn one_long_capitalised_run(bytes: usize) -> String {
    let mut out = repeat_to(bytes, |_| {
        "Senators Director of the Ledama ole Kina Trust of ".into()
    });
    out.push_str("Kina said “no”.");
    out
}

/// Unnamed roles that speak, each followed by a person named later, places between.
pub fn roles_named_later(bytes: usize) -> String {
    repeat_to(bytes, |i| {
        format!(
            "The chief executive of the Harbour Trust has said it was “a mess”. Belgium's \
             Health Secretary told B.C.'s press “no”. Ann{i} Lee{i}, of Upper Marsh, said: \
             “Yes.” "
        )
    })
}

/// Bills and ballot measures by number, some defined as undoing the policy, with saints' names
/// and ranks in acronyms, in one sentence that never ends.
pub fn numbered_measures(bytes: usize) -> String {
    repeat_to(bytes, |i| {
        format!(
            "House Bill {i}, which would recriminalise possession, and Measure {i}1, which \
             decriminalised it, split voters, and ACP Jo St. Pierre{i} said Prop {i}2 has \
             failed and “HB {i} works”, "
        )
    })
}

/// Paragraph after paragraph opened by a dateline naming its own newsroom, each with a new
/// titled speaker, reported speech, "told Reuters" and the newsroom cited again: the one
/// generator in many paragraphs, because a dateline opens one.
pub fn datelines_and_outlets(bytes: usize) -> String {
    repeat_to(bytes, |i| {
        format!(
            "LONDON (WX{i}) — Cllr Jo Roe{i}, chair of the {i} Committee, said the plan \
             would work, two officials told Reuters on Monday. WX{i} reported that Mr Roe{i} \
             disagreed, according to the Committee. “It has failed,” he said.\n\n"
        )
    })
}
