//! Exact shares (fractions between 0 and 1) as rules state them: `30%`, `2/3`, `0.4`.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// A share between 0 and 1 inclusive, kept as an exact fraction in lowest terms.
///
/// Rules with legal force are stated in exact terms ("two thirds", "30%"), so a share is
/// never a float: `30%` is 3/10 and `2/3` is 2/3, and every comparison is done in
/// integers. A share reads from `"30%"`, `"2/3"`, `"0.3"` or the JSON number `0.3` (read
/// as the decimal it is written as), and writes as the fraction `"3/10"`, or `"1"`/`"0"`
/// (the grammar is below).
///
/// The crate's one share type: policy rules, motions' majorities and quorums, election
/// rules, apportionment thresholds and women's shares all use it (`policy::Share` and
/// `apportionment::Share` are re-exports of it, as `policy::ShareError` is of
/// [`ShareError`]).
///
/// # The share grammar
/// | text | share | note |
/// |---|---|---|
/// | `"30%"`, `"12.5 %"` | 3/10, 1/8 | a percentage, 0% to 100% |
/// | `"0.3"`, `".5"` | 3/10, 1/2 | a decimal, 0 to 1 |
/// | `"3/10"`, `"2 / 3"` | 3/10, 2/3 | a fraction, at most 1 |
/// | `"0"`, `"1"` | 0, 1 | a bare whole number is a number, not a percentage: `"4"` is 4, more than 1, and refused (write `"4%"`) |
///
/// Spaces around the text and its parts are ignored; the result is kept in lowest terms,
/// so `"30%"`, `"0.3"` and `"3/10"` are the same share and all write as `"3/10"`.
///
/// Where a person types a percentage, as the CLI's `--threshold 4`, a bare number means
/// that many percent: that is [`Share::parse_percent`], a separate reading of its own.
///
/// In JSON and TOML a share is a string in the grammar above; a number (`0.3`, `1`) is
/// read too, as the decimal it is written as. Policy files are stricter: a share written
/// as a JSON or TOML float is refused there (see [`Share::deserialize_strict`]), so that
/// what a rule with legal force says is never a binary float.
///
/// ```
/// use union_rulebook::Share;
/// let s: Share = "30%".parse()?;
/// assert_eq!(s, Share::new(3, 10)?);
/// assert_eq!(s, "0.3".parse()?);
/// assert_eq!(s, "3/10".parse()?);
/// assert_eq!(s.to_string(), "3/10");
/// // a bare number is a number: 4 is not a share, 4% is
/// assert!("4".parse::<Share>().is_err());
/// assert_eq!(Share::parse_percent("4")?, "4%".parse()?);
/// // at least 30% of 7 seats, rounded up, is 3 seats:
/// assert_eq!(s.of_ceil(7), 3);
/// assert_eq!(s.of_floor(7), 2);
/// # Ok::<(), union_rulebook::ShareError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Share {
    num: u64,
    den: u64,
}

/// Why text is not a share.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ShareError {
    /// Not a percentage, fraction or decimal.
    #[error(
        "share {0:?} cannot be read: expected a percentage (\"30%\"), a decimal (\"0.3\") or a fraction (\"3/10\")"
    )]
    Syntax(String),
    /// A fraction with denominator 0.
    #[error("share {0:?} divides by zero: expected a fraction such as \"3/10\"")]
    ZeroDenominator(String),
    /// Above 100%.
    #[error("share {0} is more than 100%: a share is between 0 and 1{hint}", hint = percent_hint(.0))]
    AboveOne(String),
    /// Too many digits to hold exactly.
    #[error("share {0:?} has too many digits to hold exactly")]
    TooPrecise(String),
    /// A negative number.
    #[error("share {0} is negative: a share is between 0 and 1")]
    Negative(String),
    /// A float where only strings are read (policy files, see
    /// [`Share::deserialize_strict`]).
    #[error(
        "share {0} is written as a number: write it as a string (\"30%\", \"0.3\" or \"3/10\") so it stays exact"
    )]
    Float(String),
    /// Not a percentage (see [`Share::parse_percent`]).
    #[error(
        "percentage {0:?} cannot be read: expected a number from 0 to 100, such as 4, 4% or 3.25"
    )]
    NotAPercent(String),
    /// A percentage above 100 (see [`Share::parse_percent`]).
    #[error("percentage {0} is more than 100: expected a number from 0 to 100")]
    PercentAboveHundred(String),
}

/// For a bare whole number above 1 (`"4"`), the hint that a percentage needs `%`.
fn percent_hint(text: &str) -> String {
    let t = text.trim();
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        format!(" (for {t} percent write \"{t}%\")")
    } else {
        String::new()
    }
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

impl Share {
    /// Nothing: 0.
    pub const ZERO: Share = Share { num: 0, den: 1 };
    /// Everything: 1.
    pub const ONE: Share = Share { num: 1, den: 1 };
    /// One half.
    pub const HALF: Share = Share { num: 1, den: 2 };

    /// The share `num/den`, reduced to lowest terms.
    ///
    /// # Errors
    /// [`ShareError::ZeroDenominator`] when `den` is 0, [`ShareError::AboveOne`] when
    /// `num > den`.
    pub fn new(num: u64, den: u64) -> Result<Share, ShareError> {
        if den == 0 {
            return Err(ShareError::ZeroDenominator(format!("{num}/{den}")));
        }
        if num > den {
            return Err(ShareError::AboveOne(format!("{num}/{den}")));
        }
        let g = gcd(num, den).max(1);
        Ok(Share {
            num: num / g,
            den: den / g,
        })
    }

    /// A whole percentage, such as 30 for 30%.
    ///
    /// # Errors
    /// [`ShareError::AboveOne`] above 100.
    pub fn percent(p: u64) -> Result<Share, ShareError> {
        Share::new(p, 100)
    }

    /// Reads a percentage as a person types it: a number from 0 to 100 with or without
    /// `%` (`4`, `4%`, `3.25`, `3.25 %`, at most 9 decimals), so `4` is 4%. This is the
    /// reading of the CLI's `--threshold`; the share grammar ([`Share::from_str`]) reads
    /// a bare `4` as the number 4 instead.
    ///
    /// ```
    /// use union_rulebook::Share;
    /// assert_eq!(Share::parse_percent("4")?, Share::new(4, 100)?);
    /// assert_eq!(Share::parse_percent("3.25%")?, Share::new(325, 10_000)?);
    /// assert!(Share::parse_percent("3/100").is_err());
    /// # Ok::<(), union_rulebook::ShareError>(())
    /// ```
    ///
    /// # Errors
    /// [`ShareError::NotAPercent`] when the text is not such a number,
    /// [`ShareError::PercentAboveHundred`] above 100.
    pub fn parse_percent(text: &str) -> Result<Share, ShareError> {
        let bad = || ShareError::NotAPercent(text.to_owned());
        let t = text.trim();
        let t = t.strip_suffix('%').unwrap_or(t).trim_end();
        let (_, frac) = t.split_once('.').unwrap_or((t, ""));
        if frac.len() > 9 {
            return Err(bad());
        }
        let (num, den) = parse_decimal(t, text).map_err(|_| bad())?;
        let den = den.checked_mul(100).ok_or_else(bad)?;
        Share::new(num, den).map_err(|e| match e {
            ShareError::AboveOne(_) => ShareError::PercentAboveHundred(text.trim().to_owned()),
            _ => bad(),
        })
    }

    /// The numerator, in lowest terms.
    pub fn numerator(&self) -> u64 {
        self.num
    }

    /// The denominator, in lowest terms (at least 1).
    pub fn denominator(&self) -> u64 {
        self.den
    }

    /// The complement `1 - self`.
    ///
    /// ```
    /// use union_rulebook::Share;
    /// assert_eq!(Share::percent(30)?.complement(), Share::percent(70)?);
    /// # Ok::<(), union_rulebook::ShareError>(())
    /// ```
    #[must_use]
    pub fn complement(self) -> Share {
        Share {
            num: self.den - self.num,
            den: self.den,
        }
    }

    /// Compares `count / total` with this share exactly (a total of 0 reads as a ratio
    /// of 0).
    pub fn cmp_ratio(self, count: u64, total: u64) -> Ordering {
        cmp_fractions(
            u128::from(count),
            u128::from(total.max(1)),
            u128::from(self.num),
            u128::from(self.den),
        )
    }

    /// `ceil(self × n)`: the least whole number that is at least this share of `n`.
    pub fn of_ceil(&self, n: u64) -> u64 {
        let p = u128::from(self.num) * u128::from(n);
        let d = u128::from(self.den);
        // The quotient is at most n, so it fits in u64.
        u64::try_from(p.div_ceil(d)).unwrap_or(u64::MAX)
    }

    /// `floor(self × n)`: the greatest whole number that is at most this share of `n`.
    pub fn of_floor(&self, n: u64) -> u64 {
        let p = u128::from(self.num) * u128::from(n);
        u64::try_from(p / u128::from(self.den)).unwrap_or(u64::MAX)
    }

    /// Whether `part / whole` is at least this share (`part × den ≥ num × whole`),
    /// exactly for any totals. A whole of 0 meets any share (there is nothing to fall
    /// short of).
    pub fn is_met_by(&self, part: u128, whole: u128) -> bool {
        cross_cmp(part, u128::from(self.den), whole, u128::from(self.num)) != Ordering::Less
    }

    /// Whether `part / whole` is more than this share (`part × den > num × whole`),
    /// exactly for any totals.
    pub fn is_exceeded_by(&self, part: u128, whole: u128) -> bool {
        cross_cmp(part, u128::from(self.den), whole, u128::from(self.num)) == Ordering::Greater
    }

    /// The most decimals [`Share::percent_string`] writes.
    pub const MAX_PERCENT_PLACES: u32 = 40;

    /// The share as a percentage with `places` decimals, truncated, for display only.
    /// Exact for every share; at most [`Share::MAX_PERCENT_PLACES`] decimals are
    /// written (more places are taken as that many), so the text stays short whatever
    /// number is asked for.
    ///
    /// ```
    /// use union_rulebook::Share;
    /// assert_eq!(Share::new(2, 3)?.percent_string(1), "66.6%");
    /// assert_eq!(Share::new(1, 3)?.percent_string(u32::MAX).len(), "33.%".len() + 40);
    /// # Ok::<(), union_rulebook::ShareError>(())
    /// ```
    pub fn percent_string(&self, places: u32) -> String {
        ratio_percent_string(u128::from(self.num), u128::from(self.den), places)
    }

    /// The share as a percentage for display, with up to two decimals (`"33.33%"`),
    /// rounded down. Display only: rules never use it.
    ///
    /// ```
    /// use union_rulebook::Share;
    /// assert_eq!(Share::new(1, 3)?.percent_label(), "33.33%");
    /// assert_eq!(Share::new(1, 8)?.percent_label(), "12.5%");
    /// # Ok::<(), union_rulebook::ShareError>(())
    /// ```
    pub fn percent_label(self) -> String {
        let hundredths = u128::from(self.num) * 10_000 / u128::from(self.den);
        let (whole, frac) = (hundredths / 100, hundredths % 100);
        if frac == 0 {
            format!("{whole}%")
        } else if frac % 10 == 0 {
            format!("{whole}.{}%", frac / 10)
        } else {
            format!("{whole}.{frac:02}%")
        }
    }
}

/// `a × b` against `c × d`, exactly (a 256-bit product when 128 bits overflow).
fn cross_cmp(a: u128, b: u128, c: u128, d: u128) -> Ordering {
    match (a.checked_mul(b), c.checked_mul(d)) {
        (Some(l), Some(r)) => l.cmp(&r),
        _ => (num_bigint::BigUint::from(a) * b).cmp(&(num_bigint::BigUint::from(c) * d)),
    }
}

/// `a / b` against `c / d` (`b`, `d` positive), exactly.
fn cmp_fractions(a: u128, b: u128, c: u128, d: u128) -> Ordering {
    cross_cmp(a, d, c, b)
}

/// `part / whole` as a percentage with `places` decimals (at most
/// [`Share::MAX_PERCENT_PLACES`]), truncated (for display only). Long division digit by
/// digit: exact for any `u128` totals, no power of ten or product that could overflow.
pub(crate) fn ratio_percent_string(part: u128, whole: u128, places: u32) -> String {
    use num_integer::Integer;
    if whole == 0 {
        return "-".to_string();
    }
    let places = places.min(Share::MAX_PERCENT_PLACES);
    let whole_big = num_bigint::BigUint::from(whole);
    let (int, mut rem) = (num_bigint::BigUint::from(part) * 100u8).div_rem(&whole_big);
    let mut out = int.to_string();
    if places > 0 {
        out.push('.');
        for _ in 0..places {
            let (digit, r) = (rem * 10u8).div_rem(&whole_big);
            out.push_str(&digit.to_string());
            rem = r;
        }
    }
    out.push('%');
    out
}

impl PartialOrd for Share {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Share {
    fn cmp(&self, other: &Self) -> Ordering {
        (u128::from(self.num) * u128::from(other.den))
            .cmp(&(u128::from(other.num) * u128::from(self.den)))
    }
}

impl fmt::Display for Share {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.den == 1 {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}/{}", self.num, self.den)
        }
    }
}

/// Parses `digits[.digits]` as an exact fraction `n / 10^k`.
fn parse_decimal(s: &str, original: &str) -> Result<(u64, u64), ShareError> {
    let syntax = || ShareError::Syntax(original.to_string());
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, f),
        None => (s, ""),
    };
    if int.is_empty() && frac.is_empty() {
        return Err(syntax());
    }
    if !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return Err(syntax());
    }
    let too_precise = || ShareError::TooPrecise(original.to_string());
    let places = u32::try_from(frac.len()).map_err(|_| too_precise())?;
    let den = 10u64.checked_pow(places).ok_or_else(too_precise)?;
    let digits = format!("{int}{frac}");
    let digits = digits.trim_start_matches('0');
    let num = if digits.is_empty() {
        0
    } else {
        digits.parse::<u64>().map_err(|_| too_precise())?
    };
    Ok((num, den))
}

impl FromStr for Share {
    type Err = ShareError;

    fn from_str(text: &str) -> Result<Share, ShareError> {
        let s = text.trim();
        let fix = |e: ShareError| match e {
            ShareError::AboveOne(_) => ShareError::AboveOne(s.to_string()),
            ShareError::ZeroDenominator(_) => ShareError::ZeroDenominator(s.to_string()),
            other => other,
        };
        if let Some(p) = s.strip_suffix('%') {
            let (num, den) = parse_decimal(p.trim_end(), text)?;
            let den = den
                .checked_mul(100)
                .ok_or_else(|| ShareError::TooPrecise(text.to_string()))?;
            return Share::new(num, den).map_err(fix);
        }
        if let Some((n, d)) = s.split_once('/') {
            let parse = |x: &str| {
                x.trim()
                    .parse::<u64>()
                    .map_err(|_| ShareError::Syntax(text.to_string()))
            };
            return Share::new(parse(n)?, parse(d)?).map_err(fix);
        }
        let (num, den) = parse_decimal(s, text)?;
        Share::new(num, den).map_err(fix)
    }
}

impl Serialize for Share {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Reads a share from a string, an integer, or (unless `strict`) a float.
struct ShareVisitor {
    strict: bool,
}

impl serde::de::Visitor<'_> for ShareVisitor {
    type Value = Share;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.strict {
            f.write_str("a share written as a string: \"30%\", \"0.3\" or \"3/10\"")
        } else {
            f.write_str("a share: a percentage (\"30%\"), a fraction (\"2/3\") or a decimal (0.3)")
        }
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Share, E> {
        v.parse().map_err(E::custom)
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Share, E> {
        Share::new(v, 1).map_err(|_| E::custom(ShareError::AboveOne(v.to_string())))
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Share, E> {
        let v = u64::try_from(v).map_err(|_| E::custom(ShareError::Negative(v.to_string())))?;
        self.visit_u64(v)
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Share, E> {
        // The shortest text that reads back as this float is the decimal the author
        // wrote (0.3 -> "0.3"); parse that text exactly.
        let text = format!("{v}");
        if self.strict {
            return Err(E::custom(ShareError::Float(text)));
        }
        if v < 0.0 {
            return Err(E::custom(ShareError::Negative(text)));
        }
        text.parse().map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for Share {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Share, D::Error> {
        deserializer.deserialize_any(ShareVisitor { strict: false })
    }
}

impl Share {
    /// Reads a share as [`Deserialize`] does, but refuses a float: the reading option of
    /// policy files, where every share is a string (`"30%"`, `"0.3"`, `"3/10"`) so that a
    /// rule with legal force never passes through binary floating point. Use it as
    /// `#[serde(deserialize_with = "Share::deserialize_strict")]`, with
    /// `#[schemars(schema_with = "Share::strict_json_schema")]`.
    ///
    /// ```
    /// use union_rulebook::Share;
    /// #[derive(serde::Deserialize)]
    /// struct Rule {
    ///     #[serde(deserialize_with = "Share::deserialize_strict")]
    ///     share: Share,
    /// }
    /// let r: Rule = serde_json::from_str(r#"{"share": "30%"}"#)?;
    /// assert_eq!(r.share, Share::percent(30)?);
    /// let e = serde_json::from_str::<Rule>(r#"{"share": 0.3}"#).err().map(|e| e.to_string());
    /// assert!(e.is_some_and(|m| m.contains("write it as a string")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// As [`Share::from_str`], and [`ShareError::Float`] for a float.
    pub fn deserialize_strict<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Share, D::Error> {
        deserializer.deserialize_any(ShareVisitor { strict: true })
    }

    /// The JSON Schema of a share read by [`Share::deserialize_strict`]: the one `Share`
    /// definition, restricted to its string form.
    pub fn strict_json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = generator.subschema_for::<Share>();
        schema.insert("type".to_owned(), "string".into());
        schema
    }
}

impl JsonSchema for Share {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Share".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An exact share between 0 and 1: a percentage (\"30%\"), a decimal (\"0.3\") or a fraction (\"3/10\"), as a string; a bare \"4\" is the number 4, not 4%. A number (0.3) is read as the decimal it is written as, except in policy files, which take strings only.",
            "oneOf": [
                { "type": "string", "pattern": "^\\s*((([0-9]+(\\.[0-9]*)?|\\.[0-9]+)\\s*%)|([0-9]+(\\.[0-9]*)?|\\.[0-9]+)|([0-9]+\\s*/\\s*[0-9]+))\\s*$" },
                { "type": "number", "minimum": 0, "maximum": 1 }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn percentages_of_extreme_totals_are_exact_and_short() {
        // (2^128 - 1) * 100, worked by hand from 2^128 - 1 = 340282366920938463463374607431768211455.
        assert_eq!(
            ratio_percent_string(u128::MAX, 1, 0),
            "34028236692093846346337460743176821145500%"
        );
        assert_eq!(ratio_percent_string(u128::MAX, u128::MAX, 3), "100.000%");
        // 1 / (2^128 - 1) is below 10^-38, so 38 places are all zeros and the 39th is 2
        // (100 / 3.4e38 = 2.9e-37 %: the first digit is at place 37).
        assert_eq!(
            ratio_percent_string(1, u128::MAX, 38),
            format!("0.{}29%", "0".repeat(36))
        );
        // Any number of places is capped: 40 decimals of 1/3.
        let third = Share::new(1, 3).unwrap().percent_string(u32::MAX);
        assert_eq!(third, format!("33.{}%", "3".repeat(40)));
        assert_eq!(
            Share::new(u64::MAX, u64::MAX).unwrap().percent_string(2),
            "100.00%"
        );
        assert_eq!(ratio_percent_string(5, 0, 2), "-");
    }

    #[test]
    fn reads_every_written_form() {
        for (text, num, den) in [
            ("30%", 3, 10),
            ("40 %", 2, 5),
            ("2/3", 2, 3),
            ("0.3", 3, 10),
            (".5", 1, 2),
            ("100%", 1, 1),
            ("0", 0, 1),
            ("12.5%", 1, 8),
        ] {
            let s: Share = text.parse().unwrap();
            assert_eq!((s.numerator(), s.denominator()), (num, den), "{text}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_share() {
        assert_eq!(
            "120%".parse::<Share>().unwrap_err().to_string(),
            "share 120% is more than 100%: a share is between 0 and 1"
        );
        assert_eq!(
            " 4 ".parse::<Share>().unwrap_err().to_string(),
            "share 4 is more than 100%: a share is between 0 and 1 (for 4 percent write \"4%\")"
        );
        assert!(matches!("".parse::<Share>(), Err(ShareError::Syntax(_))));
        assert!(matches!("%".parse::<Share>(), Err(ShareError::Syntax(_))));
        assert!(matches!(
            "1/0".parse::<Share>(),
            Err(ShareError::ZeroDenominator(_))
        ));
        assert!(matches!("abc".parse::<Share>(), Err(ShareError::Syntax(_))));
        assert!(matches!("-1%".parse::<Share>(), Err(ShareError::Syntax(_))));
        assert!(matches!(".".parse::<Share>(), Err(ShareError::Syntax(_))));
    }

    #[test]
    fn reads_json_numbers_as_written() {
        let s: Share = serde_json::from_str("0.3").unwrap();
        assert_eq!(s, Share::new(3, 10).unwrap());
        let s: Share = serde_json::from_str("\"2/3\"").unwrap();
        assert_eq!(serde_json::to_string(&s).unwrap(), "\"2/3\"");
    }

    #[test]
    fn strict_reading_refuses_floats_only() {
        #[derive(Debug, serde::Deserialize)]
        struct R {
            #[serde(deserialize_with = "Share::deserialize_strict")]
            share: Share,
        }
        let e = serde_json::from_str::<R>("{\"share\": 0.3}").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("share 0.3 is written as a number: write it as a string"),
            "{e}"
        );
        let r: R = serde_json::from_str("{\"share\": \"0.3\"}").unwrap();
        assert_eq!(r.share, Share::new(3, 10).unwrap());
        let r: R = serde_json::from_str("{\"share\": 1}").unwrap();
        assert_eq!(r.share, Share::ONE);
        let e = serde_json::from_str::<Share>("-1").unwrap_err();
        assert!(e.to_string().contains("negative"), "{e}");
    }

    #[test]
    fn percentages_as_typed() {
        for (text, num, den) in [
            ("4", 1, 25),
            ("4%", 1, 25),
            ("3.25", 13, 400),
            (" 100 % ", 1, 1),
            ("0", 0, 1),
        ] {
            let s = Share::parse_percent(text).unwrap();
            assert_eq!((s.numerator(), s.denominator()), (num, den), "{text}");
        }
        assert_eq!(
            Share::parse_percent("120").unwrap_err().to_string(),
            "percentage 120 is more than 100: expected a number from 0 to 100"
        );
        for bad in ["", "abc", "1/2", "-4", "0.0000000001"] {
            assert!(
                matches!(Share::parse_percent(bad), Err(ShareError::NotAPercent(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn exact_comparisons_beyond_128_bits() {
        let s = Share::new(u64::MAX - 1, u64::MAX).unwrap();
        let whole = u128::MAX / 2;
        assert!(!s.is_met_by(whole / 2, whole));
        assert!(s.is_met_by(whole, whole));
        assert!(!s.is_exceeded_by(0, 0));
        assert!(Share::ZERO.is_met_by(0, 0));
    }

    #[test]
    fn indonesian_rounding_example() {
        // domain.md §3: 30% of 8 seats is 2.4; rounded up 3, rounded down 2.
        let s = Share::percent(30).unwrap();
        assert_eq!((s.of_ceil(8), s.of_floor(8)), (3, 2));
    }

    proptest! {
        #[test]
        fn ceil_and_floor_bracket_the_exact_share(num in 0u64..1000, extra in 0u64..1000, n in 0u64..100_000) {
            let s = Share::new(num, num + extra + 1).unwrap();
            let (lo, hi) = (s.of_floor(n), s.of_ceil(n));
            prop_assert!(lo <= hi && hi <= lo + 1);
            prop_assert!(s.is_met_by(u128::from(hi), u128::from(n)));
            prop_assert!(!s.is_exceeded_by(u128::from(lo), u128::from(n)));
        }
    }
}
