"""Call candidates: two officials around each call wording of an article, before they are merged into calls.

`find_candidates` reads each sentence that passes the gate: its officials (`extractors.mentions`, the POS tagger for
bare names), and for each call wording the pair (or the pairs: "lần lượt điện đàm với B và C") it reports, from the
grammar of the sentence (`pairs_in_sentence`), or from the sentences just before when the sentence names the two
only as "hai nhà lãnh đạo" (`both_from_previous`, `pair_told_before`). `talked_with` adds talks whose medium is not
told in an article about a call; `about_a_call` says whether calls named only as a noun count. What the candidates
become is `extractors.assemble`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise
from urllib.parse import urlsplit

from extractors import lexicon
from extractors.clean import LINK_BULLET
from extractors.countries import code_of, country_pattern, find_country
from extractors.dates import (
    DAY_PART,
    ENTRY_CLOCK,
    find_dates,
)
from extractors.mentions import (
    ADDRESS,
    ASIDE_BEFORE_TITLE,
    HEAD_RE,
    INTL_ORG,
    NEW_BEFORE_TITLE,
    PEER,
    Mention,
    bare_title_subject,
    bare_title_teller,
    country_pair_mentions,
    find_mentions,
    seat_head_mentions,
    two_officials_of_countries,
    unnamed_mentions,
    with_tagged_names,
)
from extractors.names import fold, listed_country, name_country_guess
from extractors.sentences import Sentence
from extractors.triggers import CALL_WORDING, COMING, GATE, ONLINE_MEDIUM, VIDEO_WORDING, skip_trigger

_ORGS = "organisations.toml"
# the POS tagger (about 3 ms a sentence) runs on at most this many sentences of one article
MAX_TAGGED_SENTENCES = 40
# with only nominal mentions of a call: words that, twice in an article or once in its URL, make it about a call
_ABOUT_CALL = re.compile(lexicon.alternation("call_wordings.toml", "about_call"), re.I)
_URL_ABOUT_CALL = re.compile(lexicon.alternation("call_wordings.toml", "url_words"))
# a round of calls told in one line, its partners a group ("lần lượt điện đàm với năm nhà lãnh đạo châu Âu")
_ROUND_OPENER = re.compile(r"\b(?:" + lexicon.alternation("call_wordings.toml", "round_openers") + r")\b", re.I)


def opens_a_round(text: str) -> re.Match | None:
    """The wording of a round of calls with a group of partners, told as one line before each call is told: the
    calls after it without a day of their own are of its day."""
    return _ROUND_OPENER.search(text)


@dataclass
class Candidate:
    a: Mention
    b: Mention
    sentence: Sentence
    trigger_pos: int
    trigger_end: int
    primary: bool  # stated by a verb ("A điện đàm với B"), not only named as a noun ("Tại cuộc điện đàm, ...")
    video: bool
    firm: bool = False  # a verb, or the call noun followed by both people ("cuộc điện đàm giữa A và B")
    inferred: bool = False  # the people taken from sentences around ("Hai nhà lãnh đạo đã điện đàm")
    no_medium: bool = False  # "A cho biết đã nói chuyện với B" in an article about a call: the medium is not told
    resolved: bool = False  # a side named by its title or country only, resolved to the official named elsewhere

    @property
    def weak_wording(self) -> bool:
        """Stated by "gọi cho" or "cú điện thoại", said of anyone's call: both sides need a title to be officials."""
        return bool(_WEAK_CALL_WORDING.fullmatch(self.sentence.text, self.trigger_pos, self.trigger_end))

    @property
    def passive(self) -> bool:
        """ "A đã được B gọi điện": told in the passive, B (the second) is the one who called."""
        return self.a.end <= self.b.start and bool(_PASSIVE_GAP.fullmatch(self.sentence.text, self.a.end, self.b.start))


# the leaders of a list of countries, joined by the subject ("lãnh đạo Đức, Pháp, Anh, Italy cùng Tổng thống A")
_LEADERS_OF_A_LIST = re.compile(r"\b(?:lãnh đạo|nguyên thủ|người đứng đầu)\s+(?:các nước\s+)?[^,.;:]{2,20}(?:,\s*[^,.;:]{2,20})+"
                                r"\s+(?:cùng(?:\s+với)?|và)\s+(?:" + ADDRESS + r"\s+)?$")
# a sentence opening on its source, up to the comma ("Theo Ngoại trưởng Ấn Độ X, ...")
_SOURCE_OPENING = re.compile(r"\W*[Tt]heo\s+[^,;.]{3,80},\s*")


def pairs_in_sentence(s: Sentence, mentions: list[Mention], t0: int, t1: int) -> list[tuple[Mention, Mention]]:
    """Every call the verb at t0:t1 reports: usually one pair; "A lần lượt điện đàm với B và C" gives two."""
    # (one present at the call is not on it: "A thực hiện cuộc gọi, với sự có mặt của Ngoại trưởng C", round 99)
    mentions = [m for m in mentions if not _PRESENT_AT_CALL.search(s.text, max(0, m.start - 40), m.start)
                and not (m.start >= t1 and _ENVOY_OF.search(s.text, max(0, m.start - 40), m.start))]
    # (the source of the telling is not on the call: "Theo Ngoại trưởng X, A và B đã điện đàm ...", round 130)
    if (source := _SOURCE_OPENING.match(s.text)) and source.end() <= t0 \
            and sum(m.start >= source.end() for m in mentions) >= 2:
        mentions = [m for m in mentions if m.start >= source.end()]
    pair = _pair_in_sentence(s, mentions, t0, t1)
    if pair is None:
        return _each_congratulating(s, mentions, t0, t1)
    out = [pair]
    a, b = pair
    if a.end <= t0 and _LEADERS_OF_A_LIST.search(s.text, 0, min(a.start, b.start)):
        return []  # "lãnh đạo Đức, Pháp, Anh cùng Tổng thống A đã họp trực tuyến với B": a meeting of many (round 131)
    if b.start < t1:
        # two callers before "các cuộc điện đàm chúc mừng C": each on a call of their own with C
        after = [m for m in mentions if m.start >= t1]
        # (the wording may end on "với" itself: "A và B cũng có các cuộc gọi với ông C")
        called = after and (_CALLED_AFTER.match(s.text, t1, after[0].start) or (
            _ENDS_ON_WITH.search(s.text, t0, t1) and _ADDRESS_GAP.fullmatch(s.text, t1, after[0].start)))
        if called and _SEPARATE_CALLS.search(s.text[:t1]) and re.fullmatch(r"\s*và\s*", s.text[a.end:b.start]):
            return [(a, after[0]), (b, after[0])]
        if not after and _EACH_CALLER.search(s.text, a.end, t0):
            return []  # "Nhân dịp sinh nhật của C, A và B đã lần lượt gọi điện chúc mừng": each called C, not each other
        return out
    if _MEETING.match(s.text, t0) and _WITH_A_COUNT.match(s.text, t1):
        return []  # "họp trực tuyến với ba đồng chủ tịch Nhóm Minsk là A, B, C cùng D": a meeting of many (round 108)
    if b.start >= t1 and _JOINED_ON_THE_LINE.match(s.text, b.end) and not _SEPARATE_CALLS.search(s.text[:t1]) \
            and not any(b.end < m.start < b.end + 80 and not m.unnamed for m in mentions):
        return []  # "với B cùng lãnh đạo Pháp, Anh và Italy": others on the line, unnamed; a call of many (round 101)
    # an enumeration of counterparts: "với B, C và D" when the sentence says "lần lượt" or they are from
    # different countries (two officials of one country on one call stay one call)
    after = [m for m in mentions if m.start >= b.end]
    last = b
    separate_calls = _SEPARATE_CALLS.search(s.text[:t1])
    for m in after:
        gap = s.text[last.end:m.start]
        if separate_calls:
            # "lần lượt điện đàm với B (đảng X, bang Y), thành viên Ủy ban Z, và C": B's aside and post go with B
            gap = _ASIDE_IN_A_LIST.sub("", gap, count=1)
        # "và quyền Trưởng ban X"; "với A vào tối ngày 15/3 và với B vào chiều ngày 16/3": each with its own day
        if not (_LIST_GAP.fullmatch(gap) or _WITH_A_GROUP.fullmatch(gap)):
            break
        # (the head of an international body has no country, and is no official of the first partner's)
        # (a leader of people.toml named bare has his listed country: "với ông Putin và ông Zelenskyy")
        m_country, b_country = m.country or listed_country(m.name), b.country or listed_country(b.name)
        separate = _SEPARATE_CALLS.search(s.text[:t1]) or (m_country and b_country and m_country != b_country) or (
            b_country and not m_country and INTL_ORG.search(m.title or ""))
        if not separate:
            break
        out.append((a, m))
        last = m
        if _PLURAL_TITLE.search(s.text, m.start - 8, m.start + 8):
            # "cùng các Tổng thống Pháp C, Mexico D và Hàn Quốc E": one title for the group, each with his country
            shared = _items_sharing_a_title(s.text, m)
            out += [(a, x) for x in shared]
            last = shared[-1] if shared else m
    if len(out) > 1 and (_MEETING.match(s.text, t0) or ONLINE_MEDIUM.search(s.text, t0, t1)) \
            and not _SEPARATE_CALLS.search(s.text[:t1]):
        return []  # "họp trực tuyến với B và C": one meeting of three, no call between two (and "hội đàm trực tuyến với
        # B và C", round 132)
    if len(out) > 2 and ONLINE_MEDIUM.search(s.text, t0, t1) and not _SEPARATE_CALLS.search(s.text[:t1]):
        return []  # "tổ chức cuộc hội đàm trực tuyến với B, C và D": a video conference of four (round 95)
    if len(out) > 1 and _ONE_CALL.search(s.text, max(0, t0 - 12), t0) and not _SEPARATE_CALLS.search(s.text[:t1]):
        return []  # "được kết nối vào một cuộc hội đàm qua điện thoại cùng B và C": one call of three (round 73)
    if len(out) == 1 and a.end <= t0 and (_SEPARATE_CALLS.search(s.text[:t1]) or _EACH_CALLER.search(s.text, a.end, t0)
                                          or _CONDOLING.search(s.text, t0, b.start)):
        # (and "A và B đã gọi điện chia buồn với C": each caller's own call of condolence or congratulation, round 109)
        # "A và B đã có các cuộc điện đàm với C": each of the two callers on a call of their own with C
        joined = [m for m in mentions if m.end <= a.start and _JOINED_CALLER.fullmatch(s.text, m.end, a.start)]
        if joined:
            return [(joined[-1], b), (a, b)]
    return out




# right after a meeting wording: a count of those it was with ("với ba đồng chủ tịch")
_WITH_A_COUNT = re.compile(r"\s*với\s+(?:hai|ba|bốn|năm|sáu|2|3|4|5|6)\s+(?!nước\b|bên\b)", re.I)
# right after the partner: others on the same line (non_call_wordings.toml [joined_on_the_line])
_JOINED_ON_THE_LINE = re.compile(r"\s*,?\s*(?:" + lexicon.alternation("non_call_wordings.toml", "joined_on_the_line")
                                 + r")\b", re.I)
# right before a mention after the call wording: his envoy, adviser or spokesman stands for him on the call ("giữa A và
# đặc phái viên của Tổng thống Trump", round 108; titles.toml [never_principal]; before the wording, "Người phát ngôn của
# A cho biết ông đã điện đàm với B" tells A's own call)
_ENVOY_OF = re.compile(r"\b(?:" + lexicon.alternation("titles.toml", "never_principal") + r")(?:\s+[^\W\d_]+){0,3}?\s+của\s+$",
                       re.I)
# right before a mention: one present at the call, not on it (non_call_wordings.toml [present_at_call])
_PRESENT_AT_CALL = re.compile(r"\b(?:" + lexicon.alternation("non_call_wordings.toml", "present_at_call") + r")\s+(?:"
                              + ADDRESS + r"\s+)?$", re.I)
# "một cuộc" before the call wording: one call, however many are on it
_ONE_CALL = re.compile(r"\bmột\s+cuộc\s*$", re.I)


# a group of partners joined to the one before ("với B cùng các Tổng thống Pháp C, Mexico D và Hàn Quốc E")
_WITH_A_GROUP = re.compile(r"\s+cùng\s+(?:với\s+)?(?:các|những)\s+")


# a partner's aside in a list of separate calls: a bracket, then a lower-case post, before the comma of the list
_ASIDE_IN_A_LIST = re.compile(r"^\s*(?:\([^()]{1,80}\)(?:\s*,\s*[a-zà-ỹđ][^,;()]{1,120}?(?=\s*,))?"
                              r"|,\s*[a-zà-ỹđ][^,;()]{1,120}?(?=\s*,))")
# a call wording ending on "với", which leads to the one called ("A và B có các cuộc gọi với C"), and the gap between
# it and that one: spaces and a form of address ("... cuộc gọi với ông C")
_ENDS_ON_WITH = re.compile(r"\bvới$")
_ADDRESS_GAP = re.compile(r"\s*(?:" + ADDRESS + r"\s+)?")
# between a call wording and the one its callers called: "(các cuộc điện đàm) chúc mừng / với (ông) C"
_CALLED_AFTER = re.compile(r"\s*(?:" + lexicon.alternation("call_wordings.toml", "called_after") + r")\s+(?:"
                           + ADDRESS + r"\s+)?")


# between two callers of one call wording: "A và (ông) B có các cuộc điện đàm với C"
_JOINED_CALLER = re.compile(r"\s*,?\s*(?:và|cùng)\s+(?:" + ADDRESS + r"\s+)?")


# an online meeting, not a call: with two partners listed it is a meeting of three
_MEETING = re.compile(r"(?:" + lexicon.alternation("call_wordings.toml", "meeting_nouns") + r")\b", re.I)


# between two partners of one verb: a comma or "và", the day of the first call, "sau đó", a repeated "với"; or a
# semicolon and the next one's day ("với B; ngày 31/3 với C; và ngày 12/4 với D")
_LIST_DAY = (r"(?:\s+(?:vào\s+)?(?:" + DAY_PART + r"\s+)*\d{1,2}[/.\-]\d{1,2}"
             r"(?:[/.\-]\d{4})?)?")
# a day with its day-part words ("Tối 14/11", "ngày 28/4"), opening a sentence or an item (case ignored where used)
_A_DAY = r"(?:" + DAY_PART + r"\s+)+\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?"
# (and "và sau đó, trong một cuộc gọi riêng, với B", round 86)
_LIST_GAP = re.compile(_LIST_DAY + r"\s*(,|và|,\s*và|,?\s*cũng như|;|;\s*và)\s*(?:(?:sau đó|tiếp đó|rồi)\s*,?\s+)?"
                       r"(?:trong\s+(?:một\s+)?cuộc\s+(?:gọi|điện đàm|điện thoại)\s+(?:khác|riêng)\s*,\s*)?"
                       r"(?:(?:vào\s+)?(?:ngày|hôm)\s+\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{4})?\s+)?(?:với\s+)?(?:(?:quyền|" + NEW_BEFORE_TITLE + "|" + ADDRESS + r")\s+)?")
# "A cho biết ông và B đã điện đàm": the pronoun after the verb of telling is the teller A
_TELLING = "telling.toml"
# the day of a telling before its verb ("A ngày thứ Tư cho biết ông và B ...", "A ngày 29/12 cho biết, B ...")
_TELLING_DAY = r"(?:" + DAY_PART + r"\s+[^,;.]{1,15}?\s+)?"
_TELLER_AND = re.compile(r"\s*" + _TELLING_DAY + "(?:" + lexicon.alternation(_TELLING, "teller_and")
                         + r")\s+(?:rằng\s+)?(?:ông|bà)\s+(?:và|cùng)\s*", re.I)
# a quote told in the first person ("\"Tôi vừa có cuộc điện thoại với B\", A viết"), closed before its teller
# (a short opening of time may come first: "\"Hôm qua, tôi đã điện đàm với B, C và D\", A nói")
# (or a relative day with no comma: "\"Tối qua tôi đã nói chuyện qua điện thoại với B\", A nói", round 115)
_FIRST_PERSON = re.compile(r"[“\"]\s*(?:[^\"”,.;]{1,30},\s*|(?:" + lexicon.alternation("datelines.toml", "relative_days")
                           + r")\s+)?(?:tôi|chúng tôi)\s+(?:[^\W\d_]+\s+){0,5}$", re.I)
_QUOTE_END = re.compile(r"[”\"]")
_SAYS = re.compile(r"\s*(?:" + lexicon.alternation(_TELLING, "says") + r")\b", re.I)
# after the call wording, a clause of another event: "điện đàm sau cuộc gặp của ông với C"
_AFTER_CLAUSE = re.compile(r"\b(?:(?:sau|trước)\s+(?:khi|cuộc|chuyến)|kể từ\s+(?:khi|lúc))\b")
# "cuộc điện đàm (hôm D) giữa ông và B": the call of the sentence's subject with B
_BETWEEN_HIM_AND = re.compile(r"\bgiữa\s+(?:ông|bà)\s+(?:và|với)\s*$")
# the call wording of a phrase of time after the subject's partner: "A điện đàm B sau cuộc gọi với C"
_AFTER_ITS_CALL = re.compile(r"\s(?:sau|trước)\s+(?:các\s+|một\s+)?$")
# a talk of the clause's own ("sau khi ông nói chuyện với C"; call_wordings.toml [talk_verbs])
_TALK_IN_CLAUSE = re.compile(lexicon.alternation("call_wordings.toml", "talk_verbs"), re.I)
# an in-person meeting told as the call's time: the people after it are the meeting's (non_call_wordings.toml
# [time_of_a_meeting])
_TIME_OF_A_MEETING = re.compile(r"(?<![\w])(?:" + lexicon.alternation("non_call_wordings.toml", "time_of_a_meeting")
                                + r")(?![\w])", re.I)
# ... and no word that leads to a partner of the call: "A và B điện đàm trước chuyến thăm của C" (C is not on it)
_PARTNER_WORD = re.compile(r"\b(?:với|cho|tới|đến|chúc mừng)\b")


# a second clause whose subject is a pronoun ("..., rồi hôm sau, ông lại có cuộc ")
_PRONOUN_CLAUSE_OPENS = r",\s*(?:và|rồi|còn)\b[^;.]{0,50}?\b(?:ông|bà)\s+"
_PRONOUN_CLAUSE = re.compile(_PRONOUN_CLAUSE_OPENS + r"(?:[^\W\d_]+\s+){0,4}$")  # right before the call wording
_PRONOUN_CLAUSE_IN = re.compile(_PRONOUN_CLAUSE_OPENS + r"(?![A-ZĐ])")  # anywhere in a sentence
# nothing before a call wording but a dateline ("Hà Nội (TTXVN) - "), and the rest of its phrase up to the comma
_DATELINE_ONLY = re.compile(r"(?:[^,.;]{0,50}?\s[-–—]\s+)?\W*")
# ... and a short opening of its day before the medium ("Chiều 12/4, theo hình thức trực tuyến, ")
_DAY_BEFORE_MEDIUM = re.compile(_DATELINE_ONLY.pattern + r"(?:[^,.;]{1,25},\s*)?")
_PARTICIPLE_END = re.compile(r"[^,.;]{0,80},\s*")
_SHORT_OPENING = re.compile(r"(?:[^,.;]{1,25},\s*)?")  # "ngày 7/6, " between that comma and the first person
# "... đã có cuộc gặp với (người đồng cấp phía Trung Quốc, ) B": the verb's partner, maybe after his side
_TO_PARTNER_OR_PEER = re.compile(r"\s+(?:[^\W\d_]+\s+){1,8}?với\s+(?:" + ADDRESS + r"\s+)?(?:" + PEER
                                 + r"(?:\s+(?:bên\s+)?phía)?\s+[^,;.()]{1,30}?,\s*)?")


# "Cuộc điện đàm đầu tiên của A trên cương vị mới là với B": the partner after "là với" (round 80)
_LED_BY_BEFORE = re.compile(r"\S\s+do\s+(?:" + ADDRESS + r"\s+)?$")
_LED_BY_AFTER = re.compile(r"\s+(?:" + lexicon.alternation("non_call_wordings.toml", "led_by") + r")\b")
# "A khẳng định X là Y trong cuộc điện đàm với B" (real pages of round 150): the "là" is in
# what A said, told as said in the call; no description of A
_SAID_IN_THE_CALL_AFTER = re.compile(r"^\s*(?:đã\s+)?(?:" + lexicon.alternation(_TELLING, "says") + r")\s+[^,;.]*\blà\b[^,;.]*"
                                     r"(?:,\s*)?\b(?:trong|tại)\s+(?:một\s+)?cuộc\s+\S+", re.I)
_IS_WITH = re.compile(r"(?:\s+[^\s,;.]+){0,5}?\s+là\s+với\s+")


def _pair_in_sentence(s: Sentence, mentions: list[Mention], t0: int, t1: int) -> tuple[Mention, Mention] | None:
    # (not a spokesman the clause is told by: "Theo người phát ngôn A, cuộc trao đổi với bà B kéo dài 45 phút", round
    # 91; but "Theo ông Yun, cuộc điện đàm kéo dài nhất là với B" tells of his own call)
    before = [m for m in mentions if m.end <= t0
              and not (_ACCORDING_TO.fullmatch(s.text, 0, m.start) and _SOURCE_CLAUSE_END.match(s.text, m.end)
                       and _NEVER_PRINCIPAL.match(m.title or ""))]
    after = [m for m in mentions if m.start >= t1]
    text = s.text
    for x in list(before):
        # (one named in an aside on the subject is not its subject: "A, người đã chúc mừng ông C từ tối Chủ nhật, hôm
        # nay có cuộc điện đàm với B", round 98)
        if aside := _ASIDE_ON_THE_SUBJECT.match(text[x.end:t0]):
            before = [m for m in before if not x.end < m.start < x.end + aside.end()]
    # (the clause closed by a comma before the people is no part of them: "Trong cuộc gọi đầu tiên kể từ khi nhậm
    # chức, diễn ra ngày 13/2, A và B đã trao đổi ...")
    if after and (clause := _AFTER_CLAUSE.search(text, t1, after[0].start)) and "," not in text[clause.end():after[0].start] and (
            not _PARTNER_WORD.search(text, t1, after[0].start) or _TALK_IN_CLAUSE.search(text, clause.end(), after[0].start)):
        # ("trong cuộc gọi hôm thứ Ba sau khi ông nói chuyện với C": C is the partner of the clause's own talk)
        after = []  # the people after are another event's: "điện đàm trước chuyến thăm New Delhi của ông C"
    if after and (meeting := _TIME_OF_A_MEETING.search(text, t1, after[-1].start)):
        after = [m for m in after if m.start < meeting.start()]  # "... trước thượng đỉnh với C": C is the meeting's
    # "A điện đàm với một liên minh do Tổng thống C dẫn đầu": C leads the group A talked with, no partner of
    # his own (non_call_wordings.toml [led_by])
    after = [m for m in after if not (_LED_BY_BEFORE.search(text, t1, m.start) and _LED_BY_AFTER.match(text, m.end))]
    if after and before and _QUOTE_END.search(text, t1, after[0].start) and _SAYS.match(text, after[0].end) \
            and not _FIRST_PERSON.search(text, 0, t0):
        after = []  # "\"A đã nhận cuộc gọi của Tổng thống đắc cử\", ông C nói": C tells of A's call (round 109)
    if after and _FIRST_PERSON_OBJECT.match(text, t1):
        after = []  # "A đã gọi cho tôi vài ngày trước cuộc điện đàm với B": the speaker is called, not B (round 106)
    if len(before) >= 2 and _said_in_the_call(text, before[-2], before[-1], t0):
        return before[-2], before[-1]
    # "cuộc điện đàm giữa A và B" (not the "giữa" of another call noun further on: "cuộc điện đàm giữa ngoại trưởng
    # hai nước ... là tiền đề cho cuộc gọi giữa C và D")
    # ("giữa hai nhà lãnh đạo A và B": the mention opens on its rank, after the number)
    if after and re.search(r"giữa\s*(?:(?:hai|2)\s+)?$", text[t0:after[0].start]) and not re.search(r"\bcuộc\b", text[t1:after[0].start]):
        return (after[0], after[1]) if len(after) >= 2 else None
    # "A tiết lộ ... trong cuộc điện đàm tối 20/4 giữa ông và B": the pronoun is the sentence's subject A
    if after and before and _BETWEEN_HIM_AND.search(text, t1, after[0].start) \
            and not re.search(r"\bcuộc\b", text[t1:after[0].start]):
        return before[-1], after[0]
    # "Cuộc điện đàm của A với B"
    # ("Các cuộc điện đàm hôm qua của A với B và C": a few words of its day before "của")
    if len(after) >= 2 and re.fullmatch(r"(?:\s+[^\W\d_]+){0,3}?\s*của\s*(?:(?:hai|2)\s+(?:(?:nhà\s+)?lãnh đạo\s+)?)?", text[t1:after[0].start]) \
            and (re.fullmatch(r"\s*(với|và)\s*", text[after[0].end:after[1].start])
                 or _IS_WITH.fullmatch(text, after[0].end, after[1].start)):
        return after[0], after[1]
    if after and len(before) >= 2 and _PASSIVE_GAP.fullmatch(text, before[-2].end, before[-1].start) \
            and not text[before[-1].end:t0].strip(" ,") and (_CLAUSE_BREAK.search(text, t1, after[0].start)
                                                              or _AND_THEN_A_VERB.match(text, t1)):
        # "A được B gọi điện chúc mừng; A cảm ơn B ...": the passive call, the people after the break another
        # clause's (round 89)
        return before[-2], before[-1]
    if after:
        if len(before) >= 2 and _TOLD_BY.fullmatch(text, before[-2].end, before[-1].start) \
                and (pronoun := _TO_THE_TELLER.match(text, t0)) and pronoun.end() <= after[0].start:
            # "A nói chính B đã gọi cho ông để hỏi về cuộc gặp giữa C với D": the pronoun is the teller A, not C
            # (round 100)
            return before[-1], before[-2]
        if before:
            a = before[-1]
            # (an aside on the subject closed by a comma is no description of a call: "A, cũng là Ủy viên Bộ Chính
            # trị ..., điện đàm với B", round 75)
            gap = _ASIDE_ON_THE_SUBJECT.sub(" ", text[a.end:t0], count=1)
            # (a description closed by a comma before the verb is an aside: "A, người mới nhậm chức từ đầu tháng này,
            # hôm thứ Ba đã có cuộc điện đàm với B")
            if re.search(r"\blà\b|,\s*(?:người|nhà lãnh đạo)\b[^,]*$", gap) and not _ASKED_FOR_IT.search(gap) \
                    and not _ONE_OF_THOSE_WHO.search(gap) and not _SAID_IN_THE_CALL_AFTER.search(gap + text[t0:t1]):
                return None  # "A, người vừa điện đàm với B": a description of A  # "A là nhà lãnh đạo đầu tiên điện đàm với B": a description, not a report
            if len(after) >= 2 and _TELLS_OF_A_CALL.fullmatch(gap) and re.fullmatch(r"[^,.;]{0,60},\s*", text[t1:after[0].start]) \
                    and _PAIR_AND.fullmatch(text, after[0].end, after[1].start):
                # "A hôm thứ Tư cho biết trong cuộc điện đàm hôm qua, B và C đã ...": A tells of the call of the two
                # after the comma (round 72)
                return after[0], after[1]
            if _NEVER_PRINCIPAL.match(a.title or "") and _TELLS_IN_THE_CALL.match(gap + text[t0:t1]):
                # "Người phát ngôn A cho biết trong cuộc điện đàm với ông B, C lên án ...": the spokesman tells of C's
                # call with B; of someone else's when no partner is named so ("... trong cuộc điện thoại, Tổng thống C
                # bày tỏ ...", round 140)
                if len(after) >= 2 and re.fullmatch(r"\s*(?:với\s+)?(?:" + ADDRESS + r"\s+)?", text[t1:after[0].start]) \
                        and re.fullmatch(r"\s*,\s*", text[after[0].end:after[1].start]):
                    return after[1], after[0]
                return None
            if _TELLS_IN_THE_CALL.fullmatch(gap) and re.fullmatch(r"[^,.;]{0,60},\s*", text[t1:after[0].start]) \
                    and not _NEVER_PRINCIPAL.match(a.title or ""):
                # "A cho biết trong cuộc điện đàm sáng thứ Ba, B đã gửi thông điệp ...": A tells what B said to him
                return a, after[0]
            if _ANNOUNCES.search(gap) and re.search(r"cuộc\s*$", gap) and \
                    not re.search(r"\bvới\s+(?:các\s+)?$", text[t1:after[0].start]):
                # "thư ký báo chí A thông báo cuộc điện đàm ... và ông B": A tells of a call between others (but
                # "A công bố nội dung cuộc điện đàm với B" tells of A's own call)
                return None
            if _CLAUSE_BREAK.search(text[t1:after[0].start]):
                return None  # "A cảm ơn B đã chủ động điện đàm, đồng thời gửi lời thăm hỏi của C": C is not on the call
            if re.match(r"cuộc\b", text[t0:t1], re.I) and _WHEREAS_END.search(text, a.end, t0):
                return None  # "cuộc gọi với A diễn ra lúc 9h30, còn cuộc gọi với B lúc 13h": A is the other call's (round 93)
            if len(before) >= 2 and _JOINT_SUBJECTS.fullmatch(text, before[-2].end, a.start) \
                    and (_TOGETHER.search(text, a.end, t0) or not (_EACH_CALLER.search(text, a.end, t0)
                                                                   or _SEPARATE_CALLS.search(text, a.end, t1))) \
                    and (_ENDS_ON_WITH.search(text, t0, t1) or re.match(r"\s*với\b", text[t1:after[0].start])):
                # "A và B đã cùng điện đàm với C" (round 91), "A và B ngày 5/7 đã có cuộc họp trực tuyến với C" (round
                # 122): one call of three, no call of two
                return None
            if _listed_subjects(text, before) >= 3:
                return None  # "A, cùng với B, C và D, ... với E": a list of subjects, many on one call
            # "A và B (đã) (tiến hành) điện đàm" -> both before; "A cho biết ông và B đã điện đàm": the teller is
            # "ông"; "với" of a later clause ("sau cuộc gặp của ông với C") is not the call's
            if len(before) >= 2 and (re.match(r"\s*,?\s*(và|cùng|[-–])\s*$", text[before[-2].end:a.start])
                                     or _TELLER_AND.fullmatch(text[before[-2].end:a.start])) and \
                    not re.search(r"\bvới\b", _AFTER_CLAUSE.split(text[t1:after[0].start])[0]) \
                    and not _ENDS_ON_WITH.search(text, t0, t1) and not _EACH_CALLER.search(text, a.end, t0) \
                    and not _congratulating_another(text, t0, t1):
                # (a wording ending on "với" leads to the one called: "A và B có các cuộc gọi với C")
                return before[-2], a
            if len(before) >= 2 and _AFTER_ITS_CALL.search(text, a.end, t0) and not _CLAUSE_BREAK.search(text, before[0].end, t0):
                # "A điện đàm B sau cuộc gọi với C": the earlier call is the subject's, A's, not B's
                return before[0], after[0]
            if len(before) >= 2 and _THEN_SAME_SUBJECT.fullmatch(text, a.end, t0):
                # "A đã điện đàm với B và sau đó gọi điện cho C", "A đón B, rồi gọi cho C": the verb after "rồi" or
                # "sau đó" goes on with the sentence's subject A (round 94)
                return before[0], after[0]
            if len(before) >= 2 and _PRONOUN_CLAUSE.search(text, a.end, t0):
                # "A trao đổi với B, rồi hôm sau, ông lại có cuộc điện đàm với C": the pronoun opening the second
                # clause is the sentence's subject A, not B
                return before[0], after[0]
            if len(before) >= 2 and _OBJECT_OF_WITH.fullmatch(text, before[-2].end, a.start) \
                    and _IN_ORDER_TO.search(text, a.end, t0):
                # "A tạm dừng cuộc họp với B và các lãnh đạo châu Âu để điện đàm với C": B is the object of another
                # verb; the call is the subject's, A's
                return before[-2], after[0]
            return a, after[0]
        teller = _quote_teller(text, t0, after)
        if teller is not None:
            return teller, after[0]
        if len(after) >= 2 and re.search(r"\b(với|giữa)\s*$", text[t1:after[0].start]) \
                and not re.search(r"\bcuộc\b", text[t1:after[0].start]) \
                and not re.search(r"[;:.]", text[after[0].end:after[1].start]) \
                and not _AFTER_CLAUSE.search(text, after[0].end, after[1].start) \
                and not (_FIRST_PERSON_SUBJECT.search(text, 0, t0) and _PAIR_AND.fullmatch(text, after[0].end, after[1].start)) \
                and not (_QUOTE_END.search(text, after[0].end, after[1].start) and _SAYS.match(text, after[1].end)):
            # (not across a clause: "điện đàm với Bộ trưởng Cuba; Thứ trưởng C giữ chức ..."; nor after "tôi": "Tôi
            # đã điện đàm với B và C" is the speaker's call, with both; "Tôi đã điện đàm với B", A nói: A and B; nor
            # the teller of a quote not in the first person: "\"Tổng thống vừa điện đàm với B\", ông C nói", C is a
            # spokesman)
            return after[0], after[1]
        if len(after) >= 2 and (re.search(r"(tại|trong)\s+(các\s+|một\s+)?" + _CALL_NOUN + r"\s*$", text[:t0], re.I) or (
                # "Trong cuộc gọi với B ngày 8/6, A cho biết ...", "Trong cuộc gọi hôm 10/7, A và B ...": the call noun
                # is the wording itself
                (re.match(r"(?:tại|trong)\s+cuộc\b", text[t0:t1], re.I) or (re.match(r"cuộc\b", text[t0:t1], re.I)
                                                                         and re.search(r"(?:^|\W)(tại|trong)\s+(?:một\s+)?$", text[:t0], re.I)))
                and re.match(r"[^,]{0,60},", text[t1:])) or (
                re.match(r"^\W*(?:[^\W\d_]+\s+){0,3}cuộc\s*$", text[:t0]) and re.match(r"[^,]{0,30},", text[t1:])) or (
                # "(Theo thông cáo, ) khi nói chuyện qua điện thoại, A và B đã nhất trí ...": the call opening the clause
                # of its two people (round 93)
                _WHEN_OPENING.search(text, 0, t0) and re.match(r"[^,]{0,30},", text[t1:]))):
            if _RELAYED_FROM.search(text, after[0].end, after[1].start):
                return None  # "Tại cuộc điện đàm, A chuyển lời thăm hỏi của C đến ...": C is A's side (round 121)
            return after[0], after[1]  # "Trong cuộc điện đàm, A mời B ...": only used when nothing better
        if len(after) >= 2 and _DAY_BEFORE_MEDIUM.fullmatch(text, 0, t0) and not re.match(r"cuộc\b", text[t0:t1], re.I) \
                and (head := _PARTICIPLE_END.match(text, t1)) and _SHORT_OPENING.fullmatch(text, head.end(), after[0].start) \
                and (_PAIR_AND.fullmatch(text, after[0].end, after[1].start)
                     or _TO_PARTNER_OR_PEER.fullmatch(text, after[0].end, after[1].start)):
            # "Điện đàm chiều 2/5, A và B nhất trí ...", "Qua hình thức trực tuyến, tối 8/9, A làm việc với B": the
            # call (or its medium) opens the sentence, its two people the clause after the comma (its day may come
            # first: "Chiều 12/4, theo hình thức trực tuyến, A và B đã đồng chủ trì ...")
            return after[0], after[1]
        return None
    # "A và B (đã) điện đàm": two people joined by "và"/"cùng", not two of a list ("đồng chí A được bầu ..., đồng
    # chí B được bầu ..., lãnh đạo các nước đã ... điện đàm chúc mừng")
    # (the original spelling in brackets after a transliterated name: "Đa-vít Ca-mê-rôn (David Cameron) và B")
    # ("Ferdinand Marcos Jr. và B": the period of a generational suffix)
    # ("A và người đồng cấp Turkmenistan, Phó Thủ tướng kiêm Ngoại trưởng B, đã điện đàm": the counterpart's post and
    # name told after a comma, round 74)
    if len(before) >= 2 and (re.fullmatch(r"\.?\s*(?:\([^()]{1,40}\)\s*)?(và|cùng|,|,\s*và|cùng với|[-–])\s*"
                                          r"(?:(?:" + NEW_BEFORE_TITLE + "|đồng chí|" + ADDRESS + r")\s+)?", text[before[-2].end:before[-1].start])
                             or _TELLER_AND.fullmatch(text[before[-2].end:before[-1].start])
                             or _POST_THEN_AND.fullmatch(text, before[-2].end, before[-1].start)
                             or _AND_PEER_OF.fullmatch(text, before[-2].end, before[-1].start)
                             and re.match(r"\s*,", text[before[-1].end:t0])):
        if _listed_subjects(text, before) >= 3:
            return None  # "A, B và C cũng đã có cuộc điện đàm": a call of three, no call between two
        if _congratulating_another(text, t0, t1):
            return None  # "Lãnh đạo X và Y gọi điện chúc mừng sinh nhật Tổng thống Z": each called Z (round 108)
        return before[-2], before[-1]
    # "A đã được B gọi điện chúc mừng": A takes B's call
    if len(before) >= 2 and _PASSIVE_GAP.fullmatch(text, before[-2].end, before[-1].start) \
            and not text[before[-1].end:t0].strip(" ,"):
        return before[-2], before[-1]
    # "Nhân dịp A được bầu làm ..., B đã gọi điện chúc mừng.": B congratulated A, named in the occasion
    if len(before) >= 2 and not after and _ON_THE_OCCASION_OF.fullmatch(text, 0, before[-2].start) \
            and re.search(r"chúc mừng$", text[t0:t1]):
        return before[-1], before[-2]
    # "A cho biết, B đã gọi điện cho ông": the pronoun after the call wording is the teller A
    if len(before) >= 2 and _TOLD_BY.fullmatch(text, before[-2].end, before[-1].start) \
            and _TO_THE_TELLER.match(text, t0):
        return before[-1], before[-2]
    return None


# "A là một trong những người đầu tiên (đã) gọi điện chúc mừng B": A among those who called, a report of A's call
# (rounds 98, 101, 104; not "A là nhà lãnh đạo đầu tiên điện đàm với B", told in passing)
_ONE_OF_THOSE_WHO = re.compile(r"^\s*(?:cũng\s+)?là\s+một\s+trong\s+(?:những|số|các)\s+(?:người|nhà lãnh đạo|lãnh đạo|"
                               r"nguyên thủ)(?:\s+(?:nước ngoài|quốc tế|thế giới))?(?:\s+đầu tiên)?\s+(?:đã\s+)?$")


# the speaker himself right after the call wording ("gọi cho tôi", "điện đàm với chúng tôi")
_FIRST_PERSON_OBJECT = re.compile(r"\s*(?:(?:cho|với|tới)\s+)?(?:tôi|chúng tôi)\b", re.I)


# an aside telling the subject's other post, closed by commas: ", cũng là Ủy viên Bộ Chính trị ..., "
# (or a description of him closed by a comma before the rest of the clause: ", người tự định vị là nhà trung gian
# ... suốt năm 2022, hôm thứ Năm đã có hai cuộc điện đàm", round 78)
_ASIDE_ON_THE_SUBJECT = re.compile(r"^\s*,\s*(?:" + ASIDE_BEFORE_TITLE + r"\s+[^,;.]{3,120}|người\s+[^,;.]{3,150}),\s*")


# "và" then a verb right after the call wording: the subject's next act, its people another clause's ("A được B gọi
# điện và đã khẳng định ủng hộ Tổng thống C", round 113)
_AND_THEN_A_VERB = re.compile(r"\s+và\s+(?:đã|cũng|sau đó|đồng thời)\s+(?!là\b)[a-zà-ỹđ]")
# the first subject's other post set off by commas before "và" ("A, Chủ tịch luân phiên Hội đồng Liên minh châu Âu, và
# B đã điện đàm", round 113)
_POST_THEN_AND = re.compile(r"\s*,\s*(?:" + HEAD_RE.pattern + r")[^,;.()]{0,70},\s*(?:và|cùng)\s*")
# "và người đồng cấp COUNTRY, " between a subject and his counterpart's post and name
_AND_PEER_OF = re.compile(r"\s*(?:và|cùng)\s+" + PEER + r"\s+(?:" + country_pattern().pattern + r")\s*,\s*", re.I)


# a sentence opening on the occasion of a person's new post: "(Ngày 9/4,) nhân dịp (đồng chí) A được giao ..."
_ON_THE_OCCASION_OF = re.compile(r"\W*(?:[^,]{0,30},\s*)?nhân dịp\s+(?:(?:đồng chí|" + ADDRESS + r")\s+)?", re.I)
# "A cho biết, B ...": a verb of telling between two people (telling.toml [tells_of_call])
_TOLD_BY = re.compile(r"\s*" + _TELLING_DAY + "(?:" + lexicon.alternation(_TELLING, "tells_of_call")
                      + r")\s*,?\s*(?:rằng\s+)?(?:chính\s+)?", re.I)
# "... B đã nói với ông trong cuộc điện đàm": B's words to the teller, said in the call
_SAID_TO_THE_TELLER_IN = re.compile(r"\s*(?:đã\s+|vừa\s+)?(?:" + lexicon.alternation(_TELLING, "said_to_the_teller")
                                    + r")\s+với\s+(?:ông|bà)\s+"
                                    r"(?:trong|tại|qua)\s+(?:một\s+)?(?:cuộc\s+)?", re.I)
# "... gọi điện cho ông", "... điện đàm với bà": the call's other side is the one who tells of it
# (matched from the call wording's start, which may hold the "cho" itself)
_TO_THE_TELLER = re.compile(r"(?:[^\W\d_]+\s+){0,5}?(?:cho|với|tới|đến|chúc mừng)\s+(?:ông|bà)\b(?!\s+[A-ZĐ])")


# between two subjects of one list: "A, B và C", "A, cùng với B, ..."
_SUBJECT_JOIN = re.compile(r"\s*(?:,\s*)?(?:và|cùng với|cùng)?\s*(?:,\s*)?")


# wishes told on a call (congratulations, condolences): each caller's own call
_WISHES = r"(?:chúc mừng|chia buồn)"
# right after the call wording: congratulating or condoling someone else, not each other ("chúc mừng nhau")
_CONGRATULATING_ANOTHER = re.compile(r"(?:\s*(?:gọi điện|điện đàm|điện thoại))?\s*" + _WISHES + r"\s+(?!nhau\b)"
                                     r"(?:[^\W\d_]+\s+){0,3}?(?:" + ADDRESS + r"|(?-i:[A-ZĐ])\w*\s+[A-ZĐ]?\w+)\b", re.I)
# between the call wording and the one called: condolences or congratulations, each caller's own call
_CONDOLING = re.compile(r"\b" + _WISHES + r"\b", re.I)


def _congratulating_another(text: str, t0: int, t1: int) -> bool:
    """The wording (or the words right after it) wishes someone else well: "X và Y gọi điện chúc mừng sinh nhật Tổng
    thống Z" is a call each with Z, no call of X with Y."""
    return bool(_CONGRATULATING_ANOTHER.match(text, t1) or _CONGRATULATING_ANOTHER.match(text, t0))
# "gọi điện chúc mừng (ông) B": calls of congratulation, each leader's own
_CONGRATULATING = re.compile(r"(?:\s+chúc mừng)?\s+(?:" + ADDRESS + r"\s+)?$")


def _each_congratulating(s: Sentence, mentions: list[Mention], t0: int, t1: int) -> list[tuple[Mention, Mention]]:
    """ "A, B và C đã gọi điện chúc mừng ông D": a list of callers congratulating one person, each on a call of his
    own with D (a list of three or more is otherwise one call of many; round 105)."""
    before = [m for m in mentions if m.end <= t0]
    after = [m for m in mentions if m.start >= t1]
    if not after or len(before) < 3 or not re.search(r"chúc mừng", s.text[t0:after[0].start]) \
            or not _CONGRATULATING.fullmatch(s.text, t1, after[0].start) or re.search(r"\bcùng\b", s.text[before[0].end:t0]):
        return []
    n = _listed_subjects(s.text, before)
    if n < 3 or not re.fullmatch(r"\s*(?:đã\s+|vừa\s+|cũng\s+)*", s.text[before[-1].end:t0]):
        return []
    return [(x, after[0]) for x in before[-n:]]


def _listed_subjects(text: str, before: list[Mention]) -> int:
    """How many people end the text before a call wording as one list ("A, cùng với B, C và D, ..."): a list of
    three or more is a call of many, not a call between two."""
    if len(before) < 2 or not re.search(r"\b(?:và|cùng)\b", text[before[-2].end:before[-1].start]):
        return len(before[-1:])  # a list ends on "và" or "cùng với": "..., Tổng thống B, Ngoại trưởng C đã" is none
    n = 1
    for nxt, prev in pairwise(reversed(before)):
        gap = text[prev.end:nxt.start]
        if not gap.strip() or not _SUBJECT_JOIN.fullmatch(gap):
            break
        n += 1
    return n


def _quote_teller(text: str, t0: int, after: list[Mention]) -> Mention | None:
    """ "\"Tôi vừa có cuộc điện thoại với B (và C)\", A viết": the first person of a quote is its teller, the person
    named right after the quote closes, before a verb of telling (telling.toml [says])."""
    if len(after) < 2 or not _FIRST_PERSON.search(text[:t0]):
        return None
    close = _QUOTE_END.search(text, after[0].end)
    teller = next((x for x in after if close and x.start > close.start()), None)
    return teller if teller is not None and _SAYS.match(text, teller.end) else None


# "A đã được B gọi điện": the words between the two people of a passive call
# (a few words may lead to it: "A trở thành nguyên thủ thứ hai được ông B gọi điện")
# (a day may be among those words: "A ngày 24/5 đã được B gọi điện", round 89)
_PASSIVE_GAP = re.compile(r"(?:\s+(?:[^\W\d_]+|\(?\d{1,2}/\d{1,2}(?:/\d{4})?\)?)){0,6}?\s*(?:đã\s+)?được\s*(?:"
                          + ADDRESS + r"\s+)?")
# the noun a call wording is named by: "cuộc điện đàm", and "buổi điện đàm" ("trong buổi điện đàm với B, A ...")
_CALL_NOUN = r"(?:cuộc|buổi)"
# "lần lượt điện đàm với B và C", "có các cuộc điện đàm với B và C": one call with each of them
_SEPARATE_CALLS = re.compile("|".join(r"\b" + lexicon.wording_regex(w) + r"\b"
                                      for w in lexicon.words("call_wordings.toml", "separate_calls")), re.I)
# between two joined callers and the call wording: each called the one named after ("A và B đều đã gọi điện cho C")
_EACH_CALLER = re.compile("|".join(r"\b" + lexicon.wording_regex(w) + r"\b"
                                   for w in lexicon.words("call_wordings.toml", "each_caller")), re.I)
# a verb of telling between a person and the call noun: the person announces the call, is not on it
_ANNOUNCES = re.compile(r"\b(" + lexicon.alternation(_TELLING, "announces") + r")\b", re.I)
# the words between the object of one verb and the next verb of the same subject ("..., rồi", "và sau đó")
_THEN_SAME_SUBJECT = re.compile(r"\s*,?\s*(?:và\s+)?(?:sau đó|rồi|tiếp đó|tiếp theo)\s+(?:(?:đã|cũng|lại)\s+)*")
# "khi" (when) opening a clause, right before the call wording
_WHEN_OPENING = re.compile(r"(?:^|[,:]\s*)\W*khi\s+$", re.I)
# "còn" (whereas) opening a clause right before the call noun: a new subject, the call itself
_WHEREAS_END = re.compile(r",\s*còn\s+$")
# two subjects of one call with a third ("A và B đã cùng điện đàm với C")
_JOINT_SUBJECTS = re.compile(r"\s*,?\s*và\s*")
_TOGETHER = re.compile(r"\bcùng(?:\s+nhau)?\s*$")
# "Theo" opening the sentence before the source of what it tells ("Theo người phát ngôn A, ...")
_ACCORDING_TO = re.compile(r"\W*theo\s+", re.I)
# ... and the comma closing it, before a clause not about him ("Theo A, ông đã trao đổi với B": A is the one who talked)
_SOURCE_CLAUSE_END = re.compile(r"\s*,(?!\s*(?:ông|bà|tôi)\b)", re.I)
# a new clause of the same subject: what follows is no partner of the call before it; "trong khi" opens a clause of
# another subject ("A gọi điện đến hai thủ đô trong khi các trợ lý giúp B ...": B is not on A's call)
_CLAUSE_BREAK = re.compile(r",\s*(đồng thời|sau đó|rồi|còn|nhưng)\b|;|\btrong (?:khi|lúc)\b")
# call wordings said of anyone's phone call, not only of officials' calls: both sides must have a title
_WEAK_CALL_WORDING = re.compile(r"gọi (?:lại )?cho|nhận (được )?(một )?cú điện thoại", re.I)


# "A là người đề nghị cuộc điện đàm với B": who asked for the call, on it (not a description, "A là nhà lãnh đạo
# đầu tiên điện đàm với B")
_ASKED_FOR_IT = re.compile(r"\blà\s+(?:người|bên|phía)\s+(?:đã\s+)?(?:đề nghị|đề xuất|chủ động|khởi xướng|yêu cầu)\s+"
                           r"(?:tiến hành\s+|thực hiện\s+)?(?:cuộc\s+)?$")


# "A <verb> <a few words> với B ... để điện đàm với C": B the object of A's verb, the call A's own purpose
_OBJECT_OF_WITH = re.compile(r"\s+(?:[^\W\d_]+\s+){1,8}?với\s+(?:" + ADDRESS + r"\s+)?")
_IN_ORDER_TO = re.compile(r"\bđể\s*$")


# a speaker's own call ("Tôi vừa điện đàm với ..."): the subject of the clause before the wording
_FIRST_PERSON_SUBJECT = re.compile(r"(?:^|[\s\"“'‘(])(?:tôi|chúng tôi)\s+[^,.;:\"”]{0,30}$", re.I)


# a title never on a call as a principal (titles.toml [never_principal]: a spokesman tells of others' calls)
_NEVER_PRINCIPAL = re.compile(r"(?:" + lexicon.alternation("titles.toml", "never_principal") + r")\b", re.I)
# "A cho biết trong cuộc điện đàm ...,": the teller tells of his own call, its other side the subject after the comma
_TELLS_IN_THE_CALL = re.compile(r"\s*(?:cho biết|nói|kể|tiết lộ)\s*(?:rằng\s*)?,?\s*(?:trong|tại)\s+(?:một\s+)?cuộc\s*", re.I)
# the same after a few words of the telling's day ("A hôm thứ Tư cho biết trong cuộc ..."), or told by a source
_TELLS_OF_A_CALL = re.compile(r"[^,.;]{0,30}?\b(?:" + lexicon.alternation(_TELLING, "tells_of_call")
                              + r"|nói|kể)\s*(?:rằng\s*)?,?\s*(?:trong|tại)\s+(?:một\s+)?cuộc\s*", re.I)


# "A khẳng định với B trong cuộc điện đàm ngày 20/5 rằng ...": what A said to B in their call; a few words of a
# verb phrase between A and "với B" (or "tới B": "gửi lời chia buồn tới B"), none of a new clause
_TO_PARTNER = re.compile(r"\s+(?:(?:[^\W\d_]+\s+){1,12}?(?:với|tới)|(?:" + lexicon.alternation(
    "call_wordings.toml", "addressed_in_the_call") + r"))\s+(?:" + ADDRESS + r"\s+)?")
# ("A chúc mừng ông B trong cuộc điện đàm": call_wordings.toml [addressed_in_the_call], the partner the verb's object)
# the second official after "Tại cuộc điện đàm, A" is the one whose message A passes on (call_wordings.toml
# [relayed_from]): on A's side, not called
_RELAYED_FROM = re.compile(r"(?:" + lexicon.alternation("call_wordings.toml", "relayed_from") + r")\s*$", re.I)
_IN_THE_CALL = re.compile(r"\s*(?:trong|tại|qua)\s+(?:một\s+)?" + _CALL_NOUN + r"\s+")  # ("trong một cuộc điện đàm")


# "A và (người đồng cấp) B": two people of one clause joined as a pair
_PAIR_AND = re.compile(r"\s*(?:và|cùng)\s*(?:" + PEER + r"\s*)?")
# "A cho biết ông và B đã thống nhất trong cuộc điện đàm rằng ...": what the two agreed in their call
# (a dash may stand among the words: "hội nghị NATO - Nga sắp tới trong cuộc điện đàm")
# (or with no word between: "A và B trong cuộc điện đàm mới đây đã nhất trí ...", real pages of round 149)
# (a word may hold digits, "Covid-19"; "trong một cuộc điện đàm": real pages of round 151)
_AGREED_IN_THE_CALL = re.compile(r"\s+((?:(?:[^\W_][\w-]*|[-–])\s+){0,16}?)(?:trong|tại|qua)\s+(?:một\s+)?" + _CALL_NOUN
                                 + r"\s+")
# the call noun's own partner right after its wording ("A và B trong cuộc điện đàm với C": the call is with C)
_WITH_RIGHT_AFTER = re.compile(r"[^,.;]{0,25}?\bvới\b")


def _said_in_the_call(text: str, a: Mention, b: Mention, t0: int) -> bool:
    """A's words to B told as said in the call named right after B ("Ngoại trưởng A nói với Ngoại trưởng B trong
    cuộc điện đàm tối 3/4 rằng ..."), or the two agreeing in it ("A cho biết ông và B đã thống nhất trong cuộc điện
    đàm ..."): A and B are its two people."""
    if _IN_THE_CALL.fullmatch(text, b.end, t0) and _TO_PARTNER.fullmatch(text, a.end, b.start):
        return not _ANNOUNCES.search(text, a.end, b.start)
    if _TOLD_BY.fullmatch(text, a.end, b.start) and _SAID_TO_THE_TELLER_IN.fullmatch(text, b.end, t0):
        return True  # "A cho biết, B đã nói với ông trong cuộc điện đàm ...": the teller and B
    joined = _PAIR_AND.fullmatch(text, a.end, b.start) or _TELLER_AND.fullmatch(text[a.end:b.start])
    agreed = _AGREED_IN_THE_CALL.fullmatch(text, b.end, t0) if joined else None
    return bool(agreed and (agreed.group(1) or not _WITH_RIGHT_AFTER.match(text, t0)))


def _opens_on_its_pair(s: str, found: list[tuple[Mention, Mention]]) -> bool:
    """ "Trong cuộc điện đàm hôm 21/5, A và B đã trao đổi ...": the call opening the sentence, its two people the
    subject right after (or its subject and the one he spoke to: "Theo bộ này, trong cuộc điện đàm, A đã thông báo
    với B ...")."""
    if len(found) != 1:
        return False
    a, b = sorted(found[0], key=lambda m: m.start)
    head = s[:a.start]
    # a dateline may come first ("ROMA (AFP) – Trong cuộc ...", "(TG&VN) - Tại cuộc ..."), or the source told
    return bool(re.match(r"(?:[^,.;]{0,50}?\s[-–—]\s+|theo\s[^,.;]{1,40},\s*)?\W*(tại|trong)\s+(?:một\s+)?cuộc\b[^,]{0,60},\s*$",
                         head, re.I)) and bool(_PAIR_AND.fullmatch(s, a.end, b.start) or _TO_PARTNER.fullmatch(s, a.end, b.start))


_ADDRESSED = re.compile(r"\b" + ADDRESS + r"\s+$")


def names_its_pair(s: str, t1: int, a: Mention, b: Mention) -> bool:
    """A call noun followed, in the same clause, by "với B", "giữa A và B" or "của A với B"."""
    first = min(m.start for m in (a, b) if m.start >= t1) if max(a.start, b.start) >= t1 else -1
    if first < 0:
        return False
    between = s[t1:first]
    of_form = re.fullmatch(r"(?:\s+[^\W\d_]+){0,3}?\s*của\s*", between)
    # (in "của A với B" the partner is B, A the one whose call it is)
    partner = (b if a.start == first else a) if of_form else (a if a.start == first else b)
    if len(partner.name.split()) < 2 and not (partner.country or listed_country(partner.name)) \
            and not _ADDRESSED.search(s, max(0, partner.name_start - 8), partner.name_start):
        return False  # "với Thủ tướng Thái": one word with no country is too little to tell a person (not "Obama";
        # nor "với ông Cavusoglu", a person named before by his full name, round 99)
    return len(between) < 40 and "," not in between and bool(
        re.search(r"\b(với|giữa)\s*$|^(?:\s+[^\W\d_]+){0,3}?\s*của\s*$", between))


# "Hai nhà lãnh đạo ...", "hai Bộ trưởng ..." opening the clause of the call wording: the two people named before
_BOTH = re.compile(r"(?:^|[,;]\s*|\b(?:" + lexicon.alternation(_TELLING, "before_both") + r")\s+)(?:[Hh]ai|2) (?:"
                   + lexicon.alternation("titles.toml", "two_officials")
                   # (further off when the call noun is an adverbial: "2 ngoại trưởng đã ... trong cuộc điện đàm")
                   + r")\b(?:[^,;]{0,40}?|[^,;]{0,100}?\b(?:trong|tại)\s+(?:các\s+)?(?:cuộc\s+)?)$")


# "Cuộc điện đàm giữa hai nhà lãnh đạo diễn ra tối 6/10": the two after the call noun
# (a few words of its length or day may come first: "cuộc điện đàm kéo dài 30 phút hôm 6/10 giữa hai nhà lãnh đạo")
_BETWEEN_BOTH = re.compile(r"(?:\s+[^\s,.;]+){0,6}?\s+giữa\s+(?:hai|2)\s+(?:" + lexicon.alternation("titles.toml", "two_officials") + r")\b", re.I)


# the same two calling again: "lại" / "một lần nữa" before the call wording, "thứ hai" / "lần hai" / "nữa" after it
# (`SECOND_CALL`, a second call of theirs, is read by extractors.assemble too)
_SECOND = r"thứ hai|lần (?:thứ )?hai"
SECOND_CALL = re.compile(r"\s+(?:" + _SECOND + r")\b", re.I)
# an ordinal after the call wording ("cuộc điện đàm đầu tiên giữa hai nhà lãnh đạo diễn ra hôm 1/3", "điện đàm lần thứ
# ba với B"): one of several calls of the two, on its own day (read by extractors.assemble)
ORDINAL_CALL = re.compile(r"\s+(?:đầu tiên|thứ (?:hai|ba|tư|năm|\d+)|lần (?:thứ )?(?:hai|ba|tư|năm|\d+))\b", re.I)
_AGAIN_BEFORE = re.compile(r"\b(?:lại|một lần nữa)\s+(?:[^\W\d_]+\s+){0,3}$", re.I)
_AGAIN_AFTER = re.compile(r"\s+(?:" + _SECOND + r"|nữa)\b", re.I)


# opening a sentence that names the call just told ("Đây là cuộc điện đàm thứ hai ..."): call_wordings.toml [this_is]
THIS_IS = re.compile(r"\W*(?:" + lexicon.alternation("call_wordings.toml", "this_is") + r")\b", re.I)


# "Tối 14/11, hai bên đã điện đàm": "the two sides" as the subject of a sentence opening on its own day, after a
# paragraph naming the two (written round 146; "hai bên" alone is said of the sides of any talk, so only so)
_SIDES_ON_THEIR_DAY = re.compile(r"\W*" + _A_DAY + r"\s*,\s*hai bên\s+(?:đã\s+|vừa\s+)?(?:có\s+)?(?:một\s+)?(?:cuộc\s+)?$",
                                 re.I)


def both_from_previous(s: Sentence, sentences: list[Sentence], before: list[Candidate]) -> Candidate | None:
    """ "A và B. Hai nhà lãnh đạo đã điện đàm ngày 5/6": the two people of the sentence before. Called again ("Hai nhà
    lãnh đạo đã có cuộc điện đàm thứ hai"): the two of the last call told before (the two people of the sentence
    before may be named in what was said in that call)."""
    m = CALL_WORDING.search(s.text)
    between = _BETWEEN_BOTH.match(s.text, m.end()) if m else None  # (the call as a noun: no verb states it here)
    both = bool(m) and (_BOTH.search(s.text[:m.start()]) is not None or _SIDES_ON_THEIR_DAY.fullmatch(s.text, 0, m.start())
                        is not None)
    if not m or not (both or between) or s.start < 0:
        return None
    if skip_trigger(s.text, m.start(), m.end(), True):
        return None
    video = bool(re.search(r"trực tuyến|qua video", s.text, re.I))
    if both and before and (_AGAIN_BEFORE.search(s.text, 0, m.start()) or _AGAIN_AFTER.match(s.text, m.end())):
        return Candidate(before[-1].a, before[-1].b, s, m.start(), m.end(), True, video, True, inferred=True)
    if before and THIS_IS.match(s.text):
        # "Đây là cuộc điện đàm thứ năm giữa hai ông ...": the two of the call just told, whoever the sentence before
        # names (round 126)
        return Candidate(before[-1].a, before[-1].b, s, m.start(), m.end(), not between, video, True, inferred=True)
    # the nearest of the three sentences before that names two people ("A nói với B rằng ... Ông B nói ...
    # Hai ông vừa điện đàm hôm 5/3"), with no one else named in between; on a page cut short that opens on
    # "hai nhà lãnh đạo", the sentences after
    people: list[Mention] = []
    for back in (range(1, 4) if s.index > 0 else range(-1, -4, -1)):
        if not 0 <= s.index - back < len(sentences) or sentences[s.index - back].start < 0:
            return None
        people = find_mentions(sentences[s.index - back].text)
        if len(people) >= 2:
            break
    if len(people) != 2 or fold(people[0].name) == fold(people[1].name):
        return None
    if any(x.title and _NEVER_PRINCIPAL.match(x.title) for x in people):
        return None  # "Cố vấn Điện Kremlin X nói ông Putin ...": an aide telling, not one of "the two leaders" (round 132)
    countries = [x.country or listed_country(x.name) for x in people]
    if countries[0] and countries[0] == countries[1]:
        return None  # "Cố vấn Điện Kremlin X nói ông Putin ...": two of one country are not the two leaders (round 132)
    return Candidate(people[0], people[1], s, m.start(), m.end(), not between, video, True, inferred=True)


# "Tại cuộc điện đàm, A nhấn mạnh ...": the call noun opening the sentence, a comma after its few words
# (after an opening connective, or a source's telling: "Hãng tin X dẫn lời người phát ngôn cho biết, trong một cuộc
# điện đàm, ...")
_OPENS_ON_THE_CALL = re.compile(r"\W*(?:(?:" + lexicon.alternation("call_wordings.toml", "call_noun_openers")
                                + r"),\s*|[^,.;]{0,100}?\b(?:"
                                + lexicon.alternation(_TELLING, "tells_of_call") + r"),\s*)?(?:tại|trong)\s+(?:một\s+)?(?:"
                                + _CALL_NOUN + r"\s*)?$", re.I)
# "A (trái) và B": two people of a caption or a sentence joined as a pair
_CAPTION_PAIR_JOIN = re.compile(r"\s*(?:\((?:trái|phải)\)\s*)?,?\s*(?:và|cùng)\s*(?:(?:" + ADDRESS + "|" + PEER + r")\s+)?")


def told_as_both(text: str, pos: int) -> bool:
    """Whether the call wording at pos has "the two" for its people ("hai nhà lãnh đạo đã điện đàm"), no names."""
    return _BOTH.search(text, 0, pos) is not None


# "(Trong cuộc điện đàm), hai nhà lãnh đạo ...": the call's two people as the subject after the call noun
_BOTH_AFTER = re.compile(r"[^,]{0,40},\s*(?:[^\W\d_]+\s+){0,2}?(?:[Hh]ai|2)\s+(?:"
                         + lexicon.alternation("titles.toml", "two_officials") + r")\b")


def _distinct_people(mentions: list[Mention]) -> list[Mention]:
    """The mentions of a sentence less those that name again someone named before in it ("A Tập Cận Bình ... ông
    Tập"): every word of the later name is a word of the earlier one."""
    out: list[Mention] = []
    for x in mentions:
        words = set(fold(x.name).split())
        if not (words and any(words <= set(fold(y.name).split()) for y in out)):
            out.append(x)
    return out


# "cuộc điện đàm tương tự", "cuộc điện đàm khác": another call like the one told
_ANOTHER_SIMILAR = re.compile(r"\s+(?:tương tự|khác)\b", re.I)
# "rằng ông và Biden": the teller and a partner written by one capitalised word
_TELLER_AND_ONE_WORD = re.compile(r"\b(?:ông|bà)\s+và\s+([A-ZĐ][^\W\d_]+(?:-[^\W\d_]+)?)\b")


def _partner_of_a_similar_call(s: Sentence, sentences: list[Sentence], one: Mention, m: re.Match[str],
                               video: bool) -> Candidate | None:
    """The teller's partner of "ông và X" in a sentence about a similar call: X, named in full in the eight sentences
    before, of another country than the teller."""
    said = _TELLER_AND_ONE_WORD.search(s.text, one.end)
    if said is None:
        return None
    word = fold(said.group(1))
    for back in range(1, 9):
        if s.index - back < 0 or sentences[s.index - back].start < 0:
            break
        prev = sentences[s.index - back].text
        if said.group(1) not in prev:
            continue
        # (a bare name the title rules miss, "..., Joe Biden đã trao đổi với ...": the tagger's proper noun, of two
        # words or more)
        for x in with_tagged_names(prev, find_mentions(prev), 0, len(prev)):
            if x.name and fold(x.name).split()[-1] == word and len(x.name.split()) >= 2 and x.country != one.country:
                return Candidate(one, x, s, m.start(), m.end(), False, video, False, inferred=True)
    return None


def pair_told_before(s: Sentence, sentences: list[Sentence], mentions: list[Mention]) -> Candidate | None:
    """ "A (trái) và B. ... Tại cuộc điện đàm, A nhấn mạnh ...": the call named as a noun with one of its people,
    the other one of a pair joined by "và" in the three sentences before (a caption, or "A và B đã thảo luận");
    with none before, the only official of another country the article names."""
    m = CALL_WORDING.search(s.text)
    officials = [x for x in mentions if not x.tagged]  # the POS tagger's proper nouns are places as often as people
    # "Trong cuộc điện đàm, hai nhà lãnh đạo ...": the pair alone, no one of it named here
    both = m is not None and not officials and bool(_BOTH_AFTER.match(s.text, m.end()))
    if m is None or (len(officials) != 1 and not both) or s.start < 0 \
            or not _OPENS_ON_THE_CALL.match(s.text[:m.start()]) \
            or not re.match(r"[^,]{0,40},", s.text[m.end():]) or skip_trigger(s.text, m.start(), m.end(), False):
        return None
    one = officials[0] if officials else None
    video = bool(re.search(r"trực tuyến|qua video", s.text, re.I))
    if _ANOTHER_SIMILAR.match(s.text, m.end()):
        # "Trong cuộc điện đàm tương tự cùng ngày, A xác nhận rằng ông và Biden ...": another call, not the one told
        # before; its partner only as the teller's "ông và X", X named in full before (real pages of round 150)
        return _partner_of_a_similar_call(s, sentences, one, m, video) if one is not None and one.name else None
    for back in range(1, 4):
        if s.index - back < 0 or sentences[s.index - back].start < 0:
            break
        prev = sentences[s.index - back].text
        if CALL_WORDING.search(prev):
            return None  # a call told there is read there
        people = _distinct_people([x for x in find_mentions(prev) if not x.tagged])
        if len(people) != 2:
            continue
        a, b = people
        # (or the first addressing the second: "Ngày 10/3, A kêu gọi B ... Trong cuộc điện đàm, ông A ...", real pages
        # of round 138)
        if not (_CAPTION_PAIR_JOIN.fullmatch(prev, a.end, b.start) or _TO_PARTNER.fullmatch(prev, a.end, b.start)) \
                or fold(a.name) == fold(b.name) \
                or (a.country and b.country and a.country == b.country):
            return None
        same = [x for x in (a, b) if one is None or (one.name and fold(x.name).endswith(fold(one.name)))
                or (one.unnamed and one.country and x.country == one.country)]
        if len(same) != (2 if one is None else 1):
            return None
        return Candidate(a, b, s, m.start(), m.end(), False, video, True, inferred=True)
    # "Tại điện đàm, Thủ tướng A đánh giá cao ..." on a page cut before its lead: the one official of another
    # country the rest of the article names with a title; "Tại cuộc điện đàm, hai Bộ trưởng ...": the only two
    if one is None:
        two = _only_two_officials(s, sentences)
        return Candidate(two[0], two[1], s, m.start(), m.end(), False, video, False, inferred=True) if two else None
    other = _sole_foreign_official(one, s, sentences) if one.name else None
    return Candidate(one, other, s, m.start(), m.end(), False, video, False, inferred=True) if other else None


# the call wording of a sentence whose subject is a pronoun ("Ngày 15/2, ông tiếp tục điện đàm với C"): an
# opening day or connective, "ông"/"bà", a few adverbs
# ("Nhà lãnh đạo Pháp cũng đã trao đổi qua điện thoại với D": the leader of the caller's country)
# ("nhà lãnh đạo này", "nhà ngoại giao hàng đầu Trung Quốc": honorifics.toml [anaphoric_subjects])
_PRONOUN_SUBJECT = re.compile(r"\W*(?:[^,]{0,30},\s*){0,2}(?:ông|bà|(?:(?:nhà\s+)?lãnh đạo|người đứng đầu)\s+(?P<country>"
                              + country_pattern().pattern + r")|(?:" + lexicon.alternation("honorifics.toml", "anaphoric_subjects")
                              + r")(?:\s+(?P<its_country>" + country_pattern().pattern + r"))?)\s+(?:[^\W\d_]+\s+){0,4}$", re.I)
# "Ông nêu quan điểm trong cuộc điện đàm với C": what the pronoun said in his call with C
_PRONOUN_IN_THE_CALL = re.compile(r"\W*(?:[^,]{0,30},\s*)?(?:ông|bà)\s+(?:[^\W\d_]+\s+){1,8}?(?:trong|tại|qua)\s+"
                                  r"(?:một\s+)?cuộc\s+$", re.I)
# "Trong cuộc điện đàm với C, hai bên ...": the next call of the caller told just before, its partner the only one named
_IN_THE_CALL_OPENING = re.compile(r"\W*(?:trong|tại)\s+(?:một\s+)?cuộc\s+$", re.I)
# the bullet opening an item of a list after a round's opening line, an item of calls ("A đã lần lượt có các cuộc điện
# đàm sau:" / "- điện đàm với B;": no subject, the round's caller is it) or of people ("• Tổng thống Colombia B")
# (an item may open on its day: "- Ngày 28/4: điện đàm với B;", written round 145)
_LIST_ITEM = re.compile(r"\s*" + LINK_BULLET + r"\s*(?:" + _A_DAY + r"\s*[:,–-]?\s*)?", re.I)
_TO_ONE_PARTNER = re.compile(r"\s*(?:đầu tiên\s+)?(?:với|cho)\s+(?:" + ADDRESS + r"\s+)?$")
# ... or the wording holds the word before the partner itself ("ông gọi điện cho C")
_PARTNER_RIGHT_AFTER = re.compile(r".*\b(?:với|cho|tới|đến)\s+(?:" + ADDRESS + r"\s+)?", re.S)
# ... or a call received from him ("bà nhận cuộc điện thoại của C")
_RECEIVED_FROM = re.compile(r"nhận\b.*\b(?:của|từ)\s+(?:" + ADDRESS + r"\s+)?", re.S | re.I)
# "Cuộc điện đàm đầu tiên là với C": the next call of a round, its caller told before
_NTH_CALL = re.compile(r"\W*(?:[^,]{0,30},\s*)?(?:cuộc|cú)\s+$", re.I)
# ("Cuộc điện đàm gần nhất diễn ra ngày 17/2 với C": its own day before the partner; "Cuộc điện đàm cuối cùng trong
# ngày của nhà lãnh đạo Thổ Nhĩ Kỳ là với C": whose round it is; "Cuộc gọi cuối cùng được dành cho C"; "Cuộc gọi thứ
# tư, cũng trong ngày 9/1, là với C": an aside between)
_NTH_TO_PARTNER = re.compile(r"\s*(?:đầu tiên|thứ (?:nhất|hai|ba|tư|năm|sáu)|tiếp theo|kế tiếp|cuối cùng|gần nhất|mới nhất|sau cùng)"
                             r"(?:\s+trong\s+(?:ngày|buổi\s+(?:sáng|chiều|tối)))?(?:\s+của\s+[^,.;]{2,50}?)?(?:\s*,[^,.;]{1,40},)?\s+(?:là\s+|diễn ra(?:\s+(?:vào\s+)?(?:ngày|hôm)\s+\d{1,2}[/.-]\d{1,2})?\s+)?"
                             r"(?:với|(?:được\s+)?dành\s+cho)\s+(?:" + ADDRESS + r"\s+)?$", re.I)
# "Cuộc gọi thứ nhất là với C": "gọi" as the noun of the round's next call (no call wording alone)
_NTH_CALL_NOUN = re.compile(r"(?<=cuộc )gọi(?=\s+(?:đầu tiên|thứ (?:nhất|hai|ba|tư|năm|sáu)|tiếp theo|kế tiếp|cuối cùng|"
                            r"gần nhất|mới nhất|sau cùng)\b)", re.I)
# "Người đầu tiên ông điện đàm là C", "Lãnh đạo nước ngoài đầu tiên gọi điện chúc mừng ông là C": the round's
# partner told by rank, after "là" (the rank before the call wording, the partner after it)
# (the person by rank: "Người / Lãnh đạo nước ngoài đầu tiên ..."; shared by `_NTH_PERSON`, `_RANKED_PERSON` and the
# listed callers below)
_PERSON_NOUN = r"(?:người|nhà lãnh đạo|lãnh đạo)"
_RANK = r"(?:\s+nước ngoài)?\s+(?:đầu tiên|thứ (?:hai|ba|tư|năm)|tiếp theo|kế tiếp|cuối cùng)\s+"
_NTH_PERSON = re.compile(r"\W*(?:[^,]{0,30},\s*)?" + _PERSON_NOUN + _RANK + r"(?:(?:mà\s+)?(?:ông|bà)\s+"
                         r"(?:[^\W\d_]+\s+){0,3})?$", re.I)
_RANKED_PARTNER = re.compile(r"(?:\s+(?:cho|chúc mừng|với)\s+(?:ông|bà))?(?:\s+[^\W\d_]+){0,4}?\s+là\s+(?:"
                             + ADDRESS + r"\s+)?$", re.I)
# "Người đầu tiên nhận được cuộc gọi là C": the call received, its caller the round's, the partner told by rank
_RECEIVED_BY_RANK = re.compile(r"(?<=\s)nhận(?:\s+được)?\s+(?:một\s+)?cuộc\s+(?:gọi|điện thoại|điện đàm)\b", re.I)
# a rank of calls in a past time ("đầu tiên ... sau khi nhậm chức hồi tháng 1"): not the report of the day (the first
# since taking office, with no past time, is news of its own)
_NTH_IN_THE_PAST = re.compile(r"\bhồi\s+(?:tháng|năm|đầu năm|cuối năm|đầu tháng|cuối tháng)\b|\b(?:năm ngoái|năm trước|"
                              r"trước đây)\b", re.I)
# the sentences back a pronoun's caller may have been named on a call of his own
_CALLER_BACK = 3
# ... and a description that says his country ("người đứng đầu ngành ngoại giao Trung Quốc")
_CALLER_BACK_BY_COUNTRY = 8
# the sentences after a round's opening line that may tell its calls
_ROUND_REACH = 6


def _round_caller(before: list[Candidate], opener: tuple[int, Mention] | None) -> tuple[int, Mention] | None:
    """The caller of a round in progress and the sentence he was last named in as one: the caller (the person before
    the call wording) of the last call found, or the subject of the round's opening line, whichever is later."""
    # (a call found from a pronoun's sentence has its caller told before: "Cùng ngày, ông cũng nhận ... của C")
    callers = [(c.sentence.index, c.a) for c in before[-1:] if c.a.end <= c.trigger_pos or c.inferred]
    callers += [opener] if opener else []
    return max(callers, key=lambda ic: ic[0], default=None)


# the opening of a sentence before its subject: a dateline or a day, a comma ("Ngày 10/5, A ..."), or a source's
# telling ("Tờ X ngày 10/7 đưa tin A bày tỏ ...")
_BEFORE_SUBJECT = re.compile(r"\W*(?:[^,.;]{0,40},\s*|(?:[^,.;]|(?<=\d)\.(?=\d)){0,60}?\b(?:" + lexicon.alternation(_TELLING, "tells_of_call")
                             + r")\s+(?:rằng\s+)?)?")


def _subject_told_before(s: Sentence, sentences: list[Sentence]) -> tuple[int, Mention] | None:
    """The official a pronoun subject stands for when no call was told before it ("A nhậm chức ngày 10/5. Hôm 13/5,
    ông đã điện đàm với C"): the named official opening the nearest sentence before that names one."""
    for back in range(1, _CALLER_BACK + 1):
        i = s.index - back
        if i < 0 or sentences[i].start < 0:
            return None
        named = [x for x in find_mentions(sentences[i].text) if x.name and not x.tagged and not x.unnamed]
        if named:
            first = named[0]
            return (i, first) if _BEFORE_SUBJECT.fullmatch(sentences[i].text, 0, first.start) else None
    return None


def _caller_told_before(s: Sentence, mentions: list[Mention], before: list[Candidate],
                        opener: tuple[int, Mention] | None = None,
                        sentences: list[Sentence] | None = None) -> Candidate | None:
    """A round of calls told over sentences ("A đã điện đàm với B. ... Ngày 15/2, ông tiếp tục trao đổi qua điện
    thoại với C"; "A có một loạt cuộc điện đàm ... Cuộc điện đàm đầu tiên là với C"): the pronoun is the caller of
    the call told just before (or of the round's opening line, `opener`), C his next partner."""
    officials = [x for x in mentions if not x.tagged]
    if len(officials) != 1 or s.start < 0:
        return None
    partner = officials[0]
    m = CALL_WORDING.search(s.text) or _NTH_CALL_NOUN.search(s.text) or _RECEIVED_BY_RANK.search(s.text)
    # in a round opened by a line of its own, talking with no medium told ("Cũng trong buổi chiều, nhà lãnh đạo
    # Ukraine đã nói chuyện với C") is the next call, as in an article about a call (`talked_with`)
    talked = m is None and opener is not None and 0 < s.index - opener[0] <= _ROUND_REACH and (
        m := _TALKED_WITH.search(s.text)) is not None and m.end() == partner.start
    if m is None:
        return None
    if (told := _round_caller(before, opener) or (_subject_told_before(s, sentences) if sentences else None)) is None:
        return None
    item = _LIST_ITEM.fullmatch(s.text, 0, m.start()) if opener is not None else None
    if item and before and before[-1].inferred and before[-1].sentence.index == s.index - 1 \
            and _LIST_ITEM.fullmatch(before[-1].sentence.text, 0, before[-1].trigger_pos):
        told = (s.index - 1, before[-1].a)  # the item before, of the same list: its caller goes on
    told_at, caller = told
    subject = _PRONOUN_SUBJECT.fullmatch(s.text, 0, m.start()) or _PRONOUN_IN_THE_CALL.fullmatch(s.text, 0, m.start()) \
        or item or (_IN_THE_CALL_OPENING.fullmatch(s.text, 0, m.start()) if before else None)
    nth = subject is None and (_NTH_CALL.fullmatch(s.text, 0, m.start())
                               and _NTH_TO_PARTNER.fullmatch(s.text, m.end(), partner.start)
                               or _NTH_PERSON.fullmatch(s.text, 0, m.start())
                               and _RANKED_PARTNER.fullmatch(s.text, m.end(), partner.start))
    if nth and _NTH_IN_THE_PAST.search(s.text, m.end(), partner.start):
        return None  # "Cuộc điện đàm đầu tiên của ông sau khi nhậm chức hồi tháng 1 cũng là với C": an old call recalled
    said_country = subject and (subject.groupdict().get("country") or subject.groupdict().get("its_country"))
    # (a subject that says the caller's country may stand further off: "Cũng trong ngày, người đứng đầu ngành ngoại
    # giao Trung Quốc đã nói chuyện qua điện thoại với C" after a paragraph on the first call, round 143)
    reach = _CALLER_BACK_BY_COUNTRY if said_country and caller.country and caller.country == code_of(said_country) \
        else _CALLER_BACK
    if not (0 < s.index - told_at <= reach) or not (nth or subject) \
            or not (nth or talked or _TO_ONE_PARTNER.fullmatch(s.text, m.end(), partner.start)
                    or _PARTNER_RIGHT_AFTER.fullmatch(s.text, m.start(), partner.start)
                    or _RECEIVED_FROM.fullmatch(s.text, m.start(), partner.start)) \
            or skip_trigger(s.text, m.start(), m.end(), True):
        return None
    if fold(caller.name) == fold(partner.name) or (caller.country and caller.country == partner.country):
        return None
    if _GREETING_SENT.search(s.text, m.end(), partner.start) and _IN_THE_CALL_OPENING.fullmatch(s.text, 0, m.start()) \
            and any(c.sentence.index == told_at and fold(c.a.name) == fold(caller.name) for c in before):
        return None  # "Trong cuộc điện đàm, ông gửi lời ... đến C": C is greeted through the call told before
    if said_country and caller.country not in (None, code_of(said_country)):
        return None  # "Nhà lãnh đạo Pháp" is not the caller of another country
    video = bool(VIDEO_WORDING.search(s.text[m.start():m.end()]))
    return Candidate(caller, partner, s, m.start(), m.end(), True, video, True, inferred=True, no_medium=talked)


# greetings sent through a call to someone not on it (non_call_wordings.toml [greeting_sent])
_GREETING_SENT = re.compile(r"\b(?:" + lexicon.alternation("non_call_wordings.toml", "greeting_sent") + r")\b", re.I)


def _partners_of_a_pronoun(s: Sentence, mentions: list[Mention], before: list[Candidate],
                           opener: tuple[int, Mention] | None, sentences: list[Sentence]) -> list[Candidate]:
    """A pronoun subject's calls with a list of partners ("ông cũng có các cuộc điện đàm với B và C"): the caller
    `_caller_told_before` finds for the first partner, on a call with each of the list."""
    officials = [x for x in mentions if not x.tagged]
    m = CALL_WORDING.search(s.text)
    if m is None or len(officials) < 2 or officials[0].start < m.end() \
            or not _PRONOUN_SUBJECT.fullmatch(s.text, 0, m.start()):
        return []
    partners = _listed(s.text, officials, m.end())
    if len(partners) != len(officials):
        return []
    first = _caller_told_before(s, partners[:1], before, opener, sentences)
    if first is None or any(fold(x.name) == fold(first.a.name) for x in partners):
        return []
    return [replace(first, b=x) for x in partners]


# the partner a pronoun after the call wording ("C cũng gọi điện chúc mừng ông")
_TO_THE_PRONOUN = re.compile(r"(?<=chúc mừng)\s+(?:ông|bà)\b(?!\s+[A-ZĐ])|\s*(?:[^\W\d_]+\s+){0,2}?(?:với|cho|chúc mừng)"
                             r"\s+(?:ông|bà)\b(?!\s+[A-ZĐ])")


def _partner_told_before(s: Sentence, mentions: list[Mention], before: list[Candidate]) -> Candidate | None:
    """A round of calls to one person ("A đã điện đàm chúc mừng Bộ trưởng B. C cũng có cuộc điện thoại chúc mừng ông
    trong cùng ngày"): the pronoun after the call wording is the one called just before, C its caller."""
    officials = [x for x in mentions if not x.tagged]
    m = CALL_WORDING.search(s.text)
    if m is None or len(officials) != 1 or not before or s.start < 0 or officials[0].end > m.start():
        return None
    last = before[-1]
    caller, partner = officials[0], last.b
    if not (0 < s.index - last.sentence.index <= _CALLER_BACK) or not _TO_THE_PRONOUN.match(s.text, m.end()) \
            or skip_trigger(s.text, m.start(), m.end(), True) or fold(caller.name) == fold(partner.name) \
            or fold(caller.name) == fold(last.a.name) or (caller.country and caller.country == partner.country):
        return None
    video = bool(VIDEO_WORDING.search(s.text[m.start():m.end()]))
    return Candidate(caller, partner, s, m.start(), m.end(), True, video, True, inferred=True)


# the opening of the sentence after a call told without its partner (call_wordings.toml [partner_named_next])
_PARTNER_NAMED_NEXT = re.compile(r"\W*(?:" + lexicon.alternation("call_wordings.toml", "partner_named_next") + r")\s+(?:"
                                 + ADDRESS + r"\s+)?", re.I)
# all a sentence may hold after its call wording when the partner is named in the next one: the medium, the length,
# a count ("kéo dài 105 phút, lần thứ hai trong vòng hai ngày")
_NOTHING_AFTER_THE_CALL = re.compile(r"(?:\s+(?:trực tuyến|qua (?:điện thoại|video)|kéo dài[^,.;:]{1,30}))?"
                                     r"(?:\s*,\s*lần thứ[^,.;:]{1,40})?\s*[.!]?\s*")


def _partner_told_after(s: Sentence, mentions: list[Mention], sentences: list[Sentence]) -> Candidate | None:
    """A call whose partner the next sentence names ("A đã có cuộc điện đàm kéo dài hai giờ. Người đối thoại là B"):
    the sentence ends on its call wording, the next opens on B's introduction, and B is of another country."""
    officials = [x for x in mentions if not x.tagged and not x.unnamed]
    m = CALL_WORDING.search(s.text)
    if m is None or len(officials) != 1 or officials[0].end > m.start() or s.start < 0 \
            or s.index + 1 >= len(sentences) or not _NOTHING_AFTER_THE_CALL.fullmatch(s.text, m.end()) \
            or skip_trigger(s.text, m.start(), m.end(), True):
        return None
    after = sentences[s.index + 1]
    opening = _PARTNER_NAMED_NEXT.match(after.text)
    if opening is None:
        return None
    named = [x for x in find_mentions(after.text) if not x.unnamed]
    caller = officials[0]
    if not named or named[0].start != opening.end() or fold(named[0].name) == fold(caller.name):
        return None
    # (his country told by the opening, "Phía Ấn Độ là", or after his title, "Tỉnh trưởng tỉnh X (Lào)")
    told = find_country(opening.group()) or next(
        ((code, 0, 0) for p in re.finditer(r"\(([^()]{2,30})\)", after.text) if (code := code_of(p.group(1)))), None)
    partner = named[0] if named[0].country or told is None else replace(named[0], country=told[0])
    countries = (caller.country or name_country_guess(caller.name), partner.country or name_country_guess(partner.name))
    if None in countries or countries[0] == countries[1]:
        return None
    video = bool(VIDEO_WORDING.search(s.text[m.start():m.end()]) or ONLINE_MEDIUM.search(s.text, m.end()))
    return Candidate(caller, partner, s, m.start(), m.end(), True, video, True, inferred=True)


# "Với Thủ tướng Hy Lạp B và Thủ tướng Albania C, ông A cho biết đã thảo luận ...": the partners of a round opening
# the sentence, its caller (or a pronoun, or his title) the subject after the comma
_WITH_OPENING = re.compile(r"\W*(?:(?:còn|trong khi|cũng)\s+)?[Vv]ới\s+(?:" + ADDRESS + r"\s+)?")
_PARTNER_LIST_JOIN = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:" + ADDRESS + r"\s+)?")
_CALLER_AFTER_COMMA = re.compile(r"\s*,\s*(?:(?:ông|bà|nhà lãnh đạo|người đứng đầu)\b|[A-ZĐ])")


# "Danh sách còn có D và E" right after a round's partners (call_wordings.toml [list_continued])
_LIST_CONTINUED = re.compile(r"\W*(?:" + lexicon.alternation("call_wordings.toml", "list_continued") + r")\s+", re.I)


def continues_a_list(text: str) -> bool:
    """Whether the sentence opens by continuing the list of partners of the sentence before ("Danh sách còn có")."""
    return _LIST_CONTINUED.match(text) is not None


def _more_partners(s: Sentence, mentions: list[Mention], before: list[Candidate]) -> list[Candidate]:
    """More partners of a round listed in the next sentence ("... gồm B và C. Danh sách còn có D, E và F"): a call of
    the caller of the sentence before with each."""
    m = _LIST_CONTINUED.match(s.text)
    officials = [x for x in mentions if not x.tagged and not x.unnamed]
    if m is None or not officials or officials[0].start != m.end() or s.start < 0 or not before \
            or before[-1].sentence.index != s.index - 1:
        return []
    caller = before[-1].a
    partners = _partner_run(s.text, officials, caller)
    return [_round_call(caller, p, s, m) for p in partners if not _names_the_caller(p, caller)]


def _round_partner_item(s: Sentence, mentions: list[Mention], before: list[Candidate],
                        opener: tuple[int, Mention] | None) -> list[Candidate]:
    """An item of a bulleted list of people under a round's opening line ("A đã gọi điện cho năm nhà lãnh đạo thế giới
    ... Những người ông đã nói chuyện gồm:" / "• Tổng thống Colombia B"): the round caller's call with B, its medium
    and day the round's."""
    m = _LIST_ITEM.match(s.text)
    officials = [x for x in mentions if not x.tagged and not x.unnamed]
    if m is None or opener is None or s.start < 0 or len(officials) != 1:
        return []
    person = officials[0]
    if person.start != m.end() or not person.title or s.text[person.end:].strip(" .,;"):
        return []  # the line is the person alone, titled
    if (told := _round_caller(before, opener)) is None or _names_the_caller(person, told[1]):
        return []
    return [_round_call(told[1], person, s, m)]


def _round_call(caller: Mention, partner: Mention, s: Sentence, told: re.Match[str]) -> Candidate:
    """A call of a round's caller with a partner the sentence names without a call wording of its own (the words at
    `told` lead to him): its people taken from the round, its medium the round's."""
    return Candidate(caller, partner, s, told.start(), told.end(), True, False, True, inferred=True, no_medium=True)


def _partner_run(text: str, officials: list[Mention], caller: Mention) -> list[Mention]:
    """The partners listed from the first official on ("B, C và D"), up to the end of the list or the caller."""
    partners = [officials[0]]
    for x in officials[1:]:
        if _names_the_caller(x, caller) or not _PARTNER_LIST_JOIN.fullmatch(text, partners[-1].end, x.start):
            break
        partners.append(x)
    return partners


def _names_the_caller(x: Mention, caller: Mention) -> bool:
    """The round's caller, named whole or by his family name ("Tổng thống Obama" for "Barack Obama")."""
    a, b = fold(x.name), fold(caller.name)
    return a == b or b.endswith(" " + a) or a.endswith(" " + b)


def _partners_opening(s: Sentence, mentions: list[Mention], before: list[Candidate],
                      opener: tuple[int, Mention] | None) -> list[Candidate]:
    """A round's next partners told before its caller, in a sentence with no call word ("Với B và C, ông A cho biết đã
    thảo luận các dự án song phương"): one call of the round's caller with each, its medium not told."""
    m = _WITH_OPENING.match(s.text)
    officials = [x for x in mentions if not x.tagged]
    if m is None or not officials or officials[0].start != m.end() or s.start < 0:
        return []
    if (told := _round_caller(before, opener)) is None:
        return []
    _, caller = told
    partners = _partner_run(s.text, officials, caller)
    if not _CALLER_AFTER_COMMA.match(s.text, partners[-1].end):
        return []
    rest = [x for x in officials[len(partners):] if not _names_the_caller(x, caller)]
    if rest:
        return []  # someone else named after the comma: not the round's caller speaking
    return [_round_call(caller, p, s, m) for p in partners if not _names_the_caller(p, caller)
            and not (caller.country and p.country and caller.country == p.country)]


# "Tiếp đó, nhà lãnh đạo Hy Lạp lần lượt nói chuyện với B và C": the round's caller named by his country, talking in
# turn with each partner after "với" (no medium told: the round's); "Cuối ngày, nhà lãnh đạo Hy Lạp nói chuyện với D"
# ("Ngày 16/3, Tổng thống Indonesia tiếp tục trao đổi với C": his title and country, going on with the round)
_LEADER_IN_TURN = re.compile(r"(?:\b(?i:nhà lãnh đạo|người đứng đầu|lãnh đạo)|(?<![\w])(?:" + lexicon.capitalised_heads()
                             + r"))\s+(?P<country>" + country_pattern().pattern + r")\s+(?:(?:đã|cũng|sau đó|lại)\s+)*"
                             r"(?:(?:lần lượt|tiếp tục)\s+)?(?:nói chuyện|trao đổi|trò chuyện|điện đàm|gọi điện)"
                             r"(?:\s+[^\s,.;:]+){0,3}?\s+(?:với|cho)\s+(?:" + ADDRESS + r"\s+)?")


def _round_leader_in_turn(s: Sentence, mentions: list[Mention], before: list[Candidate],
                          opener: tuple[int, Mention] | None) -> list[Candidate]:
    """The calls of a round's caller, named as the leader of his country, with each partner he talked to in turn
    (a round in progress, the caller of that country): one call with each."""
    m = _LEADER_IN_TURN.search(s.text)
    if m is None or s.start < 0 or (told := _round_caller(before, opener)) is None:
        return []
    _, caller = told
    home = code_of(m.group("country"))
    if home is None or (caller.country or listed_country(caller.name)) not in (None, home):
        return []
    partners = [x for x in mentions if not x.tagged and x.start >= m.end() and x.name
                and fold(x.name) != fold(caller.name) and x.country and x.country != home]
    if caller.country is None:
        caller = replace(caller, country=home)  # "nhà lãnh đạo Thổ Nhĩ Kỳ": the caller's country, told here
    return [_round_call(caller, p, s, m) for p in partners]


def _titled_officials(s: Sentence, sentences: list[Sentence]) -> list[Mention]:
    """The titled, named officials of the article's other sentences, one mention a person (by family name)."""
    found: dict[str, Mention] = {}
    for t in sentences:
        if t.index == s.index:
            continue
        for x in find_mentions(t.text):
            if not x.tagged and x.title and x.name:
                found.setdefault(fold(x.name).split()[-1], x)
    return list(found.values())


def _country_of(m: Mention) -> str | None:
    return m.country or name_country_guess(m.name)


def _only_two_officials(s: Sentence, sentences: list[Sentence]) -> tuple[Mention, Mention] | None:
    """The two titled officials the article's other sentences name, when there are exactly two and their countries
    (written, or read off the name) are not one."""
    found = _titled_officials(s, sentences)
    if len(found) != 2:
        return None
    a, b = found
    return (a, b) if not (_country_of(a) and _country_of(a) == _country_of(b)) else None


def _sole_foreign_official(one: Mention, s: Sentence, sentences: list[Sentence]) -> Mention | None:
    """The only titled official of a country other than `one`'s that the article's other sentences name (the
    country written, or read off the name), or None when there are none or several."""
    home = _country_of(one)
    if home is None:
        return None
    foreign = [x for x in _titled_officials(s, sentences) if _country_of(x) not in (None, home)]
    return foreign[0] if len(foreign) == 1 else None


# "A cho biết (ông) đã nói chuyện với B", "A đã có cuộc trò chuyện thẳng thắn với B" (call_wordings.toml
# [talked_with]); in person or not the news when the sentence says so (non_call_wordings.toml [in_person])
_TALKED_WITH = re.compile(r"\b(?:(?:đã|vừa|mới)\s+(?:có\s+(?:một\s+)?cuộc\s+)?|có\s+(?:một\s+)?cuộc\s+)[\"“]?(?:"
                          + lexicon.alternation("call_wordings.toml", "talked_with")
                          + r")[\"”]?(?:\s+[^\s,.;:]+){0,5}?\s+với\s+(?:" + ADDRESS + r"\s+)?", re.I)
_IN_PERSON = re.compile(r"\b(?:" + lexicon.alternation("non_call_wordings.toml", "in_person") + r")\b", re.I)
# "Trong cuộc nói chuyện với B, A đề nghị ...": the talk named as the setting of what A said, A after the comma
# ("Nói chuyện với B, A xác nhận ...": the talk opening the sentence, A after the comma)
_IN_TALK_WITH = re.compile(r"(?:\b(?:trong|tại)\s+cuộc\s+|^\W*)(?:" + lexicon.alternation("call_wordings.toml", "talked_with")
                           + r")\s+với\s+(?:" + ADDRESS + r"\s+)?", re.I)


# "Trước đó, A đã điện đàm với B": a call told as earlier (non_call_wordings.toml [past_in_head] "trước đó") ...
_EARLIER_OPENING = re.compile(r"\W*trước đó\s*,\s*", re.I)
# "X diễn ra một ngày sau khi A điện đàm với C hôm 18/3": a clause telling an earlier call, the time of another event
_EARLIER_CLAUSE = re.compile(r"\b(?:" + lexicon.alternation("non_call_wordings.toml", "earlier_clause") + r")\s+", re.I)
# the sentence after a call told as earlier, telling what was said in it ("Văn phòng Tổng thống cho biết, trong cuộc điện
# đàm, hai nhà lãnh đạo đã ...")
_CALL_TOLD_NEXT = re.compile(r"[^.;]{0,80}?\b(?:trong|tại)\s+cuộc\s+(?:điện đàm|trao đổi|gọi|nói chuyện)\s*(?:này\s*)?,\s*"
                             r"(?:hai|2)\s+(?:bên|" + lexicon.alternation("titles.toml", "two_officials") + r")\b", re.I)
# ... with no time of its own in the sentence ("Trước đó ít ngày", "hồi tháng 3", "từng")
_ITS_OWN_TIME = re.compile(r"\b(?:" + lexicon.alternation("non_call_wordings.toml", "past_in_head") + "|"
                           + lexicon.alternation("non_call_wordings.toml", "past_after") + r"|ít ngày|mấy ngày|từng)\b",
                           re.I)


# "also" ("A cũng điện đàm với C"): another call of a round (read by extractors.assemble too)
ALSO = re.compile(r"\bcũng\b", re.I)


def earlier_in_the_story(sentences: list[Sentence], found: list[Candidate], headline_countries: frozenset[str] = frozenset()
                         ) -> list[Candidate]:
    """In an article telling a round of calls, "Trước đó, A (cũng) đã điện đàm với B" with no time of its own, one of
    the two already on a call found and the pair a new one (the caller's earlier call of the same round: "Trước đó,
    Tổng thống X cũng đã gọi điện cho ông B" beside the calls B took that day): a call of the story, not one told in
    passing. Only when it says "cũng" or the article tells a round, and names no day (1.148.0); or, with a day of its
    own, when the headline names the new partner's country ("A điện đàm với người đồng nhiệm Singapore và Indonesia"
    over "Trước đó, chiều 30/4, A đã điện đàm với Bộ trưởng Ngoại giao Indonesia C", round 140). Since 1.165.0, any
    call told so with a day and month or a weekday of its own, in an article whose own calls were found ("Trước đó,
    ngày 5/3, A đã điện đàm với C"): the labelled sets of stop 38 count each of the 15 such sentences of their call
    articles as a call (rounds 142 to 145, ten helpers, one of them a real page), where those of stops 9 to 33 had 19 of
    23 as background; in an article about something else (dev2's cables) it stays background, unless the next sentence
    tells what was said in it ("..., trong cuộc điện đàm, hai nhà lãnh đạo đã nhất trí ...": reported, not in passing;
    1.172.0)."""
    # (one already on a call may come back by another word of the name: "Lula" for "Luiz Inácio Lula da Silva")
    alias = {w: fold(x.name).split()[-1] for c in found for x in (c.a, c.b) if x.name
             for w in fold(x.name).split() if len(w) > 2}
    people = set(alias.values())
    pairs = {frozenset(fold(x.name).split()[-1] for x in (c.a, c.b)) for c in found if c.a.name and c.b.name}
    round_told = any(_ROUND_OPENER.search(s.text) for s in sentences)
    out: list[Candidate] = []
    for s in sentences:
        opening = _EARLIER_OPENING.match(s.text)
        # (or a clause after "một ngày sau khi", only with a day of its own: non_call_wordings.toml [earlier_clause])
        clause = opening is None and bool(found) and (opening := _EARLIER_CLAUSE.search(s.text)) is not None
        if opening is None or s.start < 0 or _ITS_OWN_TIME.search(s.text, opening.end()):
            continue
        # (with a day of its own, only a call of another pair: "Trước đó, ngày 16/3, C đã điện đàm với bà B" beside
        # B's calls of the news, round 113; the pair's own earlier call is `earlier_calls_of_a_pair`'s)
        # (told as the same round, "cũng", or in an article telling a round, "A điện đàm với lãnh đạo các nước", with no
        # day of its own: else "Trước đó, A đã điện đàm với C" is background, rounds 123, 127 and 130)
        hits = find_dates(s.text[opening.end():] if clause else s.text)
        dated = bool(hits)
        # (or, in an article about something else, when the next sentence tells what was said in it: "Trước đó, ngày
        # 2/10, A đã có cuộc điện đàm đầu tiên với C. ... cho biết, trong cuộc điện đàm, hai nhà lãnh đạo đã nhất trí
        # ...", real pages of round 151)
        reported = bool(found) or (s.index + 1 < len(sentences) and _CALL_TOLD_NEXT.match(sentences[s.index + 1].text))
        own_day = reported and any((h.day and h.month) or h.weekday is not None for h in hits)
        if clause and not own_day:
            continue
        if dated and not (headline_countries or own_day) \
                or not dated and not (round_told or ALSO.search(s.text, opening.end())):
            continue
        masked = Sentence(" " * opening.end() + s.text[opening.end():], s.start, s.end, s.index)
        mentions = find_mentions(masked.text)
        if own_day and (wording := CALL_WORDING.search(masked.text)):
            # ("Trước đó, ngày 28/5, Chủ tịch Quốc hội cũng đã nói chuyện qua điện thoại với C": the official so
            # titled earlier)
            mentions = sorted(mentions + bare_title_subject(masked.text, mentions, wording.start()), key=lambda m: m.start)
        for c in _candidates_in_sentence(masked, mentions):
            named = [x for x in (c.a, c.b) if x.name]
            last = [alias.get(fold(x.name), fold(x.name).split()[-1]) for x in named]
            pair = frozenset(last)
            if own_day:
                if named and pair not in pairs:
                    c.sentence = s
                    out.append(c)
                continue
            new = [x for x, w in zip(named, last, strict=True) if w not in people]
            if dated and not (len(new) == 1 and new[0].country in headline_countries):
                continue
            if len(named) == 2 and pair & people and pair not in pairs:
                c.sentence = s
                out.append(c)
    return out


# "A cũng điện đàm với C": another call of the one who talked with B in the sentence before
_ALSO_CALLED = re.compile(r"\bcũng\s+(?:đã\s+)?(?:có\s+(?:cuộc\s+)?)?(?:điện đàm|gọi điện|điện thoại)\b", re.I)


def talked_with(sentences: list[Sentence], text: str, headline: str, url: str | None,
                told: list[Candidate] | None = None) -> list[Candidate]:
    """In an article about a call (its URL, title or first line names one, or it speaks of the call twice), a talk
    whose medium is not told ("Tổng thống A cho biết đã nói chuyện với Thủ tướng B"): a call, of low confidence.
    The two people are the nearest official before the verb and the one right after "với", of two countries. When
    calls are `told`, only a talk of someone on one of them counts ("Cùng ngày, C cũng có cuộc trao đổi với B" beside
    A's call with B: C's talk is not told as a call, rounds 129 and 130)."""
    if COMING.search(text):
        return []
    about_a_call = _names_a_call(sentences, text, headline, url)
    # (or the next sentence says the teller also called someone: "\"Tôi vừa nói chuyện với B\", A cho biết. Ông A
    # cũng điện đàm với C", round 80)
    also_called = {s.index - 1 for s in sentences if _ALSO_CALLED.search(s.text)}
    out = []
    for s in sentences:
        if not about_a_call and s.index not in also_called:
            continue
        by_phone = _BY_PHONE_OPENING.match(s.text)
        m = _TALKED_WITH.search(s.text) or _IN_TALK_WITH.search(s.text) or (
            _TALK_AFTER_THE_PHONE.search(s.text, by_phone.end()) if by_phone else None)
        if m is None or _IN_PERSON.search(s.text) or (GATE.search(s.text) and not by_phone):
            continue
        if re.search(r"\b(?:sau|trước)\s+khi\s+(?:[^\W\d_]+\s+){0,2}$", s.text[:m.start()]):
            continue  # "... trong cuộc gọi hôm thứ Ba sau khi ông nói chuyện với C": the talk before the call
        if skip_trigger(s.text, m.start(), m.end(), True):
            continue
        found = [x for x in find_mentions(s.text) if not x.tagged]
        after = next((x for x in found if x.start == m.end() or x.name_start == m.end()), None)
        before = [x for x in found if x.end <= m.start() and not re.search(r"[;]", s.text[x.end:m.start()])]
        if after is None:
            continue
        if m.re is _IN_TALK_WITH:
            # the subject of the main clause, right after the comma that closes the setting
            before = [x for x in found if x.start > after.end and re.fullmatch(
                r"[^,;.]{0,20},\s*(?:(?:" + ADDRESS + r")\s+)?", s.text[after.end:x.start])][:1]
        teller = before[-1] if before else None
        if teller is None and _FIRST_PERSON.search(s.text[:m.start()]):
            # "\"Tôi đã có cuộc trò chuyện ... với B\", A viết": the teller after the quote
            close = _QUOTE_END.search(s.text, after.end)
            teller = next((x for x in found if close and x.start > close.start()
                           and _SAYS.match(s.text, x.end)), None)
        if teller is None:
            continue
        # "... đã trao đổi với A và B": one talk with each (two countries)
        partners = [after]
        for x in found:
            if x.start > partners[-1].end and re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", s.text[partners[-1].end:x.start]) \
                    and x.country and partners[-1].country and x.country != partners[-1].country:
                partners.append(x)
        for partner in partners:
            if teller.country and partner.country and teller.country == partner.country:
                continue
            out.append(Candidate(teller, partner, s, m.start(), m.end(), True, False, True, no_medium=not by_phone))
    on_calls = {fold(x.name).split()[-1] for c in told or () for x in (c.a, c.b) if x.name}
    return [c for c in out if not (c.no_medium and on_calls and fold(c.a.name).split()[-1] not in on_calls)]


# ... and its talk verb, with no tense word ("Cũng qua điện thoại, ngày 10/10, ông A trao đổi với B", round 110)
_TALK_AFTER_THE_PHONE = re.compile(r"\b(?:" + lexicon.alternation("call_wordings.toml", "talked_with")
                                   + r")\s+với\s+(?:" + ADDRESS + r"\s+)?", re.I)
# the sentence opening on the phone as its medium ("Cũng qua điện thoại, A đã trò chuyện với B", round 108)
# (a live page's entry may open on its clock: "14:40 - Cũng qua điện thoại, ...")
_BY_PHONE_OPENING = re.compile(r"\W*(?:" + ENTRY_CLOCK + r"\s*)?(?:cũng\s+)?(?:qua|bằng)\s+(?:đường\s+)?điện thoại\s*,\s*",
                               re.I)


# a sentence asking a question (its last mark, before closing quotes or brackets, a question mark): no labelled call
# is told in one
_QUESTION = re.compile(r"\?[\"”’')\]\s]*$")
# ... from the last colon, semicolon or dash before it (or the sentence's start)
_QUESTION_OPENS = re.compile(r".*(?:[:;]|\s[-–—]\s)|^", re.S)
# ... unless it asks what was said in the call, which it takes as told (call_wordings.toml [asks_what_was_said])
_ASKS_WHAT_WAS_SAID = re.compile(lexicon.alternation("call_wordings.toml", "asks_what_was_said"), re.I)


# the call named by the page's address, its two sides around the wording ("ong-trump-dien-dam-voi-tong-thong-putin-
# truoc-khi-gap-...": call_wordings.toml [url_pair_wordings])
_URL_PAIR = re.compile(r"^(?P<a>[a-z0-9-]+?)-(?:" + lexicon.alternation("call_wordings.toml", "url_pair_wordings")
                       + r")-(?P<b>[a-z0-9-]+)")
# the words of the address after the partner's side that stand for no one ("truoc-khi-gap-..."): up to six kept
_URL_SIDE_WORDS = 6


# the plain words of non_call_wordings.toml [before] as an address writes them ("co-the", "du-kien", "se"): before the
# wording of an address they name a call not held ("/ong-trump-co-the-dien-dam-voi-ong-tap-...", round 138)
_URL_NOT_HELD = tuple(sorted({"-".join(fold(w).split()) for w in lexicon.plain_words("non_call_wordings.toml", "before")},
                             key=len, reverse=True))


def _in_slug(name: str, side: str) -> bool:
    """A person's folded name, whole or its last word, is a run of words of one side of an address."""
    words = side.split("-")
    tokens = re.sub(r"[^a-z0-9 ]+", " ", fold(name)).split()
    for key in ({" ".join(tokens), tokens[-1]} if tokens else set()):
        n = len(key.split())
        if any(" ".join(words[i:i + n]) == key for i in range(len(words) - n + 1)):
            return True
    return False


def called_in_the_url(sentences: list[Sentence], mentions: dict[int, list[Mention]], url: str | None,
                      found: list[Candidate]) -> list[Candidate]:
    """The call the page's address names between two people of the text ("/ong-trump-dien-dam-voi-tong-thong-putin-
    ..."), on a page cut before its headline whose sentences tell it without both names ("Trong cuộc điện đàm, Tổng
    thống Mỹ và người đứng đầu nước Nga ...", real pages of round 139): a call, dated and told by the first such
    sentence, when no call of the text is already theirs."""
    if not url:
        return []
    segment = next((x for x in reversed(urlsplit(url).path.split("/")) if x), "")
    m = _URL_PAIR.search(re.sub(r"[^a-z0-9]+", "-", fold(segment).lower()))
    if m is None or any(m.group("a") == w or m.group("a").endswith("-" + w) for w in _URL_NOT_HELD):
        return []
    side_b = "-".join(m.group("b").split("-")[:_URL_SIDE_WORDS])
    # (every sentence's officials: those of sentences without a call wording are not read yet)
    every = {s.index: mentions[s.index] if s.index in mentions else find_mentions(s.text) for s in sentences if s.start >= 0}
    named = [(s, x) for s in sentences for x in every.get(s.index, []) if x.name and not x.unnamed and not x.tagged]
    a = next((x for _, x in named if _in_slug(x.name, m.group("a"))), None)
    b = next((x for _, x in named if _in_slug(x.name, side_b) and not _in_slug(x.name, m.group("a"))), None)
    if a is None or b is None:
        return []
    pair = {fold(a.name).split()[-1], fold(b.name).split()[-1]}
    if any({fold(x.name).split()[-1] for x in (c.a, c.b) if x.name} == pair for c in found):
        return []
    for s in sentences:
        if s.start < 0:
            continue
        people = {fold(x.name).split()[-1] for x in every.get(s.index, []) if x.name and not x.unnamed}
        w = CALL_WORDING.search(s.text)
        if w is not None and people <= pair and not skip_trigger(s.text, w.start(), w.end(), True):
            video = bool(VIDEO_WORDING.search(s.text[w.start():w.end()]))
            return [Candidate(a, b, s, w.start(), w.end(), False, video, False, inferred=True)]
    return []


def find_candidates(sentences: list[Sentence]) -> tuple[list[Candidate], dict[int, list[Mention]]]:
    """Two officials around each call wording of the sentences that pass the gate, and the mentions found in
    those sentences (by sentence index)."""
    all_mentions: dict[int, list[Mention]] = {}
    candidates: list[Candidate] = []
    tagged_sentences = 0
    opener: tuple[int, Mention] | None = None  # the caller of the last line opening a round of calls
    for s in sentences:
        if (question := _QUESTION.search(s.text)) and GATE.search(s.text, _QUESTION_OPENS.search(
                s.text[:question.start()]).end()) and not _ASKS_WHAT_WAS_SAID.search(s.text):
            continue  # "Ông A có ngẫu hứng nghe điện thoại của bà B?": a question reports no call (round 119); "A gọi
            # điện cho B: bàn gì?" asks after a report

        in_round = bool(candidates and 0 < s.index - candidates[-1].sentence.index <= _CALLER_BACK) or bool(
            opener and 0 < s.index - opener[0] <= _ROUND_REACH)
        gated = bool(GATE.search(s.text))
        if not gated and not (in_round and (_TALKED_WITH.search(s.text) or _WITH_OPENING.match(s.text)
                                            or _LEADER_IN_TURN.search(s.text) or _LIST_ITEM.match(s.text)
                                            or _LIST_CONTINUED.match(s.text))):
            continue  # (in a round, talking with no medium told, "Với B, A ..." and a list of people are its next calls)
        mentions = find_mentions(s.text)
        all_mentions[s.index] = mentions
        if in_round and not gated and (listed := _round_partner_item(s, mentions, candidates, opener)
                                       or _more_partners(s, mentions, candidates)):
            candidates.extend(listed)
            continue
        if in_round and not gated and (with_partners := _partners_opening(s, mentions, candidates,
                                                                                          opener)):
            candidates.extend(with_partners)
            continue
        if in_round and (in_turn := _round_leader_in_turn(s, mentions, candidates, opener)):
            candidates.extend(in_turn)
            continue
        if (group := _ROUND_OPENER.search(s.text)) and len(subject := [x for x in mentions if x.end <= group.start()
                                                                       and not x.tagged]) == 1:
            opener = (s.index, subject[0])
        if len(mentions) < 2 and tagged_sentences < MAX_TAGGED_SENTENCES and (pm := CALL_WORDING.search(s.text)):
            # bare names ("Putin và Trump đã điện đàm"): ask the POS tagger, only for this sentence
            tagged_sentences += 1
            mentions = with_tagged_names(s.text, mentions, pm.start(), pm.end())
        officials = [m for m in mentions if not m.tagged]
        if len(officials) == 1 and (named_next := _partner_told_after(s, officials, sentences)):
            candidates.append(named_next)  # "A đã có cuộc điện đàm. Người đối thoại là B"
            continue
        if len(officials) >= 2 and _PRONOUN_CLAUSE_IN.search(s.text) and (heads := seat_head_mentions(s.text, mentions)):
            # "ông chủ Nhà Trắng nói chuyện với B, và sang thứ Hai, ông tiếp tục có cuộc điện đàm với C": the seat's
            # official is the subject the pronoun stands for
            mentions = sorted(mentions + heads, key=lambda m: m.start)
        if len(officials) >= 2 and (subject := _subject_after_an_opening_phrase(s.text, officials)):
            # "Sau cuộc gọi với bà A, Thủ tướng Hy Lạp tiếp tục trao đổi qua điện thoại với C": the one named in the
            # opening phrase is not the subject
            mentions = sorted(mentions + subject, key=lambda m: m.start)
        if len(officials) < 2 and CALL_WORDING.search(s.text):
            # "A điện đàm với Thủ tướng Nhật Bản": a title and a country with no name after them (they outrank the
            # POS tagger's bare proper nouns, places and agencies as often as people: "AFP cho biết, Tổng thống Hàn
            # Quốc đã điện đàm với nhà lãnh đạo Trung Quốc, một ngày sau khi Seoul ...")
            unnamed = unnamed_mentions(s.text, officials)
            mentions = sorted((officials if len(officials) + len(unnamed) >= 2 else mentions) + unnamed,
                              key=lambda m: m.start)
        elif (pm := CALL_WORDING.search(s.text)) and not any(m.end <= pm.start() for m in mentions) \
                and _PARTNER_NEXT.match(s.text, pm.end(), min(m.start for m in mentions if m.start >= pm.end())):
            # "Tổng thống Hàn Quốc chiều 4/6 đã điện đàm với B về chuyến thăm của C": the subject has no name here
            subject = [u for u in unnamed_mentions(s.text, mentions) if u.end <= pm.start()]
            mentions = sorted(mentions + subject[-1:], key=lambda m: m.start)
        elif (pm := CALL_WORDING.search(s.text)) and not any(m.start >= pm.end() for m in mentions) \
                and any(m.end <= pm.start() for m in officials):
            # "theo đề nghị của Tổng thống Mỹ A, Tổng thống Hàn Quốc B đã có cuộc điện đàm với nhà lãnh đạo Mỹ": the
            # partner has no name here
            partner = [u for u in unnamed_mentions(s.text, mentions) if u.start >= pm.end()]
            mentions = sorted(mentions + partner[:1], key=lambda m: m.start)
        if CALL_WORDING.search(s.text) and (pair := country_pair_mentions(s.text, mentions)
                                             or two_officials_of_countries(s.text, mentions)):
            # "cuộc điện đàm giữa ngoại trưởng hai nước Mỹ và Thái Lan", "hai nhà lãnh đạo Nga và Mỹ đã điện đàm":
            # both named elsewhere (an unnamed mention read over one of them gives way)
            mentions = [m for m in mentions if not (m.unnamed and any(p.start < m.end and m.start < p.end for p in pair))]
            mentions = sorted(mentions + pair, key=lambda m: m.start)
        if mentions and (pm := CALL_WORDING.search(s.text)):
            # ("Tổng thống đã gọi điện cho A, B và C": the subject of a round, every partner after the wording)
            mentions = sorted(mentions + (bare_title_subject(s.text, mentions, pm.start())
                                          or bare_title_teller(s.text, mentions, pm.start())), key=lambda m: m.start)
        if len(mentions) < 2:
            pair_cand = both_from_previous(s, sentences, candidates) \
                or pair_told_before(s, sentences, mentions) \
                or _caller_told_before(s, mentions, candidates, opener, sentences) \
                or _partner_told_before(s, mentions, candidates)
            if pair_cand:
                candidates.append(pair_cand)
            continue
        if (opened := _calls_opening_with_partners(s, mentions) or _listed_or_ranked_partners(s, mentions)):
            candidates.extend(opened)
            continue
        if (listed := _partners_of_a_pronoun(s, mentions, candidates, opener, sentences)):
            # "Trong ngày, ông cũng có các cuộc điện đàm với B và C": the caller told before, with each (not B with C)
            candidates.extend(listed)
            continue
        found = [c for c in _candidates_in_sentence(s, mentions)
                 if not _two_partners(s.text, c) and not _object_then_verb(s.text, c)] \
            or _chairs_of_a_talk(s, mentions)
        if not found and any(m.unnamed for m in mentions) and (pair_cand := _caller_told_before(
                s, [m for m in mentions if not m.unnamed], candidates, opener, sentences)):
            # "Cuộc điện đàm cuối cùng trong ngày của nhà lãnh đạo Thổ Nhĩ Kỳ là với C": the round's caller, told
            # by his country, and his next partner
            found = [pair_cand]
        if not found and (pair_cand := both_from_previous(s, sentences, candidates)):
            # "Hai nhà lãnh đạo đã điện đàm hôm D, người phát ngôn của bà A, ông C, xác nhận": the people named
            # there are not the call's two
            found = [pair_cand]
        # (every pair found leans on a bare proper noun of the POS tagger: the pair told before, or a pronoun's next
        # call, "Cũng trong ngày, ông tiếp tục điện đàm với B ... Bộ Tứ")
        if all(c.a.tagged or c.b.tagged for c in found) and (
                (pair_cand := pair_told_before(s, sentences, mentions)) or (found and (pair_cand := _caller_told_before(
                    s, [m for m in mentions if not m.tagged], candidates, opener, sentences)))):
            found = [pair_cand]
        candidates.extend(found)
    return candidates, all_mentions


# "(Tân tổng thống Hàn Quốc) điện đàm với A và B": two partners listed after "với", of a caller not named here
_WITH_BEFORE_PARTNERS = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?với\s+(?:" + ADDRESS + r"\s+)?$", re.I)
_PARTNERS_JOINED = re.compile(r"\s*(?:,\s*)?(?:và|cùng)\s+(?:" + ADDRESS + r"\s+)?", re.I)


def _two_partners(text: str, c: Candidate) -> bool:
    """Whether a candidate's two people are both partners listed after the call wording and "với" ("... điện đàm với
    Trump và Tập Cận Bình", a headline whose caller has no name: written round 145), not a call of the two."""
    first, second = sorted((c.a, c.b), key=lambda x: x.start)
    return c.trigger_end <= first.start and _WITH_BEFORE_PARTNERS.fullmatch(text, c.trigger_end, first.start) is not None \
        and _PARTNERS_JOINED.fullmatch(text, first.end, second.start) is not None


# "A hội đàm trực tuyến với B, điện đàm với C": B is the object of the first verb, not the subject of the second
_AFTER_WITH = re.compile(r"\bvới\s+(?:" + ADDRESS + r"\s+)?$", re.I)
_NEXT_VERB = re.compile(r"\s*,\s*(?:và\s+|rồi\s+|đồng thời\s+|sau đó\s+)?(?:cũng\s+|tiếp tục\s+)?(?:có\s+)?", re.I)


def _object_then_verb(text: str, c: Candidate) -> bool:
    """Whether the person before the call wording is the object of an earlier verb, the wording a second verb of the
    sentence's subject ("A hội đàm trực tuyến với Chủ tịch Quốc hội Lào, điện đàm với Chủ tịch Quốc hội Campuchia": no
    call of the Lao and the Cambodian; written round 145)."""
    before = [x for x in (c.a, c.b) if x.end <= c.trigger_pos]
    if len(before) != 1:
        return False
    x = before[0]
    return _AFTER_WITH.search(text, 0, x.start) is not None and _NEXT_VERB.fullmatch(text, x.end, c.trigger_pos) is not None


# "A hội đàm trực tuyến với B dưới sự chủ trì của X và Y": the two who chaired a talk of two bodies
# (call_wordings.toml [chaired_by])
_CHAIRED_BY = re.compile(r"\b(?:" + lexicon.alternation("call_wordings.toml", "chaired_by") + r")\s+", re.I)


def _chairs_of_a_talk(s: Sentence, mentions: list[Mention]) -> list[Candidate]:
    """The call of the two officials who chaired a talk between two bodies, named after the wording and "dưới sự chủ trì
    của", joined by "và", of two countries (one may be read off the form of the name)."""
    m = CALL_WORDING.search(s.text)
    chaired = _CHAIRED_BY.search(s.text, m.end()) if m else None
    if m is None or chaired is None or skip_trigger(s.text, m.start(), m.end(), True):
        return []
    chairs = [x for x in mentions if not x.tagged and not x.unnamed and x.start >= chaired.end()]
    if len(chairs) != 2 or not re.search(r"\svà\s+\S*\s*$", s.text[chairs[0].end:chairs[1].start]) \
            or (chairs[0].country and chairs[0].country == chairs[1].country):
        return []
    video = bool(VIDEO_WORDING.search(s.text[m.start():m.end()]))
    return [Candidate(chairs[0], chairs[1], s, m.start(), m.end(), True, video, True, inferred=True)]


# a phrase of what came before or after, opening the sentence ("Sau cuộc gọi với bà A, ", "Sau khi điện đàm với A, ")
_OPENING_PHRASE = re.compile(r"\W*(?:sau|trước|ngoài)\s+(?:khi\s+)?[^,;.:]{3,80}?,\s*", re.I)


def _subject_after_an_opening_phrase(text: str, officials: list[Mention]) -> list[Mention]:
    """The unnamed subject (TITLE COUNTRY) after an opening phrase that names the only officials before the call
    wording: the one the call wording is about."""
    phrase = _OPENING_PHRASE.match(text)
    wording = CALL_WORDING.search(text, phrase.end()) if phrase else None  # (the phrase may name a call itself)
    if wording is None:
        return []
    before = [m for m in officials if m.end <= wording.start()]
    if not before or any(m.start >= phrase.end() for m in before):
        return []
    return [u for u in unnamed_mentions(text, officials) if phrase.end() <= u.start and u.end <= wording.start()][:1]


# "Sau một loạt các cuộc điện đàm với A và B, Tổng thống Nga ...": calls told in an opening phrase, their partners
# listed in it, the caller the subject after its comma
_CALLS_OPENING = re.compile(r"\W*(?:sau|trong|tại|qua)\s+(?:một\s+loạt\s+)?(?:các\s+|những\s+|hai\s+|ba\s+)?cuộc\s+"
                            r"(?:điện đàm|gọi|điện thoại|trao đổi)\b[^,;.]{0,40}?\b(?P<to>với|từ)\s+", re.I)


# "Trong số những người gọi điện chúc mừng ông A có B và C": the callers listed after the one they called
_THE_ONES = r"\b(?i:những|các)\s+(?i:" + _PERSON_NOUN + r")(?:\s+[^\s,.;]+){0,3}?\s+"
_CALLERS_LISTED = re.compile(_THE_ONES + r"(?:đã\s+)?(?:gọi điện|điện đàm|điện thoại)(?:\s+chúc mừng|\s+cho|\s+tới)?\s+")
_LISTED_AFTER = re.compile(r"\s+(?:có|gồm|là)\s+")
# "những người được ông A gọi điện gồm B, C và D": the ones the caller called, listed after him
_CALLED_LISTED = re.compile(_THE_ONES + r"được\s+")
_CALLED_VERB_LIST = re.compile(r"\s+(?:đã\s+)?(?:gọi điện|điện đàm|điện thoại)(?:\s+chúc mừng|\s+cho)?\s+(?:có|gồm|là)\s+"
                               r"(?:các\s+|những\s+)?")
# "Người đầu tiên ông A điện đàm là B": the partner told by rank, after "là", the caller named before the verb
_RANKED_PERSON = re.compile(r"\b(?i:" + _PERSON_NOUN + ")" + _RANK + r"(?:mà\s+)?")
_RANKED_VERB = re.compile(r"\s+(?:đã\s+)?(?P<verb>điện đàm|gọi điện|nói chuyện|trao đổi|trò chuyện)(?:\s+[^\s,.;]+){0,4}?"
                          r"\s+là\s+")


_ADDRESS_GAP = re.compile(r"(?:" + ADDRESS + r"\s+)?")
# "gồm các Thủ tướng Úc A, Canada B và Anh C": one title for a list of officials, each told by country and name
_PLURAL_TITLE = re.compile(r"\b(?:các|những|hai|ba|bốn|năm)\s+[A-ZĐ]")
_COUNTRY_THEN_NAME = re.compile(r"\s*(?:,|;|và|,\s*và)\s+(?P<country>" + country_pattern().pattern + r")\s+"
                                r"(?P<name>[A-ZĐ][^\s,;.()]*(?:\s+[A-ZĐ][^\s,;.()]*){0,4})(?=\s*(?:,|;|\.|và\b|$))")


# between two groups of a list of officials ("... và Anh C; Thủ tướng Đức D; cùng các Tổng thống Pháp E, ...")
_GROUP_GAP = re.compile(r"\s*[;,]\s*(?:và\s+|cùng\s+)?(?:với\s+)?(?:các\s+|những\s+)?")


def _listed(text: str, officials: list[Mention], start: int) -> list[Mention]:
    """The officials of a list opening on the first of `officials`: joined by commas and "và", or groups under one
    title ("các Thủ tướng Úc A, Canada B và Anh C; Thủ tướng Đức D")."""
    out = [officials[0]]
    while True:
        if _PLURAL_TITLE.search(text, start, out[-1].start + 8):
            out += _items_sharing_a_title(text, out[-1])
        nxt = next((x for x in officials if x.start >= out[-1].end), None)
        if nxt is None or not (_LIST_GAP.fullmatch(text, out[-1].end, nxt.start)
                               or _GROUP_GAP.fullmatch(text, out[-1].end, nxt.start)):
            return out
        start = out[-1].end
        out.append(nxt)


def _items_sharing_a_title(text: str, last: Mention) -> list[Mention]:
    """The officials after `last` in its list written as COUNTRY NAME under its title ("các Thủ tướng Úc A, Canada B
    và Anh C"): each with that title and his country."""
    out: list[Mention] = []
    pos = last.end
    while (m := _COUNTRY_THEN_NAME.match(text, pos)) is not None:
        country = code_of(m.group("country"))
        if country is None:
            break
        out.append(Mention(m.group("name"), last.title, country, m.start("country"), m.end("name"), m.start("name"),
                           m.end("name")))
        pos = m.end("name")
    return out


def _listed_or_ranked_partners(s: Sentence, mentions: list[Mention]) -> list[Candidate]:
    """Calls told by who made them rather than by a verb between two people: "những người gọi điện chúc mừng ông A
    có B và C" (a call of A with each), "những người được ông A gọi điện gồm B và C", "Người đầu tiên ông A điện đàm
    là B" (A's first call, with B)."""
    officials = [m for m in mentions if not m.tagged]
    for opening, after in ((_CALLERS_LISTED, _LISTED_AFTER), (_CALLED_LISTED, _CALLED_VERB_LIST),
                           (_RANKED_PERSON, _RANKED_VERB)):
        m = opening.search(s.text)
        if m is None:
            continue
        one = next((x for x in officials if _ADDRESS_GAP.fullmatch(s.text, m.end(), x.start)), None)
        link = after.match(s.text, one.end) if one else None
        if link is None:
            continue
        others = [x for x in officials if x.start >= link.end()]
        if not others or not _ADDRESS_GAP.fullmatch(s.text, link.end(), others[0].start):
            continue
        partners = _listed(s.text, others, link.start())
        verb = link.groupdict().get("verb")
        told = verb is None or verb in ("điện đàm", "gọi điện")  # "trao đổi" alone: the medium is the round's
        return [Candidate(one, p, s, m.start(), link.end(), told, False, True, inferred=not told, no_medium=not told)
                for p in partners if fold(p.name) != fold(one.name)]
    return []


def _calls_opening_with_partners(s: Sentence, mentions: list[Mention]) -> list[Candidate]:
    """Calls told by an opening phrase that lists two partners or more ("Sau một loạt các cuộc điện đàm với A và B,
    SUBJECT kêu gọi ..."): one call of the subject after the comma with each (not a call of A with B)."""
    opening = _CALLS_OPENING.match(s.text)
    if opening is None or s.start < 0:
        return []
    wording = CALL_WORDING.search(s.text, 0, opening.end())
    comma = s.text.find(",", opening.end())
    if wording is None or comma < 0 or skip_trigger(s.text, wording.start(), wording.end(), False):
        return []
    partners = [m for m in mentions if opening.end() <= m.start and m.end <= comma and not m.tagged]
    # (or one call received from one partner: "Sau cuộc gọi chúc mừng sinh nhật từ B, A cho biết ...", real pages of
    # round 139; one partner "với" is read by `pairs_in_sentence`)
    if len(partners) < (1 if opening.group("to").lower() == "từ" else 2) \
            or not all(_LIST_GAP.fullmatch(s.text, a.end, b.start) for a, b in pairwise(partners)):
        return []
    after = [m for m in mentions if m.start > comma]
    subject = [m for m in after if _SHORT_OPENING.fullmatch(s.text, comma + 1, m.start) or not s.text[comma + 1:m.start].strip()]
    if not subject:
        subject = [u for u in unnamed_mentions(s.text, mentions) if u.start > comma
                   and not s.text[comma + 1:u.start].strip()]
    if not subject:
        return []
    video = bool(VIDEO_WORDING.search(s.text[wording.start():wording.end()]))
    return [Candidate(subject[0], p, s, wording.start(), wording.end(), False, video, True) for p in partners]


# after a count of calls, before the partners named among them (call_wordings.toml [among_them])
_AMONG_THEM = re.compile(r"[,;]\s*(?:" + lexicon.alternation("call_wordings.toml", "among_them") + r")\b", re.I)


# a speaker's colon, then a call noun named by who was on it ("Ông A: Vụ ồn ào quanh cuộc điện đàm B - C", round 81)
_SPEAKER_THEN_NAMED_CALL = re.compile(r"\s*:[^:.;]*\b(?:cuộc|vụ)\s+$", re.I)


# the partner right after the call wording, in its clause ("điện đàm trong 45 phút với B")
_PARTNER_NEXT = re.compile(r"(?:[^,;.:]{0,30}?\s)?với\s*$")


# between a call's partner and a second call wording of the sentence: the same subject goes on ("..., đồng thời nhận
# cuộc điện đàm của C", "..., đồng thời điện đàm với C")
_SAME_SUBJECT_GOES_ON = re.compile(r"[^.;:]{0,30}?,\s*(?:và\s+)?đồng thời\s+(?:cũng\s+)?(?:đã\s+)?$", re.I)
# a number of three or more before the call noun ("đã có 9 cuộc điện đàm với B", round 128): with one partner, a count
_COUNT_OF_CALLS = re.compile(r"(?<!\w)(?:\d+|ba|bốn|sáu|bảy|tám|chín|mười|hàng chục|nhiều)\s+cuộc\s*$", re.I)


# a call noun alone in a phrase of time opening the sentence ("Tiếp sau cuộc điện đàm, ..."): the call told before
_AFTER_THE_CALL_OPENING = re.compile(r"\W*(?:tiếp\s+|ngay\s+)?(?:sau|trước)\s+(?:đó\s+)?(?:các\s+|những\s+)?(?:cuộc\s+)?$",
                                     re.I)


def _candidates_in_sentence(s: Sentence, mentions: list[Mention]) -> list[Candidate]:
    out = []
    used_until = -1
    for m in CALL_WORDING.finditer(s.text):
        if m.start() < used_until:
            continue
        used_until = m.end()
        t0, t1 = m.start(), m.end()
        pre = s.text[max(0, t0 - 30):t0]
        # "Tại cuộc điện đàm, A ... B" names the call as a noun; "đã có cuộc điện đàm với" reports it
        # (and so do "bắt đầu / kết thúc cuộc điện đàm": "A và B bắt đầu cuộc điện đàm", round 82)
        nominal = re.search(_CALL_NOUN + r"\s*$", pre) and not re.search(
            r"(có|tiến hành|thực hiện|một|bắt đầu|kết thúc)\s+" + _CALL_NOUN + r"\s*$", pre)
        primary = not nominal
        if skip_trigger(s.text, t0, t1, primary):
            continue
        if re.fullmatch(r"điện thoại", s.text[t0:t1], re.I):
            continue
        if _AFTER_THE_CALL_OPENING.match(s.text[:t0]) and re.match(r"\s*,", s.text[t1:]):
            continue  # "Tiếp sau cuộc điện đàm, A đã có cuộc gặp với B": the call told before, B the meeting's (real
            # pages of round 139)
        # ("cuộc điện đàm video với B": the medium right after the wording)
        video = bool(VIDEO_WORDING.search(s.text[t0:t1])) or bool(
            re.search(r"trực tuyến|qua video|truyền hình", s.text[max(0, t0 - 30):t1 + 40], re.I)) or bool(
            re.match(r"\s+video\b", s.text[t1:], re.I))
        found = pairs_in_sentence(s, mentions, t0, t1)
        if out and found and _SAME_SUBJECT_GOES_ON.search(s.text, max(out[-1].a.end, out[-1].b.end, 0), t0):
            # "A điện đàm với B, đồng thời nhận cuộc điện đàm của C": the sentence's subject A on the second call too
            # (not B with C, round 131)
            later = [x for x in mentions if x.start >= t1 and not x.tagged]
            found = [(out[-1].a, later[0])] if later and fold(later[0].name) != fold(out[-1].a.name) else found
        if len(found) == 1 and _COUNT_OF_CALLS.search(pre):
            continue  # "kể từ đó, A đã có 9 cuộc điện đàm với B": a count of calls over a time, no call reported
        # "cuộc điện đàm (ngày 8/6) giữa A và B", "trong cuộc điện đàm với B, A ...": the noun with both people
        # of one clause reports that call, like the verb does (and so do the other partners of a list after it)
        firm = primary or bool(found and (names_its_pair(s.text, t1, *found[0]) or _opens_on_its_pair(s.text, found)
                                          or _said_in_the_call(s.text, *sorted(found[0], key=lambda m: m.start), t0)))
        if firm and not primary and len(found) < 2 and re.search(r"(các|những|nhiều)\s+cuộc\s*$", pre):
            firm = False  # "các cuộc điện đàm của ông với B": calls in general, not one reported
        later = [x.start for pair in found for x in pair if x.start > t1]
        if not firm and later and _AMONG_THEM.search(s.text, t1, min(later)):
            firm = True  # "đã có 21 cuộc điện đàm, trong đó có các cuộc trao đổi với B và C": those named are calls
        group = _ROUND_OPENER.search(s.text, max(0, t0 - 20), t1 + 60)  # ("liên tiếp có các cuộc điện đàm")
        # (the list after the group is read up to its first partner: the others follow it in the list)
        first_listed = min((x.start for pair in found for x in pair if x.start >= group.end()),
                           default=len(s.text)) if group else len(s.text)
        for pa, pb in found:
            if not primary and _SPEAKER_THEN_NAMED_CALL.fullmatch(s.text, min(pa.end, pb.end), t0) \
                    and not s.text[t1:max(pa.start, pb.start)].strip():
                continue  # "Ông A: Vụ ồn ào quanh cuộc điện đàm B - C ...": A speaks of B's call, he is not on it
            if group and min(pa.start, pb.start) < group.start() and re.search(
                    r"[,;]\s*(?!(?:lần lượt\s+)?(?:với|cho|gồm|bao gồm|trong đó có|trong số đó có|kể cả|như|là)\s)"
                    r"(?:[^\W\d_]+\s+){3}",
                    s.text[group.end():min(max(pa.start, pb.start), first_listed)]):
                continue  # "gọi cho bốn lãnh đạo Bắc Âu, giữa lúc ... Tổng thống Mỹ B": B is no partner
                # (but "hai cuộc điện đàm riêng rẽ, lần lượt với B và C" names the round's partners, and so does
                # "điện đàm với nhiều lãnh đạo, trong đó có B và C")
            told_after = bool(_MEDIUM_AFTER_PARTNER.match(s.text, max(pa.end, pb.end, t1)))
            out.append(Candidate(pa, pb, s, t0, t1, primary, video or told_after, firm))
    return out


# the online medium told after the partner, in the same clause ("điện đàm với B qua video")
_MEDIUM_AFTER_PARTNER = re.compile(r"[^,.;:]{0,30}?\b(?:qua|bằng|theo hình thức)\s+(?:video|cầu truyền hình|"
                                   r"hình thức trực tuyến|truyền hình trực tuyến|trực tuyến)\b|\s+trực tuyến\b", re.I)


def _names_a_call(sentences: list[Sentence], text: str, headline: str, url: str | None) -> bool:
    """The article's URL, title or first line names a call, or its text speaks of the call twice."""
    slug = re.sub(r"[^a-z]+", "-", fold(url or "").replace(" ", "-"))
    return bool(_URL_ABOUT_CALL.search(slug)) or bool(GATE.search(headline)) or bool(
        sentences and GATE.search(sentences[0].text)) or len(_ABOUT_CALL.findall(text)) >= 2


def _headline_lines(sentences: list[Sentence], heads: set[int]) -> set[int]:
    """The headlines, and the lines with no stop before the body's first sentence: headlines too (a section's label
    may stand first)."""
    body = next((s.index for s in sentences if s.start >= 0 and re.search(r"[.!?…]\W*$", s.text)), len(sentences))
    return heads | set(range(body))


def a_headlines_coming_call(candidates: list[Candidate], sentences: list[Sentence], heads: set[int]) -> bool:
    """Every call found is in the headline, and the body tells a call still to come ("Cuộc điện đàm với ông B là sự
    kiện duy nhất trong lịch làm việc của ông A" over "A sẽ có cuộc điện đàm với B vào sáng thứ Ba", round 73): the
    headline previews that call."""
    heads = _headline_lines(sentences, heads)
    return all(c.sentence.index in heads for c in candidates) and any(
        s.index not in heads and COMING.search(s.text) for s in sentences)


# a headline reviewing a period: non_call_wordings.toml [review_headlines]
_REVIEW_HEADLINE = re.compile(lexicon.alternation("non_call_wordings.toml", "review_headlines"), re.I)
# ... unless the headline itself tells its calls, an official the subject of a call verb ("Điểm tin đối ngoại tuần: Thủ
# tướng điện đàm với lãnh đạo Anh, Canada và New Zealand", round 139; not "Những cuộc điện đàm và nỗ lực ngừng bắn")
_TELLS_ITS_CALLS = re.compile(r"(?:" + HEAD_RE.pattern + r")[^:;.,]{0,40}?(?<!cuộc )(?:" + CALL_WORDING.pattern + r")")


# a headline telling a call still to come: non_call_wordings.toml [coming_headlines]
_COMING_HEADLINE = re.compile(lexicon.alternation("non_call_wordings.toml", "coming_headlines"), re.I)


def heads_a_coming_call(candidates: list[Candidate], sentences: list[Sentence], heads: set[int]) -> bool:
    """A headline tells a call still to come and no call found is in a headline ("Lãnh đạo hai nước sẽ tiếp tục
    điện đàm"): the article is the news of that call, and the calls of its body are its background (rounds 121 to
    123)."""
    heads = _headline_lines(sentences, heads)
    return not any(c.sentence.index in heads for c in candidates) and any(
        not _AFTER_THE_CALL_WORD.search(s.text, 0, m.end())
        for s in sentences if s.index in heads for m in _COMING_HEADLINE.finditer(s.text))


# the call word of a coming-call headline right after "sau (khi)": the call is the reason, past ("A nói sẽ thăm C
# sau điện đàm với B", round 129)
_AFTER_THE_CALL_WORD = re.compile(r"\bsau\s+(?:khi\s+|cuộc\s+)?(?:điện đàm|hội đàm trực tuyến|gọi điện|trao đổi qua "
                                  r"điện thoại)$", re.I)


def reviews_a_period(sentences: list[Sentence], heads: set[int]) -> bool:
    """A headline reviews a period ("Những dấu mốc quan hệ hai nước năm 2023"): the calls the article lists are its
    milestones, background, none the article's news (round 123)."""
    heads = _headline_lines(sentences, heads)
    return any((review := _REVIEW_HEADLINE.search(s.text)) and not _TELLS_ITS_CALLS.search(s.text, review.end())
               for s in sentences if s.index in heads)


def about_a_call(candidates: list[Candidate], sentences: list[Sentence], text: str, headline: str,
                 url: str | None) -> bool:
    """With only nominal mentions ("Trong cuộc điện đàm, A mời B"): whether the article is about a call (its
    URL, title or first line says so, or it speaks of the call more than once)."""
    about_call = _names_a_call(sentences, text, headline, url)
    # "Tại cuộc điện đàm, A ... B" opening a sentence or a clause ("Người phát ngôn cho biết, trong cuộc điện đàm,
    # A và B đã bàn về ...", round 57) reports the call itself
    about_call = about_call or any(c.firm for c in candidates)
    # (or after the telling with no comma: "A hôm thứ Tư cho biết trong cuộc điện đàm hôm qua, B và C ...", round 72)
    # (a dateline may come first: "TP - Trong cuộc điện đàm tối 2/3, A cáo buộc B ...", round 127)
    about_call = about_call or any(re.search(r"(?:^\W*|^[^,.;]{0,50}?\s[-–—]\s+|[,;:]\s*|\b(?:" + lexicon.alternation(_TELLING, "tells_of_call")
                                             + r")\s+)(tại|trong)\s+" + _CALL_NOUN + r"\s+(điện đàm|hội đàm trực tuyến)",
                                             c.sentence.text, re.I) for c in candidates)
    # "Kỳ vọng của A trong cuộc điện đàm với B ... Hai bên sẽ điện đàm tối nay": written before the call
    return about_call and not COMING.search(text) and not COMING.search(headline)
