"""Call wordings: which words in a sentence report a call ("điện đàm với", "nhận điện thoại của") and which
of them do not report one that took place (plans, negations, past calls told in passing, cables, conferences).
The words come from extractors/data/call_wordings.toml and non_call_wordings.toml."""

from __future__ import annotations

import re

from extractors import lexicon
from extractors.countries import code_of

_CALLS = "call_wordings.toml"
GATE = re.compile(lexicon.alternation(_CALLS, "gate"), re.I)
# verbal statements of a call
# ... and a verb of talking whose medium follows the partner in the same clause ("nói chuyện với B qua điện thoại")
# (a dash set off by spaces opens another clause: "cần sớm có một cuộc trò chuyện - và họ sẽ nói chuyện qua điện thoại")
# (nor is a mobile phone, a device: "dặn B cứ gọi vào điện thoại di động của ông")
_MEDIA_AFTER = r"(?:(?!\s[-–—]\s)[^.;:!?]){1,80}?\b(?:" + lexicon.alternation(_CALLS, "media_after") + r")\b(?!\s+di động)"
CALL_WORDING = re.compile(lexicon.alternation(_CALLS, "call") + "|(?:" + lexicon.alternation(_CALLS, "talk_verbs")
                          + r")(?=" + _MEDIA_AFTER + ")", re.I)
_NOT_CALLS = "non_call_wordings.toml"
# the sentence opening on its highlight, "Đáng chú ý nhất là cuộc điện đàm ...": the news, no example among others
# (round 102)
_HIGHLIGHT_OPENING = re.compile(r"\W*(?:điều\s+)?đáng chú ý(?:\s+nhất)?\s+là\s+(?:các\s+|những\s+)?(?:cuộc\s*)?$", re.I)
_NOT_CALL_BEFORE = re.compile(
    r"\b(" + lexicon.alternation(_NOT_CALLS, "before") + r")\b|(?:" + lexicon.alternation(_NOT_CALLS, "before_clause_end")
    + ")$",
)  # case-sensitive, on text whose clause openings are lower-cased (`_decap`): "Bộ Kế hoạch và Đầu tư" is a name
# an appeal or a wish made in the call ("A đưa ra lời kêu gọi trong cuộc điện đàm với B"): non_call_wordings.toml
# [said_in_the_call], not counted against a call named right after "trong/tại cuộc"
# (as wordings: "(phủ nhận|bác bỏ|...)" holds the denial words)
_SAID_IN_THE_CALL = re.compile("(?:" + lexicon.alternation(_NOT_CALLS, "said_in_the_call") + ")", re.I)
_IN_THE_CALL_NOUN = re.compile(r"\b(?:trong|tại)\s+(?:một\s+)?(?:cuộc|buổi)\s*$", re.I)
_PAST_IN_HEAD = re.compile(r"\b(" + lexicon.alternation(_NOT_CALLS, "past_in_head") + r")\b")
_PERIOD_REVIEW = re.compile(r"\b(" + lexicon.alternation(_NOT_CALLS, "period") + r")\b", re.I)
# "sau khi được bầu", "kể từ khi nhậm chức": a call told against a term of office ("ngay sau khi": right after, a
# report of the day; "lần đầu tiên kể từ khi nhậm chức": the first call since, news of its own)
_TERM_OF_OFFICE = re.compile(r"(?<!ngay )\b(" + lexicon.alternation(_NOT_CALLS, "term_of_office") + r")\b", re.I)
_TELLING_SPLIT = re.compile(r"\b(?:" + lexicon.alternation("telling.toml", "tells_of_call") + r"|cho hay)\b")
_FIRST_SINCE = re.compile(r"lần đầu(?: tiên)?\s+(?:kể\s+)?$", re.I)
# (a comma may come between: "tiến hành một cuộc điện đàm, sớm nhất là vào tối nay")
_SOON_AFTER = re.compile(r"\s*(?:,\s*)?(" + lexicon.alternation(_NOT_CALLS, "after") + ")", re.I)
# "cuộc điện đàm giữa A và B dự kiến diễn ra ...": the people, then a predicate of the future, in one clause (a comma
# only inside a title: "Bộ trưởng Quốc phòng, Đại tướng X")
# (a few words may come first: "cuộc điện đàm đầu tiên với B", "cuộc gọi hôm 5/3 giữa A và B")
_PAIR_OPENER = re.compile(r"(?:\s+[^\s,.;:]+){0,3}?\s+(?:giữa|với|của)(?=\s)", re.I)
_FUTURE_AFTER_PAIR = re.compile(r"\s(?:[^.;,]|,\s*(?=[A-ZĐ]))*?\s(?:"
                                + lexicon.alternation(_NOT_CALLS, "future_after_pair") + r")\b", re.I)
_PAST_AFTER = re.compile(r"\b(" + lexicon.alternation(_NOT_CALLS, "past_after") + r")\b")
# (a wording may end on the sentence's full stop: "... không trả lời.")
_FAILED_AFTER = re.compile(r"\b(?:" + lexicon.alternation(_NOT_CALLS, "failed_after") + r")(?!\w)", re.I)
# a sentence opening on "Sau cuộc điện đàm", and a past word in the main clause after its comma
_AFTER_THE_CALL_OPENING = re.compile(r"\W*(?:[^,]{0,30},\s*)?sau\s+(?:các\s+|những\s+)?(?:cuộc\s*)?$", re.I)
_PAST_IN_MAIN_CLAUSE = re.compile(r"\b(?:" + lexicon.alternation(_NOT_CALLS, "past_in_main_clause") + r")\b", re.I)
_REMEMBERED = re.compile(r"\b(" + lexicon.alternation(_NOT_CALLS, "remembered") + r")\s+(các\s+|những\s+)?cuộc\s*$",
                         re.I)
# the same right before a call wording that is itself the noun ("tiền đề cho cuộc gọi giữa A và B")
_REMEMBERED_BARE = re.compile(r"\b(" + lexicon.alternation(_NOT_CALLS, "remembered") + r")\s+$", re.I)


def _decap(text: str) -> str:
    """Lower-case the first letter of the text and of each clause, so that "Dự kiến, ..." reads like "dự kiến"
    while capitalised words inside names ("Bộ Kế hoạch và Đầu tư") keep their capital."""
    return re.sub(r"(^|[,;:.(]\s*)(\w)", lambda m: m.group(1) + m.group(2).lower(), text.lstrip())
# in an article whose calls are only named: the call is still to come (non_call_wordings.toml [coming])
COMING = re.compile(lexicon.alternation(_NOT_CALLS, "coming"), re.I)
_NOT_CALL_NEAR = re.compile(lexicon.alternation(_NOT_CALLS, "near"), re.I)
# people posing as an official before the call wording (non_call_wordings.toml [posing_before])
_POSING = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_NOT_CALLS, "posing_before") + r")(?![\w])", re.I)
# right before a call noun that is a time for the sentence's call told first (non_call_wordings.toml
# [time_of_another_call])
_TIME_OF_ANOTHER_CALL = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_NOT_CALLS, "time_of_another_call")
                                   + r")(?:cuộc\s*)?$", re.I)
VIDEO_WORDING = re.compile(lexicon.alternation(_CALLS, "video"), re.I)
# an online medium anywhere in a call wording ("hội đàm trực tuyến", "gọi video", "qua cầu truyền hình"): near it a
# conference of many is looked for, and a wording of it with three partners is a conference (extractors.candidates)
ONLINE_MEDIUM = re.compile(r"trực tuyến|video|truyền hình", re.I)
_MULTILATERAL = re.compile(lexicon.alternation(_CALLS, "multilateral"), re.I)
_GROUPING = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_CALLS, "groupings") + r")")
_CONFERENCE = re.compile(lexicon.alternation(_CALLS, "conferences"))


_BILATERAL_NAME = re.compile(r"\s*(?:song phương\s+)?(?:giữa\s+)?(\S[^,.;]{1,40}?)\s*[-–]\s*(\S[^,.;]{1,40}?)(?=[,.;]|\s+(?:lần|năm|đã|và|với)\b|$)")


# "... và Chủ tịch Trung Quốc B đã bắt đầu / tổ chức": two people holding the summit (not "dự", attending one)
_PAIR_HOLDS = re.compile(r"\s(?:và|cùng)\s+(?:[^,.;]|(?<=\d)\.(?=\d)){3,80}?\s+(?:đã\s+|vừa\s+)?(?:bắt đầu|tổ chức|tiến hành|mở đầu|có)\s+"
                         r"(?:cuộc\s+|một\s+cuộc\s+)?$")
# ("A và B đã có cuộc gặp thượng đỉnh theo hình thức trực tuyến": the summit the two have is theirs, "song phương" or not)
_BILATERAL_TALK = re.compile(r"\b(?:hội đàm|gặp|cuộc gặp|hội nghị)\s+(?:thượng đỉnh|cấp cao)(?:\s+song phương)?\s*$", re.I)
# "A và B đã hội đàm trực tuyến, đánh dấu cuộc gặp thượng đỉnh song phương đầu tiên": a summit called bilateral after
_CALLED_BILATERAL = re.compile(r"[^.;]{0,60}?\b(?:thượng đỉnh|cấp cao)\s+song phương\b", re.I)
_PAIR_HAS = re.compile(r"\s(?:và|cùng)\s+(?:[^,.;]|(?<=\d)\.(?=\d)){3,80}?\s+(?:đã\s+|vừa\s+)?(?:có|tổ chức|tiến hành)\s+(?:cuộc\s+|một\s+cuộc\s+)?")
_PAIR_JOINED = re.compile(r"\s(?:và|cùng)\s+[^,.;]{3,120}$")
# after the summit words: a group or a body ("G20", "APEC", "các nhà lãnh đạo", "cùng ...") makes it a conference
_OTHER_PARTIES = re.compile(r"\s*(?:[A-Z]{2,}|G\d+|(?i:hội nghị|với các|cùng|của các))")


def _bilateral_summit(s: str, t0: int, t1: int) -> bool:
    """ "Hội nghị thượng đỉnh trực tuyến Việt Nam - Ấn Độ": an online summit of two countries is a video call
    between their leaders (ASEAN, EU or more countries make it a conference)."""
    # "A và B đã có cuộc hội đàm thượng đỉnh song phương theo hình thức trực tuyến": a bilateral summit talk whose
    # medium is told after it
    if _BILATERAL_TALK.search(s, max(0, t0 - 50), t0) and _PAIR_HAS.search(s, 0, t0) and not _OTHER_PARTIES.match(s, t1):
        return True
    if _CALLED_BILATERAL.match(s, t1) and _PAIR_JOINED.search(s, 0, t0) and not _OTHER_PARTIES.match(s, t1):
        return True
    if not re.search(r"thượng đỉnh|cấp cao", s[t0:t1], re.I):
        return False
    # "A và B đã bắt đầu hội nghị thượng đỉnh trực tuyến": the two who hold it, and no other party named after it
    if _PAIR_HOLDS.search(s, 0, t0) and not _OTHER_PARTIES.match(s, t1):
        return True
    m = _BILATERAL_NAME.match(s, t1)
    if not m:
        return False
    a, b = code_of(m.group(1)), code_of(m.group(2))
    return bool(a and b and a != b and a not in ("EU", "UN") and b not in ("EU", "UN"))


# "A, lúc đó vẫn đang ở Mỹ, trao đổi ...": an aside about the subject set off by commas, what he was then
_THEN_ASIDE = re.compile(r",\s*lúc (?:ấy|đó)\b[^,;.]{1,50},")


def _without_aside(head: str) -> str:
    """The words before a call wording less an aside about the subject then, in a sentence that dates its call ("Ngày
    1/1, A, lúc đó vẫn đang ở Mỹ, trao đổi qua điện thoại với B": the call of that day, not a past one told in
    passing)."""
    aside = _THEN_ASIDE.search(head)
    return head[:aside.start()] + "," + head[aside.end():] if aside and _names_its_day(head[:aside.start()]) else head


def _names_its_day(text: str) -> bool:
    """Whether a stretch of a sentence gives a day and month ("ngày 29-9", "chiều 5/6") or a weekday ("hôm thứ Tư")."""
    from extractors.dates import find_dates  # dates reads this module's wordings: imported when first needed

    return any((h.day and h.month) or h.weekday is not None for h in find_dates(text))


# "Trước đó cùng ngày, ...", and "Hôm trước đó, ..." (the day before): a day told, not a call of the past
_ANNOUNCED_BEFORE = re.compile(r"\b(?:" + lexicon.alternation("datelines.toml", "announced_before") + r")\b", re.I)
_EARLIER_SAME_DAY = re.compile(r"\b(?:" + lexicon.alternation("datelines.toml", "earlier_same_day") + r")\b", re.I)


# the clause after a call wording: a comma before a military rank stays inside it ("giữa Bộ trưởng Quốc phòng, Đại
# tướng X và B diễn ra cách đây hai năm")
_CLAUSE_AFTER = re.compile(r"(?:[^.;,]|,\s*(?=(?:" + lexicon.alternation("honorifics.toml", "military_ranks") + r")\s))*")


# a clause of another event after the call wording, which its time words are about (non_call_wordings.toml
# [other_event_after])
_OTHER_EVENT = re.compile(r"\b(?:" + lexicon.alternation(_NOT_CALLS, "other_event_after") + r")\b", re.I)


_WHO_ASKED = re.compile(r"\blà\s+(?:người|bên|phía)\s+(?:đã\s+)?$", re.I)


def _without_term_clause(s: str, t0: int) -> str:
    """The sentence less the phrase of a term of office before the call wording, up to its clause's end ("kể từ khi
    nhậm chức ngày 20/1,"), found in the sentence as written (the head searched is rewritten, its offsets not s's)."""
    term = _TERM_OF_OFFICE.search(s, 0, t0)
    return s if term is None else s[:term.start()] + s[_CLAUSE_END.search(s, term.end()).start():]


_CLAUSE_END = re.compile(r"[,;]|$")
# "twice" before the call wording: on a day the sentence names, two calls of that day's news, not a count of the past
_TWICE = re.compile(r"(?:hai|2)\s+lần", re.I)


def _past_call_before_semicolon(head: str) -> bool:
    """Whether the clause before the last semicolon of a call's head tells a call with a past word before it
    (non_call_wordings.toml [before]), and the call's own clause names no day."""
    cut = head.rfind(";")
    if cut < 0 or _names_its_day(head[cut + 1:]):
        return False
    earlier = head[:cut].split(";")[-1]
    wording = CALL_WORDING.search(earlier)
    if wording is None:
        return False
    clause = re.split(r"[,:]", earlier[:wording.start()])[-1]
    return any(m.group(1) for m in _NOT_CALL_BEFORE.finditer(_decap(clause)))


def another_call_as_a_time(s: str) -> int:
    """Where a call noun told as the time of the sentence's call begins ("A điện đàm với B sau cuộc gọi với C"), or -1:
    the call after it is another, told in passing unless the article names its partner elsewhere."""
    for m in CALL_WORDING.finditer(s):
        if (time := _TIME_OF_ANOTHER_CALL.search(s, 0, m.start())) and CALL_WORDING.search(s, 0, time.start()):
            return time.start()
    return -1


# "(tháng 4/2021)", "(8/2024)": a month and year in brackets, how a list of past contacts dates its items
_BRACKETED_MONTH = re.compile(r"\(\s*(?:tháng\s+)?\d{1,2}\s*[/-]\s*(?:19|20)\d\d\s*\)", re.I)


# "hồi đầu tuần": a past word before a recent time of the news (non_call_wordings.toml [recent_after_past_word])
_RECENT_AFTER_PAST_WORD = re.compile(r"\bhồi\s+(?=(?:" + lexicon.alternation(_NOT_CALLS, "recent_after_past_word")
                                     + r")\b)", re.I)


def skip_trigger(s: str, t0: int, t1: int, primary: bool) -> bool:
    # ("A hồi đầu tuần đã điện đàm với B": the report of the week's call; blanked, the offsets hold)
    s = _RECENT_AFTER_PAST_WORD.sub(lambda m: " " * len(m.group(0)), s)
    # "Trước đó cùng ngày, ..." is earlier on the same day, not a past call
    head = _ANNOUNCED_BEFORE.sub(" ", _EARLIER_SAME_DAY.sub(" ", s[:t0]))  # ("Đúng như thông báo trước đó, ...")
    if _SOON_AFTER.match(s[t1:]):
        return True
    # the call as a noun whose people are followed by a predicate of the future
    if re.search(r"\bcuộc\s*$", s[:t0], re.I) or re.match(r"cuộc\b", s[t0:t1], re.I):
        opener = _PAIR_OPENER.match(s, t1)
        people_at = opener.end() if opener else t1 if re.search(r"\b(?:giữa|với|của)$", s[t0:t1], re.I) else -1
        if people_at >= 0 and _FUTURE_AFTER_PAIR.match(s, people_at):
            return True
    # a review of a period ("Trong năm 2023, Thủ tướng đã điện đàm với ..."), not the report of one call; but a
    # call given its own day after the period words is one call ("Nhân dịp ... trong năm kỷ niệm 70 năm ..., ngày
    # 29-9, A và B tiến hành điện đàm")
    period = _PERIOD_REVIEW.search(head)
    # (two calls on a day the sentence names are that day's news: "Cũng trong ngày 3/2, A đã hai lần điện đàm với B",
    # round 126)
    if period and not _names_its_day(head[period.end():]) and not (_TWICE.fullmatch(period.group(0)) and _names_its_day(head)):
        return True
    # a call told against the official's time in office, in a sentence naming no day: told in passing
    # (the day of the taking of office is not the call's: "Kể từ khi nhậm chức ngày 20/1, ông A đã trao đổi qua điện
    # thoại với nhiều lãnh đạo, kể cả B")
    if (term := _TERM_OF_OFFICE.search(head)) and not _FIRST_SINCE.search(head, 0, term.start()) \
            and not _names_its_day(_without_term_clause(s, t0)):
        return True
    # (the clause of the call: after the last comma, or after a source's telling, "Hãng AFP đưa tin A đã điện đàm ...",
    # whose words before are another clause's, a headline's run into the lead among them)
    clause = _TELLING_SPLIT.split(re.split(r"[,;:]", head)[-1])[-1] if primary else head
    in_the_call = _IN_THE_CALL_NOUN.search(head) is not None
    # ("A là người đề nghị cuộc điện đàm với B": who asked for a call that took place, not a call proposed)
    if any(not (in_the_call and m.group(1) and _SAID_IN_THE_CALL.fullmatch(m.group(1))) and not _WHO_ASKED.search(clause, 0, m.start())
           and not (m.group(1) is None and _HIGHLIGHT_OPENING.match(clause))
           and not (_TWICE.fullmatch(m.group(1) or "") and _names_its_day(head))
           for m in _NOT_CALL_BEFORE.finditer(_decap(clause))) or _PAST_IN_HEAD.search(_decap(_without_aside(head))):
        return True
    # "A khi đó đã điện đàm với B; C điện đàm với D": the past word of a list's first call holds for the calls told
    # after its semicolons, when they name no day of their own (round 122)
    if primary and _past_call_before_semicolon(head):
        return True
    # "A điện đàm với B hồi tháng 3": a past call told in passing
    # (not in a clause of another event after it: "cuộc điện đàm đầu tiên kể từ khi X bị lật đổ hồi năm ngoái")
    clause_after = _OTHER_EVENT.split(_CLAUSE_AFTER.match(s, t1).group(0), 1)[0]
    if _PAST_AFTER.search(clause_after):
        return True
    # "A điện đàm với B (tháng 4/2021)": a month and year in brackets, an item of a list of past contacts (real pages of
    # round 146)
    if _BRACKETED_MONTH.search(clause_after):
        return True
    # "Sau cuộc điện đàm với B hôm 16/10, A từng thông báo ...": the call before a past event, background
    if _AFTER_THE_CALL_OPENING.fullmatch(s, 0, t0) and (comma := s.find(",", t1)) >= 0 \
            and _PAST_IN_MAIN_CLAUSE.search(re.split(r"[,;:.]", s[comma + 1:])[0]):
        return True
    # "A gọi cho B nhưng không liên lạc được": a call tried that did not go through
    if _FAILED_AFTER.search(s, t1):
        return True
    # the call as a remembered object: "ý nghĩa của cuộc điện đàm", "nhắc lại cuộc điện đàm ngày 5/6 giữa A và B"
    if _REMEMBERED.search(head) or (re.match(r"cuộc\b", s[t0:t1], re.I) and _REMEMBERED_BARE.search(head)):
        return True
    if _POSING.search(s, 0, t0):
        return True  # "Hai người đã giả danh ông B để gọi cho A": a prank, no call of B's
    window = s[max(0, t0 - 40):t1 + 40]
    # (a wording that says the phone was the medium, "trao đổi qua điện thoại với", reports a call whatever is near)
    if _NOT_CALL_NEAR.search(window) and not re.search(r"gọi điện|điện đàm|qua điện thoại", s[t0:t1], re.I):
        return True
    trig = s[t0:t1].lower()
    if ONLINE_MEDIUM.search(trig):
        around = s[max(0, t0 - 60):t1 + 60]
        if re.search(r"hội nghị trực tuyến\s+với$", trig) or trig.startswith(("đồng chủ trì", "cùng chủ trì")):
            # "tiến hành hội nghị trực tuyến với B", "A và B đồng chủ trì hội nghị trực tuyến giữa hai Đảng": two people
            around = s[max(0, t0 - 60):t0] + " " + s[t1:t1 + 60]
        if _MULTILATERAL.search(around) and not _bilateral_summit(s, t0, t1):
            return True
        if _GROUPING.search(s, max(0, t0 - 60), t1 + 60):
            return True  # "đồng chủ trì Hội nghị Bộ trưởng Ngoại giao Mekong - Mỹ trực tuyến": a conference (round 131)
        # "dự Hội nghị Bộ trưởng Ngoại giao ASEAN - Trung Quốc theo hình thức trực tuyến": a conference
        if re.match(r"(theo|dưới) hình thức|họp", trig) and _CONFERENCE.search(s):
            return True
    return False
