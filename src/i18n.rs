//! Every text a user reads, in Bahasa Indonesia and English, from
//! [Project Fluent](https://projectfluent.org/) message catalogues compiled into the
//! crate.
//!
//! The catalogues are `locales/LANG/AREA.ftl`, one file per language and area (the
//! document model, validation, policies, elections, apportionment, decisions, the CLI).
//! Every message id exists in both languages with the same variables (a test checks it).
//!
//! # The language of a text
//!
//! Engines write the message of each finding and error as they find it, deep inside
//! their checks; passing a language through every one of them would put a rendering
//! concern into every engine signature. Instead the language is **scoped to the calling
//! thread**: [`with_lang`] runs a closure with a language, and every message built
//! inside it, by any engine, is in that language. Outside any scope the language is
//! English, so library users who never call [`with_lang`] get the English texts
//! documented in each engine. The scope is restored when the closure returns or
//! unwinds, and it is per thread: two threads (two requests of a server) never see each
//! other's language. Renderers (text, HTML) take a [`Lang`] explicitly.
//!
//! JSON reports keep their codes and structure in every language; only their
//! `message` texts follow it.
//!
//! ```
//! use union_rulebook::i18n::{self, Lang};
//! use union_rulebook::model::UnitId;
//!
//! let en = "".parse::<UnitId>().unwrap_err().to_string();
//! let id = i18n::with_lang(Lang::Id, || "".parse::<UnitId>().unwrap_err().to_string());
//! assert_eq!(en, "unit id is empty; expected 1 to 128 characters");
//! assert_eq!(id, "id unit kosong; seharusnya 1 sampai 128 karakter");
//! ```
//!
//! # Numbers
//!
//! Counts are exact integers of up to 128 bits; Fluent's own numbers are `f64`. An
//! integer argument is given to Fluent as a number (for plural selection) only where
//! `f64` holds it exactly (below 2^53); beyond that it is its exact decimal text.
//! Decimals (shares, vote values) are formatted by the crate's exact formatters before
//! they reach a message.

pub mod words;

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A message in the current language: `tr!("id")` or `tr!("id", name = value, ...)`,
/// each value converted with `Arg::from`; `tr!("id", ..common, name = value, ...)`
/// starts from arguments already made (a `&[(&str, Arg)]`) that several messages
/// share, so that each call still names its message id as a literal.
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::text($id, &[])
    };
    ($id:literal, ..$common:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::text_with(
            $id,
            $common,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        )
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}
pub(crate) use tr;

/// A language the crate's texts are written in.
///
/// ```
/// use union_rulebook::i18n::Lang;
/// assert_eq!("id".parse::<Lang>()?, Lang::Id);
/// assert_eq!(Lang::En.to_string(), "en");
/// # Ok::<(), union_rulebook::i18n::UnknownLang>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// Bahasa Indonesia.
    Id,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Id];

    /// The BCP 47 tag: `en` or `id`.
    ///
    /// ```
    /// use union_rulebook::i18n::Lang;
    /// assert_eq!(Lang::Id.tag(), "id");
    /// ```
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Id => "id",
        }
    }

    /// The language of a locale name or language tag, as environment variables
    /// (`id_ID.UTF-8`, `en_US`) and HTTP headers (`id-ID`) write them; `None` for any
    /// other language (and for `C` and `POSIX`).
    ///
    /// `in` is the withdrawn ISO 639 code for Indonesian, still written by old systems.
    ///
    /// ```
    /// use union_rulebook::i18n::Lang;
    /// assert_eq!(Lang::from_locale("id_ID.UTF-8"), Some(Lang::Id));
    /// assert_eq!(Lang::from_locale("en-GB"), Some(Lang::En));
    /// assert_eq!(Lang::from_locale("C.UTF-8"), None);
    /// ```
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let primary = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .trim();
        if primary.eq_ignore_ascii_case("id") || primary.eq_ignore_ascii_case("in") {
            Some(Lang::Id)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language the POSIX locale variables choose, given their values: the first
    /// set and non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG` decides (POSIX.1-2017,
    /// 8.2), and a language the crate has no texts for gives English.
    ///
    /// The values are parameters, so that the library never reads the environment
    /// itself; the CLI passes `std::env::var` of each.
    ///
    /// ```
    /// use union_rulebook::i18n::Lang;
    /// assert_eq!(Lang::from_env_values(None, Some("id_ID.UTF-8"), Some("en_US")), Lang::Id);
    /// assert_eq!(Lang::from_env_values(Some("fr_FR"), Some("id_ID"), None), Lang::En);
    /// assert_eq!(Lang::from_env_values(None, None, None), Lang::En);
    /// ```
    pub fn from_env_values(
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Lang {
        [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.is_empty())
            .and_then(Lang::from_locale)
            .unwrap_or_default()
    }

    /// The first language of an HTTP `Accept-Language` header the crate has texts for
    /// (RFC 9110, 12.5.4: by quality, then by order), else English.
    ///
    /// ```
    /// use union_rulebook::i18n::Lang;
    /// assert_eq!(Lang::from_accept_language("fr;q=0.9, id-ID;q=0.8, en;q=0.5"), Lang::Id);
    /// assert_eq!(Lang::from_accept_language(""), Lang::En);
    /// ```
    pub fn from_accept_language(header: &str) -> Lang {
        // (quality in thousandths, position, language)
        let mut best: Option<(u16, usize, Lang)> = None;
        for (pos, item) in header.split(',').enumerate() {
            let mut parts = item.split(';');
            let Some(lang) = parts.next().and_then(|t| Lang::from_locale(t.trim())) else {
                continue;
            };
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q=").map(parse_quality))
                .unwrap_or(Some(1000));
            let Some(q) = q else { continue };
            if q == 0 {
                continue;
            }
            if best.is_none_or(|(bq, _, _)| q > bq) {
                best = Some((q, pos, lang));
            }
        }
        best.map(|(_, _, l)| l).unwrap_or_default()
    }
}

/// An RFC 9110 qvalue (`0`, `0.5`, `1.000`) in thousandths; `None` if malformed.
fn parse_quality(text: &str) -> Option<u16> {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let int: u16 = match int {
        "0" => 0,
        "1" => 1,
        _ => return None,
    };
    let digits: String = frac.chars().chain(std::iter::repeat('0')).take(3).collect();
    let thousandths: u16 = digits.parse().ok()?;
    let q = int * 1000 + thousandths;
    (q <= 1000).then_some(q)
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A language name that is not `en` or `id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&tr!("i18n-unknown-lang", lang = format!("{:?}", self.0)))
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" => Ok(Lang::En),
            "id" => Ok(Lang::Id),
            _ => Err(UnknownLang(s.to_owned())),
        }
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Runs `f` with `lang` as this thread's language: every message built inside it is in
/// that language. The previous language comes back when `f` returns or unwinds; scopes
/// nest.
///
/// ```
/// use union_rulebook::i18n::{self, Lang};
/// assert_eq!(i18n::current(), Lang::En);
/// i18n::with_lang(Lang::Id, || assert_eq!(i18n::current(), Lang::Id));
/// assert_eq!(i18n::current(), Lang::En);
/// ```
pub fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Lang);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(CURRENT.with(|c| c.replace(lang)));
    f()
}

/// This thread's language (English outside any [`with_lang`]).
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// One argument of a message: a text, or an integer (exact; given to Fluent as a
/// number only where `f64` holds it exactly, for plural selection).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// A text, inserted as it is (ids, names, formatted decimals and dates).
    Text(String),
    /// A whole number.
    Int(i128),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Arg {
        Arg::Text(s.into_owned())
    }
}

macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Int(i128::from(n))
            }
        }
    )*};
}
int_arg!(u8, u16, u32, u64, i8, i16, i32, i64);

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        // usize is at most 64 bits on every target Rust supports.
        Arg::Int(i128::try_from(n).unwrap_or(i128::MAX))
    }
}

impl From<i128> for Arg {
    fn from(n: i128) -> Arg {
        Arg::Int(n)
    }
}

impl From<u128> for Arg {
    fn from(n: u128) -> Arg {
        match i128::try_from(n) {
            Ok(n) => Arg::Int(n),
            Err(_) => Arg::Text(n.to_string()),
        }
    }
}

/// The largest integer `f64` holds exactly, with every integer below it.
const F64_EXACT: i128 = 1 << 53;

impl Arg {
    fn to_fluent(&self) -> FluentValue<'_> {
        match self {
            Arg::Text(s) => FluentValue::from(s.as_str()),
            #[allow(clippy::cast_precision_loss)]
            Arg::Int(n) if n.abs() < F64_EXACT => FluentValue::from(*n as f64),
            Arg::Int(n) => FluentValue::from(n.to_string()),
        }
    }
}

/// Every catalogue: `(language, area, text)`, both languages of each area.
macro_rules! catalogues {
    ($($area:literal),+ $(,)?) => {
        &[$(
            (Lang::En, $area, include_str!(concat!("../locales/en/", $area, ".ftl"))),
            (Lang::Id, $area, include_str!(concat!("../locales/id/", $area, ".ftl"))),
        )+]
    };
}

const CATALOGUES: &[(Lang, &str, &str)] = catalogues!(
    "model",
    "i18n",
    "election",
    "apportionment",
    "decision",
    "elect",
    "tally",
    "validate",
    "diagnostics",
    "policy",
    "read",
    "cli",
    "clause",
    "lists",
    "html",
    "statutes",
    "conditions",
    "quotas",
    "interchange",
    "law",
    "calendar",
    "congress",
);

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static EN: OnceLock<Bundle> = OnceLock::new();
    static ID: OnceLock<Bundle> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Id => &ID,
    };
    cell.get_or_init(|| build_bundle(lang))
}

fn build_bundle(lang: Lang) -> Bundle {
    let tag = match lang {
        Lang::En => unic_langid::langid!("en"),
        Lang::Id => unic_langid::langid!("id"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // No Unicode bidi isolation marks around arguments: the texts go to terminals,
    // JSON and logs, where invisible U+2068/U+2069 only get in the way.
    bundle.set_use_isolating(false);
    for (l, _, text) in CATALOGUES {
        if *l == lang {
            // A catalogue that does not parse keeps the messages that do; the test
            // `catalogues_parse_and_agree` keeps every catalogue whole.
            let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
    }
    bundle
}

/// The text of message `id` in this thread's language (see [`with_lang`]).
///
/// A message missing from a catalogue (a bug the crate's tests rule out) falls back to
/// English, then to the id itself, so that a user still reads something.
///
/// ```
/// use union_rulebook::i18n::{self, Arg, Lang};
/// let text = i18n::text("model-id-empty", &[("kind", Arg::from("unit"))]);
/// assert_eq!(text, "unit id is empty; expected 1 to 128 characters");
/// ```
pub fn text(id: &str, args: &[(&str, Arg)]) -> String {
    text_in(current(), id, args)
}

/// The text of message `id` in `lang`, whatever the thread's language.
///
/// ```
/// use union_rulebook::i18n::{self, Arg, Lang};
/// let text = i18n::text_in(Lang::Id, "model-id-empty", &[("kind", Arg::from("unit"))]);
/// assert_eq!(text, "id unit kosong; seharusnya 1 sampai 128 karakter");
/// ```
pub fn text_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    format_in(lang, id, args.iter())
}

/// The text of message `id` in the thread's language with the arguments `common` and
/// then `own` (what `tr!("id", ..common, name = value)` calls).
pub(crate) fn text_with(id: &str, common: &[(&str, Arg)], own: &[(&str, Arg)]) -> String {
    format_in(current(), id, common.iter().chain(own))
}

fn format_in<'a>(lang: Lang, id: &str, args: impl Iterator<Item = &'a (&'a str, Arg)>) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.size_hint().0);
    for (name, value) in args {
        fluent_args.set(*name, value.to_fluent());
    }
    for l in [lang, Lang::En] {
        let bundle = bundle(l);
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned();
        }
    }
    id.to_owned()
}

/// Whether a message exists in `lang`'s catalogue.
///
/// ```
/// use union_rulebook::i18n::{self, Lang};
/// assert!(i18n::has_message(Lang::Id, "model-id-empty"));
/// assert!(!i18n::has_message(Lang::Id, "no-such-message"));
/// ```
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// The catalogues compiled into the crate, as `(language, area, FTL text)`, for tools
/// that check or extract them.
pub fn catalogues() -> impl Iterator<Item = (Lang, &'static str, &'static str)> {
    CATALOGUES.iter().copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};

    /// Every variable a pattern uses, selectors and nested placeables included.
    fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_vars(expression, out);
            }
        }
    }

    fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Inline(i) => inline_vars(i, out),
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, out);
                for v in variants {
                    variables(&v.value, out);
                }
            }
        }
    }

    fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline_vars(a, out);
                }
            }
            _ => {}
        }
    }

    /// `(area, id) -> variables` of one language's catalogues; panics on a syntax
    /// error or an id defined twice.
    fn messages(lang: Lang) -> BTreeMap<(String, String), BTreeSet<String>> {
        let mut all = BTreeMap::new();
        let mut ids = BTreeSet::new();
        for (l, area, text) in catalogues() {
            if l != lang {
                continue;
            }
            let resource = fluent_syntax::parser::parse(text)
                .unwrap_or_else(|(_, e)| panic!("{lang}/{area}.ftl: {e:?}"));
            for entry in resource.body {
                match entry {
                    ast::Entry::Message(m) => {
                        let mut vars = BTreeSet::new();
                        if let Some(v) = &m.value {
                            variables(v, &mut vars);
                        }
                        assert!(
                            ids.insert(m.id.name.to_owned()),
                            "{lang}: {} defined twice",
                            m.id.name
                        );
                        all.insert((area.to_owned(), m.id.name.to_owned()), vars);
                    }
                    ast::Entry::Junk { content } => panic!("{lang}/{area}.ftl: junk {content}"),
                    _ => {}
                }
            }
        }
        all
    }

    /// `tr!("id", ..common, own = value)` gives the text of the same arguments
    /// named one by one, in both languages.
    #[test]
    fn shared_arguments_spread_into_tr_give_the_same_text() {
        for lang in Lang::ALL {
            with_lang(lang, || {
                let common = [("rule", Arg::from("women-30"))];
                assert_eq!(
                    tr!("policy-unknown-group", ..&common, group = "women"),
                    tr!("policy-unknown-group", rule = "women-30", group = "women")
                );
                let all = [("rule", Arg::from("r")), ("group", Arg::from("g"))];
                assert_eq!(
                    tr!("policy-unknown-group", ..&all),
                    tr!("policy-unknown-group", rule = "r", group = "g")
                );
            });
        }
        assert_eq!(
            tr!(
                "policy-unknown-group",
                ..&[("rule", Arg::from("r"))],
                group = "g"
            ),
            "rule r names group g, which the policy does not define in [[groups]]"
        );
    }

    #[test]
    fn catalogues_parse_and_agree() {
        let en = messages(Lang::En);
        let id = messages(Lang::Id);
        assert!(!en.is_empty());
        for (key, vars) in &en {
            let other = id
                .get(key)
                .unwrap_or_else(|| panic!("{}/{} missing in id", key.0, key.1));
            assert_eq!(vars, other, "variables of {}/{}", key.0, key.1);
        }
        for key in id.keys() {
            assert!(en.contains_key(key), "{}/{} missing in en", key.0, key.1);
        }
    }

    #[test]
    fn scopes_nest_and_restore() {
        assert_eq!(current(), Lang::En);
        with_lang(Lang::Id, || {
            with_lang(Lang::En, || assert_eq!(current(), Lang::En));
            assert_eq!(current(), Lang::Id);
        });
        assert_eq!(current(), Lang::En);
        let caught = std::panic::catch_unwind(|| with_lang(Lang::Id, || panic!("unwind")));
        assert!(caught.is_err());
        assert_eq!(current(), Lang::En);
    }

    #[test]
    fn languages_are_per_thread() {
        with_lang(Lang::Id, || {
            let other = std::thread::spawn(current).join().ok();
            assert_eq!(other, Some(Lang::En));
        });
    }

    #[test]
    fn big_integers_stay_exact() {
        let n = Arg::from(u64::MAX);
        assert_eq!(n.to_fluent(), FluentValue::from(u64::MAX.to_string()));
        let small = Arg::from(3u32);
        assert_eq!(small.to_fluent(), FluentValue::from(3.0));
    }

    #[test]
    fn accept_language_by_quality_then_order() {
        assert_eq!(Lang::from_accept_language("id, en"), Lang::Id);
        assert_eq!(Lang::from_accept_language("en;q=0.4, id;q=0.9"), Lang::Id);
        assert_eq!(Lang::from_accept_language("id;q=0, en;q=0.1"), Lang::En);
        assert_eq!(Lang::from_accept_language("id;q=2"), Lang::En);
        assert_eq!(Lang::from_accept_language("*"), Lang::En);
    }
}
