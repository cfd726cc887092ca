//! A generated STV election for benchmarks: parties, candidate popularity and
//! partial rankings, drawn with the crate's deterministic [`Lot`].

use std::collections::HashMap;
use union_rulebook::Lot;
use union_rulebook::election::{Candidate, RankedBallot, RankedElection};

/// Picks an index with probability proportional to `weights`.
fn pick(lot: &mut Lot, weights: &[u64]) -> usize {
    let total: u64 = weights.iter().sum();
    let mut x = lot.below(total);
    for (i, &w) in weights.iter().enumerate() {
        if x < w {
            return i;
        }
        x -= w;
    }
    weights.len() - 1
}

/// Calls `each` with the ballot of every one of `voters` voters, in order, over
/// `candidates` candidates in parties of 5. Each voter ranks candidates of a favourite
/// party by popularity with some noise, then may go on to a second party; a ballot has
/// 1 to 10 preferences, shorter ones more likely, as in Scottish council elections.
#[allow(dead_code)]
pub fn each_ballot(voters: u64, candidates: u32, seed: u64, mut each: impl FnMut(&[u32])) {
    let mut lot = Lot::new(seed);
    let parties = candidates.div_ceil(5) as usize;
    let party_weight: Vec<u64> = (0..parties).map(|p| 40 / (p as u64 + 1) + 2).collect();
    let cand_weight: Vec<u64> = (0..candidates).map(|_| 1 + lot.below(20)).collect();
    let members: Vec<Vec<u32>> = (0..parties)
        .map(|p| (0..candidates).filter(|c| (*c as usize) / 5 == p).collect())
        .collect();
    let mut ballot: Vec<u32> = Vec::with_capacity(10);
    for _ in 0..voters {
        ballot.clear();
        let mut party = pick(&mut lot, &party_weight);
        loop {
            let mut pool: Vec<u32> = members[party]
                .iter()
                .copied()
                .filter(|c| !ballot.contains(c))
                .collect();
            while !pool.is_empty() && ballot.len() < 10 {
                let w: Vec<u64> = pool.iter().map(|&c| cand_weight[c as usize]).collect();
                let i = pick(&mut lot, &w);
                ballot.push(pool.swap_remove(i));
                // stop ranking with probability 2/5 after each preference
                if lot.below(5) < 2 {
                    break;
                }
            }
            if ballot.len() >= 10 || lot.below(3) != 0 {
                break;
            }
            party = pick(&mut lot, &party_weight);
        }
        each(&ballot);
    }
}

/// `voters` ballots over `candidates` candidates (in parties of 5, see
/// [`each_ballot`]) for `seats` seats, identical ballots grouped and sorted by
/// ranking.
#[allow(dead_code)]
pub fn generate(voters: u64, candidates: u32, seats: u32, seed: u64) -> RankedElection {
    let mut groups: HashMap<Vec<u32>, u64> = HashMap::new();
    each_ballot(voters, candidates, seed, |ballot| {
        match groups.get_mut(ballot) {
            Some(w) => *w += 1,
            None => {
                groups.insert(ballot.to_vec(), 1);
            }
        }
    });
    let mut ballots: Vec<RankedBallot> = groups
        .into_iter()
        .map(|(order, weight)| RankedBallot::strict(weight, order))
        .collect();
    ballots.sort_by(|a, b| a.ranks.cmp(&b.ranks));
    RankedElection {
        title: Some(format!("generated: {voters} voters")),
        candidates: (0..candidates)
            .map(|c| Candidate::new(format!("Candidate {c}")))
            .collect(),
        seats,
        withdrawn: vec![],
        ballots: ballots.into(),
    }
}
