//! An outline of the union's statute, its anggaran dasar (AD) and anggaran rumah
//! tangga (ART): chapters, articles and the subjects each article deals with, from a
//! closed vocabulary, so that the contents the law requires can be checked item by
//! item (UU 21/2000 art. 11(2)).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The outline of the statute: the AD's chapters and, optionally, the ART's.
///
/// ```
/// use union_rulebook::model::{StatuteOutline, Subject};
/// let outline: StatuteOutline = serde_json::from_str(r#"{
///   "chapters": [{"number": "I", "title": "Nama dan Lambang",
///                 "articles": [{"number": "1", "subjects": ["name", "emblem"]}]}]
/// }"#)?;
/// assert!(outline.ad_subjects().any(|s| s == Subject::Emblem));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct StatuteOutline {
    /// The statute's title (`Anggaran Dasar Serikat Pekerja Nasional`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The chapters (bab) of the anggaran dasar, in order.
    #[serde(default)]
    pub chapters: Vec<Chapter>,
    /// The chapters of the anggaran rumah tangga, when outlined (not checked against
    /// art. 11(2), which is of the AD).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bylaws: Vec<Chapter>,
}

impl StatuteOutline {
    /// Every subject an article of the AD deals with.
    pub fn ad_subjects(&self) -> impl Iterator<Item = Subject> + '_ {
        self.chapters
            .iter()
            .flat_map(|c| &c.articles)
            .flat_map(|a| a.subjects.iter().copied())
    }
}

/// A chapter (bab) of the statute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Chapter {
    /// Its number as the statute writes it (`I`, `II`).
    pub number: String,
    /// Its title (`Nama, Lambang dan Tempat Kedudukan`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Its articles (pasal), in order.
    #[serde(default)]
    pub articles: Vec<Article>,
}

/// An article (pasal) of the statute and the subjects it deals with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Article {
    /// Its number as the statute writes it (`1`, `12A`).
    pub number: String,
    /// Its title (`Keanggotaan`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// What the article deals with.
    #[serde(default)]
    pub subjects: Vec<Subject>,
}

macro_rules! subjects {
    ($($(#[$doc:meta])* $variant:ident => $name:literal),+ $(,)?) => {
        /// What an article of the statute deals with: a closed vocabulary, the items of
        /// UU 21/2000 art. 11(2) split into their parts, and the other subjects statutes
        /// commonly have.
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
            JsonSchema,
        )]
        #[serde(rename_all = "kebab-case")]
        #[non_exhaustive]
        pub enum Subject {
            $($(#[$doc])* $variant,)+
        }

        impl Subject {
            /// Every subject, in the order of the vocabulary.
            pub const ALL: &'static [Subject] = &[$(Subject::$variant,)+];

            /// The subject as the document writes it (`founding-date`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Subject::$variant => $name,)+
                }
            }
        }
    };
}

subjects! {
    /// The union's name (art. 11(2)(a): nama).
    Name => "name",
    /// Its emblem (art. 11(2)(a): lambang).
    Emblem => "emblem",
    /// The foundation of the state, Pancasila (art. 11(2)(b): dasar negara).
    StateFoundation => "state-foundation",
    /// The union's principle (art. 11(2)(b): asas).
    Principle => "principle",
    /// Its aims (art. 11(2)(b): tujuan).
    Aims => "aims",
    /// Its founding date (art. 11(2)(c): tanggal pendirian).
    FoundingDate => "founding-date",
    /// Its seat (art. 11(2)(d): tempat kedudukan).
    Seat => "seat",
    /// Membership (art. 11(2)(e): keanggotaan).
    Membership => "membership",
    /// Its officers and their bodies (art. 11(2)(e): kepengurusan).
    Management => "management",
    /// Its sources of funds (art. 11(2)(f): sumber keuangan).
    FinanceSources => "finance-sources",
    /// Accountability for its funds (art. 11(2)(f): pertanggungjawaban keuangan).
    FinanceAccountability => "finance-accountability",
    /// How the AD and the ART are amended (art. 11(2)(g)).
    Amendment => "amendment",
    /// Functions, rights and duties of the union.
    Functions => "functions",
    /// The structure of levels and units.
    Structure => "structure",
    /// Congresses and meetings.
    Meetings => "meetings",
    /// Elections.
    Elections => "elections",
    /// Decisions and quorums.
    Decisions => "decisions",
    /// Discipline and sanctions.
    Discipline => "discipline",
    /// Affiliation to a federation, confederation or international body.
    Affiliation => "affiliation",
    /// Dissolution and what becomes of the assets.
    Dissolution => "dissolution",
    /// Transitional and closing provisions.
    Transitional => "transitional",
    /// Anything else.
    Other => "other",
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An item the law requires the AD to contain: its letter, the law's words, and the
/// subjects an article must deal with for the item to be there (all of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct RequiredItem {
    /// The item's letter (`c`).
    pub letter: &'static str,
    /// The law's words (`tanggal pendirian`).
    pub words: &'static str,
    /// Them in English (`founding date`).
    pub english: &'static str,
    /// The subjects it needs.
    pub subjects: &'static [Subject],
}

/// UU 21/2000 art. 11(2): "anggaran dasar sebagaimana dimaksud dalam ayat (1)
/// sekurang-kurangnya harus memuat: a. nama dan lambang; b. dasar negara, asas, dan
/// tujuan; c. tanggal pendirian; d. tempat kedudukan; e. keanggotaan dan kepengurusan;
/// f. sumber dan pertanggungjawaban keuangan; dan g. ketentuan perubahan anggaran dasar
/// dan/atau anggaran rumah tangga." The law's list ends at g (seven items); the
/// longer list of Kepmenakertrans
/// KEP.16/MEN/2001 art. 2(3) (a to j, with the rights and duties of members and officers
/// apart) is a ministerial decree, not the law.
pub const UU_21_2000_ART_11_2: &[RequiredItem] = &[
    RequiredItem {
        letter: "a",
        words: "nama dan lambang",
        english: "name and emblem",
        subjects: &[Subject::Name, Subject::Emblem],
    },
    RequiredItem {
        letter: "b",
        words: "dasar negara, asas, dan tujuan",
        english: "foundation of the state, principle and aims",
        subjects: &[Subject::StateFoundation, Subject::Principle, Subject::Aims],
    },
    RequiredItem {
        letter: "c",
        words: "tanggal pendirian",
        english: "founding date",
        subjects: &[Subject::FoundingDate],
    },
    RequiredItem {
        letter: "d",
        words: "tempat kedudukan",
        english: "seat",
        subjects: &[Subject::Seat],
    },
    RequiredItem {
        letter: "e",
        words: "keanggotaan dan kepengurusan",
        english: "membership and management",
        subjects: &[Subject::Membership, Subject::Management],
    },
    RequiredItem {
        letter: "f",
        words: "sumber dan pertanggungjawaban keuangan",
        english: "sources of funds and accountability for them",
        subjects: &[Subject::FinanceSources, Subject::FinanceAccountability],
    },
    RequiredItem {
        letter: "g",
        words: "ketentuan perubahan anggaran dasar dan/atau anggaran rumah tangga",
        english: "provisions for amending the anggaran dasar and/or the anggaran rumah tangga",
        subjects: &[Subject::Amendment],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_a_to_g_each_with_their_own_subjects() {
        let letters: Vec<&str> = UU_21_2000_ART_11_2.iter().map(|i| i.letter).collect();
        assert_eq!(letters, ["a", "b", "c", "d", "e", "f", "g"]);
        let mut seen = std::collections::HashSet::new();
        for item in UU_21_2000_ART_11_2 {
            for s in item.subjects {
                assert!(seen.insert(*s), "{s} in two items");
            }
        }
    }

    #[test]
    fn subjects_read_as_written() {
        for s in Subject::ALL {
            let v: Subject = serde_json::from_value(serde_json::json!(s.as_str())).unwrap();
            assert_eq!(v, *s);
        }
    }
}
