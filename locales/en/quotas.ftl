## The quota shapes unions write (issue 11, item 5): a proportional floor's share
## adjusted by points, a factor or a switch of form (src/policy/adjust_words.rs,
## src/model/policy/adjust.rs).

quotas-bad-factor = factor `{ $text }` does not read: expected a positive decimal (`1.2`) or fraction (`6/5`) of at most 100, with at most 9 decimals and a denominator of at most 1000000000
quotas-times = times { $factor }
quotas-plus-points = plus { $points } percentage points
quotas-minus-points = minus { $points } percentage points
quotas-switch = and { $then } where their share is below { $below }
quotas-clause-times = multiplied by { $factor }
quotas-clause-plus-points = increased by { $points } percentage points
quotas-clause-minus-points = reduced by { $points } percentage points
quotas-clause-switch = provided that, where that share is below { $below }, their number shall be at least { $then } of the seats
