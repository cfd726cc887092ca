## `rulebook tally`'s own messages (src/bin/rulebook/tally/messages.rs).

tally-unknown-format = cannot tell the ballot format of { $path }: expected a .blt, .soi, .soc, .toc or .toi file, or --input-format
tally-cannot-count = cannot count: { $error }
tally-seats-needed-for-csv = a CSV of list votes gives no seat count: give --seats N
tally-csv-only-for-lists = a CSV holds votes per list: use it with a list method (dhondt, sainte-lague, largest-remainder...)
