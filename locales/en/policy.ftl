## Representation policies: reading, audits, explanations, list checks
## (src/policy/messages.rs). $subject is a policy-subject-* text; $group, $many and
## counts ($found, $more) are the policy's own words for its groups.

# Errors of a policy that reads but is inconsistent.
policy-unknown-group = rule { $rule } names group { $group }, which the policy does not define in [[groups]]
policy-bad-reference = rule { $rule } gives a reference population of { $total } with { $group } in the group: expected a total above 0 and no more in the group than in total
policy-band-without-groups = rule { $rule } is a band with no groups: list the groups it binds
policy-band-group-twice = rule { $rule } lists group { $group } twice in its band
policy-band-min-above-max = rule { $rule } has a band from { $min } to { $max }: the minimum is above the maximum
policy-from-size-zero = rule { $rule } applies from 0 seats: from_seats must be at least 1
policy-group-twice = group { $group } is defined twice
policy-version-twice = rule { $rule } has version { $version } twice: give each version its own number
policy-annulled-before-effective = rule { $rule } version { $version } is annulled from { $annulled }, before it took effect on { $effective }
policy-no-targets = rule { $rule } has an empty scope.targets: name what it applies to (bodies, delegations, candidate-lists, offices)
policy-order-rule-twice = order rule { $rule } is defined twice
policy-bad-block = order rule { $rule } asks for { $at_least } in every { $in_every } places: expected blocks of at least 1 place holding no more than the block
policy-no-rules = the policy has no rules: add a [[rules]] or an [[order_rules]] table

# Counting words.
policy-seats = { $count ->
        [one] seat
       *[other] seats
    }
policy-places = { $count ->
        [one] place
       *[other] places
    }
policy-and = and
# A count of a group the policy does not define: "3 of women".
policy-count-of-unknown = { $count } of { $group }

# Rule parts.
policy-rounding-up = rounding up
policy-rounding-down = rounding down
policy-rounding-half-up = rounding half up
policy-rounding-half-even = rounding half to even
policy-rounding-dhondt = by d'Hondt between the group and the rest
policy-hardness-binding = binding
policy-hardness-target = target
policy-base-all-seats = all seats
policy-base-filled-seats = filled seats
policy-base-voting-seats = voting seats
policy-consequence-corrective-replacement = corrective replacement
policy-consequence-fill-floor-first = fill the floor first
policy-consequence-list-jump = list jump
policy-consequence-add-seats = add seats
policy-consequence-refuse-delegation = delegation refused
policy-consequence-report-only = report only
policy-consequence-constrained-count = constrained count

policy-shape-share-floor = at least { $share } { $many }, { $rounding }
policy-shape-band = each of { $groups } between { $min } and { $max }, { $rounding }
policy-shape-proportional = { $many } at least in proportion to their share of { $population }, { $rounding }
policy-population-unit = the unit's membership
policy-population-given = the { $label } ({ $count } of { $total })
policy-shape-count-floor = at least { $count }
policy-shape-from-size = from { $from } seats up: { $then }

policy-heading = rule { $rule } v{ $version } ({ $hardness }, from { $from }{ $annulled }): { $shape }; base { $base }; if not met: { $consequence }{ $source }
policy-heading-annulled = annulled from { $from } by { $by }
policy-heading-source = source: { $source }
policy-heading-plain = rule { $rule }

# Conflicts between bounds.
policy-conflict-min-above-max-one = rule { $rule } needs at least { $count } but allows at most { $max }
policy-conflict-min-above-max = rule { $min_rule } needs at least { $count } but rule { $max_rule } allows at most { $max }
policy-conflict-more-than-seats = rule { $rule } needs at least { $count } in { $seats } { $unit }
policy-conflict-part = rule { $rule } ({ $count })
policy-conflict-disjoint = { $parts } need { $total } seats together, more than the { $seats } { $unit }

# Audit and list findings.
policy-subject-body = body { $id }
policy-subject-delegation = delegation { $id }
policy-subject-list = the list
policy-reference-missing = { $subject }: rule { $rule } is proportional to the unit's membership, but the unit has no membership statistics in force on the date
policy-rule-infeasible = { $subject } has { $seats } { $unit }, where the rule cannot be met: { $why }
policy-contradiction = { $subject } has { $seats } { $unit }, where rules contradict each other: { $why }
policy-shortfall-binding = { $subject } has { $found } in { $seats } { $unit }; rule { $rule } needs at least { $min } ({ $more } more)
policy-shortfall-target = { $subject } has { $found } in { $seats } { $unit }; rule { $rule } aims for at least { $min } ({ $more } more)
policy-delegation-refused = the delegation is refused
policy-excess = { $subject } has { $found } in { $seats } { $unit }; rule { $rule } allows at most { $max } ({ $over } too many)
policy-data-missing = { $subject }: { $unknown } { $unknown ->
        [one] seat is
       *[other] seats are
    } held by people whose data cannot tell whether they are { $many } (rule { $rule }); they are counted as not
policy-lot-last-seat = { $subject }: under rule { $rule } the last seat is tied by d'Hondt between { $many } and the rest and is decided by lot; the floor does not count it
policy-order-shortfall = places { $first }-{ $last } of the list hold { $found }; rule { $rule } needs at least { $at_least } in every { $in_every } places
policy-order-unknown = ({ $unknown } with unknown data)
policy-selects-nobody = rule { $rule } selects nobody in its scope: { $none } among the { $holders } seat { $holders ->
        [one] holder
       *[other] holders
    } of the { $bodies } { $bodies ->
        [one] body
       *[other] bodies
    } it covers
policy-not-enough-eligible = unit { $unit } has { $available } { $one } { $available ->
        [one] member
       *[other] members
    } in good standing; { $subject } needs { $min } under rule { $rule }
policy-not-enough-eligible-stats = unit { $unit } has { $available } { $one } { $available ->
        [one] member
       *[other] members
    } by its membership statistics of { $date }; { $subject } needs { $min } under rule { $rule }
policy-seat-plan-source = {" "}({ $source })
policy-seat-plan-short = { $subject }'s seat plan{ $source } gives { $planned } of { $seats } seats to { $one } members; rule { $rule } needs at least { $min }, which the plan does not secure
policy-seat-plan-excess = { $subject }'s seat plan{ $source } gives { $planned } of { $seats } seats to { $one } members; rule { $rule } allows at most { $max }

# Vocabulary warnings (unknown-selector-value).
policy-vocab-no-gender = group { $group }: no person has gender `{ $value }`; the document records no gender
policy-vocab-gender = group { $group }: no person has gender `{ $value }`; the document uses { $used }{ $nearest }
policy-vocab-attribute-value = group { $group }: no person has attribute `{ $name }` = `{ $value }`; the document uses { $used }{ $nearest }
policy-vocab-no-attributes = group { $group }: no person has attribute `{ $name }`; the document records no attributes
policy-vocab-attribute = group { $group }: no person has attribute `{ $name }`; the document uses attributes { $used }{ $nearest }
policy-vocab-more = { $shown } and { $more } more
policy-vocab-nearest = (nearest: `{ $value }`)

# The drafter's table (policy explain).
policy-bounds-at-least = at least { $count }
policy-bounds-range = { $min } to { $max } { $many }
policy-bounds-lot = (+1 if the lot for the tied last seat falls on them)
policy-row-not-applicable = does not apply (from { $from } seats)
policy-row-needs-reference = depends on the unit's membership statistics
policy-row-infeasible = INFEASIBLE
policy-cannot-be-met-at = cannot be met at: { $sizes } seats
policy-no-contradictions = no contradictions between rules
policy-contradictions = contradictions between rules ({ $count }):

# The audit as text.
policy-audit-heading = audit as of { $as_of }: { $count } { $count ->
        [one] body
       *[other] bodies
    } in scope
policy-audit-by-level = by level:
policy-audit-level = { $level }: { $compliant } of { $bodies } bodies comply
policy-audit-by-rule = by rule:
policy-audit-rule = { $rule } v{ $version } ({ $hardness }): { $in_scope } in scope, { $complies } comply, { $breaks } fall short, { $infeasible } cannot be met, { $not_applicable } not applicable, { $unknown } not judged

# Groups selecting a known gender, written in the Indonesian texts in Indonesian (the
# English texts use the policy's own words).
policy-group-women = women
policy-group-men = men
