## Statutory presets and the statute outline (issue 11, items 3 and 9)
## (src/validate/law.rs). $law is a citation such as "LMRDA §401(b) (29 U.S.C. 481(b))".

# A finding's message with the law its rule comes from.
law-by-preset = { $message } (by { $law })
law-purpose-synchronise-elections = synchronise elections
law-no-kinds = none
law-with-exception = { $law }, with the exception stated to { $purpose }
law-kind-invalid = level { $level } is of kind { $kind } under { $law }, which distinguishes these kinds: { $kinds }
law-kind-missing = level { $level } falls under { $law } but names no kind ({ $kinds }), so none of the law's presets apply to it
law-kind-missing-uu21 = level { $level } falls under UU 21/2000 but names no kind ({ $kinds }): it is taken for a level of a union's own structure (art. 8: the levels are set by the anggaran rumah tangga), to which no threshold of art. 5 to 7 applies
law-lmrda-federation = level { $level } is a federation of national or international labor organizations, which LMRDA §401(a) (29 U.S.C. 481(a)) excepts (29 CFR 451.3(a)(4), 452.11): no election interval or term ceiling follows from it
law-exception-too-long = body { $body } states an exception to { $purpose } of { $months } months; { $law } allows such an exception up to { $max } months
law-exception-not-allowed = body { $body } states an exception to { $purpose }, which the law its level falls under does not allow
law-term-overridden = body { $body } sets max_term_months { $own }, which overrides the { $preset } months of { $law }
law-interval-overridden = election rule { $rule } sets max_interval_months { $own }, which overrides the { $preset } months of { $law }
law-level-overridden = level { $level } sets { $field } { $own }, which overrides the { $preset } of { $law }
law-exemption-applied = { $person } holds post { $post } past { $months } months without re-election, which { $law } allows: every condition of it is met
law-exemption-not-met = { $person } holds post { $post } past the ceiling, and { $law } does not exempt them: its paragraph ({ $paragraph }), "{ $condition }", is not met
law-s46-4a-a = the president was elected or appointed in accordance with the rules of the union
law-s46-4a-b = when becoming president, they held a position on the executive or as general secretary by election
law-s46-4a-c = it is no more than five years since they were elected or re-elected to such a position
law-s46-4a-d = they have held such a position by election at all times since becoming president
law-multiple-unions = { $person } is a member of { $count } unions on { $as_of } ({ $units }); a worker may be a member of only one union at one enterprise and must choose one in writing (UU 21/2000 art. 14(1)-(2))
# $letter is the item's letter, $words the law's words (in Indonesian), $gloss them in English (both locales show both languages).
law-statute-missing-item = the anggaran dasar in the statute outline lacks item { $letter } of UU 21/2000 art. 11(2), "{ $words }" ({ $gloss }): no article deals with { $missing }; the AD must contain it, and art. 20(1) records only a union whose AD does
law-duplicate-article = article { $number } is given twice in the statute outline
