## Validation of a document (src/validate/messages.rs). $kind is a word of
## model-kind-*; lists ($ids, $posts, $methods) arrive joined.

validate-on = on { $date }
validate-from-to = from { $from } to { $to }
validate-from-on = from { $from } on

validate-duplicate-id = { $kind } id { $id } is used twice; first at { $first }
validate-unknown-reference = no { $kind } has id { $id }
validate-unknown-method = no counting method is named { $method }; expected one of { $methods }
validate-unit-cycle = unit parents form a cycle: { $ids }; expected a tree
validate-level-not-below-parent = unit { $unit } at level { $level } has parent { $parent } at level { $parent_level }; a unit's level must be below its parent's
validate-below-minimum-members = unit { $unit } has { $members } members on { $as_of } ({ $source }); level { $level } needs at least { $min }
validate-source-records = membership records
validate-source-stats = statistics of { $date }
validate-below-minimum-affiliates-at = unit { $unit } has { $count } affiliated units at level { $counted } on { $as_of }; level { $level } needs at least { $min }
validate-below-minimum-affiliates = unit { $unit } has { $count } affiliated units on { $as_of }; level { $level } needs at least { $min }
validate-too-many-affiliations = unit { $unit } is affiliated upward to { $count } units on { $as_of } ({ $ids }); level { $level } allows at most { $max }
validate-stats-duplicate-date = unit { $unit } has two membership statistics dated { $date }; expected one per date
validate-substitute-other-body = substitute post { $post } stands in for { $titular }, a post of another body; expected a post of the same body
validate-substitute-of-itself = post { $post } is a substitute for itself; expected another post of the body
validate-substitute-chain = substitute post { $post } stands in for { $titular }, itself a substitute; expected a titular post
validate-condition-other-body = condition names post { $post }, which is not in body { $body }; expected a post of the same body
validate-condition-count-above-seats = condition needs { $count } seats held by a group but its posts have only { $seats } seats
validate-incompatibility-too-few = incompatibility names { $count } distinct posts; expected at least 2
validate-term-before-birth = term of { $person } on post { $post } starts on { $start }, before the holder's birth date { $birth }
validate-seats-overfilled = post { $post } has { $holders } holders { $when } ({ $ids }); it has { $seats } { $seats ->
        [one] seat
       *[other] seats
    }
validate-holder-not-member = { $person } holds post { $post } but is not a member in good standing of unit { $unit } or a unit above it on { $from }
validate-reserved-seat-outside-group = { $person } holds post { $post }, reserved for { $group }, but is not in that group on { $on }
validate-reserved-seat-unverifiable = { $person } holds post { $post }, reserved for { $group }, and the document does not say whether they are in that group
validate-incompatible-posts = { $person } holds incompatible posts { $a } and { $b } { $when }
validate-condition-at-least-broken = posts { $posts } have { $in_group } holders in { $group } and { $vacant } vacant seats on { $as_of }; the condition needs at least { $count } in { $group }
validate-condition-unverifiable = posts { $posts }: the condition cannot be judged on { $as_of }; { $unknown } holders lack the data it needs
validate-condition-same-gender = posts { $posts } are all held by people of gender { $gender } on { $as_of }; the condition needs different genders
validate-term-runs-open = has run from { $start } to { $end } and is still open
validate-term-runs = runs from { $start } to { $end }
validate-term-too-long = term of { $person } on post { $post } { $runs }; the body allows at most { $max_months } months (until { $limit })
validate-consecutive-gap = without a break of { $months } months
validate-consecutive-terms-exceeded = { $person } starts a consecutive term { $run } on post { $post } on { $start }{ $gap }; the body allows at most { $max }
validate-vacancy = post { $post } has { $vacant } of { $seats } seats vacant on { $as_of }
validate-seat-plan-group-twice = body { $body }'s seat plan names group { $group } twice (first in guarantee { $first }); expected one guarantee per group
validate-seat-plan-above-size = body { $body }'s seat plan guarantees { $planned } seats to { $group }, but the body has { $seats }; expected at most { $seats }
validate-seat-plan-unknown-group = body { $body }'s seat plan names group { $group }, which no person, statistic or reserved post of the document names; expected a known gender, an age group, or an attribute people carry
validate-stats-groups-above-total = unit { $unit }'s membership statistics of { $date } count { $sum } members by { $what } against a total of { $total }; groups that exclude each other cannot count more than the total
validate-stats-ages-decrease = unit { $unit }'s membership statistics of { $date } count { $n } members under { $younger } but { $m } under { $older }; an older age group includes the younger
