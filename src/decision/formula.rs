//! Quorum formulas over named variables: a small exact expression language.
//!
//! Statutes write quorums as arithmetic on the body they govern: "half the board plus
//! one, but never fewer than 15" is `max(board / 2 + 1, 15)`. A [`Formula`] is such an
//! expression: decimal numbers, named variables, `+ - * /`, parentheses, and the
//! functions `max`, `min`, `floor` and `ceil` (each of `max`/`min` over one or more
//! arguments). Arithmetic is exact (rationals of unbounded integers): `31 / 2` is
//! 15½, never 15.5 in floating point, and nothing overflows. Whole counts come from a
//! value only where the rule says how: a quorum of "at least" a value needs its
//! ceiling, "more than" the next whole number above it.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::tr;

/// The longest formula read, in bytes: statutes' formulas are a line long.
const MAX_LEN: usize = 1000;
/// The deepest nesting of parentheses and calls.
const MAX_DEPTH: usize = 32;

/// An arithmetic formula over named variables, as a statute writes a quorum.
///
/// ```
/// use std::collections::BTreeMap;
/// use union_rulebook::decision::Formula;
/// // "Half the board plus one, but never fewer than 15."
/// let f: Formula = "max(board / 2 + 1, 15)".parse()?;
/// let vars = BTreeMap::from([("board".to_string(), 31u128)]);
/// let v = f.evaluate(&vars)?;
/// assert_eq!(v.to_string(), "33/2");
/// assert_eq!(f.evaluate(&BTreeMap::from([("board".to_string(), 20u128)]))?.to_string(), "15");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "String", into = "String")]
#[schemars(with = "String")]
pub struct Formula {
    text: String,
    expr: Expr,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Expr {
    Number(BigRational),
    Var(String),
    Neg(Box<Expr>),
    Bin(Op, Box<Expr>, Box<Expr>),
    Call(Func, Vec<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Func {
    Max,
    Min,
    Floor,
    Ceil,
}

/// Why a formula does not read, with the column (from 1) where it stops.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", tr!("statutes-formula-syntax", formula = .formula.as_str(), column = *.column, expected = .expected.as_str()))]
pub struct FormulaError {
    /// The formula as written.
    pub formula: String,
    /// The column (in characters, from 1) where reading stopped.
    pub column: usize,
    /// What was expected there.
    pub expected: String,
}

/// Why a formula cannot be evaluated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EvalError {
    /// A variable the formula names has no value.
    #[error("{}", tr!("statutes-formula-unknown-variable", name = .name.as_str(), known = .known.as_str()))]
    UnknownVariable {
        /// The variable.
        name: String,
        /// The variables that have values, comma-separated.
        known: String,
    },
    /// A division by zero.
    #[error("{}", tr!("statutes-formula-division-by-zero"))]
    DivisionByZero,
}

impl Formula {
    /// The formula as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The variables the formula names, in order of first use.
    pub fn variables(&self) -> Vec<&str> {
        fn walk<'a>(e: &'a Expr, out: &mut Vec<&'a str>) {
            match e {
                Expr::Number(_) => {}
                Expr::Var(v) => {
                    if !out.contains(&v.as_str()) {
                        out.push(v);
                    }
                }
                Expr::Neg(a) => walk(a, out),
                Expr::Bin(_, a, b) => {
                    walk(a, out);
                    walk(b, out);
                }
                Expr::Call(_, args) => args.iter().for_each(|a| walk(a, out)),
            }
        }
        let mut out = Vec::new();
        walk(&self.expr, &mut out);
        out
    }

    /// The exact value of the formula with `vars` for its variables.
    ///
    /// # Errors
    /// [`EvalError::UnknownVariable`] for a variable `vars` lacks,
    /// [`EvalError::DivisionByZero`].
    pub fn evaluate(&self, vars: &BTreeMap<String, u128>) -> Result<BigRational, EvalError> {
        eval(&self.expr, vars)
    }
}

fn eval(e: &Expr, vars: &BTreeMap<String, u128>) -> Result<BigRational, EvalError> {
    Ok(match e {
        Expr::Number(n) => n.clone(),
        Expr::Var(v) => match vars.get(v) {
            Some(&n) => BigRational::from_integer(BigInt::from(n)),
            None => {
                return Err(EvalError::UnknownVariable {
                    name: v.clone(),
                    known: vars.keys().cloned().collect::<Vec<_>>().join(", "),
                });
            }
        },
        Expr::Neg(a) => -eval(a, vars)?,
        Expr::Bin(op, a, b) => {
            let (a, b) = (eval(a, vars)?, eval(b, vars)?);
            match op {
                Op::Add => a + b,
                Op::Sub => a - b,
                Op::Mul => a * b,
                Op::Div => {
                    if b.is_zero() {
                        return Err(EvalError::DivisionByZero);
                    }
                    a / b
                }
            }
        }
        Expr::Call(f, args) => {
            let mut vals = Vec::with_capacity(args.len());
            for a in args {
                vals.push(eval(a, vars)?);
            }
            match f {
                Func::Max => vals.into_iter().max().unwrap_or_else(BigRational::zero),
                Func::Min => vals.into_iter().min().unwrap_or_else(BigRational::zero),
                Func::Floor => vals.first().map(BigRational::floor).unwrap_or_default(),
                Func::Ceil => vals.first().map(BigRational::ceil).unwrap_or_default(),
            }
        }
    })
}

/// The fewest whole units that meet `value`: at least it (its ceiling), or more than
/// it (the next whole number above). Negative values need none.
pub(crate) fn whole_needed(value: &BigRational, more_than: bool) -> u128 {
    let n = if more_than {
        value.floor() + BigRational::one()
    } else {
        value.ceil()
    };
    if n.is_negative() {
        return 0;
    }
    n.to_integer().to_u128().unwrap_or(u128::MAX)
}

/// A value as exact text: an integer, or `p/q` in lowest terms.
pub(crate) fn exact_text(v: &BigRational) -> String {
    v.to_string()
}

impl fmt::Display for Formula {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl From<Formula> for String {
    fn from(f: Formula) -> String {
        f.text
    }
}

impl TryFrom<String> for Formula {
    type Error = FormulaError;
    fn try_from(s: String) -> Result<Self, FormulaError> {
        s.parse()
    }
}

impl FromStr for Formula {
    type Err = FormulaError;
    fn from_str(s: &str) -> Result<Self, FormulaError> {
        let chars: Vec<char> = s.chars().collect();
        let mut p = Parser {
            text: s,
            chars: &chars,
            pos: 0,
            depth: 0,
        };
        if s.len() > MAX_LEN {
            return Err(p.fail(MAX_LEN, "statutes-formula-expected-shorter"));
        }
        let expr = p.expr()?;
        p.skip_ws();
        if p.pos < chars.len() {
            return Err(p.fail(p.pos, "statutes-formula-expected-operator"));
        }
        Ok(Formula {
            text: s.to_string(),
            expr,
        })
    }
}

struct Parser<'a> {
    text: &'a str,
    chars: &'a [char],
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn fail(&self, at: usize, expected: &'static str) -> FormulaError {
        FormulaError {
            formula: self.text.to_string(),
            column: at + 1,
            expected: crate::i18n::text(expected, &[]),
        }
    }

    fn skip_ws(&mut self) {
        while self.chars.get(self.pos).is_some_and(|c| c.is_whitespace()) {
            self.pos += 1;
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.skip_ws();
        self.chars.get(self.pos).copied()
    }

    fn expr(&mut self) -> Result<Expr, FormulaError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.fail(self.pos, "statutes-formula-expected-shallower"));
        }
        let mut left = self.term()?;
        while let Some(c @ ('+' | '-')) = self.peek() {
            self.pos += 1;
            let right = self.term()?;
            let op = if c == '+' { Op::Add } else { Op::Sub };
            left = Expr::Bin(op, Box::new(left), Box::new(right));
        }
        self.depth -= 1;
        Ok(left)
    }

    fn term(&mut self) -> Result<Expr, FormulaError> {
        let mut left = self.factor()?;
        while let Some(c @ ('*' | '/')) = self.peek() {
            self.pos += 1;
            let right = self.factor()?;
            let op = if c == '*' { Op::Mul } else { Op::Div };
            left = Expr::Bin(op, Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn factor(&mut self) -> Result<Expr, FormulaError> {
        match self.peek() {
            Some('-') => {
                self.pos += 1;
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(self.fail(self.pos, "statutes-formula-expected-shallower"));
                }
                let e = self.factor()?;
                self.depth -= 1;
                Ok(Expr::Neg(Box::new(e)))
            }
            Some('(') => {
                self.pos += 1;
                let e = self.expr()?;
                if self.peek() != Some(')') {
                    return Err(self.fail(self.pos, "statutes-formula-expected-close"));
                }
                self.pos += 1;
                Ok(e)
            }
            Some(c) if c.is_ascii_digit() => self.number(),
            Some(c) if c.is_ascii_alphabetic() || c == '_' => self.name(),
            _ => Err(self.fail(self.pos, "statutes-formula-expected-operand")),
        }
    }

    fn number(&mut self) -> Result<Expr, FormulaError> {
        let start = self.pos;
        let mut digits = String::new();
        let mut places = 0u32;
        let mut point = false;
        while let Some(&c) = self.chars.get(self.pos) {
            if c.is_ascii_digit() {
                digits.push(c);
                if point {
                    places += 1;
                }
            } else if c == '.' && !point {
                point = true;
            } else {
                break;
            }
            self.pos += 1;
        }
        if point && places == 0 {
            return Err(self.fail(self.pos, "statutes-formula-expected-digit"));
        }
        let n: BigInt = digits
            .parse()
            .map_err(|_| self.fail(start, "statutes-formula-expected-operand"))?;
        let den = num_traits::pow(BigInt::from(10), places as usize);
        Ok(Expr::Number(BigRational::new(n, den)))
    }

    fn name(&mut self) -> Result<Expr, FormulaError> {
        let start = self.pos;
        while self
            .chars
            .get(self.pos)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_')
        {
            self.pos += 1;
        }
        let name: String = self.chars[start..self.pos].iter().collect();
        if self.peek() != Some('(') {
            return Ok(Expr::Var(name));
        }
        let func = match name.as_str() {
            "max" => Func::Max,
            "min" => Func::Min,
            "floor" => Func::Floor,
            "ceil" => Func::Ceil,
            _ => return Err(self.fail(start, "statutes-formula-expected-function")),
        };
        self.pos += 1;
        let mut args = vec![self.expr()?];
        while self.peek() == Some(',') {
            self.pos += 1;
            args.push(self.expr()?);
        }
        if self.peek() != Some(')') {
            return Err(self.fail(self.pos, "statutes-formula-expected-close-or-comma"));
        }
        self.pos += 1;
        if matches!(func, Func::Floor | Func::Ceil) && args.len() != 1 {
            return Err(self.fail(start, "statutes-formula-expected-one-argument"));
        }
        Ok(Expr::Call(func, args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(f: &str, vars: &[(&str, u128)]) -> String {
        let vars = vars.iter().map(|(k, v)| (k.to_string(), *v)).collect();
        f.parse::<Formula>()
            .unwrap()
            .evaluate(&vars)
            .unwrap()
            .to_string()
    }

    #[test]
    fn arithmetic_is_exact_and_follows_precedence() {
        assert_eq!(value("1 + 2 * 3", &[]), "7");
        assert_eq!(value("(1 + 2) * 3", &[]), "9");
        assert_eq!(value("2 / 3 * 3", &[]), "2");
        assert_eq!(value("0.1 + 0.2", &[]), "3/10");
        assert_eq!(value("-3 + 5", &[]), "2");
        assert_eq!(value("min(n, 10, 4)", &[("n", 7)]), "4");
        assert_eq!(value("floor(n / 2) + 1", &[("n", 31)]), "16");
        assert_eq!(value("ceil(7/2)", &[]), "4");
    }

    #[test]
    fn errors_name_the_column_and_what_was_expected() {
        let e = "max(board / 2 + 1, 15".parse::<Formula>().unwrap_err();
        assert_eq!(e.column, 22);
        assert_eq!(
            e.to_string(),
            "formula `max(board / 2 + 1, 15` does not read at column 22: expected `,` or `)`"
        );
        let e = "board +".parse::<Formula>().unwrap_err();
        assert_eq!(e.column, 8);
        let e = "half(board)".parse::<Formula>().unwrap_err();
        assert_eq!(e.column, 1);
        let e = "2 board".parse::<Formula>().unwrap_err();
        assert_eq!(e.column, 3);
        let deep = format!("{}1{}", "(".repeat(100), ")".repeat(100));
        assert!(deep.parse::<Formula>().is_err());
        let minus = format!("{}1", "-".repeat(100));
        assert!(minus.parse::<Formula>().is_err());
    }

    #[test]
    fn unknown_variables_and_division_by_zero_are_errors() {
        let f: Formula = "members / board".parse().unwrap();
        let vars = BTreeMap::from([("board".to_string(), 0u128)]);
        assert!(matches!(
            f.evaluate(&vars),
            Err(EvalError::UnknownVariable { .. })
        ));
        let vars = BTreeMap::from([("board".to_string(), 0u128), ("members".to_string(), 3)]);
        assert_eq!(f.evaluate(&vars), Err(EvalError::DivisionByZero));
    }

    #[test]
    fn whole_numbers_follow_the_comparison() {
        let half = BigRational::new(BigInt::from(33), BigInt::from(2));
        assert_eq!(whole_needed(&half, false), 17);
        assert_eq!(whole_needed(&half, true), 17);
        let sixteen = BigRational::from_integer(BigInt::from(16));
        assert_eq!(whole_needed(&sixteen, false), 16);
        assert_eq!(whole_needed(&sixteen, true), 17);
        assert_eq!(whole_needed(&-sixteen, false), 0);
    }
}
