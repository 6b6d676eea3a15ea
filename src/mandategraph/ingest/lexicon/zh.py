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
