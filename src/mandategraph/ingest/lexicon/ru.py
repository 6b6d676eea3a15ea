"""Russian: the words of UN meeting documents the ingester reads."""

LANGUAGE = "ru"

MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря"]
# the nominative month names of headings ("январь 2010 года")
MONTH_VARIANTS = {name: n for n, name in enumerate(
    ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
     "ноябрь", "декабрь"], start=1)}

ORDINALS = {
    "первый": 1, "первая": 1, "первое": 1, "второй": 2, "вторая": 2, "второе": 2, "третий": 3,
    "третья": 3, "третье": 3, "четвертый": 4, "четвертая": 4, "четвёртая": 4, "пятый": 5, "пятая": 5,
    "шестой": 6, "шестая": 6, "седьмой": 7, "седьмая": 7, "восьмой": 8, "восьмая": 8, "девятый": 9,
    "девятая": 9, "десятый": 10, "десятая": 10, "одиннадцатый": 11, "одиннадцатая": 11,
    "двенадцатый": 12, "двенадцатая": 12, "тринадцатый": 13, "тринадцатая": 13,
    "четырнадцатый": 14, "четырнадцатая": 14, "пятнадцатый": 15, "пятнадцатая": 15,
    "шестнадцатый": 16, "шестнадцатая": 16, "семнадцатый": 17, "семнадцатая": 17,
    "восемнадцатый": 18, "восемнадцатая": 18, "девятнадцатый": 19, "девятнадцатая": 19,
    "двадцатый": 20, "двадцатая": 20,
}
# the neuter of the units and teens, which a meeting (совещание) takes ("Седьмое совещание",
# fresh/UNEP_FAO_RC_COP.7_12_ru), and the spelling with ё
ORDINALS.update({word[:-2] + "ое": n for word, n in list(ORDINALS.items())
                 if word.endswith(("ый", "ой")) and n > 3})
ORDINALS.update({"четвёртый": 4, "четвёртое": 4})
# the tens of covers ("Шестидесятая сессия"), in the three genders
ORDINALS.update({stem + ending: n for stem, n in {
    "двадцат": 20, "тридцат": 30, "сороков": 40, "пятидесят": 50, "шестидесят": 60, "семидесят": 70,
    "восьмидесят": 80}.items() for ending in ("ый", "ая", "ое", "ой")})
ORDINALS.update({"девяностый": 90, "девяностая": 90, "девяностое": 90})
# the compounds: a cardinal ten before a unit ordinal ("Семьдесят девятая сессия" is the 79th)
_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
         "восемьдесят": 80, "девяносто": 90}
ORDINALS.update({tens + " " + unit: t + u for tens, t in _TENS.items()
                 for unit, u in list(ORDINALS.items()) if u < 10})

SESSION_WORDS = {"сессия": "session", "специальная сессия": "session", "совещание": "meeting"}

# "Пункт 2 предварительной повестки дня"
ITEM_HEADING = (r"Пункт\w*\s+(?P<list>\d{1,3}(?:\.\d{1,2})?"
                r"(?:\s*\(?[а-яa-z]\))?(?:\s*(?:,|и)\s*\d{1,2}(?:\s*\(?[а-яa-z]\))?)*)"
                r"\s+(?:(?:предварительной\s+)?повестки\s+дня|предварительного\s+перечня)")
# (an item of the General Assembly's preliminary list: "Пункт 107 предварительного перечня")

KIND_LINES = {"записка секретариата": "note", "записка генерального секретаря": "note",
              "доклад генерального секретаря": "report"}

AGENDA_TITLES = ["предварительная повестка дня и аннотации", "предварительная повестка дня с аннотациями",
                 "предварительная повестка дня"]

# the words a document's title begins with that name its genre ("Доклад Конференции ...")
# the line over a resolution's text that says it is one and who adopted it ("Resolution adopted by the General
# Assembly on ..."): its first word as printed (capitalised) and the words of its adopting
ADOPTED_LINE = ("Резолюция", "принятая")
# "Проект доклада Конференции Сторон о работе ее двадцать первой сессии": a draft report (untouched/FCCC_CP_2015_L.1_ru)
TITLE_WORDS = {"доклад": "report", "проект доклада": "report",
               "информация для участников": "information paper",
               "правила процедуры": "rules of procedure"}  # "Правила процедуры Генеральной Ассамблеи"
# the possessive of a title's "о работе ее девятой сессии" (the document's own session); "его" of a body whose name
# is masculine ("Доклад Комитета по правам инвалидов о работе его двадцать восьмой сессии",
# tests/ingest_eval/pristine/CRPD_C_28_2_ru.txt)
ITS = ["ее", "её", "своей", "его", "своего"]
# a title names its session in the genitive or prepositional ("девятой сессии", "третьей сессии"):
# the ending of the nominative ordinal -> the ending it takes there, and the session words so inflected
ORDINAL_OBLIQUE_ENDINGS = {"ая": "ой", "ья": "ьей", "ое": "ого", "ье": "ьего"}
# (a meeting's in the neuter: "о работе ее седьмого совещания", "третьего совещания")
SESSION_WORDS_OBLIQUE = {"сессии": "session", "специальной сессии": "session", "совещания": "meeting"}

ACTIONS = {
    "постановила": "decides", "постановляет": "decides", "решила": "decides", "просила": "requests",
    "просит": "requests", "настоятельно призвала": "urges", "настоятельно призывает": "urges",
    "призвала": "callsUpon", "призывает": "callsUpon", "приветствовала": "welcomes",
    "приветствует": "welcomes", "приняла к сведению": "takesNote", "принимает к сведению": "takesNote",
    "предложила": "invites", "предлагает": "invites",
    "напомнила": "recalls", "напоминает": "recalls", "ссылаясь": "recalls",
    "учредила": "establishes", "учреждает": "establishes", "вновь подтвердила": "reaffirms",
    "вновь подтверждает": "reaffirms", "одобрила": "endorses", "одобряет": "endorses",
    "согласилась": "agrees", "отметила": "notes", "отмечает": "notes", "поощряет": "encourages",
    "поощрила": "encourages",
}

# inflected forms are matched by their stem
KIND_STEMS = {"резолюци": "resolution", "решени": "decision", "рекомендаци": "recommendation",
              "правил": "rule", "стать": "article", "пункт": "paragraph"}
KINDS: dict[str, str] = {}

_UNTOC = "конвенции организации объединенных наций против транснациональной организованной преступности"
_UNCAC = "конвенции организации объединенных наций против коррупции"
BODIES = {"генеральная ассамблея": "ga", "генеральной ассамблеи": "ga",
          "экономический и социальный совет": "ecosoc", "экономического и социального совета": "ecosoc",
          "совет безопасности": "sc", "совета безопасности": "sc", "совет по правам человека": "hrc",
          "совета по правам человека": "hrc",
          # the Conferences of the two Conventions by their full names, in the nominative and the genitive ("В своей
          # резолюции 5/1, озаглавленной "...", Конференция участников Конвенции Организации Объединенных Наций против
          # транснациональной организованной преступности ...", tests/ingest_eval/fresh/CTOC_COP_report_ru_nosymbol)
          **{conference + " " + _UNTOC: "ctoc-cop"
             for conference in ("конференция участников", "конференции участников")},
          **{conference + dash + "участников " + _UNCAC: "cac-cosp"
             for conference in ("конференция государств", "конференции государств") for dash in ("-", " – ", " — ")},
          # the treaty bodies of the human rights system and the Council's two drug and crime commissions, whose
          # series the registry knows by their English names, as a cover prints them, in the nominative ("Комитет по
          # правам человека" over "Восемьдесят четвертая сессия", tests/ingest_eval/unseen/CCPR_C_84_D_1207_2003_ru;
          # the others as the UN's Russian documents name them)
          "комитет против пыток": "cat-c", "комитет по правам человека": "ccpr-c",
          "комитет по правам ребенка": "crc-c", "комитет по ликвидации расовой дискриминации": "cerd-c",
          "комитет по ликвидации дискриминации в отношении женщин": "cedaw-c",
          # the Committee's report's title, in the genitive ("Доклад Комитета по ликвидации дискриминации в
          # отношении женщин", tests/ingest_eval/untouched/A_75_38_ru.txt)
          "комитета по ликвидации дискриминации в отношении женщин": "cedaw-c",
          "комитет по экономическим, социальным и культурным правам": "e-c12",
          "комиссия по предупреждению преступности и уголовному правосудию": "e-cn15",
          "комиссия по наркотическим средствам": "e-cn7",
          # the International Law Commission, in the nominative and in its report's title, the genitive ("Доклад
          # Комиссии международного права", tests/ingest_eval/unread/A_67_10_ch8_ru.txt)
          "комиссия международного права": "a-cn4", "комиссии международного права": "a-cn4"}

# the instruments whose articles are cited ("статьи 32 Конвенции") -> their English name
INSTRUMENTS = {"пакта": "Covenant", "конвенции": "Convention", "протокола": "Protocol"}

# rules of procedure: "правилом 6 правил процедуры"
RULES_OF_PROCEDURE = "правил процедуры"

# capitalised words a sentence begins with but an item title never has inside ("В соответствии с правилом 6 ..."):
# on a page flattened onto one line, an item heading's title ends before the first of them
SENTENCE_OPENERS = ["В", "На", "Согласно", "Как", "Это", "По", "С"]
# articles begin a sentence only before a lower-case word or a body ("La Conférence sera saisie"), never
# before a name ("El Salvador", "La Haye"): they end a title only so
ARTICLES: list[str] = []
BODY_NOUNS: list[str] = []

# the words of a sentence that names the documents of an item
# ("Конференции будет представлен доклад ... (CTOC/COP/2020/2)")
DOC_PHRASES = ["документация", "предварительная повестка дня", "представлен", "представлена", "представлены",
               "содержится в", "документ", "документе", "документы", "документах", "доклад", "докладе",
               "записка", "записке", "издан", "издана"]

# whose rules of procedure a rule is of, as printed after them ("du règlement intérieur de la Conférence",
# "del reglamento de la Asamblea General", "правил процедуры Конференции") -> the English word for that body
RULES_OWNERS = {"конференции": "Conference", "комитета": "Committee", "комиссии": "Commission", "совета": "Council",
                "генеральной ассамблеи": "General Assembly"}
# words after the owner that name no other body ("de la Conférence des États parties"), lower case
OWNER_GENERIC = ["государств-участников", "участников", "сторон"]

# the Organization and its system, and the words of a meeting document (see lexicon.en.ORGANIZATION); Russian
# words inflect, so these are stems (matched at a word's start)
ORGANIZATION = ["организации объединенных наций", "организация объединенных наций", "генеральная ассамбле",
                "генеральной ассамбле", "генеральную ассамбле", "экономического и социального совета",
                "экономический и социальный совет", "совет безопасности", "совета безопасности",
                "генеральный секретар", "генерального секретар", "всемирная организация здравоохранения",
                "всемирной организации здравоохранения",
                # the treaty bodies of the human rights system
                "комитет против пыток", "комитета против пыток", "комитет по правам человека",
                "комитета по правам человека", "комитет по правам ребенка", "комитета по правам ребенка",
                "комитет по ликвидации расовой дискриминации", "комитет по ликвидации дискриминации в отношении женщин",
                # its name in the genitive ("Доклад Комитета по ликвидации дискриминации в отношении женщин",
                # tests/ingest_eval/untouched/CEDAW_42_report_contents_ru_nosymbol.txt)
                "комитета по ликвидации дискриминации в отношении женщин",
                "комитет по экономическим, социальным и культурным правам", "комитет по правам инвалидов"]
MEETING_WORDS = ["сесси", "резолюци", "решени", "повестк", "доклад", "пленарн", "государств-участник",
                 "совещани", "заседани"]  # "совещание" a meeting (of the Parties), "заседание" a sitting

# the places of sessions as this language prints them, in the cases a cover or title puts them ("в Вене") -> their
# English names (see lexicon.es.PLACES)
PLACES = {"Вена": "Vienna", "Вене": "Vienna", "Женева": "Geneva", "Женеве": "Geneva", "Нью-Йорк": "New York",
          "Нью-Йорке": "New York", "Доха": "Doha", "Дохе": "Doha", "Шарм-эш-Шейх": "Sharm el-Sheikh",
          "Шарм-эль-Шейх": "Sharm el-Sheikh", "Санкт-Петербург": "St. Petersburg", "Санкт-Петербурге": "St. Petersburg",
          "Марракеш": "Marrakech", "Марракеше": "Marrakech", "Абу-Даби": "Abu Dhabi", "Амман": "Amman",
          "Аммане": "Amman"}
# the reflexive "своей", "свою" before a cited mandate ("ссылаясь на свою резолюцию 55/59"), and the stems of the
# words that name an organ
OWN_WORDS = ["свою", "своей", "своих", "своем", "своём", "свои", "своими", "своего"]
ORGAN_WORDS = ["ассамбле", "совет", "комисси", "комитет", "конференци", "групп", "конгресс"]
