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

## Alternative readings of ambiguous text (src/model/policy/reading.rs), in `policy explain`.
quotas-ambiguous = ambiguous: the text "{ $text }" can be read more than one way; the rows above read it as { $reading }
quotas-read-as = read as { $reading }:
quotas-verdict-complies = complies
quotas-verdict-breaks = breaks the rule
quotas-verdict-infeasible = cannot be met
quotas-verdict-not-applicable = does not apply
quotas-verdict-unknown = cannot be judged
# $reading is a reading's name, $verdict one of quotas-verdict-*.
quotas-reading-verdict = read as { $reading }, { $verdict }
# $reading and $others are quotas-reading-verdict sentences.
quotas-ambiguous-audit = policy rule { $rule }, { $body }: the text "{ $text }" is ambiguous and its readings disagree: { $reading } (the reading applied); { $others }
