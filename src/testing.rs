//! Generators of documents for examples, tests and benchmarks (not part of the stable
//! API). Deterministic: the same arguments always give the same document.
//!
//! - [`spn_example`] builds the bundled SPN/KSPI example (`examples/data/spn.json` and
//!   `spn-clean.json`);
//! - [`federation`] builds a large federation for benchmarks (the validation and audit
//!   benches use it).

use chrono::{Days, NaiveDate};
use std::num::NonZeroU32;

use crate::Lot;
use crate::model::{
    Affiliation, Body, BodyId, BodyKind, Gender, Group, HowObtained, Incompatibility, Level,
    LevelId, LevelRules, Membership, MembershipStats, Organization, Person, PersonId, Post,
    PostCondition, PostId, Role, Term, Unit, UnitId,
};

/// An error in a generator (an invalid id or period); generators build only valid
/// values, so this points at a bug in the generator.
pub type GenError = Box<dyn std::error::Error + Send + Sync>;

fn date(y: i32, m: u32, d: u32) -> Result<NaiveDate, GenError> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| format!("bad date {y}-{m}-{d}").into())
}

fn plus_days(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap_or(d)
}

fn nz(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN)
}

fn pick<'a>(lot: &mut Lot, items: &[&'a str]) -> &'a str {
    lot.choose(items).copied().unwrap_or("")
}

fn level(id: &str, name: &str, rules: LevelRules) -> Result<Level, GenError> {
    let mut l = Level::new(LevelId::new(id)?, name);
    l.rules = rules;
    Ok(l)
}

fn rules(
    min_members: Option<u32>,
    min_affiliated_units: Option<u32>,
    counted_level: Option<&str>,
    max_affiliations: Option<u32>,
) -> Result<LevelRules, GenError> {
    Ok(LevelRules {
        min_members,
        min_affiliated_units,
        counted_level: counted_level.map(LevelId::new).transpose()?,
        max_affiliations,
    })
}

fn unit(id: &str, name: &str, level: &str, parent: Option<&str>) -> Result<Unit, GenError> {
    let mut u = Unit::new(UnitId::new(id)?, name, LevelId::new(level)?);
    u.parent = parent.map(UnitId::new).transpose()?;
    Ok(u)
}

fn post(id: &str, role: &str, seats: u32) -> Result<Post, GenError> {
    let mut p = Post::new(PostId::new(id)?, Role::from(role));
    p.seats = nz(seats);
    Ok(p)
}

fn term(
    person: &PersonId,
    post: &str,
    start: NaiveDate,
    end: Option<NaiveDate>,
) -> Result<Term, GenError> {
    Ok(Term::new(person.clone(), PostId::new(post)?, start, end)?)
}

const FIRST_WOMEN: &[&str] = &[
    "Siti", "Dewi", "Sri", "Rina", "Ani", "Wati", "Yuni", "Lestari", "Nur", "Ratna", "Indah",
    "Fitri", "Endang", "Sari", "Putri", "Ayu",
];
const FIRST_MEN: &[&str] = &[
    "Budi", "Agus", "Joko", "Eko", "Hendra", "Rudi", "Dedi", "Yusuf", "Bambang", "Andi", "Slamet",
    "Wahyu", "Iwan", "Teguh", "Fajar", "Arif",
];
const FAMILY: &[&str] = &[
    "Setiawan",
    "Hidayat",
    "Santoso",
    "Wibowo",
    "Saputra",
    "Kurniawan",
    "Rahayu",
    "Susanti",
    "Pratama",
    "Nugroho",
    "Handayani",
    "Permata",
    "Kusuma",
    "Lubis",
    "Siregar",
    "Harahap",
];

struct People {
    lot: Lot,
    next: usize,
}

impl People {
    fn person(&mut self, woman_per_mille: u64) -> Result<Person, GenError> {
        self.next += 1;
        let mut p = Person::new(PersonId::new(format!("p-{:06}", self.next))?);
        let woman = self.lot.below(1000) < woman_per_mille;
        let first = if woman {
            pick(&mut self.lot, FIRST_WOMEN)
        } else {
            pick(&mut self.lot, FIRST_MEN)
        };
        let family = pick(&mut self.lot, FAMILY);
        p.name = Some(format!("{first} {family}"));
        p.gender = Some(if self.lot.below(200) == 0 {
            Gender::Undisclosed
        } else if woman {
            Gender::Woman
        } else {
            Gender::Man
        });
        let born = plus_days(date(1965, 1, 1)?, self.lot.below(40 * 365));
        p.birth_date = Some(born);
        Ok(p)
    }
}

/// The bundled example: the confederation KSPI, its federation SPN with a national
/// board (DPP), three provinces (DPD), six districts (DPC) and twenty enterprise unions
/// (PSP), about 2,000 invented members, bodies, posts and terms of office.
///
/// With `clean == false` it carries deliberate problems for `validate` to report as of
/// 2026-01-01 (a PSP below 10 members, a third consecutive term for the DPP chair, the
/// treasurer also auditor, a man on a women's seat, a term past its maximum, an officer
/// in arrears, a PSP affiliated to two federations, two men as the two vice-chairs and
/// an overfilled post); with `clean == true` none of them.
///
/// # Errors
///
/// Only on a bug in the generator (it builds only valid ids and periods).
pub fn spn_example(clean: bool) -> Result<Organization, GenError> {
    let mut doc = Organization::new("Konfederasi Serikat Pekerja Indonesia (KSPI) and SPN");
    doc.levels = vec![
        level(
            "confederation",
            "Konfederasi",
            rules(None, Some(3), Some("federation"), None)?,
        )?,
        // UU 21/2000 art. 6(2) also asks 5 unions of a federation; the example does
        // not list FSPMI's and ASPEK's unions, so the rule is left to the bench
        // generator, which has them.
        level(
            "federation",
            "Federasi (DPP)",
            rules(None, None, None, Some(1))?,
        )?,
        level(
            "dpd",
            "Dewan Pimpinan Daerah",
            rules(None, None, None, Some(1))?,
        )?,
        level(
            "dpc",
            "Dewan Pimpinan Cabang",
            rules(None, None, None, Some(1))?,
        )?,
        level(
            "psp",
            "Pimpinan Serikat Pekerja",
            rules(Some(10), None, None, Some(1))?,
        )?,
    ];
    let kspi_since = date(2003, 2, 1)?;
    doc.units.push(unit(
        "kspi",
        "Konfederasi Serikat Pekerja Indonesia",
        "confederation",
        None,
    )?);
    let stats_day = date(2025, 12, 31)?;
    for (id, name, total, women) in [
        (
            "fspmi",
            "Federasi Serikat Pekerja Metal Indonesia",
            180_000,
            40_000,
        ),
        (
            "aspek",
            "Asosiasi Serikat Pekerja Indonesia",
            60_000,
            21_000,
        ),
    ] {
        let mut u = unit(id, name, "federation", None)?;
        u.affiliations.push(Affiliation::new(
            UnitId::new("kspi")?,
            Some(kspi_since),
            None,
        )?);
        u.membership_stats.push(MembershipStats::new(
            stats_day,
            total,
            [
                (Group::Gender(Gender::Woman), women),
                (Group::Gender(Gender::Man), total - women),
            ],
        )?);
        doc.units.push(u);
    }
    let mut spn = unit("spn", "Serikat Pekerja Nasional", "federation", None)?;
    spn.affiliations.push(Affiliation::new(
        UnitId::new("kspi")?,
        Some(kspi_since),
        None,
    )?);
    doc.units.push(spn);

    let provinces = [
        (
            "dpd-jabar",
            "DPD SPN Jawa Barat",
            [
                ("dpc-bekasi", "DPC SPN Kabupaten Bekasi"),
                ("dpc-karawang", "DPC SPN Kabupaten Karawang"),
            ],
        ),
        (
            "dpd-banten",
            "DPD SPN Banten",
            [
                ("dpc-serang", "DPC SPN Kabupaten Serang"),
                ("dpc-tangerang", "DPC SPN Kota Tangerang"),
            ],
        ),
        (
            "dpd-jateng",
            "DPD SPN Jawa Tengah",
            [
                ("dpc-semarang", "DPC SPN Kota Semarang"),
                ("dpc-jepara", "DPC SPN Kabupaten Jepara"),
            ],
        ),
    ];
    let companies = [
        "Sinar Tekstil",
        "Mega Garmen",
        "Cahaya Busana",
        "Bintang Sepatu",
        "Karya Rajut",
        "Nusantara Apparel",
        "Samudra Benang",
        "Prima Jahit",
        "Mulia Kain",
        "Jaya Fashion",
        "Sentosa Knitting",
        "Harapan Denim",
        "Puspa Batik",
        "Lancar Garment",
        "Sejahtera Tekstil",
        "Abadi Footwear",
        "Makmur Sandang",
        "Citra Mode",
        "Gemilang Sport",
        "Indah Furnitur",
    ];
    let mut dpcs = Vec::new();
    for (dpd, dpd_name, cs) in provinces {
        doc.units.push(unit(dpd, dpd_name, "dpd", Some("spn"))?);
        for (dpc, dpc_name) in cs {
            doc.units.push(unit(dpc, dpc_name, "dpc", Some(dpd))?);
            dpcs.push(dpc);
        }
    }
    let mut psps = Vec::new();
    for (i, company) in companies.iter().enumerate() {
        let dpc = dpcs.get(i % dpcs.len()).copied().unwrap_or("dpc-bekasi");
        let id = format!("psp-{:03}", i + 1);
        let mut u = unit(&id, &format!("PSP SPN PT {company}"), "psp", Some(dpc))?;
        if !clean && i == 4 {
            // Deliberate: a second federation affiliation (UU 21/2000 art. 8).
            u.affiliations.push(Affiliation::new(
                UnitId::new("fspmi")?,
                Some(date(2024, 5, 1)?),
                None,
            )?);
        }
        doc.units.push(u);
        psps.push(id);
    }

    // Members.
    let mut people = People {
        lot: Lot::new(2000),
        next: 0,
    };
    let mut members_of: Vec<Vec<PersonId>> = Vec::new();
    for (i, psp) in psps.iter().enumerate() {
        let size = if i == 7 && !clean {
            8
        } else {
            60 + people.lot.below(80) as usize
        };
        let mut ids = Vec::new();
        let (mut women, mut men, mut young) = (0u32, 0u32, 0u32);
        for _ in 0..size {
            let p = people.person(620)?;
            let joined = plus_days(date(2008, 1, 1)?, people.lot.below(16 * 365));
            let mut m = Membership::new(p.id.clone(), UnitId::new(psp.as_str())?, joined, None)?;
            if people.lot.below(50) == 0 {
                m.arrears_since = Some(plus_days(date(2025, 1, 1)?, people.lot.below(300)));
            }
            match p.gender {
                Some(Gender::Woman) => women += 1,
                Some(Gender::Man) => men += 1,
                _ => {}
            }
            if Group::AgeUnder(35).contains(&p, stats_day) == Some(true) {
                young += 1;
            }
            ids.push(p.id.clone());
            doc.memberships.push(m);
            doc.people.push(p);
        }
        let unit_i = doc.units.iter().position(|u| u.id.as_str() == psp);
        if let Some(u) = unit_i.and_then(|k| doc.units.get_mut(k)) {
            u.membership_stats.push(MembershipStats::new(
                stats_day,
                size as u32,
                [
                    (Group::Gender(Gender::Woman), women),
                    (Group::Gender(Gender::Man), men),
                    (Group::AgeUnder(35), young),
                ],
            )?);
        }
        members_of.push(ids);
    }

    // Officers are drawn from the members; a higher unit's officers are also members
    // of that unit (so they are members in good standing of the body's unit).
    let mut used = std::collections::BTreeSet::new();
    let mut officer = |doc: &mut Organization,
                       lot: &mut Lot,
                       from_psp: usize,
                       want: Option<Gender>,
                       unit_id: &str|
     -> Result<PersonId, GenError> {
        for attempt in 0..20_000usize {
            // Draw from the given PSP first, then from the next ones.
            let k = (from_psp + attempt / 500) % members_of.len().max(1);
            let pool = members_of.get(k).map_or(&[][..], Vec::as_slice);
            let Some(id) = lot.choose(pool).cloned() else {
                continue;
            };
            if used.contains(&id) {
                continue;
            }
            let person = doc.people.iter().find(|p| p.id == id);
            let arrears = doc
                .memberships
                .iter()
                .any(|m| m.person == id && m.arrears_since.is_some());
            if arrears || (want.is_some() && person.and_then(|p| p.gender.clone()) != want) {
                continue;
            }
            let joined_late = doc
                .memberships
                .iter()
                .any(|m| m.person == id && m.start() > date(2013, 1, 1).unwrap_or(m.start()));
            if joined_late {
                continue;
            }
            let born = person.and_then(|p| p.birth_date);
            if born.is_some_and(|b| b > date(1990, 1, 1).unwrap_or(b)) {
                continue;
            }
            used.insert(id.clone());
            if !unit_id.starts_with("psp-") {
                doc.memberships.push(Membership::new(
                    id.clone(),
                    UnitId::new(unit_id)?,
                    date(2005, 1, 1)?,
                    None,
                )?);
            }
            return Ok(id);
        }
        Err("no eligible officer".into())
    };
    let mut lot = Lot::new(77);

    // The federation's bodies.
    let mut dpp = Body::new(
        BodyId::new("spn/dpp")?,
        UnitId::new("spn")?,
        BodyKind::Executive,
        "Dewan Pimpinan Pusat SPN",
    );
    dpp.term_rules.max_term_months = Some(nz(60));
    dpp.term_rules.max_consecutive_terms = Some(nz(2));
    dpp.term_rules.cooling_off_months = Some(12);
    let mut chair = post("spn/dpp/chair", "chair", 1)?;
    chair.name = Some("Ketua Umum".into());
    let mut women_seat = post("spn/dpp/women-seat", "member", 2)?;
    women_seat.reserved_for = Some(Group::Gender(Gender::Woman));
    let mut young_seat = post("spn/dpp/young-seat", "member", 1)?;
    young_seat.reserved_for = Some(Group::AgeUnder(35));
    dpp.posts = vec![
        chair,
        post("spn/dpp/secretary-general", "secretary-general", 1)?,
        post("spn/dpp/treasurer", "treasurer", 1)?,
        post("spn/dpp/vice-chair", "vice-chair", 2)?,
        post("spn/dpp/member", "member", 5)?,
        women_seat,
        young_seat,
    ];
    dpp.conditions.push(PostCondition::AtLeast {
        posts: vec![PostId::new("spn/dpp/vice-chair")?],
        count: nz(1),
        group: Group::Gender(Gender::Woman),
    });
    let mut audit = Body::new(
        BodyId::new("spn/audit")?,
        UnitId::new("spn")?,
        BodyKind::Audit,
        "Badan Pemeriksa Keuangan",
    );
    audit.posts = vec![post("spn/audit/auditor", "auditor", 3)?];
    let kongres = {
        let mut b = Body::new(
            BodyId::new("spn/kongres")?,
            UnitId::new("spn")?,
            BodyKind::Congress,
            "Kongres SPN",
        );
        b.posts = vec![post("spn/kongres/presidium", "chair", 3)?];
        b
    };
    let rakernas = Body::new(
        BodyId::new("spn/rakernas")?,
        UnitId::new("spn")?,
        BodyKind::Council,
        "Rapat Kerja Nasional",
    );
    let mut women_committee = Body::new(
        BodyId::new("spn/women-committee")?,
        UnitId::new("spn")?,
        BodyKind::Committee,
        "Komite Perempuan SPN",
    );
    let mut coord = post("spn/women-committee/coordinator", "coordinator", 1)?;
    coord.reserved_for = Some(Group::Gender(Gender::Woman));
    women_committee.posts = vec![coord, post("spn/women-committee/member", "member", 4)?];
    doc.bodies
        .extend([kongres, rakernas, dpp, audit, women_committee]);
    for (id, name) in [
        ("women", "Kelas Perempuan"),
        ("young", "Kelas Pekerja Muda"),
        ("laskar", "Laskar SPN"),
        ("media", "Kelas Media"),
        ("tkbh", "Tim Konsultasi dan Bantuan Hukum (TKBH)"),
    ] {
        let mut b = Body::new(
            BodyId::new(format!("spn/class-{id}"))?,
            UnitId::new("spn")?,
            BodyKind::Class,
            name,
        );
        b.posts = vec![post(
            &format!("spn/class-{id}/coordinator"),
            "coordinator",
            1,
        )?];
        doc.bodies.push(b);
    }
    doc.incompatibilities.push({
        let mut inc = Incompatibility::new(vec![
            PostId::new("spn/dpp/treasurer")?,
            PostId::new("spn/audit/auditor")?,
        ]);
        inc.source = Some("AD/ART SPN (pattern): the treasurer is not an auditor".into());
        inc
    });

    let p2014 = (date(2014, 9, 1)?, Some(date(2019, 8, 31)?));
    let p2019 = (date(2019, 9, 1)?, Some(date(2024, 8, 31)?));
    let p2024 = (date(2024, 9, 1)?, Some(date(2029, 8, 31)?));
    // DPP chair: elected 2014 and 2019; in the problem variant re-elected for a third
    // consecutive term in 2024 (the statutes allow two).
    let chair1 = officer(&mut doc, &mut lot, 0, Some(Gender::Man), "spn")?;
    doc.terms
        .push(term(&chair1, "spn/dpp/chair", p2014.0, p2014.1)?);
    doc.terms
        .push(term(&chair1, "spn/dpp/chair", p2019.0, p2019.1)?);
    let chair3 = if clean {
        officer(&mut doc, &mut lot, 1, Some(Gender::Woman), "spn")?
    } else {
        chair1.clone()
    };
    doc.terms
        .push(term(&chair3, "spn/dpp/chair", p2024.0, p2024.1)?);
    for (k, (p, seats)) in [
        ("spn/dpp/secretary-general", 1),
        ("spn/dpp/treasurer", 1),
        ("spn/dpp/member", 4),
        ("spn/kongres/presidium", 3),
        ("spn/audit/auditor", 3),
    ]
    .into_iter()
    .enumerate()
    {
        for s in 0..seats {
            let who = officer(&mut doc, &mut lot, k * 3 + s, None, "spn")?;
            doc.terms.push(term(&who, p, p2024.0, p2024.1)?);
        }
    }
    // Two officers of a post for the 2024 term, drawn from PSPs `from_psp` and the
    // next: the first of gender `first`, the second a woman (in the problem variant a
    // man).
    let mut pair = |doc: &mut Organization,
                    lot: &mut Lot,
                    from_psp: usize,
                    first: Gender,
                    post: &str|
     -> Result<(), GenError> {
        let one = officer(doc, lot, from_psp, Some(first), "spn")?;
        let second = if clean { Gender::Woman } else { Gender::Man };
        let two = officer(doc, lot, from_psp + 1, Some(second), "spn")?;
        doc.terms.push(term(&one, post, p2024.0, p2024.1)?);
        doc.terms.push(term(&two, post, p2024.0, p2024.1)?);
        Ok(())
    };
    // Vice-chairs: at least one a woman (in the problem variant, two men).
    pair(&mut doc, &mut lot, 5, Gender::Man, "spn/dpp/vice-chair")?;
    // Women's seats: in the problem variant one is held by a man.
    pair(&mut doc, &mut lot, 7, Gender::Woman, "spn/dpp/women-seat")?;
    // The young workers' seat stays vacant (an info finding).
    let wc = officer(&mut doc, &mut lot, 9, Some(Gender::Woman), "spn")?;
    doc.terms.push(term(
        &wc,
        "spn/women-committee/coordinator",
        date(2025, 1, 15)?,
        None,
    )?);
    for (k, class) in ["women", "young", "laskar", "media", "tkbh"]
        .into_iter()
        .enumerate()
    {
        let want = (class == "women").then_some(Gender::Woman);
        let who = officer(&mut doc, &mut lot, 10 + k, want, "spn")?;
        let mut t = term(
            &who,
            &format!("spn/class-{class}/coordinator"),
            date(2025, 2, 1)?,
            None,
        )?;
        t.how = HowObtained::Appointed;
        doc.terms.push(t);
    }
    if !clean {
        // Deliberate: the DPP treasurer also sits as an auditor.
        let treasurer = doc
            .terms
            .iter()
            .find(|t| t.post.as_str() == "spn/dpp/treasurer")
            .map(|t| t.person.clone());
        if let Some(tr) = treasurer {
            let mut t = term(&tr, "spn/audit/auditor", date(2025, 3, 1)?, None)?;
            t.how = HowObtained::CoOpted;
            // The auditors' third seat is already filled: co-opting the treasurer also
            // overfills the post.
            doc.terms.push(t);
        }
    }

    // Regional and enterprise executives.
    let mut regional: Vec<String> = provinces.iter().map(|p| p.0.to_owned()).collect();
    regional.extend(dpcs.iter().map(|s| (*s).to_owned()));
    for (k, u) in regional.iter().enumerate() {
        let mut b = Body::new(
            BodyId::new(format!("{u}/executive"))?,
            UnitId::new(u.as_str())?,
            BodyKind::Executive,
            format!("Pengurus {u}"),
        );
        b.term_rules.max_term_months = Some(nz(60));
        b.posts = vec![
            post(&format!("{u}/executive/chair"), "chair", 1)?,
            post(&format!("{u}/executive/secretary"), "secretary", 1)?,
            post(&format!("{u}/executive/treasurer"), "treasurer", 1)?,
        ];
        doc.bodies.push(b);
        for role in ["chair", "secretary", "treasurer"] {
            let who = officer(&mut doc, &mut lot, 20 + k, None, u)?;
            doc.terms.push(term(
                &who,
                &format!("{u}/executive/{role}"),
                date(2023, 3, 1)?,
                Some(date(2028, 2, 29)?),
            )?);
        }
    }
    if !clean {
        // Deliberate: the DPC Bekasi secretary fell into arrears in 2025.
        let sec = doc
            .terms
            .iter()
            .find(|t| t.post.as_str() == "dpc-bekasi/executive/secretary")
            .map(|t| t.person.clone());
        if let Some(sec) = sec {
            for m in doc.memberships.iter_mut().filter(|m| m.person == sec) {
                m.arrears_since = Some(date(2025, 7, 1)?);
            }
        }
    }
    for (i, u) in psps.iter().enumerate() {
        let mut b = Body::new(
            BodyId::new(format!("{u}/executive"))?,
            UnitId::new(u.as_str())?,
            BodyKind::Executive,
            format!("Pengurus {u}"),
        );
        b.term_rules.max_term_months = Some(nz(36));
        b.posts = vec![
            post(&format!("{u}/executive/chair"), "chair", 1)?,
            post(&format!("{u}/executive/secretary"), "secretary", 1)?,
            post(&format!("{u}/executive/treasurer"), "treasurer", 1)?,
        ];
        doc.bodies.push(b);
        if i == 7 && !clean {
            continue; // the small PSP has no officers recorded: three vacancies
        }
        for role in ["chair", "secretary", "treasurer"] {
            // Deliberate: psp-012's chair has sat since 2021 with no end (36 months
            // allowed).
            let overdue = i == 11 && !clean && role == "chair";
            let start = if overdue {
                date(2021, 4, 1)?
            } else {
                date(2024, 4, 1)?
            };
            let end = if overdue {
                None
            } else {
                Some(date(2027, 3, 31)?)
            };
            let who = officer(&mut doc, &mut lot, i, None, u)?;
            doc.terms
                .push(term(&who, &format!("{u}/executive/{role}"), start, end)?);
        }
    }
    Ok(doc)
}

/// The sizes of a generated [`federation`].
#[derive(Debug, Clone, Copy)]
pub struct FederationSize {
    /// Members (people, each with one membership).
    pub members: usize,
    /// Units (one federation, then DPDs, DPCs and PSPs).
    pub units: usize,
    /// Bodies (spread over the units).
    pub bodies: usize,
    /// Terms of office.
    pub terms: usize,
}

impl FederationSize {
    /// The size of the validation benchmark: 1,000,000 members, 20,000 units, 60,000
    /// bodies and 300,000 terms.
    pub const BENCH: FederationSize = FederationSize {
        members: 1_000_000,
        units: 20_000,
        bodies: 60_000,
        terms: 300_000,
    };
}

/// A large generated federation: levels federation/DPD/DPC/PSP, members spread over the
/// PSPs, bodies with posts on every unit, and terms filling the posts over three
/// periods. Mostly valid, with a few findings of each common kind.
///
/// # Errors
///
/// Only on a bug in the generator.
pub fn federation(size: FederationSize, seed: u64) -> Result<Organization, GenError> {
    let mut lot = Lot::new(seed);
    let mut doc = Organization::new("Generated federation");
    doc.levels = vec![
        level(
            "federation",
            "Federation",
            rules(None, Some(5), Some("psp"), Some(1))?,
        )?,
        level("dpd", "Province", rules(None, None, None, Some(1))?)?,
        level("dpc", "District", rules(None, None, None, Some(1))?)?,
        level(
            "psp",
            "Enterprise union",
            rules(Some(10), None, None, Some(1))?,
        )?,
    ];
    let n = size.units.max(4);
    let n_dpd = (n / 100).max(1);
    let n_dpc = (n / 20).max(1);
    let n_psp = n.saturating_sub(1 + n_dpd + n_dpc).max(1);
    doc.units
        .push(unit("fed", "Federation", "federation", None)?);
    for i in 0..n_dpd {
        doc.units.push(unit(
            &format!("dpd-{i}"),
            &format!("Province {i}"),
            "dpd",
            Some("fed"),
        )?);
    }
    for i in 0..n_dpc {
        let parent = format!("dpd-{}", lot.below(n_dpd as u64));
        doc.units.push(unit(
            &format!("dpc-{i}"),
            &format!("District {i}"),
            "dpc",
            Some(&parent),
        )?);
    }
    let mut psp_members: Vec<Vec<usize>> = vec![Vec::new(); n_psp];
    for i in 0..n_psp {
        let parent = format!("dpc-{}", lot.below(n_dpc as u64));
        doc.units.push(unit(
            &format!("psp-{i}"),
            &format!("Enterprise union {i}"),
            "psp",
            Some(&parent),
        )?);
    }
    let base = date(1960, 1, 1)?;
    let joined_base = date(2000, 1, 1)?;
    doc.people.reserve(size.members);
    doc.memberships.reserve(size.members + size.terms);
    for i in 0..size.members {
        let id = PersonId::new(format!("m{i}"))?;
        let mut p = Person::new(id.clone());
        p.gender = Some(if lot.below(100) < 45 {
            Gender::Woman
        } else {
            Gender::Man
        });
        p.birth_date = Some(plus_days(base, lot.below(45 * 365)));
        let psp = i % n_psp;
        let mut m = Membership::new(
            id,
            UnitId::new(format!("psp-{psp}"))?,
            plus_days(joined_base, lot.below(20 * 365)),
            None,
        )?;
        if lot.below(100) == 0 {
            m.arrears_since = Some(plus_days(date(2024, 1, 1)?, lot.below(700)));
        }
        if let Some(v) = psp_members.get_mut(psp) {
            v.push(i);
        }
        doc.people.push(p);
        doc.memberships.push(m);
    }

    // Bodies: round-robin over the units, three kinds.
    let kinds = [
        BodyKind::Executive,
        BodyKind::Committee,
        BodyKind::Delegation,
    ];
    let mut seats_total = 0usize;
    for b in 0..size.bodies {
        let u = b % n;
        let unit_id = doc.units.get(u).map(|x| x.id.clone()).ok_or("unit")?;
        let kind = kinds
            .get((b / n) % kinds.len())
            .cloned()
            .unwrap_or(BodyKind::Executive);
        let id = format!("{unit_id}/b{b}");
        let mut body = Body::new(
            BodyId::new(id.as_str())?,
            unit_id,
            kind.clone(),
            format!("Body {b}"),
        );
        body.term_rules.max_term_months = Some(nz(60));
        body.term_rules.max_consecutive_terms = Some(nz(2));
        body.posts = match kind {
            BodyKind::Executive => vec![
                post(&format!("{id}/chair"), "chair", 1)?,
                post(&format!("{id}/secretary"), "secretary", 1)?,
                post(&format!("{id}/treasurer"), "treasurer", 1)?,
                post(&format!("{id}/vice-chair"), "vice-chair", 2)?,
            ],
            BodyKind::Committee => {
                let mut c = post(&format!("{id}/coordinator"), "coordinator", 1)?;
                c.reserved_for = Some(Group::Gender(Gender::Woman));
                vec![c, post(&format!("{id}/member"), "member", 2)?]
            }
            _ => vec![post(&format!("{id}/delegate"), "delegate", 3)?],
        };
        if kind == BodyKind::Executive {
            body.conditions.push(PostCondition::AtLeast {
                posts: vec![PostId::new(format!("{id}/vice-chair"))?],
                count: nz(1),
                group: Group::Gender(Gender::Woman),
            });
        }
        seats_total += body
            .posts
            .iter()
            .map(|p| p.seats.get() as usize)
            .sum::<usize>();
        doc.bodies.push(body);
    }

    // Terms: fill seats period by period until the target is reached.
    let periods = [
        (date(2015, 1, 1)?, Some(date(2019, 12, 31)?)),
        (date(2020, 1, 1)?, Some(date(2024, 12, 31)?)),
        (date(2025, 1, 1)?, None),
    ];
    let per_period = size.terms.div_ceil(periods.len()).max(1);
    doc.terms.reserve(size.terms);
    'outer: for (start, end) in periods {
        let mut made = 0usize;
        for b in 0..doc.bodies.len() {
            let Some(body) = doc.bodies.get(b) else { break };
            let unit_i = b % n;
            let psp = unit_i.checked_sub(1 + n_dpd + n_dpc);
            let posts: Vec<(PostId, u32, bool)> = body
                .posts
                .iter()
                .map(|p| (p.id.clone(), p.seats.get(), p.reserved_for.is_some()))
                .collect();
            let unit_id = body.unit.clone();
            for (post_id, seats, reserved) in posts {
                for _ in 0..seats {
                    if made >= per_period || doc.terms.len() >= size.terms {
                        if doc.terms.len() >= size.terms {
                            break 'outer;
                        }
                        continue 'outer;
                    }
                    let pool = psp
                        .and_then(|k| psp_members.get(k))
                        .filter(|v| !v.is_empty());
                    let who = match pool {
                        Some(v) => v
                            .get(lot.below(v.len() as u64) as usize)
                            .copied()
                            .unwrap_or(0),
                        None => lot.below(size.members.max(1) as u64) as usize,
                    };
                    let mut who = who;
                    if reserved {
                        // Usually a woman on a women's seat.
                        for _ in 0..8 {
                            if doc.people.get(who).and_then(|p| p.gender.clone())
                                == Some(Gender::Woman)
                            {
                                break;
                            }
                            who = (who + n_psp) % size.members.max(1);
                        }
                    }
                    let person = PersonId::new(format!("m{who}"))?;
                    if psp.is_none() {
                        doc.memberships.push(Membership::new(
                            person.clone(),
                            unit_id.clone(),
                            joined_base,
                            None,
                        )?);
                    }
                    let mut t = Term::new(person, post_id.clone(), start, end)?;
                    t.how = HowObtained::Elected;
                    doc.terms.push(t);
                    made += 1;
                }
            }
        }
    }
    let _ = seats_total;
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_federation_has_the_requested_sizes() {
        let size = FederationSize {
            members: 2_000,
            units: 100,
            bodies: 300,
            terms: 1_500,
        };
        let doc = federation(size, 1).unwrap();
        assert_eq!(doc.people.len(), 2_000);
        assert_eq!(doc.units.len(), 100);
        assert_eq!(doc.bodies.len(), 300);
        assert_eq!(doc.terms.len(), 1_500);
        assert_eq!(federation(size, 1).unwrap(), doc);
    }
}
