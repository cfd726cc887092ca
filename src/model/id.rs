//! Identifiers: validated newtypes, serialized as plain strings.

use super::messages;

/// The longest identifier accepted, in bytes.
pub const MAX_ID_LEN: usize = 128;

/// Why a string is not a valid identifier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct IdError {
    message: String,
}

/// Checks the identifier syntax shared by every id type: 1 to 128 ASCII characters,
/// letters, digits and `-`, `_`, `.`, `:`, `/`, starting with a letter or a digit.
pub(crate) fn check_id(kind: &str, s: &str) -> Result<(), IdError> {
    let fail = |message: String| Err(IdError { message });
    if s.is_empty() {
        return fail(messages::id_empty(kind));
    }
    if s.len() > MAX_ID_LEN {
        return fail(messages::id_too_long(kind, s.len(), MAX_ID_LEN));
    }
    let mut chars = s.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_alphanumeric()) {
        return fail(messages::id_bad_start(kind, s));
    }
    if let Some(c) = s
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':' | '/')))
    {
        return fail(messages::id_bad_char(kind, s, c));
    }
    Ok(())
}

/// How an id's text becomes a `String`: moved out of a `String`, copied out of an
/// `Arc<str>`.
pub(crate) trait IdText {
    fn into_string(self) -> String;
}

impl IdText for String {
    fn into_string(self) -> String {
        self
    }
}

impl IdText for std::sync::Arc<str> {
    fn into_string(self) -> String {
        String::from(&*self)
    }
}

/// The JSON Schema pattern matching [`check_id`].
pub(crate) const ID_PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$";

/// Declares an identifier newtype checked by [`check_id`]; `$module` is the public
/// module it is re-exported from (for the doc example).
///
/// The text is held in a `String`, or with a last argument `Arc` in an `Arc<str>`: for
/// ids a report repeats for every body it covers (a policy's rule and group ids), so
/// that a copy is a reference count, not an allocation.
macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident, $kind:literal, $example:literal) => {
        $crate::model::id::id_type!($(#[$meta])* $name, $kind, $example, "model");
    };
    ($(#[$meta:meta])* $name:ident, $kind:literal, $example:literal, $module:literal) => {
        $crate::model::id::id_type!($(#[$meta])* $name, $kind, $example, $module, String);
    };
    ($(#[$meta:meta])* $name:ident, $kind:literal, $example:literal, $module:literal, Arc) => {
        $crate::model::id::id_type!($(#[$meta])* $name, $kind, $example, $module, std::sync::Arc<str>);
    };
    ($(#[$meta:meta])* $name:ident, $kind:literal, $example:literal, $module:literal, $repr:ty) => {
        $(#[$meta])*
        ///
        /// An identifier is 1 to 128 ASCII characters: letters, digits and `-`, `_`,
        /// `.`, `:`, `/`, starting with a letter or a digit. It is checked once, when
        /// made or read, and serialized as a plain string.
        ///
        /// ```
        #[doc = concat!("use union_rulebook::", $module, "::", stringify!($name), ";")]
        #[doc = concat!("let id = ", stringify!($name), "::new(\"", $example, "\")?;")]
        #[doc = concat!("assert_eq!(id.as_str(), \"", $example, "\");")]
        #[doc = concat!("assert!(", stringify!($name), "::new(\"has space\").is_err());")]
        /// # Ok::<(), union_rulebook::model::IdError>(())
        /// ```
        #[derive(
            Debug,
            Clone,
            PartialEq,
            Eq,
            PartialOrd,
            Ord,
            Hash,
            serde::Deserialize,
        )]
        #[serde(try_from = "String")]
        pub struct $name($repr);

        /// Serialized as the plain string, borrowed (serde's `into = "String"` would
        /// clone every id it writes: a million in a federation's audit report).
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl $name {
            /// Checks and wraps an identifier.
            ///
            /// # Errors
            ///
            /// [`IdError`] when the text is empty, longer than 128 bytes, or holds a
            /// character outside the allowed set.
            pub fn new(id: impl Into<String>) -> Result<Self, $crate::model::IdError> {
                let id: String = id.into();
                $crate::model::id::check_id($kind, &id)?;
                Ok($name(id.into()))
            }

            /// The identifier as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = $crate::model::IdError;
            fn try_from(s: String) -> Result<Self, $crate::model::IdError> {
                $name::new(s)
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::model::IdError;
            fn from_str(s: &str) -> Result<Self, $crate::model::IdError> {
                $name::new(s)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                $crate::model::id::IdText::into_string(id.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "pattern": $crate::model::id::ID_PATTERN,
                    "description": concat!("The identifier of a ", $kind, ": letters, digits and - _ . : /, starting with a letter or digit, at most 128 characters."),
                    "examples": [$example],
                })
            }
        }
    };
}
pub(crate) use id_type;

id_type!(
    /// The identifier of a level (`psp`, `dpc`, `federation`).
    LevelId,
    "level",
    "dpc"
);
id_type!(
    /// The identifier of a unit (`spn`, `dpc-bekasi`, `psp-0001`).
    UnitId,
    "unit",
    "dpc-bekasi"
);
id_type!(
    /// The identifier of a body (`dpc-bekasi/executive`).
    BodyId,
    "body",
    "dpc-bekasi/executive"
);
id_type!(
    /// The identifier of a post (`dpc-bekasi/executive/chair`).
    PostId,
    "post",
    "dpc-bekasi/executive/chair"
);
id_type!(
    /// The identifier of a person (`p-000123`).
    PersonId,
    "person",
    "p-000123"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_bad_ids_with_a_reason() {
        assert_eq!(
            UnitId::new("").unwrap_err().to_string(),
            "unit id is empty; expected 1 to 128 characters"
        );
        assert_eq!(
            UnitId::new("-x").unwrap_err().to_string(),
            "unit id \"-x\" starts with '-'; expected a letter or a digit first"
        );
        assert_eq!(
            PersonId::new("p 1").unwrap_err().to_string(),
            "person id \"p 1\" contains ' '; expected letters, digits and - _ . : /"
        );
        assert!(UnitId::new("a".repeat(129)).is_err());
        assert!(UnitId::new("a".repeat(128)).is_ok());
    }

    #[test]
    fn serializes_as_a_plain_string() {
        let id = BodyId::new("dpc-bekasi/executive").unwrap();
        assert_eq!(
            serde_json::to_string(&id).unwrap(),
            "\"dpc-bekasi/executive\""
        );
        let back: BodyId = serde_json::from_str("\"dpc-bekasi/executive\"").unwrap();
        assert_eq!(back, id);
        assert!(serde_json::from_str::<BodyId>("\"a b\"").is_err());
    }
}
