"""Chinese: symbols, dates and mandate numbers (no spaces between words; the prose is not read)."""

LANGUAGE = "zh"

# "2013年7月1日": months are numbers
MONTHS = [f"{n}月" for n in range(1, 13)]
MONTH_VARIANTS: dict[str, int] = {}

ORDINALS = {"第一": 1, "第二": 2, "第三": 3, "第四": 4, "第五": 5, "第六": 6, "第七": 7, "第八": 8,
            "第九": 9, "第十": 10, "第十一": 11, "第十二": 12}

ACTIONS = {"决定": "decides", "请": "requests", "敦促": "urges", "欢迎": "welcomes", "注意到": "notes",
           "鼓励": "encourages", "邀请": "invites", "回顾": "recalls"}

# "第6/3号决议": the kind follows the number
KINDS = {"决议": "resolution", "决定": "decision", "建议": "recommendation", "规则": "rule",
         "条": "article", "段": "paragraph"}

BODIES = {"大会": "ga", "经济及社会理事会": "ecosoc", "经社理事会": "ecosoc", "安全理事会": "sc",
          "人权理事会": "hrc"}

# full-width digits and the slash, read as ASCII
DIGITS = str.maketrans("０１２３４５６７８９／", "0123456789/")

# Chinese numerals of session lines ("第三届会议", "第二十三届会议")
NUMERALS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def number(numeral: str) -> int | None:
    """"三" -> 3, "十" -> 10, "十二" -> 12, "二十三" -> 23, "一百" -> 100, "23" -> 23; None for anything else."""
    if numeral.isdigit():
        return int(numeral)
    total, unit = 0, None
    for ch in numeral:
        if ch in NUMERALS:
            if unit is not None:
                return None
            unit = NUMERALS[ch]
        elif ch in "十百":
            total += (1 if unit is None else unit) * (10 if ch == "十" else 100)
            unit = None
        else:
            return None
    return total + (unit or 0) if numeral else None


# the words of a session line after "第N": "第三届会议" (session), "第二次会议" (meeting)
SESSION_WORDS = {"届会议": "session", "届会": "session", "次会议": "meeting"}

# the words of a sentence around "第N届会议" that make it a session the prose names, never a session line:
# before it "在" (at), "自"/"从" (since), "于" (at); after it "以来" (since), "上" (at ...), "期间" (during),
# "之后"/"以后" (after), "之前"/"以前" (before), "结束" (its close): "本报告总结了委员会第二十二届会议以来 ...",
# "委员会在第二十二届会议上通过的报告" (unread/CED_C_23_2_zh: the Committee's past session; the report is of the 23rd)
SESSION_PROSE_BEFORE = ["在", "自", "从", "于"]
SESSION_PROSE_AFTER = ["以来", "上", "期间", "之后", "以后", "之前", "以前", "结束"]

# "临时议程项目 2(a)"; the provisional agenda's footnote mark between its words and the item's
# ("临时议程 * 项目 2(a)(c)(e)(f)", fresh/CTOC_COP_2006_7_Rev.1_zh), several sub-items of one item run
# together, and the agenda's item under the session line ("第五十五届会议议程项目105", fresh/A_55_383_Add.2_zh;
# never "审议了议程项目3" in a sentence)
ITEM_HEADING = (r"(?:临时|(?<=届会议)|(?<![\u4e00-\u9fff]))议程\s*(?:\*{1,3}\s*)?项目\s*(?P<list>\d{1,3}(?:\.\d{1,2})?"
                r"(?:\s*\([a-z]\))*(?:\s*(?:和|、|,)\s*\d{1,3}(?:\s*\([a-z]\))*)*)")

# the kind line under a cover's title: "执行秘书的说明" (note by the Executive Secretary)
KIND_LINES = {"执行秘书的说明": "note", "秘书处的说明": "note", "秘书长的说明": "note", "秘书长的报告": "report",
              "秘书处的报告": "report"}

AGENDA_TITLES = ["临时议程和说明", "临时议程和附加说明", "临时议程"]

# the words a document's title is, naming its genre ("与会者须知": information for participants)
TITLE_WORDS = {"与会者须知": "information paper"}
# the head nouns a Chinese title ends with, naming its genre: Chinese puts the noun last ("关于...的报告", a report on
# ..., tests/ingest_eval/unread/CED_C_23_2_zh.txt line 20; "总务委员会第一次报告", the General Committee's first
# report); never a draft's ("报告草案" ends with the draft)
TITLE_ENDINGS = {"报告": "report"}
# the verbs an agenda item's title opens with before the report it considers ("审议...的报告", "通过报告"): such a line
# is an item's, not the title of a report
TITLE_VERBS = ["审议", "审查", "通过", "讨论", "介绍", "提交", "编写", "核可", "批准"]

# the Organization and its system, and the words of a meeting document (see lexicon.en.ORGANIZATION)
ORGANIZATION = ["联合国", "大会", "经济及社会理事会", "安全理事会", "人权理事会", "秘书长", "世界卫生组织"]
MEETING_WORDS = ["届会", "决议", "决定", "议程", "报告", "全体会议", "缔约国"]

# the words that name an organ (see lexicon.en.ORGAN_WORDS): a Chinese "其" after one is that organ's, perhaps
ORGAN_WORDS = ["大会", "理事会", "委员会", "会议", "小组", "缔约方"]

# the places of sessions as this language prints them -> their English names (see lexicon.es.PLACES)
PLACES = {"维也纳": "Vienna", "日内瓦": "Geneva", "纽约": "New York", "多哈": "Doha", "沙姆沙伊赫": "Sharm el-Sheikh",
          "圣彼得堡": "St. Petersburg", "马拉喀什": "Marrakech", "阿布扎比": "Abu Dhabi", "安曼": "Amman"}
