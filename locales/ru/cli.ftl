# Сообщения программы qujat (диагностика, подсказки, итоги), не документов.
# Те же идентификаторы с теми же переменными, что в locales/{en,kk,ru}/cli.ftl (tests/ui_lang.rs).
# Коды вида [impossible-date] печатает программа; здесь они не пишутся.
# Аргумент-сообщение приносит свои атрибуты: $context-in — атрибут .in сообщения в $context.

## Что найдено (после «найдено:»)

found-mapping = набор полей
found-list = список
found-text = текст «{ $text }»
found-number = число { $number }
found-bool = `{ $value }`
found-null = пустое значение (null)
found-verbatim = `{ $value }`
found-entries = { $count } { $count ->
        [one] элемент
        [few] элемента
       *[many] элементов
    }
found-unreadable-header = заголовок, который qujat не может прочитать
found-unreadable-value = значение, которое qujat не может прочитать
# Слова библиотеки serde о найденном и ожидаемом (`string "x"`, `a sequence`): по-английски.
serde-found = { $what }
serde-expected = { $what }

## Часть плана: .in — «в …»

ctx-plan = план
    .in = в плане
ctx-organization = блок `organization`
    .in = в блоке `organization`
ctx-approval = гриф `approval`
    .in = в грифе `approval`
ctx-headers = блок `headers`
    .in = в блоке `headers`
ctx-unit = подразделение
    .in = в описании подразделения
ctx-section = раздел
    .in = в разделе
ctx-item = пункт
    .in = в пункте
ctx-step = действие
    .in = в действии
ctx-deadline = срок
    .in = в сроке
ctx-period = период `period`
    .in = в периоде `period`
ctx-amendment = блок изменений `amendment`
    .in = в блоке изменений `amendment`
ctx-text-pair = пара текстов
    .in = в паре текстов

## Какой текст: .in — «в …», .of — родительный падеж

what-title = заголовок
    .in = в заголовке
    .of = заголовка
what-note = примечание
    .in = в примечании
    .of = примечания
what-organization-name = наименование организации
    .in = в наименовании организации
    .of = наименования организации
what-organization-short = краткое наименование
    .in = в кратком наименовании
    .of = краткого наименования
what-body = утверждающий орган
    .in = в названии утверждающего органа
    .of = утверждающего органа
what-protocol = номер протокола
    .in = в номере протокола
    .of = номера протокола
what-position = должность
    .in = в должности
    .of = должности
what-official-name = имя
    .in = в имени
    .of = имени
what-header = заголовок графы `{ $column }`
    .in = в заголовке графы `{ $column }`
    .of = заголовка графы `{ $column }`
what-unit = подразделение
    .in = в названии подразделения
    .of = названия подразделения
what-unit-short = краткое наименование подразделения
    .in = в кратком наименовании подразделения
    .of = краткого наименования подразделения
what-unit-full = полное наименование подразделения
    .in = в полном наименовании подразделения
    .of = полного наименования подразделения
what-responsible = ответственный
    .in = в указании ответственного
    .of = ответственного
what-section-title = заголовок раздела
    .in = в заголовке раздела
    .of = заголовка раздела
what-item-text = текст пункта
    .in = в тексте пункта
    .of = текста пункта
what-result = ожидаемый результат
    .in = в ожидаемом результате
    .of = ожидаемого результата
what-step-text = текст действия
    .in = в тексте действия
    .of = текста действия
what-deadline-text = текст срока
    .in = в тексте срока
    .of = текста срока
what-field = поле `{ $field }`
    .in = в поле `{ $field }`
    .of = поля `{ $field }`
what-justification = обоснование для `{ $id }`
    .in = в обосновании для `{ $id }`
    .of = обоснования для `{ $id }`

## Поля и типы

wrong-type = { $expected }; найдено: { $found }
expected-mapping = { $context }: ожидается набор полей вида `поле: значение`
help-mapping = Запишите под ним строки `поле: значение` с отступом.
field-name-not-text = имя поля { $context-in } должно быть текстом; найдено: { $found }
help-use-one-of = Используйте одно из полей: { $valid }.
unknown-field = неизвестное поле `{ $name }` { $context-in }
did-you-mean-field = Возможно, имелось в виду `{ $near }`? Допустимые поля: { $valid }.
help-valid-fields = Допустимые поля: { $valid }.
missing-field = { $context-in } нет поля `{ $name }`
expected-list = `{ $field }`: ожидается список
help-list = Запишите каждый элемент с новой строки, начиная с `- `.

## Верхний уровень плана

help-add-version = Начните файл строкой `qujat: 1` — это версия формата.
unsupported-version = неподдерживаемая версия формата: { $found }
help-unsupported-version = Эта версия qujat читает формат версии 1: укажите `qujat: 1`.
help-add-template = Добавьте `template: action-plan` или `template: schedule`.
expected-template = `template`: ожидается имя шаблона или путь к файлу
help-template = Укажите `action-plan`, `schedule` или путь к файлу, например `my-template.yaml`.
help-add-approval = Добавьте гриф `approval:`: `by: decision` (решение органа) или `by: official` (утверждает должностное лицо).
help-add-title = Добавьте `title: {"{"}kk: …, ru: …{"}"}`.
help-add-sections = Добавьте `sections:` хотя бы с одним разделом и его пунктами.
help-add-organization = Добавьте `organization:` с полями `name:` и `short:`.
help-add-organization-name = Укажите полное наименование организации: `name: {"{"}kk: …, ru: …{"}"}`.
help-add-organization-short = Укажите краткое наименование, которое используется в тексте: `short: {"{"}kk: Қоғам, ru: Общество{"}"}`.

## Отдельные значения

bad-annex = `annex` — номер приложения, целое число от 1 до 999; найдено: { $found }
help-bad-annex = Укажите только число, например `annex: 4` для «4-қосымша» / «Приложение 4», или удалите строку.
expected-gender = `gender`: ожидается слово
help-gender = Укажите masculine, feminine, neuter или plural.
unknown-gender = неизвестный род `{ $name }`
did-you-mean-gender = Возможно, имелось в виду `{ $near }`? Укажите masculine (план), feminine, neuter или plural.
help-unknown-gender = Укажите masculine (план), feminine, neuter или plural.
unknown-date-style = неизвестный способ записи дат: { $found }
help-date-style = Укажите `dates: words` (30 марта 2026 года) или `dates: numeric` (30.03.2026).
bad-id = идентификатор пункта должен быть словом латиницей; найдено: { $found }
help-bad-id = Используйте латинские буквы, цифры и дефисы, например `id: risk-analysis`.
expected-date = ожидается дата в виде ГГГГ-ММ-ДД
help-date = Записывайте даты так: 2022-04-16.
bad-date = `{ $text }` — не дата в виде ГГГГ-ММ-ДД
help-date-digits = Запишите год четырьмя цифрами, месяц и день — двумя: { $date }.
help-date-form = Записывайте даты так: 2022-04-16 (год, месяц, день).
impossible-date = даты { $date } не существует
help-month-days = Проверьте день и месяц: в { $month ->
        [1] январе
        [2] феврале
        [3] марте
        [4] апреле
        [5] мае
        [6] июне
        [7] июле
        [8] августе
        [9] сентябре
        [10] октябре
        [11] ноябре
       *[12] декабре
    } { $year } года { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    }.
help-impossible-month-day = Проверьте день и месяц: месяцы нумеруются от 01 до 12.
bad-month = { $found } — не месяц в виде ГГГГ-ММ
help-month-digits = Запишите год четырьмя цифрами, месяц — двумя: { $month }.
help-month-form = Записывайте месяц так: 2022-11 (год, месяц).
impossible-month = месяца { $month } не существует
help-impossible-month = Месяцы нумеруются от 01 до 12: укажите, например, 2022-11.
bad-year = ожидается год; найдено: { $found }
help-bad-year = Укажите год четырьмя цифрами, например 2022.
year-out-of-range = год { $year } выходит за пределы допустимых в плане лет ({ $first }–{ $last })
help-year-out-of-range = Проверьте год: qujat принимает годы с { $first } по { $last }.
range-order = период заканчивается ({ $to }) раньше, чем начинается ({ $from })
help-range-order = Поменяйте даты местами или исправьте неверную.

## Тексты

expected-text = { $what }: ожидается текст
help-pair = Запишите текст парой {"{"}kk: …, ru: …{"}"} или один раз простой строкой, если он одинаков на обоих языках (имя собственное).
unknown-language = неизвестный язык `{ $name }` { $what-in }
did-you-mean-language = Возможно, имелось в виду `{ $near }`? У текста ровно два языка: `kk` (казахский) и `ru` (русский).
help-two-languages = У текста ровно два языка: `kk` (казахский) и `ru` (русский).
empty-translation = { $what-in } пустой текст `{ $lang }`
help-empty-translation = Напишите текст на { $lang ->
        [kk] казахском
       *[ru] русском
    } языке: он нужен обоим документам.
expected-translation = { $what }: значение `{ $lang }` должно быть текстом
help-translation = Напишите текст после двоеточия; длинный текст — после `|` строками с отступом.
missing-translation = { $what-in } нет текста `{ $lang }`
help-missing-translation = { $lang ->
        [kk] Добавьте `kk: …` с текстом на казахском языке, иначе в казахском документе останется пропуск.
       *[ru] Добавьте `ru: …` с текстом на русском языке, иначе в русском документе останется пропуск.
    }
same-text = казахский и русский тексты { $what-of } совпадают
help-same-text = Переведите один из них; если это имя собственное, запишите его один раз простой строкой.
unprintable-invisible = { $what-in } есть { $char } — невидимый символ, который не может быть в документах
help-unprintable-invisible = Удалите его: он ничего не печатает (такие символы попадают в текст, скопированный с веб-страниц, из PDF или мессенджеров; если редактор их не показывает, удалите символы до и после него и наберите их заново).
no-glyph = во встроенном шрифте (Liberation Serif) нет знака { $char }
help-no-glyph = Замените символ на тот, что есть в шрифте (казахскую или русскую букву, цифру, знак препинания), иначе в PDF на его месте будет пустой прямоугольник.
invisible-char = { $what-in } есть невидимый символ { $char }
help-invisible-char = Удалите его: он ничего не печатает, но разрывает слово для поиска и переноса строк.
only-invisible = { $what-in } только невидимые символы: { $chars }
help-only-invisible = Удалите их и напишите текст или удалите поле, если оно необязательное.
only-markup = { $what-in } только разметка (`{ $markup }`), без слов
help-only-markup = Напишите текст: `**…**` выделяет слова полужирным, `- ` начинает пункт списка, но сами по себе они ничего не печатают.
empty-text = { $what-in } нет текста
help-empty-text = Напишите текст или удалите поле, если оно необязательное.
comma-in-text = текст `{ $lang }` обрывается на запятой перед этим местом: YAML читает `{ $field }` как ещё одно поле пары
help-comma-in-text = Запятая завершает текст, записанный внутри {"{"}…{"}"}. Заключите весь текст в кавычки:{"\u000A    "}{ $quoted }{"\u000A"}или запишите пару в блочном виде, по языку на строке, — тогда запятая остаётся частью текста:{"\u000A    "}{ $kk }{"\u000A    "}{ $ru }
kk-looks-russian = в казахском тексте нет ни одной собственно казахской буквы (ә ғ қ ң ө ұ ү һ і): не русский ли это текст?
help-kk-looks-russian = Укажите в `kk:` казахский текст: русский текст, вставленный сюда, попадёт в казахский документ.
ru-has-kazakh = в русском тексте есть казахская буква { $letter }: не казахский ли это текст?
help-ru-has-kazakh = Укажите в `ru:` русский текст.
doubled-phrase = в тексте `{ $lang }` «{ $phrase }» написано дважды подряд
help-doubled-phrase = Удалите повтор.

## Гриф утверждения

unknown-approval-kind = неизвестный способ утверждения `{ $name }`
did-you-mean-approval = Возможно, имелось в виду `{ $near }`? Укажите `decision` (решение органа, БЕКІТІЛДІ / УТВЕРЖДЕН) или `official` (БЕКІТЕМІН / УТВЕРЖДАЮ).
help-approval-kind = Укажите `decision` (решение органа, БЕКІТІЛДІ / УТВЕРЖДЕН) или `official` (БЕКІТЕМІН / УТВЕРЖДАЮ).
help-add-approval-by = Добавьте `by: decision` (решение совета) или `by: official` (утверждает одно должностное лицо).
help-add-body = Укажите утверждающий орган в родительном падеже: `body: {"{"}kk: директорлар кеңесінің, ru: Совета директоров{"}"}`.
expected-protocol = `protocol`: ожидается номер протокола
help-protocol = Укажите, например, `protocol: "5"` или `null`, пока номер неизвестен.
help-add-position = Укажите должность: `position: {"{"}kk: …, ru: …{"}"}`.
help-add-official-name = Укажите имя должностного лица так, как оно пишется на каждом языке: `name: {"{"}kk: М.С. Байдурын, ru: М.С. Байдурин{"}"}`.
help-add-grif-year = Пока дата неизвестна, укажите год, который печатается рядом с пропусками: `year: 2022`.
date-mismatch = `year: { $year }` не совпадает с датой { $date }
help-date-mismatch = Удалите `year:` (год следует из даты) или исправьте одно из значений.

## Подразделения и ответственные

expected-units = `units`: ожидается набор «ключ: подразделение»
help-units = Запишите, например, `okp: {"{"}kk: [ОҚП, операциялық қызмет департаменті], ru: [ДОД, департамент операционной деятельности]{"}"}`.
expected-unit-key = ключ подразделения должен быть словом
help-unit-key = Используйте короткий ключ латиницей, например `okp`.
duplicate-unit = ключ подразделения `{ $name }` задан дважды: в строке { $line }, столбце { $column } как { $first } и здесь как { $second }
help-duplicate-unit = Переименуйте один из них: `responsible: [{ $name }]` может означать любой.
expected-unit-form = форма `{ $lang }` подразделения `{ $key }` должна быть названием или парой [краткое, полное]
help-unit-form = Запишите `[ДОД, департамент операционной деятельности]` для сокращения или просто название.
help-add-unit-kk = Добавьте казахскую форму: `kk: [ОҚП, операциялық қызмет департаменті]` или `kk: комплаенс-офицер`.
help-add-unit-ru = Добавьте русскую форму: `ru: [ДОД, департамент операционной деятельности]` или `ru: комплаенс-офицер`.
expected-unit = подразделение `{ $key }` должно быть названием или набором полей `kk` и `ru`
help-unit = Запишите `{"{"}kk: [ОҚП, операциялық қызмет департаменті], ru: [ДОД, департамент операционной деятельности]{"}"}`.
unit-form-split = в форме `{ $lang }` подразделения `{ $key }` { $parts } { $parts ->
        [one] часть
        [few] части
       *[many] частей
    }, а нужно две — [краткое, полное]: полное наименование разделено запятой
help-unit-form-split = Заключите полное наименование в кавычки: `{ $fixed }`.
unknown-unit = неизвестное подразделение `{ $key }`
did-you-mean-unit = Возможно, имелось в виду `{ $near }`? Опишите подразделение в `units:` или запишите ответственного текстом {"{"}kk: …, ru: …{"}"}.
help-unknown-unit = Опишите подразделение в `units:` или запишите ответственного текстом {"{"}kk: …, ru: …{"}"}.
expected-responsible = ответственный должен быть ключом подразделения или парой текстов
help-responsible = Укажите ключ из `units:`, например `okp`, или {"{"}kk: …, ru: …{"}"}.
expected-responsible-list = `responsible`: ожидается список
help-responsible-list = Укажите, например, `responsible: [okp, compliance]`.
empty-responsible = не указан ни один ответственный
help-empty-responsible = Укажите хотя бы одно подразделение или лицо, например `responsible: [okp]`.

## Таблица

empty-plan = в плане нет ни одного раздела
help-empty-plan = Добавьте в `sections:` хотя бы один раздел с пунктами.
help-add-section-title = Добавьте в раздел `title: {"{"}kk: …, ru: …{"}"}`.
empty-section = в разделе нет пунктов
help-empty-section = Добавьте пункты в `items:` или удалите раздел.
steps-and-due = у пункта с действиями не может быть собственных `due` и `responsible`
help-steps-and-due = Перенесите срок и ответственного в каждое действие или удалите `steps:`.
empty-steps = в `steps` нет ни одного действия (не закомментированы ли они?)
help-empty-steps = Добавьте действия или удалите `steps:` и укажите у пункта собственные `due` и `responsible`: пункт без них пропадёт из обоих документов.
help-add-item-text = Добавьте текст пункта: `text: {"{"}kk: …, ru: …{"}"}`.
duplicate-id = идентификатор `{ $id }` уже занят пунктом в строке { $line }, столбце { $column }
help-duplicate-id = Дайте каждому пункту свой идентификатор: переименуйте один из двух.
help-add-step-text = Добавьте текст действия: `text: {"{"}kk: …, ru: …{"}"}`.
help-add-due = { $of ->
        [step] Укажите срок исполнения действия, например `due: {"{"}by: 2022-04-16{"}"}` или `due: ongoing`.
       *[item] Укажите срок исполнения пункта, например `due: {"{"}by: 2022-04-16{"}"}` или `due: ongoing`.
    }
help-add-responsible = { $of ->
        [step] Укажите ответственного за действие, например `responsible: [okp]`.
       *[item] Укажите ответственного за пункт, например `responsible: [okp]`.
    }
repeated-step = один и тот же текст действия стоит в пункте { $first } и в пункте { $second }
help-repeated-step = Проверьте, относится ли действие к этому пункту (ошибка копирования); если оно действительно повторяется, укажите, чем они различаются, например, о каком документе речь.

## Сроки и период

unknown-deadline = неизвестный срок `{ $word }`
did-you-mean-deadline = Возможно, имелось в виду `{ $near }`? Укажите срок с датой, например {"{"}by: 2022-04-16{"}"}, одно из слов { $words } или текст {"{"}text: {"{"}kk: …, ru: …{"}"}{"}"}.
help-unknown-deadline = Укажите срок с датой, например {"{"}by: 2022-04-16{"}"}, одно из слов { $words } или текст {"{"}text: {"{"}kk: …, ru: …{"}"}{"}"}.
expected-deadline = срок должен быть словом или набором полей
help-deadline = Укажите, например, `due: {"{"}by: 2022-04-16{"}"}` или `due: ongoing`.
bad-deadline-fields = срок с полями {"{"}{ $fields }{"}"} не относится ни к одному виду сроков, известному qujat
help-deadline-kinds = Используйте один из видов: {"{"}by: D{"}"}, {"{"}on: D{"}"}, {"{"}from: D, to: D{"}"}, {"{"}between: D, and: D{"}"}, {"{"}month: YYYY-MM{"}"}, {"{"}months: [YYYY-MM, YYYY-MM]{"}"}, {"{"}quarter: N, year: Y{"}"}, {"{"}every: quarter, day: N{"}"}, {"{"}text: {"{"}kk: …, ru: …{"}"}{"}"} (см. docs/plan-format.md).
months-too-long = месяцы охватывают годы с { $first } по { $last }: `months` задаёт месяцы одного года или двух соседних лет
help-months-too-long = Проверьте годы; для более длинного периода укажите `{"{"}from: YYYY-MM-DD, to: YYYY-MM-DD{"}"}` или разделите действие.
months-order = последний месяц не позже первого
help-months-order = Укажите первый и последний месяц периода по порядку: `months: [2022-04, 2022-05]`.
months-count = в `months` нужны первый и последний месяц, а { $count ->
        [one] указан { $count } элемент
        [few] указано { $count } элемента
       *[many] указано { $count } элементов
    }
help-months-count = Укажите `months: [2022-04, 2022-05]`; для одного месяца — `month: 2022-04`.
bad-quarter = квартал — число от 1 до 4; найдено: { $found }
help-bad-quarter = Укажите, например, `{"{"}quarter: 4, year: 2022{"}"}`.
bad-every = `every` может быть month, quarter или year; найдено: { $found }
bad-day = `day` — день месяца от 1 до 31; найдено: { $found }
help-every = Укажите, например, `{"{"}every: quarter, day: 5{"}"}`.
period-conflict = в периоде указаны и { $first ->
        [year] `year`
        [years] `years`
       *[range] `from` и `to`
    }, и { $second ->
        [year] `year`
        [years] `years`
       *[range] `from` и `to`
    }: одно из них было бы проигнорировано
help-period-conflict = Оставьте одно: `period: {"{"}year: 2022{"}"}`, `{"{"}years: [2022, 2026]{"}"}` или `{"{"}from: 2026-04-13, to: 2026-05-26{"}"}`.
years-order = последний год периода не позже первого
help-years-order = Укажите `years: [2022, 2026]`, начиная с первого года; для одного года — `year: 2022`.
expected-years = `years`: ожидаются два года
help-years = Укажите `years: [2022, 2026]`.
period-missing = в периоде нужно указать `year`, `years` или `from` и `to`
help-period-missing = Укажите `period: {"{"}year: 2022{"}"}`, `{"{"}years: [2022, 2026]{"}"}` или `{"{"}from: 2026-04-13, to: 2026-05-26{"}"}`.

## YAML

yaml-syntax = синтаксис YAML: { $said }
help-yaml-syntax = Исправьте YAML в этом месте: проверьте отступы, скобки и кавычки.
help-yaml-tag = Удалите тег (слово, начинающееся с `!`, перед значением) и запишите само значение.
help-yaml-budget = Удалите якоря (&) и ссылки (*), повторяющие большие части, или разделите план.
yaml-second-document = здесь начинается второй документ YAML (после строки `---`), а план — это один документ
help-yaml-second-document = Удалите строку `---` и всё, что после неё, или перенесите второй план в отдельный файл.
yaml-duplicate-key = повторяющийся ключ: { $key } записан в этом наборе полей дважды
yaml-duplicate-key-unnamed = повторяющийся ключ: этот ключ записан в этом наборе полей дважды
help-yaml-duplicate-key = Оставьте один из двух: второй незаметно заменил бы первый.
yaml-recursive-alias = эта ссылка (*…) указывает на набор полей или список, внутри которого стоит, — повторение никогда бы не закончилось
help-yaml-recursive-alias = Запишите вместо ссылки само значение.
yaml-unknown-anchor = эта ссылка (*…) указывает на якорь (&…), который не определён выше
help-yaml-unknown-anchor = Определите якорь (&…) выше этой ссылки или запишите само значение.
yaml-non-finite = `{ $value }` — не число, с которым может работать qujat
help-yaml-non-finite = Запишите обычное число, например 4, или заключите текст в кавычки.
yaml-invalid-scalar = значение не соответствует типу, который указан в его теге (`!!…`)
yaml-tagged-value = у значения есть тег (`!!binary` или другой тег `!!`), и его нельзя прочитать как текст
yaml-unsupported-tag = тег `{ $tag }` не поддерживается
yaml-merge = `<<:` вливает в этот набор полей другой набор, но после него стоит не набор полей
help-yaml-merge = Запишите сами поля вместо `<<:`.
yaml-eof = файл обрывается посреди значения
help-yaml-eof = Закройте все открытые скобки и кавычки.
yaml-indentation = отступ здесь не подходит
help-yaml-indentation = Делайте одинаковый отступ (пробелами) у всех строк под полем.
not-utf8 = файл не является текстом в кодировке UTF-8
help-not-utf8 = Сохраните план в кодировке UTF-8 (в большинстве редакторов: «Сохранить как…» → «Кодировка: UTF-8»).
yaml-expected = синтаксис YAML: здесь ожидается { $expected }
yaml-unreadable = синтаксис YAML: YAML в этом месте не удаётся прочитать
yaml-too-deep = вложенность YAML глубже, чем бывает в плане
help-yaml-too-deep = Вложенность плана — несколько уровней: проверьте, нет ли открытых и не закрытых скобок.
yaml-tab = синтаксис YAML: отступ в YAML делается только пробелами, не табуляцией
help-yaml-tab = Замените табуляцию в начале строки пробелами.
help-yaml-flow-separator = Закройте скобку; если текст внутри неё содержит запятую, двоеточие или скобку, заключите этот текст в кавычки.
help-yaml-unclosed = Каждой `{"{"}` нужна своя `{"}"}`, каждой `[` — своя `]`.
help-yaml-mismatched = Закрывайте `{"{"}` скобкой `{"}"}`, а `[` — скобкой `]`.
help-yaml-unclosed-quote = Закройте кавычку: текст, который начинается с кавычки, заканчивается такой же кавычкой.
help-yaml-colon = Текст, содержащий `: `, нужно заключить в кавычки: `text: "Тема: …"`.
help-yaml-block-indentation = Проверьте отступы: поля одного набора начинаются в одном и том же столбце.
yaml-too-deep-levels = вложенность YAML глубже, чем бывает в плане ({ $depth } { $depth ->
        [one] уровень
        [few] уровня
       *[many] уровней
    })
yaml-too-large = YAML разворачивается в больший объём, чем может вместить план

## Файлы шаблонов

template-unknown-field = неизвестное поле `{ $field }` в шаблоне
template-missing-field = в шаблоне нет поля `{ $field }`
help-template-missing-field = Добавьте `{ $field }:`; все поля шаблона показаны в templates/action-plan.yaml.
template-wrong-value = ожидается { $expected }; найдено: { $found }
help-template-wrong-value = Укажите здесь значение: { $expected }.
expected-one-of = одно из значений: { $valid }
expected-header-pair = пара текстов `{"{"}kk: …, ru: …{"}"}`
expected-template-value = значение, показанное в этом месте в templates/action-plan.yaml
unit-mm = {" "}мм
unit-pt = {" "}пт
unit-none = {""}
what-font-text = размер шрифта текста
what-font-title = размер шрифта заголовка
what-font-grif = размер шрифта грифа
what-font-table = размер шрифта таблицы
what-font-notes = размер шрифта примечаний
what-grif-width = grif-width (доля ширины текста)
what-page-width = ширина страницы
what-page-height = высота страницы
what-page-numbers-from = page-numbers-from (первая нумеруемая страница)
what-margin-top = верхнее поле
what-margin-bottom = нижнее поле
what-margin-left = левое поле
what-margin-right = правое поле
out-of-range = { $what }: { $value }{ $unit }, вне пределов { $min }–{ $max }{ $unit }
not-a-number = { $what }: не число
help-out-of-range = Укажите число от { $min } до { $max }{ $unit }.
wrong-orientation = страница размером { $width } × { $height } мм не { $orientation ->
        [landscape] альбомная
       *[portrait] книжная
    }
help-orientation = { $orientation ->
        [landscape] Альбомная страница шире, чем выше: укажите `size: [ширина, высота]`, например [297, 210], или `orientation: portrait`.
       *[portrait] Книжная страница выше, чем шире: укажите `size: [ширина, высота]`, например [210, 297], или `orientation: landscape`.
    }
text-area = поля оставляют для текста { $left } мм { $side ->
        [width] ширины
       *[height] высоты
    } страницы
help-text-area = Уменьшите поля: для текста должно оставаться не меньше { $min } мм страницы.
no-columns = в шаблоне нет граф
help-no-columns = Добавьте графы: номер, тексты, срок, ответственный.
no-text-column = в шаблоне нет графы для текстов (item, step или work): тексты пунктов пропали бы
help-no-text-column = Добавьте графу для текстов: `{"{"}field: work, …{"}"}` (тексты пунктов и действий в одной графе) или графы `item` и `step`.
missing-column = в шаблоне нет графы `{ $field }`
help-missing-column = Добавьте `{"{"}field: { $field }, width: …, header: …{"}"}`.
column-too-narrow = ширина графы `{ $header }` на странице — { $mm } мм
help-column-too-narrow = Увеличьте её ширину: чтобы вместить слово, графе нужно не меньше { $min } мм.
bad-width = ширина графы равна { $value }, а ширины — это положительные доли таблицы
help-bad-width = Укажите долю графы в ширине таблицы положительным числом не больше { $max }, например `width: 20`.
no-languages = список `languages` пуст
help-no-languages = Укажите порядок языков в совмещённом документе: `languages: [kk, ru]`.
duplicate-language = в `languages` язык `{ $lang }` указан дважды
missing-language = в `languages` не указан язык `{ $lang }`: совмещённый документ его бы пропустил
help-languages-once = Укажите каждый язык по одному разу: `languages: [kk, ru]` или `[ru, kk]`.
unknown-message = сообщения `{ $id }` нет в локали { $lang }
help-unknown-message = Укажите идентификатор сообщения из локалей (locales/kk/document.ftl), например col-step, или запишите слова заголовка: `header: {"{"}kk: …, ru: …{"}"}`.

## Чтение файлов и шаблонов

cannot-read = не удаётся прочитать план: { $error }
help-cannot-read = Проверьте имя файла и права на его чтение.
not-regular-file = это { $kind ->
        [folder] папка
        [fifo] именованный канал (FIFO)
        [char-device] символьное устройство
        [block-device] блочное устройство
        [socket] сокет
       *[other] не файл
    }, а не обычный файл: укажите сам файл
io-not-found = такого файла или папки нет
io-permission-denied = нет прав доступа
io-other = { $error }
too-large = файл больше { $mb } МБ — намного больше, чем бывает план
help-too-large = Проверьте, тот ли это план; настоящий план занимает несколько сотен КБ.
unknown-template = неизвестный шаблон `{ $name }`
did-you-mean-template = Возможно, имелось в виду `{ $near }`? Укажите один из шаблонов { $names } или путь к файлу шаблона (…/my-template.yaml).
help-unknown-template = Укажите один из шаблонов { $names } или путь к файлу шаблона (…/my-template.yaml).
template-too-large = файл больше { $mb } МБ — намного больше, чем бывает шаблон
template-not-utf8 = файл не в кодировке UTF-8
cannot-read-stdin = не удалось прочитать план из стандартного ввода: { $error }
cannot-read-template = не удаётся прочитать шаблон { $path }: { $error }
help-cannot-read-stdin = Передайте текст плана в qujat через конвейер или укажите файл плана вместо `-`.
help-cannot-read-template = Путь указывается относительно папки плана; проверьте имя.
bad-template = в шаблоне { $path } { $count ->
        [one] { $count } ошибка, она показана
        [few] { $count } ошибки, они показаны
       *[many] { $count } ошибок, они показаны
    } с указанием мест в нём
help-bad-template = Исправьте шаблон или укажите встроенный: action-plan, schedule.

## План и его шаблон

no-column = в шаблоне `{ $template }` нет графы для { $what ->
        [result] ожидаемого результата
        [item] текста пункта
       *[steps] текстов действий
    }: он не был бы напечатан
help-no-result-column = Удалите `result:` или используйте шаблон с графой `result` (action-plan).
help-no-item-column = Используйте шаблон с графой `item` или `work`.
help-no-step-column = Используйте шаблон с графой `step` или `work`.
unknown-column = в шаблоне `{ $template }` нет графы `{ $field }`: этот заголовок не был бы напечатан
help-unknown-column = Графы шаблона `{ $template }`: { $fields }; укажите одну из них или удалите этот заголовок.
item-text-needed = у пункта нет `text`, а шаблон `{ $template }` печатает его в отдельной графе

## Блок изменений

unchanged-justified = пункт `{ $id }` не изменился, но для него есть обоснование
help-unchanged-justified = Удалите обоснование или проверьте, тот ли это пункт, который вы изменили.
not-removed = пункт `{ $id }` не был удалён из предыдущей редакции
help-not-removed = В `removed:` перечисляются пункты предыдущей редакции, которых в этой нет, — по идентификаторам, которые у них были.
help-amend-protocol = Укажите, например, `protocol: "7"` или `null`, пока номер неизвестен.
wrong-grif-field = `{ $name }` здесь не подходит: план утверждается { $by ->
        [decision] решением органа
       *[official] должностным лицом
    }, и его изменения тоже
help-wrong-grif-field = Гриф изменений принимает здесь { $by ->
        [decision] `body` и `protocol`
       *[official] `position` и `name`
    }; удалите `{ $name }`.
amend-bad-date = { $found } — не дата в виде ГГГГ-ММ-ДД или такой даты не существует
help-amend-date = Укажите дату решения в виде 2022-09-15 или `null`, пока она неизвестна.
expected-amend-year = `year`: ожидается год
help-amend-year = Укажите, например, `year: 2022`.
expected-lang-text = `{ $lang }`: ожидается текст
help-amend-translation = Напишите текст после двоеточия.
help-amend-missing-translation = Напишите текст на обоих языках: {"{"}kk: …, ru: …{"}"}.
help-amend-text = Запишите {"{"}kk: …, ru: …{"}"} или одну строку, если текст одинаков на обоих языках.
help-amend-empty-text = Напишите текст или удалите поле.
help-amend-no-glyph = Замените символ на тот, что есть в шрифте, иначе в документе на его месте будет пустой прямоугольник.
expected-justifications = `{ $field }`: ожидается набор «идентификатор пункта: текст»
help-justifications = Запишите под ним строки `item-id: {"{"}kk: …, ru: …{"}"}` с отступом.
expected-item-id = идентификатор пункта должен быть текстом
help-item-id = Укажите `id` пункта.
unknown-item-id = ни у одного пункта плана нет идентификатора `{ $id }`
did-you-mean-item-id = Возможно, имелось в виду `{ $near }`? Обоснование указывается по `id` изменённого пункта; обоснование удаления — в `removed:`.
help-unknown-item-id = Обоснование указывается по `id` изменённого пункта; обоснование удаления — в `removed:`.
still-in-plan = пункт `{ $id }` всё ещё есть в плане
help-still-in-plan = `removed:` — для пунктов, которых в этой редакции нет; изменённый пункт обоснуйте в `justifications:`.

## Итоги

check-ok = { $path }: ошибок нет: шаблон { $template }, { $sections } { $sections ->
        [one] раздел
        [few] раздела
       *[many] разделов
    }, { $items } { $items ->
        [one] пункт
        [few] пункта
       *[many] пунктов
    }, { $steps } { $steps ->
        [one] действие
        [few] действия
       *[many] действий
    }, языки kk+ru, { $warnings } { $warnings ->
        [one] предупреждение
        [few] предупреждения
       *[many] предупреждений
    }
check-failed = { $path }: { $errors } { $errors ->
        [one] ошибка
        [few] ошибки
       *[many] ошибок
    }, { $warnings } { $warnings ->
        [one] предупреждение
        [few] предупреждения
       *[many] предупреждений
    }
check-denied = { $path }: { $warnings } { $warnings ->
        [one] предупреждение
        [few] предупреждения
       *[many] предупреждений
    }; план отклонён, так как задан --deny-warnings
check-totals = Проверено планов: { $plans }; отклонено: { $failed }; ошибок: { $errors }; предупреждений: { $warnings }
skipped-not-plan = { $path } пропущен: это не план qujat (нет ключа `qujat:`)
man-cannot-write = не удалось записать страницы руководства в { $path }: { $error }
render-more-warnings = { $count ->
        [one] ещё { $count } предупреждение [{ $code }] не показано
        [few] ещё { $count } предупреждения [{ $code }] не показаны
       *[many] ещё { $count } предупреждений [{ $code }] не показано
    }: все их перечисляет `qujat check { $path }`
render-summary = { $plans } { $plans ->
        [one] план
        [few] плана
       *[many] планов
    }: { $files ->
        [one] записан { $files } файл
        [few] записано { $files } файла
       *[many] записано { $files } файлов
    }, { $warnings } { $warnings ->
        [one] предупреждение
        [few] предупреждения
       *[many] предупреждений
    }, с ошибками: { $failed }

## Запись файлов

write-failed = { $step ->
        [lock] не удаётся заблокировать папку { $path } от других запусков qujat
        [keep] не удаётся сохранить прежнюю версию { $path }
        [replace] не удаётся заменить { $path }
        [sync] не удаётся сохранить изменения в папке { $path }
       *[write] не удаётся записать { $path }
    }: { $error }
write-failed-recover = прерванная ранее запись оставила в { $path } файлы, которые не удаётся вернуть на место
write-changed-nothing = ни один файл не изменён
write-not-put-back = не все прежние файлы удалось вернуть на место
write-next-run-retries = следующий запуск qujat в этой папке снова попытается вернуть их на место
write-hidden-left = остались скрытые файлы, их удалит следующий запуск: { $names }
left-new-version = в { $path } новая версия, прежняя — { $kept } ({ $error })
left-missing = { $path } отсутствует, его прежняя версия — { $kept } ({ $error })
left-added = { $path } — новый файл, удалить его не удалось ({ $error })
left-hidden = { $path } не удалось удалить ({ $error })
left-journal = { $path } — список файлов той записи — не удаётся прочитать ({ $error }): проверьте файлы рядом с ним, затем удалите его

## Команды

cannot-read-folder = не удаётся прочитать папку { $path }: { $error }
batch-clash = { $first } и { $second } записали бы один и тот же файл { $path }: сформируйте их в разные папки (-o) или переименуйте один из планов; ничего не записано
init-unknown-template = неизвестный шаблон `{ $name }`: укажите action-plan или schedule
init-exists = { $path } уже существует: qujat init никогда не перезаписывает файлы
init-not-a-file-name = { $path } — не имя файла
init-schema-name = { $path } — имя JSON-схемы, которую init записывает рядом с планом: назовите план иначе, например plan.yaml; ничего не записано
init-create-folder = не удаётся создать папку { $path }: { $error }; ничего не записано
# Причина, по которой не удалась запись, — как её называет запись.
init-write = { $error }
signals-unavailable = Ctrl-C не сможет отменить незавершённую запись: { $error }
bad-lang-or-format = языки: kk и ru; форматы: docx и pdf
cannot-create-out = не удаётся создать папку для результатов { $path }: { $error }
manifest-skipped = manifest.json не записан: сформированы не все планы
watching = { $plans ->
        [one] отслеживается { $plans } план
        [few] отслеживаются { $plans } плана
       *[many] отслеживаются { $plans } планов
    }; Ctrl-C — остановить
watch-rendered = сформирован { $path }: { $files } { $files ->
        [one] файл
        [few] файла
       *[many] файлов
    } за { $ms } мс
internal-error = { $path }: внутренняя ошибка: { $error }
watch-failed = не удалось сформировать { $path }: код выхода { $code }{ $kept ->
        [yes] , прежние файлы сохранены
       *[no] {""}
    }
dump-unknown-lang = неизвестный язык `{ $lang }`: укажите kk или ru

## Комментарии начальных планов (`qujat init`); каждый стоит на месте своей метки `#=` в
## templates/starters/*.yaml, строка сообщения — строка комментария.

starter-ap-intro =
    Начальный план мероприятий: замените все тексты своими, затем выполните
      qujat check ЭТОТ_ФАЙЛ      (перечислит все ошибки с номерами строк и столбцов)
      qujat render ЭТОТ_ФАЙЛ     (запишет рядом DOCX и PDF на казахском и русском языках)
    Каждый текст — пара {"{"}kk: …, ru: …{"}"}; название, одинаковое на обоих языках, можно
    написать один раз. Описание формата: docs/plan-format.md в репозитории qujat.
starter-sc-intro =
    Начальный план-график работ: замените все тексты своими, затем выполните
      qujat check ЭТОТ_ФАЙЛ      (перечислит все ошибки с номерами строк и столбцов)
      qujat render ЭТОТ_ФАЙЛ     (запишет рядом DOCX и PDF на казахском и русском языках)
    Каждый текст — пара {"{"}kk: …, ru: …{"}"}; название, одинаковое на обоих языках, можно
    написать один раз. Описание формата: docs/plan-format.md в репозитории qujat.
starter-version = версия формата
starter-ap-template = 6 граф, альбомная страница; или `schedule` (4 графы, книжная)
starter-sc-template = 4 графы, книжная страница; или `action-plan` (6 граф, альбомная)
starter-org-name = полное наименование, как в уставе
starter-org-short = краткое наименование, которое используется в текстах
starter-annex = печатает «1-қосымша» / «Приложение 1»; удалите, если это не приложение
starter-ap-grif =
    Гриф утверждения, справа вверху. Решение совета печатается как БЕКІТІЛДІ / УТВЕРЖДЕН; пока дата
    и номер протокола неизвестны (null), печатаются пропуски для заполнения от руки.
starter-sc-grif = Гриф одного должностного лица: БЕКІТЕМІН / УТВЕРЖДАЮ, должность, строка для подписи, дата.
starter-body = в родительном падеже: «… шешімімен» / «решением …»
starter-ap-date = например, 2027-06-10, когда решение будет принято
starter-sc-date = например, 2027-03-30; при null печатается «____» ____________ 2027
starter-year = год, который печатается рядом с пропусками
starter-protocol = например, "5"
starter-official-name = так, как пишется на каждом языке
starter-ap-period = добавляет к заголовку «2027 жылға арналған» / «на 2027 год»
starter-sc-period = печатается как «… аралығында» / «на период с … по …»
starter-sc-dates = даты `on:` печатаются как 30.03.2027
starter-units =
    Ответственные. [краткое, полное] задаёт сокращение, которое расшифровывается в перечне
    сокращений после таблицы; у одиночного названия сокращения нет.
starter-unit-once = одинаково на обоих языках: записано один раз
starter-id = необязательно; не меняется при перенумерации пунктов
starter-ap-steps = каждое действие — строка таблицы; номер, текст и результат объединяются над ними
starter-sc-steps = в плане-графике каждое действие — отдельная строка под одним номером
starter-due-by = печатается как «2027 жылғы 16 сәуірге дейін» / «до 16 апреля 2027 года»
starter-due-range = период между двумя датами
starter-responsible-free = подразделение и свободный текст
starter-item-own-task = у пункта без действий свои срок и ответственный;
starter-other-kinds = другие виды: daily, monthly, yearly, ongoing, {"{"}month: 2027-11{"}"}, …
starter-notes = печатается после таблицы, перед перечнем сокращений

## `qujat --help`: что делают qujat и каждая команда (слова самого clap остаются английскими)

about-qujat = Один план в YAML — параллельные документы на казахском и русском языках
about-exit-codes = Коды выхода: 0 — успешно, 1 — внутренняя ошибка, 2 — ошибка во входных данных, 3 — не удалось записать результат, 64 — неверный вызов (неизвестный параметр, отсутствующий или недопустимый аргумент), 130/143 — остановлено по Ctrl-C/SIGTERM (незавершённая запись отменена).
about-check = Проверить планы и вывести по строке итога на каждый; ошибки выводятся в stderr.
about-render = Сформировать по планам файлы DOCX и PDF на казахском и русском языках; записываются все или ни одного.
about-init = Записать начальный план с комментариями к каждому полю, который проходит `check`.
about-diff = Перечислить изменения между двумя редакциями плана (сначала старая, затем новая) со старыми и новыми номерами пунктов — то, что должно быть сказано в изменениях к действующему плану.
about-amend = Подготовить по каждому языку документы, которые утверждает совет при изменении плана (сначала старая редакция, затем новая): изменения и дополнения, сравнительную таблицу и файл Word с исправлениями.
about-schema = Вывести JSON-схему формата планов (для редакторов: yaml-language-server, VS Code).
about-import = Прочитать план, который ведётся в Word (казахский и русский DOCX, один файл с обоими языками или один язык), в план YAML и сообщить, что прочитано, что угадано и что различается.
about-dump = Вывести модель документа плана текстом (чтобы проверить её или сравнить две редакции).

## `qujat import`

import-read = не удаётся прочитать файл: { $error }
import-too-large = файл больше { $mb } МБ — намного больше, чем бывает файл Word с планом; проверьте, тот ли это план
import-not-zip = это не документ Word (.docx — это zip-архив, а этот файл им не является); откройте его в Word или LibreOffice и сохраните как .docx
import-encrypted = документ защищён паролем; откройте его в Word, снимите пароль (Файл → Сведения → Защита документа) и сохраните заново
import-old-word = это старый двоичный файл Word (.doc), а не .docx; откройте его в Word или LibreOffice и сохраните как .docx
import-corrupt = файл повреждён или это неполный .docx ({ $error }); откройте его в Word и сохраните заново
import-budget = файл отклонён: { $error }
import-too-many-entries = в архиве { $count } { $count ->
        [one] элемент
        [few] элемента
       *[many] элементов
    }, а в документе Word их несколько десятков (предел — { $limit })
import-zip-bomb = часть { $part } распаковывается из { $packed } в { $unpacked } байт или больше — намного больше текста документа Word (zip-бомба?)
import-not-word = в zip-архиве нет документа Word (нет word/document.xml); может быть, это файл Excel или PowerPoint?
import-xml = { $part } внутри файла — некорректный XML ({ $detail }); откройте документ в Word и сохраните заново
import-no-table = в документе нет таблицы, заголовок которой называет графы плана (№, мероприятие или вид работ, срок, ответственный); qujat импортирует планы, которые ведутся таблицей
import-same-language = оба документа ({ $first } и { $second }) на { $lang ->
        [kk] казахском
       *[ru] русском
    } языке; укажите один казахский и один русский документ
import-too-many-documents = в файлах { $count } { $count ->
        [one] документ
        [few] документа
       *[many] документов
    } плана ({ $documents }), а у плана один казахский и один русский
import-schedule-columns = в таблице { $count } { $count ->
        [one] графа
        [few] графы
       *[many] граф
    } с текстами ({ $headers }), а в плане-графике одна; укажите --template action-plan
import-exists = { $path } уже существует: import никогда не перезаписывает файлы; укажите другое имя через -o
import-write = { $error }; ничего не записано

## `qujat diff`: по строке на изменение, затем итог

diff-item = пункт { $number }
diff-item-id = пункт { $number } `{ $id }`
diff-item-moved = пункт { $old } → { $new }
diff-item-moved-id = пункт { $old } → { $new } `{ $id }`
diff-item-new = пункт { $number } (новый)
diff-item-new-id = пункт { $number } (новый) `{ $id }`
diff-item-unknown = пункт
diff-cell = { $cell ->
        [text] текст
        [step] действие
        [deadline] срок
        [responsible] ответственный
       *[result] результат
    } { $langs }
diff-guess-similar = {" "}(сопоставлено по сходству { $percent } %: предположение)
diff-guess-position = {" "}(сопоставлено по положению: предположение)
diff-nothing = {""}
diff-at = { $kind ->
        [section] раздел
        [note] примечание
       *[step] действие
    } { $number }
diff-at-moved = { $kind ->
        [section] раздел
        [note] примечание
       *[step] действие
    } { $old } → { $new }
diff-title = заголовок: изменён { $langs }
diff-unit = подразделение `{ $key }`: { $parts }
diff-unit-short = изменено краткое наименование { $langs }
diff-unit-full = изменено полное наименование { $langs }
diff-legend = перечень сокращений: изменён { $langs }
diff-section-added = раздел { $section } (новый): добавлен под номером { $number }
diff-section-removed = раздел { $section }: удалён
diff-section-renamed = { $at }: переименован { $langs }{ $guess }
diff-item-added = { $item }: добавлен в раздел { $section } под номером { $number }
diff-item-removed = { $item }: удалён
diff-item-moved-inside = { $item }: перемещён внутри раздела { $section }, новый номер { $number }{ $also }{ $guess }
diff-item-moved-between = { $item }: перемещён из раздела { $from } в раздел { $to }, новый номер { $number }{ $also }{ $guess }
diff-also-changed = ; изменено: { $cells }
diff-item-changed = { $item }: изменено: { $cells }{ $guess }
diff-step-added = { $item }: добавлено действие { $step } (новое)
diff-step-removed = { $item }: удалено действие { $step }
diff-step-changed = { $item }, { $at }: изменено: { $cells }{ $guess }
diff-note-added = примечание { $note } (новое): добавлено
diff-note-removed = примечание { $note }: удалено
diff-note-changed = { $at }: изменено { $langs }{ $guess }
amend-no-changes = изменений нет: обе редакции совпадают; ничего не записано
diff-no-changes = изменений нет
diff-summary = { $changes } { $changes ->
        [one] изменение
        [few] изменения
       *[many] изменений
    }: добавлено { $added }, удалено { $removed }, изменено { $changed }, перемещено { $moved }{ $guesses }
diff-guesses = ; { $count ->
        [one] { $count } элемент сопоставлен
        [few] { $count } элемента сопоставлены
       *[many] { $count } элементов сопоставлено
    } по предположению, проверьте
diff-internal = внутренняя ошибка при загрузке { $path }
diff-different-templates = планы используют разные шаблоны (`{ $old }` и `{ $new }`): изменения касаются строк одного вида документа; сравнивайте две редакции одного и того же плана

## Ход работы и прерывание

# Индикатор хода пакетного формирования: шаблон indicatif, его поля {"{"}…{"}"} не переводятся.
progress = {"{"}bar:40{"}"} планы: {"{"}pos{"}"}/{"{"}len{"}"} {"{"}elapsed{"}"}
stopped-by = остановлено сигналом { $signal }
stopped-not-put-back = { $path }: не возвращено на место: { $left }
stopped-retry = { $path }: следующий запуск qujat в этой папке попытается снова
stopped-kept = { $path }: все новые файлы уже были на месте и сохранены
stopped-undone = { $path }: незавершённая запись отменена; файлы остались прежними
stopped-nothing = { $path }: незавершённой записи не было

## `qujat import`: что прочитано, угадано и различается (комментарии YAML импортированного
## плана говорят это по-английски при любом языке запуска)

import-section-renumbered = строка таблицы { $row }: у раздела номер { $written }, qujat нумерует его { $number }
import-text-joined = строка таблицы { $row }: второй текст в объединённой графе пункта присоединён к нему
import-step-merged = строка таблицы { $row }: её ячейка действия объединена со строкой выше; строка прочитана как часть того действия
import-after-table-dropped = после таблицы: «{ $text }» (номер страницы?) пропущено
import-remark-in = { $origin } ({ $lang }): { $remark }
import-before-table-dropped = { $origin } ({ $lang }): перед таблицей «{ $line }» не импортировано
import-templates-differ = у казахской таблицы графы шаблона { $kk }, у русской — шаблона { $ru }: импортировано как { $chosen }
import-date-styles = { $digits } { $digits ->
        [one] дата записана
        [few] даты записаны
       *[many] дат записано
    } цифрами и { $words } — словами; план печатает все даты одинаково (`dates:`)
import-annex-differs = номер приложения: kk { $kk }, ru { $ru }; оставлен { $kk }
import-grif-kinds = грифы разного вида (на одном языке — решение органа, на другом — утверждение должностным лицом); взят казахский
import-no-grif = над таблицей не найден гриф утверждения (БЕКІТІЛДІ, УТВЕРЖДЕН, БЕКІТЕМІН, УТВЕРЖДАЮ)
import-blank = пропуск
import-blank-year = пропуск, { $year }
import-none = нет
import-protocol-differs = номер протокола: kk { $kk }, ru { $ru }
import-grif-date = дата грифа
import-value-differs = { $what }: kk { $kk }, ru { $ru }
import-sections-count = в казахской таблице { $kk }, в русской { $ru } { $ru ->
        [one] раздел
        [few] раздела
       *[many] разделов
    }: сопоставлены по порядку, лишние оставлены без другого языка
import-items-count = раздел ({ $rows }): пунктов на казахском — { $kk }, на русском — { $ru }; сопоставлены по порядку
import-item-one-language = пункт { $number } ({ $rows }) есть только на одном языке
import-subitems-count = пункт { $number } ({ $rows }): подпунктов на казахском — { $kk }, на русском — { $ru }; сопоставлены по порядку, { $left ->
        [one] оставшийся импортирован
       *[other] оставшиеся импортированы
    } с пустым текстом на другом языке
import-row-one-language = пункт { $number }: для строки ({ $rows }) нет строки на другом языке
import-responsible-count = { $rows }: ответственных на казахском — { $kk } («{ $kk_text }»), на русском — { $ru } («{ $ru_text }»): оставлено текстом
import-rows = строка kk { $kk }, строка ru { $ru }
import-row-kk = строка kk { $row }
import-row-ru = строка ru { $row }
import-no-row = нет строки
import-row = строка { $row }
import-deadlines-differ = { $rows }: сроки различаются: kk «{ $kk }» ({ $kk_due }), ru «{ $ru }» ({ $ru_due }); оставлено текстом
import-legend-unused = перечень сокращений ({ $lang }) расшифровывает «{ $short }», которое не встречается ни в одной строке: сохранено как подразделение `{ $key }` (перечень qujat содержит только подразделения из строк)
import-notes-count = примечания после таблицы: абзацев на казахском — { $kk }, на русском — { $ru }; сопоставлены по порядку
import-list = {" "}({ $items })
import-summary-head = импортировано: { $sources } → { $path }
import-summary-template = шаблон { $template }: графы { $columns }
import-summary-own-headers = заголовки граф сохранены в формулировке файла (`headers:`): { $headers }
import-summary-dropped = графы не импортированы (в шаблоне для них нет места): { $columns }
import-summary-counts = разделов: { $sections }, пунктов: { $items }, действий: { $steps }
import-summary-deadlines = сроки: распознано { $typed }, оставлено текстом { $kept }{ $list }
import-summary-units = подразделения: из перечня сокращений { $legend }{ $legend_list }, названы больше одного раза { $repeated }{ $repeated_list }; ответственных оставлено свободным текстом: { $free }
import-summary-one-language = { $missing ->
        [kk] языки: только ru; казахские тексты оставлены пустыми (~), их нужно написать
       *[ru] языки: только kk; русские тексты оставлены пустыми (~), их нужно написать
    }
import-summary-languages = языки: kk и ru, { $differences } { $differences ->
        [one] различие
        [few] различия
       *[many] различий
    }
import-summary-difference = различие: { $text }
import-summary-note = примечание: { $text }
import-summary-check-ok = qujat check: ошибок нет, { $warnings } { $warnings ->
        [one] предупреждение
        [few] предупреждения
       *[many] предупреждений
    }
import-summary-check-gaps = qujat check: в пропусках, отмеченных `~` (тексты, которые нужно написать), { $gaps } { $gaps ->
        [one] ошибка
        [few] ошибки
       *[many] ошибок
    }{ $others ->
        [0] {""}
       *[other] {" "}и ещё { $others }
    }, { $warnings } { $warnings ->
        [one] предупреждение
        [few] предупреждения
       *[many] предупреждений
    }
