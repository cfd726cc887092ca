//! Open vocabularies: known values to match on, any other value preserved as written.
//!
//! Unions name their own things. A body kind, a role or a gender that this crate does
//! not know is kept as [`Custom`](Gender::Custom) text and written back unchanged, so a
//! document round-trips whatever words it uses.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

use super::messages;

macro_rules! open_vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, $what:literal {
            $( $(#[$vmeta:meta])* $variant:ident => $text:literal, )*
        }
    ) => {
        $(#[$meta])*
        ///
        /// Made from text with [`From<&str>`](#impl-From%3C%26str%3E-for-Self), which maps
        /// the known words to their variants and keeps any other word as `Custom`.
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// Any other value, preserved as written. Made by `From<&str>` only for
            /// words that are not known values.
            Custom(String),
        }

        impl $name {
            /// The known values, as written in documents.
            pub const KNOWN: &'static [&'static str] = &[$($text),*];

            /// The value as written in documents.
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $text, )*
                    $name::Custom(s) => s,
                }
            }

            /// Whether this is one of the known values.
            pub fn is_known(&self) -> bool {
                !matches!(self, $name::Custom(_))
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                match s {
                    $( $text => $name::$variant, )*
                    other => $name::Custom(other.to_owned()),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                if s.trim().is_empty() {
                    return Err(serde::de::Error::custom(messages::vocab_empty($what)));
                }
                Ok($name::from(s.as_str()))
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "minLength": 1,
                    "description": concat!("An open vocabulary (", $what, "): one of the known values, or any other non-empty word, kept as written."),
                    "examples": [$($text),*],
                })
            }
        }
    };
}

open_vocabulary!(
    /// A person's gender, as the union records it.
    ///
    /// ```
    /// use union_rulebook::model::Gender;
    /// assert_eq!(Gender::from("woman"), Gender::Woman);
    /// assert_eq!(Gender::from("waria").as_str(), "waria");
    /// assert!(!Gender::from("waria").is_known());
    /// ```
    Gender, "gender" {
        /// A woman.
        Woman => "woman",
        /// A man.
        Man => "man",
        /// Non-binary.
        NonBinary => "non-binary",
        /// Recorded, but the person chose not to disclose it.
        Undisclosed => "undisclosed",
    }
);

open_vocabulary!(
    /// What kind of body this is.
    ///
    /// ```
    /// use union_rulebook::model::BodyKind;
    /// assert_eq!(BodyKind::from("congress"), BodyKind::Congress);
    /// assert_eq!(BodyKind::from("rakernas").to_string(), "rakernas");
    /// ```
    BodyKind, "body kind" {
        /// The highest authority, meeting every few years (Kongres, Munas).
        Congress => "congress",
        /// A national or regional council, or working meeting (Rakernas).
        Council => "council",
        /// An executive board (DPP, DPD, DPC boards).
        Executive => "executive",
        /// A standing committee (women's, youth).
        Committee => "committee",
        /// A delegation to a higher body.
        Delegation => "delegation",
        /// A thematic class or network (women, young workers, media, legal aid).
        Class => "class",
        /// An audit or supervisory board.
        Audit => "audit",
    }
);

open_vocabulary!(
    /// The role of a post in its body.
    ///
    /// ```
    /// use union_rulebook::model::Role;
    /// assert_eq!(Role::from("secretary-general"), Role::SecretaryGeneral);
    /// assert_eq!(Role::from("ketua-bidang").as_str(), "ketua-bidang");
    /// ```
    Role, "role" {
        /// The chair (Ketua Umum, president).
        Chair => "chair",
        /// A vice-chair.
        ViceChair => "vice-chair",
        /// The secretary-general.
        SecretaryGeneral => "secretary-general",
        /// A secretary.
        Secretary => "secretary",
        /// The treasurer.
        Treasurer => "treasurer",
        /// An auditor.
        Auditor => "auditor",
        /// A coordinator of a class or committee.
        Coordinator => "coordinator",
        /// An ordinary seat.
        Member => "member",
        /// A delegate.
        Delegate => "delegate",
    }
);

/// How a term of office was obtained.
///
/// ```
/// use union_rulebook::model::HowObtained;
/// let h: HowObtained = serde_json::from_str("\"co-opted\"")?;
/// assert_eq!(h, HowObtained::CoOpted);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum HowObtained {
    /// Elected by the body or the members.
    #[default]
    Elected,
    /// Appointed (by a chair with a formatur team, by a higher body).
    Appointed,
    /// Co-opted by the body itself to fill a seat.
    CoOpted,
    /// Acting, until the seat is filled.
    Acting,
}

impl fmt::Display for HowObtained {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            HowObtained::Elected => "elected",
            HowObtained::Appointed => "appointed",
            HowObtained::CoOpted => "co-opted",
            HowObtained::Acting => "acting",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_values_round_trip() {
        let g: Gender = serde_json::from_str("\"waria\"").unwrap();
        assert_eq!(g, Gender::Custom("waria".into()));
        assert_eq!(serde_json::to_string(&g).unwrap(), "\"waria\"");
        let k: BodyKind = serde_json::from_str("\"congress\"").unwrap();
        assert_eq!(k, BodyKind::Congress);
    }

    #[test]
    fn empty_values_are_refused() {
        let e = serde_json::from_str::<Role>("\" \"").unwrap_err();
        assert!(e.to_string().starts_with("role is empty"), "{e}");
    }
}
