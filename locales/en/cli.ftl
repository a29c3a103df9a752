# Messages of the qujat command (diagnostics, help lines, summaries), not of the documents.
# The same ids with the same variables in locales/{en,kk,ru}/cli.ftl (tests/ui_lang.rs).
# Codes such as [impossible-date] are printed by the program, never written here.

## What a value is, after "found"

found-mapping = a mapping
found-list = a list
found-text = the text "{ $text }"
found-number = the number { $number }
found-bool = `{ $value }`
found-null = nothing (null)
found-verbatim = `{ $value }`
found-entries = { $count } entries
found-unreadable-header = a header qujat cannot read
found-unreadable-value = a value qujat cannot read
# serde's own words for what it found or expected (`string "x"`, `a sequence`): English.
serde-found = { $what }
serde-expected = { $what }

## Which part of the plan (named in "unknown field … in $context")

ctx-plan = the plan
ctx-organization = `organization`
ctx-approval = `approval`
ctx-headers = `headers`
ctx-unit = a unit
ctx-section = a section
ctx-item = an item
ctx-step = a step
ctx-deadline = a deadline
ctx-period = `period`
ctx-amendment = the amendment
ctx-text-pair = a text pair

## Which text (named in the messages about texts)

what-title = the title
what-note = a note
what-organization-name = the organisation's name
what-organization-short = the short name
what-body = the approving body
what-protocol = the protocol number
what-position = the position
what-official-name = the name
what-header = the header of the `{ $column }` column
what-unit = a unit
what-unit-short = a unit's short form
what-unit-full = a unit's full form
what-responsible = a responsible
what-section-title = the section title
what-item-text = the item's text
what-result = the expected result
what-step-text = the step's text
what-deadline-text = the deadline text
what-field = `{ $field }`
what-justification = the justification of `{ $id }`

## Fields and types

wrong-type = { $expected }, found { $found }
expected-mapping = { $context } must be a mapping of fields
help-mapping = write `field: value` lines indented under it
field-name-not-text = a field name in { $context } must be text, found { $found }
help-use-one-of = use one of: { $valid }
unknown-field = unknown field `{ $name }` in { $context }
did-you-mean-field = did you mean `{ $near }`? Valid fields here: { $valid }
help-valid-fields = valid fields here: { $valid }
missing-field = { $context } has no `{ $name }`
expected-list = `{ $field }` must be a list
help-list = write each entry on its own line starting with `- `

## The plan's top level

help-add-version = start the file with `qujat: 1`, the format version
unsupported-version = unsupported format version: { $found }
help-unsupported-version = this qujat reads format version 1: write `qujat: 1`
help-add-template = add `template: action-plan` or `template: schedule`
expected-template = `template` must be a template name or a path
help-template = write `action-plan`, `schedule`, or a path such as `my-template.yaml`
help-add-approval = add an `approval:` grif: `by: decision` (a board) or `by: official`
help-add-title = add `title: {"{"}kk: …, ru: …{"}"}`
help-add-sections = add `sections:` with at least one section and its items
help-add-organization = add `organization:` with `name:` and `short:`
help-add-organization-name = add the organisation's full name: `name: {"{"}kk: …, ru: …{"}"}`
help-add-organization-short = add the short name the text uses: `short: {"{"}kk: Қоғам, ru: Общество{"}"}`

## Single values

bad-annex = `annex` is the annex number, a whole number from 1 to 999; found { $found }
help-bad-annex = write the number alone, e.g. `annex: 4` for «4-қосымша» / «Приложение 4», or remove the line
expected-gender = `gender` must be a word
help-gender = use masculine, feminine, neuter or plural
unknown-gender = unknown gender `{ $name }`
did-you-mean-gender = did you mean `{ $near }`? use masculine (план), feminine, neuter or plural
help-unknown-gender = use masculine (план), feminine, neuter or plural
unknown-date-style = unknown date style: { $found }
help-date-style = use `dates: words` (30 марта 2026 года) or `dates: numeric` (30.03.2026)
bad-id = an item id must be a latin word, found { $found }
help-bad-id = use letters, digits and hyphens, e.g. `id: risk-analysis`
expected-date = expected a date YYYY-MM-DD
help-date = write dates as 2022-04-16
bad-date = `{ $text }` is not a date in the form YYYY-MM-DD
help-date-digits = write the year with four digits and the month and the day with two: { $date }
help-date-form = write dates as 2022-04-16 (year, month, day)
impossible-date = { $date } is not a date that exists
help-month-days = check the day and month: { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year } has { $days } days
help-impossible-month-day = check the day and month: months are 01 to 12
bad-month = { $found } is not a month in the form YYYY-MM
help-month-digits = write the year with four digits and the month with two: { $month }
help-month-form = write a month as 2022-11 (year, month)
impossible-month = month { $month } does not exist
help-impossible-month = months are 01 to 12: write e.g. 2022-11
bad-year = expected a year, found { $found }
help-bad-year = write a four-digit year such as 2022
year-out-of-range = the year { $year } is outside the years a plan can name ({ $first }–{ $last })
help-year-out-of-range = check the year: qujat takes the years { $first } to { $last }
range-order = the range ends ({ $to }) before it starts ({ $from })
help-range-order = swap the two dates, or correct the one that is wrong

## Texts

expected-text = { $what } must be a text
help-pair = write the text as a pair {"{"}kk: …, ru: …{"}"}, or once as a plain string if it is the same in both languages (a proper name)
unknown-language = unknown language `{ $name }` in { $what }
did-you-mean-language = did you mean `{ $near }`? a text has exactly two languages: `kk` (Kazakh) and `ru` (Russian)
help-two-languages = a text has exactly two languages: `kk` (Kazakh) and `ru` (Russian)
empty-translation = { $what } has an empty `{ $lang }` text
help-empty-translation = write the { $lang ->
        [kk] Kazakh
       *[ru] Russian
    } text; both documents need it
expected-translation = the `{ $lang }` text of { $what } must be text
help-translation = write the text after the colon; use `|` and indented lines for long texts
missing-translation = { $what } has no `{ $lang }` text
help-missing-translation = { $lang ->
        [kk] add `kk: …` with the Kazakh text: the Kazakh document would otherwise have a hole
       *[ru] add `ru: …` with the Russian text: the Russian document would otherwise have a hole
    }
same-text = the Kazakh and Russian texts of { $what } are identical
help-same-text = translate one of them; if it is a proper name, write it once as a plain string
unprintable-invisible = { $what } contains { $char }, an invisible character the documents cannot hold
help-unprintable-invisible = delete it: it prints nothing (it comes with text copied from web pages, PDFs or messengers; in an editor that does not show it, delete the character before and after it and type them again)
no-glyph = the bundled font (Liberation Serif) cannot draw { $char }
help-no-glyph = replace the character with one the font has (a Kazakh or Russian letter, a digit, a punctuation mark); otherwise the PDF would show an empty box
invisible-char = { $what } contains { $char }, an invisible character
help-invisible-char = delete it: it prints nothing, and it splits the word for search and for line breaks
only-invisible = { $what } holds only invisible characters: { $chars }
help-only-invisible = delete them and write the text, or remove the field if it is optional
only-markup = { $what } holds only markup (`{ $markup }`), no words
help-only-markup = write the text; `**…**` makes words bold and `- ` starts a bullet, but neither prints anything alone
empty-text = { $what } is empty
help-empty-text = write the text, or remove the field if it is optional
comma-in-text = the `{ $lang }` text ends at the comma before this: YAML reads `{ $field }` as one more field of the pair
help-comma-in-text = a comma ends a text written inside {"{"}…{"}"}. Put the whole text in quotes:{"\u000A    "}{ $quoted }{"\u000A"}or write the pair in block style, one language a line, where a comma is part of the text:{"\u000A    "}{ $kk }{"\u000A    "}{ $ru }
kk-looks-russian = the Kazakh text has no Kazakh-specific letter (ә ғ қ ң ө ұ ү һ і): is it Russian?
help-kk-looks-russian = write the Kazakh text in `kk:`; a Russian text pasted there would appear in the Kazakh document
ru-has-kazakh = the Russian text contains the Kazakh letter { $letter }: is it Kazakh?
help-ru-has-kazakh = write the Russian text in `ru:`
doubled-phrase = the { $lang } text repeats «{ $phrase }» twice in a row
help-doubled-phrase = remove the repetition

## The grif

unknown-approval-kind = unknown approval kind `{ $name }`
did-you-mean-approval = did you mean `{ $near }`? Use `decision` (a body's decision, БЕКІТІЛДІ / УТВЕРЖДЕН) or `official` (БЕКІТЕМІН / УТВЕРЖДАЮ)
help-approval-kind = use `decision` (a body's decision, БЕКІТІЛДІ / УТВЕРЖДЕН) or `official` (БЕКІТЕМІН / УТВЕРЖДАЮ)
help-add-approval-by = add `by: decision` (a board's decision) or `by: official` (approved by one official)
help-add-body = name the approving body in the genitive: `body: {"{"}kk: директорлар кеңесінің, ru: Совета директоров{"}"}`
expected-protocol = `protocol` must be the protocol number
help-protocol = write e.g. `protocol: "5"`, or `null` while it is not known
help-add-position = add the official's position: `position: {"{"}kk: …, ru: …{"}"}`
help-add-official-name = add the official's name as spelled in each language: `name: {"{"}kk: М.С. Байдурын, ru: М.С. Байдурин{"}"}`
help-add-grif-year = while the date is not known, give the year its blanks print: `year: 2022`
date-mismatch = `year: { $year }` does not match the date { $date }
help-date-mismatch = remove `year:` (the date gives it) or correct one of them

## Units and responsible

expected-units = `units` must be a mapping from a key to a unit
help-units = write e.g. `okp: {"{"}kk: [ОҚП, операциялық қызмет департаменті], ru: [ДОД, департамент операционной деятельности]{"}"}`
expected-unit-key = a unit key must be a word
help-unit-key = use a short latin key such as `okp`
duplicate-unit = the unit key `{ $name }` is defined twice: at line { $line }, column { $column } as { $first }, and here as { $second }
help-duplicate-unit = rename one of them: `responsible: [{ $name }]` could mean either
expected-unit-form = the `{ $lang }` form of unit `{ $key }` must be a name or [short, full]
help-unit-form = write `[ОҚП, операциялық қызмет департаменті]` for an abbreviation, or just the name
help-add-unit-kk = add the Kazakh form: `kk: [ОҚП, операциялық қызмет департаменті]` or `kk: комплаенс-офицер`
help-add-unit-ru = add the Russian form: `ru: [ДОД, департамент операционной деятельности]` or `ru: комплаенс-офицер`
expected-unit = unit `{ $key }` must be a name or a mapping with `kk` and `ru`
help-unit = write `{"{"}kk: [ОҚП, операциялық қызмет департаменті], ru: [ДОД, департамент операционной деятельности]{"}"}`
unit-form-split = the `{ $lang }` form of unit `{ $key }` has { $parts } parts where it takes two, [short, full]: a comma inside the full form splits it
help-unit-form-split = put the full form in quotes: `{ $fixed }`
unknown-unit = unknown unit `{ $key }`
did-you-mean-unit = did you mean `{ $near }`? define it under `units:`, or write free text as {"{"}kk: …, ru: …{"}"}
help-unknown-unit = define it under `units:`, or write free text as {"{"}kk: …, ru: …{"}"}
expected-responsible = a responsible must be a unit key or a text pair
help-responsible = write a key from `units:` such as `okp`, or {"{"}kk: …, ru: …{"}"}
expected-responsible-list = `responsible` must be a list
help-responsible-list = write e.g. `responsible: [okp, compliance]`
empty-responsible = nobody is responsible
help-empty-responsible = name at least one unit or person, e.g. `responsible: [okp]`

## The table

empty-plan = the plan has no sections
help-empty-plan = add at least one section with its items under `sections:`
help-add-section-title = add `title: {"{"}kk: …, ru: …{"}"}` to the section
empty-section = the section has no items
help-empty-section = add its items under `items:`, or remove the section
steps-and-due = an item with steps cannot have its own `due` or `responsible`
help-steps-and-due = move the deadline and the responsible into each step, or remove `steps:`
empty-steps = `steps` has no steps under it (are they commented out?)
help-empty-steps = add the steps, or remove `steps:` and give the item its own `due` and `responsible`: an item without either would vanish from both documents
help-add-item-text = add the item's text: `text: {"{"}kk: …, ru: …{"}"}`
duplicate-id = the id `{ $id }` is already the id of the item at line { $line }, column { $column }
help-duplicate-id = give each item an id of its own: rename one of the two
help-add-step-text = add the step's text: `text: {"{"}kk: …, ru: …{"}"}`
help-add-due = { $of ->
        [step] add the deadline of the step, e.g. `due: {"{"}by: 2022-04-16{"}"}` or `due: ongoing`
       *[item] add the deadline of the item, e.g. `due: {"{"}by: 2022-04-16{"}"}` or `due: ongoing`
    }
help-add-responsible = { $of ->
        [step] add who is responsible for the step, e.g. `responsible: [okp]`
       *[item] add who is responsible for the item, e.g. `responsible: [okp]`
    }
repeated-step = the same step text stands under item { $first } and item { $second }
help-repeated-step = check that this step belongs to this item (copy-paste drift); if it really repeats, say what differs, e.g. which document it is about

## Deadlines and the period

unknown-deadline = unknown deadline `{ $word }`
did-you-mean-deadline = did you mean `{ $near }`? use a date kind such as {"{"}by: 2022-04-16{"}"}, one of: { $words }, or free text {"{"}text: {"{"}kk: …, ru: …{"}"}{"}"}
help-unknown-deadline = use a date kind such as {"{"}by: 2022-04-16{"}"}, one of: { $words }, or free text {"{"}text: {"{"}kk: …, ru: …{"}"}{"}"}
expected-deadline = a deadline must be a word or a mapping
help-deadline = write e.g. `due: {"{"}by: 2022-04-16{"}"}` or `due: ongoing`
bad-deadline-fields = a deadline with the fields {"{"}{ $fields }{"}"} is not one of the kinds qujat knows
help-deadline-kinds = use one of {"{"}by: D{"}"}, {"{"}on: D{"}"}, {"{"}from: D, to: D{"}"}, {"{"}between: D, and: D{"}"}, {"{"}month: YYYY-MM{"}"}, {"{"}months: [YYYY-MM, YYYY-MM]{"}"}, {"{"}quarter: N, year: Y{"}"}, {"{"}every: quarter, day: N{"}"}, {"{"}text: {"{"}kk: …, ru: …{"}"}{"}"} (see docs/plan-format.md)
months-too-long = the span of months runs from { $first } to { $last }: `months` lies within one year or two consecutive years
help-months-too-long = check the years; for a longer span write `{"{"}from: YYYY-MM-DD, to: YYYY-MM-DD{"}"}` or split the step
months-order = the last month is not after the first
help-months-order = write the first and the last month of the span, in order: `months: [2022-04, 2022-05]`
months-count = `months` needs the first and the last month, found { $count } entries
help-months-count = write `months: [2022-04, 2022-05]`; for a single month use `month: 2022-04`
bad-quarter = a quarter is 1 to 4, found { $found }
help-bad-quarter = write e.g. `{"{"}quarter: 4, year: 2022{"}"}`
bad-every = `every` must be month, quarter or year, found { $found }
bad-day = `day` must be a day of the month, 1 to 31, found { $found }
help-every = write e.g. `{"{"}every: quarter, day: 5{"}"}`
period-conflict = the period has both { $first ->
        [year] `year`
        [years] `years`
       *[range] `from` and `to`
    } and { $second ->
        [year] `year`
        [years] `years`
       *[range] `from` and `to`
    }: one of them would be ignored
help-period-conflict = keep one: `period: {"{"}year: 2022{"}"}`, `{"{"}years: [2022, 2026]{"}"}` or `{"{"}from: 2026-04-13, to: 2026-05-26{"}"}`
years-order = the period's last year is not after its first
help-years-order = write `years: [2022, 2026]`, first year first; for one year write `year: 2022`
expected-years = `years` must be two years
help-years = write `years: [2022, 2026]`
period-missing = the period needs `year`, `years`, or `from` and `to`
help-period-missing = write `period: {"{"}year: 2022{"}"}`, `{"{"}years: [2022, 2026]{"}"}` or `{"{"}from: 2026-04-13, to: 2026-05-26{"}"}`

## YAML

yaml-syntax = YAML syntax: { $said }
help-yaml-syntax = fix the YAML at this place; check indentation, brackets and quotes
help-yaml-tag = remove the tag (the word starting with `!` before the value) and write the value itself
help-yaml-budget = remove the anchors (&) and aliases (*) that repeat large parts, or split the plan
yaml-second-document = a second YAML document starts here (after a `---` line): a plan is one document
help-yaml-second-document = remove the `---` line and what follows it, or put the second plan in a file of its own
yaml-duplicate-key = duplicate mapping key: { $key } is written twice in this mapping
yaml-duplicate-key-unnamed = duplicate mapping key: this key is written twice in this mapping
help-yaml-duplicate-key = keep one of the two: the second would silently replace the first
yaml-recursive-alias = this alias (*…) refers to the mapping or list it stands in, which would never end
help-yaml-recursive-alias = write the value itself instead of the alias
yaml-unknown-anchor = this alias (*…) names no anchor (&…) defined before it
help-yaml-unknown-anchor = define the anchor (&…) before this alias, or write the value itself
yaml-non-finite = `{ $value }` is not a number qujat can use
help-yaml-non-finite = write an ordinary number such as 4, or put a text in quotes
yaml-invalid-scalar = the value does not fit the type its tag (`!!…`) names
yaml-tagged-value = the value is tagged (`!!binary` or another `!!` tag) and cannot be read as text
yaml-unsupported-tag = the tag `{ $tag }` is not supported
yaml-merge = `<<:` merges a mapping into this one, but what follows it is not a mapping
help-yaml-merge = write the fields themselves instead of `<<:`
yaml-eof = the file ends in the middle of a value
help-yaml-eof = close every bracket and quote that is open
yaml-indentation = the indentation does not fit here
help-yaml-indentation = indent the lines under a field by the same number of spaces
not-utf8 = the file is not UTF-8 text
help-not-utf8 = save the plan as UTF-8 (in most editors: Save as… → Encoding: UTF-8)
yaml-expected = YAML syntax: expected { $expected } here
yaml-unreadable = YAML syntax: the YAML at this place cannot be read
yaml-too-deep = the YAML is nested deeper than a plan can be
help-yaml-too-deep = a plan nests a few levels deep: check for brackets that are opened and never closed
yaml-tab = YAML syntax: tabs cannot indent YAML; only spaces can
help-yaml-tab = replace the tab at the start of the line with spaces
help-yaml-flow-separator = close the bracket; if a text inside it holds a comma, a colon or a bracket, put that text in quotes
help-yaml-unclosed = every `{"{"}` needs its `{"}"}` and every `[` its `]`
help-yaml-mismatched = close `{"{"}` with `{"}"}` and `[` with `]`
help-yaml-unclosed-quote = close the quote: a text that starts with a quote ends with the same quote
help-yaml-colon = a text that contains `: ` must be put in quotes: `text: "Тема: …"`
help-yaml-block-indentation = check the indentation: the fields of one mapping start in the same column
yaml-too-deep-levels = the YAML is nested deeper than a plan can be ({ $depth } levels)
yaml-too-large = the YAML expands to more than a plan can hold

## Template files

template-unknown-field = unknown field `{ $field }` in the template
template-missing-field = the template has no `{ $field }`
help-template-missing-field = add `{ $field }:`; templates/action-plan.yaml shows every field of a template
template-wrong-value = expected { $expected }, found { $found }
help-template-wrong-value = write { $expected }
expected-one-of = one of: { $valid }
expected-header-pair = a text pair `{"{"}kk: …, ru: …{"}"}`
expected-template-value = the value templates/action-plan.yaml shows here
unit-mm = {" "}mm
unit-pt = {" "}pt
unit-none = {""}
what-font-text = the text font size
what-font-title = the title font size
what-font-grif = the grif font size
what-font-table = the table font size
what-font-notes = the notes font size
what-grif-width = grif-width (a share of the text width)
what-page-width = the page width
what-page-height = the page height
what-page-numbers-from = page-numbers-from (the first numbered page)
what-margin-top = the top margin
what-margin-bottom = the bottom margin
what-margin-left = the left margin
what-margin-right = the right margin
out-of-range = { $what } is { $value }{ $unit }, outside { $min }–{ $max }{ $unit }
not-a-number = { $what } is not a number
help-out-of-range = write a number from { $min } to { $max }{ $unit }
wrong-orientation = the page is { $width } × { $height } mm, which is not { $orientation ->
        [landscape] landscape
       *[portrait] portrait
    }
help-orientation = { $orientation ->
        [landscape] a landscape page is wider than tall: write `size: [width, height]`, e.g. [297, 210], or `orientation: portrait`
       *[portrait] a portrait page is taller than wide: write `size: [width, height]`, e.g. [210, 297], or `orientation: landscape`
    }
text-area = the margins leave { $left } mm of the page's { $side ->
        [width] width
       *[height] height
    } for the text
help-text-area = make the margins smaller: at least { $min } mm of the page must be left for the text
no-columns = the template has no columns
help-no-columns = add the columns: number, the texts, deadline, responsible
no-text-column = the template has no column for texts (item, step or work): every item's text would vanish
help-no-text-column = add a column for the texts: `{"{"}field: work, …{"}"}` (item and step texts in one column), or `item` and `step`
missing-column = the template has no `{ $field }` column
help-missing-column = add `{"{"}field: { $field }, width: …, header: …{"}"}`
column-too-narrow = the column `{ $header }` is { $mm } mm wide on the page
help-column-too-narrow = make its width larger: a column needs at least { $min } mm to hold a word
bad-width = a column width is { $value }: widths are positive shares of the table
help-bad-width = write the column's share of the table width as a positive number up to { $max }, e.g. `width: 20`
no-languages = `languages` is empty
help-no-languages = write the order of the languages in a combined document: `languages: [kk, ru]`
duplicate-language = `languages` names `{ $lang }` twice
missing-language = `languages` does not name `{ $lang }`: a combined document would leave it out
help-languages-once = name each language once: `languages: [kk, ru]` or `[ru, kk]`
unknown-message = message `{ $id }` is not in the { $lang } locale
help-unknown-message = use a message id of the locales (locales/kk/document.ftl), such as col-step, or write the header's words: `header: {"{"}kk: …, ru: …{"}"}`

## Reading files and templates

cannot-read = cannot read the plan: { $error }
help-cannot-read = check the file name and that you may read it
not-regular-file = it is { $kind ->
        [folder] a folder
        [fifo] a named pipe (FIFO)
        [char-device] a character device
        [block-device] a block device
        [socket] a socket
       *[other] not a file
    }, not a regular file: name the file itself
io-not-found = no such file or folder
io-permission-denied = permission denied
io-other = { $error }
too-large = the file is larger than { $mb } MB, far more than a plan
help-too-large = check that this is the plan you meant; a real plan is a few hundred KB
unknown-template = unknown template `{ $name }`
did-you-mean-template = did you mean `{ $near }`? use one of: { $names }, or a path to a template file (…/my-template.yaml)
help-unknown-template = use one of: { $names }, or a path to a template file (…/my-template.yaml)
template-too-large = the file is larger than { $mb } MB, far more than a template
template-not-utf8 = the file is not UTF-8
cannot-read-stdin = cannot read the plan from standard input: { $error }
cannot-read-template = cannot read the template { $path }: { $error }
help-cannot-read-stdin = pipe the plan's text into qujat, or name the plan file instead of `-`
help-cannot-read-template = the path is relative to the plan's folder; check the name
bad-template = the template { $path } has { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }, shown with their places in it
help-bad-template = correct the template, or name a built-in one: action-plan, schedule

## The plan against its template

no-column = the template `{ $template }` has no column for { $what ->
        [result] the expected result
        [item] the item's text
       *[steps] the steps' texts
    }: it would not be printed
help-no-result-column = remove `result:`, or use a template with a `result` column (action-plan)
help-no-item-column = use a template with an `item` or `work` column
help-no-step-column = use a template with a `step` or `work` column
unknown-column = the template `{ $template }` has no `{ $field }` column: this header would not be printed
help-unknown-column = the columns of `{ $template }` are: { $fields }; name one of them, or remove this header
item-text-needed = an item has no `text`, which the template `{ $template }` shows in its own column

## The amendment block

unchanged-justified = the item `{ $id }` did not change, yet has a justification
help-unchanged-justified = remove the justification, or check that this is the item you changed
not-removed = no item `{ $id }` was removed from the previous version
help-not-removed = `removed:` names items of the previous version that this one drops, by the id they had there
help-amend-protocol = write e.g. `protocol: "7"`, or `null` while it is not known
wrong-grif-field = `{ $name }` does not fit: the plan is approved by { $by ->
        [decision] a decision
       *[official] an official
    }, and so are its changes
help-wrong-grif-field = the amendment's grif takes { $by ->
        [decision] `body` and `protocol`
       *[official] `position` and `name`
    } here, or remove `{ $name }`
amend-bad-date = { $found } is not a date that exists in the form YYYY-MM-DD
help-amend-date = write the date of the decision as 2022-09-15, or `null` while it is not known
expected-amend-year = `year` must be a year
help-amend-year = write e.g. `year: 2022`
expected-lang-text = `{ $lang }` must be a text
help-amend-translation = write the text after the colon
help-amend-missing-translation = write the text in both languages: {"{"}kk: …, ru: …{"}"}
help-amend-text = write {"{"}kk: …, ru: …{"}"}, or one string if it is the same in both languages
help-amend-empty-text = write the text, or remove the field
help-amend-no-glyph = replace the character with one the font has; otherwise the document would show an empty box
expected-justifications = `{ $field }` must be a mapping of item ids to texts
help-justifications = write `item-id: {"{"}kk: …, ru: …{"}"}` lines indented under it
expected-item-id = an item id must be text
help-item-id = write the item's `id`
unknown-item-id = no item of the plan has the id `{ $id }`
did-you-mean-item-id = did you mean `{ $near }`? a justification is keyed by the `id` of a changed item; a removed item's goes under `removed:`
help-unknown-item-id = a justification is keyed by the `id` of a changed item; a removed item's goes under `removed:`
still-in-plan = the item `{ $id }` is still in the plan
help-still-in-plan = `removed:` is for items this version drops; justify a changed item under `justifications:`

## Summaries

check-ok = { $path }: ok: template { $template }, { $sections } sections, { $items } items, { $steps } steps, languages kk+ru, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
check-failed = { $path }: { $errors } error(s), { $warnings } warning(s)
check-denied = { $path }: { $warnings } warning(s), refused under --deny-warnings
check-totals = { $plans } plan(s) checked: { $failed } failed, { $errors } error(s), { $warnings } warning(s)
skipped-not-plan = skipped { $path }: not a qujat plan (no `qujat:` key)
man-cannot-write = cannot write the manual pages into { $path }: { $error }
render-more-warnings = { $count ->
        [one] { $count } more warning
       *[other] { $count } more warnings
    } [{ $code }] not shown: `qujat check { $path }` lists them all
render-summary = { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plans
    }: { $files ->
        [one] { $files } file
       *[other] { $files } files
    } written, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $failed } failed

## Writing files

write-failed = { $step ->
        [lock] cannot lock the folder { $path } against other qujat runs
        [keep] cannot keep the earlier version of { $path }
        [replace] cannot replace { $path }
        [sync] cannot save the changes to the folder { $path }
       *[write] cannot write { $path }
    }: { $error }
write-failed-recover = an interrupted earlier write left files in { $path } that cannot be put back
write-changed-nothing = no file was changed
write-not-put-back = the earlier files could not all be put back
write-next-run-retries = the next qujat run into this folder tries again to put them back
write-hidden-left = hidden files left, which the next run removes: { $names }
left-new-version = { $path } holds the new version, its earlier one is { $kept } ({ $error })
left-missing = { $path } is missing, its earlier version is { $kept } ({ $error })
left-added = { $path } is new and could not be removed ({ $error })
left-hidden = { $path } could not be removed ({ $error })
left-journal = { $path }, the list of files of that write, cannot be read ({ $error }): check the files beside it, then remove it

## Commands

cannot-read-folder = cannot read the folder { $path }: { $error }
batch-clash = { $first } and { $second } would both write { $path }: render them into separate folders (-o) or rename one of the plans; nothing was written
init-unknown-template = unknown template `{ $name }`: use action-plan or schedule
init-exists = { $path } already exists: qujat init never overwrites a file
init-not-a-file-name = { $path } is not a file name
init-schema-name = { $path } is the name of the JSON Schema init writes beside the plan: name the plan something else, such as plan.yaml; nothing was written
init-create-folder = cannot create the folder { $path }: { $error }; nothing was written
# The reason a write failed, as the write says it.
init-write = { $error }
signals-unavailable = Ctrl-C will not undo an unfinished write: { $error }
bad-lang-or-format = languages are kk and ru; formats are docx and pdf
cannot-create-out = cannot create the output folder { $path }: { $error }
manifest-skipped = manifest.json not written: not every plan rendered
watching = watching { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plans
    }; Ctrl-C stops
watch-rendered = rendered { $path }: { $files } files in { $ms } ms
internal-error = { $path }: internal error: { $error }
watch-failed = failed { $path }: exit code { $code }{ $kept ->
        [yes] , earlier files kept
       *[no] {""}
    }
dump-unknown-lang = unknown language `{ $lang }`: use kk or ru

## The comments of the starter plans (`qujat init`); each stands where its `#=` marker is in
## templates/starters/*.yaml, a line of the message a comment line.

starter-ap-intro =
    A starter action plan: replace every text with your own, then run
      qujat check THIS_FILE      (lists every problem with its line and column)
      qujat render THIS_FILE     (writes the Kazakh and Russian DOCX and PDF beside it)
    Every text is a pair {"{"}kk: …, ru: …{"}"}; a name that is the same in both languages may be
    written once. The format: docs/plan-format.md in the qujat repository.
starter-sc-intro =
    A starter schedule of work (план-график): replace every text with your own, then run
      qujat check THIS_FILE      (lists every problem with its line and column)
      qujat render THIS_FILE     (writes the Kazakh and Russian DOCX and PDF beside it)
    Every text is a pair {"{"}kk: …, ru: …{"}"}; a name that is the same in both languages may be
    written once. The format: docs/plan-format.md in the qujat repository.
starter-version = format version
starter-ap-template = 6 columns, landscape; or `schedule` (4 columns, portrait)
starter-sc-template = 4 columns, portrait; or `action-plan` (6 columns, landscape)
starter-org-name = full name, as in the charter
starter-org-short = the short name the texts use
starter-annex = prints «1-қосымша» / «Приложение 1»; remove if not an annex
starter-ap-grif =
    The grif, top right. A board's decision prints БЕКІТІЛДІ / УТВЕРЖДЕН; while the date and the
    protocol number are not known (null) blanks are printed to fill in by hand.
starter-sc-grif = The grif of one official: БЕКІТЕМІН / УТВЕРЖДАЮ, the position, a signature line, the date.
starter-body = genitive: «… шешімімен» / «решением …»
starter-ap-date = e.g. 2027-06-10 once decided
starter-sc-date = e.g. 2027-03-30; null prints «____» ____________ 2027
starter-year = the year the blanks print
starter-protocol = e.g. "5"
starter-official-name = spelled as in each language
starter-ap-period = adds «2027 жылға арналған» / «на 2027 год» to the title
starter-sc-period = «… аралығында» / «на период с … по …»
starter-sc-dates = `on:` dates print as 30.03.2027
starter-units =
    Who is responsible. [short, full] makes an abbreviation that the legend after the table
    spells out; a single name has no abbreviation.
starter-unit-once = the same in both languages: written once
starter-id = optional, stays the same when items are renumbered
starter-ap-steps = each step is a row; number, text and result are merged over them
starter-sc-steps = in a schedule, each step is a row of its own under one number
starter-due-by = «2027 жылғы 16 сәуірге дейін» / «до 16 апреля 2027 года»
starter-due-range = a range of dates
starter-responsible-free = a unit, and free text
starter-item-own-task = an item without steps has its own deadline and responsible;
starter-other-kinds = other kinds: daily, monthly, yearly, ongoing, {"{"}month: 2027-11{"}"}, …
starter-notes = printed after the table, before the legend

## `qujat --help`: what qujat and each command do (clap's own words stay English)

about-qujat = One YAML plan in, parallel Kazakh and Russian documents out
about-exit-codes = Exit codes: 0 success, 1 internal error, 2 invalid input, 3 an output could not be written, 64 wrong usage (an unknown option, a missing or invalid argument), 130/143 stopped by Ctrl-C/SIGTERM (the unfinished write undone).
about-check = Validate plans and print a one-line summary of each; problems go to stderr.
about-render = Render plans into Kazakh and Russian DOCX and PDF files, written all or nothing.
about-init = Write a starter plan, with comments explaining each field, that passes `check`.
about-diff = List the changes between two versions of a plan (old, then new), with old and new item numbers: what an amendment of the plan in force must say.
about-amend = Write the documents a board approves for an amendment of a plan (old, then new), per language: the changes and additions, the comparative table and a redline Word file.
about-schema = Print the JSON Schema of the plan format (for editors: yaml-language-server, VS Code).
about-import = Read a plan kept in Word (a Kazakh and a Russian DOCX, one file holding both, or one language) into a plan YAML; report what was read, guessed and different.
about-dump = Print the document model of a plan as text (to review it or diff two versions).

## `qujat import`

import-read = cannot read the file: { $error }
import-too-large = the file is larger than { $mb } MB, far more than a plan's Word file; check that it is the plan you meant
import-not-zip = this is not a Word document (.docx is a zip package, and this file is not one); open it in Word or LibreOffice and save it as .docx
import-encrypted = the document is password-protected; open it in Word, remove the password (File → Info → Protect Document) and save it again
import-old-word = this is an old binary Word file (.doc), not .docx; open it in Word or LibreOffice and save it as .docx
import-corrupt = the file is damaged or not a complete .docx ({ $error }); open it in Word and save it again
import-budget = the file is refused: { $error }
import-too-many-entries = the package lists { $count } entries; a Word document has a few dozen (limit { $limit })
import-zip-bomb = part { $part } unpacks from { $packed } to { $unpacked } bytes or more: far more than a Word document's text (a zip bomb?)
import-not-word = the zip package holds no Word document (no word/document.xml); is it an Excel or PowerPoint file?
import-xml = { $part } inside the file is not well-formed XML ({ $detail }); open the document in Word and save it again
import-no-table = the document has no table whose header names a plan's columns (№, measure or work, deadline, responsible); qujat imports plans kept as a table
import-same-language = both documents ({ $first } and { $second }) are { $lang ->
        [kk] Kazakh
       *[ru] Russian
    }; give one Kazakh and one Russian document
import-too-many-documents = the files hold { $count } plan documents ({ $documents }); a plan has one Kazakh and one Russian
import-schedule-columns = the table has { $count } text columns ({ $headers }), a schedule has one; use --template action-plan
import-exists = { $path } already exists: import never overwrites a file; name another with -o
import-write = { $error }; nothing was written

## `qujat diff`: a line per change, then the summary

diff-item = item { $number }
diff-item-id = item { $number } `{ $id }`
diff-item-moved = item { $old } → { $new }
diff-item-moved-id = item { $old } → { $new } `{ $id }`
diff-item-new = item { $number } (new)
diff-item-new-id = item { $number } (new) `{ $id }`
diff-item-unknown = item
diff-cell = { $cell } { $langs }
diff-guess-similar = {" "}(matched by similarity { $percent }%: a guess)
diff-guess-position = {" "}(matched by position: a guess)
diff-nothing = {""}
diff-at = { $kind ->
        [section] section
        [note] note
       *[step] step
    } { $number }
diff-at-moved = { $kind ->
        [section] section
        [note] note
       *[step] step
    } { $old } → { $new }
diff-title = title: changed { $langs }
diff-unit = unit `{ $key }`: { $parts }
diff-unit-short = short name changed { $langs }
diff-unit-full = full name changed { $langs }
diff-legend = legend of abbreviations: changed { $langs }
diff-section-added = section { $section } (new): added, numbered { $number }
diff-section-removed = section { $section }: removed
diff-section-renamed = { $at }: renamed { $langs }{ $guess }
diff-item-added = { $item }: added in section { $section }, numbered { $number }
diff-item-removed = { $item }: removed
diff-item-moved-inside = { $item }: moved inside section { $section }, numbered { $number }{ $also }{ $guess }
diff-item-moved-between = { $item }: moved from section { $from } to section { $to }, numbered { $number }{ $also }{ $guess }
diff-also-changed = ; changed: { $cells }
diff-item-changed = { $item }: changed: { $cells }{ $guess }
diff-step-added = { $item }: step { $step } (new) added
diff-step-removed = { $item }: step { $step } removed
diff-step-changed = { $item }, { $at }: changed: { $cells }{ $guess }
diff-note-added = note { $note } (new): added
diff-note-removed = note { $note }: removed
diff-note-changed = { $at }: changed { $langs }{ $guess }
amend-no-changes = no changes: the two versions say the same; nothing written
diff-no-changes = no changes
diff-summary = { $changes ->
        [one] { $changes } change
       *[other] { $changes } changes
    }: { $added } added, { $removed } removed, { $changed } changed, { $moved } moved{ $guesses }
diff-guesses = ; { $count ->
        [one] { $count } element
       *[other] { $count } elements
    } matched by a guess, to confirm
diff-internal = internal error while loading { $path }
diff-different-templates = the plans use different templates (`{ $old }` and `{ $new }`): an amendment changes the rows of one kind of document; compare two versions of the same plan

## Progress and interruption

# The progress bar of a batch render: indicatif's template, its {"{"}…{"}"} fields kept as they are.
progress = {"{"}bar:40{"}"} {"{"}pos{"}"}/{"{"}len{"}"} plans {"{"}elapsed{"}"}
stopped-by = stopped by { $signal }
stopped-not-put-back = { $path }: not put back: { $left }
stopped-retry = { $path }: the next qujat run into this folder tries again
stopped-kept = { $path }: the new files were all in place and are kept
stopped-undone = { $path }: the unfinished write was undone; its files are as they were
stopped-nothing = { $path }: no write was left unfinished

## `qujat import`: what was read, guessed and different (the imported plan's YAML comments
## say these in English whatever the language of the run)

import-section-renumbered = table row { $row }: the section is numbered { $written }, qujat numbers it { $number }
import-text-joined = table row { $row }: a second text in the item's merged column was joined to it
import-step-merged = table row { $row }: its step cell is merged with the row above; the row was read as part of that step
import-after-table-dropped = after the table: «{ $text }» (a page number?) was left out
import-remark-in = { $origin } ({ $lang }): { $remark }
import-before-table-dropped = { $origin } ({ $lang }): before the table, «{ $line }» was not imported
import-templates-differ = the Kazakh table has the columns of a { $kk }, the Russian one of a { $ru }: imported as { $chosen }
import-date-styles = { $digits } dates are written in digits and { $words } in words; the plan prints them all one way (`dates:`)
import-annex-differs = the annex number: kk { $kk }, ru { $ru }; kept { $kk }
import-grif-kinds = the grifs are of different kinds (a body's decision in one language, an official's approval in the other); the Kazakh one was taken
import-no-grif = no approval grif (БЕКІТІЛДІ, УТВЕРЖДЕН, БЕКІТЕМІН, УТВЕРЖДАЮ) was found above the table
import-blank = blank
import-blank-year = blank, { $year }
import-none = none
import-protocol-differs = the protocol number: kk { $kk }, ru { $ru }
import-grif-date = the grif's date
import-value-differs = { $what }: kk { $kk }, ru { $ru }
import-sections-count = the tables have { $kk } sections in Kazakh and { $ru } in Russian: paired in order, the extra ones left without the other language
import-items-count = section at { $rows }: { $kk } items in Kazakh, { $ru } in Russian; paired in order
import-item-one-language = item { $number } ({ $rows }) is in one language only
import-subitems-count = item { $number } ({ $rows }): { $kk ->
        [one] { $kk } sub-item
       *[other] { $kk } sub-items
    } in Kazakh, { $ru } in Russian; paired in order, { $left ->
        [one] the one
       *[other] the ones
    } left over imported with the other language empty
import-row-one-language = item { $number }: the row at { $rows } has no row in the other language
import-responsible-count = { $rows }: { $kk } responsible in Kazakh («{ $kk_text }»), { $ru } in Russian («{ $ru_text }»): kept as text
import-rows = kk row { $kk }, ru row { $ru }
import-row-kk = kk row { $row }
import-row-ru = ru row { $row }
import-no-row = no row
import-row = row { $row }
import-deadlines-differ = { $rows }: the deadlines differ: kk «{ $kk }» ({ $kk_due }), ru «{ $ru }» ({ $ru_due }); kept as text
import-legend-unused = the { $lang } legend explains «{ $short }», which no row uses: kept as unit `{ $key }` (qujat's legend lists only the units rows use)
import-notes-count = the notes after the table: { $kk } paragraphs in Kazakh, { $ru } in Russian; paired in order
import-list = {" "}({ $items })
import-summary-head = imported { $sources } → { $path }
import-summary-template = template { $template }: columns { $columns }
import-summary-own-headers = column headers kept as the file words them (`headers:`): { $headers }
import-summary-dropped = columns not imported (the template has no place for them): { $columns }
import-summary-counts = { $sections } sections, { $items } items, { $steps } steps
import-summary-deadlines = deadlines: { $typed } typed, { $kept } kept as text{ $list }
import-summary-units = units: { $legend } from the legend{ $legend_list }, { $repeated } named more than once{ $repeated_list }; { $free } responsible kept as free text
import-summary-one-language = { $missing ->
        [kk] languages: ru only; the Kazakh texts are left empty (~) for you to write
       *[ru] languages: kk only; the Russian texts are left empty (~) for you to write
    }
import-summary-languages = languages: kk and ru, { $differences ->
        [one] { $differences } difference
       *[other] { $differences } differences
    }
import-summary-difference = difference: { $text }
import-summary-note = note: { $text }
import-summary-check-ok = qujat check: ok, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
import-summary-check-gaps = qujat check: { $gaps ->
        [one] { $gaps } error
       *[other] { $gaps } errors
    } at the gaps marked `~` (texts to write){ $others ->
        [0] {""}
        [one] {" "}and { $others } other
       *[other] {" "}and { $others } others
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
