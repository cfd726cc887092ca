## Decisions: checking a motion's votes, the quorum, the majority and the verdict
## (src/decision/messages.rs, src/decision/render.rs).
## Quoted values ($choice, $option) arrive already quoted.

decision-duplicate-delegate = delegate id { $id } is listed more than once
decision-unknown-voter = vote cast by { $id }, who is not among the delegates
decision-non-voting-voter = delegate { $id } has no vote but cast one
decision-voted-twice = delegate { $id } voted more than once (in person or by proxy)
decision-unknown-choice = choice { $choice } is not an option of this motion; expected one of { $options }, abstain, blank or invalid
decision-proxy-not-allowed = { $holder } voted by proxy for { $giver }, but this rule allows no proxies
decision-proxy-for-unknown = proxy vote for { $giver }, who is not among the delegates
decision-proxy-for-present = { $holder } voted by proxy for { $giver }, who is present and cannot give a proxy
decision-proxy-for-self = { $holder } cannot hold their own proxy
decision-too-many-proxies = { $holder } holds { $held } proxies; the rule allows at most { $max }
decision-no-options = the motion has no options: expected at least one, such as yes and no
decision-duplicate-option = option { $option } is listed more than once
decision-reserved-option = { $option } cannot be an option: it is a way of not choosing one
decision-empty-any-of = an any-of quorum has no clauses: expected at least one
decision-empty-all-of = an all-of quorum has no clauses: expected at least one
decision-cannot-count = the votes cannot be counted: { $problems } problem(s), first: { $first }

## The quorum and the majority.

decision-at-least = at least
decision-more-than = more than
decision-base-yes-no = votes for the options
decision-base-yes-no-abstain = votes for the options and abstentions
decision-base-valid = valid votes
decision-base-cast = votes cast
decision-base-entitled = votes of all entitled delegates
decision-base-entitled-present = votes of the entitled delegates present
decision-entitled-all-heads = delegates
decision-entitled-voting-heads = voting delegates
decision-entitled-all-weight = delegates' votes
decision-entitled-voting-weight = voting delegates' votes
decision-quorum-share = { $comparison } { $share } of { $entitled } { $whom }: { $present } present, { $required } needed: { $met }
decision-quorum-count = { $comparison } { $count } { $whom }: { $present } present, { $required } needed: { $met }
decision-quorum-any = any of these clauses: { $met }
decision-quorum-all = all of these clauses: { $met }
decision-no-quorum = no quorum required
decision-met = met
decision-not-met = not met
decision-majority = majority: { $comparison } { $share } of the { $base } ({ $votes }): { $required } votes needed

## The verdict and the rendered decision.

decision-verdict-carried = carried
decision-verdict-rejected = rejected
decision-verdict-adopted = adopted: { $option }
decision-verdict-no-majority = no option reached the majority
decision-verdict-tie = tie: { $options } each reached the majority with equal votes
decision-verdict-not-quorate = not quorate: the meeting could not decide
decision-motion = motion { $motion }: { $verdict }
decision-quorum-heading = quorum:
decision-votes-heading = votes:
decision-abstain = abstain
decision-blank = blank
decision-invalid = invalid
