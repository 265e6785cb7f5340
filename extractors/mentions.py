"""Officials named in one sentence: TITLE [COUNTRY] NAME, RANK NAME[, TITLE...], "người đồng cấp" NAME, a
title with no name, and (with the POS tagger) bare proper nouns. Titles, honorifics, organisation words and
places come from extractors/data/*.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from extractors import lexicon
from extractors.clean import normalize_text
from extractors.countries import PAIR_FORMS, alone_form, code_of, country_pattern, cut_country
from extractors.names import VN_SURNAMES, listed_country, name_country_guess, vietnamese_syllables
from extractors.places import PLACES, place_country, place_pattern
from extractors.roles import clean_title

_TITLES = "titles.toml"
_TITLE_HEADS = lexicon.words(_TITLES, "heads")
# military and police ranks, alone or with their service ("Trung tướng Cảnh sát", "Thiếu tướng Hải quân")
_HONORIFICS = "honorifics.toml"
_MILITARY_RANKS = lexicon.words(_HONORIFICS, "military_ranks")
_SERVICES = lexicon.words(_HONORIFICS, "services")
_RANKS = [*_MILITARY_RANKS, *(f"{r} {sv}" for r in _MILITARY_RANKS for sv in _SERVICES),
          *lexicon.words(_HONORIFICS, "ranks")]
_RANKS_LOWER = {r.lower() for r in _RANKS}
# "người đồng cấp (bên) phía Nga X": the side named before the country
# heads that name a principal's office ("tổng thống", "thủ tướng", "ngoại trưởng"): titles.toml [roles]
_ROLE_HEADS = frozenset(lexicon.records(_TITLES, "roles"))
# "người đồng cấp", "người đồng nhiệm" (titles.toml [counterpart_words])
PEER = "(?:" + lexicon.alternation(_TITLES, "counterpart_words") + ")"
# "ông", "bà", "ngài" (honorifics.toml [address_words]): stepped over between a word and the name it leads to
ADDRESS = "(?:" + lexicon.alternation(_HONORIFICS, "address_words") + ")"
_PEER_SIDE = PEER + r"(?:\s+(?:bên\s+)?phía|\s+bên)?"
# ("người đồng cấp nước này X": the counterpart of the country the sentence is about)
_COUNTERPART = re.compile(_PEER_SIDE + r"(?P<this>\s+(?:của\s+)?nước này)?\s*$", re.I)
_PEER_NEW_IN_POST = re.compile(_PEER_SIDE + r"\s+([^\W\d_][^,;.()]{1,30}?)\s+(?:" + lexicon.alternation(
    _TITLES, "new_in_post") + r")\s*$", re.I)
_PEER_THEN_RANK = re.compile(_PEER_SIDE + r"\s+([^\W\d_][^,;.()]{1,30}?)\s*,\s*$", re.I)
# a sentence opening on a phrase "Với ..." / "Trao đổi với ...", before the subject it is said of
_PHRASE_WITH_OPENING = re.compile(r"\W*(?:[^\W\d_]+\s+){0,3}?với\s+", re.I)
# "trên cương vị Bộ trưởng ...": a title said of someone (a predicate), not written as theirs
_PREDICATE = re.compile("(" + lexicon.alternation(_TITLES, "predicates") + r")\s*$")
# (a head is a word of its own: not inside an abbreviation such as "Bộ TT&TT")
HEAD_RE = re.compile(r"(?<![\w&])(" + "|".join(sorted(map(re.escape, _TITLE_HEADS), key=len, reverse=True))
                      + r")(?![\w&])(?!\s+(?-i:" + lexicon.alternation(_TITLES, "not_head_after") + r")(?![\w]))", re.I)
_RANK_RE = re.compile(r"(?:^|(?<=\s)|(?<=[(\"“,]))(" + "|".join(sorted(map(re.escape, _RANKS), key=len, reverse=True))
                      + r")\s*$")
# lowercase words that break a title ("Chủ tịch nước X đã ..."): a mention's title never contains them
# (some of them not right after the words given, alternatives parted by "|": "và|cộng đồng" before "người")
# the words of an official-elect's title or of where its holder stands in his term (titles.toml [elect],
# [tenure_after_country]): "đắc cử", "vừa tái đắc cử", "sắp mãn nhiệm"
_ELECT_OR_TENURE = lexicon.alternation(_TITLES, "elect") + "|" + lexicon.alternation(_TITLES, "tenure_after_country")
TITLE_BREAK = re.compile(
    # (not a wording of an incoming official's title, titles.toml [elect]: "Thủ tướng được chỉ định X", nor of his
    # term after the country, [tenure_after_country]: "Tổng thống Pháp vừa tái đắc cử X", nor a compound of a title,
    # [not_title_breaks]: "Hội đồng Cố vấn tối cao")
    r"\b(?!(?:" + _ELECT_OR_TENURE + "|" + lexicon.alternation(_TITLES, "not_title_breaks") + r")\b)(" + lexicon.alternation(_TITLES, "title_breaks") + "".join(
        "|" + "".join(f"(?<!{after} )" for after in r["not_after"].split("|")) + lexicon.wording_regex(w)
        for w, r in lexicon.records(_TITLES, "title_breaks_not_after").items())
    + r")\b",
    re.I,
)
# "về" (about) ends a title and opens a topic ("điện đàm với Ngoại trưởng Ai Cập về tình hình Gaza"), except after
# the heads whose post is about something ("Đặc phái viên Tổng thống Mỹ về khí hậu", "Điều phối viên về ...")
_ABOUT = re.compile(r"\bvề\b", re.I)
_TOPIC_HEADS = re.compile(r"(?:Phó\s+)?(?:" + lexicon.alternation(_TITLES, "topic_heads") + ")", re.I)

# a topic head written inside a compound title ("Phó Chủ tịch Ủy ban châu Âu kiêm Đại diện cấp cao EU về ..."): the
# "về" after it is that post's
_TOPIC_HEAD_INSIDE = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_TITLES, "topic_heads") + r")(?![\w])")


def _ends_at_about(text: str, start: int, head: str) -> re.Match[str] | None:
    """The "về" from `start` on that ends a title opened by `head`: none after a topic head (in `head` or in the
    text before the "về")."""
    about = _ABOUT.search(text, start)
    if about is None or _TOPIC_HEADS.match(head) or _TOPIC_HEAD_INSIDE.search(text, 0, about.start()):
        return None
    return about


def _title_breaks(between: str, head: str) -> bool:
    """Whether the words between a title head and a later point show the title has ended there."""
    return bool(TITLE_BREAK.search(between)) or _ends_at_about(between, 0, head) is not None


# non-country place words that sit in titles ("Điều phối viên về các vấn đề Ấn Độ Dương-Thái Bình Dương")
_PLACES = "places.toml"
_GEO = re.compile("(" + "|".join(lexicon.wording_regex(w).replace(" - ", r"\s*[-–]\s*")
                                 for w in lexicon.words(_PLACES, "regions")) + ")")
# common words opening on a country's syllable ("Ý kiến"): masked with the regions (places.toml [common_words])
_COMMON_WORDS = re.compile("(?<![\\w])(?:" + lexicon.alternation(_PLACES, "common_words") + ")(?![\\w])")
_ORGS = "organisations.toml"
# heads of international organisations have no country of their own: the article's countries are not theirs
INTL_ORG = re.compile(r"\b(" + lexicon.alternation(_ORGS, "international") + r")\b")
_ORG_PREFIXES = lexicon.alternation(_ORGS, "org_prefixes")
_ORG_CAPS = re.compile(r"^(" + _ORG_PREFIXES + r")\s+")
_ORG_ANYWHERE = re.compile(r"(?<![\w])(?:" + _ORG_PREFIXES + r")\s+")
# an all-capitals word opening a run is an organisation ("MTTQ", "UBND", "ĐCS", "LHQ", "UBTƯ"), never a personal name
_ACRONYM = re.compile(r"^(?:(?:[A-ZĐĂÂÊÔƠƯ]{2,}|[A-ZĐ]{2,}[A-Z]*(?:-[A-Z]+)+)\.?\s+)+(?=[A-ZĐ][^\W\d_]*[a-zà-ỹ])")
_WORD = re.compile(r"[^\W_][\w'’]*(?:-[\w'’]+)*")
# Arabic and other article-joined surnames inside a name: "Riyad al-Maliki", "Abdullah bin-Zayed", "ad-Din"
_ARTICLE_NAME = re.compile("(?:" + lexicon.alternation("names.toml", "article_prefixes") + ")[-'’][A-ZĐ]")
_NAME_PARTICLES = set(lexicon.words("names.toml", "name_particles"))


def is_cap(word: str) -> bool:
    """Whether a word opens with a capital letter (names and titles do)."""
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
    elected_only: bool = False  # "ông X đắc cử Tổng thống Peru": an elect's title, unless the article gives another
    honorific: str = ""  # "Sheikh", "Dato Paduka Seri Haji" written before the name and kept with it (kept_in_name)


# second syllables of title and organisation words: a capitalised run followed by one of them is part of a
# title ("Bộ trưởng Ngoại giao", "Chủ tịch Hạ viện", "Bộ trưởng An ninh Nội địa"), not a name
_TITLE_COMPOUNDS = set(lexicon.words(_TITLES, "title_words"))
_HONORIFIC_TOKENS = set(lexicon.words(_HONORIFICS, "honorific_words"))
_KEPT_HONORIFICS = set(lexicon.words(_HONORIFICS, "kept_in_name"))
# honorifics of two words, whose second word alone may open a name ("Tan Sri X", but "Sri Mulyani Indrawati")
# longest first: "Dato Seri Setia" is one honorific, not "Dato Seri" before a name starting with "Setia"
_HONORIFIC_PAIRS = re.compile(
    "(?:" + "|".join(lexicon.wording_regex(w) for w in lexicon.by_length(lexicon.words(_HONORIFICS, "honorific_pairs")))
    + r")\s+")


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
_OPENER_PAIRS = set(lexicon.words(_DATELINES, "sentence_opener_pairs"))


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


# "August 16, 2025": an English dateline on a bilingual page, never a name (datelines.toml [english_months])
_ENGLISH_MONTHS = frozenset(lexicon.words("datelines.toml", "english_months"))


# particles a name may open with when its given name is left out ("Thái tử bin Salman", "bà von der Leyen")
_OPENING_PARTICLES = frozenset(lexicon.words("names.toml", "opening_particles"))


def _opens_a_short_name(s: str, words: list[tuple[int, int]], i: int) -> bool:
    """A lower-case particle that opens a name: "bin Salman", "von der Leyen" (particles, then a capital)."""
    k = i
    while k < len(words) and s[words[k][0]:words[k][1]] in _OPENING_PARTICLES and (k == i or s[words[k - 1][1]:words[k][0]] == " "):
        k += 1
    return k > i and k < len(words) and s[words[k - 1][1]:words[k][0]] == " " and is_cap(s[words[k][0]:words[k][1]])


def _name_runs(s: str) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words separated by single spaces (initials "A." allowed inside) that
    are not the first syllables of a title word."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(s)]
    geo_spans = [m.span() for m in _GEO.finditer(s)]
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        a, b = words[i]
        if not is_cap(s[a:b]) and not _opens_a_short_name(s, words, i):
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
            if ok_gap and (is_cap(w) or _ARTICLE_NAME.match(w)):
                run_b = d
                j += 1
            elif ok_gap and w in _NAME_PARTICLES:
                # "Ursula von der Leyen": lower-case particles inside a name, followed by a capitalised word
                k = j
                while k < len(words) and s[words[k][0]:words[k][1]] in _NAME_PARTICLES \
                        and s[words[k - 1][1]:words[k][0]] == " ":
                    k += 1
                if k < len(words) and k > j and is_cap(s[words[k][0]:words[k][1]]) \
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
        title_part = nxt is not None and s[run_b:nxt[0]] == " " and not is_cap(s[nxt[0]:nxt[1]]) \
            and (pair in _TITLE_COMPOUNDS or HEAD_RE.fullmatch(pair) is not None or pair in _RANKS_LOWER
                 # one capitalised syllable that makes a common word with the next one is an organisation's
                 # word ("Đảng Nhân dân Cách mạng Lào", "Tổ chức Y tế Thế giới"), never a name
                 or (((run_b == b and not _TITLE_BEFORE.search(s, max(0, run_a - 40), run_a))
                      or _ORG_HEAD.match(s, run_a)) and pair in _two_syllable_words()))
        if title_part and HEAD_RE.fullmatch(pair) and HEAD_RE.match(s, run_a) is None:
            # "... Tổng thống Pháp Emmanuel Macron Thủ tướng Đức X" (a comma lost): the next person's title ("Thủ
            # tướng", "Phó Thủ tướng") opens inside the run; the two to four words before it stay a name
            head = next((h for h in HEAD_RE.finditer(s, run_a, nxt[1]) if h.end() == nxt[1] and h.start() > run_a), None)
            if head is not None and 2 <= len(s[run_a:head.start()].split()) <= 4:
                run_b = head.start() - 1
                title_part = False
        # ("... Chủ Tịch Trung Quốc Tập Cận Bình Thảo luận ...": a word of a half Title Case headline glued to a
        # leader of people.toml, a common word with the lower-case word after it, real pages of round 139)
        cut = s.rfind(" ", run_a, run_b)
        follow = re.match(r" ([a-zà-ỹđ]+)\b", s[run_b:run_b + 12])
        if cut > run_a and follow and any(listed_country(" ".join(s[run_a:cut].split()[-k:])) for k in (2, 3, 4)) \
                and f"{s[cut + 1:run_b].lower()} {follow.group(1)}" in _two_syllable_words():
            run_b = cut
        if not title_part:
            # a headline printed without its full stop runs into the next sentence: "... Donald Trump Ngày 14/12, ..."
            # ("... Mostafa Madbouly Thứ Tư, 12/3": a weekday dateline; "... Narendra Modi VTV": a source tag)
            # ("... Donald Trump Tờ Bưu điện Hoa Nam ...": a newspaper opening the next sentence, its name capitalised
            # too, real pages of round 139)
            paper = re.search(r"(?<=\S) Tờ(?= [A-ZĐ])", s[run_a:run_b])
            if paper and len(s[run_a:run_a + paper.start()].split()) >= 2:
                run_b = run_a + paper.start()
            while True:
                last_sp = s.rfind(" ", run_a, run_b)
                if last_sp < 0:
                    break
                last = s[last_sp + 1:run_b]
                follow = re.match(r" ([^\W\d_]+)", s[run_b:run_b + 20])
                if follow and f"{last} {follow.group(1)}" in _OPENER_PAIRS:
                    run_b = last_sp  # "... Phạm Bình Minh Hai bên nhất trí ...": "Hai bên" opens a sentence
                    continue
                if last in _SENTENCE_OPENERS or (last.isupper() and len(last) >= 2 and not s[run_a:last_sp].isupper()
                                                 and not re.fullmatch(r"[IVXL]+", last)):  # "Lêô XIV" keeps its number
                    run_b = last_sp
                    continue
                wd = _TRAILING_WEEKDAY.search(s, run_a, run_b)
                if wd and wd.start() > run_a:
                    run_b = wd.start()
                    continue
                if last in _ENGLISH_MONTHS and re.match(r" \d{1,2}\b", s[run_b:run_b + 4]):
                    run_b = last_sp  # "... Thủ tướng Campuchia August 16, 2025": an English dateline follows
                    continue
                break
            geo = next((g for g in geo_spans if g[0] <= run_a < g[1]), None)
            if geo and geo[1] + 1 < run_b and s[geo[1]:geo[1] + 1] == " ":
                run_a = geo[1] + 1  # "... phụ trách Thái Bình Dương Catherine West": the region is no part of the name
            elif geo and run_b <= geo[1] + 1:
                i = j
                continue  # "châu Á – Thái Bình Dương": a region's capitalised words are no name
            english_date = s[run_a:run_b] in _ENGLISH_MONTHS and re.match(r" \d{1,2}\b", s[run_b:run_b + 4])
            if s[run_a:run_b] not in _SENTENCE_OPENERS and not _TRAILING_WEEKDAY.fullmatch(s, run_a, run_b) \
                    and not english_date:
                runs.append((run_a, run_b))
        i = j
    return runs


_HOLY = re.compile(r"(?<![\w])(Đức)(?=\s+(?:" + lexicon.alternation(_HONORIFICS, "holy_titles") + r")\b)")


@lru_cache(maxsize=1)
def _places_with_country_words() -> re.Pattern[str] | None:
    """Provinces whose name holds a country's ("Lào Cai", "Nội Mông Cổ"): masked like regions."""
    names = [n for n in PLACES if country_pattern().search(n) and not country_pattern().fullmatch(n)]
    if not names:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                      + r")(?![\w-])")


_REGION_BODY_BEFORE = re.compile("(?:" + lexicon.alternation(_ORGS, "region_bodies") + r")\s+$")
_COUNTRY_BODY = re.compile("(" + lexicon.alternation(_ORGS, "country_bodies") + ")")


def _country_named_places() -> re.Pattern[str] | None:
    """Places of places.toml named exactly like a country ("Georgia"), after a local word ("bang Georgia")."""
    names = [n for n in PLACES if country_pattern().fullmatch(n)]
    if not names:
        return None
    return re.compile(r"((?<![\w])(?:" + lexicon.alternation(_PLACES, "local_words") + r")\s+)(" + "|".join(
        re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])")


_COUNTRY_NAMED_PLACE = _country_named_places()


@lru_cache(maxsize=512)  # (a pure function of the text, asked for the same sentence by several rules)
def _mask_geo(s: str) -> str:
    """Regions like "Ấn Độ Dương" and provinces like "Lào Cai" hide the country names inside them (same length, so
    offsets hold)."""
    # "Ủy ban Châu Âu", "Ủy viên Châu Âu" name the EU: left for the country pattern
    s = _GEO.sub(lambda m: m.group(0) if _REGION_BODY_BEFORE.search(s[max(0, m.start() - 10):m.start()])
                 else "x" * len(m.group(0)), s)
    # "Đức" before a clerical title is the honorific (His Holiness), not Germany
    s = _HOLY.sub(lambda m: "x" * len(m.group(1)) + m.group(0)[len(m.group(1)):], s)
    s = _COMMON_WORDS.sub(lambda m: "x" * len(m.group(0)), s)
    places = _places_with_country_words()
    s = places.sub(lambda m: "x" * len(m.group(0)), s) if places else s
    # a place named like a country right after a local word ("Thống đốc bang Georgia"): the place, not the country
    return _COUNTRY_NAMED_PLACE.sub(lambda m: m.group(1) + "x" * len(m.group(2)), s) if _COUNTRY_NAMED_PLACE else s


# words of local government before a place ("Bí thư Tỉnh ủy Lạng Sơn", "Chủ tịch UBND tỉnh Quảng Ninh", "Tỉnh trưởng
# tỉnh Luang Prabang", "Bí thư Khu ủy Khu tự trị dân tộc Choang Quảng Tây", "Thống đốc bang California")
_LOCAL_BEFORE = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_PLACES, "local_words") + r")\s+$")
# "tỉnh Aranda": one capitalised word right after a noun of a kind of place is the place's name, not a person's
_PLACE_NOUN_BEFORE = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_PLACES, "place_nouns") + r")\s+$")


def _place_run(s: str, a: int, b: int) -> bool:
    """A run of capitals right after a noun of a kind of place is the place's name: one word ("tỉnh Aranda"), or two
    closing the phrase ("châu Hồng Hà, ...")."""
    words = s[a:b].split()
    return bool(_PLACE_NOUN_BEFORE.search(s, max(0, a - 20), a)) and (
        len(words) == 1 or (len(words) == 2 and re.match(r"\s*(?:[,.;:()]|$)", s[b:]) is not None))


# "Chủ tịch đảng Forza Italia (Nước Ý tiến lên) B": a run right after "đảng", its translation in brackets after it,
# is the party's name; the person follows the bracket
_PARTY_BEFORE = re.compile(r"(?<![\w])[Đđ]ảng\s+$")


def _party_name_run(s: str, a: int, b: int) -> bool:
    return bool(_PARTY_BEFORE.search(s, max(0, a - 6), a)) and re.match(r"\s*\([^()]{2,60}\)\s+[A-ZĐ]", s[b:]) is not None


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
        if m is not None and s[m.end():m.end() + 1] == " " and len(s[m.end():b].split()) >= 2 \
                and not country_pattern().fullmatch(m.group(1)):  # ("Tổng thống Georgia X": the country)
            return m.end(), place_country(m.group(1))
        return a, None
    m = place_pattern().match(s, a, b)
    if m is None:  # an ethnic or descriptive word before a known place ("dân tộc Choang Quảng Tây")
        sp = s.find(" ", a, b)
        m = place_pattern().match(s, sp + 1, b) if 0 <= sp < b else None
    if m is not None and (m.end() == b or s[m.end()] == " "):
        return m.end(), place_country(m.group(1))
    # "Thị trưởng thủ đô Hà Lan Pieter van der Berg": a country after the local word is the place and its country
    c = country_pattern().match(s, a, b)
    if c is not None and c.end() < b and s[c.end()] == " ":
        return c.end(), code_of(c.group(1))
    if not _LOCAL_SPLIT_BEFORE.search(s, max(0, a - 40), a):
        return a, None
    words = [(w.start(), w.end()) for w in re.finditer(r"\S+", s[a:b])]
    if 2 <= len(words) <= 4 and s[a:b].split()[0] in VN_SURNAMES and vietnamese_syllables(s[a:b]) \
            and name_country_guess(s[a:b]) == "VN":
        return a, None  # "Phó Thống đốc Lê Văn Hòa": a Vietnamese name of its own, no place before it
    for i in range(1, len(words) - 1):
        if s[a + words[i][0]:a + words[i][1]] in VN_SURNAMES and len(words) - i in (2, 3, 4) \
                and name_country_guess(s[a + words[i][0]:b]) == "VN":
            return a + words[i][0] - 1, None
    if re.match(r"\s*\(", s[b:b + 3]) and country_pattern().match(s, b + s[b:b + 3].index("(") + 1) \
            and re.match(r"\s*\([^()]{2,40}\)\s+[A-ZĐ]", s[b:]):
        return b, None  # "Bí thư Thành ủy Đông Hưng (Trung Quốc) Lý Kiến Quốc": the run before the bracket is the place
    if len(words) >= 3:  # a place of one word before a foreign name of two ("tỉnh Kanagawa Kuroiwa Yuji")
        return a + words[-2][0] - 1, None
    return a, None


def countries_in(s: str) -> list[tuple[str, int, int]]:
    return list(_countries_in(s))


@lru_cache(maxsize=512)  # (several rules ask for the countries of the same sentence)
def _countries_in(s: str) -> tuple[tuple[str, int, int], ...]:
    return tuple((code_of(m.group(1)), m.start(), m.end()) for m in country_pattern().finditer(_mask_geo(s)))


_LOST_BREAK_HONORIFIC = re.compile(r"(?:Ông|Bà)\s+[A-ZĐ]")


# a Korean name whose family name is also an organisation word ("Ban Ki-moon", "Ban Ki Moon")
_KOREAN_NAME = re.compile(r"(?:" + "|".join(map(re.escape, lexicon.words("names.toml", "korean_surnames")))
                          + r")\s+[A-Z][a-z]+(?:-[a-z]+|\s+[A-Z][a-z]+)")


# the head of a body's name right before a capitalised run ("Bộ Ngoại Xinh-ga-po ...": organisations.toml [org_heads])
_BODY_HEAD_RIGHT_BEFORE = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_ORGS, "org_heads") + r")\s$")


# a seat of government opening a run before a name ("người đứng đầu Lầu Năm Góc Giêm Mát-tít"): no part of the name
_SEAT_OPENING = re.compile(r"(?:" + "|".join(re.escape(seat) for seat in lexicon.by_length(
    list(lexicon.records("organisations.toml", "seat_heads")))) + r")\s+(?=[A-ZĐ])")


def _strip_prefix_words(s: str, a: int, b: int) -> tuple[int, str | None, int]:
    """Move the start of a capitalised run past regions, countries, organisation words and honorifics.

    Returns (name start, country named there, end of the title part: the name start before honorifics)."""
    country = None
    # a country name ending inside the run: "Chủ tịch Ủy ban châu Âu Ursula von der Leyen"
    for m in country_pattern().finditer(s, max(0, a - 40), b):
        if m.start() < a < m.end() < b:
            country = code_of(m.group(1))
            a = m.end() + 1
    # an organisation's name begun in lower case before the run, ending inside it ("Trung ương Đoàn Bùi Văn An")
    for m in _ORG_ANYWHERE.finditer(s, max(0, a - 30), b):
        if m.start() < a < m.end() < b:
            a = m.end()
    # a title's second syllables in Title Case opening the run after the head ("Thủ tướng Chính Phủ Phạm Minh Chính",
    # real pages of round 147): no part of the name
    pair = re.match(r"(\S+ \S+) (?=\S)", s[a:b])
    if pair and pair.group(1).lower() in _TITLE_COMPOUNDS and HEAD_RE.search(s, max(0, a - 25), a):
        a += pair.end()
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
        # the second of a hyphened pair of countries naming a body ("Liên minh Nghị sĩ hữu nghị Nhật - Việt X", "...
        # Nhật Bản - Việt Nam X", round 137): the holder's country is the pair's first, the name after the second
        if (pair := _PAIR_BEFORE.search(s, max(0, a - 40), a)) and (
                (second := country_pattern().match(seg)) or (second := _PAIR_FORM.match(seg))) \
                and seg[second.end():second.end() + 1] == " " and second.end() < len(seg):
            country = code_of(pair.group(1))
            a += second.end() + 1
            changed = True
            continue
        if (pair := _PAIR_BEFORE.search(s, max(0, a - 40), a)) and (
                (second := country_pattern().fullmatch(seg)) or (second := _PAIR_FORM.fullmatch(seg))):
            a = b  # "..., Chủ tịch Liên minh Nghị sĩ hữu nghị Nhật - Việt": the pair's second ends the run, no name
            break
        m = _GEO.match(seg)
        if m and m.end() < len(seg):
            a += m.end()
            while a < b and s[a] in " -":
                a += 1
            changed = True
            continue
        # a province whose name holds a country's ("Bí thư Lào Cai X", round 140): the place, not the country
        places = _places_with_country_words()
        if places is not None and (pm := places.match(seg)) and (pm.end() == len(seg) or seg[pm.end()] == " "):
            country = country or place_country(pm.group(0))
            a += pm.end() + 1
            changed = True
            continue
        m = country_pattern().match(seg)
        if m and (head := HEAD_RE.match(seg)) and head.end() > m.end():
            m = None  # a title opening on a country's word ("Đức Thánh Cha"): the title, below
        if m and (m.end() == len(seg) or seg[m.end()] == " "):
            rest = seg[m.end():].strip()
            # "Nhà nước Israel Israel Katz": a country right after the same country opens the name
            if rest and not (country and code_of(m.group(1)) == country):
                # "... tình hình ở Ukraine Ông Putin": a capitalised "Ông" opens a sentence whose break was lost (a
                # headline run into its lead); the country before it is not the person's
                if not _LOST_BREAK_HONORIFIC.match(rest):
                    country = code_of(m.group(1))
                a += m.end() + 1
                changed = True
                continue
        # a short form of a country before a name that is not Vietnamese ("Thủ tướng Ấn Narendra X")
        first, _, rest = seg.partition(" ")
        if rest[:1].isupper() and (code := alone_form(first)) and not vietnamese_syllables(rest):
            country = code
            a += len(first) + 1
            changed = True
            continue
        # a body's word cut short before its country ("Bộ Ngoại Xinh-ga-po Chee Wee Kiong"): the name after it
        if _BODY_HEAD_RIGHT_BEFORE.search(s, max(0, a - 30), a) and (m := country_pattern().match(rest)) \
                and len(rest[m.end():].split()) >= 2 and rest[m.end():m.end() + 1] == " ":
            country = code_of(m.group(1))
            a += len(first) + 1 + m.end() + 1
            changed = True
            continue
        # (two capitals right after the country, before a name of two words, are initials: "Thủ tướng Nepal KP
        # Sharma Oli")
        initials = country is not None and re.fullmatch(r"[A-Z]{2}", first) is not None and len(rest.split()) >= 2
        m = _ORG_CAPS.match(seg) or (None if initials else _ACRONYM.match(seg)) or _SEAT_OPENING.match(seg)
        if m and m.end() < len(seg) and not _KOREAN_NAME.fullmatch(seg):  # "Ban Ki-moon" is no "Ban" (committee)
            a += m.end()
            changed = True
            continue
        # a title written in capitals opens the run ("Emir Qatar Tamim Al Thani"): the name follows it
        m = HEAD_RE.match(seg)
        if m and m.end() < len(seg) and seg[m.end()] == " " and m.group(1)[:1].isupper():
            a += m.end() + 1
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


def _kept_honorific(chain: str) -> str:
    """The honorifics written before a name, when the chain opens with one kept in the stored name
    (honorifics.toml [kept_in_name]: "Sheikh", "Dato"); else ""."""
    chain = chain.strip()
    return chain if chain and chain.split()[0].rstrip(".") in _KEPT_HONORIFICS else ""


_ORG_TAIL = re.compile(r"\b(Bộ(?!\s+trưởng)|" + lexicon.alternation(_ORGS, "org_tails") + r")\b[^,]*$")


_TRAILING_RANK = re.compile(r"\s+(?:Đức\s+)?(?:" + lexicon.alternation(_HONORIFICS, "ranks_before_name") + r")\s*$")


# the minister or deputy minister of a ministry closing a title ("Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng")
_MINISTER_OF_MINISTRY = re.compile(r"(?:^|,\s*)(?:[Bb]ộ|[Tt]hứ)\s+trưởng(?:\s+(?:[Tt]hường trực|thứ nhất))?\s+Bộ\s+[^,]*$")


# "nước này" (this country) closing a title stands for a country named earlier in the sentence
_THIS_COUNTRY = re.compile(r"\s+(?:của\s+)?nước này$")


_TENURE_AFTER_COUNTRY = re.compile(r"\s+(?:" + lexicon.alternation(_TITLES, "tenure_after_country") + r")\s*$")


def _title_country(title: str) -> tuple[str, str | None]:
    """Strip a trailing country from a title and return it ("Thủ tướng Đức" -> "Thủ tướng", "DE")."""
    # a dash between the title and the name ("Thủ tướng Malaysia - ông X") is no part of the title
    title = re.sub(r"\s*[-–]\s*$", "", title)
    # nor is where the holder stands in his term, after the country ("Thủ tướng Đức sắp mãn nhiệm X")
    title = _TENURE_AFTER_COUNTRY.sub("", title)
    # a clerical or military rank written between the title and the name is not part of the title
    title = _TRAILING_RANK.sub("", title.rstrip(" ,"))  # "TITLE COUNTRY, NAME": the comma closes the title
    bracket = re.search(r"\s*\(([^()]{2,40})\)\s*$", title)  # "Tỉnh trưởng tỉnh Luang Prabang (Lào)"
    # (a region before the country: "(Quảng Tây, Trung Quốc)", round 137)
    bracket_country = code_of(bracket.group(1).rsplit(",", 1)[-1].strip()) if bracket else None
    if bracket_country:
        title = title[:bracket.start()]
    # a short form that stands for a country alone, written last ("Thủ tướng Ấn" before "Narendra X")
    head, _, last = title.strip().rpartition(" ")
    found = countries_in(title)
    if found and found[0][1] == 0 and (lead := HEAD_RE.match(title)):
        found = [f for f in found if f[1] >= lead.end()]  # (a country's word inside the head is none: "Đức Thánh Cha")
    # (not the last word of a longer country name: "Thái" of "Do Thái")
    longer = bool(found) and title[found[-1][2]:].strip() == "" and found[-1][1] < len(head)
    if head and bracket_country is None and not longer and (code := alone_form(last)):
        return head, code
    if len(found) >= 2 and title[found[-1][2]:].strip() == "" and re.fullmatch(r"\s*[-–]\s*", title[found[-2][2]:found[-1][1]]):
        # a body named by a pair, last ("Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam - Nhật Bản", round 129): the title is
        # whole, the holder's country the pair's first (each side names its own first)
        return title.strip(), found[-2][0]
    country = found[-1][0] if found else None
    is_org = found and _COUNTRY_BODY.match(title[found[-1][1]:])
    if found and title[found[-1][2]:].strip() == "" and found[-1][1] > 0 and not is_org:
        head = title[:found[-1][1]].strip()
        ruling = re.search(r"\s+cầm quyền(?:\s+(?:ở|tại))?$", head)
        if ruling:
            title = head[:ruling.start()]  # "Đảng Mặt trận Dân tộc (MTDT) cầm quyền Algeria": where it rules
        # keep "Quốc vụ khanh Bộ Ngoại giao Anh" whole: the country there names the ministry (but the minister of
        # it is the country's minister: "Bộ trưởng Bộ Y tế Lào" -> "Bộ trưởng Bộ Y tế", as "Bộ trưởng Y tế Lào")
        elif not _ORG_TAIL.search(head) or _MINISTER_OF_MINISTRY.search(head):
            # "Thủ tướng Quốc vụ viện nước Cộng hòa Nhân dân Trung Hoa": "nước" (country) goes with the name,
            # except in "Chủ tịch nước"
            title = re.sub(r"(?<!Chủ tịch)\s+nước$", "", head)
            title = re.sub(r"\s+(?:của|thuộc)$", "", title)  # "Thư ký ... của Tòa Thánh"
    if country is None or bracket_country:
        # a local official ("Bí thư Tỉnh ủy Lạng Sơn", "Tỉnh trưởng tỉnh Luang Prabang"): the place gives the country
        # and, unlike a country, stays in the title: it says which province's official (since 1.169.0; the labellers
        # of stops 38 and 39 wrote it in every such title)
        # (not a place's name inside a region's: "Thái Bình" in "khu vực Tây Thái Bình Dương")
        places = list(place_pattern().finditer(_GEO.sub(lambda m: "x" * len(m.group(0)), title)))
        if places:
            country = country or place_country(title[places[-1].start(1):places[-1].end(1)])
    return clean_title(title), country or bracket_country


# a bracket that stays inside a title: a country ("Tỉnh trưởng tỉnh Luang Prabang (Lào) X", masked to x's) or the
# acronym of the body named before it ("Trưởng Ban Đối ngoại Đảng Lao động Triều Tiên (WPK), X")
# (a masked country, an acronym "(ANC)", or a body's short name in words "(Nhân đại toàn quốc)": a capital first and a
# lower-case word in it, as no person's name has)
_BRACKETED_IN_TITLE = re.compile(r"\s?\((?:x+|[A-ZĐ][A-ZĐ0-9&-]{1,9}|[A-ZĐ][^\W\d_]*(?:\s[^\W\d_]+){0,3}?"
                                 r"\s[a-zà-ỹđ][^\W\d_]*(?:\s[^\W\d_]+){0,2})\)")
# a body named in the title before the acronym ("Đảng", "Ủy ban"; not "Bộ trưởng"): a news agency's tag after a
# title ("Tổng thống Pháp (AFP), X cho biết") names no body and still ends the title
_BODY_BEFORE = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_ORGS, "org_heads") + r")\s+(?!trưởng\b)")


def _brackets_in_title(text: str, fill: str = "") -> str:
    """The text with the brackets that stay inside a title replaced by `fill` (same length when it is "x")."""
    def repl(m: re.Match[str]) -> str:
        if not re.fullmatch(r"\s?\(x+\)", m.group(0)) and not _BODY_BEFORE.search(text, 0, m.start()):
            return m.group(0)
        return fill * len(m.group(0))
    return _BRACKETED_IN_TITLE.sub(repl, text)


# "và" may sit inside a title ("Quốc vụ khanh phụ trách Pháp ngữ và Đối tác quốc tế"); before a rank or a
# title it joins two people ("Tổng Bí thư Tô Lâm và ông Donald Trump"), and names in between cut the title anyway
_PLACE_BEFORE_TITLE = re.compile(r"(?<![\w])(" + lexicon.alternation(_ORGS, "buildings") + r")\s+$")
_WITH_NAME_BETWEEN = re.compile(r"\b(cùng|với)\b|\bvà\s+(?:" + ADDRESS + r"|đồng chí)\b|\bvà\s*$", re.I)


# the most words a name with particles may have: a Gulf style of four generations ("Sheikh Saud bin Abdulrahman bin
# Hassan bin Ali al-Thani", nine words, round 90)
_LONGEST_STYLED_NAME = 10
# a title head alone, after a prefix that does not change it ("Quyền Đại sứ")
_BARE_HEAD = re.compile(r"(?:(?:" + lexicon.alternation(_TITLES, "optional_prefixes") + r")\s+)?" + HEAD_RE.pattern, re.I)


def _posted_in_country(s: str, name_a: int) -> int:
    """Start of "tại COUNTRY" right before the name at name_a ("Đại sứ Việt Nam tại Liên bang Nga X": the
    posting), or -1."""
    found = [m for m in country_pattern().finditer(s, max(0, name_a - 60), name_a) if not s[m.end():name_a].strip()]
    for m in found:  # the longest country name ending at the name ("Vương quốc Anh và Bắc Ireland")
        at = re.search(r"\btại\s*$", s[:m.start()])
        if at:
            return at.start()
    return -1


# a transliterated name's original spelling in brackets, then a comma before an appositive title
_ORIGINAL_THEN_TITLE = re.compile(r"\s*\(([^()]{1,40})\)\s*,\s*")


# the partner closing an opening phrase of the call ("(Còn) trong cuộc điện đàm với ông X, ..."): a title after the
# comma is the subject of the clause, not X's
# (or "Khi trao đổi với ông X, Tổng thống Mỹ tái khẳng định ...", round 86)
_OPENING_CALL_PARTNER = re.compile(r"^\W*(?:(?:còn|và|nhưng)\s+)?(?:(?:trong|tại)\s+(?:cuộc|buổi)\b[^,;.]{0,60}?|khi\s+"
                                   r"(?:trao đổi|nói chuyện|điện đàm|trò chuyện))\s*\bvới\s+(?:" + ADDRESS + r"\s+)?$", re.I)


# a country's name and its short form in brackets ("Các Tiểu vương quốc Ả Rập Thống nhất (UAE)")
_COUNTRY_SHORT_FORM = re.compile(country_pattern().pattern + r"(\s*\(([^()]{2,12})\))")


def _blank_country_short_forms(s: str) -> str:
    """The short form a country's name is followed by in brackets, blanked (same length, so offsets hold): it stands
    between the country and the name after it ("người đồng cấp Các Tiểu vương quốc Ả Rập Thống nhất (UAE) X")."""
    if "(" not in s:
        return s

    def blank(m: re.Match[str]) -> str:
        if code_of(m.group(3)) is None or code_of(m.group(3)) != code_of(m.group(1)):
            return m.group(0)
        return m.group(0)[:m.start(2) - m.start(0)] + " " * len(m.group(2))
    return _COUNTRY_SHORT_FORM.sub(blank, s)


# a region and its country in brackets after a local title ("Thị trưởng thành phố Bách Sắc (Quảng Tây, Trung Quốc) X")
_REGION_AND_COUNTRY = re.compile(r"\(([^(),]{1,25}),\s*([^()]{2,30})\)")


def _blank_regions_before_countries(s: str) -> str:
    """A bracketed "(region, country)" read as "(country)", same length (the region's room left as spaces after the
    bracket): a country in brackets inside the title (round 137)."""
    def blank(m: re.Match[str]) -> str:
        if not code_of(m.group(2).strip()):
            return m.group(0)
        return f"({m.group(2)})".ljust(len(m.group(0)))
    return _REGION_AND_COUNTRY.sub(blank, s) if "(" in s else s


def _people_of_a_country(run: str) -> bool:
    """ "Người Maroc": a country's people (a demonym), never a person's name."""
    return run.startswith("Người ") and code_of(run[len("Người "):]) is not None


# a body's name in its own language, in brackets between a title and a name ("Chủ tịch Hạ viện Ấn Độ (Lok Sabha) X";
# not an acronym, "(WHO)", which the press keeps in the title)
_GLOSS = re.compile(r"(?<=[^\W\d_]) \([A-Z][a-z][A-Za-z'’\- ]{0,40}\)(?= [A-ZĐ])")


# an office's acronym in brackets between its country and a name ("Đại diện Thương mại Mỹ (USTR) Robert
# Lighthizer", round 124): blanked like a gloss when a country name ends right before it
# (not a news agency's tag, organisations.toml [news_agencies]: "Tổng thống Pháp (AFP) ...")
_ACRONYM_AFTER_COUNTRY = re.compile(r" \((?!(?:" + lexicon.alternation(_ORGS, "news_agencies") + r")\))[A-Z][A-Z&]{1,7}\)"
                                    r"(?= [A-ZĐ][^\W\d_]*[a-zà-ỹđ])")


def _blank_acronyms_after_countries(s: str) -> str:
    """The text with an office's acronym between a country and a name blanked, same length."""
    def blank(m: re.Match[str]) -> str:
        ends_on_country = any(c.end() == m.start() for c in country_pattern().finditer(s, max(0, m.start() - 40), m.start()))
        return " " * len(m.group(0)) if ends_on_country else m.group(0)
    return _ACRONYM_AFTER_COUNTRY.sub(blank, s)


def find_mentions(s: str) -> list[Mention]:
    """Officials named in one sentence: TITLE [COUNTRY] NAME, RANK NAME[, TITLE...], "người đồng cấp" NAME."""
    # ("Hạ viện Ấn Độ (Lok Sabha) X": the gloss blanked, same length, so offsets hold)
    orig = _blank_acronyms_after_countries(_GLOSS.sub(lambda m: " " * len(m.group(0)), s))
    s = orig.replace("\u00d0", "Đ")  # some pages print "Ð" (U+00D0) for "Đ"; same length, so offsets hold
    s = _blank_country_short_forms(_blank_regions_before_countries(s))
    out: list[Mention] = []
    # capitalised pieces of a country name cut by its lower-case words ("Các Tiểu vương quốc Ả-rập Thống nhất")
    # are no names
    spans = [(m.start(), m.end()) for m in country_pattern().finditer(_mask_geo(s))]
    # (and a head inside a country's name is no title: "Tiểu vương" of "Các Tiểu vương quốc Ả Rập Thống nhất")
    heads = [h for h in HEAD_RE.finditer(s) if not any(ca < h.start() < cb for ca, cb in spans)]
    # (nor is a run that a country name goes on past: "HĐBA Liên Hợp quốc")
    # (nor the people of a country: "Người Maroc" in "Bộ trưởng Ngoại giao, ... và Người Maroc ở nước ngoài X")
    runs = [(a, b) for a, b in _name_runs(s) if not any(ca <= a and b <= cb or a < ca < b < cb for ca, cb in spans)
            and not _GEO.fullmatch(s[a:b]) and not _people_of_a_country(s[a:b])]
    # names between a title and a later name cut the title ("Tổng thống Mỹ Donald Trump, Ngoại trưởng Nga X")
    blocking = []
    stripped = {(ra, rb): _strip_prefix_words(s, ra, rb) for ra, rb in runs}  # each run's, computed once
    for ra, rb in runs:
        sa = stripped[ra, rb][0]
        # (one word when people.toml lists it, or right after a title: "Tổng thống Trump, Tổng Bí thư X", "Tổng
        # thống Moon ca ngợi Tổng thống Mỹ X")
        word = s[sa:rb]
        one_named = listed_country(word) or (any(h.end() + 1 == ra for h in heads) and word[1:].islower()
                                             and re.match(r"\s+[a-zà-ỹđ]", s[rb:rb + 3]) is not None
                                             and not _place_run(s, ra, rb) and not _ORG_HEAD.match(word + " "))
        if sa < rb and (len(s[sa:rb].split()) >= 2 or one_named) and not code_of(s[sa:rb]) \
                and not _ORG_NAME.match(s, sa) and not _ORG_CAPS.match(s[ra:rb] + " "):
            blocking.append((ra, rb))  # ("Bộ Công Thương" in "Bộ trưởng Bộ Công Thương, Trưởng đoàn ... X" blocks nothing)
    # the names among them that are people's, not an organisation's words ("Bộ trưởng Công Thương")
    people_runs = [ra for ra, rb in blocking if not ((org := _ORG_CAPS.match(s[ra:rb] + " ")) and org.end() > rb - ra)
                   and not _ORG_CAPS.match(s[stripped[ra, rb][0]:rb] + " ") and not _place_run(s, ra, rb)
                   and not _party_name_run(s, ra, rb)]
    for a, b in runs:
        name_a, country, title_end = stripped[a, b]
        if name_a >= b:
            continue
        while b > name_a and s[b - 1] in "'’":
            b -= 1  # a closing quote glued to the name ("... với Tổng Bí thư Tô Lâm'", a headline of round 134)
        name = s[name_a:b]
        words = name.split()
        org = _ORG_CAPS.match(name + " ")
        if HEAD_RE.fullmatch(name) or code_of(name) or _countries_joined(name) \
                or (len(words) == 1 and not s[b:].strip() and cut_country(name)) \
                or len(words) > (_LONGEST_STYLED_NAME if _NAME_PARTICLES & {w.lower() for w in words} else 5) \
                or _GEO.fullmatch(name) \
                or _ORG_NAME.match(name + " ") or _ORG_NAME.match(s, name_a) \
                or (len(name) >= 2 and all(len(w.strip(".")) >= 2 and w.isupper() for w in words)) \
                or words[0] in ("Các", "Những") or (org and org.end() > len(name)) \
                or (name.lower() in _TITLE_COMPOUNDS and re.search(r"(?<![\w])[a-zà-ỹđ]+\s+$", s[:name_a])):
            continue  # "Bộ trưởng Công Thương"; "tổ chức Y Tế thế giới": a word of a body after a common noun; acronyms
            # alone ("Chủ tịch UBND TP. Hải Phòng": no person named "UBND TP", round 131)
        if name_a == a and (_place_run(s, a, b) or _party_name_run(s, a, b)):
            continue  # "Thống đốc tỉnh Aranda", "Phó Châu trưởng châu Hồng Hà, ...": the place, not a person
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
            if comma and not HEAD_RE.search(before, max(0, comma.start() - 80), comma.start()):
                comma = None  # "Hôm 5/3, Thái tử X": the comma ends a date, not a title
            # ("Thái tử Ả-rập Xê-út X": a rank that is also a title is the title)
            anchor = comma.start() if comma else a if HEAD_RE.fullmatch(rank_direct.group(1)) \
                else rank_direct.start(1)
        if anchor == a and any(h.start() == a and h.end() <= name_a for h in heads):
            anchor = name_a  # a title inside the run of capitals it opens ("TT John Carter"): the name follows it
        cand = [h for h in heads if h.end() <= anchor and a - h.start() <= 200]
        for h in reversed(cand):
            if not h.group(1)[:1].isupper() and not _ACTING.match(h.group(1)) and h.start() > 0 and not (
                    (not s[h.end():anchor].strip() or _ELECT_OR_TENURE_BETWEEN.fullmatch(s, h.end(), anchor))
                    and h.group(1).lower() in _ROLE_HEADS) \
                    and not _capitalised_post(s, h.end(), anchor) \
                    and not h.group(1).startswith("người "):  # "người đứng đầu chính sách đối ngoại": no capital
                continue  # a title in lower case counts only as a principal's, before a country and a name ("tổng thống Mỹ X")
            between = s[h.end():anchor]
            if _PLACE_BEFORE_TITLE.search(s, max(0, h.start() - 12), h.start()) and between.strip():
                continue  # "tại Phủ Chủ tịch", "Văn phòng Thủ tướng": a building or an office, not a title
                # (but "Văn phòng Tổng thống Pháp Emmanuel Macron": the office of the one named, who holds the title)
            # masked up to the name, so that a country name the run starts inside is masked whole ("Vương quốc Anh
            # và Bắc Ireland David Lammy")
            masked = country_pattern().sub(lambda m: "x" * len(m.group(0)), s[h.end():max(anchor, b)])[:len(between)]
            masked = re.sub(r"\btại\s+(?=x)", "", masked)  # "Đại sứ Việt Nam tại Mỹ X"
            if country:
                masked = re.sub(r"\btại\s*$", "", masked)
            # "Tỉnh trưởng tỉnh Luang Prabang (Lào) X": a country in brackets stays inside the title
            # "Thủ tướng Đức Scholz và Tổng thống Nga Putin": "và" before another title joins two people
            # (but "Phó Thủ tướng kiêm Ngoại trưởng và Bộ trưởng Quốc phòng Ireland X": after "kiêm" the posts of one
            # person go on, "và" joining them)
            held = re.search(r"(?<![\w])kiêm\s+$", s[max(0, h.start() - 6):h.start()]) is not None
            joins_two = any(re.search(r"\bvà\s+$", between[:g.start()]) and not (
                held or re.search(r"(?<![\w])kiêm\s", between[:g.start()])) for g in HEAD_RE.finditer(between))
            if _title_breaks(masked, h.group(1)) or re.search(r"[.;:()\"“”|]", _brackets_in_title(masked)) \
                    or _WITH_NAME_BETWEEN.search(masked) or joins_two:
                if not TITLE_BREAK.search(masked) and _ABOUT.search(masked) and any(
                        _TOPIC_HEADS.match(g.group(1)) and g.start() < h.start() for g in cand):
                    continue  # "Đặc phái viên Tổng thống Mỹ về khí hậu X": the "về" belongs to the envoy's post
                break
            if _PREDICATE.search(s[:h.start()]):
                break  # "trên cương vị Bộ trưởng Ngoại giao Hàn Quốc, Phó Thủ tướng X": a predicate, not X's title
            if any(h.end() <= ra and rb <= anchor for ra, rb in blocking):
                break
            title = s[h.start():anchor]
            start = h.start()
        # "cựu Tổng thống Mỹ X": the title as written, a former official; "Quyền Ngoại trưởng X" an acting one (not
        # the "quyền" of "chủ quyền", "nhân quyền")
        former = re.search(r"(?<![\w])(?:[Cc]ựu|nguyên|[Ứứ]ng cử viên|[Ứứ]ng viên|Quyền|(?<!\w )quyền)\s+$",
                           s[max(0, start - 14):start]) if title else None
        if former:
            start -= len(former.group(0))
        title_stop = title_end if anchor == a else anchor
        if title is None:
            rm = _RANK_RE.search(before)
            cm = _COUNTERPART.search(before)
            right_before = next((sp for sp in spans if sp[1] <= a and not s[sp[1]:a].strip()), None)
            if cm is None and right_before and (cm := _COUNTERPART.search(s, 0, right_before[0])):
                # "người đồng cấp Các tiểu vương quốc Arab thống nhất (UAE) Sheikh X": a country name the run of the
                # name does not take in (lower-case words inside it), between the counterpart and the name
                country = country or code_of(s[right_before[0]:right_before[1]])
            peer = _PEER_THEN_RANK.search(before, 0, rm.start(1)) if rm else None
            place = place_pattern().match(s, rm.start(1) if rm else a)
            if place and place.end() >= name_a + 1:
                continue  # "tỉnh Bà Rịa - Vũng Tàu": a place opening on a word that reads as a rank ("Bà"), no person
            if peer and _PHRASE_WITH_OPENING.fullmatch(before, 0, peer.start()):
                peer = None  # "Với người đồng cấp Brazil, ông X thống nhất ...": X talks with the counterpart (round 116)
            if peer and code_of(peer.group(1)):
                # "người đồng cấp Trung Quốc, Đô đốc X": the counterpart, a rank before the name
                counterpart = True
                country = country or code_of(peer.group(1))
                start = peer.start()
            elif rm:
                rank_only = True
                start = rm.start(1)
            elif cm:
                counterpart = True
                start = cm.start()
                if cm.group("this") and country is None:
                    # the last country named before that is no other official's ("Bộ Ngoại giao Nhật Bản cho biết,
                    # Ngoại trưởng Mỹ A và người đồng cấp nước này B": Japan)
                    taken = {m.country for m in out}
                    named = [code_of(c.group(1)) for c in country_pattern().finditer(_mask_geo(s), 0, start)]
                    country = next((c for c in reversed(named) if c not in taken), None)
            elif (new := _PEER_NEW_IN_POST.search(before)) and code_of(new.group(1)):
                # "người đồng cấp Mỹ mới được bổ nhiệm X": the counterpart of that country, new in the post
                counterpart = True
                country = country or code_of(new.group(1))
                start = new.start()
            elif title_end < name_a:
                rank_only = True  # "Tan Sri X, Thủ tướng Malaysia": an honorific opening the name works as a rank
                start = title_end
            elif out and _PLURAL_RANK.search(s, 0, out[-1].name_start) and _LIST_JOIN.fullmatch(s, out[-1].end, a):
                rank_only = True  # "với các ông A và B", "các bà A, B và C": the plural rank covers each name
                start = a
            elif re.match(r"\s*,\s*[A-ZĐ]", s[b:]) and len(words) >= 2 and (a == 0 or re.search(r"[,;:(]\s*$", before)):
                bare = True  # "Antony Blinken, Ngoại trưởng Mỹ, ...": only an appositive title makes it a mention
            else:
                continue
        elif country and (re.search(r"\btại\s*$", s[:a]) or _posted_in_country(s, name_a) >= 0):
            # "Đại sứ Việt Nam tại Mỹ X": the country after "tại" is the posting, not X's nationality
            posting = _posted_in_country(s, name_a)
            home = countries_in(s[start:posting if posting >= 0 else a])
            country = home[-1][0] if home else None
            # (a post's title as stored without its countries: "Quyền Đại sứ Mỹ tại Nhật Bản X" is "Quyền Đại sứ",
            # round 87, as "Đại sứ Mỹ X" is "Đại sứ"; a body's name keeps them, "Tư lệnh Lực lượng Mỹ tại Hàn Quốc")
            post = orig[start:start + home[-1][1]] if home else ""
            title = clean_title(post if _BARE_HEAD.fullmatch(post.strip()) else orig[start:title_stop])
        else:
            # "Chủ tịch Thượng viện Pháp Chủ tịch Quốc hội X" (headlines run together): a country closing one title
            # before another title head opens; the title and its country are the last one's
            # (only a title opening on a head with a second one after it can be two: the masking is not done for
            # every mention)
            if HEAD_RE.match(orig, start, title_stop) and sum(1 for _ in HEAD_RE.finditer(orig, start, title_stop)) >= 2:
                for cm in country_pattern().finditer(_mask_geo(orig[:title_stop]), start, title_stop):
                    head_after = HEAD_RE.match(orig, cm.end() + 1, title_stop)
                    if head_after and orig[cm.end():cm.end() + 1] == " " and head_after.group(1)[:1].isupper():
                        start = cm.end() + 1
            title, tcountry = _title_country(orig[start:title_stop])
            this = _THIS_COUNTRY.search(title)
            if this and tcountry is None:
                # "Đài CCTV của Trung Quốc đưa tin Chủ tịch nước này X": the country named before in the sentence
                title = title[:this.start()]
                # (not the country of an official named before: "trong cuộc điện đàm với Ngoại trưởng Pháp A,
                # Ngoại trưởng nước này B" is B of the country the report is about)
                named = [c for c in countries_in(orig[:start]) if not any(m.start <= c[1] < m.end for m in out)]
                tcountry = named[-1][0] if named else None
            country = country or tcountry
            if country is None and out and (peer := _PEER_THEN_RANK.search(s, max(out[-1].end, start - 60), start)) \
                    and code_of(peer.group(1)):
                # "A làm việc với người đồng cấp phía Nhật Bản, Thứ trưởng X": the counterpart's country
                # (not in an opening phrase: "Trao đổi với người đồng cấp Lào, Thủ tướng A ..." names A's partner)
                country = code_of(peer.group(1))
        end = b
        # (a bare rank-like head before the name gives way to an appositive post after it: "Đại sứ X, Đại diện Thương
        # mại Hoa Kỳ", titles.toml [rank_like_heads])
        if title is None or bare or title in _RANK_LIKE_HEADS and country is None:
            # "X, TITLE", "X - TITLE", "X (TITLE)"
            app = re.match(r"\s*,\s*|\s+[-–]\s+|\s*\(\s*(?=[A-ZĐ])", s[b:])
            original = _ORIGINAL_THEN_TITLE.match(s[b:])
            if original and not HEAD_RE.match(original.group(1)):
                app = original  # "Ra-un Ca-xtơ-rô Rút-xơ (Raul Castro Ruz), Bí thư thứ nhất ...": the original, the title
            if app and app.group(0).strip() == "," and _OPENING_CALL_PARTNER.search(s, 0, a):
                app = None  # "Trong cuộc điện đàm với ông X, Tổng thống Mỹ nhấn mạnh ...": the title opens the clause
            if app:
                rest = s[b + app.end():]
                parts = []
                stopped_by_name = False
                pos = b + app.end()
                chain_end = pos
                described = False
                for seg in re.split(r"(,\s*)", rest):
                    if seg.startswith(","):
                        pos += len(seg)
                        continue
                    # ("ông X, nhà sáng lập, Chủ tịch kiêm Tổng Giám đốc Tập đoàn Y": a short description of his in lower
                    # case, no title in it, before the post; written round 151)
                    if rank_only and not parts and not described and _DESCRIPTION_SEGMENT.fullmatch(seg) \
                            and not HEAD_RE.search(seg):
                        described = True
                        pos += len(seg)
                        continue
                    # (in lower case too right after "ông/bà X, ": "ông X, trợ lý Bộ trưởng Quốc phòng Mỹ")
                    # ("ông X, tân Thủ tướng Thái Lan": "tân" says X is new in the post, it is no part of the title)
                    new = (_NEW_BEFORE_TITLE.match(seg) or _ASIDE_BEFORE_TITLE.match(seg)) if rank_only and not parts else None
                    skip = new.end() if new else 0
                    # (and capitalised further along a chain: "ông X, Phó Bí thư Tỉnh ủy, Quyền Chủ tịch UBND tỉnh Y")
                    lead = _ACTING.match(seg, skip) if rank_only and not parts or seg.startswith("Quyền ") else None
                    hm = HEAD_RE.match(seg, lead.end() if lead else skip)
                    if not hm or not (seg[:1].isupper() or (rank_only and not parts and (
                            re.match(r"\s+[A-ZĐ]", seg[hm.end():]) or hm.group(0).lower() in _APPOSITIVE_HEADS))):
                        break  # (in lower case: "trợ lý Bộ trưởng ...", "cố vấn phụ trách ...", not "nghị sĩ đảng ...")
                    brk = TITLE_BREAK.search(seg, hm.end())
                    about = _ends_at_about(seg, hm.end(), seg)
                    if about and (brk is None or about.start() < brk.start()):
                        brk = about
                    cut = brk.start() if brk else len(seg)
                    cut = _and_ends_appositive(seg, hm.end(), cut, [ra - pos for ra in people_runs])
                    # "ông X, Thống đốc tỉnh Y (Thái Lan)": a country in brackets stays inside the title
                    cut2 = re.search(r"[.;:()]", _brackets_in_title(_mask_countries(seg[:cut]), "x"))
                    if cut2:
                        cut = cut2.start()
                    # "bà X, Bí thư Đảng Dân chủ (PD) - chính đảng đối lập lớn nhất nước này": a dash before lower
                    # case opens a gloss on the body, no part of the title (round 100)
                    if (gloss := _GLOSS_DASH.search(seg, hm.end())) and gloss.start() < cut:
                        cut = gloss.start()
                    # "ông X, Chánh Văn phòng Nhà Trắng của Tổng thống Y": X's post is the one of Y's office, so X's
                    # title ends before "của" (Y, named already, is not X)
                    inside = next((ra for ra in people_runs if pos <= ra < pos + cut), None)
                    of_holder = _OF_A_HOLDER.search(seg, 0, inside - pos) if inside is not None else None
                    if of_holder and of_holder.start() > hm.end():
                        cut = of_holder.start()
                    if any(pos <= ra < pos + cut for ra in people_runs):
                        stopped_by_name = True
                        break  # "ông X, Trưởng ban ..., Trưởng ban ... Lào Y đã ...": the next title is Y's
                    parts.append(orig[pos + skip:pos + cut].strip())
                    chain_end = pos + cut
                    pos += len(seg)
                    if cut < len(seg):
                        break
                if parts and bare and (stopped_by_name or any(b + app.end() <= ra < chain_end for ra, _ in blocking)):
                    parts = []  # "Hà Nội, Thủ tướng Phạm Minh Chính ...": the title belongs to the next name
                if parts:
                    title, tcountry = _title_country(", ".join(parts))
                    country = country or tcountry
                    rank_only = False
                    end = chain_end
                    if app.group(0).strip() == "(" and (close := re.match(r"\s*\)", s[end:])):
                        end += close.end()  # "ông X (Chủ tịch nước)": the bracket is the mention's
        if bare and title is None:
            continue
        if title is None and orig[name_a:b] in _SEAT_COUNTRIES:
            continue  # "người đứng đầu Phố Downing": a seat of government, no person's name
        if title is not None and (country_pattern().fullmatch(orig[name_a:b]) or (
                place := place_pattern().fullmatch(orig[name_a:b])) and place_country(place.group(1)) != "VN"):
            # "lãnh đạo Đảng Quốc gia Scotland (SNP), ...": the place ends the party's name, no person's (round 73)
            # (a Vietnamese province's name is a given name too: "Hòa Bình")
            continue
        pair = _LISTED_PAIR.fullmatch(orig, name_a, b)
        if pair and listed_country(pair.group(1)) and listed_country(pair.group(2)):
            # "Các ông A-B (đã) điện đàm", both in people.toml: two listed leaders written as a pair, two people
            out.append(Mention(name=pair.group(1), title=None, country=None, start=start, end=pair.end(1),
                               name_start=name_a, name_end=pair.end(1), rank_only=rank_only))
            out.append(Mention(name=pair.group(2), title=None, country=None, start=pair.start(2), end=end,
                               name_start=pair.start(2), name_end=b, rank_only=rank_only))
            continue
        out.append(Mention(name=orig[name_a:b], title=title, country=country, start=start, end=end,
                           name_start=name_a, name_end=b, rank_only=rank_only, counterpart=counterpart,
                           honorific=_kept_honorific(orig[title_end:name_a])))
    out = _drop_title_words_before_an_appositive_name(s, out)
    out = [_country_after_the_name(orig, m) for m in out]
    out = sorted(out + _bare_listed_partners(orig, out), key=lambda m: m.start)
    out = [_after_an_appositive(orig, m, out) for m in out]
    out = [_elected_after(orig, m) for m in out]
    out = [_after_an_opening_phrase(orig, m) for m in out]
    out = [_opening_phrase_object(orig, m) for m in out]
    # "Người phát ngôn của ông X": a title ending on "của" is another's post, of X's (X named by his address only)
    out = [_by_address_only(m) if m.title and _OF_THE_NAMED.search(m.title) else m for m in out]
    out = [_repeated_head(orig, m) for m in out]
    # ("Người phát ngôn của Thủ tướng Anh X": X is the Prime Minister, the spokesman unnamed)
    out = [replace(m, title=spoken.group(1), start=m.start + spoken.start(1)) if m.title and (
        spoken := _SPOKESMAN_OF.match(m.title)) else m for m in out]
    # ("Ngoại trưởng Mỹ, không chỉ ông Rubio mà cả ...": the words of a contrast are no post)
    out = [_without_contrast(m) if m.title and _CONTRAST_TAIL.search(m.title) else m for m in out]
    # "ông X, Thị trưởng Paris": a run inside another person's appositive title is part of that title
    out = [m for m in out if not any(o is not m and o.name_end <= m.start and m.end <= o.end for o in out)]
    return _second_of_two(orig, out, runs)


# a listed leader named bare right after "với"/"cho" and before a comma ("điện đàm rất hiệu quả với Tô Lâm, Tổng Bí
# thư đáng kính của ...", in a leader's own quote; round 126): the partner, his post told after the comma
_BARE_PARTNER = re.compile(r"\b(?:với|cho)\s+((?:[A-ZĐ][^\W\d_]*\s){1,3}?[A-ZĐ][^\W\d_]*)(?=\s*,)")


def _bare_listed_partners(s: str, found: list[Mention]) -> list[Mention]:
    """Mentions of people.toml's leaders named bare after "với"/"cho" (no title, no address word before them) and
    followed by a comma, where no mention is found: their country is the listed one."""
    out = []
    for m in _BARE_PARTNER.finditer(s):
        name = m.group(1)
        if (country := listed_country(name)) and not any(f.start < m.end(1) and m.start(1) < f.end for f in found):
            out.append(Mention(name=name, title=None, country=country, start=m.start(1), end=m.end(1),
                               name_start=m.start(1), name_end=m.end(1)))
    return out


_SPOKESMAN_OF = re.compile(r"(?:[Nn]gười phát ngôn|[Pp]hát ngôn viên)\s+của\s+(" + HEAD_RE.pattern + r".*)$")
_CONTRAST_TAIL = re.compile(r", (?:không chỉ|không phải|chứ không phải|chứ không|cũng như)$")


def _without_contrast(m: Mention) -> Mention:
    """The title up to the words of a contrast, its country read again ("Ngoại trưởng Mỹ")."""
    title, country = _title_country(m.title[:m.title.rfind(", ")])
    return replace(m, title=title, country=m.country or country)


def _repeated_head(s: str, m: Mention) -> Mention:
    """ "Văn phòng Truyền thông Tổng thống Thổ Nhĩ Kỳ, Tổng thống X": a title whose last post repeats the first with
    its country left out is an office's name, then the post; the post alone is the title (the country stays)."""
    if not m.title or ", " not in m.title:
        return m
    posts = m.title.split(", ")
    first, last = posts[0], posts[-1]
    if m.country is None or not first.startswith(last + " ") or code_of(first[len(last):].strip()) != m.country:
        return m
    at = s.rfind(last, m.start, m.name_start)
    return replace(m, title=last, start=at) if at >= 0 else m


# "và" ends an appositive title before a lower-case word, a person ("và ông Y") or another title ("và Thủ tướng
# ..."), not inside a ministry's name ("Bộ trưởng Nông nghiệp và Môi trường")
_PERSON_AFTER_AND = re.compile(ADDRESS + r"\s|(?i:" + HEAD_RE.pattern + r")|(?:"
                               + "|".join(sorted(map(re.escape, _RANKS), key=len, reverse=True)) + r")(?![\w])")


# heads that open a lower-case title after "ông X, " (titles.toml [appositive_heads])
_APPOSITIVE_HEADS = frozenset(lexicon.words(_TITLES, "appositive_heads"))
# heads that, bare before a name, are a rank an appositive post after the name overrides (titles.toml [rank_like_heads])
_RANK_LIKE_HEADS = frozenset(lexicon.words(_TITLES, "rank_like_heads"))
# "quyền" (acting) before a title: "tân quyền Bộ trưởng Quốc phòng Mỹ X" (a capitalised post after it), "ông X,
# quyền phụ tá ..." (a lower-case appositive title)
_ACTING = re.compile(r"[Qq]uyền\s+")  # (capitalised opening an appositive title: "ông X, Quyền Thủ tướng Thái Lan")
# ... or before a capitalised portfolio or body ("bộ trưởng Quốc phòng Mỹ X", "thư ký Hội đồng An ninh Nga X")
# (or a second post held with it: "thủ tướng kiêm Bộ trưởng Tài chính Singapore X")
_POST_AFTER_LOWER_HEAD = re.compile(r"\s+(?:kiêm\s+)?(?P<first>\w)[^,;.()\"“”]*$")



# a short description in lower case between a name's commas ("nhà sáng lập", "doanh nhân"): at most three words
_DESCRIPTION_SEGMENT = re.compile(r"[a-zà-ỹđ][^\W\d_]*(?:\s+[a-zà-ỹđ][^\W\d_]*){0,2}")
# "tổng thống đắc cử X", "thủ tướng sắp mãn nhiệm X": a lower-case head with only an elect's or a term's words before
# the name (real pages of round 150)
_ELECT_OR_TENURE_BETWEEN = re.compile(r"\s+(?:" + _ELECT_OR_TENURE + r")\s+")


def _capitalised_post(s: str, start: int, end: int) -> bool:
    """Whether s[start:end], between a lower-case head and the name, is a capitalised post or body ("Ủy ban ...")."""
    m = _POST_AFTER_LOWER_HEAD.match(s, start, end)
    return m is not None and m.group("first").isupper()


# "của Tổng thống [Mỹ] " right before a name inside an appositive title: the office of that name's holder
_OF_A_HOLDER = re.compile(r"\s+của\s+(?:" + HEAD_RE.pattern + r")(?:\s+[^\s,;.]+){0,3}?\s*$", re.I)
# a dash before lower case after a title: a gloss on the body it names ("Đảng Dân chủ (PD) - chính đảng đối lập ...")
_GLOSS_DASH = re.compile(r"\s[-–—]\s+(?=[a-zà-ỹđ])")
# "tân" (new in the post) before a title (titles.toml [new_before_title])
NEW_BEFORE_TITLE = "(?:" + lexicon.alternation(_TITLES, "new_before_title") + ")"
_NEW_BEFORE_TITLE = re.compile(NEW_BEFORE_TITLE + r"\s+")
# "hiện là", "lúc này là" opening an aside before the title (titles.toml [aside_before_title])
ASIDE_BEFORE_TITLE = "(?:" + lexicon.alternation(_TITLES, "aside_before_title") + ")"
_ASIDE_BEFORE_TITLE = re.compile(ASIDE_BEFORE_TITLE + r"\s+")


def _and_ends_appositive(seg: str, start: int, cut: int, names_at: list[int]) -> int:
    """Where "và" ends an appositive title seg[start:cut]: before a person ("và ông Y", "và Tiến sĩ Y", a name) or
    another title ("và Thủ tướng ..."), and before a lower-case word (except between the topics of a post "về":
    "về chính sách đối ngoại và an ninh"); not inside a ministry's name ("Bộ trưởng Nông nghiệp và Môi trường")."""
    topic = _ABOUT.search(seg, start, cut) is not None and _ends_at_about(seg, start, seg) is None
    for vm in re.finditer(r"\svà\s", seg[start:cut]):
        at = start + vm.end()
        if _PERSON_AFTER_AND.match(seg, at) or any(at <= n < cut for n in names_at) or (
                not is_cap(seg[at:at + 1]) and not topic):
            return start + vm.start()
    return cut


def _countries_joined(name: str) -> bool:
    """ "Kyrgyzstan-Tajikistan": two countries joined by a hyphen ("lãnh đạo Kyrgyzstan-Tajikistan"), no person."""
    parts = re.split(r"\s*[-–]\s*", name)
    return len(parts) > 1 and all(code_of(part) for part in parts)


def _mask_countries(text: str) -> str:
    """The text with its country names replaced by x's (same length)."""
    return country_pattern().sub(lambda m: "x" * len(m.group(0)), text)


_OF_THE_NAMED = re.compile(r"\s(?:của|cho)$")


def _by_address_only(m: Mention, **span: int) -> Mention:
    """A mention whose title turned out to be another's: the person named by a form of address only ("ông X"), the
    country only a leader of people.toml has; `span` moves its start or end."""
    return replace(m, title=None, country=listed_country(m.name), rank_only=True, **span)


def _after_an_appositive(s: str, m: Mention, found: list[Mention]) -> Mention:
    """ "ông X, Trưởng ban A, Trưởng ban B Lào Y": a title chain that opens inside X's appositive title keeps only the
    titles after it for Y; so does one that runs over X's whole mention ("với Quốc vương Ả-rập Xê-út X, Tổng thống
    Y": Y's title is "Tổng thống", and X's country is not his)."""
    x = next((x for x in found if x is not m and x.name_end <= m.start < x.end <= m.name_start), None)
    over = x is None and m.title is not None
    if over:
        x = next((x for x in found if x is not m and m.start <= x.start and x.end <= m.name_start), None)
    if x is None or m.title is None:
        return m
    rest = s[x.end:m.name_start]
    head = HEAD_RE.search(rest)
    if head is None and over and _ADDRESS_AFTER_COMMA.fullmatch(rest):
        # "Quốc vương Jordan X, ông Y": Y is named by his form of address only; the title before is X's
        return _by_address_only(m, start=x.end + len(rest) - len(rest.lstrip(" ,")))
    if head is None or not rest[:head.start()].strip(" ,") == "":
        return m
    # ("Bí thư Trung ương Đoàn, Chủ tịch Hội ... anh Y": a form of address before Y is no part of the title)
    rank = _RANK_RE.search(rest, head.end())
    title, country = _title_country(rest[head.start():rank.start(1) if rank and not HEAD_RE.fullmatch(rank.group(1))
                                          else len(rest)])
    if country is None:
        # (X's country read over into the chain is not Y's: "với ông X, Thứ trưởng Ngoại giao Ai Cập, Thứ trưởng Ngoại
        # giao Y đề nghị ...", round 143)
        country = None if m.country == x.country and listed_country(m.name) != m.country else m.country
    return replace(m, title=title, country=country, start=x.end + head.start())


# "Chủ tịch X của Palestine": the country written after the name
_OF_COUNTRY = re.compile(r"\s+(?:của|thuộc)\s+")


def _country_after_the_name(s: str, m: Mention) -> Mention:
    """A titled official with no country before the name and "của COUNTRY" right after it ("cho Chủ tịch X của
    Palestine, Thủ tướng Israel Y"): that country, the words part of the mention."""
    if m.country is not None or m.title is None or m.rank_only or not (of := _OF_COUNTRY.match(s, m.end)):
        return m
    c = country_pattern().match(s, of.end())
    if c is None or re.match(r"\w", s[c.end():c.end() + 1]):
        return m
    return replace(m, country=code_of(c.group(1)), end=c.end())


# a sentence opening on a phrase about the call that ends on its partner's title ("Trong cuộc điện đàm đầu tiên với
# Tổng thống Ukraine, bà X khẳng định ..."): the comma closes the phrase, and the title is not X's
# (or the source told first: "Theo người phát ngôn Văn phòng Thủ tướng Anh, ông X mô tả ...")
_OPENING_CALL_PHRASE = re.compile(r"\W*(?:(?:trong|tại|sau|trước|qua)\s+(?:các\s+|một\s+)?(?:cuộc|buổi)\b[^,;.]*?\bvới|"
                                  r"theo)\s+$", re.I)
_COMMA_ADDRESS = re.compile(r"[^,;.]*,\s*(?:ông|bà)\s+$")


def _after_an_opening_phrase(s: str, m: Mention) -> Mention:
    """ "Trong cuộc điện đàm với Tổng thống Ukraine, bà X ...": X named by her form of address only (the title
    before the comma is her partner's)."""
    if m.title is None or m.rank_only or not _OPENING_CALL_PHRASE.fullmatch(s, 0, m.start):
        return m
    tail = _COMMA_ADDRESS.fullmatch(s, m.start, m.name_start)
    if tail is None:
        return m
    address = s.rindex(",", m.start, m.name_start) + 1
    return _by_address_only(m, start=address + len(s[address:]) - len(s[address:].lstrip()))


# the object of a phrase opening the sentence ("Sau cuộc gọi với bà X, "): a title after its comma opens the next clause
_OPENING_PHRASE_OBJECT = re.compile(r"\W*(?:sau|trước|ngoài)\s+(?:khi\s+)?[^,;.:]{0,80}?\b(?:với|cho)\s+$", re.I)


def _opening_phrase_object(s: str, m: Mention) -> Mention:
    """ "Sau cuộc gọi với bà X, Thủ tướng Hy Lạp tiếp tục ...": the title after the comma is the subject of the main
    clause (not closed by a comma of its own as an appositive is), not X's."""
    if m.rank_only or m.title is None or m.name_end >= m.end or not _OPENING_PHRASE_OBJECT.fullmatch(s, 0, m.start):
        return m
    after = s[m.name_end:m.end]
    if not re.match(r"\s*,\s*", after) or re.match(r"\s*,", s[m.end:]):
        return m
    return _by_address_only(m, end=m.name_end)


# "chúc mừng ông X đắc cử Tổng thống Peru", "cho ông X để chúc mừng ông đắc cử Tổng thống Peru": the post X was
# elected to, after his bare name
# (or the post he has just taken, his title as it is: "để chúc mừng ông trở thành Bộ trưởng Ngoại giao ...")
_ELECTED_AFTER = re.compile(r"\s+(?:(?:để|nhằm)\s+chúc mừng\s+(?:ông|bà)\s+)?(?:vừa\s+|mới\s+)?(?:(?P<again>tái\s+)?(?P<elect>"
                            + lexicon.alternation("titles.toml", "elect") + r")|(?P<took>"
                            + lexicon.alternation("titles.toml", "post_taken") + r"))\s+(?:chức\s+)?")


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _elected_after(s: str, m: Mention) -> Mention:
    """A bare name followed by the post its holder was elected to ("ông X đắc cử Tổng thống Peru"): that post, as
    an elect's title ("Tổng thống đắc cử"), and its country (a title the article gives him elsewhere wins:
    `elected_only`). Re-elected ("tái đắc cử") he holds the post already: its title as it is."""
    if m.title is not None and not m.rank_only:
        return m
    el = _ELECTED_AFTER.match(s, m.end)
    head = HEAD_RE.match(s, el.end()) if el else None
    if head is None:
        return m
    end = head.end()
    if el.group("took"):
        # the post's capitalised words after its head, up to its country ("Bộ trưởng Ngoại giao mới của Pakistan")
        while (w := _NEXT_WORD.match(s, end)) and w.group(1)[0].isupper() and not country_pattern().match(s, w.start(1)):
            end = w.end()
            # (with its lower-case second syllable: "Ngoại giao", "Quốc phòng")
            if (low := _NEXT_WORD.match(s, end)) and low.group(1).islower() and (
                    (pair := f"{w.group(1)} {low.group(1)}".lower()) in _TITLE_COMPOUNDS or pair in _two_syllable_words()):
                end = low.end()
    country = country_pattern().match(s, end + 1) if s[end:end + 1] == " " else None
    title = s[head.start():end] if el.group("again") or el.group("took") else f"{head.group(0)} {el.group('elect')}"
    return replace(m, title=title, rank_only=False, elected_only=True,
                   country=code_of(country.group(1)) if country else m.country)


_ADDRESS_AFTER_COMMA = re.compile(r"\s*,\s*" + ADDRESS + r"\s+")
_APPOSITIVE_NAME_GAP = re.compile(r"\s*,\s*(?:(?:" + "|".join(sorted(map(re.escape, _RANKS), key=len, reverse=True))
                                  + r")\s+)?")


def _drop_title_words_before_an_appositive_name(s: str, found: list[Mention]) -> list[Mention]:
    """ "với đồng chí Ủy viên Trung ương ... cầm quyền Algieria, Mourad Lamoudi": one capitalised word closing a long
    title (a place misspelt, an organisation's word) is no person when, right after the comma, a name of two words
    or more takes the same title; the title is that name's. So is the one word naming a party or a body ("Chủ tịch
    Đảng Frelimo, Tổng thống Mozambique X")."""
    drop = set()
    for i, m in enumerate(found):
        if m.title is None or len(m.name.split()) != 1:
            continue
        window = s[max(0, m.name_start - 40):m.name_start]
        prev = re.search(r"(\S+)\s+$", window)
        after_org = _ORG_HEAD.match(prev.group(1) + " ") if prev else None  # "Đảng Frelimo, Tổng thống X": the party
        if prev is None or ((is_cap(prev.group(1)) or _TITLE_BEFORE.search(window)) and not after_org):
            continue  # "Thủ tướng Kishida, Olaf Scholz": a word right after a title head or a country is a name
        for x in found:
            if x is not m and x.start == m.start and x.name_start > m.name_end and len(x.name.split()) >= 2 \
                    and (_APPOSITIVE_NAME_GAP.fullmatch(s, m.name_end, x.name_start)
                         or (after_org and re.match(r"\s*,", s[m.name_end:x.name_start]))):
                drop.add(i)
    return [m for i, m in enumerate(found) if i not in drop] if drop else found


# "Thủ tướng hai nước A và B": the title written once for the two, with the two countries told after it
_OF_THE_TWO = re.compile(r"\s+hai\s+(?:nước|bên)$", re.I)


def _second_of_two(s: str, found: list[Mention], runs: list[tuple[int, int]]) -> list[Mention]:
    """ "hai Thủ tướng Lê Văn Hòa và Sato Kenji", "Thủ tướng hai nước Lê Văn Hòa và Sato Kenji": the title written
    once, in the plural, for both names. The found mentions, with the second names added."""
    out = []
    for m in found:
        of_the_two = _OF_THE_TWO.search(m.title) if m.title else None
        if not m.title or not (of_the_two or re.search(r"(?<![\w])hai\s+$", s[max(0, m.start - 5):m.start], re.I)):
            out.append(m)
            continue
        j = re.match(r"\s+và\s+", s[m.end:])
        a = m.end + j.end() if j else -1
        run = next(((ra, rb) for ra, rb in runs if ra == a), None)
        name = s[run[0]:run[1]] if run else ""
        if run is None or any(x.start <= a < x.end for x in found) or len(name.split()) < 2 or code_of(name) \
                or _GEO.fullmatch(name):
            out.append(m)
            continue
        title = m.title[:of_the_two.start()] if of_the_two else m.title
        out.append(replace(m, title=title))
        out.append(Mention(name=name, title=title, country=None, start=a, end=run[1], name_start=a, name_end=run[1]))
    return out


# the tagger's features take time quadratic in the sentence length: it sees at most this much around the verb
TAGGER_WINDOW_CHARS = 300


# "Tập Cận Bình-Putin", "Trump-Putin": two names joined by a hyphen with no space (each checked in people.toml)
_LISTED_PAIR = re.compile(r"(.+?)-([A-ZĐ][^\s-]+(?:\s[A-ZĐ][^\s-]+)*)")


# "các ông A, B và C": a plural rank before a list of names, each of them a person
_PLURAL_RANK = re.compile(r"(?<![\w])[Cc]ác\s+" + ADDRESS + r"\s+$")
_LIST_JOIN = re.compile(r"\s*(?:,|và|,\s*và)\s*")


_POST_NOUN = re.compile(r"\b(?:" + lexicon.alternation(_TITLES, "post_nouns") + r")\s+$", re.I)


# a second country joined to the first ("Mỹ và Chile", "Hàn - Mỹ")
_COUNTRY_JOINED = re.compile(r"\s*(?:,|và|-|–)\s*" + country_pattern().pattern)


def unnamed_mentions(s: str, mentions: list[Mention]) -> list[Mention]:
    """TITLE COUNTRY with no name after it ("điện đàm với Thủ tướng Nhật Bản."): the official is named elsewhere."""
    out = []
    masked = _mask_geo(s)
    countries = list(country_pattern().finditer(masked))
    for h in HEAD_RE.finditer(s):
        if not h.group(1)[:1].isupper() or any(m.start <= h.start() < m.end for m in mentions + out):
            continue
        c = next((c for c in countries if c.start() >= h.end()), None)
        if c is None or c.start() - h.end() > 40:
            continue
        between = s[h.end():c.start()]
        if _title_breaks(between, h.group(1)) or re.search(r"[.,;:()\"“”|]", between):
            continue
        after = s[c.end():c.end() + 40]
        if re.match(r"\s+[A-ZĐ]", after) or re.match(r"\s*,\s*" + ADDRESS + r"\b", after):
            continue  # a name (or an appositive name) follows: not unnamed
        if _POST_NOUN.search(s, max(0, h.start() - 20), h.start()):
            continue  # "giữ cương vị Tổng Bí thư ...": a post, not a person
        title = clean_title(s[h.start():c.start()])
        out.append(Mention(name="", title=title, country=code_of(c.group(1)), start=h.start(), end=c.end(),
                           name_start=c.end(), name_end=c.end(), unnamed=True))
    # "điện đàm với người đồng cấp Iran." with no name: Iran's official of the same rank, named elsewhere;
    # "với nhà lãnh đạo Ấn Độ": India's official named elsewhere (one leader: not "các nhà lãnh đạo"); a headline's
    # subject "Lãnh đạo Ethiopia điện đàm với ..." too
    for m in re.finditer(PEER + r"\s+|(?<!các )(?<!những )(?<!hai )\b[Nn]hà lãnh đạo\s+|^\W*Lãnh đạo\s+", s):
        c = country_pattern().match(masked, m.end())
        if c is None or re.match(r"\s+[A-ZĐ]", s[c.end():c.end() + 3]) or any(
                x.start <= m.start() < x.end for x in mentions + out):
            continue
        if m.group().lstrip()[:1] in "NL" and _COUNTRY_JOINED.match(masked, c.end()):
            continue  # "Lãnh đạo Mỹ và Chile đã điện đàm": one official of each (below)
        out.append(Mention(name="", title=None, country=code_of(c.group(1)), start=m.start(), end=c.end(),
                           name_start=c.end(), name_end=c.end(), counterpart=True, unnamed=True))
    # "với các nhà lãnh đạo Thái Lan và Campuchia", "với ngoại trưởng các nước Nhật Bản và Hàn Quốc": one unnamed
    # official of each country, named elsewhere (one call with each)
    for m in _LISTED_OFFICIALS.finditer(s):
        if any(x.start <= m.start() < x.end for x in mentions + out):
            continue
        listed = []
        pos = m.end()
        while (c := country_pattern().match(masked, pos)) is not None:
            listed.append(c)
            join = re.match(r"\s*(?:,|và|,\s*và)\s*", s[c.end():])
            if join is None:
                break
            pos = c.end() + join.end()
        if len(listed) != 2 or re.match(r"\s+[A-ZĐ]", s[listed[-1].end():listed[-1].end() + 3]):
            continue  # three or more: as likely one call of them all (a conference call) as one call with each
        word = m.group(1) or m.group(2)
        title = word[:1].upper() + word[1:] if HEAD_RE.fullmatch(word) else None
        for c in listed:
            out.append(Mention(name="", title=title, country=code_of(c.group(1)), start=c.start(), end=c.end(),
                               name_start=c.end(), name_end=c.end(), counterpart=title is None, unnamed=True))
    return out + seat_head_mentions(s, mentions + out)


def seat_head_mentions(s: str, mentions: list[Mention]) -> list[Mention]:
    """ "ông chủ Nhà Trắng", "người đứng đầu Điện Kremlin": the official the seat stands for, named elsewhere."""
    out = []
    for m in _SEAT_HEAD.finditer(s):
        if any(x.start <= m.start() < x.end for x in mentions + out):
            continue
        seat = m.group(1)
        out.append(Mention(name="", title=_SEAT_HEAD_TITLES[seat], country=_SEAT_COUNTRIES[seat], start=m.start(),
                           end=m.end(), name_start=m.end(), name_end=m.end(), unnamed=True))
    return out


_LISTED_OFFICIALS = re.compile(
    r"(?<![\w])(?:(?:các|những|(?<=với )hai)\s+(" + lexicon.alternation(_TITLES, "two_officials") + r"|lãnh đạo|" + PEER + r")"
    r"|(" + lexicon.alternation(_TITLES, "two_officials") + r")\s+các\s+nước)\s+(?:của\s+)?(?:(?:các\s+)?nước\s+)?")
_SEAT_HEAD_TITLES = {seat: r["title"] for seat, r in lexicon.records("organisations.toml", "seat_heads").items()}
_SEAT_COUNTRIES = {seat: r["country"] for seat, r in lexicon.records("organisations.toml", "seats").items()}
_SEAT_HEAD = re.compile(r"(?<![\w])(?i:" + lexicon.alternation(_TITLES, "seat_head_words") + r")\s+("
                        + "|".join(re.escape(x) for x in lexicon.by_length(list(_SEAT_HEAD_TITLES))) + r")(?![\w])")


# "cuộc điện đàm giữa ngoại trưởng hai nước Mỹ và Thái Lan": one title, two countries, the two officials named
# elsewhere in the article
_PAIR_OPEN = re.compile(r"\bgiữa\s+(?:hai\s+)?$", re.I)
_PAIR_JOIN = re.compile(r"\s*(?:và|với|-|–)\s*")
_PAIR_FILLER = re.compile(r"(?:\s+[a-zà-ỹđ]+){0,3}?\s+(?:hai nước\s+|của\s+)?", re.I)


def country_pair_mentions(s: str, mentions: list[Mention]) -> list[Mention]:
    """Two unnamed officials of one title told by their countries after "giữa" ("giữa ngoại trưởng hai nước Mỹ
    và Thái Lan", "giữa Bộ trưởng Quốc phòng Mỹ và Trung Quốc"); resolved like "điện đàm với Thủ tướng Nhật Bản"."""
    out: list[Mention] = []
    masked = _mask_geo(s)
    for h in HEAD_RE.finditer(s):
        if not _PAIR_OPEN.search(s, max(0, h.start() - 12), h.start()) or any(
                m.start <= h.start() < m.end for m in mentions):
            continue
        c1 = country_pattern().search(masked, h.end(), h.end() + 40)
        if c1 is None:
            continue
        gap = s[h.end():c1.start()]
        if gap and not _PAIR_FILLER.fullmatch(gap) and not re.fullmatch(r"(?:\s+[A-ZĐ][^\s,.;]*){1,2}\s+", gap):
            continue
        join = _PAIR_JOIN.match(s, c1.end())
        c2 = country_pattern().match(masked, join.end()) if join else None
        if c2 is None or re.match(r"\s+[A-ZĐ]", s[c2.end():c2.end() + 3]):
            continue  # "giữa Ngoại trưởng Mỹ và Nga Lavrov": the second has a name; the usual rules read it
        title = clean_title(re.sub(r"\s+(?:hai nước|của)\s*$", "", s[h.start():c1.start()]).strip())
        title = title[:1].upper() + title[1:]
        for start, c in ((h.start(), c1), (c2.start(), c2)):
            out.append(Mention(name="", title=title, country=code_of(c.group(1)), start=start, end=c.end(),
                               name_start=c.end(), name_end=c.end(), unnamed=True))
    return out


# "hai nhà lãnh đạo Nga và Mỹ", "hai Ngoại trưởng Pháp - Đức": the two officials told by their countries
_TWO_OFFICIALS_BEFORE = re.compile(r"(?<![\w])(?:[Hh]ai|[Cc]ác)\s+(" + lexicon.alternation(_TITLES, "two_officials")
                                   + r")\s+(?:hai nước\s+)?$")
_PAIR_FORM = re.compile(r"(" + "|".join(PAIR_FORMS) + r")(?![\w-])")
# a country and a hyphen right before a run: the first of a pair ("Nhật Bản - ", "Nhật - ")
_PAIR_BEFORE = re.compile(country_pattern().pattern + r"\s*[-–]\s*$")
# "Lãnh đạo Hàn - Mỹ": "lãnh đạo" right before two countries joined by a hyphen
_LEADERS_OF_PAIR = re.compile(r"(?<![\w])([Ll]ãnh đạo)\s+$")
_HYPHEN_JOIN = re.compile(r"\s*[-–]\s*")
# "Các ngoại trưởng Hàn Quốc, Trung Quốc": a comma joins the two countries too (but not a list of three)
_TWO_COUNTRIES_JOIN = re.compile(r"\s*(?:và|với|-|–|,)\s*")


# "lãnh đạo hai nước Nga và Mỹ", "Bộ trưởng Quốc phòng hai nước Mỹ - Nga": a title (and its portfolio) of two
# countries' officials
_OFFICIALS_OF_TWO = re.compile(r"(?<![\w])(" + lexicon.alternation(_TITLES, "two_officials") + r"|lãnh đạo)"
                               r"((?:\s+[A-ZĐ][^\W\d_]*(?:\s+[a-zà-ỹđ]+)?){0,3})\s+hai nước\s+$")


def two_officials_of_countries(s: str, mentions: list[Mention]) -> list[Mention]:
    """ "Hôm 7/6, hai nhà lãnh đạo Nga và Mỹ đã hội đàm qua video": one unnamed official of each country (the title
    when the words are one, else like "nhà lãnh đạo Nga"), resolved to the officials of those countries the article
    names; never the two people of a nearby sentence, who may be on another call."""
    out: list[Mention] = []
    masked = _mask_geo(s)
    for c1 in country_pattern().finditer(masked):
        two = _TWO_OFFICIALS_BEFORE.search(s, max(0, c1.start() - 40), c1.start()) \
            or _OFFICIALS_OF_TWO.search(s, max(0, c1.start() - 60), c1.start())
        join = _TWO_COUNTRIES_JOIN.match(s, c1.end()) if two else None
        if two is None and (leaders := _LEADERS_OF_PAIR.search(s, max(0, c1.start() - 20), c1.start())):
            # "Lãnh đạo Hàn - Mỹ điện đàm": leaders of two countries written as a hyphened pair; "Lãnh đạo Mỹ và
            # Chile đã nói chuyện điện thoại" opening the sentence, the two its subject
            two, join = leaders, _HYPHEN_JOIN.match(s, c1.end())
            if join is None and not s[:leaders.start()].strip(" \t\"“-–—"):
                join = re.compile(r"\s+và\s+").match(s, c1.end())
        c2 = country_pattern().match(masked, join.end()) if join else None
        if c2 is None and join is not None and join.group(0).strip() in "-–":
            c2 = _PAIR_FORM.match(s, join.end())  # "hai nhà lãnh đạo Mỹ - Trung"
        if two is None or c2 is None or re.match(r"\s+[A-ZĐ]", s[c2.end():c2.end() + 3]) or any(
                m.start < c2.end() and two.start() < m.end for m in mentions):
            continue
        third = _TWO_COUNTRIES_JOIN.match(s, c2.end())
        if (third and country_pattern().match(masked, third.end())) or (
                "," in join.group(0) and not two.group(0)[:3].lower() == "các"):
            continue  # "hai nhà lãnh đạo Nga, Mỹ và Pháp", "... Nga, Mỹ": a list, not a pair
        word = two.group(1) + (two.group(2) if two.re is _OFFICIALS_OF_TWO else "")
        title = word[:1].upper() + word[1:] if HEAD_RE.fullmatch(word) else None
        for start, c in ((two.start(), c1), (c2.start(), c2)):
            out.append(Mention(name="", title=title, country=code_of(c.group(1)) or PAIR_FORMS.get(c.group(1)),
                               start=start, end=c.end(),
                               name_start=c.end(), name_end=c.end(), counterpart=title is None, unnamed=True))
    return out or _title_of_two_countries_opening(s, mentions)


def _title_of_two_countries_opening(s: str, mentions: list[Mention]) -> list[Mention]:
    """ "Tổng thống Nga, Mỹ cũng thảo luận ... trong cuộc điện đàm": a title opening the sentence before two countries
    and no name, the subject of the sentence: one unnamed official of each."""
    h = HEAD_RE.match(s, len(s) - len(s.lstrip(" \t\"“-–—")))
    if h is None or not h.group(1)[:1].isupper() or any(
            m.start < h.end() + 60 and h.start() < m.end and not m.unnamed for m in mentions):
        return []
    masked = _mask_geo(s)
    c1 = country_pattern().match(masked, h.end() + 1) if s[h.end():h.end() + 1] == " " else None
    join = _TWO_COUNTRIES_JOIN.match(s, c1.end()) if c1 else None
    c2 = country_pattern().match(masked, join.end()) if join else None
    if c2 is None or re.match(r"\s+[A-ZĐ]", s[c2.end():c2.end() + 3]) or _TWO_COUNTRIES_JOIN.match(s, c2.end()) and \
            country_pattern().match(masked, _TWO_COUNTRIES_JOIN.match(s, c2.end()).end()):
        return []  # (a name follows, or a list of three)
    title = h.group(1)
    return [Mention(name="", title=title, country=code_of(c.group(1)), start=start, end=c.end(), name_start=c.end(),
                    name_end=c.end(), unnamed=True) for start, c in ((h.start(), c1), (c2.start(), c2))]


_SUBJECT_TAIL = re.compile(r"((?:\s+(?:" + lexicon.alternation(_TITLES, "bare_title_portfolios") + r"))*)\s+"
                           r"(?:(?:" + lexicon.alternation(_TITLES, "subject_auxiliaries") + r")\s+)*$")


def bare_title_subject(s: str, mentions: list[Mention], t0: int) -> list[Mention]:
    """ "Cùng ngày, Thủ tướng cũng điện đàm với B": a title with no name and no country opening the clause of the
    verb is the official so titled earlier in the article (resolved like an unnamed partner)."""
    if any(m.end <= t0 for m in mentions) or not any(m.start >= t0 for m in mentions):
        return []
    clause_start = max(s.rfind(",", 0, t0), s.rfind(";", 0, t0), s.rfind(":", 0, t0)) + 1
    clause = s[clause_start:t0]
    h = HEAD_RE.search(clause)
    if h is None or not h.group(1)[:1].isupper() or clause[:h.start()].strip():
        return []
    tail = _SUBJECT_TAIL.match(clause, h.end())
    if tail is None:
        return []
    return [_unnamed(clean_title(clause[h.start():h.end() + len(tail.group(1))]), clause_start + h.start())]


def _unnamed(title: str, at: int) -> Mention:
    """A title with no name at `at` of the sentence, standing for the official so titled elsewhere."""
    return Mention(name="", title=title, country=None, start=at, end=at + len(title), name_start=at + len(title),
                   name_end=at + len(title), unnamed=True)


# "Thủ tướng cho biết: \"Tối qua, tôi vừa điện đàm với B\"": a title with no name telling a first-person quote
_TELLER_BEFORE_QUOTE = re.compile(r"(?:^|[,.;:]\s*)(?P<title>[A-ZĐ][^,.;:\"“]{1,40}?)\s+(?:"
                                  + lexicon.alternation("telling.toml", "says") + r")\s*:?\s*[\"“]"
                                  r"(?:[^\"”,.;]{1,30},\s*)?\s*(?:tôi|chúng tôi)\s+[^\"”]*$", re.I)


_FIRST_PERSON_QUOTE_OPEN = re.compile(r"[\"“][^\"”]{0,40}?\b(?:tôi|chúng tôi)\s+[^\"”]*$", re.I)
_TELLER_AFTER_QUOTE = re.compile(r"[\"”]\s*,\s*(?P<title>[A-ZĐ][^,.;:\"“”]{1,40}?)\s+(?:"
                                 + lexicon.alternation("telling.toml", "says") + r")\b")


def bare_title_teller(s: str, mentions: list[Mention], t0: int) -> list[Mention]:
    """ "Thủ tướng cho biết: \"Tối qua, tôi vừa điện đàm với B\"": the bare title telling the first-person quote the
    call wording at t0 stands in is the official so titled earlier in the article (resolved like an unnamed partner;
    written round 146)."""
    if any(m.end <= t0 for m in mentions) or not any(m.start >= t0 for m in mentions):
        return []
    m = _TELLER_BEFORE_QUOTE.search(s, 0, t0)
    if m is None and _FIRST_PERSON_QUOTE_OPEN.search(s, 0, t0):
        # "\"Sáng nay tôi vừa điện đàm với B\", Thủ tướng chia sẻ": the bare title telling it after the quote
        m = _TELLER_AFTER_QUOTE.search(s, t0)
    if m is None or HEAD_RE.fullmatch(m.group("title")) is None:
        return []
    return [_unnamed(m.group("title"), m.start("title"))]


def with_tagged_names(s: str, mentions: list[Mention], t0: int = 0, t1: int = 0) -> list[Mention]:
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
    regions = [(g.start(), g.end()) for g in _GEO.finditer(s)]  # ("các nhà lãnh đạo Arab": no one's name)
    for word, tag in tagged:
        i = s.find(word, pos)
        if i < 0:
            continue
        pos = i + len(word)
        if tag != "Np" or not word[:1].isupper() or code_of(word) or _GEO.fullmatch(word) or HEAD_RE.fullmatch(word) \
                or any(a <= i < b for a, b in regions):
            continue
        if any(ch.isdigit() for ch in word) or word in _SEAT_COUNTRIES:
            continue  # "COVID-19", "G20": no person's name has a digit; "Điện Kremlin" is a seat of government
        if len(word.split()) > 4 or any(m.start <= i < m.end or i <= m.name_start < pos for m in out):
            continue
        out.append(Mention(name=word, title=None, country=None, start=i, end=pos, name_start=i, name_end=pos,
                           rank_only=True, tagged=True))
    out.sort(key=lambda m: m.start)
    return out
