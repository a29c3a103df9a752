#!/usr/bin/env python3
"""Writes the bad and odd plans of tests/plans/ from one good base plan, one change each.
Run from tests/plans/; the files are committed, so this only documents how they were made."""
import os
BASE = """qujat: 1
template: action-plan
organization:
  name: {kk: «Үлгі» АҚ, ru: АО «Образец»}
  short: {kk: Қоғам, ru: Общество}
approval: {by: decision, body: {kk: Басқарманың, ru: Правления}, date: null, year: 2027, protocol: null}
title: {kk: Іс-шаралар жоспары, ru: План мероприятий}
units:
  hr: {kk: [ПБД, персоналды басқару департаменті], ru: [ДУП, департамент управления персоналом]}
sections:
  - title: {kk: Оқыту, ru: Обучение}
    items:
      - text: {kk: Қызметкерлерді оқыту, ru: Обучение работников}
        result: {kk: Сауаттылықты арттыру, ru: Повышение грамотности}
        steps:
          - text: {kk: Оқу жоспарын әзірлеу, ru: Разработка плана обучения}
            due: {by: 2027-03-01}
            responsible: [hr]
"""
def sub(old, new, base=BASE):
    assert old in base, old
    return base.replace(old, new, 1)
cases = {
 "syntax-unclosed-flow": sub("title: {kk: Іс-шаралар жоспары, ru: План мероприятий}", "title: {kk: Іс-шаралар жоспары, ru: План мероприятий"),
 "syntax-bad-indentation": sub("  short: {kk: Қоғам, ru: Общество}", "   short: {kk: Қоғам, ru: Общество}"),
 "syntax-tab-indentation": sub("  short: {kk: Қоғам, ru: Общество}", "\tshort: {kk: Қоғам, ru: Общество}"),
 "syntax-duplicate-key": sub("title: {kk: Іс-шаралар жоспары, ru: План мероприятий}", "title: {kk: Іс-шаралар жоспары, ru: План мероприятий}\ntitle: {kk: Жоспар, ru: План}"),
 "unknown-field-top": sub("title:", "titel:"),
 "unknown-field-step": sub("            responsible: [hr]", "            responsibel: [hr]"),
 "unknown-fields-several": sub("annex", "annex", sub("units:", "unit:", sub("title:", "titel:"))) if False else sub("        result:", "        reslt:", sub("title:", "titel:")),
 "wrong-type-sections": sub("sections:\n  - title: {kk: Оқыту, ru: Обучение}", "sections: Оқыту\nx:\n  - title: {kk: Оқыту, ru: Обучение}"),
 "wrong-type-title-list": sub("title: {kk: Іс-шаралар жоспары, ru: План мероприятий}", "title: [Іс-шаралар жоспары, План мероприятий]"),
 "wrong-type-annex-list": sub("title:", "annex: [4]\ntitle:"),
 "missing-kk": sub("title: {kk: Іс-шаралар жоспары, ru: План мероприятий}", "title: {ru: План мероприятий}"),
 "missing-ru-null": sub("          - text: {kk: Оқу жоспарын әзірлеу, ru: Разработка плана обучения}", "          - text: {kk: Оқу жоспарын әзірлеу, ru: }"),
 "unknown-language": sub("title: {kk: Іс-шаралар жоспары, ru: План мероприятий}", "title: {kk: Іс-шаралар жоспары, en: Action plan}"),
 "impossible-date": sub("due: {by: 2027-03-01}", "due: {by: 2022-02-30}"),
 "impossible-month": sub("due: {by: 2027-03-01}", "due: {month: 2027-13}"),
 "bad-date-format": sub("due: {by: 2027-03-01}", "due: {by: 01.03.2027}"),
 "range-ends-before-start": sub("due: {by: 2027-03-01}", "due: {from: 2022-05-31, to: 2022-04-15}"),
 "between-ends-before-start": sub("due: {by: 2027-03-01}", "due: {between: 2026-05-26, and: 2026-04-13}"),
 "months-out-of-order": sub("due: {by: 2027-03-01}", "due: {months: [2022-05, 2022-04]}"),
 "quarter-out-of-range": sub("due: {by: 2027-03-01}", "due: {quarter: 5, year: 2027}"),
 "every-day-out-of-range": sub("due: {by: 2027-03-01}", "due: {every: quarter, day: 40}"),
 "deadline-unknown-combination": sub("due: {by: 2027-03-01}", "due: {by: 2027-03-01, on: 2027-03-02}"),
 "deadline-unknown-word": sub("due: {by: 2027-03-01}", "due: ongoin"),
 "unknown-unit": sub("responsible: [hr]", "responsible: [hrr]"),
 "empty-responsible": sub("responsible: [hr]", "responsible: []"),
 "no-glyph": sub("Оқу жоспарын әзірлеу", "Оқу жоспарын әзірлеу \u0D85"),
 "empty-section": sub("""    items:
      - text: {kk: Қызметкерлерді оқыту, ru: Обучение работников}
        result: {kk: Сауаттылықты арттыру, ru: Повышение грамотности}
        steps:
          - text: {kk: Оқу жоспарын әзірлеу, ru: Разработка плана обучения}
            due: {by: 2027-03-01}
            responsible: [hr]
""", "    items: []\n"),
 "no-sections": BASE[:BASE.index("sections:")] + "sections: []\n",
 "missing-version": sub("qujat: 1\n", ""),
 "unsupported-version": sub("qujat: 1", "qujat: 2"),
 "unknown-template": sub("template: action-plan", "template: action_plan"),
 "missing-template-file": sub("template: action-plan", "template: no-such-template.yaml"),
 "steps-and-due": sub("        steps:", "        due: ongoing\n        steps:"),
 "unknown-approval-kind": sub("by: decision", "by: board"),
 "grif-without-year": sub(", year: 2027", ""),
 "grif-year-mismatch": sub("date: null, year: 2027", "date: 2026-06-10, year: 2027"),
 "empty-text": sub("title: {kk: Іс-шаралар жоспары, ru: План мероприятий}", "title: \"  \""),
 "item-without-text": sub("      - text: {kk: Қызметкерлерді оқыту, ru: Обучение работников}\n        result:", "      - result:"),
 "several-problems-at-once": sub("responsible: [hr]", "responsible: [hrr]", sub("due: {by: 2027-03-01}", "due: {by: 2022-02-30}", sub("title: {kk: Іс-шаралар жоспары, ru: План мероприятий}", "title: {kk: Іс-шаралар жоспары}"))),
 "empty-file": "",
 "not-a-mapping": "- just\n- a list\n",
 "alias-bomb": 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n',
}

# Strict values, empty texts, slips and library errors in the user's words (issue 13).
DUE = "due: {by: 2027-03-01}"
STEP = "          - text: {kk: Оқу жоспарын әзірлеу, ru: Разработка плана обучения}"
APPROVAL = "approval: {by: decision, body: {kk: Басқарманың, ru: Правления}, date: null, year: 2027, protocol: null}"
TITLE = "title: {kk: Іс-шаралар жоспары, ru: План мероприятий}"
ITEM = """      - text: {kk: Қызметкерлерді оқыту, ru: Обучение работников}
        result: {kk: Сауаттылықты арттыру, ru: Повышение грамотности}
        steps:
          - text: {kk: Оқу жоспарын әзірлеу, ru: Разработка плана обучения}
            due: {by: 2027-03-01}
            responsible: [hr]
"""
cases.update({
 "date-unpadded": sub(DUE, "due: {by: 2027-4-16}"),
 "date-signs": sub(DUE, "due: {by: +022-+4-+1}"),
 "date-year-zero": sub(DUE, "due: {by: 0000-01-01}"),
 "month-signed": sub(DUE, "due: {month: 2027-+3}"),
 "grif-dated-1800": sub(APPROVAL, "approval: {by: decision, body: {kk: Басқарманың, ru: Правления}, date: 1800-06-10, protocol: null}"),
 "period-year-2200": sub(TITLE, TITLE + "\nperiod: {year: 2200}"),
 "months-six-years": sub(DUE, "due: {months: [2022-04, 2027-05]}"),
 "period-year-and-years": sub(TITLE, TITLE + "\nperiod: {year: 2027, years: [2027, 2028]}"),
 "annex-negative": sub(TITLE, "annex: -3\n" + TITLE),
 "annex-zero": sub(TITLE, "annex: 0\n" + TITLE),
 "annex-fraction": sub(TITLE, "annex: 4.5\n" + TITLE),
 "annex-29-digits": sub(TITLE, "annex: 12345678901234567890123456789\n" + TITLE),
 "no-glyph-protocol": sub("protocol: null", "protocol: \"5\u263a\u2654\""),
 "no-glyph-unit": sub("ru: [ДУП, департамент управления персоналом]", "ru: [ДУП, департамент \U0001F600 управления персоналом]"),
 "invisible-undrawable": sub("ru: Разработка плана обучения", "ru: Разработка\u2060 плана обучения"),
 "invisible-only": sub(TITLE, "title: {kk: \"\u200b\u200b\", ru: План мероприятий}"),
 "markup-only": sub(TITLE, "title: {kk: \"****\", ru: План мероприятий}"),
 "empty-bullet": sub("result: {kk: Сауаттылықты арттыру, ru: Повышение грамотности}", "result: {kk: Сауаттылықты арттыру, ru: \"- \"}"),
 "steps-commented-out": sub(ITEM, ITEM.replace("""        steps:
          - text: {kk: Оқу жоспарын әзірлеу, ru: Разработка плана обучения}
            due: {by: 2027-03-01}
            responsible: [hr]
""", """        steps:
          # - text: {kk: Оқу жоспарын әзірлеу, ru: Разработка плана обучения}
          #   due: {by: 2027-03-01}
          #   responsible: [hr]
""") + ITEM.replace("Қызметкерлерді оқыту", "Басшыларды оқыту").replace("Обучение работников", "Обучение руководителей")),
 "duplicate-id": sub(ITEM, ITEM.replace("      - text:", "      - id: training\n        text:", 1) + ITEM.replace("      - text:", "      - id: training\n        text:", 1).replace("Оқу жоспарын", "Семинар жоспарын").replace("Разработка плана", "Разработка программы")),
 "unit-keys-collide": sub("units:\n", "units:\n  1: {kk: бірінші бөлім, ru: первый отдел}\n  \"1\": {kk: екінші бөлім, ru: второй отдел}\n"),
 "comma-in-flow-pair": sub(STEP, "          - text: {kk: Хабарламаларды талдау, ru: Анализ сообщений, поступивших на телефон доверия}"),
 "comma-in-unit-form": sub("ru: [ДУП, департамент управления персоналом]", "ru: [ДУП, департамент управления, персоналом]"),
 "result-in-schedule": sub("template: action-plan", "template: schedule"),
 "multiple-documents": BASE + "---\nqujat: 1\n",
 "recursive-alias": sub(TITLE, "notes: &n [*n]\n" + TITLE),
 "binary-tag": sub(TITLE, "title: {kk: !!binary /w==, ru: План мероприятий}"),
 "int-tag": sub("annex", "annex", sub(TITLE, "annex: !!int four\n" + TITLE)),
 "nan-value": sub(TITLE, "annex: .nan\n" + TITLE),
 "template-bad-numbers": sub("template: action-plan", "template: ../templates/bad-numbers.yaml"),
 "template-no-text-column": sub("template: action-plan", "template: ../templates/no-text-column.yaml"),
 "template-no-languages": sub("template: action-plan", "template: ../templates/no-languages.yaml"),
 "template-duplicate-language": sub("template: action-plan", "template: ../templates/duplicate-language.yaml"),
 "template-one-language": sub("template: action-plan", "template: ../templates/one-language.yaml"),
 "template-unknown-field": sub("template: action-plan", "template: ../templates/unknown-field.yaml"),
 "template-with-plan-errors": sub(DUE, "due: {by: 2027-02-30}", sub("template: action-plan", "template: ../templates/bad-numbers.yaml")),
 "unknown-template-with-plan-errors": sub(DUE, "due: {by: 2027-02-30}", sub("template: action-plan", "template: action_plan")),
})
for name, text in cases.items():
    open(f"invalid/{name}.yaml", "w").write(text)
open("invalid/not-utf8.yaml","wb").write(BASE.encode()[:60] + b"\xff\xfe broken\n")
open("invalid/binary-garbage.yaml","wb").write(bytes(range(256))*4)

# Template files the plans above name (templates/: not plans, so not in the catalogue lists).
# A frozen copy of templates/action-plan.yaml as it was when these cases were written, so that
# a change of the built-in template does not move the lines the tests expect.
TEMPLATE = """# Action plan: six columns, landscape, as in the anti-corruption plans of quasi-state companies.
name: action-plan
subject: subject-action-plan        # message id of the document's subject (metadata)
gender: masculine                   # «план» → УТВЕРЖДЕН
grif: decision                      # the usual grif kind of this kind of plan
dates: words
languages: [kk, ru]                 # order in a combined document
number-sections: true
page:
  size: [297, 210]                  # A4 landscape, millimetres: width, height
  orientation: landscape
  margins: {top: 20, bottom: 15, left: 20, right: 15}
  page-numbers: footer
fonts:                              # points
  text: 12
  title: 14
  grif: 12
  table: 11
  notes: 11
grif-width: 0.36                    # share of the text width taken by the grif block
columns:                            # width: share of the table width
  - {field: number, width: 5, header: col-number}
  - {field: item, width: 21, header: col-measure}
  - {field: step, width: 25, header: col-step}
  - {field: deadline, width: 16, header: col-deadline}
  - {field: responsible, width: 15, header: col-responsible}
  - {field: result, width: 18, header: col-result}
"""
def tsub(old, new, base=TEMPLATE):
    assert old in base, old
    return base.replace(old, new, 1)
templates = {
 "bad-numbers": tsub("margins: {top: 20, bottom: 15, left: 20, right: 15}", "margins: {top: .nan, bottom: 15, left: -20, right: 15}",
     tsub("  text: 12", "  text: 400", tsub("width: 25, header: col-step", "width: .inf, header: col-step",
     tsub("grif-width: 0.36", "grif-width: 2")))),
 "no-text-column": tsub("""  - {field: item, width: 21, header: col-measure}
  - {field: step, width: 25, header: col-step}
""", ""),
 "no-languages": tsub("languages: [kk, ru]", "languages: []"),
 "duplicate-language": tsub("languages: [kk, ru]", "languages: [kk, ru, kk]"),
 "one-language": tsub("languages: [kk, ru]", "languages: [kk]"),
 "unknown-field": tsub("grif-width:", "grif-widht:"),
}
os.makedirs("templates", exist_ok=True)
for name, text in templates.items():
    open(f"templates/{name}.yaml", "w").write(text)
warn = {
 "same-text": sub("title: {kk: Іс-шаралар жоспары, ru: План мероприятий}", "title: {kk: План мероприятий, ru: План мероприятий}"),
 "kk-looks-russian": sub("{kk: Оқыту, ru: Обучение}", "{kk: Осуществление анализа коррупционных рисков, ru: Обучение}"),
 "ru-has-kazakh": sub("ru: Обучение работников", "ru: Өзара обучение работников"),
 "doubled-phrase": sub("ru: План мероприятий}", "ru: План мероприятий в деятельности в деятельности Общества}"),
 "repeated-step": BASE + """      - text: {kk: Басшыларды оқыту, ru: Обучение руководителей}
        result: {kk: Сауаттылықты арттыру, ru: Повышение грамотности}
        steps:
          - text: {kk: Оқу жоспарын әзірлеу, ru: Разработка плана обучения}
            due: {by: 2027-04-01}
            responsible: [hr]
""",
 "bom-crlf-tabs": "\ufeff" + sub("Оқу жоспарын әзірлеу", "Оқу жоспарын\tәзірлеу").replace("\n", "\r\n"),
}

warn.update({
 # Markup outside the documented subset is printed as typed: not an error, not a warning.
 "verbatim-markup": sub(STEP, """          - text:
              kk: "Оқу `код` &#x1F600; &#0; &amp; [сілтеме](http://x.kz) ![сурет](a.png) <b>жуан</b> _а_"
              ru: |
                # Заголовок
                > цитата
                1. пункт
                ---
                Текст <i>курсив</i> `код`""")
 ,
 # A range of one day is printed as that day.
 "one-day-range": sub(DUE, "due: {from: 2027-04-13, to: 2027-04-13}", sub(TITLE, TITLE + "\nperiod: {from: 2027-04-13, to: 2027-04-13}")),
 "invisible-drawable": sub("ru: Разработка плана обучения", "ru: Разработка\u200b плана обучения"),
})
for name, text in warn.items():
    open(f"warnings/{name}.yaml", "w", newline="").write(text)

# Column headers in the organisation's own words (issue 12): a template's header as a text
# pair, a plan's `headers:` over the template's, each checked as every text is.
# Frozen, as TEMPLATE is: templates/action-plan.yaml when these cases were written.
HEADER_TEMPLATE = """# Action plan: six columns, landscape, as in the anti-corruption plans of quasi-state companies.
name: action-plan
subject: subject-action-plan        # message id of the document's subject (metadata)
gender: masculine                   # «план» → УТВЕРЖДЕН
grif: decision                      # the usual grif kind of this kind of plan
dates: words
languages: [kk, ru]                 # order in a combined document
number-sections: true
page:
  size: [297, 210]                  # A4 landscape, millimetres: width, height
  orientation: landscape
  margins: {top: 20, bottom: 20, left: 20, right: 15}   # GOST R 7.0.97: 20 mm at least top and bottom
  page-numbers: header              # centred in the top margin (GOST R 7.0.97)…
  page-numbers-from: 2              # …from page 2 on
fonts:                              # points
  text: 12
  title: 14
  grif: 12
  table: 11
  notes: 11
grif-width: 0.36                    # share of the text width taken by the grif block
columns:                            # width: share of the table width
  - {field: number, width: 6, header: col-number}     # «№ п/п» on one line
  - {field: item, width: 21, header: col-measure}
  - {field: step, width: 24, header: col-step}
  - {field: deadline, width: 16, header: col-deadline}
  - {field: responsible, width: 15, header: col-responsible}
  - {field: result, width: 18, header: col-result}
"""
def hsub(old, new):
    return tsub(old, new, HEADER_TEMPLATE)
DEADLINE_HEADER = "header: col-deadline}"
templates.update({
 "header-pairs": hsub("header: col-number}", "header: {kk: р/б №, ru: № п/п}}").replace(DEADLINE_HEADER, "header: {kk: Орындалу мерзімі, ru: Сроки исполнения}}").replace(
     "  - {field: result, width: 18, header: col-result}", "  - field: result\n    width: 18\n    header:\n      kk: Күтілетін нәтиже, аяқтау нысаны\n      ru: Ожидаемый результат, форма завершения"),
 "header-invisible": hsub(DEADLINE_HEADER, "header: {kk: Орындалу\u200b мерзімі, ru: Сроки исполнения}}"),
 "header-missing-ru": hsub(DEADLINE_HEADER, "header: {kk: Орындалу мерзімі}}"),
 "header-comma": hsub(DEADLINE_HEADER, "header: {kk: Орындалу мерзімі, ru: Сроки, исполнения}}"),
 "header-invisible-only": hsub(DEADLINE_HEADER, "header: {kk: \"\u200b\", ru: Сроки исполнения}}"),
 "header-no-glyph": hsub(DEADLINE_HEADER, "header: {kk: Орындалу мерзімі \u231b, ru: Сроки исполнения}}"),
 "header-list": hsub(DEADLINE_HEADER, "header: [Орындалу мерзімі, Сроки исполнения]}"),
})
for name in ["header-pairs", "header-invisible", "header-missing-ru", "header-comma", "header-invisible-only", "header-no-glyph", "header-list"]:
    open(f"templates/{name}.yaml", "w").write(templates[name])
def uses(template):
    return sub("template: action-plan", f"template: ../templates/{template}.yaml")
HEADERS = TITLE + "\nheaders:\n"
headers_invalid = {
 "template-header-missing-ru": uses("header-missing-ru"),
 "template-header-comma": uses("header-comma"),
 "template-header-invisible-only": uses("header-invisible-only"),
 "template-header-no-glyph": uses("header-no-glyph"),
 "template-header-list": uses("header-list"),
 "headers-unknown-column": sub(TITLE, HEADERS + "  work: {kk: Жұмыс түрі, ru: Виды работ}"),
 "headers-unknown-field": sub(TITLE, HEADERS + "  dedline: {kk: Орындалу мерзімі, ru: Сроки исполнения}"),
 "headers-comma-in-pair": sub(TITLE, HEADERS + "  deadline: {kk: Орындалу мерзімі, ru: Сроки, исполнения}"),
 "headers-invisible-only": sub(TITLE, HEADERS + "  number: {kk: \"\u2060\", ru: № п/п}"),
}
for name, text in headers_invalid.items():
    open(f"invalid/{name}.yaml", "w").write(text)
headers_warn = {
 # A template's header pairs and a plan's own header over one of them.
 "template-header-pairs": sub(TITLE, HEADERS + "  step: {kk: Қадамы, ru: Шаг}", uses("header-pairs")),
 "template-header-invisible": uses("header-invisible"),
 "headers-own-words": sub(TITLE, HEADERS + "  number: р/б №\n  deadline:\n    kk: Орындалу мерзімі\n    ru: Сроки исполнения"),
}
for name, text in headers_warn.items():
    open(f"warnings/{name}.yaml", "w", newline="").write(text)
