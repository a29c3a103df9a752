# The changes to a plan that a board approves («Изменения и дополнения в План …»): the
# document's title and the legal drafting formulas of its numbered instructions.
#
# Check: the row, section and title formulas are those in use in acts amending action plans
# (shared/reference/amendments.md); the notes, legend and "text unchanged" wordings follow the
# same pattern and are defaults a lawyer should confirm. Change them here: the program only
# fills in the numbers and the quoted words.
#
# $number: a row number of the plan being amended («5», or «14-1» for a row added after row 14);
# $section: a section's number in that plan; $old, $new: quoted words; $old-n, $new-n: one | many
# (how many words are quoted).

# The title: the plan's own title after «в». $kind: both | changes | additions.
amend-title = { $kind ->
    [changes] Изменения в { $title }
    [additions] Дополнения в { $title }
   *[both] Изменения и дополнения в { $title }
}

# The number of an instruction, and what ends it: «;», or «.» after the last one.
amend-number = { $number })
amend-end-next = ;
amend-end-last = .

amend-row-replaced = строку, порядковый номер { $number }, изложить в следующей редакции:
amend-row-added = дополнить строкой, порядковый номер { $number }, следующего содержания:
# A row added at the start of a section, after the last row of the section before it.
amend-row-added-in-section = раздел { $section } дополнить строкой, порядковый номер { $number }, следующего содержания:
amend-row-removed = строку, порядковый номер { $number }, исключить
amend-row-words = в строке, порядковый номер { $number }, { $old-n ->
        [one] слово
       *[many] слова
    } «{ $old }» заменить { $new-n ->
        [one] словом
       *[many] словами
    } «{ $new }»
# Only the other language's text of the row changes.
amend-row-unchanged = в строке, порядковый номер { $number }, текст на русском языке не изменяется

amend-section-renamed = заголовок раздела { $section } изложить в следующей редакции:
# $number: 2-1 for a section added after section 2.
amend-section-added = дополнить разделом { $number } следующего содержания:
amend-section-removed = раздел { $section } исключить
amend-section-unchanged = в заголовке раздела { $section } текст на русском языке не изменяется

amend-title-replaced = заголовок изложить в следующей редакции:
amend-title-unchanged = в заголовке текст на русском языке не изменяется

# A unit's short name, wherever the table and the legend print it.
amend-everywhere-words = по всему тексту { $old-n ->
        [one] слово
       *[many] слова
    } «{ $old }» заменить { $new-n ->
        [one] словом
       *[many] словами
    } «{ $new }»
amend-everywhere-unchanged = по всему тексту текст на русском языке не изменяется

# The legend of abbreviations after the table («Сокращения:»).
amend-legend-replaced = сокращения изложить в следующей редакции:
amend-legend-added = дополнить сокращениями следующего содержания:
amend-legend-removed = сокращения исключить
amend-legend-words = в сокращениях { $old-n ->
        [one] слово
       *[many] слова
    } «{ $old }» заменить { $new-n ->
        [one] словом
       *[many] словами
    } «{ $new }»
amend-legend-unchanged = в сокращениях текст на русском языке не изменяется

amend-notes-replaced = примечание изложить в следующей редакции:
amend-notes-added = дополнить примечанием следующего содержания:
amend-notes-removed = примечание исключить
amend-notes-unchanged = в примечании текст на русском языке не изменяется

# The comparative table («Сравнительная таблица») that goes with the changes to the board: one
# row per instruction. Check: the column names are those in use (shared/reference/amendments.md);
# the element names follow the formulas above.
compare-title = Сравнительная таблица
compare-col-number = №
compare-col-element = Структурный элемент
compare-col-current = Действующая редакция
compare-col-proposed = Предлагаемая редакция
compare-col-justification = Обоснование
# The structural element: $number as in the formulas («5», «14-1»); $section a section's number.
compare-row = строка, порядковый номер { $number }
compare-section = заголовок раздела { $section }
compare-section-whole = раздел { $section }
compare-title-element = заголовок
compare-everywhere = по всему тексту
compare-notes = примечание
compare-legend = сокращения
# The proposed wording where only the other language's text changes.
compare-unchanged = Текст на русском языке не изменяется.
# The wording of an element the plan in force does not have, and of one the new version drops.
compare-absent = Отсутствует.
compare-removed = Исключить.
