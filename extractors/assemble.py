"""Call assembly: from the call candidates of an article (`extractors.candidates`) to one `Call` record per call.

Steps (run by `extractors.calls.extract`): `Article` knows every person of the article (fullest name, title, country
across all their mentions); `resolve_unnamed` replaces "Thủ tướng Nhật Bản" with no name by the official so titled;
`group_by_pair` merges the candidates of the same two people (and splits a pair's calls of different days);
`build_call` gives each group its participants, date, medium, evidence, initiator and findings;
`earlier_calls_of_a_pair` adds the earlier call of a pair the article tells of as news too.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property, lru_cache
from itertools import pairwise

from extractors import lexicon
from extractors.candidates import (
    ALSO,
    ORDINAL_CALL,
    SECOND_CALL,
    THIS_IS,
    Candidate,
    continues_a_list,
    opens_a_round,
    told_as_both,
)
from extractors.countries import code_of, country_pattern
from extractors.dates import (
    DAY_PART,
    ENTRY_CLOCK,
    RELATIVE_CLAUSE_OPENING,
    DateHit,
    before_told,
    call_noun_day,
    find_dates,
    last_dated_before,
    opening_date,
    opens_or_took_place,
    pick_date,
    resolve_date,
    same_day_date,
    sentence_year,
    this_year,
    told_before,
    told_in_a_quote,
    took_place_day,
)
from extractors.findings import INITIATOR, call_findings
from extractors.mentions import (
    INTL_ORG,
    TITLE_BREAK,
    Mention,
    countries_in,
    country_pair_mentions,
    find_mentions,
    is_cap,
    two_officials_of_countries,
    unnamed_mentions,
)
from extractors.names import (
    SHORT_FORMS,
    TRANSLITERATIONS,
    VN_SURNAMES,
    NameIndex,
    fold,
    listed_country,
    middle_name_left_out,
    name_country_guess,
)
from extractors.records import Call, Finding, Participant
from extractors.roles import role_and_title
from extractors.sentences import Sentence, headline_indices
from extractors.triggers import CALL_WORDING, GATE, VIDEO_WORDING, another_call_as_a_time, skip_trigger

_ORGS = "organisations.toml"
# heads of bodies of the UN system are UN officials (country "UN", docs/conventions.md)
_UN_BODY = re.compile(r"(?<![\w])(" + lexicon.alternation(_ORGS, "un_bodies") + r")(?![\w])", re.I)
# seats of government stand for their country ("Theo Nhà Trắng, Tổng thống Joe Biden ...")
_SEATS = {name: r["country"] for name, r in lexicon.records(_ORGS, "seats").items()}
_SEAT_RE = re.compile("|".join(sorted(map(re.escape, _SEATS), key=len, reverse=True)))
# bodies only one country has ("Ban Liên lạc Đối ngoại", "Chính hiệp"): the country of whoever holds a post in one
_BODIES = {name.lower(): r["country"] for name, r in lexicon.records(_ORGS, "national_bodies").items()}
_BODY_RE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, _BODIES), key=len, reverse=True)) + r")(?!\w)",
                      re.I)


def drop_unconfirmed_headline_calls(order: list[frozenset], calls: dict[frozenset, CallGroup], heads: set[int],
                                     all_mentions: dict[int, list[Mention]], index: NameIndex) -> list[frozenset]:
    """A call stated only in the headline, with a partner the body never names ("điện đàm với Trưởng ban Liên lạc
    ..." read as a person "Liên"), is the body's call told short: it is dropped when the body reports a call with
    the same other side. (A headline partner the body names too merges with the body's call by name already.)"""
    if len(order) < 2 or not heads:
        return order
    body_people: set[str] = set()
    for i, ms in all_mentions.items():
        if i not in heads:
            body_people.update(fold(index.expand(m.name)) for m in ms if not m.unnamed)
    body_keys = [k for k in order if any(c.sentence.index not in heads for c in calls[k].cands)]

    def countries(k: frozenset) -> dict[str, str | None]:
        return {fold(p.name): p.country for p, _ in (calls[k].a, calls[k].b)}

    keep = []
    for k in order:
        if k not in body_keys:
            confirmed = {n for n in k if n in body_people}
            if len(confirmed) == 2 and all(c.resolved for c in calls[k].cands):
                # "Ngoại trưởng Trung Quốc - Mỹ điện đàm" over the body's call of another Chinese official with
                # the same American: a title the headline gives loosely resolved to the wrong person
                confirmed = {n for n in k if any(n in bk for bk in body_keys)}
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


def resolve_unnamed(candidates: list[Candidate], flat: list[Mention],
                    person_of: Callable[[Mention], Person]) -> list[Candidate]:
    """Replace each unnamed mention by the named official of the article with that title (or that post: "Bộ trưởng
    Ngoại giao Anh" is "Bộ trưởng Bộ Ngoại giao Anh Dominic Raab") and country, the most mentioned one; never the
    other side of the same call. Drop the candidate when the article names nobody so."""
    people = []
    plain: dict[str, tuple[str | None, Mention]] = {}  # "ông Zelensky": people named with no title anywhere
    for x in flat:
        if x.tagged or x.unnamed:
            continue
        p = person_of(x)
        if p.title:
            people.append((_title_key(p.title), p.country, x, p.mentions, _post_role(p.title)))
        elif (x.rank_only or x.counterpart) and (x.country or listed_country(p.name)):
            # only a country written with the name or listed in people.toml: a Vietnamese-looking name ("ông
            # Nguyễn Văn B") may be anyone's; "người đồng cấp Trung Quốc B" is B of that country
            plain.setdefault(fold(p.name), (x.country or listed_country(p.name), x))
    out = []
    for c in candidates:
        sides: list[Mention | None] = []
        for m, other in ((c.a, c.b), (c.b, c.a)):
            if not m.unnamed:
                sides.append(m)
                continue
            taken = None if other.unnamed else fold(other.name)
            if m.title is None:  # "người đồng cấp Iran": the most mentioned official of that country
                match = [(False, n, 0, x) for t, cc, x, n, _ in people if cc == m.country]
                if m.counterpart and other.title and not other.unnamed:
                    # ... or the one holding the other side's post, of that country or of none written ("với người đồng
                    # cấp Australia. Người đối thoại là tân Bộ trưởng Ngoại giao X, trong Chính phủ của Thủ tướng Y",
                    # round 133): a counterpart holds the same post
                    head, role = _title_key(other.title), _post_role(other.title)
                    peers = [(False, n, 0, x) for t, cc, x, n, r in people if cc in (m.country, None)
                             and fold(x.name) != fold(other.name) and _title_fit(head, role, t, r, False, True) >= 2]
                    match = peers or match
            else:
                head, role = _title_key(m.title), _post_role(m.title)
                # a bare title subject has no country: the Vietnamese official so titled comes first
                match = [(cc == "VN", n, _title_fit(head, role, t, r, m.country is None, cc == m.country), x)
                         for t, cc, x, n, r in people if (m.country is None or cc in (m.country, None))]
                match = [v for v in match if v[2] > 0]
            match = [v for v in match if taken is None or fold(v[-1].name) != taken]
            if not match and m.country and m.title is None and other.unnamed:
                # "Lãnh đạo Hàn - Mỹ điện đàm ... Tổng thống Moon ...": the one official the article gives a title
                # and no country (the other side of the pair taken)
                loose = {fold(x.name): (False, n, 0, x) for t, cc, x, n, _ in people if cc is None
                         and fold(x.name) != taken}
                match = list(loose.values()) if len(loose) == 1 else []
            if not match and m.country:
                # "... với Tổng thống Ukraine. Ông Zelensky cảm ơn ...": the one person of that country named with
                # no title (a leader of people.toml, a name whose form tells its country)
                only = [x for key, (cc, x) in plain.items() if cc == m.country and key != taken]
                # the title is the one the call sentence gives him
                match = [(False, 0, 0, replace(only[0], title=m.title, country=m.country, rank_only=False,
                                               counterpart=m.counterpart))] \
                    if len(only) == 1 and (m.title or m.counterpart) else []
            sides.append(max(match, key=lambda v: v[:3])[-1] if match else None)
        if sides[0] is not None and sides[1] is not None:
            c.resolved = c.resolved or c.a.unnamed or c.b.unnamed
            c.a, c.b = sides
            out.append(c)
    return out


def _title_key(title: str) -> str:
    """A title's matching form: folded, "Bộ trưởng Bộ X" read as "Bộ trưởng X" (the ministry named or not), "Nhà vua"
    read as "Quốc vương" (one post, two words for it)."""
    return re.sub(r"^nha vua\b", "quoc vuong", re.sub(r"^((?:pho )?bo truong) bo ", r"\1 ", fold(title)))


def _post_role(title: str) -> str:
    """The role of a title's last post ("Phó Thủ tướng, Bộ trưởng Ngoại giao" -> foreign_minister)."""
    return role_and_title(title)[0]


# roles that name one post of a country, so that two titles with the role are the same post ("Ngoại trưởng" and
# "Bộ trưởng Ngoại giao"); a "minister" or "other" title names one of many posts
_ONE_POST_ROLES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "parliament_speaker",
                             "party_leader"})


def _title_fit(head: str, role: str, title: str, title_role: str, bare: bool, same_country: bool) -> int:
    """How well an official's title fits an unnamed mention's: 3 the same title, 2 the same one-post role in the
    same country, 1 one title the start of the other (0: no fit). It breaks ties of the most mentioned official."""
    if title == head:
        return 3
    if same_country and role == title_role and role in _ONE_POST_ROLES:
        return 2
    if title.startswith(head + " ") or (bare and head.startswith(title + " ")):
        return 1
    return 0


@dataclass
class Person:
    """One official across all mentions in an article."""

    name: str
    title: str | None = None
    country: str | None = None
    mentions: int = 0
    guessed: bool = False  # country from the form of the name only (not from people.toml)
    honorific: str = ""  # kept honorifics written before the name somewhere ("Sheikh"): stored before it

    @property
    def stored_name(self) -> str:
        """The name as the record stores it: with the kept honorifics before it, and the period of a generational
        suffix that the sentence's end took from it ("Ferdinand Marcos Jr.", round 90)."""
        name = f"{self.honorific} {self.name}" if self.honorific else self.name
        return name + "." if name.endswith((" Jr", " Sr")) else name


@lru_cache(maxsize=4096)
def _title_then_country(title: str, country: str) -> re.Pattern[str]:
    """A title, up to three capitalised words, and one of the country's names (compiled once a process)."""
    from extractors.countries import BY_CODE

    names = "|".join(re.escape(n) for n in sorted(BY_CODE[country].all_names, key=len, reverse=True))
    return re.compile(r"(?<![\w])" + re.escape(title) + r"((?:\s+[^\W\d_][\w]*){1,3}?)\s+(?:" + names + r")(?![\w])")


@lru_cache(maxsize=4096)
def _country_before(full: str) -> re.Pattern[str]:
    """A country's name right before a person's full name (compiled once a process)."""
    return re.compile(r"(" + country_pattern().pattern + r")\s+" + re.escape(full) + r"(?![\w-])")


def complete_title(title: str, country: str, sentences: list[Sentence], name: str = "") -> str:
    """A short title completed from an unnamed use in the article ("Bộ trưởng" + "Bộ trưởng Quốc phòng Việt Nam");
    never by words of the holder's own name ("Ngoại trưởng Pompeo nhắc lại Mỹ ..." completes nothing)."""
    from extractors.countries import BY_CODE

    if BY_CODE.get(country) is None or len(title.split()) > 2:
        return title
    own = set(name.split())
    pat = None
    for s in sentences:
        if title not in s.text:
            continue
        pat = pat or _title_then_country(title, country)
        m = pat.search(s.text)
        # (not a name then "của COUNTRY": "Chủ tịch X của Palestine" is no longer title)
        if m and not TITLE_BREAK.search(m.group(1)) and is_cap(m.group(1).strip()) \
                and not re.search(r"\s(?:của|thuộc)$", m.group(1)) and not own & set(m.group(1).split()):
            inner = country_pattern().search(s.text, m.start(1))  # no end bound: "Đại Hàn Dân Quốc" is one name
            if inner is None or inner.start() >= m.end(1):
                return title + m.group(1)
    return title


# an original spelling in brackets right after a name: two or three capitalised Latin words
_ORIGINAL_SPELLING = re.compile(r"\s*\(([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\)")


# --- candidates -------------------------------------------------------------------------------------------------
# --- people -----------------------------------------------------------------------------------------------------
# a Vietnamese family name right before a country word: the word is a given name ("Lê Nga", "Trần Đức")
_AFTER_A_FAMILY_NAME = re.compile(r"(?<![\w])(?:" + "|".join(sorted(VN_SURNAMES, key=len, reverse=True)) + r") $")


class Article:
    """The people of an article across all their mentions, for full names, titles and countries; and what the
    article says about dates and countries as a whole."""

    def __init__(self, text: str, sentences: list[Sentence], mentions: dict[int, list[Mention]],
                 published: date | None, published_month: tuple[int, int] | None = None) -> None:
        for s in sentences:
            if s.index not in mentions and re.search(r"[A-ZĐ]", s.text):
                mentions[s.index] = find_mentions(s.text)
        self.text = text
        self.sentences = sentences
        self.mentions = mentions
        self.published = published
        self.published_month = published_month  # (year, month) when the publication is known only to the month
        self.flat = [m for ms in mentions.values() for m in ms]
        self.index = NameIndex([m.name for m in self.flat])
        # "Ri-si Xu-nác (Rishi Sunak)": the original spelling in brackets after a transliterated name is the same
        # person ("ông Sunak" further on)
        for s in sentences:
            for m in mentions.get(s.index, ()):
                if "-" in m.name and (orig := _ORIGINAL_SPELLING.match(s.text, m.name_end)):
                    self.index.add_alias(orig.group(1), m.name)
                elif "-" in m.name and (latin := TRANSLITERATIONS.get(fold(m.name))):
                    self.index.add_alias(latin, m.name)  # "Đô-nan Trăm" and "ông Trump" in one article
                elif (full := SHORT_FORMS.get(fold(m.name))) and any(fold(x.name) == fold(full) for x in self.flat):
                    self.index.add_alias(m.name, full)  # "ông Jokowi" beside "Tổng thống Joko Widodo"
        # mentions grouped by the person they name, once per article (not once per call: that was quadratic)
        self.by_person: dict[str, list[Mention]] = {}
        for x in self.flat:
            self.by_person.setdefault(fold(self.index.expand(x.name)), []).append(x)
        self._completed_titles: dict[tuple[str, str, str], str] = {}
        # the pairs of people each sentence reports a call of (filled by `group_by_pair`)
        self.pairs_by_sentence: dict[int, set[frozenset[str]]] = {}
        # a call's year comes from its date phrase, the publication date or the URL (given as `published`), or a
        # "năm nay" the text ties to a year; never from other numbers of the text (issue 14)
        self.this_year = this_year(text, infer=published is None and published_month is None)

    def reports_another_call(self, s: Sentence, pair: set[str]) -> bool:
        """Whether the sentence reports a call of other people ("Hôm 7/6, hai nhà lãnh đạo Nga và Mỹ đã hội đàm qua
        video" beside a call of the US and Ukraine): its day and medium are that call's."""
        return any(k != pair for k in self.pairs_by_sentence.get(s.index, ()))

    @cached_property
    def headlines(self) -> set[int]:
        """The indices of the sentences that are the article's headline (read once for every call)."""
        return headline_indices(self.sentences, self.text)

    @cached_property
    def named_countries(self) -> list[tuple[str, int, int]]:
        """Every naming of a country in the text, with its offsets (read once for `foreign` and `country_pairs`)."""
        return countries_in(self.text)

    def _glosses_a_city(self, a: int) -> bool:
        """The country named at `a` is in brackets after a city where someone is ("tại Paris (Pháp)"); only a
        naming right after "(" is searched for it, so that a long page does not scan its text once per naming."""
        return self.text[a - 1:a] == "(" and _WHERE_GLOSS.search(self.text, 0, a) is not None

    @cached_property
    def foreign(self) -> list[str]:
        """Foreign countries named in the article, once per naming (seats of government count for theirs); a
        country word inside a person's name is no naming ("Đức" of "Hoàng Đức Thắng", "Anh" of "Tô Anh Dũng"), nor
        is the country glossing a city where someone is ("đang dưỡng bệnh tại Paris (Pháp)", round 81)."""
        in_names = [(s.start + m.name_start, s.start + m.name_end) for s in self.sentences if s.start >= 0
                    for m in self.mentions.get(s.index, ())]
        # (nor one right after a Vietnamese family name: a byline, "Lê Nga", round 129)
        foreign = [c for c, a, b in self.named_countries if c not in ("VN", None)
                   and not any(x <= a and b <= y for x, y in in_names) and not self._glosses_a_city(a)
                   and not _AFTER_A_FAMILY_NAME.search(self.text, max(0, a - 12), a)]
        foreign += [_SEATS[m.group(0)] for m in _SEAT_RE.finditer(self.text)]
        return foreign

    @cached_property
    def country_pairs(self) -> list[tuple[str, str]]:
        """Countries the text names as a pair ("Nhật Bản và Mỹ", "quan hệ Việt - Mỹ"), in both orders."""
        found = [(c, a, b) for c, a, b in self.named_countries if c]
        out = []
        for (c1, _, b1), (c2, a2, _) in pairwise(found):
            if c1 != c2 and _COUNTRY_PAIR_JOIN.fullmatch(self.text, b1, a2):
                out += [(c1, c2), (c2, c1)]
        return out

    def _titled_unnamed(self, country: str, key: str) -> str | None:
        """The one title the article gives, unnamed, to someone of `country` ("Tổng thống Mỹ cho biết ...", round 138),
        when it names no one else of that country: the title of a leader of people.toml written bare elsewhere."""
        flat = [x for ms in self.mentions.values() for x in ms]
        if any(x.name and x.country == country and fold(self.index.expand(x.name)) != key for x in flat):
            return None
        titles = {x.title for t in self.sentences if t.start >= 0
                  for x in unnamed_mentions(t.text, self.mentions.get(t.index, [])) if x.title and x.country == country}
        return titles.pop() if len(titles) == 1 else None

    def person(self, m: Mention) -> Person:
        """The official a mention names, completed from the article's other mentions of the same person."""
        full = self.index.expand(m.name)
        key = fold(full)
        same = self.by_person.get(key, [])
        title = m.title if m.title and not m.rank_only else None
        if title and m.elected_only and any(x.title and not x.rank_only and not x.elected_only for x in same):
            title = None  # "chúc mừng ông X đắc cử Tổng thống": the title the article gives him elsewhere wins
        if title:
            # the fullest form of the same title written elsewhere ("Bộ trưởng" -> "Bộ trưởng Quốc phòng")
            longer = [x.title for x in same if x.title and not x.rank_only and not x.elected_only and len(x.title) > len(title)
                      and fold(x.title).startswith(fold(title))]
            if longer:
                title = max(longer, key=len)
        if not title:
            titled = [x for x in same if x.title and not x.rank_only]
            titled.sort(key=lambda x: (x.elected_only, x.country is None, -len(x.title or "")))
            title = titled[0].title if titled else None
        # a country read off a chain of titles ("của Tổng thống Indonesia, Chủ tịch nước X") may be another
        # person's: it counts only when nothing better tells X's country
        chained = next((x.country for x in same if x.country and _country_before_comma(x.title)), None)
        country = m.country if m.country and not (m.country == chained and _country_before_comma(m.title)) else None
        country = country or next((x.country for x in same if x.country and not _country_before_comma(x.title)), None)
        guessed = False
        listed = listed_country(full)
        if listed and country and country != listed and m.country != listed and not (
                m.country == country and m.title and not country_pattern().search(m.title)):
            # a leader of people.toml given another country by a title read across a comma ("hỏi Đại sứ EU, ông
            # Trump nghĩ gì", its title keeping the country): the listed country (but not one written right before the
            # name, cut off its title: "Bộ trưởng Quốc phòng Đức Ursula von der Leyen", before she led the EU Commission)
            country = listed
        if country is None and title and (body := _BODY_RE.search(title)):
            country = _BODIES[body.group(0).lower()]
        if country is None and title and _VIETNAMESE_POST.search(title):
            country = "VN"  # an office only Viet Nam has ("Chủ tịch UBND tỉnh"): written, not guessed from the name
        if country is None:
            country = name_country_guess(full)
            guessed = country is not None and country != listed  # (a leader of people.toml: his listed country)
        if country is None and chained:
            country, guessed = chained, False
        if country is None:
            # "nhà lãnh đạo Nga Vladimir Putin" anywhere in the article
            pat = None
            for s in self.sentences:
                if full not in s.text:
                    continue
                pat = pat or _country_before(full)
                mm = pat.search(s.text)
                if mm:
                    country = code_of(mm.group(1))
                    break
        if not title and country and listed == country and not any(x.counterpart for x in (m, *same)):
            title = self._titled_unnamed(country, key)  # (a counterpart holds the other side's post: `_participants`)
        if title and country:
            if (title, country, full) not in self._completed_titles:
                self._completed_titles[title, country, full] = complete_title(title, country, self.sentences, full)
            title = self._completed_titles[title, country, full]
        honorific = next((x.honorific for x in same if x.honorific), "")
        return Person(name=full, title=title, country=country, mentions=len(same), guessed=guessed,
                      honorific=honorific)


_COUNTRY_PAIR_JOIN = re.compile(r"\s*(?:và|-|–|với)\s*")


def _country_before_comma(title: str | None) -> bool:
    """A title of a chain whose country is written before its last comma only ("Tổng thống Indonesia, Chủ tịch
    nước"): the country may close another person's title."""
    if not title or "," not in title:
        return False
    head, last = title.rsplit(",", 1)
    return bool(country_pattern().search(head)) and not country_pattern().search(last)


# --- grouping ---------------------------------------------------------------------------------------------------
# a title naming a business (organisations.toml [companies]): a company post, not an office of state
_COMPANY = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_ORGS, "companies") + r")(?![\w])", re.I)
# a business's post opening a title that names no country nor international body ("Giám đốc điều hành Google")
_BUSINESS_POST = re.compile(r"(?:" + lexicon.alternation(_ORGS, "business_posts") + r")(?![\w])", re.I)


# an office only Viet Nam has (titles.toml [vietnamese_posts])
_VIETNAMESE_POST = re.compile(r"(?<!\w)(?:" + lexicon.alternation("titles.toml", "vietnamese_posts") + r")(?!\w)", re.I)


# a title whose holder is an official only with his country written (titles.toml [needs_country])
_NEEDS_COUNTRY = re.compile(r"(?:" + lexicon.alternation("titles.toml", "needs_country") + r")\b", re.I)


def _country_unwritten(p: Person) -> bool:
    """No country written for the person: none at all, or one only guessed from the article."""
    return p.country is None or p.guessed


def _business_post(p: Person) -> bool:
    """A company's post: a title naming a business, or a business's post with no country written and no
    international body."""
    title = p.title or ""
    return bool(_COMPANY.search(title)) or bool(_BUSINESS_POST.match(title)) and _country_unwritten(p) \
        and not INTL_ORG.search(title)
# a title ending on "của" and a leader's title, before a leader people.toml lists: the name is that leader's, not
# the titled person's: "điện đàm với Đặc phái viên của Tổng thống Mỹ Joe Biden về khí hậu, ông B" (Biden is no
# envoy, and no partner)
# a former office ("cựu Thủ tướng"): no official now
_FORMER = re.compile(r"cựu\s", re.I)
_OF_A_LEADER = re.compile(r"\bcủa\s+(?:" + "|".join(re.escape(h) for h in lexicon.by_length(
    list(lexicon.records("titles.toml", "roles")))) + r")\s*$", re.I)


@dataclass
class CallGroup:
    """The candidates that report a call between the same two people, and each side as first seen."""

    a: tuple[Person, Mention]
    b: tuple[Person, Mention]
    cands: list[Candidate] = field(default_factory=list)


def group_by_pair(candidates: list[Candidate], article: Article, has_primary: bool) -> list[CallGroup]:
    """One group per pair of officials (verbal reports only when there is one), in the order first reported;
    a headline-only call the body tells with the same other side is dropped."""
    calls: dict[frozenset, CallGroup] = {}
    order: list[frozenset] = []
    for c in candidates:
        if has_primary and not (c.primary or c.firm):
            continue
        pa, pb = article.person(c.a), article.person(c.b)
        if fold(pa.name) == fold(pb.name):
            continue
        if c.weak_wording and not (pa.title and pb.title):
            continue  # "gọi cho", "cú điện thoại" are also said of anyone: both sides must be officials with a title
        if (c.a.tagged and not pa.title and not listed_country(pa.name)) or (
                c.b.tagged and not pb.title and not listed_country(pb.name)):
            continue  # a proper noun the article never gives a title to is not an official (unless people.toml
            # lists him: the press names the best-known leaders bare, "cuộc điện đàm giữa Putin và Erdogan")
        if any(_OF_A_LEADER.search(p.title or "") and listed_country(p.name) and m.start >= c.trigger_pos
               for p, m in ((pa, c.a), (pb, c.b))):
            continue  # (but "Cố vấn ngoại giao của Tổng thống Pháp B": B, whom people.toml does not list, is the
            # adviser; and "Phát ngôn viên của Thủ tướng Anh A cho biết ..." before the wording tells of A's call)
        if _business_post(pa) or _business_post(pb):
            continue  # "điện đàm với Tổng Giám đốc Tập đoàn X, ông Y": a company's head is no official
        if any(_NEEDS_COUNTRY.match(p.title or "") and _country_unwritten(p) for p in (pa, pb)):
            continue  # "lãnh đạo đảng Trinamool Congress X", no country written: a party of a region, perhaps
        if any(_FORMER.match(p.title or "") and _country_unwritten(p) for p in (pa, pb)):
            continue  # "gọi điện cho cựu Thủ tướng B", B's country written nowhere: a former leader of the caller's
            # own country, no official (the labelled sets hold no call with a former official)
        if _written_one_country(pa, pb):
            continue  # "Thủ tướng Nga A báo cáo Tổng thống Nga B trong cuộc họp trực tuyến": a government's own
        key = frozenset((fold(pa.name), fold(pb.name)))
        article.pairs_by_sentence.setdefault(c.sentence.index, set()).add(key)
        if key not in calls:
            calls[key] = CallGroup((pa, c.a), (pb, c.b))
            order.append(key)
        calls[key].cands.append(c)
    order = drop_unconfirmed_headline_calls(order, calls, article.headlines, article.mentions, article.index)
    order = [k for k in order if not _body_denies(article, k, calls[k])]
    return [part for key in order for part in _split_by_day(calls[key], article)]


def _body_denies(article: Article, key: frozenset, group: CallGroup) -> bool:
    """A call told only in the headline that the body tells as a joint call of many ("Lãnh đạo Anh, Pháp cùng ông A
    gọi điện cho ông B" over "... cùng A đã tổ chức một cuộc gọi chung với B")."""
    if any(c.sentence.index not in article.headlines for c in group.cands):
        return False
    for s in article.sentences:
        if s.index in article.headlines or s.start < 0:
            continue
        named = {fold(article.index.expand(m.name)) for m in article.mentions.get(s.index, []) if not m.unnamed}
        if key <= named and _JOINT.search(s.text):
            return True
    return False


# a call of many on one line ("một cuộc gọi chung với B", "tham gia cuộc gọi"): non_call_wordings.toml [joint]
_JOINT = re.compile(r"\b(?:" + lexicon.alternation("non_call_wordings.toml", "joint") + r")\b", re.I)


# two reports of one pair make two calls when their days are at least this many days apart (a day and the next are
# one call told in two time zones, or a report a day later)
_DAYS_APART = 2


def _day_ordinal(month: int, day: int) -> int:
    """A day of the year to compare days by: in a leap year, so that 29/2 is a day; within one year, as a report
    spans a few days at most."""
    return date(2000, month, day).toordinal()


# right before the call wording: the same two called again ("hai nhà lãnh đạo lại có cuộc điện đàm")
_AGAIN = re.compile(r"\b(?:" + lexicon.alternation("call_wordings.toml", "again") + r")$", re.I)


def _told_again(c: Candidate) -> bool:
    """ "lại", "tiếp tục" right before the call wording (call_wordings.toml [again]): the two called again."""
    return _AGAIN.search(c.sentence.text[:c.trigger_pos].rstrip() + " ") is not None


def _counted(c: Candidate) -> bool:
    """An ordinal after the call wording ("lần thứ ba"), not in "Đây là cuộc điện đàm thứ hai ...": one of several
    calls of the two."""
    return ORDINAL_CALL.match(c.sentence.text, c.trigger_end) is not None and not THIS_IS.match(c.sentence.text)


def _split_by_day(group: CallGroup, article: Article) -> list[CallGroup]:
    """The same two people on two days ("điện đàm hôm 23/5 ... Trong cuộc điện đàm hôm 21/5, A và B ..."): one call
    per day. Days at least two apart, each written in a report naming both; reports without a day join the
    first call."""
    # "Hai nhà lãnh đạo đã có cuộc điện đàm thứ hai": a second call of the two, however its day is written
    # (not "Đây là cuộc điện đàm thứ hai giữa hai nhà lãnh đạo": the call just told is the second, round 122)
    second = [c for c in group.cands if c.inferred and SECOND_CALL.match(c.sentence.text, c.trigger_end)
              and not THIS_IS.match(c.sentence.text)]
    if second and len(second) < len(group.cands):
        return [CallGroup(group.a, group.b, [c for c in group.cands if c not in second]),
                CallGroup(group.a, group.b, second)]
    days: dict[tuple[int, int], list[Candidate]] = {}
    undated = []
    for c in group.cands:
        # (a report whose two people are taken from the sentences around, "Hai nhà lãnh đạo ... trong cuộc điện đàm
        # đêm 6/6", tells of the call already named: its day dates that call, it makes no second one)
        # (unless they called again: "Chiều 14/10, hai nhà lãnh đạo lại có cuộc điện đàm")
        # (or it counts its call: "Cuộc điện đàm đầu tiên giữa hai nhà lãnh đạo diễn ra hôm 1/3", round 130)
        again = c.inferred and (_told_again(c) or _counted(c))
        h = pick_date(c.sentence.text, c.trigger_pos) \
            if (c.primary or c.firm) and (not c.inferred or again) and c.sentence.start >= 0 else None
        # (nor does the day of its telling: "A trả lời phỏng vấn tối 29/4: 'Tôi đã nói chuyện với B qua điện
        # thoại'" is the call dated elsewhere, not a second one)
        if h is None or h.relative is not None or told_in_a_quote(c.sentence.text, h, c.trigger_pos):
            undated.append(c)
        else:
            days.setdefault((h.month, h.day), []).append(c)
    if len(days) == 1 and undated and all(_told_again(c) or _counted(c) for cs in days.values() for c in cs) \
            and any(c.sentence.index not in article.headlines and same_day_date(c.sentence, article.sentences)
                    for c in undated):
        # "Chiều cùng ngày, A điện đàm với B. ... Ngày 4/3, A tiếp tục gọi điện cho B" (round 137): the report on the
        # day of an event told before is one call, the one told again on its own day another
        return [CallGroup(group.a, group.b, undated), CallGroup(group.a, group.b, next(iter(days.values())))]
    if len(days) < 2:
        return [group]
    ordinals = sorted(_day_ordinal(month, day) for month, day in days)
    # (but a report that the two "also" talked on its own day tells another call: "Ngày 20/2, A điện đàm với B. Tối
    # thứ Bảy (19/2), ông A cũng đã nói chuyện qua điện thoại với B", round 93)
    # (or counts it: "Ngày 10/10, A điện đàm lần thứ ba với B" after their call of 9/10, round 130)
    # (or "again": "Sáng 10/10, A lại điện đàm với B", round 131)
    also = any(ALSO.search(c.sentence.text, 0, c.trigger_pos) or _counted(c) or _told_again(c)
               for cs in days.values() for c in cs)
    if any(later - earlier < _DAYS_APART for earlier, later in pairwise(ordinals)) and not also:
        return [group]  # a day and the next: one call told in two time zones, or a report a day later
    parts = [CallGroup(group.a, group.b, list(days[k])) for k in sorted(days, key=lambda k: min(
        group.cands.index(c) for c in days[k]))]
    parts[0].cands[:0] = undated
    for p in parts:
        p.cands.sort(key=group.cands.index)
    return parts


# --- one call ---------------------------------------------------------------------------------------------------
# confidence taken off a call between two officials of one country: below 0.5, out of the confident calls
_DOMESTIC_PENALTY = 0.5
# a domestic call whose confidence falls to this or below is dropped when its side of no country holds no one-post
# role: on the labelled and blind sets such calls (one side of no country, the article naming only the other's) were
# all false (rounds 74, 79 and 80: a minister of works, a senator, a candidate, a press secretary, a finance minister;
# on every set no call at 0.3 or below was right); a head written without his country ("Tổng thống John Carter") is kept
_DOMESTIC_FLOOR = 0.2


# wordings only said of officials' calls: with them a person the article gives no title is still an official
_OFFICIAL_WORDING = re.compile(r"điện\s*đàm|hội đàm|trực tuyến", re.I)


def build_call(group: CallGroup, article: Article) -> Call | None:
    """The record of one call: participants (the Vietnamese principal first), date, medium, evidence sentence,
    initiator, findings and confidence (low for a domestic call, `one_country`). None for a phone call with someone
    the article gives neither a title nor a country ("ông A gọi điện cho bà B", B's country only guessed from the
    countries the article names): no official ("điện đàm" is only said of officials)."""
    cands = group.cands
    first = cands[0]
    # (a report in the body dates the call before the headline does: a headline run into the page's stamp line
    # carries the day of the page, "... điện đàm với Tổng thống Hoa Kỳ • Thứ Năm, 07-05-2020")
    hit, ev_cand = _dating_candidate(sorted(cands, key=lambda c: c.sentence.index in article.headlines))
    (pa, ma), (pb, mb) = _sides(group, ev_cand, article)
    parts, pooled = _participants((pa, ma), (pb, mb), article.foreign, article.country_pairs, article.text,
                                  _teller_body_country(ev_cand.sentence.text))
    unplaced = {p.stored_name for p in (pa, pb) if p.country is None}  # no country of their own (pooled one)
    official = _OFFICIAL_WORDING.search(ev_cand.sentence.text[ev_cand.trigger_pos:ev_cand.trigger_end])
    if not official and any(not x.title and x.name in unplaced for x in parts):
        return None
    if pooled and len({p.country for p in parts} - {None}) == 1 and all(p.country for p in parts):
        return None  # a side placed by his post written with the other side's country: a compatriot, no record
    compatriot = _compatriot_unplaced(parts, article.foreign)
    if compatriot and any(p.country is None and _REGIONAL_POST.search(p.title or "") for p in parts):
        return None  # "Thủ tướng Ấn Độ A điện đàm với Thủ hiến bang Assam B": a region's official of the same country
    if _a_foreign_leaders_local_official(parts, unplaced, article.text):
        return None  # "Tổng thống Mỹ A gọi điện cho Thị trưởng Los Angeles B" in an article naming Italy too
    domestic = one_country(parts, article.foreign, pooled) or compatriot
    if domestic and {p.country for p in parts} == {"VN"}:
        return None  # two Vietnamese officials, in an article naming no other country: a domestic call, no record
    hit, ev_cand, date_conf, hit_text = _date_elsewhere(hit, ev_cand, cands, first, article,
                                                        {fold(pa.name), fold(pb.name)})
    if hit is not None and told_before(ev_cand.sentence.text, hit, ev_cand.trigger_pos):
        # "Ngày 9/6, Bộ Ngoại giao cho biết A đã điện đàm với B. Cuộc điện đàm diễn ra vào tối 8/6."
        told = _took_place(article, ev_cand, {fold(pa.name), fold(pb.name)})
        if told is not None:
            hit, hit_text = told
    if hit is not None and (hit_text != ev_cand.sentence.text
                            or told_before(ev_cand.sentence.text, hit, ev_cand.trigger_pos)):
        # "Ngày 18/11, ... cho biết A đã điện đàm với B một ngày trước đó" (counted back from the day of the telling;
        # not from the call's own day: "sáng 25/1, A gọi điện cho B về vụ tấn công một ngày trước đó")
        hit = before_told(hit_text, hit)
    if (hit is None or hit.relative is not None) and (
            stamped := _stamped_entry_day(_its_line(article.text, ev_cand.sentence), hit, article.published)) is not None:
        # a live page's entry: its stamp's day (a day of its own only when the entry tells one, "tối nay")
        date_conf = date_conf if hit is not None else 0.7
        hit, hit_text = stamped, ev_cand.sentence.text
    if hit is not None and (told := _UNDATED_PAST.search(ev_cand.sentence.text, ev_cand.trigger_end)) \
            and not re.search(r"[.;]", ev_cand.sentence.text[ev_cand.trigger_end:told.start()]) \
            and not _RELATIVE_CLAUSE.search(ev_cand.sentence.text, ev_cand.trigger_end, told.start()):
        hit = None  # "A ngày 3/12 xác nhận đã có cuộc điện đàm với B khoảng 10 ngày trước", "cuộc điện đàm gần đây giữa
        # ông với B": the call is some time before the day written, its own day not told (real pages of round 140)
    # without a publication date, a year written in the call's own sentence ("Tết Canh Tý 2020, ngày 16.1")
    known = article.published is not None or article.published_month is not None
    year = sentence_year(hit_text, hit.month) if hit is not None and not known else None
    call_date, dconf = resolve_date(hit, article.published, year, article.this_year, article.published_month)
    medium = "video" if any(c.video for c in cands) else "phone"
    ev = ev_cand.sentence
    initiator, findings = _initiator(ev_cand, parts, article)
    findings.extend(call_findings(article.sentences, ev))
    conf = _confidence(ev_cand, parts, pooled) - (_DOMESTIC_PENALTY if domestic else 0.0)
    conf = conf * min(1.0, dconf + 0.1) * date_conf ** 0.2
    if domestic and round(conf, 2) <= _DOMESTIC_FLOOR and any(
            p.country is None and p.role not in _ONE_POST_ROLES for p in parts):
        # a domestic reading with nothing else for it, the side of no country no head nor foreign minister (a
        # minister of works, a senator): every such call of the labelled sets was false
        return None
    return Call(date=call_date, medium=medium, participants=parts, evidence=ev.text,
                evidence_start=ev.start, evidence_end=ev.end, initiator=initiator,
                confidence=round(max(0.1, conf), 2), findings=findings)


# opening a sentence that tells an earlier call (non_call_wordings.toml [earlier_of_pair])
_EARLIER_OF_PAIR = re.compile(r"^\W*(?:" + lexicon.alternation("non_call_wordings.toml", "earlier_of_pair") + r")\b", re.I)


def earlier_calls_of_a_pair(article: Article, calls: list[Call]) -> list[Call]:
    """The same two people's earlier call, told in passing with a day of its own ("Trước đó, trong cuộc điện đàm hôm
    21/10, Bộ trưởng Quốc phòng hai nước Mỹ - Nga ...", beside their call of 23/10): a call too, dated by its day.
    Any other call told so ("Trước đó, A đã điện đàm với C") stays a call told in passing."""
    out: list[Call] = []
    if not any(c.date for c in calls):
        return out
    for s in article.sentences:
        head = _EARLIER_OF_PAIR.match(s.text)  # (the cheap test first: most sentences open otherwise)
        m = CALL_WORDING.search(s.text) if head is not None and s.start >= 0 else None
        if m is None:
            continue
        plain = " " * head.end() + s.text[head.end():]  # (same length: the offsets hold)
        if skip_trigger(plain, m.start(), m.end(), True):
            continue  # told in passing for another reason too
        hit = pick_date(s.text, m.start())
        if hit is None or hit.relative is not None or not hit.month:
            continue
        people = article.mentions.get(s.index, [])
        people = people + two_officials_of_countries(s.text, people) + country_pair_mentions(s.text, people)
        # "Trước đó, ngày 4/4, hai nhà lãnh đạo đã trao đổi qua điện thoại": the two of the last call told before
        # (written round 142, as dev2 counts the same pair's earlier call told with its people; "Lần gần nhất hai ông
        # điện đàm là ngày 18.3", the two right after the opening words, written round 150)
        rest = s.text[head.end():].lstrip(" ,")
        last = [c for c in calls if c.date and c.evidence_start < s.start][-1:]
        # (no one else named in the sentence: the tagger's places aside, and one of the two themselves, "khi ông B
        # bày tỏ ...")
        theirs = {fold(p.name) for c in last for p in c.participants}
        both = not any(not x.tagged and fold(article.index.expand(x.name)) not in theirs for x in people) and (
            told_as_both(s.text, m.start()) or told_as_both(rest, m.start() - (len(s.text) - len(rest))))
        told = last if both else calls
        for call in told:
            if call.date and (both or _names_only(people, call.participants, article)) and _days_apart(call.date, hit):
                day, _ = resolve_date(hit, article.published, None, article.this_year, article.published_month)
                # (a call of the sentence read already, on its own day: "Lần đầu tiên, ngày 12/2, ..." not told in
                # passing)
                if any(c.date == day and {p.name for p in c.participants} == {p.name for p in call.participants}
                       for c in calls):
                    break
                out.append(_the_pairs_earlier_call(call, day, s, VIDEO_WORDING.search(s.text) is not None))
                break
    return out


# "..., sau cuộc điện đàm ngày 4/4": the pair's call before, told as the time of the news's call or of another event
# (non_call_wordings.toml [earlier_of_pair_after]); its day in the clause or opening the sentence ("Hồi ngày 3.2, sau
# cuộc điện đàm giữa A và B, ...")
_AFTER_THE_PAIRS_CALL = re.compile(r"\b(?:" + lexicon.alternation("non_call_wordings.toml", "earlier_of_pair_after") + r")\s+",
                                   re.I)
_CLAUSE_END = re.compile(r"[,;.]")
_DAY_OPENING_THE_CLAUSE = re.compile(r"\W*(?:(?:hồi|vào)\s+)?(?:ngày|hôm)\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*,\s*", re.I)
_BOTH_IN_SENTENCE = re.compile(r"\b(?:hai|2)\s+(?:" + lexicon.alternation("titles.toml", "two_officials") + r")\b", re.I)


def earlier_calls_told_after(article: Article, calls: list[Call], found: list[Call]) -> list[Call]:
    """The same two people's earlier call told as "sau cuộc điện đàm ngày 4/4" in a sentence about their call ("Đây là
    lần thứ hai ... hai nhà lãnh đạo trao đổi qua điện thoại, sau cuộc điện đàm ngày 4/4"): a call too, dated by its
    own day and month (written round 150; the convention of `earlier_calls_of_a_pair`)."""
    out: list[Call] = []
    dated = [c for c in calls if c.date]
    if not dated:
        return out
    for s in article.sentences:
        after = _AFTER_THE_PAIRS_CALL.search(s.text) if s.start >= 0 else None
        wording = CALL_WORDING.match(s.text, after.end()) if after else None
        if wording is None:
            continue
        end = (e.start() if (e := _CLAUSE_END.search(s.text, wording.end())) else len(s.text))
        hits = [h for h in find_dates(s.text) if h.day and h.month and h.relative is None
                and (after.start() <= h.pos < end or _DAY_OPENING_THE_CLAUSE.fullmatch(s.text, 0, after.start()))]
        if len(hits) != 1:
            continue
        people = [x for x in article.mentions.get(s.index, []) if not x.tagged]
        named = {fold(article.index.expand(x.name)) for x in people if after.start() <= x.start < end}
        last = [c for c in dated if c.evidence_start <= s.start][-1:]
        for call in last:
            pair = {fold(p.name) for p in call.participants}
            if not (named == pair or (not named and _BOTH_IN_SENTENCE.search(s.text))):
                continue
            if not _days_apart(call.date, hits[0]):
                continue
            day, _ = resolve_date(hits[0], article.published, None, article.this_year, article.published_month)
            if any(c.date == day and {fold(p.name) for p in c.participants} == pair for c in calls + found + out):
                continue
            out.append(_the_pairs_earlier_call(call, day, s, VIDEO_WORDING.search(s.text, after.start(), end) is not None))
    return out


def _the_pairs_earlier_call(call: Call, day: str | None, s: Sentence, video: bool) -> Call:
    """The same two people's earlier call on `day`, told in `s`: their news's call's people, of lower confidence."""
    return replace(call, date=day, medium="video" if video else "phone", evidence=s.text, evidence_start=s.start,
                   evidence_end=s.end, initiator=None, findings=[], confidence=round(call.confidence * 0.8, 2))


def _names_only(people: list[Mention], parts: list[Participant], article: Article) -> bool:
    """The sentence's people are the call's two and no one else: by name, or unnamed by country."""
    named = {fold(article.index.expand(x.name)) for x in people if not x.unnamed}
    countries = {x.country for x in people if x.unnamed}
    return all(fold(p.name) in named or (p.country and p.country in countries) for p in parts) and \
        named <= {fold(p.name) for p in parts}


def _days_apart(day: str, hit: DateHit) -> bool:
    """A call's date ("YYYY-MM-DD" or "--MM-DD") and a day far enough apart to be two calls of one pair."""
    return abs(_day_ordinal(int(day[-5:-3]), int(day[-2:])) - _day_ordinal(hit.month, hit.day)) >= _DAYS_APART


def _written_one_country(pa: Person, pb: Person) -> bool:
    """Both people of one country written with them (not read off the form of a name or people.toml), whatever
    other countries the article names (a Foreign Minister of X phoning the Defence Minister of X about a third
    country): no diplomatic call, and no record (`one_country` keeps the guessed ones)."""
    return bool(pa.country) and pa.country == pb.country and not (pa.guessed or pb.guessed)


def one_country(parts: list[Participant], foreign: list[str], pooled: int) -> bool:
    """Both principals of one country, in an article that names no other: a domestic call (a Prime Minister
    phoning a province's party secretary, a president calling his elected successor), not a diplomatic one by the
    labelling conventions. Kept as a record of low confidence, not dropped: a country read wrong on one side
    (a foreign name in a Vietnamese-looking reading, an envoy's post) would otherwise lose a real call. (Both
    Vietnamese, the call is dropped by `build_call`: a foreign name read as Vietnamese is written with its country
    somewhere in the article, and the blind sets gave only false calls so.)"""
    countries = {p.country for p in parts}
    return len(countries) == 1 and None not in countries and not pooled and set(foreign) <= countries


# a post of a region or a city (titles.toml [regional_posts])
_REGIONAL_POST = re.compile(r"(?<!\w)(?:" + lexicon.alternation("titles.toml", "regional_posts") + r")(?!\w)", re.I)


def _a_foreign_leaders_local_official(parts: list[Participant], unplaced: set[str], text: str) -> bool:
    """A foreign official's call with a city's or a region's official of no written country (not even in brackets after
    his title, "Thống đốc bang Veloria (Brazil) B"): his own country's official, a domestic call (round 139)."""
    placed = [p for p in parts if p.name not in unplaced]
    return len(placed) == 1 and placed[0].country != "VN" and any(
        p.name in unplaced and _REGIONAL_POST.search(p.title or "")
        and not _countries_after_title(p.title, text, placed[0].country, placed[0].title)
        and not re.search(re.escape(p.title or "") + r"\s*\(", text) for p in parts)


def _compatriot_unplaced(parts: list[Participant], foreign: list[str]) -> bool:
    """One side with no country in an article whose only named country is the other side's ("Quốc vương Hà Lan A ...
    trao đổi qua điện thoại với Thủ tướng B", the Netherlands named alone): B is likely A's compatriot, a domestic
    call of low confidence. Kept, as `one_country` keeps its calls (unless its confidence falls to `_DOMESTIC_FLOOR`
    and that side holds no one-post role): a famous leader is sometimes written without his country ("Tổng thống
    Donald Trump điện đàm với Thủ tướng Nhật Bản ..."). Not an international body's official,
    who has no country ("Tổng Thư ký NATO B")."""
    known = {p.country for p in parts} - {None}
    return len(known) == 1 and set(foreign) == known and any(
        p.country is None and not INTL_ORG.search(p.title or "") for p in parts)


def _dating_candidate(cands: list[Candidate]) -> tuple[DateHit | None, Candidate]:
    """The first report of the call that dates it (the better evidence), and that date; else the first report.
    A year missing there is taken from another report of the same call that writes the same day with its year
    ("A vào ngày 9/6 đã điện đàm với B. ... Hôm thứ Hai (ngày 9/6/2025), A đã có cuộc điện đàm đầu tiên với B").
    A report naming both people comes before one naming a side by its country only ("Điện Kremlin ngày 2/11 cho biết
    A đã điện đàm riêng rẽ với các nhà lãnh đạo Armenia và Azerbaijan. ... A đã điện đàm với B vào ngày 1/11")."""
    cands = sorted(cands, key=lambda c: c.resolved)  # (stable: the order of the reports otherwise)
    # (a day of a quote's telling dates the call only when no report has a day of its own: "A trả lời phỏng vấn tối
    # 29/4: 'Tôi đã nói chuyện với B qua điện thoại'" after "trong cuộc điện đàm hôm 2/4, A nói với B")
    hits = [_listed_partner_day(c) or pick_date(c.sentence.text, c.trigger_pos) for c in cands]
    quoted = [h is not None and told_in_a_quote(c.sentence.text, h, c.trigger_pos) for c, h in zip(cands, hits, strict=True)]
    if any(h is not None and not q for h, q in zip(hits, quoted, strict=True)):
        hits = [None if q else h for h, q in zip(hits, quoted, strict=True)]
    for i, c in enumerate(cands):
        hit = hits[i]
        if hit:
            if hit.year is None and hit.relative is None and hit.month:
                for other in cands[i + 1:]:
                    h = pick_date(other.sentence.text, other.trigger_pos)
                    if h is not None and h.year and (h.day, h.month) == (hit.day, hit.month):
                        hit = replace(hit, year=h.year)
                        break
            return hit, c
    return None, next((c for c in cands if not c.inferred), cands[0])  # (a sentence naming the two, if any)


_DAY_BEFORE_PARTNER = re.compile(r"[;,]\s*(?:và\s+)?(?:vào\s+)?(?:ngày|hôm)\s+(?P<day>\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{4})?)"
                                 r"\s+với\s+$")


def _listed_partner_day(c: Candidate) -> DateHit | None:
    """The day written right after a partner of a list, each with its day ("với A vào tối ngày 15/3 và với B vào
    chiều ngày 16/3": A's call is the 15th, B's the 16th)."""
    s = c.sentence.text
    partner = max((c.a, c.b), key=lambda m: m.start)
    if partner.start < c.trigger_end:
        return None
    # ("với B; ngày 31/3 với C": the day written before the partner, after the list's separator)
    before = _DAY_BEFORE_PARTNER.search(s, max(0, partner.start - 40), partner.start)
    if before is not None:
        return next((h for h in find_dates(s) if h.pos == before.start("day") and h.month), None)
    hit = next((h for h in find_dates(s) if h.pos >= partner.end and h.relative is None and h.month), None)
    if hit is None or hit.pos - partner.end > 40 or re.search(r"\b(?:với|và)\b|[,;]", s[partner.end:hit.pos]):
        return None
    # (the first of the list too: "với A vào ngày 11/12 và với B vào tối 12/12": A's call is the 11th)
    listed_after = re.search(r"\bvà\s+(?:với\s+)?$", s[max(0, partner.start - 12):partner.start])
    listed_before = re.match(r"[^,;]{0,20}?\s+và\s+với\b", s[hit.pos:])
    return hit if listed_after or listed_before else None


def _sides(group: CallGroup, ev_cand: Candidate, article: Article) -> tuple[tuple[Person, Mention], tuple[Person, Mention]]:
    """Both sides, with the titles as written in the evidence sentence when it is not the first report (a
    headline's are often short: "Đại diện cấp cao EU")."""
    (pa, ma), (pb, mb) = group.a, group.b
    if ev_cand is not group.cands[0]:
        qa, qb = article.person(ev_cand.a), article.person(ev_cand.b)
        if fold(qa.name) == fold(pa.name) and fold(qb.name) == fold(pb.name):
            (pa, ma), (pb, mb) = (qa, ev_cand.a), (qb, ev_cand.b)
        elif fold(qa.name) == fold(pb.name) and fold(qb.name) == fold(pa.name):
            (pa, ma), (pb, mb) = (qb, ev_cand.b), (qa, ev_cand.a)
    return (pa, ma), (pb, mb)


def _confidence(ev_cand: Candidate, parts: list[Participant], pooled: int) -> float:
    """How sure the record is before its date is weighed (issue 14; calibrated on dev, dev2 and real pages so that
    calls of 0.9 and more are right at least 97 times in 100, docs/extraction-scores.md): a call verb with both
    people named and placed 0.9; the call only as a noun with both people ("cuộc điện đàm giữa A và B"), the
    people found around ("Hai nhà lãnh đạo đã điện đàm") or a wording also said of anyone ("gọi cho") 0.8; the
    call only as a noun otherwise 0.6; less for each person with no country (0.2), a country guessed from the
    article (0.1), one word of name or no title (0.1)."""
    if ev_cand.primary and not ev_cand.inferred:
        conf = 0.9
    elif ev_cand.firm:
        conf = 0.8
    else:
        conf = 0.6
    if ev_cand.weak_wording:
        conf = min(conf, 0.8)
    if ev_cand.no_medium:
        conf = min(conf, 0.6)
    conf -= 0.2 * sum(p.country is None for p in parts) + 0.1 * pooled
    conf -= 0.1 * sum(len(p.name.split()) < 2 or not p.title for p in parts)
    return conf


def _countries_after_title(title: str | None, text: str, known: str | None, known_title: str | None = None) -> list[str]:
    """The country written right after the title (no name between) elsewhere in the text, when only one is; else
    none. Written with the other side's country while the other side holds another post ("Chủ tịch Quốc hội Iran
    nhận lời thăm hỏi" over a call of "Chủ tịch Hội đồng Giám hộ Iran" with "Chủ tịch Quốc hội X"): that country,
    a compatriot's."""
    if not title or not text:
        return []
    # (not a plural, "các Ngoại trưởng Canada, Australia ...": many countries' ministers; nor one with a name after it,
    # "Ngoại trưởng Nga Sergei Lavrov": another person's)
    written = {code_of(m.group(1)) for m in re.finditer(r"(?<![\w])(?<!các )(?<!những )" + re.escape(title) + r"\s+("
                                                        + country_pattern().pattern + r")", text)
               if not (nxt := re.match(r"\s+(\w)", text[m.end():])) or not nxt.group(1).isupper()}
    if known and known != "VN" and known in written and known_title and _title_key(known_title) != _title_key(title):
        return [known]
    found = written - {None, known, "VN"}
    return list(found) if len(found) == 1 else []


# a government body of a country opening the sentence as the teller of the call ("Bộ Ngoại giao Oman hôm thứ Hai cho
# biết Bộ trưởng X đã điện đàm với B"): the country of an official the sentence names without one (round 91)
_TELLER_BODY = re.compile(r"\W*(?:(?:Bộ|Văn phòng|Phủ|Điện|Cơ quan)\s[^,;.]{2,80}?)\s+(?:"
                          + lexicon.alternation("telling.toml", "announces") + r"|tuyên bố)\b", re.I)


def _teller_body_country(sentence: str) -> str | None:
    """The one country named in a government body that opens the sentence as the teller of what follows."""
    m = _TELLER_BODY.match(sentence)
    if m is None:
        return None
    named = {c for c, _, _ in countries_in(sentence[:m.end()]) if c}
    return named.pop() if len(named) == 1 else None


def _participants(side_a: tuple[Person, Mention], side_b: tuple[Person, Mention],
                  foreign: list[str], country_pairs: Sequence[tuple[str, str]] = (),
                  text: str = "", teller_country: str | None = None) -> tuple[list[Participant], int]:
    """Name, title as stored, role and country of both sides, the Vietnamese principal first; and how many of the
    countries are guessed from the countries the article names, not written with the person (first the country
    it names as a pair with the other side's, "Nhật Bản và Mỹ", then the one it names most)."""
    (pa, ma), (pb, mb) = side_a, side_b
    parts = []
    for p, m, other in ((pa, ma, pb), (pb, mb, pa)):
        title = p.title
        if m.counterpart and not title:
            title = other.title
        role, clean = role_and_title(title)
        parts.append(Participant(name=p.stored_name, title=clean, role=role, country=p.country))
    # a bilateral Vietnamese call whose partner's country is not written next to a name: the foreign
    # country the article talks about most
    # two Vietnamese-looking names: a Sino-Vietnamese reading of a foreign name ("Vương Nghị") is the
    # guessed one; it takes the foreign country the article names most
    if parts[0].country == parts[1].country == "VN" and foreign:
        # a guess from the syllables alone ("Tập Cận Bình") is weaker than one from a common family name
        weakest_first = sorted(((1, pb), (0, pa)), key=lambda ip: ip[1].name.split()[0] in VN_SURNAMES)
        for i, p in weakest_first:
            # (a Vietnamese-looking name with no title is no foreign official: "gọi điện sang UAE cho ông X - phó
            # chủ tịch VFF", round 124)
            if p.guessed and parts[i].title:
                parts[i].country = None
                break
    pooled = 0
    for i in (0, 1):
        if parts[i].country is None and re.match(r"(?:Đức )?Giáo hoàng", parts[i].title or ""):
            parts[i].country = "VA"  # the Pope is the Holy See's head of state
        if parts[i].country is None and _UN_BODY.search(parts[i].title or ""):
            parts[i].country = "UN"
        if parts[i].country is None and (seat := _SEAT_RE.search(parts[i].title or "")):
            parts[i].country = _SEATS[seat.group(0)]  # "Cố vấn an ninh quốc gia Nhà Trắng": the seat's country
        if parts[i].country is None and not INTL_ORG.search(parts[i].title or ""):
            known = parts[1 - i].country
            # the title written with a country and no name elsewhere ("Ngoại trưởng Thổ Nhĩ Kỳ dồn dập kết nối ..."
            # over "Ngoại trưởng Mevlut Cavusoglu"): that country, when it is the only one so written; else the one
            # named as a pair with the other side's
            pool = _countries_after_title(parts[i].title, text, known, parts[1 - i].title)
            # (or the country of the government body telling of the call in its sentence)
            pool = pool or ([teller_country] if teller_country and teller_country != known else [])
            pool = pool or ([b for a, b in country_pairs if a == known] if known else [])
            # (the UN is no country of a post: "... tại LHQ" names no minister's country; a European Commissioner's
            # post is the EU's, so "EU" stays in the pool)
            pool = pool or [c for c in foreign if c != known and c != "UN"]
            if pool:
                parts[i].country = max(dict.fromkeys(pool), key=pool.count)  # ties: the first named
                pooled += 1
    # the Vietnamese principal first
    if parts[1].country == "VN" and parts[0].country != "VN":
        parts.reverse()
    return parts, pooled


# after the call wording, in its clause: the call told as some time before the telling, its day unknown (datelines.toml
# [undated_past])
# (a span before something is not "ago": "10 ngày trước chuyến thăm"; the words end the clause)
# (not in a relative clause on the partner: "B, người thông báo cho ông về các cuộc tiếp xúc gần đây giữa Nga và Mỹ",
# written round 152)
_RELATIVE_CLAUSE = re.compile(RELATIVE_CLAUSE_OPENING, re.I)
_UNDATED_PAST = re.compile(r"(?<!\w)(?:" + lexicon.alternation("datelines.toml", "undated_past")
                           + r")(?:(?<=trước)(?:\s+đó)?(?=\s*(?:[,.;:]|$))|(?<!trước)(?!\w))", re.I)


def _date_elsewhere(hit: DateHit | None, ev_cand: Candidate, cands: list[Candidate], first: Candidate,
                    article: Article, pair: set[str]) -> tuple[DateHit | None, Candidate, float, str]:
    """A date for a call whose reports give none: the day of a "cùng ngày" (same day) report, or of a sentence
    about the call without other names. Returns the date, the evidence, how sure the date is (1.0 or 0.7) and the
    text of the sentence that dates it."""
    date_conf = 1.0
    hit_text = ev_cand.sentence.text
    if hit is None:
        # "Cùng ngày, A điện đàm với B": the day of the report so far (the previous call's, or of the event
        # told before)
        for c in cands:
            hit = same_day_date(c.sentence, article.sentences)
            if hit:
                ev_cand = c
                break
    if hit is None:
        # "A và B hôm thứ Bảy (12/3) đã ... Trước đó, vào buổi sáng cùng ngày, A điện đàm với C": the day told right
        # after the subject of the last sentence with a day
        for c in cands:
            prev = last_dated_before(c.sentence, article.sentences)
            if prev is not None and (hit := _subject_date(prev.text, article.mentions.get(prev.index, []))):
                ev_cand = c
                break
    if hit is None:
        # "A đã điện đàm với B hôm thứ Tư (14/11). ... A cũng điện đàm với C": the caller's other call, also told, on
        # the day of the call told just before (round 75)
        for c in cands:
            if (also := _also_called_day(c, article)) is not None:
                (hit, hit_text), ev_cand, date_conf = also, c, 0.7
                break
    if hit is None:
        # a round told after its opening line ("Sáng 5/3, A lần lượt gọi cho bốn người đồng cấp Bắc Âu. ... Sau
        # đó, ông A điện đàm với B"): the opening line's day
        for c in cands:
            opened = _round_day(article, c.sentence.index, pair)
            if opened:
                (hit, hit_text), ev_cand, date_conf = opened, c, 0.7
                break
    if hit is None:
        # a sentence about the call without names: "Cuộc điện đàm được tiến hành ngày 25-10"
        for s in article.sentences:
            if s.index == first.sentence.index or article.reports_another_call(s, pair):
                continue
            # any wording of a call ("trao đổi trực tuyến ... ngày 15/6" in a headline), not just "điện đàm"
            m = re.search(r"điện đàm|cuộc gọi", s.text, re.I) or CALL_WORDING.search(s.text)
            here = article.mentions.get(s.index, [])
            named = {fold(article.index.expand(x.name)) for x in here if not x.unnamed}
            if m is None and named & pair:
                # "\"Đã có cuộc trao đổi rất tốt với Tổng thống B ...\", A viết hôm 8/8": the exchange told by one of
                # the two (not a nameless "cuộc trao đổi tù binh")
                m = _EXCHANGE.search(s.text)
            if m is None:
                continue
            # names in it only when they are this call's two people ("cuộc điện đàm diễn ra tối 22/5, ông A và
            # ông B chúc mừng nhau")
            if len(here) >= 2 and not named <= pair:
                continue
            if m and skip_trigger(s.text, m.start(), m.end(), True):
                continue  # "Trước đó, ngày 12/2, hai nhà lãnh đạo cũng đã điện đàm": another call
            h = pick_date(s.text, m.start() if m else 0)
            # a relative day ("Hôm qua, tại cuộc điện đàm, ...", "Cuộc điện đàm diễn ra hôm qua") only where it
            # opens the sentence of the call or follows "diễn ra"
            if h and (h.relative is None or opens_or_took_place(s.text, h, m.start())):
                hit, hit_text = h, s.text
                date_conf = 0.7
                break
    if hit is None:
        # the next sentences name the two again, with a day ("Bộ Ngoại giao Nga ngày 20/10 cho biết ông Lavrov đã
        # có một cuộc thảo luận ... với ông Hale"): that day
        later = _pair_again(article, first.sentence.index, pair)
        if later is not None:
            hit, hit_text = later
            date_conf = 0.7
    if hit is None and all(c.sentence.index in article.headlines and _reads_as_title(c.sentence) for c in cands):
        # told only in the headline: the day opening the lead ("Tối 8/3, hai Thủ tướng đã trao đổi về ...")
        lead = _lead_date(article, pair)
        if lead is not None:
            hit, hit_text = lead
            date_conf = 0.7
    if hit is None:
        # told in the body with no day anywhere: the day opening the lead, when the lead is about one of the two
        # and names no one else ("Ngày 28/12, Bộ trưởng A thông báo ... Phát biểu trong cuộc hội đàm trực tuyến với
        # B, ông A khẳng định ...")
        lead = _lead_date(article, pair, one_named=True)
        if lead is not None:
            hit, hit_text = lead
            date_conf = 0.7
    if hit is None and continues_a_list(ev_cand.sentence.text) and ev_cand.sentence.index > 0:
        # "Danh sách còn có D và E": more partners of the calls of the sentence before, on their day
        if (day := _the_one_day([article.sentences[ev_cand.sentence.index - 1]])) is not None:
            (hit, hit_text), date_conf = day, 0.7
    if (hit is None or hit.relative is not None and hit.weekday is None) and _LIVE_ENTRY.match(ev_cand.sentence.text):
        # an entry of a live page ("22:40 - A đã điện đàm với B") under a head naming the page's one day (its headline,
        # "TRỰC TIẾP: Xung đột ... ngày 20/10", or its update line, "Cập nhật 15:30 ngày 18/4/2019"): that day
        # (and "hôm nay" in the entry is that day, not the day the page was last published, round 102)
        first_entry = next(s.index for s in article.sentences if _LIVE_ENTRY.match(s.text))
        head = [s for s in article.sentences if s.index in article.headlines or s.index < first_entry]
        if (day := _the_one_day(head)) is not None and hit is not None:
            year = day[0].year or (article.published.year if article.published else None)
            if (counted := _entry_day(year, day[0].month, day[0].day, hit, 0)) is not None:
                hit, hit_text = counted, day[1]
        elif day is not None:
            (hit, hit_text), date_conf = day, 0.7
        elif hit is None and article.published is not None and not any(
                h.day and h.month and h.relative is None for s in article.sentences for h in find_dates(s.text)):
            # (a page that writes no day at all, its date line cut as noise: the entries are of its publication day,
            # round 98)
            hit, hit_text, date_conf = DateHit(article.published.day, article.published.month, article.published.year,
                                               0), "", 0.7
    return hit, ev_cand, date_conf, hit_text


# how many sentences back the call told before an "also" call ("A cũng điện đàm với C") may be
# a city where someone is, its country in brackets after it ("tại Paris (Pháp)"), up to the bracket
_WHERE_GLOSS = re.compile(r"(?<![\w])(?:tại|ở)\s+[A-ZĐ][\w'’-]*(?:\s+[A-ZĐ][\w'’-]*){0,2}\s*\($")
_ALSO_BACK = 3


def _also_called_day(c: Candidate, article: Article) -> tuple[DateHit, str] | None:
    """The day of the call told in one of the few sentences before, by the same subject, when this report says the
    subject "also" called ("Tổng thống A cũng điện đàm với C"): the day of that report (a "cùng ngày" aside)."""
    text = c.sentence.text
    subject = next((m for m in (c.a, c.b) if m.end <= c.trigger_pos), None)
    if subject is None or not subject.name or not ALSO.search(text, subject.end, c.trigger_pos):
        return None
    last = fold(article.index.expand(subject.name)).split()[-1]
    for prev in reversed(article.sentences[max(0, c.sentence.index - _ALSO_BACK):c.sentence.index]):
        m = CALL_WORDING.search(prev.text)
        if prev.start < 0 or m is None or not re.search(r"(?<!\w)" + re.escape(last) + r"(?!\w)", fold(prev.text)):
            continue
        hit = pick_date(prev.text, m.start())
        if hit is not None and told_before(prev.text, hit, m.start()):
            return None  # "Bộ Ngoại giao hôm thứ Sáu cho biết A đã điện đàm với B": the day of the telling
        if hit is None and (same := same_day_date(prev, article.sentences)) is not None and same.relative is None:
            return same, prev.text  # (the call before, itself "cùng ngày" with one told earlier, round 100)
        weekday = hit is not None and hit.weekday is not None and article.published is not None
        return (hit, prev.text) if hit is not None and (hit.relative is None or weekday) else None
    return None


def _the_one_day(sentences: list[Sentence]) -> tuple[DateHit, str] | None:
    """The day (and the text it is written in) when the sentences write one day only, with its month; else None."""
    days = [(h, s.text) for s in sentences for h in find_dates(s.text) if h.day and h.month and h.relative is None]
    return days[0] if len({(h.day, h.month) for h, _ in days}) == 1 else None


# a clock time opening an entry of a live page ("22:40 - ", "08h15: ")
_LIVE_ENTRY = re.compile(r"\W*" + ENTRY_CLOCK)
# an entry of a live page stamped with its day as well ("29/08 20:30 - A cho biết tối nay ông đã điện đàm với B")
_DAY_STAMPED_ENTRY = re.compile(r"\W*(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\s+" + ENTRY_CLOCK)


def _its_line(text: str, s: Sentence) -> str:
    """The line of the text a sentence ends on, from the line's start (the stamp of a live page's entry may be read
    as a sentence of its own: "26/03/2024 15:40 - A điện đàm với B")."""
    if s.start < 0:
        return s.text
    return text[text.rfind("\n", 0, s.start) + 1:s.end]


def _stamped_entry_day(text: str, hit: DateHit | None, published: date | None) -> DateHit | None:
    """The day of a call told in an entry of a live page stamped with its day, when the entry gives no day of its
    own or a relative one ("tối nay", "hôm qua"): counted from the entry's stamp, not from the page's publication
    (a live page is published on its last update; round 87)."""
    m = _DAY_STAMPED_ENTRY.match(text)
    if m is None:
        return None
    day, month = int(m.group(1)), int(m.group(2))
    year = int(m.group(3)) if m.group(3) else published.year - (month > published.month) if published else None
    return _entry_day(year, month, day, hit, m.start(1))


def _entry_day(year: int | None, month: int, day: int, hit: DateHit | None, pos: int) -> DateHit | None:
    """The day of a live page's entry dated day/month/year (by its stamp, or by the page's head), counted back by the
    entry's own relative day ("tối qua"); None for a day that does not exist."""
    if year is None or not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    when = date(year, month, day) - timedelta(days=hit.relative if hit is not None and hit.relative else 0)
    return DateHit(when.day, when.month, when.year, pos)


# how many sentences before a call its round's opening line may stand
_ROUND_BACK = 8


def _round_day(article: Article, index: int, pair: set[str]) -> tuple[DateHit, str] | None:
    """The day of the line opening a round of calls (`candidates.opens_a_round`) that names one of the call's two,
    when it is the last line with a day before the call's report (a later day is another day's news)."""
    for s in reversed(article.sentences[max(0, index - _ROUND_BACK):index]):
        if s.start < 0:
            continue
        # (a weekday too: "A hôm thứ Ba đã nhận hai cuộc điện thoại từ Riyadh", round 75)
        days = [h for h in find_dates(s.text) if h.relative is None and h.month
                or h.weekday is not None and article.published is not None]
        if not days:
            continue
        opener = opens_a_round(s.text)
        folded = fold(s.text)
        if opener is None or not any(name.split()[-1] in folded for name in pair):
            return None
        hit = pick_date(s.text, opener.start())
        return (hit, s.text) if hit else None
    return None


# the exchange told by one of a call's two people ("\"Tôi vừa kết thúc cuộc trò chuyện với ông B\", A viết đêm 9/6")
_EXCHANGE = re.compile(r"\bcuộc (?:trao đổi|trò chuyện|nói chuyện)\b", re.I)

# how many sentences after a call's report a sentence naming the two again may date it
_PAIR_AGAIN_WITHIN = 2
_TALK_AGAIN = re.compile(r"\b(?:thảo luận|trao đổi|nói chuyện|bàn bạc|trò chuyện)\b", re.I)
_CAPTION = re.compile(r"\(?\bẢnh\s*:", re.I)


def _pair_again(article: Article, index: int, pair: set[str]) -> tuple[DateHit, str] | None:
    """The day of one of the next sentences (or the one before) whose first two people are the call's, with a verb
    of talking after that day ("Bộ Ngoại giao Nga ngày 20/10 cho biết ông Lavrov đã có một cuộc thảo luận ... với
    ông Hale"); never a photo caption (the day of a meeting of theirs)."""
    # (or the sentence right before: "A và B ngày 18/3 đã thảo luận về X. ... trong một cuộc điện đàm, hai nhà lãnh
    # đạo ...")
    for s in article.sentences:
        if not index - 1 <= s.index <= index + _PAIR_AGAIN_WITHIN or s.index == index or s.start < 0 \
                or _CAPTION.search(s.text):
            continue
        named = [fold(article.index.expand(x.name)) for x in article.mentions.get(s.index, []) if not x.unnamed]
        talk = _TALK_AGAIN.search(s.text)
        if set(named[:2]) != pair or talk is None:
            continue
        hits = [h for h in find_dates(s.text) if h.relative is None and h.weekday is None and h.pos < talk.start()]
        if hits:
            return hits[0], s.text
    return None


# a headline (`sentences.headline_indices`) that reads as a title: no full stop at its end, no longer than this
_HEADLINE_MAX = 200


def _reads_as_title(s: Sentence) -> bool:
    """The page title given apart, or a first line that is no sentence of a teaser ("... cam kết ủng hộ.")."""
    line = s.text.strip()
    return s.start < 0 or (0 < len(line) <= _HEADLINE_MAX and line[-1] not in ".!?")


def _lead_date(article: Article, pair: set[str], one_named: bool = False) -> tuple[DateHit, str] | None:
    """The day opening one of the first two sentences of the body (the headline left out, whether it is the text's
    first line or the page title kept apart), when they name no one but the call's two (and, `one_named`, the
    sentence dated names one of them)."""
    apart = {s.index for s in article.sentences if s.start < 0}  # a page title kept apart: the text is all body
    # (page crumbs of a word or two, a lone "." left by the page, are no sentences of the body)
    # (a first line that reads as a sentence, not a title, is the lead of a page cut before its headline)
    body = [s for s in article.sentences if s.start >= 0
            and (apart or s.index not in article.headlines or not _reads_as_title(s))
            and len(s.text.split()) >= 3][:3]
    for s in body:
        # (the article reads the mentions of every sentence, a lead without a call wording too)
        people = article.mentions.get(s.index, [])
        named = {fold(article.index.expand(x.name)) for x in people if not x.unnamed}
        if not named <= pair:
            return None
        if one_named and not named and not unnamed_mentions(s.text, people):
            continue  # (a lead of an official it does not name opens on the day: "Trong ngày 22/3, các cuộc điện
            # thoại từ lãnh đạo nước ngoài tiếp tục gửi tới Tổng thống Kazakhstan", round 100; "Hôm nay, 30/8, là
            # sinh nhật lần thứ 70 của nhà lãnh đạo Belarus", round 107)
        # (after the paper's tag opening the lead: "(Chinhphu.vn) - Chiều 14/10, hai Chủ tịch Quốc hội ...", round 137)
        tag = _SOURCE_TAG_OPENING.match(s.text)
        hit = opening_date(s.text[tag.end():] if tag else s.text) or (_subject_date(s.text, people) if one_named else None)
        if hit is not None:
            return hit, s.text
    return None


# the day right after a lead's subject ("Tổng thống Pháp A ngày 23/7 đã khẳng định với B ...")
# (or after its weekday: "A hôm thứ Bảy (12/3) đã ...")
_AFTER_SUBJECT = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:vào\s+)?(?:" + DAY_PART + r"\s+)*"
                            r"(?:(?:thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ\s+nhật),?\s*\(?\s*)?")


_SUBJECTS_JOINED = re.compile(r"\s*(?:,|và|cùng)\s*")


def _subject_date(text: str, people: list[Mention]) -> DateHit | None:
    """The day written right after the sentence's first person when that person opens it: the lead's own day."""
    named = sorted((m for m in people if not m.unnamed), key=lambda m: m.start)
    if not named or text[:named[0].start].strip():
        return None
    last = named[0]
    for m in named[1:]:  # "A và B hôm 12/3 đã ...": a subject of two
        if not _SUBJECTS_JOINED.fullmatch(text, last.end, m.start):
            break
        last = m
    gap = _AFTER_SUBJECT.match(text, last.end)
    return next((h for h in find_dates(text) if h.relative is None and h.pos == gap.end()), None)


def _took_place(article: Article, ev_cand: Candidate, pair: set[str]) -> tuple[DateHit, str] | None:
    """The day another sentence of the article says the call took place on, when it names no one else; or the day
    after the call noun in a sentence that names no one ("Hai nhà lãnh đạo ... trong cuộc điện đàm đêm 26/7": a
    sentence naming the two may be a report of another call of theirs)."""
    for s in article.sentences:
        if s.index == ev_cand.sentence.index or article.reports_another_call(s, pair):
            continue
        named = {fold(article.index.expand(x.name)) for x in article.mentions.get(s.index, []) if not x.unnamed}
        h = took_place_day(s.text)
        if h is None and not named:
            h = call_noun_day(s.text)
        if h is not None and named <= pair:
            return h, s.text
    return None


def _initiator(ev_cand: Candidate, parts: list[Participant], article: Article) -> tuple[int | None, list[Finding]]:
    """Who asked for the call (1 or 2, the position in participants), and the finding that says so:
    "theo đề nghị của phía X", "A nhận điện thoại của B", "A gọi điện (chúc mừng) B"."""
    ev = ev_cand.sentence
    initiator = None
    trig = ev.text[ev_cand.trigger_pos:ev_cand.trigger_end].lower()
    findings: list[Finding] = []
    im = INITIATOR.search(ev.text)
    caller = None
    if "nhận" in trig and ("điện thoại" in trig or "cuộc gọi" in trig):
        caller = ev_cand.b
    elif trig.startswith(("gọi điện", "điện thoại")):
        # "A đã được B gọi điện chúc mừng": the passive's agent B made the call
        caller = ev_cand.b if ev_cand.passive else ev_cand.a
    if caller is not None:
        ckey = fold(article.index.expand(caller.name))
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
    return initiator, findings


def _transliterated(name: str) -> bool:
    """A name written in Vietnamese syllables joined by hyphens ("Gioóc-gia Mê-lô-ni"), as the press transliterates."""
    return name.count("-") >= 2 and not name.isascii()


# "A cho rằng cuộc điện đàm với B đã ...": A comments on a call with B (non_call_wordings.toml [comments_on_a_call])
_COMMENTS_ON_A_CALL = re.compile(r"\b(?:" + lexicon.alternation("non_call_wordings.toml", "comments_on_a_call")
                                 + r")\s+(?:rằng\s+)?(?:các\s+|những\s+)?cuộc\s+(?:điện đàm|gọi|điện thoại|trao đổi)\s+"
                                 r"(?:\S+\s+){0,3}?với\b", re.I)


def without_comments_on_anothers_call(calls: list[Call]) -> list[Call]:
    """The calls less one read from a comment on a call ("ông A cho rằng cuộc điện đàm với ông B đã mở ...") when B's
    call with someone else is dated in the article and A is on no other dated call: A speaks of that call, he was not
    on it (written round 151)."""
    out = []
    for call in calls:
        names = {fold(p.name) for p in call.participants}
        others = [c for c in calls if c is not call and c.date and len(names & {fold(p.name) for p in c.participants}) == 1]
        on_others = {fold(p.name) for c in calls if c is not call and c.date for p in c.participants}
        if call.date is None and others and _COMMENTS_ON_A_CALL.search(call.evidence) \
                and any(n not in on_others for n in names):
            continue
        out.append(call)
    return out


def one_call_two_spellings(calls: list[Call]) -> list[Call]:
    """One call told with the partner's transliterated name and with the original one ("Gioóc-gia Mê-lô-ni" and,
    quoted, "Giorgia Meloni"): the same caller, a partner of the same country, role and title, the same day (or
    none), one name transliterated and the other not. The one told first in the text is kept."""
    dropped: set[int] = set()
    by_place = sorted(range(len(calls)), key=lambda i: calls[i].evidence_start)
    for n, i in enumerate(by_place):
        if i not in dropped:
            dropped.update(j for j in by_place[n + 1:] if j not in dropped and _same_call_respelt(calls[i], calls[j]))
    return [c for i, c in enumerate(calls) if i not in dropped]


def _same_call_respelt(a: Call, b: Call) -> bool:
    if a.date and b.date and a.date != b.date or a.medium != b.medium:
        return False
    for pa, pb in ((a.participants[0], b.participants[0]), (a.participants[1], b.participants[1])), \
            ((a.participants[0], b.participants[1]), (a.participants[1], b.participants[0])):
        # "A điện đàm cùng Tướng Charles Brown ... Tướng Brown điện đàm cùng A" with "Charles Quinton Brown" in a
        # caption: the same two, one of them written with his middle name once (real page, round 116)
        if all(fold(p.name) == fold(q.name) or middle_name_left_out(p.name, q.name) for p, q in (pa, pb)) \
                and any(fold(p.name) != fold(q.name) for p, q in (pa, pb)):
            return True
    for x, y in ((0, 1), (1, 0)):
        for u, v in ((0, 1), (1, 0)):
            same, pa, pb = a.participants[x], a.participants[y], b.participants[v]
            if fold(same.name) != fold(b.participants[u].name):
                continue
            if pa.country and pa.country == pb.country and pa.role == pb.role and fold(pa.title or "") == fold(
                    pb.title or "") and _transliterated(pa.name) != _transliterated(pb.name):
                return True
    return False


# the day opening an article's lead is its news when it is this close before the publication (a page stamped with
# the day it was crawled has no such lead)
_NEWS_DAY_BEFORE_PUBLICATION = 3
# a call dated this many days or more before the article's news, told outside the headline and lead, is history told
# in passing ("Ngày 24/1 vừa qua, trong cuộc điện đàm với A, B đã ..." in the report of a reception on 24/2; reworded
# round 40); no call of dev or dev2-tune is reported more than 20 days after it took place
_PASSING_CALL_DAYS = 20
# a call dated with its year written this many days or more before the publication is history told in passing
# ("Tổng thống Obama gọi điện cho Thủ tướng Aso vào sáng 29/1/2009" in an article of 2021) when the article reports
# a call of the news beside it, or tells it after the first sentence of the body (issue 14). Alone in the lead, an
# old call is kept: a page's dateline can be the day it was crawled, not the day it was written.
PAST_CALL_DAYS = 45
_WORD = re.compile(r"[^\W\d_]{2,}")
# "(TG&VN) - ", "(Chinhphu.vn) - ", "VOV.VN - ", "(TTXVN) ": the source tag opening a lead
_SOURCE_TAG_OPENING = re.compile(r"(?:\([^()]{1,30}\)\s*[-–—|]?|[^\s,()]{2,20}\s+[-–—|]\s)\s*")


def _lead(article: Article) -> tuple[set[int], list[Sentence]]:
    """The sentences of the headline and the lead (the first two of the body), and those two."""
    # (a timestamp line "24/02/2026 20:30 GMT+7" is no sentence of the body)
    body = [s for s in article.sentences if s.start >= 0 and s.index not in article.headlines
            and len(_WORD.findall(s.text)) >= 3][:2]
    return article.headlines | {x.index for x in body}, body


def news_day(article: Article, lead: list[Sentence]) -> date | None:
    """The day the article's news took place: the day opening one of the sentences of its `lead`, a few days before
    the publication at most."""
    if article.published is None:
        return None
    for s in lead:
        hit = opening_date(_SOURCE_TAG_OPENING.sub("", s.text, count=1))  # ("(TG&VN) - " is no opening)
        if hit is None or hit.relative is not None:
            continue
        day, _ = resolve_date(hit, article.published, None, article.this_year)
        if day is None or len(day) != 10:
            return None
        back = (article.published - date.fromisoformat(day)).days
        return date.fromisoformat(day) if 0 <= back <= _NEWS_DAY_BEFORE_PUBLICATION else None
    return None


def _days_before(day: str | None, published: date) -> int:
    """Days from a call's date to the publication; -1 when the call is not dated to the day."""
    if day is None or len(day) != 10:
        return -1
    try:
        return (published - date.fromisoformat(day)).days
    except ValueError:
        return -1


# a sentence denying a call (non_call_wordings.toml [denials])
_DENIAL = re.compile(r"\b(?:" + lexicon.alternation("non_call_wordings.toml", "denials") + r")\b", re.I)
# ... of what was said in the call, not of the call ("bác tin rò rỉ về nội dung cuộc điện đàm")
_CONTENT_DENIED = re.compile(_DENIAL.pattern + r"(?:\s+[^\s.;]+){0,4}?\s+(?:"
                             + lexicon.alternation("non_call_wordings.toml", "content_denied") + r")\b", re.I)
# another call than the one reported: "cuộc điện đàm thứ hai", "thêm một cuộc gọi"
_ANOTHER_CALL = re.compile(r"\bcuộc\s+(?:điện đàm|gọi|điện thoại|trao đổi|nói chuyện|trò chuyện)(?:\s+[^\s,.;]+){0,2}?\s+"
                           r"(?:thứ (?:hai|ba)|khác|nữa|mới)\b|\bthêm\s+(?:một\s+)?cuộc\b", re.I)


# a talk of any medium (call_wordings.toml [talked_with]): what a denial of a call speaks of
_TALK_WORD = re.compile(r"\b(?:" + lexicon.alternation("call_wordings.toml", "talked_with") + r")\b", re.I)


# the two of a call told without their names ("hai nguyên thủ", "lãnh đạo hai nước"), folded (the plain words of
# titles.toml [two_officials], not its wordings)
_TWO_OFFICIALS_FOLDED = sorted({re.escape(fold(w)) for w in lexicon.plain_words("titles.toml", "two_officials")},
                               key=len, reverse=True)
_THE_TWO = re.compile(r"\b(?:(?:hai|2)\s+(?:" + "|".join(_TWO_OFFICIALS_FOLDED) + r")|lanh dao (?:hai|2) nuoc)\b", re.I)


# a call told as held, then "nhưng" before a denial in the same sentence: the denial is of something else
_HELD_BUT = re.compile(r"\b(?:" + lexicon.alternation("call_wordings.toml", "talked_with") + r"|điện đàm|gọi điện)\b[^.;]*,\s*nhưng\s+"
                       r"(?:[^\W\d_]+\s+){0,3}$", re.I)


def without_denied_calls(calls: list[Call], article: Article) -> list[Call]:
    """The calls less those the article denies: a sentence (or the headline) with a denial that names both people
    ("Điện Kremlin bác bỏ thông tin rằng A và B đã nói chuyện qua điện thoại") undoes a report of the call elsewhere."""
    # (a denial of another call of the two, "bác tin đồn về cuộc điện đàm thứ hai", leaves the one held)
    # (so does a denial of what was said: "bác tin rò rỉ về nội dung cuộc điện đàm")
    # (a denial must be of a call or a talk: "bác bỏ thông tin rằng B đề nghị gặp A" denies a meeting, round 130)
    # (nor does a denial after "nhưng" that follows the call told as held: "A cho biết ông đã nói chuyện với B một ngày
    # trước đó, nhưng bác bỏ việc ...", real pages of round 150)
    denials = [fold(s.text) for s in article.sentences if (d := _DENIAL.search(s.text)) and not _ANOTHER_CALL.search(s.text)
               and not _CONTENT_DENIED.search(s.text) and (GATE.search(s.text) or _TALK_WORD.search(s.text))
               and not _HELD_BUT.search(s.text, 0, d.start())]
    if not denials:
        return calls

    # (a denial of a call of "the two leaders" undoes the article's one pair: "không có cuộc điện đàm nào giữa hai
    # nguyên thủ", after the claim of one side, round 137)
    one_pair = len({frozenset(fold(p.name) for p in c.participants) for c in calls}) == 1

    def denied(call: Call) -> bool:
        last_words = [fold(p.name).split()[-1] for p in call.participants]
        return any(all(re.search(r"\b" + re.escape(w) + r"\b", text) for w in last_words)
                   or one_pair and _THE_TWO.search(text) for text in denials)

    return [c for c in calls if not denied(c)]


# a headline's series of calls ("loạt cuộc điện đàm", "bốn cuộc điện thoại")
_SERIES = re.compile(r"\b(?:loạt|chuỗi|(?:các|những|hai|ba|bốn|năm|sáu|\d+)(?:\s+\S+)?)\s+cuộc\s+(?:điện đàm|điện thoại|gọi|"
                     r"trao đổi)", re.I)


# a month with its year in a call's sentence ("Tháng 7/2021, A và B đã hội đàm trực tuyến"), its call not dated to the
# day
_MONTH_AND_YEAR = re.compile(r"\btháng\s+(\d{1,2})\s*(?:/|-|năm)\s*((?:19|20)\d\d)\b", re.I)


def _month_days_before(call: Call, published: date) -> int:
    """Days from the end of the month and year an undated call's sentence names to the publication; -1 with none."""
    m = _MONTH_AND_YEAR.search(call.evidence) if call.date is None else None
    if m is None or not 1 <= int(m.group(1)) <= 12:
        return -1
    year, month = int(m.group(2)), int(m.group(1))
    return (published - date(year, month, calendar.monthrange(year, month)[1])).days


# the question of an interview, a line of its own ("Phóng viên: Ông đánh giá thế nào về ...?")
_INTERVIEW_QUESTION = re.compile(r"^\W*(?:" + lexicon.alternation("page_noise.toml", "interview_askers")
                                 + r")\s*:[^\n]*\?", re.I | re.M)


def _answered_in_an_interview(calls: list[Call], article: Article) -> list[Call]:
    """The calls less those told in the answers of an interview (two questions or more, each a line "Phóng viên:
    ...?"): what the one interviewed recalls is background, the interview the news (round 72)."""
    questions = list(_INTERVIEW_QUESTION.finditer(article.text))
    if len(questions) < 2:
        return calls
    return [c for c in calls if c.evidence_start < questions[0].start()]


def _names_person(name: str, folded: str) -> bool:
    """Whether a folded text names the person by the last word of his name ("Trump" in "ong trump dien dam ...")."""
    return re.search(r"(?<!\w)" + re.escape(fold(name).split()[-1]) + r"(?!\w)", folded) is not None


def _evidence_sentence(call: Call, article: Article) -> Sentence | None:
    """The sentence a call's evidence is taken from: the one holding its start, or the page title given apart."""
    if call.evidence_start < 0:
        return next((s for s in article.sentences if s.start < 0 and s.text == call.evidence), None)
    return next((s for s in article.sentences if s.start <= call.evidence_start < s.end), None)


# opening the sentence of a call told as the day before the news (non_call_wordings.toml [day_before])
_DAY_BEFORE = re.compile(r"^\W*(?:" + lexicon.alternation("non_call_wordings.toml", "day_before") + r")\b", re.I)


def without_the_day_befores_calls(calls: list[Call], article: Article) -> list[Call]:
    """The calls less one told as the day before another call of the article ("Trước đó một ngày, A đã điện đàm với
    C" in the report of A's call with B): background, unless the headline names C or C's country ("A lần lượt điện
    đàm với lãnh đạo Nga và Mỹ": both calls are the news). So is one told as the time of another ("A điện đàm với B
    sau cuộc gọi với C") when no other sentence with a call wording names C."""
    calls = [c for c in calls if not _told_as_a_time(c, article)]
    day_befores = [c for c in calls if (s := _evidence_sentence(c, article)) is not None and _DAY_BEFORE.match(s.text)]
    if not day_befores or len(day_befores) == len(calls):
        return calls
    heads = " ".join(s.text for s in article.sentences if s.index in article.headlines)
    in_heads = {code for code, _, _ in countries_in(heads)}
    folded_heads = fold(heads)
    background = {id(c) for c in day_befores}
    others = {fold(p.name) for c in calls if id(c) not in background for p in c.participants}

    def headlined(call: Call) -> bool:
        new = [p for p in call.participants if fold(p.name) not in others]
        return any(p.country in in_heads or _names_person(p.name, folded_heads) for p in new)

    return [c for c in calls if id(c) not in background or headlined(c)]


def _told_as_a_time(call: Call, article: Article) -> bool:
    """The call is named only after the time word of another call of its sentence ("A điện đàm với B sau cuộc gọi
    với C", a headline of round 128), and no other sentence with a call wording names its partner C."""
    s = _evidence_sentence(call, article)
    if s is None or (cut := another_call_as_a_time(s.text)) < 0:
        return False
    before, after = fold(s.text[:cut]), fold(s.text[cut:])
    # (the one named after the time word, or both: "... ngay sau cuộc gọi giữa A và B")
    later = [p for p in call.participants if _names_person(p.name, after) and not _names_person(p.name, before)]
    return bool(later) and not any(x is not s and CALL_WORDING.search(x.text) and all(
        _names_person(p.name, fold(x.text)) for p in later) for x in article.sentences)


def without_calls_told_in_passing(calls: list[Call], article: Article) -> list[Call]:
    """The calls less those told in passing: in the answers of an interview; in the body weeks before the day the
    lead opens on, or dated with their year (or month and year) `PAST_CALL_DAYS` or more before the publication (after
    the first sentence of the body, or beside a call of the news)."""
    calls = _answered_in_an_interview(calls, article)
    if article.published is None:
        return calls
    lead, body = _lead(article)
    first = article.headlines | {s.index for s in body[:1]}
    day = news_day(article, body)

    def old_with_its_year(call: Call) -> bool:
        return _days_before(call.date, article.published) >= PAST_CALL_DAYS and call.date[:4] in call.evidence \
            or _month_days_before(call, article.published) >= PAST_CALL_DAYS

    # (the headline as read, and the first lines of the body that end on no stop: a headline in capitals under a
    # menu)
    # (and a third when the lines before it end on no stop either: a magazine's name and issue over the headline)
    unstopped = [s for s in article.sentences if s.start >= 0 and s.index not in article.headlines
                 and len(_WORD.findall(s.text)) >= 3][:3]
    unstopped = unstopped if all(not re.search(r"[.!?…]\W*$", s.text) for s in unstopped) else body[:2]
    heads = [s for s in article.sentences if s.index in article.headlines] + [
        s for s in unstopped if not re.search(r"[.!?…]\W*$", s.text)]
    headline = " ".join(s.text for s in heads) if any(re.search(r"điện đàm|cuộc gọi|điện thoại", s.text, re.I)
                                                     for s in heads) else ""
    headline = fold(headline)

    def the_headlines_call(call: Call) -> bool:
        """The only call of its two, both named in a headline about a call ("LỘ TOÀN VĂN CUỘC GỌI TRUMP - PEÑA
        NIETO"): the article's subject, however old."""
        pair = {fold(p.name) for p in call.participants}
        return all(_names_person(p.name, headline) for p in call.participants) and sum(
            {fold(p.name) for p in c.participants} == pair for c in calls) == 1

    # a headline about calls over an article whose calls are all old ("Những cuộc điện thoại đáng chú ý năm 2021"): a
    # look back, its calls the news
    # (or a headline announcing a series, "công bố loạt cuộc điện đàm": each call of the list is its news)
    looking_back = bool(headline) and (not any(0 <= _days_before(c.date, article.published) < PAST_CALL_DAYS
                                               for c in calls) or any(_SERIES.search(s.text) for s in heads))

    def in_passing(call: Call) -> bool:
        if _days_before(call.date, article.published) < 0:
            return False
        told = next((s.index for s in article.sentences if s.start <= call.evidence_start < s.end), None)
        # (a call told as earlier, "Trước đó, ngày 4/4, A đã điện đàm với B", beside the news's call: a call of its own
        # day however far back, since 1.168.0; round 147)
        # (or "..., sau cuộc điện đàm ngày 4/4" beside the same pair's later call, written round 150)
        pair = {fold(p.name) for p in call.participants}
        told_as_earlier = _EARLIER_OF_PAIR.match(call.evidence) is not None and len(calls) > 1 \
            or _AFTER_THE_PAIRS_CALL.search(call.evidence) is not None and any(
                c.date > call.date and {fold(p.name) for p in c.participants} == pair for c in calls if c.date)
        return day is not None and told not in lead and not told_as_earlier \
            and (day - date.fromisoformat(call.date)).days >= _PASSING_CALL_DAYS \
            or told not in first and old_with_its_year(call) and not the_headlines_call(call) and not looking_back

    calls = [c for c in calls if not in_passing(c)]
    if not looking_back and any(_days_before(c.date, article.published) < PAST_CALL_DAYS for c in calls):  # news
        calls = [c for c in calls if not old_with_its_year(c)]
    return calls
