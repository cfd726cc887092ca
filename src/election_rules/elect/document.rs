//! The document after an election: written whole ([`ElectionResult::apply`]) or as an
//! RFC 6902 JSON Patch against the input ([`ElectionResult::patch`]).

use json_patch::jsonptr::PointerBuf;
use json_patch::{AddOperation, Patch, PatchOperation};
use serde_json::Value;

use super::ElectionResult;
use crate::model::{Organization, Term};

impl ElectionResult {
    /// The document after the election: the sitting terms ended the day before, the new
    /// terms added, and the last post enlarged by any seats the policy added. The
    /// input is not changed. [`ElectionResult::patch`] gives the same changes as a
    /// JSON Patch.
    pub fn apply(&self, doc: &Organization) -> Organization {
        let mut out = doc.clone();
        for e in &self.ended {
            if let Some(t) = out.terms.get_mut(e.index)
                && let Ok(mut ended) =
                    Term::new(t.person.clone(), t.post.clone(), t.start(), Some(e.end))
            {
                ended.how = t.how;
                *t = ended;
            }
        }
        if let Some((bi, pi)) = self.enlarged_post(doc)
            && let Some(post) = out.bodies.get_mut(bi).and_then(|b| b.posts.get_mut(pi))
        {
            post.seats = post.seats.saturating_add(self.added_seats);
        }
        out.terms.extend(self.terms.iter().cloned());
        out
    }

    /// The changes as an RFC 6902 JSON Patch against `doc`, the document the election
    /// was run on: each sitting term's `end` set, the seats added to the last post
    /// elected, and each new term appended. Every operation is an `add`, which on an
    /// object member sets it whether or not it exists (RFC 6902 §4.1); when `doc` has
    /// no terms, the new ones are added as the whole `terms` member (a document may
    /// leave it out). Applied to `doc` serialized as JSON, the patch gives
    /// [`ElectionResult::apply`] serialized.
    ///
    /// ```
    /// use union_rulebook::election_rules::{elect, ElectRequest};
    /// use union_rulebook::model::Organization;
    /// let doc = Organization::from_json_str(r#"{
    ///   "name": "PSP SPN PT Contoh",
    ///   "levels": [{"id": "psp", "name": "PSP"}],
    ///   "units": [{"id": "psp-1", "name": "PSP 1", "level": "psp"}],
    ///   "bodies": [{"id": "psp-1/exec", "unit": "psp-1", "kind": "executive", "name": "Pengurus",
    ///               "posts": [{"id": "psp-1/chair", "role": "chair"}]}],
    ///   "people": [{"id": "p1"}, {"id": "p2"}],
    ///   "memberships": [{"person": "p1", "unit": "psp-1", "start": "2020-01-01"},
    ///                   {"person": "p2", "unit": "psp-1", "start": "2020-01-01"}],
    ///   "terms": [{"person": "p1", "post": "psp-1/chair", "start": "2023-03-01"}],
    ///   "election_rules": [{"id": "chair", "body": "psp-1/exec", "method": "plurality",
    ///     "elections": [{"date": "2026-03-01", "nominated": ["p2"]}]}]
    /// }"#)?;
    /// let result = elect(&doc, &ElectRequest::new("chair"))?;
    /// let patch = result.patch(&doc);
    /// assert_eq!(
    ///     serde_json::to_value(&patch)?,
    ///     serde_json::json!([
    ///         {"op": "add", "path": "/terms/0/end", "value": "2026-02-28"},
    ///         {"op": "add", "path": "/terms/-",
    ///          "value": {"person": "p2", "post": "psp-1/chair", "start": "2026-03-01", "how": "elected"}}
    ///     ])
    /// );
    /// let mut patched = serde_json::to_value(&doc)?;
    /// json_patch::patch(&mut patched, &patch)?;
    /// assert_eq!(patched, serde_json::to_value(result.apply(&doc))?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn patch(&self, doc: &Organization) -> Patch {
        let add = |tokens: &[&str], value: Value| {
            PatchOperation::Add(AddOperation {
                path: PointerBuf::from_tokens(tokens.iter().copied()),
                value,
            })
        };
        let mut ops = Vec::new();
        for e in &self.ended {
            let index = e.index.to_string();
            // A date serializes as its `YYYY-MM-DD` text.
            ops.push(add(
                &["terms", &index, "end"],
                Value::String(e.end.to_string()),
            ));
        }
        if let Some((bi, pi)) = self.enlarged_post(doc) {
            let seats = doc
                .bodies
                .get(bi)
                .and_then(|b| b.posts.get(pi))
                .map_or(0, |p| p.seats.get());
            ops.push(add(
                &["bodies", &bi.to_string(), "posts", &pi.to_string(), "seats"],
                Value::from(seats.saturating_add(self.added_seats)),
            ));
        }
        let terms: Vec<Value> = self.terms.iter().map(term_value).collect();
        if doc.terms.is_empty() {
            // The document may have no `terms` member to append to.
            ops.push(add(&["terms"], Value::Array(terms)));
        } else {
            for t in terms {
                ops.push(add(&["terms", "-"], t));
            }
        }
        Patch(ops)
    }

    /// The body and post (by position in `doc`) that take the seats a policy added:
    /// the last post elected. `None` when no seat was added, or when the result writes
    /// no terms (a refused delegation, a void election).
    fn enlarged_post(&self, doc: &Organization) -> Option<(usize, usize)> {
        if self.added_seats == 0 || self.refused || self.void {
            return None;
        }
        let (bi, body) = doc
            .bodies
            .iter()
            .enumerate()
            .find(|(_, b)| b.id == self.body)?;
        let (pi, _) = body
            .posts
            .iter()
            .enumerate()
            .rfind(|(_, p)| self.posts.contains(&p.id))?;
        Some((bi, pi))
    }
}

/// A term as JSON. Its serialization is derived over ids, dates and a unit enum, none
/// of which can fail; a failure would give `null`, which no reader accepts as a term.
fn term_value(t: &Term) -> Value {
    serde_json::to_value(t).unwrap_or(Value::Null)
}
