## The document model and its readers (src/model/messages.rs).
## Quoted values ($id, $text, $age, $first, $char) arrive already quoted and escaped.

# What an identifier or a vocabulary names, inserted as $kind or $what below.
model-kind-level = level
model-kind-unit = unit
model-kind-body = body
model-kind-post = post
model-kind-person = person
model-kind-rule = rule
model-kind-group = group
model-kind-gender = gender
model-kind-body-kind = body kind
model-kind-role = role
model-kind-affiliation = affiliation
model-kind-membership = membership
model-kind-term = term

model-id-empty = { $kind } id is empty; expected 1 to 128 characters
model-id-too-long = { $kind } id is { $len } bytes long; expected at most { $max }
model-id-bad-start = { $kind } id { $id } starts with { $first }; expected a letter or a digit first
model-id-bad-char = { $kind } id { $id } contains { $char }; expected letters, digits and - _ . : /
model-vocab-empty = { $what } is empty; expected a word such as one of the known values
model-group-syntax = group { $text } is not gender:VALUE, age-under:N or attribute:NAME=VALUE
model-group-bad-age = group { $text } has age { $age }; expected a whole number of years from 1 to 150
model-group-bad-attribute = group { $text } has no NAME=VALUE after attribute:; expected attribute:NAME=VALUE
model-period-reversed = { $what } ends on { $end }, before it starts on { $start }; expected an end on or after the start
model-group-count-above-total = group { $group } counts { $count } members, more than the total of { $total }
