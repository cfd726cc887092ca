//! Builds a small union document in code and validates it.
//!
//! Run: `cargo run --example build_and_validate`.

use chrono::NaiveDate;
use union_rulebook::diagnostics::render_text;
use union_rulebook::model::{
    Body, BodyId, BodyKind, Gender, Group, Level, LevelId, Membership, Organization, Person,
    PersonId, Post, PostId, Role, Term, Unit, UnitId,
};
use union_rulebook::validate::validate;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or("bad date");

    let mut doc = Organization::new("PSP SPN PT Contoh");
    doc.levels
        .push(Level::new(LevelId::new("psp")?, "Pimpinan Serikat Pekerja"));
    let psp = UnitId::new("psp-contoh")?;
    doc.units.push(Unit::new(
        psp.clone(),
        "PSP SPN PT Contoh",
        LevelId::new("psp")?,
    ));

    let mut board = Body::new(
        BodyId::new("psp-contoh/executive")?,
        psp.clone(),
        BodyKind::Executive,
        "Pengurus",
    );
    board
        .posts
        .push(Post::new(PostId::new("psp-contoh/chair")?, Role::Chair));
    let mut women = Post::new(PostId::new("psp-contoh/women-seat")?, Role::Member);
    women.reserved_for = Some(Group::Gender(Gender::Woman));
    board.posts.push(women);
    doc.bodies.push(board);

    for (id, gender) in [("p-1", Gender::Woman), ("p-2", Gender::Man)] {
        let mut p = Person::new(PersonId::new(id)?);
        p.gender = Some(gender);
        doc.people.push(p);
        doc.memberships.push(Membership::new(
            PersonId::new(id)?,
            psp.clone(),
            day(2020, 1, 1)?,
            None,
        )?);
    }
    doc.terms.push(Term::new(
        PersonId::new("p-1")?,
        PostId::new("psp-contoh/chair")?,
        day(2024, 1, 1)?,
        None,
    )?);
    // A man on the women's seat: validation reports it.
    doc.terms.push(Term::new(
        PersonId::new("p-2")?,
        PostId::new("psp-contoh/women-seat")?,
        day(2024, 1, 1)?,
        None,
    )?);

    let findings = validate(&doc, day(2026, 1, 1)?);
    print!("{}", render_text(&findings));
    Ok(())
}
