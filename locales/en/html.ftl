## The HTML reports (src/html/). Labels only: every figure comes from the report.

## The page.
html-made-by = Made by union-rulebook { $version }. People are named by their ids.
html-as-of = as of { $date }
html-summary = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}, { $infos ->
    [one] 1 note
   *[other] { $infos } notes
}
html-severity-error = Errors
html-severity-warning = Warnings
html-severity-info = Notes
html-col-code = Code
html-col-path = Where (JSON path)
html-col-message = What was found
html-no-findings = Nothing was found.
html-yes = yes
html-no = no
html-findings-caption = { $severity }: each finding with its code and where it is

## Audit.
html-audit-title = Representation audit
html-audit-intro = { $bodies ->
    [one] 1 body
   *[other] { $bodies } bodies
} audited against the representation rules in force on { $date }.
html-audit-pass = Every binding rule is met.
html-audit-fail = Binding rules are broken.
html-audit-by-level = Compliance by level
html-audit-level-caption = Bodies audited at each level, and those that break no binding rule
html-audit-level-chart = Bodies that break no binding rule, by level
html-audit-level-bar = { $compliant } of { $bodies } compliant
html-col-level = Level
html-col-bodies = Bodies audited
html-col-compliant = Break no binding rule
html-audit-by-rule = Compliance by rule
html-audit-rule-caption = For each rule, how many bodies meet it, break it or cannot meet it
html-col-rule = Rule
html-col-version = Version
html-col-hardness = Force
html-hardness-binding = binding
html-hardness-target = target
html-col-in-scope = Bodies in scope
html-col-complies = Meet it
html-col-breaks = Break it
html-col-infeasible = Cannot meet it
html-col-not-applicable = Below its size
html-col-unknown = Cannot be judged
html-audit-by-body = Each body against each rule
html-audit-body-chart = Seats held by { $group } in each body, against the minimum of rule { $rule }
html-audit-body-legend = Each bar is the share of the body's seats the group holds; the black line is the least the rule requires, the dashed line the most it allows.
html-audit-bar = { $holds } of { $seats }
html-audit-bar-min = at least { $min }
html-audit-body-caption = Seats each group holds in each body, and the bounds each rule sets for the body's size
html-col-body = Body
html-col-unit = Unit
html-col-group = Group
html-col-seats = Seats counted
html-col-holds = Held
html-col-min = At least
html-col-max = At most
html-col-verdict = Verdict
html-verdict-complies = meets the rule
html-verdict-breaks = breaks the rule
html-verdict-infeasible = cannot be met
html-verdict-not-applicable = below the rule's size
html-verdict-unknown = cannot be judged
html-audit-shortfalls = Shortfalls
html-audit-shortfalls-caption = Bodies short of a rule's minimum (or over its maximum)
html-audit-no-shortfalls = No body falls short of a rule.
html-audit-findings = Every finding

## Policy explanation.
html-explain-title = What the rules require, by body size
html-explain-intro = For each body size, the seats each group must hold under each rule: at least and at most. Sizes where a rule cannot be met are marked ✗.
html-explain-caption = Seats required by each rule at each body size
html-col-size = Body size (seats)
html-explain-bounds = { $group }: { $min }–{ $max }
html-explain-from = applies from { $seats } seats
html-explain-needs-reference = needs the unit's membership figures
html-explain-infeasible = ✗ cannot be met
html-explain-contradiction-mark = ✗ rules contradict
html-explain-infeasible-sizes = Sizes where a rule cannot be met
html-explain-infeasible-line = Rule { $rule }: { $sizes }
html-explain-none-infeasible = Every rule can be met at every size shown.
html-explain-contradictions = Contradictions between rules
html-explain-no-contradictions = No two rules contradict each other at these sizes.
html-explain-contradiction = At { $seats } seats: { $conflict }
html-explain-readings = Rule { $rule }: ambiguous text, every reading
html-explain-readings-flag = Ambiguous: the text "{ $text }" can be read more than one way. The table above reads it as { $reading }; here each reading is shown beside it.
html-explain-readings-caption = Seats rule { $rule } requires under each reading of "{ $text }"
html-explain-reading-applied = { $reading } (applied)
html-explain-readings-differ = ⚠ readings differ
html-conflict-min-above-max = { $group } must hold at least { $min } (rule { $min_rule }) but at most { $max } (rule { $max_rule })
html-conflict-more-than-seats = { $group } must hold at least { $min } seats (rule { $rule }), more than the { $seats } seats of the body
html-conflict-disjoint = { $groups } need { $total } seats together, more than the { $seats } seats of the body
html-explain-chart = The least each rule requires, by body size
html-explain-chart-legend = Each column is a body size, from the smallest on the left; its height is the seats the rule's first group must hold at least, on a scale up to the largest size shown.

## Tally.
html-tally-title = Count of the election
html-tally-intro = Method { $method }: { $seats ->
    [one] 1 seat
   *[other] { $seats } seats
}, { $ballots ->
    [one] 1 ballot
   *[other] { $ballots } ballots
}.
html-tally-quota = Quota: { $quota } votes
html-tally-elected = Elected
html-tally-none-elected = No one was elected.
html-tally-elected-item = { $name } (candidate { $number })
html-tally-at-stage = elected at stage { $stage }
html-tally-list-seats = { $seats ->
    [one] 1 seat
   *[other] { $seats } seats
}
html-tally-unfilled = { $count ->
    [one] 1 seat was
   *[other] { $count } seats were
} left empty: the candidates ran out.
html-tally-chart = Each candidate's votes at each stage, against the quota
html-tally-chart-legend = Each bar is one stage of the count, from the first on the left; the dashed line is the quota.
html-tally-stages = Votes stage by stage
html-tally-stages-caption = Each candidate's total at the end of each stage
html-col-candidate = Candidate
html-col-stage = Stage { $number }
html-col-result = Result
html-row-non-transferable = Non-transferable
html-row-loss = Lost to rounding
html-tally-flow = Transfers between stages
html-tally-flow-chart = Votes moved at each stage, from the surplus or excluded candidates to the others
html-tally-flow-legend = On the left, whose votes moved; on the right, who received them. The width of each band is the number of votes.
html-tally-flow-none = No votes moved between stages.
html-tally-flow-to = { $name }: +{ $votes }
html-action-first = first count
html-action-surplus = surplus of { $name }, transfer value { $value }
html-action-exclusion = exclusion of { $names }
html-action-round = { $label }
html-action-allocation = seats allocated
html-status-elected = elected
html-status-excluded = excluded
html-status-withdrawn = withdrawn
html-status-not-elected = not elected
html-tally-ties = Ties
html-tally-tie = Stage { $stage }: { $names } were tied ({ $purpose }); { $how }; { $chosen } was chosen.
html-tie-earlier = settled by stage { $stage }
html-tie-lot = settled by lot (seed { $seed })
html-tie-order = settled by the given order

## Decision.
html-decide-title = Decision on motion { $motion }
html-verdict-carried = The motion is carried.
html-verdict-rejected = The motion is rejected.
html-verdict-adopted = Option { $option } is adopted.
html-verdict-no-majority = No option reached the majority.
html-verdict-tie = Options { $options } are tied; the rule does not decide between them.
html-verdict-not-quorate = The meeting was not quorate: nothing could be decided.
html-weighting-per-delegate = One vote per delegate.
html-weighting-card = Card vote: each delegate's vote counts the members they represent.
html-decide-quorum = Quorum
html-decide-quorum-chart = Present against the quorum, clause by clause
html-decide-quorum-met = met
html-decide-quorum-not-met = not met
html-decide-quorum-none = No quorum is required.
html-decide-present = present: { $present }
html-decide-required = needed: { $required }
html-clause-share = { $comparison } { $share } of { $of } ({ $measure }; { $entitled } entitled)
html-clause-count = { $comparison } { $count } { $of } ({ $measure })
html-clause-formula = { $comparison } { $formula } = { $value } { $of } ({ $measure })
html-clause-any-of = any one of these
html-clause-all-of = all of these
html-comparison-at-least = at least
html-comparison-more-than = more than
html-entitled-all = the delegates
html-entitled-voting = the voting delegates
html-measure-heads = counted by heads
html-measure-weight = counted by vote weight
html-decide-majority = Majority
html-decide-majority-text = { $comparison } { $share } of { $base_votes } votes ({ $base }): { $required } votes needed.
html-decide-majority-chart = Votes for each option against the majority needed
html-base-yes-no = votes for the options
html-base-yes-no-abstain = votes for the options and abstentions
html-base-valid = valid votes
html-base-cast = votes cast
html-base-entitled = votes of all voting delegates
html-base-entitled-present = votes of the voting delegates present
html-decide-attendance = Attendance
html-decide-attendance-caption = Delegates entitled and present, by heads and by vote weight
html-col-what = What
html-col-heads = Delegates
html-col-weight = Vote weight
html-row-entitled = Entitled to attend
html-row-entitled-voting = Entitled to vote
html-row-present = Present
html-row-present-voting = Voting delegates present
html-row-by-proxy = By proxy
html-decide-votes = Votes
html-decide-votes-caption = Votes counted for each option
html-col-option = Option
html-col-votes = Votes
html-row-abstain = Abstentions
html-row-blank = Blank votes
html-row-invalid = Invalid votes

## Election.
html-elect-title = Election of { $body }
html-elect-intro = Election rule { $rule }, held on { $date }, counted by { $method }: { $seats ->
    [one] 1 seat
   *[other] { $seats } seats
}.
html-elect-unopposed = No more eligible candidates stood than there are seats: they are elected without a count.
html-elect-counted = The ballots were counted.
html-elect-elected = Elected
html-elect-elected-caption = Who the count elected, and who is elected in the end
html-col-place = Place
html-col-by-count = Elected by the count
html-col-final = Elected in the end
html-elect-added-seats = { $count ->
    [one] 1 seat was
   *[other] { $count } seats were
} added by the policy.
html-elect-refused = The delegation is refused: no terms of office are written.
html-elect-policy = What the policy changed, and why
html-elect-policy-none = No policy rule covers this body.
html-elect-rule = Rule { $rule } (version { $version }, { $hardness }): { $consequence }
html-elect-rule-seats = The body has { $seats } seats on the rule's base; bounds for the seats elected now: { $bounds }.
html-elect-bound = { $group } { $min }–{ $max }
html-elect-not-applied = It changed nothing.
html-elect-change = { $removed } gives way to { $added }: { $reason }
html-elect-change-added = { $added } takes an added seat: { $reason }
html-reason-floor = { $group } held { $had }, fewer than its floor of { $min }
html-reason-ceiling = { $group } held { $had }, more than its ceiling of { $max }
html-reason-added-seat = { $group } held { $had } of { $seats } seats and needed { $min }
html-elect-unmet = Still not met: { $group } holds { $holds }, the bound is { $bound } ({ $reason }).
html-shortfall-no-candidates = no more candidates of the group stood
html-shortfall-no-seat-to-free = every other winner belongs to a group at its own floor
html-shortfall-no-replacement = no candidate of another group can replace one
html-shortfall-added-seat-limit = the most seats that may be added were added
html-elect-candidates = Candidates
html-elect-candidates-caption = Each candidate's standing on the election day
html-col-person = Person
html-col-ballot-number = Number on the ballot
html-col-standing = Standing
html-standing-eligible = eligible
html-standing-not-eligible = not eligible (withdrawn from the count)
html-standing-needs-review = eligible; needs review
html-elect-voters = Voters: { $eligible } eligible, { $not_eligible } not eligible, { $needs_review } to review.
html-elect-terms = New terms of office
html-elect-terms-caption = The terms of office the election writes
html-col-post = Post
html-col-start = From
html-col-end = Until
html-elect-findings = Findings

## Validation.
html-validate-title = Validation of the document
html-validate-intro = Checked as of { $date }: { $summary }.
html-validate-valid = The document has no errors.
html-validate-invalid = The document has errors.
html-consequence-corrective-replacement = corrective replacement: the lowest-placed winner gives way to the best-placed candidate of the group short of its floor
html-consequence-fill-floor-first = the group's floor is filled first
html-consequence-list-jump = the list moves on to the next candidate of the group
html-consequence-add-seats = seats are added for the group
html-consequence-refuse-delegation = a delegation short of the rule is refused
html-consequence-report-only = reported only
html-consequence-constrained-count = the ballots are counted again within the bounds
html-clause-share-short = { $share } of { $of }
html-clause-count-short = { $count } { $of }
html-decide-bar = { $present } present, { $required } needed
