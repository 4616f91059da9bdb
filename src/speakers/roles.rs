//! A speaker's roles, as the article words them: which words are a role, how one is tidied
//! and shown ("Cllr" → "Councillor", "52" → "aged 52"), which are kept, and whose office "its
//! chair" is. What a title says of gender, and whether it is an office, are here too.

use crate::lexicon::{self, lexicon, Pronoun};
use crate::tokens;

use super::names::{fix_shouting, initials, lower, strip_article};
use super::sightings::Sighting;
use super::{Entity, EntityId, Registry, SpeakerKind};

/// A title that names an office ("minister", "senator"), not a form of address ("Mr").
pub fn is_office(w: &str) -> bool {
    lexicon().is_title(w) && !lexicon::is_honorific(w)
}

/// The initials an office in capitals goes by, lower-cased: "North Shire's Police and Crime
/// Commissioner" → "pcc" (the words after any possessive; at least two, ending in a title).
pub(super) fn office_initials(role: &str) -> Option<String> {
    let office = role.rsplit(['’', '\'']).next()?.trim_start_matches('s');
    let letters = initials(office);
    let words = office.split_whitespace();
    let last = words.clone().last()?;
    (letters.len() >= 2
        && letters.len() == words.filter(|w| !lexicon::is_name_connector(w)).count()
        && lexicon().is_title(&lower(last)))
    .then(|| lower(&letters))
}

/// A role a bill or a measure has rather than a body ("chief sponsor", "co-author").
pub(super) fn of_a_measure(role: &str) -> bool {
    let last = role.rsplit(' ').next().unwrap_or(role);
    matches!(
        lower(last).as_str(),
        "sponsor" | "sponsors" | "co-sponsor" | "cosponsor" | "author" | "authors" | "co-author"
    )
}

/// "Mr" → masculine, "Ms"/"Mrs"/"Baroness" → feminine.
pub(super) fn gender_of_title(title: &str) -> Option<Pronoun> {
    let first = lower(title.split_whitespace().last().unwrap_or(""))
        .trim_end_matches('.')
        .to_string();
    match first.as_str() {
        "mr" | "sir" | "lord" | "baron" | "father" | "congressman" | "chairman" | "spokesman"
        | "councilman" | "man" | "businessman" | "son" | "husband" | "widower" | "dad"
        | "grandfather" => Some(Pronoun::Masculine),
        "mrs" | "ms" | "miss" | "dame" | "lady" | "baroness" | "sister" | "congresswoman"
        | "chairwoman" | "spokeswoman" | "councilwoman" | "woman" | "businesswoman"
        | "daughter" | "wife" | "widow" | "mum" | "grandmother" => Some(Pronoun::Feminine),
        _ => None,
    }
}

impl Registry {
    /// Adds a role to an entity ("director of policy at the Centre for Social Justice").
    pub fn add_role(&mut self, entity: EntityId, role: &str) {
        // "The 60-year-old told Bild": an age, shown as one.
        if let Some(age) = year_old(role) {
            push_role(&mut self.entities[entity].roles, ["aged ", age].concat());
            return;
        }
        // "Jo Doe, 52, a retired nurse": who she is, then her age, which alone is no role
        // a reader can read ("52"), so it is shown as one ("aged 52").
        if let Some((age, rest)) = split_age(role) {
            if !rest.is_empty() {
                self.add_role(entity, rest);
            }
            push_role(&mut self.entities[entity].roles, ["aged ", age].concat());
            return;
        }
        // "D-N.M., the bill's sponsor": the party and home, then who they are.
        if let Some((tag, rest)) = role.split_once(", ") {
            if lexicon::party_and_place(tag.trim()).is_some() {
                self.add_role(entity, tag);
                self.add_role(entity, rest);
                return;
            }
        }
        let Some(role) = tidy_role(role) else {
            return;
        };
        // "D-Portland": a reader outside the US may not know the letters.
        // "R- Prior Lake", as some papers space it.
        let tag = match role.split_once("- ") {
            Some((letter, place)) if lexicon::party_letter(letter).is_some() => {
                [letter, "-", place].concat()
            }
            _ => String::new(),
        };
        if let Some((party, place)) =
            lexicon::party_and_place(if tag.is_empty() { role } else { &tag })
        {
            push_role(
                &mut self.entities[entity].roles,
                [party, ", ", place].concat(),
            );
            return;
        }
        if let Some(party) = lexicon::party_letter(role) {
            push_role(&mut self.entities[entity].roles, party.to_string());
            return;
        }
        // "Cllr Jo Doe (Lab, Westfield)": a person's party and ward. After a body's name,
        // "(SNP)" is its initials, not a role.
        if let Some((party, place)) = lexicon::party_in_brackets(role) {
            if self.entities[entity].kind == SpeakerKind::Person {
                let shown = match place {
                    Some(place) => [party, ", ", place].concat(),
                    None => party.to_string(),
                };
                push_role(&mut self.entities[entity].roles, shown);
            }
            return;
        }
        let role = &abbreviations_in_full(&fix_shouting(role));
        let single_title = !role.contains(' ') && lexicon().is_title(&lower(role));
        if role.is_empty() || role.chars().count() > 160 || single_title {
            if single_title {
                if let Some(g) = gender_of_title(role) {
                    self.entities[entity].gender.get_or_insert(g);
                }
                let w = lower(role);
                let full = lexicon::title_in_full(&w);
                let e = &mut self.entities[entity];
                for w in std::iter::once(w).chain(full.map(String::from)) {
                    if !e.role_words.contains(&w) {
                        e.role_words.push(w);
                    }
                }
                // "Sheriff Dan Cole", "Cllr Jo Bloggs": a person's office is who they are,
                // unless a fuller role says it ("Jacksonville Sheriff"). "Mr" and "Dr" say
                // nothing of it, and a body's "spokesman" is not the body.
                if e.kind == SpeakerKind::Person && !lexicon::is_honorific(role) {
                    push_role(&mut e.roles, shown_title(role, full));
                }
            }
            return;
        }
        let e = &mut self.entities[entity];
        for w in role.split_whitespace() {
            let w = lower(tokens::strip_possessive(
                w.trim_matches(|c: char| !c.is_alphanumeric()),
            ));
            let full = lexicon::title_in_full(&w).map(String::from);
            for w in std::iter::once(w).chain(full) {
                if lexicon().is_role_or_title(&w) && !e.role_words.contains(&w) {
                    e.role_words.push(w);
                }
            }
        }
        if let Some(g) = gender_of_title(role) {
            e.gender.get_or_insert(g);
        }
        push_role(&mut e.roles, role.to_string());
    }

    /// The body "its" or "their" means at byte `at` of `text`: the one body named in the
    /// [`BODY_WINDOW`] bytes before it, a name that ends in what the body is ("… Forum", "…
    /// Association"), goes by initials, or is a party's; not a place ("Edinburgh", "Sonoma
    /// County"). With two ("the forum urges ministers to press the UK Government"), the
    /// nearer is often not the one meant: the one the writer's sentence, or the sentence
    /// before, opens with is (its subject, what the writer goes on about: "The forum …. Its
    /// chair, …"); `sentences` are where those two start (bytes). With none of them opening
    /// one, "its" is left as written.
    pub(super) fn last_body(&self, text: &str, sentences: [usize; 2], at: usize) -> Option<&str> {
        let is_body = |e: &Entity| {
            let last = e.name.rsplit(' ').next().unwrap_or(&e.name);
            e.kind == SpeakerKind::Organisation
                && !e.unnamed
                && (lexicon().is_org_head(&lower(last)) || e.acronym.is_some() || e.party.is_some())
        };
        let bodies: Vec<Sighting> = self
            .recent(at)
            .take_while(|s| s.at + BODY_WINDOW >= at)
            .filter(|s| is_body(&self.entities[s.entity]))
            .collect();
        let first = bodies.first()?.entity;
        let id = if bodies.iter().all(|s| s.entity == first) {
            first
        } else {
            // "But the Scottish Conservatives rejected it.", "Meanwhile, the …": a
            // conjunction or a sentence adverbial before the subject leaves it the subject.
            let opens = |s: &Sighting| {
                sentences.iter().any(|&start| {
                    start <= s.at
                        && text.get(start..s.at).is_some_and(|w| {
                            let w = w.trim();
                            let w = match w.split_once(' ') {
                                Some(("But" | "And" | "Yet", rest)) => rest,
                                _ => w,
                            };
                            let w = match w.split_once(", ") {
                                Some((a, rest)) if lexicon::is_discourse_adverbial(a) => rest,
                                _ => w,
                            };
                            matches!(w.trim(), "" | "The" | "the")
                        })
                })
            };
            bodies.iter().find(|s| opens(s))?.entity
        };
        Some(self.entities[id].name.as_str())
    }
}

/// Roles whose holder speaks for an organisation rather than for themselves.
pub fn is_spokes_word(w: &str) -> bool {
    matches!(
        w,
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "spokespeople"
            | "source"
            | "sources"
            | "representative"
    )
}

/// A role as a reader should see it, or `None` when the words are not a role: the
/// appositive's "who" and a joining word before it go ("and Abbotsford police chief"), an
/// honorific the office ran into goes ("Medical Officer of Health Dr. Eileen de Villa" is
/// not "Health Dr"), and what someone said is not who they are ("who said the vote …").
fn tidy_role(role: &str) -> Option<&str> {
    let mut role = role.trim().trim_matches(',').trim();
    for lead in ["who ", "and ", "or ", "but "] {
        role = role.strip_prefix(lead).unwrap_or(role);
    }
    let saying = |w: &str| {
        matches!(
            w,
            "said"
                | "says"
                | "told"
                | "tells"
                | "added"
                | "adds"
                | "stated"
                | "states"
                | "confirms"
                | "confirmed"
        )
    };
    let first = role.split_whitespace().next()?;
    // "adding that it would be …", "warning that …": what someone said, not who they are.
    let participle = first.ends_with("ing") && lexicon().starts_cue(first);
    if saying(first) || participle {
        return None;
    }
    // An appositive the writer did not close runs into the sentence: "the organisation's
    // president said in a statement" is the president; "the problem will never be solved by
    // the police alone" is no one's role (a determiner, then a verb with no "who" before it).
    if let Some((at, _)) = role
        .match_indices(' ')
        .find(|&(i, _)| role[i + 1..].split(' ').next().is_some_and(saying))
    {
        role = role[..at].trim_end_matches(',');
        // "a former nurse who says it helped her": the relative word goes with what she says.
        for relative in [" who", " which", " that"] {
            role = role.strip_suffix(relative).unwrap_or(role);
        }
    }
    let determined = matches!(first.to_ascii_lowercase().as_str(), "the" | "a" | "an");
    let finite = role
        .split(' ')
        .skip(1)
        .take_while(|w| !matches!(*w, "who" | "which" | "that" | "whose"))
        .any(lexicon::is_auxiliary);
    if determined && finite {
        return None;
    }
    let mut trimmed = false;
    // Only the short forms, and the knight's and dame's honours ("Professor Dame Ann Hart"
    // is a professor): "First Lady" and "First Sea Lord" are offices.
    while let Some((rest, last)) = role.rsplit_once(' ') {
        if !(lexicon::is_short_honorific(last) || matches!(last, "Sir" | "Dame")) {
            break;
        }
        role = rest.trim_end();
        trimmed = true;
    }
    // What is left of "Health Dr" is no role.
    let w = lower(role);
    let lone_word = !role.contains(' ') && !lexicon().is_role_noun(&w) && !lexicon().is_title(&w);
    let no_role = role.is_empty() || (trimmed && lone_word);
    (!no_role).then_some(role)
}

/// A role with its shortened offices written out, as a reader unused to a house style's
/// abbreviations reads them: "state Sen" → "state Senator", "Det Supt" → "Detective
/// Superintendent". A single word is left to [`shown_title`].
fn abbreviations_in_full(role: &str) -> String {
    let mut out = String::with_capacity(role.len() + 16);
    let mut words = role.split(' ').peekable();
    let several = role.contains(' ');
    while let Some(w) = words.next() {
        if !out.is_empty() {
            out.push(' ');
        }
        let lower = w.to_ascii_lowercase();
        // "Councilor" is a spelling, not an abbreviation; "Gen Z" is no general.
        let abbreviation = several
            && w.is_ascii()
            && lower.trim_end_matches('.').len() <= 5
            && words.peek().is_none_or(|next| next.len() > 1);
        match lexicon::title_in_full(&lower).filter(|_| abbreviation) {
            Some(full) if w.starts_with(|c: char| c.is_ascii_uppercase()) => {
                out.push_str(&shown_title(full, None));
            }
            Some(full) => out.push_str(full),
            None => out.push_str(w),
        }
    }
    out
}

/// The age in a description that is nothing but one ("the 60-year-old", "a 52-year-old").
pub(super) fn year_old(description: &str) -> Option<&str> {
    strip_article(description)
        .strip_suffix("-year-old")
        .filter(|age| (1..=3).contains(&age.len()) && age.bytes().all(|b| b.is_ascii_digit()))
}

/// An age that opens an appositive ("52", "52, a retired nurse"), and what follows it.
fn split_age(role: &str) -> Option<(&str, &str)> {
    let role = role.trim();
    let digits = role.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let (age, rest) = role.split_at(digits);
    match rest.strip_prefix(',') {
        Some(rest) => Some((age, rest.trim())),
        None => rest.is_empty().then_some((age, "")),
    }
}

/// How far back (bytes) "its chair" looks for the body: about two paragraphs.
const BODY_WINDOW: usize = 600;

/// A body's name as a role ends in it: "the Police Federation" (a name ending in what the
/// body is), "Labour", "NHSCC".
pub(super) fn with_article(name: &str) -> String {
    let last = name.rsplit(' ').next().unwrap_or(name);
    // "the Liberal Democrats", "the Greens": a party named in the plural ("Labour" is not).
    let plural_party = lexicon().party(name).is_some() && last.ends_with('s');
    let head = lexicon().is_org_head(&lower(last)) || plural_party;
    let has_article = name.split(' ').next().is_some_and(|w| lower(w) == "the");
    if head && !has_article {
        format!("the {name}")
    } else {
        name.to_string()
    }
}

/// Adds a role unless one already says it; a fuller one replaces those it says ("Sheriff",
/// then "Jacksonville Sheriff"; "Victorian Premier", then "former Victorian Premier").
/// At most [`MAX_ROLES`] are kept: a reader needs no more, and each new role is compared
/// with every kept one (a speaker described a thousand ways stays linear).
fn push_role(roles: &mut Vec<String>, role: String) {
    let key = role_key(&role);
    if key.is_empty() || roles.iter().any(|r| says(&role_key(r), &key)) {
        return;
    }
    roles.retain(|r| !says(&key, &role_key(r)));
    if roles.len() < MAX_ROLES {
        roles.push(role);
    }
}

/// How many roles a speaker keeps (the first the article gives).
const MAX_ROLES: usize = 6;

/// A role's words as compared: lower case, abbreviations in full ("Rep." → "representative").
fn role_key(role: &str) -> Vec<String> {
    role.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = lower(w);
            lexicon::title_in_full(&w).map_or(w, String::from)
        })
        .collect()
}

/// Whether the words `part` occur, in order and together, in `whole`.
fn says(whole: &[String], part: &[String]) -> bool {
    !part.is_empty() && whole.windows(part.len()).any(|w| w == part)
}

/// An office as a reader is shown it: in full ("Cllr" → "Councillor"), initials in capitals
/// ("td" → "TD"), otherwise with one capital ("premier", "TAOISEACH" → "Premier",
/// "Taoiseach"). ASCII only: Unicode's case tables stay out of the wasm, and a word outside
/// ASCII is shown as written.
fn shown_title(title: &str, full: Option<&str>) -> String {
    let word = full.unwrap_or(title);
    if !word.is_ascii() {
        return word.to_string();
    }
    if full.is_none() && word.len() <= 3 {
        return word.to_ascii_uppercase();
    }
    let mut s = word.to_ascii_lowercase();
    if let Some(first) = s.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_say_each_thing_once_and_stop_at_a_few() {
        let mut roles = Vec::new();
        for role in [
            "Sheriff",
            "the Eastvale Sheriff",
            "Sheriff",
            "a former teacher",
        ] {
            push_role(&mut roles, role.to_string());
        }
        assert_eq!(roles, ["the Eastvale Sheriff", "a former teacher"]);
        for n in 0..100 {
            push_role(&mut roles, format!("chair of committee {n}"));
        }
        assert_eq!(roles.len(), MAX_ROLES);
        assert_eq!(roles[2], "chair of committee 0");
    }

    #[test]
    fn roles_are_tidied_as_a_reader_sees_them() {
        for (role, want) in [
            (
                "director of policy at the Centre for Social Justice",
                Some("director of policy at the Centre for Social Justice"),
            ),
            ("who chairs the committee", Some("chairs the committee")),
            (
                "and North Shire police chief",
                Some("North Shire police chief"),
            ),
            (", Labour councillor,", Some("Labour councillor")),
            ("Health Dr", None),
            ("First Lady", Some("First Lady")),
            ("Chief Medical Officer Dr.", Some("Chief Medical Officer")),
            ("who said the vote would not count", None),
            (
                "the organisation's president said in a statement",
                Some("the organisation's president"),
            ),
            ("the problem will never be solved by the police alone", None),
            (
                "the problem could never be solved by the police alone",
                None,
            ),
            ("who has opposed the bill", Some("has opposed the bill")),
            ("adding that it would be wiser to cut the supply", None),
            (
                "a nurse who has worked in the city",
                Some("a nurse who has worked in the city"),
            ),
            ("", None),
        ] {
            assert_eq!(tidy_role(role), want, "{role:?}");
        }
    }

    #[test]
    fn offices_in_capitals_answer_to_their_initials() {
        for (role, want) in [
            ("North Shire's Police and Crime Commissioner", Some("pcc")),
            ("Chief Medical Officer", Some("cmo")),
            ("director of policy at the Centre for Social Justice", None),
            ("Commissioner", None),
        ] {
            assert_eq!(office_initials(role).as_deref(), want, "{role}");
        }
    }
}
