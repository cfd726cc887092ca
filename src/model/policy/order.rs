//! Order rules for candidate lists: at least `k` of a group in every block of `n`.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{GroupId, Hardness, RuleId};

/// How the places of a list are cut into groups of `in_every` places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Windows {
    /// Places 1–n, n+1–2n, ... (the Indonesian "zipper", UU 7/2017 art. 246(2): in
    /// every 3 candidates at least 1 woman). An incomplete last block is not checked.
    Fixed,
    /// Every run of n consecutive places: 1–n, 2–(n+1), ...
    Sliding,
}

/// A rule on the order of a candidate list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OrderRule {
    /// The rule's id.
    pub id: RuleId,
    /// The first day it applies.
    pub effective_from: NaiveDate,
    /// Where it comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Binding or a target.
    pub hardness: Hardness,
    /// The group.
    pub group: GroupId,
    /// The smallest number of the group in each block.
    pub at_least: u32,
    /// The size of a block.
    pub in_every: u32,
    /// Fixed blocks or sliding windows.
    pub windows: Windows,
}

/// A block of places that breaks an order rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct BlockShortfall {
    /// The first place of the block (1-based).
    pub first: usize,
    /// The last place of the block (1-based, inclusive).
    pub last: usize,
    /// How many of the group the block has.
    pub found: u32,
    /// How many places in the block have unknown membership.
    pub unknown: u32,
}

impl OrderRule {
    /// The blocks of a list that hold fewer than `at_least` of the group. `members[i]`
    /// says whether place `i + 1` belongs to the group (`None`: unknown, counted as
    /// not belonging). Never loops: at most one block per place.
    pub fn check(&self, members: &[Option<bool>]) -> Vec<BlockShortfall> {
        let n = usize::try_from(self.in_every).unwrap_or(usize::MAX);
        if n == 0 || members.len() < n {
            return Vec::new();
        }
        let step = match self.windows {
            Windows::Fixed => n,
            Windows::Sliding => 1,
        };
        let mut out = Vec::new();
        let mut start = 0;
        while start + n <= members.len() {
            let block = members.get(start..start + n).unwrap_or(&[]);
            let found = block.iter().filter(|m| **m == Some(true)).count();
            let unknown = block.iter().filter(|m| m.is_none()).count();
            let found = u32::try_from(found).unwrap_or(u32::MAX);
            if found < self.at_least {
                out.push(BlockShortfall {
                    first: start + 1,
                    last: start + n,
                    found,
                    unknown: u32::try_from(unknown).unwrap_or(u32::MAX),
                });
            }
            start += step;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(windows: Windows) -> Option<OrderRule> {
        Some(OrderRule {
            id: RuleId::new("zipper").ok()?,
            effective_from: NaiveDate::from_ymd_opt(2017, 8, 16)?,
            source: None,
            hardness: Hardness::Binding,
            group: GroupId::new("women").ok()?,
            at_least: 1,
            in_every: 3,
            windows,
        })
    }

    #[test]
    fn fixed_and_sliding_blocks_differ() -> Result<(), &'static str> {
        // W M M M M W: fixed blocks 1-3 (1 woman) and 4-6 (1 woman) pass; the sliding
        // windows 2-4 and 3-5 hold no woman.
        let list = [true, false, false, false, false, true].map(Some);
        assert!(rule(Windows::Fixed).ok_or("rule")?.check(&list).is_empty());
        let s = rule(Windows::Sliding).ok_or("rule")?.check(&list);
        assert_eq!(
            s.iter().map(|b| (b.first, b.last)).collect::<Vec<_>>(),
            vec![(2, 4), (3, 5)]
        );
        Ok(())
    }
}
