# Fixed wording of the document around the table. Lines of a multi-line message are lines of
# the printed block; a line written __…__ is printed bold.

annex-label = { $number }-қосымша

# Approval by a body's decision. $organization: the organisation's name; $body: the body in
# the genitive («директорлар кеңесінің»).
grif-decision =
    { $organization } { $body }
    шешімімен
    __БЕКІТІЛДІ__
# The protocol line; $known: both | date | number | none. Kazakh puts the year first: «2022
# жылғы 10 маусымдағы № 5 хаттама». While the date is not known, its blanks stand where the day
# and month go, after «… жылғы», as in the usual blank «20__ жылғы «___» ______ № ___», so the
# year never reads as qualifying the protocol («2025 жылғы № 14 хаттама»). With neither known,
# the seed plan's own form: the date on a line of its own, «жыл» in the nominative.
grif-protocol = { $known ->
    [both] { $year } жылғы { $day } { KK_DATED($mdate) } № { $number } хаттама
    [date] { $year } жылғы { $day } { KK_DATED($mdate) } №_____ хаттама
    [number] { $year } жылғы «____» ____________ № { $number } хаттама
   *[none] «____» ________ { $year } жыл
        хаттама №_____
}

# Approval by one official.
grif-official =
    __БЕКІТЕМІН__
    { $position }
    ____________ { $name }
grif-official-date = { $known ->
    [yes] { $year } жылғы «{ $day }» { $mdate }
   *[no] «____» ____________ { $year } ж.
}

# The period in the title comes before the title in Kazakh, so it qualifies the title's noun
# («… жоспары», «… кестесі») and takes the attributive form, «… арналған» («for …») in every
# kind, as Russian says «на …»: the adverbial «… аралығында» would need a verb to attach to.
period-year = { $year } жылға арналған
period-years = { $year }–{ $year2 } жылдарға арналған
period-range = { $year } жылғы { $day } { $mdate } { KK_AND($mdate) } { $day2 } { $mdate2 } аралығына арналған
period-range-years = { $year } жылғы { $day } { $mdate } { KK_AND($mdate) } { $year2 } жылғы { $day2 } { $mdate2 } аралығына арналған
# A period of one day (`from` and `to` the same date).
period-day = { $year } жылғы { $day } { KK_DATIVE($mdate) } арналған
title-with-period = { $period } { $title }

col-number = р/с №
col-measure = Жоспар
col-step = Іс-шараның атауы
col-work = Жұмыс түрі
col-deadline = Орындау мерзімі
col-responsible = Жауапты қызметкер
col-responsible-persons = Жауапты тұлғалар
col-result = Күтілетін нәтиже

section-title = { $number }. { $title }
item-number = { $number }.
continued = (жалғасы)
page-number = { $page }

notes-heading = * Ескертпе:
legend-heading = Қысқартулар:
legend-entry = { $short } – { $full }

subject-action-plan = Іс-шаралар жоспары
subject-schedule = Жұмыс кестесі
