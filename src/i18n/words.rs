//! Numbers in figures and in words, as legislative drafting writes them.
//!
//! Indonesian statutes write a number in a rule in figures followed by its words in
//! brackets: "paling sedikit 30% (tiga puluh persen)", "2 (dua) orang" (UU 12/2011
//! tentang Pembentukan Peraturan Perundang-undangan, Lampiran II, Bab I huruf C.5,
//! "Penulisan Bilangan"). The words are the *terbilang* of Indonesian grammar (Tata
//! Bahasa Baku Bahasa Indonesia): `sebelas`, `dua puluh`, `seratus`, `seribu`,
//! `satu juta`. English drafting writes the same in its own words: "30% (thirty per
//! cent)", "2 (two)".
//!
//! Figures follow each language: Indonesian groups thousands with a dot and writes a
//! decimal comma (`1.250`, `33,5%`, UU 12/2011 Lampiran II: `Rp50.000.000,00`);
//! English a comma and a decimal point.
//!
//! ```
//! use union_rulebook::i18n::{Lang, words};
//! assert_eq!(words::cardinal(Lang::Id, 1_250), "seribu dua ratus lima puluh");
//! assert_eq!(words::cardinal(Lang::En, 1_250), "one thousand two hundred and fifty");
//! assert_eq!(words::count(Lang::Id, 2), "2 (dua)");
//! assert_eq!(words::percent(Lang::Id, 30, 100), "30% (tiga puluh persen)");
//! assert_eq!(words::percent(Lang::En, 30, 100), "30% (thirty per cent)");
//! ```

use super::Lang;

const ID_UNITS: [&str; 10] = [
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
];

/// Indonesian scale words from 10^3 up (KBBI: ribu, juta, miliar, triliun,
/// kuadriliun, kuintiliun).
const ID_SCALES: [&str; 6] = [
    "ribu",
    "juta",
    "miliar",
    "triliun",
    "kuadriliun",
    "kuintiliun",
];

const EN_UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

const EN_TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// English short-scale words from 10^3 up.
const EN_SCALES: [&str; 6] = [
    "thousand",
    "million",
    "billion",
    "trillion",
    "quadrillion",
    "quintillion",
];

/// The three-digit groups of `n`, least significant first.
fn groups(mut n: u64) -> Vec<u64> {
    let mut out = Vec::new();
    loop {
        out.push(n % 1000);
        n /= 1000;
        if n == 0 {
            return out;
        }
    }
}

/// 1..=999 in Indonesian: `sebelas`, `dua puluh satu`, `seratus`, `sembilan ratus
/// sembilan puluh sembilan`.
fn id_below_thousand(n: u64) -> String {
    let mut parts: Vec<String> = Vec::new();
    let (h, rest) = (n / 100, n % 100);
    match h {
        0 => {}
        1 => parts.push("seratus".to_owned()),
        _ => parts.push(format!("{} ratus", ID_UNITS[h as usize])),
    }
    let (t, u) = (rest / 10, rest % 10);
    match (t, u) {
        (0, 0) => {}
        (0, u) => parts.push(ID_UNITS[u as usize].to_owned()),
        (1, 0) => parts.push("sepuluh".to_owned()),
        (1, 1) => parts.push("sebelas".to_owned()),
        (1, u) => parts.push(format!("{} belas", ID_UNITS[u as usize])),
        (t, 0) => parts.push(format!("{} puluh", ID_UNITS[t as usize])),
        (t, u) => parts.push(format!(
            "{} puluh {}",
            ID_UNITS[t as usize], ID_UNITS[u as usize]
        )),
    }
    parts.join(" ")
}

/// `n` in Indonesian words (*terbilang*): `nol`, `sebelas`, `seratus satu`, `seribu`,
/// `dua ribu`, `seratus satu ribu`, `satu juta`.
///
/// "Se-" stands for "satu" before `belas`, `puluh`, `ratus` and `ribu` only; before
/// `juta` and the larger scales it is `satu juta` (Tata Bahasa Baku, numeralia).
///
/// ```
/// use union_rulebook::i18n::words::terbilang;
/// assert_eq!(terbilang(11), "sebelas");
/// assert_eq!(terbilang(1_000), "seribu");
/// assert_eq!(terbilang(1_000_000), "satu juta");
/// ```
pub fn terbilang(n: u64) -> String {
    if n == 0 {
        return ID_UNITS[0].to_owned();
    }
    let mut parts: Vec<String> = Vec::new();
    for (scale, g) in groups(n).into_iter().enumerate().rev() {
        if g == 0 {
            continue;
        }
        match scale {
            0 => parts.push(id_below_thousand(g)),
            1 if g == 1 => parts.push("seribu".to_owned()),
            s => parts.push(format!("{} {}", id_below_thousand(g), ID_SCALES[s - 1])),
        }
    }
    parts.join(" ")
}

/// 1..=999 in English, with "and" after the hundreds (British usage, as UK
/// legislation writes numbers in words: "one hundred and one").
fn en_below_thousand(n: u64) -> String {
    let (h, rest) = (n / 100, n % 100);
    let tens = match rest {
        0 => String::new(),
        1..=19 => EN_UNITS[rest as usize].to_owned(),
        _ if rest % 10 == 0 => EN_TENS[(rest / 10) as usize].to_owned(),
        _ => format!(
            "{}-{}",
            EN_TENS[(rest / 10) as usize],
            EN_UNITS[(rest % 10) as usize]
        ),
    };
    match (h, tens.is_empty()) {
        (0, _) => tens,
        (h, true) => format!("{} hundred", EN_UNITS[h as usize]),
        (h, false) => format!("{} hundred and {tens}", EN_UNITS[h as usize]),
    }
}

/// `n` in English words: `eleven`, `twenty-one`, `one hundred and one`, `one thousand
/// and five`, `two million`.
///
/// ```
/// use union_rulebook::i18n::words::english;
/// assert_eq!(english(21), "twenty-one");
/// assert_eq!(english(1_005), "one thousand and five");
/// ```
pub fn english(n: u64) -> String {
    if n == 0 {
        return EN_UNITS[0].to_owned();
    }
    let gs = groups(n);
    let mut parts: Vec<String> = Vec::new();
    for (scale, g) in gs.iter().copied().enumerate().rev() {
        if g == 0 {
            continue;
        }
        if scale == 0 {
            // "one thousand and five": "and" before a last group below 100.
            if g < 100 && gs.len() > 1 {
                parts.push(format!("and {}", en_below_thousand(g)));
            } else {
                parts.push(en_below_thousand(g));
            }
        } else {
            parts.push(format!("{} {}", en_below_thousand(g), EN_SCALES[scale - 1]));
        }
    }
    parts.join(" ")
}

/// `n` in words in `lang`.
///
/// ```
/// use union_rulebook::i18n::{Lang, words::cardinal};
/// assert_eq!(cardinal(Lang::Id, 25), "dua puluh lima");
/// assert_eq!(cardinal(Lang::En, 25), "twenty-five");
/// ```
pub fn cardinal(lang: Lang, n: u64) -> String {
    match lang {
        Lang::Id => terbilang(n),
        Lang::En => english(n),
    }
}

/// `n` in figures, thousands grouped as `lang` writes them: `1.250` in Indonesian,
/// `1,250` in English.
///
/// ```
/// use union_rulebook::i18n::{Lang, words::figure};
/// assert_eq!(figure(Lang::Id, 50_000_000), "50.000.000");
/// assert_eq!(figure(Lang::En, 1_250), "1,250");
/// assert_eq!(figure(Lang::En, 999), "999");
/// ```
pub fn figure(lang: Lang, n: u64) -> String {
    let sep = match lang {
        Lang::Id => '.',
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A number in figures and words, as a rule states a count: `2 (dua)`, `2 (two)`.
///
/// ```
/// use union_rulebook::i18n::{Lang, words::count};
/// assert_eq!(count(Lang::Id, 14), "14 (empat belas)");
/// assert_eq!(count(Lang::En, 14), "14 (fourteen)");
/// ```
pub fn count(lang: Lang, n: u64) -> String {
    format!("{} ({})", figure(lang, n), cardinal(lang, n))
}

/// The digits after the decimal sign, read one by one: `koma tiga tiga`, `point three
/// three`.
fn decimal_words(lang: Lang, digits: &str) -> String {
    let read: Vec<&str> = digits
        .bytes()
        .map(|b| {
            let d = usize::from(b - b'0');
            match lang {
                Lang::Id => ID_UNITS[d],
                Lang::En => EN_UNITS[d],
            }
        })
        .collect();
    let word = match lang {
        Lang::Id => "koma",
        Lang::En => "point",
    };
    format!("{word} {}", read.join(" "))
}

/// The share `num/den` as a percentage in figures and words, `30% (tiga puluh persen)`,
/// `30% (thirty per cent)`, when it is a whole or decimal percentage with at most two
/// decimals (`12,5% (dua belas koma lima persen)`); otherwise as a fraction,
/// `1/3 (sepertiga)`, `2/3 (two thirds)`, so that the text is always exact. `None` when
/// `den` is 0 or the share is above 1.
///
/// ```
/// use union_rulebook::i18n::{Lang, words::percent};
/// assert_eq!(percent(Lang::Id, 1, 8), "12,5% (dua belas koma lima persen)");
/// assert_eq!(percent(Lang::En, 1, 8), "12.5% (twelve point five per cent)");
/// assert_eq!(percent(Lang::Id, 2, 3), "2/3 (dua pertiga)");
/// assert_eq!(percent(Lang::En, 1, 3), "1/3 (one third)");
/// ```
pub fn percent(lang: Lang, num: u64, den: u64) -> String {
    if den == 0 {
        return format!("{num}/{den}");
    }
    let g = gcd(num, den);
    let (num, den) = (num / g, den / g);
    let scaled = u128::from(num) * 10_000;
    if scaled.is_multiple_of(u128::from(den)) {
        let hundredths = scaled / u128::from(den);
        let whole = u64::try_from(hundredths / 100).unwrap_or(u64::MAX);
        let frac = hundredths % 100;
        let digits = match frac {
            0 => String::new(),
            f if f.is_multiple_of(10) => (f / 10).to_string(),
            f => format!("{f:02}"),
        };
        let (point, per_cent) = match lang {
            Lang::Id => (',', "persen"),
            Lang::En => ('.', "per cent"),
        };
        let fig = if digits.is_empty() {
            format!("{}%", figure(lang, whole))
        } else {
            format!("{}{point}{digits}%", figure(lang, whole))
        };
        let mut words = cardinal(lang, whole);
        if !digits.is_empty() {
            words = format!("{words} {}", decimal_words(lang, &digits));
        }
        return format!("{fig} ({words} {per_cent})");
    }
    format!("{num}/{den} ({})", fraction(lang, num, den))
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.max(1)
}

/// A common fraction in words: `sepertiga`, `dua perlima`; `one third`, `two fifths`,
/// `one half`, `three quarters`.
fn fraction(lang: Lang, num: u64, den: u64) -> String {
    match lang {
        Lang::Id => {
            let den_words = terbilang(den);
            if num == 1 {
                format!("seper{den_words}")
            } else {
                format!("{} per{den_words}", terbilang(num))
            }
        }
        Lang::En => {
            let ordinal = match den {
                2 => "half".to_owned(),
                4 => "quarter".to_owned(),
                d => english_ordinal(d),
            };
            let ordinal = if num == 1 {
                ordinal
            } else if ordinal == "half" {
                "halves".to_owned()
            } else {
                format!("{ordinal}s")
            };
            format!("{} {ordinal}", english(num))
        }
    }
}

/// The English ordinal of `n`: `third`, `fifth`, `twelfth`, `twentieth`,
/// `twenty-first`.
fn english_ordinal(n: u64) -> String {
    let words = english(n);
    let split = words.rfind([' ', '-']).map_or(0, |i| i + 1);
    let (head, last) = words.split_at(split);
    let last = match last {
        "one" => "first".to_owned(),
        "two" => "second".to_owned(),
        "three" => "third".to_owned(),
        "five" => "fifth".to_owned(),
        "eight" => "eighth".to_owned(),
        "nine" => "ninth".to_owned(),
        "twelve" => "twelfth".to_owned(),
        w if w.ends_with('y') => format!("{}ieth", &w[..w.len() - 1]),
        w => format!("{w}th"),
    };
    format!("{head}{last}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The numbers in words of the examples of UU 12/2011, Lampiran II (drafting
    /// technique, "Penulisan Bilangan"), and of statutes drafted under it: UU 7/2017
    /// art. 245 "30% (tiga puluh persen)", UU 13/2003 art. 79 "12 (dua belas) hari
    /// kerja", UU 21/2000 art. 5(2) "10 (sepuluh) orang", art. 6(2) "5 (lima)",
    /// Lampiran II "Rp50.000.000,00 (lima puluh juta rupiah)".
    #[test]
    fn terbilang_of_the_uu_12_2011_examples() {
        assert_eq!(percent(Lang::Id, 30, 100), "30% (tiga puluh persen)");
        assert_eq!(count(Lang::Id, 12), "12 (dua belas)");
        assert_eq!(count(Lang::Id, 10), "10 (sepuluh)");
        assert_eq!(count(Lang::Id, 5), "5 (lima)");
        assert_eq!(count(Lang::Id, 2), "2 (dua)");
        assert_eq!(count(Lang::Id, 50_000_000), "50.000.000 (lima puluh juta)");
    }

    #[test]
    fn terbilang_forms() {
        let cases: &[(u64, &str)] = &[
            (0, "nol"),
            (1, "satu"),
            (9, "sembilan"),
            (10, "sepuluh"),
            (11, "sebelas"),
            (12, "dua belas"),
            (19, "sembilan belas"),
            (20, "dua puluh"),
            (21, "dua puluh satu"),
            (99, "sembilan puluh sembilan"),
            (100, "seratus"),
            (101, "seratus satu"),
            (111, "seratus sebelas"),
            (200, "dua ratus"),
            (999, "sembilan ratus sembilan puluh sembilan"),
            (1_000, "seribu"),
            (1_001, "seribu satu"),
            (1_100, "seribu seratus"),
            (2_000, "dua ribu"),
            (11_000, "sebelas ribu"),
            (100_000, "seratus ribu"),
            (101_000, "seratus satu ribu"),
            (1_000_000, "satu juta"),
            (1_000_001, "satu juta satu"),
            (2_500_000, "dua juta lima ratus ribu"),
            (1_000_000_000, "satu miliar"),
            (1_000_000_000_000, "satu triliun"),
            (
                u64::MAX,
                "delapan belas kuintiliun empat ratus empat puluh enam kuadriliun tujuh ratus empat puluh empat triliun tujuh puluh tiga miliar tujuh ratus sembilan juta lima ratus lima puluh satu ribu enam ratus lima belas",
            ),
        ];
        for (n, words) in cases {
            assert_eq!(terbilang(*n), *words, "{n}");
        }
    }

    #[test]
    fn english_forms() {
        let cases: &[(u64, &str)] = &[
            (0, "zero"),
            (1, "one"),
            (11, "eleven"),
            (20, "twenty"),
            (21, "twenty-one"),
            (100, "one hundred"),
            (101, "one hundred and one"),
            (115, "one hundred and fifteen"),
            (1_000, "one thousand"),
            (1_005, "one thousand and five"),
            (1_250, "one thousand two hundred and fifty"),
            (2_000_000, "two million"),
            (1_000_000_000, "one billion"),
        ];
        for (n, words) in cases {
            assert_eq!(english(*n), *words, "{n}");
        }
    }

    #[test]
    fn percentages_and_fractions() {
        assert_eq!(percent(Lang::Id, 40, 100), "40% (empat puluh persen)");
        assert_eq!(percent(Lang::En, 1, 2), "50% (fifty per cent)");
        assert_eq!(percent(Lang::Id, 1, 1), "100% (seratus persen)");
        assert_eq!(percent(Lang::Id, 0, 1), "0% (nol persen)");
        assert_eq!(
            percent(Lang::Id, 3333, 10_000),
            "33,33% (tiga puluh tiga koma tiga tiga persen)"
        );
        assert_eq!(percent(Lang::Id, 1, 3), "1/3 (sepertiga)");
        assert_eq!(percent(Lang::Id, 3, 7), "3/7 (tiga pertujuh)");
        assert_eq!(percent(Lang::En, 2, 3), "2/3 (two thirds)");
        assert_eq!(percent(Lang::En, 1, 12), "1/12 (one twelfth)");
        assert_eq!(percent(Lang::En, 5, 21), "5/21 (five twenty-firsts)");
    }
}
