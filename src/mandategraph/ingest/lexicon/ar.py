"""Arabic: symbols, dates and mandate numbers (the prose is not read)."""

LANGUAGE = "ar"

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيه", "يوليه", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]
# the spellings of the Levant and the other forms UN texts use
MONTH_VARIANTS = {"كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
                  "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11,
                  "كانون الأول": 12, "يونيو": 6, "يوليو": 7, "ابريل": 4, "اكتوبر": 10}

ORDINALS = {"الأولى": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6,
            "السابعة": 7, "الثامنة": 8, "التاسعة": 9, "العاشرة": 10}

ACTIONS: dict[str, str] = {}

# "القرار 6/3", "المقرر 4/4": the prefix ال and suffixes are matched by the stem
KIND_STEMS = {"قرار": "resolution", "مقرر": "decision", "توصي": "recommendation"}
KINDS: dict[str, str] = {}

BODIES = {"الجمعية العامة": "ga", "المجلس الاقتصادي والاجتماعي": "ecosoc", "مجلس الأمن": "sc",
          "مجلس حقوق الإنسان": "hrc",
          # "بقرار لجنة منع الجريمة والعدالة الجنائية 5 / 1" (tests/ingest_eval/fresh/A_RES_52_91_ar_nosymbol)
          "لجنة منع الجريمة والعدالة الجنائية": "e-cn15"}

# the kind line under a cover's title ("Note by the Secretariat", "Information note": untouched/NERC_02_INF.1_ar)
KIND_LINES = {"مذكرة من الأمانة العامة": "note", "مذكرة من الأمين العام": "note", "مذكرة إعلامية": "note"}

# the words a document's title begins with that name its genre ("تقرير اللجنة التحضيرية ...", the report of the
# Preparatory Committee, A/55/43 (Part II))
TITLE_WORDS = {"تقرير": "report"}

# Arabic-Indic digits, read as the digits they are
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# the Organization and its system, and the words of a meeting document (see lexicon.en.ORGANIZATION)
ORGANIZATION = ["الأمم المتحدة", "الجمعية العامة", "المجلس الاقتصادي والاجتماعي", "مجلس الأمن", "الأمين العام",
                "منظمة الصحة العالمية",
                # the agencies of the system as Arabic prints them
                "المنظمة العالمية للملكية الفكرية", "منظمة الأغذية والزراعة", "لجنة مناهضة التعذيب",
                "اللجنة المعنية بحقوق الإنسان"]
MEETING_WORDS = ["الدورة", "قرار", "القرار", "مقرر", "المقرر", "جدول الأعمال", "تقرير"]

# the places of sessions as this language prints them -> their English names (see lexicon.es.PLACES)
PLACES = {"فيينا": "Vienna", "جنيف": "Geneva", "نيويورك": "New York", "الدوحة": "Doha", "شرم الشيخ": "Sharm el-Sheikh",
          "سانت بطرسبرغ": "St. Petersburg", "مراكش": "Marrakech", "أبو ظبي": "Abu Dhabi"}
# "its" is a suffix of the mandate's word in Arabic ("بقرارها 50 / 145", "قراريها": its resolution, its two
# resolutions); the words that name an organ, as they stand inside a word (with "ال", "ب" before them)
OWN_SUFFIXES = ["ها"]
ORGAN_WORDS = ["الجمعية", "مجلس", "لجنة", "مؤتمر", "فريق"]
