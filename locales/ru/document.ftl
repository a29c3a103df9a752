# Fixed wording of the document around the table. Lines of a multi-line message are lines of
# the printed block; a line written __…__ is printed bold.

annex-label = Приложение { $number }

# Approval by a body's decision. $organization: the organisation's name; $body: the body in
# the genitive («Совета директоров»); $gender: the document noun's gender.
grif-decision =
    __{ $gender ->
        [feminine] УТВЕРЖДЕНА
        [neuter] УТВЕРЖДЕНО
        [plural] УТВЕРЖДЕНЫ
       *[masculine] УТВЕРЖДЕН
    }__
    решением { $body }
    { $organization }
# The protocol line; $known: both | date | number | none.
grif-protocol = { $known ->
    [both] (протокол от { $day } { $mdate } { $year } года № { $number })
    [date] (протокол от { $day } { $mdate } { $year } года № _____)
    [number] (протокол от «____» ____________ { $year } года № { $number })
   *[none] (протокол от «____» ____________ { $year } года № _____)
}

# Approval by one official.
grif-official =
    __УТВЕРЖДАЮ__
    { $position }
    ____________ { $name }
grif-official-date = { $known ->
    [yes] «{ $day }» { $mdate } { $year } г.
   *[no] «____» ____________ { $year } г.
}

# The period in the title comes after the title in Russian.
period-year = на { $year } год
period-years = на { $year }–{ $year2 } годы
period-range = на период с { $day } { $mdate } по { $day2 } { $mdate2 } { $year } года
period-range-years = на период с { $day } { $mdate } { $year } года по { $day2 } { $mdate2 } { $year2 } года
# A period of one day (`from` and `to` the same date).
period-day = на { $day } { $mdate } { $year } года
title-with-period = { $title } { $period }

col-number = № п/п
col-measure = Мероприятие
col-step = Наименование действия
col-work = Виды работ
col-deadline = Срок исполнения
col-responsible = Ответственный исполнитель
col-responsible-persons = Ответственные лица
col-result = Ожидаемый результат

section-title = { $number }. { $title }
item-number = { $number }.
continued = (продолжение)
page-number = { $page }

notes-heading = * Примечание:
legend-heading = Сокращения:
legend-entry = { $short } – { $full }

subject-action-plan = План мероприятий
subject-schedule = План-график работ
