//! Who is who: merging the many ways an article refers to one speaker.
//!
//! "Louis Stephen", "Councillor Stephen", "Cllr Stephen" and "he" are one person; "Health
//! and Social Care Committee", "HSCC", "the committee" and "the report" one organisation;
//! "A Home Office spokesman" speaks for the Home Office. The [`Registry`] keeps every entity
//! the article names, in order of appearance, and resolves names, short forms, descriptions
//! and pronouns to them. It never guesses: a reference it cannot resolve stays unresolved.
//!
//! This file has the entities and the registry that holds them; the registry's work is in
//! `speakers/`, one idea a file:
//! - `register.rs`: which entity a name or a description is, a known one or a new one;
//! - `references.rs`: what a role, a short form, a document or a pronoun refers to;
//! - `sightings.rs`: where each entity was seen, in text order, read back most recent first;
//! - `merges.rs`: which entities turned out to be one;
//! - `roles.rs`: a speaker's roles, tidied, shown and kept, and whose office "its chair" is;
//! - `names.rs`: how names and descriptions are written and compared.

mod merges;
mod names;
mod references;
mod register;
mod roles;
mod sightings;

use std::borrow::Cow;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::lexicon::{lexicon, Pronoun};
use crate::span::Span;

use merges::Merges;
use register::OrgKey;
use sightings::Sighting;

pub(crate) use names::PEERAGES;
pub use names::{same_words, shown_name, strip_article};
pub use roles::{is_office, is_spokes_word};

/// What kind of speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// A named organisation (a party, a department, a committee…).
    Organisation,
    /// Known only by a description: "a cannabis campaigner", "supporters of the bill".
    Group,
}

impl SpeakerKind {
    /// The name as serialised: "person", "organisation", "group".
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Group => "group",
        }
    }
}

/// Index of an entity in the registry.
pub type EntityId = usize;

/// Someone or something the article names.
#[derive(Clone, Debug)]
pub struct Entity {
    /// Person, organisation or group.
    pub kind: SpeakerKind,
    /// The fullest name seen ("Louis Stephen", "Health and Social Care Committee").
    pub name: String,
    /// Lower-cased surname of a person.
    pub surname: Option<String>,
    /// Lower-cased first name(s) of a person.
    pub given: Option<String>,
    /// The acronym an organisation goes by ("HSCC").
    pub acronym: Option<String>,
    /// Canonical party name, for parties.
    pub party: Option<&'static str>,
    /// Roles and affiliations, as the article words them.
    pub roles: Vec<String>,
    /// Lower-cased role words from `roles` and descriptions ("minister", "spokesman").
    pub role_words: Vec<String>,
    /// Every place the article refers to it.
    pub mentions: Vec<Span>,
    /// Known only by a description.
    pub unnamed: bool,
    /// Introduced by a singular description of a person ("the city's Green Party leader",
    /// "a Belfast mother"), so a name given soon after may be theirs.
    pub definite_person: bool,
    /// Gender, when a title or pronoun says so.
    pub gender: Option<Pronoun>,
    /// Byte offset of the first mention.
    pub first_seen: usize,
    /// A peer's title, which is part of how a peer named by one name is known.
    pub peerage: Option<&'static str>,
}

impl Entity {
    /// The name a reader is shown: `name`, or a peer's title and name ("Lord Falconer", not
    /// "Falconer"; "Lord Falconer of Thoroton") until the article gives a fuller name.
    pub fn shown_name(&self) -> Cow<'_, str> {
        match self.peerage {
            Some(title)
                if (self.given.is_none() && !self.name.contains(' '))
                    || self.name.split_whitespace().nth(1) == Some("of") =>
            {
                Cow::Owned(format!("{title} {}", self.name))
            }
            _ => Cow::Borrowed(&self.name),
        }
    }

    /// Whether the article describes this person only by roles that are no office and none
    /// of `described` ("Jo Doe, a nurse in the city" for "the health minister", "the
    /// senator"): whoever holds that office is someone else. A person described by no role,
    /// or by any office, may hold it.
    pub fn has_only_other_roles(&self, described: &[&str]) -> bool {
        let lx = lexicon();
        let mut roles = self
            .role_words
            .iter()
            .filter(|w| lx.is_role_or_title(w))
            .peekable();
        roles.peek().is_some() && roles.all(|w| !is_office(w) && !described.contains(&w.as_str()))
    }
}

/// All entities of one article, and where each is mentioned.
#[derive(Debug, Default)]
pub struct Registry {
    /// The entities, in order of first mention.
    pub entities: Vec<Entity>,
    /// Sightings in text order, as the names are read (each after the last).
    sightings: Vec<Sighting>,
    /// Sightings added behind those (a quote's speaker, a pronoun's referent, found while
    /// attributing, after every name of the article was read), in text order. Kept apart,
    /// inserting one shifts the few added since, not the rest of the article.
    late: Vec<Sighting>,
    /// Organisations that authored a document, most recent last.
    authors: Vec<(usize, EntityId)>,
    /// Organisations by the keys they answer to.
    org_keys: HashMap<OrgKey, EntityId>,
    /// People (and single-word placeholders) by lower-cased surname, oldest first.
    surnames: HashMap<String, Vec<EntityId>>,
    /// Unnamed entities by lower-cased description.
    described: HashMap<String, EntityId>,
    /// People by lower-cased first name(s).
    given_names: HashMap<String, Vec<EntityId>>,
    /// Which entities were merged into which.
    merges: Merges,
}

impl Registry {
    /// The entity `id` (following merges).
    pub fn get(&self, id: EntityId) -> &Entity {
        &self.entities[id]
    }

    fn new_entity(&mut self, kind: SpeakerKind, name: &str, at: usize) -> EntityId {
        self.entities.push(Entity {
            kind,
            name: name.to_string(),
            surname: None,
            given: None,
            acronym: None,
            party: None,
            roles: Vec::new(),
            role_words: Vec::new(),
            mentions: Vec::new(),
            unnamed: false,
            definite_person: false,
            gender: None,
            first_seen: at,
            peerage: None,
        });
        let id = self.entities.len() - 1;
        self.merges.add(id);
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::mentions;

    fn registry(text: &str) -> (Registry, Vec<EntityId>) {
        let doc = Document::new(text);
        let mut r = Registry::default();
        let ids = mentions::find(&doc)
            .iter()
            .map(|m| r.register_name(&doc, m))
            .collect();
        (r, ids)
    }

    #[test]
    fn an_age_alone_is_shown_as_one() {
        let mut r = Registry::default();
        let span = crate::span::Span::new(0, 15);
        let id = r.describe("The 60-year-old", "60-year-old", true, true, span);
        assert_eq!(r.get(id).roles, ["aged 60"]);
        let id = r.describe("the retired nurse", "nurse", true, true, span);
        assert_eq!(r.get(id).roles, ["the retired nurse"]);
    }

    #[test]
    fn names_merge_table() {
        // (text, expected entity names per mention)
        let cases: &[(&str, &[&str])] = &[
            (
                "Louis Stephen spoke. Later Cllr Stephen left. Councillor Stephen agreed.",
                &["Louis Stephen"; 3],
            ),
            (
                "Ed Davies spoke. Mr Davies left.",
                &["Ed Davies", "Ed Davies"],
            ),
            // Two surnames, without the given names; a different given name is another
            // person.
            (
                "María José Gutiérrez Ortega spoke. Gutiérrez Ortega left. Ana Ortega agreed.",
                &[
                    "María José Gutiérrez Ortega",
                    "María José Gutiérrez Ortega",
                    "Ana Ortega",
                ],
            ),
            (
                "Jo Kenny spoke. Later Deputy Kenny left.",
                &["Jo Kenny", "Jo Kenny"],
            ),
            (
                "Speaker Rob A. Lee spoke. Lee left.",
                &["Rob A. Lee", "Rob A. Lee"],
            ),
            (
                "Aodhan O Riordain spoke. O Riordain left. Eileen de Villa agreed.",
                &["Aodhan O Riordain", "Aodhan O Riordain", "Eileen de Villa"],
            ),
            (
                "Al Gore spoke. Tipper Gore left.",
                &["Al Gore", "Tipper Gore"],
            ),
            // A particle's capital at a sentence's start.
            (
                "Ursula von der Leyen spoke. Von der Leyen left.",
                &["Ursula von der Leyen", "Ursula von der Leyen"],
            ),
            (
                "Pedro de la Cruz spoke. De la Cruz left. Maria Cruz agreed.",
                &["Pedro de la Cruz", "Pedro de la Cruz", "Maria Cruz"],
            ),
            (
                "The Health and Social Care Committee spoke. The HSCC report agreed.",
                &[
                    "Health and Social Care Committee",
                    "Health and Social Care Committee",
                ],
            ),
            (
                "Labour said no. The Labour Party agreed.",
                &["Labour Party", "Labour Party"],
            ),
            (
                "The Lib Dems voted. Liberal Democrats agreed.",
                &["Liberal Democrats", "Liberal Democrats"],
            ),
            (
                "Whitham spoke. Elena Whitham agreed.",
                &["Elena Whitham", "Elena Whitham"],
            ),
            // A first name alone is the one person who has it, before or after.
            (
                "Sir Jane Doe spoke. Later Sir Jane left.",
                &["Jane Doe", "Jane Doe"],
            ),
            (
                "Yesterday Jane told us. Jane Doe agreed.",
                &["Jane Doe", "Jane Doe"],
            ),
            (
                "Jane Doe and Jane Roe spoke. Yesterday Jane left.",
                &["Jane Doe", "Jane Roe", "Jane"],
            ),
        ];
        for (text, want) in cases {
            let (r, ids) = registry(text);
            let got: Vec<&str> = ids
                .iter()
                .map(|&id| r.get(r.canonical(id)).name.as_str())
                .collect();
            assert_eq!(&got, want, "text {text:?}");
        }
    }

    #[test]
    fn roles_come_from_titles_and_appositives() {
        let text = "Ed Davies, director of policy at the Centre for Social Justice, said no.";
        let (r, ids) = registry(text);
        assert_eq!(
            r.get(ids[0]).roles,
            ["director of policy at the Centre for Social Justice"]
        );
        assert!(r.get(ids[0]).role_words.contains(&"director".to_string()));
        // An abbreviated title answers to the role in full: "the governor" finds her.
        let (r, ids) = registry("Gov. Jane Doe signed the bill.");
        assert!(r.get(ids[0]).role_words.contains(&"governor".to_string()));
    }

    #[test]
    fn a_persons_roles_table() {
        // (text, the first person's roles)
        let cases: &[(&str, &[&str])] = &[
            ("Sheriff Dan Cole said no.", &["Sheriff"]),
            // Where a person works, after the name without a comma: in lower case, or a
            // place's body ending in a common noun.
            ("Sam Price of the police union said no.", &["of the police union"]),
            ("Jo Bloggs from a local drugs charity said no.", &["from a local drugs charity"]),
            ("Ann Cole of the Eastvale clinic said no.", &["of the Eastvale clinic"]),
            ("Dr Ann Cole of the Eastvale clinic said no.", &["of the Eastvale clinic"]),
            ("Sam Price of the union members said no.", &[]),
            // Someone named later in the article does not stand in the workplace's way.
            (
                "Tom Hart from the mayor's office said no. Jo Ray disagreed.",
                &["from the mayor's office"],
            ),
            // A body whose name could be a person's: the description says it is a body.
            ("Jo Doe of the think tank Bright Blue said no.", &["of the think tank Bright Blue"]),
            ("Jo Doe of Bright Blue said no.", &["of Bright Blue"]),
            (
                "Mayor Jo Doe of Eastvale said council plans were late.",
                &["Mayor", "of Eastvale"],
            ),
            // A colon before the quote closes the appositive, as a comma would.
            ("Jo Bloggs, a nurse: “It is time.”", &["a nurse"]),
            (
                "According to the union's leader, Jo Bloggs, it is wrong.",
                &["the union's leader"],
            ),
            (
                "The Greens’ drug spokeswoman, Jo Bloggs, said no.",
                &["the Greens’ drug spokeswoman"],
            ),
            // An office with its initials in brackets; a body's initials stay the body's.
            (
                "Inspector General of Police (IGP) Jo Bloggs said no.",
                &["Inspector General of Police (IGP)"],
            ),
            (
                "The Conservative Party of Canada (CPC) leader Jo Bloggs said no.",
                &["Leader"],
            ),
            ("Her party colleague, Jo Bloggs, agreed.", &["her party colleague"]),
            // A member of a party, named by it and set off before the name.
            (
                "The Liberal Democrat, Jo Bloggs, said no.",
                &["the Liberal Democrat"],
            ),
            ("A Republican, Jo Bloggs, said no.", &["a Republican"]),
            (
                "The Liberal Democrat, Jo Bloggs, went further than both.",
                &["the Liberal Democrat"],
            ),
            ("The Guardian, Jo Bloggs, said no.", &[]),
            // After a description and a name set off, the predicate is no one's role.
            (
                "The Labour candidate, Jo Bloggs, went further, calling for a pilot.",
                &["the Labour candidate"],
            ),
            (
                "The chief constable, Jo Bloggs, sent a paper to the board.",
                &["the chief constable"],
            ),
            // A party of several words before a title and its seat.
            (
                "Sinn Féin TD for Dublin Central Jo Bloggs said no.",
                &["Sinn Féin TD for Dublin Central"],
            ),
            (
                "People Before Profit TD for Dublin Mid-West Jo Bloggs said no.",
                &["People Before Profit TD for Dublin Mid-West"],
            ),
            (
                "Labour MP for Bristol West Jo Bloggs said no.",
                &["Labour MP for Bristol West"],
            ),
            ("Greens MP Jo Bloggs said no.", &["Greens MP"]),
            // Three words of name after a seat that ends in a point of the compass.
            (
                "Sinn Féin TD for Dublin Central Mary Lou Bloggs said no.",
                &["Sinn Féin TD for Dublin Central"],
            ),
            ("Supervisor Jo Bloggs said no.", &["Supervisor"]),
            // Initials written with stops inside the role before a name.
            ("The U.S. Attorney, Jo Bloggs, said no.", &["the U.S. Attorney"]),
            // A role after a title's qualifier is a title.
            ("Staff Nurse Jo Bell said no.", &["Staff Nurse"]),
            ("Lord Advocate Jo Bell said no.", &["Lord Advocate"]),
            // Set off by dashes, as by commas.
            (
                "Jo Bloggs — a nurse who runs the clinic — said no.",
                &["a nurse who runs the clinic"],
            ),
            ("Jo Bloggs - a nurse - told them no.", &["a nurse"]),
            // A spaced hyphen closes an appositive opened by a comma, as a dash does.
            (
                "Jo Bloggs, a nurse at the clinic - and a mother of two - said no.",
                &["a nurse at the clinic"],
            ),
            // One dash is not a pair: what follows is the sentence, not who she is.
            ("The plan was backed by Jo Bloggs — a surprise to many.", &[]),
            // A list set off by dashes says nothing of who she is.
            ("Jo Bloggs—as well as her deputy—said no.", &[]),
            ("Cllr Jo Bloggs said no.", &["Councillor"]),
            ("Sen. Jo Bloggs said no.", &["Senator"]),
            ("Its leader, the Rev. Jo Bloggs, said no.", &["its leader", "Reverend"]),
            ("TD Jo Bloggs said no.", &["TD"]),
            ("Mr Jo Bloggs and Dr Ann Lee said no.", &[]),
            ("Sir Jo Bloggs said no.", &[]),
            ("Professor Dame Jo Bloggs said no.", &["Professor"]),
            ("Professor Sir Jo Bloggs said no.", &["Professor"]),
            (
                "Rep. Jo Bloggs, D-El Paso, said no.",
                &["Representative", "Democrat, El Paso"],
            ),
            ("It is wrong, said Sen. Jo Bloggs, R-Fla.", &["Senator", "Republican, Fla"]),
            ("Gov. Jo Bloggs (D) said no.", &["Governor", "Democrat"]),
            (
                "“It works,” Sen. Jo Bloggs, D-N.M., the bill's sponsor, said.",
                &["Senator", "Democrat, N.M.", "the bill's sponsor"],
            ),
            // A British or Irish party in brackets, with the ward; kept past a clause.
            ("Cllr Jo Bloggs (Lab) said no.", &["Councillor", "Labour"]),
            (
                "Cllr Jo Bloggs (Con, Westfield) said no.",
                &["Councillor", "Conservative Party, Westfield"],
            ),
            (
                "It was tabled by Cllr Jo Bloggs (Green), who said it was “fair”.",
                &["Councillor", "Green Party"],
            ),
            ("Jo Bloggs (SF) said no.", &["Sinn Féin"]),
            ("Jo Bloggs (Sinn Fein) said no.", &["Sinn Fein"]),
            ("Health Minister Jo Bloggs (SPD) said no.", &["Health Minister", "SPD"]),
            ("Jo Bloggs (pictured) said no.", &[]),
            ("Green Party co-leader Jo Bloggs said no.", &["Green Party co-leader"]),
            (
                "But Sinn Féin's spokesperson on drugs, Jo Bloggs, said no.",
                &["Sinn Féin's spokesperson on drugs"],
            ),
            ("Sen. Jo Bloggs (D-Md.) said no.", &["Senator", "Democrat, Md."]),
            // An office before an abbreviated title is a second office, not its qualifier.
            (
                "Conservative group leader Cllr Jo Bloggs said no.",
                &["Conservative group leader", "Councillor"],
            ),
            // A title no longer, not yet or only for now theirs.
            (
                "The plan drew fire from former President Jo Bloggs, who said no.",
                &["former President"],
            ),
            ("Former Health Minister Jo Bloggs said no.", &["Former Health Minister"]),
            ("Mr Jo Bloggs said no. Former Mr Jo Bloggs agreed.", &[]),
            // ... and before a rank, which a person holds whatever their post.
            (
                "Police spokesperson Captain Jo Bloggs said no.",
                &["Police spokesperson", "Captain"],
            ),
            (
                "Army spokesman Maj. Jo Bloggs said no.",
                &["Army spokesman", "Major"],
            ),
            // Letters after the name, and a party's regional name before it.
            (
                "The Lord Advocate, Jo Bloggs KC, said no.",
                &["the Lord Advocate", "KC"],
            ),
            ("Scottish Labour's Jo Bloggs MSP said no.", &["Scottish Labour", "MSP"]),
            // A body's office, "its" the body last named; a party named in the plural takes
            // "the".
            (
                "The Liberal Democrats want it legal. Their home affairs spokesperson, Jo Bloggs, said no.",
                &["home affairs spokesperson of the Liberal Democrats"],
            ),
            (
                "The North Shire Trust said no. Its chief executive Jo Bloggs agreed.",
                &["chief executive of the North Shire Trust"],
            ),
            // A role before the name and an age after it.
            (
                "The campaigner, Jo Bloggs, 43, said it was “welcome”.",
                &["the campaigner", "aged 43"],
            ),
            (
                "The campaigner, Jo Bloggs, 43, a nurse, said it was welcome.",
                &["the campaigner", "a nurse", "aged 43"],
            ),
            // A relative clause that reports: the role is what comes before it.
            (
                "“It works,” said Jo Bloggs, a former nurse who says it helped her.",
                &["a former nurse"],
            ),
            // A relative clause after the name says what she did; the role before it
            // still says who she is.
            (
                "The county's commissioner, Jo Bloggs, who introduced the scheme, said no.",
                &["the county's commissioner", "introduced the scheme"],
            ),
            // A verb in the past ends a role before the name.
            (
                "The Assembly passed Labor backbencher Jo Bloggs's bill, which he said was \"fair\".",
                &["Labor backbencher"],
            ),
            // An office "on" or "of" something, after an opening conjunction.
            (
                "But Opposition spokesman on national security, Jo Bloggs, argued it was \"wrong\".",
                &["Opposition spokesman on national security"],
            ),
            (
                "The head of the National Council on Drug Abuse, Jo Bloggs, said no.",
                &["the head of the National Council on Drug Abuse"],
            ),
            (
                "In a letter, the justice minister, Jo Bloggs (Labour), wrote: \"No.\"",
                &["the justice minister", "Labour"],
            ),
            // After a dateline.
            (
                "EASTVALE — Britain's chief coroner, Jo Bloggs, said no.",
                &["Britain's chief coroner"],
            ),
            ("Sen. Jo Bloggs (R- Eastvale) said no.", &["Senator", "Republican, Eastvale"]),
            ("Rep. Jo Bloggs (D-N.Y.) said no.", &["Representative", "Democrat, N.Y."]),
            // The word the name's capitals left out of the office.
            (
                "The state’s attorney General Jo Bloggs said no.",
                &["attorney General"],
            ),
            (
                "Then State’s Attorney Jo Bloggs said no.",
                &["State’s Attorney"],
            ),
            // A fuller role says the office: it is not repeated.
            (
                "Eastvale Sheriff Jo Bloggs said no. Sheriff Bloggs left.",
                &["Eastvale Sheriff"],
            ),
            (
                "Sheriff Jo Bloggs, the Eastvale Sheriff, said no.",
                &["the Eastvale Sheriff"],
            ),
            // Where they work, after the name.
            (
                "Dr Jo Bloggs of the Police Federation said no.",
                &["of the Police Federation"],
            ),
            (
                "Mayor Jo Bloggs of Eastvale and Westvale said no.",
                &["Mayor", "of Eastvale and Westvale"],
            ),
            (
                "Jo Bloggs of the Police Federation said no.",
                &["of the Police Federation"],
            ),
            (
                "Jo Bloggs from the charity Release said no.",
                &["from the charity Release"],
            ),
            (
                "Jo Bloggs of the drugs charity Release said no.",
                &["of the drugs charity Release"],
            ),
            (
                "Jo Bloggs of the drug policy group Transform said no.",
                &["of the drug policy group Transform"],
            ),
            // What the body is ends in a body's word ("charity", "group"), or it is no body.
            ("Jo Bloggs of the old town Eastvale said no.", &[]),
            ("Jo Bloggs at the Police Federation conference spoke.", &[]),
            // A role before the name, set off by commas.
            (
                "The Health Secretary, Jo Bloggs, said no.",
                &["the Health Secretary"],
            ),
            (
                "On Monday, Labour's health spokesman, Jo Bloggs, said no.",
                &["Labour's health spokesman"],
            ),
            (
                "The Eastvale Drugs Forum's chief executive, Jo Bloggs, said no.",
                &["the Eastvale Drugs Forum's chief executive"],
            ),
            (
                "No, said the Eastvale Trust's director, Prof Jo Bloggs.",
                &["the Eastvale Trust's director"],
            ),
            (
                "Writing online, the Green member for the area, Jo Bloggs, said no.",
                &["the Green member for the area"],
            ),
            (
                "After meeting the director of the trust, Jo Bloggs, said no.",
                &[],
            ),
            (
                "No, said the Eastvale Drugs Forum's chief executive, Jo Bloggs.",
                &["the Eastvale Drugs Forum's chief executive"],
            ),
            (
                "After meeting the minister, Jo Bloggs, a campaigner, said no.",
                &["a campaigner"],
            ),
            ("Angry at the minister, Jo Bloggs, said no.", &[]),
            // "Its chair": the body last named.
            (
                "The Eastvale Police Federation disagreed. Its chair, Jo Bloggs, said no.",
                &["chair of the Eastvale Police Federation"],
            ),
            (
                "Labour disagreed. Its leader, Jo Bloggs, said no.",
                &["leader of Labour"],
            ),
            (
                "The Eastvale Tenants Forum wrote to Westvale. Its chair, Jo Bloggs, said no.",
                &["chair of the Eastvale Tenants Forum"],
            ),
            // With two bodies, the one the sentence or the one before opens with.
            (
                "The Eastvale Tenants Forum wrote to the Westvale Trust. Its chair, Jo Bloggs, said no.",
                &["chair of the Eastvale Tenants Forum"],
            ),
            (
                "The Eastvale Tenants Forum, according to its chair, Jo Bloggs, wrote to the Westvale Trust.",
                &["chair of the Eastvale Tenants Forum"],
            ),
            (
                "The Westvale Trust wrote. The Eastvale Tenants Forum, according to its chair, Jo Bloggs, did not.",
                &["chair of the Eastvale Tenants Forum"],
            ),
            (
                "After the Eastvale Tenants Forum wrote, the Westvale Trust met. Its chair, Jo Bloggs, said no.",
                &["its chair"],
            ),
            // A conjunction or an adverbial before the subject leaves it the subject.
            (
                "The Eastvale Tenants Forum met. But the Westvale Trust said no. Its chair, Jo Bloggs, wrote.",
                &["chair of the Westvale Trust"],
            ),
            (
                "The Eastvale Tenants Forum met. In response, the Westvale Trust said no. Its chair, Jo Bloggs, wrote.",
                &["chair of the Westvale Trust"],
            ),
            ("Its leader, Jo Bloggs, said no.", &["its leader"]),
            // What has a sponsor or an author is a bill, not the body just named.
            (
                "The Senate passed House Bill 12. Its chief sponsor, Jo Bloggs, said no.",
                &["chief sponsor"],
            ),
            // A body's possessive before the name, or anyone's before the title.
            ("Reform UK's Jo Bloggs said no.", &["Reform UK"]),
            (
                "Fianna Fáil's justice spokesman Jo Bloggs said no.",
                &["Fianna Fáil's justice spokesman"],
            ),
            (
                "Britain's Home Secretary Jo Bloggs said no.",
                &["Britain's Home Secretary"],
            ),
            (
                "In October Britain's Home Secretary Jo Bloggs said no.",
                &["Home Secretary"],
            ),
            // An age, then who they are; an office before an honorific.
            (
                "Jo Bloggs, 52, a retired nurse, said no.",
                &["a retired nurse", "aged 52"],
            ),
            ("Jo Bloggs, 52, said no.", &["aged 52"]),
            // Abbreviated offices in a longer role are written out.
            ("State Sen. Jo Bloggs said no.", &["State Senator"]),
            ("Democratic Rep. Jo Bloggs said no.", &["Democratic Representative"]),
            ("Det Supt Jo Bloggs said no.", &["Detective Superintendent"]),
            (
                "Jo Bloggs, a Gen Z campaigner, said no.",
                &["a Gen Z campaigner"],
            ),
            (
                "Jo Bloggs, 34, who has been in recovery for six years, said no.",
                &["has been in recovery for six years", "aged 34"],
            ),
            (
                "The force's chief constable Sir Jo Bloggs said no.",
                &["chief constable"],
            ),
            // An appositive closed by a dash.
            (
                "It was Jo Bloggs, who runs a café in Eastvale — and she said no.",
                &["runs a café in Eastvale"],
            ),
        ];
        for (text, want) in cases {
            let (r, ids) = registry(text);
            let person = ids
                .iter()
                .map(|&id| r.get(r.canonical(id)))
                .find(|e| e.kind == SpeakerKind::Person);
            let got = person.map(|e| e.roles.clone()).unwrap_or_default();
            assert_eq!(&got, want, "text {text:?}");
        }
    }

    #[test]
    fn a_peer_named_by_one_name_is_shown_with_the_title() {
        // (text, the first speaker's name as shown)
        let cases = [
            ("Lord Falconer said it was “a mistake”.", "Lord Falconer"),
            (
                "Former cabinet minister Lord Falconer said it was “a mistake”.",
                "Lord Falconer",
            ),
            ("Baroness Smith said it was “a mistake”.", "Baroness Smith"),
            // A territorial designation is part of a peer's name, not a body's.
            (
                "Lord Falconer of Thoroton said it was “a mistake”.",
                "Lord Falconer of Thoroton",
            ),
            // A fuller name is the name.
            (
                "Lord Hague said it was “a mistake”. William Hague said so again.",
                "William Hague",
            ),
            ("Sir Keir said it was “a mistake”.", "Keir"),
        ];
        for (text, want) in cases {
            let a = crate::analyze(text, crate::Topic::builtin());
            let got = a.speakers.first().map(|s| s.name.as_str());
            assert_eq!(got, Some(want), "{text}");
        }
    }

    #[test]
    fn pronouns_prefer_recent_speakers() {
        let text = "Ann Lee met Bob Ray. She spoke.";
        let (mut r, ids) = registry(text);
        r.sight(ids[0], Span::new(0, 7), true);
        let she = text.find("She").unwrap_or(0);
        assert_eq!(
            r.pronoun(Pronoun::Feminine, she, 0, (she, she)),
            Some(ids[0])
        );
    }

    #[test]
    fn the_subject_of_said_is_a_person_unless_its_name_is_a_bodys() {
        // (text, whether the first name's entity is a person once it says something)
        let cases: &[(&str, bool)] = &[
            ("Lundy said no.", true),
            ("The Senate said no.", false),
            ("The Council said no.", false),
            ("The Kremlin said no.", false),
        ];
        for (text, person) in cases {
            let (mut r, ids) = registry(text);
            r.treat_as_person(ids[0]);
            assert_eq!(
                r.get(ids[0]).kind == SpeakerKind::Person,
                *person,
                "text {text:?}"
            );
        }
    }

    #[test]
    fn merges_are_read_through_not_rewritten() {
        let text = "Ann Lee spoke. Bob Ray spoke. Cy Poe spoke.";
        let (mut r, ids) = registry(text);
        let (ann, bob, cy) = (ids[0], ids[1], ids[2]);
        r.sight(ann, Span::new(0, 7), true);
        r.merge(ann, bob);
        assert_eq!(r.canonical(ann), bob);
        assert_eq!(r.canonical(cy), cy);
        // Her sightings are read as his, and her mentions are his.
        assert_eq!(
            r.sightings_between(0, text.len(), 8).next(),
            Some((0, bob, true))
        );
        assert!(r.get(ann).mentions.is_empty());
        // Merging her again merges what she became: both are Cy Poe now, and merging him
        // into himself changes nothing.
        r.merge(ann, cy);
        assert_eq!((r.canonical(ann), r.canonical(bob)), (cy, cy));
        r.merge(cy, ann);
        assert_eq!(r.canonical(cy), cy);
    }

    #[test]
    fn sightings_added_behind_are_read_in_text_order() {
        let text = "Ann Lee met Bob Ray; he said no, and she said yes.";
        let (mut r, ids) = registry(text);
        let (ann, bob) = (ids[0], ids[1]);
        // Attributing comes after every name is read: these land behind, out of order.
        let she = text.find("she").unwrap_or(0);
        let he = text.find("he").unwrap_or(0);
        r.sight(ann, Span::new(she, she + 3), true);
        r.sight(bob, Span::new(he, he + 2), true);
        r.sight(bob, Span::new(8, 11), false); // "met": a second entity at one offset
        let forward: Vec<usize> = r.sightings_between(0, text.len(), 8).map(|s| s.0).collect();
        assert_eq!(forward, [0, 8, 12, he, she]);
        let back: Vec<usize> = r.between(0, text.len()).rev().map(|s| s.at).collect();
        assert_eq!(back, [she, he, 12, 8, 0]);
        // The nearest ones are kept when there are more than the limit.
        let last_two: Vec<EntityId> = r.sightings_between(0, text.len(), 2).map(|s| s.1).collect();
        assert_eq!(last_two, [bob, ann]);
        // Sighting one again marks it rather than adding it.
        r.sight(bob, Span::new(he, he + 2), false);
        assert_eq!(r.between(0, text.len()).count(), 5);
    }
}
