"""Dates of a call: day-precision dates in a sentence ("ngày 4/3", "chiều 16-4", "tối qua"), which of them
dates the call, the "cùng ngày" (same day) of an earlier event, and the resolved ISO date. Dateline words
come from extractors/data/datelines.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from extractors import lexicon
from extractors.sentences import Sentence
from extractors.triggers import CALL_WORDING, skip_trigger

_DATELINES = "datelines.toml"


# "sáng", "chiều", "tối", "hôm", ... (datelines.toml [day_parts]), as one group
DAY_PART = "(?:" + lexicon.alternation(_DATELINES, "day_parts") + ")"
# a clock time opening an entry of a live page ("22:40 - ", "08h15: ")
ENTRY_CLOCK = r"\d{1,2}\s*[:hg]\s*\d{2}\s*[-–—:]\s"
# a slash typed twice is a typing slip ("Ngày 11//12"), not another form
_DATE_NUM = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*([/.\-])(?:(?<=/)/)?\s*(\d{1,2})(?:\2(\d{4}))?(?![\d%]|[/.\-]\d)")
# "ngày 23 tháng 7 (năm 2021)"; without "ngày" after a day part ("hôm 23 tháng 7") or with its year ("(23 tháng 7 năm
# 2021)")
_DATE_FULL = re.compile(r"(?:ngày\s+|(?<![\w])" + DAY_PART + r"\s+|(?<![\w/.\-])(?=\d{1,2}\s+tháng\s+\d{1,2}\s*năm\s*\d{4}))"
                        r"(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?", re.I)
_RELATIVE_DAYS = {w: r["days_back"] for w, r in lexicon.records(_DATELINES, "relative_days").items()}
# "hai ngày trước đó", "ba ngày trước khi ...": counted from another day, not from the publication
_REL = re.compile(r"\b(" + lexicon.alternation(_DATELINES, "relative_days")
                  + r")\b(?!\s+(?:đó|khi)\b)(\s*\((\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{4}))?\))?", re.I)
_REPORTED = re.compile(lexicon.alternation(_DATELINES, "reported"), re.I)


def _source_then_day(section: str, issue: str = "") -> re.Pattern[str]:
    """A source of a section's words, a few words of its name, then (the words of an issue and) a day, no comma
    between: the day of that source's report."""
    return re.compile(r"\b(?:" + lexicon.alternation(_DATELINES, section) + r")\s+[^,;:.()]{1,40}?\s+" + issue
                      + r"(?:" + DAY_PART + r"\s+)*$", re.I)


# "Theo tờ Independent ngày 24/3, ...": a source, a few words of its name and the day of its report
_SOURCE_DATED = _source_then_day("source_dates", r"(?:(?:số\s+)?ra\s+)?")
# "..., hãng tin Reuters ngày 2-2 dẫn báo Washington Post": a source, its name, the day of its report, a verb of reporting
_AGENCY_BEFORE = _source_then_day("agency_before_date")
# right before a day: the end of a span or a deadline (datelines.toml [until_words])
_UNTIL = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_DATELINES, "until_words") + r")(?:ngày\s+)?$", re.I)
_REPORTING_AFTER = re.compile(r"[^,;:.()]{1,16}?\s+(?:" + lexicon.alternation(_DATELINES, "reported")
                              + "|" + lexicon.alternation(_DATELINES, "agency_verbs") + r")\b", re.I)
# "Sáng ngày 12, ..." (a day without its month, the style of pages translated from Korean or Japanese): a day of
# the publication's month, read only when the publication date is known (month 0 in the hit)
_DAY_ONLY = re.compile(r"(?<![\w/.\-])(?:(?:sáng|trưa|chiều|tối|đêm|hôm)\s+)?ngày\s+(\d{1,2})(?=\s*,)", re.I)
_DAY_ONLY_MAX_BACK = 10  # days before publication
# A day this close after the publication date is this year's: the page's date is its first publication and the text
# was updated since (a call on 19/9 in a page stamped 15/9), or the time zones differ. A day later than that is the
# previous year's (a call on 31/12 reported on 2/1).
_STAMP_BEFORE_UPDATE_DAYS = 10


# "hôm thứ Ba", "tối Chủ nhật": a capitalised weekday after a day-part word ("lần thứ hai" is an ordinal)
_WEEKDAYS = {"thứ hai": 0, "thứ ba": 1, "thứ tư": 2, "thứ năm": 3, "thứ sáu": 4, "thứ bảy": 5, "chủ nhật": 6}
_WEEKDAY_NAME = r"(?:thứ|Thứ)\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|[Cc]hủ [Nn]hật"
_BEFORE_WEEKDAY = r"(?:hôm|vào|(?:trong|vào)\s+ngày|sáng|trưa|chiều|tối|đêm|rạng sáng|tức)"  # ("A ngày thứ Tư cho biết": a telling's)
# the words after a weekday that say it past, of this week or of the week before (datelines.toml [weekday_after],
# [weekday_last_week])
_WEEKDAY_AFTER = lexicon.alternation(_DATELINES, "weekday_after") + "|" + lexicon.alternation(_DATELINES, "weekday_last_week")
_WEEKDAY = re.compile(r"\b(?i:" + _BEFORE_WEEKDAY + r")\s+(" + _WEEKDAY_NAME + r")\b|"
                      # "Thứ Tư vừa qua, ...", "thứ Tư tuần này", "thứ Tư tuần trước"
                      r"\b(" + _WEEKDAY_NAME + r")(?=\s+(?i:" + _WEEKDAY_AFTER + r")\b)")
# such words right after a weekday
_PAST_WEEKDAY = re.compile(r"\s+(?i:" + _WEEKDAY_AFTER + r")\b")
# "tối thứ Sáu tuần trước": that weekday of the calendar week before the publication's
_LAST_WEEK = re.compile(r"\s+(?i:" + lexicon.alternation(_DATELINES, "weekday_last_week") + r")\b")
# "Rạng sáng thứ ba 3/2", "hôm thứ hai 24-10": a weekday in lower case after a part of the day, before the date
_DAY_PART_WEEKDAY = re.compile(r"(?<![\w])" + _BEFORE_WEEKDAY + r"\s+(?:" + _WEEKDAY_NAME + r")\s*$", re.I)
# "ngày 12 tháng Sáu (năm 2024)": a month written as a word (datelines.toml [month_words])
_MONTH_WORDS = lexicon.field_by_word(_DATELINES, "month_words", "month")
_DATE_MONTH_WORD = re.compile(r"(?i:ngày)\s+(\d{1,2})\s+(?i:tháng)\s+(" + lexicon.alternation(_DATELINES, "month_words")
                              + r")\b(?:\s*(?:(?i:năm)|,)\s*(\d{4}))?")


# an English date written in the text ("March 6", "March 6, 2018", "(March 6)" in a wire dateline), the month's name
# capitalised (datelines.toml [english_months])
_ENGLISH_MONTHS = lexicon.field_by_word(_DATELINES, "english_months", "month")
_DATE_ENGLISH = re.compile(r"(?<![\w])(" + lexicon.alternation(_DATELINES, "english_months") + r")\.?\s+(\d{1,2})"
                           r"(?:st|nd|rd|th)?(?![\w/.:-]\d)(?:,?\s+(\d{4}))?\b")


@dataclass
class DateHit:
    day: int
    month: int
    year: int | None
    pos: int
    relative: int | None = None  # days before publication for "hôm nay"/"tối qua" without a date
    weekday: int | None = None  # "hôm thứ Ba" without a date: the last such weekday on or before publication
    last_week: bool = False  # "thứ Sáu tuần trước": the weekday of the calendar week before the publication's


def _days_back(word: str) -> int:
    """Days before publication of a relative day as written ("Hôm nay" -> 0, "tối qua" -> 1)."""
    back = _RELATIVE_DAYS.get(word.lower())
    if back is None:  # a spelling that only the case-blind regex equates with an entry
        back = next(v for k, v in _RELATIVE_DAYS.items() if re.fullmatch(re.escape(k), word, re.I))
    return back


def find_dates(s: str) -> list[DateHit]:
    """Dates of day precision in a sentence that are introduced as such ("ngày 4/3", "chiều 16-4", "tối qua")."""
    hits: list[DateHit] = []
    spans: list[tuple[int, int]] = []  # the text the dates introduced by "ngày" or a month word stand on
    for m in _DATE_FULL.finditer(s):
        d, mo = int(m.group(1)), int(m.group(2))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            hits.append(DateHit(d, mo, int(m.group(3)) if m.group(3) else None, m.start()))
            spans.append(m.span())
    for m in _DATE_MONTH_WORD.finditer(s):
        d, mo = int(m.group(1)), _MONTH_WORDS[m.group(2).lower()]
        if 1 <= d <= 31:
            hits.append(DateHit(d, mo, int(m.group(3)) if m.group(3) else None, m.start()))
            spans.append(m.span())
    for m in _DATE_ENGLISH.finditer(s):
        d, mo = int(m.group(2)), _ENGLISH_MONTHS.get(m.group(1).lower())
        if re.match(r"\s+(?:phút|giờ|lần|người|năm|tuổi|ngày|tháng|tỷ|triệu|nghìn|%)", s[m.end():]):
            continue  # a count after a name ("Thủ tướng May 12 phút"), not a day
        if mo and 1 <= d <= 31:
            hits.append(DateHit(d, mo, int(m.group(3)) if m.group(3) else None, m.start()))
            spans.append(m.span())
    for m in _DATE_NUM.finditer(s):
        if any(a <= m.start() < b for a, b in spans):
            continue  # the numbers of a date already read ("ngày 24/8/2023")
        d, mo = int(m.group(1)), int(m.group(3))
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        pre = s[max(0, m.start() - 16):m.start()]
        if re.search(r"tháng\s*$|(?<!thứ\s)năm\s*$|số\s*$", pre, re.I):
            continue  # "tháng 8/11", "năm 3/4", "số 2/5"; not the weekday "thứ Năm 8/11"
        if m.group(2) == "." and not m.group(4) and not re.search(DAY_PART + r"\s*$", pre, re.I):
            continue
        # a range "(18.1.1950 - 18.1.2020)" is an anniversary, not a day
        if re.search(r"\d\s*[-–]\s*$", s[:m.start()]) or re.match(r"\s*[-–]\s*\d", s[m.end():]):
            continue
        # (or a weekday: "Chiều Chủ nhật 9/3"; or "tức" restating a day: "Một ngày sau, tức 19/3", written round 152)
        if not re.search(r"(" + DAY_PART + r"|\(|lúc|giờ|,|\btức)\s*$", pre, re.I) and not re.search(
                r"(?:" + _WEEKDAY_NAME + r")\s*$", pre) and not _DAY_PART_WEEKDAY.search(pre):
            continue
        hits.append(DateHit(d, mo, int(m.group(4)) if m.group(4) else None, m.start()))
    for m in _DAY_ONLY.finditer(s):
        if not any(h.pos <= m.start() < h.pos + 30 for h in hits) and 1 <= int(m.group(1)) <= 31:
            hits.append(DateHit(int(m.group(1)), 0, None, m.start()))
    for m in _REL.finditer(s):
        if m.group(3):
            y = int(m.group(5)) if m.group(5) else None
            hits.append(DateHit(int(m.group(3)), int(m.group(4)), y, m.start()))
        else:
            back = _days_back(m.group(1))
            hits.append(DateHit(0, 0, None, m.start(), relative=back))
    for m in _WEEKDAY.finditer(s):
        if any(abs(h.pos - m.start()) < 25 and h.relative is None for h in hits) and not _PAST_WEEKDAY.match(s, m.end()):
            continue  # "hôm thứ Ba (5/6)": the date says it (not "công bố sáng 21.11, hôm thứ Hai vừa qua A ...": a
            # weekday said to be past is a day of its own, round 139)
        if m.group(2) and re.search(r"\b(?:lần|vòng|phiên|khóa|kỳ|đợt)\s*$", s[:m.start()], re.I):
            continue  # "lần thứ Hai": an ordinal
        name = re.sub(r"\s+", " ", m.group(1) or m.group(2)).lower()
        hits.append(DateHit(0, 0, None, m.start(), relative=0, weekday=_WEEKDAYS[name],
                            last_week=_LAST_WEEK.match(s, m.end()) is not None))
    hits.sort(key=lambda h: h.pos)
    # the parenthesised date of "sáng nay (06/11)" is the same day as its relative word
    dedup: list[DateHit] = []
    for h in hits:
        if dedup and h.relative is None and dedup[-1].relative is None and abs(h.pos - dedup[-1].pos) < 3:
            continue
        dedup.append(h)
    return dedup


# a comma and a relative word opening a clause about someone ("B, người vừa nhậm chức ...")
RELATIVE_CLAUSE_OPENING = r",\s*(?:" + lexicon.alternation(_DATELINES, "relative_clause_openers") + r")\b"
# after the verb, a relative clause or another event about the partner: its date is not the call's
_OTHER_EVENT = re.compile(RELATIVE_CLAUSE_OPENING + "|"
                          + lexicon.alternation(_DATELINES, "other_events"), re.I)
# a title right before the word of another event makes it part of the title ("Tổng thống đắc cử Mỹ X"; in lower case
# too: "tổng thống đắc cử X", real pages of round 150)
_TITLE_BEFORE = re.compile(r"(?:" + lexicon.capitalised_heads() + r")\s+$", re.I)
# (only an elect's word makes a title so: "Tổng thống bổ nhiệm ông B ... từ ngày 14/5" is the president's act, written
# round 151)
_ELECT_WORD = re.compile(r"(?:tái\s+)?(?:" + lexicon.alternation("titles.toml", "elect") + r")\b", re.I)
# a clause opener after which the call is the time of the main clause's event ("Ngày 5-2, C phát biểu sau khi A có
# cuộc điện đàm với B hôm 4-2")
_CALL_CLAUSE_OPENER = re.compile(r"\b(?:" + lexicon.alternation(_DATELINES, "call_clause_openers") + r")\b", re.I)


# a comma and "vào" right before a day: back from an aside to the sentence's clause ("B, người vừa nhậm chức ngày 4/10,
# vào tối 12/10")
_BACK_TO_THE_CALL = re.compile(r",\s*vào\s+(?:(?:" + DAY_PART + r")\s+)*(?:ngày\s+|hôm\s+)?$", re.I)


def _other_event_between(s: str, a: int, b: int) -> bool:
    """Whether s[a:b] names another event after the call wording ("với B, người vừa nhậm chức", "với B đắc cử"),
    not a title written with such a word ("với Tổng thống đắc cử Mỹ B hôm qua")."""
    return any(not (_TITLE_BEFORE.search(s, max(0, m.start() - 30), m.start()) and _ELECT_WORD.match(s, m.start()))
               for m in _OTHER_EVENT.finditer(s, a, b))


# an aside on the subject between commas before the call wording, opened by a relative word ("A, người nhậm chức ngày
# 22/10, đã điện đàm ...")
_SUBJECT_ASIDE = re.compile(RELATIVE_CLAUSE_OPENING + r"[^,;.]*,")


def pick_date(s: str, trigger_pos: int) -> DateHit | None:
    hits = []
    took = took_place_day(s)
    dates = find_dates(s)
    for h in dates:
        if took is not None and h.pos == took.pos:
            hits.append(h)  # "cuộc gọi đầu tiên kể từ khi nhậm chức, diễn ra ngày 13/2": said to be the call's day
            continue
        between = s[h.pos:trigger_pos] if h.pos < trigger_pos else ""
        if between and _REPORTED.search(between):
            continue  # "Ngày 26-10, Đài NHK đưa tin ... đã điện đàm": the report's day, not the call's
        if _SOURCE_DATED.search(s, max(0, h.pos - 80), h.pos):
            continue  # "Theo tờ Independent ngày 24/3, A đã gọi điện cho B": the source's day (and after the call
            # wording: "A điện đàm với B, theo thông cáo của Hoàng gia tối thứ Ba")
        if h.pos > trigger_pos and _other_event_between(s, trigger_pos, h.pos) and not (
                _BACK_TO_THE_CALL.search(s, max(0, h.pos - 25), h.pos) and any(trigger_pos < x.pos < h.pos for x in dates)):
            continue  # "điện đàm với B, người vừa nhậm chức ngày 4/10": the day of something else about B (but not the
            # day after that aside's own: "..., người vừa nhậm chức ngày 4/10, vào tối 12/10", round 139)
        if _AGENCY_BEFORE.search(s, max(0, h.pos - 80), h.pos) and _REPORTING_AFTER.match(s, h.pos):
            continue  # "..., hãng tin Reuters ngày 2-2 dẫn báo Washington Post": the source's day
        if (until := _UNTIL.search(s, max(0, h.pos - 20), h.pos)) and re.search(r"[^\s,;:.\-–]\s*$", s[:until.start()]):
            continue  # "lùi hạn áp thuế tới ngày 9/7, sau cuộc điện đàm": a deadline or a span's end (round 131; not a
            # clause opening on it, "Đến ngày 6/3, hai nhà lãnh đạo tiếp tục điện đàm")
        if h.pos > trigger_pos and ";" in s[trigger_pos:h.pos]:
            continue  # "A điện đàm với B; C thăm D ... là những tin nổi bật tối 8/1": another item's or the digest's day
        if h.pos < trigger_pos and (aside := _SUBJECT_ASIDE.search(s, 0, trigger_pos)) and aside.start() < h.pos < aside.end() \
                and any(x.pos > trigger_pos and x.relative is None for x in dates):
            continue  # "A, người nhậm chức ngày 22/10, đã điện đàm với B tối 24/10": the aside's day, not the call's
            # (written round 153)
        hits.append(h)
    # "A điện đàm với B hôm 24/11, và một ngày sau gọi cho C": C's call counted on from the day before it (round 140)
    if (forward := _AFTER_IN_THE_SENTENCE.search(s, max(0, trigger_pos - 40), trigger_pos)) is not None:
        prior = [h for h in hits if h.relative is None and h.month and h.pos < forward.start()]
        days = next(v for rx, v in _DAYS_AFTER_TOLD.items() if rx.fullmatch(forward.group(1)))
        if prior and (counted := _counted_back(prior[-1], -days, forward.start())) is not None:
            return counted
    # "Chiều 5/5 (giờ địa phương), tức rạng sáng 6/5 giờ Việt Nam": the same moment in another time zone; the
    # first day written is the call's
    hits = [h for i, h in enumerate(hits) if not (i and _SAME_MOMENT.search(s, max(0, h.pos - 30), h.pos))]
    if not hits:
        return None
    concrete = [h for h in hits if h.relative is None]
    # "Cairo, 13/5 - Bộ Ngoại giao ngày thứ Ba cho biết A và B đã điện đàm hôm thứ Hai": a weekday right after the
    # call wording is the call's when every day written before is the telling's (round 76)
    weekday_after = [h for h in hits if h.weekday is not None and h.pos > trigger_pos]
    if weekday_after and concrete and all(h.pos < trigger_pos for h in concrete) \
            and _TELLS.search(s, concrete[-1].pos, trigger_pos) \
            and _RIGHT_AFTER.fullmatch(s, trigger_pos, weekday_after[0].pos) \
            and not _NOT_RIGHT_AFTER.search(s, trigger_pos, weekday_after[0].pos):
        return weekday_after[0]
    # "B ngày 3/6 thông báo A đã điện đàm với C vào tối thứ Sáu": a weekday in the call's clause after the partner, every
    # day written before it the telling's (written round 142)
    if weekday_after and concrete and all(h.pos < trigger_pos for h in concrete) \
            and _TELLS.search(s, concrete[-1].pos, trigger_pos) \
            and not re.search(r"[;:()]|,\s*[^\W\d_]*[a-zà-ỹđ]|\b(?:sau|trước)\b", s[trigger_pos:weekday_after[0].pos]):
        return weekday_after[0]
    pool = concrete or hits
    before = [h for h in pool if h.pos < trigger_pos]
    after = [h for h in pool if h.pos > trigger_pos]
    # "Ngày 12/6, ông W cho biết đã điện đàm với B vào tối 11/6": the day before the verb of telling is the
    # report's, the one after the call verb is the call's
    if before and after and _TELLS.search(s, before[-1].pos, trigger_pos):
        return after[0]
    # "B cho biết trong thông cáo ngày 15/3 rằng A đã điện đàm với C chiều hôm qua": a relative day after the call
    # wording counts from the day of the telling, not from the page's
    told_relative = [h for h in hits if h.relative is not None and h.weekday is None and h.pos > trigger_pos]
    if before and not after and told_relative and _TELLS.search(s, max(0, before[-1].pos - 60), trigger_pos):
        return _counted_back(before[-1], told_relative[0].relative or 0, told_relative[0].pos) or before[-1]
    # "Ngày 25/7, Bộ Ngoại giao cho biết hôm qua A đã điện đàm với B", "A ngày 25/7 cho biết: “Tối qua tôi đã nói
    # chuyện qua điện thoại với B”": a relative day after the verb of telling, before the call wording, counts from
    # the day of the telling (round 115)
    told_first = [h for h in hits if h.relative is not None and h.weekday is None and before
                  and before[-1].pos < h.pos < trigger_pos and _TELLS.search(s, before[-1].pos, h.pos)]
    if told_first:
        return _counted_back(before[-1], told_first[0].relative or 0, told_first[0].pos) or before[-1]
    # "“Tối qua tôi đã nói chuyện qua điện thoại với B”, A nói ngày 25/7": a relative day in a quote counts from the
    # day its teller, after the quote, said it (round 115)
    quoted_relative = [h for h in hits if h.relative is not None and h.weekday is None and h.pos < trigger_pos]
    if not before and after and quoted_relative and (close := _QUOTE_CLOSES.search(s, trigger_pos, after[0].pos)) \
            and _TELLS.search(s, close.end(), after[0].pos):
        return _counted_back(after[0], quoted_relative[0].relative or 0, quoted_relative[0].pos) or after[0]
    # "Phát biểu hôm Chủ nhật (15/3), người phát ngôn nói rằng cuộc điện đàm diễn ra ngày 14/3": the day the
    # sentence says the call took place on
    if before and after and took is not None and took.pos > trigger_pos:
        return took
    # "Ngày 5-2, C phát biểu sau khi A có cuộc điện đàm với B hôm 4-2": the opening day is C's, the day written in the
    # call's own clause (no comma or stop before it) is the call's
    if before and after and _CALL_CLAUSE_OPENER.search(s, before[-1].pos, trigger_pos) \
            and not re.search(r"[,;:.()]", s[trigger_pos:after[0].pos]):
        return after[0]
    # "Ngày 13/12, A thông tin nội dung cuộc điện đàm tối 12/12 với B": a date right after the call wording (a
    # few words, no partner, no comma between) is the call's, whatever day opens the sentence
    gap = s[trigger_pos:after[0].pos] if after else ""
    if before and after and _RIGHT_AFTER.fullmatch(gap) and not _NOT_RIGHT_AFTER.search(gap):
        return after[0]
    return before[-1] if before else pool[0]


_SAME_MOMENT = re.compile(r"\btức(?:\s+là)?\s+(?:" + DAY_PART + r"\s+)*$", re.I)
_RIGHT_AFTER = re.compile(r"[^\s,;:()]+(?:\s+[^\s,;:()]+){0,5}\s+")
_NOT_RIGHT_AFTER = re.compile(r"\b(với|giữa|của|cùng|và)\b", re.I)


# verbs of telling between an opening date and the call wording (telling.toml [tells_of_call])
_TELLS = re.compile(r"\b(" + lexicon.alternation("telling.toml", "tells_of_call") + r")\b", re.I)


_DAYS_BEFORE_TOLD = {w: r["days_back"] for w, r in lexicon.records(_DATELINES, "days_before_told").items()}
# a sentence opening on a count of days after the last call told, not after another event ("Một ngày sau khi ...")
_AFTER_TOLD = re.compile(r"\W*(" + lexicon.alternation(_DATELINES, "days_after_told")
                         + r")\s*,?\s+(?!(?:khi|cuộc|chuyến|lễ|kể từ)\b)", re.I)
# ... inside a sentence, after a comma, right before the next call wording
_AFTER_IN_THE_SENTENCE = re.compile(r"[,;]\s*(?:và\s+|rồi\s+)?(" + lexicon.alternation(_DATELINES, "days_after_told")
                                    + r")\s+(?:[^\W\d_]+\s+){0,2}$", re.I)
_DAYS_AFTER_TOLD = {re.compile(lexicon.wording_regex(w), re.I): r["days_forward"]
                    for w, r in lexicon.records(_DATELINES, "days_after_told").items()}
_BEFORE_TOLD = re.compile(r"\b(" + lexicon.alternation(_DATELINES, "days_before_told") + r")\b", re.I)


def before_told(s: str, hit: DateHit) -> DateHit:
    """The day a call took place when the sentence dates its telling and counts back from it ("Ngày 18/11, Điện
    Kremlin cho biết A đã điện đàm với B một ngày trước đó": the 17th, datelines.toml [days_before_told])."""
    m = _BEFORE_TOLD.search(s, hit.pos)
    if m is None or hit.relative is not None or hit.weekday is not None:
        return hit
    return _counted_back(hit, _told_days_back(m.group(1)), hit.pos) or hit


def _told_days_back(words: str) -> int:
    """The days a wording of datelines.toml [days_before_told] counts back ("một ngày trước đó": 1)."""
    return next(v for k, v in _DAYS_BEFORE_TOLD.items() if re.fullmatch(re.escape(k), words, re.I))


def _counted_back(hit: DateHit, days: int, pos: int) -> DateHit | None:
    """The day `days` before a day and month (and year, if known); None for a day that does not exist."""
    try:
        day = date(hit.year or 2001, hit.month, hit.day) - timedelta(days=days)  # 2001: no 29 February to cross
    except ValueError:
        return None
    return DateHit(day.day, day.month, day.year if hit.year else None, pos)


def told_before(s: str, hit: DateHit, trigger_pos: int) -> bool:
    """The date opens a telling of the call ("Ngày 9/6, Bộ Ngoại giao cho biết A đã điện đàm với B"): it may be the
    day of the telling, not of the call."""
    return hit.pos < trigger_pos and bool(_TELLS.search(s, hit.pos, trigger_pos)) or told_in_a_quote(s, hit, trigger_pos)


# a quote opening between a day and the call wording ("... trả lời phỏng vấn tối 29/4: \"Tôi đã nói chuyện với ông
# ấy qua điện thoại\""): the day is the quote's telling
_QUOTE_OPENS = re.compile(r":\s*[\"“]")
_QUOTE_CLOSES = re.compile(r"[\"”]\s*,")


def told_in_a_quote(s: str, hit: DateHit, trigger_pos: int) -> bool:
    """The call is told in a quote opened after the date: the date is the day the quote was said."""
    return hit.pos < trigger_pos and _QUOTE_OPENS.search(s, hit.pos, trigger_pos) is not None


# "Cuộc điện đàm diễn ra vào tối 8/6": a sentence that says when the call took place
# (a few words of which call between: "cuộc gọi đầu tiên kể từ khi nhậm chức, diễn ra ngày 13/2")
# (its two people may come between, and a hedge before the verb: "cuộc điện đàm riêng tư giữa A và B, được cho là diễn
# ra vào ngày 28.7", real pages of round 139)
_TOOK_PLACE = re.compile(r"\b(?:cuộc|buổi)\s+(?:điện đàm|gọi|trao đổi|hội đàm|nói chuyện)"
                         r"(?:,?\s+(?!(?:cuộc|chuyến|lễ|buổi|hội nghị)\b)[^\s,.;]+){0,14}?,?\s+"
                         r"(?:được cho là\s+|được biết\s+|được xác nhận\s+)?"
                         r"(?:diễn ra|được tiến hành|được thực hiện|được tổ chức|đã diễn ra)\b", re.I)


# "trong cuộc điện đàm đêm 26/7": the call noun right before the day (datelines.toml [call_noun_days])
_CALL_NOUN_DAY = re.compile(r"\b(?:" + lexicon.alternation(_DATELINES, "call_noun_days") + r")\s+(?:vào\s+)?(?:"
                            + DAY_PART + r"\s+)*$", re.I)


def took_place_day(s: str) -> DateHit | None:
    """The day a sentence says the call took place on ("Cuộc điện đàm diễn ra vào tối 8/6"), if it says so."""
    m = _TOOK_PLACE.search(s)
    if m is None:
        return None
    hits = [h for h in find_dates(s) if h.pos >= m.end() and h.relative is None and h.month]
    return hits[0] if hits and hits[0].pos - m.end() <= 20 else None


def opens_or_took_place(s: str, hit: DateHit, trigger_pos: int) -> bool:
    """The date opens the sentence before its call wording ("Hôm qua, tại cuộc điện đàm, ..."), or follows the
    words saying when the call took place ("Cuộc điện đàm diễn ra hôm qua")."""
    if hit.pos < trigger_pos and hit.pos <= _OPENING_DATE_CHARS and not _TELLS.search(s, hit.pos, trigger_pos):
        return True
    m = _TOOK_PLACE.search(s)
    return m is not None and 0 <= hit.pos - m.end() <= 20


def call_noun_day(s: str) -> DateHit | None:
    """The day written right after the call noun ("trong cuộc điện đàm đêm 26/7"); not the day of a call the sentence
    remembers ("nhắc lại cuộc điện đàm ngày 5/6")."""
    for h in find_dates(s):
        if h.relative is not None or not h.month:
            continue
        noun = _CALL_NOUN_DAY.search(s, 0, h.pos)
        if noun and not skip_trigger(s, noun.start(), noun.end(), True):
            return h
    return None


_SAME_DAY = re.compile("|".join(r"\b" + lexicon.wording_regex(w) + r"\b" for w in lexicon.words(_DATELINES, "same_day")),
                       re.I)
_DAY_PART_OPENING = re.compile(r"\W*(?:" + lexicon.alternation(_DATELINES, "day_part_openings") + r")", re.I)
_SAME_DAY_LOOKBACK = 8  # sentences
_OPENING_DATE_CHARS = 30  # "Chiều 5/6, ...", "Tối qua (12/10), ...": a date this close to the start opens the sentence


# ("Trong ngày 22/3, ..."; a weekday before the date in brackets or after a comma: "Tối thứ Sáu (26/1), ...")
_OPENS_ON_DATE = re.compile(r"(?:(?:trong|vào)\s+(?=ngày|hôm))?(?:" + DAY_PART + r"\s+)*(?:(?:" + _WEEKDAY_NAME
                            + r")\s*(?:,\s*|\(\s*))?", re.I)


def opening_date(s: str) -> DateHit | None:
    """The day a sentence opens on, with only words of a part of the day before it ("Tối 8/3, ...", "Chiều ngày
    26/1 (giờ địa phương), ..."); a dateline ("Hà Nội, ngày 8/3") or a subject first ("Một quan chức ... ngày
    22-7") is no opening."""
    return _opening(s, find_dates(s))


def _opening(s: str, found: list[DateHit]) -> DateHit | None:
    """The first of the dates found in s that opens it (`opening_date`, for dates already found)."""
    return next((h for h in found if _OPENS_ON_DATE.fullmatch(s[:h.pos])), None)


def same_day_date(s: Sentence, sentences: list[Sentence]) -> DateHit | None:
    """The date a "cùng ngày" (same day) call refers to: the day of the last event told just before it, i.e. a
    date opening a sentence ("Chiều 5/6, ...") or the date of an earlier call. A date inside a sentence that
    qualifies something else ("cuộc bầu cử ngày 29/7", a photo caption's "hôm 29/7") is not that day. A sentence
    opening on a day counted back ("Trước đó một ngày, A điện đàm với C", datelines.toml [days_before_told]) is that
    many days before it."""
    if s.start < 0:
        return None
    if _SAME_DAY.search(s.text):
        return _last_event_day(s, sentences)
    if _DAY_PART_OPENING.match(s.text):
        # "Buổi sáng, A điện đàm với C": the last call's day, or the day the sentence just before opens on ("Ngày
        # 8/10 là một ngày bận rộn. Buổi tối, A ...")
        prev = sentences[s.index - 1] if s.index > 0 else None
        opened = opening_date(prev.text) if prev is not None and prev.start >= 0 else None
        return opened if opened is not None and opened.relative is None else _last_event_day(s, sentences, calls_only=True)
    if (forward := _AFTER_TOLD.match(s.text)) is not None:
        # "Hai ngày sau, A điện đàm với C": counted on from the last call's day
        last = _last_event_day(s, sentences, calls_only=True)
        if last is None or last.relative is not None or last.weekday is not None or not last.month:
            return None
        days = next(v for rx, v in _DAYS_AFTER_TOLD.items() if rx.fullmatch(forward.group(1)))
        return _counted_back(last, -days, len(s.text))
    back = _BEFORE_TOLD.search(s.text, 0, _OPENING_DATE_CHARS)
    last = _last_event_day(s, sentences, calls_only=True) if back and not s.text[:back.start()].strip(" ,") else None
    if last is None or last.relative is not None or last.weekday is not None or not last.month:
        return None
    return _counted_back(last, _told_days_back(back.group(1)), len(s.text))  # (at the end: counted back once only)


def last_dated_before(s: Sentence, sentences: list[Sentence]) -> Sentence | None:
    """For a "cùng ngày" (same day) sentence: the nearest sentence before it that tells a day, if any."""
    if s.start < 0 or not _SAME_DAY.search(s.text):
        return None
    for prev in reversed(sentences[max(0, s.index - _SAME_DAY_LOOKBACK):s.index]):
        if prev.start >= 0 and any(h.relative is None for h in find_dates(prev.text)):
            return prev
    return None


def _last_event_day(s: Sentence, sentences: list[Sentence], calls_only: bool = False) -> DateHit | None:
    """The day of the last event told just before a sentence (see `same_day_date`); `calls_only`, the last call's."""
    for prev in reversed(sentences[max(0, s.index - _SAME_DAY_LOOKBACK):s.index]):
        found = find_dates(prev.text)
        hits = [h for h in found if h.relative is None or h.pos < _OPENING_DATE_CHARS]
        if not hits:
            continue
        trigger = CALL_WORDING.search(prev.text)
        if trigger and not skip_trigger(prev.text, trigger.start(), trigger.end(), True):
            call_day = pick_date(prev.text, trigger.start())
            if call_day:
                return call_day
        if calls_only:
            return None  # the last day told is another event's ("Hôm trước đó" counts back from a meeting's day)
        # (a weekday inside another event's sentence is no opening: "Ông B mất hôm thứ Hai", round 109)
        opens = _opening(prev.text, found)
        opening = [h for h in hits if (h.pos < _OPENING_DATE_CHARS or _set_off(prev.text, h.pos))
                   and (h.weekday is None or (opens is not None and opens.pos == h.pos))]
        if opening:
            return opening[0]
    return None


_SET_OFF_BEFORE = re.compile(r",\s*(?:" + DAY_PART + r"\s+)*$", re.I)
_SET_OFF_AFTER = re.compile(r"[^,;.:()]{1,24},\s*\w")


def _set_off(text: str, pos: int) -> bool:
    """A date set off by commas after an opening clause ("Ngay sau khi ... bị vỡ, ngày 24/7, A gửi điện ..."): the
    day of the sentence's main event, as if it opened it."""
    return bool(_SET_OFF_BEFORE.search(text[:pos]) and _SET_OFF_AFTER.match(text, pos))


# a year after these words is a target, a founding, a term or an anniversary, not the year a text is written in
_NOT_WRITING_YEAR = re.compile("(" + lexicon.alternation(_DATELINES, "target_year_words") + r")\s+(năm\s+)?$", re.I)


def plausible_years(text: str) -> list[tuple[int, int]]:
    """(year, position) of the four-digit years of a text that can be the year the text is written in: not an end
    of a range ("(1992-2022)"), not a target, a founding or an anniversary ("tầm nhìn 2045", "thành lập năm 1949")."""
    out = []
    for m in re.finditer(r"(?<![\d/.\-])((?:19|20)\d{2})(?![\d%])", text):
        if re.search(r"\d\s*[-–]\s*$", text[max(0, m.start() - 4):m.start()]) or re.match(r"\s*[-–]\s*\d", text[m.end():]):
            continue
        if _NOT_WRITING_YEAR.search(text[max(0, m.start() - 24):m.start()]):
            continue
        out.append((int(m.group(1)), m.start()))
    return out


def sentence_year(text: str, month: int = 0) -> int | None:
    """The year of the occasion a call's own sentence names beside its day ("Nhân dịp Tết cổ truyền Canh Tý 2020,
    ngày 16.1, ..."), or of a full date of the call's month in it ("chuyến thăm từ ngày 12 đến 14/3/2018, chiều
    13/3, ..."). A call's year comes from its own date phrase, the publication date or the URL (issue 14): any other
    year of the text ("đón năm mới 2016", "thành lập năm 1949", "(1992-2022)") is not the call's."""
    years = {int(m.group(1)) for m in re.finditer(r"\bTết\b[^,.;()\d]{0,30}?\b((?:19|20)\d{2})\b", text)}
    if not years and month:
        # a range of years ("(12/3/1978 - 12/3/2018)") is an anniversary, not the sentence's own date
        years = {int(m.group(2)) for m in _FULL_NUMERIC.finditer(text) if int(m.group(1)) == month
                 and not re.match(r"\s*[-–]\s*\d", text[m.end():])
                 and not re.search(r"\d\s*[-–]\s*$", text[max(0, m.start() - 4):m.start()])}
    return years.pop() if len(years) == 1 else None


_FULL_NUMERIC = re.compile(r"(?<![\d/])\d{1,2}/(\d{1,2})/((?:19|20)\d{2})(?!\d)")


def resolve_date(hit: DateHit | None, published: date | None, year_hint: int | None,
                  this_year: int | None = None,
                  published_month: tuple[int, int] | None = None) -> tuple[str | None, float]:
    if hit is None:
        return None, 1.0
    if hit.relative is not None:
        if published is None:
            return None, 0.5
        back = hit.relative if hit.weekday is None else (published.weekday() - hit.weekday) % 7 if not hit.last_week \
            else published.weekday() + 7 - hit.weekday
        d = published - timedelta(days=back)
        return d.isoformat(), 0.9
    if hit.month == 0:  # "Sáng ngày 12,": a day of the publication's month, a few days before it at most
        if published is None or not 0 <= published.day - hit.day <= _DAY_ONLY_MAX_BACK:
            return None, 0.5
        return published.replace(day=hit.day).isoformat(), 0.9
    if hit.year:
        try:
            return date(hit.year, hit.month, hit.day).isoformat(), 1.0
        except ValueError:
            return None, 0.3
    if this_year:  # the article says which year it is writing in ("những tháng đầu năm 2024 này")
        try:
            return date(this_year, hit.month, hit.day).isoformat(), 0.9
        except ValueError:
            pass
    if published is not None:
        y = published.year
        try:
            cand = date(y, hit.month, hit.day)
        except ValueError:
            return f"--{hit.month:02d}-{hit.day:02d}", 0.5
        if cand > published + timedelta(days=_STAMP_BEFORE_UPDATE_DAYS):
            y -= 1  # a call on 31/12 reported on 2/1 belongs to the previous year
        try:
            return date(y, hit.month, hit.day).isoformat(), 0.95
        except ValueError:
            return f"--{hit.month:02d}-{hit.day:02d}", 0.5
    if published_month is not None:  # published in a known month ("2022-01", a /202201/ URL): its year, or the
        y, month = published_month  # previous one for a day of a later month (a call on 30/12 reported in January)
        try:
            return date(y - 1 if hit.month > month else y, hit.month, hit.day).isoformat(), 0.9
        except ValueError:
            return f"--{hit.month:02d}-{hit.day:02d}", 0.5
    if year_hint:
        try:
            return date(year_hint, hit.month, hit.day).isoformat(), 0.6
        except ValueError:
            pass
    return f"--{hit.month:02d}-{hit.day:02d}", 0.9


def this_year(text: str, infer: bool = False) -> int | None:
    """The year the article says it is writing in: "những tháng đầu năm 2024 này", "năm nay (2024)", or (`infer`,
    when there is no publication date) "năm nay" in a text whose only plausible year is one ("... thăm Mỹ năm
    nay" and "... thăm Mỹ năm 2015")."""
    m = re.search(r"năm\s+(\d{4})\s+này|năm nay\s*\((\d{4})\)", text)
    if m:
        return int(m.group(1) or m.group(2))
    if infer and re.search(r"\bnăm nay\b", text, re.I):
        years = {y for y, _ in plausible_years(text)}
        # (another year written in a month's date, "ký tháng 7/2015 ... tháng 4/2021", leaves it open)
        written = {int(y) for y in re.findall(r"(?<![\d])((?:19|20)\d{2})(?!\d)", text)}
        if len(years) == 1 and written <= years:
            return years.pop()
    return None
