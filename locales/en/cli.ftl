## The command line's own messages (src/bin/rulebook/, but for tally). Argument
## errors and --help are clap's, in English.

cli-error = rulebook: error: { $message }
cli-not-utf8 = not valid UTF-8 at byte { $byte }: expected a UTF-8 text file
cli-cannot-read = cannot read: { $error }
cli-refusing-overwrite = refusing to overwrite an input file ({ $input }): choose another output path
cli-output-twice = named twice as an output (also { $other }): choose a distinct path for each output
cli-cannot-write = cannot write: { $error }
cli-cannot-write-folder = cannot write: is a folder: expected a file path
cli-cannot-write-no-name = cannot write: not a file name
cli-cannot-write-parent = cannot write: folder { $folder }: { $error }
cli-cannot-write-not-folder = cannot write: { $folder } is not a folder
cli-cannot-render-json = cannot render JSON: { $error }
cli-cannot-write-stdout = cannot write to stdout: { $error }
cli-validate-heading = { $file } as of { $as_of }
cli-no-policy = no policy to audit against: give --policy FILE or put a policy member in the document
cli-seats-unreadable = seats { $seats } cannot be read: expected a number (7) or a range (1..15)
cli-seats-not-range = seats { $seats } is not a range of body sizes: expected 1 <= from <= to <= 10000
cli-list-heading = candidate list { $file } ({ $places } places), rules as of { $as_of }
cli-tie-order-unknown = --tie-order: no unit named { $name } in { $file }
cli-votes-not-counted = the votes cannot be counted: { $count } problem(s)
cli-no-schema = no schema is named { $name }; expected one of { $names }
cli-cannot-render-schema = cannot render the { $name } schema: { $error }
cli-cannot-create-folder = cannot create the folder: { $error }
cli-wrote = wrote { $path }
cli-clause-no-html = --clause writes text or json: use --format text or --format json
cli-working = rulebook { $command }: working
serve-listening = rulebook serve: listening on { $address }
serve-not-loopback = rulebook serve: warning: { $address } is not a loopback address: anyone who can reach it can use the server
serve-cannot-bind = cannot listen on { $address }: { $error }
serve-cannot-start = cannot start the server: { $error }
serve-not-found = no route { $path }: the API is under /api/v1/ (see /api/v1/openapi.json)
serve-method-not-allowed = { $method } is not allowed on { $path }
serve-too-large = the request body is over the limit of { $limit } bytes (--max-body)
serve-timeout = the request took longer than the time limit (--timeout)
serve-internal = internal error: { $error }
serve-missing-input = the input { $name } is missing: send it as the body or as a multipart part named { $name }
serve-unknown-input = this endpoint takes no input named { $name }: expected { $names }
serve-twice-input = the input { $name } is sent twice
serve-unknown-parameter = unknown query parameter { $name }: expected { $names }
serve-bad-parameter = query parameter: { $error }
serve-bad-request = bad request: { $error }
serve-bad-multipart = the multipart body cannot be read: { $error }
cli-elect-lists-pair = --list-votes and --candidates go together: give both for a list election
