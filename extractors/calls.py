"""Extract stage: detect phone and online calls between officials and build one record per call.

The extractor is rule-based and driven by Vietnamese grammar: a cheap keyword gate picks the sentences that
can state a call ("điện đàm", "gọi điện", "hội đàm trực tuyến", "nhận điện thoại của"...), then official
mentions are read as TITLE [COUNTRY] NAME (or RANK NAME, TITLE... appositives), the two principals are taken
around the call verb, and each is completed from the other mentions of the same person in the article
(full name, title, country). Offsets refer to the text given to `extract` after `normalize_text`, which is
the identity on text already produced by `clean_text`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

from extractors import lexicon
from extractors.clean import normalize_text, page_date, url_date
from extractors.countries import code_of, country_pattern
from extractors.places import PLACES, place_country, place_pattern

EXTRACTOR_VERSION = "1.38.0"

# Only the first MAX_SEARCH_CHARS characters of a cleaned text are searched for calls: a news article is far
# shorter (the longest labelled one is ~12 KB); a longer text is a digest, a feed dump or a hostile page, and
# its first 100 KB already hold what a reader would take as the article. Offsets stay those of the full text.
MAX_SEARCH_CHARS = 100_000
# the POS tagger (about 3 ms a sentence) runs on at most this many sentences of one article
MAX_TAGGED_SENTENCES = 40

ROLES = ("party_leader", "head_of_state", "head_of_government", "deputy_head_of_government",
         "parliament_speaker", "foreign_minister", "deputy_foreign_minister", "minister", "other")


@dataclass
class Participant:
    name: str
    title: str | None
    role: str  # party_leader, head_of_state, ..., other
    country: str | None  # ISO 3166-1 alpha-2, "EU", "UN"


@dataclass
class Finding:
    """Something said about a call (topic, agreement, invitation, framework...) and where it was said."""

    kind: str
    value: str
    evidence: str
    start: int  # character offsets of `evidence` in the cleaned text
    end: int
    confidence: float = 1.0


@dataclass
class Call:
    date: str | None  # "YYYY-MM-DD", "--MM-DD" when the year is unknowable, or None
    medium: str  # "phone" or "video"
    participants: list[Participant]
    evidence: str
    evidence_start: int = -1
    evidence_end: int = -1
    initiator: int | None = None  # 1 or 2 (position in participants) when the article says who called
    confidence: float = 1.0
    findings: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Extraction:
    is_call: bool
    calls: list[Call]
    extractor_version: str = EXTRACTOR_VERSION

    def to_gold(self, article_id: str) -> dict:
        """The line format of ../shared/corpus (and of `diendam extract`)."""
        return {"id": article_id, "label": "call" if self.calls else "not_call",
                "calls": [c.to_dict() for c in self.calls]}


# --- sentences --------------------------------------------------------------------------------------------------
@dataclass
class Sentence:
    text: str
    start: int
    end: int
    index: int


_SENT_END = re.compile(
    r"(?<=[^\W\d_]{2}[.!?])\s+(?=[\"“(]?[^\W\d_])"  # ". Next" (not after a one-letter initial)
    r"|(?<=[^\W\d_]{2}[.!?])(?=[A-ZĐÀ-Ỹ][^\W\d_])"  # ".Next" with the space missing, as some pages print
    r"|(?<=[.!?][\"”)])\s+"
    r"|(?<=\d[.!?])\s+(?=[A-ZĐ])"
)


# No real sentence is this long; a longer run of text without a full stop (a table flattened into one line,
# a hostile page) is cut into pieces of at most this many characters, so the per-sentence rules stay cheap.
MAX_SENTENCE_CHARS = 1500


def _split_long(line: str, a: int, b: int) -> list[tuple[int, int]]:
    """Pieces of line[a:b] of at most MAX_SENTENCE_CHARS, cut after a comma or a space when there is one."""
    out = []
    while b - a > MAX_SENTENCE_CHARS:
        limit = a + MAX_SENTENCE_CHARS
        cut = line.rfind(", ", a + MAX_SENTENCE_CHARS // 2, limit)
        cut = cut + 1 if cut >= 0 else line.rfind(" ", a + MAX_SENTENCE_CHARS // 2, limit)
        if cut <= a:
            cut = limit
        out.append((a, cut))
        a = cut
    out.append((a, b))
    return out


def _unwrap(text: str) -> str:
    """The text with the line breaks of hard-wrapped paragraphs made spaces (same length, so offsets hold): in a
    run of lines some of which open in lower case ("... Ngoại trưởng Hoa Kỳ\\nJohn Kerry đã có cuộc điện đàm.\\n
    Ngoại trưởng John Kerry\\nchúc mừng ..."), a break after a line that does not end a sentence is no break."""
    lines = text.split("\n")
    out = list(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        block = lines[i:j]  # a run of non-empty lines
        if len(block) >= 2 and any(x.lstrip()[:1].islower() for x in block[1:]):
            for k in range(i, j - 1):
                if not re.search(r"[.!?:;\"”)\]|]\s*$", lines[k]):
                    out[k] = lines[k] + "\0"
        i = j + 1
    return "\n".join(out).replace("\0\n", " ")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their character offsets; lines are never joined, except those of a hard-wrapped paragraph."""
    out: list[Sentence] = []
    pos = 0
    if "\n" in text:
        text = _unwrap(text)
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        last = 0
        cuts = [m for m in _SENT_END.finditer(line)]
        bounds = []
        for m in cuts:
            if line[m.end():m.end() + 1].islower():
                continue  # "Ferdinand Marcos Jr. đã điện đàm": a sentence never opens in lower case
            piece = line[last:m.start()]
            # "A. Manalo": a single capital letter before the dot is an initial, not a sentence end
            if re.search(r"(?:^|\s)[A-ZĐ]\.$", piece[-3:]):
                continue
            bounds.append((last, m.start()))
            last = m.end()
        bounds.append((last, len(line)))
        bounds = [piece for a, b in bounds for piece in _split_long(line, a, b)]
        for a, b in bounds:
            seg = line[a:b]
            stripped = seg.strip()
            if not stripped:
                continue
            lead = len(seg) - len(seg.lstrip())
            s0 = line_start + a + lead
            out.append(Sentence(stripped, s0, s0 + len(stripped), len(out)))
    return out


# --- call triggers ----------------------------------------------------------------------------------------------
_CALLS = "call_wordings.toml"
_GATE = re.compile(lexicon.alternation(_CALLS, "gate"), re.I)
# verbal statements of a call
_PRIMARY = re.compile(lexicon.alternation(_CALLS, "call"), re.I)
_NOT_CALLS = "non_call_wordings.toml"
_NOT_CALL_BEFORE = re.compile(
    r"\b(" + lexicon.alternation(_NOT_CALLS, "before") + r")\b|" + lexicon.alternation(_NOT_CALLS, "before_clause_end")
    + "$",
)  # case-sensitive, on text whose clause openings are lower-cased (`_decap`): "Bộ Kế hoạch và Đầu tư" is a name
_PAST_IN_HEAD = re.compile(r"\b(" + lexicon.alternation(_NOT_CALLS, "past_in_head") + r")\b")
_PERIOD_REVIEW = re.compile(r"\b(" + lexicon.alternation(_NOT_CALLS, "period") + r")\b", re.I)
_SOON_AFTER = re.compile(r"\s*(" + lexicon.alternation(_NOT_CALLS, "after") + ")", re.I)
_PAST_AFTER = re.compile(r"\b(" + lexicon.alternation(_NOT_CALLS, "past_after") + r")\b")
_REMEMBERED = re.compile(r"\b(" + lexicon.alternation(_NOT_CALLS, "remembered") + r")\s+(các\s+|những\s+)?cuộc\s*$",
                         re.I)


def _decap(text: str) -> str:
    """Lower-case the first letter of the text and of each clause, so that "Dự kiến, ..." reads like "dự kiến"
    while capitalised words inside names ("Bộ Kế hoạch và Đầu tư") keep their capital."""
    return re.sub(r"(^|[,;:.(]\s*)(\w)", lambda m: m.group(1) + m.group(2).lower(), text.lstrip())
_COMING = re.compile(lexicon.alternation(_NOT_CALLS, "coming"), re.I)
_NOT_CALL_NEAR = re.compile(lexicon.alternation(_NOT_CALLS, "near"), re.I)
_VIDEO = re.compile(lexicon.alternation(_CALLS, "video"), re.I)
_MULTILATERAL = re.compile(lexicon.alternation(_CALLS, "multilateral"), re.I)

# --- official mentions ------------------------------------------------------------------------------------------
_TITLES = "titles.toml"
_TITLE_HEADS = lexicon.words(_TITLES, "heads")
# military and police ranks, alone or with their service ("Trung tướng Cảnh sát", "Thiếu tướng Hải quân")
_HONORIFICS = "honorifics.toml"
_MILITARY_RANKS = lexicon.words(_HONORIFICS, "military_ranks")
_SERVICES = lexicon.words(_HONORIFICS, "services")
_RANKS = [*_MILITARY_RANKS, *(f"{r} {sv}" for r in _MILITARY_RANKS for sv in _SERVICES),
          *lexicon.words(_HONORIFICS, "ranks")]
_RANKS_LOWER = {r.lower() for r in _RANKS}
_COUNTERPART = re.compile(r"người đồng cấp\s*$", re.I)
# "trên cương vị Bộ trưởng ...": a title said of someone (a predicate), not written as theirs
_PREDICATE = re.compile("(" + lexicon.alternation(_TITLES, "predicates") + r")\s*$")
_HEAD_RE = re.compile(r"(?<![\w])(" + "|".join(sorted(map(re.escape, _TITLE_HEADS), key=len, reverse=True))
                      + r")(?![\w])", re.I)
_RANK_RE = re.compile(r"(?:^|(?<=\s)|(?<=[(\"“,]))(" + "|".join(sorted(map(re.escape, _RANKS), key=len, reverse=True))
                      + r")\s*$")
# lowercase words that break a title ("Chủ tịch nước X đã ..."): a mention's title never contains them
_BREAK = re.compile(
    r"\b(" + lexicon.alternation(_TITLES, "title_breaks") + "".join(
        f"|(?<!{r['not_after']} ){lexicon.wording_regex(w)}" for w, r in lexicon.records(_TITLES, "title_breaks_not_after").items())
    + r")\b",
    re.I,
)
# "về" (about) ends a title and opens a topic ("điện đàm với Ngoại trưởng Ai Cập về tình hình Gaza"), except after
# the heads whose post is about something ("Đặc phái viên Tổng thống Mỹ về khí hậu", "Điều phối viên về ...")
_ABOUT = re.compile(r"\bvề\b", re.I)
_TOPIC_HEADS = re.compile(r"(?:Phó\s+)?(?:" + lexicon.alternation(_TITLES, "topic_heads") + ")", re.I)

def _title_breaks(between: str, head: str) -> bool:
    """Whether the words between a title head and a later point show the title has ended there."""
    return bool(_BREAK.search(between)) or (_ABOUT.search(between) is not None and not _TOPIC_HEADS.match(head))


# non-country place words that sit in titles ("Điều phối viên về các vấn đề Ấn Độ Dương-Thái Bình Dương")
_PLACES = "places.toml"
_GEO = re.compile("(" + "|".join(lexicon.wording_regex(w).replace(" - ", r"\s*-\s*")
                                 for w in lexicon.words(_PLACES, "regions")) + ")")
_ORGS = "organisations.toml"
_ORG_CAPS = re.compile(r"^(" + lexicon.alternation(_ORGS, "org_prefixes") + r")\s+")
# an all-capitals word opening a run is an organisation ("MTTQ", "UBND", "ĐCS", "LHQ"), never a personal name
_ACRONYM = re.compile(r"^(?:(?:[A-ZĐ]{2,}|[A-ZĐ]{2,}[A-Z]*(?:-[A-Z]+)+)\.?\s+)+(?=[A-ZĐ][^\W\d_]*[a-zà-ỹ])")
_WORD = re.compile(r"[^\W_][\w'’]*(?:-[\w'’]+)*")
# Arabic and other article-joined surnames inside a name: "Riyad al-Maliki", "Abdullah bin-Zayed", "ad-Din"
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|ud|ul|bin|ibn|abu|abd|bint)-[A-ZĐ]")
_NAME_PARTICLES = {"bin", "binti", "al", "de", "van", "von", "der", "da", "di", "la", "le", "du", "el"}
_PARTY_PART = re.compile(r"^(" + lexicon.alternation(_TITLES, "party_posts") + ")", re.I)

def _is_cap(word: str) -> bool:
    return word[:1].isupper()


@dataclass
class Mention:
    name: str
    title: str | None
    country: str | None
    start: int  # span of the whole mention (title + name) in the sentence
    end: int
    name_start: int
    name_end: int
    rank_only: bool = False
    counterpart: bool = False  # "người đồng cấp Mỹ John Kerry": title copied from the other side
    tagged: bool = False  # found by the POS tagger alone (a bare proper noun): kept only if titled elsewhere
    unnamed: bool = False  # "Thủ tướng Nhật Bản" with no name: stands for the official so titled elsewhere


# second syllables of title and organisation words: a capitalised run followed by one of them is part of a
# title ("Bộ trưởng Ngoại giao", "Chủ tịch Hạ viện", "Bộ trưởng An ninh Nội địa"), not a name
_TITLE_COMPOUNDS = set(lexicon.words(_TITLES, "title_words"))
_HONORIFIC_TOKENS = set(lexicon.words(_HONORIFICS, "honorific_words"))
# honorifics of two words, whose second word alone may open a name ("Tan Sri X", but "Sri Mulyani Indrawati")
_HONORIFIC_PAIRS = re.compile("(?:" + lexicon.alternation(_HONORIFICS, "honorific_pairs") + r")\s+")


# heads of international organisations have no country of their own: the article's countries are not theirs
_INTL_ORG = re.compile(r"\b(" + lexicon.alternation(_ORGS, "international") + r")\b")
_SEATS = {name: r["country"] for name, r in lexicon.records(_ORGS, "seats").items()}
_SEAT_RE = re.compile("|".join(sorted(map(re.escape, _SEATS), key=len, reverse=True)))

# a title or a rank right before a lone capitalised word makes it a name ("ông Dũng cảm ơn", "Bộ trưởng Mẫn cảm ơn")
_TITLE_BEFORE = re.compile(r"(?<![\w])(?:" + "|".join(sorted(map(re.escape, _TITLE_HEADS + _RANKS), key=len, reverse=True))
                           + r")\s+$", re.I)

# first words of organisation names: a run opening with one and ending in the first syllable of a common word is
# the organisation's name ("Quỹ Tiền tệ Quốc tế"); a person's run is not checked so ("Trần Thanh Mẫn cảm ơn")
_ORG_HEAD = re.compile("(?:" + lexicon.alternation(_ORGS, "org_heads") + r")\s")

# a capitalised run opening with one of these words names an organisation ("Chủ tịch Quỹ Qatar"), never a person
_ORG_NAME = re.compile("(?:" + lexicon.alternation(_ORGS, "org_names") + r")\s")

# capitalised words that open Vietnamese sentences and are never the last syllable of a name
# (given names such as "Nhân", "Hai", "Đồng", "Hiện" are left out on purpose)
_TRAILING_WEEKDAY = re.compile(r"\s?(?:Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ [Nn]hật)$")
_DATELINES = "datelines.toml"
_SENTENCE_OPENERS = set(lexicon.words(_DATELINES, "sentence_openers"))


@lru_cache(maxsize=1)
def _two_syllable_words() -> frozenset[str]:
    """Two-syllable Vietnamese words of underthesea's word list (Viet74K), lower-case and in the new tone-mark
    style; empty when underthesea is not installed (the word list is a help, not a requirement)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.origin:
        return frozenset()
    path = Path(spec.origin).parent / "corpus" / "data" / "Viet74K.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    words = set()
    for line in lines:
        parts = line.split()
        if len(parts) == 2 and line[:1].islower():
            words.add(normalize_text(" ".join(parts)).lower())
    return frozenset(words)


def _name_runs(s: str) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words separated by single spaces (initials "A." allowed inside) that
    are not the first syllables of a title word."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(s)]
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        a, b = words[i]
        if not _is_cap(s[a:b]):
            i += 1
            continue
        run_a, run_b = a, b
        j = i + 1
        while j < len(words):
            c, d = words[j]
            gap = s[run_b:c]
            w = s[c:d]
            prev = s[words[j - 1][0]:run_b]
            # "Enrique A. Manalo", and the press's "V.Putin", "D.Trump" initials
            ok_gap = gap == " " or (gap in (". ", ".") and len(prev) == 1 and prev.isupper())
            if ok_gap and (_is_cap(w) or _ARTICLE_NAME.match(w)):
                run_b = d
                j += 1
            elif ok_gap and w in _NAME_PARTICLES:
                # "Ursula von der Leyen": lower-case particles inside a name, followed by a capitalised word
                k = j
                while k < len(words) and s[words[k][0]:words[k][1]] in _NAME_PARTICLES \
                        and s[words[k - 1][1]:words[k][0]] == " ":
                    k += 1
                if k < len(words) and k > j and _is_cap(s[words[k][0]:words[k][1]]) \
                        and s[words[k - 1][1]:words[k][0]] == " ":
                    run_b = words[k][1]
                    j = k + 1
                else:
                    break
            else:
                break
        nxt = words[j] if j < len(words) else None
        last_word = s[run_a:run_b].split()[-1].lower()
        pair = f"{last_word} {s[nxt[0]:nxt[1]].lower()}" if nxt else ""
        title_part = nxt is not None and s[run_b:nxt[0]] == " " and not _is_cap(s[nxt[0]:nxt[1]]) \
            and (pair in _TITLE_COMPOUNDS or _HEAD_RE.fullmatch(pair) is not None or pair in _RANKS_LOWER
                 # one capitalised syllable that makes a common word with the next one is an organisation's
                 # word ("Đảng Nhân dân Cách mạng Lào", "Tổ chức Y tế Thế giới"), never a name
                 or (((run_b == b and not _TITLE_BEFORE.search(s, max(0, run_a - 40), run_a))
                      or _ORG_HEAD.match(s, run_a)) and pair in _two_syllable_words()))
        if not title_part:
            # a headline printed without its full stop runs into the next sentence: "... Donald Trump Ngày 14/12, ..."
            # ("... Mostafa Madbouly Thứ Tư, 12/3": a weekday dateline; "... Narendra Modi VTV": a source tag)
            while True:
                last_sp = s.rfind(" ", run_a, run_b)
                if last_sp < 0:
                    break
                last = s[last_sp + 1:run_b]
                if last in _SENTENCE_OPENERS or (last.isupper() and len(last) >= 2 and not s[run_a:last_sp].isupper()
                                                 and not re.fullmatch(r"[IVXL]+", last)):  # "Lêô XIV" keeps its number
                    run_b = last_sp
                    continue
                wd = _TRAILING_WEEKDAY.search(s, run_a, run_b)
                if wd and wd.start() > run_a:
                    run_b = wd.start()
                    continue
                break
            if s[run_a:run_b] not in _SENTENCE_OPENERS and not _TRAILING_WEEKDAY.fullmatch(s, run_a, run_b):
                runs.append((run_a, run_b))
        i = j
    return runs


_HOLY = re.compile(r"(?<![\w])(Đức)(?=\s+(?:Giáo hoàng|Tổng Giám mục|Giám mục|Hồng y|Thánh Cha|Cha)\b)")


@lru_cache(maxsize=1)
def _places_with_country_words() -> re.Pattern[str] | None:
    """Provinces whose name holds a country's ("Lào Cai", "Nội Mông Cổ"): masked like regions."""
    names = [n for n in PLACES if country_pattern().search(n)]
    if not names:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                      + r")(?![\w-])")


_REGION_BODY_BEFORE = re.compile("(?:" + lexicon.alternation(_ORGS, "region_bodies") + r")\s+$")
_COUNTRY_BODY = re.compile("(" + lexicon.alternation(_ORGS, "country_bodies") + ")")


def _mask_geo(s: str) -> str:
    """Regions like "Ấn Độ Dương" and provinces like "Lào Cai" hide the country names inside them (same length, so
    offsets hold)."""
    # "Ủy ban Châu Âu", "Ủy viên Châu Âu" name the EU: left for the country pattern
    s = _GEO.sub(lambda m: m.group(0) if _REGION_BODY_BEFORE.search(s[max(0, m.start() - 10):m.start()])
                 else "x" * len(m.group(0)), s)
    # "Đức" before a clerical title is the honorific (His Holiness), not Germany
    s = _HOLY.sub(lambda m: "x" * len(m.group(1)) + m.group(0)[len(m.group(1)):], s)
    places = _places_with_country_words()
    return places.sub(lambda m: "x" * len(m.group(0)), s) if places else s


# words of local government before a place ("Bí thư Tỉnh ủy Lạng Sơn", "Chủ tịch UBND tỉnh Quảng Ninh", "Tỉnh trưởng
# tỉnh Luang Prabang", "Bí thư Khu ủy Khu tự trị dân tộc Choang Quảng Tây", "Thống đốc bang California")
_LOCAL_BEFORE = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_PLACES, "local_words") + r")\s+$")
_LOCAL_SPLIT_BEFORE = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_PLACES, "local_split_words") + r")\s+$")


def _local_place_end(s: str, a: int, b: int) -> tuple[int, str | None]:
    """End of the place that opens the run s[a:b] after a local-government word ("Tỉnh ủy Lạng Sơn Nguyễn Văn A"),
    and its country; (a, None) when there is none. An unknown place is split off a Vietnamese name by its family
    name ("Tỉnh ủy Xyz Trần Văn B"), or as all but the last two words of a run of four or more ("tỉnh Abc Def
    Somsak Phan")."""
    if not _LOCAL_BEFORE.search(s, max(0, a - 40), a):
        # no local word before: a known place still opens a title when a name of two words or more follows it
        # ("Văn phòng Ngoại vụ Quảng Tây Trịnh Hạo")
        m = place_pattern().match(s, a, b)
        if m is not None and s[m.end():m.end() + 1] == " " and len(s[m.end():b].split()) >= 2:
            return m.end(), place_country(m.group(1))
        return a, None
    m = place_pattern().match(s, a, b)
    if m is None:  # an ethnic or descriptive word before a known place ("dân tộc Choang Quảng Tây")
        sp = s.find(" ", a, b)
        m = place_pattern().match(s, sp + 1, b) if 0 <= sp < b else None
    if m is not None and (m.end() == b or s[m.end()] == " "):
        return m.end(), place_country(m.group(1))
    if not _LOCAL_SPLIT_BEFORE.search(s, max(0, a - 40), a):
        return a, None
    words = [(w.start(), w.end()) for w in re.finditer(r"\S+", s[a:b])]
    for i in range(1, len(words) - 1):
        if s[a + words[i][0]:a + words[i][1]] in _VN_SURNAMES and len(words) - i in (2, 3, 4) \
                and _name_country_guess(s[a + words[i][0]:b]) == "VN":
            return a + words[i][0] - 1, None
    if re.match(r"\s*\(", s[b:b + 3]) and country_pattern().match(s, b + s[b:b + 3].index("(") + 1) \
            and re.match(r"\s*\([^()]{2,40}\)\s+[A-ZĐ]", s[b:]):
        return b, None  # "Bí thư Thành ủy Đông Hưng (Trung Quốc) Lý Kiến Quốc": the run before the bracket is the place
    if len(words) >= 3:  # a place of one word before a foreign name of two ("tỉnh Kanagawa Kuroiwa Yuji")
        return a + words[-2][0] - 1, None
    return a, None


def _countries_in(s: str) -> list[tuple[str, int, int]]:
    return [(code_of(m.group(1)), m.start(), m.end()) for m in country_pattern().finditer(_mask_geo(s))]


def _strip_prefix_words(s: str, a: int, b: int) -> tuple[int, str | None, int]:
    """Move the start of a capitalised run past regions, countries, organisation words and honorifics.

    Returns (name start, country named there, end of the title part: the name start before honorifics)."""
    country = None
    # a country name ending inside the run: "Chủ tịch Ủy ban châu Âu Ursula von der Leyen"
    for m in country_pattern().finditer(s, max(0, a - 40), b):
        if m.start() < a < m.end() < b:
            country = code_of(m.group(1))
            a = m.end() + 1
    changed = True
    while changed and a < b:
        changed = False
        place_end, place_code = _local_place_end(s, a, b)
        if place_end > a:
            country = country or place_code
            a = place_end + 1
            changed = True
            continue
        seg = s[a:b]
        m = _GEO.match(seg)
        if m and m.end() < len(seg):
            a += m.end()
            while a < b and s[a] in " -":
                a += 1
            changed = True
            continue
        m = country_pattern().match(seg)
        if m and (m.end() == len(seg) or seg[m.end()] == " "):
            rest = seg[m.end():].strip()
            # "Nhà nước Israel Israel Katz": a country right after the same country opens the name
            if rest and not (country and code_of(m.group(1)) == country):
                country = code_of(m.group(1))
                a += m.end() + 1
                changed = True
                continue
        m = _ORG_CAPS.match(seg) or _ACRONYM.match(seg)
        if m and m.end() < len(seg):
            a += m.end()
            changed = True
    # honorifics written as part of the name ("Samdech Techo Hun Sen")
    title_end = a
    while a < b:
        w = s[a:b].split(" ", 1)
        pair = _HONORIFIC_PAIRS.match(s, a, b)
        if pair and pair.end() < b:
            a = pair.end()
        elif len(w) == 2 and w[0].rstrip(".").replace("’", "'") in _HONORIFIC_TOKENS:
            a += len(w[0]) + 1
        else:
            break
    return a, country, title_end


def _clean_title(raw: str) -> str:
    raw = raw.strip(" ,-–|")
    raw = re.sub(r"\s+", " ", raw)
    return raw


_ORG_TAIL = re.compile(r"\b(Bộ(?!\s+trưởng)|" + lexicon.alternation(_ORGS, "org_tails") + r")\b[^,]*$")


_TRAILING_RANK = re.compile(r"\s+(?:Đức\s+)?(?:" + lexicon.alternation(_HONORIFICS, "ranks_before_name") + r")\s*$")


def _title_country(title: str) -> tuple[str, str | None]:
    """Strip a trailing country from a title and return it ("Thủ tướng Đức" -> "Thủ tướng", "DE")."""
    # a clerical or military rank written between the title and the name is not part of the title
    title = _TRAILING_RANK.sub("", title)
    bracket = re.search(r"\s*\(([^()]{2,40})\)\s*$", title)  # "Tỉnh trưởng tỉnh Luang Prabang (Lào)"
    bracket_country = code_of(bracket.group(1).strip()) if bracket else None
    if bracket_country:
        title = title[:bracket.start()]
    found = _countries_in(title)
    country = found[-1][0] if found else None
    is_org = found and _COUNTRY_BODY.match(title[found[-1][1]:])
    if found and title[found[-1][2]:].strip() == "" and found[-1][1] > 0 and not is_org:
        head = title[:found[-1][1]].strip()
        # keep "Quốc vụ khanh Bộ Ngoại giao Anh" whole: the country there names the ministry
        if not _ORG_TAIL.search(head):
            # "Thủ tướng Quốc vụ viện nước Cộng hòa Nhân dân Trung Hoa": "nước" (country) goes with the name,
            # except in "Chủ tịch nước"
            title = re.sub(r"(?<!Chủ tịch)\s+nước$", "", head)
            title = re.sub(r"\s+(?:của|thuộc)$", "", title)  # "Thư ký ... của Tòa Thánh"
    if country is None or bracket_country:
        # a local official ("Bí thư Tỉnh ủy Lạng Sơn", "Tỉnh trưởng tỉnh Luang Prabang"): the place gives the country
        # and, written last, leaves the title like a country does
        places = list(place_pattern().finditer(title))
        if places:
            country = country or place_country(places[-1].group(1))
            if title[places[-1].end():].strip(" ()") == "" and places[-1].start() > 0:
                title = title[:places[-1].start()]
    return _clean_title(title), country or bracket_country


# "và" may sit inside a title ("Quốc vụ khanh phụ trách Pháp ngữ và Đối tác quốc tế"); before a rank or a
# title it joins two people ("Tổng Bí thư Tô Lâm và ông Donald Trump"), and names in between cut the title anyway
_PLACE_BEFORE_TITLE = re.compile(r"(?<![\w])(" + lexicon.alternation(_ORGS, "buildings") + r")\s+$")
_WITH_NAME_BETWEEN = re.compile(r"\b(cùng|với)\b|\bvà\s+(ông|bà|ngài|đồng chí)\b|\bvà\s*$", re.I)


def _posted_in_country(s: str, name_a: int) -> int:
    """Start of "tại COUNTRY" right before the name at name_a ("Đại sứ Việt Nam tại Liên bang Nga X": the
    posting), or -1."""
    found = [m for m in country_pattern().finditer(s, max(0, name_a - 60), name_a) if not s[m.end():name_a].strip()]
    for m in found:  # the longest country name ending at the name ("Vương quốc Anh và Bắc Ireland")
        at = re.search(r"\btại\s*$", s[:m.start()])
        if at:
            return at.start()
    return -1


def find_mentions(s: str) -> list[Mention]:
    """Officials named in one sentence: TITLE [COUNTRY] NAME, RANK NAME[, TITLE...], "người đồng cấp" NAME."""
    orig = s
    s = s.replace("\u00d0", "Đ")  # some pages print "Ð" (U+00D0) for "Đ"; same length, so offsets hold
    out: list[Mention] = []
    heads = list(_HEAD_RE.finditer(s))
    # capitalised pieces of a country name cut by its lower-case words ("Các Tiểu vương quốc Ả-rập Thống nhất")
    # are no names
    spans = [(m.start(), m.end()) for m in country_pattern().finditer(_mask_geo(s))]
    runs = [(a, b) for a, b in _name_runs(s) if not any(ca <= a and b <= cb for ca, cb in spans)
            and not _GEO.fullmatch(s[a:b])]
    # names between a title and a later name cut the title ("Tổng thống Mỹ Donald Trump, Ngoại trưởng Nga X")
    blocking = []
    for ra, rb in runs:
        sa = _strip_prefix_words(s, ra, rb)[0]
        if sa < rb and len(s[sa:rb].split()) >= 2 and not code_of(s[sa:rb]) and not _ORG_NAME.match(s, sa):
            blocking.append((ra, rb))
    for a, b in runs:
        name_a, country, title_end = _strip_prefix_words(s, a, b)
        if name_a >= b:
            continue
        name = s[name_a:b]
        words = name.split()
        org = _ORG_CAPS.match(name + " ")
        if _HEAD_RE.fullmatch(name) or code_of(name) or len(words) > (7 if _NAME_PARTICLES & set(words) else 5) or _GEO.fullmatch(name) \
                or _ORG_NAME.match(name) or (len(words) == 1 and len(name) >= 2 and name.isupper()) \
                or words[0] in ("Các", "Những") or (org and org.end() > len(name)):  # "Bộ trưởng Công Thương"
            continue
        before = s[:a]
        title = None
        rank_only = False
        counterpart = False
        bare = False
        start = a
        # "Bộ trưởng Bộ Công an, Đại tướng Lương Tam Quang": a rank right before the name, a title before it
        anchor = a
        rank_direct = _RANK_RE.search(before)
        if rank_direct:
            # "Bộ trưởng Ngoại giao Ả-rập Xê-út Hoàng tử X", "Bộ trưởng Ngoại giao Anh ông X": the title ends at the rank
            comma = re.search(r",\s*$", before[:rank_direct.start(1)])
            if comma and not _HEAD_RE.search(before, max(0, comma.start() - 80), comma.start()):
                comma = None  # "Hôm 5/3, Thái tử X": the comma ends a date, not a title
            # ("Thái tử Ả-rập Xê-út X": a rank that is also a title is the title)
            anchor = comma.start() if comma else a if _HEAD_RE.fullmatch(rank_direct.group(1)) \
                else rank_direct.start(1)
        cand = [h for h in heads if h.end() <= anchor and a - h.start() <= 200]
        for h in reversed(cand):
            if not h.group(1)[:1].isupper() and h.start() > 0:
                continue
            if _PLACE_BEFORE_TITLE.search(s, max(0, h.start() - 12), h.start()):
                continue  # "tại Phủ Chủ tịch", "Văn phòng Thủ tướng": a building or an office, not a title
            between = s[h.end():anchor]
            # masked up to the name, so that a country name the run starts inside is masked whole ("Vương quốc Anh
            # và Bắc Ireland David Lammy")
            masked = country_pattern().sub(lambda m: "x" * len(m.group(0)), s[h.end():max(anchor, b)])[:len(between)]
            masked = re.sub(r"\btại\s+(?=x)", "", masked)  # "Đại sứ Việt Nam tại Mỹ X"
            if country:
                masked = re.sub(r"\btại\s*$", "", masked)
            # "Tỉnh trưởng tỉnh Luang Prabang (Lào) X": a country in brackets stays inside the title
            if _title_breaks(masked, h.group(1)) or re.search(r"[.;:()\"“”|]", re.sub(r"\(x+\)", "", masked)) \
                    or _WITH_NAME_BETWEEN.search(masked):
                if not _BREAK.search(masked) and _ABOUT.search(masked) and any(
                        _TOPIC_HEADS.match(g.group(1)) and g.start() < h.start() for g in cand):
                    continue  # "Đặc phái viên Tổng thống Mỹ về khí hậu X": the "về" belongs to the envoy's post
                break
            if _PREDICATE.search(s[:h.start()]):
                break  # "trên cương vị Bộ trưởng Ngoại giao Hàn Quốc, Phó Thủ tướng X": a predicate, not X's title
            if any(h.end() <= ra and rb <= anchor for ra, rb in blocking):
                break
            title = s[h.start():anchor]
            start = h.start()
        former = re.search(r"(?<![\w])(?:[Cc]ựu|nguyên)\s+$", s[max(0, start - 8):start]) if title else None
        if former:
            start -= len(former.group(0))  # "cựu Tổng thống Mỹ X": the title as written, a former official
        title_stop = title_end if anchor == a else anchor
        if title is None:
            rm = _RANK_RE.search(before)
            cm = _COUNTERPART.search(before)
            if rm:
                rank_only = True
                start = rm.start(1)
            elif cm:
                counterpart = True
                start = cm.start()
            elif title_end < name_a:
                rank_only = True  # "Tan Sri X, Thủ tướng Malaysia": an honorific opening the name works as a rank
                start = title_end
            elif re.match(r"\s*,\s*[A-ZĐ]", s[b:]) and len(words) >= 2 and (a == 0 or re.search(r"[,;:(]\s*$", before)):
                bare = True  # "Antony Blinken, Ngoại trưởng Mỹ, ...": only an appositive title makes it a mention
            else:
                continue
        elif country and (re.search(r"\btại\s*$", s[:a]) or _posted_in_country(s, name_a) >= 0):
            # "Đại sứ Việt Nam tại Mỹ X": the country after "tại" is the posting, not X's nationality
            title = _clean_title(orig[start:title_stop])
            posting = _posted_in_country(s, name_a)
            home = _countries_in(s[start:posting if posting >= 0 else a])
            country = home[-1][0] if home else None
        else:
            title, tcountry = _title_country(orig[start:title_stop])
            country = country or tcountry
        end = b
        if title is None or bare:
            # "X, TITLE", "X - TITLE", "X (TITLE)"
            app = re.match(r"\s*,\s*|\s+[-–]\s+|\s*\(\s*(?=[A-ZĐ])", s[b:])
            if app:
                rest = s[b + app.end():]
                parts = []
                pos = b + app.end()
                chain_end = pos
                for seg in re.split(r"(,\s*)", rest):
                    if seg.startswith(","):
                        pos += len(seg)
                        continue
                    hm = _HEAD_RE.match(seg)
                    if not hm or not seg[:1].isupper():
                        break
                    brk = _BREAK.search(seg, hm.end())
                    about = None if _TOPIC_HEADS.match(seg) else _ABOUT.search(seg, hm.end())
                    if about and (brk is None or about.start() < brk.start()):
                        brk = about
                    cut = brk.start() if brk else len(seg)
                    vm = re.search(r"\svà\s", seg[:cut])
                    if vm:
                        cut = vm.start()
                    cut2 = re.search(r"[.;:()]", seg[:cut])
                    if cut2:
                        cut = cut2.start()
                    parts.append(orig[pos:pos + cut].strip())
                    chain_end = pos + cut
                    pos += len(seg)
                    if cut < len(seg):
                        break
                if parts and bare and any(b + app.end() <= ra < chain_end for ra, _ in blocking):
                    parts = []  # "Hà Nội, Thủ tướng Phạm Minh Chính ...": the title belongs to the next name
                if parts:
                    title, tcountry = _title_country(", ".join(parts))
                    country = country or tcountry
                    rank_only = False
                    end = chain_end
        if bare and title is None:
            continue
        out.append(Mention(name=orig[name_a:b], title=title, country=country, start=start, end=end,
                           name_start=name_a, name_end=b, rank_only=rank_only, counterpart=counterpart))
    return out


# the tagger's features take time quadratic in the sentence length: it sees at most this much around the verb
TAGGER_WINDOW_CHARS = 300


def _unnamed_mentions(s: str, mentions: list[Mention]) -> list[Mention]:
    """TITLE COUNTRY with no name after it ("điện đàm với Thủ tướng Nhật Bản."): the official is named elsewhere."""
    out = []
    countries = list(country_pattern().finditer(_mask_geo(s)))
    for h in _HEAD_RE.finditer(s):
        if not h.group(1)[:1].isupper() or any(m.start <= h.start() < m.end for m in mentions + out):
            continue
        c = next((c for c in countries if c.start() >= h.end()), None)
        if c is None or c.start() - h.end() > 40:
            continue
        between = s[h.end():c.start()]
        if _title_breaks(between, h.group(1)) or re.search(r"[.,;:()\"“”|]", between):
            continue
        after = s[c.end():c.end() + 40]
        if re.match(r"\s+[A-ZĐ]", after) or re.match(r"\s*,\s*(ông|bà|ngài)\b", after):
            continue  # a name (or an appositive name) follows: not unnamed
        title = _clean_title(s[h.start():c.start()])
        out.append(Mention(name="", title=title, country=code_of(c.group(1)), start=h.start(), end=c.end(),
                           name_start=c.end(), name_end=c.end(), unnamed=True))
    # "điện đàm với người đồng cấp Iran." with no name: Iran's official of the same rank, named elsewhere
    for m in re.finditer(r"người đồng cấp\s+", s):
        c = country_pattern().match(_mask_geo(s), m.end())
        if c is None or re.match(r"\s+[A-ZĐ]", s[c.end():c.end() + 3]) or any(
                x.start <= m.start() < x.end for x in mentions + out):
            continue
        out.append(Mention(name="", title=None, country=code_of(c.group(1)), start=m.start(), end=c.end(),
                           name_start=c.end(), name_end=c.end(), counterpart=True, unnamed=True))
    return out


_SUBJECT_TAIL = re.compile(r"((?:\s+(?:Ngoại giao|Quốc phòng|Công an|Quốc hội|nước))*)\s+"
                           r"(?:(?:cũng|tiếp tục|đã|vừa|lại|có|tiến hành|sau đó)\s+)*$")


def _bare_title_subject(s: str, mentions: list[Mention], t0: int) -> list[Mention]:
    """ "Cùng ngày, Thủ tướng cũng điện đàm với B": a title with no name and no country opening the clause of the
    verb is the official so titled earlier in the article (resolved like an unnamed partner)."""
    if any(m.end <= t0 for m in mentions) or not any(m.start >= t0 for m in mentions):
        return []
    clause_start = max(s.rfind(",", 0, t0), s.rfind(";", 0, t0), s.rfind(":", 0, t0)) + 1
    clause = s[clause_start:t0]
    h = _HEAD_RE.search(clause)
    if h is None or not h.group(1)[:1].isupper() or clause[:h.start()].strip():
        return []
    tail = _SUBJECT_TAIL.match(clause, h.end())
    if tail is None:
        return []
    title = _clean_title(clause[h.start():h.end() + len(tail.group(1))])
    a = clause_start + h.start()
    return [Mention(name="", title=title, country=None, start=a, end=a + len(title), name_start=a + len(title),
                    name_end=a + len(title), unnamed=True)]


def _resolve_unnamed(candidates: list, flat: list[Mention], person_of) -> list:
    """Replace each unnamed mention by the named official of the article with that title and country (the most
    mentioned one); drop the candidate when the article names nobody so."""
    people = []
    for x in flat:
        if x.tagged or x.unnamed or x.rank_only and not x.title:
            continue
        p = person_of(x)
        if p.title:
            people.append((fold(p.title), p.country, x, p.mentions))
    out = []
    for c in candidates:
        sides = []
        for m in (c.a, c.b):
            if not m.unnamed:
                sides.append(m)
                continue
            if m.title is None:  # "người đồng cấp Iran": the most mentioned official of that country
                match = [(False, n, x) for t, cc, x, n in people if cc == m.country]
                sides.append(max(match, key=lambda vnx: vnx[:2])[2] if match else None)
                continue
            head = fold(m.title)
            # a bare title subject has no country: the Vietnamese official so titled comes first
            match = [(cc == "VN", n, x) for t, cc, x, n in people if (m.country is None or cc in (m.country, None))
                     and (t == head or t.startswith(head + " ") or (m.country is None and head.startswith(t + " ")))]
            sides.append(max(match, key=lambda vnx: vnx[:2])[2] if match else None)
        if sides[0] is not None and sides[1] is not None:
            c.a, c.b = sides
            out.append(c)
    return out


def _with_tagged_names(s: str, mentions: list[Mention], t0: int = 0, t1: int = 0) -> list[Mention]:
    """Add proper nouns (underthesea POS tag Np) that the title rules missed; about 3 ms a sentence."""
    try:
        from underthesea import pos_tag
    except ImportError:  # the tagger is an optional help, never a requirement
        return mentions
    lo = max(0, t0 - TAGGER_WINDOW_CHARS)
    hi = min(len(s), t1 + TAGGER_WINDOW_CHARS)
    if lo > 0:
        lo = s.find(" ", lo) + 1 or lo
    if hi < len(s):
        hi = s.rfind(" ", lo, hi) if s.rfind(" ", lo, hi) > lo else hi
    try:
        tagged = pos_tag(s[lo:hi])
    except Exception:  # a tagger failure on odd text must not lose the article
        return mentions
    out = list(mentions)
    pos = lo
    for word, tag in tagged:
        i = s.find(word, pos)
        if i < 0:
            continue
        pos = i + len(word)
        if tag != "Np" or not word[:1].isupper() or code_of(word) or _GEO.fullmatch(word) or _HEAD_RE.fullmatch(word):
            continue
        if len(word.split()) > 4 or any(m.start <= i < m.end or i <= m.name_start < pos for m in out):
            continue
        out.append(Mention(name=word, title=None, country=None, start=i, end=pos, name_start=i, name_end=pos,
                           rank_only=True, tagged=True))
    out.sort(key=lambda m: m.start)
    return out


# --- roles ------------------------------------------------------------------------------------------------------
_NOT_PRINCIPAL = (*(w + " " for w in lexicon.words(_TITLES, "former")), *lexicon.words(_TITLES, "never_principal"))
_ELECT = lexicon.words(_TITLES, "elect")
_OPTIONAL_PREFIX = re.compile(r"^(" + lexicon.alternation(_TITLES, "optional_prefixes") + r")\s+")
_CHAIR_PARLIAMENT = re.compile(r"\s*(" + lexicon.alternation(_TITLES, "chair_parliament") + ")")
_CHAIR_PARTY = re.compile(r"\s*(" + lexicon.alternation(_TITLES, "chair_party") + ")")
_CHAIR_CABINET = re.compile(r"\s*(" + lexicon.alternation(_TITLES, "chair_cabinet") + ")")
_CHAIR_STATE = re.compile(r"\s*(" + lexicon.alternation(_TITLES, "chair_state") + r")\b")
_CHAIR_NOT_STATE = re.compile(r"\s*(" + lexicon.alternation(_TITLES, "chair_not_state") + ")")
_FOREIGN_MINISTER = re.compile(
    r"bộ trưởng\s+(bộ\s+)?(" + "|".join(lexicon.wording_regex(w) + r"\s+" for w in lexicon.words(_TITLES, "foreign_portfolio_openers"))
    + r")?(" + lexicon.alternation(_TITLES, "foreign_portfolios") + ")")


def _chair_role(part: str, low: str, prefix: str) -> str:
    rest = low[len(prefix):]
    if _CHAIR_PARLIAMENT.match(rest):
        return "parliament_speaker"
    if _CHAIR_PARTY.match(rest):
        return "party_leader"
    if _CHAIR_CABINET.match(rest):
        return "head_of_government"
    # the chair of a state ("Chủ tịch", "Chủ tịch nước", "Chủ tịch Hội đồng Nhà nước", "Chủ tịch Chính quyền
    # Palestine"); the chair of anything else (a front, a committee, a union, a bank) is not a head of state
    # ("Chủ tịch Chính quyền Nhân dân Khu tự trị ...", "Chủ tịch UBND tỉnh": local government, other)
    if _CHAIR_STATE.match(rest) and not _CHAIR_NOT_STATE.match(rest):
        return "head_of_state"
    if not rest.strip() or (code_of(part[len(prefix):]) not in (None, "EU", "UN")):
        return "head_of_state"
    return "other"


def _minister_role(part: str, low: str, prefix: str) -> str:
    return "foreign_minister" if _FOREIGN_MINISTER.match(low) else "minister"


def _deputy_minister_role(part: str, low: str, prefix: str) -> str:
    rest = re.sub(r"^thứ trưởng\s*(thường trực|thứ nhất|thứ hai)?\s*", "", low)
    if not rest or re.match(r"(bộ\s+)?ngoại giao", rest):
        return "deputy_foreign_minister"
    return "other"


def _minister_of_state_role(part: str, low: str, prefix: str) -> str:
    # a Minister of State is a foreign-office junior minister unless another ministry is named
    other_ministry = re.search(r"\bbộ\s+(?!ngoại giao)", low)
    return "other" if other_ministry else "deputy_foreign_minister"


# roles decided by the rest of the title (titles.toml [roles] names them)
_ROLE_RULES = {"chair": _chair_role, "minister": _minister_role, "deputy_minister": _deputy_minister_role,
               "minister_of_state": _minister_of_state_role}
_ROLE_PREFIXES = [(prefix, r["role"]) for prefix, r in lexicon.records(_TITLES, "roles").items()]


def _part_role(part: str) -> str:
    p = part.strip()
    low = p.lower()
    if any(w in low for w in _ELECT) or low.startswith(_NOT_PRINCIPAL):
        return "other"
    low = _OPTIONAL_PREFIX.sub("", low)
    for prefix, role in _ROLE_PREFIXES:
        if low.startswith(prefix):
            rule = _ROLE_RULES.get(role)
            return rule(p, low, prefix) if rule else role
    return "other"


_ROLE_RANK = ["head_of_state", "head_of_government", "parliament_speaker", "foreign_minister", "minister",
              "deputy_head_of_government", "deputy_foreign_minister", "party_leader", "other"]


_RANK_ONLY = re.compile("(" + lexicon.alternation(_HONORIFICS, "ranks_not_titles") + ")", re.I)


_MEMBERSHIP = re.compile(r"(Ủy viên\s+(?:dự khuyết\s+|chính thức\s+)?(?:" + lexicon.alternation(_TITLES, "membership_bodies")
                         + r")|Bí thư Trung ương Đảng|Bí thư Trung ương)\b", re.I)

def split_title(title: str) -> list[str]:
    return [p.strip() for p in re.split(r",\s*|\s+-\s+|\s+kiêm\s+|;\s*", title) if p.strip()]


def role_and_title(title: str | None) -> tuple[str, str | None]:
    """Role from a title as written (party posts count only when no state post is held with them) and the
    title to store: the whole compound as written, without ranks."""
    if not title:
        return "other", title
    parts = [p for p in split_title(title) if not _RANK_ONLY.fullmatch(p)] or split_title(title)
    # party posts ("Tổng Bí thư", "Bí thư Trung ương Đảng", "Ủy viên Bộ Chính trị") give way to any state,
    # government or military post held with them; they count only when they are all there is
    state = [p for p in parts if not _PARTY_PART.match(p)]
    kept = state if state else [p for p in parts if not p.lower().startswith("ủy viên")] or parts
    roles = [_part_role(p) for p in kept]
    if any(r == "other" and any(w in p.lower() for w in _ELECT) for r, p in zip(roles, kept, strict=True)):
        role = "other"
    else:
        role = min(roles, key=_ROLE_RANK.index) if roles else "other"
    # the title as written, compound included ("Tổng Bí thư, Chủ tịch nước"); left out are military and
    # academic ranks and, next to a post, mere memberships ("Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng")
    posts = [p for p in parts if not _MEMBERSHIP.match(p)] or parts
    if len(posts) == len(split_title(title)):
        return role, _clean_title(title)  # nothing left out: exactly as written ("Phó Thủ tướng kiêm Bộ trưởng ...")
    sep = " - " if " - " in title and "," not in title else ", "
    return role, sep.join(posts)


# --- names and countries ----------------------------------------------------------------------------------------
_VN_SURNAMES = {"Vương", "Lưu", "Nghiêm", "Hứa", "Châu", "Đàm", "Thân", "Mạc", "Lục", "Giáp", "Ninh", "Tăng",
                "Doãn", "Diệp", "Văn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
                "Ngô", "Dương", "Đinh", "Đoàn", "Trương", "Lương", "Mai", "Tô", "Cao", "Lâm", "Trịnh", "Tạ",
                "Chu", "Quách", "Kiều", "Nông", "Lò", "Tống", "Khuất", "Phùng", "Lại", "Thái", "Hà", "Lý",
                "Đào", "Triệu", "Khúc", "Lã", "Lữ", "Âu", "Hầu", "Từ", "Cù", "Tôn", "Khổng", "Bế", "Quan", "Sầm",
                "Vi", "Thạch", "Trình", "Mẫn", "Khương", "Đồng", "Giang", "Bạch", "Nhữ", "Phí", "Ông", "Lạc", "Ứng",
                "Viên", "Tiêu", "Ung", "Đậu", "La"}
_KR_SURNAMES = {"Kim", "Lee", "Park", "Moon", "Yoon", "Cho", "Choi", "Jung", "Chung", "Kang", "Han", "Lim",
                "Shin", "Oh", "Seo", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Roh", "Chun"}


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Accent- and case-free form of a name (the scorer's matching key)."""
    s = unicodedata.normalize("NFD", s or "")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").replace("\u00d0", "D").lower()
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


_READINGS = {name: r["country"] for name, r in lexicon.records("people.toml", "readings").items()}


def _name_country_guess(name: str) -> str | None:
    if name in _READINGS:
        return _READINGS[name]  # "Vương Nghị" reads like a Vietnamese name (people.toml)
    words = name.split()
    if len(words) >= 2 and words[0] in _VN_SURNAMES and all(w[:1].isupper() for w in words) \
            and all(not re.search(r"[fjwz]", w.lower()) for w in words):
        return "VN"
    if len(words) >= 2 and words[0] in _KR_SURNAMES and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1]):
        return "KR"
    # a name printed without diacritics ("Pham Minh Chinh"): a common family name and Vietnamese syllables only
    if 2 <= len(words) <= 4 and all(w.isascii() for w in words) and words[0] in _VN_SURNAMES_ASCII \
            and all(_VN_SYLLABLE.fullmatch(w.lower()) and w[:1].isupper() for w in words):
        return "VN"
    # a less common family name: every word one Vietnamese syllable, with Vietnamese letters or tone marks
    # ("Y Thanh Hà Niê Kđăm" is not caught, "Hun Sen" and "Men Sam An" are left alone: plain ASCII)
    if 2 <= len(words) <= 4 and all(_VN_SYLLABLE.fullmatch(w.lower()) and w[:1].isupper() for w in words) \
            and any(not w.isascii() for w in words):
        return "VN"
    return None


_VN_SURNAMES_ASCII = {"Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ngo",
                      "Duong", "Dinh", "Doan", "Truong", "Luong", "Trinh"}
_VN_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]{1,3}"
    r"(?:ng|nh|ch|[cmnpt])?")


@dataclass
class Person:
    """One official across all mentions in an article."""

    name: str
    title: str | None = None
    country: str | None = None
    mentions: int = 0
    guessed: bool = False  # country from the form of the name only


def _complete_title(title: str, country: str, sentences: list[Sentence]) -> str:
    """A short title completed from an unnamed use in the article ("Bộ trưởng" + "Bộ trưởng Quốc phòng Việt Nam")."""
    from extractors.countries import BY_CODE

    c = BY_CODE.get(country)
    if c is None or len(title.split()) > 2:
        return title
    names = "|".join(re.escape(n) for n in sorted(c.all_names, key=len, reverse=True))
    pat = re.compile(r"(?<![\w])" + re.escape(title) + r"((?:\s+[^\W\d_][\w]*){1,3}?)\s+(?:" + names + r")(?![\w])")
    for s in sentences:
        m = pat.search(s.text)
        if m and not _BREAK.search(m.group(1)) and _is_cap(m.group(1).strip()):
            inner = country_pattern().search(s.text, m.start(1))  # no end bound: "Đại Hàn Dân Quốc" is one name
            if inner is None or inner.start() >= m.end(1):
                return title + m.group(1)
    return title


def _same_tokens(short: list[str], full: list[str]) -> bool:
    """Token lists equal, where a one-letter token of `short` may stand for a word of `full` ("v" ~ "vladimir")."""
    return len(short) == len(full) and all(a == b or (len(a) == 1 and b.startswith(a)) for a, b in zip(short, full, strict=True))


class _NameIndex:
    """The names of an article, indexed by the first letter of their first and last words, so that finding the
    fullest form of a short name looks at a few candidates instead of every mention (a long text has thousands)."""

    def __init__(self, names: list[str]) -> None:
        self.order: list[tuple[str, list[str]]] = []
        self.by_first: dict[str, list[int]] = {}
        self.by_last: dict[str, list[int]] = {}
        self.cache: dict[str, str] = {}
        seen: set[str] = set()
        for cand in names:
            if cand in seen:
                continue
            seen.add(cand)
            toks = fold(cand).split()
            if not toks:
                continue
            i = len(self.order)
            self.order.append((cand, toks))
            self.by_first.setdefault(toks[0][0], []).append(i)
            self.by_last.setdefault(toks[-1][0], []).append(i)

    def expand(self, name: str) -> str:
        """Fullest form of a name used in the article ("Putin" -> "Vladimir Putin", "ông Tập" -> "Tập Cận Bình",
        "V.Putin" -> "Vladimir Putin")."""
        if name in self.cache:
            return self.cache[name]
        t = fold(name).split()
        best = name
        if t:
            idx = sorted(set(self.by_first.get(t[0][0], ())) | set(self.by_last.get(t[-1][0], ())))
            best_len = len(t)
            for i in idx:
                cand, c = self.order[i]
                if len(c) < len(t) or (len(c) == len(t) and not any(len(x) == 1 for x in t)):
                    continue
                # "Donald Trump" ~ "Donald J. Trump": a middle initial of the fuller form is left out
                bare = [x for x in c[1:-1] if len(x) > 1]
                c_noinit = [c[0], *bare, c[-1]] if len(c) > 2 else c
                # "Marcos" ~ "Ferdinand Marcos Jr": a generational suffix after the family name
                core = c[:-1] if len(c) > len(t) and c[-1] in ("jr", "sr", "ii", "iii", "iv") else c
                if _same_tokens(t, c[:len(t)]) or _same_tokens(t, c[-len(t):]) or _same_tokens(t, core[-len(t):]) or (
                        len(t) >= 2 and len(c_noinit) < len(c) and t == c_noinit):
                    if len(c) > best_len or (len(c) == best_len and len(cand) > len(best)):
                        best, best_len = cand, len(c)
        self.cache[name] = best
        return best


# --- dates ------------------------------------------------------------------------------------------------------
_DAYPART = "(?:" + lexicon.alternation(_DATELINES, "day_parts") + ")"
_DATE_NUM = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*([/.\-])\s*(\d{1,2})(?:\2(\d{4}))?(?![\d%]|[/.\-]\d)")
_DATE_FULL = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?", re.I)
_RELATIVE_DAYS = {w: r["days_back"] for w, r in lexicon.records(_DATELINES, "relative_days").items()}
_REL = re.compile(r"\b(" + lexicon.alternation(_DATELINES, "relative_days")
                  + r")\b(\s*\((\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{4}))?\))?", re.I)
_REPORTED = re.compile(lexicon.alternation(_DATELINES, "reported"), re.I)


# "hôm thứ Ba", "tối Chủ nhật": a capitalised weekday after a day-part word ("lần thứ hai" is an ordinal)
_WEEKDAYS = {"thứ hai": 0, "thứ ba": 1, "thứ tư": 2, "thứ năm": 3, "thứ sáu": 4, "thứ bảy": 5, "chủ nhật": 6}
_WEEKDAY = re.compile(r"\b(?i:hôm|vào|sáng|trưa|chiều|tối|đêm|rạng sáng)\s+((?:thứ|Thứ)\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|"
                      r"[Cc]hủ [Nn]hật)\b")


@dataclass
class DateHit:
    day: int
    month: int
    year: int | None
    pos: int
    relative: int | None = None  # days before publication for "hôm nay"/"tối qua" without a date
    weekday: int | None = None  # "hôm thứ Ba" without a date: the last such weekday on or before publication


def _days_back(word: str) -> int:
    """Days before publication of a relative day as written ("Hôm nay" -> 0, "tối qua" -> 1)."""
    back = _RELATIVE_DAYS.get(word.lower())
    if back is None:  # a spelling that only the case-blind regex equates with an entry
        back = next(v for k, v in _RELATIVE_DAYS.items() if re.fullmatch(re.escape(k), word, re.I))
    return back


def find_dates(s: str) -> list[DateHit]:
    """Dates of day precision in a sentence that are introduced as such ("ngày 4/3", "chiều 16-4", "tối qua")."""
    hits: list[DateHit] = []
    for m in _DATE_FULL.finditer(s):
        d, mo = int(m.group(1)), int(m.group(2))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            hits.append(DateHit(d, mo, int(m.group(3)) if m.group(3) else None, m.start()))
    for m in _DATE_NUM.finditer(s):
        if any(h.pos <= m.start() < h.pos + 30 for h in hits):
            continue
        d, mo = int(m.group(1)), int(m.group(3))
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        pre = s[max(0, m.start() - 16):m.start()]
        if re.search(r"tháng\s*$|năm\s*$|số\s*$", pre, re.I):
            continue
        if m.group(2) == "." and not m.group(4) and not re.search(_DAYPART + r"\s*$", pre, re.I):
            continue
        # a range "(18.1.1950 - 18.1.2020)" is an anniversary, not a day
        if re.search(r"\d\s*[-–]\s*$", s[:m.start()]) or re.match(r"\s*[-–]\s*\d", s[m.end():]):
            continue
        if not re.search(r"(" + _DAYPART + r"|\(|lúc|giờ|,)\s*$", pre, re.I):
            continue
        hits.append(DateHit(d, mo, int(m.group(4)) if m.group(4) else None, m.start()))
    for m in _REL.finditer(s):
        if m.group(3):
            y = int(m.group(5)) if m.group(5) else None
            hits.append(DateHit(int(m.group(3)), int(m.group(4)), y, m.start()))
        else:
            back = _days_back(m.group(1))
            hits.append(DateHit(0, 0, None, m.start(), relative=back))
    for m in _WEEKDAY.finditer(s):
        if any(abs(h.pos - m.start()) < 25 and h.relative is None for h in hits):
            continue  # "hôm thứ Ba (5/6)": the date says it
        hits.append(DateHit(0, 0, None, m.start(), relative=0, weekday=_WEEKDAYS[m.group(1).lower()]))
    hits.sort(key=lambda h: h.pos)
    # the parenthesised date of "sáng nay (06/11)" is the same day as its relative word
    dedup: list[DateHit] = []
    for h in hits:
        if dedup and h.relative is None and dedup[-1].relative is None and abs(h.pos - dedup[-1].pos) < 3:
            continue
        dedup.append(h)
    return dedup


# after the verb, a relative clause or another event about the partner: its date is not the call's
_OTHER_EVENT = re.compile(r",\s*(?:" + lexicon.alternation(_DATELINES, "relative_clause_openers") + r")\b|"
                          + lexicon.alternation(_DATELINES, "other_events"), re.I)


def _pick_date(s: str, trigger_pos: int) -> DateHit | None:
    hits = []
    for h in find_dates(s):
        between = s[h.pos:trigger_pos] if h.pos < trigger_pos else ""
        if between and _REPORTED.search(between):
            continue  # "Ngày 26-10, Đài NHK đưa tin ... đã điện đàm": the report's day, not the call's
        if h.pos > trigger_pos and _OTHER_EVENT.search(s[trigger_pos:h.pos]):
            continue  # "điện đàm với B, người vừa nhậm chức ngày 4/10": the day of something else about B
        hits.append(h)
    if not hits:
        return None
    concrete = [h for h in hits if h.relative is None]
    pool = concrete or hits
    before = [h for h in pool if h.pos < trigger_pos]
    after = [h for h in pool if h.pos > trigger_pos]
    # "Ngày 12/6, ông W cho biết đã điện đàm với B vào tối 11/6": the day before the verb of telling is the
    # report's, the one after the call verb is the call's
    if before and after and _TELLS.search(s, before[-1].pos, trigger_pos):
        return after[0]
    return before[-1] if before else pool[0]


_TELLS = re.compile(r"\b(cho biết|thông báo|xác nhận|công bố|tiết lộ)\b", re.I)


_SAME_DAY = re.compile("|".join(r"\b" + lexicon.wording_regex(w) + r"\b" for w in lexicon.words(_DATELINES, "same_day")),
                       re.I)
_SAME_DAY_LOOKBACK = 8  # sentences
_OPENING_DATE_CHARS = 30  # "Chiều 5/6, ...", "Tối qua (12/10), ...": a date this close to the start opens the sentence


def _same_day_date(s: Sentence, sentences: list[Sentence]) -> DateHit | None:
    """The date a "cùng ngày" (same day) call refers to: the day of the last event told just before it, i.e. a
    date opening a sentence ("Chiều 5/6, ...") or the date of an earlier call. A date inside a sentence that
    qualifies something else ("cuộc bầu cử ngày 29/7", a photo caption's "hôm 29/7") is not that day."""
    if not _SAME_DAY.search(s.text) or s.start < 0:
        return None
    for prev in reversed(sentences[max(0, s.index - _SAME_DAY_LOOKBACK):s.index]):
        hits = [h for h in find_dates(prev.text) if h.relative is None or h.pos < _OPENING_DATE_CHARS]
        if not hits:
            continue
        trigger = _PRIMARY.search(prev.text)
        if trigger and not _skip_trigger(prev.text, trigger.start(), trigger.end(), True):
            call_day = _pick_date(prev.text, trigger.start())
            if call_day:
                return call_day
        opening = [h for h in hits if h.pos < _OPENING_DATE_CHARS]
        if opening:
            return opening[0]
    return None


# a year after these words is a target, a founding, a term or an anniversary, not the year a text is written in
_NOT_WRITING_YEAR = re.compile("(" + lexicon.alternation(_DATELINES, "target_year_words") + r")\s+(năm\s+)?$", re.I)


def _plausible_years(text: str) -> list[tuple[int, int]]:
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


def _sentence_year(text: str) -> int | None:
    """The year of the occasion a call's own sentence names beside its day ("Nhân dịp Tết cổ truyền Canh Tý 2020,
    ngày 16.1, ..."); any other year of the sentence ("đón năm mới 2016", "thành lập năm 1949") is not the call's."""
    years = {int(m.group(1)) for m in re.finditer(r"\bTết\b[^,.;()\d]{0,30}?\b((?:19|20)\d{2})\b", text)}
    return years.pop() if len(years) == 1 else None


def _this_year(text: str, infer: bool) -> int | None:
    """The year the article says it is written in: "năm 2024 này", "năm nay (2024)", or "năm nay" in a text whose
    only plausible year is one ("... thăm Mỹ năm nay" and "... thăm Mỹ năm 2015")."""
    m = re.search(r"năm\s+(\d{4})\s+này|năm nay\s*\((\d{4})\)", text)
    if m:
        return int(m.group(1) or m.group(2))
    if infer and re.search(r"\bnăm nay\b", text, re.I):
        years = {y for y, _ in _plausible_years(text)}
        if len(years) == 1:
            return years.pop()
    return None


def _resolve_date(hit: DateHit | None, published: date | None, year_hint: int | None,
                  this_year: int | None = None) -> tuple[str | None, float]:
    if hit is None:
        return None, 1.0
    if hit.relative is not None:
        if published is None:
            return None, 0.5
        back = hit.relative if hit.weekday is None else (published.weekday() - hit.weekday) % 7
        d = published - timedelta(days=back)
        return d.isoformat(), 0.9
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
        if cand > published + timedelta(days=2):
            y -= 1  # a call on 31/12 reported on 2/1 belongs to the previous year
        try:
            return date(y, hit.month, hit.day).isoformat(), 0.95
        except ValueError:
            return f"--{hit.month:02d}-{hit.day:02d}", 0.5
    if year_hint:
        try:
            return date(year_hint, hit.month, hit.day).isoformat(), 0.6
        except ValueError:
            pass
    return f"--{hit.month:02d}-{hit.day:02d}", 0.9


# --- findings ---------------------------------------------------------------------------------------------------
_TOPICS = {
    "trade": r"thương mại|xuất khẩu|nhập khẩu|thuế quan|thuế đối ứng|FTA|hàng hóa",
    "investment": r"đầu tư|doanh nghiệp",
    "security": r"an ninh|quốc phòng|quân sự",
    "east_sea": r"Biển Đông|UNCLOS|hàng hải",
    "asean": r"ASEAN",
    "mekong": r"Mekong|Mê Công",
    "labour": r"lao động",
    "education": r"giáo dục|đào tạo|học bổng|sinh viên",
    "health": r"y tế|vắc[- ]?xin|vaccine|COVID|dịch bệnh|đại dịch",
    "climate": r"biến đổi khí hậu|phát thải|tăng trưởng xanh|COP\d*",
    "energy": r"năng lượng|dầu khí|điện hạt nhân",
    "ukraine": r"Ukraine|U-crai-na",
    "middle_east": r"Trung Đông|Iran|Israel|Gaza|Syria",
    "technology": r"công nghệ|chuyển đổi số|kinh tế số|bán dẫn",
    "culture": r"văn hóa|du lịch|giao lưu nhân dân",
    "war_legacy": r"hậu quả chiến tranh|bom mìn|dioxin|MIA",
    "agriculture": r"nông sản|nông nghiệp|thủy sản",
}
_TOPIC_RE = {k: re.compile(v, re.I) for k, v in _TOPICS.items()}
_FRAMEWORK = re.compile(r"(Đối tác\s+(?:Chiến lược\s+Toàn diện|chiến lược toàn diện|Chiến lược|chiến lược|"
                        r"Toàn diện|toàn diện|Hợp tác Chiến lược Toàn diện)(?:\s+(?:đặc biệt|Đặc biệt))?|"
                        r"Quan hệ đặc biệt|quan hệ đặc biệt|Cộng đồng chia sẻ tương lai)")
_AGREE = re.compile(r"\b(nhất trí|thống nhất|đồng ý|thỏa thuận)\b", re.I)
_INVITE = re.compile(r"\bmời\b[^.]{0,80}\b(thăm|sang|tới|đến)\b", re.I)
_OCCASION = re.compile(r"(?:nhân dịp|nhân)\s+([^,.;]{5,120})", re.I)
_INITIATOR = re.compile(r"theo (?:đề nghị|yêu cầu|lời mời) của (?:phía )?([^,.;]{2,60})", re.I)


# --- main -------------------------------------------------------------------------------------------------------
@dataclass
class _Candidate:
    a: Mention
    b: Mention
    sentence: Sentence
    trigger_pos: int
    trigger_end: int
    primary: bool  # stated by a verb ("A điện đàm với B"), not only named as a noun ("Tại cuộc điện đàm, ...")
    video: bool
    firm: bool = False  # a verb, or the call noun followed by both people ("cuộc điện đàm giữa A và B")


def _pairs_in_sentence(s: Sentence, mentions: list[Mention], t0: int, t1: int) -> list[tuple[Mention, Mention]]:
    """Every call the verb at t0:t1 reports: usually one pair; "A lần lượt điện đàm với B và C" gives two."""
    pair = _pair_in_sentence(s, mentions, t0, t1)
    if pair is None:
        return []
    out = [pair]
    a, b = pair
    if b.start < t1:
        return out
    # an enumeration of counterparts: "với B, C và D" when the sentence says "lần lượt" or they are from
    # different countries (two officials of one country on one call stay one call)
    after = [m for m in mentions if m.start >= b.end]
    last = b
    for m in after:
        gap = s.text[last.end:m.start]
        if not re.fullmatch(r"\s*(,|và|,\s*và)\s*", gap):
            break
        separate = re.search(r"lần lượt", s.text[:t1], re.I) or (m.country and b.country and m.country != b.country)
        if not separate:
            break
        out.append((a, m))
        last = m
    return out


def _pair_in_sentence(s: Sentence, mentions: list[Mention], t0: int, t1: int) -> tuple[Mention, Mention] | None:
    before = [m for m in mentions if m.end <= t0]
    after = [m for m in mentions if m.start >= t1]
    text = s.text
    if after and re.search(r"giữa\s*$", text[t1:after[0].start]):
        return (after[0], after[1]) if len(after) >= 2 else None
    # "Cuộc điện đàm của A với B"
    if len(after) >= 2 and re.fullmatch(r"\s*của\s*", text[t1:after[0].start]) \
            and re.fullmatch(r"\s*(với|và)\s*", text[after[0].end:after[1].start]):
        return after[0], after[1]
    if after:
        if before:
            a = before[-1]
            gap = text[a.end:t0]
            if re.search(r"\blà\b|,\s*(?:người|nhà lãnh đạo)\b", gap):
                return None  # "A, người vừa điện đàm với B": a description of A  # "A là nhà lãnh đạo đầu tiên điện đàm với B": a description, not a report
            if _ANNOUNCES.search(gap) and re.search(r"cuộc\s*$", gap) and \
                    not re.search(r"\bvới\s*$", text[t1:after[0].start]):
                # "thư ký báo chí A thông báo cuộc điện đàm ... và ông B": A tells of a call between others (but
                # "A công bố nội dung cuộc điện đàm với B" tells of A's own call)
                return None
            if _CLAUSE_BREAK.search(text[t1:after[0].start]):
                return None  # "A cảm ơn B đã chủ động điện đàm, đồng thời gửi lời thăm hỏi của C": C is not on the call
            # "A và B (đã) (tiến hành) điện đàm" -> both before
            if len(before) >= 2 and re.match(r"\s*(và|cùng)\s*$", text[before[-2].end:a.start]) and \
                    not re.search(r"\bvới\b", text[t1:after[0].start]):
                return before[-2], a
            return a, after[0]
        if len(after) >= 2 and re.search(r"\b(với|giữa)\s*$", text[t1:after[0].start]):
            return after[0], after[1]
        if len(after) >= 2 and (re.search(r"(tại|trong)\s+(các\s+)?cuộc\s*$", text[:t0], re.I) or (
                re.match(r"^\W*(?:[^\W\d_]+\s+){0,3}cuộc\s*$", text[:t0]) and re.match(r"[^,]{0,30},", text[t1:]))):
            return after[0], after[1]  # "Trong cuộc điện đàm, A mời B ...": only used when nothing better
        return None
    # "A và B (đã) điện đàm": two people joined by "và"/"cùng", not two of a list ("đồng chí A được bầu ..., đồng
    # chí B được bầu ..., lãnh đạo các nước đã ... điện đàm chúc mừng")
    if len(before) >= 2 and re.fullmatch(r"\s*(và|cùng|,|cùng với)\s*", text[before[-2].end:before[-1].start]):
        return before[-2], before[-1]
    return None


# call wordings said of anyone's phone call, not only of officials' calls
_WEAK_CALL_WORDING = re.compile(r"gọi cho|nhận (được )?(một )?cú điện thoại", re.I)
# a verb of telling between a person and the call noun: the person announces the call, is not on it
_ANNOUNCES = re.compile(r"\b(thông báo|cho biết|xác nhận|công bố|tiết lộ|bình luận về|nói về)\b", re.I)
# a new clause of the same subject: what follows is no partner of the call before it
_CLAUSE_BREAK = re.compile(r",\s*(đồng thời|sau đó|rồi|còn|nhưng)\b|;")


def _names_its_pair(s: str, t1: int, a: Mention, b: Mention) -> bool:
    """A call noun followed, in the same clause, by "với B" or "giữa A và B"."""
    first = min(m.start for m in (a, b) if m.start >= t1) if max(a.start, b.start) >= t1 else -1
    if first < 0:
        return False
    between = s[t1:first]
    partner = a if a.start == first else b
    if len(partner.name.split()) < 2 and not partner.country:
        return False  # "với Thủ tướng Thái": one word with no country is too little to tell a person
    return len(between) < 40 and "," not in between and bool(re.search(r"\b(với|giữa)\s*$|^\s*của\s*$", between))


_BOTH = re.compile(r"(?:^|[,;]\s*|\b(?:cho biết|xác nhận|thông báo)\s+)[Hh]ai (?:"
                   + lexicon.alternation(_TITLES, "two_officials") + r")\b[^,;]{0,40}?$")

def _both_from_previous(s: Sentence, sentences: list[Sentence]) -> _Candidate | None:
    """ "A và B. Hai nhà lãnh đạo đã điện đàm ngày 5/6": the two people of the sentence before."""
    m = _PRIMARY.search(s.text)
    if not m or not _BOTH.search(s.text[:m.start()]) or s.start < 0:
        return None
    if _skip_trigger(s.text, m.start(), m.end(), True):
        return None
    # the nearest of the three sentences before that names two people ("A nói với B rằng ... Ông B nói ...
    # Hai ông vừa điện đàm hôm 5/3"), with no one else named in between
    people: list[Mention] = []
    # a page cut short that opens on "hai nhà lãnh đạo": the people are named in the sentences after
    steps = range(1, 4) if s.index > 0 else range(-1, -4, -1)
    for back in steps:
        if not 0 <= s.index - back < len(sentences) or sentences[s.index - back].start < 0:
            return None
        people = find_mentions(sentences[s.index - back].text)
        if len(people) >= 2:
            break
    if len(people) != 2 or fold(people[0].name) == fold(people[1].name):
        return None
    video = bool(re.search(r"trực tuyến|qua video", s.text, re.I))
    return _Candidate(people[0], people[1], s, m.start(), m.end(), True, video, True)


_BILATERAL_NAME = re.compile(r"\s*(?:song phương\s+)?(?:giữa\s+)?(\S[^,.;]{1,40}?)\s*[-–]\s*(\S[^,.;]{1,40}?)(?=[,.;]|\s+(?:lần|năm|đã|và|với)\b|$)")


def _bilateral_summit(s: str, t0: int, t1: int) -> bool:
    """ "Hội nghị thượng đỉnh trực tuyến Việt Nam - Ấn Độ": an online summit of two countries is a video call
    between their leaders (ASEAN, EU or more countries make it a conference)."""
    if not re.search(r"thượng đỉnh|cấp cao", s[t0:t1], re.I):
        return False
    m = _BILATERAL_NAME.match(s, t1)
    if not m:
        return False
    a, b = code_of(m.group(1)), code_of(m.group(2))
    return bool(a and b and a != b and a not in ("EU", "UN") and b not in ("EU", "UN"))


_EARLIER_SAME_DAY = re.compile(r"\btrước đó,?\s+(?:cùng ngày|trong ngày|cùng hôm)\b", re.I)


def _skip_trigger(s: str, t0: int, t1: int, primary: bool) -> bool:
    # "Trước đó cùng ngày, ..." is earlier on the same day, not a past call
    head = _EARLIER_SAME_DAY.sub(" ", s[:t0])
    if _SOON_AFTER.match(s[t1:]):
        return True
    # a review of a period ("Trong năm 2023, Thủ tướng đã điện đàm với ..."), not the report of one call
    if _PERIOD_REVIEW.search(head):
        return True
    clause = re.split(r"[,;:]", head)[-1] if primary else head
    if _NOT_CALL_BEFORE.search(_decap(clause)) or _PAST_IN_HEAD.search(_decap(head)):
        return True
    # "A điện đàm với B hồi tháng 3": a past call told in passing
    if _PAST_AFTER.search(re.split(r"[,;.]", s[t1:])[0]):
        return True
    # the call as a remembered object: "ý nghĩa của cuộc điện đàm", "nhắc lại cuộc điện đàm ngày 5/6 giữa A và B"
    if _REMEMBERED.search(head):
        return True
    window = s[max(0, t0 - 40):t1 + 40]
    if _NOT_CALL_NEAR.search(window) and not re.search(r"gọi điện|điện đàm", s[t0:t1], re.I):
        return True
    trig = s[t0:t1].lower()
    if "trực tuyến" in trig or "video" in trig or "truyền hình" in trig:
        around = s[max(0, t0 - 60):t1 + 60]
        if re.search(r"hội nghị trực tuyến\s+với$", trig):
            around = s[max(0, t0 - 60):t0] + " " + s[t1:t1 + 60]  # "tiến hành hội nghị trực tuyến với B": two people
        if _MULTILATERAL.search(around) and not _bilateral_summit(s, t0, t1):
            return True
        # "dự Hội nghị Bộ trưởng Ngoại giao ASEAN - Trung Quốc theo hình thức trực tuyến": a conference
        if re.match(r"(theo|dưới) hình thức|họp", trig) and re.search(r"Hội nghị|Thượng đỉnh|Diễn đàn|Phiên họp", s):
            return True
    return False


def _headline_indices(sentences: list[Sentence], text: str) -> set[int]:
    """Sentences that are the article's headline: the page title kept apart, or a first line with no sentence
    break in it (followed by more lines)."""
    out = {s.index for s in sentences if s.start < 0}
    if len(sentences) > 1 and sentences[0].start >= 0:
        line_end = text.find("\n", sentences[0].start)
        if 0 <= line_end <= sentences[1].start and not text[sentences[0].end:line_end].strip():
            out.add(sentences[0].index)
    return out


def _drop_unconfirmed_headline_calls(order: list[frozenset], calls: dict, heads: set[int],
                                     all_mentions: dict[int, list[Mention]], index: _NameIndex) -> list[frozenset]:
    """A call stated only in the headline, with a partner the body never names ("điện đàm với Trưởng ban Liên lạc
    ..." read as a person "Liên"), is the body's call told short: it is dropped when the body reports a call with
    the same other side. (A headline partner the body names too merges with the body's call by name already.)"""
    if len(order) < 2 or not heads:
        return order
    body_people: set[str] = set()
    for i, ms in all_mentions.items():
        if i not in heads:
            body_people.update(fold(index.expand(m.name)) for m in ms if not m.unnamed)
    body_keys = [k for k in order if any(c.sentence.index not in heads for c in calls[k]["cands"])]

    def countries(k: frozenset) -> dict[str, str | None]:
        return {fold(p.name): p.country for p, _ in (calls[k]["a"], calls[k]["b"])}

    keep = []
    for k in order:
        if k not in body_keys:
            confirmed = {n for n in k if n in body_people}
            unconfirmed = [n for n in k if n not in confirmed]
            if unconfirmed:
                mine = countries(k).get(unconfirmed[0])
                # the body's call with the same other side, and a partner of the same country (or none known):
                # "Thủ tướng điện đàm với Kishida và Yoon" keeps Yoon's call when the body tells only Kishida's
                same = [bk for bk in body_keys if confirmed & bk and (
                    mine is None or mine in [c for n, c in countries(bk).items() if n not in confirmed])]
                if same:
                    continue
        keep.append(k)
    return keep


def extract(text: str, published: date | None = None, title: str | None = None,
            url: str | None = None) -> Extraction:
    """Calls reported in a cleaned article text."""
    if not isinstance(text, str):
        raise TypeError(f"extract() needs the article text as str, got {type(text).__name__}")
    if isinstance(published, datetime):
        published = published.date()
    elif isinstance(published, str):
        try:
            published = date.fromisoformat(published[:10])
        except ValueError:
            published = None
    elif not isinstance(published, date):
        published = None
    text = normalize_text(text)
    if published is None:
        # the URL's date or the page's own dateline stands for the publication date (as in extractors.batch)
        published = url_date(url) or page_date(text)
    if len(text) > MAX_SEARCH_CHARS:
        # cut at the last line break before the cap (else the last space), so no sentence is cut in two
        cut = text.rfind("\n", 0, MAX_SEARCH_CHARS)
        if cut < MAX_SEARCH_CHARS // 2:
            cut = text.rfind(" ", 0, MAX_SEARCH_CHARS)
        text = text[:cut if cut > 0 else MAX_SEARCH_CHARS]
    headline = normalize_text(title).strip() if isinstance(title, str) else ""
    if not _GATE.search(text) and not _GATE.search(headline):
        return Extraction(is_call=False, calls=[])
    sentences = split_sentences(text)
    if headline and fold(headline) not in fold(text[:len(headline) + 400]):
        # the page title when the body does not repeat it (clean_html keeps them apart): a sentence of its own,
        # outside the text, so its offsets are -1
        sentences.append(Sentence(headline, -1, -1, len(sentences)))
    all_mentions: dict[int, list[Mention]] = {}
    candidates: list[_Candidate] = []
    tagged_sentences = 0
    for s in sentences:
        if not _GATE.search(s.text):
            continue
        mentions = find_mentions(s.text)
        all_mentions[s.index] = mentions
        if len(mentions) < 2 and tagged_sentences < MAX_TAGGED_SENTENCES and (pm := _PRIMARY.search(s.text)):
            # bare names ("Putin và Trump đã điện đàm"): ask the POS tagger, only for this sentence
            tagged_sentences += 1
            mentions = _with_tagged_names(s.text, mentions, pm.start(), pm.end())
        if len(mentions) < 2 and _PRIMARY.search(s.text):
            # "A điện đàm với Thủ tướng Nhật Bản": a title and a country with no name after them
            mentions = sorted(mentions + _unnamed_mentions(s.text, mentions), key=lambda m: m.start)
        if len(mentions) == 1 and (pm := _PRIMARY.search(s.text)):
            mentions = sorted(mentions + _bare_title_subject(s.text, mentions, pm.start()), key=lambda m: m.start)
        if len(mentions) < 2:
            pair_cand = _both_from_previous(s, sentences)
            if pair_cand:
                candidates.append(pair_cand)
            continue
        used_until = -1
        for m in _PRIMARY.finditer(s.text):
            if m.start() < used_until:
                continue
            used_until = m.end()
            t0, t1 = m.start(), m.end()
            pre = s.text[max(0, t0 - 30):t0]
            # "Tại cuộc điện đàm, A ... B" names the call as a noun; "đã có cuộc điện đàm với" reports it
            nominal = re.search(r"cuộc\s*$", pre) and not re.search(r"(có|tiến hành|thực hiện|một)\s+cuộc\s*$", pre)
            primary = not nominal
            if _skip_trigger(s.text, t0, t1, primary):
                continue
            if re.fullmatch(r"điện thoại", s.text[t0:t1], re.I):
                continue
            video = bool(_VIDEO.search(s.text[t0:t1])) or bool(
                re.search(r"trực tuyến|qua video|truyền hình", s.text[max(0, t0 - 30):t1 + 40], re.I))
            found = _pairs_in_sentence(s, mentions, t0, t1)
            # "cuộc điện đàm (ngày 8/6) giữa A và B", "trong cuộc điện đàm với B, A ...": the noun with both people
            # of one clause reports that call, like the verb does (and so do the other partners of a list after it)
            firm = primary or bool(found and _names_its_pair(s.text, t1, *found[0]))
            if firm and not primary and len(found) < 2 and re.search(r"(các|những|nhiều)\s+cuộc\s*$", pre):
                firm = False  # "các cuộc điện đàm của ông với B": calls in general, not one reported
            for pa, pb in found:
                candidates.append(_Candidate(pa, pb, s, t0, t1, primary, video, firm))
    if not candidates:
        return Extraction(is_call=False, calls=[])
    # people across the article, for full names, titles and countries
    for s in sentences:
        if s.index not in all_mentions and re.search(r"[A-ZĐ]", s.text):
            all_mentions[s.index] = find_mentions(s.text)
    flat = [m for ms in all_mentions.values() for m in ms]
    index = _NameIndex([m.name for m in flat])
    # mentions grouped by the person they name, once per article (not once per call: that was quadratic)
    by_person: dict[str, list[Mention]] = {}
    for x in flat:
        by_person.setdefault(fold(index.expand(x.name)), []).append(x)
    completed_titles: dict[tuple[str, str], str] = {}

    def person_of(m: Mention) -> Person:
        full = index.expand(m.name)
        key = fold(full)
        same = by_person.get(key, [])
        title = m.title if m.title and not m.rank_only else None
        if title:
            # the fullest form of the same title written elsewhere ("Bộ trưởng" -> "Bộ trưởng Quốc phòng")
            longer = [x.title for x in same if x.title and not x.rank_only and len(x.title) > len(title)
                      and fold(x.title).startswith(fold(title))]
            if longer:
                title = max(longer, key=len)
        if not title:
            titled = [x for x in same if x.title and not x.rank_only]
            titled.sort(key=lambda x: (x.country is None, -len(x.title or "")))
            title = titled[0].title if titled else None
        country = m.country or next((x.country for x in same if x.country), None)
        guessed = False
        if country is None:
            country = _name_country_guess(full)
            guessed = country is not None
        if country is None:
            # "nhà lãnh đạo Nga Vladimir Putin" anywhere in the article
            pat = None
            for s in sentences:
                if full not in s.text:
                    continue
                pat = pat or re.compile(r"(" + country_pattern().pattern + r")\s+" + re.escape(full) + r"(?![\w-])")
                mm = pat.search(s.text)
                if mm:
                    country = code_of(mm.group(1))
                    break
        if title and country:
            if (title, country) not in completed_titles:
                completed_titles[title, country] = _complete_title(title, country, sentences)
            title = completed_titles[title, country]
        return Person(name=full, title=title, country=country, mentions=len(same), guessed=guessed)

    # a call's year comes from its own date phrase, the publication date or the URL (given as `published`),
    # never from other numbers of the text (anniversaries, plans, founding years: issue 14)
    this_year = _this_year(text, infer=published is None)
    calls: dict[frozenset, dict] = {}
    order: list[frozenset] = []
    has_primary = any(c.primary for c in candidates)
    if not has_primary:
        # only nominal mentions ("Trong cuộc điện đàm, A mời B"): enough when the article is about a call
        # (its URL, title or first line says so, or it speaks of the call more than once)
        slug = re.sub(r"[^a-z]+", "-", fold(url or "").replace(" ", "-"))
        about_call = bool(re.search(r"dien-dam|goi-dien|truc-tuyen|hoi-dam-qua-dien-thoai", slug))
        about_call = about_call or bool(_GATE.search(headline)) or bool(sentences and _GATE.search(sentences[0].text))
        about_call = about_call or len(re.findall(r"điện đàm|gọi điện|trực tuyến|cuộc trao đổi|cuộc gọi", text, re.I)) >= 2
        # "Tại cuộc điện đàm, A ... B" opening a sentence reports the call itself
        about_call = about_call or any(re.match(r"\W*(tại|trong)\s+cuộc\s+(điện đàm|hội đàm trực tuyến)", c.sentence.text, re.I)
                                       for c in candidates)
        about_call = about_call or any(c.firm for c in candidates)
        if not about_call or _COMING.search(text) or _COMING.search(headline):
            # ("Kỳ vọng của A trong cuộc điện đàm với B ... Hai bên sẽ điện đàm tối nay": written before the call)
            return Extraction(is_call=False, calls=[])
    if any(c.a.unnamed or c.b.unnamed for c in candidates):
        candidates = _resolve_unnamed(candidates, flat, person_of)
    for c in candidates:
        if has_primary and not (c.primary or c.firm):
            continue
        pa, pb = person_of(c.a), person_of(c.b)
        if fold(pa.name) == fold(pb.name):
            continue
        if _WEAK_CALL_WORDING.fullmatch(c.sentence.text[c.trigger_pos:c.trigger_end]) and not (pa.title and pb.title):
            continue  # "gọi cho", "cú điện thoại" are also said of anyone: both sides must be officials with a title
        if (c.a.tagged and not pa.title) or (c.b.tagged and not pb.title):
            continue  # a proper noun the article never gives a title to is not an official
        key = frozenset((fold(pa.name), fold(pb.name)))
        if key not in calls:
            calls[key] = {"a": (pa, c.a), "b": (pb, c.b), "cands": []}
            order.append(key)
        calls[key]["cands"].append(c)
    order = _drop_unconfirmed_headline_calls(order, calls, _headline_indices(sentences, text), all_mentions, index)

    foreign = [c for c, _, _ in _countries_in(text) if c not in ("VN", None)]
    # seats of government stand for their country ("Theo Nhà Trắng, Tổng thống Joe Biden ...")
    foreign += [_SEATS[m.group(0)] for m in _SEAT_RE.finditer(text)]
    out: list[Call] = []
    for key in order:
        entry = calls[key]
        (pa, ma), (pb, mb) = entry["a"], entry["b"]
        cands: list[_Candidate] = entry["cands"]
        first = cands[0]
        hit = None
        ev_cand = first
        for c in cands:
            hit = _pick_date(c.sentence.text, c.trigger_pos)
            if hit:
                ev_cand = c  # the sentence that dates the call is the better evidence
                break
        if ev_cand is not first:
            # titles as written in the evidence sentence (a headline's are often short: "Đại diện cấp cao EU")
            qa, qb = person_of(ev_cand.a), person_of(ev_cand.b)
            if fold(qa.name) == fold(pa.name) and fold(qb.name) == fold(pb.name):
                (pa, ma), (pb, mb) = (qa, ev_cand.a), (qb, ev_cand.b)
            elif fold(qa.name) == fold(pb.name) and fold(qb.name) == fold(pa.name):
                (pa, ma), (pb, mb) = (qb, ev_cand.b), (qa, ev_cand.a)
        parts = []
        for p, m, other in ((pa, ma, pb), (pb, mb, pa)):
            title = p.title
            if m.counterpart and not title:
                title = other.title
            role, clean = role_and_title(title)
            parts.append(Participant(name=p.name, title=clean, role=role, country=p.country))
        # a bilateral Vietnamese call whose partner's country is not written next to a name: the foreign
        # country the article talks about most
        # two Vietnamese-looking names: a Sino-Vietnamese reading of a foreign name ("Vương Nghị") is the
        # guessed one; it takes the foreign country the article names most
        if parts[0].country == parts[1].country == "VN" and foreign:
            # a guess from the syllables alone ("Tập Cận Bình") is weaker than one from a common family name
            order = sorted(((1, pb), (0, pa)), key=lambda ip: ip[1].name.split()[0] in _VN_SURNAMES)
            for i, p in order:
                if p.guessed:
                    parts[i].country = None
                    break
        for i in (0, 1):
            if parts[i].country is None and re.match(r"(?:Đức )?Giáo hoàng", parts[i].title or ""):
                parts[i].country = "VA"  # the Pope is the Holy See's head of state
            if parts[i].country is None and not _INTL_ORG.search(parts[i].title or ""):
                pool = [c for c in foreign if c != parts[1 - i].country]
                if pool:
                    parts[i].country = max(dict.fromkeys(pool), key=pool.count)  # ties: the first named
        # the Vietnamese principal first
        initiator = None
        if parts[1].country == "VN" and parts[0].country != "VN":
            parts.reverse()
        date_conf = 1.0
        hit_text = ev_cand.sentence.text
        if hit is None:
            # "Cùng ngày, A điện đàm với B": the day of the report so far (the previous call's, or of the event
            # told before)
            for c in cands:
                hit = _same_day_date(c.sentence, sentences)
                if hit:
                    ev_cand = c
                    break
        if hit is None:
            # a sentence about the call without names: "Cuộc điện đàm được tiến hành ngày 25-10"
            for s in sentences:
                if s.index == first.sentence.index:
                    continue
                # any wording of a call ("trao đổi trực tuyến ... ngày 15/6" in a headline), not just "điện đàm"
                m = re.search(r"điện đàm|cuộc gọi", s.text, re.I) or _PRIMARY.search(s.text)
                if m is None:
                    continue
                named = {fold(index.expand(x.name)) for x in all_mentions.get(s.index, []) if not x.unnamed}
                # names in it only when they are this call's two people ("cuộc điện đàm diễn ra tối 22/5, ông A và
                # ông B chúc mừng nhau")
                if len(all_mentions.get(s.index, [])) >= 2 and not named <= {fold(pa.name), fold(pb.name)}:
                    continue
                if m and _skip_trigger(s.text, m.start(), m.end(), True):
                    continue  # "Trước đó, ngày 12/2, hai nhà lãnh đạo cũng đã điện đàm": another call
                h = _pick_date(s.text, m.start() if m else 0)
                if h and h.relative is None:
                    hit, hit_text = h, s.text
                    date_conf = 0.7
                    break
        # without a publication date, a year written in the call's own sentence ("Tết Canh Tý 2020, ngày 16.1")
        year_hint = _sentence_year(hit_text) if hit is not None and published is None else None
        call_date, dconf = _resolve_date(hit, published, year_hint, this_year)
        medium = "video" if any(c.video for c in cands) else "phone"
        ev = ev_cand.sentence
        # initiator: "theo đề nghị của phía X", "A nhận điện thoại của B", "A gọi điện (chúc mừng) B"
        trig = ev.text[ev_cand.trigger_pos:ev_cand.trigger_end].lower()
        findings: list[Finding] = []
        im = _INITIATOR.search(ev.text)
        caller = None
        if "nhận" in trig and ("điện thoại" in trig or "cuộc gọi" in trig):
            caller = ev_cand.b
        elif trig.startswith(("gọi điện", "điện thoại")):
            caller = ev_cand.a
        if caller is not None:
            ckey = fold(index.expand(caller.name))
            initiator = next((i + 1 for i, p in enumerate(parts) if fold(p.name) == ckey), None)
        if im:
            who = im.group(1)
            cc = None
            for mm in country_pattern().finditer(who):
                cc = code_of(mm.group(1))
            if cc:
                initiator = 1 if parts[0].country == cc else 2 if parts[1].country == cc else initiator
            findings.append(Finding("initiator", who.strip(), ev.text, ev.start, ev.end, 0.9))
        elif initiator is not None:
            findings.append(Finding("initiator", parts[initiator - 1].name, ev.text, ev.start, ev.end, 0.8))
        findings.extend(_findings(sentences, ev))
        conf = 0.9 if ev_cand.primary else 0.6
        if any(p.country is None for p in parts):
            conf -= 0.2
        out.append(Call(date=call_date, medium=medium, participants=parts, evidence=ev.text,
                        evidence_start=ev.start, evidence_end=ev.end, initiator=initiator,
                        confidence=round(max(0.1, conf * min(1.0, dconf + 0.1) * date_conf ** 0.2), 2),
                        findings=findings))
    return Extraction(is_call=bool(out), calls=out)


def _findings(sentences: list[Sentence], ev: Sentence) -> list[Finding]:
    """Topics, frameworks, agreements, invitations and occasion stated in the call's paragraphs."""
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    # the call report runs from the evidence sentence to the end of the article, or the next unrelated call
    scope = [s for s in sentences if s.index >= ev.index][:25]
    for s in scope:
        for topic, rx in _TOPIC_RE.items():
            if rx.search(s.text) and ("topic", topic) not in seen:
                seen.add(("topic", topic))
                out.append(Finding("topic", topic, s.text, s.start, s.end, 0.7))
        fm = _FRAMEWORK.search(s.text)
        if fm:
            val = " ".join(fm.group(1).split())
            if ("framework", val.lower()) not in seen:
                seen.add(("framework", val.lower()))
                out.append(Finding("framework", val, s.text, s.start, s.end, 0.8))
        if _AGREE.search(s.text) and len([f for f in out if f.kind == "agreement"]) < 5:
            am = _AGREE.search(s.text)
            out.append(Finding("agreement", s.text[am.start():am.start() + 160].strip(), s.text, s.start, s.end, 0.6))
        if _INVITE.search(s.text) and ("invitation", s.text) not in seen:
            seen.add(("invitation", s.text))
            out.append(Finding("invitation", _INVITE.search(s.text).group(0), s.text, s.start, s.end, 0.7))
    om = _OCCASION.search(ev.text)
    if om:
        out.append(Finding("occasion", om.group(1).strip(), ev.text, ev.start, ev.end, 0.7))
    return out
