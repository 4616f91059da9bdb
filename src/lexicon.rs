//! English words that news writing uses to report speech and name people: reporting verbs,
//! titles, role nouns, organisation heads, parties, common words.
//!
//! This is language data, not topic data: it says how journalists attribute words, not what
//! anyone thinks. The lists live in `src/lexicon/*.txt` so that they can be read and
//! extended without touching code; they are parsed once, on first use.

use std::sync::LazyLock;

/// A reporting cue: one form of a verb or phrase that introduces someone's words.
#[derive(Debug, PartialEq)]
pub struct CueForm {
    /// The cue's name (its first listed form, e.g. "call for" for "called for").
    pub lemma: &'static str,
    /// The words of this form, lower case.
    pub words: Vec<&'static str>,
}

/// All the word lists, parsed.
#[derive(Debug)]
pub struct Lexicon {
    /// Every form of every reporting cue, by first word, the longest of each first word's
    /// forms first (so "called for" wins over "called").
    cues: Vec<CueForm>,
    /// Where the cues whose first word starts with each byte start (0 for ""), and the end:
    /// the cues are looked up at every word, so the search starts among those few.
    cue_starts: Vec<usize>,
    /// As written: lower case, or capitals for an initialism (looked up in `initialisms`).
    titles: WordSet,
    /// The titles that are also common surnames ("major", "dean").
    surname_titles: WordSet,
    /// The titles that are initialisms ("MP", "DI"), as written: titles before or after a
    /// name only in capitals.
    initialisms: Vec<&'static str>,
    /// The length in bytes of the longest of them.
    longest_initialism: usize,
    title_modifiers: WordSet,
    role_nouns: WordSet,
    group_nouns: WordSet,
    /// The plurals of the role nouns ("pharmacists", "spokesmen", "secretaries"): groups of
    /// speakers too, worked out once. (Not organisation heads': "the groups said" points back
    /// to bodies already named, which a group of its own would hide.)
    group_plurals: WordSet<String>,
    org_heads: WordSet,
    surname_heads: WordSet,
    surname_words: WordSet,
    document_nouns: WordSet,
    common: WordSet,
    /// Lower-cased party name or alias → canonical name.
    parties: Vec<(String, &'static str)>,
    /// Countries, states, regions and big cities, as written.
    places: WordSet,
    /// Seats of government that speak for it, as written.
    institutions: WordSet,
    /// Words for any member of a legislature ("legislator", "lawmaker").
    any_legislator: Vec<&'static str>,
    /// Titles of members of a legislature ("mp", "senator").
    legislators: WordSet,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

/// A word list of `src/lexicon/` as `build.rs` compiled it in: without its comment lines.
macro_rules! lexicon_file {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/lexicon/", $name))
    };
}
pub(crate) use lexicon_file;

/// The lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    &LEXICON
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn word_set(data: &'static str) -> WordSet {
    lines(data).flat_map(str::split_whitespace).collect()
}

/// A set of words, sorted once and searched by halves: nearly as quick as a hash set for
/// lists of this size (a few hundred words), without a hash table's code in every reader's
/// download.
#[derive(Debug)]
pub struct WordSet<T = &'static str>(Vec<T>);

impl<T: AsRef<str> + Ord> FromIterator<T> for WordSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(words: I) -> Self {
        let mut words: Vec<T> = words.into_iter().collect();
        crate::sort::sort(&mut words);
        words.dedup();
        WordSet(words)
    }
}

impl<T: AsRef<str>> WordSet<T> {
    /// True when `w` is one of the words.
    pub fn contains(&self, w: &str) -> bool {
        self.0.binary_search_by(|x| x.as_ref().cmp(w)).is_ok()
    }

    /// The words, in order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.0.iter()
    }
}

/// The first byte of `w` (0 for ""): where [`Lexicon::cues_of`] starts looking.
fn first_byte(w: &str) -> usize {
    w.as_bytes().first().map_or(0, |&b| usize::from(b))
}

/// The regular English plural of a noun (lower case): "secretary" → "secretaries",
/// "spokesman" → "spokesmen", "coach" → "coaches", "pharmacist" → "pharmacists".
fn plural(noun: &str) -> String {
    let consonant_y = noun
        .strip_suffix('y')
        .filter(|stem| !stem.ends_with(['a', 'e', 'o', 'u']));
    if let Some(stem) = consonant_y {
        format!("{stem}ies")
    } else if let Some(stem) = noun.strip_suffix("man") {
        format!("{stem}men")
    } else if noun.ends_with(['s', 'x']) || noun.ends_with("sh") || noun.ends_with("ch") {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    }
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut cues: Vec<CueForm> = Vec::new();
        for line in lines(lexicon_file!("cue_verbs.txt")) {
            let mut forms = line.split(',').map(str::trim).filter(|f| !f.is_empty());
            let Some(lemma) = forms.next() else { continue };
            for form in std::iter::once(lemma).chain(forms) {
                let words: Vec<&'static str> = form.split_whitespace().collect();
                if !words.is_empty() {
                    cues.push(CueForm { lemma, words });
                }
            }
        }
        crate::sort::sort_by_key(&mut cues, |f| {
            (f.words[0], std::cmp::Reverse(f.words.len()))
        });
        let cue_starts = (0..=256)
            .map(|b| cues.partition_point(|f| first_byte(f.words[0]) < b))
            .collect();
        // Lower-cased name → canonical name, sorted by name; of a name given twice, the
        // later line's party.
        let mut parties: Vec<(String, &'static str)> = Vec::new();
        for line in lines(lexicon_file!("parties.txt")) {
            let mut names = line.split('|').map(str::trim).filter(|n| !n.is_empty());
            let Some(canonical) = names.next() else {
                continue;
            };
            parties.push((canonical.to_lowercase(), canonical));
            for alias in names {
                parties.push((alias.to_lowercase(), canonical));
            }
        }
        let parties = crate::sort::last_per_key(parties, |p| p.0.as_str());
        let role_nouns = word_set(lexicon_file!("role_nouns.txt"));
        let group_plurals = role_nouns.iter().map(|w| plural(w)).collect();
        // "house*": a body's head that is also a common surname.
        let org_heads = word_set(lexicon_file!("org_heads.txt"));
        // "major*": a title that is also a common surname.
        let marked_titles = word_set(lexicon_file!("titles.txt"));
        let titles: WordSet = marked_titles
            .iter()
            .map(|w| w.trim_end_matches('*'))
            .collect();
        // "young*": a common word that is also a common surname.
        let marked_common = word_set(lexicon_file!("common_words.txt"));
        let legislators = lexicon_file!("legislators.txt");
        let initialisms: Vec<&'static str> = titles
            .iter()
            .copied()
            .filter(|w| w.bytes().all(|b| b.is_ascii_uppercase()))
            .collect();
        Lexicon {
            cues,
            cue_starts,
            longest_initialism: initialisms.iter().map(|w| w.len()).max().unwrap_or(0),
            initialisms,
            titles,
            surname_titles: marked_titles
                .iter()
                .filter_map(|w| w.strip_suffix('*'))
                .collect(),
            title_modifiers: word_set(lexicon_file!("title_modifiers.txt")),
            role_nouns,
            group_nouns: word_set(lexicon_file!("group_nouns.txt")),
            group_plurals,
            org_heads: org_heads.iter().map(|w| w.trim_end_matches('*')).collect(),
            surname_heads: org_heads
                .iter()
                .filter_map(|w| w.strip_suffix('*'))
                .collect(),
            document_nouns: word_set(lexicon_file!("document_nouns.txt")),
            common: marked_common
                .iter()
                .map(|w| w.trim_end_matches('*'))
                .collect(),
            surname_words: marked_common
                .iter()
                .filter_map(|w| w.strip_suffix('*'))
                .collect(),
            parties,
            places: lines(lexicon_file!("places.txt")).collect(),
            institutions: lines(lexicon_file!("institutions.txt")).collect(),
            any_legislator: lines(legislators)
                .next()
                .map(|l| l.split_whitespace().collect())
                .unwrap_or_default(),
            legislators: lines(legislators)
                .skip(1)
                .flat_map(str::split_whitespace)
                .collect(),
        }
    }

    /// The longest reporting cue starting at `words[i]` (words lower-cased): its lemma and
    /// how many words it takes.
    ///
    /// A one-word form in "-s" is a plural noun, not a verb, when a reporting verb follows it
    /// (straight away or after an auxiliary) that is not in "-s" itself: "federal states have
    /// said" has no cue at "states", while "the group hopes calls will…" keeps "hopes".
    pub fn cue_at(&self, words: &[&str], i: usize) -> Option<(&'static str, usize)> {
        let first = words.get(i)?;
        let forms = self.cues_of(first);
        let form = forms.iter().find(|f| {
            f.words
                .iter()
                .enumerate()
                .all(|(k, w)| words.get(i + k) == Some(w))
        })?;
        let starts_cue = |k: usize| {
            words
                .get(k)
                .is_some_and(|w| !w.ends_with('s') && self.starts_cue(w))
        };
        let noun = form.words.len() == 1
            && first.ends_with('s')
            && (starts_cue(i + 1)
                || words.get(i + 1).is_some_and(|w| is_verb_filler(w)) && starts_cue(i + 2));
        // "hailing from Leeds": where someone comes from, not what they said.
        let origin = form.lemma == "hail" && words.get(i + 1) == Some(&"from");
        (!noun && !origin).then_some((form.lemma, form.words.len()))
    }

    /// True when a reporting cue starts with `w` (lower-cased: "said", "called" of "called
    /// for").
    pub fn starts_cue(&self, w: &str) -> bool {
        !self.cues_of(w).is_empty()
    }

    /// The cue forms that start with word `w`, longest first.
    fn cues_of(&self, w: &str) -> &[CueForm] {
        let b = first_byte(w);
        let (Some(&from), Some(&to)) = (self.cue_starts.get(b), self.cue_starts.get(b + 1)) else {
            return &[];
        };
        let same_start = self.cues.get(from..to).unwrap_or_default();
        let from = same_start.partition_point(|f| f.words[0] < w);
        let to = from + same_start[from..].partition_point(|f| f.words[0] == w);
        &same_start[from..to]
    }

    /// "Mr", "Minister", "MP", "Commissioner"… (lower-cased word).
    pub fn is_title(&self, w: &str) -> bool {
        let w = w.trim_end_matches('.');
        // "co-leader", "co-chair": a title shared.
        self.titles.contains(w)
            || self.is_initialism(w)
            || w.strip_prefix("co-")
                .is_some_and(|t| self.titles.contains(t))
    }
    /// Whether a title (lower-cased) is also a common surname ("major": "John Major").
    pub fn is_surname_title(&self, w: &str) -> bool {
        self.surname_titles.contains(w)
    }
    /// Whether a title (lower-cased) is an initialism ("mp", "di"), a title before or after
    /// a name only when written in capitals.
    pub fn is_initialism(&self, w: &str) -> bool {
        let w = w.trim_end_matches('.');
        // Most words are longer than any initialism: no scan for them (this is asked of
        // nearly every word, through `is_title`).
        w.len() <= self.longest_initialism
            && self.initialisms.iter().any(|t| t.eq_ignore_ascii_case(w))
    }
    /// "Policy" in "Policy Director", "Shadow" in "Shadow Home Secretary"… (lower-cased).
    pub fn is_title_modifier(&self, w: &str) -> bool {
        self.title_modifiers.contains(w)
    }
    /// A word for what someone is or holds: a role noun or a title ("president", "chair",
    /// "minister", "spokesman").
    pub fn is_role_or_title(&self, w: &str) -> bool {
        self.is_role_noun(w) || self.is_title(w)
    }
    /// "spokesman", "minister", "campaigner"… (lower-cased), and how news describes a
    /// person by age or family ("the 54-year-old", "the mother-of-three").
    pub fn is_role_noun(&self, w: &str) -> bool {
        let aged = w
            .strip_suffix("-year-old")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        let family = w
            .split_once("-of-")
            .is_some_and(|(who, _)| self.role_nouns.contains(who));
        self.role_nouns.contains(w) || aged || family
    }
    /// "supporters", "critics", "others"… (lower-cased), and the plural of any role noun
    /// ("shop owners", "pharmacists", "spokesmen", "secretaries").
    pub fn is_group_noun(&self, w: &str) -> bool {
        self.group_nouns.contains(w) || self.group_plurals.contains(w)
    }
    /// "committee", "party", "office"… (lower-cased).
    pub fn is_org_head(&self, w: &str) -> bool {
        self.org_heads.contains(w)
    }
    /// The plural of an organisation's head noun ("organisations", "charities", "groups").
    /// (Asked only of a counted group's head: a scan of the list is cheap there.)
    pub fn is_org_plural(&self, w: &str) -> bool {
        w.ends_with('s') && self.org_heads.iter().any(|&head| plural(head) == w)
    }
    /// "house", "church"… (lower-cased): a body's head noun that is also a common surname.
    pub fn is_surname_head(&self, w: &str) -> bool {
        self.surname_heads.contains(w)
    }
    /// "report", "proposal", "study"… (lower-cased).
    pub fn is_document_noun(&self, w: &str) -> bool {
        self.document_nouns.contains(w)
    }
    /// A frequent English word that is capitalised only at the start of a sentence; a
    /// hyphenated one when each of its parts is ("Twenty-three organisations said").
    pub fn is_common(&self, w: &str) -> bool {
        self.common.contains(w)
            || w.contains('-') && w.split('-').all(|part| self.common.contains(part))
    }
    /// "young", "may"… (lower-cased): a common word that is also a common surname.
    pub fn is_surname_word(&self, w: &str) -> bool {
        self.surname_words.contains(w)
    }
    /// Any word of the lexicon's lists other than names: not a name when capitalised alone.
    pub fn is_known_word(&self, w: &str) -> bool {
        self.is_common(w)
            || self.is_role_noun(w)
            || self.group_nouns.contains(w)
            || self.is_org_head(w)
            || self.is_document_noun(w)
            || self.starts_cue(w)
    }
    /// The canonical name of a political party ("Lib Dems" → "Liberal Democrats").
    pub fn party(&self, name: &str) -> Option<&'static str> {
        let name = name.to_lowercase();
        self.parties
            .binary_search_by(|p| p.0.as_str().cmp(&name))
            .ok()
            .map(|i| self.parties[i].1)
    }

    /// The party whose member `member` names: "Conservative", "Tory", "Liberal Democrat",
    /// whose plurals are the parties' names.
    pub fn member_party(&self, member: &str) -> Option<&'static str> {
        self.party(&plural(member))
    }

    /// A seat of government that speaks for it ("Downing Street said", "the Kremlin said"):
    /// a body, though its name is a street's or a building's.
    pub fn is_institution(&self, name: &str) -> bool {
        let name = name.strip_prefix("the ").unwrap_or(name);
        self.institutions
            .contains(crate::tokens::strip_possessive(name))
    }

    /// Whether the office `generic` ("legislator", "lawmaker") may name the holder of
    /// `title` ("mp", "senator"); both lower case, a title's full stop ignored.
    pub fn names_legislator(&self, generic: &str, title: &str) -> bool {
        self.is_any_legislator(generic) && self.legislators.contains(title.trim_end_matches('.'))
    }

    /// "legislator", "lawmaker": a word that says no more of a member of a legislature than
    /// that they are one.
    pub fn is_any_legislator(&self, w: &str) -> bool {
        self.any_legislator.contains(&w)
    }

    /// Whether a name, as written, is a place: a country, state, region or big city ("B.C.",
    /// "the Netherlands"), or an Irish county ("County Limerick", "Co. Cork").
    pub fn is_place(&self, name: &str) -> bool {
        let name = name.trim();
        let name = name.strip_prefix("the ").unwrap_or(name);
        if self.places.contains(name) || self.places.contains(name.trim_end_matches('.')) {
            return true;
        }
        let county = ["County ", "Co. ", "Co "]
            .iter()
            .find_map(|p| name.strip_prefix(p));
        county.is_some_and(|rest| {
            let mut words = rest.split_whitespace();
            let one = words
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase));
            one && words.next().is_none() && !self.is_org_head(&rest.to_lowercase())
        })
    }
}

/// Subject pronouns and what they can refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    /// he
    Masculine,
    /// she
    Feminine,
    /// they
    Plural,
    /// it
    Neuter,
}

/// The pronoun a (lower-cased, straight-apostrophe) word is, if it is a subject pronoun.
/// A person's pronoun with its auxiliary contracted ("she's argued", "they've called for",
/// "he'd said") is still the subject; "it's" is left out, as it is mostly "it is" with no
/// one behind it ("It's unclear whether…").
pub fn pronoun(w: &str) -> Option<Pronoun> {
    let w = ["'s", "'ve", "'d", "'re"]
        .iter()
        .find_map(|c| w.strip_suffix(c))
        .filter(|p| matches!(*p, "he" | "she" | "they"))
        .unwrap_or(w);
    match w {
        "he" => Some(Pronoun::Masculine),
        "she" => Some(Pronoun::Feminine),
        "they" => Some(Pronoun::Plural),
        "it" => Some(Pronoun::Neuter),
        _ => None,
    }
}

/// Determiners that open a noun phrase.
pub fn is_determiner(w: &str) -> bool {
    DETERMINERS.contains(&w)
}

/// The words of [`is_determiner`]: a list, not a `match`, for a fraction of the code.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
    "your", "some", "many", "most", "several", "both", "all", "each", "every", "another", "no",
    "any", "other",
];

/// Whether a reporting cue (by its lemma, see `cue_verbs.txt`) can come before its subject
/// ("“…,” said the minister", "says a campaigner"). Verbs that take a side or an object do
/// not: ", support services" is a noun phrase, not a speaker.
pub fn inverts(lemma: &str) -> bool {
    !NON_INVERTING_CUES.contains(&lemma)
}

/// The cues of [`inverts`] that never come before their subject.
const NON_INVERTING_CUES: &[&str] = &[
    "support",
    "backed",
    "endorse",
    "welcome",
    "favour",
    "advocate",
    "oppose",
    "reject",
    "dismiss",
    "rule out",
    "criticise",
    "condemn",
    "attack",
    "want",
    "call",
    "call for",
    "call on",
    "push for",
    "demand",
    "praise",
    "accuse",
    "brand",
    "dub",
    "label",
    "liken",
    "hail",
    "commend",
    "decry",
    "denounce",
    "blast",
    "slam",
    "describe",
    "describe as",
    "termed",
    "recommend",
    "propose",
    "encourage",
    "express",
    "voice",
];

/// Auxiliaries and adverbs that may stand between a subject and its reporting verb
/// ("has now insisted", "yesterday called for", "did though agree", "has long argued").
pub fn is_verb_filler(w: &str) -> bool {
    is_auxiliary(w)
        || VERB_FILLERS.contains(&w)
        || is_date_word(w)
        || (w.len() > 4 && w.ends_with("ly"))
}

/// Auxiliary verbs: a clause that opens with one goes on with its subject's predicate ("The
/// motion, put forward by Jo Doe, was defeated"), it does not describe anyone.
pub fn is_auxiliary(w: &str) -> bool {
    AUXILIARIES.contains(&w)
}

/// The words of [`is_auxiliary`].
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "may",
    "might", "must", "can", "did", "does", "do",
];

/// A US politician's party and home written as one word after the name ("Rep. Jo Doe,
/// D-Portland, said"; "R-Fla."): the party in full and the place.
pub fn party_and_place(word: &str) -> Option<(&'static str, &str)> {
    let (letter, place) = word.split_once('-')?;
    let party = party_letter(letter)?;
    place
        .starts_with(|c: char| c.is_uppercase())
        .then_some((party, place))
}

/// The party a role names ("People Before Profit MLA", "the Labour MP for Leeds"): the
/// first run of one to four of its words that is a party's name, other name or member's name.
///
/// ```
/// assert_eq!(stancelens::lexicon::party_in("People Before Profit MLA"), Some("People Before Profit"));
/// assert_eq!(stancelens::lexicon::party_in("the Labour MP for Leeds"), Some("Labour"));
/// assert_eq!(stancelens::lexicon::party_in("Justice Minister"), None);
/// ```
pub fn party_in(role: &str) -> Option<&'static str> {
    let lx = lexicon();
    let mut rest = role;
    while !rest.is_empty() {
        // Up to four words from here, as written (the role's words are one space apart).
        let mut end = 0;
        for _ in 0..4 {
            let word_end = rest[end..].find(' ').map_or(rest.len(), |i| end + i);
            let words = crate::tokens::strip_possessive(
                rest[..word_end].trim_matches(|c: char| !c.is_alphanumeric()),
            );
            if let Some(party) = lx.party(words).or_else(|| lx.member_party(words)) {
                return Some(party);
            }
            if word_end == rest.len() {
                break;
            }
            end = word_end + 1;
        }
        rest = rest.split_once(' ').map_or("", |(_, r)| r);
    }
    None
}

/// A politician's party in brackets after their name, as British, Irish and Australian
/// papers write it: "(Lab)", "(Con, Westfield)", "(Green)", "(Sinn Féin)": the party (a
/// short form in full, a name as written) and the ward or seat after a comma. US initials
/// are [`party_letter`]'s.
pub fn party_in_brackets(inside: &str) -> Option<(&str, Option<&str>)> {
    let (party, place) = match inside.split_once(',') {
        Some((party, place)) => (party.trim(), Some(place.trim())),
        None => (inside.trim(), None),
    };
    if place.is_some_and(|p| !p.starts_with(|c: char| c.is_uppercase()) || p.len() > 40) {
        return None;
    }
    let canonical = match party {
        "Lab" => "Labour",
        "Con" | "Cons" => "Conservative Party",
        "LD" | "Lib Dem" => "Liberal Democrats",
        "Green" | "Grn" => "Green Party",
        "Ind" => "Independent",
        "Reform" => "Reform UK",
        "Plaid" => "Plaid Cymru",
        "FF" => "Fianna Fáil",
        "FG" => "Fine Gael",
        "SF" => "Sinn Féin",
        _ if party.starts_with(|c: char| c.is_uppercase()) && lexicon().party(party).is_some() => {
            party
        }
        _ => return None,
    };
    Some((canonical, place))
}

/// A US party's initial, as "(D)" after a name writes it.
pub fn party_letter(letter: &str) -> Option<&'static str> {
    match letter {
        "D" => Some("Democrat"),
        "R" => Some("Republican"),
        "I" => Some("Independent"),
        _ => None,
    }
}

/// A participle that opens the circumstance of what someone says, set off after their name
/// ("Jo Doe, speaking in Leeds, said"; "Jo Doe, asked about the plan, said"): when, where or
/// why they spoke, not who they are.
pub fn is_circumstance_participle(w: &str) -> bool {
    CIRCUMSTANCE_PARTICIPLES.contains(&w)
}

/// The words of [`is_circumstance_participle`].
const CIRCUMSTANCE_PARTICIPLES: &[&str] = &[
    "speaking",
    "writing",
    "reacting",
    "responding",
    "addressing",
    "appearing",
    "testifying",
    "commenting",
    "asked",
    "questioned",
    "pressed",
    "interviewed",
    "contacted",
    "reached",
    "echoing",
    "citing",
];

/// The word between a person's name and where they work: "Jo Doe of Bright Blue", "Tom Hart
/// from the mayor's office", "a nurse at the clinic".
pub fn is_workplace_link(w: &str) -> bool {
    matches!(w, "of" | "from" | "at")
}

/// What someone issues in their own name (lower-cased): "released a statement saying…",
/// "sent a letter saying…" report the sender's words. (A study or a survey someone cites
/// speaks for its authors, so it is not one.)
pub fn is_issued_text(w: &str) -> bool {
    matches!(
        w,
        "statement" | "statements" | "letter" | "release" | "submission" | "message" | "post"
    )
}

/// A sentence adverbial set off by commas after a name ("Jo Doe, however, said"; "for her
/// part", "in turn"): it links the sentence to the one before, it does not say who anyone
/// is. `words` as written, one space apart (any case); an adverb in "-ly" alone counts too
/// ("Jo Doe, meanwhile," and "Jo Doe, notably,").
pub fn is_discourse_adverbial(words: &str) -> bool {
    let one_ly = !words.contains(' ') && words.len() > 4 && words.ends_with("ly");
    one_ly
        || DISCOURSE_ADVERBIALS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(words))
}

/// The phrases of [`is_discourse_adverbial`].
const DISCOURSE_ADVERBIALS: &[&str] = &[
    "however",
    "meanwhile",
    "though",
    "too",
    "also",
    "instead",
    "nevertheless",
    "nonetheless",
    "still",
    "likewise",
    "therefore",
    "moreover",
    "furthermore",
    "meantime",
    "in turn",
    "in contrast",
    "by contrast",
    "in response",
    "in reply",
    "in fact",
    "in particular",
    "of course",
    "for example",
    "for instance",
    "for his part",
    "for her part",
    "for their part",
    "for its part",
    "on the other hand",
    "in the meantime",
    "at the same time",
];

/// The words of [`is_verb_filler`] besides the auxiliaries: a list, not a `match`, for a
/// fraction of the code.
const VERB_FILLERS: &[&str] = &[
    "also",
    "both",
    "now",
    "then",
    "again",
    "still",
    "since",
    "previously",
    "yesterday",
    "today",
    "later",
    "earlier",
    "once",
    "further",
    "though",
    "however",
    "too",
    "already",
    "recently",
    "repeatedly",
    "simply",
    "always",
    "often",
    "last",
    "week",
    "night",
    "month",
    "year",
    "not",
    "never",
    "even",
    "just",
    "long",
    "both",
    "been",
    "be",
    "being",
    "this",
    "on",
    "morning",
    "evening",
    "afternoon",
    "went",
    "go",
    "goes",
    "going",
];

/// "Mr", "Sir", "Dame": how a person is addressed, which says nothing of their office.
pub fn is_honorific(title: &str) -> bool {
    is_short_honorific(title)
        || matches!(
            title.to_lowercase().trim_end_matches('.'),
            "miss" | "sir" | "dame" | "lord" | "lady" | "hon" | "honourable" | "honorable"
        )
}

/// "Captain", "Sgt", "Lt.": a police or military rank, which a person holds whatever
/// their post, so a role before it is a second one ("police spokesperson Captain Jo Doe").
/// "General" is left out: it ends an office's name ("attorney General", "surgeon General").
pub fn is_rank(title: &str) -> bool {
    let w = title.to_ascii_lowercase();
    let w = w.trim_end_matches('.');
    let w = title_in_full(w).unwrap_or(w);
    matches!(
        w,
        "constable"
            | "superintendent"
            | "inspector"
            | "sergeant"
            | "corporal"
            | "detective"
            | "captain"
            | "colonel"
            | "brigadier"
            | "major"
            | "lieutenant"
            | "admiral"
            | "commander"
    )
}

/// "Mr", "Dr", "Prof.": honorifics that are never part of an office's name.
pub fn is_short_honorific(title: &str) -> bool {
    matches!(
        title.to_lowercase().trim_end_matches('.'),
        "mr" | "mrs" | "ms" | "mx" | "dr" | "prof"
    )
}

/// The role an abbreviated title stands for ("Gov." → "governor", "Cllr" → "councillor"),
/// so that "the governor" later in the story finds "Gov. Jane Doe".
pub fn title_in_full(w: &str) -> Option<&'static str> {
    Some(match w.trim_end_matches('.') {
        "gov" => "governor",
        "sen" => "senator",
        "rep" => "representative",
        "cllr" | "coun" | "councilor" => "councillor",
        "supt" => "superintendent",
        "insp" => "inspector",
        "det" => "detective",
        "sgt" => "sergeant",
        "capt" => "captain",
        "prof" => "professor",
        "pres" => "president",
        "gen" => "general",
        "lt" => "lieutenant",
        "col" => "colonel",
        "brig" => "brigadier",
        "maj" => "major",
        "cpl" => "corporal",
        "const" | "cst" => "constable",
        "atty" => "attorney",
        "cmdr" => "commander",
        "comm" | "commr" => "commissioner",
        "asst" => "assistant",
        "dep" => "deputy",
        "amb" => "ambassador",
        "sec" => "secretary",
        "min" => "minister",
        "rev" | "revd" => "reverend",
        "hon" => "honourable",
        _ => return None,
    })
}

/// Words that begin a surname rather than end a first name: "Ó" and "Ní" (Irish), and
/// lower-case "de", "van", "ole", "bin" ("Van" or "Al" written capitalised is a first name).
pub fn is_surname_particle(word: &str) -> bool {
    matches!(word, "O" | "Ó" | "Ní" | "Nic" | "Uí")
        || matches!(
            word,
            "de" | "del"
                | "dela"
                | "delos"
                | "della"
                | "der"
                | "den"
                | "van"
                | "von"
                | "da"
                | "di"
                | "du"
                | "dos"
                | "le"
                | "la"
                | "ole"
                | "bin"
                | "binti"
                | "ibn"
                | "ap"
                | "al"
                | "el"
                | "ter"
                | "ten"
        )
}

/// Words that link the parts of a multi-word name ("Centre for Social Justice").
pub fn is_name_connector(w: &str) -> bool {
    NAME_CONNECTORS.contains(&w)
}

/// The words of [`is_name_connector`]: a list, not a `match`, for a fraction of the code.
const NAME_CONNECTORS: &[&str] = &[
    "of", "for", "and", "the", "on", "de", "van", "von", "der", "den", "da", "di", "du", "la",
    "le", "al", "el", "bin", "ibn", "st", "&", "y", "del", "della", "des", "ter", "ten", "in",
    "dos", "ole", "binti", "ap",
];

/// A count, in figures or words ("14", "1,200", "three", "Twenty-three", lower case): before
/// a plural it introduces a group ("Twenty-three organisations said").
pub fn is_number_word(w: &str) -> bool {
    let figures = w.starts_with(|c: char| c.is_ascii_digit())
        && w.chars().all(|c| c.is_ascii_digit() || c == ',');
    figures
        || w.split('-')
            .all(|part| NUMBER_WORDS.split_whitespace().any(|n| n == part))
}

/// The words of [`is_number_word`].
const NUMBER_WORDS: &str = "two three four five six seven eight nine ten eleven twelve thirteen \
    fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy \
    eighty ninety hundred dozen";

/// Days and months, and "yesterday", "today", "tonight": when something happened, never who
/// (lower case). "May" is left out: it is also a name and a verb.
pub fn is_date_word(w: &str) -> bool {
    DATE_WORDS.contains(&w)
}

/// The words of [`is_date_word`]: a list, not a `match`, for a fraction of the code.
const DATE_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "yesterday",
    "today",
    "tonight",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_set_finds_each_word_given_once_or_twice_and_no_other() {
        let set: WordSet = ["mayor", "chief", "mayor", "aide", "zealot"]
            .into_iter()
            .collect();
        for w in ["aide", "chief", "mayor", "zealot"] {
            assert!(set.contains(w), "{w}");
        }
        for w in ["", "a", "mayors", "Mayor", "zz"] {
            assert!(!set.contains(w), "{w}");
        }
        assert_eq!(set.iter().count(), 4);
    }

    #[test]
    fn every_cue_form_is_found_by_its_first_word() {
        let lx = lexicon();
        for form in &lx.cues {
            assert!(lx.cues_of(form.words[0]).contains(form), "{:?}", form.words);
        }
        assert!(lx.cues_of("zzz").is_empty());
    }

    #[test]
    fn cues_prefer_the_longest_form() {
        let lx = lexicon();
        let words = ["they", "called", "for", "change"];
        assert_eq!(lx.cue_at(&words, 1), Some(("call for", 2)));
        assert_eq!(lx.cue_at(&["she", "said"], 1), Some(("say", 1)));
        assert_eq!(
            lx.cue_at(&["went", "on", "to", "say"], 0),
            Some(("go on to say", 4))
        );
        assert_eq!(lx.cue_at(&["table"], 0), None);
    }

    #[test]
    fn pronouns_with_a_contracted_auxiliary() {
        let cases = [
            ("she", Some(Pronoun::Feminine)),
            ("she's", Some(Pronoun::Feminine)),
            ("he'd", Some(Pronoun::Masculine)),
            ("they've", Some(Pronoun::Plural)),
            ("they're", Some(Pronoun::Plural)),
            ("it", Some(Pronoun::Neuter)),
            ("it's", None),
            ("he'll", None),
            ("'s", None),
            ("shes", None),
        ];
        for (word, want) in cases {
            assert_eq!(pronoun(word), want, "{word}");
        }
    }

    #[test]
    fn a_plural_noun_before_a_reporting_verb_is_no_cue() {
        let lx = lexicon();
        let cases: &[(&[&str], usize, Option<&str>)] = &[
            (&["federal", "states", "have", "said", "no"], 1, None),
            (&["the", "states", "said", "no"], 1, None),
            (
                &["the", "report", "states", "that", "it"],
                2,
                Some("stated"),
            ),
            (&["which", "she", "says", "has", "failed"], 2, Some("say")),
            (&["she", "said", "said"], 1, Some("say")),
            (&["the", "group", "hopes", "calls", "will"], 2, Some("hope")),
            (&["we", "won", "exclaimed", "jo"], 2, Some("exclaim")),
            (&["summarizes", "jo", "doe"], 0, Some("summarise")),
            (&["his", "jokes", "were"], 1, None),
        ];
        for &(words, i, want) in cases {
            assert_eq!(lx.cue_at(words, i).map(|c| c.0), want, "{words:?}");
        }
    }

    #[test]
    fn ranks_are_held_whatever_the_post() {
        for (title, rank) in [
            ("Captain", true),
            ("Sgt.", true),
            ("Maj", true),
            ("Capt.", true),
            ("Lt", true),
            ("Inspector", true),
            ("General", false),
            ("Minister", false),
            ("Cllr", false),
            ("Dr", false),
        ] {
            assert_eq!(is_rank(title), rank, "{title}");
        }
    }

    #[test]
    fn word_lists_load() {
        let lx = lexicon();
        assert!(lx.is_title("cllr") && lx.is_title("mr.") && !lx.is_title("stephen"));
        // Initialisms in any case, with a full stop; nothing longer than the longest.
        for (word, initialism) in [("mp", true), ("MP.", true), ("dci", true), ("mps", false)] {
            assert_eq!(lx.is_initialism(word), initialism, "{word}");
        }
        assert!(!lx.is_initialism("minister") && lx.is_title("mp"));
        assert!(lx.is_role_noun("spokesman") && lx.is_group_noun("supporters"));
        for (word, role) in [
            ("54-year-old", true),
            ("mother-of-three", true),
            ("-year-old", false),
            ("year-old", false),
            ("state-of-the-art", false),
        ] {
            assert_eq!(lx.is_role_noun(word), role, "{word}");
        }
        // A role noun's plural names a group: "-s", "-ies", "-men".
        for plural in ["owners", "pharmacists", "secretaries", "spokesmen"] {
            assert!(lx.is_group_noun(plural), "{plural}");
        }
        for word in ["news", "cities", "women's", "omen", "groups"] {
            assert!(!lx.is_group_noun(word), "{word}");
        }
        assert!(lx.is_org_head("committee") && lx.is_document_noun("report"));
        assert_eq!(lx.party("lib dems"), Some("Liberal Democrats"));
        assert_eq!(lx.party("Tories"), Some("Conservative Party"));
        assert!(lx.is_common("meanwhile") && !lx.is_common("whitham"));
        // A hyphenated word is common when each part is ("twenty-three", not "anti-drug").
        assert!(lx.is_common("twenty-three") && !lx.is_common("anti-drug"));
        // An organisation's head in the plural: "-s", "-ies", "-es".
        for (word, plural) in [
            ("organisations", true),
            ("charities", true),
            ("churches", true),
            ("organisation", false),
            ("officials", false),
            ("charitys", false),
        ] {
            assert_eq!(lx.is_org_plural(word), plural, "{word}");
        }
    }

    #[test]
    fn counts_table() {
        for (word, count) in [
            ("14", true),
            ("1,200", true),
            ("three", true),
            ("twenty-three", true),
            ("one", false),
            ("many", false),
            ("2024s", false),
            ("three-year-old", false),
            ("", false),
        ] {
            assert_eq!(is_number_word(word), count, "{word:?}");
        }
    }

    #[test]
    fn places_table() {
        let lx = lexicon();
        let cases = [
            ("Belgium", true),
            ("the Netherlands", true),
            ("B.C.", true),
            ("B.C", true),
            ("British Columbia", true),
            ("County Limerick", true),
            ("Co. Cork", true),
            ("County Council", false),
            ("County Limerick Council", false),
            ("Health Canada", false),
            ("Chad", false),
            ("Jane Doe", false),
            ("belgium", false),
        ];
        for (name, place) in cases {
            assert_eq!(lx.is_place(name), place, "{name}");
        }
    }
}
